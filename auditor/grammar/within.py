"""Aggregates inside larger aggregates: what stretch of time and which subject a
level covers, and which stated levels the text places inside others.

A monthly bulletin states a flow for the month and again for the months up to it
("90,338 arrivals in July", "543,205 for the year up to July"); a results note
gives the quarter and the half year; a release gives one region's count and the
country's. The smaller aggregate cannot exceed the larger one. This module reads,
for each level, its *extent*: the months it covers (from its period, widened by a
running span such as "the first seven months" or "the year to July") and the
proper names of its clause (the subject it is narrowed to). A level lies within
another of the same measure and unit when its months fall inside the other's and
the other names no subject it does not.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property

from auditor import lazy_re
from auditor.document import per_document_cache
from auditor.grammar import cues, lexicon, measures
from auditor.grammar.frames import Frame, Role, same_unit, written_in_digits
from auditor.extract.numbers import WORD_VALUES
from auditor.extract.periods import MONTHS, STRETCH_POINTING_BACK, find_periods
from auditor.grammar.segments import Segment, subheadings
from auditor.model import Figure, Kind

_MONTHS = MONTHS  # "july" and "jul" -> 7
_MONTH = lexicon.alternation(tuple(_MONTHS))
_COUNT_WORDS = {w: n for w, n in WORD_VALUES.items() if 1 <= n <= 12}  # "the first seven months"

_RUNNING_TO_MONTH = lazy_re.compile(
    rf"\b(?P<span>{lexicon.alternation(tuple(lexicon.RUNNING_SPANS))})\s+(?:{lexicon.alternation(lexicon.RUNNING_TO)})"
    rf"\s+(?:the\s+end\s+of\s+)?(?P<month>{_MONTH})\b", re.I)
_FIRST_MONTHS = lazy_re.compile(r"\bfirst\s+(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+months\b", re.I)
# a quarter or half named as an adjective before the measure: "second-quarter revenue", "first-half profit"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PART_OF_YEAR = lazy_re.compile(r"\b(?P<n>first|second|third|fourth)[-\s](?P<unit>quarter|half)\b(?!\s+of\b)(?=[-\s]+[a-z])",
                                re.I)
_PART_OF_YEAR_WORD = lazy_re.compile(r"(?:first|second|third|fourth)-(?:quarter|half)", re.I)
_YEAR_TO_DATE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.YEAR_TO_DATE)})\b", re.I)
# "the same period" of a year: the months another figure gives, in that year ("compared to 2015 same period of 81,520")
_SAME_PERIOD_OF_A_YEAR = lazy_re.compile(r"\b(?:the\s+)?same\s+(?:period|months?|time)\b", re.I)
# where a clause ends, for the words that qualify a figure: a figure's running span and
# subject are said in its own clause ("..., while arrivals for the year up to July rose to 543,205")
_STRONG_BREAK = lazy_re.compile(r"[;:()\[\]]|,\s+(?:while|whereas|but|and|compared|against|versus|from|up|down)\b"
                           r"|\b(?:while|whereas)\b|\.\s")
# (or a web domain named with its dot, which is written in lower case: ".com and .net registrations" are two
# named members' registrations, not all of them)
_NAME = lazy_re.compile(r"\b[A-Z][A-Za-z&'-]+|(?<![\w.])\.[a-z]{2,6}\b")
_NOT_NAMES = frozenset({*(m.capitalize() for m in _MONTHS), "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                        "Saturday", "Sunday", "The", "A", "An", "In", "For", "Of", "On", "At", "By", "As", "And", "Its",
                        "This", "That", "These", "Those", "It", "Total", "Overall", "Year", "Q1", "Q2", "Q3", "Q4",
                        "H1", "H2", "FY", "Sept",
                        # words that open a sentence, not names: "Over the first half, ...", "During June, ..."
                        "From", "Over", "During", "Between", "After", "Before", "Since", "Until", "With", "Without",
                        "Across", "Among", "Under", "Through", "Despite", "Meanwhile", "However", "Also", "But",
                        "While", "Altogether", "Together", "Some", "About", "Around", "Nearly", "Almost",
                        # determiners and quantifiers that open a sentence: "Another estimate put cement sales at"
                        "Another", "Other", "Each", "Every", "Both", "Such", "Any", "All", "Most", "Many", "Several",
                        "No", "Their", "Our",
                        "Likewise", "Similarly", "Additionally", "Moreover", "Furthermore", "Elsewhere", "Again",
                        "Further", "Thus", "Hence", "Still", "Yet", "Then", "Now", "Here", "There",
                        # adjectives of a measure that open its sentence: "Net sales in the three months ..."
                        "Net", "Gross", "Annual", "Monthly", "Quarterly", "Weekly", "Daily", "Domestic", "Local",
                        *(w.split()[0].capitalize() for w in lexicon.CUMULATIVE_WORDS)})
_FLOW_OF_WORD = lexicon.FLOW_OF_WORD
# words of a measure that name its period, not its scope: "output for the year ending September"
_SCOPE_FREE = frozenset(lexicon.fold(w) for phrase in (*lexicon.SCOPE_FREE_WORDS, *lexicon.COUNTED_ITEM_NOUNS,
                                                       *lexicon.PERIOD_WORDS,
                                                       *lexicon.RUNNING_SPANS, *lexicon.RUNNING_TO, *_MONTHS,
                                                       *_COUNT_WORDS, "first", "end", "ending", "ended", "date")
                        for w in phrase.split())
_REACH = 40
# ("arrivals stood at 1.026 million tonnes by Aug. 10 since the start of the harvest": "by" a day, a running total to it)
_AT_DATE = lazy_re.compile(r"\b(?:as\s+(?:at|of|on)|by\s+the\s+end\s+of|at\s+the\s+end\s+of|end-)\b"
                           r"|\bby\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}\b)?", re.I)
_DAY = lazy_re.compile(r"^(?P<month>(?:19|20)\d\d-\d\d)-\d\d$")
_SINCE_YEAR_START = lazy_re.compile(r"\b(?:in|during|so\s+far\s+in)\s+(?P<y>(?:19|20)\d\d)\b|\bthis\s+year\b"
                                    r"|\bsince\s+(?:the\s+)?(?:1(?:st)?\s+(?:of\s+)?)?january\b", re.I)
_PERIOD = lazy_re.compile(r"^(?P<y>(?:19|20)\d\d)(?:-(?:(?P<m1>\d\d)(?:\.\.(?:(?P<y2>(?:19|20)\d\d)-)?(?P<m2>\d\d))?"
                          r"|H(?P<h>[12])|Q(?P<q>[1-4])))?$")
# months the words name without a year ("in April", "over the first four months of the year"): of the
# one year the report is written in, which a level of a stated year is not compared with
_YEARLESS = lazy_re.compile(r"^(?:(?P<m1>0[1-9]|1[0-2])(?:\.\.(?P<m2>0[1-9]|1[0-2]))?|H(?P<h>[12])|Q(?P<q>[1-4]))$")
_UNSTATED_YEAR = 1


@dataclass(frozen=True)
class Extent:
    """The stretch of time a figure covers, and the subject and flow its clause narrows it to."""

    first: int  # months since year 0, inclusive
    last: int
    names: frozenset[str]  # proper names of the figure's clause: the subject it narrows to
    running: bool  # a running span the words state ("the first seven months"), not a calendar period
    flow: str  # the flow family its clause or measure names ("production"), or ""
    words: frozenset[str]  # the folded words of its clause and measure
    to_date: bool = False  # "so far this year": up to the time of writing, whatever month it was read with

    def inside(self, other: Extent) -> bool:
        return other.first <= self.first and self.last <= other.last


@dataclass(frozen=True)
class WithinLink:
    """A flow for fewer months of the same subject than another: a month in the year to date."""
    part: Figure
    whole: Figure
    months: tuple[int, int] | None  # the part's, first and last: parts of one whole that do not overlap add up
    # (None: a week, whose months the words do not give; it is not added to others)
    beyond: tuple[str, ...] = ()  # for counts beyond stretches of time: the part's stretch and the whole's, as written


def months_of(period: str) -> tuple[int, int] | None:
    """The months a normalised period covers ("2012" -> January to December 2012)."""
    m = _PERIOD.match(period)
    if not m:
        yearless = _YEARLESS.match(period)
        if yearless:
            base = _UNSTATED_YEAR * 12 - 1
            if yearless.group("h") or yearless.group("q"):
                length = 6 if yearless.group("h") else 3
                start = (int(yearless.group("h") or yearless.group("q")) - 1) * length + 1
                return base + start, base + start + length - 1
            return base + int(yearless.group("m1")), base + int(yearless.group("m2") or yearless.group("m1"))
        return None  # a fiscal year starts in a month the text rarely gives; a day is a point in time
    base = int(m.group("y")) * 12 - 1
    if m.group("h"):
        start = 1 if m.group("h") == "1" else 7
        return base + start, base + start + 5
    if m.group("q"):
        start = 3 * int(m.group("q")) - 2
        return base + start, base + start + 2
    if m.group("m1"):
        end_base = int(m.group("y2")) * 12 - 1 if m.group("y2") else base  # "October 2018-February 2019"
        return base + int(m.group("m1")), end_base + int(m.group("m2") or m.group("m1"))
    return base + 1, base + 12


def _clause(document_text: str, seg: Segment, k: int) -> str:
    """The figure's clause in the raw text, stopped at a strong break or at another figure of
    its unit (a list's next item); a rate or a duration between them belongs to the clause
    ("for the year up to July rose 16.7 percent to 543,205", "the first seven months")."""
    figure = seg.figures[k]
    left, right = seg.start, seg.end
    for other in reversed(seg.figures[:k]):
        if other.unit == figure.unit:
            left = other.span.end
            break
    for other in seg.figures[k + 1:]:
        if other.unit == figure.unit:
            right = other.span.start
            break
    return _clause_between(document_text, left, figure.span.start, figure.span.end, right)


# A figure's clause is read by most readings of this module (its extent, its names, the words of
# what it counts): its breaks are found once per document, not once per reading
@per_document_cache(maxsize=1 << 16)
def _clause_between(document_text: str, left: int, start: int, end: int, right: int) -> str:
    """`_clause` of the figure from `start` to `end`, within the bounds `left` and `right`."""
    before = document_text[left:start]
    after = document_text[end:right]
    # "48,855 (14.12%) candidates were held back": a figure's own share or aside in brackets right
    # after it is no break: the words after the brackets still say what it counts
    aside = _FIGURE_ASIDE.match(after)
    if aside:
        after = " " * aside.end() + after[aside.end():]
    # "Output at the state-owned Coal India Ltd (CIL) went up ...": an abbreviation in brackets right after a name is
    # the name's, no break of the clause (its brackets blanked, its letters kept: the clause keeps its length)
    before = _ABBREVIATION_ASIDE.sub(_unbracketed, before)
    after = _ABBREVIATION_ASIDE.sub(_unbracketed, after)
    breaks = list(_STRONG_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    cut = _STRONG_BREAK.search(after)
    if cut:
        after = after[:cut.start()]
    return before + _AT_FIGURE + after


_ABBREVIATION_ASIDE = lazy_re.compile(r"(?<=[A-Za-z.] )\((?P<abbreviation>[A-Z][A-Z0-9&-]{1,9}s?)\)")


def _unbracketed(m) -> str:
    """An abbreviation's brackets blanked, its letters kept in place."""
    return f" {m.group('abbreviation')} "


_AT_FIGURE = " \x00 "  # where the figure stands in its clause
_BULLETS = " \t\r\n-–—•·*"  # what may stand before a list item's first word
# "July-August": months, not a name
_MONTH_RANGE = lazy_re.compile(rf"^(?:{_MONTH})\.?(?:[-–/](?:{_MONTH})\.?)+$", re.I)
_FIGURE_ASIDE = lazy_re.compile(r"^\s*\((?=[^()]{0,6}\d)[^()\d]{0,6}[\d.,]+\s*(?:%|percent|per\s+cent)?\)", screened=True)
# a source that speaks ("A statement signed by the council's head, Jane Doe, said ..."): the names
# before its verb of saying are who says it, not whom the figure is for
_IN_PLACE = lazy_re.compile(r"^\W*(?:[Ii]n|[Aa]t|[Ff]or|[Aa]mong|[Aa]cross)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?"
                            r"(?P<name>[A-Z][A-Za-z&'-]+)")
# ... a source named by what it is: a statement, a spokesperson, an office-holder
_SOURCE_NOUN = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SOURCE_NOUNS)})s?\b", re.I)
_SAID = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SAYING_VERBS + cues.REPORTING_VERBS)})\b(?:\s+that\b)?", screened=True)
# the subject a figure narrows to is named close to it; a source further back in its clause
# ("NNPC's report showed that ... production came to 553.59 million") is not its subject
_NAME_REACH_BEFORE, _NAME_REACH_AFTER = 70, 40
# after a figure, a source named by "according to" or "as per" tells who reports it, not whose it is: "grew by N17
# billion in a single month, according to the National Pension Commission"
_SOURCE_AFTER = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.SOURCE_OPENERS)})\b", re.I)
# a that-clause opening on the speaker's own things: "said that its exports", "reported that their sales"
_OWN_AFTER_THAT = lazy_re.compile(r"\s*(?:its|their|his|her|our|it|they)\b", re.I)
_WORD_END = lazy_re.compile(r"(?s).{0,%d}[\w'’-]*" % _NAME_REACH_AFTER)


def _names_near(document_text: str, seg: Segment, figure: Figure, before: str, after: str) -> frozenset[str]:
    said = None
    for said in _SAID.finditer(before):
        pass
    if said is not None and not _SOURCE_NOUN.search(before[:said.start()]) \
            and not (said.group().endswith("that") and not _OWN_AFTER_THAT.match(before, said.end())):
        # "Kenya said its exports ...": a name that speaks may be the figure's subject too; not one that says
        # "that" and a clause naming its own subject ("VeriSign Inc has said that overall domain name
        # registrations grew to 351.8 million": the speaker reports the whole)
        said = None
    places = set()
    if said is not None:  # (a place the sentence opens on is still the figure's: "In Bresk, the mayor said, 2,815")
        opening = _IN_PLACE.match(before[:said.start()])
        places = {opening.group("name")} if opening else set()
        before = before[said.end():]
    after = _SOURCE_AFTER.split(after, 1)[0]
    # (to the end of the word the reach stops in: "July", not "Ju")
    near = before[-_NAME_REACH_BEFORE:] + " " + _WORD_END.match(after).group() \
        if len(after) > _NAME_REACH_AFTER else before[-_NAME_REACH_BEFORE:] + " " + after
    names = ({m.group() for m in _NAME.finditer(near)
              if not _MONTH_RANGE.match(m.group()) and not _PART_OF_YEAR_WORD.fullmatch(m.group())} | places) - _NOT_NAMES
    # ("- Trade sales were $12.52 billion": a list item's bullet stands before the sentence's first word)
    first_word = _NAME.match(document_text[seg.start:figure.span.start].lstrip(_BULLETS))
    if first_word and before.lstrip(_BULLETS).startswith(first_word.group()) \
            and (_common_word(first_word.group(), document_text)
                 or lexicon.fold(first_word.group()) in _FLOW_OF_WORD):
        # "Tourist arrivals": a capital that only opens the sentence; "Throughput in May ...": a flow's
        # own noun, capitalised only because it opens the sentence, is no name
        names.discard(first_word.group())
    # "Wool exports in the first half ...": the capital opening the sentence on the first word of the figure's
    # own measure is a kind of it, no name (a possessive or a people's name stays a member's)
    return frozenset(names) - _kind_opening(document_text, seg, figure) - _kind_of_flow_opening(document_text, seg)


_LOWER_CASE_WORD = lazy_re.compile(r"\b[a-z][a-z'-]+")


@per_document_cache(maxsize=4)
def _lower_case_words(document_text: str) -> frozenset[str]:
    """The words the document writes in lower case, as written and folded ("mine" holds "Mines")."""
    words = set(_LOWER_CASE_WORD.findall(document_text))
    return frozenset(words | {lexicon.fold(w) for w in words})


def _common_word(word: str, document_text: str) -> bool:
    """A capitalised word the document also writes in lower case (in any form), or a word of a running span
    ("Year-to-date"): a common word that opens a sentence, no name."""
    lower = _lower_case_words(document_text)
    w = word.lower()
    return w in lower or lexicon.fold(w) in lower or bool(_YEAR_TO_DATE.fullmatch(w) or _PART_OF_YEAR_WORD.fullmatch(w))


def proper_names_only(document_text: str, names: frozenset[str]) -> frozenset[str]:
    """The names of `names` (folded) that the document never writes in lower case: "calgary" of "Calgary International
    Airport", not "airport", a common noun a name is built on ("its airports") that tells no two subjects apart."""
    lower = _lower_case_words(document_text)
    return frozenset(n for n in names if n not in lower and lexicon.fold(n) not in lower)


def clause_words(document_text: str, seg: Segment, k: int) -> frozenset[str]:
    """The folded words of a figure's clause: what it counts, in the words around it."""
    return frozenset(lexicon.folded_words(_clause(document_text, seg, k).replace(_AT_FIGURE, " ")))


def names_near(document_text: str, seg: Segment, k: int) -> frozenset[str]:
    """The proper names of a figure's clause, near it: the subject it is for ("FijiFirst won ...")."""
    before, _, after = _clause(document_text, seg, k).partition(_AT_FIGURE)
    return _names_near(document_text, seg, seg.figures[k], before, after)


def extent(document_text: str, seg: Segment, k: int) -> Extent | None:
    figure = seg.figures[k]
    clause = _clause(document_text, seg, k)
    at_date = _AT_DATE.search(clause)
    day = _DAY.match(figure.period) if at_date else None
    # "as at 31 July 2021": the day ends a running total, in its month
    months = months_of(day.group("month")) if day else months_of(figure.period)
    if months is None:
        return None
    first, last = months
    running = to_date = False
    year_start = (first // 12) * 12  # January of the period's year
    before, _, after = clause.partition(_AT_FIGURE)
    # a running span after the figure is its own only before a comma: "41,200 tonnes in April,
    # bringing production in the first four months to ..." names the next figure's span
    own = before + " " + after.split(",")[0]
    to_month = _RUNNING_TO_MONTH.search(own)
    first_months = _FIRST_MONTHS.search(own)
    # (in the figure's own words since the last comma: "After a weak first quarter, full-year revenue ..." is not)
    part_of_year = _PART_OF_YEAR.search(before.rsplit(",", 1)[-1]) if last - first == 11 else None
    if part_of_year and not (to_month or first_months):
        # "second-quarter revenue was $52 million in 2023": the quarter (or half) of the year read
        n = _ORDINALS[part_of_year.group("n").lower()]
        length = 3 if part_of_year.group("unit").lower() == "quarter" else 6
        if n * length <= 12:
            first, last = year_start + (n - 1) * length, year_start + n * length - 1
    elif to_month:
        # (the month the span runs to is of the year the period ends in: "the twelve months to June 2024")
        end = (last // 12) * 12 + _MONTHS[to_month.group("month").lower()] - 1
        length = lexicon.RUNNING_SPANS[" ".join(to_month.group("span").lower().split())]
        first, last, running = (end - length + 1 if length else year_start), end, True
    elif first_months and _THIS_FISCAL.search(own) and _fiscal_start(document_text) is not None:
        # "in the first two months of this fiscal year", in a report that named those months once ("the first
        # two months (July to August) of FY18"): from the month that year starts in
        n = first_months.group("n").lower()
        count = int(n) if n.isdigit() else _COUNT_WORDS[n]
        start = year_start + _fiscal_start(document_text) - 1  # (in the year the figure was read with)
        if 1 <= count <= 12:
            first, last, running = start, start + count - 1, True
    elif first_months:
        n = first_months.group("n").lower()
        count = int(n) if n.isdigit() else _COUNT_WORDS[n]
        if 1 <= count <= 12 and last - first + 1 == count and count > 1:
            running = True  # "the first two months (July to August) of FY18": the months the period gives
        elif 1 <= count <= 12:
            first, last, running = year_start, year_start + count - 1, True
    elif _YEAR_TO_DATE.search(own) and first == last and not _SAME_PERIOD_EARLIER.search(after.split(",")[0]):
        first, running, to_date = year_start, True, True  # "so far this year" with the month of writing
        # (not for a level its own words put in the same month of an earlier year: "the highest month so far in the
        # year, compared to 194,280 in the corresponding month last year" is last year's one month)
    elif (_YEAR_TO_DATE.search(own) or _SAME_PERIOD_OF_A_YEAR.search(own)) and last - first == 11:
        return None  # "98,619 in 2023 year-to-date", "compared to 2015 same period of 81,520": part of the year, the
        # months of another figure's clause
    elif at_date:
        # "as at 15 August": a running total since some start the words must give ("had been reported
        # in 2021", "since January")
        since = _SINCE_YEAR_START.search(clause)
        if since is None or since.group("y") and int(since.group("y")) != year_start // 12:
            return None
        first, running = year_start, True
    if not running and not find_periods(clause) and figure.id not in _respectively(document_text, seg) \
            and not _SAME_PERIOD_EARLIER.search(after.split(",")[0]) and not _names_its_span(clause, last - first + 1) \
            and not _sole_period_of_its_sentence(document_text, seg, figure):
        return None  # a period carried over from another sentence may not be this figure's
    names = _names_near(document_text, seg, figure, before, after)
    words = frozenset(lexicon.folded_words(clause + " " + figure.measure))
    listed = _respectively(document_text, seg).get(figure.id)
    if listed is not None:
        # "inflows from Saudi Arabia, UAE and the UK of $511.28 million, $440.38 million and $249.14 million,
        # respectively": the figure is for its own name of the list, and counts what the words before it name
        names, words = listed[0], words | listed[1]
    families = {_FLOW_OF_WORD[w] for w in words if w in _FLOW_OF_WORD}
    if len(families) > 1:
        # "20 fatal accidents in all ..., with 283 fatalities": the flow the figure's own measure names, when it
        # names one, is the figure's
        own = {_FLOW_OF_WORD[w] for w in lexicon.folded_words(figure.measure) if w in _FLOW_OF_WORD}
        families = own if len(own) == 1 else families
    flow = families.pop() if len(families) == 1 else ""  # two flows in one clause: which is this figure's?
    return Extent(first, last, names, running, flow, words, to_date)


def _sole_period_of_its_sentence(document_text: str, seg: Segment, figure: Figure) -> bool:
    """Whether the figure's period is the one period its own sentence names, before it ("airliner accident
    figures for 2019, which show 20 fatal accidents in all, with 283 fatalities"): no period from elsewhere."""
    return figure.period_source == "sentence" \
        and {p.period for p in find_periods(document_text[seg.start:seg.end])} == {figure.period}


# "Total income for the quarter also went up": a definite stretch of time is the one of its length the text named
# last, the period the figure was read with
_DEFINITE_SPAN = lazy_re.compile(r"\b(?:for|in|during|over)\s+the\s+(?P<span>month|quarter|half[-\s]year|half|year)\b"
                                 r"(?!\s+(?:to|up|ended|ending|through|earlier|before|ago|of|on)\b)", re.I)
_SPAN_MONTHS = {"month": 1, "quarter": 3, "half": 6, "half-year": 6, "half year": 6, "year": 12}


def _names_its_span(clause: str, months: int) -> bool:
    """Whether a figure's clause names "the quarter" (the month, the half, the year) and its period is that long."""
    m = _DEFINITE_SPAN.search(clause)
    return m is not None and _SPAN_MONTHS.get(" ".join(m.group("span").lower().split())) == months


_BRACKETED = lazy_re.compile(r"\([^()]*\)")
_LIST_SPLIT = lazy_re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_TRAILING_FUNCTION_WORDS = lazy_re.compile(r"(?:\s+(?:of|at|with|were|was|stood|came|to|had|have|has|saw|showed|"
                                           r"shows|respectively))+\s*$")
_CAPITALISED_TAIL = lazy_re.compile(r"(?:^|\s)(?P<tail>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+[a-z]+)?)$")
_RUN_GLUE = lazy_re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")


@per_document_cache(maxsize=4)
def _respectively_read(document_text: str) -> dict[tuple[int, int], dict]:
    return {}  # each sentence's reading, once: (start, end) -> figure id -> (names, words)


def _respectively(document_text: str, seg: Segment) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    read = _respectively_read(document_text)
    key = (seg.start, seg.end)
    if key not in read:
        read[key] = _respectively_of(document_text, seg)
    return read[key]


def _respectively_of(document_text: str, seg: Segment) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Names listed before runs of figures a sentence assigns "respectively": each figure of a run as long as
    the list is for the name in its place ("Saudi Arabia, UAE, USA and UK of $511.28 million, $440.38
    million, $260.34 million and $249.14 million, respectively, compared with $507.26 million, ...,
    respectively, in August 2016"), with the folded words before the list (what the figures count)."""
    text = document_text[seg.start:seg.end]
    if "respectively" not in text or len(seg.figures) < 2:
        return {}
    runs: list[list[Figure]] = []
    for f in seg.figures:
        if runs and runs[-1][-1].unit == f.unit \
                and _RUN_GLUE.match(document_text[runs[-1][-1].span.end:f.span.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    runs = [run for run in runs if len(run) > 1]
    if not runs:
        return {}
    lead = document_text[seg.start:runs[0][0].span.start]
    lead = _BRACKETED.sub(lambda m: " " * len(m.group()), lead)  # "GCC countries (including Bahrain and Oman)"
    lead = _TRAILING_FUNCTION_WORDS.sub("", lead)
    items = _LIST_SPLIT.split(lead.strip())
    n = len(runs[0])
    if len(items) < n:
        return {}
    names = []
    for item in items[-n:]:
        tail = _CAPITALISED_TAIL.search(item.strip())
        if tail is None:
            return {}
        names.append(frozenset(m.group() for m in _NAME.finditer(tail.group("tail"))) - _NOT_NAMES)
    if not all(names) or len(set(names)) < n:
        return {}
    before_list = frozenset(lexicon.folded_words(" ".join(items[:-n]) + " " + items[-n]))
    found = {}
    for r, run in enumerate(runs):
        if len(run) != n:
            continue
        # the run's period: the one its words after it give (", respectively, in August 2016"), else the one
        # the words before the list give ("the August 2017 breakdown shows ..."); it must be the one read
        end = runs[r + 1][0].span.start if r + 1 < len(runs) else seg.end
        stated = {p.period for p in find_periods(document_text[run[-1].span.end:end])} \
            or {p.period for p in find_periods(lead)}
        if len(stated) != 1:
            continue
        period = stated.pop()
        found.update({f.id: (names[i], before_list | frozenset(lexicon.folded_words(" ".join(names[i]))))
                      for i, f in enumerate(run) if f.period == period})
    return found


# (a module's tuple: read through their class, Kind's members cost the enum metaclass's hook at each test)
_COUNTED_KINDS = (Kind.COUNT, Kind.MONEY, Kind.PHYSICAL)


def _is_candidate(frame: Frame, hedges: frozenset[str] = frozenset()) -> bool:
    f = frame.figure
    # (a hedge of the allowed ones that bounds the amount from below makes the figure a bound, still its period's
    # amount: "more than 6 million bags have been produced")
    level = frame.is_level or f.qualifier in hedges and frame.role is Role.BOUND
    return (level and frame.modality == "stated" and f.kind in _COUNTED_KINDS
            and f.unit not in ("month", "year", "week", "day") and (not f.qualifier or f.qualifier in hedges)
            and f.value > 0)


# a flow rounded ("some 2.4 million bags") or bounded below ("more than 6 million") is still the amount of its
# period: its interval, widened by the hedge, is compared with the longer period's
_HEDGES_OF_A_FLOW = frozenset(lexicon.HEDGES_OF_A_STATED_FLOW)


def _scope_words(measure: str) -> frozenset[str]:
    """The folded words of a measure that narrow what it counts: "tea" in "tea exports"."""
    return frozenset(w for w in lexicon.folded_words(measure) if w not in _SCOPE_FREE and w not in _FLOW_OF_WORD)


def _narrower_or_same(part: Extent, whole: Extent, whole_measure: str, inherited: frozenset[str] = frozenset(),
                      inherited_names: frozenset[str] = frozenset()) -> bool:
    """The whole names no subject and no modifier the part's words lack: "oil and condensate
    production" holds "oil and condensate production in May", not "gas production in May". A bare
    head noun takes the modifiers (`inherited`) and the subject (`inherited_names`) of the mention it repeats."""
    scope = set(_scope_words(whole_measure))
    if scope & _PEOPLE and part.words & _PEOPLE:
        scope -= _PEOPLE  # "2,779 people" holds "1,218 individuals"
    scope -= {lexicon.fold(n.lower()) for n in whole.names}  # (names are compared as places below: "US", "USA")
    names = part.names | inherited_names
    return all(any(lexicon.same_place(w, p) for p in names) for w in whole.names) \
        and scope <= part.words | inherited


# --- a bare head noun repeats the measure named before it ------------------------------------------------
# "Wool exports in the first half came to 41,300 tonnes. Exports in June alone reached 5,900 tonnes.": a later
# level whose measure is the flow's head noun alone, with no modifier of its own and no word that makes it a
# total ("total exports", "all exports"), is the measure the text named just before it, modifiers and all --
# when the few levels of that flow before it name one kind only.
_ANAPHOR_REACH = 3  # sentences back to the mention a bare head noun repeats


def _without_periods(text: str) -> str:
    """The text with the periods it names blanked: "in the first half of 2022" brings in no noun of its own."""
    for p in reversed(find_periods(text)):
        text = text[:p.start] + " " * (p.end - p.start) + text[p.end:]
    return text
_NOT_BARE = frozenset(lexicon.fold(w) for phrase in (*lexicon.OVERALL_WORDS, *lexicon.TOTAL_AFTER_WHOLE)
                      for w in phrase.split() if w not in ("the", "as", "a", "in", "across"))


def _bare(measure: str, names: frozenset[str]) -> bool:
    """Whether a measure is its head noun alone: no word narrows it and none calls it a total."""
    words = set(lexicon.folded_words(measure))
    return not words & _NOT_BARE and not _scope_words(measure) - {lexicon.fold(n.lower()) for n in names}


# "Exports in June were led by coffee, at 52,900 tonnes": a noun a preposition brings in between the head noun
# and the figure may be whose the figure is
_ANOTHER_NOUN = lazy_re.compile(r"\b(?:by|of|from|for|to|with|on|among)\s+(?:the\s+|a\s+|an\s+)?[a-z]", re.I)


def _mentions_before(document_text: str, segments: tuple[Segment, ...], members: list[Frame], i: int,
                     sentence_of: dict[str, int], head: str):
    """The levels of the flow before members[i] in the sentences within reach before its own, latest first; none
    when a sentence between the latest of them and members[i]'s names the head noun again: which mention a bare
    noun repeats is then open. (A level of its own sentence is its sibling, not a mention it repeats.)"""
    at = sentence_of.get(members[i].figure.id)
    first = True
    for earlier in reversed(members[:i]):
        e_at = sentence_of.get(earlier.figure.id)
        if at is None or e_at is None or at - e_at > _ANAPHOR_REACH:
            return
        if e_at == at:
            continue
        if first and any(head in lexicon.folded_words(document_text[segments[n].start:segments[n].end])
                         for n in range(e_at + 1, at)):
            return
        first = False
        yield earlier


def repeated_modifiers(document_text: str, segments: tuple[Segment, ...], members: list[Frame],
                       sentence_of: dict[str, int], names_of) -> dict[str, frozenset[str]]:
    """For each level of one flow (in reading order) whose measure is the bare head noun, the modifiers of the
    one kind the levels of the flow a few sentences before it name ("wool" for "Exports in June" after "Wool
    exports in the first half"); none when they name two kinds, or none, or the measure bare too; nor when a
    sentence between names the head noun again ("Petrol sales were higher.") or a noun a preposition brings in
    stands between the figure and the words before it ("Exports in June were led by coffee, at ...")."""
    inherited: dict[str, frozenset[str]] = {}
    for i, frame in enumerate(members):
        f = frame.figure
        if not _bare(f.measure, names_of(f)):
            continue
        at = sentence_of.get(f.id)
        if at is None:
            continue
        seg = segments[at]
        before = _clause(document_text, seg, seg.figures.index(f)).partition(_AT_FIGURE)[0]
        if _ANOTHER_NOUN.search(_without_periods(before)):
            continue
        at = sentence_of.get(f.id)
        kinds = set()
        for earlier in _mentions_before(document_text, segments, members, i, sentence_of, frame.head):
            own = inherited.get(earlier.figure.id) or \
                _scope_words(earlier.figure.measure) - {lexicon.fold(n.lower()) for n in names_of(earlier.figure)}
            kinds.add(own)
        if len(kinds) == 1 and frozenset() not in kinds:
            inherited[f.id] = kinds.pop()
    return inherited


def repeated_subjects(document_text: str, segments: tuple[Segment, ...], members: list[Frame],
                      sentence_of: dict[str, int], names_of) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each level of one flow (in reading order) whose clause names no subject and whose measure names no word the
    mentions before it lack (nor a total: "all exports"), the subject the levels of the flow a few sentences before it name, when they name one and the same
    ("Kenyan growers exported 41,300 tonnes in the first half. Exports in June alone reached 5,900 tonnes": the
    June exports are Kenya's), and the words of its kind those mentions all give ("growers"). None when an earlier level names no subject or another one, nor when a sentence
    between names the head noun again, or a noun a preposition brings in stands between the figure and the words
    before it: as for the modifiers a bare head noun repeats."""
    inherited: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    sentences_naming_a_subject = {sentence_of.get(m.figure.id) for m in members if names_of(m.figure)}
    for i, frame in enumerate(members):
        f = frame.figure
        at = sentence_of.get(f.id)
        if at is None or names_of(f):
            continue
        # (a word calling it a total, "total remittances", is one the mention it repeats must say too)
        own = _scope_words(f.measure) | (frozenset(lexicon.folded_words(f.measure)) & _NOT_BARE)
        seg = segments[at]
        before = _clause(document_text, seg, seg.figures.index(f)).partition(_AT_FIGURE)[0]
        if _ANOTHER_NOUN.search(_without_periods(before)):
            continue
        subjects, unnamed = set(), False
        kinds: frozenset[str] | None = None  # the words every named mention gives its kind in
        for earlier in _mentions_before(document_text, segments, members, i, sentence_of, frame.head):
            e_at = sentence_of[earlier.figure.id]
            # (the mention repeated names all the part's words: "workers' remittances" repeats "overseas Pakistani
            # workers remitted", not "remittances from the US")
            names = names_of(earlier.figure)
            if not own <= _scope_words(earlier.figure.measure) | {lexicon.fold(n.lower()) for n in names}:
                unnamed = True
            elif names:
                subjects.add(names)
                kinds = _scope_words(earlier.figure.measure) if kinds is None else kinds & _scope_words(earlier.figure.measure)
            else:
                # a level naming no subject of a sentence whose other levels name one is that subject's (the old
                # level "against $3.1 billion a year earlier"); one of a sentence naming none leaves the subject open
                unnamed = unnamed or e_at not in sentences_naming_a_subject
        if not unnamed and len(subjects) == 1:
            inherited[f.id] = (subjects.pop(), kinds)
    return inherited


_PEOPLE = frozenset(lexicon.PEOPLE_NOUNS)


_THIS_FISCAL = lazy_re.compile(rf"\bmonths\s+of\s+(?:{lexicon.alternation(lexicon.THIS_YEAR_WORDS)})\s+"
                               rf"(?:{lexicon.alternation(lexicon.FISCAL_YEAR_WORDS)})", re.I)
_FISCAL_NAMED = lazy_re.compile(rf"\bfirst\s+(?:\d{{1,2}}|{'|'.join(_COUNT_WORDS)})\s+months\s*\(\s*(?P<m1>{_MONTH})\s*"
                                rf"(?:to|-|–|through)\s*(?:{_MONTH})\s*\)\s*of\s+(?:the\s+)?(?:{lexicon.alternation(lexicon.THIS_YEAR_WORDS)}\s+)?"
                                rf"(?:{lexicon.alternation(lexicon.FISCAL_YEAR_WORDS)})", re.I)


@per_document_cache(maxsize=4)
def _fiscal_start(document_text: str) -> int | None:
    """The month (1-12) the report's fiscal year starts in, when the report names the first months of the
    year once with the months in brackets ("the first two months (July to August) of FY18")."""
    m = _FISCAL_NAMED.search(document_text)
    return None if m is None else _MONTHS[m.group("m1").lower()]


# "3,700 tonnes in the same period last year", right after the figure; not of a fiscal year, whose months the
# period read may have taken for the calendar's
_SAME_PERIOD_EARLIER = lazy_re.compile(
    rf"^\s*(?:[a-z]+\s+){{0,2}}?(?:in|for|during|over)\s+the\s+(?:{lexicon.alternation(lexicon.SAME_PERIOD_ADJECTIVES)})\s+"
    rf"(?:{lexicon.alternation(lexicon.SAME_PERIOD_NOUNS)})\s+(?:of\s+)?(?:{lexicon.alternation(lexicon.EARLIER_YEAR)})\b"
    rf"(?!\s+(?:fiscal|financial))", re.I)


_POINTING_BACK = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.POINTING_BACK_WORDS)})\s+(?:figure|number|"
                                 r"total|level|amount|value|volume)\b", re.I)


def _own_period(document_text: str, seg: Segment, k: int) -> bool:
    """Whether the words right after a level give the period the level was read with: the old level of a
    change is read only then ("against the 64.64 million barrels produced in August 2019"), not when its
    period is the change's shifted, left to the reader ("from 10,000 units")."""
    after = _clause(document_text, seg, k).partition(_AT_FIGURE)[2]
    stated = {p.period for p in find_periods(after)}
    if not stated and _SAME_PERIOD_EARLIER.search(after.split(",")[0]):
        return months_of(seg.figures[k].period) is not None  # "in the same period last year": read shifted
    return len(stated) == 1 and months_of(stated.pop()) == months_of(seg.figures[k].period) is not None


# the glue of a move's two ends side by side: "reaching #1# from #2#", "#1#, up from #2#", "from #1# to #2#"
_MOVE_GLUE = lazy_re.compile(r"^\s*(?:,\s*)?(?:(?:up|down)\s+)?(?:from|to)\s+(?:about\s+|some\s+|nearly\s+)?$")


def _ends_of_one_move(segments: tuple[Segment, ...], a: Frame, b: Frame) -> bool:
    """Whether two figures stand side by side in one sentence, joined by "from" or "to" (the two ends of one move), or
    the second set against the first ("105,457 visitors disembarked in Seychelles compared to 98,619")."""
    if a.segment != b.segment:
        return False
    first, second = sorted((a.slot, b.slot))
    glue = segments[a.segment].between(first, second)
    return second == first + 1 and bool(_MOVE_GLUE.match(glue) or len(glue) <= 80 and _SET_AGAINST.search(glue)
                                        and not _OTHER_CLAUSE.search(glue))


_OTHER_CLAUSE = lazy_re.compile(r";|\band\b|\bwhile\b|\bwhereas\b|\bbut\b")


def aggregates_within(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                      bases: frozenset[str] = frozenset()) -> list[WithinLink]:
    """Each stated flow with the shortest stated aggregate of the same flow whose months
    contain its own. The old level a change is measured from (`bases`) is left out: its period
    is the change's shifted ("a decline from the 62.10 million of September 2019"), which the
    words often leave to the reader."""
    extents: dict[str, Extent] = {}
    by_flow: dict[tuple[str, str], list[Frame]] = {}
    last_flow: dict[str, str] = {}  # the flow of the last level read, by unit
    for seg in segments:
        if seg.is_table_row:
            continue  # a table's rows and columns are the table checks'
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if not _is_candidate(frame, _HEDGES_OF_A_FLOW) or f.id in bases and not _own_period(document_text, seg, k):
                continue
            found = extent(document_text, seg, k)
            if found is not None and not found.flow and _POINTING_BACK.search(_clause(document_text, seg, k)):
                # "The corresponding figure for January to October 2019 was 616.87 million barrels": the flow
                # of the last level of its unit before it
                earlier = last_flow.get(f.unit)
                if earlier is not None:
                    found = Extent(found.first, found.last, found.names, found.running, earlier, found.words)
            if found is not None and found.flow:
                extents[f.id] = found
                by_flow.setdefault((found.flow, f.unit), []).append(frame)
                last_flow[f.unit] = found.flow
    links = []
    by_flow = _with_compared_levels(document_text, segments, frames, extents, by_flow, bases)
    sentence_of = {f.id: i for i, seg in enumerate(segments) for f in seg.figures}
    inherited: dict[str, frozenset[str]] = {}
    inherited_names: dict[str, frozenset[str]] = {}
    for members in by_flow.values():
        inherited.update(repeated_modifiers(document_text, segments, members, sentence_of,
                                            lambda f: extents[f.id].names))
        for fid, (names, kinds) in repeated_subjects(document_text, segments, members, sentence_of,
                                                     lambda f: extents[f.id].names).items():
            inherited_names[fid] = names
            inherited[fid] = inherited.get(fid, frozenset()) | kinds
    # "so far this year", read with the month of the sentence before it: the time of writing is no earlier
    # than the latest month of its year the report gives for the same flow
    # (of its own story: a month told under another headline, "Visitor arrivals to Seychelles from January 1 to
    # December 24, 2023", is another story's time of writing, not that of "98,619 in 2023 year-to-date")
    sections = _sections(document_text)
    latest: dict[tuple[str, str, int, int], int] = {}
    for (flow, unit), members in by_flow.items():
        for frame in members:
            e = extents[frame.figure.id]
            if not e.running:
                key = (flow, unit, e.last // 12, bisect_right(sections, frame.figure.span.start))
                latest[key] = max(latest.get(key, e.last), e.last)
    for (flow, unit), members in by_flow.items():
        for frame in members:
            e = extents[frame.figure.id]
            key = (flow, unit, e.last // 12, bisect_right(sections, frame.figure.span.start))
            if e.to_date and latest.get(key, e.last) > e.last:
                extents[frame.figure.id] = replace(e, last=latest[key])
    for members in by_flow.values():
        for i, part in enumerate(members):
            p = extents[part.figure.id]
            best = None
            # the nearest statements of the flow only: a measure named on every page of a
            # long report is not compared with every other page
            for whole in members[max(0, i - _REACH):i + _REACH]:
                w = extents[whole.figure.id]
                if whole is part or not p.inside(w) or (p.first, p.last) == (w.first, w.last) \
                        or not _narrower_or_same(p, w, whole.figure.measure, inherited.get(part.figure.id, frozenset()),
                                                 inherited_names.get(part.figure.id, frozenset())) \
                        or not same_unit(part.figure, whole.figure) \
                        or (whole.group and whole.group != part.group and whole.group not in _FLOW_OF_WORD) \
                        or _ends_of_one_move(segments, part, whole):
                    # (a group that is the flow's own noun, "exports", narrows nothing; the two ends of one move, "reaching
                    # $216.4 million from $170.8 in 2009", or a level and the one it is set against, "105,457 visitors
                    # disembarked ... compared to 98,619", are one measure at two times, neither inside the other)
                    continue
                # of two aggregates as long, the one naming more of the part's subject (a whole names none the part
                # lacks) is the nearer whole: "6,215 visitors from Germany in August" lies in "Germany sent 41,870
                # visitors" over the year to August before the 301,560 arrivals of every country, which hold both
                size = (w.last - w.first, -len(w.names), abs(whole.figure.span.start - part.figure.span.start))
                if best is None or size < best[0]:
                    best = (size, whole)
            if best is not None:
                links.append(WithinLink(part.figure, best[1].figure, (p.first, p.last)))
    return links


def _sections(text: str) -> list[int]:
    """Where each subheading opens a section of the text, in order."""
    return [start for start, _ in subheadings(text)]


_SET_AGAINST = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.LEVEL_SET_AGAINST)})\s+"
                               r"(?:(?:the|a|an|some|about|around|nearly|almost|roughly)\s+){0,2}$", re.I)


def _with_compared_levels(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                          extents: dict[str, Extent], by_flow: dict[tuple[str, str], list[Frame]],
                          bases: frozenset[str]) -> dict[tuple[str, str], list[Frame]]:
    """A level set against an earlier level of its sentence ("2,310 units in March 2024 from 5,480 units in
    March 2023") counts the same flow as that level, though its own clause, cut at "from", names none: it
    joins that flow, with the months its own words give."""
    added = False
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            if k == 0 or f.id in extents or not _is_candidate(frames[f.id]) \
                    or f.id in bases and not _own_period(document_text, seg, k):
                continue
            earlier = next((g for g in reversed(seg.figures[:k]) if g.unit == f.unit), None)
            if earlier is None or earlier.id not in extents or not extents[earlier.id].flow \
                    or not _SET_AGAINST.search(document_text, earlier.span.end, f.span.start) \
                    or frames[earlier.id].head != frames[f.id].head:
                continue
            found = extent(document_text, seg, k)
            after = _clause(document_text, seg, k).partition(_AT_FIGURE)[2]
            if found is None or found.flow or not found.names <= extents[earlier.id].names \
                    or not (find_periods(after) or _SAME_PERIOD_EARLIER.search(after.split(",")[0])):
                # (a flow of its own is read already; another subject is not the earlier level's; its
                # period must be its own words', after it: "from 10,000 units" carries the period before it)
                continue
            extents[f.id] = Extent(found.first, found.last, found.names, found.running, extents[earlier.id].flow,
                                   found.words)
            by_flow.setdefault((extents[f.id].flow, f.unit), []).append(frames[f.id])
            added = True
    if added:  # each flow's levels in reading order again: the nearest are read first
        for members in by_flow.values():
            members.sort(key=lambda frame: frame.figure.span.start)
    return by_flow


_WEEK = lazy_re.compile(rf"(?<!same )\b(?:{lexicon.alternation(lexicon.CURRENT_WEEK)})\b"
                        r"(?!\s+(?:before|earlier|ending|ended|to|of|last|a\s+year)\b)", re.I)
_CUMULATIVE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CUMULATIVE_WORDS)})\b", re.I)
_PERFECT = lazy_re.compile(r"^[^.;]*?\b(?:had|have|has)\s+been\b")
_A_YEAR = lazy_re.compile(r"\b(?:19|20)\d\d\b")
_WEEK_REACH = 12  # sentences: a bulletin gives the week's count and the running total on one page


def _last_match(pattern, text: str):
    found = None
    for found in pattern.finditer(text):
        pass
    return found


def weeks_within_running_totals(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                                bases: frozenset[str] = frozenset()) -> list[WithinLink]:
    """A weekly bulletin's count for the week ("During the week under review, 14 states reported 2,984
    cases"; "The week also saw 72 deaths") within its running total of the same count ("As at 15 August,
    47,603 cases in all, including 1,768 deaths"): the nearest in a few sentences, of the same head noun (a
    flow's) and unit, naming no subject the week's words lack. The week's sentence says nothing cumulative, the
    total's says nothing of the week, and neither names a year the other does not."""
    weeks, totals = [], {}
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if not _is_candidate(frame) or f.id in bases or lexicon.fold(frame.head or "") not in _FLOW_OF_WORD:
                continue  # a stock ("900 patients in hospital") is no sum of the weeks
            # the words before the figure in its sentence, as far as a clause's opening reaches
            lead_start = max(seg.start, f.span.start - _LEAD)
            lead = document_text[lead_start:f.span.start]
            after = seg.after(k, 60)
            week = _last_match(_WEEK, lead)
            # "47,603 cases in all"; "as at 15 August, 47,603 cases had been reported": a date and a perfect
            cumulative = _CUMULATIVE.search(lead + " " + after[:40].split("#")[0]) \
                or _AT_DATE.search(lead) and _PERFECT.search(after)
            if week and not cumulative:
                # the week's own count is the first figure of its head after the words of the week: those
                # after it ("2,984 cases - Bauchi (1,306), ...") are its parts
                if not any(frames[g.id].head == frame.head for g in _figures_from(seg, k, lead_start + week.end())):
                    weeks.append((i, seg, k, frame))
            elif cumulative and not week:
                totals.setdefault(i, []).append((seg, k, frame))
    links = []
    for i, seg, k, part in weeks:
        near = [t for j in range(i - _WEEK_REACH, i + _WEEK_REACH + 1) for t in totals.get(j, ())
                if t[2].head == part.head and same_unit(t[2].figure, part.figure)
                and (not t[2].group or t[2].group == part.group)]
        if not near:
            continue
        wseg, wk, whole = min(near, key=lambda t: abs(t[2].figure.span.start - part.figure.span.start))
        if set(_years_around(document_text, part.figure)) - set(_years_around(document_text, whole.figure)):
            continue  # "the same week of 2020": another year's week
        part_names = names_near(document_text, seg, k)
        if all(any(lexicon.same_place(w, p) for p in part_names) for w in names_near(document_text, wseg, wk)):
            links.append(WithinLink(part.figure, whole.figure, None))
    return links


_LEAD = 160


def _figures_from(seg: Segment, k: int, start: int):
    """The figures of `seg` before the k-th that begin at `start` or later, nearest first."""
    for g in reversed(seg.figures[:k]):
        if g.span.start < start:
            return
        yield g


def _years_around(document_text: str, figure: Figure) -> list[str]:
    """The years named in the words around a figure, as far as its sentence's clauses reach."""
    return _A_YEAR.findall(document_text, max(0, figure.span.start - _LEAD), figure.span.end + _LEAD)


@dataclass(frozen=True)
class MemberLink:
    """One named member's level and the total its words give for the whole country or state:
    "Lower Saxony, with 7.37 GW, ...; the national total is 63.8 GW"."""
    part: Figure
    whole: Figure
    # False when only the measure, unit and period tie the two (a subgroup's level and the level of
    # its measure that names no subgroup, sentences apart): a part above it is then only doubtful
    sure: bool = True
    # the names of the member a subgroup reading found (empty for the other readings): members of one whole
    # with names in common may overlap, those without are added up
    member: frozenset[str] = frozenset()


# "Cement, the country's largest source of mineral royalties, will bring in": a subject set off as the largest part
# of a whole the words name, then its own figure
_MAIN_PART_OF = lazy_re.compile(
    rf",\s+(?:the|its|their|[a-z]+['’]s)\s+(?:(?:country|nation|state|city|region|sector)['’]s\s+)?"
    rf"(?:{lexicon.alternation(lexicon.MAIN_PART_ADJECTIVES)})\s+(?:single\s+)?(?:{lexicon.alternation(lexicon.MAIN_PART_NOUNS)})s?"
    rf"\s+(?:of|to|in)\s+(?P<whole>[a-z][a-z'’ -]{{2,60}}?)"
    # (a place or time after the whole's name is not part of it: "of mineral royalties in the country")
    rf"(?:\s+(?:in|across|for|during|nationwide|worldwide|this|last)\b[^,#;]{{0,30}})?\s*,(?P<rest>[^#;]{{0,60}})#(?P<slot>\d+)#")
_SOURCE_REACH = 3  # sentences back to the whole a part's words name


def main_parts_of_a_named_whole(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                                bases: frozenset[str] = frozenset()) -> list[MemberLink]:
    """A figure whose subject is set off as the largest part of a whole the words name ("Cement, the country's
    largest source of mineral royalties, will bring in Sh651.7 billion"), with the one level of its unit,
    period and modality in that sentence or the few before (in the paragraph or the one before) whose clause holds
    every word of that whole ("income from mineral royalties is forecast to fall ... to Sh1.4 billion")."""
    links = []
    for i, seg in enumerate(segments):
        if seg.is_table_row or not seg.figures:
            continue
        for m in _MAIN_PART_OF.finditer(seg.skeleton):
            k = int(m.group("slot"))
            if k >= len(seg.figures):
                continue
            part = seg.figures[k]
            fp = frames[part.id]
            if not fp.is_level or part.id in bases or not written_in_digits(part):
                continue
            # (by stems: "tourism earnings" is named by "Tourism earned $3.2 billion")
            named = {lexicon.stem(w) for w in lexicon.folded_words(m.group("whole"))} - _NAMES_NO_WHOLE
            if not named:
                continue
            wholes = [(s, j) for s in segments[max(0, i - _SOURCE_REACH):i + 1] if not s.is_table_row
                      and seg.paragraph - 1 <= s.paragraph <= seg.paragraph
                      for j, w in enumerate(s.figures) if w is not part and (s is not seg or j < k)
                      and frames[w.id].is_level and written_in_digits(w) and same_unit(w, part)
                      and frames[w.id].modality == fp.modality and (not w.period or not part.period or w.period == part.period)
                      and named <= {lexicon.stem(w) for w in clause_words(document_text, s, j)}]
            if len(wholes) != 1:
                continue
            s, j = wholes[0]
            if sum(same_unit(f, part) and frames[f.id].is_level for f in s.figures if f is not part) != 1:
                continue  # "earned $3.2 billion in the first half and $2.9 billion in the second": which is the whole
            links.append(MemberLink(part, s.figures[j]))
    return links


# (the words of a named whole that name no thing: "the country's total mineral royalties")
_NAMES_NO_WHOLE = frozenset({"the", "a", "an", "of", "in", "on", "for", "to", "and", "its", "their", "total", "all"})


_SCOPE_TOTAL = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.SCOPE_TOTALS)})\b", screened=True)


_SCOPE_WORDS = frozenset(w for phrase in lexicon.SCOPE_TOTALS for w in phrase.split())
# ("per" of an average, not of "per cent": "fell by 1.3 per cent to 15,890" is a level)
_AVERAGE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.INTENSIVE_WORDS)}|rate|ratio|share|index)\b(?!\s+cent\b)", screened=True)


def _says_scope_total(words: str) -> bool:
    """Whether the words call a figure a national or statewide total: in lower case, or capitalised
    only where they open the words ("Nationwide, 1,134 ..."; "the National Unity Party" is a name)."""
    return any(words[m.start()].islower() or not words[:m.start()].strip()
               for m in _SCOPE_TOTAL.finditer(words.lower()))
_SCOPE_FREE_OF_TOTALS = _SCOPE_FREE | {lexicon.fold(w) for w in _SCOPE_WORDS} | {
    "is", "was", "were", "are", "stood", "came", "reached", "recorded", "reported", "put", "at"}


# a count before a superlative ("the five largest places", "the three most populous districts") or after "top"
# ("the top ten markets") counts the members a ranking lists, not the measure they are ranked by
_RANKED_COUNT_AFTER = lazy_re.compile(
    rf"\s+(?:{lexicon.alternation(cues.SUPERLATIVES_HIGH + cues.SUPERLATIVES_LOW)})\b", re.I)
_TOP_BEFORE = lazy_re.compile(r"\btop\s*$")


# a place named right after a figure narrows it to that member: "across the country, 135 in Sindh"
_PLACE_RIGHT_AFTER = lazy_re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:in|at|from)\s+(?:the\s+)?(?P<name>[A-Z][A-Za-z&'-]+)")


def member_totals(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                  bases: frozenset[str] = frozenset()) -> list[MemberLink]:
    """Each stated level its clause calls a national (or statewide) total, with the levels of
    named members in its sentence or the next or previous one of its paragraph: same unit, and
    either the total names no measure of its own ("the national total is 63.8 GW") or its head
    noun is in the member's clause. A member names someone the total does not."""
    links = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, w in enumerate(seg.figures):
            frame = frames[w.id]
            if not _is_candidate(frame) or w.id in bases:
                continue
            before, _, after = _clause(document_text, seg, k).partition(_AT_FIGURE)
            if not _says_scope_total(before[-40:] + " " + after[:20]) or _AVERAGE.search((before + after).lower()):
                continue  # "the national average of 45.2": an average, which one member may exceed
            if _RANKED_COUNT_AFTER.match(document_text, w.span.end) or _TOP_BEFORE.search(before[-20:].lower()):
                continue  # "the five largest places ... New York, 8,175,133": the count of the members ranked, not their total
            own = set(lexicon.folded_words(w.measure)) - _SCOPE_FREE_OF_TOTALS
            whole_names = {n for n in _names_near(document_text, seg, w, before, after) if n.lower() not in _SCOPE_WORDS}
            placed = _PLACE_RIGHT_AFTER.match(after)
            if placed and placed.group("name") in whole_names:
                continue  # "283 factories across the country, 135 in Sindh and 148 in Punjab": 135 is Sindh's, a member
            near = [s for s in segments[max(0, i - 1):i + 2] if s.paragraph == seg.paragraph and not s.is_table_row]
            for other in near:
                for j, p in enumerate(other.figures):
                    pf = frames[p.id]
                    if p is w or not _is_candidate(pf) or p.id in bases or not same_unit(p, w) or p.period != w.period:
                        continue
                    p_before, _, p_after = _clause(document_text, other, j).partition(_AT_FIGURE)
                    if _says_scope_total(p_before[-40:] + " " + p_after[:20]) or _AVERAGE.search((p_before + p_after).lower()):
                        continue
                    names = _names_near(document_text, other, p, p_before, p_after)
                    if not names - whole_names or not whole_names <= names:
                        continue  # no member named (another measure of the whole), or the total is someone else's
                    words = set(lexicon.folded_words(p_before + " " + p_after + " " + p.measure))
                    if (not own and other is seg) or (frame.head and frame.head in words):
                        links.append(MemberLink(p, w))
    return links


# "48,905 tonnes from Jimma zone, within Oromia": after the part's own words, the member that contains it
# (or before it, in its clause: "mills in Hyderabad, inside Sindh, bought 4,100 tonnes")
_WITHIN_NAMED = lazy_re.compile(r",\s*(?:which\s+is\s+|that\s+is\s+)?(?:within|inside|(?:a\s+)?part\s+of)\s+"
                                r"(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*(?=[,.;)]|$)")


def named_containers(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                     bases: frozenset[str] = frozenset()) -> list[MemberLink]:
    """A member's level that its words place inside another named member ("48,905 tonnes from Jimma zone,
    within Oromia"), with the level of that member in its sentence or the one before in its paragraph
    ("131,420 tonnes from Oromia"): the nearest before it of its unit whose own words name the container
    and nothing the part's words do not."""
    links = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, part in enumerate(seg.figures):
            frame = frames[part.id]
            if not _is_candidate(frame) or part.id in bases:
                continue
            m = _WITHIN_NAMED.search(_clause(document_text, seg, k))
            if m is None:
                continue
            container = set(m.group("name").split()) - _NOT_NAMES
            part_names = names_near(document_text, seg, k)
            near = [(seg, j) for j in range(k - 1, -1, -1)]
            if i > 0 and segments[i - 1].paragraph == seg.paragraph and not segments[i - 1].is_table_row:
                near += [(segments[i - 1], j) for j in range(len(segments[i - 1].figures) - 1, -1, -1)]
            for other, j in near:
                whole = other.figures[j]
                if not _is_candidate(frames[whole.id]) or whole.id in bases or not same_unit(whole, part) \
                        or whole.period != part.period:
                    continue
                names = names_near(document_text, other, j)
                if container and container <= names and names <= part_names:
                    links.append(MemberLink(part, whole))
                    break
    return links


# --- counts beyond a duration -----------------------------------------------------------------------
# "8,998 people had been waiting more than 18 months", "396,643 had waited over 52 weeks": a count of
# those beyond a stretch of time. Of the same thing counted at the same time, those beyond the longer
# stretch are among those beyond the shorter one.
_BEYOND_DURATION = lazy_re.compile(
    r"\b(?:more\s+than|longer\s+than|over|at\s+least|beyond|in\s+excess\s+of)\s+"
    r"(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\b", re.I)
# the days a stretch may hold, fewest and most
_DAYS = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}
# the words of a threshold, which say nothing of what is counted
_THRESHOLD_WORDS = frozenset({"more", "than", "longer", "over", "least", "beyond", "excess", "day", "week", "month",
                              "year", "all", "had", "have", "has", "been", "were", "was", "people", "in"})
_DURATION_REACH = 12  # sentences: a release gives its waits beyond several stretches on one page


def _beyond(document_text: str, seg: Segment, k: int, stretch: dict[str, str]) -> tuple[int, int] | None:
    """The fewest and most days of the stretch a count is beyond, when its clause says so right after it."""
    _, _, after = _clause(document_text, seg, k).partition(_AT_FIGURE)
    m = _BEYOND_DURATION.search(after[:90])
    if m is None or re.search(r"\d", after[:m.start()]):
        return None
    stretch[seg.figures[k].id] = " ".join(m.group().split())
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else 1 if n in ("a", "an") else WORD_VALUES.get(n)
    if not count:
        return None
    low, high = _DAYS[m.group("unit").lower().rstrip("s")]
    return count * low, count * high


def counts_beyond_durations(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                            bases: frozenset[str] = frozenset()) -> list[WithinLink]:
    """Each count of those beyond a stretch of time ("8,998 people had been waiting more than 18 months")
    within the nearest count, a few sentences away, of the same head noun, period and unit beyond a
    shorter stretch ("396,643 people in all had waited over 52 weeks"), whose clause shares a word of
    what is counted ("wait") and names no subject the other's lacks."""
    found: list[tuple[int, Frame, tuple[int, int], frozenset[str], frozenset[str], frozenset[str]]] = []
    stretch: dict[str, str] = {}  # each count's stretch as written ("more than 18 months")
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if f.kind is not Kind.COUNT or not _is_candidate(frame) or not frame.head:
                continue
            days = _beyond(document_text, seg, k, stretch)
            if days is not None:
                words = frozenset(lexicon.stem(w) for w in clause_words(document_text, seg, k)) - _THRESHOLD_WORDS
                years = frozenset(_A_YEAR.findall(document_text, seg.start, seg.end))
                found.append((i, frame, days, words, names_near(document_text, seg, k), years))
    links = []
    at = [entry[0] for entry in found]  # the sentences, in reading order: each count reads its few neighbours only
    for i, part, (p_low, _), p_words, p_names, p_years in found:
        best = None
        near = found[bisect_left(at, i - _DURATION_REACH):bisect_right(at, i + _DURATION_REACH)]
        for j, whole, (_, w_high), w_words, w_names, w_years in near:
            # (the years the two sentences name as well as the periods read: "In 2021, ... In 2023, ...")
            if abs(i - j) > _DURATION_REACH or whole is part or w_high >= p_low or whole.head != part.head \
                    or p_years and w_years and p_years != w_years \
                    or whole.figure.period != part.figure.period or not same_unit(part.figure, whole.figure) \
                    or whole.figure.unit != part.figure.unit or not (p_words & w_words - _MINOR) \
                    or not w_names <= p_names:
                continue
            distance = abs(whole.figure.span.start - part.figure.span.start)
            if best is None or distance < best[0]:
                best = (distance, whole, (stretch[part.figure.id], stretch[whole.figure.id]))
        if best is not None:
            links.append(WithinLink(part.figure, best[1].figure, None, best[2]))
    return links


_MINOR = frozenset({"the", "a", "an", "of", "to", "for", "and", "at", "by", "on", "end", "begin", "start"})


# --- a named subgroup's level inside the level of its measure for everyone ----------------------------
# "In 2023, 50,200 new homes were consented." ... "Northport consented 21,700 new homes in 2023.": the
# level of one named member (a region, a company, a country) or of one category given by a phrase after
# the head ("deaths from cancer") lies inside the level of the same head noun, unit and stated period
# whose words name no member and no category. Sentences apart, only the words tie them: a part above the
# whole is doubtful, unless the whole's words say it is a total ("in all", "a total of", "combined").
_SUBGROUP_REACH = 12  # sentences
_CATEGORY = lazy_re.compile(r"\b(?:from|in|to|by|among|at)\s+(?:the\s+)?(?P<what>[a-z][a-z'-]+)", re.I)
_TOTAL_MARK = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.TOTAL_AFTER_WHOLE + lexicon.OVERALL_WORDS)}"
                              rf"|{lexicon.alternation(lexicon.TOTAL_BEFORE_WHOLE)})\b", re.I)
_NOT_A_SUBGROUP = frozenset(lexicon.fold(w) for w in (*_SCOPE_FREE, "year", "month", "quarter", "period", "week",
                                                        "which", "this", "that", "its", "their", "his", "her"))
_NET_BALANCES = frozenset(lexicon.fold(w.split()[-1]) for w in (*lexicon.BALANCE_RESULTS_IN_LESS_OUT,
                                                                *lexicon.BALANCE_RESULTS_OUT_LESS_IN))


def _agent_before(measure: str, head: str, document_text: str) -> str:
    """The common noun right before a flow's verb in its measure, who did it ("trawlers landed" -> "trawler"), or ""
    (a name, a word of scope or of no kind, or a whole territory: "the country exported")."""
    words = [lexicon.fold(w) for w in measure.lower().split()]
    if head not in words or words.index(head) == 0:
        return ""
    agent = words[words.index(head) - 1]
    if not agent.isalpha() or agent in _SCOPE_FREE or agent in _NOT_A_SUBGROUP or agent in _NOT_A_KIND \
            or agent in _WHOLE_TERRITORIES or agent in _FLOW_OF_WORD or not _common_word(agent, document_text):
        return ""
    return agent


# "The wholesale value of their landings ... amounted to €187,317": a level a pronoun owns is a member's named before
# it, no whole of the others
_OWNED_BY_PRONOUN = lazy_re.compile(r"\b(?:their|its|his|her)\b")
_WHOLE_TERRITORIES = frozenset(lexicon.fold(w) for w in lexicon.WHOLE_TERRITORY_NOUNS)


def _category(measure: str, head: str) -> str:
    """The category a phrase after the measure's head gives: "deaths from cancer" -> "cancer"."""
    words = measure.lower().split()
    for i, w in enumerate(words):
        if lexicon.fold(w) == head:
            m = _CATEGORY.match(" ".join(words[i + 1:]))
            if m and lexicon.fold(m.group("what")) not in _NOT_A_SUBGROUP and not _MONTH_WORD.match(m.group("what")):
                return lexicon.fold(m.group("what"))
            return ""
    return ""


_MONTH_WORD = lazy_re.compile(rf"^(?:{_MONTH})$", re.I)
# "MTN alone had 95.1 million subscribers": a named member the words set apart as one part of what was just totalled
_ALONE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.ALONE_WORDS)})\b", re.I)
# "deaths of cyclists", "admissions for falls": a flow's own noun, then "of" or "for" and the kind of it counted
_FLOW_KIND = lazy_re.compile(r"\b(?P<head>[A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?(?P<what>[a-z][a-z'-]+)", screened=True)


def _flow_kind(text: str) -> tuple[str, str]:
    """The flow noun and the kind an "of" or "for" phrase right after it names, in the last such phrase of
    `text`: ("death", "cyclist") for "deaths of cyclists"; ("", "") when none."""
    found = ("", "")
    for m in _FLOW_KIND.finditer(text):
        head, what = lexicon.fold(m.group("head").lower()), lexicon.fold(m.group("what"))
        if head in _FLOW_OF_WORD and what not in _NOT_A_SUBGROUP and what not in _NOT_A_KIND \
                and what not in _FLOW_OF_WORD and what not in _PEOPLE and not _MONTH_WORD.match(m.group("what")):
            found = (head, what)
    return found
# "£17.1m in claims a day": a rate per stretch of time, not a level of the period
# ("compared with a year earlier" is a time, not a rate)
_PER_STRETCH = lazy_re.compile(r"^[^,;.]{0,30}?\b(?:a|per|each|every)\s+(?:day|week|month|year|hour|quarter)\b"
                               r"(?!\s+(?:earlier|ago|before|back|previously)\b)", re.I)
# words that open a sentence and are no one's name
_OPENERS = frozenset({"There", "Here", "When", "Where", "What", "Which", "Who", "Such", "Both", "Each", "Every",
                      "Most", "More", "Many", "Only", "Just", "Last", "Next", "Then", "Now", "Still", "Yet"})
# a name that says the sentence ('..., a rise of 11.5%," Kamau said'), not whom its figures are for
_SPEAKER = lazy_re.compile(rf"\s+(?:{lexicon.alternation(cues.SAYING_VERBS + cues.REPORTING_VERBS)})\b")
# members named together ("Malaysian and Turkish operations together", "Kenya, Uganda and Tanzania"): a union
_NAMES_JOINED = lazy_re.compile(r"\b[A-Z][\w'’-]*,?\s+(?:and|&|plus)\s+[A-Z][\w'’-]*|\b(?:together|combined|jointly)\b")


def subgroups_within_totals(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                            bases: frozenset[str] = frozenset()) -> list[MemberLink]:
    """Each level of a named member or category within the nearest level, a few sentences away, of the
    same head noun, unit and period that names neither. Levels are read once and indexed by head noun,
    unit and period; each reads the few of its own key near it."""
    index: dict[tuple[str, str, str], list] = {}
    by_measure: dict[tuple[str, str], list] = {}  # the same levels by measure and unit, any period
    later: list = []  # members whose sentence names no period: the text's last period is theirs
    pointing: set[str] = set()  # ... those whose words point back to a stretch of time ("during the quarter")
    modifiers: dict[str, frozenset[str]] = {}  # the kind the words before each level's head noun name
    opening_kinds: set[str] = set()  # levels whose sentence opens on their kind: "Full-time employment was ..."
    running: set[str] = set()  # levels for a running span ("the year up to July"), not the month their period names
    listed: list = []  # members on the lines of a list whose lead gives their measure and period
    inline: list = []  # members listed as "Name with N, Name with N" in a sentence that names no measure or period
    levels: list = []  # every level that may be a whole, in reading order
    mentions: dict[tuple[str, str], list] = {}  # each measure's levels in reading order: (sentence, id, names, ...)
    kinds: dict[str, str] = {}  # the kind an "of" or "for" phrase after the flow's noun names: "deaths of cyclists"
    lead = None  # the lead of the list whose lines are being read: (sentence, its folded words, its periods)
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            lead = None
            continue
        if lead is not None and (seg.paragraph - segments[i - 1].paragraph > 1 or seg.end - seg.start > _LINE_LENGTH
                                 or i - lead[0] > _LIST_LINES or not seg.figures
                                 or document_text[:seg.start].rstrip(" \t")[-1:] not in ("\n", "")):
            lead = None  # (a list's lines each begin a line and give a figure: prose after it ends the list)
        if lead is not None and seg.figures:
            f = seg.figures[0]
            line_before, _, line_after = _clause(document_text, seg, 0).partition(_AT_FIGURE)
            names = _names_near(document_text, seg, f, line_before, line_after) - _OPENERS
            if not frames[f.id].head and names and f.id not in bases and _is_candidate(frames[f.id]) \
                    and not find_periods(_BRACKETED.sub(" ", line_before + " " + line_after)):
                listed.append((i, f, names, lead))
        if document_text[seg.start:seg.end].rstrip().endswith(":"):
            said = document_text[seg.start:seg.end]
            lead = (i, frozenset(lexicon.folded_words(said)), frozenset(p.period for p in find_periods(said)),
                    bool(_RUNNING_TO_MONTH.search(said) or _FIRST_MONTHS.search(said) or _YEAR_TO_DATE.search(said)))
        items = [(f, frozenset(m.group("name").split()) - _NOT_NAMES) for f in seg.figures
                 for m in (_NAME_WITH.search(document_text, max(seg.start, f.span.start - 60), f.span.start),)
                 if m and _is_candidate(frames[f.id]) and f.id not in bases]
        sentence = _SentenceAsAWhole(document_text, seg)
        if len(items) > 1:
            # the periods the sentence names, and those of the list itself: a period before the list is a whole's
            # of the same sentence ("landed 3,480 salmon in 2023: Kellow with 910, ..."), else the list's own
            start = _NAME_WITH.search(document_text, max(seg.start, items[0][0].span.start - 60),
                                      items[0][0].span.start).start()
            inline.append((i, items, sentence.names_a_period_outside_brackets,
                           bool(find_periods(_BRACKETED.sub(" ", document_text[start:seg.end])))))
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            head = lexicon.fold(frame.head or "")
            if not _is_candidate(frame) or f.id in bases or not head or head in _NET_BALANCES \
                    or head in _NOT_A_SUBGROUP:
                continue
            clause = _clause(document_text, seg, k)
            before, _, after = clause.partition(_AT_FIGURE)
            if _AVERAGE.search((before + after).lower()) or _PER_STRETCH.match(after):
                continue  # an average or a rate per day, which a member may exceed
            # a level whose sentence names no period at all is of the period the text gave last: it may be a
            # member of the level before it (its period carried), never a whole (a period from elsewhere)
            carried = not find_periods(clause)
            if not carried and not f.period:
                continue
            if carried and (f.period_source not in _CARRIED_SOURCES or sentence.names_a_period_outside_brackets
                            or _YEAR_TO_DATE.search(clause)):
                continue  # (a period in brackets is an aside's: "(up 6.6 percent on the year ended November 2021)";
                # "Since the start of the year, 31,050 visitors have arrived" runs over more than the month carried)
            kind = _kind_opening(document_text, seg, f)
            if kind:
                opening_kinds.add(f.id)
            speakers = sentence.speakers | kind
            names = _names_near(document_text, seg, f, before, after) - _OPENERS - speakers
            # every name of the sentence: a whole is for everyone only if its sentence names nobody else
            # ("Assam's output rose to 499.9 million kg, against 487.4 million kg": 487.4 is Assam's too)
            sentence_names = sentence.names - kind
            union = bool(_NAMES_JOINED.search(before[-60:] + " " + after[:40]))
            category = _category(f.measure, head)
            kind = ""
            if not category:
                # "Deaths of cyclists fell to 210", "Admissions for falls rose to 2,130": a kind named after the
                # flow's noun, in its measure or in the words of its clause before it; a part of the flow's level
                # as a category is, a whole as a kind before the noun is ("Exports of machinery" are machinery
                # exports)
                flow_head, kind = _flow_kind(f.measure)
                if not kind:
                    flow_head, kind = _flow_kind(before[-60:])
                if not kind or _FLOW_OF_WORD.get(flow_head) != (_FLOW_OF_WORD.get(head) or _FLOW_OF_WORD.get(flow_head)) \
                        or not _common_word(kind, document_text):
                    kind = ""
            if not category and not kind and not names and head in _FLOW_VERBS:
                # "Trawlers landed 298,400 tonnes": who did the flow, a common noun right before its verb, is the
                # category of its makers the level is for (a part of all landings, and no whole of others), when no
                # name says whose it is ("Punjab's mills despatched" is Punjab's)
                category = _agent_before(f.measure, head, document_text)
            if category and not _common_word(category, document_text):
                category = ""  # "arrivals in Sri Lanka": a place the whole is for, no category of it
            total = bool(_TOTAL_MARK.search(before[-40:] + " " + after[:30]))
            # a flow is one measure whatever noun counts it ("18,450 cars were registered", "19,020 registrations")
            families = {_FLOW_OF_WORD[w] for w in lexicon.folded_words(clause + " " + f.measure) if w in _FLOW_OF_WORD}
            measure = _FLOW_OF_WORD.get(head) or (next(iter(families)) if len(families) == 1 else head)
            # a whole's sentence names no flow its own words do not: "exports as well as imports recorded ...,
            # against 424,555 tons handled in 2016" is no total of transit traffic
            entry = (i, frame, names, category, total, union, sentence_names, not sentence.flows - {measure} - families)
            modifiers[f.id] = _modifiers(f.measure, head, names) | ({kind} if kind else set())
            if kind:
                kinds[f.id] = kind
            mentions.setdefault((measure, f.unit), []).append((i, f.id, names, category or kind, total))
            if carried:
                # ("Administrative agency appeals dropped to 10,382" after "Appeals ... fell to 58,410": a kind
                # opening its sentence, named before the head noun, is a member too)
                opening_kind = " ".join(sorted(modifiers[f.id])) if f.id in opening_kinds else ""
                if (names or category or kind or opening_kind) and not total:
                    if STRETCH_POINTING_BACK.search(clause):
                        pointing.add(f.id)  # ("during the quarter": the level's period is the one its words point to)
                    later.append((measure, f.unit, (*entry[:3], category or kind or opening_kind, *entry[4:]),
                                  lexicon.folded_words(clause + " " + f.measure),
                                  bool(names and _ALONE.search(before[-50:] + " " + after[:25]))))
                continue
            if _GAP_AFTER.match(after):
                continue  # "was 851 (1.5 per cent) lower than in 2015": a gap between two levels, no level
            index.setdefault((measure, f.unit, f.period), []).append(entry)
            if f.period_source in _OWN_SOURCES:
                # (a whole for members whose words name no period gives its own: "fell to 1,408 offences, the
                # lowest since 2015/16" is of the report's year only by default)
                by_measure.setdefault((measure, f.unit), []).append(entry)
                levels.append(entry)
            spans = extent(document_text, seg, k)
            if spans is not None and spans.running:
                running.add(f.id)
    repeated = _repeated_kinds(mentions, modifiers)
    for fid, kind in repeated.items():
        modifiers[fid] = modifiers[fid] | kind
    home = _home_names(document_text, segments)
    at_of = {key: [entry[0] for entry in entries] for key, entries in by_measure.items()}  # each level's sentence
    links = _carried_members(later, by_measure, at_of, home, running, pointing) \
        + _listed_members(listed, by_measure, at_of, home, running) \
        + _members_with(inline, levels, home, frames)
    for entries in index.values():
        if len(entries) < 2:
            continue
        at = [entry[0] for entry in entries]  # sentences in reading order: each part reads its few neighbours
        for i, part, names, category, total, union, _, _ in entries:
            category = category or kinds.get(part.figure.id, "")
            mods = modifiers[part.figure.id] - {category}
            if not names and not category and not mods:
                continue  # no member and no category named: not a subgroup ("Uganda's total" is Uganda's)
            best = None
            near = entries[bisect_left(at, i - _SUBGROUP_REACH):bisect_right(at, i + _SUBGROUP_REACH)]
            for j, whole, w_names, w_category, w_total, _, w_sentence, one_flow in near:
                # a kind the words before the head noun name, narrower than the level of the same head noun, unit
                # and period whose words name fewer of them: "mobile data subscriptions" in "total mobile
                # subscriptions", "urban jobs" in "jobs" (sure only when the whole's words call it a total; else
                # only doubtful above it: "dwelling completions" are all completions, a noun before a noun need
                # not narrow it)
                narrower = not names and not category and not w_names and not w_sentence \
                    and modifiers[whole.figure.id] < mods
                # a whole narrowed by a kind the part's words do not name: two levels each narrowed by a kind of
                # its own are siblings ("Exports of goods totalled $4.82 billion" is no part of "Dairy exports came
                # to $1.12 billion"); a named member's level may leave the kind unsaid ("Remittances from Norway"
                # within "workers' remittances"), but is then only doubtful above it ("exports to China" and
                # "dairy exports")
                # (a kind the part's own name spells is named: "Coal India Ltd" within "coal production")
                unnamed_kinds = modifiers[whole.figure.id] - mods - {category} - {lexicon.fold(n.lower()) for n in names}
                siblings = bool(mods or category) and bool(unnamed_kinds)
                # a kind the part names within a level that names none, before it: "Urban employment was 1.96
                # million" after "Employment rose to 2.84 million" (a bare head noun after the narrowed level
                # may repeat it: "from 524 completions to 1,333" after "5,021 new dwelling completions" counts
                # apartments); a part that opens its sentence on its kind, or a whole called a total, may be
                # on either side
                if narrower and j > i and not w_total and part.figure.id not in opening_kinds:
                    narrower = False
                # (a whole whose words pick out some of its kind, "190 candidates with special needs scored",
                # counts those only: no total of the kind's members)
                if whole is part or j == i or w_category or union and w_sentence or not one_flow or siblings \
                        or measures.a_subgroup(segments[j], whole.slot) \
                        or _OWNED_BY_PRONOUN.search(whole.figure.measure) \
                        or category and not names and not modifiers[whole.figure.id] <= mods \
                        or not all(any(lexicon.same_place(w, p) for p in names) for w in w_sentence - home) \
                        or not (names - w_names or category or narrower) or not same_unit(part.figure, whole.figure):
                    continue
                if best is None or abs(i - j) < best[0]:
                    best = (abs(i - j), whole, w_total and not unnamed_kinds,
                            mods - modifiers[whole.figure.id] if narrower else frozenset())
            if best is not None:
                links.append(MemberLink(part.figure, best[1].figure, sure=best[2],
                                        member=frozenset() if union else names | ({category} if category else set())
                                        | best[3]))
    return links


def _repeated_kinds(mentions: dict[tuple[str, str], list], modifiers: dict[str, frozenset[str]]) \
        -> dict[str, frozenset[str]]:
    """The kind a bare head noun repeats: a level that names no kind, no member and no total ("Admissions rose to
    21,300") a few sentences after levels of its measure that name one kind ("Emergency admissions numbered
    18,450") is of that kind, and no wider whole of it."""
    found: dict[str, frozenset[str]] = {}
    for entries in mentions.values():
        for n, (i, fid, names, category, total) in enumerate(entries):
            if names or category or total or modifiers.get(fid):
                continue  # ("Exports of tea" after "Coffee exports" is no kind of coffee exports: a kind of its own)
            kinds = set()
            for m in range(n - 1, -1, -1):
                j, earlier = entries[m][0], entries[m][1]
                if i - j > _ANAPHOR_REACH:
                    break
                if j != i:
                    kinds.add(found.get(earlier) or modifiers.get(earlier, frozenset()))
            # (a bare mention before it too: the text names the measure bare, and the bare noun is that measure)
            if len(kinds) == 1 and frozenset() not in kinds:
                found[fid] = kinds.pop()
    return found


def _modifiers(measure: str, head: str, names: frozenset[str]) -> frozenset[str]:
    """The words before a measure's head noun that name a kind of it ("criminal" in "criminal appeals"), less
    the words that say nothing of its scope ("total", "new"), its period and its members' names."""
    raw = [w for w in measure.lower().split() if w not in _TERRITORY_POSSESSIVES]
    words = [lexicon.fold(w) for w in raw]
    if head not in words:
        return frozenset()
    folded_names = {lexicon.fold(n.lower()) for n in names}
    before = words[:words.index(head)]
    # (a kind of place right after a name is the name's: "Nyeri county produced", no kind of the production)
    places = {w for w, previous in zip(before[1:], before) if w in _PLACE_KINDS and previous in folded_names}
    if before and head in _FLOW_VERBS:
        # a flow told by its verb ("Punjab's mills despatched 6.2 million tonnes", "trawlers landed"): the noun
        # right before the verb is who did it, a member of those who make the flow, no kind of what flows
        before = before[:-1]
    return frozenset(w for w in before if w.replace("-", "").isalpha() and w not in _SCOPE_FREE
                     and w not in _NOT_A_SUBGROUP and w not in _FLOW_OF_WORD and w not in folded_names
                     and w not in _NOT_A_KIND and w not in places)


# "the country's coal production": the whole territory in the possessive names the measure's place, no kind of it
_TERRITORY_POSSESSIVES = frozenset(f"{noun}{mark}" for noun in lexicon.WHOLE_TERRITORY_NOUNS for mark in ("'s", "’s"))
_PLACE_KINDS = frozenset(lexicon.fold(w) for w in lexicon.PLACE_KIND_NOUNS)
# the words of a flow that are its verb ("produced", "landed", "sold"), not its noun
_FLOW_VERBS = frozenset(lexicon.fold(w) for words in lexicon.FLOW_FAMILIES.values() for w in words
                        if w.endswith("ed") or w in lexicon.FLOW_VERBS_IRREGULAR)
# words before a head noun that name no kind of it: "new homes" are homes, "net sales" and "real output" may exceed
_NOT_A_KIND = frozenset({"new", "net", "gross", "real", "nominal", "estimated", "projected", "provisional", "revised",
                         "reported", "recorded", "registered", "official", "actual", "combined", "aggregate"})


# "851 (1.5 per cent) lower than in 2015": a level followed by a comparative is a gap between two levels
_GAP_AFTER = lazy_re.compile(rf"^\s*(?:\([^()]{{0,30}}\)\s*)?(?:{lexicon.alternation(cues.COMPARATIVES)})\s+than\b", re.I)
# where a level's period comes from when its sentence names none: the paragraph's, the document's, or none read
_CARRIED_SOURCES = frozenset({"paragraph", "default", ""})
# ... and when its own words name it: its clause or its sentence
_OWN_SOURCES = frozenset({"stated", "sentence"})


class _SentenceAsAWhole:
    """What a sentence says as a whole, read once for all of its figures, when the first one needs it."""

    def __init__(self, document_text: str, seg: Segment):
        self.document_text, self.seg = document_text, seg

    @cached_property
    def speakers(self) -> frozenset[str]:
        return _speakers(self.document_text, self.seg.start, self.seg.end)

    @cached_property
    def names(self) -> frozenset[str]:
        """Every name of the sentence but its speakers' and a flow's noun opening it."""
        text, seg = self.document_text, self.seg
        return frozenset(m.group() for m in _NAME.finditer(text, seg.start, seg.end)
                         if not _common_word(m.group(), text) and not _SPEAKER.match(text, m.end(), seg.end)
                         ) - _NOT_NAMES - _OPENERS - self.speakers - _flow_opening(text, seg)

    @cached_property
    def flows(self) -> set[str]:
        """The flows the sentence's words name."""
        return {_FLOW_OF_WORD[w] for w in lexicon.folded_words(self.document_text[self.seg.start:self.seg.end])
                if w in _FLOW_OF_WORD}

    @cached_property
    def names_a_period_outside_brackets(self) -> bool:
        return bool(find_periods(_BRACKETED.sub(" ", self.document_text[self.seg.start:self.seg.end])))


def _speakers(document_text: str, start: int, end: int) -> frozenset[str]:
    """The names of a sentence that say it: a run of names before a verb of saying ("..., Stats NZ announced
    today"), whoever the figures are for."""
    run, found = [], set()
    for m in _NAME.finditer(document_text, start, end):
        if run and document_text[run[-1].end():m.start()].strip():
            run = []
        run.append(m)
        if _SPEAKER.match(document_text, m.end(), end):
            found.update(n.group() for n in run)
    return frozenset(found)


# a people's name used as an adjective, a member all the same: "Japanese tourists", "Kenyan exports"
_DEMONYM = lazy_re.compile(r"(?:ese|ian|an|ish|i)$", screened=True)


def _kind_opening(document_text: str, seg: Segment, figure: Figure) -> frozenset[str]:
    """ "Hunting licences numbered 6,900": a word that opens the sentence and is the first word of the figure's own
    measure is a kind of it, capitalised only because it opens the sentence, no member's name (a possessive,
    "Kenya's exports", and a people's name, "Japanese tourists", are members)."""
    first = _NAME.match(document_text[seg.start:min(seg.end, seg.start + _OPENING_REACH)].lstrip())
    if first is None or "'" in first.group() or "’" in first.group() or _DEMONYM.search(first.group()):
        return frozenset()
    words = figure.measure.lower().split()
    return frozenset((first.group(),)) if words and words[0] == first.group().lower() and len(words) > 1 else frozenset()


_OPENING_REACH = 120  # characters: the words that open a sentence
_NEXT_WORD = lazy_re.compile(r"\s+(?P<word>[a-z][a-z'-]*)")


def _kind_of_flow_opening(document_text: str, seg: Segment) -> frozenset[str]:
    """ "Timber harvests over the first nine months ...": a capital opening the sentence right before a flow's own
    noun in lower case is the kind of that flow, no name (a possessive or a people's name stays a member's)."""
    text = document_text[seg.start:min(seg.end, seg.start + _OPENING_REACH)]  # (its opening words only)
    lead = len(text) - len(text.lstrip())
    first = _NAME.match(text, lead)
    if first is None or "'" in first.group() or "’" in first.group() or _DEMONYM.search(first.group()):
        return frozenset()
    following = _NEXT_WORD.match(text, first.end())
    if following is None or lexicon.fold(following.group("word")) not in _FLOW_OF_WORD:
        return frozenset()
    return frozenset((first.group(),))


def _flow_opening(document_text: str, seg: Segment) -> frozenset[str]:
    """ "Tourist arrivals in ...": a flow's own noun, capitalised only because it opens the sentence, is no name."""
    first = _NAME.match(document_text[seg.start:min(seg.end, seg.start + _OPENING_REACH)].lstrip())
    return frozenset((first.group(),)) if first and lexicon.fold(first.group()) in _FLOW_OF_WORD else frozenset()


def _home_names(document_text: str, segments: tuple[Segment, ...]) -> frozenset[str]:
    """The one place or body a report is about, when its first sentence with a figure names only it ("Tourist
    arrivals in Sri Lanka climbed 7.8 percent to 90,338 in July 2012"): every later figure is of it, so a
    later member's words need not name it again."""
    lead = next((seg for seg in segments if seg.figures and not seg.is_table_row), None)
    if lead is None:
        return frozenset()
    not_names = _speakers(document_text, lead.start, lead.end) | _flow_opening(document_text, lead)
    found = [m for m in _NAME.finditer(document_text, lead.start, lead.end)
             if m.group() not in _NOT_NAMES and m.group() not in _OPENERS and not _common_word(m.group(), document_text)
             and m.group() not in not_names]
    if not found or any(document_text[a.end():b.start()].strip() for a, b in zip(found, found[1:])):
        return frozenset()  # no name, or two names apart: two subjects, neither the report's own
    return frozenset(m.group() for m in found)


def _carried_members(later: list, by_measure: dict[tuple[str, str], list], at_of: dict[tuple[str, str], list[int]],
                     home: frozenset[str], running: set[str], pointing: set[str]) -> list[MemberLink]:
    """A named member's (or a category's) level in a sentence that names no period, after the level of its
    measure and unit for everyone: "In 2023, 50,200 new homes were consented. ... Northport consented 21,700
    new homes." The member is of the period the text gave last for its measure: the nearest level of the
    measure before it, a few sentences back, gives it, and is its whole when that level names nobody and is the
    measure's headline (its first level) or a level the words call a total; other levels of that period between
    them are its siblings. A member whose words point back to a stretch of time ("during the quarter", read as
    the last quarter the text named: `pointing`) passes over the nearer levels of other periods to that
    stretch's. The words only suggest the period: doubtful."""
    links = []
    for measure, unit, (i, part, names, category, _, union, _, _), words, alone in later:
        # (the measure's levels: (sentence, frame, names, category, total, union, sentence names, one flow))
        levels = by_measure.get((measure, unit), ())
        at = at_of.get((measure, unit), ())
        period = None
        for j, whole, w_names, w_category, w_total, _, w_sentence, one_flow in \
                reversed(levels[bisect_left(at, i - _SUBGROUP_REACH):bisect_left(at, i)]):
            if period is None:
                if part.figure.period and whole.figure.period != part.figure.period and part.figure.id in pointing:
                    continue  # ("Inflows from Saudi Arabia during the quarter", after "In March, remittances rose
                    # to ...": the stretch its words point back to is the quarter's, the level of it before March's)
                period = whole.figure.period  # the last period the text gave for the measure
                if part.figure.period and part.figure.period != period:
                    break  # the text gave its period elsewhere
            elif whole.figure.period != period:
                break
            if w_category or w_names - home or not one_flow or not same_unit(part.figure, whole.figure) \
                    or whole.figure.id in running or not (w_total or whole is levels[0][1]):
                continue  # a sibling member, a level that is no total of this measure, a running total
                # (the whole is the measure's first level, its headline, or one the words call a total: "Domestic
                # burglary fell to 1,408 offences" is a kind's, though it names nobody)
            scope = set(lexicon.folded_words(whole.figure.measure)) - _SCOPE_FREE - _FLOW_OF_WORD.keys() \
                - {whole.head} - _PEOPLE - {lexicon.fold(n.lower()) for n in w_names | home}
            if not scope <= set(words):
                break  # "new electric cars" holds no hybrids: the whole is narrowed by a word the member lacks
            if not all(any(lexicon.same_place(w, p) for p in names) for w in w_sentence - home):
                break  # the whole's sentence names someone the member's words do not
            # ("MTN alone had 95.1 million": a member the words set apart from the others of a total is of it)
            links.append(MemberLink(part.figure, whole.figure, sure=alone and w_total,
                                    member=frozenset() if union else names | ({category} if category else set())))
            break
    return links


# "The leading towns were Millford with 640, Ashby with 410 and Corran with 275": a member, "with", its count
_NAME_WITH = lazy_re.compile(r"(?:^|[,;:]\s*|\b(?:and|were|are|was|is|led\s+by|followed\s+by)\s+)"
                             r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+with\s+$")


def _members_with(inline: list, levels: list, home: frozenset[str], frames: dict[str, Frame]) -> list[MemberLink]:
    """Members listed with their counts in a sentence that names no measure and no period of its own ("The
    leading towns were Millford with 640, Ashby with 410 and Corran with 275"), right after the level they
    break down ("A total of 2,150 firms registered in the county in 2022."): each is within the nearest level
    before the list, in its sentence or the one before, of their unit, that names nobody; together no more
    than it. Only the order of the sentences ties them: doubtful above it."""
    links = []
    at = [entry[0] for entry in levels]
    for i, items, dated, list_dated in inline:
        first = items[0][0]
        for j, whole, w_names, w_category, _, _, w_sentence, one_flow in \
                reversed(levels[bisect_left(at, i - 1):bisect_right(at, i)]):
            if whole.figure.span.start >= first.span.start or not same_unit(first, whole.figure):
                continue
            # (in the list's own sentence, the whole's words may run on to the members' names)
            listed_names = home | frozenset(n for _, names in items for n in names) if j == i else home
            if not w_category and not w_names - listed_names and not w_sentence - listed_names \
                    and not (list_dated if j == i else dated):
                # (each names no measure, or the whole's: "Kellow with 910" or "Kellow with 910 salmon")
                links += [MemberLink(part, whole.figure, sure=False, member=names) for part, names in items
                          if names and same_unit(part, whole.figure)
                          and frames[part.id].head in ("", frames[whole.figure.id].head)]
            break
    return links


_LINE_LENGTH = 200  # characters: a list's line is short
_LIST_REACH = 24  # levels of the measure a list's lead reads back over to find its whole

_LIST_LINES = 12


def _listed_members(listed: list, by_measure: dict[tuple[str, str], list], at_of: dict[tuple[str, str], list[int]],
                    home: frozenset[str],
                    running: set[str]) -> list[MemberLink]:
    """The lines of a list after a lead that ends in a colon, each a name and a count that names no measure of its
    own ("The four regions that consented the most new homes in the year ended November 2022 were:" ... "Eastvale
    with 9,120"): each line is the named member's level of the measure and period the lead names, within the level
    of that measure and period for everyone stated before the lead (the nearest, a few sentences back). Only the
    words tie them: doubtful when above it."""
    links = []
    for i, part, names, (at_lead, words, periods, lead_running) in listed:
        best = None
        for word in words:
            key = (_FLOW_OF_WORD.get(word, word), part.unit)
            levels = by_measure.get(key, ())
            end = bisect_left(at_of.get(key, ()), at_lead)
            # the last level of the measure before the lead, of the lead's period (levels of other periods
            # or of named members of its period may stand between): however far back, the lead names it
            for j, whole, w_names, w_category, _, _, w_sentence, one_flow in \
                    (levels[n] for n in range(end - 1, max(-1, end - 1 - _LIST_REACH), -1)):
                if whole.figure.period not in periods or w_category or w_names - home \
                        or (whole.figure.id in running) != lead_running or not same_unit(part, whole.figure):
                    continue
                if one_flow and not (w_sentence - home) - names and (best is None or j > best[0]):
                    best = (j, whole)
                break
        if best is not None:
            links.append(MemberLink(part, best[1].figure, sure=False, member=names))
    return links


def members_of_one_whole(links) -> list[list[MemberLink]]:
    """The members a subgroup reading placed in one whole, that share no name, in reading order: when two or
    more, the whole is broken down into them ("50,200 new homes ... Northport consented 21,700 ...
    Eastvale 9,400"), and none of them is that whole stated again."""
    by_whole: dict[str, list[MemberLink]] = {}
    for link in links:
        if link.member:
            by_whole.setdefault(link.whole.id, []).append(link)
    found = []
    for members in by_whole.values():
        chosen, named = [], set()
        for link in sorted(members, key=lambda link: link.part.span.start):
            if link.member.isdisjoint(named) and all(link.part.id != c.part.id for c in chosen):
                chosen.append(link)
                named |= link.member
        if len(chosen) > 1:
            found.append(chosen)
    return found


# --- a total for members its words list by name ------------------------------------------------------
# "Exports to Ghana and Togo totalled 690 tonnes in 2022", after "Exports to Ghana rose to 420 tonnes in 2022"
# and "Exports to Togo fell to 310 tonnes in 2022": a level whose clause names two or more members joined by
# "and" is the total of the levels each of them has alone, of its measure, unit and period, a few sentences
# either side.
_NAME_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,2}"
_UNION_LIST = lazy_re.compile(rf"\b(?P<list>{_NAME_WORDS}(?:\s*,\s*{_NAME_WORDS})*,?\s+(?:and|&)\s+{_NAME_WORDS})", screened=True)
_UNION_REACH = 6  # sentences either side where each member's own level may be stated
_MOST_UNION_MEMBERS = 8
_UNION_WORDS = 160  # characters before the figure where its clause may name the members


def _union_members(before: str, after: str) -> list[frozenset[str]] | None:
    """The members a figure's clause names joined by "and" ("Ghana and Togo", "Greece, Italy and Spain"), each
    as the set of its name's words; None when it names none or names a list of other things too."""
    words = before[-_UNION_WORDS:] + " " + after[:50]  # (a bounded stretch of words: the list is read in linear time)
    found = list(_UNION_LIST.finditer(words))
    if len(found) != 1:
        return None  # (two lists in one clause: which one the figure is for?)
    items = [frozenset(item.split()) - _NOT_NAMES - {"of"}
             for item in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", found[0].group("list"))]
    if items and not items[0]:
        items = items[1:]  # "Together, Lisbon and Porto": a word opening the sentence is no member
    if not 2 <= len(items) <= _MOST_UNION_MEMBERS or not all(items) or len(set(items)) != len(items):
        return None
    return items


def union_totals(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                 bases: frozenset[str] = frozenset()) -> list[tuple[Figure, tuple[Figure, ...], bool]]:
    """Each level whose clause names two or more members joined by "and" ("to Ghana and Togo"), with the
    level each member has alone, of the same head noun (or flow), unit and period, in the nearest sentence
    of the few either side that names that member and no other of the list: (total, members' levels,
    whether the words call it a total: "totalled", "combined", "together"). Read only when every member
    has one level, and that one is no figure a sentence names for two members."""
    unions: list[tuple[int, Frame, list[frozenset[str]], bool]] = []
    # each candidate level with the words of its clause (sentence, segment, figure, frame, clause, before it, after it)
    candidates: list[tuple[int, Segment, Figure, Frame, str, str, str]] = []
    clauses: dict[str, tuple[Figure, str]] = {}  # each union's figure and clause
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if not _is_candidate(frame) or f.id in bases or not f.period or f.qualifier:
                continue
            clause = _clause(document_text, seg, k)
            before, _, after = clause.partition(_AT_FIGURE)
            members = _union_members(before, after)
            if members is not None:
                total = bool(_UNION_TOTAL.search(before[-60:] + " " + after[:30]))
                unions.append((i, frame, members, total))
                clauses[f.id] = (f, clause)
            else:
                candidates.append((i, seg, f, frame, clause, before, after))
    if not unions:
        return []  # (most documents name no members joined by "and": the levels' names and keys are never asked for)
    keys = {f.id: _union_key(frames[f.id], f, clause) for f, clause in clauses.values()}
    # the names near each level, read only for a level within reach of a union (a level further from every union is
    # in no union's `near`)
    union_sentences = [i for i, *_ in unions]
    levels: list[tuple[int, Frame, frozenset[str]]] = []  # each candidate level: sentence, frame, names near it
    for i, seg, f, frame, clause, before, after in candidates:
        nearest = bisect_left(union_sentences, i - _UNION_REACH)
        if nearest < len(union_sentences) and union_sentences[nearest] <= i + _UNION_REACH:
            keys[f.id] = _union_key(frame, f, clause)
            levels.append((i, frame, _names_near(document_text, seg, f, before, after)))
    out = []
    at = [entry[0] for entry in levels]
    for i, whole, members, total in unions:
        w = whole.figure
        near = levels[bisect_left(at, i - _UNION_REACH):bisect_right(at, i + _UNION_REACH)]
        chosen = []
        for member in members:
            fits = []
            for j, part, names in near:
                p = part.figure
                if p.period != w.period or p.unit != w.unit or not same_unit(p, w) or keys[p.id] != keys[w.id] \
                        or not keys[p.id]:
                    continue
                named = [m for m in members if all(any(lexicon.same_place(word, n) for n in names) for word in m)]
                if named == [member]:
                    fits.append((abs(p.span.start - w.span.start), p))
            if not fits:
                break
            chosen.append(min(fits, key=lambda fit: fit[0])[1])
        if len(chosen) == len(members) and len({p.id for p in chosen}) == len(chosen):
            out.append((w, tuple(sorted(chosen, key=lambda p: p.span.start)), total))
    return out


def _union_key(frame: Frame, figure: Figure, clause: str) -> str:
    """What a level counts, for union_totals: its head noun, or the one flow its words name ("produced", "output")."""
    head = lexicon.fold(frame.head or "")
    families = {_FLOW_OF_WORD[w] for w in lexicon.folded_words(clause + " " + figure.measure) if w in _FLOW_OF_WORD}
    return _FLOW_OF_WORD.get(head) or (next(iter(families)) if len(families) == 1 else head)


# words that call a level the total of what it names: "totalled", "a total of", "combined", "together"
_UNION_TOTAL = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.JOINT_MARKS + lexicon.TOTAL_BEFORE_WHOLE)}"
                               r"|altogether|in\s+all|in\s+total|all\s+told)\b", re.I)


# --- members ranked by a measure, after the total of that measure ----------------------------------
# "413 deaths were logged ... Regions with high mortality are Central Visayas 73, Metro Manila 68 and Calabarzon
# 48": a plural group noun, "with" the most (or high) of a measure, a verb of being, then named members each
# with its count. Each count is of the measure's total stated before it, not far back.
_RANKED_LEAD = lazy_re.compile(
    r"\b(?P<group>[a-z]+s)\s+(?:with|recording|reporting|posting|having)\s+(?:the\s+)?"
    r"(?:(?:high|highest|most|largest|biggest|greatest|many|more|top|heaviest|worst)\s+)?"
    r"(?:(?:recorded|reported|confirmed|registered|number\s+of)\s+)?(?P<measure>[a-z]+)\s+"
    r"(?:are|were|include|included|includes|was|is)\b", re.I)
# before each member's count: its name, and a dash, a colon, "with" or "were" at most
_RANKED_ITEM = lazy_re.compile(r"\)?\s*(?:[,;]\s*)?(?:and\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.-]*){0,3})"
                               r"\s*(?:[:–—(-]|\bwith\b|\bwere\b|\bwas\b|\bat\b)?\s*")
_RANKED_REACH = 8  # sentences back to the measure's total
_ADDED_NEAR = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.ADDED_WORDS + ('more', 'fewer', 'less', 'new'))})\b", re.I)
_RANKED_PARAGRAPHS = 2


def ranked_members(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                   bases: frozenset[str] = frozenset()) -> list[MemberLink]:
    """The members a sentence ranks by a measure ("Regions with high mortality are Central Visayas 73, Metro
    Manila 68 and Calabarzon 48"), two at least, each a name right before its count, within the nearest level
    before the list, up to eight sentences and two paragraphs back, whose head noun is the measure's (or of its
    flow: "mortality" counts deaths), of their unit and of the period the list's sentence names, if any. Sure
    when that level is the only one of the measure in reach."""
    out: list[MemberLink] = []
    for i, seg in enumerate(segments):
        if seg.is_table_row or len(seg.figures) < 2:
            continue
        text = document_text[seg.start:seg.end]
        lead = _RANKED_LEAD.search(text)
        if lead is None:
            continue
        cursor = seg.start + lead.end()
        items: list[tuple[Figure, str]] = []
        for f in seg.figures:
            if f.span.start < cursor:
                continue
            m = _RANKED_ITEM.fullmatch(document_text, cursor, f.span.start)
            if m is None or not _is_candidate(frames[f.id]) or f.id in bases:
                break
            items.append((f, " ".join(m.group("name").split())))
            cursor = f.span.end
        if len(items) < 2 or len({name for _, name in items}) != len(items) \
                or any(not same_unit(f, items[0][0]) for f, _ in items):
            continue
        measure = lexicon.fold(lead.group("measure"))
        family = _FLOW_OF_WORD.get(measure, measure)
        periods = {p.period for p in find_periods(text)}
        fits: list[list[Figure]] = []  # by sentence, nearest first
        for j in range(i - 1, max(-1, i - 1 - _RANKED_REACH), -1):
            other = segments[j]
            if other.is_table_row or seg.paragraph - other.paragraph > _RANKED_PARAGRAPHS:
                break
            here = []
            for f in other.figures:
                frame = frames[f.id]
                head = lexicon.fold(frame.head or "")
                if _is_candidate(frame) and f.id not in bases and same_unit(f, items[0][0]) \
                        and f.unit == items[0][0].unit and head and _FLOW_OF_WORD.get(head, head) == family \
                        and not (periods and f.period not in periods) \
                        and not _ADDED_NEAR.search(document_text, f.span.end, min(seg.end, f.span.end + 25)) \
                        and not _ADDED_NEAR.search(document_text, max(other.start, f.span.start - 25), f.span.start):
                    here.append(f)  # ("2,539 additional cases": a change, no total)
            if here:
                fits.append(here)
        if not fits:
            continue
        # the nearest sentence that states the measure, and its first level of it: "76,391 cases, almost half of
        # the 139,937 cases of last year" is about the 76,391; sure only when no other level in reach fits
        whole = fits[0][0]
        sure = sum(len(here) for here in fits) == 1
        out += [MemberLink(part, whole, sure=sure, member=frozenset({name})) for part, name in items]
    return out

# "Of 85 oil tankers and 43 large container ships ordered worldwide, Korean shipbuilders won 85 and 26 respectively":
# wholes fronted after "of", then as many parts "respectively", each within its whole
_FRONTED_WHOLES_RESPECTIVELY = lazy_re.compile(
    r"^\W*(?:out\s+)?of\s+(?:the\s+)?#(?P<a>\d+)#[^#;]{1,60}?\band\s+(?:the\s+)?#(?P<b>\d+)#[^#;]{1,80}?,[^#;]{1,80}?"
    r"#(?P<c>\d+)#\s*(?:[a-z'’-]+\s+)?and\s+#(?P<d>\d+)#[^#;]{0,30}?\brespectively\b")


def fronted_wholes_respectively(segments, frames) -> list[MemberLink]:
    """Two wholes fronted after "Of", then the clause's two parts "respectively": each part within its whole."""
    out = []
    for seg in segments:
        m = _FRONTED_WHOLES_RESPECTIVELY.match(seg.skeleton)
        if m is None:
            continue
        a, b, c, d = (seg.figures[int(m.group(g))] for g in "abcd")
        if all(frames[f.id].is_level and written_in_digits(f) and not f.qualifier for f in (a, b, c, d)) \
                and same_unit(a, c) and same_unit(b, d):
            out += [MemberLink(c, a), MemberLink(d, b)]
    return out


# --- one member's level in a narrower scope --------------------------------------------------------------
# "Toyota is still the overall market leader with 19% market share (2,372 units)." ... "Among passenger and SUV
# registrations Toyota led with 17% market share (1,468 units)": a sentence fronted by a scope ("Among passenger
# cars", "Within the SUV segment", "In the export market,") gives a member's level inside that scope; the same
# member's level of the same unit and head noun, said before in a sentence with no scope of its own, counts every
# scope, so it holds the narrower one.
_SCOPE_FRONTED = lazy_re.compile(
    rf"[\s\"“‘'•·*–—-]*(?:(?:Among|Amongst|Within)\s+(?:the\s+)?(?P<scope>[^#,.;:()]{{3,80}}?)(?:,\s*|\s+)(?=[A-Z][a-z])"
    rf"|In\s+the\s+(?P<noun_scope>[^#,.;:()]{{3,60}}?\s+(?:{lexicon.alternation(lexicon.SCOPE_NOUNS)}))\s*,)")
_NARROWER_SCOPE_REACH = 8  # sentences back to the member's level over every scope


def members_in_a_narrower_scope(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                                bases: frozenset[str] = frozenset()) -> list[MemberLink]:
    """A named member's level in a sentence fronted by a scope, within the same member's level of the same unit
    and head noun said before with no scope (only doubtful above it: the words alone tie the two)."""
    out = []
    scoped = [_SCOPE_FRONTED.match(document_text, seg.start, seg.end) if not seg.is_table_row else None
              for seg in segments]
    for i, seg in enumerate(segments):
        fronted = scoped[i]
        if fronted is None:
            continue
        scope_text = fronted.group("scope") or fronted.group("noun_scope")
        scope_words = frozenset(lexicon.folded_words(scope_text))
        scope_names = frozenset(m.group() for m in _NAME.finditer(scope_text))
        for k, part in enumerate(seg.figures):
            frame = frames[part.id]
            if not _is_candidate(frame) or part.id in bases:
                continue
            member = _member_named_before(document_text, seg, k)
            if member is None or member in scope_names:
                continue
            whole = _member_over_every_scope(document_text, segments, frames, bases, scoped, i, part, member,
                                             scope_words)
            if whole is not None:
                out.append(MemberLink(part, whole, sure=False, member=frozenset({member})))
    return out


def _member_over_every_scope(document_text, segments, frames, bases, scoped, i, part, member, scope_words):
    """The nearest level before sentence `i` of the member's name alone, the part's unit and head noun (when both
    name one), before the first sentence that fronts a scope, in a clause that does not name the part's scope."""
    head = frames[part.id].head
    # (only before the first scope the text fronts: a scope holds over the sentences after it, "Among passenger
    # cars, Kia led with 1,190 units. Toyota was second with 1,012 units." is still of passenger cars)
    first_scope = next(h for h, fronted in enumerate(scoped) if fronted is not None)
    for h in range(min(i, first_scope) - 1, max(-1, i - 1 - _NARROWER_SCOPE_REACH), -1):
        other = segments[h]
        if other.is_table_row:
            continue
        for j in range(len(other.figures) - 1, -1, -1):
            whole = other.figures[j]
            if not _is_candidate(frames[whole.id]) or whole.id in bases or not same_unit(whole, part) \
                    or head and frames[whole.id].head and frames[whole.id].head != head or (whole.period and part.period and whole.period != part.period):
                continue
            name = _member_named_before(document_text, other, j)
            if name is None or not lexicon.same_place(name, member):
                continue
            if scope_words <= clause_words(document_text, other, j):
                return None  # the same scope named again: a restatement, not a wider level
            return whole
    return None


# the gap between a share and its count in brackets: "a 17% share (1,673 units)", "with 9% (1,084 units)"
_COUNT_IN_BRACKETS_AFTER = lazy_re.compile(r"\s*(?:[a-z]+\s+){0,2}\(\s*$")
_NAME_RUN = lazy_re.compile(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*")


def _member_named_before(document_text: str, seg: Segment, k: int) -> str | None:
    """The proper name said last before a figure, after the figure before it: "Hyundai again led with 1,215 units,
    followed by Kia with 1,190" names Kia for 1,190; a count in brackets after a share is the share's member's
    ("Ford with 9% (1,084 units)"). None when the words there name nobody."""
    while True:
        start = seg.figures[k - 1].span.end if k > 0 else seg.start
        gap = document_text[start:seg.figures[k].span.start]
        if k > 0 and _COUNT_IN_BRACKETS_AFTER.fullmatch(gap):
            k -= 1
            continue
        names = []
        for m in _NAME_RUN.finditer(gap):
            words = m.group().split()
            while words and words[0] in _NOT_NAMES:
                words.pop(0)  # "The Toyota Hilux", "Among Toyota's models": the name after the opening word
            opens = m.start() == len(gap) - len(gap.lstrip(_BULLETS)) and start == seg.start
            if words and not (opens and len(words) == 1 and _common_word(words[0], document_text)):
                names.append(" ".join(words))  # (a common word opening the sentence is no name: "Sales")
        return names[-1] if names else None
