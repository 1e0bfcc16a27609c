"""A figure after "to" that ends a verb of change ("rose by 1.5% to €1.93 million over the same quarter last
year") is the level the change reached: "over" then names the base of the change, not a gap of the figure
("€40,000 over budget" stays a gap). The sentences are invented here."""
from __future__ import annotations

import pytest

from auditor import grammar
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar.frames import Role


def roles(text: str) -> dict[str, Role]:
    document = Document("t.txt", text)
    meaning = grammar.read(document, tuple(extract_figures(document)))
    return {f.text: meaning.frames[f.id].role for f in meaning.figures}


@pytest.mark.parametrize("text, figure", [
    ("Landings by the inshore fleet rose by 1.5% to €1,926,000 over the second quarter last year.", "€1,926,000"),
    ("Ticket revenue fell 4% to $88.2 million over the same quarter of 2022.", "$88.2 million"),
    ("Exports climbed to 41,300 tonnes over the third quarter of 2021.", "41,300 tonnes"),
])
def test_the_level_a_change_reached_is_a_level(text, figure):
    assert roles(text)[figure] is Role.LEVEL


def test_a_gap_over_something_stays_a_change():
    assert roles("The project came in at €40,000 over the agreed budget.")["€40,000"] is not Role.LEVEL
