"""A rate per year over several years and the two levels it runs between.

"The average mortgage has grown at a CAGR of 9.6 percent, from KSh 6.9 million in 2013 to KSh 10.9
million in 2017"; "Between the 2001 and 2011 censuses the population rose from 1,234,567 to 1,456,789,
an average annual growth rate of 1.67 per cent". Such a rate is no change between the two levels (the
frames give it its own role, Role.YEARLY_RATE, so that no reading of changes takes it for one): it is
the change of each year, averaged over the years between them.

The years come from the levels' own dates ("in 2013", "in 2017"), else from a span the sentence names
("between 2001 and 2011", "from 2010 to 2020", "over the past five years", "over the decade").
"""
from __future__ import annotations

from dataclasses import dataclass

from auditor import lazy_re
from auditor.expr import MAX_YEARS  # (the arithmetic takes no more years than this)
from auditor.extract.numbers import WORD_VALUES
from auditor.grammar import measures
from auditor.grammar.frames import YEARLY_COMPOUND, Frame, Role, same_unit, written_in_digits
from auditor.grammar.segments import Segment
from auditor.model import Figure


@dataclass(frozen=True)
class YearlyRateLink:
    """An average yearly rate and the two levels, some years apart, it leads between."""

    rate: Figure
    old: Figure
    new: Figure
    years: int
    compound: bool  # the words say compounded ("CAGR"); else any usual average
    grammar: str


# a span of years the sentence names: "between 2001 and 2011", "from 2010 to 2020", "in 2015-2020", "2013–17"
_SPAN_OF_YEARS = lazy_re.compile(
    r"\b(?:between\s+(?:the\s+)?(?P<a>(?:19|20)\d\d)\s+and\s+(?:the\s+)?(?P<b>(?:19|20)\d\d)"
    r"|from\s+(?P<c>(?:19|20)\d\d)\s+(?:to|until|till|through)\s+(?P<d>(?:19|20)\d\d)"
    r"|(?P<e>(?:19|20)\d\d)\s*[-–—]\s*(?P<f>(?:19|20)?\d\d))\b(?!\s*[-–—])")
# ... or a count of them: "over the past five years", "in ten years", "over the decade"
_COUNT_OF_YEARS = lazy_re.compile(
    r"\b(?:over|in|during|across|for)\s+(?:the\s+)?(?:(?:past|last|previous|preceding|next|following)\s+)?"
    r"(?:(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years"
    r"|(?P<decade>decade)|#(?P<slot>\d+)#)(?:\b|(?<=#))")
# a break between clauses that may speak of other things: "...; exports grew at an average annual rate of 4%"
_CLAUSE_BREAK = lazy_re.compile(r";|,\s*(?:while|whereas|but|although)\b|\b(?:while|whereas)\b")
_YEAR = lazy_re.compile(r"(?:19|20)\d\d")


def yearly_rates(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[YearlyRateLink]:
    """Each rate per year with the one pair of levels of one unit its clause runs between: the levels
    of a move ("from A in 2013 to B in 2017"), else the clause's only two levels of one unit."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        rates = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.YEARLY_RATE]
        for r in rates:
            rate = seg.figures[r]
            clause = _clause_of(seg, r)
            if sum(k in clause for k in rates) != 1:
                continue  # (two rates in one clause: which pair each is of is for another reading)
            levels = [k for k in clause if frames[seg.figures[k].id].is_level and written_in_digits(seg.figures[k])
                      and frames[seg.figures[k].id].modality == frames[rate.id].modality]
            moves = [(old, new) for new, old, _ in measures.move_pairs(seg) if old in levels and new in levels]
            pairs = moves or [(i, j) for i in levels for j in levels if i < j and same_unit(seg.figures[i], seg.figures[j])]
            if not pairs or any(sum(same_unit(seg.figures[k], seg.figures[i]) for k in levels) != 2 for i, _ in pairs):
                continue  # a third level of a unit: which two the rate runs between is not said
            if len(pairs) == 1:
                i, j = pairs[0]
                link = _dated(seg, rate, i, j, frames) or (_moved_over_a_span(seg, rate, i, j, frames) if moves else None)
                out += [link] if link is not None else []
                continue
            # the same two levels in two currencies ("from KSh 6.9 million (US$67,171) in 2013 to KSh 10.9 million
            # (US$106,111) in 2017"): each pair, of its own unit, dated to the same two years
            dated = [_dated(seg, rate, i, j, frames) for i, j in pairs]
            if None not in dated and len({(link.old.period, link.new.period) for link in dated}) == 1:
                out += dated
    return out


def _clause_of(seg: Segment, k: int) -> range:
    """The slots of figure k's clause: from the last break before it to the first after it."""
    first, last = k, k
    while first > 0 and not _CLAUSE_BREAK.search(seg.between(first - 1, first)):
        first -= 1
    while last + 1 < len(seg.figures) and not _CLAUSE_BREAK.search(seg.between(last, last + 1)):
        last += 1
    return range(first, last + 1)


def _dated(seg: Segment, rate: Figure, i: int, j: int, frames: dict[str, Frame]) -> YearlyRateLink | None:
    """Two levels each dated by its own words to a year: the earlier is the old level."""
    a, b = seg.figures[i], seg.figures[j]
    if a.period_source != "stated" or b.period_source != "stated" \
            or not _YEAR.fullmatch(a.period) or not _YEAR.fullmatch(b.period):
        return None
    old, new = (a, b) if a.period < b.period else (b, a)
    years = int(new.period) - int(old.period)
    if not 2 <= years <= MAX_YEARS:
        return None
    return YearlyRateLink(rate, old, new, years, _compound(rate, frames), "a rate per year between two dated levels")


def _moved_over_a_span(seg: Segment, rate: Figure, old: int, new: int, frames: dict[str, Frame]) -> YearlyRateLink | None:
    """A move "from A to B" (or "to B from A") and the one span of years the sentence names."""
    years = _years_named(seg)
    if years is None or not 2 <= years <= MAX_YEARS:
        return None
    return YearlyRateLink(rate, seg.figures[old], seg.figures[new], years, _compound(rate, frames),
                          "a rate per year of a move over a span of years")


def _years_named(seg: Segment) -> int | None:
    skeleton = seg.skeleton
    spans = list(_SPAN_OF_YEARS.finditer(skeleton))
    # ("over the past five years": a duration the extractor read as a figure of years stands in its slot)
    counts = [m for m in _COUNT_OF_YEARS.finditer(skeleton) if not m.group("slot") or _years_of(seg.figures[int(m.group("slot"))])]
    if len(spans) + len(counts) != 1:
        return None
    if spans:
        m = spans[0]
        first, last = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d")) if m.group("c") \
            else (m.group("e"), m.group("f"))
        if len(last) == 2:
            last = first[:2] + last  # "2013–17"
        return int(last) - int(first)
    m = counts[0]
    if m.group("decade"):
        return 10
    if m.group("slot"):
        return _years_of(seg.figures[int(m.group("slot"))])
    n = m.group("n")
    return int(n) if n.isdigit() else int(WORD_VALUES[n])


def _years_of(figure: Figure) -> int | None:
    """A whole number of years a duration figure gives ("five years"), else None."""
    if figure.unit != "year" or figure.value != int(figure.value):
        return None
    return int(figure.value)


def _compound(rate: Figure, frames: dict[str, Frame]) -> bool:
    return any(e.startswith(YEARLY_COMPOUND) for e in frames[rate.id].evidence)
