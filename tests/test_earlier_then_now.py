"""A sentence opening in an earlier period with its one level, then the change 'this time': the change
runs from that level to the level of the same noun the sentence before states (grammar.links
_change_after_its_levels). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "The board said 1,318 clubs, including 214 village clubs, met the safety standard. In the previous season "
    "the number of clubs that did so was 1,262, so there is an increase of 56 this time.",
    "Inspectors counted 742 bridges in poor repair, among them 88 rail bridges. Last year the count of bridges "
    "in poor repair stood at 811, a fall of 69 this year.",
])
def test_the_change_this_time_from_the_earlier_level(text):
    assert [s for s, _ in verdicts(text, "difference")] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "The board said 1,318 clubs, including 214 village clubs, met the safety standard. In the previous season "
    "the number of clubs that did so was 1,262, so there is an increase of 86 this time.",
    "Inspectors counted 742 bridges in poor repair, among them 88 rail bridges. Last year the count of bridges "
    "in poor repair stood at 811, a fall of 49 this year.",
])
def test_a_change_the_levels_do_not_give_is_an_error(text):
    assert [s for s, _ in verdicts(text, "difference")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # no 'this time': the change may be the earlier period's own, from the period before it
    "The board said 1,318 clubs met the safety standard. In the previous season the number of clubs that did "
    "so was 1,262, an increase of 86.",
    # the earlier sentence's level counts something else
    "The board said 1,318 referees passed the course. In the previous season the number of clubs that did "
    "so was 1,262, so there is an increase of 86 this time.",
])
def test_no_change_from_the_sentence_before(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "difference")]
