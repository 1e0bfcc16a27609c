"""A share, its predicate, then the part it amounts to in apposition ("27.5 per cent were approved, a total of
506"), and a sentence opening on "Of them," whose whole is the one level of the part's unit in the sentence
before (grammar.links.part_shares). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("Of the 1,840 applications, 27.5 per cent were approved, a total of 506.", Status.CONSISTENT),
    ("Of the 1,840 applications, 27.5 per cent were approved, a total of 632.", Status.INCONSISTENT),
    ("The fund received 1,840 applications. Of them, 27.5 per cent were approved, a total of 506 projects.",
     Status.CONSISTENT),
    ("The fund received 1,840 applications. Of them, 27.5 per cent were approved, a total of 632 projects.",
     Status.INCONSISTENT),
    ("Inspectors visited 3,400 shops. Among these, 12.5% failed, or 425.", Status.CONSISTENT),
])
def test_a_share_then_its_part_in_apposition(text, status):
    found = verdicts(text, "share-of-total")
    assert [s for s, _ in found] == [status]


@pytest.mark.parametrize("text", [
    # two levels of the unit in the sentence before: which one "them" is, the words do not say
    "The fund received 1,840 applications and 2,100 enquiries. Of them, 27.5 per cent were approved, a total of 632.",
    # the figure after the comma is a change, not the part
    "The fund received 1,840 applications. Of them, 27.5 per cent were approved, or 5 points more than last year.",
])
def test_no_whole_the_words_do_not_give(text):
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text, "share-of-total"))
