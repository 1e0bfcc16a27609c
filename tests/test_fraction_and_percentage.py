"""One rate written as a fraction and as a percentage ("a pass rate of 0.452" ... "that pass rate of
45.2%"): checks.same_measure._named_restatements keys a bare decimal below one with the percentages
of its measure. And a preposition after a figure names no measure ("0.452 across its 40 schools").
Written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.grammar import measures
from auditor.model import Status

CHECK = "same-measure-conflict"


@pytest.mark.parametrize("text, status", [
    ("The school board said the pass rate in 2023 was 0.452 across its 40 schools.\n\n"
     "That pass rate of 54.2% in 2023 was the lowest since the board began publishing results.", Status.INCONSISTENT),
    ("The school board said the pass rate in 2023 was 0.452 across its 40 schools.\n\n"
     "That pass rate of 45.2% in 2023 was the lowest since the board began publishing results.", Status.CONSISTENT),
    ("In 2022 the occupancy rate stood at 0.781 in hotels on the coast, the tourism office said.\n\n"
     "The occupancy rate of 87.1% in 2022 beat every year since 2015.", Status.INCONSISTENT),
])
def test_a_fraction_restated_as_a_percentage(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


@pytest.mark.parametrize("text", [
    # two measures
    "The pass rate in 2023 was 0.452 across the district.\n\nThe dropout rate of 54.2% in 2023 alarmed the board.",
    # two periods
    "The pass rate in 2023 was 0.452 across the district.\n\nThe pass rate of 54.2% in 2019 was the high point.",
])
def test_fractions_and_percentages_of_two_things_are_not_one(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


def test_a_preposition_after_a_figure_names_no_measure():
    meaning = meaning_of("The pass rate in 2023 was 0.452 across its 40 schools.")
    [f] = [f for f in meaning.figures if f.text == "0.452"]
    frame = meaning.frame(f)
    assert measures.name_of(meaning.segment_of(f), frame.slot).said == "pass"


def test_a_subject_with_of_the_names_its_measure_before_of():
    meaning = meaning_of("The occupancy rate of the hotels stood at 61.4% in 2022.")
    [f] = meaning.figures[1:] if len(meaning.figures) > 1 else meaning.figures
    frame = meaning.frame(f)
    assert measures.name_of(meaning.segment_of(f), frame.slot).said == "occupancy"


@pytest.mark.parametrize("text, status", [
    ("The occupancy rate of the hotels stood at 61.4% in 2022.\n\nIts occupancy rate of 64.1% in 2022 was a record.",
     Status.UNDETERMINED),
    ("The occupancy rate of the hotels stood at 61.4% in 2022.\n\nThe occupancy rate of the resorts stood at 64.1% in 2022.",
     None),
])
def test_whose_measure_after_of_the(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == ([status] if status else [])
