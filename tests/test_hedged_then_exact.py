"""A figure hedged by "more than", "nearly", "up to", then the exact figure in brackets (grammar.order.
hedged_then_exact; comparison check): the exact one lies on the side the hedge says. The sentences are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, pair, status", [
    ("More than 1,200 homes (1,236) were flooded.", ("1,236", "1,200"), Status.CONSISTENT),
    ("More than 1,200 homes (1,180) were flooded.", ("1,180", "1,200"), Status.INCONSISTENT),
    ("Just over 40% (41.3%) of members voted to strike.", ("41.3%", "40%"), Status.CONSISTENT),
    ("Just over 40% (38.6%) of members voted to strike.", ("38.6%", "40%"), Status.INCONSISTENT),
    ("Up to 500 jobs (480) will go at the plant.", ("500", "480"), Status.CONSISTENT),
    ("Almost £2m (£1.96m) was raised for the appeal.", ("£2m", "£1.96m"), Status.CONSISTENT),
])
def test_the_exact_figure_lies_on_the_hedge_side(text, pair, status):
    assert (status, pair) in verdicts(text, "comparison")


@pytest.mark.parametrize("text", [
    # a change in the brackets, not the exact figure
    "More than 1,200 homes (up from 1,180) were flooded.",
    # the brackets hold another measure
    "More than 1,200 homes (1,180 households) were flooded.",
    # no hedge: two figures side by side
    "About 1,200 homes (1,180) were flooded.",
])
def test_no_exact_figure_for_the_hedge(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "comparison"))
