"""A move "from A to B" with its rate in brackets, whatever verb (or none) says it (grammar.links.moves_with_their_rate):
the rate is the move's, its direction the levels' order; so it is no share of anything, and the level a move starts
from takes no place in a ranking of the moves. The sentences are written here, after a real release's false alarm
("going from 42 to 62 (48%), as did Construction, from 266 to 361 (36%)" was read as 62 being 48% of 266)."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("Transport also stood out, going from 42 to 62 (48%), as did Construction, from 266 to 361 (36%).",
     Status.CONSISTENT),
    ("Registrations in transport went from 42 to 62 (58%).", Status.INCONSISTENT),
    ("Bankruptcies moved from 1,204 to 1,118 (-7.1%) over the year.", Status.CONSISTENT),
    ("Bankruptcies moved from 1,204 to 1,118 (-9.1%) over the year.", Status.INCONSISTENT),
])
def test_the_rate_in_brackets_after_a_move_is_the_moves_own(text, status):
    found = statuses(text, "growth-rate")
    assert found and all(s is status for s in found)


def test_a_moves_rate_is_no_share():
    text = "Transport also stood out, going from 42 to 62 (48%), as did Construction, from 266 to 361 (36%)."
    assert errors(text, "share-of-total") == []


def test_a_rate_between_two_percentages_is_not_read_as_a_moves_rate():
    # from 4.2% to 5.1% (0.9): points, the difference check's; a bracketed percentage there may be either
    assert statuses("The jobless rate went from 4.2% to 5.1% (21%).", "growth-rate") == []


def test_the_level_a_move_starts_from_takes_no_place_in_the_ranking_of_moves():
    text = ("Administrative services showed the largest rise in registrations, from 162 to 262, or 62% more than a year "
            "before. Registrations in wholesale fell to 269 and in construction rose to 361.")
    assert Status.UNDETERMINED not in statuses(text, "ranking")
