"""The same measure for the same period, stated twice."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import combinations
from decimal import Decimal
from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.grammar.nearby import clause_names_a_span_of_change, series_qualifier, under_parallel_subheadings
from auditor.grammar.segments import under_two_subheadings
from auditor.grammar.defined_terms import counted_within_the_figure_before
from auditor.grammar.frames import Role, group_said_after
from auditor.grammar.scopes import scoped_apart
from auditor.grammar.lists import bullet_item_head, item_parent, row_label
from auditor.grammar.labels import names_in_sentence, origin_named_after, paragraph_source
from auditor.grammar import lexicon, measure_index, measures
from auditor.grammar.measures import bases_of_definition_in
from auditor.grammar.move_words import rate_against_a_base
from auditor.grammar.parts import composed_of_before, the_rest_before
from auditor.checks.base import Check, links_first
from auditor.grammar.nearby import layout, places
from auditor.grammar.tables import is_table_row
from auditor.extract import context
from auditor.extract.numbers import digits_and_scale
from auditor.extract.periods import MONTHS, prior_before, quarter_closed
from auditor.document import Document, per_document_cache
from auditor.model import Figure, Kind, Relation
from auditor.quantity import interval_of

DOC = """\
## What it checks
Two figures that count the same measure ("public charging points") for the
same period ("by the end of 2024", however it is written) in the same unit.
They must agree within what their rounding allows.

It also reads:

- a percentage of a reference value, and within a few sentences the same
  measure's gap to that reference, named alike or by the acronym given in
  brackets: "snowfall came to 76% of the ten-year average" ... "snowfall
  has been 24% below the ten-year average" (76% = 100% - 24%); "108% of the
  five-year mean (FYM)" ... "8% above the FYM";
- an item of a numbered list under a heading that ranks it ("5. Quarry
  Pool, Derby (June) 19,400") said again in the prose by both its place and
  its name ("In fifth place came Quarry Pool, which drew 19,400 swimmers");
- an amount, then the same amount in brackets in another notation: "Rs 84.26
  crore (Rs 842.6 million)", "€1.2 billion (€1,200 million)", also after a
  word of change ("rose by Rs 148.6 crore (Rs 1,486 million)");
- an amount, then the same amount in brackets in another unit of its
  dimension: "12 miles (19 km)", "40 acres (16 hectares)". Another currency
  in brackets is a conversion at a rate the text does not give: not checked;
- a figure in the title line, or in a standfirst above the dateline, restated
  in the body ("Port fee income rises 12.4%" ... "fee income rose 12.4
  percent"); a title may end with a full stop when it is the text's first line,
  a paragraph of its own, short, with no comma, opening on a name ("Coffee
  exports hit 7.3 million tonnes."). Only words tie a title to the body, so a mismatch is reported as
  plausible, not as an error, unless one body figure alone has its measure
  and period, or one alone moves from the title's old level of the same
  period ("rose from 52% in 2020 to 55% in 2021" told twice), or the lead (the first body sentence with a figure of the
  title figure's unit) holds the one figure of its role that fits: a news
  lead restates its headline. A title figure the words alone tie to one body
  figure (its measure, or its move from the same old level) is compared with
  that figure only; another body figure that happens to equal it is no reading.
  A place or group the title names ("in the
  capital") and the body sentence leaves out makes it plausible only. A title's change so restated by a body change told between two
  levels ("a £3.4bn increase on the £46.8bn") is checked against those levels
  too;
- a round figure hedged in the lead (the title and the first paragraph with
  a figure in digits: "to nearly 40 per cent", "almost 6% lower", "more than
  20,000") and the body's precise figure of that measure ("polled 39.7 per
  cent"), of its period or a day of it, not dated to another year when the
  lead names none, not a part "of the total": the hedge's interval must hold
  it;
- a round figure hedged outside the lead ("just over 3,800 fewer places", "more than 758,000 nurses and
  midwives are now on the register") and the one figure in another sentence that states that measure
  precisely, before or after it, its clause sharing two content words with the hedge's: the hedge's interval
  should hold it (never an error: a hedge in the body may sum up another thing). Not a hedge that draws a group's line ("firms with more
  than 250 staff"), gives each member's ("more than USD 700 million each"), nor a figure of the rest of a group;
- a summary line of labelled figures ("In short - Registered voters: 4.2m |
  Turnout: 61.4%"): each label names the one earlier figure whose own clause
  holds every word of it ("registered voters now stands at 4.2m");
- one statement told twice word for word, as a summary's bullet and the body
  sentence it came from: the figures in the same place of two sentences whose
  words are the same from the start to the figure and a few words after it
  (the figures before it too), the sentence not opening on a pronoun ("Its
  shares traded ..."), not under two parallel subheadings. Words alone tie
  them: a mismatch is undetermined;
- a sentence opening "That is to say," or "In other words," with one figure,
  restating the figure that closes the sentence before ("a ratio of 1.50. That
  is to say, ... 1.5 vacancies for every job seeker");
- a change "by C" of a measure, alone in a later sentence that names no period
  ("had voted to raise the repo rate by 50 BPS"), restating the one change of
  that measure told before as the event itself (not an earlier move in the
  pluperfect);
- one measure named again by the noun phrase that holds the figure, in
  another shape ("Exports were worth $14.2 billion in 2023" ... "the $14.9
  billion of 2023 exports"; "treated 51,300 patients last year" ... "Last
  year's 53,100 patients"): the same head noun, unit, group and period, no
  subject the first statement lacks, nothing after the figure that narrows
  it. A mismatch is an error when both phrases have the same words and both
  clauses name the period (and neither sentence alone says a word of another
  basis or vintage: "seasonally adjusted", "net", "revised"), or when neither clause names a period nor carries
  one and both tell one act by the same verb ("has damaged 4,312 homes" ...
  "4,312 homes were damaged in all"), or when a word of totalling opens the
  later clause and both tell the count by the same verb ("recorded 8,412
  arrivals, 3,905 discharges and ..." ... "In all, 8,412 arrivals were
  recorded"); a noun with a bare phrase after "of" or "from" names what the
  compound does ("landings of mackerel", "mackerel landings"; "royalties from
  mining"), a participle's phrase after the measure is none of its name
  ("Mining royalties collected by the treasury"), "with X at N" names N by
  X, a figure set off by commas names it by the phrase before ("Wool exports,
  $312.5 million in 2023, went"), and whose the measure is may be said as a possessive or after the measure
  ("The airport's 3.6 million arrivals", "Arrivals at the airport"); by another
  name of the measure ("residents",
  "its population of"; "unemployment", "the jobless rate") or with the period
  unsaid in one clause, it is undetermined; a clause that opens on the period
  before the one carried ("A year earlier, ...") or after it ("A year later,
  ...") is of another period and restates nothing. A rate written as a fraction ("a
  pass rate of 0.452") is compared with the percentages of its measure ("that
  pass rate of 45.2%"). A figure a source gives ("The authority's annual
  report puts the year's passenger total at 41,318,204") is whose the verb's
  object says, the source only its teller: in the same words it restates the
  measure ("carried 41.3 million passengers in 2023"), as a question when the
  other clause does not name that source ("the year's" is the year the text
  tells of). A stock told at the end of a month is the one told at the end of
  the quarter that month closes ("at the end of June", "At the end of the
  second quarter");
- one amount told again with the same digits and its scale word dropped or
  changed ("net profit of EUR 83.7 million" for the quarter ... "record
  quarterly net profit of EUR 83.7"; "$182.4 billion" ... "$182.4 million"):
  three digits at least, the same unit, one measure's name the other's last
  words, one period or one within the other, no two subjects. Two amounts of
  one measure that share their digits and differ by a power of a thousand are
  one amount with a slip; a summary in billions and a table in millions
  ("$1.2 billion", "$1,200 million") never share their digits;
- a rate of change stated again in another sentence: the same measure,
  period, direction and group, the same comparison where both say it
  ("year-on-year"), from the same old level where both give one;
- a change named again in other words, its measure the subject of a verb of
  change (in a relative clause, the phrase "which" stands for: "The bulk
  segment, which rose 8.6%"), the phrase after a noun of change, or the
  possessor of a noun of change with the figure after "of" or before it ("Gate
  receipts of the stadium rose 31%" ... "the 31% increase on last year's gate
  receipts", "the bulk segment's increase of 8.6%", "ferry income's 13.1%
  rise", "a rise of 6% in hotel occupancy"; a comma or an adverb before the
  verb, "Ferry income, up 11.3%", "Toll receipts, however, fell", is no word
  of the measure): the same
  head, unit, direction and period, no modifier or subject in the later phrase
  that the earlier lacks. A mismatch is an error when both phrases have the
  same words and the period is stated (or the later phrase refers back), and
  neither sentence alone says a word of another basis ("seasonally adjusted",
  "unadjusted");
  otherwise it is undetermined (changes in points too: "The jobless rate,
  which dipped 0.3 points" ... "the jobless rate's fall of 0.5 points"; so is
  a later change whose clause gives no
  period and whose definite phrase refers back: "the value of the landings
  declined by 7.5%"). Changes listed "respectively" after a list of
  subjects take each its own subject ("both the tonnage and the value of cargo
  ... dropped in the third quarter, by 4.1 and 7.2 per cent respectively": 7.2
  per cent is the value of cargo's change). Two counts of a change each
  followed by its noun are of one thing only when the nouns are the same
  ("added 3.1 million subscriptions" and "1.3 million data subscriptions"
  are two);
- a precise level told again in a later sentence, each time with the rates
  of change said of it: a rate against the same base is one rate told twice
  ("133,144 property transfers in July, 3.9% more than in the same month a
  year before" ... "the July figure was 133,144, which is 3.9% above the
  same month of 2011 and 2.2% above June 2012"). A mismatch is an error when
  both bases name the same earlier time, a question when one leaves it
  unsaid; a rate against a reference value ("the five-year average") or
  another named time is no restatement;
- a level a change is measured from, dated by its own phrase ("10.1% below the
  2,825 scheme completions in Q2 2019", "than the 55,000 ticket sales last year",
  "on the 2021-22 cocoa output of 780,000 tonnes"), and another level of that
  date named by the same words: one measure for one period stated twice ("down
  12.6% from the 1,315 scheme dwellings completed in Q2 2019"). A base that names
  its measure only in part takes the rest from what moved from it, the level the
  change reached or the subject of the verb of change; a noun of an act and its
  participle are one word ("completions", "completed"). A base changed within its
  own period (a revision), a planned or expected figure ("targeted for 2021") and
  a hedged one are left out. A mismatch is an error when the name has two words at
  least, no sentence names a place, body or group the other does not, and
  neither says a word of another basis or vintage; else it is undetermined;
- one actor's gain (or loss) of a count told twice in other words: the same
  name in capitals before each figure, the same noun after it ("new" left
  out), the same period ("MTN, which posted the biggest gain of the month at
  3.1 million subscriptions" ... "MTN ... added 3.1 million new
  subscriptions in November"); an error when both clauses state the period,
  else a question.

A precise level (or a percentage that is one: a share, a rate, "an average
cancellation rate of 3.4%" ... "cancellations averaged 3.4 percent") no
reading above pairs is also looked up among the earlier
levels of another sentence whose measure or clause has the head of its name,
in its unit and of its period or none: one that states the same value (or,
finer, a value inside its rounding, off the edges) is reported as the same
measure stated again. Words alone tie them, so such a pair is evidence only:
reported when the values agree, never flagged.

Two levels (or two changes) reached from different old levels are two
subjects' figures, not one measure stated twice.

## Why it matters
A report that gives two values for one quantity is wrong at least once, and a
reader cannot tell which. It is the most common contradiction in long releases
assembled from several sources.

## Example
The port authority earned Rs 84.26 crore (Rs 824.6 million) in fees.
(Rs 84.26 crore is Rs 842.6 million: two digits swapped.)

## Fix
Find the source of each figure and correct the one that is wrong, or say what
distinguishes the two (a different period, area or definition).
"""

ID = "same-measure-conflict"
EXPRESSION = expr.parse("a == b")
MIN_CLAUSE_OVERLAP = 0.6
_GENERIC = {"people", "persons", "units", "cases", "number", "total", "figure", "times", "jobs", "students",
            "households", "enterprises", "companies", "firms", "items", "positions", "workers", "those", "them",
            "lower", "higher", "more", "less", "rate", "ratio", "share", "growth", "increase", "decrease"} \
    | set(lexicon.UNIT_NOUNS)  # a unit names no measure: tonnes of cargo and tonnes of take-off weight
_COMPARABLE_KINDS = {Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.RATIO, Kind.PHYSICAL, Kind.NUMBER}


def _is_specific(measure: str) -> bool:
    words = lexicon.plain_words(measure)
    if len(words) == 1 and words[0].endswith(("ing", "ed")):
        return False  # "representing", "recorded": a verb, not a measure
    return len(words) >= 2 or (len(words) == 1 and words[0] not in _GENERIC and len(words[0]) > 3)


_FUNCTION_WORDS = frozenset(lexicon.FUNCTION_WORDS_OF_A_STATEMENT)


@per_document_cache(maxsize=4)
def _sentence_starts(text: str) -> list[int]:
    return [s.start for s in context.sentences_cached(text)]


def _clause_words(document: Document, figure: Figure) -> set[str]:
    """Content words of the clause a figure stands in, without numbers or periods."""
    sentences = context.sentences_cached(document.text)
    starts = _sentence_starts(document.text)
    sentence = sentences[max(0, bisect_right(starts, figure.span.start) - 1)]
    start, end = context.clause_bounds(document.text, sentence, figure.span.start)
    # the sentence's opening clause says what the list that follows is about ("the rural population ...")
    opening_start, opening_end = context.clause_bounds(document.text, sentence, sentence.start)
    text = document.text[start:end] + " " + document.text[opening_start:opening_end]
    words = re.findall(r"[a-z][a-z'-]+", text.lower())
    return {w for w in words if w not in _FUNCTION_WORDS and w not in MONTHS}


def _same_context(document: Document, a: Figure, b: Figure, words: dict[str, set[str]]) -> bool:
    """Two figures are one measure only when their clauses say much the same
    ("graduates who found work" is not "graduates")."""
    for f in (a, b):
        if f.id not in words:
            words[f.id] = _clause_words(document, f)
    wa, wb = words[a.id], words[b.id]
    if not (wa | wb) or len(wa & wb) / len(wa | wb) < MIN_CLAUSE_OVERLAP:
        return False
    qa, qb = series_qualifier(document, a), series_qualifier(document, b)
    return not (qa and qb and qa != qb)


def _two_flows(document: Document, a: Figure, b: Figure) -> bool:
    """The sentences of two figures name flows of different families and none in common ("Coffee production ...
    came to 2.4 million bags", "Over the first two months of the year, exports rose ... to over 2.4 million
    bags"): two measures, however alike the words of their measures (here only the unit, "bags") and their
    values."""
    sentences = context.sentences_cached(document.text)
    starts = _sentence_starts(document.text)
    flows_a, flows_b = (lexicon.flow_families(lexicon.folded_words(
        document.text[sentence.start:sentence.end]))
        for sentence in (sentences[max(0, bisect_right(starts, f.span.start) - 1)] for f in (a, b)))
    return bool(flows_a) and bool(flows_b) and not flows_a & flows_b


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    # "In the U.S. District Courts, cases filed rose 23.6 percent" and "In the U.S. Bankruptcy Courts, cases filed
    # rose 13.0 percent": figures an opening of their paragraphs scopes to two names are two subjects' measures
    for relation in _found(document, figures):
        if not scoped_apart(document.text, relation.figures.values()):
            yield relation


def _found(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    read: set[str] = set()
    for relation in links_first(relations.restatements(grammar.read(document, figures), ID), _find(document, figures), "a"):
        read.update(f.id for f in relation.figures.values())
        yield relation
    yield from _levels_stated_again(document, figures, read)


MAX_EARLIER = 4  # the earlier levels of a measure's words a level is compared with, nearest first


def _one_value(a: Figure, b: Figure) -> bool:
    """Whether two figures state one value: the same value, or the finer one's value inside the coarser one's rounding
    and off its edges ("$3.628 trillion" is "$3.63 trillion"; "2.44 billion" and "2.43 billion", which meet only at
    2.435 billion, are two values)."""
    if a.value == b.value:
        return True
    if None in (a.low, a.high, b.low, b.high):
        return False
    fine, coarse = (a, b) if a.high - a.low <= b.high - b.low else (b, a)
    return coarse.low < fine.value < coarse.high


def _stated_level_or_rate(frame) -> bool:
    """A level, or a percentage that is one (a share, a rate: "a cancellation rate of 2.9%"), as stated (not
    expected)."""
    return (frame.is_level or frame.role is Role.SHARE and frame.figure.kind is Kind.PERCENT) \
        and frame.modality == "stated"


def _levels_stated_again(document: Document, figures: tuple[Figure, ...], read: set[str]) -> Iterator[Relation]:
    """A precise level stated again in another sentence, no reading above having paired it: an earlier level, anywhere
    in the document, filed in the measure index under the head of the later one's name (its measure or clause holds
    that word), in its unit, of its period or none, whose value meets it ("Council tenants numbered 18,460 in 2023"
    ... "the 18,460 council tenants"). The words alone tie them, so the pair is evidence only: given when the values
    meet (consistent), never flagged, for another level of that name may be meant."""
    meaning = grammar.read(document, figures)
    levels = [f for f in figures if _stated_level_or_rate(meaning.frame(f))
              and f.direction == 0 and not f.qualifier and _precise(f) and f.text[:1] not in "+-−–"
              and not is_table_row(document, f) and f.id not in meaning.flattened_row_items]
    if len(levels) < 2:
        return
    where = places(document, figures)
    index = measure_index.of_levels(levels, document.text, meaning)
    bases, broken_down = meaning.bases, meaning.broken_down
    for later in levels:
        if later.id in read or later.id in bases:
            continue
        head = next(iter(measure_index.name_keys(later.measure, limit=8)[-1:]), "")
        if not head:
            continue

        def fits(earlier: Figure, later=later) -> bool:
            return (earlier.span.start < later.span.start and earlier.id not in bases
                    and where[earlier.id].sentence != where[later.id].sentence
                    and (not earlier.period or not later.period or earlier.period == later.period)
                    and frozenset((earlier.id, later.id)) not in broken_down)
        for earlier in index.nearest(head, later, later.span.start, fits, MAX_EARLIER):
            if _one_value(earlier, later):
                read.update((earlier.id, later.id))
                yield Relation(ID, EXPRESSION, {"a": earlier, "b": later},
                               f"{later.text} may state again the {earlier.text} said before of its measure", certain=False)
                break


def _find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    meaning = grammar.read(document, figures)
    # (a figure whose words name no measure may take one from the grammar: "In 2021 the figure had been $71.3m"
    # points back at the measure named before it)
    candidates = [
        f for f in (meaning.frame(f).figure if not f.measure else f for f in figures)
        if f.kind in _COMPARABLE_KINDS and f.direction == 0 and f.text[:1] not in "+-−–"
        and f.period and f.period[:2] in ("19", "20", "FY") and _is_specific(f.measure)
        # a table row holds one measure across columns (periods, series): not restatements; nor does a table
        # flattened into lines of labels and values, a line to a column
        and not is_table_row(document, f) and f.id not in meaning.flattened_row_items
    ]
    yield from _restatements(figures, where, meaning)
    whole_of = {p.id: link.whole.id for link in meaning.parts for p in link.parts}
    for k, f in enumerate(figures):  # "..., of whom 221,000 were women": within the figure before it
        if k and f.id not in whole_of and counted_within_the_figure_before(document, f):
            whole_of[f.id] = figures[k - 1].id
    yield from _near_restatements(document, figures, where, meaning.bases, meaning.flattened_row_items, whole_of)
    yield from _changes_restated(document, figures, where, meaning)
    same_key: dict[tuple, list[Figure]] = {}
    for f in candidates:
        same_key.setdefault((f.measure, f.period, f.unit, f.kind), []).append(f)
    clause_words: dict[str, set[str]] = {}
    bases = meaning.bases

    # the old level each level is reached from: two levels reached from different old levels are two
    # subjects' ("The north terminal handled 8,200 containers, +12% from 7,320", "The south terminal
    # handled 9,400 containers, +40% from 6,710")
    reached_from = {link.news[0].id: interval_of(link.old) for link in meaning.changes if link.news}

    subjects: dict[str, frozenset[str]] = {}
    tellers: dict[str, frozenset[str]] = {}

    def subject_words(f: Figure) -> frozenset[str]:
        if f.id not in subjects:
            seg, slot = meaning.segment_of(f), meaning.frame(f).slot
            name = measures.name_of(seg, slot)
            subjects[f.id] = measures.subject_words(seg, slot, name) - set(lexicon.folded_words(f.measure))
            tellers[f.id] = measures.teller_words(seg, slot, name)
        return subjects[f.id]

    broken_down = meaning.broken_down

    def restated(a: Figure, b: Figure) -> bool:
        if where[a.id].sentence == where[b.id].sentence:
            return False  # a restatement comes in another sentence; two in one are parts of a list
        if frozenset((a.id, b.id)) in broken_down:
            return False  # a named member of a whole the text breaks down into members
        if a.id in bases or b.id in bases:
            return False  # "2.5% down from the almost 14 million of the previous period": another period's value
        if a.id in reached_from and b.id in reached_from and not reached_from[a.id].meets(reached_from[b.id]):
            return False
        if rate_against_a_base(document.text, a) or rate_against_a_base(document.text, b):
            return False  # "..., or 0.9 percent, compared to the first quarter": a rate of change, no level
        if not _one_subject(subject_words(a), subject_words(b)):
            return False  # "The north depot dispatched 3,418 parcels", "Its rival depot dispatched 2,917 parcels"
        if a.subject and b.subject and a.subject != b.subject:
            return False  # "Kenya's tea exports ... from the 410,000 tonnes", "Uganda's tea exports ... from the 61,000
            # tonnes"; "In the OECD, production was 852.1 TWh", "In the United States, production was 314.9 TWh": two places'
        if not subject_words(b) <= subject_words(a) and a.text != b.text:
            # a later clause that names a subject the first did not is of a part: "Exports of wine came to 812
            # containers", "Wine exports to Asia, at 640 containers" (a verbatim repeat is one figure)
            return False
        if _two_flows(document, a, b):
            return False
        part_a, part_b = (measures.what_a_share_of_a_whole_counts(document.text, f) for f in (a, b))
        if part_a is not None and part_b is not None and part_a != part_b and a.text != b.text:
            return False  # "94.5% of rural households used an improved source", "51.4% of rural households used an
            # improved source on the premises": two parts of one whole, each a share of it
        if origin_named_after(document.text, a) != origin_named_after(document.text, b):
            return False  # "All of the 819,512 visitors ...", "432,919 visitors arrived from the U.S. West": a group's
        where_a, where_b = measures.where_after_noun(document.text, a), measures.where_after_noun(document.text, b)
        if where_a and where_b and where_a != where_b:
            return False  # "1,125,600 overnight stays in Iceland", "496,400 overnight stays in hotels": two groups'
        if _under_two_list_items(document, a, b):
            return False  # "- Domestic: 35.3 million" under passengers, "- Domestic: 41.2 million" under seats
        if _two_labelled_rows(document, a, b):
            return False  # "Licensed Stores: ..., 425 new stores", "Total: ..., 893 new stores"
        if _two_bullet_items(document, a, b):
            return False  # "• Middle East, 11.5%. Load factor ... to 73.9%.", "• Africa, 8%. Load factor ... 72.0%."

        # a verbatim repeat needs no proof, nor a subject that points back at the other figure ("$84.6m in 2022. In
        # 2022 the figure was $85.6m")
        return a.text == b.text or meaning.pointed_back.get(b.id) == a.id or _same_context(document, a, b, clause_words)

    for a, b in _in_text_order(same_key, restated):
        yield Relation(
            check=ID,
            expression=EXPRESSION,
            figures={"a": a, "b": b},
            message=f"{a.measure} ({a.period}) is stated twice",
            # (under two parallel subheadings the one name may be two groups' measure: a question)
            certain=_periods_stated(a, b) and _one_basis(document, where[a.id], where[b.id])
            and not under_parallel_subheadings(document.text, a.span.start, b.span.start)
            and not _told_apart(a, b, subjects, tellers) and not _sources_apart(document, a, b),
        )
    # (after the pairs of one measure's exact words: a pair both read is told in those words)
    yield from _named_restatements(document, figures, where, meaning, reached_from, clause_words)
    yield from _named_changes_restated(document, figures, where, meaning)
    yield from _earlier_levels_restated(document, where, meaning)
    yield from _scale_slips(document, figures, where, meaning)


def _earlier_levels_restated(document: Document, where, meaning) -> Iterator[Relation]:
    """A level a change is measured from, dated by its own phrase, and another level of the same name dated alike
    ("10.1% below the 2,825 scheme completions in Q2 2019" ... "down 12.6% from the 1,315 scheme dwellings completed
    in Q2 2019"): one measure for one period stated twice. The name is the base's own words with those of what moved
    from it (`grammar.earlier_levels`); two names must fold to the same words. A mismatch is an error when the name
    has two words at least, the figures say no group apart and neither sentence alone says a word of another basis
    or vintage; else it is undetermined."""
    keyed: dict[tuple, list] = {}
    for level in meaning.dated_levels:
        f = level.figure
        if not is_table_row(document, f) and f.id not in meaning.flattened_row_items:
            keyed.setdefault((level.period, f.unit, f.kind, level.name), []).append(level)
    broken_down = meaning.broken_down
    group_of = {link.old.id: meaning.frame(link.change).group for link in meaning.changes}

    def restated(a, b) -> bool:
        return (a.earlier or b.earlier) and where[a.figure.id].sentence != where[b.figure.id].sentence \
            and frozenset((a.figure.id, b.figure.id)) not in broken_down

    for group in keyed.values():
        for a, b in nearest_pairs(group, restated):
            fa, fb = a.figure, b.figure
            groups = {meaning.frame(fa).group, meaning.frame(fb).group, group_of.get(fa.id, ""), group_of.get(fb.id, "")}
            certain = len(a.name) >= 2 and len(groups - {""}) <= 1 \
                and _names(document, where[fa.id]) == _names(document, where[fb.id]) \
                and _one_basis(document, where[fa.id], where[fb.id]) \
                and not under_parallel_subheadings(document.text, fa.span.start, fb.span.start)
            said = " ".join(sorted(a.name))
            yield Relation(ID, EXPRESSION, {"a": fa, "b": fb},
                           f"{fa.text} and {fb.text} are both given as the level of {fa.measure or said} in {a.period}",
                           certain=certain)


def _named_restatements(document: Document, figures: tuple[Figure, ...], where, meaning,
                        reached_from: dict, clause_words: dict[str, set[str]]) -> Iterator[Relation]:
    """One measure named twice by its noun phrase, in other words or another shape ("Unemployment fell to
    5.2% in March" ... "the March jobless rate is given as 5.7%"; "812,000 residents" ... "Its population
    of 845,000"): the same folded head, unit, kind and group; the same period, named in both clauses
    (by date or as "last year") or carried to both; modifiers one within the other ("timber exports",
    "2023 timber exports"), no two subjects ("The port handled", "Its rival handled"), nothing after
    the figure that narrows it ("3,000 cars were electric"); and clauses that say much the same or a
    later phrase that refers back ("Its population of", "the $14.9 billion of 2023 exports").

    A mismatch is an error when the head is the same word and both clauses name the period; a pairing
    by another name of the measure, or by a period one clause leaves unsaid, is undetermined."""
    keyed: dict[tuple, list[Figure]] = {}
    names: dict[str, measures.MeasureName] = {}
    periods: dict[str, tuple[str, str]] = {}
    subjects: dict[str, frozenset[str]] = {}
    tellers: dict[str, frozenset[str]] = {}  # who gives each figure ("The authority's report puts ... at")
    ended: dict[str, str] = {}  # the quarter closed by the end of the period each stock is told at ("end of June")
    verbs: dict[str, str] = {}
    parts: set[str] = set()  # figures a partitive takes out of a whole ("Of these, 260 residents")
    totals: dict[str, str] = {}  # figures a word of totalling opens ("In all, 54,488 births were registered"), and
    told: dict[str, str] = {}  # the verb that tells each: "registered"
    bases = meaning.bases
    for f in figures:
        frame = meaning.frame(f)
        if frame.role not in (grammar.Role.LEVEL, grammar.Role.SHARE) or f.direction or frame.modality != "stated" \
                or f.qualifier not in ("", "about", "nearly") or f.kind not in _COMPARABLE_KINDS \
                or f.text[:1] in "+-−–" or f.id in bases or is_table_row(document, f) \
                or f.id in meaning.flattened_row_items:
            continue
        seg = meaning.segment_of(f)
        name = measures.name_of(seg, frame.slot)
        if not name.head or name.said in _PLANS or measures.listed(seg, frame.slot) or measures.a_part(seg, frame.slot) \
                or measures.added(seg, frame.slot) \
                or name.shape == measures.NOUN_AFTER and measures.narrowed(seg, frame.slot):
            continue
        names[f.id] = name
        stated = measures.stated_period(seg, frame.slot)
        if stated[0] == "named" and not f.period:
            # a clause whose only date is that of the level compared with names no period of the figure's own
            stated = measures.own_stated_period(seg, frame.slot)
        # a date in the clause that the figure has not taken: its period is unknown, not unsaid; so is the period of
        # a clause that opens on the one before the period carried ("A year earlier, grain shipments were ...")
        before = seg.before(frame.slot, 80)
        periods[f.id] = ("unknown", "") if stated[0] == "named" and not f.period or not stated[0] \
            and f.period_source not in _STATED_PERIOD and prior_before(before, 0, len(before)) else stated
        subjects[f.id] = measures.subject_words(seg, frame.slot, name)
        tellers[f.id] = measures.teller_words(seg, frame.slot, name)
        if measures.told_at_the_end(seg, frame.slot):
            ended[f.id] = quarter_closed(f.period)
        verbs[f.id] = measures.verb_of(seg, frame.slot)
        if measures.taken_from(seg, frame.slot):
            parts.add(f.id)
        told[f.id] = measures.told_by(seg, frame.slot)
        if measures.totalled(seg, frame.slot):
            totals[f.id] = told[f.id]
        # one quantity in two shapes: a rate as a fraction ("a pass rate of 0.452") and as a percentage
        keyed.setdefault((name.head, "percent", Kind.PERCENT) if _a_fraction(f) else (name.head, f.unit, f.kind),
                         []).append(f)
    strength: dict[tuple[str, str], bool] = {}

    broken_down = meaning.broken_down

    def restated(a: Figure, b: Figure) -> bool:
        if where[a.id].sentence == where[b.id].sentence or frozenset((a.id, b.id)) in broken_down:
            return False
        if any(composed_of_before(document.text, max(0, f.span.start - 40), f.span.start) for f in (a, b)):
            return False  # "the urban population consisted of 30,112 men": a part of the measure, not its level
        if sum(the_rest_before(document.text, max(0, f.span.start - 40), f.span.start) for f in (a, b)) == 1:
            return False  # "Four member countries ..." "The remaining eleven member countries": the rest, another group
        if a.id in reached_from and b.id in reached_from and not reached_from[a.id].meets(reached_from[b.id]):
            return False
        na, nb = names[a.id], names[b.id]
        # (a group word that is a word of the measure's own name, "the fiscal revenue of", is compared with it)
        ga, gb = (g if g not in n.words and g not in (n.said, n.head) else ""
                  for g, n in ((meaning.frame(a).group, na), (meaning.frame(b).group, nb)))
        if ga != gb and (ga and gb or _said_of_a_group(document, a if ga else b)):
            return False  # "for men", "for women"; "15.3%" of all and "12.4% for men"
        if origin_named_after(document.text, a) != origin_named_after(document.text, b):
            return False  # "All of the 819,512 visitors", "432,919 visitors arrived from the U.S. West": a group's
        where_a, where_b = measures.where_after_noun(document.text, a), measures.where_after_noun(document.text, b)
        if where_a and where_b and where_a != where_b:
            return False  # "1,125,600 overnight stays in Iceland", "496,400 overnight stays in hotels": two groups'
        if _two_labelled_rows(document, a, b):
            return False  # "Licensed Stores: ..., 425 new stores", "Total: ..., 893 new stores"
        if not (na.words <= nb.words or nb.words <= na.words):
            return False  # "coal exports" and "iron exports"
        if any(n.shape == measures.NOUN_AFTER and n.words - m.words for n, m in ((na, nb), (nb, na))):
            return False  # "the 214 schools inspected" and "the 162 primary schools": a word between a count and its noun names a subgroup
        if verbs[a.id] and verbs[b.id] and verbs[a.id] != verbs[b.id]:
            return False  # "treated 51,300 patients", "12,000 patients were admitted"
        if na.words != nb.words and _told_apart(a, b, subjects, tellers):
            # a figure a teller gives ("The ministry put the district's urban population at") is set beside
            # another only in the same words: a teller may say whose it is, and fewer words may name a wider measure
            return False
        # (whose it is may be said as a possessive or as a phrase after the measure: "The airport's 3.6 million
        # arrivals", "Arrivals at the airport hit 3.2 million")
        if not subjects[b.id] - na.words <= subjects[a.id] | na.words:
            # "The port handled", "Its rival handled": two subjects' figures; a later clause that names a
            # subject the first did not is of a part ("Deaths numbered 56,728", "cancer caused 15,890 deaths")
            return False
        if a.subject != b.subject and (a.subject and b.subject or not (nb if not b.subject else na).referring):
            # two places' figures; or one place's beside a figure that names none and does not refer back
            # ("Production slipped to 978.9 million kg", "Bengal's output was 221.5 million kg")
            return False
        (ka, pa), (kb, pb) = periods[a.id], periods[b.id]
        if "unknown" in (ka, kb):
            return False
        if ka == kb == "relative":
            if pa != pb:
                return False
            if a.period and b.period and a.period != b.period:
                return False  # "declined to 66.6 from 72.7 last month" under July, "declined to 71.2 from 84.6 last
                # month" under June: one phrase of time counted from two months in view is two periods
            # "last year" twice in one document is one year; but a headline between them may open another story,
            # whose "the month" is its own ("714 vacancies were notified ... during the month" (June), and under a
            # later headline "674 vacancies were notified ... during the month" (July)): a question
            dated = not under_two_subheadings(document.text, a.span.start, b.span.start)
        elif "relative" in (ka, kb):
            other_kind, other_period = (kb, b.period) if ka == "relative" else (ka, a.period)
            if other_kind == "named" or other_period:
                return False  # "last year" against a date, or a period carried from before: a guess
            dated = False
        elif a.period and b.period and a.period != b.period and not ended.get(a.id, "") == ended.get(b.id, "") != "":
            return False  # (the end of June and the end of the second quarter are one day)
        else:
            # both clauses name it, or one carries it (in a text that named none before, one may be of any)
            dated = ka == kb == "named"
        generic = na.said in _GENERIC_HEADS or nb.said in _GENERIC_HEADS
        # "the 18 clubs" may be any 18 clubs; "the 53,100 patients" is a known count
        referring = (nb.referring or na.referring) and _precise(a) and _precise(b)
        # two phrases of the same words beyond the head ("passenger movements"): one name of a measure
        # (whose the measure is, said in its phrase or as the clause's subject: "Arrivals at the airport", "The
        # airport's arrivals": one name)
        whole_a, whole_b = na.words | subjects[a.id], nb.words | subjects[b.id]
        named_alike = not generic and (bool(na.words) and na.words == nb.words
                                       or bool(na.words or nb.words) and whole_a == whole_b)
        # one act told twice of one event: the same head in the same words, the same verb of what was
        # done to it ("The gale has damaged 4,312 homes" ... "4,312 homes were damaged in all"), and no
        # period in either clause nor carried to either figure (a text about one event)
        one_act = bool(verbs[a.id]) and verbs[a.id] == verbs[b.id] and na.said == nb.said \
            and na.words == nb.words and ka == kb == "" and not a.period and not b.period \
            and a.id not in parts and b.id not in parts
        # the whole of a measure told again after a word of totalling, by the same head and the same verb ("births,
        # deaths and marriages were registered" ... "In all, 54,488 births were registered"): the total, not a
        # part of it ("sheltering 105 families" ... "In all, 66,348 families were affected")
        in_all = (a.id in totals or b.id in totals) and told[a.id] != "" and told[a.id] == told[b.id] \
            and na.said == nb.said and na.words == nb.words and not generic and a.id not in parts and b.id not in parts
        if _part_and_its_total(a, b, na, nb):
            return False  # "Digital revenues were $6.7 billion. Total revenues were $15.0 billion": a part and its whole
        if not (referring or named_alike or one_act or in_all
                or not generic and _same_context(document, a, b, clause_words)):
            return False
        # (the same words of the measure in both clauses, each naming the period, need no further likeness of the
        # clauses: "Housing starts rose to 31,250 in the third quarter of 2018" ... "In July-September 2018, 31,520
        # housing starts were recorded")
        same_words = not generic and bool(na.words) and na.words == nb.words and na.said == nb.said
        dated = dated and (referring or in_all or same_words and _one_basis(document, where[a.id], where[b.id])
                           or not generic and _same_context(document, a, b, clause_words)) or one_act
        # one phrase with words the other lacks ("coal output", "production") may name a part: unsure
        # (a word of basis one sentence says and the other does not, "GDP at constant market price is estimated at
        # 44.8 billion" ... "GDP at the current market price is estimated at 104.9 billion", may be two definitions)
        strength[(a.id, b.id)] = dated and na.said == nb.said and (na.words == nb.words or named_alike) \
            and not _told_apart(a, b, subjects, tellers) and _one_definition(document, where[a.id], where[b.id]) \
            and not _sources_apart(document, a, b)
        return True

    for a, b in _in_text_order(keyed, restated):
        # (under two parallel subheadings the one name may be two groups' measure: a question)
        certain = strength[(a.id, b.id)] and not under_parallel_subheadings(document.text, a.span.start, b.span.start)
        when = periods[a.id][1] or a.period
        said = f"{names[a.id].said} ({when})" if when else names[a.id].said
        yield Relation(ID, EXPRESSION, {"a": a, "b": b},
                       f"{said} is stated twice" if certain
                       else f"{said} and {names[b.id].said} may be one measure stated twice", certain=certain)


_STATED_PERIOD = frozenset({"stated", "attached", "sentence", "column"})
# a count of the rest of a group ("the remaining eleven member countries", "the other 31 schools")


def _named_changes_restated(document: Document, figures: tuple[Figure, ...], where, meaning) -> Iterator[Relation]:
    """A change stated again in other words: one measure named by the subject of a verb of change or
    after a noun of change ("Ticket revenue of the museum rose 48% year on year" ... "the 48% increase on
    last year's ticket revenue"): the same folded head, unit and direction; no modifier in the later
    phrase that the earlier lacks ("ticket revenue", then "revenue"), no two groups, subjects ("of the museum") or
    comparisons (year-on-year, month-on-month), the same period, from old levels that agree where both
    give one. A mismatch is an error when both name the measure in the same words and one gives the
    period in its own sentence while the other does too or refers back ("the 46% increase on"); else
    it is undetermined."""
    keyed: dict[tuple, list[Figure]] = {}
    names: dict[str, tuple[measures.MeasureName, frozenset[str]]] = {}
    for f in figures:
        frame = meaning.frame(f)
        if frame.role not in (grammar.Role.RELATIVE_CHANGE, grammar.Role.CHANGE, grammar.Role.POINT_CHANGE) \
                or not f.direction or frame.modality != "stated" or is_table_row(document, f):
            continue
        name, whose = measures.change_name_of(meaning.segment_of(f), frame.slot)
        if not name.head or name.said in _PLANS or name.said in _GENERIC_HEADS or not f.period and not name.referring:
            continue  # (a change of no period may only refer back: "the wholesale value of the landings declined by")
        names[f.id] = (name, whose)
        keyed.setdefault((name.head, f.unit, f.kind, f.direction), []).append(f)
    old_level = {link.change.id: interval_of(link.old) for link in meaning.changes}

    def restated(a: Figure, b: Figure) -> bool:
        (na, wa), (nb, wb) = names[a.id], names[b.id]
        if where[a.id].sentence == where[b.id].sentence or not a.period \
                or a.period != b.period and not (not b.period and nb.referring):
            return False  # (a later change of no period that refers back may restate one of a period: unsure)
        if not nb.words <= na.words or not wb <= wa:
            # "coal exports" and "iron exports"; "of the museum" and "of the zoo"; a later phrase that names
            # what the earlier did not is of a part ("Visitors rose 23.6%", "Chinese visitors increased 31.2%")
            return False
        ga, gb = meaning.frame(a).group, meaning.frame(b).group
        if ga and gb and ga != gb or a.change_of and b.change_of and a.change_of != b.change_of:
            return False
        if _counts_of_other_nouns(a, b, meaning):
            return False  # "MTN added 3.1 million subscriptions", "MTN added 1.3 million data subscriptions"
        if _over_a_span(document, a, where[a.id]) != _over_a_span(document, b, where[b.id]):
            return False  # a change over four quarters and one in a quarter
        if _under_two_list_items(document, a, b):
            return False  # "- Domestic: +5.8%" under passengers, "- Domestic: +4.8%" under capacity
        return not (a.id in old_level and b.id in old_level and not old_level[a.id].meets(old_level[b.id]))

    for a, b in _in_text_order(keyed, restated):
        (na, _), (nb, _) = names[a.id], names[b.id]
        dated = a.period_source in _STATED_PERIOD and (b.period_source in _STATED_PERIOD or nb.referring) \
            or b.period_source in _STATED_PERIOD and na.referring
        # ("rose 1.4 per cent in March, seasonally adjusted" ... "Unadjusted, retail sales in March rose 3.2 per cent")
        # (under two headlines, a month told without its year may be another story's: "increased 47 percent in March
        # 2017" ... (another story) "rose five percent in March to 42,539")
        certain = dated and na.said == nb.said and na.words == nb.words and a.period == b.period \
            and _one_basis(document, where[a.id], where[b.id]) \
            and not _names_apart(document, meaning, a, b, where) \
            and not (under_two_subheadings(document.text, a.span.start, b.span.start)
                     and not (_year_said(document, where[a.id], a.period) and _year_said(document, where[b.id], b.period)))
        said = " ".join(sorted(na.words) + [na.said])
        yield Relation(ID, EXPRESSION, {"a": a, "b": b},
                       f"the change in {said} ({a.period}) is stated twice" if certain
                       else f"the changes in {said} and {' '.join(sorted(nb.words) + [nb.said])} may be one change stated twice",
                       certain=certain)


_GENERIC_HEADS = frozenset(lexicon.fold(w) for w in _GENERIC)


def _names_apart(document: Document, meaning, a: Figure, b: Figure, where) -> bool:
    """Whether the sentences of two figures each name someone or somewhere and share no name ("Spending by Chinese
    travellers ... as outbound travellers rose 10%", "... the United States, ... while the number of outbound travellers
    grew by 8%"): two subjects' figures, whatever the words of their measures. A name inside a figure ("US$ 292
    billion") is its unit's, no subject."""
    na, nb = (_names(document, where[f.id], meaning.segment_of(f).figures) for f in (a, b))
    return bool(na) and bool(nb) and not na & nb


def _names(document: Document, place, figures: tuple[Figure, ...] = ()) -> frozenset[str]:
    """The names of the sentence at `place` (grammar.labels.names_in_sentence)."""
    return names_in_sentence(document.text, place.sentence_start, place.sentence_end, figures)


def _counts_of_other_nouns(a: Figure, b: Figure, meaning) -> bool:
    """Two counts each followed by its noun, the nouns not the same words: changes of two things."""
    if a.kind is not Kind.COUNT or b.kind is not Kind.COUNT:
        return False
    na, nb = (measures.noun_after_count(meaning.segment_of(f), meaning.frame(f).slot) for f in (a, b))
    return bool(na) and bool(nb) and na != nb


def _part_and_its_total(a: Figure, b: Figure, na, nb) -> bool:
    """Whether one of two figures of one head is named a total and the other by words the total's name lacks
    ("digital revenues" and "total revenues"): a part and its whole, not one measure told twice."""
    for x, y, nx, ny in ((a, b, na, nb), (b, a, nb, na)):
        if lexicon.TOTALITY_WORDS & set(lexicon.folded_words(x.measure)) and ny.words - nx.words \
                and not lexicon.TOTALITY_WORDS & set(lexicon.folded_words(y.measure)):
            return True
    return False


def _told_apart(a: Figure, b: Figure, subjects: dict, tellers: dict) -> bool:
    """Whether one figure is given by a teller the other figure's clause does not name ("The rival port's report
    puts its cargo at"): a teller is mostly a source, but may be whose the figure is, so the pair is a question."""
    return any(tellers.get(x.id, frozenset()) - tellers.get(y.id, frozenset()) - subjects.get(y.id, frozenset())
               for x, y in ((a, b), (b, a)))


def _a_fraction(f: Figure) -> bool:
    """A bare decimal below one, written with a leading zero ("0.452"): the shape of a rate or share
    as a fraction, which a percentage may restate ("45.2%")."""
    return f.unit == "" and f.kind in (Kind.NUMBER, Kind.RATIO) and f.text.startswith("0.") and 0 < f.value < 1
# a target, budget or estimate is what someone plans or expects, not a measure taken
_PLANS = frozenset(lexicon.fold(w) for w in lexicon.PLAN_NOUNS)


def _one_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the words that say whose each figure is may name one subject: the same, one
    within the other, or none ("The north depot" and "Its rival depot" are two)."""
    return a <= b or b <= a


def _changes_restated(document: Document, figures: tuple[Figure, ...], where, meaning) -> Iterator[Relation]:
    """A rate of change stated again in another sentence ("Coffee exports grow 14.4% in February",
    "Coffee exports in February rose 14.4% against ..."): the same measure, period, direction and
    group, the same comparison where both say it ("year-on-year"), from the same old level where
    both have one, in clauses that say much the same."""
    same_key: dict[tuple, list[Figure]] = {}
    for f in figures:
        frame = meaning.frame(f)
        if (frame.role is grammar.Role.RELATIVE_CHANGE and f.direction and frame.modality == "stated"
                and f.period[:2] in ("19", "20") and _is_specific(f.measure) and not is_table_row(document, f)):
            same_key.setdefault((f.measure, f.period, f.direction, frame.group), []).append(f)
    clause_words: dict[str, set[str]] = {}
    # the old level a change is from: two changes from different levels are two subjects' changes
    # ("The force made 19,263 arrests, +27% from 15,223 ...", "The council made 9,100 arrests, +40% from 7,020")
    old_level = {link.change.id: interval_of(link.old) for link in meaning.changes}

    def restated(a: Figure, b: Figure) -> bool:
        if a.id in old_level and b.id in old_level and not old_level[a.id].meets(old_level[b.id]):
            return False
        if a.change_of and b.change_of and a.change_of != b.change_of:
            return False  # year-on-year and month-on-month (unsaid in a headline: either)
        if _over_a_span(document, a, where[a.id]) != _over_a_span(document, b, where[b.id]):
            return False  # a change over four quarters and one in a quarter
        if _under_two_list_items(document, a, b):
            return False  # "- Domestic: +5.8%" under passengers, "- Domestic: +4.8%" under capacity
        return where[a.id].sentence != where[b.id].sentence and (
            a.text == b.text or _same_context(document, a, b, clause_words))  # a verbatim repeat needs no proof

    for a, b in _in_text_order(same_key, restated):
        yield Relation(ID, EXPRESSION, {"a": a, "b": b}, f"the change in {a.measure} ({a.period}) is stated twice",
                       certain=_periods_stated(a, b) and _one_basis(document, where[a.id], where[b.id]))


def _sources_apart(document: Document, a: Figure, b: Figure) -> bool:
    """Whether two figures stand in paragraphs opened on two sources ("As per NDMA updated report 46,190 houses ...",
    "As per PDMA Balochistan reports ... Meanwhile, 15,331 houses ..."): a national and a provincial count may both
    be right, so the pair is a question."""
    source_a, source_b = paragraph_source(document.text, a.span.start), paragraph_source(document.text, b.span.start)
    return bool(source_a) and bool(source_b) and source_a != source_b


def _two_labelled_rows(document: Document, a: Figure, b: Figure) -> bool:
    """Whether two figures stand on lines of a run of labelled lines under two labels: two rows of a table flattened
    a row to a line, each its own group's figures ("Company-operated Stores: ..., 468 new stores", "Licensed Stores:
    ..., 425 new stores")."""
    label_a, label_b = row_label(document.text, a.span.start), row_label(document.text, b.span.start)
    return bool(label_a) and bool(label_b) and label_a != label_b


def _two_bullet_items(document: Document, a: Figure, b: Figure) -> bool:
    """Whether two figures stand on two bulleted lines of a list that open on two names: parallel items, each
    its own thing's figures (`grammar.lists.bullet_item_head`)."""
    head_a, head_b = bullet_item_head(document.text, a.span.start), bullet_item_head(document.text, b.span.start)
    return bool(head_a) and bool(head_b) and head_a != head_b


def _under_two_list_items(document: Document, a: Figure, b: Figure) -> bool:
    """Whether two figures sit in list lines of one repeated label under two different items ("- Passengers: ...",
    "- Domestic: +5.8%", "- Capacity (ASMs): ...", "- Domestic: +4.8%"): the domestic passengers' and the domestic
    capacity's changes, two measures."""
    parent_a, parent_b = item_parent(document.text, a.span.start), item_parent(document.text, b.span.start)
    return bool(parent_a) and bool(parent_b) and parent_a != parent_b


def _over_a_span(document: Document, f: Figure, place) -> bool:
    """Whether the clause of a change names the stretch it runs over ("Between the second quarter of 2017 and
    the second quarter of 2018 productivity rose 1.3%", "Over the last four quarters ... up 1.9%"): a change
    over four quarters and one "in the second quarter" of the same measure are two comparisons."""
    text = document.text
    sentence = text[place.sentence_start:place.sentence_end]
    return clause_names_a_span_of_change(sentence, f.span.start - place.sentence_start, f.span.end - place.sentence_start)


def _periods_stated(a: Figure, b: Figure) -> bool:
    """Whether the text gives one of the two figures its period near it: two figures of the same
    measure whose periods are both only the document's (its title's year) may be of two periods the
    text does not name ("2,400 visits in the spring", "3,100 visits in the autumn"), unless one
    repeats the other as written."""
    return a.text == b.text or not (a.period_source == b.period_source == "default")


def _in_text_order(same_key: dict[tuple, list[Figure]], restated) -> list[tuple[Figure, Figure]]:
    """The nearest restated pair of each figure of each group of one key, in the order of the text."""
    return sorted((pair for group in same_key.values() for pair in nearest_pairs(group, restated)),
                  key=lambda pair: (pair[0].span.start, pair[1].span.start))


def nearest_pairs(group: list[Figure], fits, limit: int = 1, tries: int = 12) -> Iterator[tuple[Figure, Figure]]:
    """Each figure with up to `limit` earlier ones of its group that `fits` accepts, nearest
    first: a measure stated fifty times is checked link by link, not as 1,225 pairs."""
    for j, b in enumerate(group):
        found = 0
        for i in range(j - 1, max(j - 1 - tries, -1), -1):
            if fits(group[i], b):
                yield group[i], b
                found += 1
                if found == limit:
                    break


def _distinctive(f: Figure) -> bool:
    """A figure precise enough that a second one equal to it is a restatement, not a coincidence."""
    precise = _precise(f) or _nonzero_digits(f) == 2 and "." in f.text and f.kind is Kind.RATIO
    return f.direction == 0 and not f.qualifier and precise


def _nonzero_digits(f: Figure) -> int:
    return sum(ch in "123456789" for ch in f.text)


def _precise(f: Figure) -> bool:
    """Three digits at least, or two after a point with a unit: not a count any list may hold."""
    nonzero_digits = _nonzero_digits(f)
    return nonzero_digits >= 3 or nonzero_digits == 2 and "." in f.text and f.unit != ""


def _said_of_a_group(document: Document, f: Figure) -> bool:
    """Whether the words right after a figure name the group it is of ("12.4% for men", "22.7% among women"): a
    group's value, never the value of all the measure counts."""
    return group_said_after(document.text[f.span.end:f.span.end + 60])


def _one_digit_apart(a: Figure, b: Figure) -> bool:
    """'257,828' and '257,838': the same layout, one digit different — a typo, not another figure."""
    if len(a.text) != len(b.text) or a.unit != b.unit:
        return False
    diffs = [(x, y) for x, y in zip(a.text, b.text) if x != y]
    return len(diffs) == 1 and diffs[0][0].isdigit() and diffs[0][1].isdigit()


def _near_restatements(document: Document, figures: tuple[Figure, ...], where, bases: frozenset[str],
                       table_items: frozenset[str], whole_of: dict[str, str] | None = None) -> Iterator[Relation]:
    """A long figure stated again with one digit changed, in a sentence about the same thing. (A level a change is
    measured from is another period's than one that is not: "to 300,750, from the previous week's 296,000" and
    "dropped by 14,000 to 298,000" are two weeks of a series.)"""
    clause_words: dict[str, set[str]] = {}
    in_sentence = layout(document, figures).in_sentence  # (a figure's sentence, read from the index, not every figure)
    # whole counts only: decimals one digit apart are usually two series (trend, seasonally adjusted)
    # (the values of a table flattened into lines are a column's each, never a restatement)
    long_figures = [f for f in figures if _distinctive(f) and f.kind is Kind.COUNT and "." not in f.text
                    and sum(ch.isdigit() for ch in f.text) >= 5 and f.id not in table_items]
    # two texts one digit apart share the text with that digit masked, and no other: an index
    # on each masked form finds them without comparing every pair
    masked: dict[tuple, list[Figure]] = {}
    for f in long_figures:
        for i, ch in enumerate(f.text):
            if ch.isdigit():
                masked.setdefault((f.text[:i], f.text[i + 1:], f.unit), []).append(f)
    pairs = sorted({pair for group in masked.values() for pair in combinations(group, 2) if pair[0].text != pair[1].text},
                   key=lambda pair: (pair[0].span.start, pair[1].span.start))
    for a, b in pairs:
        if where[a.id].sentence == where[b.id].sentence or not _one_digit_apart(a, b) or (a.id in bases) != (b.id in bases):
            continue
        if whole_of and a.id in whole_of and b.id in whole_of and whole_of[a.id] != whole_of[b.id]:
            continue  # "employment of 1,284,000, of whom ... 231,000 were aged 55 or over" and "318,000 part-time
            # workers, of whom 221,000 were women": parts of two wholes, two subgroups
        wa, wb = _sentence_words(document, where[a.id]), _sentence_words(document, where[b.id])
        # a slip of one digit in the last places, or clauses that say the same: "a median salary of
        # 38,500" is not "28,500 for men"
        close = abs(a.value - b.value) <= abs(a.value) / 20
        if _rates_told_apart(in_sentence(a), in_sentence(b)):
            continue  # "increased by 9.2%, comprising 190,136" and "rose by 7.9%, comprising 190,166": two periods' levels
        if _sum_of_two_beside(in_sentence(a), a) and _sum_of_two_beside(in_sentence(b), b):
            continue  # "The 41,900 unemployed comprised 18,000 males and 23,900 females" and "the 41,100 unemployed
            # comprised 13,600 males and 27,500 females": each total is what its own parts add up to, two totals
        if len(wa & wb) >= 2 and (close or _same_context(document, a, b, clause_words)):
            # (only the sentences' words tie two figures whose own measures name two things, "international
            # students numbered 21,700" and "graduates numbered 35,600, of whom 21,100 ...": a question)
            yield Relation(ID, EXPRESSION, {"a": a, "b": b}, f"{a.text} and {b.text} differ by one digit in similar sentences",
                           certain=_measures_agree(a, b))


def _sum_of_two_beside(sentence: tuple[Figure, ...], f: Figure) -> bool:
    """Whether two other figures of f's sentence (`sentence`, its figures), in its unit, add up to it: its own
    sentence bears it out, so a figure one digit from it elsewhere is another total, not a slip of the pen."""
    beside = [g for g in sentence if g.id != f.id and g.unit == f.unit and 0 < g.value < f.value]
    whole = interval_of(f)
    return any((interval_of(g) + interval_of(h)).meets(whole) for g, h in combinations(beside, 2))


def _rates_told_apart(sentence_a: tuple[Figure, ...], sentence_b: tuple[Figure, ...]) -> bool:
    """Each of two figures' sentences (their figures) gives a rate of change, and no rate of one is the other's
    within rounding: the two levels are of two periods, each with its own move, not one level stated twice."""
    def rates(sentence: tuple[Figure, ...]) -> list[Figure]:
        return [g for g in sentence if g.unit == "percent" and g.direction]
    ra, rb = rates(sentence_a), rates(sentence_b)
    return bool(ra) and bool(rb) and not any(interval_of(x).meets(interval_of(y)) for x in ra for y in rb)


_BASIS_WORDS = frozenset(lexicon.MEASURE_BASIS_WORDS)


def _one_basis(document: Document, place_a, place_b) -> bool:
    """Whether two sentences take their measure on one basis: neither says a word of basis or vintage
    ("seasonally adjusted", "net", "revised", "later put") the other does not."""
    return _sentence_words(document, place_a) & _BASIS_WORDS == _sentence_words(document, place_b) & _BASIS_WORDS


def _year_said(document: Document, place, period: str) -> bool:
    """Whether a figure's sentence writes the year of its period ("in March 2017"), not carries it from elsewhere."""
    return period[:4].isdigit() and period[:4] in document.text[place.sentence_start:place.sentence_end]


def _one_definition(document: Document, place_a, place_b) -> bool:
    """Whether two sentences take their measure by one definition: neither names a basis of definition the other does
    not ("at constant market price" against "at the current market price", "real" against "nominal"); words of vintage
    ("estimated", "revised") leave the definition the same."""
    return bases_of_definition_in(document.text[place_a.sentence_start:place_a.sentence_end]) \
        == bases_of_definition_in(document.text[place_b.sentence_start:place_b.sentence_end])


def _sentence_words(document: Document, place) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z0-9'-]+", document.text[place.sentence_start:place.sentence_end])
    return {w.lower() for w in words if w.lower() not in _FUNCTION_WORDS and len(w) > 2}


def _very_precise(f: Figure) -> bool:
    return _nonzero_digits(f) >= 3 or f.kind is Kind.RATIO


def _measures_agree(a: Figure, b: Figure) -> bool:
    """Equal values of two named measures are a restatement only when the names share a word
    (services inflation at 4.4% is not the unemployment rate at 4.4%)."""
    wa, wb = set(re.findall(r"[a-z]{3,}", a.measure)), set(re.findall(r"[a-z]{3,}", b.measure))
    return not wa or not wb or bool(wa & wb)


def _named_terms_differ(a: Figure, b: Figure, meaning) -> bool:
    """A ratio that names what it divides ("debt-to-equity ratio") is not another ratio that does not."""
    for x, y in ((a, b), (b, a)):
        named = meaning.frame(x).named_terms
        if named and not set(named) & set(lexicon.folded_words(y.measure)):
            return True
    return False


MIN_SLIP_DIGITS = 3  # "83.7", "612.5", "271": two amounts of one measure sharing three digits by chance are rare


def _scale_slips(document: Document, figures: tuple[Figure, ...], where, meaning) -> Iterator[Relation]:
    """One amount told twice with the same digits, its scale word dropped or changed the other time ("net
    profit of EUR 83.7 million" ... "quarterly net profit of EUR 83.7"; "$1.25 billion" ... "$1.25 million").
    Both figures name the measure in their own words, one name the other's last words (the same head, with
    words before it that narrow or praise it: "record quarterly net income"), of one period or one within the
    other, the same subject where both name one, the same unit, three digits at least: two amounts of one
    measure that share their digits and differ by a power of a thousand are one amount with a slip. A summary
    in billions and a table in millions ("$1.2 billion", "$1,200 million") never meet here: their digits
    differ, and they agree."""
    same_digits: dict[tuple, list[tuple[Figure, Decimal, tuple[str, ...]]]] = {}
    for f in figures:
        if f.direction or f.qualifier or f.kind not in (Kind.MONEY, Kind.COUNT, Kind.NUMBER) \
                or not f.period or not _is_specific(f.measure):
            continue
        if is_table_row(document, f) or f.id in meaning.flattened_row_items:
            continue
        digits, scale = digits_and_scale(f.text)
        if len(digits.replace(".", "").lstrip("0")) < MIN_SLIP_DIGITS:
            continue
        same_digits.setdefault((digits, f.unit), []).append((f, scale, tuple(lexicon.folded_words(f.measure))))
    for group in same_digits.values():
        for (a, scale_a, name_a), (b, scale_b, name_b) in combinations(group, 2):
            if scale_a == scale_b or where[a.id].sentence == where[b.id].sentence:
                continue
            shorter, longer = sorted((name_a, name_b), key=len)
            if longer[len(longer) - len(shorter):] != shorter:
                continue
            if not (a.period.startswith(b.period) or b.period.startswith(a.period)):
                continue
            if a.subject and b.subject and a.subject != b.subject \
                    or not _one_subject(_subject_words(meaning, a), _subject_words(meaning, b)):
                continue  # "Lindqvist Foods recorded ...", "The Nordic unit recorded ...": two subjects' amounts
            yield Relation(
                check=ID, expression=EXPRESSION, figures={"a": a, "b": b},
                message=f"{a.measure} ({a.period}) is stated as {a.text} and again as {b.text}: a scale word "
                        f"dropped or changed",
                certain=_periods_stated(a, b))


def _subject_words(meaning, f: Figure) -> frozenset[str]:
    """The words that say whose a figure is, its measure's own words left out."""
    seg, slot = meaning.segment_of(f), meaning.frame(f).slot
    name = measures.name_of(seg, slot)
    return frozenset(measures.subject_words(seg, slot, name) - set(lexicon.folded_words(f.measure)))


def _restatements(figures: tuple[Figure, ...], where, meaning) -> Iterator[Relation]:
    """The same value stated again in another sentence, in any notation ("16,4m", "16.4 million")."""
    seen: dict[tuple, Figure] = {}
    for f in figures:
        if f.direction or f.qualifier:
            continue
        key = (f.value, f.unit)
        first = seen.get(key)
        if first is None:
            if _distinctive(f):  # the first statement must be precise; its echo may be rounder ("1.50", "1.5")
                seen[key] = f
        elif where[first.id].sentence != where[f.id].sentence and (
                _measures_agree(first, f) or _very_precise(first) and not _named_terms_differ(first, f, meaning)):
            yield Relation(ID, EXPRESSION, {"a": first, "b": f}, f"{first.text} is stated again as {f.text}")


CHECK = Check(ID, "The same measure for the same period is stated twice with values that cannot both hold.", DOC, find, relates_levels=True)
