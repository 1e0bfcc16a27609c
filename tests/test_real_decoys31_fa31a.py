"""Readings behind the false alarms raised on real releases in agriculture, tourism, transport, energy and housing
(fa31a): "the year ended <month> <year>" as the twelve months it closes, a yearly rate named "an annual growth rate"
between levels dated years apart, a level dated after a bracket of words, a change told after the words of a cause,
a change in an aside of brackets before "followed by", and a bound on a rate that picks out the items a count counts.
Each decoy is consistent text of our own that the start code flagged; each positive is the same construction with
one figure broken, which must still be flagged."""
from __future__ import annotations

from auditor.document import Document
from auditor.extract import extract_figures

from _reading import errors, role_of
from auditor.grammar.frames import Role


def _period(text: str, written: str) -> str:
    (found,) = [f for f in extract_figures(Document("t.txt", text)) if f.text == written]
    return found.period


# --- "the year ended August 2019": twelve months, not the month ------------------------------------------------

MONTH_THEN_YEAR = ("Ferry crossings rose 2.4 percent to 1.3 million in March 2021. In the year ended March 2021, "
                   "ferry crossings fell 6.8 percent to {annual}.")


def test_year_ended_a_month_is_the_twelve_months_it_closes():
    assert _period("In the year ended August 2019, cabins sold rose to 40,210.", "40,210") == "2018-09..2019-08"
    assert _period("In the year ending June 2020, cabins sold rose to 40,210.", "40,210") == "2019-07..2020-06"
    assert _period("In the year ended December 2019, cabins sold rose to 40,210.", "40,210") == "2019"
    assert _period("In the half year ended June 2019, cabins sold rose to 40,210.", "40,210") == "2019-H1"
    assert _period("In August 2019, cabins sold rose to 40,210.", "40,210") == "2019-08"


def test_a_months_level_and_the_years_to_it_are_not_one_measure_told_twice():
    assert errors(MONTH_THEN_YEAR.format(annual="15,402,000"), "same-measure-conflict") == []


def test_a_month_told_twice_is_still_compared():
    text = ("Total ferry crossings rose 2.4 percent to 1.3 million in March 2021, including 0.9 million domestic "
            "crossings. In March 2021, total ferry crossings rose 1.1 percent to 15,402,000.")
    assert ("1.3 million", "15,402,000") in errors(text, "same-measure-conflict")
    assert errors(text.replace("In March 2021", "In the year ended March 2021"), "same-measure-conflict") == []


# --- "an annual growth rate of" between two levels dated years apart -------------------------------------------

GROWTH_OVER_DECADES = ("Rice output in the province went from 2.1 million tonnes in 1980 to about 9.8 million tonnes "
                       "in 2020, with an annual growth rate of {rate} percent.")


def test_annual_growth_rate_between_levels_years_apart_is_a_rate_per_year():
    assert role_of(GROWTH_OVER_DECADES.format(rate="3.9"), "3.9 percent") is Role.YEARLY_RATE
    assert errors(GROWTH_OVER_DECADES.format(rate="3.9"), "growth-rate") == []


def test_annual_growth_rate_per_year_is_still_checked():
    assert errors(GROWTH_OVER_DECADES.format(rate="1.9"), "growth-rate") \
        == [("9.8 million tonnes", "2.1 million tonnes", "1.9 percent")]


def test_annual_growth_rate_of_one_year_stays_a_change():
    text = "Rice output rose from 9.1 million tonnes in 2019 to 9.8 million tonnes in 2020, an annual growth rate of 7.7 percent."
    assert role_of(text, "7.7 percent") is Role.RELATIVE_CHANGE
    assert errors(text.replace("7.7 percent", "9.7 percent"), "growth-rate") != []


def test_a_level_dated_after_a_bracket_of_words():
    assert _period("Landings fell from 19 million tonnes (live weight) in 1990 to 12 million tonnes.", "19 million tonnes") \
        == "1990"


# --- a change told after the words of a cause belongs to the cause ----------------------------------------------

CAUSE_AFTER_LEVEL = ("In 2023, national power output fell by 2.0% or 61.2 GWh compared to 2022, to {level} GWh due "
                     "to weaker hydro generation, down by 11.5% or 140.3 GWh in 2023.")


def test_change_after_due_to_is_the_causes_not_the_levels():
    assert errors(CAUSE_AFTER_LEVEL.format(level="2,998.8"), "growth-rate") == []


def test_the_levels_own_change_before_the_cause_is_still_checked():
    assert errors(CAUSE_AFTER_LEVEL.format(level="2,698.8"), "growth-rate") == [("2,698.8 GWh", "61.2 GWh", "2.0%")]


# --- a change in an aside of brackets before "followed by" is no item of the list -------------------------------

LIST_PAST_AN_ASIDE = ("Gas was the largest source of heat in 2022, with {first}% of the total (despite a 4% "
                      "year-on-year fall), followed by oil (21.40%), biomass (12.05%) and coal (6.30%).")


def test_change_in_an_aside_is_passed_over_for_the_first_item():
    assert errors(LIST_PAST_AN_ASIDE.format(first="44.10"), "ranking") == []


def test_first_item_past_the_aside_is_still_ranked():
    assert errors(LIST_PAST_AN_ASIDE.format(first="18.10"), "ranking") == [("18.10%", "21.40%")]


# --- a bound on a rate after a count and "with" picks out the items counted -------------------------------------

def test_bound_on_a_rate_after_a_count_is_no_change_of_the_levels():
    text = ("According to the survey of harbours worldwide handling more than 2m boxes, 64 saw growth, of which "
            "there were seven with over 20% growth.")
    assert errors(text, "growth-rate") == []


def test_a_rate_after_a_count_and_with_is_still_checked_when_unbounded():
    text = "All 64 harbours reported, with throughput up 35% to 1,137 tonnes from 912 tonnes."
    assert errors(text, "growth-rate") == [("1,137 tonnes", "912 tonnes", "35%")]


# --- after a mark, a count of another thing is no level that crossed it (found on the held-aside releases) ---------

def test_count_of_another_thing_after_a_crossed_mark_is_not_the_level():
    text = ("Of the total overnight stays, those of residents exceeded 2.4 million in May, with 815,207 travellers, "
            "while those of visitors reached 1.1 million.")
    assert errors(text, "comparison") == []


def test_level_after_a_crossed_mark_is_still_compared():
    assert errors("Visitor numbers exceeded the 2.4 million mark in May, with 1,815,207 visitors.", "comparison") \
        == [("1,815,207", "2.4 million")]
    assert errors("Arrivals surpassed 500,000 in May, at 481,220.", "comparison") == [("481,220", "500,000")]
