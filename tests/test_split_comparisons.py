"""A comparative said before both its terms, each named with its figure and "than" between them ("Sales were higher
in Leeds (£4.1m) than in York (£3.6m)"): the first term at least (at most) the second (grammar.order.
split_comparisons; comparison check). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, pair, status", [
    ("Sales were higher in Leeds (£4.1m) than in York (£3.6m).", ("£4.1m", "£3.6m"), Status.CONSISTENT),
    ("Sales were higher in Leeds (£4.1m) than in York (£4.6m).", ("£4.1m", "£4.6m"), Status.INCONSISTENT),
    ("More women (1,240) than men (980) applied for the course.", ("1,240", "980"), Status.CONSISTENT),
    ("Waiting times were longer at the city hospital, at 41 days, than at the county hospital, at 36 days.",
     ("41 days", "36 days"), Status.CONSISTENT),
    ("Fewer homes were built in 2023 (16,900) than in 2022 (17,400).", ("17,400", "16,900"), Status.CONSISTENT),
    ("Fewer homes were built in 2023 (18,200) than in 2022 (17,400).", ("17,400", "18,200"), Status.INCONSISTENT),
])
def test_a_comparative_before_both_terms(text, pair, status):
    assert (status, pair) in verdicts(text, "comparison")


@pytest.mark.parametrize("text", [
    # "more than" a bound, not a comparative of two terms
    "More than 1,200 people attended in Leeds (1,236), against 980 in York.",
    # two figures of other units
    "More women (1,240) than men applied, a rise of 12% on last year.",
    # side by side, no comparative
    "Leeds sold £4.1m and York £4.6m.",
])
def test_no_comparison_of_two_terms(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "comparison"))
