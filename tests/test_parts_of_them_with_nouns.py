"""Two parts after their whole, the first "of them" with its noun, the second with its own ("29.9 million
patients, 22 million of them adults and 8 million children"): parts of one breakdown, which make up the whole
when their groups leave nobody out (grammar.links._sibling_after_anaphoric_part). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str, check: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, check)


@pytest.mark.parametrize("text, status", [
    ("NHS dentists saw 29.9 million patients in 2013, 22 million of them adults and 8 million children.",
     Status.CONSISTENT),
    ("NHS dentists saw 29.9 million patients in 2013, more than 22 million of them adults and nearly 8 million "
     "children.", Status.CONSISTENT),
    ("NHS dentists saw 29.9 million patients in 2013, 21.4 million of them adults and 7.5 million children.",
     Status.INCONSISTENT),  # adults and children leave nobody out: 28.9 million is not all of them
    ("The survey reached 12,400 households, 7,100 of them urban and 5,300 rural.", Status.CONSISTENT),
    ("The survey reached 12,400 households, 7,100 of them urban and 5,800 rural.", Status.INCONSISTENT),
])
def test_groups_that_leave_nobody_out_make_up_their_whole(text, status):
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == [status]


@pytest.mark.parametrize("text, status", [
    ("The firm employs 4,200 staff, 2,900 of them engineers and 1,100 managers.", Status.CONSISTENT),
    ("The firm employs 4,200 staff, 2,900 of them engineers and 1,500 managers.", Status.INCONSISTENT),
])
def test_two_kinds_lie_within_their_whole_without_making_it_up(text, status):
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] == [status]
    assert verdicts(text, "sum-of-parts") == []


def test_a_part_of_them_whose_next_figure_names_no_kind_of_its_own_stays_one_part():
    text = "Some 640 people were hurt, 400 of them seriously, in 2023."
    assert [(s, figures) for s, figures in verdicts(text, "part-exceeds-whole")] == [
        (Status.CONSISTENT, ("400", "640"))]
