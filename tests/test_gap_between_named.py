"""A gap named as the gap (or difference) between two levels (grammar.links._gap_after_two_levels): a sentence
that opens on the gap and states it after its two levels ("The gap between A and B was D"), and a gap stated
first and named so after a colon or a comma ("D: that is the gap between A and B"). The sentences are written
here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures", [
    ("The gap between exports of $5.2 billion and imports of $3.9 billion was $1.3 billion.",
     ("$5.2 billion", "$3.9 billion", "$1.3 billion")),
    ("The difference between the 14,615 collected this year and the 11,775 collected in 2022 is 2,840.",
     ("14,615", "11,775", "2,840")),
    ("Rs 2,840 crore: that is the gap between what the state collected in 2023-24, Rs 14,615 crore, and the "
     "Rs 11,775 crore it collected two years earlier.", ("Rs 14,615 crore", "Rs 11,775 crore", "Rs 2,840 crore")),
    ("Exports exceeded imports by 1,300 tonnes, the difference between the 5,200 tonnes shipped out and the "
     "3,900 tonnes brought in.", ("5,200 tonnes", "3,900 tonnes", "1,300 tonnes")),
])
def test_a_gap_named_between_two_levels(text, figures):
    assert verdicts(text, "difference") == [(Status.CONSISTENT, figures)]


@pytest.mark.parametrize("text, figures", [
    ("The gap between exports of $5.2 billion and imports of $3.9 billion was $1.6 billion.",
     ("$5.2 billion", "$3.9 billion", "$1.6 billion")),
    ("Rs 3,550 crore: that is the gap between what the state collected in 2023-24, Rs 14,615 crore, and the "
     "Rs 11,775 crore it collected two years earlier.", ("Rs 14,615 crore", "Rs 11,775 crore", "Rs 3,550 crore")),
])
def test_a_wrong_gap_is_an_error(text, figures):
    assert verdicts(text, "difference") == [(Status.INCONSISTENT, figures)]


@pytest.mark.parametrize("text", [
    # three levels of the unit: which two the gap lies between is not said by their number
    "The gap between exports of $5.2 billion, imports of $3.9 billion and re-exports of $0.4 billion was $1.6 billion.",
    # the gap is not stated after its levels: it is another figure of the sentence
    "The gap between exports of $5.2 billion and imports of $3.9 billion narrowed, and reserves rose $1.6 billion.",
    # levels side by side, no gap named
    "Exports were $5.2 billion and imports $3.9 billion; reserves stood at $1.6 billion.",
])
def test_no_gap_without_words_that_name_it_between_two_levels(text):
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text, "difference"))
