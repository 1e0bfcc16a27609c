"""A bound ("more than 5,000", "over 48,000") says only where a whole lies: a part beside its share is
never read against it, but against the levels the text states (share-of-total). The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "share-of-total"

# one share of each list is wrong: the others must still be read against the stated total
TEXTS = [
    ("More than 6,000 new tractors were sold in the spring, the dealers said.\n\nThe dealers sold 12,640 tractors "
     "over the season. Deere sold 3,160 (31%), Kubota 1,896 (15%) and Claas 1,264 (10%).", "6,000"),
    ("Over 7,000 pupils sat the entrance test this year.\n\nThe board marked 14,480 scripts in all. Maths "
     "took 3,620 (25%), science 2,172 (12%) and history 1,448 (10%).", "7,000"),
]


@pytest.mark.parametrize("text, bound", TEXTS)
def test_a_share_is_read_against_a_stated_level_not_a_bound(text, bound):
    found = verdicts(text, CHECK)
    assert not [figures for _, figures in found if bound in figures]
    assert [s for s, _ in found].count(Status.INCONSISTENT) == 1
    assert [s for s, _ in found].count(Status.CONSISTENT) == 2
