"""A multiple said between two levels without a verb of change ("$9.2 million, more than double the
$4.1 million of 2020", "twice the", "nearly three times the"), and how near "nearly" a multiple said in a
word may be (grammar.links ratios, extract.figures). Checked by the ratio check. The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def ratio(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts(text, "ratio")


MULTIPLES = [
    ("Fees reached €8.4 million, more than double the €3.9 million of 2019.", ("€8.4 million", "€3.9 million")),
    ("At 61,200 tonnes, the harvest was more than twice the 28,900 tonnes gathered in 2020.", ("61,200 tonnes", "28,900 tonnes")),
    ("Enrolment stood at 4,120 pupils, double the 2,060 pupils of a decade ago.", ("4,120", "2,060")),
    ("At $9.2 million, revenue was more than double its 2020 level of $4.1 million.", ("$9.2 million", "$4.1 million")),
]


@pytest.mark.parametrize("text, pair", MULTIPLES)
def test_a_multiple_between_two_levels(text, pair):
    found = ratio(text)
    assert [status for status, _ in found] == [Status.CONSISTENT]
    assert set(pair) <= set(found[0][1])


@pytest.mark.parametrize("text, old, new", [
    (MULTIPLES[0][0], "€3.9 million", "€4.9 million"),
    (MULTIPLES[1][0], "28,900", "38,900"),
    (MULTIPLES[2][0], "2,060", "2,560"),
])
def test_levels_that_break_the_multiple_are_an_error(text, old, new):
    assert [status for status, _ in ratio(text.replace(old, new))] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text, status", [
    ("Fees reached €8.3 million, nearly three times the €3.0 million of 2019.", Status.CONSISTENT),  # 2.77
    ("Exports nearly tripled to 11,400 tonnes from 4,100 tonnes.", Status.CONSISTENT),  # 2.78
    ("Exports nearly tripled to 10,400 tonnes from 4,100 tonnes.", Status.INCONSISTENT),  # 2.54
    ("Exports nearly tripled to 12,600 tonnes from 4,100 tonnes.", Status.INCONSISTENT),  # above three
])
def test_nearly_a_multiple_in_words_allows_a_tenth_below_never_above(text, status):
    assert [s for s, _ in ratio(text)] == [status]


@pytest.mark.parametrize("text", [
    # the multiple speaks of a target, not of the figure after it
    "Fees reached €8.4 million, more than double the target, with €3.9 million still unpaid.",
    # a level of another unit after the multiple
    "Fees reached €8.4 million, more than double the 3,900 members of 2019.",
    # double-digit growth is no multiple of the levels
    "Fees reached €8.4 million after double-digit growth from €3.9 million.",
])
def test_no_multiple_between_levels_it_does_not_join(text):
    assert ratio(text) == []
