"""A count told in a list by a passive verb after it, then told again after a word of totalling by the same
verb (grammar.measures.told_by, stated_period; extract's subjects): "54,488 births, 56,728 deaths and 29,229
marriages were registered" ... "In all, 54,488 births were registered". Words alone tie them, so a mismatch is
a question, never an error. The reports are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.grammar import measures
from auditor.model import Status

CHECK = "same-measure-conflict"


def told(text: str, figure: str) -> str:
    meaning = meaning_of(text)
    (f,) = [f for f in meaning.figures if f.text == figure]
    return measures.told_by(meaning.segment_of(f), meaning.frame(f).slot)


@pytest.mark.parametrize("figure", ["54,488", "56,728", "29,229"])
def test_a_passive_verb_after_a_list_tells_every_item(figure):
    text = "Last year 54,488 births, 56,728 deaths and 29,229 marriages were registered, the statistics show.\n"
    assert told(text, figure) == "register"


@pytest.mark.parametrize("opening", ["Last year ", ""])
@pytest.mark.parametrize("after", [", 612 fewer than in 2015.", " over the period.", "."])
def test_the_total_told_again_is_compared_as_a_question(opening, after):
    text = (f"{opening}54,488 births, 56,728 deaths and 29,229 marriages were registered, the statistics show.\n\n"
            f"In all, 58,110 births were registered{after}\n")
    assert [v for v in verdicts(text, CHECK) if "58,110" in v[1]] == [(Status.UNDETERMINED, ("54,488", "58,110"))]


def test_a_date_after_than_is_not_the_figures_period():
    meaning = meaning_of("In all, 58,110 births were registered, 612 fewer than in 2015.\n")
    (f,) = [f for f in meaning.figures if f.text == "58,110"]
    assert measures.own_stated_period(meaning.segment_of(f), meaning.frame(f).slot)[0] == ""


def test_last_opening_a_sentence_is_no_subject():
    (f, *_) = meaning_of("Last year 54,488 births were registered.\n").figures
    assert f.subject == ""


@pytest.mark.parametrize("text", [
    # a part taken out of the total: no restatement
    "54,488 births, 56,728 deaths and 29,229 marriages were registered.\n\nOf these, 28,110 births were registered in cities.\n",
    # another verb: another act
    "54,488 births, 56,728 deaths and 29,229 marriages were registered.\n\nIn all, 58,110 births were expected.\n",
])
def test_decoys_are_not_compared(text):
    assert [v for v in verdicts(text, CHECK) if "58,110" in v[1] or "28,110" in v[1]] == []
