"""Two readings of a unit the writer gave only once.

A change told in bare points between two levels written without a unit is in the levels' own unit (an index's
points, a score's, a rate per 1,000's), not in percentage points: "the infant mortality rate dropped 5 points,
from 41 to 36 per 1,000 live births". With percentages for levels the points stay percentage points.

A bare whole, then a verb saying its parts exhaust it, then the parts each in one unit: the whole is in that
unit ("the road network of 78,404 was made up of 14,583km of trunk roads, ...")."""
from __future__ import annotations

import pytest

from _reading import statuses, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "The under-five mortality rate dropped 5 points, from 41 to 36 per 1,000 live births.",
    "The average mathematics score rose 7 points to 512 from 505 in the last round.",
    "The composite leading indicator slipped 0.6 points to 99.2 from 99.8.",
    "The neonatal rate came down by 2 points to 20, against 22 a year before.",
])
def test_points_between_unitless_levels_are_their_own(text):
    assert statuses(text, "difference") == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "The reading score dropped by 4 points to 487 from 493.",
    "The business climate indicator climbed 2.4 points to 91.7 from 88.3 in the quarter.",
])
def test_points_that_do_not_match_the_levels_are_an_error(text):
    assert statuses(text, "difference") == [Status.INCONSISTENT]


def test_points_between_percentages_stay_percentage_points():
    assert statuses("The unemployment rate fell 0.4 points to 5.1% from 5.5%.", "difference") == [Status.CONSISTENT]
    assert statuses("The employment rate rose 1.4 points to 68.4% from 67.3%.", "difference") == [Status.INCONSISTENT]


def _sums(text: str) -> list[Status]:
    return [status for status, figures in verdicts(text, "sum-of-parts") if len(figures) >= 3]


@pytest.mark.parametrize("text, status", [
    ("In 2017 the total road network of 78,404 was made up of 14,583km of trunk roads, 48,583km of feeder roads "
     "and 15,462km of urban roads.", Status.INCONSISTENT),
    ("Total output of 12,400 comprised 8,100 tonnes of wheat and 4,300 tonnes of maize.", Status.CONSISTENT),
    ("The district's farmland of 52,300 consisted of 31,200 hectares of cereals, 12,900 hectares of pulses and "
     "8,200 hectares of vegetables.", Status.CONSISTENT),
    ("Fuel imports of 1,260 were split into 870 tonnes of diesel and 390 tonnes of petrol.", Status.CONSISTENT),
])
def test_a_bare_whole_takes_the_unit_of_the_parts_that_make_it_up(text, status):
    assert _sums(text) == [status]


@pytest.mark.parametrize("text", [
    # parts without a unit, or in two units, or a whole with a noun of its own: no unit to give
    "The fleet of 640 comprised 410 buses and 230 minibuses, serving 1,250 km of routes.",
    "The 2,040 households comprising 7,880 residents live along 300 km of roads.",
    "The project of 1,260 consisted of 870 tonnes of cement and 390 km of cable.",
])
def test_no_unit_is_given_without_parts_all_in_one(text):
    assert Status.INCONSISTENT not in _sums(text)
