"""A place in an order written as a number ("holds the No.1 spot", "the No.2 position") is that place; "number two"
is not read (its "two" is a figure). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, pair, wrong", [
    ("Client gaming still holds the No.1 spot, with 25.57 billion yuan. Mobile gaming comes second with 12.52 billion "
     "yuan.", ("25.57 billion yuan", "12.52 billion yuan"), False),
    ("Client gaming still holds the No.1 spot, with 25.57 billion yuan. Mobile gaming comes second with 32.52 billion "
     "yuan.", ("25.57 billion yuan", "32.52 billion yuan"), True),
    ("Lisbon took the No.1 position with 3.1 million visitors; Porto was second with 1.9 million.",
     ("3.1 million", "1.9 million"), False),
])
def test_a_numbered_first_place(text, pair, wrong):
    if wrong:
        assert pair in errors(text, "ranking")
    else:
        assert (Status.CONSISTENT, pair) in verdicts(text, "ranking")


def test_number_two_in_words_relates_no_figure_of_its_own():
    text = "Toyota is the number one brand, with 41,200 sales; Kia is number two with 38,900."
    assert all("two" not in figures for _, figures in verdicts(text, "ranking"))


@pytest.mark.parametrize("text, wrong", [
    ("The Spanish market showed the largest growth in the period, advancing 11% to $3.93 billion, with the USA next, "
     "up 10% to $44.68 billion.", False),
    ("The Spanish market showed the largest growth in the period, advancing 11% to $3.93 billion, with the USA next, "
     "up 14% to $44.68 billion.", True),
])
def test_with_a_name_next_is_the_next_place(text, wrong):
    found = verdicts(text, "ranking")
    if wrong:
        assert errors(text, "ranking")
    else:
        assert any(status is Status.CONSISTENT for status, _ in found)
