"""A table cell restated in the prose ("Energy ... 9.5%" beside a row "Energy | ... | 9.5").

Also holds the small table reader that `table_arithmetic` shares: rows of
pipe-separated cells ("Label | a | b", "Label: a | b", markdown "| a | b |"),
their header ("(columns: ...)" or a header row) and the heading over them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from auditor import lazy_re
from auditor import expr
from auditor.checks.base import Check
from auditor.checks.nearby import places, written_in_digits
from auditor.document import Document
from auditor.extract.context import verb_direction
from auditor.extract.periods import find_periods, shifted
from auditor.grammar import cues
from auditor.model import Figure, Kind, Relation
from auditor.quantity import interval_of

ID = "table-vs-text"
DOC = """\
## What it checks
A figure in the prose that restates a cell of a table in the same report: the
prose names the row ("energy", "employment") and the period of one of the
table's columns ("in August", or none when it speaks of the latest column).
The prose figure must equal the cell, taking into account the table's scale
("('000)", "In millions of €") and a table of percentages written without the
% sign ("Annual inflation, %").

In a table of the value before, the change and the value after ("Existing
fare | Increase | New fare"), a level the prose gives after a change ("with
the 20c increase, the adult fare will now cost R14.50") restates the row's
"New" cell, and a change it gives for the row ("raised by R0.10") the row's
change cell. A change someone proposes or recommends is not read.

A row is named by the words of its label, or, when other labels share its head
word, by its other words alone ("kerosene" for "Kerosene oil" beside "Light
diesel oil"; a word two labels have names neither).

A figure whose words name no row's label but every word of the measure a
table's heading names ("Euro area annual inflation and its components, %"
over the prose "Annual inflation in the euro area is expected to reach 2.1%")
is the value of that table's total row ("All-items HICP", "Total", "All
workers"), when one table's heading fits.

A share whose clause after it holds every word of one row's label, of three
words at least ("74% of patients were seen within 18 weeks" beside a row
"Patients seen within 18 weeks") names that row.

A level the prose gives with its rate of change beside it, of one measure
("received 600,962 patient visits in April to June 2014, 3% more than in the
same quarter of 2013"; a headline "Smartphone shipments drop 6% to 355.2
million"), whose precise value a row holds in a column of its period beside
the row's level of the year before (600,962; 355.2 in a table "in millions of
units"), restates that row: the row's one rate of change ("18,585 (+3%)",
"-6.0%") must equal the prose's. Sure when the prose says the change is on
the year before; a change named as of another comparison ("on the previous
quarter") is not the row's.

Rows the prose names side by side, joined by "and", right before one figure
("the ferry fare and the bus fare at R12.40") each hold that figure.

## Why it matters
Tables and text are often written at different times; when a table is revised
and the summary is not (or the reverse), the report gives two values for one
figure and a reader cannot tell which is right.

## Example
Energy should record the highest annual rate in September (9.5%, compared with
9.2% in August), beside the table row `Energy | ... | 9.2 | 9.5` with columns
`... | Aug 2018 | Sep 2018`.

## Fix
Correct the prose or the table so that both give the same value.
"""

# --------------------------------------------------------------------------- tables

# a currency before the digits: a symbol, or the letters the press writes ("Rs118.30", "Sh 352", "US$4.1")
CURRENCY_PREFIX = r"(?:[$£€¥₹₦]|(?:Rs|KSh|Ksh|Sh|Tk|Rp|RM|R|N|P|US\$|C\$|A\$|HK\$|S\$)\.?\s?)"
_NUMBER_CELL = lazy_re.compile(rf"^\s*[-–−+(]?\s*{CURRENCY_PREFIX}?\s*\d[\d.,\s]*\)?\s*(?:%|‰|e|p|pts?|bps?|pp)?\s*\)?\s*$", re.I)
# a row labelled by a band of small numbers ("25-29", "65+", "1 - 4"): a class of ages or sizes, one row of the
# breakdown its total row adds up (a total over the other rows alone would leave the bands out)
_BAND_LABEL = lazy_re.compile(r"^\s*\d{1,3}\s*(?:[-–]\s*\d{1,3}|\+)\s*$")
_YEAR_CELL = lazy_re.compile(r"^\s*(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\s*$")
_SEPARATOR = lazy_re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_COLUMNS_LINE = lazy_re.compile(r"^\s*\(?\s*columns?\s*:\s*(?P<cells>.*?)\)?\s*$", re.I)
_COMMENT = lazy_re.compile(r"<!--.*?-->")
_SUB_ROW = lazy_re.compile(r"^\s*(?:>|[-–•*]\s|of which\b|o/w\b|\.\.\s|\s{2,})", re.I)


@dataclass
class Row:
    line: int  # offset of the row's line
    label: str  # the row's own label, as written
    sub: bool  # indented under the row above ("> energy", "of which")
    cells: list  # Figure or None per value column
    headers: list  # header text per value column ("" when unknown)
    table: int  # which table (block of rows) it belongs to
    title: str  # the heading lines over the table
    after_heading: bool = False  # a heading or group line ("All-items excluding:") stands just above
    parent: "Row | None" = None
    words: frozenset = field(default_factory=frozenset)
    label_header: str = ""  # the header over the labels ("Rank", "Region"), when the header has one


def _split(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return body.split("|")


def _is_header(cells: list[str]) -> bool:
    return not any(_NUMBER_CELL.match(c) and not _YEAR_CELL.match(c) for c in cells) and any(c.strip() for c in cells)


_TABLE_CACHE: dict = {}


def tables(document: Document, figures: tuple[Figure, ...]) -> list[Row]:
    """Every table row of the document, in reading order (read once per document)."""
    key = (id(document), document.text, len(figures))
    if _TABLE_CACHE.get("key") == key:
        return _TABLE_CACHE["rows"]
    rows = _read_tables(document, figures)
    _TABLE_CACHE.clear()
    _TABLE_CACHE.update(key=key, rows=rows)
    return rows


def by_table(rows: list[Row]) -> list[list[Row]]:
    """The rows of each table, in reading order."""
    tables_: dict[int, list[Row]] = {}
    for row in rows:
        tables_.setdefault(row.table, []).append(row)
    return list(tables_.values())


def _read_tables(document: Document, figures: tuple[Figure, ...]) -> list[Row]:
    text = document.text
    if "|" not in text:
        return []
    by_line: dict[int, list[Figure]] = {}
    for f in figures:
        start = text.rfind("\n", 0, f.span.start) + 1
        by_line.setdefault(start, []).append(f)
    rows: list[Row] = []
    table, header, title, heading_lines, in_table = -1, None, "", [], False
    offset = 0
    prose_lines: list[str] = []
    last_heading = None
    seen_rows = False
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if "<!--" in line:
            line = _COMMENT.sub(lambda m: " " * len(m.group()), line)  # keeps offsets
        stripped = line.strip()
        pipes = line.count("|")
        columns = _COLUMNS_LINE.match(line)
        if pipes == 0 and not columns:
            if not stripped:
                continue
            if in_table and len(stripped) <= 60 and not re.search(r"\d", stripped):
                heading_lines.append(stripped)  # a section heading or group line inside the table
                continue
            in_table, header = False, None
            prose_lines = (prose_lines + [stripped])[-2:]
            heading_lines = []
            continue
        if _SEPARATOR.match(line):
            continue
        if not in_table:
            in_table, table, seen_rows = True, table + 1, False
            title = " ".join(prose_lines[-1:]) if prose_lines and len(prose_lines[-1]) <= 120 else ""
            heading_lines = []
        cells = _split(line)
        if columns or _is_header(cells):
            if seen_rows and heading_lines:  # a heading and a new header after rows: another table
                table, title, heading_lines = table + 1, heading_lines[-1], []
            seen_rows = False
            header = [c.strip() for c in (columns.group("cells").split("|") if columns else cells)]
            continue
        row = _row(text, start, line, cells, by_line.get(start, []), header, table, title)
        if row is not None:
            row.title = " ".join([title] + heading_lines[-2:])
            row.after_heading = bool(heading_lines) and heading_lines[-1] is not last_heading
            last_heading = heading_lines[-1] if heading_lines else None
            seen_rows = True
            rows.append(row)
    _link(rows)
    return rows


def _row(text: str, start: int, line: str, cells: list[str], figs: list[Figure], header, table: int,
         title: str) -> Row | None:
    first = cells[0]
    lead = len(line) - len(line.lstrip())
    leading_pipe = line.strip().startswith("|")
    colon = re.match(r"^(?P<label>[^:|]*[A-Za-z][^:|]*):\s*(?=\S)", first)
    if colon and _NUMBER_CELL.match(first[colon.end():]):
        label, values, first_value = colon.group("label"), [first[colon.end():]] + cells[1:], 0
    else:
        label, values, first_value = first, cells[1:], 1
    # (a row may be labelled by its period alone: "| 2014 | 7.76 | -0.3% |")
    if not values or not re.search(r"[A-Za-z]", label) and not re.fullmatch(r"\s*\d{1,3}\s*", label) \
            and not _BAND_LABEL.match(label) and not _YEAR_CELL.match(label):
        return None
    slots: list = [None] * len(values)
    for f in figs:
        column = text.count("|", start, f.span.start) - (1 if leading_pipe else 0)
        index = column if first_value == 0 else column - 1
        if 0 <= index < len(values):
            held = slots[index]
            if held is None:
                slots[index] = f
            elif held and "(" in text[held.span.end:f.span.start]:
                pass  # "250,805 (+8.6% year-over-year)": what the brackets add qualifies the cell's value
            else:
                slots[index] = False  # two figures side by side in one cell: unreadable
    slots = [s if s else None for s in slots]
    if not any(slots):
        return None
    headers = [""] * len(values)
    label_header = ""
    if header:
        h = list(header)
        if len(h) == len(values) + 1:
            label_header, h = h[0], h[1:]
        shift = len(values) - len(h)  # align from the right: a header often has no cell over the labels
        for i in range(len(values)):
            if 0 <= i - shift < len(h):
                headers[i] = h[i - shift]
    sub = bool(_SUB_ROW.match(first)) or bool(lead)
    return Row(start, label.strip(" >-–•*\t"), sub, slots, headers, table, title, label_header=label_header)


def _link(rows: list[Row]) -> None:
    parent = None
    for row in rows:
        if row.sub:
            if row.after_heading:
                parent = None  # "All-items excluding:" over "> energy": a group, not a parent row
            row.parent = parent if parent is not None and parent.table == row.table else None
        else:
            parent = row
        own = label_words(row.label)
        row.words = frozenset(own | (row.parent.words if row.parent else frozenset()))


_STOP = {"the", "of", "a", "an", "and", "in", "for", "to", "on", "by", "at", "as", "with", "from", "number", "persons",
         "person", "people", "total", "all", "its", "their", "per", "cent", "percent", "thousand", "million",
         "billion", "000", "s", "e", "estimate", "estimated", "est", "p", "provisional", "r", "revised", "is", "was",
         "are", "were", "be", "been", "will", "should", "would", "expected", "this", "that", "these", "those"}


@lru_cache(maxsize=1 << 14)  # every clause before a figure is stemmed, and reports repeat their words
def _stem(word: str) -> str:
    word = word.strip("'’-")
    for suffix in ("ment", "ed", "ing"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[:-len(suffix)]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 12)  # measures and row captions recur
def label_words(text: str) -> frozenset:
    text = re.sub(r"\(\s*(?:'?000s?|%|‰|thousands?|millions?|billions?|in [^)]*|[$£€¥₹₦]\s*\w*)\s*\)", " ", text.lower())
    return frozenset(_stem(w) for w in re.findall(r"[a-z][a-z'’-]*", text) if w not in _STOP and _stem(w) not in _STOP)


def latest_period(row: Row) -> str:
    periods = [c.period for c in row.cells if c is not None and c.direction == 0 and c.period[:2] in ("19", "20")]
    return max(periods) if periods else ""


_CHANGE_WORDS = lazy_re.compile(rf"{cues.words(cues.CHANGE_COLUMN_WORDS + cues.CHANGE_COLUMN_MORE)}|\bvar|%\s*ch|\bchg\b", re.I)
_SHARE_HEADER = lazy_re.compile(cues.words(cues.SHARE_COLUMN_WORDS), re.I)
_CHANGE_HEADER = lazy_re.compile(rf"{_CHANGE_WORDS.pattern}|\b(?:{cues.words(cues.SPAN_WORDS)})\b|since|rank|{_SHARE_HEADER.pattern}",
                            re.I)
# a header's scale: in words, or a one-letter scale alone in brackets ("2024/25 (m)", "Change (k)"); a cell
# under it that does not carry the scale is not the prose figure that does ("13,481 million")
_SCALED = lazy_re.compile(r"thousands?|'000|\b000s?\b|\(000|millions?|\bmn\b|billions?|\bbn\b|crores?|lakhs?"
                          r"|\((?:m|k)\)", re.I)
_PERCENT_TABLE = lazy_re.compile(rf"%|\b(?:{cues.words(cues.PERCENT_WORDS, ' ')})\b", re.I)


def level_cells(row: Row, with_shares: bool = False) -> list[tuple[int, Figure]]:
    """The cells of a row that hold levels (not changes or ranks; weights and shares only when asked)."""
    out = []
    for i, cell in enumerate(row.cells):
        if cell is None or cell.direction != 0 or cell.qualifier:
            continue
        header = row.headers[i]
        if header and _CHANGE_HEADER.search(header) and not (with_shares and _SHARE_HEADER.search(header)
                                                             and not _CHANGE_WORDS.search(header)):
            continue
        out.append((i, cell))
    return out


# --------------------------------------------------------------------------- the check

_OLD_CUE = lazy_re.compile(rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.THAN + cues.VERSUS + cues.EARLIER_TIME + cues.PAST_COPULAS + cues.PLAN_UNOBSERVED, ' ')})"
                      r"\b[^\d;]{0,35}$", re.I)
# words that put a figure before the time the table shows ("had pushed the rate up ... to 4.40")
_OLD_TENSE = lazy_re.compile(rf"\b(?:{cues.words(cues.EARLIER_TIME + cues.EARLIER_TIME_PHRASES, ' ')})\b", re.I)
_LINK_BACK = lazy_re.compile(rf"^[\s,(]*(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS + cues.UP_FROM + cues.DOWN_FROM, ' ')})"
                        r"\s*(?:the\s+)?$", re.I)
_PERIOD_AFTER = lazy_re.compile(r"^[\s,]*(?:in|for|during|of)?\s*(?:the\s+)?$", re.I)
MAX_READINGS = 4


def _prose_candidate(f: Figure) -> bool:
    if not f.unit and f.value < 100 and re.fullmatch(r"\d+", f.text.strip()):
        return False  # "in Wards 7 and 8": small bare integers name things more often than they count them
    return f.direction == 0 and not f.qualifier and written_in_digits(f) and f.kind in (
        Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.NUMBER, Kind.PHYSICAL)


def _explicit_period(text: str, f: Figure, clause_start: int, next_start: int) -> bool:
    after = text[f.span.end:min(next_start, f.span.end + 40)]
    for p in find_periods(after):
        if _PERIOD_AFTER.match(after[:p.start]) and not p.is_date and not p.since:
            return True
    before = text[clause_start:f.span.start]
    return any(not p.is_date and not p.since for p in find_periods(before))


_BARE_CELL = lazy_re.compile(r"[\d.,\s()+\-−–]+")


def _comparable(prose: Figure, cell: Figure, row: Row, column: int) -> str | None:
    """The expression that says prose == cell, or None when the two cannot be the same figure."""
    if cell.direction != 0 or cell.qualifier:
        return None
    header = row.headers[column] if column < len(row.headers) else ""
    if prose.unit == "percent":
        if cell.unit == "percent":
            return "c == p"
        # a bare number is a percentage only under its own column's "%", or in a table titled
        # "%" none of whose columns says what it holds
        in_percent = _PERCENT_TABLE.search(header) or (
            not any(_PERCENT_TABLE.search(h) for h in row.headers if h)
            and _PERCENT_TABLE.search(" ".join([row.title, row.label])))
        if not cell.unit and cell.kind is Kind.NUMBER and in_percent:
            return "c / 100 == p"
        return None
    if prose.unit != cell.unit:
        return None
    # (a cell whose unit only the table's marker gives, "(million tonnes)", "(€ '000)", took its scale with it)
    marked = cell.unit and _BARE_CELL.fullmatch(cell.text)
    if _SCALED.search(" ".join([row.title, row.label, header])) and not _SCALED.search(cell.text) and not marked:
        return None  # "(thousands)": the cell's scale is in words the extractor did not apply
    level = {Kind.COUNT, Kind.MONEY, Kind.PHYSICAL, Kind.NUMBER}
    if prose.kind not in level or cell.kind not in level:
        return None
    if prose.unit == "" and Kind.MONEY in (prose.kind, cell.kind) and prose.kind is not cell.kind:
        return None
    return "c == p"


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    rows = tables(document, figures)
    if not rows:
        return
    yield from _changes_beside_restated_levels(document, figures, rows)
    text = document.text
    cell_ids = {c.id for r in rows for c in r.cells if c is not None}
    table_lines = {r.line for r in rows}
    index = _RowIndex(rows)
    where = places(document, figures)
    previous: Figure | None = None
    previous_rows: list[Row] = []
    previous_changed: list[Row] = []  # the rows the previous figure, a change, was a change of
    for k, f in enumerate(figures):
        line_start = text.rfind("\n", 0, f.span.start) + 1
        line_end = text.find("\n", f.span.start)
        if f.id in cell_ids or line_start in table_lines or "|" in text[line_start:line_end if line_end >= 0 else len(text)]:
            previous, previous_rows, previous_changed = None, [], []
            continue
        place = where[f.id]
        same_sentence = previous is not None and where[previous.id].sentence == place.sentence
        clause_start = previous.span.end if same_sentence else place.sentence_start
        before = text[clause_start:f.span.start]
        candidate = _prose_candidate(f)
        # a change ("raised by Rs5.01") is no cell's level, but the row it names is the one the level
        # after it belongs to
        named = _match_rows(before, f, index) if candidate or (f.direction and written_in_digits(f)) else []
        if not named and candidate and index.titled:
            # no row's label in the words, but every word of a table heading's measure: the row of its total
            named = index.named_by_title(label_words(before) | label_words(f.measure))
        matched = named if candidate else []
        named_after = _rows_named_after(text[f.span.end:min(f.span.end + 50, place.sentence_end)], index)
        if not named_after and f.unit == "percent":
            # "74% of patients were seen within target": a share whose clause after it holds every word of a row
            named_after = _rows_named_by_share_clause(text[f.span.end:min(f.span.end + 100, place.sentence_end)], index)
        if named_after:
            matched = named_after  # "from 8.0% in Central region to 9.0% in East region"
        if _MARK_OR_COMBINED.search(text[max(clause_start, f.span.start - 40):f.span.start]) or \
                _MARK_AFTER.match(text, f.span.end):
            matched = []  # "together achieved 98.4%", "the 15 per cent target": not one cell's value
        changed_rows = named if f.direction else []
        if _CHANGE_BEFORE.search(text[max(clause_start, f.span.start - 30):f.span.start]) or (
                f.unit == "percent" and _CHANGE_NOUN.search(text[max(place.sentence_start, f.span.start - 40):f.span.start])):
            matched, changed_rows = [], named  # "expanding 7.2%": a rate of change, not a level the table restates
        linked = borrowed = False
        if not matched and same_sentence and previous_rows and _LINK_BACK.match(before):
            matched, linked = previous_rows, True
        elif not matched and same_sentence and previous_changed and _NEW_LEVEL_AFTER.match(before):
            # "light diesel oil will go up by Rs5.92 to Rs90.69": the row whose change was just given
            matched, borrowed = previous_changed, True
        previous, previous_rows, previous_changed = f, matched, changed_rows
        # "the authority had proposed a Rs1 increase": a change asked for, not the one the table gives
        # (searched only for a figure the answer matters to: the search runs from the sentence's start)
        if len(changed_rows) == 1 and written_in_digits(f) and not _proposed(text, place.sentence_start, f):
            relation = _change_restated(f, changed_rows[0], index.levels)
            if relation is not None:
                yield relation
        if not matched or not _prose_candidate(f):
            continue
        if _in_a_range(text, figures, k):
            continue  # "a 95% confidence interval of 41% to 61%": the ends of a range, not one cell's value
        nxt = min(figures[k + 1].span.start if k + 1 < len(figures) else len(text), place.sentence_end)
        explicit = _explicit_period(text, f, clause_start, nxt)
        old = bool(_OLD_CUE.search(text[max(clause_start, f.span.start - 60):f.span.start])) or bool(
            _OLD_TENSE.search(text[max(place.sentence_start, f.span.start - 120):f.span.start]))
        if (old or linked) and not explicit:
            continue
        of = _OF_NOUN.match(text, f.span.end) if f.unit == "percent" else None
        # "18.7% of the region's 1,146 schools": a share of what its head noun names
        of_head = label_words(of.group("words").split()[-1]) if of else frozenset()
        # "With the Rs5 increase, petrol will now sell at Rs123.30": a level in a sentence that states
        # a change, with no word of the old level before it, is the level after the change
        # (a verb of change in its own clause: another clause's may be another row's)
        after_change = (borrowed or bool(verb_direction(before))) and not _proposed(text, place.sentence_start, f)
        # "the MSF rate and the Bank Rate to 5.15 per cent": rows named side by side, joined by "and",
        # right before the figure: it is each row's value
        each = _coordinated_rows(before, matched) if len(matched) > 1 and not linked and not borrowed else None
        for rows in ([[row] for row in each] if each else [matched]):
            relation = _relation(f, rows, explicit, of_head, index.levels, after_change, only_new=borrowed)
            if relation is not None:
                yield relation


# the scale a table's heading or column gives its bare cells: "(shipments in millions of units)", "('000)"
_SCALE_OF_CELLS = (("thousand", 10 ** 3), ("'000", 10 ** 3), ("million", 10 ** 6), ("billion", 10 ** 9))
_PERIOD_YEAR = lazy_re.compile(r"^(?:19|20)\d\d-")


def _scales_of(row: Row, column: int, heading: str) -> list[int]:
    """1, and the scale the words over a bare cell give it, when they give one (`heading`: the lines
    right above the table, however long)."""
    said = " ".join([heading, row.title, row.headers[column] if column < len(row.headers) else ""]).lower()
    return [1] + [factor for word, factor in _SCALE_OF_CELLS if word in said]


def _headings(text: str, rows: list[Row]) -> dict[int, str]:
    """The two lines above each table's first line (its header or first row): where its scale is said."""
    out: dict[int, str] = {}
    for row in rows:
        if row.table not in out:
            first = row.line
            while first > 0:  # up over the header and separator lines of the table
                above = text.rfind("\n", 0, first - 1) + 1
                if "|" not in text[above:first]:
                    break
                first = above
            out[row.table] = " ".join(text[max(0, first - 400):first].strip().split("\n")[-2:])
    return out


def _of_one_period(prose: str, cell: str) -> bool:
    """A prose period and a cell's: the same, or the prose's written without the year the table gives it
    ("in the third quarter", Q3, beside a column "3Q18"), or none (a headline, undated)."""
    return prose == cell or not prose or not _PERIOD_YEAR.match(prose) and cell.endswith("-" + prose)


def _changes_beside_restated_levels(document: Document, figures: tuple[Figure, ...], rows: list[Row]) -> Iterator[Relation]:
    """A level the prose gives with its rate of change beside it, of one measure ("received 600,962 patient
    visits during April to June 2014, 3% more than in the same quarter of 2013"; "Smartphone shipments drop
    6% to 355.2 million"), whose precise value a table row holds in a column of its period (600,962; 355.2
    under "(shipments in millions of units)"), beside its level of the year before: the row's one rate of
    change ("18,585 (+3%)", "-6.0%") is the prose's, told again. Sure when the prose says it is on the year
    before ("than in the same quarter of 2013", "from a year earlier"); else a question. A change the prose
    names as of another comparison ("quarter-on-quarter") is not the row's, nor is a row's whose other
    level is of another period than the year before (its rate may span other columns)."""
    text = document.text
    where = places(document, figures)
    in_rows: dict[int, list[Figure]] = {}  # the figures of each row's line, by the row's offset
    line_of = {r.line: r for r in rows}
    for f in figures:
        line = text.rfind("\n", 0, f.span.start) + 1
        if line in line_of:
            in_rows.setdefault(line, []).append(f)
    by_value: dict = {}  # a precise level cell's value (scaled as its table says) -> (row, column, cell)
    headings = _headings(text, rows)
    for row in rows:
        for column, cell in level_cells(row):
            if cell.unit or not _precise_digits(cell):
                continue
            for scale in _scales_of(row, column, headings[row.table]):
                by_value.setdefault(cell.value * scale, []).append((row, column, cell, scale))
    if not by_value:
        return
    for k in range(len(figures) - 1):
        pair = (figures[k], figures[k + 1])
        for level, change in (pair, pair[::-1]):
            if level.direction or level.unit or level.qualifier or not _precise_digits(level) \
                    or not change.direction or change.unit != "percent" or change.measure != level.measure \
                    or not level.measure or where[level.id].sentence != where[change.id].sentence \
                    or level.span.start in line_of or text.rfind("\n", 0, level.span.start) + 1 in line_of:
                continue
            held = [h for h in by_value.get(level.value, ()) if _of_one_period(level.period, h[2].period)]
            if len(held) != 1:
                continue
            row, column, cell, scale = held[0]
            rates = [f for f in in_rows.get(row.line, ()) if f.direction and f.unit == "percent"]
            if len(rates) != 1 or rates[0].direction != change.direction:
                continue
            # the row's other level: what its change is from
            others = [c for i, c in level_cells(row) if i != column and c.period and c.unit == cell.unit]
            year_apart = len(others) == 1 and cell.period and others[0].period == shifted(cell.period, -1, "year")
            if not year_apart or change.change_of and change.change_of != "year-on-year":
                # a row of other periods may give its rate over another span than its levels' ("Jan 12 to Feb 12 |
                # Feb 11 to Feb 12"); "3% on the previous quarter" is not the row's change on the year before
                continue
            sentence = text[where[change.id].sentence_start:where[change.id].sentence_end]
            said = bool(change.change_of) or others[0].period[:4] in sentence
            yield Relation(ID, _SAME_CHANGE, {"p": change, "c": rates[0]},
                           f"{change.text} restates the table cell {rates[0].text} ({row.label.strip()}), the change "
                           f"of its {cell.text}", certain=said)
            yield Relation(ID, expr.parse(f"c * {scale} == p"), {"p": level, "c": cell},
                           f"{level.text} restates the table cell {cell.text} ({row.label.strip()})")


def _precise_digits(f: Figure) -> bool:
    """Four significant digits at least ("600,962", "355.2"): a value no other cell holds by chance."""
    return len(f.text.strip("0., ")) >= 4 and sum(ch.isdigit() and ch != "0" for ch in f.text) >= 3


_MODIFIERS = frozenset(cues.LABEL_MODIFIERS)
# the two ends of a range written side by side, "41% to 61%", "12-15%", "between 41% and 61%": two levels of one
# unit, neither a change, joined by "to" or a dash (or "and" after "between"); not "from 8.0% to 9.0%", a move
# between two levels, each a cell of its own
_RANGE_JOIN = lazy_re.compile(r"^\s*(?:to|-|–)\s*$", re.I)
_BETWEEN_JOIN = lazy_re.compile(r"^\s*and\s*$", re.I)
_BETWEEN_BEFORE = lazy_re.compile(r"\bbetween\s*$", re.I)
_FROM_BEFORE = lazy_re.compile(r"\bfrom\s*$", re.I)


def _a_range(text: str, low: Figure, high: Figure) -> bool:
    if low.direction or high.direction or low.unit != high.unit:
        return False
    join = text[low.span.end:high.span.start]
    before = text[max(0, low.span.start - 12):low.span.start]
    if _RANGE_JOIN.match(join):
        return not _FROM_BEFORE.search(before)
    return bool(_BETWEEN_JOIN.match(join) and _BETWEEN_BEFORE.search(before))


def _in_a_range(text: str, figures: tuple[Figure, ...], k: int) -> bool:
    """Whether the k-th figure is one end of a range written side by side ("41% to 61%")."""
    return k + 1 < len(figures) and _a_range(text, figures[k], figures[k + 1]) \
        or k > 0 and _a_range(text, figures[k - 1], figures[k])


def _window(stems: list[str], words: frozenset) -> tuple[int, int] | None:
    """The shortest run of tokens that holds every label word (the later of two as short)."""
    last_seen: dict[str, int] = {}
    best = None
    for i, s in enumerate(stems):
        if s in words:
            last_seen[s] = i
            if len(last_seen) == len(words):
                lo = min(last_seen.values())
                if best is None or i - lo <= best[1] - best[0]:
                    best = (lo, i)
    return best


def _coordinated_rows(before: str, rows: list[Row]) -> list[Row] | None:
    """The rows, when the clause names each in turn, the names joined by "and" or a comma, the last
    one just before the figure ("the marginal standing facility (MSF) rate and the Bank Rate to"); else
    None (two names far apart, or one name's words inside another's, are no list of rows)."""
    tokens = _tokens(before)
    stems = [_stem(t) for t in tokens]
    windows = []
    for row in rows:
        window = _window(stems, row.words)
        if window is None:
            return None
        windows.append((window, row))
    windows.sort(key=lambda w: w[0])
    for (a, _), (b, _) in zip(windows, windows[1:]):
        gap = tokens[a[1] + 1:b[0]]
        if b[0] <= a[1] or len(gap) > 3 or not {"and", ","} & set(gap):
            return None
    if len(tokens) - windows[-1][0][1] - 1 > 3:
        return None
    return [row for _, row in windows]


_LABEL_TOKEN = lazy_re.compile(r"[a-z][a-z'’-]*|[^\sa-z]")


def _tokens(text: str) -> list[str]:
    return _LABEL_TOKEN.findall(text.lower())


def _names_row(before: str, words: frozenset) -> bool:
    """Whether the clause before a figure names the row: all its label words, close
    together, not narrowed by a modifier in front ("full-time employment")."""
    tokens = _tokens(before)
    stems = [_stem(t) for t in tokens]
    positions = [i for i, s in enumerate(stems) if s in words]
    if not positions or {stems[i] for i in positions} != set(words):
        return False
    # the last occurrence of the phrase: the nearest window covering every label word
    need, last_seen, best = set(words), {}, None
    for i, s in enumerate(stems):
        if s in need:
            last_seen[s] = i
            if len(last_seen) == len(need):
                lo = min(last_seen.values())
                if best is None or i - lo <= best[1] - best[0] or i > best[1]:
                    best = (lo, i)
    lo, hi = best
    if hi - lo + 1 > 2 * len(words) + 2:
        return False
    if lo > 0:
        prev = tokens[lo - 1]
        if "-" in prev or _stem(prev) in _MODIFIERS or prev in _MODIFIERS:
            return False
    return True


_AFTER_ROW = lazy_re.compile(r"^\s*(?:in|for|at|among)\s+(?:the\s+)?(?P<name>[^,;.()\d]{1,40})")
_CHANGE_BEFORE = lazy_re.compile(rf"\b(?:{cues.stems(cues.CHANGE_VERB_STEMS)}|{cues.words(cues.CHANGE_VERB_WORDS)}|ris\w+)\s+(?:by\s+)?"
                            rf"(?:(?:{cues.words(cues.HEDGES_SHORT)})\s+)?$|"
                            rf"\bby\s+(?:(?:{cues.words(cues.HEDGES)})\s+)?$", re.I)


_MARK_OR_COMBINED = lazy_re.compile(rf"\b(?:{cues.words(cues.JOINT_MARKS, ' ')})\b[^.;]{{0,30}}$", re.I)
_MARK_AFTER = lazy_re.compile(rf"\s*(?:[A-Z][\w-]*\s+){{0,3}}(?:[a-z-]+\s+)?(?:{cues.words(cues.PLAN_MARKS)})\b")
# "the smallest salary growth, at 1.7%": a rate of change named by a noun
_CHANGE_NOUN = lazy_re.compile(rf"\b(?:{cues.words(cues.CHANGE_NOUNS_RATE)})\b[^.;\d]{{0,25}}$", re.I)


class _RowIndex:
    """The rows of a document's tables by the words of their labels. Rows labelled with the same
    words (a table given twice, a row repeated across tables) are one entry, so a clause is tried
    against each distinct label once, not against every row of the document."""

    def __init__(self, rows: list[Row]):
        self.rows: dict[frozenset, list[Row]] = {}  # label words -> the rows labelled so, in reading order
        self.labels: dict[str, list[frozenset]] = {}  # word -> the distinct labels holding it
        self.position: dict[int, int] = {}
        for k, r in enumerate(rows):
            if not r.words:
                continue  # a row without label words is named by no clause
            if r.words not in self.rows:
                self.rows[r.words] = []
                for w in r.words:
                    self.labels.setdefault(w, []).append(r.words)
            self.rows[r.words].append(r)
            self.position[id(r)] = k
        # a label whose head word other labels share is named by its other words when no other label has
        # them: "Kerosene oil" beside "Light diesel oil" is "kerosene"; "Urban areas" beside "Rural areas"
        # is "urban" (a word another label has, "diesel" of "High speed diesel", names no one row)
        self.short: dict[frozenset, frozenset] = {}
        for label, labelled in self.rows.items():
            said = [_stem(w) for w in re.findall(r"[a-z][a-z'’-]*", labelled[0].label.lower())]
            said = [w for w in said if w in label]
            rest = frozenset(said[:-1])
            if rest and len(rest) == len(label) - 1 and len(self.labels[said[-1]]) > 1 and rest not in self.rows \
                    and all(len(self.labels[w]) == 1 and len(w) > 3 for w in rest):
                self.short[label] = rest
        # the measure a table's heading names ("Euro area annual inflation and its components, %"), with the row
        # that is that measure itself: its first row of totalling ("All-items HICP", "Total"), read once per table
        self.titled: list[tuple[frozenset, Row]] = []
        seen_tables: set[int] = set()
        for r in rows:
            if r.table in seen_tables or not r.title:
                continue
            seen_tables.add(r.table)
            total = next((t for t in rows if t.table == r.table and not t.sub and _TOTAL_LABEL.match(t.label)), None)
            measure = label_words(_TITLE_MEASURE_END.split(r.title.strip().split("\n")[0], 1)[0])
            if total is not None and len(measure) >= 2:
                self.titled.append((measure, total))
        # rows labelled by a period ("July 2024") are named by no sentence that mentions July
        self.named_rows = {label: [r for r in labelled if not _PERIOD_LABEL.match(r.label)]
                           for label, labelled in self.rows.items()}
        self._levels: dict[int, tuple] = {}

    def named_by_title(self, words: frozenset) -> list[Row]:
        """The total row of the one table whose heading's measure the words hold every word of ("Annual inflation
        in the euro area is expected to reach 2.1%" over "Euro area annual inflation and its components")."""
        found = [total for measure, total in self.titled if measure <= words]
        return found if len(found) == 1 else []

    def levels(self, row: Row) -> tuple[list[tuple[int, Figure]], str]:
        """A row's level cells (shares too) and its latest period, read once: many figures name one row."""
        if id(row) not in self._levels:
            self._levels[id(row)] = (level_cells(row, with_shares=True), latest_period(row))
        return self._levels[id(row)]

    def sharing(self, words: frozenset) -> dict[frozenset, int]:
        """The labels sharing a word with `words`, each with the rank of the first such word in sorted
        order: the order in which a walk over the sorted words would first meet their rows."""
        ranked: dict[frozenset, int] = {}
        for rank, w in enumerate(sorted(words)):  # sorted: the same output every run
            for label in self.labels.get(w, ()):
                ranked.setdefault(label, rank)
        return ranked

    def most_specific(self, ranked: dict[frozenset, int], named_only: bool = False) -> list[Row]:
        """The rows of the labels no other of `ranked` holds more words than ("net profit (beia)"
        over "net profit"), in the order the walk over words meets them."""
        rows = self.named_rows if named_only else self.rows
        found = [(rank, self.position[id(r)], r) for label, rank in ranked.items()
                 if not any(label < other for other in ranked) for r in rows[label]]
        return [r for _, _, r in sorted(found, key=lambda x: x[:2])]


def _rows_named_after(after: str, index: _RowIndex) -> list[Row]:
    """The rows named just after a figure ("9.0% in East region"), most specific first."""
    m = _AFTER_ROW.match(after)
    if not m:
        return []
    words = label_words(m.group("name"))
    return index.most_specific({label: rank for label, rank in index.sharing(words).items() if label <= words})


# a share, "of" what it is of, and the clause that says of what it holds: "74% of patients were seen within target"
_SHARE_CLAUSE_AFTER = lazy_re.compile(r"^\s+of\s+(?P<name>[^,;()]{1,90}?)(?:[,;()]|\.\s|\.$|$)")


def _rows_named_by_share_clause(after: str, index: _RowIndex) -> list[Row]:
    """The rows whose every label word the clause after a share holds ("74% of patients were seen within
    target" names "Patients seen within target"), when one label alone of three words at least is held."""
    m = _SHARE_CLAUSE_AFTER.match(after)
    if not m:
        return []
    words = label_words(m.group("name"))
    held = {label: rank for label, rank in index.sharing(words).items() if label <= words and len(label) >= 3}
    return index.most_specific(held) if len(held) == 1 else []


# a row labelled by a period ("July 2024") is not named by a sentence that mentions July
_PERIOD_LABEL = lazy_re.compile(rf"^\s*(?:(?:{cues.words(cues.MONTH_ABBREVIATIONS)})[a-z]*\.?\s*'?\d{{0,4}}|"
                           r"q[1-4]\s*\d{0,4}|(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?|fy\s*\d{2,4})\s*$", re.I)
_OF_NOUN = lazy_re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?P<words>(?:[\w'’,.-]+\s+){0,2}[A-Za-z'’-]+)")


def _match_rows(before: str, f: Figure, index: _RowIndex) -> list[Row]:
    measure = label_words(f.measure)
    words = label_words(before) | measure
    # the most specific label wins: "net profit (beia)" over "net profit"
    rows = index.most_specific({label: rank for label, rank in index.sharing(words).items() if index.named_rows[label]
                                and (label == measure or _names_row(before, label)
                                     or label in index.short and _names_row(before, index.short[label]))},
                                named_only=True)
    return [r for r in rows if not _TOTAL_LABEL.match(r.label) or _names_the_total(before, r.words)]


# a total row ("Total excise") is named only with its word of totalling next to its own words: "total
# excise", "excise in total"; "Total revenue collected by the Customs and Excise Department" names another
_TOTAL_LABEL = lazy_re.compile(r"^\W*(?:total|all|overall)\b", re.I)
# where a heading's measure ends: "Euro area annual inflation and its components, %", "Exports by region (US$ m)"
_TITLE_MEASURE_END = lazy_re.compile(r"\s+and\s+(?:its|their)\b|\s+by\s+|[,(:;]|\s[-–—]\s", re.I)


def _names_the_total(before: str, words: frozenset) -> bool:
    tokens = _tokens(before)
    stems = [_stem(t) for t in tokens]
    for i, token in enumerate(tokens):
        if token in ("total", "all", "overall", "combined") and any(s in words for s in stems[i + 1:i + 3]):
            return True
    return any(s in words for s in stems[-4:]) and any(t in ("total", "overall", "combined") for t in tokens[-2:])


def _sum_of_the_rows(f: Figure, cells: list[Figure]) -> bool:
    """Whether a text figure whose words name several rows is the sum of their cells (in its unit)."""
    if len(cells) < 2 or any(c.unit != f.unit for c in cells):
        return False
    total = interval_of(cells[0])
    for cell in cells[1:]:
        total = total + interval_of(cell)
    return total.meets(interval_of(f))


def _relation(f: Figure, matched: list[Row], explicit: bool, of_head: frozenset, levels_of,
              after_change: bool = False, only_new: bool = False) -> Relation | None:
    """`after_change`: the figure is the level a change arrives at, so a row's "New ..." column holds
    it; `only_new`: the row was named for that change only, so only such a column may be read."""
    readings, certain = [], True
    columns: dict[int, set[int]] = {}
    for row in matched:
        levels, latest = levels_of(row)
        new = _new_column(row, levels) if after_change else None
        if only_new and new is None:
            continue
        for i, cell in levels:
            if new is not None:
                if i != new:
                    continue  # "Existing price | New price": the level after the change is the new one's
            elif cell.period and f.period:
                if cell.period != f.period:
                    continue
                if not explicit and cell.period != latest:
                    certain = False
            elif cell.period or f.period or len(levels) != 1:
                if not (len(levels) == 1 and not cell.period):
                    continue
            if of_head and not of_head & label_words(" ".join([row.headers[i], row.label, row.title])):
                continue  # the column holds another share than the one the text names
            expression = _comparable(f, cell, row, i)
            if expression is None:
                continue
            readings.append((expression, {"p": f, "c": cell}))
            if len(readings) > MAX_READINGS:
                return None  # too many cells fit (a table given again): the rest need not be read
            columns.setdefault(id(row), set()).add(i)
    if not readings:
        return None
    if any(len(c) > 1 for c in columns.values()):
        certain = False  # candidates, passes and rate in one row: the text has not said which column it restates
    expressions = {e for e, _ in readings}
    if len(expressions) != 1:
        return None
    if len(columns) > 1 and _sum_of_the_rows(f, [b["c"] for _, b in readings]):
        return None  # "full-time or part-time, 12,624": the words name two rows, and the figure is their sum
    bindings = [b for _, b in readings]
    cells = ", ".join(dict.fromkeys(b["c"].text for b in bindings))
    return Relation(ID, expr.parse(expressions.pop()), bindings[0],
                    f"{f.text} restates the table cell {cells} ({matched[0].label.strip()})",
                    readings=tuple(bindings[1:]), certain=certain)


# between a change and the level it arrives at: "up by Rs5.92 to Rs90.69", "raised by Rs5.01, will now cost Rs120.04",
# "will become Rs5.46 costlier and will therefore be priced at Rs96.26"
_NEW_LEVEL_AFTER = lazy_re.compile(r"^\s*(?:(?:costlier|dearer|pricier|cheaper|higher|lower)\s+)?(?:to|,?\s*(?:and\s+)?(?:will|would|shall)\s+(?:now\s+|therefore\s+)?"
                                   r"(?:cost|sell\s+at|be\s+priced\s+at|be\s+sold\s+at|stand\s+at|be)|"
                                   r",?\s*(?:taking|bringing)\s+it\s+to)\s*$", re.I)
def _change_restated(f: Figure, row: Row, levels_of) -> Relation | None:
    """A change the prose gives for a row ("petrol, raised by Rs5.01") against the row's one change
    column ("Increase"), in a table of the value before, the change and the value after: the
    same amount, whatever sign each is written with."""
    if _new_column(row, levels_of(row)[0]) is None:
        return None  # in a table of periods a change column may compare other periods than the text
    changes = [(i, cell) for i, cell in enumerate(row.cells)
               if cell is not None and i < len(row.headers) and _CHANGE_WORDS.search(row.headers[i])]
    if len(changes) != 1 or changes[0][1].unit != f.unit or changes[0][1].kind is not f.kind:
        return None
    column, cell = changes[0]
    return Relation(ID, _SAME_CHANGE, {"p": f, "c": cell},
                    f"{f.text} restates the table cell {cell.text} ({row.label.strip()}, {row.headers[column].strip()})")


_SAME_CHANGE = expr.parse("abs(c) == abs(p)")
_PROPOSAL = lazy_re.compile(rf"\b(?:{cues.words(cues.PROPOSAL_WORDS)})\b", re.I)


def _proposed(text: str, sentence_start: int, f: Figure) -> bool:
    """Whether the sentence asks for a change before `f` ("had proposed a Rs1 increase")."""
    return bool(_PROPOSAL.search(text, sentence_start, f.span.start))
_NEW_HEADER = lazy_re.compile(rf"\b(?:{cues.words(cues.NEW_COLUMN_WORDS)})\b", re.I)


def _new_column(row: Row, levels: list[tuple[int, Figure]]) -> int | None:
    """The one level column of a row with no periods whose header says it holds the value after a
    change ("New price (per litre)" beside "Existing price (per litre)"), or None."""
    if any(cell.period for _, cell in levels):
        return None  # columns of periods say by their periods which value is which
    new = [i for i, _ in levels if i < len(row.headers) and _NEW_HEADER.search(row.headers[i])]
    return new[0] if len(new) == 1 and len(levels) > 1 else None


CHECK = Check(ID, "A figure in the prose does not match the table cell it restates.", DOC, find)
