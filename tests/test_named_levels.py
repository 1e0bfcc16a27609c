"""One measure of one period and subject named across paragraphs (grammar.named_levels): a change whose
two levels stand in other paragraphs, found by the name of its measure. Written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

GROWTH = "growth-rate"

LEVELS = ("Cement sales totalled 48,310 tonnes in 2023, the producers' association said.\n\n"
          "Builders complained of prices all year.\n\n"
          "In 2022, cement sales were 41,870 tonnes.\n\n")


@pytest.mark.parametrize("text, status", [
    (LEVELS + "The 15.4% increase in cement sales came mostly from road projects.", Status.CONSISTENT),
    (LEVELS + "The 18.4% increase in cement sales came mostly from road projects.", Status.INCONSISTENT),
    (LEVELS + "Cement sales, which rose 18.4% in 2023, were helped by road projects.", Status.INCONSISTENT),
    (LEVELS + "Dealers said cement sales grew 15.4% in 2023.", Status.CONSISTENT),
    ("Card payments hit 2.84 million in March 2024.\n\nBanks pushed contactless cards.\n\nIn March 2023, card "
     "payments were 2.61 million.\n\nCard payments grew 12.8% year on year in March 2024.", Status.INCONSISTENT),
    ("Port calls stood at 1,482 in May 2024.\n\nShipping lines added two routes.\n\n"
     "In May 2023, port calls were 1,317.\n\nPort calls rose 15.2% year-on-year in May 2024.", Status.INCONSISTENT),
])
def test_a_change_is_between_the_levels_of_its_measure_stated_elsewhere(text, status):
    assert [s for s, _ in verdicts(text, GROWTH)] == [status]


def test_the_link_is_read_once_in_the_meaning_layer():
    meaning = meaning_of(LEVELS + "The 18.4% increase in cement sales came mostly from road projects.")
    link = next(link for link in meaning.changes if link.change.text == "18.4%")
    assert (link.old.text, link.news[0].text, link.certain) == ("41,870 tonnes", "48,310 tonnes", True)


@pytest.mark.parametrize("text", [
    # exports and re-exports: two measures of one unit
    "Coffee exports reached 48,310 tonnes in 2023.\n\nIn 2022, coffee exports were 41,870 tonnes.\n\n"
    "Coffee re-exports rose 18.4% in 2023.",
    # a province's levels, the nation's change
    "The province's output was 48,310 tonnes in 2023.\n\nIn 2022, the province's output was 41,870 tonnes.\n\n"
    "National output rose 18.4% in 2023.",
    # the change is of another year than the levels give twice
    LEVELS + "Cement sales had risen 18.4% in 2021.",
    # the change is over another span
    LEVELS + "Cement sales have risen 18.4% since 2019.",
    # two levels of the year under one name that disagree: which is meant?
    LEVELS + "Another estimate put cement sales at 50,020 tonnes in 2023.\n\nThe 18.4% increase in cement sales "
    "came mostly from road projects.",
])
def test_no_change_is_read_between_the_levels_of_another_measure_place_or_year(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, GROWTH)]


@pytest.mark.parametrize("text, flagged", [
    ("The province's output was 48,310 tonnes in 2023. In 2022, the province's output was 41,870 tonnes.\n"
     "National output thus rose 18.4%.", False),
    ("The province's output was 48,310 tonnes in 2023. In 2022, the province's output was 41,870 tonnes.\n"
     "Output thus rose 18.4%.", True),
])
def test_a_change_after_two_levels_that_names_another_place_is_not_theirs(text, flagged):
    assert (Status.INCONSISTENT in [s for s, _ in verdicts(text, GROWTH)]) is flagged


SHARE = "share-of-total"
FIRMS = ("There were 8,400 new business registrations in 2022.\n\nRetail and building led the year.\n\n"
         "In 2022, 3,610 sole traders registered.\n\n")
WARDS = ("Emergency admissions totalled 12,480 in 2023.\n\nWinter was the busiest season.\n\n"
         "Paediatric admissions reached 3,115 in 2023.\n\n")


@pytest.mark.parametrize("text, status", [
    (FIRMS + "Sole traders made up 47.3% of all new business registrations in 2022.", Status.INCONSISTENT),
    (FIRMS + "Sole traders made up 43.0% of all new business registrations in 2022.", Status.CONSISTENT),
    (WARDS + "Paediatric admissions represented 27.5% of all emergency admissions in 2023.", Status.INCONSISTENT),
    (WARDS + "Paediatric admissions accounted for almost 25.0% of the emergency admissions in 2023.", Status.CONSISTENT),
])
def test_a_share_is_of_the_part_and_whole_its_words_name_elsewhere(text, status):
    assert [s for s, _ in verdicts(text, SHARE)] == [status]


@pytest.mark.parametrize("text", [
    # exports and re-exports: the whole named is another measure of the unit
    "Coffee exports reached 52,300 tonnes in 2023.\n\nArabica exports were 9,870 tonnes in 2023.\n\n"
    "Arabica re-exports made up 41.0% of all coffee re-exports in 2023.",
    # the part is stated for another year
    "There were 8,400 new business registrations in 2022.\n\nIn 2021, 3,610 sole traders registered.\n\n"
    "Sole traders made up 47.3% of all new business registrations in 2022.",
    # a region's whole against the nation's
    "Regional registrations were 8,400 in 2022.\n\nIn 2022, 3,610 sole traders registered.\n\n"
    "Sole traders made up 47.3% of all national registrations in 2022.",
])
def test_no_share_is_read_of_levels_of_another_measure_year_or_place(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, SHARE)]


SAME = "same-measure-conflict"


def test_a_figure_set_off_by_commas_is_named_by_the_phrase_before_it():
    from auditor.grammar import measures
    meaning = meaning_of("The depot's 2023 parcels, 48,210 in all, went north. Its staff, some 2,310, were idle.")
    said = {f.text: measures.name_of(meaning.segment_of(f), meaning.frame(f).slot) for f in meaning.figures}
    assert (said["48,210"].said, said["48,210"].words) == ("parcel", frozenset({"depot"}))
    assert said["2,310"].head.startswith("staf")


@pytest.mark.parametrize("later, status", [
    ("Wool exports, $312.5 million in total, went mostly to China.", Status.CONSISTENT),
    # the later clause names no period: the same name, but perhaps of another year
    ("Wool exports, $321.5 million in total, went mostly to China.", Status.UNDETERMINED),
    ("Wool exports, $321.5 million in 2023, went mostly to China.", Status.INCONSISTENT),
])
def test_a_level_set_off_by_commas_restates_the_level_of_its_name(later, status):
    text = f"Wool exports reached $312.5 million in 2023.\n\nShearers were short all year.\n\n{later}"
    assert [s for s, _ in verdicts(text, SAME)] == [status]


def test_levels_of_two_measures_set_off_by_commas_are_not_one():
    text = ("Wool exports reached $312.5 million in 2023.\n\nShearers were short all year.\n\n"
            "Wool re-exports, $321.5 million in total, went mostly to China.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, SAME)]


@pytest.mark.parametrize("text, status", [
    ("Emergency admissions totalled 12,480 in 2023.\n\nWinter was the busiest season.\n\nPaediatric admissions "
     "represented 27.5% of all emergency admissions in 2023, with 3,115 paediatric admissions.", Status.INCONSISTENT),
    ("Emergency admissions totalled 12,480 in 2023.\n\nWinter was the busiest season.\n\nPaediatric admissions "
     "represented 25.0% of all emergency admissions in 2023, with 3,115 paediatric admissions.", Status.CONSISTENT),
])
def test_a_share_with_its_part_after_the_whole_it_names(text, status):
    assert [s for s, _ in verdicts(text, SHARE)] == [status]


def test_a_count_after_with_that_is_not_the_part_is_no_part():
    # "3,115 nurses" count another thing than the paediatric admissions the share is of
    text = ("Emergency admissions totalled 12,480 in 2023.\n\nWinter was the busiest season.\n\nPaediatric admissions "
            "represented 27.5% of all emergency admissions in 2023, with 3,115 nurses on duty.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, SHARE)]


@pytest.mark.parametrize("share, status", [("41.2%", Status.CONSISTENT), ("44.2%", Status.INCONSISTENT)])
def test_a_share_of_levels_whose_clauses_name_one_subject(share, status):
    text = ("The firm hired 1,250 new staff in 2023.\n\nMost joined its plants in the north.\n\n"
            f"The firm hired 515 women in 2023.\n\nWomen made up {share} of all new staff in 2023.")
    assert [s for s, _ in verdicts(text, SHARE)] == [status]


def test_no_share_of_a_part_and_a_whole_of_two_subjects():
    text = ("The region hired 1,250 new staff in 2023.\n\nMost joined its plants in the north.\n\n"
            "The country hired 515 women in 2023.\n\nWomen made up 44.2% of all new staff in 2023.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, SHARE)]


@pytest.mark.parametrize("change, status", [("13.4%", Status.CONSISTENT), ("31.4%", Status.UNDETERMINED)])
def test_a_change_between_levels_of_a_subject_it_does_not_name_is_unsure(change, status):
    text = ("The mill employed 1,253 workers in 2023.\n\nOrders were strong.\n\nIn 2022 the mill employed 1,105 "
            f"workers.\n\nWorkers rose {change} in 2023.")
    assert [s for s, _ in verdicts(text, GROWTH)] == [status]


def test_no_change_between_levels_when_two_subjects_have_both():
    text = ("The mill employed 1,253 workers in 2023. In 2022 the mill employed 1,105 workers.\n\n"
            "The mine employed 880 workers in 2023. In 2022 the mine employed 790 workers.\n\nWorkers rose 31.4% in 2023.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, GROWTH)]


@pytest.mark.parametrize("text, status", [
    # a level after "numbered"; a change that a verb says its subject underwent
    ("Port calls numbered 1,482 in May 2024.\n\nShipping lines added two routes.\n\nIn May 2023, port calls were "
     "1,317.\n\nPort calls posted a 15.2% rise year on year in May 2024.", Status.INCONSISTENT),
    ("Port calls numbered 1,482 in May 2024.\n\nShipping lines added two routes.\n\nIn May 2023, port calls were "
     "1,317.\n\nPort calls posted a 12.5% rise year on year in May 2024.", Status.CONSISTENT),
])
def test_a_change_a_measure_underwent_between_its_levels(text, status):
    assert [s for s, _ in verdicts(text, GROWTH)] == [status]


def test_a_change_another_measure_underwent_is_not_between_these_levels():
    text = ("Port calls numbered 1,482 in May 2024.\n\nShipping lines added two routes.\n\nIn May 2023, port calls were "
            "1,317.\n\nPort fees posted a 15.2% rise year on year in May 2024.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, GROWTH)]


STAFF = ("The firm hired 1,250 new staff in 2023.\n\nMost joined its plants in the north.\n\n"
         "The firm hired 515 women in 2023.\n\n")


@pytest.mark.parametrize("text, status", [
    (STAFF + "Women's share of all new staff was 44.2% in 2023.", Status.INCONSISTENT),
    (STAFF + "The share of women in new staff stood at 44.2% in 2023.", Status.INCONSISTENT),
    (STAFF + "The proportion of women among the new staff reached 41.2% in 2023.", Status.CONSISTENT),
    (STAFF + "In 2023, 44.2% of all new staff were women.", Status.INCONSISTENT),
    (STAFF + "In 2023, 41.2% of the new staff were women, the firm said.", Status.CONSISTENT),
])
def test_a_share_named_by_share_of_is_of_the_levels_of_its_names(text, status):
    assert [s for s, _ in verdicts(text, SHARE)] == [status]


@pytest.mark.parametrize("text", [
    # the share of another part than the one stated
    STAFF + "The share of graduates in new staff stood at 44.2% in 2023.",
    # of another whole: all staff, not new staff
    STAFF + "Women's share of the workforce was 44.2% in 2023.",
    STAFF + "In 2023, 44.2% of all new staff were graduates.",
])
def test_a_share_named_by_share_of_other_things_is_not_read(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, SHARE)]


@pytest.mark.parametrize("text, status", [
    # the part after the whole counted by the whole's own noun ("or 312,900 doses"); a participle after the noun
    # ("doses delivered") is no head of the measure
    ("Vaccine doses delivered came to 912,400 in 2024.\n\nClinics extended their hours.\n\nChildren comprised 37.5% "
     "of all vaccine doses delivered in 2024, or 312,900 doses.", Status.INCONSISTENT),
    ("Vaccine doses delivered came to 912,400 in 2024.\n\nClinics extended their hours.\n\nChildren comprised 34.3% "
     "of all vaccine doses delivered in 2024, or 312,900 doses.", Status.CONSISTENT),
    # a figure of another clause, after a semicolon, leaves the share to the names
    ("Mobile subscriptions stood at 18.4 million at the end of 2023.\n\nOperators cut prices.\n\nPrepaid lines "
     "represent 71.2% of all mobile subscriptions at the end of 2023; prepaid lines numbered 12.1 million at the end "
     "of 2023.", Status.INCONSISTENT),
])
def test_more_shapes_of_a_share_of_named_levels(text, status):
    assert [s for s, _ in verdicts(text, SHARE)] == [status]


def test_a_change_that_names_the_old_years_as_its_base_is_sure():
    text = ("Hotel nights totalled 6,480 in 2023.\n\nThe season started early.\n\nHotel nights were 5,920 in 2022.\n\n"
            "Hotel nights increased by 12.5 per cent compared with 2022.")
    assert [s for s, _ in verdicts(text, GROWTH)] == [Status.INCONSISTENT]


def test_a_change_in_points_named_twice_must_agree():
    text = ("The jobless rate, which dipped 0.3 points in May 2024, is at a record low.\n\nHiring slowed in the summer."
            "\n\nEconomists noted the jobless rate's fall of 0.5 points in May 2024.")
    assert [s for s, _ in verdicts(text, SAME)] == [Status.INCONSISTENT]
    decoy = ("The jobless rate, which dipped 0.3 points in May 2024, is at a record low.\n\nHiring slowed in the summer."
             "\n\nEconomists noted the youth jobless rate's fall of 0.5 points in May 2024.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(decoy, SAME)]


@pytest.mark.parametrize("text, status", [
    ("Hotel nights rose 12.5% to 6,480 in 2023.\n\nThe season started early.\n\nHotel nights were 5,920 in 2022.",
     Status.INCONSISTENT),
    ("Hotel nights rose 9.5% to 6,480 in 2023.\n\nThe season started early.\n\nHotel nights were 5,920 in 2022.",
     Status.CONSISTENT),
])
def test_a_change_with_the_level_it_reached_takes_its_old_level_from_elsewhere(text, status):
    assert [s for s, _ in verdicts(text, GROWTH)] == [status]


@pytest.mark.parametrize("text", [
    "Hotel nights rose 12.5% to 6,480 in 2023.\n\nThe season started early.\n\nHostel nights were 5,920 in 2022.",
    "Hotel nights rose 12.5% to 6,480 in 2023.\n\nThe season started early.\n\nHotel nights were 5,920 in 2021.",
])
def test_no_old_level_of_another_measure_or_year_for_a_change_with_its_level(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, GROWTH)]


@pytest.mark.parametrize("share, status", [("2.9%", Status.CONSISTENT), ("3.9%", Status.UNDETERMINED)])
def test_a_part_that_names_no_subject_of_a_whole_that_names_one_is_unsure(share, status):
    text = ("The county recorded 14,250 births in 2022.\n\nMaternity units were stretched.\n\nTwin births numbered 412 "
            f"in 2022.\n\nTwin births accounted for {share} of all births in 2022.")
    assert [s for s, _ in verdicts(text, SHARE)] == [status]


def test_a_part_of_another_subject_than_the_whole_is_not_read():
    text = ("The county recorded 14,250 births in 2022.\n\nMaternity units were stretched.\n\nThe nation recorded 412 "
            "twin births in 2022.\n\nTwin births accounted for 3.9% of all births in 2022.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, SHARE)]


def test_levels_of_another_markdown_section_are_not_read():
    text = ("## Spring\n\nHotel nights were 5,920 in 2022.\n\n## Autumn\n\nHotel nights rose 12.5% to 6,480 in 2023.")
    assert [s for s, _ in verdicts(text, GROWTH)] == []


def test_a_change_of_a_month_that_names_no_comparison_is_unsure():
    # "rose 9.0% in July" may be on June or on July of the year before
    text = ("Card payments reached 2.84 million in July 2024.\n\nBanks pushed contactless cards.\n\n"
            "In June 2024, card payments were 2.61 million.\n\nCard payments rose 12.8% in July 2024.")
    assert [s for s, _ in verdicts(text, GROWTH)] == [Status.UNDETERMINED]


@pytest.mark.parametrize("change, status", [("21.1%", Status.INCONSISTENT), ("12.1%", Status.CONSISTENT)])
def test_a_level_a_year_earlier_than_the_one_carried_is_of_the_year_before(change, status):
    text = ("Grain shipments reached 3.42 million tonnes in 2023.\n\nRail bottlenecks eased in spring.\n\n"
            "A year earlier, grain shipments were 3.05 million tonnes.\n\n"
            f"The {change} rise in grain shipments came despite the drought.")
    assert [s for s, _ in verdicts(text, GROWTH)] == [status]


def test_a_year_earlier_level_of_another_measure_is_no_old_level():
    text = ("Grain shipments reached 3.42 million tonnes in 2023.\n\nRail bottlenecks eased in spring.\n\n"
            "A year earlier, fertiliser shipments were 3.05 million tonnes.\n\n"
            "The 21.1% rise in grain shipments came despite the drought.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, GROWTH)]


def test_a_level_a_year_earlier_is_no_restatement_of_the_years_level():
    text = ("Grain shipments reached 3.42 million tonnes in 2023.\n\nRail bottlenecks eased in spring.\n\n"
            "A year earlier, grain shipments were 3.05 million tonnes.")
    assert verdicts(text, SAME) == []
    # (the same clause without the earlier time may restate it)
    restated = ("Grain shipments reached 3.42 million tonnes in 2023.\n\nRail bottlenecks eased in spring.\n\n"
                "In all, grain shipments were 3.24 million tonnes in 2023.")
    assert [s for s, _ in verdicts(restated, SAME)] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text, status", [
    # the count a verb's object names is the measure the verb's noun names: "sold 41,213 cars" is car sales
    ("Dealers sold 41,213 cars in 2023.\n\nCredit was cheap.\n\nIn 2022 dealers sold 37,806 cars.\n\n"
     "Car sales rose 12.0% in 2023.", Status.UNDETERMINED),
    ("Dealers sold 41,213 cars in 2023.\n\nCredit was cheap.\n\nIn 2022 dealers sold 37,806 cars.\n\n"
     "Car sales rose 9.0% in 2023.", Status.CONSISTENT),
    ("The mill produced 8,940 tonnes in 2023.\n\nPrices held.\n\nIn 2022 the mill produced 7,612 tonnes.\n\n"
     "Production at the mill, which rose 21.7% in 2023, beat forecasts.", Status.INCONSISTENT),
])
def test_a_change_of_the_measure_a_verb_of_its_levels_names(text, status):
    assert [s for s, _ in verdicts(text, GROWTH)] == [status]


def test_a_verbs_noun_of_another_thing_is_no_level_of_the_measure():
    # "sold 41,213 cars" is no truck sales
    text = ("Dealers sold 41,213 cars in 2023.\n\nCredit was cheap.\n\nIn 2022 dealers sold 37,806 cars.\n\n"
            "Truck sales rose 12.0% in 2023.")
    assert verdicts(text, GROWTH) == []


FARM = ("Farm exports reached $8.12 billion in 2023.\n\nFreight costs fell.\n\n"
        "Wheat exports totalled $2.65 billion in 2023.\n\n")


@pytest.mark.parametrize("text, status", [
    (FARM + "Officials praised wheat exports' 38.5% share of all farm exports in 2023.", Status.INCONSISTENT),
    (FARM + "Wheat exports' 32.6% share of the farm exports in 2023 was a record.", Status.CONSISTENT),
])
def test_a_possessors_share_of_a_whole_named_after_share_of(text, status):
    assert [s for s, _ in verdicts(text, SHARE)] == [status]


def test_a_possessors_share_of_another_whole_is_not_read():
    text = FARM + "Wheat exports' 38.5% share of all grain shipments in 2023 was a record."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, SHARE)]
