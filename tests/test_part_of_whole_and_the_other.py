"""A part "out of" its whole, then, joined by "and", the other of two groups that exhaust the whole
("1,240 out of 2,010 applicants were women, and 770 were men"): the two parts add up to the whole.
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

TEXTS = [
    ("Last year 1,240 out of 2,010 applicants were women, and {} were men.", "770", "700"),
    ("At the fund, 63 analysts out of 90 rate the stock outperform, while {} analysts rate it underperform.",
     "27", "37"),
    ("In the census 8,400 of the 11,900 households were urban, and {} were rural.", "3,500", "3,300"),
]


@pytest.mark.parametrize("text, right, wrong", TEXTS)
def test_the_other_group_completes_the_whole(text, right, wrong):
    assert [s for s, _ in verdicts(text.format(right), "sum-of-parts")] == [Status.CONSISTENT]
    assert [s for s, _ in verdicts(text.format(wrong), "sum-of-parts")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # another kind of group, not the rest of the whole
    "Last year 1,240 out of 2,010 applicants were women, and 700 were graduates.",
    # a new clause of its own, after a full stop
    "Last year 1,240 out of 2,010 applicants were women. In 2022, 700 were men.",
])
def test_no_sum_with_a_group_that_is_not_the_rest(text):
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == []
    assert all(not link.exhaustive for link in meaning_of(text).parts)


FRONTED = [
    ("Of the 640 delegates (members of the regional branches), 602 voted for the motion and {} against it.", "38",
     "48"),
    ("Of the 96 reviewers on the panel, {} gave the film a thumbs-up and six a thumbs-down.", "90", "80"),
]


@pytest.mark.parametrize("text, right, wrong", FRONTED)
def test_a_number_word_for_the_other_group_ends_a_fronted_list(text, right, wrong):
    found = verdicts(text.format(right), "sum-of-parts")
    if "against" in text:  # for and against are no pair of groups the grammar knows: nothing is summed
        assert found == []
        return
    assert [s for s, _ in found] == [Status.CONSISTENT]
    assert [s for s, _ in verdicts(text.format(wrong), "sum-of-parts")] == [Status.INCONSISTENT]
