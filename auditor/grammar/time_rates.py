"""A rate per one span of time restated per another.

"Crews answered 1,150 calls a day, or about 420,000 a year"; "panels went up at 6.5 per minute. That
works out at 3.4 million panels a year, or more than 9,300 a day"; "2,000 coins an hour (48,000 a
day)". Each rate is a figure followed by "a", "an", "per", "each" or "every" and a unit of time, and
the words set the second one equal to the first: a comma and "or", a bracket, "that is", "equivalent
to", "works out at", in one sentence, or a next sentence opening on "That works out at" / "That is".
The longer span's rate is the shorter one's times how many of the shorter spans the longer holds: 7
days a week, 24 hours a day; a year is 365 or 366 days, and 52 weeks or a day or two more, so a
yearly rate may lie anywhere from the shorter rate times the fewer to times the more.

Rates set side by side and compared ("1,200 a day against 52,000 a year", "and 3,400 a year") are
no restatement; nor are percentages ("4.2% a year" is a rate of change), and a month is no fixed
number of days or weeks (only its twelve to a year are read).
"""
from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations
from typing import NamedTuple

from auditor import lazy_re
from auditor.grammar import lexicon
from auditor.grammar.frames import Frame, written_in_digits
from auditor.grammar.ratios import is_proportion
from auditor.grammar.segments import Segment
from auditor.model import Figure, Kind


@dataclass(frozen=True)
class RateRestatedLink:
    """One rate stated per two spans of time (per minute and per year)."""

    shorter: Figure  # the rate per the shorter span ("6.5 per minute")
    longer: Figure  # the same rate per the longer span ("3.4 million panels a year")
    per_shorter: str  # "minute"
    per_longer: str  # "year"
    fewest: Fraction  # how many shorter spans the longer one holds, at the fewest ...
    most: Fraction  # ... and at the most (equal unless the longer span is a year)
    grammar: str


_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_CONVENTIONAL_WEEKS = 52  # "£83,000 a week, or £4.3m a year": a year is also said to be 52 weeks


def spans_in(shorter: str, longer: str, year: str = "") -> tuple[Fraction, Fraction] | None:
    """How many `shorter` spans a `longer` one holds, as (fewest, most), or None when no fixed count. A
    year is 365 or 366 days, unless `year` names it ("2017": 365)."""
    if longer == "year":
        if shorter == "month":
            return Fraction(12), Fraction(12)
        if shorter not in _SECONDS:
            return None
        days = (366,) if year and calendar.isleap(int(year)) else (365,) if year else (365, 366)
        fewest, most = (Fraction(d * 86400, _SECONDS[shorter]) for d in (days[0], days[-1]))
        if shorter == "week":  # (written as a reader would: 52.15, 52.29, rounded up)
            return Fraction(_CONVENTIONAL_WEEKS), Fraction(math.ceil(most * 100), 100)
        return fewest, most
    if shorter in _SECONDS and longer in _SECONDS and _SECONDS[shorter] < _SECONDS[longer]:
        count = Fraction(_SECONDS[longer], _SECONDS[shorter])
        return count, count
    return None


_SPAN_ORDER = ("second", "minute", "hour", "day", "week", "month", "year")
_TIME_UNITS = "|".join(_SPAN_ORDER)
_PER = r"(?:a|an|per|each|every)\s+"  # "a day", "per minute"
_OVER_THE = r"(?:over|in|across|during)\s+(?:the|a|one)\s+(?:whole\s+|full\s+)?"  # "over the year", "in a day"
# the words right after which a restatement may stand: a mark, "or", "that is", "equivalent to", "works out at"
_BEFORE_A_RESTATEMENT = r"(?=\s*(?:[,:;(–—-]|$|\s(?:or|that|equivalent|the\s+equivalent|works|i\.e\.)\b))"
# after the figure, its noun (up to three words) and the span: "6.5 per minute", "2,300 food parcels a week",
# "420,000 over the year" (a total over a span is its rate per that span). The words are letters only, so the
# span stands before any other figure's slot: "40 tonnes of coal an hour", not "40 ... #1# a day"
_PER_SPAN_AFTER = lazy_re.compile(rf"^\s*(?P<noun>(?:[a-z'’-]+\s+){{0,3}}?)(?:{_PER}(?P<per>{_TIME_UNITS})\b"
                                  r"(?!\s+(?:earlier|later|before|after|ago)\b|\s+(?:on|over)\s+(?:a\s+|the\s+)?(?:year|month|quarter|week|day)\b)(?!-)"
                                  rf"|{_OVER_THE}(?P<over>year|week|day)\b)", screened=True)
_RESTATING = lexicon.alternation(lexicon.PER_TIME_RESTATING)
_HEDGE = lexicon.alternation(lexicon.HEDGES)
# between the end of the first rate and the second figure: ", or about", " (", ", that is", ", equivalent to"
_RESTATED_BETWEEN = lazy_re.compile(rf"^\s*(?:[,:;–—-]\s*|\(\s*)(?:(?:{_RESTATING})\s+)?(?:(?:{_HEDGE})\s+)?$"
                                    rf"|^\s+(?:{_RESTATING})\s+(?:(?:{_HEDGE})\s+)?$")
# a next sentence that opens on the restatement: "That works out at", "This is equivalent to"
_RESTATED_OPENING = lazy_re.compile(rf"^\W*(?:that|this|it)\s+(?:is\s+|was\s+)?(?:{_RESTATING})\s+(?:(?:{_HEDGE})\s+)?$")
# what ends a rate's own words before the next figure: its span and a few words of its clause
_RATE_WORDS_END = lazy_re.compile(rf"\b(?:{_PER}(?:{_TIME_UNITS})|{_OVER_THE}(?:year|week|day))\b"
                                  rf"(?:\s+(?:in|during|over|at|across|last|this)(?:\s+[a-z0-9'’-]+){{0,3}}?)?{_BEFORE_A_RESTATEMENT}")


class _Rate(NamedTuple):
    figure: Figure
    per: str  # "day"
    nouns: frozenset[str]  # the folded words of its noun, if it names one ("food parcels")
    spanned: bool = True  # False: a year's total, its span the year its period names


def _rate(seg: Segment, k: int, frames: dict[str, Frame]) -> _Rate | None:
    """Figure k of `seg` as a rate per a span of time, or None."""
    figure = seg.figures[k]
    if figure.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT) or figure.unit in ("percent", "percentage_point"):
        return None
    if is_proportion(figure):
        return None  # "about one in five deaths each year": a proportion of the year's deaths, no amount per year
    if frames[figure.id].modality != "stated":
        return None
    m = _PER_SPAN_AFTER.match(seg.after(k, 60))
    if m is None:
        return None
    nouns = frozenset(lexicon.fold(w) for w in m.group("noun").split() if w not in _NOT_NOUNS)
    return _Rate(figure, m.group("per") or m.group("over"), nouns)


_NOT_NOUNS = frozenset({"of", "the", "in", "and", "on", "to", "for", "more", "new"})


def per_span_of_time(words_after: str) -> str:
    """The span of time the words right after a figure make it a rate of ("15.7 per week" -> "week"), or ""."""
    m = _PER_SPAN_AFTER.match(words_after.lower())
    return (m.group("per") or "") if m is not None else ""


@dataclass(frozen=True)
class ChangeOverOtherSpan:
    """A change per one span of time beside levels per another: "from £129.20 to £134.25 a week, an extra £263 a
    year" holds 52 to 52.29 of the levels' weeks in the change's year."""

    per_change: str  # "year"
    per_levels: str  # "week"
    fewest: Fraction  # how many of the shorter spans the longer holds, at the fewest ...
    most: Fraction  # ... and at the most
    change_is_longer: bool  # the change per the longer span (summed over it), the levels per the shorter


_OVER_MANY_SPANS_AFTER = lazy_re.compile(rf"[^.;]{{0,40}}?\b(?:{lexicon.alternation(lexicon.OVER_MANY_SPANS_AFTER)})\b")


def change_over_other_span(text: str, change: Figure, levels: tuple[Figure, ...]) -> ChangeOverOtherSpan | None:
    """How a change per one span of time and its levels per one other hold each other, or None when they are per
    one span, when either has none, or when the two spans hold no fixed count of each other (a month of weeks)."""
    per_change = per_span_of_time(text[change.span.end:change.span.end + 60])
    per_levels = {per_span_of_time(text[f.span.end:f.span.end + 60]) for f in levels} - {""}
    if not per_change or len(per_levels) != 1 or per_change in per_levels:
        return None
    if _OVER_MANY_SPANS_AFTER.match(text, change.span.end, change.span.end + 60):
        return None  # "grown by about £25 a year on average since 2015": an average step over years, not this one
    (per_level,) = per_levels
    change_is_longer = _SPAN_ORDER.index(per_change) > _SPAN_ORDER.index(per_level)
    shorter, longer = (per_level, per_change) if change_is_longer else (per_change, per_level)
    year = change.period if _CALENDAR_YEAR.fullmatch(change.period or "") else ""
    counts = spans_in(shorter, longer, year)
    if counts is None:
        return None
    return ChangeOverOtherSpan(per_change, per_level, *counts, change_is_longer)


def per_other_spans(text: str, change: Figure, levels: tuple[Figure, ...]) -> bool:
    """Whether a change is a rate per one span of time and its levels a rate per another: "will go up from £81.90 to
    £83.30 a week, an extra £73 a year" states the weekly rise as a yearly sum, no difference of the two as they stand.
    The levels' span is read after any of them ("from £81.90 to £83.30 a week" gives both theirs)."""
    per_change = per_span_of_time(text[change.span.end:change.span.end + 60])
    if not per_change:
        return False
    per_levels = {per_span_of_time(text[f.span.end:f.span.end + 60]) for f in levels} - {""}
    return bool(per_levels) and per_change not in per_levels


def _restated(between: str, spanned: bool = True) -> bool:
    """Whether the words between a rate's slot and the next figure restate it: its own noun and span (or, for
    a year's total, its noun alone), then ", or about", " (", ", equivalent to", " that is"."""
    tail = _RATE_WORDS_END.search(between) if spanned else _NOUN_WORDS.match(between)
    if tail is None:
        return False
    return bool(_RESTATED_BETWEEN.match(between[tail.end():]))


_NOUN_WORDS = lazy_re.compile(rf"^(?:\s+[a-z'’-]+){{0,6}}?{_BEFORE_A_RESTATEMENT}")
_CALENDAR_YEAR = lazy_re.compile(r"\d{4}")
# a period of one whole year: "2017", "FY2017-18"
_WHOLE_YEAR = lazy_re.compile(r"(?:FY)?\d{4}(?:-\d{2})?")


def _yearly_total(seg: Segment, k: int, frames: dict[str, Frame]) -> _Rate | None:
    """Figure k of `seg`, a level in digits of a whole year and no span of its own, as that year's rate: in a
    restatement, "That works out at 3.5 million panels [in 2017], or more than 9500 a day"."""
    figure = seg.figures[k]
    if not frames[figure.id].is_level or not written_in_digits(figure) or frames[figure.id].modality != "stated" \
            or figure.unit in ("percent", "percentage_point") or not _WHOLE_YEAR.fullmatch(figure.period):
        return None
    return _Rate(figure, "year", frozenset(), spanned=False)


def rates_restated(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[RateRestatedLink]:
    """Each two rates of one unit per different spans of time that the words restate one as the other."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        chain: list[_Rate] = []
        before = segments[i - 1] if i else None
        if before is not None and before.paragraph == seg.paragraph and seg.figures and not before.is_table_row \
                and _RESTATED_OPENING.match(seg.before(0, 60)):
            # "... at 6.5 per minute in 2017, bringing 1057MW of new capacity. That works out at": the one rate
            # of the sentence before is what "that" restates
            first = _rate(seg, 0, frames) or _yearly_total(seg, 0, frames)
            rates = [rate for j in range(len(before.figures)) if (rate := _rate(before, j, frames))
                     and first is not None and rate.figure.unit == first.figure.unit]
            if len(rates) == 1:
                chain.append(rates[0])
        for k in range(len(seg.figures)):
            rate = _rate(seg, k, frames)
            previous = chain[-1] if chain else None
            joined = previous is not None and (previous.figure not in seg.figures or _restated(
                seg.between(seg.slot_of(previous.figure), k), previous.spanned))
            if rate is None and joined:
                rate = _yearly_total(seg, k, frames)  # ("6.5 a minute, or 3.4 million panels in 2017")
            if rate is None or not joined:
                out += _links(chain)
                chain = []
            if rate is not None:
                chain.append(rate)
        out += _links(chain)
    return out


def _links(chain: list[_Rate]) -> list[RateRestatedLink]:
    """Every two rates of a chain of restatements of one unit and thing, per different spans."""
    out = []
    for a, b in combinations(chain, 2):
        if a.per == b.per or a.figure.unit != b.figure.unit or a.nouns and b.nouns and a.nouns.isdisjoint(b.nouns) \
                or not (written_in_digits(a.figure) or written_in_digits(b.figure)):
            continue  # ("1,200 patients a day, 3,400 staff a year": two things)
        shorter, longer = sorted((a, b), key=lambda rate: _SPAN_ORDER.index(rate.per))
        year = longer.figure.period if _CALENDAR_YEAR.fullmatch(longer.figure.period) else ""
        counts = spans_in(shorter.per, longer.per, year)
        if counts is not None:
            out.append(RateRestatedLink(shorter.figure, longer.figure, shorter.per, longer.per, *counts,
                                        "a rate per one span of time restated per another"))
    return out
