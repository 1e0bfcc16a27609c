"""An overall rate against the rates of the groups that make it up
("5.2% ... for males 5.1%, and for females 5.4%")."""
from __future__ import annotations

import re
from typing import Iterator

from auditor import expr
from auditor.checks.base import Check
from auditor.checks.nearby import by_sentence, is_percent_level, places
from auditor.document import Document
from auditor.model import Figure, Relation

ID = "total-between-groups"
DOC = """\
## What it checks
An overall rate followed by the same rate for the two groups that make up the
whole population (males and females, men and women, urban and rural). An overall
rate is a weighted average of its groups' rates, so it must lie between them.

## Why it matters
An overall rate outside its groups' range is arithmetically impossible: one of the
three figures belongs to another measure, period or series.

## Example
The unemployment rate went up to 5.2%. For males the rate went up to 5.1%, and for
females to 5.4%.

## Fix
Check which of the three rates was taken from another table or series.
"""

# total lies between a and b: its distance from their midpoint is at most half their spread
BETWEEN = expr.parse("abs(2 * total - a - b) <= abs(a - b)")
_GROUP_PAIRS = [("males?|men|boys", "females?|women|girls"), ("urban", "rural")]


def _group_figure(document: Document, figures: list[Figure], word: str) -> Figure | None:
    found = [f for f in figures if is_percent_level(f)
             and re.search(rf"\b(?:{word})\b[^%;]{{0,40}}$", document.text[max(0, f.span.start - 45):f.span.start], re.I)]
    return found[0] if len(found) == 1 else None


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    sentences = by_sentence(document, figures, where)
    for sentence, group in sentences.items():
        for first_word, second_word in _GROUP_PAIRS:
            a = _group_figure(document, group, first_word)
            b = _group_figure(document, group, second_word)
            if a is None or b is None:
                continue
            earlier = [f for f in group if f.span.end <= min(a.span.start, b.span.start) and is_percent_level(f)]
            if not earlier:
                earlier = [f for f in sentences.get(sentence - 1, []) if is_percent_level(f)]
            if not earlier:
                continue
            total = earlier[-1]
            figures_bound = {"a": a, "b": b, "total": total}
            message = f"{total.text} overall against {a.text} and {b.text} for its groups"
            yield Relation(ID, BETWEEN, figures_bound, message)


CHECK = Check(ID, "An overall rate lies outside the rates of the groups that make it up.", DOC, find)
