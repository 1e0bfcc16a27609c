"""A change stated with both levels ("fell by 15,400 to 11,444,000 from 11,459,400",
"down 0.6 points from 34.5% to 33.9%"), and percentage points against percent."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from itertools import chain
from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.checks.base import Check, links_first, placed_changes
from auditor.document import Document
from auditor.grammar.frames import Role, is_rate_of_change_unit, is_word_fraction
from auditor.grammar.time_rates import change_over_other_span, per_other_spans
from auditor.grammar.labels import content_words, label, named_gap, place_named_after  # (sum_of_parts reads the first two from here)
from auditor.grammar.move_words import (base_named_after, by_amount_before, dated_earlier_after, judged_move,
                                        opens_a_cause, opens_a_clause_of_its_own_subject)
from auditor.grammar.nearby import (
    LEVEL_KINDS,
    by_sentence,
    contrast_between,
    counts_two_things,
    is_level,
    moved_another_thing,
    is_percent_level,
    orient_pair,
    pair_by_words,
    places,
    same_unit,
    weight_of_the_subject,
)
from auditor.grammar.tables import (
    column_in_percent,
    columns_of_one_measure,
    is_change_column,
    is_table_row,
    row_of_one_series,
)
from auditor.model import Figure, Relation

ID = "difference"
DOC = """\
## What it checks
A change stated as an amount ("rose by 960", "down 0.6 percentage points",
"120 more than last year's") together with the two levels it separates, in the
same sentence or table row, must equal new - old.

It reads the forms the growth-rate check reads ("rose by 960 to 3,360 from
2,400", "1,560, 120 more than last year's 1,440"), and a level with its earlier
value in brackets under a label, then the change: "rose to 62.4% (last year:
58.1%), an increase of 4.3pp"; and a move "by C to N" with no level it started
from, then in the next sentence an earlier move of that measure told in the
pluperfect ("had lowered the policy rate by 50 basis points to 7.00 per
cent"): the move started where the earlier one ended; and a change beside the
one level its sentence states for a period, after a sentence whose one level of
that unit is of the same measure and subject for the period before ("The shelter
housed 4,150 animals in 2020. In 2021 it housed 4,620 animals, 470 more than a
year before"; "By the end of 2022 it had risen by 2,600 to 36,400"), unless the
words set the change against another span ("since 2018", "over three years").
Two levels of the change's sentence that no word marks as the base, each dated
in its own clause to a period of one shape ("214 in 2017 and 171 in 2023, a net
loss of 43"), are read as the growth-rate check reads them: the earlier
period's level is the old one.

A change in percentage points is compared with two percentages, across
sentences too: a change of a rate named by its words ("The jobless rate fell
0.4 points to 5.1% in 2023") and the one percentage of that name stated for the
period before elsewhere ("In 2022 the jobless rate was 5.5%"), read as a change
in units is. A change
written as a percentage between two percentages is read as written (relative
to the old level); when only the reading in points fits, it is reported as a
warning: the figures agree, the word "percent" does not.

Gaps between two named measures are read too:

- "N more on A than on B" ("€42 million more on road maintenance than on park
  maintenance"), against every statement of A and of B in the document;
- "A outnumbered B, giving D" ("arrivals (14,210) outnumbered departures
  (11,830), giving a net gain of 2,380"): D must equal A - B;
- "A, more (less) than B by D" ("6,120, less than the previous year-end's 8,470
  by 2,350"): D is the gap between the two levels.
- a gap its words name, then its two levels as a pair opened by a colon, a
  bracket, a dash or a noun in apposition ("exceeded imports by $2.3bn: $14.1bn
  against $11.8bn", "1,204 more births than deaths (10,450 births, 9,246
  deaths)", "a surplus of 3,112 tonnes, output of 15,600 tonnes against
  consumption of 12,488 tonnes"): D is the larger less the smaller.

A change per one span of time beside levels per another ("from £81.90 to £83.30 a
week, an extra £73 a year": the weekly rise summed over a year) is checked with the
spans converted: the difference of the levels times the number of the shorter spans
the longer holds (7 days a week, 12 months a year; a year's 365 or 366 days and 52
to 52.29 weeks as a range). Spans with no fixed count (weeks of a month) are not
checked.

## Why it matters
Differences are the arithmetic readers redo first. A difference that does not
match its levels means one of the three figures is wrong.

## Example
The pass rate rose to 62.4% (last year: 58.1%), an increase of 4.3pp.
(62.4 - 58.1 = 4.3 points.)

## Fix
Recompute the difference from the levels, or correct the level that is wrong;
write "percentage points" for a difference between two percentages.
"""


def _expression(change: Figure, scale: str = "") -> expr.Compare:
    signed = "change" if change.value < 0 or change.direction >= 0 else "-change"
    return expr.parse(f"new - old == {signed}{scale}")


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    linked = chain(relations.differences(meaning, ID), relations.named_identities(meaning, ID, "-"))
    ratios = frozenset(f.id for f in figures if meaning.frame(f).role is Role.RATIO)
    found = links_first(linked, _find(document, figures, ratios, meaning), "change", placed_changes(meaning))
    for relation in found:
        change = relation.figures.get("change")
        levels = tuple(f for name, f in relation.figures.items() if name != "change")
        if change is None or not levels or not per_other_spans(document.text, change, levels):
            yield relation
        elif (converted := _over_the_levels_span(document, relation, change, levels)) is not None:
            yield converted


def _over_the_levels_span(document: Document, relation: Relation, change: Figure,
                          levels: tuple[Figure, ...]) -> Relation | None:
    """A change per one span of time beside levels per another ("from £129.20 to £134.25 a week, an extra £263 a
    year"), read as the difference of the levels times the number of the levels' spans in the change's (52 to
    52.29 weeks a year), or None when the two spans hold no fixed count of each other."""
    spans = change_over_other_span(document.text, change, levels)
    if spans is None:
        return None
    count = expr.Num(spans.fewest) if spans.fewest == spans.most else \
        expr.Call("between", (expr.Num(spans.fewest), expr.Num(spans.most)))
    # the levels' difference is the change over the count of their spans (a yearly sum of a weekly rise), or the
    # change times it (a weekly rise of yearly levels)
    per_span = expr.BinOp("/" if spans.change_is_longer else "*", expr.Name("change"), count)
    shorter, longer = (spans.per_levels, spans.per_change) if spans.change_is_longer else \
        (spans.per_change, spans.per_levels)

    def converted(pair):
        return pair and (pair[0], expr.substituted(pair[1], "change", per_span))
    return replace(relation, expression=expr.substituted(relation.expression, "change", per_span),
                   alternative=converted(relation.alternative), asserted_within=converted(relation.asserted_within),
                   message=f"{relation.message} ({change.text} a {spans.per_change}, the levels a {spans.per_levels}: "
                           f"{_count_words(spans.fewest, spans.most)} {shorter}s a {longer})")


def _count_words(fewest: Fraction, most: Fraction) -> str:
    """ "52 to 52.29", "7": how many spans one holds, as a reader writes it."""
    def text(count: Fraction) -> str:
        return str(count.numerator) if count.denominator == 1 else str(Decimal(count.numerator) / count.denominator)
    return text(fewest) if fewest == most else f"{text(fewest)} to {text(most)}"


def _find(document: Document, figures: tuple[Figure, ...], ratios: frozenset[str], meaning) -> Iterator[Relation]:
    where = places(document, figures)
    sentences = by_sentence(document, figures, where)
    yield from _named_gaps(document, where, sentences, ratios)
    for sentence, group in sentences.items():
        if is_table_row(document, group[0]):
            table = list(_table_row(document, group))
            if table:
                yield from table
                continue
            if row_of_one_series(document, group):
                continue  # "GDP growth   1.1   1.4   1.7" under "2026   2027   2028": three levels, no change between
        changes = [f for f in group if f.direction != 0 and not is_rate_of_change_unit(f)]
        percent_changes = [f for f in group if f.direction != 0 and is_rate_of_change_unit(f)]
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
        if len({meaning.frame(f).group for f in percent_changes if meaning.frame(f).group}) > 1:
            continue  # "20.6 percent, compared to 31.7 percent for females, dropping 0.8 percent for males and increasing
            # by 1.0 percent for females": each group's own move, whose old levels the sentence does not give
        for change in percent_changes:
            # "increased by 0.3% q/q and by 1.1% y/y, so ... rose by roughly 1.5%": amounts of change, not levels
            levels = [f for f in group if is_percent_level(f) and not weight_of_the_subject(document, f)
                      and not by_amount_before(document.text[max(0, f.span.start - 25):f.span.start])]
            if len(levels) == 2 and not [f for f in group if is_level(f)] \
                    and not (levels[-1].span.end < change.span.start
                             and opens_a_cause(document.text, levels[-1].span.end, change.span.start)) \
                    and not (change.span.end < levels[0].span.start
                             and opens_a_clause_of_its_own_subject(document.text, change.span.end, levels[0].span.start)):
                # (not "dropped to 7,2% in 2003 from 11,3% in 2002 mainly due to an increase in consumer prices by 0,1%":
                # the change told as the cause measures the cause)
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
    if not columns_of_one_measure(document, *levels):
        return  # "Votes | Seats | Change in seats": the change is of one column, not between the two
    change = changes[0]
    scale = ""
    negative = change.direction < 0 and change.value > 0
    if levels[0].unit != "percent" and change.unit == "" and column_in_percent(document, change):
        # "Company | Feb 2024 | Feb 2023 | Growth %": the change column is in percent of the old level
        expression = expr.parse(f"(new - old) / old == {'-' if negative else ''}change / 100")
        a, b = levels
        yield Relation(ID, expression, {"new": a, "old": b, "change": change},
                       f"{change.text}% between {b.text} and {a.text}",
                       readings=({"new": b, "old": a, "change": change},))
        return
    if levels[0].unit == "percent" and change.unit == "":
        scale = " / 100"
    elif levels[0].unit != change.unit and not (levels[0].unit == "percent" and change.unit != ""):
        return
    expression = expr.parse(f"new - old == {'-' if negative else ''}change{scale}")
    a, b = levels
    readings = [{"new": a, "old": b, "change": change}, {"new": b, "old": a, "change": change}]
    yield Relation(ID, expression, readings[0], f"{change.text} between {a.text} and {b.text}",
                   readings=tuple(readings[1:]))


def _old_fits(change: Figure):
    if change.unit in ("percentage_point", "basis_point", "percent") or is_word_fraction(change):
        return is_percent_level
    return lambda f: is_level(f) and f.unit == change.unit


def _paired_by_words(document: Document, changes: list[Figure], group: list[Figure],
                     previous_sentence: list[Figure]) -> Iterator[Relation]:
    """Each change with the old level its words point to ("down 0.6% from 34.5%")."""
    used_olds: set[str] = set()
    for change in changes:
        if is_rate_of_change_unit(change) and any(is_level(f) for f in group):
            continue  # a percent change beside counts is a growth rate: growth-rate's business
        pairing = pair_by_words(document, change, group, previous_sentence, _old_fits(change), used_olds)
        if pairing is None:
            continue
        if not change.unit and pairing.news and counts_two_things(document, pairing.news[0], pairing.old):
            continue  # "46,200 runners from 142 nations ..., 3,100 more than last year": an origin, not a base
        # ("a third lower than the 19.8% of 2011": a fraction in words is a rate of change too, never in points)
        percent = change.unit == "percent" or is_word_fraction(change)
        expression = _relative(change) if percent else _expression(change)
        news, certain = pairing.news, pairing.certain
        if not certain and len(news) > 1:
            named = _named_like_old(document, change, pairing.old, news)
            if named is not None:
                news, certain = (named,), True
        readings = [{"new": new, "old": pairing.old, "change": change} for new in news]
        yield Relation(ID, expression, readings[0], f"{change.text} from {pairing.old.text}",
                       readings=tuple(readings[1:]), certain=certain,
                       alternative=_as_points(change) if change.unit == "percent" else None)


def _named_like_old(document: Document, change: Figure, old: Figure, news) -> Figure | None:
    """'[rural: 10,47,296] ... That is 5,81,417 fewer than the rural population of 16,28,713':
    of the levels the sentence points back to, the one named with the old level's first word."""
    between = document.text[change.span.end:old.span.start]
    name = base_named_after(between)
    if name is None:
        return None
    key = _group_key_first(name)
    if key is None:
        return None
    named = [f for f in news if key in label(document, f)]
    return named[0] if len(named) == 1 else None


def _group_key_first(name: str) -> str | None:
    found = content_words(name)
    return found[0] if len(found) >= 2 else None


def _of_two_places(document: Document, a: Figure, b: Figure) -> bool:
    """Two levels of two places or groups, set side by side, not the two ends of a move: each followed by the name of
    a different place ("compared to 990,300 people in New South Wales and 784,800 people in Victoria"), or of one
    measure the words name in two places ("against 6,400 in the coastal region and 2,100 in the north": "employment
    in coastal region", "employment in north")."""
    place_a, place_b = place_named_after(document.text, a), place_named_after(document.text, b)
    head_a, _, where_a = a.measure.partition(" in ")
    head_b, _, where_b = b.measure.partition(" in ")
    return bool(place_a and place_b) and place_a != place_b \
        or bool(head_a and where_a and where_b) and head_a == head_b and where_a != where_b


def _relations(document: Document, change: Figure, levels: list[Figure], expression,
               alternative: tuple[str, expr.Compare] | None = None) -> Iterator[Relation]:
    if len(levels) != 2 or not columns_of_one_measure(document, *levels):
        return  # "Votes | Seats | Change in seats": two measures' columns, no change between them
    if not change.unit and counts_two_things(document, *levels):
        return  # "46,200 runners from 142 nations ..., 3,100 more than last year": two things counted
    if moved_another_thing(document, change, levels):
        return  # "interviews with 8,000 households ... a 400,000 rise in the dog population": not the households' rise
    if dated_earlier_after(document.text, change.span.end) and not any(
            dated_earlier_after(document.text, f.span.end) for f in levels):
        return  # "a net profit of €31.5 million after a loss of €12.9 million a year earlier": the earlier year's own figure
    if _of_two_places(document, *levels):
        return  # "gained 18,200, against 6,400 in the coastal region and 2,100 in the north": two places' own figures
    oriented = orient_pair(document, change, *levels)
    if oriented is None:
        return
    readings, certain = oriented
    a, b = levels
    if contrast_between(document.text[min(a.span.end, change.span.end):max(b.span.start, change.span.start)]):
        return  # "jumped from 85,904 to 98,158, whereas the other category shrank by 7,056": two clauses, two measures
    place_start = max(document.text.rfind(". ", 0, change.span.start), document.text.rfind("\n", 0, change.span.start)) + 1
    if judged_move(document.text[place_start:change.span.end]):
        # "the combined ratio improved to 94.2% from 96.8%, a gain of 2.6 points": better or worse, not up or down
        expression = expr.parse("abs(new - old) == abs(change)")
    yield Relation(ID, expression, readings[0], f"{change.text} between {a.text} and {b.text}",
                   readings=tuple(readings[1:]), certain=certain, alternative=alternative)


# ---- a gap between two named groups whose levels stand nearby ----------------------------


def _group_key(name: str) -> str | None:
    found = content_words(name)
    return found[-1] if len(found) == 1 else (found[0] if found else None)


def _named_gaps(document: Document, where, sentences, ratios: frozenset[str]) -> Iterator[Relation]:
    text = document.text
    for sentence, group in sentences.items():
        for gap in group:
            if gap.unit == "percent" or gap.qualifier or not (gap.kind in LEVEL_KINDS or gap.direction) \
                    or gap.id in ratios:  # ("outnumbered vacancies by 3.4 to 1": a ratio, not a gap)
                continue
            place = where[gap.id]
            before = text[place.sentence_start:gap.span.start]
            after = text[gap.span.end:place.sentence_end]
            named = named_gap(before, after)
            if named is None:
                continue
            a_name, b_name, bigger = named
            a_key, b_key = _group_key(a_name), _group_key(b_name)
            if not a_key or not b_key or a_key == b_key:
                continue
            for ahead, window in ((False, range(sentence - 2, sentence + 1)), (True, (sentence + 1,))):
                pool = [f for s in window for f in sentences.get(s, [])
                        if f is not gap and f.direction == 0 and f.kind in LEVEL_KINDS and f.unit == gap.unit
                        and same_unit(f, gap) and not f.qualifier]
                labels = {f.id: label(document, f) for f in pool}
                a_figs = [f for f in pool if a_key in labels[f.id] and b_key not in labels[f.id]]
                b_figs = [f for f in pool if b_key in labels[f.id] and a_key not in labels[f.id]]
                if a_figs and b_figs:
                    break
            if not a_figs or not b_figs:
                continue
            certain = len(a_figs) == 1 and len(b_figs) == 1
            if certain and ahead and (a_figs[0].value < b_figs[0].value) == bigger:
                # levels stated after the gap that lie the other way round are most likely about
                # another scope ("boys outnumber girls in science by 1,200. Nationally, 45,000 girls ...")
                certain = False
            readings = [{"big": a, "small": b, "gap": gap} if bigger else {"big": b, "small": a, "gap": gap}
                        for a in a_figs for b in b_figs]
            if len(readings) > 4:
                continue
            yield Relation(ID, _GAP, readings[0],
                           f"{gap.text} as the gap between {a_name.strip()} and {b_name.strip()}",
                           readings=tuple(readings[1:]), certain=certain)


_GAP = expr.parse("big - small == abs(gap)")

CHECK = Check(ID, "A stated change does not match the two levels it separates.", DOC, find, relates_levels=True)
