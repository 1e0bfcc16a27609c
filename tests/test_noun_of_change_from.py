"""A level, then a noun of change 'from' the level before it, with or without the level's own rate of
change between them ("stood at 8,410, up 4.2% on the year, and was also a sharp jump from 6,920 in
March"): the level lies on the side the noun says (grammar.links series_steps). The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "change-direction"


@pytest.mark.parametrize("text, status", [
    ("Ferry crossings in April stood at 8,410, up 4.2 percent on the year, and were also a sharp jump from 6,920 "
     "in March.", Status.CONSISTENT),
    ("Ferry crossings in April stood at 8,410, up 4.2 percent on the year, and were also a sharp jump from 9,920 "
     "in March.", Status.INCONSISTENT),
    ("The clinic's waiting list reached 1,240 names, a steep fall from 1,610 in the spring.", Status.CONSISTENT),
    ("The clinic's waiting list reached 1,240 names, a steep fall from 1,010 in the spring.", Status.INCONSISTENT),
])
def test_the_level_lies_on_the_side_the_noun_says(text, status):
    assert status in [s for s, _ in verdicts(text, CHECK)]


def test_a_noun_of_change_of_another_figure_is_no_step():
    # the fall is of the rate, not from the level before it
    text = "Ferry crossings in April stood at 8,410, while the fare, a fall from R12.40, is now R11.90."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]
