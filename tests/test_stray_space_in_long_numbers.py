"""A number of several thousands groups with a stray space before its last group ("7,483, 893 voters") is one
number, as "10, 636" is; a list of numbers is not joined ("2,117, 964 and 765 respectively", "1,240, 310, 96"),
nor is a number after a capitalised word that it belongs to ("Table 1,204, 560 firms")."""
from __future__ import annotations

import pytest

from _reading import meaning_of, statuses
from auditor.model import Status


@pytest.mark.parametrize("text, read", [
    ("President Kenyatta had 7,483, 893 voters.", [("7,483, 893", 7483893)]),
    ("The board counted 1,204, 115 ballots and 12,300, 004 names.", [("1,204, 115", 1204115), ("12,300, 004", 12300004)]),
])
def test_a_long_number_with_a_stray_space_is_one_number(text, read):
    assert [(f.text, f.value) for f in meaning_of(text).figures] == read


@pytest.mark.parametrize("text, read", [
    ("Police recorded 3,846 cases, 2,117, 964 and 765 respectively.", ["3,846", "2,117", "964", "765"]),
    ("The towns have 1,240, 310, 96 shops.", ["1,240", "310", "96"]),
])
def test_a_list_of_numbers_is_not_joined(text, read):
    assert [f.text.split()[0] for f in meaning_of(text).figures] == read


@pytest.mark.parametrize("share, status", [("98.26 per cent", Status.CONSISTENT), ("98.27 per cent", Status.INCONSISTENT)])
def test_a_share_of_long_numbers_with_stray_spaces(share, status):
    text = f"President Kenyatta had 7,483, 893 votes, {share} of the 7,616, 217 valid votes."
    assert status in statuses(text, "share-of-total")
