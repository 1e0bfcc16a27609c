"""A share in the title whose part and whole the body gives (grammar.links.title_shares), and a
partitive a little further from its whole ("14.62 lakh students appeared for the board's Class 12
examinations this year, of whom 12.76 lakh cleared them"). Written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("Nursing exam pass rate at 71.4 per cent\nSome 18,420 candidates sat the council's nursing licensing "
     "examination in May, of whom 13,152 passed, the council said.", Status.CONSISTENT),
    ("Nursing exam pass rate at 81.4 per cent\nSome 18,420 candidates sat the council's nursing licensing "
     "examination in May, of whom 13,152 passed, the council said.", Status.INCONSISTENT),
    ("Turnout of 63.8% in Kericho by-election\nOf the 212,406 registered voters in the Kericho by-election, "
     "135,515 cast their ballots.", Status.CONSISTENT),
])
def test_a_title_share_against_the_part_and_whole_of_the_body(text, status):
    assert [s for s, _ in verdicts(text, "share-of-total")] == [status]


def test_a_title_share_the_body_shares_no_word_with_is_never_an_error():
    text = "Inflation eases to 5.2%\nOf the 2,000 firms polled, 318 raised their prices in June."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "share-of-total")]


def test_two_wholes_with_a_part_each_leave_the_title_share_alone():
    text = ("Pass rate at 71.4 per cent\nOf the 18,420 nurses, 13,152 passed. Of the 9,310 midwives, 6,020 passed.")
    assert verdicts(text, "share-of-total") == []
