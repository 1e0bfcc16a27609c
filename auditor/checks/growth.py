"""A growth rate stated with both levels ("up 19 per cent to 575,000 from 483,000")."""
from __future__ import annotations

from itertools import chain
from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.grammar.frames import Role, is_rate_of_change_unit
from auditor.grammar.links import against_unstated_reference, not_the_move_of
from auditor.grammar.move_words import (another_move_between, subject_of_its_own_moves, base_years_named_after, breaks_the_clause_or_concedes, conceded_before,
                                        amount_by_right_before, dated_by_an_earlier_opening, ends_of_one_move, one_rate_for_several,
                                        told_in_real_terms, year_on_year_after)
from auditor.grammar.nearby import ends_of_a_range, restated_in_brackets, second_comparison, threshold_of_counted_items
from auditor.checks.base import Check, links_first, placed_changes
from auditor.grammar.nearby import (
    between,
    counts_two_things,
    by_sentence,
    is_level,
    is_ratio_level,
    orient_pair,
    pair_by_words,
    places,
    same_unit,
    written_in_digits,
)
from auditor.grammar.tables import columns_of_one_measure
from auditor.document import Document
from auditor.extract.periods import shifted
from auditor.grammar import measure_index
from auditor.grammar.measures import measure_told_by_a_participle_after
from auditor.model import Figure, Kind, Relation
from auditor.quantity import interval_of, precise

ID = "growth-rate"
DOC = """\
## What it checks
A percentage change stated with the two levels it compares, in one sentence or
one table row, must equal (new - old) / old in the direction the text gives.

It reads:

- a change, the level it reached, then the old level: "rose 12.5% to 1,350
  tonnes from 1,200 tonnes", "grew 12.5%, reaching 1,350 tonnes from 1,200 tonnes";
- a change, then a comparative or a base word ("above", "below", "up on",
  "from", "compared with"), then the old level; the new level is the "to ..."
  after it or the level the clause states before the change: "8,120 tickets,
  45% above last year's 5,600", "a 40% increase, from 2,400 to 3,360";
- two levels of its sentence no word marks as the base, each dated in its own
  clause to a period of one shape ("3,480 in 2016 and 4,025 in 2022, a rise of
  16%"; "in Q2 2021" and "in Q2 2023"), and a change that names no span of its
  own ("since 2010", "over six years", "a year on average") and no move to one
  of them ("rose 8% to $41 billion in 2023"), with no "but", "while" or
  "although" between: the earlier period's level is the old one;
- a change in a sentence that points back ("That is 13% down on 2019") is of
  the level the sentence before reached, not of the one it set up as its base
  ("to 229 million (against 212 million in 2022/23)");
- the two ends a move's own words name ("to N from O", "from O to N", "to N ...,
  up by R from O"): a rate after "by" and a verb of no direction ("accelerated
  by 17 percent to P82.7 billion from P69.93 billion") is the size of the move,
  and two ends in two currencies are one measure whose code was mistyped: the
  rate is read between the amounts as written and the message names the slip
  (a conversion in brackets is no end of the move);
- a level, then its change in units and as a rate side by side: "2,520
  members, down 10% (280 members)"; the rate must equal the amount over the old
  level (the level less a rise, or plus a fall);
- a change alone in its sentence after a sentence whose only two levels of one
  unit are stated for two periods ("In 2023 the airport handled 21.4 million
  passengers; in 2022 the figure was 18.9 million. Traffic thus grew by
  13.2%."): sure when a word draws it from what was said ("thus", "so") or its
  noun is the levels'; not when the change names its measure with a word the
  levels lack ("National output rose" after a province's levels);
- a change whose old level its sentence does not give (the level it reached
  may be there: "Hotel nights rose 12.5% to 6,480 in 2023"), its measure named by its
  own words ("The 13.6% increase in dairy output", "Dairy output, which rose
  13.6%", "Dairy output posted a 13.6% rise"), between the one level of that name and subject stated for its
  period and the one stated for the period before, anywhere in the document
  ("Dairy output reached 1,250 tonnes in 2023" ... "In 2022, dairy output was
  1,100 tonnes"; a level whose clause opens "A year earlier" is of the year
  before the one carried; a level a verb's object counts is of the verb's
  noun: "The mill produced 8,940 tonnes" is the mill's production, "Dealers
  sold 41,213 cars" car sales); another measure of the unit ("re-exports"), another place's
  or another year's levels never meet under one name; sure when both levels'
  clauses date them and the change dates itself, names the old level's year
  as its base ("compared with 2022") or refers back, and, for a month or a
  quarter, says on what it is measured ("year on year"); levels under
  another markdown heading are not read; levels of a
  subject the change does not name ("The mill employed 1,253 workers" ...
  "Workers rose 13.4%") are read only when one subject has both, and unsure;
- a change beside the one level its sentence states for a period, after a
  sentence whose one level of that unit is of the same measure and subject for
  the period before ("The ferry line carried 2.41 million passengers in 2022. In
  2023 it carried 2.65 million passengers, up 10% on the year"), and each step of a
  series of years told so, the level of the period before dated in an earlier
  clause or the sentence before, of the same measure ("Admissions totalled
  412,300 in 2019; in 2020 admissions fell to 389,700, down 5.5%, and in 2021
  admissions reached 401,250, up 3.0%"); not another subject's level, nor one
  two periods back, nor a change over several years ("up 9% since 2019");
- a change and the level it reached, then the next sentence opening on the
  earlier time with one level of that unit ("rose 11% to 2,714. A year earlier
  it employed 2,450 people");
- a sentence opening on an earlier time ("Back then", "A year earlier", "In
  2013" before the present level's year) with that time's level, and its change
  there or in the next sentence pointing back with no level of its own ("That
  amounts to an increase of 258%", "The increase is therefore 12%"), against
  the present level of the sentence before, or of one up to three sentences
  back past sentences with no figure (or only parts of it), when both levels
  name what they count alike ("Dairies took in 1,842 million litres of milk in
  June. The figure was a record. A year earlier, they took in 1,760 million
  litres of milk. That amounts to a rise of 4.7%"); not when the change names
  a base of its own ("That was 12% more than in 2021");
- a level, then in apposition its rate against the present time, after a
  sentence whose one level of that unit is the present one of the same thing:
  the level is set against the present one, the base ("The port handled 4.10
  million tonnes this year. A year earlier it handled 3.60 million tonnes, 12%
  less than this year": (3.60 - 4.10) / 4.10);
- a change given only against a round threshold ("a fall of more than 50% in
  pre-tax profit", "rose by nearly 30%") in a sentence with no level of its
  own, then, in the next sentence or two of the passage, the one move from one
  level to another of the measure it names ("pre-tax profit dropped from
  R4.1bn to R1.7bn"): the move's rate lies where the threshold puts it;
- a change told as a fraction in words ("up a fifth on", "a third higher",
  "rose by a quarter"): the nearest simple fraction to the true rate, so it
  holds within a tenth of itself either way (a fifth: 18% to 22%);
- a rate per year over several years between two levels of its clause, dated
  each by its own year ("a CAGR of 12.1%, from KSh 6.9 million in 2013 to KSh
  10.9 million in 2017") or moved between over a span the sentence names
  ("between 2001 and 2011", "over the past five years"): compounded when the
  words say so ("compound annual", "CAGR": (new / old) ** (1 / years) - 1);
  an "average annual" rate, or one "a year", may be any of the usual averages,
  from the exponential (ln(new / old) / years, as census offices compute it) to
  the simple ((new / old - 1) / years). Such a rate is never read as the change
  between the two levels.
- a change stated of a level ("online sales of $51.3 billion, a rise of 14%
  on 2022") that no reading above gives an old level, against the levels
  of another sentence, anywhere in the document, whose measure or clause has a
  word of the level's name, in its unit and of the period before (a year, or a
  month, quarter or half; a level of a sentence that opens on the period
  before, "In March of last year, ... and exports to 507,480 tonnes", is of
  that period; a participle after the level names its measure, "810,962
  tonnes exported"): words alone tie them, so such a level is reported
  only when the rate fits it, as evidence, and never flagged;
- a change whose own words name its measure and whose two levels no
  sentence names alike, against the cells of that name in one table
  ("Sugar exports grew by 11.6 per cent in 2023" ... "| Sugar exports |
  548,900 | 612,400 |"), or the levels of the one name of its head that says
  more or less ("Exports rose 11.6%" ... "Sugar exports reached ..."), or,
  for a change of no period, the one pair of a period and the one before
  its name's levels make: words alone tie them, so a mismatch is never an
  error;

When several earlier levels could be the new one, a mismatch is reported only
as plausible; a level others expected ("ahead of the $45.5 million analysts had
expected") is none of them, and the new level of the sentence before is sure
when the change's subject names its measure ("revenue of $48.0 million ...
Sales came in 20% higher than the prior-year quarter's $40.0 million"). A
percent change between two percentages is the difference check's.

## Why it matters
A growth rate and its levels are often taken from different tables or
vintages; when they disagree, one of the three figures is wrong.

## Example
Ticket sales reached 8,120, 45% above last year's 5,600.
((8,120 - 5,600) / 5,600 = 45.0%.)

## Fix
Recompute the rate from the two levels, or correct the level that was mistyped.
"""

EXPRESSION = expr.parse("(new - old) / old == change")

def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    linked = chain(relations.growth(meaning, ID), relations.change_pairs(meaning, ID), relations.yearly_rates(meaning, ID))
    read: set[str] = set()
    for relation in links_first(linked, _find(document, figures), "change", placed_changes(meaning)):
        read.update(f.id for f in relation.figures.values())
        for reading in relation.readings:
            read.update(f.id for f in reading.values())
        yield relation
    yield from _linked_ends_in_two_currencies(document, figures, meaning, read)
    yield from _old_levels_stated_elsewhere(document, figures, meaning, read)


def _linked_ends_in_two_currencies(document: Document, figures: tuple[Figure, ...], meaning, read: set[str]) -> Iterator[Relation]:
    """A change the meaning layer linked to its old level but to no new one, because the level its words name as
    the move's other end is in another currency ("rose to $8.8 million, up by 10 percent from EUR8.0 million")."""
    unfinished = [link for link in meaning.changes if not link.news and link.change.id not in read]
    if not unfinished:
        return
    where = places(document, figures)
    sentences = by_sentence(document, figures, where)
    for link in unfinished:
        levels = [f for f in sentences[where[link.change.id].sentence] if is_level(f) and written_in_digits(f)
                  and meaning.frame(f).modality == "stated"]
        relation = _ends_in_two_currencies(document, link.change, levels)
        if relation is not None and relation.figures["old"] is link.old:
            read.update(f.id for f in relation.figures.values())
            yield relation


MAX_OLD_LEVELS = 6  # the levels of a base period a rate is read against, nearest first


def _old_levels_stated_elsewhere(document: Document, figures: tuple[Figure, ...], meaning, read: set[str]) -> Iterator[Relation]:
    """A rate of change stated of a level ("2023 online sales at $51.3 billion, a rise of 14% on 2022") whose old
    level no sentence near it gives, against the level of the same measure for the period before, stated anywhere
    in the document ("Shoppers spent $45.0 billion on online sales in 2022"): looked up by the words of the measure's
    name, the unit and the period a year (or one month, quarter or half) before the level's. The words alone tie them, so the
    reading is evidence only: it is given when the rate fits, and dropped when no such level fits."""
    levels = [f for f in figures if meaning.frame(f).is_level and meaning.frame(f).modality == "stated"
              and f.qualifier in ("", "about") and written_in_digits(f) and f.period and precise(f)]
    if not meaning.level_rates or not levels:
        return
    linked = {link.change.id for link in meaning.changes} | {link.rate.id for link in meaning.change_pairs}
    where = places(document, figures)
    index = None
    by_id = {f.id: f for f in levels}
    for level_id, rates in meaning.level_rates.items():
        level = by_id.get(level_id)
        if level is None or level_id in read:
            continue
        for rate in rates:
            frame = meaning.frame(rate)
            if rate.id in read or rate.id in linked or not is_rate_of_change_unit(rate) or rate.direction == 0 \
                    or rate.qualifier or frame.role is not Role.RELATIVE_CHANGE or frame.modality != "stated":
                continue
            earlier = _base_periods(level.period, rate, document.text)
            if not earlier:
                continue
            if index is None:
                index = measure_index.of_levels(levels, document.text, meaning)
            old = _old_level_of(index, level, rate, earlier, where, meaning, document.text)
            if old is not None:
                period = old.period if old.period in earlier else dated_by_an_earlier_opening(old, meaning.segment_of(old))
                yield Relation(ID, _expression(rate), {"new": level, "old": old, "change": rate},
                               f"{rate.text} change from {old.text}, the {period} level stated elsewhere", certain=False)


def _old_level_of(index: measure_index.MeasureIndex, level: Figure, rate: Figure, earlier: frozenset[str],
                  where, meaning, text: str) -> Figure | None:
    """The first level the rate fits among those filed under each word of the level's name (or the noun of the
    participle right after it: "810,962 tonnes exported" counts exports), of one of the `earlier` periods, in
    another sentence, nearest first; None when none fits."""
    def fits(old: Figure) -> bool:
        return (old.period in earlier or dated_by_an_earlier_opening(old, meaning.segment_of(old)) in earlier) \
            and old.id != level.id and where[old.id].sentence != where[level.id].sentence

    counted = measure_told_by_a_participle_after(text, level.span.end)
    told = (measure_index.key_of(counted),) if counted else ()
    for key in dict.fromkeys(told + measure_index.name_keys(level.measure)):
        for old in index.nearest(key, level, level.span.start, fits, MAX_OLD_LEVELS):
            if _rate_fits(rate, level, old):
                return old
    return None


def _base_periods(period: str, rate: Figure, text: str) -> frozenset[str]:
    """The periods a rate of a level of `period` may be measured from: the year before, and the month, quarter or
    half before when the period is one; only the year before when the rate says year-on-year, only the step before
    when it says month-on-month or quarter-on-quarter; and, when its clause names the year of its base ("a 12% rise
    from 2016"), only periods of that year."""
    year_before = shifted(period, -1, "year")
    steps_before = {shifted(period, -1, unit) for unit in ("month", "quarter", "half")} - {year_before}
    comparison = rate.change_of or ""
    earlier = {year_before} if comparison.startswith(("year", "annual")) else \
        steps_before if comparison else {year_before} | steps_before
    earlier.discard(period)
    named = base_years_named_after(text, rate.span.end)
    if named:
        earlier = {p for p in earlier if p[:4] in named}
    return frozenset(earlier)


def _rate_fits(rate: Figure, new: Figure, old: Figure) -> bool:
    """Whether the rate's interval meets the rate between the two levels (a fall stated without its sign is negative)."""
    new_, old_ = interval_of(new), interval_of(old)
    if old_.lo <= 0 <= old_.hi:
        return False
    moved = (old_ - new_) / old_ if rate.direction < 0 and rate.value > 0 else (new_ - old_) / old_
    return moved.meets(interval_of(rate))


def _find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    sentences = by_sentence(document, figures, where)
    meaning = grammar.read(document, figures)
    # the document in lower case, made when a pair first needs it: once per document, not once per
    # pair (lowering a 120,000-character section for each pair was 3% of the time of a long report)
    lowered = None
    for sentence, group in sentences.items():
        # (a rate per year over several years, "an average annual growth rate of 1.67%", is no change between two levels)
        changes = [f for f in group if is_rate_of_change_unit(f) and f.direction != 0
                   and meaning.frame(f).role is not Role.YEARLY_RATE]
        if len(changes) > 1 and any(f.kind is Kind.MONEY for f in group):
            # "grew by 4%, from £61.0m to £63.4m (11% at constant exchange rates)": the rate on another basis is not
            # one between the amounts, so it leaves the other rate the sentence's one
            changes = [f for f in changes if not told_in_real_terms(document.text, f)]
        previous = sentences.get(sentence - 1, [])
        if changes and all(meaning.frame(f).modality == "stated" for f in changes):
            # a stated change and a forecast level ("rose 10% from 20,800; next year they are expected
            # to reach 24,000") are of different times; so is the level analysts expected in the
            # sentence before ("revenue of $106.0 million, ahead of the $102.6 million analysts looked for")
            group = [f for f in group if meaning.frame(f).modality == "stated"]
            previous = [f for f in previous if meaning.frame(f).modality == "stated"]
        yield from _unsigned_rates_of_a_move(document, group, meaning)
        paired = list(_paired_by_words(document, changes, group, previous))
        if paired:
            yield from paired
            continue
        if len(changes) != 1:
            continue
        change = changes[0]
        sentence_text = document.text[where[change.id].sentence_start:where[change.id].sentence_end]
        if one_rate_for_several(sentence_text):
            continue  # "each grew 16.9 percent ... respectively": one rate for several pairs
        k = group.index(change)
        if k and ends_of_a_range(document.text, group[k - 1], change) \
                or k + 1 < len(group) and ends_of_a_range(document.text, change, group[k + 1]):
            continue  # "rose between 24% and 28%, ... which went from US$ 99 to US$ 268": a range, no one rate
        if threshold_of_counted_items(document, change):
            continue  # "ports handling more than 1m teu, 110 saw growth, nine with over 25% growth": a mark, no change
        if against_unstated_reference(document.text[change.span.end:change.span.end + 60]):
            continue  # "short of the previous year's 414,200 tons and 22 percent below the five-year average"
        year_on_year = year_on_year_after(document.text[change.span.end:change.span.end + 40])
        # a percent change between two percentages is the difference check's: it may mean points
        for level_test in (is_level, is_ratio_level):
            # "in the three months to August ... compared with the previous three months": words name spans
            # (a span's length is no level: "the most recent 12 month period")
            levels = [f for f in group if level_test(f) and f is not change and written_in_digits(f)
                      and meaning.frame(f).role is not Role.DURATION]
            # (a level restated in brackets in another scale or currency is one level told twice: "to Rs 117.14 crore
            # (Rs 1,171.4 million) ... from Rs 89.69 crore (Rs 896.9 million)" compares two levels, not four)
            levels = [f for k, f in enumerate(levels) if not (k and restated_in_brackets(document.text, levels[k - 1], f))]
            if not levels:
                continue
            mistyped = _ends_in_two_currencies(document, change, levels)
            if mistyped is not None:
                yield mistyped
                break
            unit_groups: dict[tuple, list[Figure]] = {}
            for f in levels:
                unit_groups.setdefault((f.unit, f.kind), []).append(f)
            pairs = [g for g in unit_groups.values() if len(g) == 2]
            if len(pairs) != 1:
                continue
            a, b = pairs[0]
            if a.kind is Kind.MONEY and told_in_real_terms(document.text, change):
                continue  # "climbed 5.5% at constant prices (9.8% at current prices) to 412 billion pesos": current money
            if not same_unit(a, b) or (a.id, b.id) in meaning.linked_pairs["same_as"]:
                continue  # ("Sindh produced over 4.1 million, or 4,114,778 bales": one level told twice)
            if not columns_of_one_measure(document, a, b):
                continue  # "Visits | Change (%) | Visits per 1,000 residents": two measures, no change between them
            if breaks_the_clause_or_concedes(between(document, change, a if abs(a.span.start - change.span.start) <
                                            abs(b.span.start - change.span.start) else b)):
                continue  # "planted 2.41 million hectares, 4.6% more ..., and the yield improved to 4.10 from 4.00"
            first, last = sorted((a, b), key=lambda f: f.span.start)
            if change.span.end < first.span.start and another_move_between(between(document, change, first), change.measure):
                continue  # "a decline in customer deposits by 17% and led to a drop in total assets to N1.7tn from N1.9tn"
            if last.span.end < change.span.start and subject_of_its_own_moves(between(document, last, change)):
                continue  # "a $3 billion loss compared with a $2.2 billion loss ..., at the same time overall operating
                # revenue increased by $845 million, or 4.8%": the rate is the revenue's, not the losses'
            if last.span.end < change.span.start and "," in document.text[last.span.end:change.span.start] \
                    and conceded_before(document.text[max(0, first.span.start - 80):first.span.start]):
                continue  # "Despite a slight decrease in the average length of stay from 2.9 to 2.5 days, the number of rooms
                # occupied rose by 2.3%": the concession's levels are another subject's
            if year_on_year and a.period != b.period:
                continue  # a year-on-year rate beside a month-on-month pair of levels
            if not a.unit and counts_two_things(document, a, b):
                continue  # "14.2 million passengers, 9% more than a year earlier, on 118,400 flights": two things counted
            own = meaning.frame(change).group
            if own and any(meaning.frame(f).group not in ("", own) for f in (a, b)):
                continue  # "direct sales rose 12.4% to $5.82 billion, and indirect channels had $3.72 billion": another group's level
            oriented = orient_pair(document, change, a, b)
            if oriented is None:
                continue  # no word marks either level as the old one: the pair may not be related
            readings, certain = oriented
            old = readings[0]["old"]
            if old.span.start > change.span.end and second_comparison(document.text[change.span.end:old.span.start]):
                continue  # "or 6.5 percent wider than a year earlier but narrower than the record $95.10 billion"
            if lowered is None:
                lowered = document.text.lower()
            if not_the_move_of(change.direction, lowered[change.span.end:change.span.end + 60],
                               lowered[max(0, old.span.start - 40):old.span.start],
                               lowered[old.span.end:old.span.end + 40]):
                continue  # "slipping 0.4% from the previous month, ... $27.6 billion, up from $26.3 billion a year before"
            yield Relation(ID, _expression(change), readings[0],
                           f"{change.text} change between {a.text} and {b.text}", readings=tuple(readings[1:]),
                           certain=certain)


def _unsigned_rates_of_a_move(document: Document, group: list[Figure], meaning) -> Iterator[Relation]:
    """A rate "by" a verb no list reads as up or down ("expenditure accelerated by 17 percent to P82.7 billion from
    P69.93 billion"), whose move's own words name its two ends: the rate is the size of the move between them,
    whichever way it went."""
    levels = [f for f in group if is_level(f) and written_in_digits(f) and meaning.frame(f).modality == "stated"]
    for rate in group:
        if rate.direction != 0 or not is_rate_of_change_unit(rate) or rate.qualifier \
                or meaning.frame(rate).modality != "stated" or meaning.frame(rate).role is Role.YEARLY_RATE \
                or not amount_by_right_before(document.text, rate.span.start):
            continue
        ends = ends_of_one_move(document.text, rate, levels)
        if ends is None:
            continue
        new, old = ends
        if not (same_unit(new, old) or new.kind is old.kind is Kind.MONEY and new.unit and old.unit):
            continue
        if new.kind is Kind.MONEY and told_in_real_terms(document.text, rate):
            continue
        note = "" if same_unit(new, old) else _mistyped_currency(old, new)
        yield Relation(ID, _SIZE_OF_THE_MOVE, {"new": new, "old": old, "change": rate},
                       f"{rate.text} change from {old.text} to {new.text}{note}")


_SIZE_OF_THE_MOVE = expr.parse("abs(new - old) / old == change")


def _ends_in_two_currencies(document: Document, change: Figure, levels: list[Figure]) -> Relation | None:
    """The rate of a move whose own words name its two ends ("to P82.7 billion from R69.93 billion") in two
    currencies. The ends of one move are one measure, so one currency: the other code is a slip of the pen (no
    conversion is meant, which would be stated beside the level, "$1.2 billion (EUR1.1 billion)"), and the rate is
    read between the two amounts as written; the message names the slip."""
    ends = ends_of_one_move(document.text, change, levels)
    if ends is None:
        return None
    new, old = ends
    if not (new.kind is old.kind is Kind.MONEY and new.unit and old.unit and new.unit != old.unit):
        return None
    if told_in_real_terms(document.text, change):
        return None  # a rate at constant prices is not the one between the amounts as written
    return Relation(ID, _expression(change), {"new": new, "old": old, "change": change},
                    f"{change.text} change from {old.text} to {new.text}{_mistyped_currency(old, new)}")


def _mistyped_currency(old: Figure, new: Figure) -> str:
    """What a finding says of a move whose two ends are written in two currencies."""
    return f" (the two ends of one move in two currencies, {old.unit} and {new.unit}: one code is mistyped)"


def _paired_by_words(document: Document, changes: list[Figure], group: list[Figure],
                     previous_sentence: list[Figure]) -> Iterator[Relation]:
    """Each rate with the old level its words point to and the level it describes."""
    used_olds: set[str] = set()
    for change in changes:
        pairing = pair_by_words(document, change, group, previous_sentence,
                                is_level, used_olds)  # a percent change between percents: difference
        if pairing is None or pairing.old.kind is Kind.MONEY and told_in_real_terms(document.text, change):
            continue  # (a rate net of price changes is not the one between amounts of money at current prices)
        readings = [{"new": new, "old": pairing.old, "change": change} for new in pairing.news]
        yield Relation(ID, _expression(change), readings[0], f"{change.text} change from {pairing.old.text}",
                       readings=tuple(readings[1:]), certain=pairing.certain)


def _expression(change: Figure) -> expr.Compare:
    # A change written without a sign but described as a fall ("down 18.2 percent") is negative.
    if change.direction < 0 and change.value > 0:
        return expr.parse("(old - new) / old == change")
    return EXPRESSION


CHECK = Check(ID, "A percentage change does not match the two levels it compares.", DOC, find, relates_levels=True)
