"""The primary, secondary and tertiary industries (or sectors) make up the whole they are parts of, when
all three are named (lexicon.COMPLEMENTARY_ALL); two of them leave the third out. The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

WHOLE = "The province's gross output for 2023 reached 48,210 million pesos. "


@pytest.mark.parametrize("text, status", [
    (WHOLE + "Within this total, the primary industry contributed 6,120 million pesos, the secondary industry "
     "17,340 million pesos and the tertiary industry 24,750 million pesos.", Status.CONSISTENT),
    (WHOLE + "Within this total, the primary industry contributed 6,120 million pesos, the secondary industry "
     "17,340 million pesos and the tertiary industry 20,750 million pesos.", Status.INCONSISTENT),
    (WHOLE + "Within this total, the primary sector contributed 6,120 million pesos, the secondary sector "
     "17,340 million pesos and the tertiary sector 24,750 million pesos.", Status.CONSISTENT),
])
def test_the_three_sectors_make_up_the_whole(text, status):
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == [status]


def test_two_sectors_leave_the_third_out():
    text = (WHOLE + "Within this total, the primary industry contributed 6,120 million pesos and the secondary "
            "industry 17,340 million pesos.")
    link, = meaning_of(text).parts
    assert not link.exhaustive
