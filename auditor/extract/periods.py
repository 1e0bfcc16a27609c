"""Periods: the time a figure refers to, normalised.

"by the end of December 2021" and "by the end of 2021" are both "2021" (a
cumulative count to the year's end); "the first half of 2011" is "2011-H1";
"June" with 2011 in view is "2011-06"; "January to October 2021" is
"2021-01..10"; "FY2011-12" and "2011-12" are "FY2011-12"; "Q2 2024" and "2024 Q2" are
"2024-Q2".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from auditor import lazy_re
from auditor.document import per_document_cache

# The names of the months, the one list (the grammar reads it as lexicon.MONTH_NAMES): full names ...
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
# ... and the abbreviations a month name starts with ("sept" included; "may" is its own) ...
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# ... of which these are not full names themselves.
MONTH_SHORT_FORMS = tuple(a for a in MONTH_ABBREVIATIONS if a not in MONTH_NAMES)
# Any month, full or short, for a pattern: full names first, so that "january" is tried before "jan".
MONTH_WORDS_PATTERN = "|".join(MONTH_NAMES + MONTH_SHORT_FORMS)
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = rf"(?:{MONTH_WORDS_PATTERN})\.?"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

PERIOD_RE = lazy_re.compile(
    rf"""
    \b(?=[0-9A-Za-z])  # every period starts a word; checking that first keeps the scan fast
    (?:(?P<fy>\b(?:FY|fiscal\ year\ |financial\ year\ |fiscal\ )\s?'?(?P<fy1>{_YEAR}|\d\d)(?:\s?[-/–]\s?(?P<fy2>\d{{2,4}}))?)
    |(?P<iso>\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<iday>0[1-9]|[12]\d|3[01])\b(?!-))
    |(?P<span>\b(?P<y1>{_YEAR})\s?[-–/]\s?(?P<y2>\d{{2}})(?!\d))
    |(?P<endof>\b(?:by\ )?(?:the\ )?end\ of\ (?:(?:december|dec\.?)\ )?(?P<ey>{_YEAR}))
    |(?P<range>\b(?:(?P<between>between)\s+|from\s+)?(?:the\s+)?(?:{_DAY}\s(?:of\s)?)?(?P<m1>{_MONTH})(?:\s{_DAY}(?!\d))?(?:,?\s(?P<ry1>{_YEAR}))?
        \s?(?:to|-|–|through|until|till|(?(between)and|(?!)))\s?(?:the\s+)?(?:{_DAY}\s(?:of\s)?)?(?P<m2>{_MONTH})(?:\s{_DAY}(?!\d))?(?:,?\s(?P<ry>{_YEAR}))?)
    |(?P<firstmonths>\b(?:the\s)?first\s(?P<fn>\d{{1,2}}|two|three|four|five|seven|eight|nine|ten|eleven)\smonths(?:\sof\s(?:the\s)?(?:(?P<fmy>{_YEAR})|year))?)
    |(?P<monthsto>\b(?:the\s)?(?:(?P<mtn>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])[\s-]months?|(?P<mth>half[\s-]year)|(?P<mtq>(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-])?quarter)|(?P<mty12>(?<!half\s)(?<!half-)year(?=\s(?:ending|ended)\s)))\s(?:to|ending|ended)\s(?:the\s+end\s+of\s+)?(?P<mtm>{_MONTH})(?:\s{_DAY}(?!\d))?(?:,?\s(?P<mty>{_YEAR}))?)
    |(?P<half>\b(?:(?P<hord>first|second)\ half|(?:first|last)\ six\ months|H(?P<hn>[12]))(?:\ of)?(?:\ (?:the\ )?(?:year\ )?(?P<hy>{_YEAR}|this\ year|last\ year))?)
    |(?P<qfirst>\b(?P<qfn>[1-4])Q\s?'?(?P<qfy>{_YEAR}|\d\d)\b|\bQ(?P<qsn>[1-4])\s?['’-]\s?(?P<qsy>\d\d)\b)
    |(?P<quarter>\b(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)\ quarter|Q(?P<qn>[1-4])|quarter\ (?P<qn2>[1-4])(?!\d))(?:\ of)?(?:\ (?:FY\s?)?(?P<qy>{_YEAR})(?:[-–/](?P<qy2>\d\d)(?!\d))?)?)
    |(?P<yearfirst>\b(?P<fyear>{_YEAR})[\ \-–]?(?:Q(?P<fq>[1-4])|H(?P<fh>[12]))\b)
    |(?P<monyy>\b(?P<mym>{_MONTH})[-'’](?P<myy>\d\d)(?=[ \t]*(?:\||\t|\n|$)))
    |(?P<month>\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\ (?:of\ )?)?(?P<mon>{_MONTH})(?:\ (?P<d2>\d{{1,2}})(?!\d|,\d)(?:st|nd|rd|th)?,?)?(?:(?:\ |-(?=(?:19|20)\d\d\b))(?P<my>{_YEAR}))?\b)
    |(?P<year>(?<!\d/)\b(?P<yy>{_YEAR})\b(?![.,]\d|\s?(?:%|‰|万|亿|元|per\ ?cent|percent|thousand|million|billion|trillion|lakh|crore|bn\b|mn\b|k\b|m\b))))
    """,
    re.VERBOSE | re.IGNORECASE,
)


_UNIT_AFTER = lazy_re.compile(r"\s?(?:km²|km2\b|km\b|sq\.?\s?km|square\s(?:kilo)?met|hectares?\b|ha\b|tonnes?\b|tons?\b|"
                              r"kg\b|kilograms?\b|mw\b|gw\b|kwh\b|mwh\b|gwh\b|barrels?\b|litres?\b|liters?\b|metres?\b|"
                              r"meters?\b|miles?\b)", re.I)
_SINCE_BEFORE = lazy_re.compile(r"\bsince\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_WHEN_BEFORE = lazy_re.compile(r"\b(?:in|since|during|by|until|till|from|to|of)\s+$", re.I)
# The value slot of a market quote, "label: value": after "close:", "high:" or "settle:" a number is the
# quote ("17 Micron close: 1916", "Nikkei high: 2045"), never a year, however year-like its digits.
QUOTE_VALUE_SLOT = lazy_re.compile(r"\b(?:close|closing|open|opening|high|low|settle|settlement|price|value)[ \t]*:[ \t]*$",
                                   re.I)


@dataclass(frozen=True)
class PeriodMention:
    """A period the text names, where it is written and what it normalises to."""

    start: int
    end: int
    period: str  # normalised; may lack a year ("H1", "06") when the text gives none
    has_year: bool
    is_date: bool = False  # a day ("8 June 2022"): when something happened, rarely what a figure covers
    since: bool = False  # "since 2016": from then to the time of writing


def _fy(a: str, b: str | None) -> str:
    a = a if len(a) == 4 else "20" + a
    if not b:
        return f"FY{a}"
    b = b[-2:]
    return f"FY{a}-{b}"


# Every period mention holds one of these words or a year. Scanning for them first and
# trying the full grammar only near them is several times faster than scanning with it.
_ANCHOR = lazy_re.compile(
    r"\b(?=[A-Za-z0-9])(?i:(?:FY|fiscal|financial|end|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|first|second|third|fourth|"
    r"last|1st|2nd|3rd|4th|half|quarter|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|H[12]|Q[1-4]|[1-4]Q))|(?:19|20)\d\d")
_LEAD = 16  # how far a mention may start before its anchor ("by the end of", "31st of June")
_REACH = 64  # how far it may run past it
# What PERIOD_RE's opening `\b(?=[0-9A-Za-z])` lets a mention start on, under IGNORECASE: an ASCII
# letter or digit, or one of the letters that fold into an ASCII one, after no word character (what `\b`
# reads as one: alphanumeric, or "_", as `\w` is). Only those places are tried: the others fail at once,
# and trying them was a call each. The pattern engine finds them, not a Python test of each character
# before an anchor.
_PERIOD_START = lazy_re.compile(r"(?<!\w)[0-9A-Za-z" + "".join(lazy_re.FOLDING_INTO_ASCII) + "]")


def _period_matches(text: str):
    covered = 0
    for anchor in _ANCHOR.finditer(text):
        start = anchor.start()
        if start < covered:
            continue
        position = max(covered, start - _LEAD)
        end = min(len(text), anchor.end() + _REACH)
        while position <= start:
            # the first mention from `position` that starts by the anchor: the grammar is tried at each place up to
            # the anchor and not searched for past it (a mention further on has an anchor of its own, and a window
            # that reaches its end), which a search found and let go when the anchor opened no mention
            m = next(filter(None, (PERIOD_RE.match(text, at.start(), end)
                                   for at in _PERIOD_START.finditer(text, position, start + 1))), None)
            if m is None:
                break
            yield m
            covered = position = max(m.end(), m.start() + 1)


def find_periods(text: str) -> list[PeriodMention]:
    """The periods `text` names, in order: a new list at each call (the mentions are frozen)."""
    return list(_periods_in(text))


# One clause is read for its periods by several readings (a figure's extent, the members of a
# total, its sentence's and its brackets'): each text is scanned once per document, not once per
# reading (1,966 scans of 651 texts on 100 KB of reports)
@per_document_cache(maxsize=4096)
def _periods_in(text: str) -> tuple[PeriodMention, ...]:
    found = []
    skip_until = 0
    for m in _period_matches(text):
        if m.start() < skip_until:
            continue  # inside a mention read with what follows it
        g = m.groupdict()
        year = None
        if g["fy"]:
            period, year = _fy(g["fy1"], g["fy2"]), g["fy1"]
        elif g["iso"]:  # "2016-09-18": a dateline's day
            found.append(PeriodMention(m.start(), m.end(), f"{g['iy']}-{g['im']}-{g['iday']}", True, is_date=True))
            continue
        elif g["span"]:
            y1, y2 = int(g["y1"]), int(g["y2"])
            if y2 != (y1 + 1) % 100:
                continue
            period, year = _fy(g["y1"], g["y2"]), g["y1"]
        elif g["endof"]:
            period, year = g["ey"], g["ey"]
        elif g["range"]:
            a, b = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]
            year = g["ry"] or g["ry1"]
            if g["ry1"] and g["ry"] and g["ry1"] != g["ry"]:
                period = f"{g['ry1']}-{a:02d}..{g['ry']}-{b:02d}"  # "October 2018-February 2019"
            elif a > b and g["ry"]:
                # "April-February 2024": months across the new year, to the month of the year named after them;
                # "July-March 2024-25": of the fiscal year the two years name, from the first
                ends = _YEAR_ENDING.match(text, m.end())
                if ends and int(ends.group("y2")) == (int(g["ry"]) + 1) % 100:
                    period = f"{g['ry']}-{a:02d}..{int(g['ry']) + 1}-{b:02d}"
                    found.append(PeriodMention(m.start(), ends.end(), period, True))
                    skip_until = ends.end()
                    continue
                period = f"{int(g['ry']) - 1}-{a:02d}..{g['ry']}-{b:02d}"
            elif a > b:
                # "July-March of fiscal year 2024-25", "July-March FY25": the months of a fiscal year named after
                # them, across the new year (a year named by the one it ends in opens the year before)
                fiscal = _FISCAL_AFTER.match(text, m.end())
                if fiscal is None:
                    continue  # "June to March" with no years: a season across the new year, or no span at all
                first = fiscal.group("fy1") or fiscal.group("sy1")
                start = int(first if len(first) == 4 else "20" + first)
                if not (fiscal.group("fy2") or fiscal.group("sy2")):
                    start -= 1
                found.append(PeriodMention(m.start(), fiscal.end(), f"{start}-{a:02d}..{start + 1}-{b:02d}", True))
                skip_until = fiscal.end()
                continue
            else:
                period = f"{year or ''}-{calendar_span(a, b)}".lstrip("-")
        elif g["firstmonths"]:  # "the first eight months of 2019": a running total from January
            n = int(g["fn"]) if g["fn"].isdigit() else _COUNTS[g["fn"].lower()]
            if not 2 <= n <= 11:
                continue
            named = _named_months(text, m.end(), n, g["fmy"])
            if named:  # "the first two months (July to August) of FY18": a fiscal year's first months
                found.append(PeriodMention(m.start(), named[1], named[0], named[2]))
                skip_until = named[1]
                continue
            year = g["fmy"]
            period = f"{year or ''}-{calendar_span(1, n)}".lstrip("-")
        elif g["monthsto"]:  # "the three months to September": the quarter it ends, "six months to June" the half
            end = MONTHS[g["mtm"].lower().rstrip(".")]
            # ("the nine months to September", "the half year to September": the months of a running span)
            # ("the year ended August 2019": the twelve months it closes, as "the twelve months ended August 2019")
            length = 3 if g["mtq"] else 6 if g["mth"] else 12 if g["mty12"] else int(g["mtn"]) if g["mtn"].isdigit() \
                else {**_COUNTS, "six": 6, "twelve": 12}[g["mtn"].lower()]
            year = g["mty"]
            start = end - length + 1
            if g["mty12"] and end == 12:  # "the year ended December 2019": the calendar year
                if not year:
                    continue
                period = year
            elif length in (3, 6) and not end % length:
                period = f"{year + '-' if year else ''}" + (f"Q{end // 3}" if length == 3 else f"H{end // 6}")
            elif start >= 1:  # "the three months to August": its months
                period = f"{year or ''}-{start:02d}..{end:02d}".lstrip("-")
            elif year:  # "the six months to March 2024": across the new year
                period = f"{int(year) - 1}-{start + 12:02d}..{year}-{end:02d}"
            else:
                continue
        elif g["half"]:
            n = g["hn"] or ("2" if (g["hord"] or "").lower() == "second" or "last six" in m.group().lower() else "1")
            year = g["hy"] if g["hy"] and g["hy"][0].isdigit() else None
            period = f"{year + '-' if year else ''}H{n}"
        elif g["quarter"]:
            n = g["qn"] or g["qn2"] or str(_ORDINAL[g["qord"].lower()])
            year = g["qy"]
            if year and g["qy2"] and int(g["qy2"]) == (int(year) + 1) % 100:
                period = f"{_fy(year, g['qy2'])}-Q{n}"  # "the fourth quarter of 2021-22"
            else:
                period = f"{year + '-' if year else ''}Q{n}"
        elif g["qfirst"]:  # "3Q18", "3Q 2018", "Q3'18": a quarter with its year written short (tables, analysts)
            year = g["qfy"] or g["qsy"]
            year = year if len(year) == 4 else "20" + year
            period = f"{year}-Q{g['qfn'] or g['qsn']}"
        elif g["yearfirst"]:  # "2024 Q2", "2024-H1": a table's column header, year first
            year = g["fyear"]
            period = f"{year}-Q{g['fq']}" if g["fq"] else f"{year}-H{g['fh']}"
        elif g["monyy"]:  # "Apr-15" closing a table cell: a column's month and year, written short (spreadsheets)
            year = "20" + g["myy"]
            period = f"{year}-{MONTHS[g['mym'].lower().rstrip('.')]:02d}"
        elif g["month"]:
            word = g["mon"].lower().rstrip(".")
            if word == "may" and not g["my"] and not text[m.start():m.start() + 1].isupper():
                continue  # the verb "may"
            if len(word) == 3 and word != "may" and not g["my"] and not m.group()[0].isupper():
                continue  # "mar", "dec" as plain words
            month = MONTHS[word]
            year = g["my"]
            day = g["d1"] or g["d2"]
            if day and not 1 <= int(day) <= 31:
                day = None
            period = f"{year + '-' if year else ''}{month:02d}" + (f"-{int(day):02d}" if day and year else "")
            if day and year:
                found.append(PeriodMention(m.start(), m.end(), period, True, is_date=True))
                continue
        else:
            if _UNIT_AFTER.match(text, m.end()) and not _WHEN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "the forest lost 1958 km²": a unit of measure makes it a quantity; "in 2010 tonnes ..." stays a year
            if QUOTE_VALUE_SLOT.search(text, max(0, m.start("yy") - 16), m.start("yy")):
                continue  # "close: 1916": a quote's value
            period, year = g["yy"], g["yy"]
        since = bool(_SINCE_BEFORE.search(text[max(0, m.start() - 20):m.start()]))
        found.append(PeriodMention(m.start(), m.end(), period + (".." if since else ""), bool(year), since=since))
    return tuple(found)


def calendar_span(first: int, last: int) -> str:
    """The months first..last of one year, named as the quarter or half they make up when they make
    one up: "July-September 2018" is the third quarter of 2018 ("2018-Q3"), as "Q3 2018" and "the
    three months to September 2018" are; "January to June" is "H1"; other spans stay months ("01..08")."""
    if last - first == 2 and first % 3 == 1:
        return f"Q{last // 3}"
    if last - first == 5 and first % 6 == 1:
        return f"H{last // 6}"
    return f"{first:02d}..{last:02d}"


# "(July to August) of FY18" after "the first two months": the months the running span covers,
# and the fiscal year they open
_NAMED_MONTHS = lazy_re.compile(
    rf"\s?\(\s?(?P<m1>{_MONTH})\s?(?:to|-|–|through)\s?(?P<m2>{_MONTH})\s?\)"
    rf"(?:\s(?:of|in)\s(?:the\s)?(?:(?:FY|fiscal\syear\s|financial\syear\s|fiscal\s)\s?'?(?P<fy1>{_YEAR}|\d\d)"
    rf"(?:\s?[-/–]\s?(?P<fy2>\d{{2,4}}))?|(?P<cy>{_YEAR})\b))?", re.I)


def _named_months(text: str, end: int, n: int, year: str | None) -> tuple[str, int, bool] | None:
    """The period of "the first N months" when brackets after it name the months: the first of
    them opens the (fiscal) year. A fiscal year named by one year ("FY18") is named by the year it
    ends in, so months after January are of the year before; "FY2017-18" opens in 2017."""
    m = _NAMED_MONTHS.match(text, end)
    if not m:
        return None
    a, b = MONTHS[m.group("m1").lower().rstrip(".")], MONTHS[m.group("m2").lower().rstrip(".")]
    if (b - a) % 12 + 1 != n:
        return None  # the brackets name other months than the count says
    if m.group("fy1"):
        first = int(m.group("fy1") if len(m.group("fy1")) == 4 else "20" + m.group("fy1"))
        start = first if m.group("fy2") or a == 1 else first - 1
    elif year or m.group("cy"):
        start = int(year or m.group("cy")) if a == 1 else None  # a calendar year's first months open in January
    else:
        start = None
    if start is None:
        return (f"{a:02d}..{b:02d}", m.end(), False) if a <= b else None
    if a <= b:
        return f"{start}-{a:02d}..{b:02d}", m.end(), True
    return f"{start}-{a:02d}..{start + 1}-{b:02d}", m.end(), True


# a fiscal year right after a span of months across the new year: "July-March of fiscal year 2024-25",
# "July-March FY25", "July-March 2024-25"
_FISCAL_AFTER = lazy_re.compile(
    rf",?\s(?:(?:of|in)\s(?:the\s)?)?(?:(?:FY|fiscal\syear\s|financial\syear\s|fiscal\s)\s?'?(?P<fy1>{_YEAR}|\d\d)"
    rf"(?:\s?[-/–]\s?(?P<fy2>\d{{2,4}}))?|(?P<sy1>{_YEAR})\s?[-–/]\s?(?P<sy2>\d\d)(?!\d))", re.I)


# the second year of a fiscal year written as two ("2024-25"), right after the first
_YEAR_ENDING = lazy_re.compile(r"\s?[-–/]\s?(?P<y2>\d\d)(?!\d)")


_MONTH_SPAN = lazy_re.compile(r"^(?P<start>(?:19|20)\d\d)-\d\d\.\.(?:(?P<end>(?:19|20)\d\d)-)?\d\d$", screened=True)


# a definite stretch of time that points back to the period named before: "in the period", "over the same nine
# months", "during the quarter" (not one named as of another time: "in the same period last year", "the quarter to
# June", "the year before")
STRETCH_POINTING_BACK = lazy_re.compile(
    r"\b(?:in|for|during|over|across|throughout)\s+the\s+(?:same\s+)?(?:(?P<n>\w+)\s+months|(?P<span>period|quarter|"
    r"half[-\s]year|half|month|year))\b(?!\s+(?:to|up|ended|ending|through|earlier|before|ago|of|on|last|a\s+year|"
    r"a\s+year\s+earlier)\b)", re.I)


_MONTHS_OF_PERIOD = lazy_re.compile(r"^(?:(?:19|20)\d\d-?)?(?:(?P<m1>\d\d)(?:\.\.(?:(?P<y2>(?:19|20)\d\d)-)?(?P<m2>\d\d))?"
                                    r"|Q(?P<q>[1-4])|H(?P<h>[12]))?$")


def months_in(period: str) -> int | None:
    """How many months a period runs: "2025-01..09" nine, "2024-07..2025-03" nine, "Q1" three, "2024" twelve;
    None for what it cannot tell (a fiscal year, whose months the words did not give, a day, a span of years)."""
    m = _MONTHS_OF_PERIOD.match(period) if period and not period.startswith("FY") else None
    if m is None:
        return None
    if m.group("q") or m.group("h"):
        return 3 if m.group("q") else 6
    if m.group("m1") is None:
        return 12 if period[:2] in ("19", "20") and len(period) == 4 else None
    if m.group("m2") is None:
        return 1
    a, b = int(m.group("m1")), int(m.group("m2"))
    return b - a + 1 + (12 if m.group("y2") else 0)


def year_in_view(period: str) -> str:
    """The year that bare months written after `period` belong to: its own, or for a span across
    the new year ("October 2018-February 2019", 2018-10..2019-02) the year it ends in."""
    if period.startswith("FY"):
        return ""
    span = _MONTH_SPAN.match(period)
    if span and span.group("end"):
        return span.group("end")
    return period[:4] if period[:2] in ("19", "20") else ""
_YEAR_START = lazy_re.compile(r"^(?P<y>(?:19|20)\d\d)(?P<rest>(?:-(?:\d\d|Q[1-4]|H[12]))*)$")


def shifted(period: str, steps: int, unit: str = "year") -> str:
    """The period `steps` years (or quarters, halves, months) away: "a year earlier" than
    2022-05 is 2021-05; a month before 2022-01 is 2021-12. A period the unit does not fit
    ("2022" by months) is returned as it is."""
    fiscal_quarter = re.match(r"^FY(\d{4})-(\d\d)-Q([1-4])$", period)
    if fiscal_quarter and unit == "quarter":
        index = int(fiscal_quarter.group(1)) * 4 + int(fiscal_quarter.group(3)) - 1 + steps
        year = index // 4
        return f"FY{year}-{(year + 1) % 100:02d}-Q{index % 4 + 1}"
    if period.startswith("FY"):
        m = re.match(r"^FY(\d{4})(?:-(\d\d))?$", period)
        if not m or unit != "year":
            return period
        a = int(m.group(1)) + steps
        return f"FY{a}" + (f"-{(int(m.group(2)) + steps) % 100:02d}" if m.group(2) else "")
    m = _YEAR_START.match(period)
    if not m:
        if unit == "year" and _MONTH_SPAN.match(period):  # "2019-01..06", "2018-10..2019-02": every year moves
            return re.sub(r"(?:19|20)\d\d", lambda y: str(int(y.group()) + steps), period)
        return period
    year, rest = int(m.group("y")), m.group("rest")
    if unit in _WITHIN_YEAR:
        letter, per_year = _WITHIN_YEAR[unit]
        q = re.fullmatch(rf"-{letter}(\d\d?)", rest)
        if not q:
            return period
        index = year * per_year + int(q.group(1)) - 1 + steps
        number = index % per_year + 1
        return f"{index // per_year}-{letter}{number:02d}" if unit == "month" else f"{index // per_year}-{letter}{number}"
    return f"{year + steps}{rest}"


# the sub-year periods `shifted` steps through: the letter before their number, how many to a year
_WITHIN_YEAR = {"quarter": ("Q", 4), "half": ("H", 2), "month": ("", 12)}


_MONTH_OR_QUARTER = lazy_re.compile(r"^(?P<year>(?:19|20)\d\d-)?(?:(?P<month>0[1-9]|1[0-2])|Q(?P<quarter>[1-4]))$")


def quarter_closed(period: str) -> str:
    """The calendar quarter a month closes ("2023-06" closes "2023-Q2", "03" closes "Q1"), or the quarter itself;
    '' for a month inside a quarter or any other period. A stock told at the end of June is the one told at the
    end of the second quarter."""
    found = _MONTH_OR_QUARTER.match(period)
    if not found:
        return ""
    if found.group("month"):
        month = int(found.group("month"))
        if month % 3:
            return ""
        return f"{found.group('year') or ''}Q{month // 3}"
    return period


def with_year(period: str, year: str | None) -> str:
    """Give a year-less period ("H1", "06") the year in view."""
    if not year or not period or period[:2] in ("19", "20") or period.startswith("FY"):
        return period
    return f"{year}-{period}"


# Words that place a period one step before the one in force ("last year's 35,000", "the previous
# season's 540,000", "the prior quarter's level"), and the step each period noun takes.
PRIOR_WORDS = ("last", "previous", "prior", "preceding")
PERIOD_NOUN_STEPS = {"year": "year", "season": "year", "fiscal year": "year", "financial year": "year",
                     "quarter": "quarter", "month": "month", "half": "half", "half-year": "half"}
_NOUNS = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in PERIOD_NOUN_STEPS), key=len, reverse=True))
# "last year's 35,000", "the previous season's record 540,000", "the year before's 120,000", "Membership
# last year was 1,200": a level named as of the period before the one in force (searched for in the
# figure's clause before it, with no other number between)
PRIOR_BEFORE = lazy_re.compile(
    rf"\b(?:(?:the\s+)?(?:{'|'.join(PRIOR_WORDS)})\s+(?P<noun>{_NOUNS})|the\s+(?P<noun2>{_NOUNS})\s+before"
    r"|a\s+(?P<noun3>year|quarter|month)\s+(?:earlier|ago|before))\b(?:['’]s?)?", re.I)
# a sentence that opens on the period after the one in force, set off by a comma: "A year later, milk production
# was 2,530 million litres", "The following quarter, ..."
OPENS_ON_NEXT = lazy_re.compile(r"\W*(?:(?:a|one)\s+(?P<noun>year|quarter|month|season)\s+later"
                                r"|(?:in\s+|during\s+)?the\s+(?:following|next)\s+(?P<noun2>year|quarter|month|season))\s*,\s*$", re.I)
# the prior phrase then names a comparison's base, not the figure's period: "up from last year", "than a year ago"
BASE_BEFORE_PRIOR = lazy_re.compile(r"\b(?:from|than|on|over|against|versus|vs\.?|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|since)\s+$", re.I)


def prior_step(noun: str) -> str:
    """The unit `shifted` steps by for a period noun ("season" -> "year")."""
    return PERIOD_NOUN_STEPS.get(re.sub(r"\s+", " ", noun.lower()), "year")


def prior_before(text: str, start: int, end: int, when: bool = False, relative_to_writing: bool = False) -> str:
    """The step ("year", "quarter", ...) when text[start:end], the clause before a figure, names
    the period before the one in force for it ("last year's", "Last season, ... were"), else "".
    `when`: the figure's clause opens with "when" and looks back to the phrase; `relative_to_writing`:
    only the document's default period is in force, which "last year" may name itself."""
    found = None
    for found in PRIOR_BEFORE.finditer(text, start, end):
        pass
    if not found or any(c.isdigit() for c in text[found.end():end]):
        return ""  # none, or another figure stands between: the phrase is that figure's
    if relative_to_writing and found.group(0).lower().startswith("last"):
        return ""  # "last year" with only the title's period in view: the year before the writing, often the title's
    # (the word before the phrase is read even where the window the caller gives starts after it: "dropped 6 percent
    # from | a year earlier to 355.2 million", its clause cut at "from"; a possessive dates the figure it stands
    # before, whatever compares it: "up 20% from last year's 35,000")
    possessive = found.group(0).endswith(("'s", "’s"))
    if not when and not possessive and BASE_BEFORE_PRIOR.search(text, max(0, found.start() - 20), found.start()):
        return ""  # (but "than last year, when it was 82": the clause of "when" is of that period)
    return prior_step(found.group("noun") or found.group("noun2") or found.group("noun3"))


def anaphoric_prior_before(text: str, start: int, end: int) -> str:
    """The step when the last phrase of a prior period in text[start:end] is anaphoric, counted back from the time
    the sentence is at rather than from the writing ("the year before", "a year earlier", "the previous year"; not
    "last year", "a year ago"), with no figure after it; else ""."""
    found = None
    for found in PRIOR_BEFORE.finditer(text, start, end):
        pass
    if not found or any(c.isdigit() for c in text[found.end():end]):
        return ""
    phrase = found.group(0).lower()
    if phrase.startswith("last") or phrase.rstrip("'’s").endswith("ago"):
        return ""
    return prior_step(found.group("noun") or found.group("noun2") or found.group("noun3"))


# A stretch of months counted back from the time the text is at: "In the past 12 months", "over the last six months"
# (not "the last six months of 2022", "the last 12 months to June", which name their own end)
_TRAILING_WINDOW = lazy_re.compile(
    r"\b(?:in|over|during|for|across|throughout)\s+the\s+(?:past|last|previous|preceding)\s+"
    r"(?P<n>[2-9]|1[0-9]|2[0-4]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four)\s+"
    r"months\b(?!\s+(?:to|ending|ended|through|of|in|until|till)\b)", re.I)
_WINDOW_COUNTS = {**_COUNTS, "six": 6, "twelve": 12, "eighteen": 18, "twenty-four": 24}
_A_MONTH = lazy_re.compile(r"^(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])$")


def with_trailing_windows(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """The period mentions, with each stretch of months counted back ("in the past 12 months") read as the months up
    to the latest month named before it ("In June 2024, ... In the past 12 months" is July 2023 to June 2024); a
    stretch with no month named before it is left unread."""
    found = []
    # the months named, by where they end, walked once alongside the stretches in text order
    named = sorted((p.end, p.period) for p in mentions if p.has_year and not p.since and _A_MONTH.match(p.period))
    seen, latest = 0, ""
    for m in _TRAILING_WINDOW.finditer(text):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else _WINDOW_COUNTS.get(word)
        # (the latest month named before it: a base's month, "as against 2,720 in June 2023", is not the time the text
        # is at)
        while seen < len(named) and named[seen][0] <= m.start():
            latest = max(latest, named[seen][1])
            seen += 1
        month = _A_MONTH.match(latest) if latest else None
        if not n or month is None:
            continue
        end_year, end_month = int(month.group("y")), int(month.group("m"))
        first = end_year * 12 + end_month - 1 - (n - 1)
        start_year, start_month = divmod(first, 12)
        start_month += 1
        if start_year == end_year:
            period = str(end_year) if (start_month, end_month) == (1, 12) else \
                f"{end_year}-{calendar_span(start_month, end_month)}"
        else:
            period = f"{start_year}-{start_month:02d}..{end_year}-{end_month:02d}"
        found.append(PeriodMention(m.start(), m.end(), period, True))
    if not found:
        return mentions
    return sorted(mentions + found, key=lambda p: p.start)
