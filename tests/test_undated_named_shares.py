"""A share whose part and whole the words name, in a document that dates none of them: "Wind generation was
82 TWh. Total generation was 290 TWh. Wind generation now accounts for 28 per cent of total generation."
Each name is the name of one level in the document, so the share is of those two levels; a name with two
levels, or a whole no level names, leaves the share alone. "Total" and "all" before a whole's noun take the
measure whole; an adverb between a subject and its verb ("now make up") is no part of the subject's name.
The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, share", [
    ("Wind generation was 82 TWh. Total generation was 290 TWh. Wind generation now accounts for 32 per cent of "
     "total generation.", "32 per cent"),
    ("Digital revenues were US$ 6.7 billion. Total revenues were US$ 15.0 billion. Digital revenues now make up 40 "
     "per cent of total revenues.", "40 per cent"),
    ("Sales of electric cars were 412,000. Total car sales were 1.9 million. Electric car sales made up 19 per cent "
     "of all car sales.", "19 per cent"),
])
def test_a_wrong_share_of_two_named_undated_levels_is_an_error(text, share):
    assert any(share in figures for figures in errors(text, "share-of-total")), verdicts(text, "share-of-total")


def test_a_right_share_of_two_named_undated_levels_checks_out():
    text = ("Wind generation was 82 TWh. Total generation was 290 TWh. Wind generation now accounts for 28 per cent "
            "of total generation.")
    assert [s for s, _ in verdicts(text, "share-of-total")] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    # the part's name has two levels: which one?
    "Wind generation was 82 TWh in the north and 64 TWh in the south. Total generation was 290 TWh. Wind generation "
    "now accounts for 40 per cent of total generation.",
    # no level of the whole's name
    "Exports were $6.7 billion. Imports were $15.0 billion. Exports now make up 40 per cent of total trade.",
])
def test_no_share_of_named_levels_when_a_name_is_not_one_level(text):
    assert not errors(text, "share-of-total")


@pytest.mark.parametrize("text, status", [
    # a copula and an adverb before the share
    ("Digital revenues were US$ 6.7 billion. Total revenues were US$ 15.0 billion. Digital revenues are now 40 per "
     "cent of total revenues.", Status.INCONSISTENT),
    ("Digital revenues were US$ 6.7 billion. Total revenues were US$ 15.0 billion. Digital revenues are now 45 per "
     "cent of total revenues.", Status.CONSISTENT),
    # the whole named by fewer words than its one level: only a question when the share misses
    ("Digital revenues were US$ 6.7 billion. Total industry revenues were US$ 15.0 billion. Digital revenues are now "
     "40 per cent of total revenues.", Status.UNDETERMINED),
])
def test_a_copula_share_of_named_undated_levels(text, status):
    assert status in [s for s, _ in verdicts(text, "share-of-total")], verdicts(text, "share-of-total")


def test_a_part_and_the_total_of_its_measure_are_not_one_measure_told_twice():
    text = "Digital revenues were US$ 6.7 billion. Total revenues were US$ 15.0 billion."
    assert not verdicts(text, "same-measure-conflict")


def test_a_measure_and_its_total_named_alike_may_still_be_one():
    text = "Revenue was US$ 15.0 billion. Total revenue came to US$ 16.2 billion."
    assert verdicts(text, "same-measure-conflict")
