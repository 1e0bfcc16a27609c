"""Readings that misfired on paraphrased real statistical releases (trade, census, tourism): an amount of
change and its rate in brackets share the noun of change after them ("a $14.4 billion (5.5 percent)
reduction"), so the rate is no share; "narrowed" and "widened" are verbs of change; a count before a
superlative counts the members a ranking lists ("the five largest places"), not their total; a change
"over the quarter to an estimated 435,600" ends at that level, which is no old level; a change the next
sentence tells again in words of change is not also read off two levels of another group compared after
it; a count of the things its own noun names ("all 50 states") restates no title figure of another
thing; a deficit in dollars is no gap between figures in euros. The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.grammar.frames import Role
from auditor.model import Status

OK = Status.CONSISTENT


def _roles(text: str) -> dict[str, Role]:
    meaning = meaning_of(text)
    return {f.text: meaning.frames[f.id].role for f in meaning.figures}


@pytest.mark.parametrize("text, amount, rate", [
    ("The larger deficit reflected a $14.4 billion (5.5 percent) reduction in the services surplus, to $247.8 billion.",
     "$14.4 billion", "5.5 percent"),
    ("Grain shipments posted a 310,000-tonne (12.5 per cent) increase to 2.79 million tonnes.",
     "310,000-tonne", "12.5 per cent"),
    ("Freight revenue recorded a Rs 1,240 crore (7.9 per cent) rise to Rs 16,940 crore in the year.",
     "Rs 1,240 crore", "7.9 per cent"),
])
def test_an_amount_and_its_bracketed_rate_share_the_noun_of_change_after_them(text, amount, rate):
    roles = _roles(text)
    assert roles[amount] is Role.CHANGE and roles[rate] is Role.RELATIVE_CHANGE, roles
    assert errors(text, "share-of-total") == []


def test_a_wrong_bracketed_rate_of_change_is_still_an_error():
    text = "Freight revenue recorded a Rs 1,240 crore (9.7 per cent) rise to Rs 16,940 crore in the year."
    assert any("9.7 per cent" in figures for figures in errors(text, "change-with-rate") + errors(text, "growth-rate"))


def test_a_figure_in_brackets_before_a_noun_that_is_no_change_keeps_its_role():
    roles = _roles("Households spent $2,400 (31 percent) on housing, the survey found.")
    assert roles["31 percent"] is not Role.RELATIVE_CHANGE and roles["$2,400"] is not Role.CHANGE, roles


@pytest.mark.parametrize("text, change", [
    ("The trade deficit narrowed by $2.4 billion (8.0 percent) to $27.6 billion in the second quarter.", "$2.4 billion"),
    ("The current account deficit widened by €1.3 billion to €9.8 billion.", "€1.3 billion"),
])
def test_narrowed_and_widened_are_verbs_of_change(text, change):
    meaning = meaning_of(text)
    frame = next(meaning.frames[f.id] for f in meaning.figures if f.text == change)
    assert frame.role is Role.CHANGE and frame.direction == (-1 if "narrowed" in text else 1)
    assert errors(text, "share-of-total") == []


@pytest.mark.parametrize("text", [
    "For the country as a whole, the five largest incorporated places and their counts are Eastport, 8,175,133; "
    "Linden, 3,792,621; and Marlow, 2,695,598.",
    "Across the country as a whole, the three most populous districts were Harlow, 412,300; Denby, 298,750; and "
    "Carrick, 201,400.",
    "Nationwide, the top four ports were Port Allan, 18.2 million tonnes; Kessel, 9.6 million tonnes; and Ormund, "
    "4.1 million tonnes.",
])
def test_a_count_before_a_superlative_counts_the_ranked_members_not_their_total(text):
    assert errors(text, "part-exceeds-whole") == []


def test_a_member_above_the_national_total_is_still_an_error():
    text = "The national total of new dwellings was 14,250 in the year; Harlow accounted for 15,100 of them."
    assert errors(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Foreign arrivals by air were put at 1.986 million. Road arrivals climbed 50.5 percent over the quarter to an "
    "estimated 435,600.",
    "Bus journeys were 140.2 million. Ferry passengers jumped 31 percent over the year to about 1.2 million.",
])
def test_a_change_over_a_span_to_a_hedged_level_has_no_old_level_there(text):
    assert errors(text, "growth-rate") == []


@pytest.mark.parametrize("text", [
    "Air passengers rose 9.5 percent over the 4.60 million of last year to 4.90 million.",
    "Rail journeys climbed 9.5 percent over the quarter to an estimated 4.90 million, from 4.60 million a year earlier.",
])
def test_a_change_over_an_old_level_is_still_checked(text):
    assert errors(text, "growth-rate")


@pytest.mark.parametrize("text", [
    "August tourist arrivals up 26%\n\nArrivals of tourists grew 26.1 percent year-on-year to 100,244 in August. "
    "Western Europe sent 38,951 visitors in August compared with 32,656 a year earlier.\n",
    "Summary.\n\nHotel stays fall 3% in April\n\nHotel stays dropped 3.1 per cent in April to 402,000 nights. Stays by "
    "domestic guests came to 250,100 nights compared with 262,700 in April last year.\n",
])
def test_a_change_told_again_in_words_of_change_is_not_read_off_another_groups_levels(text):
    assert errors(text, "growth-rate") == []


def test_a_title_change_told_only_by_two_levels_is_still_checked():
    text = ("Port traffic up 19% in first half\n\nContainer traffic through the port was 1.31 million TEU in the first "
            "half, compared with 1.20 million TEU a year earlier.\n")
    assert errors(text, "growth-rate")


def test_a_count_of_the_things_its_noun_names_restates_no_title_figure():
    text = ("2010 Census: Millbrook grows from 72,182 to 77,062\n\nThe Census Bureau said today that 2010 Census "
            "population totals are out for communities in all 50 states.\n")
    assert errors(text, "same-measure-conflict") == []


def test_a_deficit_in_one_currency_is_no_gap_between_figures_in_another():
    text = ("The trade deficit came to $27.6 billion in the quarter. Exports of goods were €59.1 billion and imports "
            "of goods €75.6 billion.")
    assert errors(text, "defined-measure") == []
    same = text.replace("€", "$")
    assert errors(same, "defined-measure")


@pytest.mark.parametrize("text", [
    "Population in 2018: 5.8 million. Registered motor vehicles in 2018: 3.2 million (cars 78%; goods vehicles 14%; "
    "motorcycles 5%).",
    "The region has 4.1 million residents. Its road network runs to 423,019 kilometres (urban roads 37%; rural roads "
    "63%; motorways 1%).",
    "The country had 9.6 million workers in 2023. Firms employed 2.4 million of them (manufacturing 41%, services 52%).",
])
def test_a_share_labelled_inside_a_bracket_is_of_a_kind_within_the_level_before_it(text):
    assert errors(text, "share-of-total") == []


@pytest.mark.parametrize("text", [
    "Of the 3,400 shops inspected, 2,950 (86.8%) passed.",
    "Of the 3,400 shops inspected, 2,950 (or 96.8%) passed.",
])
def test_a_bracketed_share_right_after_its_part_is_still_checked(text):
    found = verdicts(text, "share-of-total")
    assert found and all(status is (OK if "86.8" in text else Status.INCONSISTENT) for status, _ in found), found


@pytest.mark.parametrize("text", [
    "The 171 deaths are 18.9% and 2.3% fewer than the 211 and 175 road deaths of 2010 and 2017 respectively.",
    "Sales of 5,200 units were 30.0% and 4.0% higher than the 4,000 and 5,000 units of 2019 and 2022.",
])
def test_changes_listed_against_a_list_of_old_levels_take_them_in_order(text):
    assert errors(text, "growth-rate") == []


def test_a_single_change_against_one_old_level_is_still_checked():
    text = "The 171 deaths are 9.0% fewer than the 175 road deaths of 2017."
    assert errors(text, "growth-rate")


@pytest.mark.parametrize("text", [
    "Of the 91,713 candidates registered, 91,298 sat the examinations and 71,746 passed, an overall pass rate of "
    "78.6 percent.",
    "In all 12,400 pupils were entered, 12,050 took the test and 9,820 passed, a pass rate of 81.5 per cent.",
])
def test_those_who_took_part_are_the_whole_of_the_rate_of_those_who_passed(text):
    found = verdicts(text, "share-of-total")
    assert found and all(status is OK for status, _ in found), found


def test_a_wrong_pass_rate_of_those_who_took_part_is_still_an_error():
    text = "Of the 91,713 candidates registered, 91,298 sat the examinations and 71,746 passed, a pass rate of 88.6 percent."
    assert errors(text, "share-of-total")


def _restatement_statuses(text: str) -> list[Status]:
    return [status for status, figures in verdicts(text, "same-measure-conflict") if figures[0] in text.split("\n")[0]]


def test_a_title_that_drops_the_decimals_of_the_body_figure_is_only_a_question():
    text = "78% pass the national exams\n\nThe results give an overall pass rate of 78.6 percent, the minister said.\n"
    assert Status.INCONSISTENT not in _restatement_statuses(text)


def test_a_title_that_is_no_shortening_of_the_body_figure_is_still_an_error():
    text = "74% pass the national exams\n\nThe results give an overall pass rate of 78.6 percent, the minister said.\n"
    assert Status.INCONSISTENT in _restatement_statuses(text)


@pytest.mark.parametrize("text", [
    "Maharashtra remains the worst-hit state, with 52 cases in all and one death. Next comes Kerala with 28 confirmed "
    "cases.",
    "The hardest-hit district was Eastvale, with 1,240 homes flooded. Next came Harrow with 860 homes.",
])
def test_the_worst_hit_has_the_most_of_the_harm_counted(text):
    assert errors(text, "ranking") == []


def test_a_worst_hit_member_below_the_next_is_still_an_error():
    text = "The hardest-hit district was Eastvale, with 640 homes flooded. Next came Harrow with 860 homes."
    assert errors(text, "ranking")


def test_rankings_after_a_total_are_no_run_of_its_parts():
    text = ("Air cargo at the world's airports grew 4% to 110 million tonnes. Hong Kong was the busiest cargo airport "
            "with 4.6 million tonnes, followed by Memphis with 4.3 million tonnes. Regions with the most cargo: Asia "
            "Pacific (43.4 million tonnes); North America (30.8 million tonnes); Europe (20.1 million tonnes). The "
            "busiest airports for international freight: Hong Kong (4.5 million tonnes); Incheon (2.6 million tonnes). "
            "The busiest for domestic freight: Memphis (3.8 million tonnes); Louisville (1.9 million tonnes).")
    assert errors(text, "sum-of-parts") == [] and errors(text, "part-exceeds-whole") == []


def test_a_run_of_parts_after_a_total_is_still_read():
    text = ("In all, 2,140 appeals were heard. Tax appeals made up 1,020. Planning appeals made up 760. Licensing appeals "
            "made up the remaining 460.")
    assert errors(text, "sum-of-parts")
