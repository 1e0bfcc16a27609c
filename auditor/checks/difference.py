"""A change stated with both levels ("fell by 15,400 to 11,444,000 from 11,459,400",
"down 0.6 points from 34.5% to 33.9%"), and percentage points against percent."""
from __future__ import annotations

from typing import Iterator

from auditor import expr
from auditor.checks.base import Check
from auditor.checks.nearby import (
    by_sentence,
    is_change_column,
    is_level,
    is_percent_level,
    is_table_row,
    orient_pair,
    pair_by_words,
    places,
)
from auditor.document import Document
from auditor.model import Figure, Relation

ID = "difference"
DOC = """\
## What it checks
A change stated as an amount ("rose by 16,400", "down 0.6 percentage points",
"an increase of 51,255 candidates") together with the two levels it separates
in the same sentence or table row. The change must equal new - old. A change in
percentage points is compared with two percentages. A change written as a
percentage between two percentages is read as written (relative to the old
level); when only the reading in points fits, it is reported as a warning: the
figures agree, the word "percent" does not (the percent / percentage-point
confusion).

## Why it matters
Differences are the arithmetic readers redo first. A difference that does not
match its levels means one of the three figures is wrong.

## Example
574,125 candidates sat the papers, against 522,870 in 2015, an increase of
51,255. (574,125 - 522,870 = 51,255.)

## Fix
Recompute the difference from the levels, or correct the level that is wrong;
write "percentage points" for a difference between two percentages.
"""


def _expression(change: Figure, scale: str = "") -> expr.Compare:
    signed = "change" if change.value < 0 or change.direction >= 0 else "-change"
    return expr.parse(f"new - old == {signed}{scale}")


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    sentences = by_sentence(document, figures, where)
    for sentence, group in sentences.items():
        if is_table_row(document, group[0]):
            table = list(_table_row(document, group))
            if table:
                yield from table
                continue
        changes = [f for f in group if f.direction != 0 and f.unit != "percent"]
        percent_changes = [f for f in group if f.direction != 0 and f.unit == "percent"]
        paired = list(_paired_by_words(document, changes + percent_changes, group, sentences.get(sentence - 1, [])))
        if paired:
            yield from paired
            continue
        if len(changes) > 1:
            changes = []  # "the male rate rose 0.2 pts to 10.8% and the female rate fell 0.3 pts": pairs unknown
        for change in changes:
            if change.unit in ("percentage_point", "basis_point"):
                levels = [f for f in group if is_percent_level(f)]
            else:
                levels = [f for f in group if is_level(f) and f.unit == change.unit and f is not change]
            yield from _relations(document, change, levels, _expression(change))
        for change in percent_changes:
            levels = [f for f in group if is_percent_level(f)]
            if len(levels) == 2 and not [f for f in group if is_level(f)]:
                yield from _relations(document, change, levels, _relative(change), _as_points(change))


def _relative(change: Figure) -> expr.Compare:
    """A change in percent between two percentages, read as written: relative to the old level."""
    signed = "change" if change.value < 0 or change.direction >= 0 else "-change"
    return expr.parse(f"(new - old) / old == {signed}")


def _as_points(change: Figure) -> tuple[str, expr.Compare]:
    """The same words read as percentage points, as they are often meant."""
    return ("read as percentage points", _expression(change))


def _table_row(document: Document, row: list[Figure]) -> Iterator[Relation]:
    """A row "label | new | old | change" under a header that names the last column a
    change. A change cell without a unit in a row of percentages is in points."""
    changes = [f for f in row if is_change_column(document, f) and f.unit in ("", "percentage_point", "basis_point")]
    levels = [f for f in row if f not in changes and f.direction == 0]
    if len(changes) != 1 or len(levels) != 2 or levels[0].unit != levels[1].unit:
        return
    change = changes[0]
    scale = ""
    if levels[0].unit == "percent" and change.unit == "":
        scale = " / 100"
    elif levels[0].unit != change.unit and not (levels[0].unit == "percent" and change.unit != ""):
        return
    negative = change.direction < 0 and change.value > 0
    expression = expr.parse(f"new - old == {'-' if negative else ''}change{scale}")
    a, b = levels
    readings = [{"new": a, "old": b, "change": change}, {"new": b, "old": a, "change": change}]
    yield Relation(ID, expression, readings[0], f"{change.text} between {a.text} and {b.text}",
                   readings=tuple(readings[1:]))


def _old_fits(change: Figure):
    if change.unit in ("percentage_point", "basis_point", "percent"):
        return is_percent_level
    return lambda f: is_level(f) and f.unit == change.unit


def _paired_by_words(document: Document, changes: list[Figure], group: list[Figure],
                     previous_sentence: list[Figure]) -> Iterator[Relation]:
    """Each change with the old level its words point to ("down 0.6% from 34.5%")."""
    used_olds: set[str] = set()
    for change in changes:
        if change.unit == "percent" and any(is_level(f) for f in group):
            continue  # a percent change beside counts is a growth rate: growth-rate's business
        pairing = pair_by_words(document, change, group, previous_sentence, _old_fits(change), used_olds)
        if pairing is None:
            continue
        percent = change.unit == "percent"
        expression = _relative(change) if percent else _expression(change)
        readings = [{"new": new, "old": pairing.old, "change": change} for new in pairing.news]
        yield Relation(ID, expression, readings[0], f"{change.text} from {pairing.old.text}",
                       readings=tuple(readings[1:]), certain=pairing.certain,
                       alternative=_as_points(change) if percent else None)


def _relations(document: Document, change: Figure, levels: list[Figure], expression,
               alternative: tuple[str, expr.Compare] | None = None) -> Iterator[Relation]:
    if len(levels) != 2:
        return
    oriented = orient_pair(document, change, *levels)
    if oriented is None:
        return
    readings, certain = oriented
    a, b = levels
    yield Relation(ID, expression, readings[0], f"{change.text} between {a.text} and {b.text}",
                   readings=tuple(readings[1:]), certain=certain, alternative=alternative)


CHECK = Check(ID, "A stated change does not match the two levels it separates.", DOC, find)
