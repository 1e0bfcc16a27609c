"""Assemble `Figure`s: numbers that are figures, with interval, unit, kind,
measure, period, qualifier and direction. Knows nothing of checks or rules."""
from __future__ import annotations

import re
from decimal import Decimal

from auditor.document import Document
from auditor.extract import context
from auditor.extract.numbers import NumberToken, find_numbers
from auditor.extract.periods import MONTHS, find_periods, with_year
from auditor.extract.units import kind_of
from auditor.model import Figure, Kind

# Margins for approximate figures, beyond what their rounding allows.
ABOUT_MARGIN = Decimal("0.01")   # "about 279,400": within 1% either side
NEARLY_MARGIN = Decimal("0.05")  # "nearly 300,000": up to 5% below, not above

_LABEL_BEFORE = re.compile(
    r"\b(?:table|figure|fig\.|chart|section|chapter|page|p\.|pp\.|article|item|no\.|paragraph|clause|rule|schedule|"
    r"annex|appendix|class|grade|standard|version|v|windows|phase|level|stage|act|form|box|exhibit|district|ward|"
    r"route|line|road|block|plot|room|flat|sector|zone|covid|model|series|ranked|rank|number|no|step|part)\s*$",
    re.I,
)
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTH_WORD})\.?\s*$", re.I)
_DATE_AFTER = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH_WORD})\b", re.I)
_TIME_AFTER = re.compile(r"^\s*(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hrs|o'clock|GMT|UTC|IST|CET)\b", re.I)
_AGE_AFTER = re.compile(r"^[\s-]*(?:years?[\s-]old|year-olds?|yrs)\b", re.I)
_RATIO_WORDS = re.compile(r"\bratio\b|\bfor every\b|\bper\s+\w+|\bto one\b|\bmultiple\b", re.I)
_RANK_BEFORE = re.compile(r"\b(?:ranked|rank|ranking|position|No\.)\s*$", re.I)


def _is_year(tok: NumberToken) -> bool:
    return (not tok.unit and not tok.scaled and not tok.has_decimals and len(tok.digits) == 4
            and tok.text.isdigit() and 1800 <= int(tok.digits) <= 2100)


def _not_a_figure(text: str, tok: NumberToken, period_spans: list[tuple[int, int]]) -> bool:
    if tok.glued_letters or _is_year(tok):
        return True
    if any(s <= tok.start < e for s, e in period_spans) and not tok.unit:
        return True
    before, after = text[max(0, tok.start - 30):tok.start], text[tok.end:tok.end + 30]
    small_integer = not tok.has_decimals and not tok.unit and not tok.scaled and tok.value < 100
    if tok.unit == "" and not tok.scaled:
        if _TIME_AFTER.match(after) or after.startswith(":"):
            return True
        if small_integer and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(after)):
            return True
        if _LABEL_BEFORE.search(before):
            return True
        line_start = text.rfind("\n", 0, tok.start) + 1
        if text[line_start:tok.start].strip() in ("", "#", "-", "*", "(") and re.match(r"^[.)]\s", after) and small_integer:
            return True  # list numbering "1. ..." or "2) ..."
    return False


def _interval(tok: NumberToken, qualifier: str) -> tuple[Decimal | None, Decimal | None]:
    v, half = tok.value, tok.half_width
    if tok.unit == "" and not tok.scaled and not tok.has_decimals and half == Decimal("0.5"):
        half = Decimal(0)  # a whole count with no rounding zeros is exact
    low, high = v - half, v + half
    magnitude = abs(v)
    if qualifier == "about":
        margin = max(half, magnitude * ABOUT_MARGIN)
        return v - margin, v + margin
    if qualifier == "nearly":
        return v - max(half, magnitude * NEARLY_MARGIN), high
    if qualifier in ("more-than", "at-least"):
        return v, None
    if qualifier in ("less-than", "at-most"):
        return (Decimal(0) if v >= 0 else None), v
    return low, high


def _kind(tok: NumberToken, measure: str, clause: str) -> Kind:
    if tok.unit:
        return kind_of(tok.unit)
    if _RATIO_WORDS.search(measure) or (_RATIO_WORDS.search(clause) and tok.has_decimals and tok.value < 100):
        return Kind.RATIO
    if not tok.has_decimals or tok.scaled:
        return Kind.COUNT
    return Kind.NUMBER


def extract_figures(document: Document) -> tuple[Figure, ...]:
    text = document.text
    periods = find_periods(text)
    period_spans = [(p.start, p.end) for p in periods]
    sentences = context.sentences(text)
    figures: list[Figure] = []
    paragraph_year: dict[int, str] = {}
    last_period: dict[int, str] = {}
    sentence_index = 0
    for tok in find_numbers(text):
        if _not_a_figure(text, tok, period_spans):
            continue
        while sentence_index + 1 < len(sentences) and sentences[sentence_index].end <= tok.start:
            sentence_index += 1
        sentence = sentences[sentence_index] if sentences else context.Sentence(0, len(text), 0)
        clause_start, clause_end = context.clause_bounds(text, sentence, tok.start)
        prefix, suffix = text[clause_start:tok.start], text[tok.end:clause_end]
        qualifier = context.qualifier_before(text[max(sentence.start, tok.start - 40):tok.start])
        sign, _to_level = context.direction(text[max(sentence.start, tok.start - 45):tok.start], text[tok.end:sentence.end])
        if tok.text.lstrip("$£€¥₹₦ ")[:1] in "+-−–" and tok.unit in ("percent", "percentage_point", "basis_point"):
            sign = -1 if tok.value < 0 else 1  # "+27%" and "-3%" are changes
        raw_measure = context.measure_after(text[tok.end:sentence.end])
        if not raw_measure or raw_measure.lower() in ("people", "persons", "units", "cases"):
            before = context.measure_before(prefix)
            raw_measure = f"{before} {raw_measure}".strip() if before else raw_measure
        measure = context.normalise_measure(raw_measure)
        period = _period_for(tok, sentence, clause_start, clause_end, periods, paragraph_year, last_period)
        low, high = _interval(tok, qualifier)
        figures.append(Figure(
            id=f"F{len(figures) + 1}",
            text=tok.text,
            span=document.span(tok.start, tok.end),
            value=tok.value,
            low=low,
            high=high,
            unit=tok.unit,
            kind=_kind(tok, measure, text[clause_start:clause_end]),
            measure=measure,
            period=period,
            qualifier=qualifier,
            direction=sign,
        ))
    return tuple(figures)


def _period_for(tok, sentence, clause_start, clause_end, periods, paragraph_year, last_period) -> str:
    """The nearest period in the figure's clause, else earlier in its sentence,
    else the one last named in its paragraph."""
    in_sentence = [p for p in periods if sentence.start <= p.start < sentence.end]
    for p in in_sentence:
        if p.has_year:
            paragraph_year[sentence.paragraph] = p.period[:4] if p.period[:2] in ("19", "20") else p.period[2:6]
    year = paragraph_year.get(sentence.paragraph) or paragraph_year.get(sentence.paragraph - 1)
    in_clause = [p for p in in_sentence if clause_start <= p.start < clause_end]
    chosen = None
    if in_clause:
        chosen = min(in_clause, key=lambda p: abs(p.start - tok.start))
    else:
        earlier = [p for p in in_sentence if p.end <= tok.start]
        if earlier:
            chosen = earlier[-1]
    if chosen is not None:
        period = with_year(chosen.period, year)
        if chosen.start < tok.start:
            last_period[sentence.paragraph] = period
        return period
    return last_period.get(sentence.paragraph) or (year or "")
