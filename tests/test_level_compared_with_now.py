"""A level, then in apposition its rate against the present time ("3.60 million tonnes, 12% less than this year",
"111.72 lakh tonnes, which was 30 per cent more than in the current season"), after a sentence whose one level of
that unit is the present one: the rate sets the level against the present level, the base. Not when the level
counts something else than the present one ("A year earlier imports were ..." after this year's exports), nor
when the sentence holds two levels of the unit."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def growth(text: str) -> list:
    return [(status, tuple(sorted(figures))) for status, figures in verdicts(text, "growth-rate")]


@pytest.mark.parametrize("text, figures, status", [
    ("The port handled 4.10 million tonnes this year. A year earlier it handled 3.60 million tonnes, 12 per cent "
     "less than this year.", ("12 per cent", "3.60 million tonnes", "4.10 million tonnes"), Status.CONSISTENT),
    ("The port handled 4.10 million tonnes this year. A year earlier it handled 3.60 million tonnes, 14 per cent "
     "less than this year.", ("14 per cent", "3.60 million tonnes", "4.10 million tonnes"), Status.INCONSISTENT),
    ("Mills have produced 77.95 lakh tonnes so far in the current season. In the same period of the previous season "
     "output was 111.72 lakh tonnes, which was 30 per cent more than in the current season.",
     ("111.72 lakh tonnes", "30 per cent", "77.95 lakh tonnes"), Status.INCONSISTENT),
    ("Mills have produced 77.95 lakh tonnes so far in the current season. In the same period of the previous season "
     "output was 111.72 lakh tonnes, which was 43 per cent more than in the current season.",
     ("111.72 lakh tonnes", "43 per cent", "77.95 lakh tonnes"), Status.CONSISTENT),
    ("The clinic treated 12,400 patients this season. Last season it treated 15,100 patients, which was 22 per cent "
     "more than this season.", ("12,400", "15,100", "22 per cent"), Status.CONSISTENT),
])
def test_a_level_compared_with_the_present_one(text, figures, status):
    assert growth(text) == [(status, figures)]


@pytest.mark.parametrize("text", [
    "Exports reached $5.2 billion this year. A year earlier imports were $3.1 billion, 10% less than this year.",
    "The port handled 4.10 million tonnes this year. A year earlier it handled 3.60 million tonnes and 1.20 million "
    "tonnes of transit, 12 per cent less than this year.",
])
def test_no_present_level_of_the_same_thing_no_error(text):
    assert Status.INCONSISTENT not in [status for status, _ in growth(text)]
