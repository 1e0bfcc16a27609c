"""A word that says how much of a thing ("volumes", "numbers", "levels", "figures") names no head of its
own: "rail freight volumes" count freight, so "container rail freight" is a kind of it. The sentences are
invented here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.grammar.frames import head_noun
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT
CHECK = "part-exceeds-whole"


@pytest.mark.parametrize("measure, head", [
    ("rail freight volumes", "freight"),
    ("cargo volume", "cargo"),
    ("wheat export figures", "export"),
    ("the total", "total"),  # nothing before the amount word to measure
    ("record levels", "level"),  # an amount word after a word of degree
    ("export value", "value"),  # a value is a measure of its own (money, not tonnes)
])
def test_an_amount_word_after_a_noun_leaves_the_noun_as_head(measure, head):
    assert head_noun(measure) == head


@pytest.mark.parametrize("text, status", [
    ("Total rail freight volumes reached 84,300 tonnes in 2023.\n\nContainer rail freight grew to 91,200 tonnes "
     "in 2023.", ERROR),
    ("Total rail freight volumes reached 84,300 tonnes in 2023.\n\nContainer rail freight grew to 61,200 tonnes "
     "in 2023.", OK),
    ("The total cargo volume at the port came to 6.1 million tonnes in 2022. Bulk cargo rose to 6.9 million tonnes "
     "in 2022.", ERROR),
])
def test_a_kind_of_the_noun_is_within_its_total(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


def test_decoy_two_places_side_by_side_stay_quiet():
    text = ("The northern port's cargo volume came to 3.2 million tonnes in 2020. The southern port's cargo "
            "volume came to 4.1 million tonnes in 2020.")
    assert [s for s, _ in verdicts(text, CHECK) if s is ERROR] == []
