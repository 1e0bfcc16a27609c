"""The grammar of a written number: digits, grouping, decimals, scale, unit.

`find_numbers` yields every number-like token with its exact value and the
half-width its rounding allows. Deciding which tokens are figures (and not
years, dates or list numbers) is `figures.py`'s job.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal, DefaultContext, localcontext
from functools import lru_cache

from auditor import lazy_re
from auditor.extract import hedges
from auditor.extract.periods import QUOTE_VALUE_SLOT
from auditor.extract.units import CURRENCY_PREFIXES, ISO_CURRENCIES, UNIT_SIGNS_IN_CAPITALS, UNIT_WORDS

SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "m": Decimal(10) ** 6, "mln": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "bln": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "trn": Decimal(10) ** 12, "tn": Decimal(10) ** 12,
    "lakh crore": Decimal(10) ** 12, "lakh": Decimal(10) ** 5, "lac": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7, "cr": Decimal(10) ** 7,
    "万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12,
    # the same written as English calques of them (Chinese releases translated word for word): "362.8 hundred
    # million yuan" is 36.28 billion yuan, "48.62 ten thousand persons" 486,200
    "hundred million": Decimal(10) ** 8, "hundred-million": Decimal(10) ** 8,
    "ten thousand": Decimal(10) ** 4, "ten-thousand": Decimal(10) ** 4,
}
# Scale words that may only be glued to the digits ("116.9m", "45k"), never spaced.
_GLUED_ONLY = {"m", "k", "cr"}
# Letters that are a scale only glued to an amount of money ("$3.3B", "$17.50T"): glued to a bare number
# "3b" is a label and "17,900t" is tonnes. (Not in SCALES: no word starting with them is a scale.)
_MONEY_GLUED_SCALES: dict[str, Decimal] = {"b": Decimal(10) ** 9, "t": Decimal(10) ** 12}
_GLUED_TONNES = "t"


def _unit_named(written: str) -> str:
    """The unit a word or phrase after a number names ("per cent", "basis-point"), or ""."""
    if written.strip() in UNIT_SIGNS_IN_CAPITALS:
        return UNIT_SIGNS_IN_CAPITALS[written.strip()]
    w = written.strip().lower()
    return UNIT_WORDS.get(w) or UNIT_WORDS.get(w.replace("-", " "), "")


def alternation(words) -> str:
    """A regular expression for any of `words`, longest first, written as a trie ("a(?:bc|d)?"):
    the hundreds of currency names after a number are tried a character at a time, not one by one."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.get(ch) or node.setdefault(ch, {})
        node[""] = None
    escaped: dict[str, str] = {}

    def pattern(node: dict) -> str:
        branches = []
        for ch in sorted(node):
            if ch:
                e = escaped.get(ch) or escaped.setdefault(ch, re.escape(ch))
                branches.append(e + pattern(node[ch]) if node[ch] else e)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here; a longer one is tried first
            return (body if len(body) == 1 else "(?:" + body + ")") + "?"
        return body

    return pattern(trie)


_PREFIX = alternation(p for p in CURRENCY_PREFIXES if p not in ("N",))
_SCALE = alternation(w for w in SCALES if w not in ("万", "亿", "万亿"))
_GLUED_SCALE = alternation([*(w for w in SCALES if w not in ("万", "亿", "万亿")), *_MONEY_GLUED_SCALES])
# a unit of several words may be hyphenated after a hyphenated number: "a 400-basis-point move"
_UNIT = alternation(w for w in UNIT_WORDS if w not in ("%", "‰")).replace(r"\ ", r"[\ \-]")

# A currency code in capitals ("NOK 4.2 billion", "300 SEK"): any three capitals are matched,
# and only an ISO 4217 code (units.ISO_CURRENCIES) is kept as the figure's currency.
_BODY_TEMPLATE = rf"""
    (?P<prefix>(?:{_PREFIX})\s?(?=[+\-−–]?\d)|N\s?(?=\d)|(?P<iso>[A-Z]{{3}})[ \u00a0]?(?=[+\-−–]?\d))?
    (?P<sign>[+\-−–](?=\d)|(?<=\()\+[ \u00a0](?=\d))?  # (or a plus spaced right after a bracket: "(+ 9.5%)")
    (?P<int>INTEGER)
    FRACTION
    (?![.,]\d)
    (?i:(?P<cjk>万亿|万|亿)
      |(?P<gscale>{_GLUED_SCALE})(?![A-Za-z])
      |[ \t\u00a0\-]{{1,2}}(?P<scale>{_SCALE})\b)?  # never across a line break
    (?:(?i:(?P<sym>[ \t\u00a0]?[%‰])
      |(?P<gunit>{_UNIT})(?![A-Za-z])
      |[ \t\u00a0]?-?[ \t\u00a0]?(?:of\ a\ )?(?P<unit>{_UNIT})(?![A-Za-z]))
      |[ \t\u00a0](?P<isoafter>[A-Z]{{3}})(?![A-Za-z]))?
    """


# a number with two points or more between groups of three digits ("8.845.064 bags"): whatever the document's
# decimal mark, its points group thousands
_POINT_GROUPS = r"\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)"


def _number_body(decimal_comma: bool) -> str:
    """The grammar of a number in digits. A document writes its decimals one way (document_decimal_comma):
    with a point ("1,234.5": commas group thousands) or with a comma ("1.234,5": points group them).
    Either way a fraction is read whole or not at all ("1.234,5" in a document of decimal points is
    no number, never 1.23)."""
    if decimal_comma:
        integer = r"""\d{1,3}(?:\.\d{3})+(?!\.\d|\d)           # 1.234.567
        |\d{1,3}(?:['’]\d{3})+(?!['’]?\d)           # 1'234'567 (an apostrophe groups, in either convention)
        |\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)   # 816 000
        |\d++(?![\u00a0\u202f\u2009 ]\d{3}(?:[\u00a0\u202f\u2009 ]\d{3})*[.,]\d)"""  # (not the 1 of "1 234,5")
        fraction = r"(?:,(?P<frac>\d++)(?![.,]\d)(?P<dcomma>))?"
    else:
        integer = _POINT_GROUPS + r"""        # 1.187.835: two points group thousands in any convention
        |\d{1,3}(?:,\d{3})+,\ \d{3}(?![,.]?\d|,\ \d|[ \t]+(?:and|or|to|&)[ \t]+\d)  # a stray space: 7,483, 893
        |\d{1,3}(?:,\d{3})+(?!,\d|\d)           # 484,000
        |\d{1,3}(?:['’]\d{3})+(?!['’]?\d)           # 1'234'567
        |\d{1,2},\ ?\d{2}(?:,\d{2})*,\d{3}(?!,\d|\d)  # Indian grouping 32,79,860 (and a stray space: 4, 27,153)
        |\d{1,3},\ \d{3}(?![,.]?\d|,\ \d|[ \t]+(?:and|or|to|&)[ \t]+\d)  # a stray space: 10, 636 (see _stray_space)
        |\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)   # 816 000
        |\d++(?![\u00a0\u202f\u2009 ]\d{3}(?:[\u00a0\u202f\u2009 ]\d{3})*[.,]\d)"""  # (not the 1 of "1 234,5")
        fraction = r"(?:[.](?P<frac>\d++)|,(?P<dcomma>\d{1,2})(?=\s?(?i:%|m\b|bn\b|million|billion|of\ a\ percentage)))?"
    return _BODY_TEMPLATE.replace("INTEGER", integer).replace("FRACTION", fraction)


_NUMBER_BODY = _number_body(False)
# what a number can start with: a digit, a sign, a currency code (upper case) or sign
_FIRST_CHARS = "".join(sorted({p[0] for p in CURRENCY_PREFIXES} - set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
_NUMBER_START = (
    r"(?<![A-Za-z0-9_.,\-/:])  # not glued to a word, a number or a date (CJK text may touch)\n"
    # checked first, for speed
    rf"(?=[\d+\-−–A-Zk{re.escape(_FIRST_CHARS)}])\n")
NUMBER_RE = lazy_re.compile(_NUMBER_START + _NUMBER_BODY, re.VERBOSE)
# (case matters for currency codes ("N", "R"); units and scales are matched (?i:) inside)


@lru_cache(maxsize=2)
def _number_re(decimal_comma: bool) -> re.Pattern:
    """NUMBER_RE for a document that writes decimals with a point (False) or a comma (True)."""
    return NUMBER_RE if not decimal_comma else lazy_re.compile(_NUMBER_START + _number_body(True), re.VERBOSE).compiled


# The far end of a range written with a dash ("3.1-3.5 per cent"), which the
# rule above leaves alone so that "2012-13" stays one period.
@lru_cache(maxsize=2)
def _range_end_re(decimal_comma: bool = False) -> re.Pattern:
    """Compiled on first use: most reports have no dash ranges, and start-up time counts. (Through
    lazy_re's cache of programs, like every pattern of the auditor: compiling this long pattern
    costs some 60 ms, a twentieth of auditing 100 KB.)"""
    return lazy_re.compile(_number_body(decimal_comma), re.VERBOSE).compiled


# --- the decimal convention of a document ---------------------------------------
# Numbers only one convention writes: "1.234,5", "1 234,5", "12.345.678", "3,7", "0,25 %" are written with a
# decimal comma; "1,234.5", "12,345,678", "3.7", "0.25" with a decimal point. "1,234" and "1.234"
# are written by both, and are read by the convention the rest of the document shows.
# (Each scans the whole text. A pattern that opens on a lookbehind is tried at every character;
# one that opens on "(?=\d)", which every match starts with anyway, is tried only at digits:
# four times as fast.)
_COMMA_EVIDENCE = lazy_re.compile(
    r"(?=\d)(?<![\d.,])(?:\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})+,(?P<strong>\d)|\d{1,3}\.\d{3}\.\d{3}(?P<strong2>)(?![\d,])"
    r"|\d+,\d{1,2}(?!\d|[.,]\d))")
_POINT_EVIDENCE = lazy_re.compile(
    r"(?=\d)(?<![\d.,])(?:\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+\.(?P<strong>\d)|\d{1,3},\d{3},\d{3}(?P<strong2>)(?![\d.])"
    r"|\d+\.\d{1,2}(?!\d|[.,]\d))")


def _evidence(pattern: re.Pattern, text: str) -> int:
    """How strongly `text` shows one convention: 2 for a number with both marks, 1 for a short decimal."""
    return sum(2 if m.group("strong") is not None or m.group("strong2") is not None else 1
               for m in pattern.finditer(text))


def document_decimal_comma(text: str) -> bool:
    """Whether a document writes its decimals with a comma: it shows at least two marks of it
    and more than three times as many as of a decimal point. Without such evidence a document
    writes decimal points (and a comma before one or two digits is a decimal only before a
    percent sign or a scale: "2,4 %", "1,5 million")."""
    if "," not in text:
        return False
    comma = _evidence(_COMMA_EVIDENCE, text)
    return comma >= 2 and comma > 3 * _evidence(_POINT_EVIDENCE, text)


_WRITTEN_AMOUNT = lazy_re.compile(r"(\d[\d,.]*)\s*([A-Za-z]*)")


def digits_and_scale(written: str) -> tuple[str, Decimal]:
    """The digits of a figure as written, without grouping or a decimal point's trailing zeros, and the factor of
    its scale word: "EUR 83.7 million" -> ("83.7", 10**6), "$83.70" -> ("83.7", 1)."""
    m = _WRITTEN_AMOUNT.search(written)
    if m is None:
        return "", Decimal(1)
    digits = m.group(1).rstrip(".,").replace(",", "")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits, SCALES.get(m.group(2).lower(), Decimal(1))


_RANGE_DASH = lazy_re.compile(r"(?<=\d)\s?[-–]\s?(?=\d)")


# Units whose whole numbers are read to the unit: "70 percent" is 69.5 to 70.5, not 65 to 75.
_EXACT_UNITS = {"percent", "percentage_point", "basis_point", "per_mille", "times"}


@dataclass(slots=True)  # not frozen: tokens are many and short-lived; nothing changes them in place
class NumberToken:
    """A number as written, with its value, rounding, unit and scale."""

    start: int
    end: int
    text: str
    value: Decimal  # scale applied, sign applied
    half_width: Decimal  # what the written rounding allows either side
    unit: str  # canonical unit name, "" for a plain number
    scaled: bool
    digits: str  # the digits as written, without grouping
    has_decimals: bool
    glued_letters: bool  # followed directly by letters ("1st", "4G", "11AM")
    kind_hint: str = ""  # "ratio", "multiple" or "ratio-part" when the words say so
    direction_hint: int = 0  # "doubled" +1, "halved" -1
    words: bool = False  # written in words ("forty", "one third")


_NUMBERISH_WORDS = lazy_re.compile(r"\d")


def find_numbers(text: str, word_starts: list[int] | None = None):
    """Every number in `text`, digits and words, in reading order. `word_starts`, when
    given, are where the words that can begin a number in words stand (see number_word_starts)."""
    tokens = list(_find_ratio_parts(text))
    decimal_comma = document_decimal_comma(text)
    digit_numbers = _find_digit_numbers(text, decimal_comma)
    if not decimal_comma and _POINT_GROUPED.search(text):
        _read_points_as_grouping(digit_numbers)
    digit_numbers = _join_proportions_in_digits(text, digit_numbers)
    _percent_outside_brackets(text, digit_numbers)
    _points_after_a_percent_sign(text, digit_numbers)
    tokens += [t for t in digit_numbers if not _overlaps(t, tokens)]
    tokens.sort(key=lambda t: t.start)
    words = list(find_word_numbers(text, word_starts))
    # "one in 1,000": a fraction in words whose denominator is in digits reads as one figure
    covering = [w for w in words if w.kind_hint == "ratio" and _NUMBERISH_WORDS.search(w.text)]
    if covering:
        tokens = [t for t in tokens if not any(w.start < t.start and t.end <= w.end for w in covering)]
    tokens += [t for t in words if not _overlaps(t, tokens)]
    tokens.sort(key=lambda t: t.start)
    return tokens


# "recorded in June (16.10) percent", "(17.87)percent": a number alone in brackets with the percent word
# written after the closing bracket. The unit is the number's, whatever side of the bracket it fell on.
_PERCENT_AFTER_CLOSING_BRACKET = lazy_re.compile(r"\)[ \t]?(?:%|per[ \t]?cent\b|percent\b)", re.I)


def _percent_outside_brackets(text: str, tokens: list[NumberToken]) -> None:
    for tok in tokens:
        if tok.unit or tok.scaled or tok.words or text[tok.start - 1:tok.start] != "(" \
                or not _PERCENT_AFTER_CLOSING_BRACKET.match(text, tok.end):
            continue
        tok.unit = "percent"
        if not tok.has_decimals:
            tok.half_width = _HALF  # "(16) percent" is 15.5 to 16.5, as "16 percent" is


# "3.99% percentage points lower than in 2019": a percent sign, then the words of points: the writer slipped
# the sign in before the unit the words name, and the figure is a gap in points, not a level in percent
_POINTS_AFTER_A_PERCENT_SIGN = lazy_re.compile(r"[ \t]+(?:percentage|per[ \t]?cent(?:age)?)[ \t]+points?\b", re.I)


def _points_after_a_percent_sign(text: str, tokens: list[NumberToken]) -> None:
    for tok in tokens:
        points = _POINTS_AFTER_A_PERCENT_SIGN.match(text, tok.end) if tok.unit == "percent" and text[tok.end - 1:tok.end] == "%" else None
        if points:
            tok.unit = "percentage_point"
            tok.end = points.end()  # (the words of the unit are the figure's, as in "0.3 percentage point")
            tok.text = text[tok.start:tok.end]


# "1 in 5 adults", "3 in 10 households": a proportion in digits, read as "one in five" is (not "No. 1 in 2019",
# "ranked 3 in 12 categories")
_IN_BETWEEN = lazy_re.compile(r"\s+in\s+")
# (a noun after it that is no span of time: "5 in 12 months" is a count in a span, not a proportion)
_NOUN_AFTER_PROPORTION = lazy_re.compile(r"\s+(?!(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|"
                                         r"decades?|games?|matches|races?|attempts?)\b)[a-z]|[,.;)]")
_RANK_BEFORE = lazy_re.compile(r"(?:\b(?:no|number|rank|ranked|ranks|ranking|top|place|placed|#)\.?\s*|#)$", re.I)
_A_YEAR_NUMBER = lazy_re.compile(r"(?:19|20)\d\d")


def _join_proportions_in_digits(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """Each "N in M" of two plain whole numbers, N under M and under 100, before a noun, as one proportion N/M
    with the rounding "one in 12" has (its denominator within half a unit)."""
    out: list[NumberToken] = []
    i = 0
    while i < len(tokens):
        a = tokens[i]
        b = tokens[i + 1] if i + 1 < len(tokens) else None
        if b is not None and _plain_whole(a) and _plain_whole(b) and 0 < a.value < b.value and a.value < 100 \
                and _IN_BETWEEN.fullmatch(text, a.end, b.start) and _NOUN_AFTER_PROPORTION.match(text, b.end) \
                and not _A_YEAR_NUMBER.fullmatch(b.text) and not _RANK_BEFORE.search(text, max(0, a.start - 10), a.start):
            with localcontext(DefaultContext):
                value = a.value / b.value
                half = a.value / (b.value - Decimal("0.5")) - value
            out.append(replace(a, end=b.end, text=text[a.start:b.end], value=value, half_width=half, kind_hint="ratio"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _plain_whole(token: NumberToken) -> bool:
    return not token.unit and not token.scaled and not token.has_decimals and not token.glued_letters \
        and not token.kind_hint and token.value == int(token.value)


_POINT_GROUPED = lazy_re.compile(r"(?<![\d.,])" + _POINT_GROUPS)
_ONE_POINT_GROUP = lazy_re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")


def _read_points_as_grouping(tokens: list[NumberToken]) -> None:
    """In a document of decimal points that also groups thousands with points ("passed one million units
    (1.187.835)" ... "above 1,000 euros (1.010 euros)", an English text of a continental source), a number of one
    point and three digits, without a scale word or a percent sign, is a whole number: "1.010 euros" is 1,010.
    (With a scale word, "1.422 million tonnes", the point is a decimal one.)"""
    for tok in tokens:
        written = _ONE_POINT_GROUP.search(tok.text) if tok.has_decimals and not tok.scaled else None
        if written and tok.unit not in _EXACT_UNITS and not tok.words:
            whole = Decimal(written.group().replace(".", ""))
            tok.value = whole if tok.value >= 0 else -whole
            tok.half_width = _HALF
            tok.has_decimals = False
            tok.digits = str(whole)


def _overlaps(tok: NumberToken, taken: list[NumberToken]) -> bool:
    """Whether `tok` overlaps one of `taken` (sorted by start, not overlapping each other)."""
    i = bisect.bisect_left([t.start for t in taken], tok.end) if len(taken) < 64 else \
        bisect.bisect_left(taken, tok.end, key=lambda t: t.start)
    return i > 0 and taken[i - 1].end > tok.start


def _find_digit_numbers(text: str, decimal_comma: bool = False):
    tokens = list(_scan_digits(text, _number_re(decimal_comma).finditer(text)))
    ends = {t.end: t for t in tokens}
    starts = {t.start for t in tokens}
    range_ends = []
    for dash in _RANGE_DASH.finditer(text):
        left = ends.get(dash.start())
        if left is None or (len(left.digits) == 4 and left.digits[:2] in ("19", "20") and not left.has_decimals):
            continue  # "2012-13", "2011-2020": years, read as periods
        if dash.end() in starts:
            continue
        m = _range_end_re(decimal_comma).match(text, dash.end())
        if m and not (m.end() < len(text) and text[m.end()].isdigit()):
            range_ends.extend(_scan_digits(text, [m]))
    return _join_compound_amounts(text, sorted(tokens + range_ends + _slashed_wholes(text, ends, starts, decimal_comma),
                                               key=lambda t: t.start))


# a slash between two counts, "1,284/1,806": a part over its whole written as a fraction
_SLASH_BETWEEN = lazy_re.compile(r"(?<=\d)/(?=\d)")


def _slashed_wholes(text: str, ends: dict, starts: set, decimal_comma: bool) -> list[NumberToken]:
    """The count after the slash of "1,284/1,806", which the rule that keeps dates whole ("12/05/2023") leaves
    unread: read when both sides are whole numbers of three digits or more and the second is the larger (so
    not a date, a fiscal year "2023/24" or "2023/2024", a fraction "1/3", a score "24/7" or a ratio "91.2/79.8")
    and no third number follows ("120/240/360" is a list of options); nor a round base ("104/1000 households",
    "12/100,000") which makes the first a rate per that base, not a part of a whole that is counted."""
    out = []
    for slash in _SLASH_BETWEEN.finditer(text):
        left = ends.get(slash.start())
        if left is None or slash.end() in starts or left.has_decimals or left.unit or len(left.digits) < 3 \
                or len(left.digits) == 4 and left.digits[:2] in ("19", "20"):
            continue
        m = _range_end_re(decimal_comma).match(text, slash.end())
        if not m or m.end() < len(text) and (text[m.end()].isdigit() or text[m.end()] == "/"):
            continue
        right = next(iter(_scan_digits(text, [m])), None)
        if right is not None and not right.has_decimals and len(right.digits) >= 3 and right.value > left.value \
                and right.digits.rstrip("0") != "1" \
                and not (len(right.digits) == 4 and right.digits[:2] in ("19", "20") and right.digits[:2] == left.digits[:2]):
            out.append(right)
    return out


# One amount written in parts under falling scale words: "2 million 427 thousand 100 tons",
# "10 billion and 132 million payments", "196 million 736 thousand liters" (a habit of Spanish,
# Portuguese and Chinese releases in English). Each part but the first is a whole number below
# a thousand of its scale, so no part could stand for the amount alone; the first part ends on its
# scale word (a unit after it, "2 million tonnes 400 thousand", closes the amount).
_SCALE_WORD_AT_END = lazy_re.compile(r"(?i)(?:thousand|million|billion|trillion)$")
_PART_GAP = lazy_re.compile(r"[ \t]+(?:and[ \t]+)?")
_BARE_GAP = lazy_re.compile(r"[ \t]+")
_BETWEEN_BEFORE = lazy_re.compile(r"(?i)\bbetween\s+\S*$")  # "between 3 million and 200 thousand": two ends
_THOUSAND = Decimal(1000)


def _scale_of(tok: NumberToken) -> Decimal:
    """The scale word's factor of a token written in whole digits (1 when it has none)."""
    if not tok.scaled or tok.has_decimals or not tok.digits.isdigit() or int(tok.digits) == 0:
        return _ONE
    return abs(tok.value) / Decimal(tok.digits)


def _decimal_part_scale(tok: NumberToken) -> Decimal:
    """The scale word's factor of a token written in digits with decimals below a thousand ("418.25 million"), 1 for
    any other."""
    if not tok.scaled or not tok.has_decimals or not tok.text[:1].isdigit():
        return _ONE
    try:
        written = Decimal(tok.digits)
    except ArithmeticError:
        return _ONE
    if not 0 < written < _THOUSAND:
        return _ONE
    return abs(tok.value) / written


def _join_compound_amounts(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    out: list[NumberToken] = []
    i = 0
    while i < len(tokens):
        first = tokens[i]
        scale = _scale_of(first)
        parts = [first]
        j = i + 1
        while scale > 1 and j < len(tokens) and _SCALE_WORD_AT_END.search(parts[-1].text):
            nxt = tokens[j]
            gap = text[parts[-1].end:nxt.start]
            smaller = _scale_of(nxt)
            whole_below_thousand = not nxt.has_decimals and nxt.digits.isdigit() and int(nxt.digits) < 1000 \
                and nxt.text[:1].isdigit()
            last_part = _decimal_part_scale(nxt)
            if not whole_below_thousand and 1 < last_part < scale and _PART_GAP.fullmatch(gap) \
                    and not _BETWEEN_BEFORE.search(text, max(0, first.start - 16), first.start):
                parts.append(nxt)  # "2 billion and 418.25 million kg": a last part in decimals ends the amount
                j += 1
                break
            if not whole_below_thousand:
                break
            if 1 < smaller < scale and _PART_GAP.fullmatch(gap) \
                    and not ("and" in gap and _BETWEEN_BEFORE.search(text, max(0, first.start - 16), first.start)):
                parts.append(nxt)  # "... million 427 thousand", "... billion and 132 million"
                scale = smaller
                j += 1
            elif smaller == 1 and scale == _THOUSAND and _BARE_GAP.fullmatch(gap) and nxt.value > 0:
                parts.append(nxt)  # "... 427 thousand 100": the units under the last thousand
                j += 1
                break
            else:
                break
        if len(parts) == 1:
            out.append(first)
            i += 1
            continue
        last = parts[-1]
        value = sum((p.value for p in parts), Decimal(0))
        out.append(NumberToken(
            start=first.start, end=last.end, text=text[first.start:last.end], value=value,
            half_width=last.half_width, unit=last.unit or first.unit, scaled=True,
            digits=str(int(abs(value))), has_decimals=False, glued_letters=last.glued_letters))
        i = j
    return out


MAX_NUMBER_DIGITS = 60  # a longer run of digits (before or after the point) is an identifier or noise, never a figure


def _scan_digits(text: str, matches):
    for m in matches:
        g = m.groupdict()  # (one call for the groups a number is read from, not a call per group)
        written = m.group()
        if g["iso"] and g["iso"] not in ISO_CURRENCIES:
            written = written[m.start("sign" if g["sign"] else "int") - m.start():]  # "MAY 2023"
        if g["isoafter"] and g["isoafter"] not in ISO_CURRENCIES:
            written = written[:len(written) - len(g["isoafter"])].rstrip()  # "2023 GDP": no currency
        if len(written) == 4 and "1800" <= written <= "2100" and written.isdigit() \
                and not QUOTE_VALUE_SLOT.search(text, max(0, m.start() - 16), m.start()):
            continue  # a bare year: never a figure (periods.py reads it), and tables hold thousands
        if len(g["int"]) > MAX_NUMBER_DIGITS or len(g["frac"] or "") > MAX_NUMBER_DIGITS:
            continue
        scale_word = (g["cjk"] or g["gscale"] or g["scale"] or "").lower()
        if g["gscale"] and g["gscale"].lower() not in _SCALE_WORDS_GLUED:
            scale_word = ""
        if scale_word in _MONEY_GLUED_SCALES and not _is_money(g):
            end = m.end("frac") if g["frac"] else m.end("int")
            yield from _token(text, m, g, "", end_override=end + 1 if scale_word == _GLUED_TONNES else end,
                              unit="tonne" if scale_word == _GLUED_TONNES else "")
            continue
        if g["scale"] and g["scale"].lower() in _GLUED_ONLY:
            # "5 m" is more often metres or a label than millions: drop the scale
            yield from _token(text, m, g, "", end_override=m.end("int") if not g["frac"] else m.end("frac"))
            continue
        if g["int"][-5:-3] == ", " and not _stray_space(text, m.start("int")):
            # "March 31, 450 firms", "Table 5, 120 staff", "1, 10, 636": two numbers, not one with a stray space
            comma = m.start("int") + len(g["int"]) - 5
            yield from _scan_digits(text, [x for x in (NUMBER_RE.match(text, m.start(), comma),
                                                       NUMBER_RE.match(text, comma + 2)) if x])
            continue
        yield from _token(text, m, g, scale_word)


# Before a number of one to three digits, what makes it a number of its own and not the first group
# of a number with a stray space after its comma ("rose to 10, 636"): a capitalised word, whose
# number it is ("Table 5", "March 31", "Phase 2"), or a number and a comma, a list ("1, 10, 636").
# (or the second end of a range: "aged 15–24, 412 thousand were unemployed")
_OWN_NUMBER_BEFORE = lazy_re.compile(r"(?:\b[A-Z][A-Za-z.]*|#|\d,|\d[ \t]?[-–—/][ \t]?)[ \t]?$")


def _is_money(g: dict) -> bool:
    """Whether a match of NUMBER_RE (its groupdict) is written with a currency before it ("$", "EUR")."""
    return bool((g["prefix"] or "").strip() and not g["iso"]) or (g["iso"] or "") in ISO_CURRENCIES


def _stray_space(text: str, start: int) -> bool:
    """Whether "10, 636" at `start` is one number written with a stray space after its comma."""
    return not _OWN_NUMBER_BEFORE.search(text[max(0, start - 16):start])


_SCALE_WORDS_GLUED = _GLUED_ONLY | set(SCALES) | set(_MONEY_GLUED_SCALES)
_HALF = Decimal("0.5")


@lru_cache(maxsize=64)
def _half_unit(exponent: int) -> Decimal:
    """Half of one unit in the last written place: 0.05 for one decimal, 500 for three zeros."""
    return Decimal(5) * Decimal(10) ** (exponent - 1)


_GROUPING = str.maketrans("", "", ",.'’ \u00a0\u202f\u2009\t\n")  # (a point groups in a document of decimal commas)


def _token(text: str, m: re.Match, g: dict, scale_word: str, end_override: int | None = None, unit: str = ""):
    """The token of a match of NUMBER_RE; `g` its groupdict(); `unit` one read from the letters glued
    to it ("17,900t")."""
    digits = g["int"].translate(_GROUPING)
    frac = g["frac"] or g["dcomma"] or ""
    number = Decimal(digits + ("." + frac if frac else ""))
    scale = SCALES.get(scale_word) or _MONEY_GLUED_SCALES.get(scale_word, _ONE)
    start = m.start()
    iso = g["iso"]
    if iso and iso not in ISO_CURRENCIES:
        if not text[m.end("iso"):m.end("iso") + 1].isspace():
            return  # "ABC5": a number glued to letters is a code, not a figure
        start = m.start("sign") if g["sign"] else m.start("int")  # "GDP 5": the capitals are a word
    elif iso:
        unit = iso
    else:
        prefix = (g["prefix"] or "").strip()
        if prefix.isalpha() and len(prefix) == 1 and g["int"][:1] == "0" and len(g["int"]) > 1:
            return  # "release P0211", "form R01": a letter and a number with a leading zero are a code
        if prefix:
            unit = CURRENCY_PREFIXES.get(prefix, CURRENCY_PREFIXES.get(prefix.upper(), ""))
    written_unit = g["sym"] or g["gunit"] or g["unit"] or ""
    if written_unit and end_override is None:
        unit = _unit_named(written_unit) or unit
    iso_after = g["isoafter"]
    if iso_after and end_override is None:
        if iso_after in ISO_CURRENCIES:
            unit = iso_after  # "300 SEK", "4.2 billion NOK"
        else:
            end_override = m.start("isoafter")
    if frac:
        half = _half_unit(-len(frac))
    elif unit in _EXACT_UNITS:
        half = _HALF
    else:
        # trailing zeros of a count or an amount may be rounding: 484,000 is 483,500 to 484,500
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        half = _half_unit(zeros)
    sign = -1 if (g["sign"] or "") in ("-", "−", "–") else 1
    end = end_override if end_override is not None else m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    after = text[end:end + 1]
    yield NumberToken(
        start=start,
        end=end,
        text=text[start:end],
        value=(-number if sign < 0 else number) * scale if scale != 1 else (-number if sign < 0 else number),
        half_width=half * scale if scale != 1 else half,
        unit=unit,
        scaled=scale != 1,
        digits=digits,
        has_decimals=bool(frac),
        glued_letters=after.isalpha(),
    )


_ONE = Decimal(1)


# --- ratios written with colons ("16.30:41.0:42.70") ------------------------
# A clock time is two parts with whole minutes ("10:00"); a structure or odds
# ratio has decimals or three parts or more. Each part is its own figure.
# ("(?=\d)" first: the document is scanned for it, and a lookbehind tried only at digits is quicker)
_RATIO_RE = lazy_re.compile(r"(?=\d)(?<![\w.:])\d+(?:\.\d+)?(?:\s?:\s?\d+(?:\.\d+)?)+(?![\w:])")
_PART_RE = lazy_re.compile(r"\d+(?:\.(\d+))?")
# "(H1 2023: 40.9%)", "2023: 4.5 per cent": a year (or a figure with a unit) before a colon labels
# the number after it; the two are not the parts of a ratio.
_YEAR_LABEL = lazy_re.compile(r"(?:1[89]|20)\d\d\s?:\s")
_UNIT_AFTER_RATIO = lazy_re.compile(r"\s?(?:[%‰]|per\s?cent\b|percent\b)", re.I)


def _is_duration(parts: list[re.Match]) -> bool:
    """Hours, minutes and seconds ("2:05:12", "6:38:02", "0:59:40"): whole parts after the first of
    two digits each below 60, one of them with a leading zero, a first part of one digit, or parts that
    do not add up to 100. A ratio of three such parts is a split in percent ("20:30:50")."""
    rest = [p.group() for p in parts[1:]]
    if any(p.group(1) for p in parts) or not all(len(r) == 2 and int(r) < 60 for r in rest):
        return False
    # (or parts that do not add up to 100, as the parts of a split in percent do: "21:44:45", not "16:41:43")
    return any(r.startswith("0") for r in rest) or len(parts[0].group()) == 1 \
        or sum(int(p.group()) for p in parts) != 100


def _find_ratio_parts(text: str):
    for m in _RATIO_RE.finditer(text):
        parts = list(_PART_RE.finditer(m.group()))
        if len(parts) < 3 and not any(p.group(1) for p in parts):
            continue
        if _is_duration(parts):
            continue
        if _YEAR_LABEL.match(m.group()) or _UNIT_AFTER_RATIO.match(text, m.end()):
            continue
        for p in parts:
            frac = p.group(1) or ""
            start = m.start() + p.start()
            yield NumberToken(
                start=start, end=start + len(p.group()), text=p.group(), value=Decimal(p.group()),
                half_width=Decimal(5) * Decimal(10) ** (-len(frac) - 1) if frac else Decimal("0.5"),
                unit="", scaled=False, digits=p.group().split(".")[0], has_decimals=bool(frac),
                glued_letters=False, kind_hint="ratio-part",
            )


# --- numbers in words ---------------------------------------------------------
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_SMALL)}
WORD_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(_TENS)})
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
MULTIPLE_VERBS = {"doubled": 2, "doubling": 2, "doubles": 2, "double": 2, "tripled": 3, "trebled": 3,
                   "tripling": 3, "triples": 3, "quadrupled": 4, "halved": Decimal("0.5"), "halving": Decimal("0.5")}
_WORD_SCALES = ("thousand", "million", "billion", "trillion", "lakh", "crore")

_CARDINAL_STEM = rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_SMALL[1:10])})\b)?|{'|'.join(sorted(_SMALL, key=len, reverse=True))})"
_CARDINAL = _CARDINAL_STEM + r"\b"  # "four" but not the "four" of "fourth"
_SCALE_WORDS = "|".join(_WORD_SCALES)
_UNIT_AFTER_WORDS = r"percent|per\ cent|percentage\ points?|times|decades|years?|months?|weeks?|days?|hours?"  # ("two decades ago")
_DENOMINATOR_WORDS = "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
_WORD_NUMBER_RE = lazy_re.compile(
    rf"""
    \b(?=[A-Za-z0-9])  # every number word starts a word; checking that first keeps the scan fast
    (?:(?P<mixed>\b(?P<mwhole>{_CARDINAL})[\s-]and[\s-](?P<mnum>a|an|one|two|three)[\s-]
        (?P<mden>half|quarters?|thirds?)\b
        (?:\s+(?P<mscale>{_SCALE_WORDS})\b)?(?:\s+(?P<munit>{_UNIT_AFTER_WORDS})\b)?)
    |(?P<half_a>\b[Hh]alf[\s-]an?\s+(?:(?P<hscale>{_SCALE_WORDS})|(?P<hunit>percentage\ point|per\ ?cent))\b)
    |(?P<a_scale>\b[Aa]n?\s+(?P<ascale>million|billion|trillion)\b(?![\s-]+(?:of|or|to|and|-)\b))
    |(?P<fraction>\b(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]
        (?P<den>{_DENOMINATOR_WORDS})\b
        (?:\s+(?:of\s+an?\s+)?(?P<fscale>million|billion|trillion)\b|(?P<of>(?=\s+(?:of|the)\b)))?)
    |(?<![\w-]\s)\b(?P<half>[Hh]alf)\b(?=\s+(?:of|the)\b)
    |(?P<fold>\b(?P<fn>{_CARDINAL_STEM}|\d+)[\s-]?fold\b)
    |(?P<verb>\b(?:{'|'.join(MULTIPLE_VERBS)})\b(?!-[a-z])  # (not a compound: "double-digit growth", "triple-A")
        (?!\s+down(?:\s+(?:on|in|with)\b|\s*[.,;]|$)))  # (nor the idiom of committing more: "doubling down on")
    |(?P<twice>\b(?:twice|thrice)\b(?=\s+(?:as|the|that|this|its|their|his|her|our|what|those|these)\b)
        |\b[Hh]alf\b(?=\s+as\s+[a-z]+\s+as\b))
    |(?P<to_one>(?<!\bfrom\s)(?<!\bbetween\s)\b(?P<tn>{_CARDINAL})[\s-]to[\s-]one\b
        (?![\s-]*(?:hundred|thousand|million|billion|trillion|of|per|percent)\b))
    |(?P<one_in>\b(?P<inum>{_CARDINAL})\s+in\s+(?P<iden>{_CARDINAL}|\d{{1,3}}(?:,\d{{3}})*(?![\d.,]))
        (?![\s-]*(?:hundred|thousand|million|billion|trillion|percent|per|years?|months?|weeks?|days?|hours?)\b))
    |(?P<cardinal>\b(?P<c1>{_CARDINAL})(?:\s+hundred(?:\s+(?:and\s+)?(?P<c2>{_CARDINAL}))?(?P<hundred>))?
        (?:\s+(?P<scale>{'|'.join(_WORD_SCALES)})\b
            # the rest of the number under a smaller scale: "four million, four hundred thousand"
            (?P<rest>,?\s+(?:and\s+)?(?P<r1>{_CARDINAL})(?:\s+hundred(?:\s+(?:and\s+)?(?P<r2>{_CARDINAL}))?(?P<rhundred>))?
                \s+(?P<rscale>thousand|million)\b)?)?
        (?:\s+(?P<unit>{_UNIT_AFTER_WORDS})\b)?))
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Words before "half" that make it a period ("the first half of 2021"), not a fraction.
_HALF_AS_PERIOD = lazy_re.compile(r"\b(?:first|second|1st|2nd|last|past|next|previous|this|that)\s+$", re.I)


def _cardinal_value(words: str) -> int:
    words = words.lower().replace("-", " ").split()
    return sum(WORD_VALUES[w] for w in words)


def _up_to_hundreds(first: str, hundred: str | None, after: str | None) -> int:
    """ "four" -> 4, "two hundred" -> 200, "two hundred and fifty" -> 250 (`hundred` is None when the word is absent)."""
    value = _cardinal_value(first)
    if hundred is not None:
        value = value * 100 + (_cardinal_value(after) if after else 0)
    return value


# Words that can start a number in words; the full grammar is tried only where one stands.
FIRST_WORDS = {w.lower() for w in list(WORD_VALUES) + list(MULTIPLE_VERBS) + ["a", "an", "half", "twice", "thrice"]}
_TWICE = {"twice": 2, "thrice": 3, "half": Decimal("0.5")}  # "half as much as": a multiple below one
_WORD = lazy_re.compile(r"[A-Za-z]+")
_DIGITS_FOLD = lazy_re.compile(r"\b\d+[\s-]?fold\b", re.I)


def is_number_word_start(word: str) -> bool:
    """Whether a lower-case word can begin a number in words."""
    return word in FIRST_WORDS or word.endswith("fold")


def _word_number_matches(text: str, word_starts: list[int] | None):
    if word_starts is None:
        word_starts = [m.start() for m in _WORD.finditer(text) if is_number_word_start(m.group().lower())]
    starts = set(word_starts)
    starts.update(m.start() for m in _DIGITS_FOLD.finditer(text))
    end = -1
    for start in sorted(starts):
        if start < end:
            continue
        m = _WORD_NUMBER_RE.match(text, start)
        if m and m.group():
            end = m.end()
            yield m


# Before a fraction with no "of" after it, the words that make it an amount ("fell by a third",
# "about two-thirds", "rose by three quarters"); without them "a third" is often a rank ("a third
# term") and "a quarter" a period.
_AMOUNT_BEFORE = lazy_re.compile(
    rf"\b(?:by|to|at|up|down|{lazy_re.alternation(hedges.BEFORE_A_FRACTION_AMOUNT)})\s+$"
    # ... and a noun of change with "of": "a drop of one-fifth", "an increase of a half"
    r"|\b(?:increase|decrease|rise|fall|decline|drop|gain|jump|growth|reduction|cut|contraction|expansion|"
    rf"surge|slump|dip)\s+of\s+(?:(?:{lazy_re.alternation(hedges.OF_A_FRACTION_CHANGE)})\s+)?$", re.I)
# After a fraction, a comparative makes it the size of a change: "a third higher", "a fifth above".
_COMPARATIVE_AFTER = lazy_re.compile(
    r"\s+(?:higher|lower|more|less|fewer|above|below|bigger|smaller|larger|greater|up|down)\b", re.I)
_PERIOD_BEFORE = lazy_re.compile(r"\b(?:first|last|past|next|previous|second|third|final|consecutive|recent)\s+$", re.I)
_PERIOD_AFTER = lazy_re.compile(r"\s+(?:of|in)\s+(?:(?:19|20)\d\d|the\s+(?:year|fiscal)|fiscal|FY)", re.I)


def _names_a_period(text: str, start: int, end: int) -> bool:
    """Whether fraction words at [start, end) name quarters or halves of a year ("the last two quarters")."""
    return bool(_PERIOD_BEFORE.search(text[max(0, start - 16):start]) or _PERIOD_AFTER.match(text, end))


def _is_fraction_here(text: str, start: int, end: int, numerator: int, denominator_word: str) -> bool:
    """Whether "a third", "three quarters" without "of" after it is an amount."""
    before = text[max(0, start - 16):start]
    if _AMOUNT_BEFORE.search(before) or _COMPARATIVE_AFTER.match(text, end):
        return True
    # "two thirds", "three-quarters": a plural fraction is an amount wherever it stands
    return numerator > 1 and denominator_word.lower().endswith("s") and denominator_word.lower() != "halves"


def _word_unit(written: str | None) -> str:
    written = (written or "").lower()
    return UNIT_WORDS.get(written) or UNIT_WORDS.get(written + "s", "") or UNIT_WORDS.get(written.replace("percent", "per cent"), "")


def _in_words(numerator: int, denominator: int, scale_word: str | None, unit: str, common: dict) -> NumberToken:
    """numerator/denominator in words, with its scale word and unit: written like the decimal it is
    ("two and a half million" like "2.5 million"), its rounding is that of the decimal; a third has none."""
    scale = SCALES[scale_word.lower()] if scale_word else Decimal(1)
    with localcontext(DefaultContext):
        value = Decimal(numerator) * scale / Decimal(denominator)
    places = {2: 1, 4: 2, 5: 1, 10: 1}.get(denominator)
    half = Decimal(5) * scale / Decimal(10) ** (places + 1) if places else Decimal(0)
    return NumberToken(value=value, half_width=half, digits=str(numerator // denominator), kind_hint="",
                       **{**common, "unit": unit, "scaled": bool(scale_word)})


def find_word_numbers(text: str, word_starts: list[int] | None = None):
    """Numbers written in words: "forty", "eight million", "one third", "half",
    "doubled", "threefold". A bare "one" is a pronoun or an article far more
    often than a figure ("one of the provinces"), so it needs a scale or unit."""
    for m in _word_number_matches(text, word_starts):
        g = m.groupdict()
        start, end = m.start(), m.end()
        common = dict(start=start, end=end, text=m.group(), unit="", scaled=False, has_decimals=False,
                      glued_letters=False, words=True)
        if g["mixed"]:
            # "one and a half per cent", "two and a half million", "three and three quarters times"
            numerator = 1 if g["mnum"].lower() in ("a", "an") else WORD_VALUES[g["mnum"].lower()]
            denominator = _DENOMINATORS[g["mden"].lower()]
            if numerator >= denominator:
                continue
            unit = _word_unit(g["munit"])
            yield _in_words(_cardinal_value(g["mwhole"]) * denominator + numerator, denominator, g["mscale"], unit,
                            common)
        elif g["half_a"]:
            # "half a million", "half a percentage point"
            unit = _word_unit(g["hunit"])
            yield _in_words(1, 2, g["hscale"], unit, common)
        elif g["a_scale"]:
            # "a million visitors", "a billion dollars": one of the scale, rounded to it like "one million"
            if text[end:end + 1] == "-":
                continue  # "a million-strong crowd"
            scale = SCALES[g["ascale"].lower()]
            yield NumberToken(value=scale, half_width=scale / 2, digits="1", kind_hint="",
                              **{**common, "scaled": True})
        elif g["fraction"] or g["half"]:
            if g["half"]:
                if _HALF_AS_PERIOD.search(text[max(0, start - 12):start]):
                    continue
                numerator, denominator = 1, 2
            else:
                numerator = 1 if g["num"].lower() in ("a", "an") else WORD_VALUES[g["num"].lower()]
                denominator = _DENOMINATORS[g["den"].lower()]
                if g["fscale"]:  # "a quarter of a million", "three quarters of a billion", "a quarter million"
                    yield _in_words(numerator, denominator, g["fscale"], "", common)
                    continue
                if _names_a_period(text, start, end):
                    continue  # "the first three quarters of 2023"
                if g["of"] is None and not _is_fraction_here(text, start, end, numerator, g["den"]):
                    continue
                if text[end:end + 1] == "-":
                    continue  # "a third-quarter rise", "two-thirds-owned"
            with localcontext(DefaultContext):
                value = Decimal(numerator) / Decimal(denominator)  # 28 digits: "one third" is no more exact
            yield NumberToken(value=value, half_width=Decimal(0), digits=str(numerator), kind_hint="ratio", **common)
        elif g["fold"]:
            n = g["fn"]
            value = Decimal(n) if n.isdigit() else Decimal(_cardinal_value(n))
            yield NumberToken(value=value, half_width=Decimal(0), digits=str(value), kind_hint="multiple",
                              **{**common, "unit": "times"})
        elif g["twice"]:
            # "twice as large", "twice the national rate": a multiple; "twice a year" is a frequency
            value = Decimal(_TWICE[g["twice"].lower()])
            yield NumberToken(value=value, half_width=Decimal(0), digits=str(value), kind_hint="multiple",
                              **{**common, "unit": "times"})
        elif g["to_one"]:
            # "three to one", "five-to-one": a ratio of that many to one ("one-to-one support" is a manner)
            value = Decimal(_cardinal_value(g["tn"]))
            if value == 1:
                continue
            yield NumberToken(value=value, half_width=Decimal(0), digits=str(value), kind_hint="ratio", **common)
        elif g["one_in"]:
            # "one in four", "two in five": a rate, read like "a quarter of" ("five out of nine
            # provinces" counts a part of a whole, and stays two counts)
            numerator = _cardinal_value(g["inum"])
            den = g["iden"]
            denominator = int(den.replace(",", "")) if den[0].isdigit() else _cardinal_value(den)
            if not 0 < numerator < denominator:
                continue
            with localcontext(DefaultContext):
                value = Decimal(numerator) / Decimal(denominator)
                # a rounded statement: "one in 12" is a share nearer 1/12 than 1/11 or 1/13, so its
                # denominator lies within half a unit (the wider side, to be safe: 1/11.5 - 1/12)
                half = Decimal(numerator) / (Decimal(denominator) - Decimal("0.5")) - value
            yield NumberToken(value=value, half_width=half, digits=str(numerator), kind_hint="ratio", **common)
        elif g["verb"]:
            value = Decimal(MULTIPLE_VERBS[g["verb"].lower()])
            yield NumberToken(value=value, half_width=Decimal(0), digits=str(value), kind_hint="multiple",
                              direction_hint=1 if value > 1 else -1, **{**common, "unit": "times"})
        else:
            if text[end:end + 1] == "-" or text[start - 1:start] == "-":
                continue  # "five-year plan", "sixty-odd": a compound word, not a figure
            value = _up_to_hundreds(g["c1"], g["hundred"], g["c2"])
            if value == 1 and not (g["scale"] or g["unit"]) and g["hundred"] is None:
                continue
            scale = SCALES[g["scale"].lower()] if g["scale"] else Decimal(1)
            written_unit = (g["unit"] or "").lower()
            unit = UNIT_WORDS.get(written_unit) or UNIT_WORDS.get(written_unit + "s", "")
            # "eight million" is read like "8 million": rounded to the scale word; "one per cent" like "1%":
            # a percentage is a rounded share whichever way it is written
            half = scale / 2 if g["scale"] else Decimal("0.5") if unit == "percent" else Decimal(0)
            amount = Decimal(value) * scale
            if g["rest"]:
                smaller = SCALES[g["rscale"].lower()]
                if smaller >= scale:
                    # "two thousand, three million": no one number; the first ends at its scale word
                    common = {**common, "end": m.end("scale"), "text": text[start:m.end("scale")]}
                else:
                    rest = _up_to_hundreds(g["r1"], g["rhundred"], g["r2"])
                    amount, half = amount + Decimal(rest) * smaller, smaller / 2
            yield NumberToken(value=amount, half_width=half,
                              digits=str(value), kind_hint="", **{**common, "unit": unit, "scaled": bool(g["scale"])})
