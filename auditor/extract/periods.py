"""Periods: the time a figure refers to, normalised.

"by the end of December 2021" and "by the end of 2021" are both "2021" (a
cumulative count to the year's end); "the first half of 2011" is "2011-H1";
"June" with 2011 in view is "2011-06"; "January to October 2021" is
"2021-01..10"; "FY2011-12" and "2011-12" are "FY2011-12".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_YEAR = r"(?:19|20)\d\d"
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

PERIOD_RE = re.compile(
    rf"""
    (?P<fy>\b(?:FY|fiscal\ year\ |financial\ year\ |fiscal\ )\s?'?(?P<fy1>{_YEAR}|\d\d)(?:\s?[-/–]\s?(?P<fy2>\d{{2,4}}))?)
    |(?P<span>\b(?P<y1>{_YEAR})\s?[-–/]\s?(?P<y2>\d{{2}})(?!\d))
    |(?P<endof>\b(?:by\ )?(?:the\ )?end\ of\ (?:(?:december|dec\.?)\ )?(?P<ey>{_YEAR}))
    |(?P<range>\b(?P<m1>{_MONTH})\s?(?:to|-|–|through)\s?(?P<m2>{_MONTH})(?:,?\s(?P<ry>{_YEAR}))?)
    |(?P<half>\b(?:(?P<hord>first|second)\ half|(?:first|last)\ six\ months|H(?P<hn>[12]))(?:\ of)?(?:\ (?:the\ )?(?:year\ )?(?P<hy>{_YEAR}|this\ year|last\ year))?)
    |(?P<quarter>\b(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)\ quarter|Q(?P<qn>[1-4]))(?:\ of)?(?:\ (?:FY\s?)?(?P<qy>{_YEAR}))?)
    |(?P<month>\b(?P<mon>{_MONTH})(?:\ \d{{1,2}},?)?(?:\ (?P<my>{_YEAR}))?\b)
    |(?P<year>\b(?P<yy>{_YEAR})\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    period: str  # normalised; may lack a year ("H1", "06") when the text gives none
    has_year: bool


def _fy(a: str, b: str | None) -> str:
    a = a if len(a) == 4 else "20" + a
    if not b:
        return f"FY{a}"
    b = b[-2:]
    return f"FY{a}-{b}"


def find_periods(text: str) -> list[PeriodMention]:
    found = []
    for m in PERIOD_RE.finditer(text):
        g = m.groupdict()
        year = None
        if g["fy"]:
            period, year = _fy(g["fy1"], g["fy2"]), g["fy1"]
        elif g["span"]:
            y1, y2 = int(g["y1"]), int(g["y2"])
            if y2 != (y1 + 1) % 100:
                continue
            period, year = _fy(g["y1"], g["y2"]), g["y1"]
        elif g["endof"]:
            period, year = g["ey"], g["ey"]
        elif g["range"]:
            a, b = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]
            year = g["ry"]
            period = f"{year or ''}-{a:02d}..{b:02d}".lstrip("-")
        elif g["half"]:
            n = g["hn"] or ("2" if (g["hord"] or "").lower() == "second" or "last six" in m.group().lower() else "1")
            year = g["hy"] if g["hy"] and g["hy"][0].isdigit() else None
            period = f"{year + '-' if year else ''}H{n}"
        elif g["quarter"]:
            n = g["qn"] or str(_ORDINAL[g["qord"].lower()])
            year = g["qy"]
            period = f"{year + '-' if year else ''}Q{n}"
        elif g["month"]:
            word = g["mon"].lower().rstrip(".")
            if word == "may" and not g["my"] and not text[m.start():m.start() + 1].isupper():
                continue  # the verb "may"
            if len(word) == 3 and word != "may" and not g["my"] and not m.group()[0].isupper():
                continue  # "mar", "dec" as plain words
            month = MONTHS[word]
            year = g["my"]
            period = f"{year + '-' if year else ''}{month:02d}"
        else:
            period, year = g["yy"], g["yy"]
        found.append(PeriodMention(m.start(), m.end(), period, bool(year)))
    return found


def with_year(period: str, year: str | None) -> str:
    """Give a year-less period ("H1", "06") the year in view."""
    if not year or not period or period[:2] in ("19", "20") or period.startswith("FY"):
        return period
    return f"{year}-{period}"
