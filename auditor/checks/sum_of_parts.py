"""A whole and the parts the text says make it up ("2,89,281, made up of
1,48,047 boys and 1,41,234 girls")."""
from __future__ import annotations

import re
from typing import Iterator

from auditor import expr
from auditor.checks.base import Check
from auditor.checks.nearby import is_level, places, same_unit
from auditor.document import Document
from auditor.model import Figure, Relation

ID = "sum-of-parts"
DOC = """\
## What it checks
A total followed by words that say its parts are all listed ("made up of",
"split into", "consisting of", "broken down into", "the remaining ...") and the
parts themselves, or parts followed by "together" and their total. The parts
must add up to the total within what rounding allows.

## Why it matters
When parts are revised and the total is not (or the reverse), the breakdown no
longer adds up, and readers who add it up stop trusting the table.

## Example
The 0-6 age group numbered 289,281, made up of 148,047 boys and 141,234 girls.

## Fix
Correct the part or the total that is wrong, or say what the parts leave out.
"""

_WHOLE_THEN_PARTS = re.compile(
    r"\b(?:made up of|split (?:into|between)|consisting of|consists of|comprising|comprised of|composed of|"
    r"broken down (?:into|as)|divided (?:into|between)|of whom|of which)\b", re.I)
_REMAINDER = re.compile(r"\b(?:the remaining|the rest|the other|remainder|while the remaining)\b", re.I)
_PARTS_THEN_WHOLE = re.compile(r"\b(?:together|combined|in all|altogether|in total)\b", re.I)


def _sentence_levels(figures, where, sentence, unit_of: Figure) -> list[Figure]:
    return [f for f in figures if where[f.id].sentence == sentence and is_level(f) and same_unit(f, unit_of)
            and not f.qualifier]


def _relation(parts: list[Figure], whole: Figure) -> Relation:
    names = {f"p{i}": p for i, p in enumerate(parts)}
    return Relation(ID, expr.parse(" + ".join(names) + " == whole"), {**names, "whole": whole},
                    f"{' + '.join(p.text for p in parts)} against the total {whole.text}")


_REMAINING = re.compile(r"\b(?:the\s+)?(?:remaining|rest|other)\s*$", re.I)
_OF_WHOLE = re.compile(r"\b(?:among|of|out of|from)\s+(?:the|all|a total of)?\s*$", re.I)


def _remainder(document: Document, whole: Figure, later: list[Figure]) -> Relation | None:
    """'Of the 2,771 graduates, 86 chose not to work and the remaining 2,685 were employed'."""
    if len(later) != 2 or not _OF_WHOLE.search(document.text[max(0, whole.span.start - 20):whole.span.start]):
        return None
    rests = [f for f in later if _REMAINING.search(document.text[max(0, f.span.start - 20):f.span.start])]
    if len(rests) != 1:
        return None
    return _relation(later, whole)


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    text = document.text
    for whole in figures:
        if not is_level(whole) or whole.qualifier:
            continue
        place = where[whole.id]
        after = text[whole.span.end:place.sentence_end]
        levels = _sentence_levels(figures, where, place.sentence, whole)
        later = [f for f in levels if f.span.start > whole.span.end]
        cue = _WHOLE_THEN_PARTS.search(after)
        if cue and len(later) >= 2 and not re.search(r"\d", after[:cue.start()]):
            exhaustive = cue.group().lower() not in ("of whom", "of which") or _REMAINDER.search(after)
            if exhaustive:
                yield _relation(later, whole)
                continue
        remainder = _remainder(document, whole, later)
        if remainder is not None:
            yield remainder
            continue
        before = text[place.sentence_start:whole.span.start]
        earlier = [f for f in levels if f.span.end < whole.span.start]
        cue = _PARTS_THEN_WHOLE.search(before)
        if cue and len(earlier) >= 2 and cue.start() > text.find(earlier[-1].text, place.sentence_start) - place.sentence_start:
            yield _relation(earlier, whole)


CHECK = Check(ID, "Parts said to make up a total do not add up to it.", DOC, find)
