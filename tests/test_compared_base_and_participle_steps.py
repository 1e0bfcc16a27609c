"""Two readings of a sentence that compares or moves one figure twice. A comparison after a figure that is itself
the object of a comparison ("well short of the 65 per cent target, but above the 49.7 per cent of the last
election") is said of the clause's own figure, as after a named base (comparison check). A participle that moves the
same series on ("to £2.40 in 2021, before falling back to £2.55") is a step from the level before; one with a
subject of its own ("with rents rising to £180") is not (grammar.links.series_steps). The sentences are written
here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, pairs", [
    ("Turnout reached 58.2 per cent, well short of the 65 per cent target, but above the 49.7 per cent of the last "
     "election.", [("58.2 per cent", "65 per cent"), ("58.2 per cent", "49.7 per cent")]),
    ("The harvest came to 3.4 million tonnes, below the 3.9 million tonnes forecast, yet higher than the 2.8 million "
     "tonnes of 2022.", [("3.4 million tonnes", "3.9 million tonnes"), ("3.4 million tonnes", "2.8 million tonnes")]),
])
def test_a_second_comparison_is_of_the_clause_own_figure(text, pairs):
    found = [figures for _, figures in verdicts(text, "comparison")]
    for pair in pairs:
        assert pair in found
    assert ("65 per cent", "49.7 per cent") not in found and ("3.9 million tonnes", "2.8 million tonnes") not in found


def test_a_second_comparison_of_the_clause_own_figure_can_break():
    text = ("Turnout reached 48.2 per cent, well short of the 65 per cent target, but above the 49.7 per cent of the "
            "last election.")
    assert (Status.INCONSISTENT, ("48.2 per cent", "49.7 per cent")) in verdicts(text, "comparison")


def steps(text: str) -> set[tuple[str, str, int]]:
    return {(link.new.text, link.old.text, link.direction) for link in meaning_of(text).steps}


@pytest.mark.parametrize("text, step", [
    ("Bus fares went up from £2.10 in 2019 to £2.40 in 2021, before falling back to £2.25 last year.", ("£2.25", "£2.40", -1)),
    ("The index rose to 112 in March and then to 118 in April, later slipping back to 115 in May.", ("115", "118", -1)),
    ("Output dropped to 41 tonnes in the spring, then climbing back to 47 tonnes by autumn.", ("47 tonnes", "41 tonnes", 1)),
])
def test_a_participle_moves_the_series_on(text, step):
    assert step in steps(text)


def test_a_participle_step_the_wrong_way_is_an_error():
    text = "Bus fares went up from £2.10 in 2019 to £2.40 in 2021, before falling back to £2.55 last year."
    assert (Status.INCONSISTENT, ("£2.55", "£2.40")) in verdicts(text, "change-direction")


@pytest.mark.parametrize("text", [
    "Prices rose 3% in May to £210, with rents rising to £180.",
    "Exports climbed to 5,400 tonnes, imports falling to 6,100 tonnes.",
])
def test_a_participle_of_another_subject_is_no_step(text):
    assert not steps(text)
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "change-direction"))


def test_more_than_in_any_other_is_a_first_place():
    from auditor.grammar import order
    from auditor.grammar.segments import segment
    from auditor.document import Document
    from auditor.extract import extract_figures
    text = "The ward admitted 412 patients in June, more than in any other ward of the hospital."
    doc = Document("t.txt", text)
    seg = segment(doc, extract_figures(doc))[0]
    assert order._place(seg, 0, order._clause_before(seg, 0)) == 1
