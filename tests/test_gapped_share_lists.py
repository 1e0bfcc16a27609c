"""Shares of one whole sorted into categories, the first naming the whole and the verb that sorts it, the others
with the verb left out ("72.4% of the ward's beds were classed as occupied, 20.1% as free and 7.5% as closed"):
together no more than all of it. The sentences are written here; each broken version is an error and each decoy
stays quiet."""
from __future__ import annotations

import pytest

from _reading import statuses, verdicts
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT


@pytest.mark.parametrize("text, status", [
    ("Last winter 72.4% of the ward's beds were classed as occupied, 20.1% as free and 7.5% as closed.", OK),
    ("Last winter 72.4% of the ward's beds were classed as occupied, 24.1% as free and 7.5% as closed.", ERROR),
    ("A survey found 41% area of the delta got heavy flooding, 38% light flooding and 21% none.", OK),
    ("A survey found 41% area of the delta got heavy flooding, 48% light flooding and 21% none.", ERROR),
    ("Of the 240 kitchens inspected, 52% were rated good, 31% satisfactory and 17% poor.", OK),
    ("Of the 240 kitchens inspected, 52% were rated good, 31% satisfactory and 24% poor.", ERROR),
])
def test_gapped_shares_of_one_sorted_whole_add_up_to_no_more_than_all(text, status):
    assert statuses(text, "share-of-total") == [status]


@pytest.mark.parametrize("text", [
    # each share has a verb of its own: the groups may overlap
    "Some 40% of adults smoke, 30% drink and 45% exercise every week.",
    "Of the 900 members, 62% backed the merger, 48% wanted a vote and 30% abstained.",
    # two shares only: too little to say the list sorts one whole
    "About 71% of the county's roads were rated sound and 38% needed repair within five years.",
])
def test_no_gapped_list_where_each_share_has_its_own_verb(text):
    assert ERROR not in [status for status, _ in verdicts(text, "share-of-total")]
