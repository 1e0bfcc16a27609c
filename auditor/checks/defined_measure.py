"""Measures that official statistics define from others: the unemployment rate
from the unemployed and the labour force, the trade balance from exports and
imports, a population from its males and females."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from bisect import bisect_left, bisect_right
from itertools import product
from math import prod
from typing import Iterator

from auditor import expr
from auditor.checks.base import Check
from auditor.document import Document
from auditor.grammar.defined_terms import (
    RATES,
    TERMS,
    Terms,
    counted_within_the_figure_before,
    counts_another_thing,
    names_a_further_flow,
    names_a_term,
    sexes_of_work,
    share_of_term,
    term_of,
)
from auditor.grammar.shares import amount_of_a_share_before, in_brackets_after_its_share
from auditor.grammar.move_words import (change_amount_before, change_of_a_group_in_brackets, earlier_value_before,
                                        last_verb_direction, names_another_time)
from auditor.grammar.nearby import (given_with_its_share, is_level, is_percent_level, layout, per_before, places, same_unit,
                                     written_in_digits)
from auditor.model import Figure, Relation

ID = "defined-measure"
DOC = """\
## What it checks
Figures whose relation is fixed by the definition of the measures they name,
wherever in the report they stand, for the same period:

| measure | defined as |
|---|---|
| unemployment rate | unemployed / labour force, or unemployed / (employed + unemployed) |
| labour force | employed + unemployed |
| participation rate | labour force / working-age population |
| working-age population | labour force + people outside the labour force |
| trade surplus | exports - imports |
| trade deficit | imports - exports |
| total trade | exports + imports |
| population | males + females |
| budget (fiscal) surplus | revenue - expenditure |
| budget (fiscal) deficit | expenditure - revenue |
| gross, operating or net margin | gross, operating or net profit / revenue |
| margin (no qualifier) | profit / revenue |
| gross profit | revenue - cost of sales |
| passenger load factor | revenue passenger kilometres / available seat kilometres |
| revenue per available room | average daily rate * occupancy |

A figure takes the measure named in the words just before it ("the number of
unemployed people rose to 6.2 million") or just after it ("16.4m are employed").
Figures about one region, one sex, one age group or one trading partner
("exports to the EU", "the Free State has the highest ...") are left out, and a
figure said to be an earlier value ("as against 31,05,798") is not taken for the
current one. When a measure is stated more than once, every reading is tried.

## Why it matters
These figures are published together from one table, so a mismatch means one of
them was mistyped or taken from another release, and the identity is the first
thing an expert reader checks.

## Example
Unemployed people numbered 6.2 million and 16.4 million were employed, an
unemployment rate of 27.5%. (6.2 / (6.2 + 16.4) = 27.4%, within rounding.)

## Fix
Correct the figure that was mistyped, or say which definition the report uses.
"""


@dataclass(frozen=True)
class Identity:
    """A measure defined from others (a rate from its counts): its formula and wording."""

    result: str
    expression: object
    parts: tuple[str, ...]
    wording: str
    source: str

    @property
    def additive(self) -> bool:
        """A sum or difference holds for the changes of its terms as well as for their levels."""
        return "/" not in self.source and "*" not in self.source


def _identity(text: str, wording: str) -> Identity:
    tree = expr.parse(text)
    names = expr.names_in(tree)
    return Identity(names[-1], tree, tuple(dict.fromkeys(names[:-1])), wording, text)


# One table to grep: the result term is the last name of each expression.
IDENTITIES: tuple[Identity, ...] = (
    _identity("unemployed / labour_force == unemployment_rate", "the unemployed over the labour force"),
    _identity("unemployed / (employed + unemployed) == unemployment_rate", "the unemployed over the employed and unemployed"),
    _identity("employed + unemployed == labour_force", "the employed and the unemployed"),
    _identity("labour_force / working_age == participation_rate", "the labour force over the working-age population"),
    _identity("labour_force + outside_labour_force == working_age", "the labour force and those outside it"),
    _identity("employed + unemployed + outside_labour_force == working_age", "the employed, the unemployed and those outside the labour force"),
    _identity("exports - imports == trade_surplus", "exports less imports"),
    _identity("imports - exports == trade_deficit", "imports less exports"),
    _identity("exports + imports == total_trade", "exports and imports"),
    _identity("males + females == population", "males and females"),
    _identity("gross_profit / budget_revenue == gross_margin", "gross profit over revenue"),
    _identity("operating_profit / budget_revenue == operating_margin", "operating profit over revenue"),
    _identity("net_profit / budget_revenue == net_margin", "net profit over revenue"),
    _identity("profit / budget_revenue == margin", "profit over revenue"),
    _identity("budget_revenue - cost_of_sales == gross_profit", "revenue less the cost of sales"),
    _identity("revenue_passenger_km / available_seat_km == load_factor",
              "revenue passenger kilometres over available seat kilometres"),
    _identity("average_daily_rate * occupancy == revenue_per_room", "the average daily rate times occupancy"),
    _identity("budget_revenue - budget_expenditure == budget_surplus", "revenue less expenditure"),
    _identity("budget_expenditure - budget_revenue == budget_deficit", "expenditure less revenue"),
    _identity("full_time_employed + part_time_employed == employed", "full-time and part-time employment"),
    _identity("full_time_seekers + part_time_seekers == unemployed", "those looking for full-time and for part-time work"),
)

MAX_READINGS = 24
SHARE = expr.parse("part / whole == share")
# for a figure whose period the text leaves to the reader: it is the period of the sentences around it
MAX_PARAGRAPHS_APART = 1
MAX_SENTENCES_APART = 3
MAX_SENTENCES_SAME_PERIOD = 6


# measures of money per unit (a room-night): a hotel's rate runs to tens or hundreds, not thousands
_AMOUNTS_PER_UNIT = frozenset({"average_daily_rate", "revenue_per_room"})


def _fits_term(document: Document, f: Figure, term: str) -> bool:
    if term in RATES:
        return is_percent_level(f)
    if term in _AMOUNTS_PER_UNIT:
        return is_level(f) and f.unit not in ("", "percent") and written_in_digits(f)
    # a count of people or money in a report's prose runs to thousands; "3 groups", "(a)" are not levels
    return is_level(f) and f.unit != "percent" and abs(f.value) >= 1000 and written_in_digits(f)


def _clause_of(document: Document, f: Figure, place) -> str:
    """The words of a figure's clause: from the last clause break before it to the next one after it."""
    text = document.text
    start = max(place.sentence_start, *(text.rfind(c, place.sentence_start, f.span.start) + 1 for c in ";,"))
    ends = [i for i in (text.find(c, f.span.end, place.sentence_end) for c in ";,") if i >= 0]
    clause = text[start:min(ends) if ends else place.sentence_end]
    opening = text[place.sentence_start:place.sentence_end].split(",", 1)
    # an opening phrase sets the time of the whole sentence: "A year ago, the jobless rate was 5.2%"
    return clause + " " + opening[0] if len(opening) == 2 and len(opening[0]) <= 40 else clause


def _is_heading(document: Document, f: Figure) -> bool:
    start = document.text.rfind("\n", 0, f.span.start) + 1
    end = document.text.find("\n", f.span.end)
    line = document.text[start:end if end >= 0 else len(document.text)]
    return not any(c.islower() for c in line)


def _same_period(a: Figure, b: Figure) -> bool:
    return not a.period or not b.period or a.period == b.period


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    by_term: dict[str, list[Figure]] = {}
    levels = [f for f in figures if (is_level(f) or is_percent_level(f))
              and not change_amount_before(document.text[max(0, f.span.start - 25):f.span.start])]
    # a term names the nearest figure of its own sort: "Employment fell by 15,400 (0.1%) to 11,444,000"
    spans = {rate: ([f.span.start for f in levels if is_percent_level(f) == rate],
                    [f.span.end for f in levels if is_percent_level(f) == rate]) for rate in (False, True)}
    changes: dict[str, list[Figure]] = {}
    terms = Terms(document.text)
    # whether a clause names another time, by its words: the figures of one clause (a row of a
    # table, a list) share it, and this search is the costliest test of the loop
    of_another_time: dict[str, bool] = {}
    termed: set[str] = set()  # the figures read as a term so far
    for k, f in enumerate(figures):
        if _is_heading(document, f):
            continue
        clause = _clause_of(document, f, where[f.id])
        if clause not in of_another_time:
            of_another_time[clause] = names_another_time(clause)
        if of_another_time[clause]:
            continue
        if per_before(document.text[max(0, f.span.start - 12):f.span.start]) or counts_another_thing(document, f):
            continue  # "91.9 cases per 100,000 population", "Men accounted for 2,317 cases"
        if counted_within_the_figure_before(document, f) and (k == 0 or figures[k - 1].id not in termed):
            continue  # "1.04 million were aged 65 or over, of whom 587,000 were women": the subgroup's women (but
            # "a population of 5.4 million, of whom 2.8 million women": the women of the measure before)
        if change_of_a_group_in_brackets(document.text[where[f.id].sentence_start:f.span.start]):
            continue  # "employment increased in manufacturing (201,000)": a group's change, no level of the term
        if amount_of_a_share_before(document.text, f.span.start):
            continue  # "the share of trade with the CIS in foreign trade reached 35.3 percent ($5.55 billion)": a part
            # of foreign trade, not foreign trade
        term = term_of(document, f, where[f.id].sentence_start, where[f.id].sentence_end, terms,
                     *spans[is_percent_level(f)])
        if term is None:
            continue
        if _is_change(document, f):  # "grew by 92,000 to 16.4 million": the 92,000 is a change
            if term not in RATES and f.unit != "percent" and written_in_digits(f):
                changes.setdefault(term, []).append(f)
            continue
        if not _fits_term(document, f, term):
            continue
        if term in ("males", "females") and sexes_of_work(document.text, where[f.id].sentence_start, f):
            continue  # "the labour force gender divide ..., with 23,056 men": the workforce's men, no population's
        earlier = earlier_value_before(document.text[max(0, f.span.start - 40):f.span.start])
        if earlier and not names_a_term(earlier.group()):
            continue  # "as against 31,05,798", "fell from 1,530 thousand": a value of another time
            # ("exports of $9.8 billion against imports of $8.9 billion": another measure, set against it)
        by_term.setdefault(term, []).append(f)
        termed.add(f.id)
    done: set[str] = set()
    statements = _Statements(by_term, where)
    # whether the text names a further flow beside a term: a search of the whole text, once per term
    names_further_flow = cache(lambda term: names_a_further_flow(document.text, term))

    for identity in IDENTITIES:
        for result in by_term.get(identity.result, ()):
            if result.id in done:
                continue  # the first form of a measure's definition that the text gives is the one checked
            # only parts within MAX_SENTENCES_SAME_PERIOD sentences are kept (_nearest), and only a
            # statement of the result nearer to such a part than the result is can take it (_own)
            rivals = [r for r in statements.within(identity.result, result, 2 * MAX_SENTENCES_SAME_PERIOD)
                      if r is not result and _same_period(r, result)]
            candidates = [_nearest(_own(statements.candidates(part, result, MAX_SENTENCES_SAME_PERIOD), result, rivals,
                                        where), result, where)
                          for part in identity.parts]
            if not all(candidates) or prod(len(c) for c in candidates) > MAX_READINGS:
                continue
            readings = [{identity.result: result, **dict(zip(identity.parts, choice))}
                        for choice in product(*candidates) if _coherent(choice)
                        # a level made of levels is in their unit: a deficit in dollars is no gap between figures in euros
                        and (not identity.additive or same_unit(result, choice[0]))]
            if not readings:
                continue
            done.add(result.id)
            # (a further flow the words name beside a term, "re-exports" beside exports, may belong in it: only likely)
            sure = not any(names_further_flow(part) for part in identity.parts)
            yield Relation(ID, identity.expression, readings[0], f"{result.text} as {identity.wording}",
                           readings=tuple(readings[1:]), certain=sure)
    yield from _change_identities(document, _Statements(changes, where), where)
    yield from _shares_of_measures(document, figures, by_term, where)


MAX_WHOLES = 6


def _shares_of_measures(document: Document, figures: tuple[Figure, ...], by_term, where) -> Iterator[Relation]:
    """A percentage of a defined measure ("27.3 percent of the labor force") against the level just
    before it in its sentence and the measure's stated values."""
    sentences = layout(document, figures).sentences
    for share in figures:
        if not is_percent_level(share):
            continue
        term = share_of_term(document.text, share.span.end)
        if term not in TERMS or term in RATES:
            continue
        wholes = by_term.get(term, [])
        levels = [f for f in sentences[where[share.id].sentence] if f.span.start < share.span.start and is_level(f)
                  and not _is_change(document, f)]
        earlier = {f.id for f in levels if earlier_value_before(document.text[max(0, f.span.start - 40):f.span.start])}
        if levels and levels[-1].id in earlier:
            continue  # "..., compared with $198 million, or 12.4% of revenue": the share of the earlier value
        # the part is a level of the measure: "the five largest areas held 40.2 per cent of the population"
        # counts the areas, not the population (a count of a measure in prose runs to thousands, in digits)
        before = [f for f in levels if f.id not in earlier and _fits_term(document, f, term)]
        if len(before) != 1 or not wholes:
            continue
        part = before[0]
        # (a level given with its own share of the measure is a part of it too, not its whole: "China ... receiving 28%
        # of Uruguayan exports of goods (3,277 million USD)")
        wholes = sorted((w for w in wholes if w is not part and same_unit(w, part) and not w.qualifier
                         and abs(w.value) >= abs(part.value) and not given_with_its_share(document, w)
                         and not in_brackets_after_its_share(document.text, w)),
                        key=lambda w: abs(w.span.start - share.span.start))[:MAX_WHOLES]
        if not wholes:
            continue
        readings = [{"part": part, "whole": w, "share": share} for w in wholes]
        yield Relation(ID, SHARE, readings[0], f"{share.text} as the share of {part.text} in the {term.replace('_', ' ')}",
                       readings=tuple(readings[1:]))




def _is_change(document: Document, f: Figure) -> bool:
    return bool(f.direction) or change_amount_before(document.text[max(0, f.span.start - 40):f.span.start])


def _sign(document: Document, f: Figure, sentence_start: int) -> int:
    """+1 or -1 for a change ("fell by 15,400"; "... and part-time work by 10,800" takes the verb before it),
    0 when the text does not say."""
    if f.direction:
        return f.direction
    return last_verb_direction(document.text[sentence_start:f.span.start])


def _change_identities(document: Document, changes: _Statements, where) -> Iterator[Relation]:
    """"Unemployment rose by 16,400. Those looking for part-time work increased by 5,600 and those looking
    for full-time work by 10,800": the changes of a sum's terms add up as the terms do. Only where
    each term has one change nearby, since the signs must be known."""
    for identity in IDENTITIES:
        if not identity.additive:
            continue
        for result in changes.of(identity.result):
            candidates = [changes.candidates(part, result) for part in identity.parts]
            if not all(len(c) == 1 for c in candidates):
                continue
            bound = {identity.result: result, **{p: c[0] for p, c in zip(identity.parts, candidates)}}
            signs = {name: _sign(document, f, where[f.id].sentence_start) for name, f in bound.items()}
            if not _coherent(tuple(bound.values())) or not all(signs.values()):
                continue
            source = identity.source
            for name, sign in signs.items():
                if sign < 0:  # a fall: the change is the figure with its sign turned
                    source = re.sub(rf"\b{name}\b", f"(-{name})", source)
            yield Relation(ID, expr.parse(source), bound, f"the change {result.text} as the changes of {identity.wording}")


def _own(figures: list[Figure], result: Figure, rivals: list[Figure], where) -> list[Figure]:
    """Parts that stand nearer this statement of the measure than another statement of it (the trend
    figure's parts are not the seasonally adjusted figure's)."""
    def distance(a: Figure, b: Figure) -> int:
        return abs(where[a.id].sentence - where[b.id].sentence)
    return [f for f in figures if all(distance(f, result) <= distance(f, r) for r in rivals)]


def _nearest(figures: list[Figure], result: Figure, where) -> list[Figure]:
    """The statements of a measure nearest the result: a release gives each series (trend, seasonally
    adjusted) its own passage, and the figures that go together stand together."""
    distance = {f.id: abs(where[f.id].sentence - where[result.id].sentence) for f in figures}
    near = [f for f in figures if distance[f.id] <= MAX_SENTENCES_SAME_PERIOD]
    if not near:
        return []
    closest = min(distance[f.id] for f in near)
    return [f for f in near if distance[f.id] == closest]


class _Statements:
    """The figures that state each measure, in reading order, indexed by sentence and by period
    once per document: a result reads the statements near it by bisection, not every statement
    of the measure in the document."""

    def __init__(self, by_term: dict[str, list[Figure]], where):
        self.where = where
        self.by_term = {term: self._indexed(figures) for term, figures in by_term.items()}
        by_period: dict[tuple[str, str], list[Figure]] = {}
        for term, figures in by_term.items():
            for f in figures:
                if f.period:
                    by_period.setdefault((term, f.period), []).append(f)
        self.by_period = {key: self._indexed(figures) for key, figures in by_period.items()}

    def _indexed(self, figures: list[Figure]) -> tuple[list[Figure], list[int]]:
        return figures, [self.where[f.id].sentence for f in figures]

    def of(self, term: str) -> list[Figure]:
        return self.by_term[term][0] if term in self.by_term else []

    def _near(self, statements: tuple[list[Figure], list[int]], result: Figure, sentences: int) -> list[Figure]:
        """Those of `statements` no more than `sentences` sentences from `result`."""
        figures, where = statements
        at = self.where[result.id].sentence
        return figures[bisect_left(where, at - sentences):bisect_right(where, at + sentences)]

    def within(self, term: str, result: Figure, sentences: int) -> list[Figure]:
        return self._near(self.by_term[term], result, sentences) if term in self.by_term else []

    def candidates(self, term: str, result: Figure, reach: int | None = None) -> list[Figure]:
        """Statements of `term` for the result's own period (those within `reach` sentences when
        given); failing those, statements of no stated period nearby."""
        exact = self.by_period.get((term, result.period)) if result.period else None
        if exact is not None:
            return exact[0] if reach is None else self._near(exact, result, reach)
        where = self.where
        return [f for f in self.within(term, result, MAX_SENTENCES_APART) if _same_period(f, result)
                and abs(where[f.id].paragraph - where[result.id].paragraph) <= MAX_PARAGRAPHS_APART]


def _coherent(parts: tuple[Figure, ...]) -> bool:
    """Parts of one reading: distinct figures, one unit, one period. A percentage among them is a rate that scales
    the others (an occupancy times a daily rate), so it has no unit to share."""
    if len({f.id for f in parts}) < len(parts):
        return False
    if any(not _same_period(a, b) for a, b in zip(parts, parts[1:])):
        return False
    amounts = [f for f in parts if f.unit != "percent"]
    return all(same_unit(a, b) for a, b in zip(amounts, amounts[1:]))


CHECK = Check(ID, "A measure does not match the measures it is defined from.", DOC, find)
