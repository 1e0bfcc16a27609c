"""Readings met on fresh releases, each by its grammar (the sentences are written here):
- a unit a report abbreviates in brackets after a figure ("319.86 lakh tonnes (lt)") is that unit, with its scale,
  after later plain numbers ("282.64 lt");
- a change closed by a comparative, then the level it reached and the old one: "sold 6.9 per cent more, at 183.95
  lakh tonnes against 172.11 lakh tonnes";
- a change in a sentence with no level of its own, then the next sentence's move from one level to another of the
  same subject ("Sales of fertilisers have gone up by 13 per cent. Combined sales ... rose to 319.86 lakh tonnes,
  from 282.64 lakh tonnes"); a move of another subject ("Spending by visitors went from ...") is not its;
- a level pair that has its own change before it is not another sentence's change."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar.links import subject_head
from auditor.model import Status


def figures(text: str) -> dict[str, tuple]:
    return {f.text: (f.value, f.unit) for f in extract_figures(Document("t.txt", text))}


def test_an_abbreviation_defined_after_a_unit_is_that_unit_later():
    found = figures("Sales rose to 319.86 lakh tonnes (lt) from 282.64 lt. Urea sold 183.95 lt, and 12 LT were lost.")
    assert found["282.64 lt"] == (28264000, "tonne")
    assert found["183.95 lt"] == (18395000, "tonne")
    assert "12" in found and found["12"][1] == ""  # written otherwise than defined: not read as the unit
    # a bracketed year or note after a figure defines nothing
    assert figures("Output was 4.2 million tonnes (2019). In 2020 it was 4.5 m.")["4.5"][1] == ""


@pytest.mark.parametrize("text, pair, wrong", [
    ("Urea sold 6.9 per cent more, at 183.95 lakh tonnes against 172.11 lakh tonnes.",
     ("183.95 lakh tonnes", "172.11 lakh tonnes", "6.9 per cent"), False),
    ("Urea sold 16.9 per cent more, at 183.95 lakh tonnes against 172.11 lakh tonnes.",
     ("183.95 lakh tonnes", "172.11 lakh tonnes", "16.9 per cent"), True),
])
def test_a_change_closed_by_a_comparative_then_its_levels(text, pair, wrong):
    found = verdicts(text, "growth-rate")
    assert any(set(figs) == set(pair) and (status is Status.INCONSISTENT) == wrong for status, figs in found)


@pytest.mark.parametrize("clause, head", [
    ("combined sales of the main fertilisers rose to ", "sale"),
    ("spending by visitors went from ", "spending"),
    ("visitor numbers went up by ", "visitor"),
    ("the number of visitors went from ", "visitor"),
    ("no verb here ", ""),
])
def test_the_head_of_a_clause_subject(clause, head):
    assert subject_head(clause) == head


def test_a_change_then_the_next_sentence_move_of_its_subject():
    right = ("Sales of fertilisers have gone up by 13 per cent. Combined sales of the main fertilisers rose to 319.86 "
             "lakh tonnes in April-September, from 282.64 lakh tonnes a year before.")
    assert (Status.CONSISTENT, ("319.86 lakh tonnes", "282.64 lakh tonnes", "13 per cent")) in verdicts(right, "growth-rate")
    assert errors(right.replace("13 per cent", "31 per cent"), "growth-rate")
    # another subject's move is not the change's
    assert not errors("Visitor numbers went up by 8%. Spending by visitors went from £4.1bn to £4.9bn.", "growth-rate")
    # a pair with its own change is that change's, not the sentence before's
    own = ("In the first half, sales of fertilisers have gone up by 13 per cent. Urea sold 6.9 per cent more, at 183.95 "
           "lakh tonnes against 172.11 lakh tonnes, and complex fertilisers 23.6 per cent more, at 64.23 lakh tonnes "
           "against 51.97 lakh tonnes.")
    assert not errors(own, "growth-rate")
