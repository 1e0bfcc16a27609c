"""What every built-in check is: an id, its documentation and a finder.

A finder reads the figures of one document and yields the relations the text
states on its own; it never decides them (the engine does).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from auditor import lazy_re
from auditor.document import Document
from auditor.grammar.frames import is_rate_of_change_unit
from auditor.model import Figure, Relation, Severity

Finder = Callable[[Document, tuple[Figure, ...]], Iterator[Relation]]

DOC_HEADINGS = ("What it checks", "Why it matters", "Example", "Fix")


@dataclass(frozen=True)
class Check:
    """A built-in check: its id, documentation, finder and severity."""

    id: str
    summary: str  # one line
    doc: str  # markdown, with the DOC_HEADINGS as "## " headings
    find: Finder
    severity: Severity = Severity.ERROR
    # the option without which the check finds nothing ("--data", "--compare"): it compares a
    # document with what lies outside it, and its fixtures are whole runs (fixtures/desk/)
    needs: str = ""
    # its figures are each a level of a measure, or a change or share of one: a rate's per-base (the 100,000 of
    # "153 prisoners per 100,000 of the population") is the denominator of that rate, none of these, so no relation
    # of this check binds a figure the meaning layer reads as a per-base
    relates_levels: bool = False

    def __post_init__(self) -> None:
        lines = set(self.doc.split("\n"))  # (a heading is a line of its own)
        missing = [h for h in DOC_HEADINGS if f"## {h}" not in lines]
        if missing:
            raise ValueError(f"check {self.id}: doc lacks headings {missing}")


def doc_section(markdown: str, heading: str) -> str:
    """The first paragraph under `## heading` of a check's or rule's doc, on one line ("" if absent)."""
    m = _section_under(heading).search(markdown)
    return " ".join(m.group(1).split()) if m else ""


@lru_cache(maxsize=16)  # the few headings asked for ("Fix"): each pattern's program is kept between runs
def _section_under(heading: str) -> lazy_re.LazyPattern:
    return lazy_re.compile(rf"^## {re.escape(heading)}\s*\n(.*?)(?:\n\s*\n|\n## |\Z)", re.S | re.M)


def links_first(linked: Iterator[Relation], legacy: Iterator[Relation], anchor: str,
                placed: Iterable[str] = ()) -> Iterator[Relation]:
    """The relations the meaning layer's links state, then the check's own readings
    of figures no link has already placed: a linked `anchor` figure (the change, the
    whole, the ratio), or one of `placed` (linked without a relation of this check: a
    change whose new level the text leaves unsaid), is not paired again by nearness."""
    placed = set(placed)
    for relation in linked:
        if anchor in relation.figures:
            placed.add(relation.figures[anchor].id)
        yield relation
    for relation in legacy:
        if placed.isdisjoint(f.id for f in relation.figures.values()):
            yield relation


def placed_changes(meaning) -> Iterator[str]:
    """The changes the meaning layer has linked to their old level, except a percent change between two
    percentages, which may mean points (the difference check's own reading weighs both), and a change
    whose new level the sentence does not state and that opens its sentence."""
    for link in meaning.changes:
        if is_rate_of_change_unit(link.change) and link.old.unit == "percent":
            continue  # (or "a third lower than the 19.8%": a fraction in words is a rate of change too)
        if link.news or meaning.frame(link.change).slot > 0:
            yield link.change.id  # a change opening its sentence may still name the level of the one before
