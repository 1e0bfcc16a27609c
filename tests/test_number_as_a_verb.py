""""Number" before a figure names it ("bus number 12", "Route number 9": a label, no figure) unless it is the verb of
a plural subject, a relative pronoun or an adverb: "homeless families now number 1,739", "the nurses, who number
2,150" (extract.figures). The sentences are written here."""
from __future__ import annotations

import pytest

from auditor.document import Document
from auditor.extract import extract_figures


def figures(text: str) -> list[str]:
    return [f.text for f in extract_figures(Document("t.txt", text))]


@pytest.mark.parametrize("text, figure", [
    ("Homeless families now number 1,739, the council said.", "1,739"),
    ("The nurses, who number 2,150, work in 40 wards.", "2,150"),
    ("Its members number 12,400 this year.", "12,400"),
])
def test_number_as_a_verb_leaves_a_figure(text, figure):
    assert figure in figures(text)


@pytest.mark.parametrize("text, label", [
    ("Take the bus number 12 to the centre.", "12"),
    ("Route number 9 was closed for the day.", "9"),
])
def test_number_as_a_name_labels_its_number(text, label):
    assert label not in figures(text)
