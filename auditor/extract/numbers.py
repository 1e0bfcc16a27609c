"""The grammar of a written number: digits, grouping, decimals, scale, unit.

`find_numbers` yields every number-like token with its exact value and the
half-width its rounding allows. Deciding which tokens are figures (and not
years, dates or list numbers) is `figures.py`'s job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from auditor.extract.units import CURRENCY_PREFIXES, UNIT_WORDS

SCALES: dict[str, Decimal] = {
    "thousand": Decimal(10) ** 3, "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "m": Decimal(10) ** 6, "mln": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "bln": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12, "trn": Decimal(10) ** 12, "tn": Decimal(10) ** 12,
    "lakh crore": Decimal(10) ** 12, "lakh": Decimal(10) ** 5, "lac": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7, "cr": Decimal(10) ** 7,
    "万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12,
}
# Scale words that may only be glued to the digits ("116.9m", "45k"), never spaced.
_GLUED_ONLY = {"m", "k", "cr"}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX = _alternation(p for p in CURRENCY_PREFIXES if p not in ("N",))
_SCALE = _alternation(w for w in SCALES if w not in ("万", "亿", "万亿"))
_UNIT = _alternation(w for w in UNIT_WORDS if w not in ("%", "‰"))

NUMBER_RE = re.compile(
    rf"""
    (?<![\w.,\-/:])                                  # not glued to a word, a number or a date
    (?P<prefix>(?:{_PREFIX})\s?(?=[+\-−–]?\d)|N\s?(?=\d))?
    (?P<sign>[+\-−–](?=\d))?
    (?P<int>\d{{1,3}}(?:,\d{{3}})+(?!,\d|\d)           # 484,000
        |\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?!,\d|\d)        # Indian grouping 32,79,860
        |\d{{1,3}}(?:[\u00a0\u202f\u2009 ]\d{{3}})+(?!\d)   # 816 000
        |\d+)
    (?:[.](?P<frac>\d+)|,(?P<dcomma>\d{{1,2}})(?=\s?(?:%|m\b|bn\b|million|billion|of\ a\ percentage)))?
    (?![.,]\d)
    (?:(?P<cjk>万亿|万|亿)
      |(?P<gscale>{_SCALE})(?![A-Za-z])
      |[\s\-]{{1,2}}(?P<scale>{_SCALE})\b)?
    (?:(?P<sym>\s?[%‰])
      |(?P<gunit>{_UNIT})(?![A-Za-z])
      |\s?-?\s?(?:of\ a\ )?(?P<unit>{_UNIT})(?![A-Za-z]))?
    """,
    re.VERBOSE | re.IGNORECASE,
)


# Units whose whole numbers are read to the unit: "70 percent" is 69.5 to 70.5, not 65 to 75.
_EXACT_UNITS = {"percent", "percentage_point", "basis_point", "per_mille", "times"}


@dataclass(frozen=True)
class NumberToken:
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


def find_numbers(text: str):
    for m in NUMBER_RE.finditer(text):
        scale_word = (m.group("cjk") or m.group("gscale") or m.group("scale") or "").lower()
        if m.group("gscale") and m.group("gscale").lower() not in _GLUED_ONLY | set(SCALES):
            scale_word = ""
        if m.group("scale") and m.group("scale").lower() in _GLUED_ONLY:
            # "5 m" is more often metres or a label than millions: drop the scale
            end = m.start("scale") - 1
            yield from _token(text, m, "", end_override=m.end("int") if not m.group("frac") else m.end("frac"))
            continue
        yield from _token(text, m, scale_word)


def _token(text: str, m: re.Match, scale_word: str, end_override: int | None = None):
    digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", m.group("int"))
    frac = m.group("frac") or m.group("dcomma") or ""
    number = Decimal(digits + ("." + frac if frac else ""))
    scale = SCALES.get(scale_word, Decimal(1))
    unit = ""
    prefix = (m.group("prefix") or "").strip()
    if prefix:
        unit = CURRENCY_PREFIXES.get(prefix, CURRENCY_PREFIXES.get(prefix.upper(), ""))
    written_unit = m.group("sym") or m.group("gunit") or m.group("unit") or ""
    if written_unit and end_override is None:
        unit = UNIT_WORDS.get(written_unit.strip().lower(), unit)
    if frac:
        half = Decimal(5) * Decimal(10) ** (-len(frac) - 1)
    elif unit in _EXACT_UNITS:
        half = Decimal("0.5")
    else:
        # trailing zeros of a count or an amount may be rounding: 484,000 is 483,500 to 484,500
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        half = Decimal(5) * Decimal(10) ** (zeros - 1) if zeros else Decimal("0.5")
    sign = -1 if (m.group("sign") or "") in ("-", "−", "–") else 1
    end = end_override if end_override is not None else m.end()
    while end > m.start() and text[end - 1].isspace():
        end -= 1
    after = text[end:end + 1]
    yield NumberToken(
        start=m.start(),
        end=end,
        text=text[m.start():end],
        value=sign * number * scale,
        half_width=half * scale,
        unit=unit,
        scaled=scale != 1,
        digits=digits,
        has_decimals=bool(frac),
        glued_letters=after.isalpha(),
    )
