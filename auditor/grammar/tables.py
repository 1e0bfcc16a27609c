"""The one table model: the rows of a document's tables, read once per document, and what their
headers, labels and the lines over them say.

Rows of pipe-separated cells ("Label | a | b", "Label: a | b", markdown "| a | b |"), their
header ("(columns: ...)" or a header row) and the heading over them (`tables`, `Row`); which
cells hold levels rather than changes, ranks or shares (`level_cells`); the scale the words
over a bare cell give it (`scales_of`, `says_scale`); whether a column holds percentages
(`says_percent`), a change (`names_a_change`) or the value after a change (`new_column`); and
which rows a clause of prose names (`RowIndex`, `match_rows`, `rows_named_after`,
`rows_named_by_share_clause`, `coordinated_rows`); what a column header or a row label says
(a change column and the periods it spans, a total or rest row, columns that add up, shares,
rates per a base, old and new values, exclusions: `is_change_header`, `is_total_label`, ...);
and a figure's place in a table read from its own line and the header rows above it
(`is_table_row`, `table_header_cell`, `columns_of_one_measure`, ...). Checks query these; they do
not read a table's layout themselves.

Two readers stand here side by side, as the checks used them: the rows above (pipe tables only,
every row read once per document), and the reading of one figure's line (pipes, tabs or columns
aligned with spaces), which the checks of changes and sums ask. `label_words` folds a label's words
its own way (`_stem`), not `lexicon.fold`'s; merging either pair would change what the checks read.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from auditor import lazy_re
from auditor.document import Document, per_document_cache
from auditor.extract.numbers import SCALES
from auditor.extract.periods import MONTHS, find_periods
from auditor.grammar import cues, lexicon
from auditor.model import Figure

# --------------------------------------------------------------------------- the rows of a document's tables

# a currency before the digits: a symbol, or the letters the press writes ("Rs118.30", "Sh 352", "US$4.1")
CURRENCY_PREFIX = r"(?:[$£€¥₹₦]|(?:Rs|KSh|Ksh|Sh|Tk|Rp|RM|R|N|P|US\$|C\$|A\$|HK\$|S\$)\.?\s?)"
# a scale word after an amount's digits: "Rs 184.84bn", "$517 billion" are cells of a number as much as "184.84" is
_CELL_SCALE = "|".join(sorted((re.escape(w) for w in SCALES if w.isascii()), key=len, reverse=True))
_NUMBER_CELL = lazy_re.compile(rf"^\s*[-–−+(]?\s*{CURRENCY_PREFIX}?\s*\d[\d.,\s]*(?:\s?(?:{_CELL_SCALE})\b)?\)?\s*(?:%|‰|e|p|pts?|bps?|pp)?\s*\)?\s*$", re.I)
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
    """A line of a table in the text: its label, its figures by column and where it stands."""

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


# a caption's note of its unit or scale ("(%)", "('000)", "(in millions)", "($ m)"), no word of its label
_UNIT_NOTE = lazy_re.compile(r"\(\s*(?:'?000s?|%|‰|thousands?|millions?|billions?|in [^)]*|[$£€¥₹₦]\s*\w*)\s*\)")
_LABEL_WORD = lazy_re.compile(r"[a-z][a-z'’-]*")


@lru_cache(maxsize=1 << 12)  # measures and row captions recur
def label_words(text: str) -> frozenset:
    text = _UNIT_NOTE.sub(" ", text.lower())
    return frozenset(_stem(w) for w in _LABEL_WORD.findall(text) if w not in _STOP and _stem(w) not in _STOP)


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


# the scale a table's heading or column gives its bare cells: "(shipments in millions of units)", "('000)"
_SCALE_OF_CELLS = (("thousand", 10 ** 3), ("'000", 10 ** 3), ("million", 10 ** 6), ("billion", 10 ** 9))


def scales_of(row: Row, column: int, heading: str) -> list[int]:
    """1, and the scale the words over a bare cell give it, when they give one (`heading`: the lines
    right above the table, however long)."""
    said = " ".join([heading, row.title, row.headers[column] if column < len(row.headers) else ""]).lower()
    return [1] + [factor for word, factor in _SCALE_OF_CELLS if word in said]


def table_headings(text: str, rows: list[Row]) -> dict[int, str]:
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


_NEW_HEADER = lazy_re.compile(rf"\b(?:{cues.words(cues.NEW_COLUMN_WORDS)})\b", re.I)


def new_column(row: Row, levels: list[tuple[int, Figure]]) -> int | None:
    """The one level column of a row with no periods whose header says it holds the value after a
    change ("New price (per litre)" beside "Existing price (per litre)"), or None."""
    if any(cell.period for _, cell in levels):
        return None  # columns of periods say by their periods which value is which
    new = [i for i, _ in levels if i < len(row.headers) and _NEW_HEADER.search(row.headers[i])]
    return new[0] if len(new) == 1 and len(levels) > 1 else None


def says_scale(text: str) -> bool:
    """Whether a table's title, label or header gives its cells a scale in words ("(thousands)",
    "'000", "2024/25 (m)")."""
    return bool(_SCALED.search(text))


def says_percent(text: str) -> bool:
    """Whether a header (or a table's title and label) says its cells are percentages ("%",
    "per cent", "rate")."""
    return bool(_PERCENT_TABLE.search(text))


def names_a_change(header: str) -> bool:
    """Whether a column header names a change ("Increase", "% ch", "chg", "y-o-y")."""
    return bool(_CHANGE_WORDS.search(header))


# a cell written as bare digits and brackets: its unit, if it has one, is the table's marker's
_BARE_CELL = lazy_re.compile(r"[\d.,\s()+\-−–]+")


def bare_cell(text: str) -> bool:
    """A cell's text is bare digits, signs and brackets ("1,204", "(3.5)"): a unit it has came from the
    table's marker ("(million tonnes)"), not from the cell."""
    return bool(_BARE_CELL.fullmatch(text))


_PERIOD_YEAR = lazy_re.compile(r"^(?:19|20)\d\d-")


def of_one_period(prose: str, cell: str) -> bool:
    """A prose period and a cell's: the same, or the prose's written without the year the table gives it
    ("in the third quarter", Q3, beside a column "3Q18"), or none (a headline, undated)."""
    return prose == cell or not prose or not _PERIOD_YEAR.match(prose) and cell.endswith("-" + prose)


# --------------------------------------------------------------------------- which rows a clause of prose names

_MODIFIERS = frozenset(cues.LABEL_MODIFIERS)


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


def coordinated_rows(before: str, rows: list[Row]) -> list[Row] | None:
    """The rows, when the clause names each in turn, the names joined by "and" or a comma, the last
    one just before the figure ("the marginal standing facility (MSF) rate and the Bank Rate to"); else
    None (two names far apart, or one name's words inside another's, are no list of rows)."""
    tokens, stems = _stemmed_tokens(before)
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


@lru_cache(maxsize=16)  # one clause is read against every label that shares a word with it
def _stemmed_tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tokens of `text` (as `_tokens` reads them) and the stem of each."""
    tokens = tuple(_tokens(text))
    return tokens, tuple(_stem(t) for t in tokens)


def _names_row(before: str, words: frozenset) -> bool:
    """Whether the clause before a figure names the row: all its label words, close
    together, not narrowed by a modifier in front ("full-time employment")."""
    return _row_name_span(before, words) is not None


def _row_name_span(before: str, words: frozenset) -> tuple[int, int] | None:
    """The first and last token of the nearest phrase of the clause before a figure that names the row
    (see _names_row), or None."""
    tokens, stems = _stemmed_tokens(before)
    positions = [i for i, s in enumerate(stems) if s in words]
    if not positions or {stems[i] for i in positions} != set(words):
        return None
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
        return None
    if lo > 0:
        prev = tokens[lo - 1]
        if "-" in prev or _stem(prev) in _MODIFIERS or prev in _MODIFIERS:
            return None
    return lo, hi


_CONJOINED = ("&", "and")


def _joined_to_another_name(before: str, words: frozenset, index: RowIndex) -> bool:
    """Whether the phrase naming a row is one half of a pair of names joined by "and" or "&" whose other
    name no row of the tables carries: "An average home in England & Wales" names England and Wales
    together, a larger whole than the table's "Wales" row. (Two rows joined, "London and Wales", are
    read as a pair elsewhere.)"""
    span = _row_name_span(before, words)
    if span is None:
        return False
    lower = before.lower()
    if len(lower) != len(before):
        return False  # (a letter whose lower case is longer: the places would not line up)
    lo, hi = span
    matches = list(_LABEL_TOKEN.finditer(lower))  # the tokens of _tokens, with their places

    def another_name(k: int) -> bool:
        if not 0 <= k < len(matches):
            return False
        word = before[matches[k].start():matches[k].end()]
        return word[:1].isupper() and word.isalpha() and _stem(word.lower()) not in index.labels

    return (lo >= 2 and matches[lo - 1].group() in _CONJOINED and another_name(lo - 2)
            or hi + 2 < len(matches) and matches[hi + 1].group() in _CONJOINED and another_name(hi + 2))


_AFTER_ROW = lazy_re.compile(r"^\s*(?:in|for|at|among)\s+(?:the\s+)?(?P<name>[^,;.()\d]{1,40})")


class RowIndex:
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


def rows_named_after(after: str, index: RowIndex) -> list[Row]:
    """The rows named just after a figure ("9.0% in East region"), most specific first."""
    m = _AFTER_ROW.match(after)
    if not m:
        return []
    words = label_words(m.group("name"))
    return index.most_specific({label: rank for label, rank in index.sharing(words).items() if label <= words})


# a share, "of" what it is of, and the clause that says of what it holds: "74% of patients were seen within target"
_SHARE_CLAUSE_AFTER = lazy_re.compile(r"^\s+of\s+(?P<name>[^,;()]{1,90}?)(?:[,;()]|\.\s|\.$|$)")


def rows_named_by_share_clause(after: str, index: RowIndex) -> list[Row]:
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


def match_rows(before: str, f: Figure, index: RowIndex) -> list[Row]:
    measure = label_words(f.measure)
    words = label_words(before) | measure
    # the most specific label wins: "net profit (beia)" over "net profit"
    rows = index.most_specific({label: rank for label, rank in index.sharing(words).items() if index.named_rows[label]
                                and (label == measure or _names_row(before, label)
                                     or label in index.short and _names_row(before, index.short[label]))},
                                named_only=True)
    return [r for r in rows if (not _TOTAL_LABEL.match(r.label) or _names_the_total(before, r.words))
            and not _joined_to_another_name(before, r.words, index)
            and not _counts_what_the_rows_break_down(measure, r)]


def _counts_what_the_rows_break_down(measure: frozenset, row: Row) -> bool:
    """A figure whose own noun is the one over the table's labels ("161,230 incidents" over "| Incident type |
    ... | Fires |") counts all that the rows break down, whatever word of a row's label its clause holds ("Fire
    and rescue services attended 161,230 incidents"): no one row's value."""
    header = label_words(row.label_header)
    return bool(measure & header) and not measure & row.words


# a total row ("Total excise") is named only with its word of totalling next to its own words: "total
# excise", "excise in total"; "Total revenue collected by the Customs and Excise Department" names another
_TOTAL_LABEL = lazy_re.compile(r"^\W*(?:total|all|overall)\b", re.I)
# where a heading's measure ends: "Euro area annual inflation and its components, %", "Exports by region (US$ m)"
_TITLE_MEASURE_END = lazy_re.compile(r"\s+and\s+(?:its|their)\b|\s+by\s+|[,(:;]|\s[-–—]\s", re.I)


def _names_the_total(before: str, words: frozenset) -> bool:
    tokens, stems = _stemmed_tokens(before)
    for i, token in enumerate(tokens):
        if token in ("total", "all", "overall", "combined") and any(s in words for s in stems[i + 1:i + 3]):
            return True
    return any(s in words for s in stems[-4:]) and any(t in ("total", "overall", "combined") for t in tokens[-2:])


# --------------------------------------------------------------------------- what a header or a label says
# (the readings of the arithmetic a table's own layout states: change columns, total rows, shares of a column)

# a change column's header: a change's name ("Change", "chg", "+/-"), or the two periods it spans
# ("2023 to 2024", "Jan 12 vs Feb 12", "2023-24")
_MONTH = rf"(?:{cues.words(cues.MONTH_ABBREVIATIONS)})[a-z]*\.?"
_SPAN = lazy_re.compile(rf"(?P<a>(?:{_MONTH}\s*'?\d{{2,4}})|(?:19|20)\d\d(?:\s*[-–]?\s*Q[1-4])?)\s*(?:{cues.words(cues.SPAN_WORDS + cues.VERSUS + cues.SPAN_MARKS)})\s*"
                   rf"(?P<b>(?:{_MONTH}\s*'?\d{{2,4}})|(?:19|20)?\d\d(?:\s*[-–]?\s*Q[1-4])?)", re.I)
_CHANGE_COLUMN_NAME = lazy_re.compile(rf"\b(?:{cues.words(cues.CHANGE_COLUMN_NAMES)})\b|^\s*\+/-\s*$", re.I)
# a change column that holds a relative change ("% change", "growth rate"), unless in points
_RELATIVE = lazy_re.compile(r"%|per ?cent|percentage change|growth rate", re.I)
_BASIS_POINTS = lazy_re.compile(r"\b(?:bps?|basis\s+points?)\b", re.I)
_POINTS = lazy_re.compile(r"\b(?:pts?|points?|pp|p\.p\.|bps?|basis)\b", re.I)
# a total row (or column): "Total", "Grand total", "All", never "All other", "Total excluding ..."
_TOTAL_ROW = lazy_re.compile(rf"^\s*(?:grand\s+)?(?:{cues.words(cues.TOTAL_LABELS)})\b(?![-\s]+(?:{cues.words(cues.TOTAL_EXCEPT)})\b)"
                    r"(?!.*\bexcluding\b)", re.I)
# a measure whose values do not add across rows (rates, averages, prices, ranks)
_NOT_ADDITIVE = lazy_re.compile(r"rate|ratio|average|mean|median|per\b|per[- ]capita|share|%|percent|index|price|margin|"
                           r"yield|density|growth|change|score|age\b|years|ranking|\brank", re.I)
# a column whose bare numbers add up (weights, counts, amounts, a scale in words or a currency)
_SUMMABLE_HEADER = lazy_re.compile(r"weight|‰|number|count|total|amount|value|persons|people|\(\s*'?000|thousand|million|"
                              r"billion|€|\$|£|₹|¥", re.I)
# a table's title that says its bare numbers are percentages, indices or averages
_PERCENT_CONTEXT = lazy_re.compile(rf"%|\b(?:{cues.words(cues.PERCENT_WORDS + cues.PERCENT_CONTEXT_MORE, ' ')})\b", re.I)


def header_period(text: str) -> str:
    """'Jan 12' -> '2012-01', 'Feb 2012' -> '2012-02', '2023' -> '2023', '24' -> '2024'."""
    text = text.strip().lower()
    m = re.fullmatch(rf"(?P<mon>{_MONTH})\s*'?(?P<y>\d{{2,4}})", text)
    if m:
        month = MONTHS.get(m.group("mon").rstrip(".")[:3] if m.group("mon")[:4] != "sept" else "sep")
        year = m.group("y")
        year = year if len(year) == 4 else "20" + year
        return f"{year}-{month:02d}" if month else ""
    m = re.fullmatch(r"((?:19|20)?\d\d)(?:\s*[-–]?\s*(q[1-4]))?", text)
    if m:
        year = m.group(1) if len(m.group(1)) == 4 else "20" + m.group(1)
        return f"{year}-{m.group(2).upper()}" if m.group(2) else year
    return ""


def span_periods(header: str) -> tuple[str, str] | None:
    m = _SPAN.search(header)
    if not m:
        return None
    a, b = header_period(m.group("a")), header_period(m.group("b"))
    if a and b and len(b) == 4 and len(a) == 4 and m.group("b").strip().isdigit() and len(m.group("b").strip()) == 2:
        b = a[:2] + m.group("b").strip()  # "2023-24"
    return (a, b) if a and b and a != b else None


def is_change_header(header: str) -> bool:
    return bool(_CHANGE_COLUMN_NAME.search(header) or span_periods(header) or header.strip() in ("%", "+/-", "±"))


def says_relative_change(header: str) -> bool:
    """A change column of relative changes ("% change", "Growth rate"), not of points ("Change (pp)")."""
    return bool(_RELATIVE.search(header)) and not _POINTS.search(header)


def in_basis_points(header: str) -> bool:
    """A change column in basis points ("Change (bps)")."""
    return bool(_BASIS_POINTS.search(header))


def is_total_label(text: str) -> bool:
    """A row label (or a column header) of the total: "Total", "Grand total", "All persons"; not "All other",
    "Total excluding energy"."""
    return bool(_TOTAL_ROW.match(text))


def not_additive(text: str) -> bool:
    """A header or label of a measure whose values do not add up ("Rate", "Average price", "Rank")."""
    return bool(_NOT_ADDITIVE.search(text))


def heads_summable(header: str) -> bool:
    """A header over bare numbers that add up ("Weight", "Number", "('000)", "€")."""
    return bool(_SUMMABLE_HEADER.search(header))


def heads_weights(header: str) -> bool:
    """A column of weights ("Weight", "‰"): they add up, whatever else the header says ("Weight in the index")."""
    return bool(re.search(r"weight|‰", header, re.I))


def title_of_percentages(title: str) -> bool:
    """A table title that says its bare numbers are percentages, rates, indices or averages."""
    return bool(_PERCENT_CONTEXT.search(title))


# the columns of the value before and after a change: "Existing price | Increase | New price"
_OLD_VALUE_HEADER = lazy_re.compile(r"^\s*(?:existing|old|previous|prior|earlier|former|current)\b", re.I)
_NEW_VALUE_HEADER = lazy_re.compile(r"^\s*(?:new|revised|proposed|amended|updated)\b", re.I)


def heads_old_value(header: str) -> bool:
    return bool(_OLD_VALUE_HEADER.match(header))


def heads_new_value(header: str) -> bool:
    return bool(_NEW_VALUE_HEADER.match(header))


# an aggregate less the rows it names: "All-items excluding energy", or under a group line "All-items excluding:"
_EXCLUDING = lazy_re.compile(rf"^(?P<base>.*?\S)\s+(?:{cues.words(cues.EXCLUSION_WORDS, ' ')})\s*:?\s*(?P<rest>.*)$", re.I)
_GROUP_LINE = lazy_re.compile(r"(?:^|[,%.:]\s*)(?P<head>[^,%.:]*?\bexcluding):?\s*$", re.I)
_SEPARATORS = lazy_re.compile(r"^[\s,;&+/]*(?:and[\s,;&+/]*)*$", re.I)
_SPACE_RUN = lazy_re.compile(r"\s+")  # (compiled once: a table's labels are normalised for every row they are matched with)


def normalised_label(label: str) -> str:
    return _SPACE_RUN.sub(" ", label.strip(" >-–•*\t").lower().replace(",", " , ")).strip()


def excluded_rows(names: str, rows: list[Row]) -> list[Row] | None:
    """The rows a list of names ("energy, food, alcohol & tobacco") names, longest names first; None
    unless every word of the list is a row's label."""
    rest, found = f" {normalised_label(names)} ", []
    for row in sorted(rows, key=lambda r: -len(r.label)):
        name = normalised_label(row.label)
        if name and f" {name} " in rest:
            rest = rest.replace(f" {name} ", " , ", 1)
            found.append(row)
    return found if found and _SEPARATORS.match(rest) else None


def exclusion(label: str) -> re.Match | None:
    """A label of an aggregate less some rows: its "base" ("All-items") and the "rest" it excludes."""
    return _EXCLUDING.match(label)


def excluding_group_line(title: str) -> re.Match | None:
    """A group line that ends "excluding:" over the rows under it; its "head" opens each row's label."""
    return _GROUP_LINE.search(title)


# a column of shares ("Share", "% of total", "Distribution")
_SHARES_HEADER = lazy_re.compile(r"\bshare\b|\bof\s+(?:the\s+)?total\b|\bdistribution\b", re.I)
# a column of a rate per a base: "Doctors per 10,000 (residents)"; and a column of the population it is per
_PER_HEADER = lazy_re.compile(r"^\s*(?P<a>[A-Za-z][A-Za-z-]*)(?:\s+[A-Za-z-]+){0,2}?\s+per\s+(?P<n>\d{1,3}(?:,\d{3})*|\d+)"
                              r"(?:\s+(?P<b>[A-Za-z][A-Za-z-]*))?\s*$", re.I)
_POPULATION_HEADER = lazy_re.compile(r"^\s*(?:residents|population|people|inhabitants|persons|households|pupils|children|"
                                     r"adults|women|men)\b", re.I)
# a column of shares of another column ("% of target") and the column of the result ("Achieved", "Actual")
_SHARE_OF_COLUMN = lazy_re.compile(r"^\s*(?:as\s+(?:a\s+)?)?(?:%|per\s*cent|percent|share)\s+of\s+(?:the\s+)?(?P<name>[a-z][a-z-]*)", re.I)
_RESULT_HEADER = lazy_re.compile(r"^\s*(?:achieved|actual|outturn|result|realised|realized|collected|spent|delivered|"
                                 r"completed|done|attained)\b", re.I)
# a row labelled as one row over another: "Net debt as a % of GDP", "Net borrowings/EBITDA (adjusted)"
_ROW_SHARE = lazy_re.compile(rf"^\s*(?P<num>\S.*?)\s+(?:{cues.words(cues.ROW_SHARE_MARKS)})\s+(?P<den>\S.*?)\s*$|"
                             r"^\s*(?P<over>[^/|]*[A-Za-z][^/|]*?)\s*/\s*(?P<under>[^/|]*[A-Za-z][^/|]*?)\s*$", re.I)
_TRAILING_QUALIFIER = lazy_re.compile(r"\s*(\([^()]*\))\s*$")
# a column of each row's share of the total: "Share", "%", "% of total"
_SHARE_COLUMN_HEADER = lazy_re.compile(r"^\s*(?:share|%|per\s*cent|percent|percentage|% of (?:the )?total|share of (?:the )?total)"
                                r"(?:\s*\(%\))?\s*$", re.I)
# a last row of the rest: "All other categories", "Rest of the world"
_REST_ROW = lazy_re.compile(rf"^\s*(?:all\s+)?(?:the\s+)?(?:{cues.words(lexicon.REMAINDER_WORDS)})\b", re.I)


def heads_shares(header: str) -> bool:
    return bool(_SHARES_HEADER.search(header))


# a column of each row's share of one whole, named so whatever its total row says ("Share" alone may head a rate
# within each row: "Urban share" of each region's population, which do not add up)
_SHARES_OF_A_WHOLE_HEADER = lazy_re.compile(r"\bmarket\s+shares?\b|(?:\bshare|\bper\s*cent|\bpercent|%)\s+of\s+(?:the\s+)?total\b"
                                            r"|\bdistribution\b", re.I)


def heads_shares_of_a_whole(header: str) -> bool:
    """Whether a column holds each row's share of one whole, which add up: "3Q18 Market Share", "% of total"."""
    return bool(_SHARES_OF_A_WHOLE_HEADER.search(header))


# what a series' change column says it is measured on: the period before, or the same period a year before
_ON_THE_PERIOD_BEFORE = lazy_re.compile(r"\b(?:previous|preceding|prior|last)\s+(?:year|month|quarter|period)|"
                                        r"\b(?:m/m|q/q|mom|qoq|month[- ]on[- ]month|quarter[- ]on[- ]quarter|"
                                        r"on\s+the\s+(?:month|quarter)\s+before|on\s+(?:the\s+)?(?:month|quarter))\b", re.I)
_ON_A_YEAR_BEFORE = lazy_re.compile(r"\b(?:y/y|yoy|y-o-y|year[- ](?:on|over)[- ]year|annual|on\s+a\s+year\s+(?:earlier|ago|before)|"
                                    r"(?:same|corresponding)\s+(?:month|quarter|period)|on\s+(?:the\s+)?year)\b", re.I)
# a change column measured from a fixed time, not the row before: "Change since 2010", "Cumulative change"
_FROM_A_FIXED_TIME = lazy_re.compile(r"\b(?:since|cumulative|from|base|over\s+(?:the\s+)?(?:last|past)\s+\w+\s+years)\b", re.I)
# the step between the rows of a series, by how their periods are written: "2014", "2014-03", "2014-Q1"
_SERIES_STEPS = (("year", lazy_re.compile(r"(?:19|20)\d\d")), ("month", lazy_re.compile(r"(?:19|20)\d\d-\d\d")),
                 ("quarter", lazy_re.compile(r"(?:19|20)\d\d-Q[1-4]")))


def heads_series_change(header: str) -> bool:
    """Whether a column may hold each row's change on an earlier row: a change column ("% change", "Change on
    previous year", "Year on year (%)") measured from no fixed time ("Change since 2010") nor between two periods
    it names ("2023 vs 2022")."""
    return bool(header) and (is_change_header(header) or bool(_ON_A_YEAR_BEFORE.search(header))) \
        and not span_periods(header) and not _FROM_A_FIXED_TIME.search(header)


def series_change_base(header: str) -> str:
    """What a series' change column says its change is on: "period before" ("Change on previous month", "m/m"),
    "year before" ("Year on year (%)", "y/y"), or "" when it does not say."""
    if _ON_THE_PERIOD_BEFORE.search(header):
        return "period before"
    return "year before" if _ON_A_YEAR_BEFORE.search(header) else ""


def cells_by_period(rows: list, column: int) -> dict[str, Figure] | None:
    """The cells of one column keyed by their periods, when each row's cell is of another period (rows of a
    series: "| 2013 | 7.78 |", "| 2014 | 7.76 |"); None when two rows share a period (regions, products)."""
    cells = [row.cells[column] for row in rows if len(row.cells) > column and row.cells[column] is not None]
    by_period = {cell.period: cell for cell in cells}
    return by_period if len(by_period) == len(cells) else None


def series_step(period: str) -> str | None:
    """The step between the rows of a series whose periods are written like `period`: year, month or quarter."""
    return next((unit for unit, pattern in _SERIES_STEPS if pattern.fullmatch(period or "")), None)


def per_base_header(header: str) -> re.Match | None:
    """A header of a rate per a base: its counted noun "a", the base "n" and the noun "b" it is per, if named."""
    return _PER_HEADER.match(header)


def heads_population(header: str) -> bool:
    return bool(_POPULATION_HEADER.match(header))


def share_of_column_header(header: str) -> re.Match | None:
    """A header "% of target": "name" is the column the share is of."""
    return _SHARE_OF_COLUMN.match(header)


def heads_result(header: str) -> bool:
    return bool(_RESULT_HEADER.match(header))


def ratio_label(label: str) -> re.Match | None:
    """A label of one row over another: "num"/"den" ("A as a % of B") or "over"/"under" ("A/B")."""
    return _ROW_SHARE.match(label)


def trailing_qualifier(text: str) -> re.Match | None:
    """A bracketed qualifier closing a label ("(adjusted)"), as group 1."""
    return _TRAILING_QUALIFIER.search(text)


def heads_share_column(header: str) -> bool:
    return bool(_SHARE_COLUMN_HEADER.match(header))


def is_rest_label(label: str) -> bool:
    return bool(_REST_ROW.match(label))


# --------------------------------------------------------------------------- a figure's place in a table
# (read from the figure's own line and the header rows above it: pipes, tabs, or columns aligned with spaces)

# a label between two figures of a table flattened into one line: "Customer service 15,700 Construction 15,500
# Hospitality and catering 15,300": a capitalised name of a few words, with no punctuation, verb or number in it
_LABEL_BETWEEN_FIGURES = lazy_re.compile(r"[ \t]+[A-Z][A-Za-z'’&/-]*(?:[ \t]+[A-Za-z'’&/()-]+){0,8}[ \t]+")
_VERB_IN_LABEL = lazy_re.compile(
    rf"\b(?:{cues.words(lexicon.LEVEL_VERBS + lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\b", re.I)


def flattened_row_items(text: str, figures: tuple[Figure, ...]) -> frozenset[str]:
    """Ids of figures in a table flattened into one line of labels and values, each value after its own label
    ("Construction 15,500 Hairdressing 14,900 Retail 7,300"), three items at least. Two such lines naming the same
    labels are two columns of one table (years, series), so a label's two values are no restatement."""
    runs: list[list[Figure]] = [list(figures[:1])]
    for previous, figure in zip(figures, figures[1:]):
        gap = text[previous.span.end:figure.span.start]
        if previous.unit == figure.unit and _LABEL_BETWEEN_FIGURES.fullmatch(gap) and not _VERB_IN_LABEL.search(gap):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return frozenset(f.id for run in runs if len(run) >= 3 for f in run)


def is_table_row(document: Document, f: Figure) -> bool:
    text = document.text
    line_start = text.rfind("\n", 0, f.span.start) + 1
    known = _table_row_lines(text)
    if line_start not in known:
        line_end = text.find("\n", f.span.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        # "Ontario        7.0     6.7      +0.3": columns aligned with runs of spaces
        known[line_start] = line.count("|") >= 2 or line.count("\t") >= 2 or aligned_row(line)
    return known[line_start]


def aligned_row(line: str) -> bool:
    """A line of a plain-text table whose columns are aligned with runs of spaces: two cell boundaries or more."""
    return len(_ALIGNED_GAP.findall(line)) >= 2


@per_document_cache(maxsize=4)
def _table_row_lines(text: str) -> dict[int, bool]:
    """Whether the line starting at each offset is a table row, filled in as lines are asked
    about: every check asks about the same figures' lines."""
    return {}


_ALIGNED_GAP = lazy_re.compile(r"\S {3,}(?=[-+−–(]?\d)")
_CELL_NUMBER = lazy_re.compile(r"^[\s(+\-−–]*[\d,.\s]+%?\)?\s*$")
_PLAIN_YEAR_CELL = lazy_re.compile(r"^\s*(?:19|20)\d\d\s*$")
# ("% of normal", "% of total": a share of something, not a change)
_CHANGE_BETWEEN_COLUMNS = lazy_re.compile(rf"{cues.words(cues.CHANGE_COLUMN_WORDS)}|\bvar|%(?!\s*of\b)", re.I)
_SPAN_HEADER = rf"\b(?:{cues.words(cues.SPAN_WORDS)})\b"  # compiled on first use


def _line_of(document: Document, offset: int) -> tuple[int, str]:
    start = document.text.rfind("\n", 0, offset) + 1
    end = document.text.find("\n", offset)
    return start, document.text[start:end if end >= 0 else len(document.text)]


def is_row_label(document: Document, f: Figure) -> bool:
    """A number in the first cell of a table row ("Ward | 2023 | 2024": "1 | 1,699 | 2,820") names the row."""
    start, line = _line_of(document, f.span.start)
    return line.count("|") >= 2 and "|" not in line[:f.span.start - start]


def table_header_cell(document: Document, f: Figure) -> str | None:
    """The header of the table column a figure stands in: the nearest earlier
    row of cells none of which is a bare number."""
    start, line = _line_of(document, f.span.start)
    if line.count("|") < 2:
        return _aligned_header_cell(document.text, start, line, f.span.start - start)
    column = line[:f.span.start - start].count("|")
    starts, rows = _header_rows(document.text)
    k = bisect.bisect_left(starts, start) - 1
    if k < 0:
        return None
    cells = rows[k]
    return cells[column].strip() if column < len(cells) else None


_ALIGNMENT_CHARS = frozenset(" \t|:-")
# A cell of a table set out with spaces: words joined by single spaces, cells split by two or
# more spaces or a tab ("Source market      Arrivals (000)   Share (%)").
_ALIGNED_CELL = lazy_re.compile(r"[^ \t]+(?: [^ \t]+)*")
_ALIGNED_HEADER_LINES = 40


def _aligned_cells(line: str) -> list[re.Match]:
    return list(_ALIGNED_CELL.finditer(line))


def _is_number_cell(cell: str) -> bool:
    return bool(_CELL_NUMBER.match(cell) and not _PLAIN_YEAR_CELL.match(cell))


def _aligned_header_cell(text: str, start: int, line: str, at: int) -> str | None:
    """The header of a column of a table set out with spaces ("Region   Arrivals (000)   Share (%)"
    over "UK   402   38.4"): the nearest line above, in the same block of lines, with two or more
    cells none of which is a bare number; its cells are matched to the row's from the right,
    since the header often has no cell over the row labels. None when the row is no such table's."""
    if len(_ALIGNED_GAP.findall(line)) < 2:
        return None
    row = _aligned_cells(line)
    column = next((k for k, m in enumerate(row) if m.start() <= at < m.end()), None)
    if column is None:
        return None
    end = start - 1
    for _ in range(_ALIGNED_HEADER_LINES):
        if end <= 0:
            return None
        begin = text.rfind("\n", 0, end) + 1
        above = text[begin:end]
        end = begin - 1
        if not above.strip():
            return None  # a blank line ends the table
        if set(above) <= _ALIGNMENT_CHARS:
            continue  # "-----   -----" under the header
        cells = [m.group() for m in _aligned_cells(above)]
        if any(_is_number_cell(c) for c in cells[1:]):
            continue  # another data row
        if len(cells) < 2:
            return None
        index = column - (len(row) - len(cells))
        return cells[index].strip() if 0 <= index < len(cells) else None
    return None


@per_document_cache(maxsize=4)
def _header_rows(text: str) -> tuple[list[int], list[list[str]]]:
    """Where each row of cells none of which is a bare number starts, and its cells: found
    once per text (a walk back from each figure to its header could cross the whole text)."""
    starts, rows, offset = [], [], 0
    for line in text.split("\n"):
        if line.count("|") >= 2 and not set(line) <= _ALIGNMENT_CHARS:  # "|---|:--:|" names no column
            cells = line.strip().strip("()").split("|")
            if not any(_CELL_NUMBER.match(c) and not _PLAIN_YEAR_CELL.match(c) for c in cells[1:]):  # not a data row
                starts.append(offset)
                rows.append(cells)
        offset += len(line) + 1
    return starts, rows


_COLUMN_TIME = lazy_re.compile(rf"\b(?:{cues.words(cues.COLUMN_TIME_WORDS)})\b", re.I)


def columns_of_one_measure(document: Document, a: Figure, b: Figure) -> bool:
    """Whether two cells of a table row can be the two ends of a change: their columns name
    periods or times of one measure ("2024 | 2025", "YE June 2024", "Last year | This year").
    Columns of two measures ("Votes | Seats", "Visits | Visits per 1,000 residents") are not;
    two figures outside a table may be."""
    if not is_table_row(document, a):
        return True
    headers = [table_header_cell(document, f) for f in (a, b)]
    if not all(headers) or headers[0] == headers[1]:
        return True  # no header to read, or one header over both (a spanned period)
    return all(find_periods(h) or _COLUMN_TIME.search(h) for h in headers)


def row_of_one_series(document: Document, row: list[Figure]) -> bool:
    """Whether a table row's cells all stand under columns naming periods ("GDP growth | 1.1 | 1.4 |
    1.7" under "2026 | 2027 | 2028"): a series of one measure, each cell a level of its own period,
    so no cell is the change between two others, whatever the row label says ("growth")."""
    if len(row) < 2 or not is_table_row(document, row[0]):
        return False
    headers = [table_header_cell(document, f) for f in row]
    return len(set(headers)) == len(headers) and all(
        h and (find_periods(h) or _COLUMN_TIME.search(h)) and not _CHANGE_BETWEEN_COLUMNS.search(h) for h in headers)


def is_change_column(document: Document, f: Figure) -> bool:
    """A table column headed as a change between the row's own columns ("Change in %"),
    not between periods named in the header ("Feb 11 to Feb 12")."""
    header = table_header_cell(document, f)
    return bool(header and _CHANGE_BETWEEN_COLUMNS.search(header) and not re.search(_SPAN_HEADER, header))


# (difference) a change column in percent: "Growth %", "Change (per cent)"
_PERCENT_COLUMN = lazy_re.compile(r"%|\bper\s*cent\b|\bpercent", re.I)


def column_in_percent(document: Document, f: Figure) -> bool:
    """Whether the header of the column a figure stands in says percent ("Growth %", "per cent")."""
    return bool(_PERCENT_COLUMN.search(table_header_cell(document, f) or ""))
