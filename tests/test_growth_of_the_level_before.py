"""A rate of change whose new level the sentence before states: the level others expected there
("ahead of the $102.6 million analysts had looked for") is no reading of it, and a subject naming the
level's measure, or another name of it ("revenue" ... "Sales came in 35% higher"), makes the pairing
sure. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

CHECK = "growth-rate"

LEVELS_BEFORE = [
    ("The bakery chain reported revenue of $48.0 million, ahead of the $45.5 million that the four analysts "
     "surveyed had expected. Sales came in {} higher than the prior-year quarter's $40.0 million.", "20%", "26%"),
    ("The co-operative posted turnover of €12.6 million, short of the €13.1 million which its board had "
     "forecast. Revenue came in {} higher than the previous year's €10.5 million.", "20%", "25%"),
    ("The port handled 2.4 million containers, below the 2.6 million that the ministry had projected. "
     "Container traffic was {} higher than last year's 2.0 million.", "20%", "14%"),
]


@pytest.mark.parametrize("text, right, wrong", LEVELS_BEFORE)
def test_the_new_level_is_the_one_stated_not_the_one_expected(text, right, wrong):
    assert [s for s, _ in verdicts(text.format(right), CHECK)] == [Status.CONSISTENT]
    assert [s for s, _ in verdicts(text.format(wrong), CHECK)] == [Status.INCONSISTENT]


def test_a_level_expected_after_the_figure_is_of_expected_modality():
    meaning = meaning_of("Profit was $9.1 million, against the $8.7 million that brokers had pencilled in.")
    assert [meaning.frames[f.id].modality for f in meaning.figures] == ["stated", "expected"]


def test_a_subject_naming_another_measure_makes_no_sure_pairing():
    text = ("The bakery chain reported revenue of $48.0 million, ahead of the $45.5 million that the four analysts "
            "surveyed had expected. Costs came in 26% higher than the prior-year quarter's $40.0 million.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


def test_a_relative_clause_that_states_what_happened_is_no_expectation():
    meaning = meaning_of("Profit was $9.1 million, against the $8.7 million that the firm had earned a year earlier.")
    assert [meaning.frames[f.id].modality for f in meaning.figures] == ["stated", "stated"]
