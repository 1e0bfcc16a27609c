"""Shares a count says how many are listed ("the two parties (48% and 41%)") add up to no more than their
whole; the count does not say they are all of it (grammar.links.share_lists). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("The gap between the two parties (48% and 41%) has narrowed to 7 points.", Status.CONSISTENT),
    ("The three sectors' shares were 8.6%, 51.7% and 49.7%.", Status.INCONSISTENT),  # more than all of it
])
def test_counted_shares_add_up_to_no_more_than_their_whole(text, status):
    assert [s for s, figures in verdicts(text, "share-of-total")] == [status]
