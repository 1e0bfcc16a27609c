"""Two figures compared in words ("7.75 million, up from 7.68 million",
"8.6%, below the 15.6% of a year ago")."""
from __future__ import annotations

import re
from typing import Iterator

from auditor import expr
from auditor.checks.base import Check
from auditor.checks.nearby import is_level, is_percent_level, places, same_unit
from auditor.document import Document
from auditor.model import Figure, Relation

ID = "comparison"
DOC = """\
## What it checks
Two figures of the same unit in one sentence, joined by words that say which is
larger: "up from", "down from", "higher than", "lower than", "above", "below",
"ahead of", "short of"; for two rates of change, "slowed from", "faster than". The figures must lie the way the words say.

## Why it matters
A comparison whose figures point the other way is a swapped or mistyped figure,
or a wrong word, and it reverses the story a reader takes away.

## Example
The waiting list stood at 7.75 million, up from 7.68 million in July.

## Fix
Correct the figure or the comparison word.
"""

_GREATER = r"accelerated from|quickened from|picked up from|faster than|stronger than|up from|rising from|rose from|increased from|higher than|greater than|larger than|bigger than|above|ahead of|exceeding|more than|outstripping|overtaking|surpassing"
_LESS = r"slowed from|eased from|decelerated from|slower than|weaker than|down from|falling from|fell from|decreased from|declined from|lower than|smaller than|less than|fewer than|below|short of|behind"
_GAP = re.compile(rf"^[^\d;]{{0,30}}?\b(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\b[^\d;]{{0,25}}$", re.I)


_OBJECT_OF_CHANGE = re.compile(r"\b(?:from|than|against|compared (?:with|to))\s*(?:the\s+)?$", re.I)
_QUALIFIER_WORDS = {"more than", "less than", "fewer than", "above", "below", "exceeding", "short of"}


def _comparable(a: Figure, b: Figure) -> bool:
    if not (any(ch.isdigit() for ch in a.text) and any(ch.isdigit() for ch in b.text)):
        return False  # "six ... above six": number words name categories more often than amounts
    if is_percent_level(a) and is_percent_level(b):
        return True
    if a.unit == b.unit == "percent" and a.direction and b.direction:
        return True  # two rates of change: "up 17.9 percent, although growth slowed from 19.4 percent"
    return is_level(a) and is_level(b) and same_unit(a, b) and a.unit == b.unit


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    for a, b in zip(figures, figures[1:]):
        if where[a.id].sentence != where[b.id].sentence or not _comparable(a, b):
            continue
        if _OBJECT_OF_CHANGE.search(document.text[max(0, a.span.start - 30):a.span.start]):
            continue  # "fell to 2.5% from 2.8% in December, below the 3.0% expected": 'below' is about 2.5%
        gap = document.text[a.span.end:b.span.start]
        m = _GAP.match(gap)
        if not m:
            continue
        op = ">" if m.group("gt") else "<"
        words = (m.group("gt") or m.group("lt")).lower()
        if b.qualifier and words in _QUALIFIER_WORDS:
            continue  # "each saw more than 1,000": a bound on the second figure, not a comparison
        yield Relation(ID, expr.parse(f"first {op} second"), {"first": a, "second": b},
                       f"{a.text} is said to be {words} {b.text}")


CHECK = Check(ID, "Two figures compared in words lie the other way round.", DOC, find)
