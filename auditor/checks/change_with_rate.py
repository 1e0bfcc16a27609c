"""A change given both as an amount and as a rate ("rose by 16,400 (2.7%) to 632,200")."""
from __future__ import annotations

from typing import Iterator

from auditor import expr, grammar
from auditor.checks.base import Check
from auditor.grammar.nearby import is_level, layout, same_unit
from auditor.document import Document
from auditor.grammar.move_words import ends_the_change_clause, level_left_before, level_reached_before, rate_beside_change
from auditor.model import Figure, Relation

ID = "change-with-rate"
DOC = """\
## What it checks
A change stated as an amount and, beside it, as a percentage ("fell by 15,400
(0.1%) to 11,444,000", "up 1,121, or 66%, from 1,699"), with the level it led to
or started from. The percentage must equal the amount divided by the level before
the change. So must a move told across two sentences, the second pointing back at
the first: its amount after the level and its rate ("9,807 people are now homeless,
up 8% on January. In one month, that is 701 more people"; with several rates, the one
whose base names the span the second sentence names), or the level it reached after
its amount and rate ("The flock was 4.3% smaller than a year earlier, a fall of 620,000
head. That leaves it at 13.8 million head").

## Why it matters
The amount and the rate are usually computed separately; when they disagree, one
was taken from another row or period.

## Example
Unemployment rose by 16,400 (2.7%) to 632,200. (16,400 / 615,800 = 2.66%.)

## Fix
Recompute the rate from the amount and the earlier level.
"""

def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    lay = layout(document, figures)
    text = document.text
    for i, change in enumerate(figures[:-1]):
        rate = figures[i + 1]
        if change.direction == 0 or change.unit == "percent" or rate.unit != "percent":
            continue
        if not rate_beside_change(text[change.span.end:rate.span.start]):
            continue
        # the figures after the rate in the change's sentence
        later = [f for f in lay.after_in_sentence(change) if f is not rate and is_level(f) and same_unit(f, change)]
        if not later:
            continue
        level = later[0]
        if ends_the_change_clause(text[rate.span.end:level.span.start]):
            continue  # "employment was up 268 thousand (1.8%), while unemployment fell from 1,530 thousand"
        before = text[max(0, level.span.start - 25):level.span.start]
        if level_reached_before(before):
            expression = _RATE_OF_A_MOVE_TO_LEVEL[change.direction > 0]
        elif level_left_before(before):
            expression = _RATE_OF_A_MOVE_FROM_LEVEL
        else:
            continue
        yield Relation(ID, expression, {"change": change, "rate": rate, "level": level},
                       f"{change.text} ({rate.text}) against {level.text}")
    for link in grammar.read(document, figures).moves_across:
        yield Relation(ID, _RATE_OF_A_MOVE_TO_LEVEL[link.direction > 0],
                       {"change": link.amount, "rate": link.rate, "level": link.level},
                       f"{link.amount.text} ({link.rate.text}) against {link.level.text} ({link.grammar})")


# the amount over the level before the move: the level reached less a rise (plus a fall), or the level left
_RATE_OF_A_MOVE_TO_LEVEL = {True: expr.parse("abs(change) / (level - abs(change)) == abs(rate)"),
                            False: expr.parse("abs(change) / (level + abs(change)) == abs(rate)")}
_RATE_OF_A_MOVE_FROM_LEVEL = expr.parse("abs(change) / (level) == abs(rate)")


CHECK = Check(ID, "A change given as an amount and a rate that do not agree.", DOC, find, relates_levels=True)
