"""More forms of a move between two levels of one series (change-direction check): the old level fronted ("From
8,200 in 2019, the number rose to 8,600"), a longer subject between the two ("Having peaked at 14,100 in 2018,
admissions have since fallen to 12,200"), and the old level in a clause after a semicolon ("edged down to 4.3% in
June; in May it had been 4.5%"). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, pair, status", [
    ("From 8,200 in 2019, the number of apprentices rose to 8,600 in 2022.", ("8,600", "8,200"), Status.CONSISTENT),
    ("From 8,200 in 2019, the number of apprentices rose to 7,600 in 2022.", ("7,600", "8,200"), Status.INCONSISTENT),
    ("From £41 a tonne in March, the price of barley slipped to £38 a tonne.", ("£38", "£41"), Status.CONSISTENT),
    ("Having peaked at 14,100 in 2018, admissions have since fallen to 12,200.", ("12,200", "14,100"), Status.CONSISTENT),
    ("Having peaked at 14,100 in 2018, admissions have since fallen to 15,200.", ("15,200", "14,100"), Status.INCONSISTENT),
    ("Unemployment edged down to 4.3% in June; in May it had been 4.5%.", ("4.3%", "4.5%"), Status.CONSISTENT),
    ("Unemployment edged down to 4.3% in June; in May it had been 4.1%.", ("4.3%", "4.1%"), Status.INCONSISTENT),
])
def test_a_move_between_two_levels(text, pair, status):
    assert (status, pair) in verdicts(text, "change-direction")


@pytest.mark.parametrize("text", [
    # "from" a place, not a level
    "From 2019, when 8,200 signed up, the number of apprentices rose to 7,600 in the north alone.",
    # another subject after the semicolon
    "Unemployment edged down to 4.3% in June; in May the inflation rate had been 4.1%.",
    # figures side by side, no move
    "From 8,200 applicants in 2019, the college took 7,600.",
])
def test_no_move_between_them(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "change-direction"))
