"""A whole, a partitive, then parts each after a label and a colon (grammar.links _gathered_parts):
"1,240 staff, split into (a) full-time: 860 and (b) part-time: 380". The colon closes a label, not a
clause, when the list's first part has one too. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "The clinic saw 1,240 patients, split into (a) walk-in visits: 860 and (b) booked visits: 380.",
    "Last season the league sold 52,600 tickets, made up of (i) adult: 41,300 and (ii) junior: 11,300.",
    "Total catch was 8.4m tonnes, divided into inshore fleet: 3.1m tonnes and deep-sea fleet: 5.3m tonnes.",
])
def test_labelled_parts_add_up_to_the_whole(text):
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "The clinic saw 1,240 patients, split into (a) walk-in visits: 960 and (b) booked visits: 380.",
    "Total catch was 8.4m tonnes, divided into inshore fleet: 3.1m tonnes and deep-sea fleet: 6.3m tonnes.",
])
def test_labelled_parts_that_miss_the_whole_are_an_error(text):
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == [Status.INCONSISTENT]


def test_a_label_colon_after_an_unlabelled_first_part_still_ends_the_list():
    # the first part has no label: a later "staff: 3,800" is another clause's figure, not a part
    link, = meaning_of("The chain has 40 stores, of which 12 are franchised, staff: 3,800.").parts
    assert [f.text for f in link.parts] == ["12"]
