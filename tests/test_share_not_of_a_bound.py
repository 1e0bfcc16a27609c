"""A bound ("more than 5,000", "over 48,000") says only where a whole lies: a part beside its share is
never read against it, but against the levels the text states (share-of-total). The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "share-of-total"

TEXTS = [
    ("More than 6,000 new tractors were sold in the spring, the dealers said.\n\nThe dealers sold 12,640 tractors "
     "over the season. Deere sold 3,160 (25%), Kubota 1,896 ({}) and Claas 1,264 (10%).", "15%", "19%", "6,000"),
    ("Over 7,000 pupils sat the entrance test this year.\n\nThe board marked 14,480 scripts in all. Maths "
     "took 3,620 ({}), science 2,172 (15%) and history 1,448 (10%).", "25%", "31%", "7,000"),
]


@pytest.mark.parametrize("text, right, wrong, bound", TEXTS)
def test_a_share_is_read_against_a_stated_level_not_a_bound(text, right, wrong, bound):
    assert not [figures for _, figures in verdicts(text.format(right), CHECK) if bound in figures]
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.format(wrong), CHECK)]
