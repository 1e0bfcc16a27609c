"""Read a table of published values (`audit --data FILE`): CSV, SDMX-CSV, JSON or Parquet.

Each row is one published value: a measure, a group (optional), a period, the value, its
unit (optional) and the precision it is published at (optional). A bad table is one
`InputError` at file:line:column and nothing else: the audit of the reports goes on
without it. Nothing here is imported unless --data is given (csv, json and pyarrow are
imported only for the format being read).

Precision: a value stands for the interval its published rounding allows, as a figure in
a report does (DESIGN section 3). With a `decimals` column the value is first rounded to
that many decimals (-3: to thousands); without one, the value as written is the
published value, whole numbers exact ("484000"), decimals to their last digit ("4.33").
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from auditor.model import InputError, Kind
from auditor.extract.periods import MONTHS

MAX_TABLE_BYTES = 64_000_000
# Column names each field may have, first found wins; compared without case. The SDMX-CSV
# names are those of the SDMX 2.1/3.0 content-oriented guidelines.
COLUMNS = {
    "measure": ("measure", "indicator", "series", "variable", "item"),
    "group": ("group", "breakdown", "sex", "category"),
    "area": ("ref_area", "area", "region", "geo"),
    "period": ("period", "time_period", "time", "date", "year"),
    "value": ("value", "obs_value", "amount"),
    "unit": ("unit", "unit_measure", "units", "unit_of_measure"),
    "decimals": ("decimals", "precision", "dp"),
    "unit_mult": ("unit_mult", "multiplier", "scale"),
}
REQUIRED = ("measure", "period", "value")
MISSING_VALUES = frozenset({"", "nan", "na", "n/a", "..", "-", "—", ":"})  # a cell not published
# SDMX code lists: the SEX dimension and the units a bulletin's figures are in
SDMX_GROUPS = {"f": "female", "m": "male", "_t": "", "t": "", "_z": "", "total": "", "all": ""}
SDMX_UNITS = {"": "", "ix": "", "index": "", "pc": "percent", "pt": "percentage_point", "ps": "", "pers": "", "num": "", "nr": "",
              "count": "", "number": "", "persons": "", "people": "", "jobs": "", "units": "", "_z": ""}
_WORD_MULTIPLIERS = {"thousands": 3, "thousand": 3, "millions": 6, "million": 6, "billions": 9, "billion": 9}


@dataclass(frozen=True)
class Row:
    measure: str  # as the table names it: a label, or a code an alias maps
    group: str  # "" for the whole population
    period: str  # normalised as report periods are: "2021", "2021-Q2", "2021-06", "2021-H1"
    value: Decimal  # in `unit`, with the table's multiplier applied
    low: Decimal
    high: Decimal
    unit: str  # as report figures carry it: "", "percent", "CNY", ...
    text: str  # the value as published, for messages: "484000", "4.3"
    line: int
    column: int  # of the value cell

    @property
    def kind(self) -> Kind:
        from auditor.extract.units import kind_of

        return Kind.COUNT if not self.unit else kind_of(self.unit)


@dataclass(frozen=True)
class PublishedTable:
    path: str
    rows: tuple[Row, ...]


def read_table(path: str) -> PublishedTable | InputError:
    """The table at `path`, or the first reason it cannot be used."""
    try:
        if os.path.getsize(path) > MAX_TABLE_BYTES:
            return InputError(path, f"the data table is larger than {MAX_TABLE_BYTES // 1_000_000} MB")
        suffix = os.path.splitext(path)[1].lower()
        if suffix == ".parquet":
            records = _parquet_records(path)
        else:
            with open(path, "rb") as handle:
                data = handle.read()
            text = _decoded(path, data)
            if isinstance(text, InputError):
                return text
            records = _json_records(path, text) if suffix == ".json" else _csv_records(path, text, suffix)
    except OSError as exc:
        return InputError(path, f"cannot read the data table: {exc.strerror or exc}")
    if isinstance(records, InputError):
        return records
    return _rows(path, *records)


class _Bad(Exception):
    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line, self.column = line, column


def _decoded(path: str, data: bytes) -> str | InputError:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return InputError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the table as UTF-8", line, column)


# -- formats: each gives (header, records), a record being [(cell, line, column), ...] -------------

def _csv_records(path: str, text: str, suffix: str):
    import csv

    lines = text.splitlines(keepends=True)
    if not lines:
        return InputError(path, "the data table is empty", 1, 1)
    try:
        dialect = "excel-tab" if suffix == ".tsv" or ("\t" in lines[0] and "," not in lines[0]) else "excel"
        delimiter = "\t" if dialect == "excel-tab" else (";" if lines[0].count(";") > lines[0].count(",") else ",")
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        records, line = [], 1
        for cells in reader:
            if any(c.strip() for c in cells):
                columns = _cell_columns(lines[line - 1], delimiter) if reader.line_num == line else []
                records.append([(c, line, columns[i] if i < len(columns) else 1) for i, c in enumerate(cells)])
            line = reader.line_num + 1
    except csv.Error as exc:
        return InputError(path, f"not a readable CSV table: {exc}", reader.line_num or 1, 1)
    if not records:
        return InputError(path, "the data table is empty", 1, 1)
    return [c for c, _, _ in records[0]], records[1:]


def _cell_columns(line: str, delimiter: str) -> list[int]:
    """1-based column where each cell of a one-line CSV record starts."""
    columns, quoted = [1], False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            columns.append(i + 2)
    return columns


def _json_records(path: str, text: str):
    """A JSON list of objects, or an object holding one under "rows", "data" or "observations";
    each record's position is that of its opening brace."""
    import json

    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(path, f"not valid JSON: {exc.msg}", exc.lineno, exc.colno)
    rows = document
    if isinstance(document, dict):
        rows = next((document[k] for k in ("rows", "data", "observations") if isinstance(document.get(k), list)), None)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        return InputError(path, 'a JSON data table is a list of objects (or {"rows": [...]}), one per published value', 1, 1)
    starts = _object_starts(text, len(rows))
    header: list[str] = []
    for record in rows:
        header += [k for k in record if k not in header]
    records = []
    for record, (line, column) in zip(rows, starts):
        records.append([(_json_cell(record.get(k)), line, column) for k in header])
    return header, records


def _json_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # json reads 4.30 as a float: its shortest repr is what was written, bar trailing zeros
        return repr(value)
    return str(value)


def _object_starts(text: str, count: int) -> list[tuple[int, int]]:
    """Line and column of the first `count` objects one level inside the outer list."""
    out, depth, quoted, escaped, line, column = [], 0, False, False, 1, 0
    for ch in text:
        column += 1
        if ch == "\n":
            line, column = line + 1, 0
        elif quoted:
            escaped, quoted = (False, quoted) if escaped else (ch == "\\", ch != '"')
        elif ch == '"':
            quoted = True
        elif ch in "[{":
            if ch == "{" and depth in (1, 2) and len(out) < count:
                out.append((line, column))
            depth += 1
        elif ch in "]}":
            depth -= 1
    return out + [(1, 1)] * (count - len(out))


def _parquet_records(path: str):
    try:
        import pyarrow.parquet as pq
    except ImportError:
        return InputError(path, "reading a Parquet table needs pyarrow (pip install pyarrow); "
                                "or give the table as CSV or JSON")
    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises its own errors for a damaged file
        return InputError(path, f"not a readable Parquet file ({type(exc).__name__})")
    header = table.column_names
    columns = [table.column(name).to_pylist() for name in header]
    # a Parquet file has no lines: row N of the data is reported as line N + 1 (the header is line 1)
    records = [[(_json_cell(col[i]), i + 2, j + 1) for j, col in enumerate(columns)] for i in range(table.num_rows)]
    return header, records


# -- from records to rows ---------------------------------------------------------------

def _rows(path: str, header: list[str], records: list) -> PublishedTable | InputError:
    try:
        where = _columns(header)
        areas = {record[where["area"]][0].strip() for record in records if where.get("area") is not None
                 and where["area"] < len(record)}
        rows, seen = [], {}
        for record in records:
            row = _row(record, where, use_area=len(areas) > 1)
            if row is None:
                continue
            key = (row.measure.lower(), row.group.lower(), row.period, row.unit)
            if key in seen:
                raise _Bad(f"duplicate row: {row.measure!r}{' for ' + repr(row.group) if row.group else ''} in "
                           f"{row.period} ({row.unit or 'count'}) is already given at line {seen[key]}",
                           row.line, record[0][2])
            seen[key] = row.line
            rows.append(row)
    except _Bad as bad:
        return InputError(path, str(bad), bad.line, bad.column)
    return PublishedTable(path, tuple(rows))


def _columns(header: list[str]) -> dict[str, int | None]:
    # SDMX-CSV with labels writes "INDICATOR: Indicator"; the code before the colon names the column
    names = [h.split(":")[0].strip().lower() for h in header]
    where: dict[str, int | None] = {}
    for field, candidates in COLUMNS.items():
        where[field] = next((names.index(c) for c in candidates if c in names), None)
    for field in REQUIRED:
        if where[field] is None:
            raise _Bad(f"no {field} column: the header names {', '.join(h for h in header if h) or 'nothing'}; "
                       f"a {field} column is one of: {', '.join(COLUMNS[field])}", 1, 1)
    return where


def _cell(record, index: int | None) -> tuple[str, int, int]:
    if index is None or index >= len(record):
        return "", record[0][1], record[0][2]
    return record[index][0].strip(), record[index][1], record[index][2]


def _row(record, where, use_area: bool) -> Row | None:
    raw_value, line, column = _cell(record, where["value"])
    if raw_value.lower() in MISSING_VALUES:
        return None  # not published: nothing to check against
    value = _number(raw_value.replace(",", "").replace("\u00a0", "").replace(" ", ""))
    if value is None:
        raise _Bad(f"value {raw_value!r} is not a number", line, column)
    measure = _label(_cell(record, where["measure"])[0])
    if not measure:
        raise _Bad("the row names no measure", line, _cell(record, where["measure"])[2])
    period_text, period_line, period_column = _cell(record, where["period"])
    period = normalised_period(period_text)
    if period is None:
        raise _Bad(f"period {period_text!r} is not one the auditor reads (2021, 2021-Q2, 2021-06, 2021-H1, "
                   "FY2021-22, June 2021)", period_line, period_column)
    group = _label(_cell(record, where["group"])[0])
    group = SDMX_GROUPS.get(group.lower(), group)
    if use_area and not group:
        group = _label(_cell(record, where["area"])[0])
    unit_text = _label(_cell(record, where["unit"])[0])
    unit, multiplier = _unit(unit_text)
    if unit is None:
        raise _Bad(f"unit {unit_text!r} is not one the auditor knows (a currency code, percent, "
                   "percentage points, or a count: persons, number)", *_cell(record, where["unit"])[1:])
    mult_text, mult_line, mult_column = _cell(record, where["unit_mult"])
    if mult_text:
        power = _number(mult_text)
        if power is None or power != power.to_integral_value() or not -12 <= power <= 15:
            raise _Bad(f"unit multiplier {mult_text!r} is not a power of ten (0, 3, 6, 9)", mult_line, mult_column)
        multiplier += int(power)
    decimals_text, decimals_line, decimals_column = _cell(record, where["decimals"])
    decimals = -value.as_tuple().exponent if isinstance(value.as_tuple().exponent, int) else 0
    if decimals_text:
        given = _number(decimals_text)
        if given is None or given != given.to_integral_value() or not -15 <= given <= 15:
            raise _Bad(f"decimals {decimals_text!r} is not a whole number of decimal places", decimals_line,
                       decimals_column)
        decimals = int(given)
        value = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)  # as published
    half = Decimal(5).scaleb(-decimals - 1) if decimals_text or decimals > 0 else Decimal(0)
    scale = Decimal(1).scaleb(multiplier)
    return Row(measure, group, period, value * scale, (value - half) * scale, (value + half) * scale, unit,
               raw_value, line, column)


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _label(text: str) -> str:
    """SDMX-CSV with labels writes "F: Female": the label is what a report says."""
    code, sep, label = text.partition(": ")
    return label.strip() if sep and label.strip() else text.strip()


def _unit(text: str) -> tuple[str | None, int]:
    """(the unit a report figure of this value carries, a power of ten the unit name holds)."""
    from auditor.extract.units import ISO_CURRENCIES, UNIT_WORDS

    words = text.lower().split()
    multiplier = 0
    if words and words[0] in _WORD_MULTIPLIERS:  # "thousands of persons", "millions CNY"
        multiplier = _WORD_MULTIPLIERS[words.pop(0)]
        if words and words[0] == "of":
            words.pop(0)
    name = " ".join(words)
    if name in SDMX_UNITS:
        return SDMX_UNITS[name], multiplier
    if name.upper() in ISO_CURRENCIES:
        return name.upper(), multiplier
    if name in UNIT_WORDS:
        return UNIT_WORDS[name], multiplier
    return None, multiplier


def normalised_period(text: str) -> str | None:
    """A period as the extraction writes a report's ("2021-Q2"), from a table's
    ("2021-Q2", "2021Q2", "2021-M06", "2021-06", "2021-S1", "2021-H1", "June 2021", "FY2021-22")."""
    import re

    t = text.strip()
    m = re.fullmatch(r"((?:19|20)\d\d)(?:-?(Q[1-4]|H[12]|S[12]|M?(?:0[1-9]|1[0-2])))?", t, re.I)
    if m:
        year, part = m.group(1), (m.group(2) or "").upper()
        if not part:
            return year
        if part[0] in "QH":
            return f"{year}-{part}"
        if part[0] == "S":
            return f"{year}-H{part[1]}"
        return f"{year}-{part.lstrip('M')}"
    m = re.fullmatch(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-\d\d", t)  # a date: its month
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = re.fullmatch(r"(Q[1-4]|H[12])\s+((?:19|20)\d\d)", t, re.I)
    if m:
        return f"{m.group(2)}-{m.group(1).upper()}"
    m = re.fullmatch(r"([A-Za-z]+)\.?\s+((?:19|20)\d\d)", t)
    if m and m.group(1).lower() in MONTHS:
        return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"
    m = re.fullmatch(r"FY\s?((?:19|20)\d\d)(?:[-/](\d\d))?", t, re.I)
    if m:
        return f"FY{m.group(1)}" + (f"-{m.group(2)}" if m.group(2) else "")
    return None
