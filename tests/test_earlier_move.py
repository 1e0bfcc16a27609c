"""A move 'by C to N' with no level it started from, then in the next sentence an earlier move of the
same measure told in the pluperfect: the move started where the earlier one ended (grammar.links
moves_after_an_earlier_move). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "difference"


@pytest.mark.parametrize("text, status", [
    ("The central bank cut the policy rate by 25 basis points to 6.75 per cent on Thursday. In March the "
     "committee had lowered the policy rate by 50 basis points to 7.00 per cent.", Status.CONSISTENT),
    ("The central bank cut the policy rate by 25 basis points to 6.75 per cent on Thursday. In March the "
     "committee had lowered the policy rate by 50 basis points to 7.25 per cent.", Status.INCONSISTENT),
    ("The utility raised the water tariff by R1.20 to R18.40 a kilolitre. Last year it had lifted the water "
     "tariff by R0.90 to R17.20.", Status.CONSISTENT),
    ("The utility raised the water tariff by R1.20 to R18.40 a kilolitre. Last year it had lifted the water "
     "tariff by R0.90 to R16.20.", Status.INCONSISTENT),
])
def test_the_move_starts_where_the_earlier_one_ended(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


@pytest.mark.parametrize("text", [
    # the later sentence's move is not told as earlier
    "The central bank cut the policy rate by 25 basis points to 6.75 per cent. Rival lenders lowered the "
    "policy rate by 50 basis points to 7.25 per cent.",
    # an earlier move of another measure
    "The central bank cut the policy rate by 25 basis points to 6.75 per cent. In March it had lowered the "
    "reserve ratio by 50 basis points to 4.25 per cent.",
])
def test_no_earlier_move_of_the_measure(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]
