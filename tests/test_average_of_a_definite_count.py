"""An average per member of a definite set ("the 40 branches", "its 12 schools", "all 26 counties") over
the total: the count of such a set is exact (not 35 to 45 for "40"), and the noun the average counts may
stand between it and "per" ("29 pupils per school") (grammar.links.averages, RatioLink.exact_denominator).
A count with no definite word may be rounded, and stays so. The texts are written here; none is a
report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status

CHECK = "ratio"

AVERAGES = [
    ("The 40 branches took in $94,000 in deposits last week, an average of ${} per branch.", "2,350", "2,530"),
    ("The 12 schools enrol 318 pupils in all, an average of {} pupils per school.", "26.5", "29"),
    ("All 20 clinics together spent €61,000 on supplies, an average of €{} per clinic.", "3,050", "3,500"),
    ("Its 30 vans delivered 41,700 parcels on Sunday, an average of {} parcels per van.", "1,390", "1,520"),
]


@pytest.mark.parametrize("text, right, wrong", AVERAGES)
def test_an_average_over_a_definite_count(text, right, wrong):
    assert Status.CONSISTENT in statuses(text.format(right), CHECK)
    assert not errors(text.format(right), CHECK)
    assert errors(text.format(wrong), CHECK)


def test_a_count_with_no_definite_word_may_be_rounded():
    # "some 40 branches" may be 35 to 45: $2,530 per branch is possible
    assert not errors("Some 40 branches took in $94,000 in deposits last week, an average of $2,530 per branch.", CHECK)


def test_side_by_side_counts_with_no_average_are_no_ratio():
    assert statuses("The 40 branches took in $94,000 in deposits last week; the head office took $2,530.", CHECK) == []
