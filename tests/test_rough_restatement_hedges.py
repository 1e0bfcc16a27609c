"""An exact level, then a sentence opening "That is" and the amount told roughly (grammar.links, checked by
same-measure-conflict): any hedge of rounding may stand before the rough amount ("circa", "ca.", "approximately";
lexicon.ROUNDING_HEDGES), and the verb of being may be plural, as a calque writes it ("That are circa 34.8
million"). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures, status", [
    ("Registered vehicles numbered 6,214,380 at the end of March. That are circa 6.2 million vehicles.",
     ("6,214,380", "6.2 million"), Status.CONSISTENT),
    ("Registered vehicles numbered 6,214,380 at the end of March. That are circa 6.9 million vehicles.",
     ("6,214,380", "6.9 million"), Status.INCONSISTENT),
    ("Registered vehicles numbered 6,214,380 at the end of March. That is ca. 6.9 million vehicles.",
     ("6,214,380", "6.9 million"), Status.INCONSISTENT),
])
def test_an_exact_amount_told_roughly_after_that_is(text, figures, status):
    assert (status, figures) in verdicts(text, "same-measure-conflict")


@pytest.mark.parametrize("text", [
    # a comparison, not a restatement
    "Registered vehicles numbered 6,214,380 at the end of March. That is circa 0.9 million more than in 2019.",
    # two levels before: which one is told roughly no word says
    "Cars numbered 6,214,380 and vans 1,120,400 at the end of March. That are circa 6.9 million vehicles.",
])
def test_no_single_exact_amount_no_restatement(text):
    assert not [v for v in verdicts(text, "same-measure-conflict") if v[0] is Status.INCONSISTENT]
