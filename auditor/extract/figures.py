"""Assemble `Figure`s: numbers that are figures, with interval, unit, kind,
measure, period, qualifier, direction and subject. Knows nothing of checks or rules.

What is *not* a figure (never checked; years still feed periods): years,
dates, clock times, ages, list and section numbers, phone numbers, ordinals
("13th"), labels and product names ("Table 2", "Windows 11"), and numbers
that are part of a compound word ("10-year bond").
"""
from __future__ import annotations

import bisect
import decimal
import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from auditor import lazy_re
from auditor.document import Document, per_document_cache
from auditor.extract import context, hedges
from auditor.extract.numbers import (FIRST_WORDS, MAX_NUMBER_DIGITS, SCALES, WORD_VALUES, NumberToken, alternation,
                                     find_numbers)
from auditor.extract.periods import (MONTHS, OPENS_ON_NEXT, PRIOR_BEFORE, QUOTE_VALUE_SLOT, STRETCH_POINTING_BACK,
                                     PeriodMention, anaphoric_prior_before, find_periods, months_in, prior_before,
                                     prior_step, shifted, with_trailing_windows, with_year, year_in_view)
from auditor.extract.units import CURRENCY_PREFIXES, ISO_CURRENCIES, UNIT_WORDS, kind_of
from auditor.model import Figure, Kind

# Margins for approximate figures, beyond what their rounding allows.
# "about 279,400": the true value is within 1% either side (or the rounding, if wider);
# a statistics editor writes "about" for a figure rounded for the reader, rarely further off.
ABOUT_MARGIN = Decimal("0.01")
# "nearly 300,000": up to 5% below the figure (or its rounding), and above it only as far as its rounding goes: real
# writers say "nearly" of a figure that rounds to the round one (capping it at the figure lost a blind relation).
NEARLY_MARGIN = Decimal("0.05")
# "nearly tripled", "almost three times": a multiple said in a word is a small whole number, coarser than
# a figure in digits; 2.75 times is "nearly three times" to a reporter (up to 10% below, never above).
NEARLY_MULTIPLE_MARGIN = Decimal("0.10")
# "up a fifth", "a third higher": a change told as a fraction in words is the nearest simple
# fraction to the true rate, within a tenth of it either side (a fifth: 18% to 22%).
WORD_FRACTION_CHANGE_MARGIN = Decimal("0.10")

_LABEL_BEFORE = lazy_re.compile(
    r"\b(?:table|tables|figure|fig\.|chart|section|chapter|page|p\.|pp\.|article|item|no\.|nos\.|paragraph|clause|"
    r"rule|schedule|annex|appendix|class|grade|standard|version|v|windows|phase|level|stage|act|form|box|exhibit|"
    r"district|ward|route|line|road|block|plot|room|flat|sector|zone|covid|model|series|number|no|step|"
    r"part|release|vol\.|volume|issue|cat\.|catalogue|gpa|cgpa)\s*$",
    re.I,
)
# a day, week or round named by its number, capitalised or after a comma, colon or dash ("report, day 60", "Round 3");
# not "in a single day 60 vehicles crossed"
# (and a period, week or round by its number after a preposition, with no article: "for period 9", "in week 14",
# "during period 12", "Period 3 of 2013/14"; not "over the period 12 firms closed")
_STEP_LABEL_BEFORE = lazy_re.compile(r"(?:(?:^|[,:;–—]|\s-)\s*(?i:day|week|round|matchday|lap|wave|episode|leg|heat)|"
                                     r"\b(?:Day|Week|Round|Matchday|Lap|Wave|Episode|Leg|Heat|Period)|"
                                     r"\b(?i:for|in|during|of|by|to)[ \t]+(?i:period|week|round|matchday|wave))\s*$")
# a run of weeks or rounds named by their numbers: "epidemiological weeks 1–31", "rounds 3 to 5" (the plural
# then a range; "weeks 12" alone may start a count of something else, "12 weeks 3 days")
# a goal, target or indicator of a framework, capitalised as a name, right before its number ("Target 3.1", "Goal 4",
# "Indicator 16.1.3"), which numbers it in the framework's own numbering: no amount
_FRAMEWORK_LABEL_BEFORE = lazy_re.compile(r"\b(?:Target|Goal|Indicator|Objective|Outcome|Milestone)[ \t]+$")
_FRAMEWORK_NUMBERING = lazy_re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}")
# the noun "year" right before a plain number: the number names the year ("the Iranian year 1400", "Year 12")
_YEAR_NAME_BEFORE = lazy_re.compile(r"\b(?i:year)[ \t]+$")
# the words that make a year before a currency's name the base of its prices, not an amount: "in constant 2015
# dollars", "in 2015 dollars", "at 2010 prices", "real 2019 euros" ("$1.9 trillion in 2015 dollars": no $2,015)
_PRICE_BASE_BEFORE = lazy_re.compile(r"\b(?i:in|at|of|constant|real|chained|inflation-adjusted)[ \t]+\(?$")
# a row that opens with a number and a name, then a colon and the row's value: "15 Micron close: 3229",
# "12 Protein wheat close: 2031" (the name is capitalised, as a row heading is; "12 regions: 5 grew" counts regions)
_ROW_NAME_AFTER = lazy_re.compile(r"[ \t]+[A-Z][A-Za-z-]*(?:[ \t]+[A-Za-z%()-]+){0,3}[ \t]*:[ \t]*[-+]?\d")
_STEP_RANGE_BEFORE = lazy_re.compile(r"\b(?i:weeks|rounds|waves|matchdays|laps|episodes)\s+(?P<low>\d{1,3}\s*(?:–|-|to)\s*)?$")
_RANGE_REST = lazy_re.compile(r"^\s*(?:–|-|to)\s*\d")
_FIGURE_THEN_V = lazy_re.compile(r"\d(?:\s*%)?(?:\s*\([^()]{1,20}\))?\s+v\.?\s*$")
# "number" as a verb, after a plural subject, a relative pronoun or an adverb: "homeless families now number 1,739",
# "the nurses, who number 2,150" (not "number 12", "Route number 9", "the number 7 bus")
_NUMBER_AS_A_VERB = lazy_re.compile(r"\b(?:[a-z]{3,}s|who|which|they|now|still|together|currently|collectively|combined)"
                                    r"\s+number\s*$")
# the words of _LABEL_BEFORE, for a quick test before the regular expression
_LABEL_WORDS = set(re.sub(r"\\", "", _LABEL_BEFORE.pattern.split("(?:", 1)[1].split(")", 1)[0]).split("|"))
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_BEFORE = lazy_re.compile(rf"\b(?:{_MONTH_WORD})\.?\s*$", re.I)
_DAY_GLUED_TO_YEAR = lazy_re.compile(r"(?:[1-9]|[12]\d|3[01])(?:19|20)\d\d")
# (or the first day of a span of days: "9 – 15 August 2021", "between 3-9 May", "12 to 18 June")
_DATE_AFTER = lazy_re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH_WORD})\b|^,?\s*(?:19|20)\d\d\b"
                              rf"|^\s*(?:st|nd|rd|th)?\s*(?:[-–—]|to|and|until|till|through)\s*(?:[1-9]|[12]\d|3[01])"
                              rf"(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH_WORD})\b", re.I)
# ("123.4 p.m.p", per million population, is no time: no letter may follow the "m", after a full stop or not)
_TIME_AFTER = lazy_re.compile(r"^\s*(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hrs|o'clock|GMT|UTC|IST|CET)(?!\.?[A-Za-z])", re.I)
# ("within the 45-64 age bracket (30.1%)": both ends of a range named as an age group are ages, not amounts)
_AGE_AFTER = lazy_re.compile(r"^[\s-]*(?:years?[\s-]+old|year-olds?|yrs)\b"
                             r"|^(?:\s*(?:-|–|—|to)\s*\d{1,3})?(?:[\s-]*years?)?\s+age[\s-]+(?:brackets?|groups?|bands?|ranges?|cohorts?|categor(?:y|ies)|class(?:es)?)\b", re.I)
_AGE_BEFORE = lazy_re.compile(r"\b(?:aged|ages?)\s+(?:of\s+|between\s+|from\s+)?$", re.I)
# a decimal point with a stray space after it, between digits: "N149. 79 billion", "N130. 50 billion"
# (with a scale word after the second half: "in 2022. 15 accidents" is two sentences)
_SPLIT_DECIMAL_AFTER = lazy_re.compile(r"\. \d{1,2}\s*(?:billion|million|thousand|trillion|bn|mn|m|k)\b", re.I)
_SPLIT_DECIMAL_BEFORE = lazy_re.compile(r"(?<![\d,.])\d{1,3}\. $")
# a point then exactly three zeros ("181.000"): in a text of decimal points, most likely a thousands group
_POINT_THREE_ZEROS = lazy_re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.000(?![\d.,]\d|\d)")
_COMMA_GROUPED = lazy_re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d])")
# where a level stands, then "minus" right before the figure: the sign of a level below zero
# ... unless what stands below zero is a change ("the natural growth of population was minus 12.5 ten thousand")
_GROWTH_NAMED_BEFORE = lazy_re.compile(r"\b(?:growth|increase|change|rise|gain|decline|decrease|fall|drop)\b", re.I)
_NEGATIVE_LEVEL_BEFORE = lazy_re.compile(r"(?:\(|\b(?:to|at|was|is|were|are|against|versus|reached|hit))\s*minus\s+$", re.I)
# "children under 15", "people over 65", "adults above 60": an age bound (never the first end of a range)
_AGE_BOUND_BEFORE = lazy_re.compile(r"\b(?:children|child|people|persons|adults|youths?|pupils|women|men|girls|boys|those|"
                              r"residents|workers|patients|drivers|voters)\s+(?:under|over|above|below|older\s+than|"
                              r"younger\s+than)\s+(?:the\s+age\s+of\s+)?$", re.I)
# a body's size, named as the container of a count: "in the 403-member Assembly", "of the 120-seat council"
_BODY_SIZE_AFTER = lazy_re.compile(r"^-(?:member|seat)\b", re.I)
_CONTAINER_BEFORE = lazy_re.compile(r"\b(?:in|of|into|on)\s+(?:the|a|an|its|their)\s+$", re.I)
# a hotel's grade: "5 stars", "1 star", "5-star" (not a score: "rated 4 stars", "an average of 3 stars")
_STAR_GRADE_AFTER = lazy_re.compile(r"^[ -]stars?\b", re.I)
_SCORE_BEFORE = lazy_re.compile(r"\b(?:rated|rating\s+of|score\s+of|scored|average\s+of|mean\s+of)\s+$", re.I)
_COMPOUND_AFTER = lazy_re.compile(r"^-(?:year|month|week|day|hour|minute|member|point|page|seat|storey|lane|digit)s?\b", re.I)
# A telephone number: three groups or more, starting with + or 0, or named as one.
_PHONE = lazy_re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?\(?\d{2,5}\)?(?:[\s.-]\d{2,5}){2,4}(?![\w.,]?\d)")
_PHONE_WORDS = lazy_re.compile(r"\b(?:tel|telephone|phone|fax|call|mobile|hotline|helpline|queries|contact|whatsapp)\b\.?:?\s*$", re.I)
_RATIO_WORDS = lazy_re.compile(r"\bratio\b|\bfor every\b|\bfor each\b|\bper\s+(?!cent\b)\w+|\bto one\b", re.I)
_RANK_BEFORE = lazy_re.compile(r"\b(?:ranked|rank|ranking|position)\s*(?:No\.\s*)?$", re.I)
_CONNECTOR = lazy_re.compile(r"^\s*(?:-|–|—|to|and|or|through)\s*$", re.I)
_LIST_COMMA = lazy_re.compile(r"^,\s+$")
# the span a change compares ("on the year", "month-over-month", "on a monthly comparison basis", "in quarterly terms")
_SPAN_BASIS = r"\bon\s+an?\s+(?:[a-z-]+\s+){{0,2}}{adj}\s+(?:comparison\s+)?basis\b|\bin\s+{adj}\s+terms\b|\b{adj}\s+comparison\b"
_CHANGE_OF = [
    (lazy_re.compile(r"\byear[\s-]on[\s-]year\b|\by-o-y\b|\by/y\b|\byoy\b|\b(?:from|than|over|on)\s+(?:a|one|the)\s+year\s+"
                     r"(?:earlier|ago|before)|\bsame\s+(?:period|month|quarter)\s+(?:of\s+)?(?:last|the\s+previous|a)\s+year|"
                     r"\byear[\s-]over[\s-]year\b|\bon\s+the\s+year\b|" + _SPAN_BASIS.format(adj=r"(?:annual|yearly)") + "|"
                     r"\bannual(?:ly)?\b(?=.*\b(?:growth|rate|increase|change|rise|fall|inflation)\b)", re.I), "year-on-year"),
    (lazy_re.compile(r"\bquarter[\s-]on[\s-]quarter\b|\bq-o-q\b|\bq/q\b|\b(?:previous|preceding|prior) quarter\b|"
                     r"\bquarterly change\b|\bquarter[\s-]over[\s-]quarter\b|\bon\s+the\s+quarter\b|"
                     + _SPAN_BASIS.format(adj="quarterly"), re.I), "quarter-on-quarter"),
    (lazy_re.compile(r"\bmonth[\s-]on[\s-]month\b|\bm-o-m\b|\bm/m\b|\b(?:previous|preceding|prior) month\b|"
                     r"\bmonthly change\b|\bmonth[\s-]over[\s-]month\b|\bon\s+the\s+month\b|"
                     + _SPAN_BASIS.format(adj="monthly"), re.I), "month-on-month"),
]
# a comparison named at the head of its sentence, before a comma: "On a monthly comparison basis, sales rose 11.3%",
# "Month-on-month, retail sales went up by 28.7%"
_FRONTED_PHRASE = lazy_re.compile(r"^\W*(?P<lead>[^,.;]{3,60}),")


def _is_year(tok: NumberToken) -> bool:
    return (not tok.unit and not tok.scaled and not tok.has_decimals and len(tok.digits) == 4
            and tok.text.isdigit() and 1800 <= int(tok.digits) <= 2100)


def _is_year_of_prices(text: str, tok: NumberToken) -> bool:
    """A year written before a currency's name, after words of a price base: "in constant 2015 dollars"."""
    return (bool(tok.unit) and kind_of(tok.unit) is Kind.MONEY and not tok.scaled and not tok.has_decimals
            and tok.text[:4].isdigit() and len(tok.digits) == 4 and 1900 <= int(tok.digits) <= 2100
            and text[tok.start + 4:tok.start + 5] in (" ", "\u00a0")
            and bool(_PRICE_BASE_BEFORE.search(text, max(0, tok.start - 30), tok.start)))


def _phone_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        named = _PHONE_WORDS.search(text[max(0, m.start() - 20):m.start()])
        if len(digits) >= 7 and (m.group()[0] in "+0(" or named):
            spans.append((m.start(), m.end()))
    return spans


# after a percentage, the statistical interval or test it names: "95% confidence interval", "90% CI",
# "the 5% significance level", "a 95% credible interval"
_STATISTICAL_LEVEL_AFTER = lazy_re.compile(r"[\s-]*(?:confidence|credible|credibility|prediction|significance|CI\b)", re.I)


def _small_integer(tok: NumberToken) -> bool:
    return not tok.has_decimals and not tok.unit and not tok.scaled and not tok.kind_hint and tok.value < 100


def _estimate_flag(text: str, tok: NumberToken) -> bool:
    """ "2.1e", "4.5p": a table value flagged estimated/provisional, still a figure."""
    return (tok.has_decimals and text[tok.end:tok.end + 1] in "eprf"
            and not text[tok.end + 1:tok.end + 2].isalnum())


def _inside(position: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether `position` falls in one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(starts, position)
    return i > 0 and position < spans[i - 1][1]


def _not_a_figure(text: str, tok: NumberToken, period_spans, phone_spans) -> bool:
    if tok.words:
        before = text[max(0, tok.start - 30):tok.start]
        return bool(_AGE_BEFORE.search(before) or _AGE_AFTER.match(text[tok.end:tok.end + 20]))
    if tok.glued_letters and not _estimate_flag(text, tok):
        return True
    if _is_year(tok) and not QUOTE_VALUE_SLOT.search(text, max(0, tok.start - 16), tok.start):
        return True  # (but "17 Micron close: 1916": a quote's value)
    if _is_year_of_prices(text, tok):
        return True  # "in constant 2015 dollars": the year whose prices the amounts are in, no amount of its own
    if tok.digits == "000" and not tok.has_decimals:
        return True  # "(£000)", "€000s": thousands written as zeros, a table's unit marker
    if (not tok.has_decimals and tok.text[-1:].isdigit() and _SPLIT_DECIMAL_AFTER.match(text, tok.end)) \
            or tok.scaled and _SPLIT_DECIMAL_BEFORE.search(text, max(0, tok.start - 6), tok.start):
        return True  # "Profit before tax stood at N149. 79 billion": a decimal split by a stray space, neither half a figure
    if tok.unit == "percent" and _STATISTICAL_LEVEL_AFTER.match(text, tok.end):
        return True  # "a 95% confidence interval", "at the 5% significance level": the name of a method, not a measurement
    if _inside(tok.start, *phone_spans):
        return True
    if _inside(tok.start, *period_spans) and not tok.unit and not tok.scaled:
        return True
    before, after = text[max(0, tok.start - 30):tok.start], text[tok.end:tok.end + 30]
    if not tok.unit and _AGE_BOUND_BEFORE.search(before):
        return True
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after) or _COMPOUND_AFTER.match(after) \
            and not (_BODY_SIZE_AFTER.match(after) and _CONTAINER_BEFORE.search(before)):
        return True  # (but "311 seats in the 403-member Assembly": the size of the body a count is of)
    if tok.unit == "" and not tok.scaled:
        if _TIME_AFTER.match(after) or after.startswith(":") and after[1:2].isdigit() and tok.kind_hint != "ratio-part":
            return True
        if before.endswith(("#", "No", "no.", "'", "’")):
            return True  # "#2", "No 5", "('000)": a label or a unit marker
        if _DATE_BEFORE.search(before) and _DAY_GLUED_TO_YEAR.fullmatch(text[tok.start:tok.end].replace(",", "")):
            return True  # "up to February 292,024": a day and its year, the comma between them misplaced
        if _small_integer(tok) and tok.value <= 7 and _STAR_GRADE_AFTER.match(after) and not _SCORE_BEFORE.search(before):
            return True  # "every grade from 5 stars to 1 star", "5-star hotels": a grade's name, not an amount
        if _small_integer(tok):
            if after.lstrip().startswith("|") and text[text.rfind("\n", 0, tok.start) + 1:tok.start].strip() in ("", "|"):
                return True  # "1 | 1,699 | 2,820": the first cell of a table row names the row
            if tok.value <= 31 and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(after)):
                return True
            if before.endswith("(") and after.startswith(")") and "|" not in _line(text, tok.start) \
                    and not _bracket_label(text, tok) and not _PERCENT_BEFORE_BRACKET.search(before):
                return True  # "(1) the working-age population": list numbering (but "18.1% (80) passed": its count)
            if _NAME_BEFORE.search(before) and not _NOT_A_NAME.search(before) and not _in_a_list_of_counts(text, tok):
                return True  # a name with a number: "Windows 11", "Phase 3", "Route 9"
            if _BLOC_BEFORE.search(before) and tok.value <= 50:
                return True  # "imports from other countries than EU 27", "the G-20": a bloc named by its members' count
        if _FRAMEWORK_LABEL_BEFORE.search(before) and not tok.unit and not tok.scaled \
                and _FRAMEWORK_NUMBERING.fullmatch(tok.text):
            return True  # "Target 3.1", "Goal 4": a goal or target of a framework named by its number
        if _YEAR_NAME_BEFORE.search(before) and tok.text.isdigit():
            return True  # "the Iranian year 1400", "Year 12": the name of a year, in any calendar, or of a school year
        if _small_integer(tok) and not text[text.rfind("\n", 0, tok.start) + 1:tok.start].strip() \
                and _ROW_NAME_AFTER.match(text, tok.end):
            return True  # "15 Micron close: 3229": the number opens the name of the row the value after the colon is of
        if _STEP_LABEL_BEFORE.search(before):
            return True  # "situation report, day 60", "Round 3": the number of a day or round, not a count
        if (step_range := _STEP_RANGE_BEFORE.search(before)) and (step_range.group("low") or _RANGE_REST.match(after)):
            return True  # "weeks 1–31": the numbers of the first and last week, no counts
        last_word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
        if (last_word in _LABEL_WORDS or last_word.rstrip(".") in _LABEL_WORDS) and _LABEL_BEFORE.search(before) \
                and not (last_word.rstrip(".") == "v" and _FIGURE_THEN_V.search(before)) \
                and not (last_word == "number" and _NUMBER_AS_A_VERB.search(before)):
            return True  # (but "63,418 (2023) v 58,906": one figure against another, not a version)
        line_start = text.rfind("\n", 0, tok.start) + 1
        if text[line_start:tok.start].strip() in ("", "#", "-", "*", "(") and re.match(r"^[.)]\s", after) \
                and _small_integer(tok):
            return True  # list numbering "1. ..." or "2) ..."
    return False


# A percentage right before a bracketed number, which is then the count the percentage is of its whole: "18.1% (80)"
_PERCENT_BEFORE_BRACKET = lazy_re.compile(r"\d\s*(?:%|per\s*cent|percent)[ \t]*\($")
# The word before a bracketed number: "Kenya (57)", "FCT (3)", "the least deadly (31)".
_WORD_BEFORE_BRACKET = lazy_re.compile(r"(?<![\w'’-])([A-Za-z][A-Za-z'’&.-]*)[ \t]?\($")
# What closes a bracketed count in a list: a comma, a full stop, "and", "or" ("Kano (36), Niger (33) and ...").
_LIST_ITEM_CLOSE = lazy_re.compile(r"\)(?:[ \t]*[,;.:]|[ \t]+(?:and|or)\b|[ \t]*(?:\n|\Z))")


def _bracket_label(text: str, tok: NumberToken) -> str:
    """A number in brackets right after a name or a label counts what the name says ("Kenya (57)
    and Uganda (43)", "February the least deadly (31)"); after a word of grammar or a label of
    numbering ("and (2) the", "section (3)") it numbers a list. Returns the name or label, or ""."""
    m = _WORD_BEFORE_BRACKET.search(text, max(0, tok.start - 40), tok.start)
    if not m:
        return ""
    word = m.group(1).rstrip(".")
    low = word.lower()
    if low in context.STOP_WORDS or low in _LABEL_WORDS:
        return ""
    if word[0].isupper() and word not in _NOT_SUBJECTS:
        return word  # a name: "Kenya (57)", "FCT (3)"
    return word if _LIST_ITEM_CLOSE.match(text, tok.end) else ""


# Which crown "kr" and "kroner" are: a currency code the document writes, else the country it names.
_KRONE_CODE = lazy_re.compile(r"\b(NOK|SEK|DKK|ISK)\b")
_KRONE_COUNTRY = lazy_re.compile(r"\b(?:(?P<NOK>Norw)(?:ay|egian)|(?P<SEK>Swed)(?:en|ish)|(?P<DKK>Den)mark|(?P<DKK2>Dan)ish"
                            r"|(?P<ISK>Icel)(?:and|andic))\b")


def _name_krone(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """ "3.1 billion kr" in a report that writes "NOK" elsewhere (or names Norway) is in kroner
    of Norway: the nearest code before the figure, else the first after it; a country named
    only when no code is written. Left as "krone" when the document says neither."""
    mentions = [(m.start(), m.group(1)) for m in _KRONE_CODE.finditer(text)]
    if not mentions:
        mentions = [(m.start(), (m.lastgroup or "")[:3]) for m in _KRONE_COUNTRY.finditer(text)]
    if not mentions:
        return tokens
    starts = [start for start, _ in mentions]
    out = []
    for tok in tokens:
        if tok.unit == "krone":
            i = bisect.bisect_right(starts, tok.start)
            tok = replace(tok, unit=mentions[i - 1 if i else 0][1])
        out.append(tok)
    return out


def _line(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start:end if end >= 0 else len(text)]


_SCALES_LONGEST_FIRST = sorted(SCALES.items(), key=lambda kv: -len(kv[0]))


def _written_scale(tok: NumberToken) -> Decimal:
    """The factor a scaled token's scale word gives ("1.2 million" -> 10**6, "4.5 lakh tonnes" -> 10**5); 1 when
    the token has none."""
    if not tok.scaled:
        return Decimal(1)
    word = _after_number(tok)
    return next((v for w, v in _SCALES_LONGEST_FIRST if word.startswith(w) or word.lstrip("-").startswith(w)), Decimal(1))


def _share_unit_and_scale(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """The near end of a range or a pair takes the far end's unit and scale:
    "between 4.1 and 4.3 percent", "3.1-3.5 per cent", "1.2 to 1.5 million"."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        near, far = out[i], out[i + 1]
        if near.unit or near.scaled or near.words or far.words or near.kind_hint or not (far.unit or far.scaled):
            continue
        connector = _CONNECTOR.match(text[near.end:far.start])
        # "of 9,870, 6,540 and 2,100 tonnes": a list's items before the last take its unit, item by
        # item ("to 10, 636" is one number with a stray space, not a list)
        listed = far is not tokens[i + 1] and _LIST_COMMA.match(text[near.end:far.start]) and near.end - near.start >= 4
        if not connector and not listed:
            continue
        scale = _written_scale(far)
        if near.value >= 1000 and scale > 1:
            continue  # "6,000 to 1.2 million" has two different scales
        if connector and connector.group().strip() == "—" and near.value * scale > far.value:
            continue  # "reached 2,105 — 31% of the 8,420": a range runs upwards; this em dash opens an aside
        if connector and connector.group().strip().lower() == "or" and not near.value * scale <= far.value <= 2 * near.value * scale:
            continue  # "775 or 38.5%", "30 or 75%": a count and the share it is; "4 or 5 per cent" is a range
        out[i] = replace(near, value=near.value * scale, half_width=near.half_width * scale, unit=far.unit,
                         scaled=scale != 1)
    return out


# an abbreviation a report defines in brackets right after a figure's unit: "319.86 lakh tonnes (lt)", "1.2 million
# barrels a day (mb/d)"
_ABBREVIATION_DEFINED = lazy_re.compile(r"[ \u00a0]*\((?P<abbr>[A-Za-z][A-Za-z./]{0,5})\)")
_MOST_ABBREVIATIONS = 20


def _defined_abbreviations(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """Numbers written with a unit's abbreviation the report defined after an earlier figure take that figure's unit
    and scale: after "319.86 lakh tonnes (lt)", "282.64 lt" is 282.64 lakh tonnes. Only plain numbers (no unit or
    scale of their own) right before the abbreviation, which must be written as defined, are read so."""
    defined: dict[str, tuple[str, Decimal]] = {}
    out = []
    for tok in tokens:
        if defined and not tok.unit and not tok.scaled and not tok.words:
            for abbr, (unit, scale) in defined.items():
                end = tok.end + 1 + len(abbr)
                if text[tok.end:end] in (" " + abbr, "\u00a0" + abbr) and not text[end:end + 1].isalnum():
                    tok = replace(tok, value=tok.value * scale, half_width=tok.half_width * scale, unit=unit,
                                  scaled=scale != 1, end=end, text=text[tok.start:end])
                    break
        out.append(tok)
        m = _ABBREVIATION_DEFINED.match(text, tok.end)
        if m and (tok.unit or tok.scaled) and not tok.words and len(defined) < _MOST_ABBREVIATIONS \
                and m.group("abbr") not in defined and m.group("abbr").upper() not in ISO_CURRENCIES:
            scale = _written_scale(tok)
            if tok.unit or scale != 1:
                defined[m.group("abbr")] = (tok.unit, scale)
    return out


def _elided_units(text: str, tokens: list[NumberToken], sentence_of: list[int]) -> list[NumberToken]:
    """A bare number set against another takes the other's unit, which the writer left out:
    "fell to 50.26 million barrels, against 62.72 million produced in June 2019", "$4.1 billion,
    compared with 3.9 billion a year earlier", "63.19 million, a gain of 0.7 percent over the 62.75
    million barrels of March 2019". A scaled number takes the one unit of the numbers of its
    sentence with the same scale word that words of comparison set it against; a bare one only that
    of the number it is set against, and only when the words after it are not a noun of its own
    ("against 300 wells"). `sentence_of` holds each token's sentence index."""
    out = list(tokens)
    by_sentence: dict[int, list[int]] = {}
    for i, k in enumerate(sentence_of):
        by_sentence.setdefault(k, []).append(i)
    for members in by_sentence.values():
        with_units = [i for i in members if out[i].unit and not out[i].words]
        carriers = [i for i in with_units if out[i].unit not in _NOT_CARRIED]
        if not with_units:
            continue
        for position, i in enumerate(members):
            far = out[i]
            if far.unit or far.words or far.kind_hint:
                continue
            if far.scaled:
                scale = _scale_word(far)
                # (or in apposition after ", or": "21.4 million tonnes, 62 per cent of them in boxes, or 13.3 million")
                apposed = _OR_APPOSED_BEFORE.search(text, max(0, far.start - 10), far.start)
                units = {out[j].unit for j in carriers if out[j].scaled and _scale_word(out[j]) == scale
                         and (_COMPARED.search(text[min(far.end, out[j].end):max(far.start, out[j].start)])
                              or apposed and out[j].end < far.start
                              or out[j].end < far.start and (_FRONTED_WHOLE.search(text, max(0, out[j].start - 40), out[j].start)
                                                             # "1.9 million tonnes between them: 1.1 million at ..."
                                                             or ":" in text[out[j].end:far.start]))}
                if len(units) == 1 and _NO_NOUN_AFTER.match(text, far.end) \
                        and not _COUNTED_NOUN_OF_BEFORE.search(text, max(0, far.start - 40), far.start):
                    out[i] = replace(far, unit=units.pop())
            elif position > 0 and out[members[position - 1]].unit and not out[members[position - 1]].words:
                # (the one before may have taken its unit so: "... with 540,000 and Tanzania with 310,000")
                near = out[members[position - 1]]
                between = text[near.end:far.start]
                # (or, both with decimals, set side by side for two groups: "81.3 years for women and 77.6 for men";
                # a duration is carried only so: "open for over 90 days, down from 2,105" counts claims)
                parallel = near.has_decimals and far.has_decimals and _AND_FOR_ANOTHER.fullmatch(between)
                if not near.scaled and (near.unit not in _NOT_CARRIED and (_SET_AGAINST.fullmatch(between)
                                                                          or _RANKED_NEXT.fullmatch(between)) or parallel) \
                        and _NO_NOUN_AFTER.match(text, far.end):
                    out[i] = replace(far, unit=near.unit)
    return out


def _whole_in_its_parts_unit(text: str, tokens: list[NumberToken], sentence_of: list[int]) -> list[NumberToken]:
    """A bare number, then a verb saying what follows exhausts it ("was made up of", "comprised", "broke down
    into", "consisting of"), then its parts, each written with one and the same unit: the whole is in that unit,
    which the writer gave only the parts ("the total road network of 78,404 was made up of 14,583km of trunk roads,
    48,583km of feeder roads and 15,462km of urban roads", "output of 12,400 comprised 8,100 tonnes of wheat and
    4,300 tonnes of maize"). The parts must follow the verb at once, two at least, with nothing unitless between."""
    out = list(tokens)
    for i, whole in enumerate(tokens):
        if whole.unit or whole.scaled or whole.words or whole.kind_hint or i + 2 >= len(tokens) \
                or tokens[i + 1].start - whole.end > _MOST_BEFORE_THE_PARTS \
                or not _parts_follow().fullmatch(text[whole.end:tokens[i + 1].start]) \
                or not _NO_NOUN_AFTER.match(text, whole.end):
            continue
        parts = []
        for j in range(i + 1, len(tokens)):
            if sentence_of[j] != sentence_of[i] or not tokens[j].unit or tokens[j].words:
                break
            parts.append(tokens[j])
        units = {p.unit for p in parts}
        # (parts with a scale word would give the bare whole their unit but not their scale: "318 consisted of
        # 204 million cubic metres ..." is left alone)
        if len(parts) >= 2 and len(units) == 1 and not units & _NOT_CARRIED and not any(p.scaled for p in parts):
            out[i] = replace(whole, unit=parts[0].unit)
    return out


@lru_cache(maxsize=1)
def _parts_follow() -> lazy_re.LazyPattern:
    """Between a bare whole and its first part: the verb of a breakdown (lexicon's PARTITIVES_EXHAUSTIVE), with
    its auxiliary and a hedge. Built on first use: the grammar package imports this module."""
    from auditor.grammar import lexicon
    return lazy_re.compile(rf"\s*,?\s*(?:(?:was|were|is|are|has\s+been|had\s+been|being)\s+)?"
                      rf"(?:{lexicon.alternation(lexicon.PARTITIVES_EXHAUSTIVE)})\s*:?\s+(?:some\s+|about\s+)?", re.I)


_MOST_BEFORE_THE_PARTS = 40


# a whole fronted by "Of the" opens the sentence: its parts after it share its unit ("Of the region's
# 3.4 million hectares of farmland, 1.1 million are irrigated")
_FRONTED_WHOLE = lazy_re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:of|among|out\s+of)\s+(?:(?:the|all|its|their|[a-z]+['’]s)\s+){1,2}$",
                                 re.I)
_OR_APPOSED_BEFORE = lazy_re.compile(r",\s*or\s+(?:some\s+|about\s+|nearly\s+)?$")
# words between two figures that set one against the other
_COMPARED = lazy_re.compile(r"\b(?:against|compared|versus|vs|from|over|on|than|below|above|behind|rise|fall|gain|increase|decrease|"
                            r"decline|drop|growth|up|down|part|within|counted|included|among|out\s+of)\b", re.I)
# a noun that counts people or things, then "of", names the number's own measure: "spent £812 million on a population
# of 57.2 million" (no pounds)
_COUNTED_NOUN_OF_BEFORE = lazy_re.compile(
    r"\b(?:population|people|residents|inhabitants|households|workers|employees|staff|members|students|pupils|users|"
    r"subscribers|customers|visitors|passengers|patients|voters|tourists|vehicles|homes|dwellings|jobs|units)\s+of\s+"
    rf"(?:(?:{lazy_re.alternation(hedges.AFTER_A_COUNTED_NOUN_OF)})\s+)?$", re.I)
# (a duration is what a level lasts, not a level: "2,370 claims open for over 90 days, down from 2,105")
_NOT_CARRIED = frozenset({"percent", "percentage_point", "basis_point", "per_mille", "times", "year", "month", "week", "day", "hour"})


def _index_points(text: str, tokens: list[NumberToken], sentences, sentence_of: list[int]) -> list[NumberToken]:
    """"The DSEX index shed 22.91 points ... and closed at 6,261 points": in a sentence about an index,
    bare "points" are the index's own, a level and its moves, not percentage points."""
    out = list(tokens)
    for i, (tok, k) in enumerate(zip(out, sentence_of)):
        if tok.unit != "percentage_point" or not _BARE_POINTS.search(tok.text) or k < 0:
            continue
        if _AN_INDEX.search(text, sentences[k].start, sentences[k].end):
            out[i] = replace(tok, unit="index_point")
    return out


_BARE_POINTS = lazy_re.compile(r"(?<!percentage )(?<!percent )\b(?:points?|pts?)\.?$", re.I)
_AN_INDEX = lazy_re.compile(r"\b(?:index|indices|indexes|bourse|stock\s+exchange|benchmark)\b", re.I)


def _after_number(tok: NumberToken) -> str:
    """The words a token holds after its digits, in lower case ("million barrels" of "50.26 million barrels")."""
    number = _DIGITS_PART.match(tok.text)
    return tok.text[number.end():].strip().lower() if number else ""


def _scale_word(tok: NumberToken) -> str:
    words = _after_number(tok).split()
    return words[0] if words else ""  # "million" of "50.26 million barrels"


_DIGITS_PART = lazy_re.compile(r"[^\d]*[\d.,\s\u00a0\u202f\u2009]*\d")


_SET_AGAINST = lazy_re.compile(r"\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|from|up\s+from|down\s+from)"
                               r"\s+(?:the\s+|a\s+)?", re.I)
# ... or next in a ranking or list, by a name: "512,000 tonnes, followed by Uganda with 540,000", "ahead of Uganda
# (540,000)", "... with 540,000 and Tanzania with 310,000"
_NAMED_NEXT = r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.-]*(?:['’]s)?\s*"
_ITS_FIGURE_OPENS = r"(?:\(|with\s+|at\s+|on\s+)"  # "Uganda (540,000)", "Uganda with 540,000"
_RANKED_NEXT = lazy_re.compile(rf"\s*,?\s*(?:and\s+)?(?:followed\s+by|ahead\s+of|behind|trailed\s+by|then\s+came|then)\s+"
                               rf"{_NAMED_NEXT}{_ITS_FIGURE_OPENS}?\s*"
                               rf"|\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*and\s+){_NAMED_NEXT}{_ITS_FIGURE_OPENS}\s*")
_AND_FOR_ANOTHER = lazy_re.compile(r"\s+(?:for|among|in)\s+(?:[a-z'’-]+\s+){1,3}and\s+", re.I)
# after the bare number: a stop, a preposition or article, or a participle ("62.72 million produced")
_NO_NOUN_AFTER = lazy_re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|by|via|from|for|during|over|a|an|the|last|this|that|previously|"
                                 r"earlier|before|recorded|registered|reported|produced|posted|seen|a\s+year|are|were|is|was|had|have|has)\b|[a-z]+ed\b"
                                 r"|and\s+(?=[A-Z]))")  # (or the next item of a list by name: "540,000 and Tanzania with")


def _interval(tok: NumberToken, qualifier: str, exact: bool = False,
              ratio: bool = False) -> tuple[Decimal | None, Decimal | None]:
    v, half = tok.value, (Decimal(0) if exact else tok.half_width)
    if qualifier and tok.kind_hint == "ratio":
        half = Decimal(0)  # "nearly one in four": the hedge, not a rounding, says how near the share is to a quarter
    if tok.unit == "" and not ratio and not tok.scaled and not tok.has_decimals and half == Decimal("0.5"):
        half = Decimal(0)  # a whole count with no rounding zeros is exact; a ratio ("1,084 per 1,000") is rounded
    low, high = v - half, v + half
    magnitude = abs(v)
    if qualifier == "about":
        margin = max(half, magnitude * ABOUT_MARGIN)
        return v - margin, v + margin
    word_multiple = tok.words and (tok.kind_hint == "multiple" or tok.unit == "times")
    # a verb that divides ("halved") moves the other way: "more than halved" is below half, "nearly halved" above it
    dividing = word_multiple and 0 < v < 1
    if qualifier == "nearly":
        margin = NEARLY_MULTIPLE_MARGIN if word_multiple else NEARLY_MARGIN
        return (low, v + max(half, magnitude * margin)) if dividing else (v - max(half, magnitude * margin), high)
    if dividing and qualifier in ("more-than", "at-least"):
        return Decimal(0), v
    if qualifier in ("more-than", "at-least"):
        return v, None
    if qualifier in ("less-than", "at-most"):
        return (Decimal(0) if v >= 0 else None), v
    return low, high


# a count's own noun, then "per" and what it is counted for: "10 sparrows per garden", "3 doctors per 1,000 people"
_NOUN_PER_AFTER = lazy_re.compile(r"\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+per\s+(?!cent\b)[A-Za-z\d]", re.I)


def _kind(tok: NumberToken, measure: str, clause: str, before: str) -> Kind:
    if not tok.unit and not tok.has_decimals and _RANK_BEFORE.search(before):
        return Kind.RANK  # "ranked 3 of 28", "position 12"
    if tok.kind_hint in ("ratio", "ratio-part"):
        return Kind.RATIO
    if tok.kind_hint == "multiple":
        return Kind.MULTIPLE
    if tok.unit:
        return kind_of(tok.unit)
    own_words = _ASIDE.sub("", _ASIDE.sub("", measure))  # "(per share (in €))" qualifies, it does not name
    if _RATIO_WORDS.search(own_words) or (_RATIO_WORDS.search(clause) and tok.has_decimals and tok.value < 100):
        return Kind.RATIO
    if not tok.has_decimals or tok.scaled:
        return Kind.COUNT
    return Kind.NUMBER


def _negative_in_table(text: str, tok: NumberToken) -> bool:
    """Accounts write a negative as "(1.2%)" or "(6.7)" in a table row; a sign written inside the brackets
    ("18,585 (+3%)", "(-6.1)") is the figure's own, the brackets only set it off."""
    return (text[tok.start - 1:tok.start] == "(" and text[tok.end:tok.end + 1] == ")"
            and "|" in _line(text, tok.start) and tok.value > 0 and tok.text[:1] not in "+-−–")


_PERCENT_UNITS = {"percent", "percentage_point", "basis_point", "per_mille"}
_SHARE_UNITS = ("percent", "per_mille")  # a share of a whole: "34% of households", "8 per mille of births"
_DURATION_UNITS = {"decade", "year", "month", "week", "day", "hour"}
_RATE_WORD = lazy_re.compile(r"\b(?:rate|ratio|share|proportion|percentage|index|average|yield)\b")  # on lower case
_RATE_HEAD = lazy_re.compile(r"\b(?:rate|ratio|share|proportion|percentage|index|average|yield)$", re.I)
_OF_PHRASE = lazy_re.compile(r"^\s*of\s+(?:the\s+|all\s+)?", re.I)
_PREDICATE = lazy_re.compile(r"^\s+(?:were|are|was|is|had\s+been|have\s+been|remained)\s+(?P<word>[a-z][a-z-]+)\b", re.I)
# A baseline ("from 7.0 per cent in March", "than in 2020", "compared with"):
# its period belongs to the figure it sits with, not to what follows.
_BASELINE_WORDS = r"\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?|what\s+it\s+was)\b"
_BASELINE_WORDS_RE = lazy_re.compile(_BASELINE_WORDS, re.I)
# a noun of data, then "from" and a span: "Police recorded crime figures from the three months to June 2005" names
# the stretch the figures cover, which is in force, not the base of a change
_DATA_FROM_A_SPAN = lazy_re.compile(r"\b(?:figures|data|statistics|results|numbers|records|returns|estimates)\s+from\s+"
                                    r"(?:the\s+)?(?:[\w.,]+\s+){0,4}$", re.I)
# between a figure and the period it is of: "17,064 in 2022", "2,900 tonnes for 2023", "5.1% as of March"
# "slightly up from 42 in the same period in 2023": the same months of the year named, the figure's own
_SAME_SPAN_OF_A_YEAR = lazy_re.compile(r"[ \t]*,?[ \t]*(?:in|for|during|over)[ \t]+the[ \t]+same[ \t]+"
                                       r"(?:period|months?|quarter|half|weeks?)[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?", re.I)
_PERIOD_ATTACHED = lazy_re.compile(r"[ \t]*,?[ \t]*(?:(?:in|for|during|as\s+of|as\s+at)[ \t]+)?(?:the[ \t]+)?", re.I)
# a verb of collecting money right before the amount: "raised $900 million", "raising some KSh 20 billion"

# a verb of gathering or recording and its particle "up" right before an amount ("picked up 323 km²")
_GATHERED_UP = lazy_re.compile(rf"(?i)\b(?:{lazy_re.alternation(context.GATHERING_VERBS_BEFORE_UP)})\s+up\s+"
                               rf"(?:(?:{lazy_re.alternation(hedges.APPROXIMATORS)})\s+)?$")

_FUNDS_RAISED = lazy_re.compile(rf"\b(?:raised|raises|raising|raise)\s+(?:(?:{lazy_re.alternation(hedges.BEFORE_AN_AMOUNT)}|"
                                r"a\s+record|an?\s+additional|a\s+further|a\s+total\s+of)\s+)*$", re.I)
# (the figure's own noun may stand before the aside: "compared to 214,941 visitors (+4.1%) in August 2023" is
# August 2023's; not a word of comparison, whose period is the base's: "up 3% from (...) in 2022")
# (or a bracket of two words or more, a qualifier of its measure: "19 million tonnes (live weight equivalent) in 1950";
# not one word, often the unit's abbreviation before a time the clause governs: "319.86 lakh tonnes (lt) in April-September")
_PERIOD_AFTER_AN_ASIDE = lazy_re.compile(r"[ \t]*(?:(?!(?:from|than|against|versus|on|over|since)\b)[a-z]+[ \t]+)?"
                                         r"(?:\([^()\n\d]{0,20}\d[^()\n]{0,40}\)|\([^()\n\d\s]{1,20}\s[^()\n\d]{1,30}\)|\))"
                                         r"[ \t]*(?:(?:in|for|during|as\s+of|as\s+at)[ \t]+)?"
                                         r"(?:the[ \t]+)?", re.I)
# (the words between do not cross a comma: "higher than revenues, net income for the first seven months")
# (a bracketed restatement of the base may stand before its period: "from KSh 203.3 billion (US$2 billion) in
# December 2015" is a base's period as "from KSh 203.3 billion in December 2015" is)
_BASELINE_BEFORE = lazy_re.compile(_BASELINE_WORDS + r"\s+(?:the\s+)?(?:[\w$£€¥₹.%]+(?:,\d+)*\s+){0,4}"
                              r"(?:\([^()\n]{0,40}\)\s+)?(?:in\s+|of\s+)?(?:the\s+)?$"
                              # (not "over" opening its sentence: "Over the first half of 2024, despatches totalled
                              # 10.9 million tonnes" names the stretch the sentence is about)
                              r"|\S\s+over\s+(?:the\s+)?$"
                              # "up 6.1% on August 2022", "down 4.5% (583 units) on August 2018", "a 3% rise on
                              # 2022", "a rise of 14.2% on 2017": a change's "on" names the period it is measured
                              # from, not the one in force
                              r"|\b(?:up|down|higher|lower|more|less|fewer|above|below|rise|increase|fall|drop|decline|"
                              r"decrease|gain|growth)\s+(?:by\s+|of\s+)?"
                              r"(?:[\d.,]+\s*(?:%|per\s?cent\b|percent\b|points?\b)?\s*"
                              r"(?:\([^()]{0,40}\)\s*)?)?on\s+(?:the\s+)?$"
                              # "against P18.2 billion in the same period in 2015": the base's period
                              r"|\bsame\s+(?:period|months?|quarter|half|week)\s+(?:in|of|last)\s+(?:the\s+)?(?:year\s+)?$"
                              # "8% below the revised 14,493,000 tonnes of 2011": a level set above or below, with
                              # the period it is of (not "above target in 2020", where no level stands between)
                              r"|\b(?:above|below)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[$£€¥₹]?\d[\d,.]*(?:\s+[a-z%]+){0,2}"
                              r"\s+(?:in|of)\s+(?:the\s+)?$", re.I)
# "a year earlier", "the same months of last fiscal year", "last season": the period before the one in force
_YEAR_EARLIER = lazy_re.compile(r"^[^.;]{0,40}?\b(?P<when>(?:a|the)\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+"
                           r"(?:fiscal\s+|financial\s+)?(?:year|season)|(?:in\s+|over\s+)?the\s+same\s+(?:period|months?|quarter|half)\s+"
                           r"(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+(?:fiscal(?:\s+year)?|financial\s+year|year)|"
                           r"last\s+(?:fiscal\s+|financial\s+)?(?:year|season))\b", re.I)
_WHEN_CLAUSE = lazy_re.compile(r"\W*when\b[^\d]{0,30}$", re.I)
_WHEN_OPENS = lazy_re.compile(r"\W*(?=when\b[^\d]{0,30}$)", re.I)  # (up to the word "when")
_JUST_BEFORE_WHEN = lazy_re.compile(r"[\s,]*")
# a sentence that opens on the period before, set off by a comma ("A year earlier, admissions totalled
# 398,100"; "In the previous quarter, ..."): the opening phrase dates the whole sentence, though the
# clause splitter leaves it out of the figure's clause
_OPENS_ON_PRIOR = lazy_re.compile(rf"\W*(?:(?:in|during|for|over)\s+)?(?:{PRIOR_BEFORE.pattern})\s*,\s*$", re.I)
_COMPARED_BETWEEN = lazy_re.compile(_BASELINE_WORDS + r"|\bin\s+comparison\b|\b(?:above|below|behind|ahead\s+of|beyond|"
                                    r"exceed\w*|surpass\w*|beat\w*|outstrip\w*|rank\w*|since|same)\b|\bas\s+(?:in|at|for|of\s+the)\b", re.I)
_ON_BEFORE = lazy_re.compile(r"\bon\s+(?:the\s+)?$", re.I)  # "up 8% on a year earlier", "rose on the previous year"
# between a figure and a period phrase after it: the phrase names the base of a comparison, not the
# figure's period ("up 8% from a year earlier", "a fifth above the 540,000 of 2022")
# ("a £3.4bn increase on the £46.8bn it collected in 2012": a word of change, "on" and an amount)
_BASELINE_AFTER_RE = lazy_re.compile(_BASELINE_WORDS + r"|\bin\s+comparison\s+(?:with|to)\b"
                                     # "rose 6.9% on the same months of 2025": the period compared with
                                     r"|\bthe\s+same\s+(?:period|months?|quarters?|weeks?|days?|half|season|time)\b"
                                     r"|\b(?:above|below|(?:increase|rise|growth|gain|jump|decline|decrease|drop|fall|"
                                     r"up|down)\s+on)\s+(?:the\s+|last\s+\w+['’]s\s+)?[$£€¥₹]?\d"
                                     # "2.4 million tonnes, far above the monthly average of last year": a level set
                                     # above or below a noun phrase of its own, whose period the phrase after it gives
                                     r"|\b(?:above|below|beyond|ahead\s+of|short\s+of)\s+(?:the|its|their)\s+[a-z]", re.I)
_LAST_YEARS = lazy_re.compile(r"^[^.;]{0,40}?\b(?:over|in|during)\s+the\s+(?:last|past|previous)\s+"
                         r"(?:(?P<decade>decade)|(?P<n>\w+)\s+years)\b", re.I)


def _number_word(word: str) -> int:
    return int(word) if word.isdigit() else WORD_VALUES.get(word.lower(), 0)


# the months of a definite stretch of time named by its noun ("during the quarter"), and how many periods back the
# stretch a clause points to may have been named
_STRETCH_MONTHS = {"quarter": 3, "half": 6, "half-year": 6, "half year": 6, "month": 1, "year": 12}
_POINTING_REACH = 6


# a bracket opening right after a figure, holding the same amount in another currency or scale: "(Rs 896.9 million)",
# "(US$2 billion)" (no words of change or comparison in it: "(up 4%)", "(from 25.1)" are figures of their own)
_RESTATEMENT_AFTER = lazy_re.compile(r"[ \t]*\((?![^()\n]*\b(?:from|than|against|up|down|vs)\b)[^()\n%]{1,40}\)", re.I)
_QUARTER_EARLIER = lazy_re.compile(r"^[^.;]{0,40}?\b(?P<when>(?:in\s+)?the\s+previous\s+quarter|a\s+quarter\s+(?:earlier|ago))\b",
                              re.I)


_ASIDE = lazy_re.compile(r"\([^()]*\)")
# a relative clause set off by commas: ", which makes up about 63% of GDP,", ", who number 2,150,"
_RELATIVE_ASIDE = lazy_re.compile(r",\s*(?:which|who|whose|whom)\b[^,;()]{1,80},")
_NUMBERISH = lazy_re.compile(r"\d")
# "Central Visayas 73, Metro Manila 68, Calabarzon 48 and Central Luzon 37": names, each with a number that ends
# its item of a list; three items or more of different names make each number a count, not part of a name
_NAMED_COUNT = lazy_re.compile(r"(?<![\w'’-])(?P<name>[A-Z][A-Za-z'’-]*(?:[ \t]+[A-Z][A-Za-z'’-]*){0,2})[ \t]+"
                               r"(?P<n>\d{1,3}(?:,\d{3})*)\b(?![,.]\d|[ \t]*(?!and\b)[%A-Za-z(])")
_LIST_GLUE = lazy_re.compile(r"[ \t]*(?:[,;][ \t]*(?:and[ \t]+)?|and[ \t]+)")
_COUNT_LIST_REACH = 160  # characters either side read for the list's other items
_FEWEST_LIST_ITEMS = 3


def _in_a_list_of_counts(text: str, tok: NumberToken) -> bool:
    """Whether the number ends an item "Name N" of a list of three or more such items of different names, joined
    by commas, semicolons or "and": "Central Visayas 73, Metro Manila 68 and Calabarzon 48"."""
    start = max(0, tok.start - _COUNT_LIST_REACH)
    items = list(_NAMED_COUNT.finditer(text, start, min(len(text), tok.end + _COUNT_LIST_REACH)))
    at = next((n for n, m in enumerate(items) if m.start("n") == tok.start), None)
    if at is None:
        return False
    first = last = at
    while first > 0 and _LIST_GLUE.fullmatch(text, items[first - 1].end(), items[first].start()):
        first -= 1
    while last + 1 < len(items) and _LIST_GLUE.fullmatch(text, items[last].end(), items[last + 1].start()):
        last += 1
    names = [items[n].group("name").split()[-1] for n in range(first, last + 1)]
    return last - first + 1 >= _FEWEST_LIST_ITEMS and len(set(" ".join(items[n].group("name").split())
                                                               for n in range(first, last + 1))) == len(names) \
        and len(set(names)) > 1


# a bloc of countries, named with the count of its members after it: "EU 27", "EU-28", "EA 19", "G-20"
_BLOC_BEFORE = lazy_re.compile(r"(?<![A-Za-z])(?:EU|EA|EEA|G)[ \t-]?$")
_NAME_BEFORE = lazy_re.compile(r"(?<![.!?:;]\s)(?<!^)\b[A-Z][A-Za-z]*[a-z][A-Za-z]*\s$")
# words that open a sentence or paragraph before a figure and name nothing: "In 2023", "Just 96 of ...",
# "Another 23 universities" ("Wards 1, 7 and 8" at a paragraph's start stays a label)
_NOT_A_NAME = lazy_re.compile(rf"\b(?:{_MONTH_WORD}|In|At|By|Of|For|The|From|To|And|With|On|Just|Only|Another|Some|"
                              r"Nearly|Almost|Around|About|Roughly|Approximately|Fully|Exactly|Barely|Over|Under|"
                              r"Fewer|More|Less|All|Those|These|Still|Also|Then|Between)\s$", re.I)
_OVER_SPAN = lazy_re.compile(r"(?<!\bfor )\bover\s+$")
_PER_BEFORE = lazy_re.compile(r"\bper\s+$", screened=True)
# (or a target's field, a label and a colon: "Target: 6,240 classrooms", "Pledged: 500 new classrooms")
_SET_AMOUNT_BEFORE = lazy_re.compile(r"\b(?:target|goal|quota|ceiling|cap|objective)\s+(?:of|was|is|set\s+at|of\s+some)\s+$"
                                     r"|\b(?:target|goal|quota|objective|planned|pledged|promised)\s*:\s*$", re.I)
_RANGE_DASH_ONLY = lazy_re.compile(r"\s?[-–]\s?")
_PAIR = lazy_re.compile(r"\s?(?:-|–|—|and|or)\s?")
# "a reduction of 775 or 38.5%": the same change in number restated as a percentage (what a comma
# sets apart, "up 548, or 14.1%", the meaning layer reads)
_RESTATED = lazy_re.compile(r"\s?or\s")


def _compatible(unit: str, previous: Figure) -> bool:
    if unit in ("percentage_point", "basis_point"):
        return previous.unit == "percent"
    if unit == "percent":
        return previous.unit in _PERCENT_UNITS
    if unit and kind_of(unit) is Kind.MONEY:
        return kind_of(previous.unit) is Kind.MONEY
    return previous.unit == unit


_CELL_LABEL = lazy_re.compile(r"[A-Za-z][A-Za-z\s,&/'’()\-]*")


def _table_lines_above(text: str, line_start: int, limit: int = 40):
    """The lines above a table row, nearest first, up to the prose before the table."""
    above = line_start - 1
    for _ in range(limit):
        if above <= 0:
            return
        start = text.rfind("\n", 0, above) + 1
        yield text[start:above]
        above = start - 1


@per_document_cache(maxsize=64)
def _in_table_row(text: str, start: int, end: int) -> bool:
    """Whether a sentence is a table row (its cells split by "|"); asked once per sentence."""
    return "|" in text[start:end]


def _row_label(text: str, sentence, tok: NumberToken) -> str | None:
    """In a table row ("Net revenue | 29,821 | 30,362 | (1.8%)") a cell counts what
    its row's label names, qualified by the group it is indented under ("> energy"
    under "All-items excluding:") and the section heading over the table ("Trend",
    "Per share"). None when the figure is not in a table row."""
    if not _in_table_row(text, sentence.start, sentence.end):
        return None
    line_start = text.rfind("\n", 0, tok.start) + 1
    label = _row_label_at(text, line_start)
    first_cell = text[line_start:tok.start].strip().removeprefix("|").split("|", 1)[0].strip()
    if (label is None or _A_PERIOD_LABEL.fullmatch(label)) and _A_PERIOD_LABEL.fullmatch(first_cell.lower()):
        # "| 2017 | $453 billion | $3,496 billion |": a row of a period, its cells counting what their column names
        header = _column_header(text, line_start, text.count("|", line_start, tok.start))
        return context.normalise_measure(header) if header else label
    return label


_A_PERIOD_LABEL = lazy_re.compile(r"(?:19|20)\d\d(?:\s?[-/–]\s?\d{2,4})?|(?:q[1-4]|h[12])\s?(?:19|20)\d\d|"
                                  r"(?:19|20)\d\d\s?(?:q[1-4]|h[12])")


def _column_header(text: str, line_start: int, pipes_before: int) -> str:
    """The words heading the column of a cell with `pipes_before` "|" before it in the row starting at `line_start`:
    the cell of that column in the nearest line above that holds no number there (not a data row, nor a rule); ""
    when the table ends first."""
    line_end = text.find("\n", line_start)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    column = pipes_before - (1 if row.lstrip().startswith("|") else 0)
    for line in _table_lines_above(text, line_start):
        if "|" not in line:
            return ""
        cells = line.strip().removeprefix("|").split("|")
        cell = cells[column].strip() if 0 <= column < len(cells) else ""
        if not cell.strip("-: ") or _NUMBERISH.search(cell):
            continue  # a rule, or a data row above this one
        return cell
    return ""


@per_document_cache(maxsize=1024)
def _row_label_at(text: str, line_start: int) -> str | None:
    """The row label of the table row starting at `line_start` (read once per row)."""
    line_end = text.find("\n", line_start)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    if "|" not in row:
        return None
    first_cell = row.strip().removeprefix("|").split("|", 1)[0]  # (a Markdown row opens with "|")
    label = _CELL_LABEL.search(first_cell)
    words = re.sub(r"\(\W*$|\(\s*\)", "", label.group()).strip(" :>-*#,") if label else ""
    heading = group = column_name = ""
    for line in _table_lines_above(text, line_start):
        if "|" in line:
            column_name = line.strip().removeprefix("|").split("|", 1)[0].strip()  # the header's first cell names the label column
            continue
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.endswith(":") and not group and first_cell.lstrip().startswith(">"):
            group = stripped.rstrip(":")
            continue
        if len(stripped) <= 40 and not _NUMBERISH.search(stripped):
            heading = stripped
        break
    if not words:
        number = first_cell.strip()
        if not re.fullmatch(r"\d{1,3}", number) or not column_name:
            return None
        words = f"{column_name} {number}"  # "Ward | 2023 | 2024" over "1 | 1,699 | 2,820": ward 1
    if group:
        words = f"{group} {words}"
    if heading:
        words = f"{words} ({heading})"
    return context.normalise_measure(words)


# Words that say in what a figure is counted, never what: "27.36 million tons", "5 million head" (of cattle)
_UNIT_ONLY = frozenset(w for w in UNIT_WORDS if w[:1].isalpha()) | {"head", "heads", "tons", "tonnes", "tonne", "ton"}


def _measure(text: str, tok: NumberToken, sentence, clause_start: int, previous: list[Figure],
             last: Figure | None) -> str:
    """The thing the figure counts (a unit alone names none: "kg", "head"); in a list item whose words name none, the
    item's label ("- durum: 4,398,000 tonnes (+5%)")."""
    measure = _measure_phrase(text, tok, sentence, clause_start, previous, last)
    if measure in _UNIT_ONLY:
        measure = ""
    # (when no other words name the share's measure: one named before it stays, the subject of a copula is what is
    # compared with the whole: "rainfall was 104% of the average")
    return measure or _whole_of_a_share(text, tok.end, tok.unit) or _list_item_label(text, tok)


def _whole_of_a_share(text: str, end: int, unit: str) -> str:
    """The whole a share "N% of X" (its figure ending at `end`) is a share of: "34% of households own a car"
    (households), as a fraction in words names what it is a fraction of; "" for none ("of them", "of which" point
    back, and a time is no whole: "12% of the year")."""
    suffix = text[end:end + 120]
    of = _OF_PHRASE.match(suffix) if unit in _SHARE_UNITS else None
    if of is None or context.ANAPHOR_OF.match(suffix):
        return ""
    whole = context.measure_after(" " + suffix[of.end():])
    if not whole or context.is_period_word(whole.split()[0]) or len(whole) < 3:
        return ""
    return context.normalise_measure(whole)


def _measured_by_its_whole(text: str, f: Figure) -> bool:
    """Whether a share's measure is the whole it is a share of (read by `_whole_of_a_share`), not the part."""
    return f.unit in _SHARE_UNITS and f.measure != "" and f.measure == _whole_of_a_share(text, f.span.end, f.unit)


# A list item opened by its label and a colon: "- converter steel: 86.3 million tonnes", "  land-based workers: US$2.1
# billion" (a label names no number; at most 60 characters, so the lazy run is bounded)
_ITEM_LABEL = lazy_re.compile(r"[ \t]*(?P<bullet>[-*•–][ \t]+)?(?P<label>[A-Za-z][^:\n\d]{0,60}?)[ \t]*:[ \t]")
_MOST_LABEL_WORDS = 8  # a label is a noun phrase, not a sentence that ends in a colon


def _list_item_label(text: str, tok: NumberToken) -> str:
    """The label that opens the list item holding the figure, before a colon ("- durum: 4,398,000 tonnes (2011:
    4,172,000 tonnes), up 5%"): what every figure of the item counts when its own words name nothing. An item is a
    line opened by a bullet, or indented, or under a line that ends in a colon (a list's lead-in); a label that is a
    period ("2011:", "In March:") names a time, not a measure."""
    line_start = text.rfind("\n", 0, tok.start) + 1
    m = _ITEM_LABEL.match(text, line_start, tok.start)
    if m is None:
        return ""
    indented = text[line_start:line_start + 1] in (" ", "\t")
    line_above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    if not (m.group("bullet") or indented or line_above.rstrip().endswith(":")):
        return ""
    label = m.group("label")
    if len(label.split()) > _MOST_LABEL_WORDS or find_periods(label) \
            or all(w.lower() in context.STOP_WORDS or context.is_period_word(w) for w in label.split()):
        return ""
    return context.normalise_measure(label)


# the place a carried measure was said of ("lived in rural areas"), left off before the part's own place
_PLACE_SUFFIX = lazy_re.compile(r"\s+(?:in|at|on)\s+.*$")


def _measure_phrase(text: str, tok: NumberToken, sentence, clause_start: int, previous: list[Figure],
                    last: Figure | None) -> str:
    """The thing the figure counts, read the way a reader finds it: after the
    number, before it, or carried from the figure before it in the sentence
    (or from the last figure, for "of them", "of which")."""
    row_label = _row_label(text, sentence, tok)
    if row_label is not None:
        return row_label
    suffix = text[tok.end:min(sentence.end, tok.end + 120)]  # a measure stands within a few words

    def carried() -> str:
        """The measure this figure shares with the one before it ("rose to 7.8 per cent from 7.0")."""
        if context.ANAPHOR_OF.match(suffix) and last is not None and last.measure:
            return last.measure  # "of them", "of which": the last figure's, even in another sentence
        if not previous and last is not None and last.measure \
                and _ANAPHORIC_SUBJECT.fullmatch(text, sentence.start, tok.start):
            return last.measure  # "Output was put at 26.7 million tonnes. That is 1% less than ...": the same measure
        # (a share measured by its whole lends no measure to an amount after it: "34% of farms, some 1,200, used
        # irrigation": the 1,200 are the part, not all farms)
        lenders = [f for f in previous if tok.unit in _SHARE_UNITS or not _measured_by_its_whole(text, f)]
        return next((f.measure for f in reversed(lenders) if f.measure and _compatible(tok.unit, f)), "") \
            or next((f.measure for f in reversed(lenders) if f.measure), "")

    if tok.unit and kind_of(tok.unit) is Kind.MONEY:
        paid_for = context.spent_on(suffix)
        if paid_for:
            return context.normalise_measure(paid_for)
    if tok.unit in _DURATION_UNITS:
        return ""  # "over five years" says how long, not what is counted
    if tok.kind_hint == "ratio" and _OF_PHRASE.match(suffix):
        # "one third of unemployed people": a fraction names what it is a fraction of
        return context.normalise_measure(context.measure_after(" " + suffix[_OF_PHRASE.match(suffix).end():]))
    place = context.place_after(suffix) if tok.unit not in _PERCENT_UNITS else ""
    if place.startswith("on ") and tok.unit and kind_of(tok.unit) is Kind.MONEY:
        # "RMB 96.28 million on science and technology", "spent £535 million on a population": money "on" a thing
        # is spent on it, no place of the measure before it
        return context.normalise_measure(place.split(" ", 1)[1])
    if place:
        # "of whom 1,74,71,135 lived in rural areas and 1,59,34,926 in urban areas": each part is the
        # whole's measure in its own place
        inherited = carried()
        base = _PLACE_SUFFIX.sub("", inherited) if inherited else ""
        return context.normalise_measure(f"{base} {place}" if base else place.split(" ", 1)[1])
    moved = context.moved_measure(suffix)
    if moved:
        return context.normalise_measure(moved)  # "a 12% rise in hospital admissions": what the move is of
    after = "" if tok.unit in _PERCENT_UNITS or tok.unit == "times" else context.measure_after(suffix)
    if after in _UNIT_ONLY:
        after = ""  # "the total female breeding flock stands at 660,000 head": the flock, not the head
    if after and not context.is_generic(after) \
            and not _RATE_WORD.search(text[max(sentence.start, tok.start - 100):tok.start].lower()):
        return context.normalise_measure(after)  # the common case, without reading backwards
    if not after and text[tok.start - 1:tok.start] == "(":
        listed = _measure_of_a_bracketed_list(text, sentence.start, tok.start)
        if listed:
            return listed
    # the sentence up to the figure, without closed asides: measure_before stops at the
    # previous figure or clause word itself, and keeps "receipts from alcohol" whole
    sentence_prefix = text[max(sentence.start, tok.start - 200):tok.start]
    if "(" in sentence_prefix:
        sentence_prefix = _ASIDE.sub(" ", sentence_prefix)
    if "," in sentence_prefix:
        # "Household spending, which makes up about 63% of GDP, grew 0.7%": a relative clause closed by
        # commas is an aside; the figure after the verb is the subject's (not a figure right after the
        # closing comma, in apposition inside the clause: "which has the highest crime rate, 157.9 per 1,000")
        sentence_prefix = _RELATIVE_ASIDE.sub(lambda m: " " if sentence_prefix[m.end():].strip() else m.group(),
                                              sentence_prefix)
    before = context.measure_before(sentence_prefix)
    if not before and "," in sentence_prefix:
        before = context.measure_before(_without_a_participle_aside(sentence_prefix))
    if not before and (opened := _MOVE_IN_BRACKETS.search(sentence_prefix)):
        # "coal (down 12.6%) and diamonds (down 45.3%)": a move in brackets is of the noun the bracket follows
        before = context.measure_before(sentence_prefix[:opened.start() + 1])
    if before:
        before = _past_a_name(sentence_prefix, before)
    if before and _RATE_HEAD.search(before):
        return context.normalise_measure(before)  # "the sex ratio was 1,084 females per 1,000 males"
    if after and context.is_generic(after):
        after_end = tok.end + suffix.find(after) + len(after)
        predicate = _PREDICATE.match(text[after_end:min(sentence.end, after_end + 60)]) if after in suffix else None
        if predicate and predicate.group("word").lower() not in context.STOP_WORDS:
            return context.normalise_measure(f"{predicate.group('word')} {after}")  # "people were unemployed"
        if before:
            return context.normalise_measure(f"{before} {after}")
        return context.normalise_measure(carried() or after)
    if after:
        return context.normalise_measure(after)
    if before:
        return context.normalise_measure(before)
    return context.normalise_measure(carried())


# Between the items of a list of names with their figures in brackets: "Kenya (412), Uganda (288) and"
_LIST_SEPARATOR = lazy_re.compile(r"(?:,[ \t]*(?:and|or)?|[ \t](?:and|or))[ \t]*$")
_ARTICLE_AT_END = lazy_re.compile(r"(?:^|[ \t])(?:the|a|an)[ \t]*$")
_PREPOSITION_AT_END = lazy_re.compile(rf"[ \t](?:{'|'.join(context.PREPOSITIONS_BEFORE_A_LISTED_NAME)})[ \t]*$")
_MOST_LISTED_NAMES = 16  # a list of names is read back over at most this many items: the walk stays bounded
_LIST_ITEM_WINDOW = 300  # the characters before an item read for its name, its separator and the list's lead


def _measure_of_a_bracketed_list(text: str, sentence_start: int, tok_start: int) -> str:
    """The measure of a figure in brackets after a name in a list, when the list's lead says what is counted and the
    names are whose it is: "exports to Kenya (412), Uganda (288) and Rwanda (97)" (exports), "seats won by Labour
    (41) and the Greens (12)" (seats won), "sales fell in Japan (0.2%) and China (0.7%)" (sales). Read back over the
    name, the items before it (each a name and its bracket), then a preposition that opens the list ("to", "by",
    "from", "in"): the noun phrase before it is the measure. "" when no such lead stands there ("France (4.7%),
    Switzerland (3.2%)" after a copula names the places, not what is counted)."""
    at = tok_start  # the position right after the bracket that opens this item's figure
    for _ in range(_MOST_LISTED_NAMES):
        name = _bracket_name(text, sentence_start, at)
        before = text[max(sentence_start, at - _LIST_ITEM_WINDOW):at - 1].rstrip(" \t")
        if not name or not before.endswith(name):
            return ""
        before = before[:len(before) - len(name)]
        article = _ARTICLE_AT_END.search(before)
        if article:
            before = before[:article.start()]
        separator = _LIST_SEPARATOR.search(before)
        if separator and before[:separator.start()].endswith(")"):
            opened = before.rfind("(", max(0, separator.start() - 40), separator.start())
            if opened < 0 or ")" in before[opened:separator.start() - 1]:
                return ""
            at = opened + 1  # the item before: its name and bracket
            continue
        if not _PREPOSITION_AT_END.search(before):
            return ""
        if any(w in context.MOVES_OF_A_MEASURE or w[:-1] in context.MOVES_OF_A_MEASURE
               for w in before.lower().split()[-5:]):
            return ""  # "large gains were posted by Ghana (12%)": moves of something the list does not name
        lead = context.measure_before(before + " ")
        if not lead:
            return ""
        return context.normalise_measure(_past_a_name(before + " ", lead))
    return ""


def _before_the_time_in_focus(text: str, tok: NumberToken, in_sentence: list[Figure], period: str) -> str:
    """The period of a figure an anaphoric phrase dates before the time its sentence is at ("reached $3.63 trillion
    last year, 3.9% more than the year before, when they were $3.49 trillion"): when an earlier level of the sentence
    was itself moved back to the same period (by "last year"), the phrase counts back from that level's period, one
    step further, not from the document's."""
    earlier = next((f for f in reversed(in_sentence) if f.period_source == "shifted" and f.direction == 0
                    and f.unit == tok.unit), None)
    if earlier is None or earlier.period != period:
        return period
    step = anaphoric_prior_before(text, earlier.span.end, tok.start)
    return shifted(period, -1, step) if step else period


# an aside opened by a participle after the subject ("Total retail sales, leaving out fuel, cars and food at
# restaurants, reached"), and the verb alone after its last comma (the figure's verb, not another participle)
_PARTICIPLE_ASIDE_OPENING = lazy_re.compile(r",\s*[a-z]{3,}ing\s")
_VERB_BEFORE_THE_FIGURE = lazy_re.compile(r"\s*[a-z]{2,}(?<!ing)(?:\s+(?:to|at|by|of))?\s*$")


def _without_a_participle_aside(prefix: str) -> str:
    """The words before a figure without an aside a participle opens after the subject and a comma closes right
    before the figure's verb ("Total retail sales, leaving out items such as fuel, cars and food, reached" reads as
    "Total retail sales reached"); the words as they are when there is none."""
    last_comma = prefix.rfind(",")
    opened = _PARTICIPLE_ASIDE_OPENING.search(prefix, 0, last_comma + 1)
    if opened is None or opened.start() >= last_comma or not _VERB_BEFORE_THE_FIGURE.fullmatch(prefix, last_comma + 1):
        return prefix
    return prefix[:opened.start()] + " " + prefix[last_comma + 1:]


# A bracket opened right after a word, on a move ("coal (down 12.6%)", "diamonds (+4%)"), before the figure
_MOVE_IN_BRACKETS = lazy_re.compile(r"[A-Za-z]\s*\(\s*(?:(?:up|down)\s+(?:by\s+)?|[+\-−–]\s*)$", re.I)


# A sentence opened by a pronoun that stands for what the sentence before stated, and a copula, then the figure ("That
# is 1% less than", "This was some 3.4 percent more than", "It represents 12%"): the figure is of that statement's
# measure (not one further on: "That is what the institute reported, which found that 2.5% fewer homes ...").
_ANAPHORIC_SUBJECT = lazy_re.compile(r"\W*(?:that|this|it)\s+(?:is|was|represents|represented|marks|marked)\s+"
                                     rf"(?:(?:{lazy_re.alternation(hedges.AFTER_A_POINTING_COPULA)}|an?)\s+)?", re.I)


# A name after a preposition, right before the verb of a figure: "Net revenue at Lakeshore Biotech rose 45%",
# "Films made in China brought in 23.7 billion yuan", "Visitors from North America including Canada climbed". The
# place or firm says whose the figure is, not what it counts (an acronym may be a measure: "GDP"; a possessive
# is read as the subject it is).
_NAME_AFTER_PREPOSITION = lazy_re.compile(
    r"\b(?:in|from|by|for|at|to|of|including|with|across|among)\s+(?P<name>[A-Z][a-z][\w.-]*"
    r"(?:\s+(?:(?:and|of|&)\s+)?[A-Z][a-z][\w.-]*)*)$")


def _past_a_name(prefix: str, measure: str) -> str:
    """The measure read before a figure; when it is only a name a preposition opens, the noun phrase the
    preposition qualifies ("net revenue" at Lakeshore Biotech, "films" made in China), if one stands before it
    (else the name, as before: "followed by Maldives at")."""
    last = measure.split()[-1]
    end = prefix.lower().rfind(last)
    if end < 0:
        return measure
    end += len(last)
    name = _NAME_AFTER_PREPOSITION.search(prefix[max(0, end - 80):end])
    if name is None or context.normalise_measure(name.group("name")) != measure:
        return measure
    head = context.measure_before(prefix[:max(0, end - 80) + name.start("name")])
    if not head or head.split()[-1].endswith("ed") or _past_a_name(prefix[:max(0, end - 80) + name.start("name")],
                                                                     head) != head:
        return measure
    return head


# A name: capitalised words ("Guangdong Province", "South Africa", "Heineken Holding N.V.").
_NAME = r"[A-Z][A-Za-z&.\-]*[a-z][A-Za-z&.\-]*(?:\s+(?:of\s+)?[A-Z][A-Za-z&.\-]*)*"
_POSSESSIVE_NAME = lazy_re.compile(rf"(?<![\w.])({_NAME})(?:'s|’s|鈥檚)\s")
_NAME_AS_SUBJECT = lazy_re.compile(rf"^\s*(?:\W\s*)?({_NAME})\s+(?=[a-z])")
_NAME_AFTER_IN = lazy_re.compile(rf"\b(?:in|for|across)\s+(?:the\s+)?({_NAME})\b")
# Capitalised words that open sentences or name periods ("Last year 54,488 births ..."), units and sources, not subjects.
_NOT_SUBJECTS = set("""The A An In At By For From To Of On And But Or As It Its This That These Those There Their
Our We They He She Total Overall According Since During After Before Between Among While When Where Of Over Under
Some Most Many Much More Less About Around Nearly Almost Also Yet Still However Meanwhile Overall Figures Table Chart
Source Note Revenue Employment Unemployment Growth Exports Imports Spending Receipts Debt Inflation Population Gross
Net Average Annual Real Headline Food Bank Foreign Total Local Per Half Quarter Year Month Week Day Government
January February March April May June July August September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Q1 Q2 Q3 Q4 H1 H2 FY Last Next Previous""".split())


def _subject(text: str, sentence, clause_start: int, tok_start: int) -> str:
    """The country, province, city or company the figure is about, where the text names
    one: "Canada's population", "Limpopo posted ...", "grew 4.6 per cent in Ontario"."""
    if _in_table_row(text, sentence.start, sentence.end):
        return ""  # a table row's label says what it counts; its subject is the table's
    if text[tok_start - 1:tok_start] == "(":
        name = _bracket_name(text, sentence.start, tok_start)
        if name:
            return name  # "Kenya (57)", "Akwa Ibom (3)": the count is the name's
    possessives, places = _names_in_sentence(text, sentence.start, sentence.end)
    for end, name in reversed(possessives):
        if end <= tok_start:
            return name
    for start in (clause_start, sentence.start):
        name, end = _opening_name(text, start)
        if name and end <= tok_start:
            return name
    fronted, end = _fronted_place(text, sentence.start)
    if fronted and end <= tok_start:
        return fronted  # "In the United States, total net production was 314.9 TWh": the place the sentence opens on
    for start, end, name in reversed(places):
        if clause_start <= start and end <= tok_start:
            return name
    return ""


_NAME_WORD = lazy_re.compile(r"[A-Z][\w'’&.-]*")


def _bracket_name(text: str, sentence_start: int, tok_start: int) -> str:
    """The name in capitals right before a bracketed figure ("Kenya (57)", "Cross River (1,306)",
    "FCT (3)"), up to four words; "" when the words before the bracket are no name."""
    before = text[max(sentence_start, tok_start - 60):tok_start - 1].rstrip(" \t")
    words = before.split()
    name: list[str] = []
    for word in reversed(words[-4:]):
        if not _NAME_WORD.fullmatch(word):
            break
        name.append(word)
    name.reverse()
    while name and name[0] in _NOT_SUBJECTS:
        name.pop(0)
    if not name:
        return ""
    opening = len(name) == len(words) or not " ".join(words[:len(words) - len(name)]).strip(" \t\n\"'“(#*-•")
    if len(name) == 1 and opening and not name[0].isupper() and name[0] not in _proper_nouns(text):
        return ""  # "Births (28,914) outnumbered deaths": a capital that only opens the sentence
    return " ".join(name)


@per_document_cache(maxsize=64)
def _opening_name(text: str, start: int) -> tuple[str, int]:
    """The name a clause opens with ("Limpopo posted ..."), and where it ends; read once per clause.
    A capitalised word opening a sentence is a name only if the text capitalises it elsewhere too."""
    opening = text[start:start + 60]
    if not opening.lstrip(" \t\n\"'“(#*-").startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")):
        return "", 0
    candidate = _NAME_AS_SUBJECT.match(opening)
    if candidate and candidate.group(1).split()[0] not in _NOT_SUBJECTS \
            and (" " in candidate.group(1) or candidate.group(1) in _proper_nouns(text)):
        return candidate.group(1), start + candidate.end(1)
    return "", 0


# A sentence that opens on a place, set off by a comma: "In the United States, ...", "For OECD Europe, ...", "Across
# Kenya, ...". The place may be an initialism ("the OECD", "the EU"), which `_NAME` (a word with a lower-case letter)
# leaves out; a period ("In 2023,", "In March,", "In Q4,") is no place. Two names joined by "&" or "and" may be one
# place ("In the Jammu & Kashmir High Court,", "In Trinidad and Tobago,").
_FRONTED_PLACE = lazy_re.compile(
    rf"^\W{{0,3}}(?:In|For|Across|Within)\s+(?:the\s+)?(?P<place>(?:{_NAME}|[A-Z]{{2,6}}\b)(?:\s+(?:&|and)\s+{_NAME})?"
    rf"(?:\s+[A-Z][A-Za-z&.\-]*){{0,3}})\s*,")


@per_document_cache(maxsize=64)
def _fronted_place(text: str, start: int) -> tuple[str, int]:
    """The place a sentence opens on in a phrase set off by a comma ("In the OECD Americas, total net production
    was ..."), and where the phrase ends: the place every figure of the sentence is of; ("", 0) when none."""
    m = _FRONTED_PLACE.match(text[start:start + 80])
    if m is None:
        return "", 0
    place = m.group("place")
    first = place.split()[0]
    if first in _NOT_SUBJECTS or _MONTH_START.match(place) or first.rstrip(".") in ("Q1", "Q2", "Q3", "Q4", "H1", "H2"):
        return "", 0
    return place, start + m.end()


@per_document_cache(maxsize=8)
def _names_in_sentence(text: str, start: int, end: int):
    """Possessive names ("Canada's") and names after "in"/"for" in a sentence, read once per sentence."""
    sentence = text[start:end]
    possessives = []
    if "s" in sentence and ("'s" in sentence or "’s" in sentence or "鈥檚" in sentence):
        possessives = [(start + m.end(), m.group(1)) for m in _POSSESSIVE_NAME.finditer(sentence)
                       if m.group(1).split()[0] not in _NOT_SUBJECTS]
    places = [(start + m.start(), start + m.end(), m.group(1)) for m in _NAME_AFTER_IN.finditer(sentence)
              if m.group(1).split()[0] not in _NOT_SUBJECTS and not _MONTH_START.match(m.group(1))]
    return possessives, places


@per_document_cache(maxsize=4)
def _proper_nouns(text: str) -> frozenset[str]:
    """Capitalised words that stand inside sentences, after a lower-case word: names."""
    return frozenset(m.group(1) for m in _MID_SENTENCE_NAME.finditer(text))


_MID_SENTENCE_NAME = lazy_re.compile(r"\b[a-z][a-z,]*\s+([A-Z][a-z]+)\b")
_MONTH_START = lazy_re.compile(rf"(?:{_MONTH_WORD})\b", re.I)


def _fronted_change_of(opening: str) -> str:
    """The comparison a sentence names in a phrase it opens with, set off by a comma, if any."""
    fronted = _FRONTED_PHRASE.match(opening)
    return _change_of(fronted.group("lead")) if fronted else ""


def _change_of(clause: str) -> str:
    for pattern, name in _CHANGE_OF:
        if pattern.search(clause):
            return name
    return ""


# Enough digits that no written figure is ever rounded by the arithmetic on it (the
# default context keeps 28); fractions in words are divided at the default precision.
_PRECISION = 120


def extract_figures(document: Document) -> tuple[Figure, ...]:
    return extract_with_notes(document)[0]


def extract_with_notes(document: Document) -> tuple[tuple[Figure, ...], tuple[tuple[int, str], ...]]:
    """The figures, and (offset, note) for the numbers left unread on purpose, so that a
    reader is told what was not checked rather than left to wonder."""
    with decimal.localcontext() as exact:
        exact.prec = _PRECISION
        notes: list[tuple[int, str]] = []
        figures = _extract_figures(document, notes)
    notes += [(m.start(), f"a number of {m.end() - m.start():,} digits is not read as a figure "
                          f"(at most {MAX_NUMBER_DIGITS})") for m in _LONG_NUMBER.finditer(document.text)]
    return figures, tuple(sorted(notes))


_OLD_LEVEL_BEFORE = lazy_re.compile(rf"\bfrom\s+(?:(?:{lazy_re.alternation(hedges.BEFORE_AN_OLD_LEVEL)})\s+)?"
                                    r"(?:the\s+)?$", re.I)
# "up 2.6% on June 2023 (£278,270)": the level in brackets right after a base's period is the old level
_BRACKET_AFTER_BASE = lazy_re.compile(r"[ \t]*\([ \t]*[£$€¥₹]?[ \t]*")
# "... compared with 632,500 unemployed for the fourth quarter of 2016 and an unemployment rate of 15.5%": a second
# figure joined by "and" right after the base's period, in words of its own but no verb, is of that period too
_AND_ANOTHER_OF_THE_BASE = lazy_re.compile(r"\s*,?\s*and\s+(?:an?|the|its|their)\s+"
                                           r"(?!(?:[a-z-]+\s+){0,3}(?:now|currently|today|stands?|stood|is|was|were|reached)\b)"
                                           r"(?:[a-z-]+\s+){1,3}(?:of|at)\s+", re.I)
_BARE_YEAR = lazy_re.compile(r"(?:19|20)\d\d")
_LONG_NUMBER = lazy_re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1},}}")


# A sentence of more than this many numbers (500 single digits on a line, a 120 KB table
# line cut into pieces by context.sentences) is a dump of numbers, not prose that states
# figures: its numbers are not read, which keeps reading linear in the length of the text.
# No sentence of the evaluation corpora holds more than 20.
MAX_NUMBERS_PER_SENTENCE = 100


def _outside_number_dumps(tokens: list[NumberToken], sentences, notes: list) -> list[NumberToken]:
    if len(tokens) <= MAX_NUMBERS_PER_SENTENCE:
        return tokens
    starts = [s.start for s in sentences]
    where = [bisect.bisect_right(starts, t.start) - 1 for t in tokens]
    counts = Counter(where)
    if max(counts.values()) <= MAX_NUMBERS_PER_SENTENCE:
        return tokens
    notes.extend((sentences[k].start, f"a sentence of {n:,} numbers is not read (at most {MAX_NUMBERS_PER_SENTENCE})")
                 for k, n in sorted(counts.items()) if n > MAX_NUMBERS_PER_SENTENCE and k >= 0)
    return [t for t, k in zip(tokens, where) if counts[k] <= MAX_NUMBERS_PER_SENTENCE]


# The words the scan of a document looks for: where a number in words may start, and the
# words of change (most figures have none before them: then only the words after are read).
# A word is a run of [a-z] in the lower-case text; the pattern matches only whole runs.
_PLACED_WORD = lazy_re.compile(r"(?<![a-z])(?:" + alternation(context.DIRECTION_WORDS | FIRST_WORDS) + r")(?![a-z])")


def _word_places(text: str) -> tuple[list[int], list[int]]:
    """Where the words that can begin a number in words start, and where the words of
    change end, found in one pass over the text. (Matching only the words looked for,
    instead of every word of the text in turn, is three times faster.)"""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two code points: offsets would shift
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    number_word_starts, change_words = [], []
    for m in _PLACED_WORD.finditer(lowered):
        word = m.group()
        if context.is_direction_word(word):
            change_words.append(m.end())
        if word in FIRST_WORDS:
            number_word_starts.append(m.start())
    # a word ending in "fold" ("threefold", "tenfold") starts a number too; they are rare
    at = lowered.find("fold")
    folds = []
    while at >= 0:
        end = at + 4
        if not _lower_letter_at(lowered, end):
            start = at
            while start and _lower_letter_at(lowered, start - 1):
                start -= 1
            folds.append(start)
        at = lowered.find("fold", end)
    if folds:
        number_word_starts = sorted(set(number_word_starts).union(folds))
    return number_word_starts, change_words


# A list item: a label of words, then its number, then the end of the item. When the label is
# followed by an en dash glued to the number ("Central Luzon –10,570; Calabarzon 9,830"), the dash
# separates the label from the number, as it does when spaced ("Calabarzon – 9,830"); it is a minus
# sign when the label names a quantity that can be below zero (context.SIGNED_QUANTITY_WORDS:
# "Net balance –1,200"), when the number is a percentage (a list of changes: "North –2.3%"), when a
# word of change stands in the label, in a table row, and in a list where another number has a sign.
_LABEL_BEFORE_DASH = lazy_re.compile(r"[;:,(\n][ \t]*(?P<label>[A-Za-z][A-Za-z'’.&-]*(?:[ \t][A-Za-z'’.&-]+){0,5})[ \t]+$")
_ITEM_END = lazy_re.compile(r"[ \t]*(?:[;,)\n]|\.(?:\s|$)|$)")
_SIGNED_NUMBER = lazy_re.compile(r"(?=[+\-−–])(?<![\w.,])[+\-−–]\d")  # (the sign looked for first: quicker over a document)


def _dash_separates(text: str, tok: NumberToken) -> bool:
    """Whether the en dash before `tok` separates a list label from its number (see _LABEL_BEFORE_DASH)."""
    if tok.unit in _PERCENT_UNITS or not _ITEM_END.match(text, tok.end):
        return False
    line_start = text.rfind("\n", 0, tok.start) + 1
    line_end = text.find("\n", tok.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "|" in line or "\t" in line.strip():
        return False  # a table row: its sign is read with its column (timeline.in_change_column)
    window_start = max(line_start, tok.start - 60)
    m = _LABEL_BEFORE_DASH.search(("\n" if window_start == line_start else "") + text[window_start:tok.start])
    if not m:
        return False
    words = [w.lower().strip(".'’") for w in m.group("label").split()]
    if any(w in context.SIGNED_QUANTITY_WORDS or context.is_direction_word(w) for w in words):
        return False
    others = [s for s in _SIGNED_NUMBER.finditer(line) if line_start + s.start() != tok.start]
    return not others  # "North –120, South +85": a list of signed changes


def _unsigned(text: str, tok: NumberToken) -> NumberToken:
    """`tok` without the dash before it."""
    start = tok.start + 1
    while text[start] in " \t":
        start += 1
    return replace(tok, start=start, text=text[start:tok.end], value=abs(tok.value))


def _lower_letter_at(text: str, i: int) -> bool:
    """Whether text[i] is one of a-z."""
    return "a" <= text[i:i + 1] <= "z"


def _extract_figures(document: Document, notes: list) -> tuple[Figure, ...]:
    text = document.text
    periods = find_periods(text)
    period_spans = [(p.start, p.end) for p in periods]
    period_spans = (period_spans, [start for start, _ in period_spans])
    phone_spans = _phone_spans(text)
    phone_spans = (phone_spans, [start for start, _ in phone_spans])
    sentences = context.sentences_cached(text)  # (the meaning layer reads the same sentences)
    number_word_starts, change_words = _word_places(text)
    tokens = _outside_number_dumps(find_numbers(text, number_word_starts), sentences, notes)
    kept: list[NumberToken] = []
    comma_grouped = _COMMA_GROUPED.search(text) is not None  # (once per document: thousands grouped with commas)
    age_end = -1
    for i, tok in enumerate(tokens):
        # ("aged 15-24, 412 thousand were unemployed": an amount with a scale word or unit is no age)
        if tok.start - age_end in range(0, 6) and _CONNECTOR.match(text[age_end:tok.start]) \
                and not tok.scaled and tok.unit in ("", "year", "month", "week", "day"):
            age_end = tok.end  # "ages 15-24", "aged 15 to 64": both ends are ages
            continue
        if tok.text[:1] == "–" and _dash_separates(text, tok):
            tok = _unsigned(text, tok)
        if comma_grouped and tok.has_decimals and not tok.scaled and _POINT_THREE_ZEROS.search(tok.text):
            continue  # "680,000 departures with the most annual increase as well, 181.000 or 36.3%": in a text that groups
            # thousands with commas, a point and three zeros is a thousands group written the continental way, or a
            # decimal written to three places; neither reading is safe
        if _not_a_figure(text, tok, period_spans, phone_spans):
            if _AGE_BEFORE.search(text[max(0, tok.start - 30):tok.start]):
                age_end = tok.end
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following is not None and following.glued_letters and _RANGE_DASH_ONLY.fullmatch(text[tok.end:following.start]):
            continue  # "15-64yrs", "0-19hrs": a range of ages or hours, a label
        kept.append(tok)
    kept = _share_unit_and_scale(text, kept)
    kept = _defined_abbreviations(text, kept)
    starts = [sentence.start for sentence in sentences]
    sentence_of = [bisect.bisect_right(starts, tok.start) - 1 for tok in kept]  # the tokens keep their places
    kept = _elided_units(text, kept, sentence_of)
    kept = _whole_in_its_parts_unit(text, kept, sentence_of)
    kept = _index_points(text, kept, sentences, sentence_of)
    if any(tok.unit == "krone" for tok in kept):
        kept = _name_krone(text, kept)
    # ("In the past 12 months, 61,400 lambs were born": a stretch counted back from the month in view sets the period
    # in force, without taking "12 months" from the figures)
    timeline = _Timeline(text, with_trailing_windows(text, periods), sentences)
    figures: list[Figure] = []
    sentence_index = 0
    in_sentence: list[Figure] = []
    breaks = None
    for tok in kept:
        previous_index = sentence_index
        while sentence_index + 1 < len(sentences) and sentences[sentence_index].end <= tok.start:
            sentence_index += 1
        sentence = sentences[sentence_index] if sentences else context.Sentence(0, len(text), 0)
        if sentence_index != previous_index or breaks is None:
            in_sentence = []
            breaks = context.clause_breaks(text, sentence)
        clause_start, clause_end = context.clause_bounds_in(breaks, sentence, tok.start)
        qualifier = context.qualifier_before(text[max(sentence.start, tok.start - 40):tok.start])
        if tok.unit in _DURATION_UNITS and qualifier == "more-than" \
                and _OVER_SPAN.search(text[max(0, tok.start - 12):tok.start]):
            qualifier = ""  # "doubled over five years" spans them; "for over three months" exceeds them
        near = bisect.bisect_right(change_words, tok.start)
        if near and change_words[near - 1] > max(sentence.start, tok.start - 90):
            sign, to_level = context.direction(text[max(sentence.start, tok.start - 90):tok.start],
                                               text[tok.end:sentence.end])
        else:
            sign, to_level = context.direction_after(text[tok.end:tok.end + 32],
                                                     text[max(sentence.start, tok.start - 12):tok.start]), False
        if to_level:
            sign = 0  # "rose to 7.8 per cent": a level reached, not a change
        if sign < 0 and tok.unit not in ("percent", "percentage_point", "basis_point") \
                and _NEGATIVE_LEVEL_BEFORE.search(text, max(sentence.start, tok.start - 40), tok.start) \
                and not _GROWTH_NAMED_BEFORE.search(text, max(sentence.start, tok.start - 60), tok.start):
            sign = 0  # "confidence came to minus 19 in January as against minus 20", "(minus 7)": a level below zero,
            # not a fall (a rate is another matter: "growth was minus 2.5%" fell)
        if sign > 0 and tok.unit and kind_of(tok.unit) is Kind.MONEY \
                and _FUNDS_RAISED.search(text, max(sentence.start, tok.start - 40), tok.start):
            sign = 0  # "the bond sale raised $900 million": money collected, not a rise ("raised prices by 5%" is one)
        if sign > 0 and tok.unit not in ("percent", "percentage_point", "basis_point") \
                and _GATHERED_UP.search(text, max(sentence.start, tok.start - 40), tok.start):
            sign = 0  # "Inpe picked up 323 km² of destroyed forest", "racked up 1,204 points": what an agent gathered
            # or recorded, a level; "up" is the verb's particle, not a rise ("sales picked up 5%" is one)
        if tok.direction_hint:
            sign = tok.direction_hint
        # "to" is left out: in "rose by 1.8 million to 13.14 million" the far figure is a level
        if not sign and in_sentence and _PAIR.fullmatch(text[in_sentence[-1].span.end:tok.start]) \
                and in_sentence[-1].unit == tok.unit:
            sign = in_sentence[-1].direction  # the far end of "growth of 3.1-3.5 per cent"
        if not sign and in_sentence and tok.unit == "percent" and in_sentence[-1].unit == "" \
                and _RESTATED.fullmatch(text[in_sentence[-1].span.end:tok.start]):
            sign = in_sentence[-1].direction  # "a fall of 775 or 38.5%": the fall in number, as a percentage
        if tok.text.lstrip("$£€¥₹₦ ")[:1] in "+-−–":
            sign = -1 if tok.value < 0 else 1  # "+27%", "-3%", "+2,000", "–15.4": a written sign marks a change
        elif not sign and _in_table_row(text, sentence.start, sentence.end) and timeline.in_change_column(tok):
            sign = -1 if _negative_in_table(text, tok) else 1  # a cell under "Change in %"
        if _negative_in_table(text, tok):
            tok = replace(tok, value=-tok.value)
            if tok.unit in _PERCENT_UNITS:
                sign = -1
        column_unit = timeline.column_unit(tok) if not tok.unit and not tok.scaled \
            and _in_table_row(text, sentence.start, sentence.end) else ""
        if column_unit:
            # "Growth %", "Share (%)", "% of normal": the column's cells are percentages, whatever the table's
            # unit; "Change (bps)", "Change (pp)": points of a rate
            tok = replace(tok, unit=column_unit)
        if not tok.unit and not tok.scaled and _in_table_row(text, sentence.start, sentence.end):
            scale, currency = timeline.table_unit(tok)
            if _COUNT_LABEL.search(_row_label(text, sentence, tok) or ""):
                currency = ""  # "Number of shares" under "Per share (in €)" counts shares, not euros
            if scale != 1 or currency:  # "In millions of € | 2024" over "Revenue | 35,955": €35,955 million
                tok = replace(tok, value=tok.value * scale, half_width=tok.half_width * scale, unit=currency,
                              scaled=scale != 1)
        measure = _measure(text, tok, sentence, clause_start, in_sentence, figures[-1] if figures else None)
        period, period_source = timeline.period_for(tok, sentence, clause_start, clause_end)
        if period_source == "shifted":
            period = _before_the_time_in_focus(text, tok, in_sentence, period)
        clause_text = text[clause_start:clause_end]
        kind = _kind(tok, measure, clause_text, text[max(0, tok.start - 20):tok.start])
        # ("an average of 10 sparrows per garden": a ratio by the words after it, its interval read as before: a whole
        # number of things per unit is stated as exact as a count is)
        by_words_after = kind in (Kind.COUNT, Kind.NUMBER) and bool(_NOUN_PER_AFTER.match(text, tok.end, min(clause_end, tok.end + 40)))
        # "per 1,000 males": the base of a rate is exact, its zeros are not rounding
        # ... and so is a target set by decision ("against a target of 2,000 km"): its zeros were chosen, not rounded
        low, high = _interval(tok, qualifier, exact=bool(_PER_BEFORE.search(text[max(0, tok.start - 5):tok.start])
                                                         or _SET_AMOUNT_BEFORE.search(text[max(0, tok.start - 30):tok.start])),
                              ratio=kind is Kind.RATIO)
        kind = Kind.RATIO if by_words_after else kind
        if sign and tok.words and tok.kind_hint == "ratio" and not qualifier:
            margin = abs(tok.value) * WORD_FRACTION_CHANGE_MARGIN
            low, high = tok.value - margin, tok.value + margin
        figure = Figure(
            id=f"F{len(figures) + 1}",
            text=tok.text,
            span=document.span(tok.start, tok.end),
            value=tok.value,
            low=low,
            high=high,
            unit=tok.unit,
            kind=kind,
            measure=measure,
            period=period,
            period_source=period_source,
            qualifier=qualifier,
            direction=sign,
            subject=_subject(text, sentence, clause_start, tok.start),
            change_of=(_change_of(text[tok.end:clause_end]) or _fronted_change_of(text[sentence.start:tok.start]))
            if sign or tok.unit in _PERCENT_UNITS else "",
        )
        figures.append(figure)
        in_sentence.append(figure)
    return tuple(figures)


_NUMBERISH_CELL = lazy_re.compile(r"\d")
_ALIGNMENT_CHARS = frozenset(" \t|:-")


def _is_alignment_row(line: str) -> bool:
    """A markdown table's alignment row under its header ("|---|:---:|--:|"): it names no column."""
    return "-" in line and "|" in line and set(line) <= _ALIGNMENT_CHARS
_YEAR_CELL = lazy_re.compile(r"\s*(?:FY\s?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?\s*")
_NUMBER_CELL = lazy_re.compile(r"\s*[-–+(]?[$£€¥₹₦]?[\d.,\s]+\)?\s*(?:%|‰|e|p)?\)?\s*")


def _is_number_cell(cell: str) -> bool:
    """A cell that holds a number other than a year: "18,250", "(1.8%)"; not "2023", nor an empty
    cell ("|  | 2023 | 2024 |" is a header whose first cell is blank), nor thousands written as
    zeros ("(£000)", a unit marker)."""
    return bool(_NUMBER_CELL.fullmatch(cell)) and not _YEAR_CELL.fullmatch(cell) and any(c.isdigit() for c in cell) \
        and "".join(c for c in cell if c.isdigit()) != "000"


@lru_cache(maxsize=4096)
def _is_data_row(line: str) -> bool:
    """Whether a table line has a number cell: a row of data, not a header. Asked of the same
    lines again for every row below them (the lines above a row are read up to 40 deep)."""
    return any(_is_number_cell(cell) for cell in line.split("|"))
# A header that says its column holds changes. A span header ("Jan 12 to Feb 12") is left
# out: which two columns it compares is not in the row, and a check would pair the wrong ones.
_CHANGE_HEADER = lazy_re.compile(r"\bchange\b|\bgrowth\b|\bdifference\b|\bincrease\b|\bdecrease\b|\w\s+to\s+\w", re.I)
_PERCENT_HEADER = lazy_re.compile(r"%|\bper\s*cent\b|\bpercent(?:age)?\b", re.I)
# a header naming points of a rate: "Change (bps)", "Change (pp)", "Change (% points)"
_BASIS_POINT_HEADER = lazy_re.compile(r"\bbps?\b|\bbasis[\s-]+points?\b", re.I)
_POINT_HEADER = lazy_re.compile(r"\bpp\b|\bp\.p\.|\bpercentage[\s-]+points?\b|%[\s-]*points?\b|\bpts\b", re.I)


@lru_cache(maxsize=512)
def _beyond_periods(cell: str) -> bool:
    """Whether a header cell holds a digit that is no part of a period it names: "Q2 2024",
    "2024 Q2", "H1 2023", "Jan-Mar 2024", "FY2023/24" and "weight (‰) 2018" hold none;
    "Population 2020 (000s)" and "Top 10" do."""
    at, rest = 0, []
    for mention in find_periods(cell):
        rest.append(cell[at:mention.start])
        at = mention.end
    rest.append(cell[at:])
    return any(_NUMBERISH_CELL.search(part) for part in rest)


@lru_cache(maxsize=256)
def _header_period(cell: str) -> str:
    """The period a header cell names, when it names one and nothing else ("2024", "Sep 2018",
    "Q2 2024", "2024 Q2", "H1 2023", "Jan-Mar 2024", "FY2023/24")."""
    if _beyond_periods(cell):
        return ""
    named = [p for p in find_periods(cell) if p.has_year]
    return named[-1].period if named else ""


# How a table says its cells are scaled or in a currency: "('000)", "In millions of €", "Per share
# (in €)", "(£ million)", "(R million)", "(US$ bn)", "Rs crore", "€ '000", "(EUR m)", "(millions of
# rand)". Read from the row label, the header rows and the heading over the table, nearest first
# (_table_unit). The currencies are those of the figure grammar (units.py): signs and codes before
# an amount, currency words after it; the scales are its scale words, with their plurals and the
# thousands written as zeros ("'000", "000s").
_MONEY_WORDS = [w for w, code in UNIT_WORDS.items() if kind_of(code) is Kind.MONEY and w[:1].isalpha()]
_TABLE_CURRENCIES = {**{w: UNIT_WORDS[w] for w in _MONEY_WORDS}, **{c: c for c in ISO_CURRENCIES},
                     **CURRENCY_PREFIXES}
_TABLE_SCALES = {**{w: v for w, v in SCALES.items() if w.isascii()},
                 **{w + "s": v for w, v in SCALES.items() if len(w) > 3 and w.isalpha() and w.isascii()},
                 "'000": Decimal(1000), "’000": Decimal(1000), "000": Decimal(1000)}
_TABLE_SCALES.update({w + "s": v for w, v in list(_TABLE_SCALES.items()) if w.endswith("000")})
# a scale of one letter ("£m", "€k") or bare zeros ("£000") says so only after a currency
_SCALE_AFTER_CURRENCY_ONLY = {"m", "k", "cr", "000"}
# The markers' patterns are built when the first table is read (lazy_re.built): their alternations of
# some 700 currency signs, codes and words took 2-3 ms of every start, and most reports have no table.


@lru_cache(maxsize=1)
def _marker_parts() -> tuple[str, str]:
    """The patterns of a marker's currency and of its scale."""
    signs = alternation(sorted(set(CURRENCY_PREFIXES) | ISO_CURRENCIES))
    currency = rf"(?:{signs}|(?i:{alternation(_MONEY_WORDS)})(?![A-Za-z]))"
    return currency, rf"(?i:{alternation(_TABLE_SCALES)})(?![A-Za-z])"


def _unit_marker_pattern() -> str:
    """The whole of a marker: a currency and a scale in either order, or either alone ("in" and "of" allowed)."""
    currency, scale = _marker_parts()
    return (rf"(?i:in\s+)?(?:(?P<currency>{currency})\s?(?i:in\s+)?(?P<scale>{scale})?"
            rf"|(?P<scale_first>{scale})(?:\s+(?i:of\s+)?(?P<currency_after>{currency}))?)")


def _physical_marker_pattern() -> str:
    _, scale = _marker_parts()
    return rf"(?i:in\s+)?(?:(?P<scale>{scale})\s+(?i:of\s+)?)?(?P<unit>(?i:{alternation(sorted(_PHYSICAL_WORDS))}))"


def _in_scale_pattern() -> str:
    currency, _ = _marker_parts()
    return rf"\b[Ii]n\s+(?P<scale>thousands|millions|billions)(?:\s+of\s+(?P<currency>{currency}))?"


_UNIT_MARKER = lazy_re.built(_unit_marker_pattern)
# a unit of measure a table's cells are in, perhaps scaled: "(million tonnes)", "('000 ha)" (not a unit of
# time: "(years)" over a column may be an age or a span as well as a duration)
_PHYSICAL_WORDS = {w: code for w, code in UNIT_WORDS.items()
                   if kind_of(code) is Kind.PHYSICAL and w[:1].isalpha() and code not in ("hour", "day", "week", "month", "year")}
_PHYSICAL_MARKER = lazy_re.built(_physical_marker_pattern)
# "In millions of €" anywhere in a line
_IN_SCALE = lazy_re.built(_in_scale_pattern)
_BRACKETED = lazy_re.compile(r"\(([^()]*)\)")
_TABLE_NUMBER = lazy_re.compile(r"^(?:Table|Tab\.|Exhibit|Figure|Chart)\s+[A-Z]?\d+(?:\.\d+)*[a-z]?\s*[.:\-–]?\s*", re.I)
_COUNT_LABEL = lazy_re.compile(r"\bnumber of\b|\bemployees\b|\bheadcount\b|\bshares\b(?!\s+price)")


def _marker(group: str, bracketed: bool) -> tuple[Decimal, str] | None:
    """The scale and currency a marker names, when `group` is one and nothing else. A currency
    without a scale is a marker only in brackets ("(in €)"), a one-letter currency ("R") only
    with a scale: a cell "Yen" or "R" alone is a row's or a column's name. In brackets, a unit of
    measure with or without a scale is one too ("(million tonnes)", "('000 hectares)", "(MW)")."""
    m = _UNIT_MARKER.fullmatch(group.strip())
    if not m:
        physical = _PHYSICAL_MARKER.fullmatch(group.strip()) if bracketed else None
        if physical is None:
            return None
        scale = (physical.group("scale") or "").lower()
        return _TABLE_SCALES.get(scale, Decimal(1)), _PHYSICAL_WORDS[physical.group("unit").lower()]
    currency = m.group("currency") or m.group("currency_after") or ""
    scale = m.group("scale") or m.group("scale_first") or ""
    if m.group("scale_first") and scale.lower() in _SCALE_AFTER_CURRENCY_ONLY:
        return None
    if not scale and (not bracketed or len(currency) == 1 and currency.isalpha()):
        return None
    code = _TABLE_CURRENCIES.get(currency) or _TABLE_CURRENCIES.get(currency.lower(), "")
    return _TABLE_SCALES.get(scale.lower(), Decimal(1)), code


@lru_cache(maxsize=1024)
def _unit_marker(line: str) -> tuple[Decimal, str] | None:
    """The scale and currency a table's row label, header row or heading says its cells are in:
    a cell that is a marker ("Rs crore", "€ '000"), a bracketed one ("Employed ('000)",
    "Revenue (US$ bn)"), one ending a caption after a comma or colon ("Revenue, R million"), or
    "in millions of €" anywhere; the first in the line."""
    for cell in line.split("|"):
        found = _marker(cell, bracketed=False)
        for group in _BRACKETED.finditer(cell):
            found = found or _marker(group.group(1), bracketed=True)
        tail = max(cell.rfind(","), cell.rfind(":"))
        if not found and tail >= 0:
            found = _marker(cell[tail + 1:], bracketed=False)
        if not found and (m := _IN_SCALE.search(cell)):
            currency = m.group("currency") or ""
            found = (_TABLE_SCALES[m.group("scale")],
                     _TABLE_CURRENCIES.get(currency) or _TABLE_CURRENCIES.get(currency.lower(), ""))
        if found:
            return found
    return None


_BRACKET_AT_END = lazy_re.compile(r"\(([^()]{1,20})\)\s*:?\s*$")


def _table_unit(text: str, line_start: int) -> tuple[Decimal, str]:
    """The scale and currency a table gives the cells of the row at `line_start`."""
    line_end = text.find("\n", line_start)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    lines = [row.strip().removeprefix("|").split("|", 1)[0]]  # the row label (a Markdown row starts with "|")
    for line in _table_lines_above(text, line_start):
        if "|" in line:
            if not _is_data_row(line):
                lines.append(line)
            continue
        stripped = line.strip()
        caption = _TABLE_NUMBER.sub("", stripped)  # "Table 4: Receipts, US$ bn": its number is no figure
        unit_closing = _BRACKET_AT_END.search(stripped)
        if unit_closing and _marker(unit_closing.group(1), bracketed=True):
            lines.append(line)  # "Semiconductor Sales by Region, April 2015 ($ Billions)": a title closed by its unit
            break
        if stripped and (len(caption) > 40 or _NUMBERISH_CELL.search(caption)):
            break
        if stripped:
            lines.append(line)
            break  # a heading ("Per share (in €)") starts this table: what is above belongs to another
    for line in lines:
        found = _unit_marker(line)
        if found:
            return found
    return Decimal(1), ""


DATELINE_REACH = 600  # a dateline stands at the top of a release, under its title and standfirst
_TITLE_REACH = 300  # a first paragraph this short is a title (or title and standfirst): its period is the report's
# two years joined as a span: "from 2011 to 2016", "2011-2016", "between 2011 and 2016"
_YEAR_SPAN_BETWEEN = lazy_re.compile(r"\s?(?:to|-|–|—|and|through|until)\s?", re.I)


_TO_LEVEL = lazy_re.compile(r"\bto\s+(?:(?:a|an|the)\s+)?(?:[a-z'’-]+\s+){0,2}[$£€¥₹]?\s?\d", re.I)


def _past_a_base(between: str) -> bool:
    """Whether the words between a figure and a period after it pass a comparison's base ("from",
    "than") and reach no level after it with "to" ("from the previous year to $4.5bn in 2019")."""
    base = None
    for base in _BASELINE_AFTER_RE.finditer(between):
        pass
    return base is not None and not _TO_LEVEL.search(between, base.end())


def _spans_years(text: str, mentions: list[PeriodMention]) -> bool:
    """Whether the mentions include two years joined as a span ("from 2011 to 2016")."""
    return any(_BARE_YEAR.fullmatch(a.period) and _BARE_YEAR.fullmatch(b.period) and a.period != b.period
               and _YEAR_SPAN_BETWEEN.fullmatch(text, a.end, b.start)
               # "2015-2016", "2015/16": one season or fiscal year, not a span of years
               and not (int(b.period) == int(a.period) + 1 and not text[a.end:b.start].strip(" -–/"))
               for a, b in zip(mentions, mentions[1:]))


# after a month or quarter named without its year: the year before the one in view ("in January last year")
_LAST_YEAR_AFTER = lazy_re.compile(r"\s+(?:of\s+)?(?:last\s+year|(?:the\s+)?(?:previous|prior|preceding)\s+year)\b", re.I)
_ASIDE_REACH = 80  # how far from a period its brackets are looked for: an aside is short
_YEAR_LOOKAHEAD = 12  # mentions looked through for the year a month or quarter named without one is given later


# what a bracket that sets another period or amount beside one opens after: a figure or a period, with its unit
# ("18,641,000 tonnes (2011: ...)", "January 2019 (January 2018)"; not a name: "BBC1 (January 1) 11.6 million")
_FIGURE_BEFORE_A_BRACKET = lazy_re.compile(r"(?<![A-Za-z\d])\d[\d,.]*(?:[ \t]*[A-Za-z%]+){0,2}[ \t]*$")


def _bracket_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The opening and closing bracket around `text[start:end]` on its line, if it stands in brackets set beside a
    figure or a period ("18,641,000 tonnes (2011: 18,031,000 tonnes)", "January 2019 (January 2018)"), else None."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _ASIDE_REACH)
    opening = text.rfind("(", line_start, start)
    if opening < 0 or text.find(")", opening, start) >= 0 \
            or not _FIGURE_BEFORE_A_BRACKET.search(text, max(0, opening - 40), opening):
        return None
    line_end = text.find("\n", end)
    closing = text.find(")", end, min(end + _ASIDE_REACH, line_end if line_end >= 0 else len(text)))
    if closing < 0 or text.find("(", end, closing) >= 0:
        return None
    return opening, closing


class _Timeline:
    """Which period each figure refers to: one named in its clause, else earlier
    in its sentence, else the one in force in its paragraph, else the
    document's (its title's). Baselines ("from 7.0 per cent in March") and
    dates of events ("on 1 February 2023") do not set the period in force."""

    def __init__(self, text: str, periods: list[PeriodMention], sentences) -> None:
        self.text = text
        self.periods = periods
        self.starts = [p.start for p in periods]
        self.paragraph: list[int] = []
        self.baseline: list[bool] = []
        # the brackets a period stands in ("18,641,000 tonnes (2011: 18,031,000 tonnes), down 2%"): it holds inside
        # them only, for the aside's own figures
        self.aside: list[tuple[int, int] | None] = [_bracket_around(text, p.start, p.end) for p in periods]
        si = 0
        for p in periods:
            while si + 1 < len(sentences) and sentences[si].end <= p.start:
                si += 1
            self.paragraph.append(sentences[si].paragraph if sentences else 0)
            # (within its own sentence: "... against 5,548 in 2020. In 2019, there were 8,272" names no base)
            opens = sentences[si].start if sentences and sentences[si].start <= p.start else 0
            before = text[max(0, p.start - 60, opens):p.start]
            self.baseline.append(bool(_BASELINE_BEFORE.search(before)) and not _DATA_FROM_A_SPAN.search(before))
        # for each i, the last period among periods[:i] that can be in force, and the last year named
        self.last_in_force: list[int] = [-1]
        self.last_year: list[str] = [""]
        for i, p in enumerate(periods):
            sets_period = not self.baseline[i] and not p.is_date and not p.since and self.aside[i] is None
            self.last_in_force.append(i if sets_period else self.last_in_force[-1])
            # "the highest since 2020", "against 4,107 in 2023": a year looked back to, not the one a month is in
            names_the_year = not p.since and not self.baseline[i] and self.aside[i] is None
            self.last_year.append(names_the_year and year_in_view(p.period) or self.last_year[-1])
        self._rows_above: dict[int, list[list[str]]] = {}
        self._header_cells: dict[tuple[int, int], str] = {}
        self._table_units: dict[int, tuple[Decimal, str]] = {}
        self.document_period = ""
        # where the document's period is named: a title's period holds for the whole text, a year
        # the body names first holds from there on (the figures before it may be of another year)
        self.document_period_from = 0
        self.document_period_until = len(text)
        candidates = [p for p in periods if p.has_year and not p.since]
        if candidates:
            first = candidates[0]
            title_end = text.find("\n\n")
            if first.start < (title_end if title_end > 0 else 300):
                # (a dateline's day is when the report was written: its figures are of that year at most, and
                # "last year" is the year before it, not the same day a year before)
                self.document_period = year_in_view(first.period) if first.is_date else first.period
                in_title = 0 < title_end <= _TITLE_REACH
                if not in_title:
                    self.document_period_from = first.start
                elif _spans_years(text, [p for p in candidates if p.start < title_end]):
                    # "Housing starts from 2011 to 2016": the report's span, no body figure's period
                    self.document_period_until = title_end
        # a date the text was written (or updated) on, near its top, in the year after the document's period: "last
        # year" is then the document's period ("... in 2018" ... "This story was updated March 13, 2019")
        document_year = year_in_view(self.document_period)
        self.written_the_year_after = bool(document_year) and any(
            p.is_date and p.start < DATELINE_REACH and year_in_view(p.period) == str(int(document_year) + 1)
            for p in candidates)
        # the year a month named before any year belongs to: a release's lead ("In February, exports
        # rose 14.4%") comes before its dateline ("Bogota, March 5, 2019"); a year named further on
        # may be one looked back to
        self.opening_year = ""
        self.opening_date_month = 0  # the dateline's month: a later month named in the lead is last year's
        if candidates and candidates[0].is_date and candidates[0].start < DATELINE_REACH:
            self.opening_year = year_in_view(candidates[0].period)
            self.opening_date_month = int(candidates[0].period[5:7])

    def table_unit(self, tok: NumberToken) -> tuple[Decimal, str]:
        line_start = self.text.rfind("\n", 0, tok.start) + 1
        if line_start not in self._table_units:
            self._table_units[line_start] = _table_unit(self.text, line_start)
        unit = self._table_units[line_start]
        if unit != (Decimal(1), "") and "|" in self.text[line_start:tok.start]:
            # "| Ward | 2023 | Population (000s) |": a marker in one column's header scales that column only
            named = [h for h in self._header_rows(line_start) if any(re.search("[A-Za-z]", c) for c in h)]
            cells = [c for c in named[0] if c.strip()] if named else []
            marked = [c for c in cells[1:] if _unit_marker(c)]
            if marked and not _unit_marker(cells[0]) and len(marked) < len(cells) - 1:
                line_end = self.text.find("\n", line_start)
                row_cells = self.text.count("|", line_start, line_end if line_end >= 0 else len(self.text)) + 1
                index = self.text.count("|", line_start, tok.start) - (row_cells - len(named[0]))
                own = named[0][index] if 0 <= index < len(named[0]) else ""
                return _unit_marker(own) or (Decimal(1), "")
        return unit

    def column_unit(self, tok: NumberToken) -> str:
        """The unit the header over this cell gives its column: percent ("Growth %", "Share (%)"),
        or points of a rate ("Change (bps)", "Change (pp)"); "" when it names none."""
        header = self._header_cell(tok) or ""
        if _BASIS_POINT_HEADER.search(header):
            return "basis_point"
        if _POINT_HEADER.search(header):
            return "percentage_point"
        return "percent" if _PERCENT_HEADER.search(header) else ""

    def in_change_column(self, tok: NumberToken) -> bool:
        """Whether the header over this cell names a change ("Change in %", "Jan 12 to Feb 12")."""
        header = self._header_cell(tok)
        return bool(header) and bool(_CHANGE_HEADER.search(header))

    def _header_rows(self, line_start: int) -> list[list[str]]:
        """The cells of the table rows above the row at `line_start`, nearest first (cached per row)."""
        rows = self._rows_above.get(line_start)
        if rows is None:
            rows = []
            for line in _table_lines_above(self.text, line_start):
                if "|" not in line:
                    if line.strip() and (len(line) > 40 or _NUMBERISH_CELL.search(line)):
                        break
                    continue
                if _is_alignment_row(line):
                    continue  # "|---|:--:|": a markdown table's alignment row names no column
                if not _is_data_row(line):
                    rows.append(line.split("|"))  # a header names its columns; a data row has number cells
            self._rows_above[line_start] = rows
        return rows

    def _header_cell(self, tok: NumberToken) -> str:
        text = self.text
        line_start = text.rfind("\n", 0, tok.start) + 1
        column = text.count("|", line_start, tok.start)
        key = (line_start, column)
        if key not in self._header_cells:
            self._header_cells[key] = self._find_header_cell(line_start, column)
        return self._header_cells[key]

    def _find_header_cell(self, line_start: int, column: int) -> str:
        text = self.text
        line_end = text.find("\n", line_start)
        row = text[line_start:line_end if line_end >= 0 else len(text)]
        row_cells = row.count("|") + 1
        for cells in self._header_rows(line_start):
            index = column - (row_cells - len(cells))
            if 0 <= index < len(cells) and not _beyond_periods(cells[index]) \
                    or 0 <= index < len(cells) and _CHANGE_HEADER.search(cells[index]):
                return cells[index]
        return ""

    def _column_period(self, tok: NumberToken) -> str:
        """In a table, a cell's period is its column's: the header row above names it
        ("In millions of € | 2024 | 2023 | Change in %"). Rows and header are aligned
        from the right, since a header often has no cell above the row labels."""
        text = self.text
        line_start = text.rfind("\n", 0, tok.start) + 1
        line_end = text.find("\n", tok.start)
        row = text[line_start:line_end if line_end >= 0 else len(text)]
        if "|" not in row:
            return ""
        row_cells = row.count("|") + 1
        column = text.count("|", line_start, tok.start)
        for cells in self._header_rows(line_start):
            index = column - (row_cells - len(cells))
            if 0 <= index < len(cells):
                period = _header_period(cells[index])
                if period:
                    return period
        return ""

    def _opening_year(self, period: str) -> str:
        """The year of a year-less month or quarter named before any year: the dateline's, or the
        year before it for a month after the date's ("In December ..." above "January 5, 2020" is
        December 2019)."""
        year = self.opening_year
        if year and re.fullmatch(r"\d\d", period) and int(period) > self.opening_date_month:
            return str(int(year) - 1)
        return year

    def period_for(self, tok: NumberToken, sentence, clause_start: int, clause_end: int) -> tuple[str, str]:
        """The figure's period and where it comes from (see `Figure.period_source`)."""
        if _in_table_row(self.text, sentence.start, sentence.end):
            column = self._column_period(tok)
            if column:
                return column, "column"
        period, source = self._own_period(tok, sentence, clause_start, clause_end)
        if source in ("", "column"):
            return period, source
        # "up 20% from last year's 35,000", "the previous season's 540,000": the level is of the
        # period before the one the sentence is about
        # "..., 5% above the same period of last year, when it was $82 million": the clause is the period's
        when = _WHEN_CLAUSE.match(self.text, clause_start, tok.start)
        if clause_start > sentence.start and _OPENS_ON_PRIOR.match(self.text, sentence.start, clause_start):
            clause_start = sentence.start
        later = OPENS_ON_NEXT.match(self.text, sentence.start, clause_start) \
            if clause_start > sentence.start and source != "attached" else None
        if later and not any(c.isdigit() for c in self.text[clause_start:tok.start]):
            moved = shifted(period, 1, prior_step(later.group("noun") or later.group("noun2")))
            return moved, ("shifted" if moved != period else source)
        step = "" if source == "attached" else \
            prior_before(self.text, max(sentence.start if when else clause_start, tok.start - 80), tok.start, bool(when),
                         # "Last season 13 clubs ...", the title naming the season: last as of the writing
                         relative_to_writing=source == "default")
        if step:
            moved = shifted(period, -1, step)
            return moved, ("shifted" if moved != period else source)
        return period, ("stated" if source == "attached" else source)

    def _own_period(self, tok: NumberToken, sentence, clause_start: int, clause_end: int) -> tuple[str, str]:
        n_before = bisect.bisect_left(self.starts, tok.start)
        last = self.last_in_force[n_before]
        if last >= 0 and self.paragraph[last] == sentence.paragraph:
            in_force, in_force_source = self.periods[last].period, "paragraph"
        elif self.document_period and self.document_period_from <= tok.start < self.document_period_until:
            in_force, in_force_source = self.document_period, "default"
        elif last >= 0 and (pointed := self._pointed_back_to(clause_start, clause_end, last)):
            # "Exports over the nine months totalled 6.88 million tonnes", a paragraph after "for July-March":
            # a definite stretch of time is the last one of its length the text named (where no period holds for
            # the whole text: "in the quarter" is then the title's, whatever the paragraph before compared it with)
            in_force, in_force_source = pointed, "paragraph"
        else:
            in_force, in_force_source = "", ""  # a year the body names further on is not yet in force
        default_year = year_in_view(self.document_period) \
            if self.document_period_from <= tok.start < self.document_period_until else ""
        year = self.last_year[n_before] or default_year or self._opening_year(in_force)
        in_force = with_year(in_force, year or (self._year_named_later(last) if in_force_source == "paragraph" else ""))
        if not in_force:
            in_force_source = ""
        first = bisect.bisect_left(self.starts, sentence.start)
        stop = bisect.bisect_left(self.starts, sentence.end)
        in_sentence = [i for i in range(first, stop)
                       if self.aside[i] is None or self.aside[i][0] < tok.start < self.aside[i][1]]
        # a period after the figure but past "from"/"than" is the baseline's, not this figure's
        # (unless the base is passed for the level reached: "grew 25% from the previous year to $4.5bn in 2019")
        in_clause = [i for i in in_sentence if clause_start <= self.starts[i] < clause_end
                     and (self.starts[i] < tok.start or not _past_a_base(self.text[tok.end:self.starts[i]]))]
        # a period standing right after the figure is its own: in "from 6,370 in 2018 to 17,064 in
        # 2022" the 2018 belongs to the figure before, however near it stands
        attached = [i for i in in_clause if self.starts[i] >= tok.end
                    and _PERIOD_ATTACHED.fullmatch(self.text, tok.end, self.starts[i])] \
            or [i for i in in_sentence if self.starts[i] >= tok.end
                and _SAME_SPAN_OF_A_YEAR.fullmatch(self.text, tok.end, self.starts[i])][:1]
        # ... and so is one right after a bracketed aside that restates it, which ends the clause ("from KSh 6.9 million (US$67,171) in
        # 2013 to KSh 10.9 million (US$106,111) in 2017"), or after the bracket the figure closes ("(US$106,111) in 2017")
        attached = attached or [i for i in in_sentence if self.starts[i] >= tok.end
                                and _PERIOD_AFTER_AN_ASIDE.fullmatch(self.text, tok.end, self.starts[i])][:1]
        if attached:
            chosen = self.periods[attached[0]]
            return with_year(chosen.period, year_in_view(chosen.period) or self._year_said_after(attached[0], year)
                             or self._year_named_later(attached[0])), "attached"
        if in_clause:
            nearest = min(in_clause, key=lambda i: abs(self.starts[i] - tok.start))
            chosen = self.periods[nearest]
            if self.starts[nearest] > tok.start:
                # (a time after the figure may say its year: "106.2 million tons in January last year")
                return with_year(chosen.period, year_in_view(chosen.period) or self._year_said_after(nearest, year)
                                 or self._year_named_later(nearest)), "stated"
            period = with_year(chosen.period, year_in_view(chosen.period) or year or self._year_named_later(nearest))
            # "net income for the first seven months fell to 20.1 from 25.1 a year ago": the period the
            # clause opens with, moved by a relative phrase after the figure
            return self._moved(tok, clause_end, period, "stated")
        earlier = [i for i in in_sentence if self.periods[i].end <= tok.start and not self.baseline[i]
                   and not self.periods[i].since]
        when = _WHEN_OPENS.match(self.text, clause_start, tok.start)
        # "fell in April from March, when a total of 15,000 were sold": a clause of "when" is of the period
        # right before it, however that period came in (a base's included)
        antecedent = [i for i in in_sentence if self.periods[i].end <= when.end()
                      and _JUST_BEFORE_WHEN.fullmatch(self.text, self.periods[i].end, when.end())][-1:] if when else []
        if antecedent:
            chosen = self.periods[antecedent[0]]
            return with_year(chosen.period, year_in_view(chosen.period) or year
                             or self._year_named_later(antecedent[0])), "sentence"
        if earlier:
            period, source = with_year(self.periods[earlier[-1]].period,
                                       year or self._year_named_later(earlier[-1])), "sentence"
        elif in_force:
            period, source = in_force, in_force_source
        else:
            # nothing in force yet: the year the sentence names further on
            later = self._named_further_on(tok, in_sentence)
            period, source = (self.periods[later].period, "sentence") if later is not None else ("", "")
        baselines = [i for i in in_sentence if self.baseline[i] and self.periods[i].end <= tok.start]
        if baselines and (_OLD_LEVEL_BEFORE.search(self.text, max(sentence.start, tok.start - 25), tok.start)
                          or _BRACKET_AFTER_BASE.fullmatch(self.text, self.periods[baselines[-1]].end, tok.start)
                          or _AND_ANOTHER_OF_THE_BASE.fullmatch(self.text, self.periods[baselines[-1]].end, tok.start)):
            # "rose 14.4% against the same month of 2018, from almost 1.1 million bags to 1.26 million":
            # the old level is of the period the sentence names as the base (or in brackets right after it)
            base = self.periods[baselines[-1]].period
            if _BARE_YEAR.fullmatch(base) and year_in_view(period):
                return base + period[4:], "sentence"
            return with_year(base, year), "sentence"
        return self._moved(tok, clause_end, period, source)

    def _year_said_after(self, i: int, year: str) -> str:
        """The year in view, or the one before it when the month or quarter named without a year is said to be last
        year's ("in January last year", "the March of the previous year")."""
        if year and _LAST_YEAR_AFTER.match(self.text, self.periods[i].end):
            return str(int(year) - 1)
        return year

    def _year_named_later(self, i: int) -> str:
        """The year of a month or quarter named without one before any year is in view ("Cement sales up 44.4% in
        March" over "... in March 2021"): the year the text gives the same month or quarter further on, when it does
        so within a few mentions and not as a base or a "since"; "" otherwise."""
        if i < 0:
            return ""
        period = self.periods[i].period
        if period[:2] in ("19", "20") or period.startswith("FY") or not period:
            return ""
        for j in range(i + 1, min(len(self.periods), i + 1 + _YEAR_LOOKAHEAD)):
            later = self.periods[j]
            if later.has_year and not later.since and not self.baseline[j] and later.period[5:] == period \
                    and later.period[:2] in ("19", "20") and later.period[4:5] == "-":
                return later.period[:4]
        return ""

    def _named_further_on(self, tok: NumberToken, in_sentence: list[int]) -> int | None:
        """The period the figure's sentence names after it, when no word of comparison stands between and it sets a
        period ("With 5.43 million people and spending of €21.9bn, the country spent €4,030 a head in 2022"; not
        "31 million would rank behind the 2016-17 season", nor "730,000, a fifth above the 540,000 of 2022")."""
        later = [i for i in in_sentence if self.starts[i] >= tok.end][:1]
        usable = later and not self.baseline[later[0]] and not self.periods[later[0]].since \
            and not self.periods[later[0]].is_date and self.periods[later[0]].has_year \
            and not _COMPARED_BETWEEN.search(self.text, tok.end, self.starts[later[0]])
        return later[0] if usable else None

    def _pointed_back_to(self, clause_start: int, clause_end: int, last: int) -> str:
        """The period a definite stretch of time in the clause points back to ("over the same nine months", "in the
        period", "during the quarter"): the last period in force, from `last` back, as long as the stretch ("the
        period" is the last one, whatever its length); "" when the clause names none or none fits near."""
        m = STRETCH_POINTING_BACK.search(self.text, clause_start, clause_end)
        if m is None:
            return ""
        if m.group("span") and m.group("span").lower() == "period":
            return self.periods[last].period
        length = _number_word(m.group("n")) if m.group("n") else _STRETCH_MONTHS[" ".join(m.group("span").lower().split())]
        for _ in range(_POINTING_REACH):
            if last < 0:
                break
            if months_in(self.periods[last].period) == length:
                return self.periods[last].period
            last = self.last_in_force[last]  # (the last in force before it)
        return ""

    def _moved(self, tok: NumberToken, clause_end: int, period: str, source: str) -> tuple[str, str]:
        """The period, moved by a relative phrase after the figure ("a year earlier", "over the last
        five years") unless the phrase names another figure's or a comparison's base."""
        after = self.text[tok.end:clause_end + 60]
        # (a bracketed restatement right after the figure stands between it and its time words without being another
        # figure: "from Rs 89.69 crore (Rs 896.9 million) in the same quarter of the last fiscal" reads as without it)
        restated = _RESTATEMENT_AFTER.match(after)
        if restated:
            after = " " * restated.end() + after[restated.end():]
        lowered = after.lower()
        if not period or "year" not in lowered and "decade" not in lowered and "quarter" not in lowered:
            return period, source  # the common case: nothing shifts the period
        span = _LAST_YEARS.match(after)
        if span and year_in_view(period):
            years = 10 if span.group("decade") else _number_word(span.group("n"))
            if years:
                end = int(year_in_view(period))
                return f"{end - years + 1}..{end}", "shifted"  # "over the last decade", "in the past five years"
        earlier_year = _YEAR_EARLIER.match(after)
        earlier_quarter = None if earlier_year else _QUARTER_EARLIER.match(after)
        relative = earlier_year or earlier_quarter
        if relative and (_BASELINE_AFTER_RE.search(after, 0, relative.start("when"))
                         or _ON_BEFORE.search(after[:relative.start("when")])
                         or any(c.isdigit() for c in after[:relative.start("when")])):
            # (and "5.7% over the 6,285 recorded a year earlier": the phrase is the nearer figure's)
            return period, source  # "up 8% from a year earlier", "$84m against $80m a year ago": another figure's base
        if earlier_year and source == "default" and self.written_the_year_after \
                and earlier_year.group("when").lower().startswith("last"):
            # ("reached $3.628 trillion last year" under a title of 2018, written in 2019: last as of the writing)
            return period, source
        if relative:
            moved = shifted(period, -1, "year" if earlier_year else "quarter")
            return moved, ("shifted" if moved != period else source)
        return period, source
