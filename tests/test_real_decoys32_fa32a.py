"""Readings behind the false alarms left on real releases nobody annotated (round fa32a: retail, car registrations,
oil and mining output, wages, pensions, council budgets, consumer confidence), each with sentences written for the
test, a decoy and a twin of the same construction that must still be read (or flagged when broken):

- a level reached, then a short run of words leading to the level it left ("at 5.8%, down from 6.2%"): those words
  say how the two moved; a noun of change earlier in the clause ("shows the strongest increase in ... at") may name
  the measure, a rate of growth, not the move;
- a change per one span of time beside levels per another ("from £81.90 to £83.30 a week, an extra £73 a year") is
  the rise restated as a sum over the longer span, no difference of the two levels as they stand;
- a signed figure in brackets right after a comparative with no other term ("output was slightly weaker (-1%)") is
  the size of the subject's own move on its earlier level, not a level to set against the figure said before; its
  sign must go the comparative's way.
"""
from __future__ import annotations

from _reading import verdicts
from auditor.model import Status


# --- the words from the level reached to the level left say the move -----------------------------------------------

def test_a_noun_of_growth_naming_the_measure_says_no_rise_against_down_from():
    decoy = ("Pay growth across the trades shows the fastest increase in plumbing at 5.8%, "
             "down from 6.2% in the prior quarter.")
    assert verdicts(decoy, "change-direction") == [(Status.CONSISTENT, ("5.8%", "6.2%"))]


def test_the_lowest_growth_rate_then_down_from_is_a_fall():
    decoy = "The slowest pay growth was in hospitality at 3.4%, down from 3.9% a quarter earlier."
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(decoy, "change-direction"))


def test_up_from_a_higher_level_is_still_flagged():
    twin = ("Pay growth across the trades shows the fastest increase in plumbing at 5.8%, "
            "up from 6.2% in the prior quarter.")
    assert verdicts(twin, "change-direction") == [(Status.INCONSISTENT, ("5.8%", "6.2%"))]


def test_a_verb_of_change_with_the_levels_swapped_is_still_flagged():
    twin = "The jobless rate in the valley fell to 7.3% from 6.9% a year earlier."
    assert verdicts(twin, "change-direction") == [(Status.INCONSISTENT, ("7.3%", "6.9%"))]


# --- a change per one span of time beside levels per another --------------------------------------------------------

def test_a_weekly_rise_restated_as_a_yearly_sum_is_no_difference_of_the_weekly_levels():
    # (read since round span32 as the weekly rise summed over the year's 52 to 52.29 weeks: 1.40 x 52 = 72.80)
    decoy = "The carer's allowance will go up from £81.90 to £83.30 a week, an extra £73 a year."
    assert verdicts(decoy, "difference") == [(Status.CONSISTENT, ("£83.30", "£81.90", "£73"))]


def test_a_weekly_rise_stated_weekly_is_still_checked():
    twin = "The carer's allowance will go up from £81.90 to £83.30 a week, an extra £2.40 a week."
    assert verdicts(twin, "difference") == [(Status.INCONSISTENT, ("£83.30", "£81.90", "£2.40"))]


def test_a_weekly_rise_of_levels_with_no_span_is_still_checked():
    twin = "The carer's allowance will go up from £81.90 to £83.30, an extra £2.40."
    assert [status for status, _ in verdicts(twin, "difference")] == [Status.INCONSISTENT]


# --- a signed figure in brackets right after a comparative sizes its own move ---------------------------------------

def test_a_comparative_sized_by_its_own_signed_figure_is_not_set_against_the_figure_before():
    decoy = ("Tin output in Bolivia fell (-4%) on the year. "
             "In Peru, tin output was slightly weaker (-1%) because of lower grades.")
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(decoy, "comparison"))
    assert not any(figures == ("-1%", "-4%") for _, figures in verdicts(decoy, "comparison"))


def test_a_comparative_whose_own_signed_figure_goes_the_other_way_is_flagged():
    twin = ("Tin output in Bolivia fell (-4%) on the year. "
            "In Peru, tin output was a little stronger (-2%) because of lower grades.")
    assert verdicts(twin, "comparison") == [(Status.INCONSISTENT, ("-2%",))]


def test_a_bare_level_in_brackets_after_a_comparative_is_still_set_against_the_level_before():
    twin = "Tin made up 4.2% of exports from Bolivia. In Peru, the share was slightly higher (3.1%)."
    assert verdicts(twin, "comparison") == [(Status.INCONSISTENT, ("3.1%", "4.2%"))]
