"""Readings found on real releases nobody tuned on (union membership, piracy, health cover, tractor sales,
firearm background checks, newspaper circulation), each with invented sentences and decoys: a comparative
then its size set off by commas ("were still lower, by 1.2 percent, at 2.83 million against 2.86 million");
a change its sentence dates to one time (April, the spring) is not the change of two levels a later sentence
dates to another (the second quarter, August, the year to date); and a list of parts told after a whole does
not run past a subheading into another section."""
from __future__ import annotations

from auditor.grammar.frames import Role
from auditor.model import Status

from tests._reading import errors, meaning_of, role_of, verdicts


def test_a_comparative_then_by_set_off_by_commas_is_a_change():
    text = "Over the first quarter, crossings were still lower, by 2.1 percent, at 41,380 against 42,270.\n"
    assert role_of(text, "2.1 percent") is Role.RELATIVE_CHANGE
    assert verdicts(text, "growth-rate") == [(Status.CONSISTENT, ("41,380", "42,270", "2.1 percent"))]


def test_a_comparative_then_by_set_off_by_commas_flags_a_wrong_rate():
    text = "Freight lorries were higher, by 8.5%, at 12,940 compared with 12,500 a year earlier.\n"
    assert errors(text, "growth-rate") == [("12,940", "12,500", "8.5%")]


def test_by_after_a_comma_with_no_comparative_before_it_is_no_change():
    # decoy: "by 2030" after a comma names a time; "in 2023, by 45%" has no comparative or verb of change
    text = "The port handled 41,380 containers in 2023, by 45% the largest share of the region.\n"
    assert role_of(text, "45%") is not Role.RELATIVE_CHANGE


def _change_pairs(text: str) -> list[tuple[str, str, str]]:
    return [(link.change.text, link.old.text, link.news[0].text) for link in meaning_of(text).changes]


def test_a_month_s_change_is_not_the_change_of_a_quarter_s_two_levels():
    text = ("April's adjusted checks had fallen 6.9 percent.\n\nFor the second quarter as a whole, adjusted checks "
            "came to 2.83 million against 2.86 million in the second quarter of 2018.\n")
    assert _change_pairs(text) == []
    assert errors(text, "growth-rate") == []


def test_a_season_s_change_is_not_the_change_of_a_month_s_two_levels():
    text = ("Admissions fell 6.0% in the spring.\n\nIn August admissions were 2.44 million, compared with 2.31 "
            "million a year earlier.\n")
    assert errors(text, "growth-rate") == []


def test_a_month_s_change_is_not_the_change_of_the_year_to_date():
    text = ("Outpatient appointments in October fell 1.5 percent. For the year to date, 1.92 million appointments "
            "were booked against 1.88 million in the same period of 2022.\n")
    assert errors(text, "growth-rate") == []


def test_a_change_and_its_levels_named_by_the_same_month_still_pair():
    text = ("Visits to the national museums climbed 19% in July.\n\nJuly visits came to 318,400, compared with "
            "292,100 in July last year.\n")
    pairs = _change_pairs(text)
    assert pairs in ([], [("19%", "292,100", "318,400")])  # when read, the same month's pair
    text = ("Tea exports climbed 40 per cent in January.\n\nJanuary exports came to 17 million kg, compared with "
            "12.08 million kg a year earlier.\n")
    assert _change_pairs(text) == [("40 per cent", "12.08 million kg", "17 million kg")]


def test_a_half_year_s_change_and_levels_dated_by_its_end_months_still_pair():
    text = ("In the first half of the year, sales of fertilisers have gone up by 13 per cent.\n\nCombined sales of "
            "the main fertilisers rose to 319.86 lakh tonnes in April-September, from 282.64 lakh tonnes a year "
            "before.\n")
    assert ("13 per cent", "282.64 lakh tonnes", "319.86 lakh tonnes") in _change_pairs(text)


def test_parts_told_after_a_whole_stop_at_a_subheading():
    text = ("Hospital activity\n\nOutpatient appointments rose to 1.92 million from 1.88 million.\n\n"
            "Bus ridership\n\nWeekday boardings rose to 264,000 from 241,000.\n\n"
            "Weekend boardings rose to 88,500 from 80,100.\n")
    assert errors(text, "sum-of-parts") == []
    assert all(link.whole.text != "1.92 million" for link in meaning_of(text).parts)


def test_parts_told_after_a_whole_in_its_own_section_still_add_up():
    text = ("Bus ridership\n\nBoardings rose to 352,500 from 321,100.\n\n"
            "Weekday boardings rose to 264,000 from 241,000.\n\n"
            "Weekend boardings rose to 88,500 from 80,100.\n")
    wholes = {link.whole.text: tuple(p.text for p in link.parts) for link in meaning_of(text).parts}
    assert wholes.get("352,500") == ("264,000", "88,500")


# ---- second round (ski visits, deer harvests): a second predicate after a named base, records of two subjects,
# a title against a level of another time, and counts of other things


def test_a_second_verb_after_a_named_base_takes_no_old_level():
    text = ("The season's 61 million visits were 3.5% more than in 2020-2021 and beat the previous record of "
            "60.5 million set in 2010-2011.\n")
    assert errors(text, "growth-rate") == []
    assert all(link.old.text != "60.5 million" for link in meaning_of(text).changes)


def test_a_change_then_more_than_its_old_level_still_pairs():
    text = "Arrivals reached 2.41 million in 2023, 9.5% more than the 2.20 million of 2022.\n"
    assert verdicts(text, "growth-rate") == [(Status.CONSISTENT, ("2.41 million", "2.20 million", "9.5%"))]


def test_a_previous_record_beaten_in_its_own_sentence_is_not_another_subject_s_record():
    text = ("Its roughly 61 million visits beat the previous record of 60.5 million set in 2010-2011. The Rocky "
            "Mountain region reported a record 25.2 million visits.\n")
    assert errors(text, "ranking") == []


def test_a_new_record_and_the_previous_one_of_one_subject_still_compare():
    text = ("The region reported a record 25.2 million visits. The previous record was 24.1 million, set in "
            "2018-19.\n")
    larger = [(link.larger.text, link.smaller.text) for link in meaning_of(text).orders]
    assert ("25.2 million", "24.1 million") in larger


def test_a_title_level_is_not_restated_by_a_level_set_against_the_present():
    text = ("Ski areas log 59.7 million visits\n\nU.S. ski areas recorded 59.7 million visits. Only the winter of "
            "2007/08, with 60.5 million visits, 1.2% more than this year, did better.\n")
    assert errors(text, "same-measure-conflict") == []


def test_a_title_level_contradicted_by_the_body_is_still_flagged():
    text = "Ski areas log 59.7 million visits\n\nU.S. ski areas recorded 57.9 million visits this season.\n"
    assert errors(text, "same-measure-conflict") != []


def test_a_count_of_other_things_is_not_the_new_level_of_a_change():
    text = ("Colorado's other 22 ski areas said they were running 2 percent behind the state's record 13 million "
            "visits of 2015-16.\n")
    assert verdicts(text, "growth-rate") == []


def test_a_hedged_lead_figure_is_not_restated_by_an_earlier_time_s_level():
    text = ("Top names fade\n\nOliver and Olivia remain the top baby names, given to more than 9,000 babies in "
            "2019.\n\nThere were 4,082 Olivias last year against 4,598 the year before. Oliver dropped from 5,390 "
            "to 4,392.\n")
    assert verdicts(text, "same-measure-conflict") == []


def test_a_hedged_lead_figure_is_still_restated_by_the_present_level():
    text = ("Visits slip\n\nThe museum drew nearly 40,000 visitors in 2023.\n\nIt counted 39,650 visitors in 2023, "
            "against 41,200 the year before.\n")
    assert [figures for _, figures in verdicts(text, "same-measure-conflict")] == [("40,000", "39,650")]
