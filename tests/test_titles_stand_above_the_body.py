"""A title stands above the body: a line of figures under the text's first sentence of prose (a table's row,
a list's item) is no title whose figures the body restates."""
from __future__ import annotations

from auditor.model import Status
from tests._reading import verdicts


def test_a_line_of_figures_under_a_sentence_of_prose_is_no_title():
    text = ("No figures exist that would give the total number of apprentices in each of the sectors.\n\n"
            "Agriculture and Animal Care 4,500 5,100\n\n"
            "Health, Public Services and Care had 31,100 starts in 2007/08 and 34,200 in 2008/09.\n")
    assert [v for v in verdicts(text, "same-measure-conflict") if "4,500" in v[1]] == []


def test_a_title_above_the_body_is_still_restated():
    text = ("Cement sales up 44.4% in March\n\n"
            "ISLAMABAD: Sales of cement rose 55.49 per cent in March, with 5.773 million tonnes dispatched.\n")
    assert (Status.UNDETERMINED, ("44.4%", "55.49 per cent")) in verdicts(text, "same-measure-conflict") or \
        any(s is Status.INCONSISTENT for s, _ in verdicts(text, "same-measure-conflict"))
