"""A change per one span of time beside the levels it separates per another (grammar.time_rates.
change_over_other_span, read by the difference check): "from £96.40 to £99.10 a week, an extra £140 a year" sums the
weekly rise over the year's 52 to 52.29 weeks; "from £18,200 to £19,240 a year, an extra £20 a week" spreads the
yearly rise over them. The difference of the levels is checked against the change converted by the count of spans
(a week's 7 days, a year's 12 months exactly; a year's 365 or 366 days and 52 to 52.29 weeks as an interval).
The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "difference")


@pytest.mark.parametrize("text", [
    # 2.70 a week over 52 to 52.29 weeks is 140.40 to 141.18, not 190
    "The basic allowance goes up from £96.40 to £99.10 a week, an extra £190 a year.",
    # a yearly rise of 1,040 is 19.89 to 20 a week, not 35
    "Her salary rose from £18,200 to £19,240 a year, an extra £35 a week.",
    # 150 barrels a day over 365 or 366 days is 54,750 to 54,900, not 73,000 (levels not round to the hundred)
    "The platform lifted output from 2,455 barrels a day to 2,605 barrels a day, an extra 73,000 barrels a year.",
    # 60 a month over twelve months is 720, not 960
    "The subscription rises from $45 to $105 a month, an increase of $960 a year.",
])
def test_a_change_per_another_span_that_the_levels_do_not_give_is_flagged(text):
    assert Status.INCONSISTENT in [status for status, _ in verdicts(text)]


@pytest.mark.parametrize("text", [
    "The basic allowance goes up from £96.40 to £99.10 a week, an extra £140 a year.",
    "Her salary rose from £18,200 to £19,240 a year, an extra £20 a week.",
    "The platform lifted output from 2,455 barrels a day to 2,605 barrels a day, an extra 54,800 barrels a year.",
    "The subscription rises from $45 to $105 a month, an increase of $720 a year.",
])
def test_a_change_per_another_span_the_levels_give_is_consistent(text):
    found = verdicts(text)
    assert found and all(status is Status.CONSISTENT for status, _ in found)


def test_the_weeks_of_a_year_are_an_interval_not_52_alone():
    # 2.70 x 52 = 140.40 and 2.70 x 52.29 = 141.18: both roundings a writer may use agree
    for yearly in ("£140", "£141"):
        found = verdicts(f"The basic allowance goes up from £96.40 to £99.10 a week, an extra {yearly} a year.")
        assert found and all(status is Status.CONSISTENT for status, _ in found)


@pytest.mark.parametrize("text", [
    # a month holds no fixed count of weeks: nothing to check
    "The fee goes up from £12.50 to £14.00 a week, an extra £6 a month.",
    # a weekly figure and a yearly figure of other measures, side by side
    "Nurses' pay rose from £610 to £640 a week, while 1,300 new posts a year were funded.",
    "The weekly wage rose from £410 to £430 a week; the union has 52,000 members a year on its books.",
])
def test_figures_per_other_spans_with_no_change_between_them_are_not_flagged(text):
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


def test_a_change_per_the_levels_own_span_is_still_the_plain_difference():
    found = verdicts("The basic allowance goes up from £96.40 to £99.10 a week, an extra £3.70 a week.")
    assert [status for status, _ in found] == [Status.INCONSISTENT]


def test_an_average_step_over_many_years_is_no_conversion_of_the_levels_move():
    decoy = ("Median weekly pay rose from £610 to £640 a week last year, and has grown by about £25 a year on average "
             "since 2015.")
    assert [v for v in verdicts_of(decoy, "difference") if v[0] is Status.INCONSISTENT] == []
