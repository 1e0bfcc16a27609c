"""What every built-in check is: an id, its documentation and a finder.

A finder reads the figures of one document and yields the relations the text
states on its own; it never decides them (the engine does).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from auditor.document import Document
from auditor.model import Figure, Relation, Severity

Finder = Callable[[Document, tuple[Figure, ...]], Iterator[Relation]]

DOC_HEADINGS = ("What it checks", "Why it matters", "Example", "Fix")


@dataclass(frozen=True)
class Check:
    id: str
    summary: str  # one line
    doc: str  # markdown, with the DOC_HEADINGS as "## " headings
    find: Finder
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        missing = [h for h in DOC_HEADINGS if not re.search(rf"^## {h}$", self.doc, re.M)]
        if missing:
            raise ValueError(f"check {self.id}: doc lacks headings {missing}")


def links_first(linked: Iterator[Relation], legacy: Iterator[Relation], anchor: str,
                placed: Iterable[str] = ()) -> Iterator[Relation]:
    """The relations the meaning layer's links state, then the check's own readings
    of figures no link has already placed: a linked `anchor` figure (the change, the
    whole, the ratio) is not paired again by nearness."""
    placed: set[str] = set()
    for relation in linked:
        if anchor in relation.figures:
            placed.add(relation.figures[anchor].id)
        yield relation
    for relation in legacy:
        if placed.isdisjoint(f.id for f in relation.figures.values()):
            yield relation
