"""What a move after a figure says moved is the figure's measure ("a 12% rise in hospital admissions"), and a
level that counts another thing is no level of that change ("interviews with 8,000 households ... a 400,000 rise
in the dog population"). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.extract import context
from auditor.model import Status


@pytest.mark.parametrize("words, measure", [
    (" rise in hospital admissions, to 4,100.", "hospital admissions"),
    (" fall in the jobless rate.", "jobless rate"),
    (" increase in exports of coffee to Europe", "exports of coffee"),
    (" rise in Kenya", ""),  # a place, no measure
    (" rise on the year", ""),  # a base
])
def test_a_move_of_something_names_the_measure(words, measure):
    assert context.moved_measure(words) == measure


def test_the_level_a_change_reaches_takes_the_changes_measure():
    meaning = meaning_of("Officials reported a 12% rise in hospital admissions, to 4,100.")
    assert [f.measure for f in meaning.figures] == ["hospital admissions", "hospital admissions"]


def test_a_level_of_another_noun_is_no_level_of_a_change_that_names_what_moved():
    text = ("The association released its pet data, based on interviews with 8,000 households, which confirms a "
            "400,000 rise in the dog population that now stands at nine million.")
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(text, "difference"))
    # (a level of the same thing still is: 3,700 + 400 is 4,100, not 4,300)
    assert [s for s, _ in verdicts("Admissions reached 4,300 in 2023, a 400 rise in hospital admissions from 3,700.",
                                   "difference")] == [Status.INCONSISTENT]
