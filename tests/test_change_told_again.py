"""A change "by C" of a measure, alone in a later sentence that names no period and no level, restates
the one change of that measure the text told as the event (not an earlier move in the pluperfect)
(grammar.links changes_restated). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"
LEAD = ("The central bank cut the policy rate by 25 basis points to 6.75 per cent on Thursday. In March the "
        "committee had lowered the policy rate by 50 basis points to 7.00 per cent.\n\n")


@pytest.mark.parametrize("later, status", [
    ("The governor said the board had agreed to lower the policy rate by 25 bps.", Status.CONSISTENT),
    ("The governor said the board had agreed to lower the policy rate by 35 bps.", Status.INCONSISTENT),
])
def test_the_change_told_again(later, status):
    assert status in [s for s, _ in verdicts(LEAD + later, CHECK)]


@pytest.mark.parametrize("later", [
    # another period: another change
    "In January the board lowered the policy rate by 35 bps.",
    # another measure
    "The governor said the board had agreed to lower the reserve ratio by 35 bps.",
])
def test_no_restatement(later):
    assert not any(link.grammar.startswith("a change of a measure told again") for link in meaning_of(LEAD + later).same_as)
