"""A sentence that points back at the figure before with a definite noun ("The figure was below the
2.27 million counted in July"): the figure before is compared with the one it names, counts too
(comparison). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "comparison"

TEXTS = [
    ("The ferry line carried {} passengers in May. The figure was below the 412,300 passengers carried in "
     "April, the operator said.", "398,100", "431,500"),
    ("Hospitals admitted {} patients with flu in the week. The number was above the 1,870 patients admitted a "
     "week earlier.", "2,040", "1,650"),
    ("The county registered {} new businesses in 2023. The total was lower than the 5,980 new businesses of "
     "2022.", "5,410", "6,210"),
]


@pytest.mark.parametrize("text, right, wrong", TEXTS)
def test_the_figure_named_back_is_compared(text, right, wrong):
    assert [s for s, _ in verdicts(text.format(right), CHECK)] == [Status.CONSISTENT]
    assert [s for s, _ in verdicts(text.format(wrong), CHECK)] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # "it": a count pointed back at by a pronoun may be something else
    "The ferry line carried 431,500 passengers in May. It was short of a target of 412,300 set by the board.",
    # two counts in the sentence before: the text does not say which one the figure is
    "The ferry line carried 431,500 passengers and 12,200 cars in May. The figure was below the 412,300 "
    "carried in April.",
])
def test_no_sure_comparison_without_a_named_figure(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]
