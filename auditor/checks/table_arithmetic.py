"""Arithmetic a table's own layout states: a change column between two of its
columns, and a total row (or parent row) over the rows it adds up."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal
from typing import Iterator

from auditor import expr, grammar
from auditor.checks.base import Check
from auditor.document import Document
from auditor.extract.periods import shifted
from auditor.grammar import lexicon
from auditor.grammar.tables import (
    Row,
    by_table,
    cells_by_period,
    excluded_rows,
    excluding_group_line,
    exclusion,
    header_period,
    heads_new_value,
    heads_old_value,
    heads_population,
    heads_result,
    heads_share_column,
    heads_series_change,
    heads_shares,
    heads_shares_of_a_whole,
    heads_summable,
    heads_weights,
    in_basis_points,
    is_change_header,
    is_rest_label,
    is_table_row,
    is_total_label,
    level_cells,
    normalised_label,
    not_additive,
    per_base_header,
    ratio_label,
    series_change_base,
    series_step,
    says_relative_change,
    share_of_column_header,
    span_periods,
    tables,
    title_of_percentages,
    trailing_qualifier,
)
from auditor.model import Figure, Kind, Relation

ID = "table-arithmetic"
DOC = """\
## What it checks
Arithmetic that a table states by its layout alone:

- a change column, headed with the two periods it compares ("Jan 12 to Feb 12",
  "Change 2023-24") or simply "Change"/"Difference" beside exactly two period
  columns: in each row the change must equal the later column minus the earlier
  (in points for rates); a column headed "%" or "% change" holds the relative
  change (later - earlier) / earlier; a change row ("% change", "2021 vs 2020")
  under the rows of two periods is read the same way, column by column;
- a row labelled "Total", "All", "Overall" or "Sum" under rows of counts or
  money: in each column it must equal the sum of the rows above it; where rows
  are indented under a parent ("> processed food", "of which"), the parent must
  equal the sum of its sub-rows;
- a column headed "Total" (or "All", "Overall", "Sum") beside named columns of
  one unit: in each row it must equal the sum of the row's other cells. Columns
  headed by periods (years, months) are levels of one measure, not parts;
- rows of successive periods ("| 2013 | 7.78 | -1.8% |" under "| Year | Litres per head |
  Change on previous year |"): a change column holds, in each row, the change from the level
  column on its left in the row of the period before (a month's or a quarter's "year-on-year"
  change from the row of a year before); in rows of months or quarters a change column must say
  which (previous month, month-on-month, year-on-year), else the change is only undetermined;
- columns headed as the old and the new value ("Existing price", "New price")
  with a change column between them, read as two periods;
- a column headed "% of target" beside a "Target" column and a result column
  ("Achieved", "Actual", "Outturn"): the result as a share of the target;
- a total row of percentages ("All schools 71.9%") under the rows of its
  groups: it lies between the lowest and the highest of them;
- a column headed "Doctors per 10,000" beside a column of doctors and one of
  the population ("Residents"): the rate in each row;
- a row labelled as one row over another ("Operating income (adjusted) as a %
  of sales (adjusted)", "Net borrowings/EBITDA (adjusted)"), where each of the
  two names is the label of exactly one row of the document (or begins it:
  "Net borrowings" for "Net borrowings at year end"): in each column of the
  same period, the ratio of the two rows' cells;
- a column of counts, one headed "Share" (or "%", "Share (%)") and a total
  row: each share is its count over the total row's (percentages may be
  written without their sign, as a change column headed "Change (%)" may);
- a column of counts and one headed "Share" (or "%"), with no total row,
  under a sentence that states the whole the counts' header names ("The
  office decided 5,040 applications" over "| Decision | Applications | Share
  |"): each share is its count over that whole;
- a table whose last row is the rest ("All other categories", "Rest of the
  world"), with no total row, under a sentence that states the total of a
  period its columns are headed by, counting what its rows name ("The libraries
  lent 46,100 books in 2023" over "| Book genre | 2022 | 2023 |"): the column of
  that period adds up to the total.

Columns of rates, averages, shares of something else or per-capita figures are
never added.

## Why it matters
Tables are edited cell by cell; a revised level whose change column or total was
not recomputed leaves a table that contradicts itself.

## Example
`| Clinic B | 8 | 14 | 6 | 29 |` under the columns
`| Site | Doctors | Nurses | Porters | Total |`: 8 + 14 + 6 = 28, not 29.

## Fix
Recompute the change or total from the levels, or correct the level that is wrong.
"""

def _change_expression(level_unit: str, level_kind: Kind, change: Figure, header: str) -> str | None:
    """The claim 'change column == later - earlier' in the units the cells are written in."""
    relative_header = says_relative_change(header)
    if in_basis_points(header) and not change.unit and not level_unit:
        return "(n - o) * 100 == c"  # "Previous (%) | Revised (%) | Change (bps)": -25 is a quarter point
    if change.unit == "percent" or (relative_header and not change.unit):
        if level_unit == "percent":
            return None  # a change in a rate written with %: points or relative, the table does not say
        if change.unit != "percent":
            # "| 2023 | 2024 | % change |" over "| 1,240 | 1,310 | 5.6 |": percentages without their sign
            return "(n - o) / o * 100 == c" if change.kind is Kind.NUMBER and level_kind is not Kind.PERCENT else None
        return "(n - o) / o == c"
    if change.unit in ("percentage_point", "basis_point"):
        if level_unit == "percent":
            return "n - o == c"
        if not level_unit and level_kind is Kind.NUMBER:
            return "(n - o) / 100 == c"
        return None
    if change.unit == level_unit and change.kind is not Kind.PERCENT and not relative_header:
        return "n - o == c"
    return None


def _changes(rows: list[Row]) -> Iterator[Relation]:
    for row in rows:
        # (a change column's cells are no level of a period, whatever period the table gives them)
        levels = [(i, cell) for i, cell in level_cells(row) if not is_change_header(row.headers[i] or "")]
        by_period = {}
        for i, cell in levels:
            if cell.period and cell.period[:2] in ("19", "20"):
                by_period.setdefault(cell.period, []).append(cell)
        if len(by_period) < 2:
            by_period = _old_and_new_columns(row, levels)  # "Existing price | Increase | New price"
        if len(by_period) < 2 or any(len(v) > 1 for v in by_period.values()):
            continue
        change_columns = [i for i, header in enumerate(row.headers) if header and is_change_header(header)]
        for i, change in enumerate(row.cells):
            header = row.headers[i]
            if change is None or i not in change_columns:
                continue
            span = span_periods(header)
            pair = by_period
            if not span and len(change_columns) > 1:
                pair = _levels_since_last_change(by_period, levels, change_columns, i)
            if span:
                if span[0] not in by_period or span[1] not in by_period:
                    continue
                old, new = sorted(span)
            elif len(pair) == 2:
                old, new = sorted(pair)
            else:
                continue
            o, n = by_period[old][0], by_period[new][0]
            if o.unit != n.unit or o.kind is not n.kind:
                continue
            expression = _change_expression(o.unit, o.kind, change, header)
            if expression is None:
                continue
            if expression == "n - o == c" and not _signed_column(rows, row, i):
                expression = "abs(n - o) == c"
            yield Relation(ID, expr.parse(expression), {"c": change, "n": n, "o": o},
                           f"{change.text} in the column '{header}' as the change from {o.text} to {n.text} "
                           f"({row.label.strip()})")


def _levels_since_last_change(by_period: dict, levels, change_columns: list[int], column: int) -> dict:
    """The levels a change column compares when the row has several: the columns between it and the change
    column before it. "| Oct 2016 | Oct 2015 | % | 2015–2016 | 2014–2015 | % |" puts each change right of its
    own pair, so the second '%' is not the change of the first two columns."""
    before = max((j for j in change_columns if j < column), default=-1)
    between = {id(cell) for j, cell in levels if before < j < column}
    return {key: cells for key, cells in by_period.items() if id(cells[0]) in between}


def _changes_down_a_series(rows: list[Row]) -> Iterator[Relation]:
    """Rows of successive periods with a level column and a change column on its right ("| Year | Litres per head |
    Change on previous year |"): each row's change is from the level of the period before, found in the row of that
    period (a month's or a quarter's year-on-year change from the row a year before)."""
    for group in _table_groups(rows):
        headers = group[0].headers
        for i, header in enumerate(headers):
            if not heads_series_change(header):
                continue
            level_column = next((j for j in range(i - 1, -1, -1) if not is_change_header(headers[j] or "")), None)
            if level_column is None:
                continue
            levels = cells_by_period(group, level_column)
            if levels is None:
                continue  # rows of one period (regions, products): no series
            base = series_change_base(header)
            for row in group:
                if len(row.cells) <= i or row.cells[i] is None or row.cells[level_column] is None:
                    continue
                change, new = row.cells[i], row.cells[level_column]
                step = series_step(new.period)
                if step is None or new.direction:
                    continue
                year_before = step != "year" and base == "year before"
                old = levels.get(shifted(new.period, -1, "year" if year_before else step))
                if old is None or old.unit != new.unit or old.kind is not new.kind:
                    continue
                expression = _change_expression(new.unit, new.kind, change, header)
                if expression is None:
                    continue
                if not _signed_column(rows, row, i):
                    expression = {"n - o == c": "abs(n - o) == c", "(n - o) / o == c": "abs(n - o) / o == c"}.get(
                        expression, expression)
                # (rows of years change on the year before; months and quarters may change on either, unless told)
                yield Relation(ID, expr.parse(expression), {"c": change, "n": new, "o": old},
                               f"{change.text} in the column '{header}' as the change from {old.text} "
                               f"({old.period}) to {new.text} ({new.period})",
                               certain=step == "year" or bool(base))


def _old_and_new_columns(row: Row, levels) -> dict[str, list[Figure]]:
    """A row's level under the one column headed as the old value ("Existing price") and the one
    headed as the new ("New price"), keyed so that the old sorts first, as periods do."""
    old = [cell for i, cell in levels if heads_old_value(row.headers[i])]
    new = [cell for i, cell in levels if heads_new_value(row.headers[i])]
    return {"0-old": old, "1-new": new} if len(old) == 1 and len(new) == 1 else {}


def _change_rows(rows: list[Row]) -> Iterator[Relation]:
    """A row labelled as a change ("% change", "Change", "2021 vs 2020") under the rows of two
    periods: in each column it holds the change from the earlier row's cell to the later's."""
    for group in _table_groups(rows):
        for k, row in enumerate(group):
            if not is_change_header(row.label) or k < 2:
                continue
            by_period: dict[str, Row] = {}
            for above in group[:k]:
                periods = {cell.period for _, cell in level_cells(above)}
                if len(periods) != 1 or is_change_header(above.label):
                    by_period = {}
                    break
                by_period.setdefault(periods.pop(), above)
            span = span_periods(row.label)
            if span and set(span) <= set(by_period):
                old, new = sorted(span)
            elif len(by_period) == 2 and len(group[:k]) == 2 and all(p[:2] in ("19", "20") for p in by_period):
                old, new = sorted(by_period)
            else:
                continue
            for i, change in enumerate(row.cells):
                o, n = by_period[old].cells[i], by_period[new].cells[i]
                if change is None or o is None or n is None or o.unit != n.unit or o.kind is not n.kind \
                        or o.direction or n.direction:
                    continue
                expression = _change_expression(o.unit, o.kind, change, row.label)
                if expression is None:
                    continue
                if expression == "n - o == c" and not any(_signed(c) for c in row.cells):
                    expression = "abs(n - o) == c"
                yield Relation(ID, expr.parse(expression), {"c": change, "n": n, "o": o},
                               f"{change.text} in the row '{row.label.strip()}' as the change from {o.text} to "
                               f"{n.text} ({row.headers[i].strip() or 'column ' + str(i + 1)})")


def _table_groups(rows: list[Row]) -> list[list[Row]]:
    """The rows of each table, split where its header changes (a new header row starts another table)."""
    groups: list[list[Row]] = []
    for table in by_table(rows):
        start = len(groups)
        for row in table:
            if len(groups) > start and groups[-1][-1].headers == row.headers and not (row.after_heading and not row.sub):
                groups[-1].append(row)
            else:
                groups.append([row])
    return groups


def _signed_column(rows: list[Row], row: Row, i: int) -> bool:
    """Whether any cell of the column carries a sign: an unsigned column gives sizes of change."""
    return any(_signed(other.cells[i]) for other in rows if other.table == row.table and len(other.cells) > i)


def _signed(cell: Figure | None) -> bool:
    return cell is not None and (cell.text.strip()[:1] in "+-–−(" or cell.value < 0)


def _summable(row: Row, i: int, cell: Figure) -> bool:
    if cell is None or cell.direction != 0 or cell.qualifier:
        return False
    if cell.unit and cell.kind not in (Kind.MONEY, Kind.PHYSICAL, Kind.COUNT):
        return False
    if cell.kind in (Kind.PERCENT, Kind.RATIO, Kind.PERCENTAGE_POINT, Kind.RANK, Kind.MULTIPLE):
        return False
    header = row.headers[i]
    if header and (is_change_header(header) or not_additive(header)) and not heads_weights(header):
        return False
    if not_additive(row.label):
        return False
    if cell.kind is Kind.NUMBER and not (header and heads_summable(header)):
        return not title_of_percentages(row.title)
    return True


def _share_of_all(cell: Figure | None, header: str) -> bool:
    """A percentage in a total row whose column holds each row's share of one whole, which add up: one written
    as 100, or one under a header that names the shares of a whole ("3Q18 Market Share", "% of total"), whatever
    its value (the words say what the column holds; a total row's own share of a larger whole is its rows'
    shares added up too)."""
    return cell is not None and cell.unit == "percent" and cell.direction == 0 and not cell.qualifier \
        and (cell.value == 100 or heads_shares_of_a_whole(header))


# how far below its total row the listed rows may fall in every column and still be read as all its parts
# (more than rounding in each column: the rows are a selection of the whole)
SELECTION_SHORTFALL = Decimal("0.01")


def _sum_relation(parts: list[Row], whole: Row, certain: bool) -> Iterator[Relation]:
    if _a_selection(parts, whole):
        return
    for total, cells in _column_sums(parts, whole):
        names = {f"p{k}": c for k, c in enumerate(cells)}
        yield Relation(ID, expr.parse(" + ".join(names) + " == t"), {"t": total, **names},
                       f"{total.text} ({whole.label.strip()}) as the sum of the {len(cells)} rows it totals "
                       f"({', '.join(c.text for c in cells)})", certain=certain)


def _a_selection(parts: list[Row], whole: Row) -> bool:
    """Whether the rows above a total row fall short of it, beyond rounding, in every column of counts or amounts
    (two at least): "| Total number of confirmed cases in India | 21393 | 4258 | 681 |" under nine states.
    Then the rows listed are some of the whole (the largest, a selection), not all its parts, and the total
    row is no sum of them; one column alone short is a slip in that column."""
    columns = 0
    for i, total in enumerate(whole.cells):
        cells = [p.cells[i] if len(p.cells) == len(whole.cells) else None for p in parts]
        if total is None or any(c is None for c in cells) or not _an_amount(total) or not all(map(_an_amount, cells)):
            continue
        if total.value <= 0 or sum(c.value for c in cells) >= total.value * (1 - SELECTION_SHORTFALL):
            return False
        columns += 1
    return columns >= 2


def _an_amount(cell: Figure) -> bool:
    """A cell that could add up: a plain count or amount, no percentage, rank or change."""
    return cell.direction == 0 and not cell.qualifier and cell.value >= 0 \
        and cell.kind in (Kind.NUMBER, Kind.COUNT, Kind.MONEY, Kind.PHYSICAL)


def _column_sums(parts: list[Row], whole: Row) -> Iterator[tuple[Figure, list[Figure]]]:
    """Each column of a total row whose cells the rows above add up to: the total and the parts."""
    for i, total in enumerate(whole.cells):
        shares = _share_of_all(total, whole.headers[i] if i < len(whole.headers) else "")
        if total is None or not (_summable(whole, i, total) or shares):
            continue
        cells = [p.cells[i] if len(p.cells) == len(whole.cells) else None for p in parts]
        if any(c is None or c.unit != total.unit or not (_summable(p, i, c) or shares and c.direction == 0 and not c.qualifier)
               for c, p in zip(cells, parts)):
            continue
        if _two_partitions(cells, total):
            continue
        if all(c.value > 0 for c in cells) and total.value < max(c.value for c in cells):
            continue  # a total row below one of its rows sums nothing: an index or an average of them
        yield total, cells


def _row_totals(rows: list[Row]) -> Iterator[Relation]:
    """A column headed as a total ("Total", "All") holds the sum of the row's other amounts
    ("| China | 38 | 32 | 18 | 88 |")."""
    for row in rows:
        columns = [i for i, h in enumerate(row.headers) if h and is_total_label(h)]
        if len(columns) != 1 or is_total_label(row.label):
            continue
        t = columns[0]
        total = row.cells[t] if t < len(row.cells) else None
        if total is None or not _summable(row, t, total):
            continue
        parts = [(i, c) for i, c in enumerate(row.cells) if i != t and c is not None]
        if len(parts) < 2 or any(not _summable(row, i, c) or c.unit != total.unit for i, c in parts) \
                or any(not row.headers[i] or header_period(row.headers[i]) for i, _ in parts):
            continue  # a row of years or unnamed columns may hold levels of one measure, not parts
        names = {f"p{k}": c for k, (_, c) in enumerate(parts)}
        yield Relation(ID, expr.parse(" + ".join(names) + " == t"), {"t": total, **names},
                       f"{total.text} ({row.label.strip()}, {row.headers[t].strip()}) as the sum of the row's "
                       f"{len(parts)} other columns ({', '.join(c.text for _, c in parts)})")


def _two_partitions(cells: list[Figure], total: Figure) -> bool:
    """Rows that split the total twice over (by sex, then by area) add up to a multiple of it."""
    s = sum(c.value for c in cells)
    return total.value > 0 and any(abs(s - k * total.value) <= total.value / 50 for k in (2, 3))


def _totals(rows: list[Row]) -> Iterator[Relation]:
    for group in _table_groups(rows):
        yield from _group_totals(group)


def _group_totals(group: list[Row]) -> Iterator[Relation]:
    width = len(group[0].cells)
    if any(len(r.cells) != width for r in group):
        return
    has_sub = any(r.sub for r in group)
    if not has_sub:
        for k, row in enumerate(group):
            if is_total_label(row.label) and k >= 2:
                parts = group[:k]
                if not any(is_total_label(p.label) for p in parts):
                    yield from _sum_relation(parts, row, True)
                break
            if is_total_label(row.label) and k == 0 and len(group) >= 3:
                parts = group[1:]
                if not any(is_total_label(p.label) for p in parts):
                    yield from _sum_relation(parts, row, False)  # a total first: the rows may split it twice
                break
        return
    # parents and their sub-rows
    for k, row in enumerate(group):
        if row.sub:
            continue
        subs = []
        for later in group[k + 1:]:
            if not later.sub:
                break
            subs.append(later)
        if len(subs) >= 2 and all(s.parent is row for s in subs):
            yield from _sum_relation(subs, row, True)


# ---- "All-items excluding energy": an aggregate less the rows it names -----------------------------
def _exclusions(rows: list[Row]) -> Iterator[Relation]:
    for table in by_table(rows):
        wording, group = {}, None
        for row in table:
            # "All-items excluding:" over "> energy", "> energy, unprocessed food": the sub-rows just under it
            if not row.sub:
                group = None
            elif row.after_heading:
                group = excluding_group_line(row.title)
            m = exclusion(row.label) or (exclusion(f"{group.group('head')} {row.label}") if group else None)
            if m:
                wording[id(row)] = m
        for row in table:
            m = wording.get(id(row))
            if m is None:
                continue
            base = [r for r in table if id(r) not in wording and normalised_label(r.label).startswith(normalised_label(m.group("base")))]
            others = [r for r in table if id(r) not in wording and r not in base]
            excluded = excluded_rows(m.group("rest"), others)
            if len(base) != 1 or not excluded:
                continue
            yield from _difference_relation(base[0], excluded, row)


def _difference_relation(base: Row, excluded: list[Row], row: Row) -> Iterator[Relation]:
    for i, cell in enumerate(row.cells):
        if cell is not None and cell.kind is Kind.NUMBER and not heads_summable(row.headers[i]):
            continue  # a bare number is subtracted only in a column that says it adds up (weights, counts)
        cells = [r.cells[i] if len(r.cells) == len(row.cells) else None for r in (base, *excluded)]
        if cell is None or not _summable(row, i, cell) or any(
                c is None or not _summable(r, i, c) or c.unit != cell.unit for c, r in zip(cells, (base, *excluded))):
            continue
        names = {f"x{k}": c for k, c in enumerate(cells[1:])}
        yield Relation(ID, expr.parse("base - " + " - ".join(names) + " == t"), {"t": cell, "base": cells[0], **names},
                       f"{cell.text} ({row.label.strip()}) as {base.label.strip()} less "
                       f"{', '.join(r.label.strip() for r in excluded)}")


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    rows = tables(document, figures)
    if not rows:
        return
    yield from _shares_of_a_whole_above(document, figures, rows)
    yield from _shares_of_the_total_row(rows)
    yield from _rest_rows_stated_above(document, figures, rows)
    yield from _changes(rows)
    yield from _changes_down_a_series(rows)
    yield from _change_rows(rows)
    yield from _totals(rows)
    yield from _row_totals(rows)
    yield from _exclusions(rows)
    yield from _shares_of_a_column(rows)
    yield from _overall_rates(rows)
    yield from _rates_per_column(rows)
    yield from _ratio_rows(rows)


def _overall_rates(rows: list[Row]) -> Iterator[Relation]:
    """A total row of percentages under the rows of its groups ("Public 68.2% | Private 81.7% |
    All schools 71.9%"): a rate of all lies between the lowest and the highest of its groups."""
    for group in _table_groups(rows):
        for k, row in enumerate(group):
            if not is_total_label(row.label) or k < 2 or any(r.sub or is_total_label(r.label) for r in group[:k]):
                continue
            for i, overall in enumerate(row.cells):
                cells = [r.cells[i] if i < len(r.cells) else None for r in group[:k]]
                if overall is None or overall.unit != "percent" or any(c is None or c.unit != "percent" for c in cells):
                    continue
                if overall.value == 100 or heads_shares(row.headers[i] if i < len(row.headers) else ""):
                    continue  # "Share of total (%)": each row's share of the total, which add up to its 100
                low, high = min(cells, key=lambda c: c.value), max(cells, key=lambda c: c.value)
                if low is high:
                    continue
                yield Relation(ID, _BETWEEN, {"o": overall, "lo": low, "hi": high},
                               f"{overall.text} ({row.label.strip()}) between the rates of its groups, "
                               f"{low.text} and {high.text}")
            break


_BETWEEN = expr.parse("abs(2 * o - lo - hi) <= abs(hi - lo)")


def _rates_per_column(rows: list[Row]) -> Iterator[Relation]:
    """A column headed "Doctors per 10,000" beside a column of doctors and one of the population
    ("Residents"): in each row the rate is doctors / residents x 10,000."""
    for row, headers, i, cell, m in _cells_headed(rows, per_base_header):
        counts = _columns_headed(headers, m.group("a"), i)
        base = m.group("b")
        wholes = [j for j in (_columns_headed(headers, base, i) if base else
                              [j for j, h in enumerate(headers) if j != i and heads_population(h)])
                  if j not in counts]
        if len(counts) != 1 or len(wholes) != 1:
            continue
        a, p = row.cells[counts[0]], row.cells[wholes[0]]
        if a is None or p is None:
            continue
        per = m.group("n").replace(",", "")
        yield Relation(ID, expr.parse(f"a / p * {per} == r"), {"a": a, "p": p, "r": cell},
                       f"{cell.text} in the column '{row.headers[i].strip()}' as {a.text} per {m.group('n')} of "
                       f"{p.text} ({row.label.strip()})")


def _cells_headed(rows: list[Row], reading) -> Iterator[tuple[Row, list[str], int, Figure, re.Match]]:
    """(row, its headers, column, cell, match) for each cell whose column's header `reading` (a reading of
    `grammar.tables` that gives a match or None) reads."""
    for row in rows:
        headers = [h.strip() for h in row.headers]
        for i, cell in enumerate(row.cells):
            m = reading(headers[i]) if cell is not None else None
            if m is not None:
                yield row, headers, i, cell, m


def _columns_headed(headers: list[str], word: str, other_than: int) -> list[int]:
    """The columns, but one, whose header opens with `word` ("Target" for "% of target")."""
    return [j for j, h in enumerate(headers) if j != other_than and h.lower().split()[:1] == [word.lower()]]


def _shares_of_a_column(rows: list[Row]) -> Iterator[Relation]:
    """A column headed "% of target" beside the column headed "Target" and one headed as the result
    ("Achieved", "Actual", "Outturn"): in each row it holds the result as a share of the target."""
    for row, headers, i, cell, m in _cells_headed(rows, share_of_column_header):
        bases = _columns_headed(headers, m.group("name"), i)
        results = [j for j, h in enumerate(headers) if heads_result(h)]
        if len(bases) != 1 or len(results) != 1:
            continue
        t, a = row.cells[bases[0]], row.cells[results[0]]
        if t is None or a is None or t.unit != a.unit or t.kind is not a.kind:
            continue
        expression = "a / t == p" if cell.unit == "percent" else "a / t * 100 == p"
        yield Relation(ID, expr.parse(expression), {"a": a, "t": t, "p": cell},
                       f"{cell.text} in the column '{row.headers[i].strip()}' as {a.text} of {t.text} "
                       f"({row.label.strip()})")


CHECK = Check(ID, "A table's change column or total row does not match the cells it is computed from.", DOC, find)


def _row_named(name: str, rows: list[Row], other_than: Row) -> Row | None:
    """The one row labelled `name`, or else the one whose label begins with it ("Net borrowings"
    -> "Net borrowings at year end"); None when no row or several rows are."""
    wanted = normalised_label(name)
    exact = [r for r in rows if r is not other_than and normalised_label(r.label) == wanted]
    if exact:
        return exact[0] if len(exact) == 1 else None
    begun = [r for r in rows if r is not other_than and normalised_label(r.label).startswith(wanted + " ")]
    return begun[0] if len(begun) == 1 else None


def _ratio_rows(rows: list[Row]) -> Iterator[Relation]:
    """A row labelled as one row over another: its cell in each period column is the ratio of
    theirs. A qualifier after the second name ("(adjusted)") may belong to both ("Net
    borrowings/EBITDA (adjusted)"): the first name is tried with it, then without."""
    for row in rows:
        m = ratio_label(row.label)
        if not m:
            continue
        over, under = (m.group("num"), m.group("den")) if m.group("num") else (m.group("over"), m.group("under"))
        qualifier = trailing_qualifier(under)
        numerator = None
        if qualifier and not trailing_qualifier(over):
            numerator = _row_named(f"{over} {qualifier.group(1)}", rows, row)
        numerator = numerator or _row_named(over, rows, row)
        denominator = _row_named(under, rows, row)
        if numerator is None or denominator is None or numerator is denominator:
            continue
        for i, cell in enumerate(row.cells):
            header = row.headers[i].strip() if i < len(row.headers) else ""
            if cell is None or not header or is_change_header(header) or cell.direction:
                continue
            a, b = (_cell_headed(r, header) for r in (numerator, denominator))
            if a is None or b is None or a.unit != b.unit or a.unit == "percent" or a.direction or b.direction:
                continue
            if cell.unit not in ("percent", "") or b.value == 0:
                continue
            if m.group("over") and cell.unit != "percent" and "." not in cell.text:
                continue  # "Wholesale/retail | 1,204": a row of two kinds together, not a ratio ("2.2")
            yield Relation(ID, _RATIO_OF_ROWS, {"a": a, "b": b, "r": cell},
                           f"{cell.text} ({row.label.strip()}, {header}) as {numerator.label.strip()} "
                           f"over {denominator.label.strip()}")


_RATIO_OF_ROWS = expr.parse("a / b == r")


def _cell_headed(row: Row, header: str) -> Figure | None:
    """The row's cell in the column headed `header`, when exactly one column is."""
    columns = [i for i, h in enumerate(row.headers) if h.strip() == header and i < len(row.cells)]
    return row.cells[columns[0]] if len(columns) == 1 else None


_WHOLE_REACH = 400  # characters between the whole's sentence and the table's first row
_SHARE_OF_WHOLE = expr.parse("a / w == p")
_SHARE_OF_WHOLE_IN_PERCENT_POINTS = expr.parse("a / w * 100 == p")  # a share column written without "%"


def _shares_of_a_whole_above(document: Document, figures: tuple[Figure, ...], rows: list[Row]) -> Iterator[Relation]:
    """A table with a column of counts (or amounts) and a column headed "Share" (or "%"), and no total
    row, under a sentence that states the whole the header of the counts names ("The ombudsman closed
    3,942 complaints ..." over "| Outcome | Complaints | Share |"): each share is its count over that whole."""
    prose = [f for f in figures if not is_table_row(document, f)]
    starts = [f.span.end for f in prose]
    olds = grammar.read(document, figures).bases  # the levels changes are measured from
    for table in by_table(rows):
        first = table[0]
        shares = [i for i, h in enumerate(first.headers) if heads_share_column(h)]
        if len(shares) != 1 or any(is_total_label(r.label) for r in table) or len(table) < 2:
            continue
        s_col = shares[0]
        counts = _count_columns(table, s_col)
        if len(counts) != 1 or not all(len(r.cells) > s_col and r.cells[s_col] is not None
                                       and r.cells[s_col].unit == "percent" for r in table):
            continue
        c_col = counts[0]
        k = bisect_right(starts, first.line) - 1
        # the sentence above may close on the change and the level it is from ("161,230 incidents, 3.4% fewer
        # than in the previous year (166,900)"): the whole is the level of now, not the old one
        while k > 0 and (prose[k].id in olds or prose[k].direction) and first.line - prose[k].span.end <= _WHOLE_REACH:
            k -= 1
        if k < 0 or first.line - prose[k].span.end > _WHOLE_REACH:
            continue
        whole = prose[k]
        header_words = set(lexicon.folded_words(first.headers[c_col]))
        cells = [r.cells[c_col] for r in table]
        if not header_words & set(lexicon.folded_words(whole.measure + " " + _words_after(document, whole))) \
                or whole.unit != cells[0].unit or whole.direction or any(c.value > whole.value for c in cells):
            continue  # the sentence above states another measure
        for row, cell in zip(table, cells):
            yield Relation(ID, _SHARE_OF_WHOLE, {"a": cell, "w": whole, "p": row.cells[s_col]},
                           f"{row.cells[s_col].text} ({row.label.strip()}) as {cell.text} of the {whole.text} "
                           "stated above the table")


def _count_columns(table: list[Row], share_column: int) -> list[int]:
    """The columns of a table, other than its share column, whose every row holds a count or amount
    (no percentage, no change): the columns its shares may be of."""
    headers = table[0].headers
    return [i for i, h in enumerate(headers) if i != share_column and h.strip()
            and all(len(r.cells) > i and r.cells[i] is not None and r.cells[i].unit != "percent"
                    and not r.cells[i].direction for r in table)]


def _shares_of_the_total_row(rows: list[Row]) -> Iterator[Relation]:
    """A table with a column of counts (or amounts), a column headed "Share" (or "%", "Share (%)") and a
    total row ("Total", "All"): each row's share is its count over the total row's count ("| North |
    41,200 | 32.1 |" over "| Total | 128,400 | 100.0 |"); the total row's share, when given, is 100."""
    for table in by_table(rows):
        first = table[0]
        shares = [i for i, h in enumerate(first.headers) if heads_share_column(h)]
        totals = [r for r in table if is_total_label(r.label)]
        if len(shares) != 1 or len(totals) != 1 or totals[0] is first or len(table) < 3:
            continue
        s_col, total = shares[0], totals[0]
        counts = _count_columns(table, s_col)
        if len(counts) != 1 or not all(len(r.cells) > s_col and r.cells[s_col] is not None
                                       and r.cells[s_col].kind in (Kind.PERCENT, Kind.NUMBER) for r in table):
            continue
        c_col, whole = counts[0], total.cells[counts[0]]
        if any(r.cells[c_col].value > whole.value for r in table):
            continue  # the counts are no parts of the total row's
        for row in table:
            if row is total:
                continue
            share = row.cells[s_col]
            expression = _SHARE_OF_WHOLE if share.unit == "percent" else _SHARE_OF_WHOLE_IN_PERCENT_POINTS
            yield Relation(ID, expression, {"a": row.cells[c_col], "w": whole, "p": share},
                           f"{share.text} ({row.label.strip()}) as {row.cells[c_col].text} of the total {whole.text}")


def _words_after(document: Document, f: Figure) -> str:
    """The few words after a figure, where its noun stands ("3,942 complaints")."""
    return document.text[f.span.end:f.span.end + 30].lower()


# ---- a table that ends on the rest ("All other categories"), under the total the text gives -------------
_REST_REACH = 2_000  # characters between the total's sentence and the table's first row


def _rest_rows_stated_above(document: Document, figures: tuple[Figure, ...], rows: list[Row]) -> Iterator[Relation]:
    """A table whose last row is the rest of its whole ("All other categories", "Rest of the world") lists
    all of it: each column headed by a period adds up to the total of that period the text states before
    the table, in a sentence whose words name what the rows count ("MPD made 19,263 arrests in 2024" over
    "| Arrest category | 2023 | 2024 |"). The total is the nearest such level, at least as large as every
    cell; the reading is sure when no other level of that period and noun stands in reach."""
    prose = [f for f in figures if not is_table_row(document, f)]
    starts = [f.span.end for f in prose]
    for table in by_table(rows):
        first, last = table[0], table[-1]
        if len(table) < 3 or not is_rest_label(last.label) or any(is_total_label(r.label) for r in table) \
                or any(r.sub for r in table) or any(len(r.cells) != len(first.cells) for r in table):
            continue
        # what the rows count: the header over their labels ("Arrest category"), or else the table's title
        noun = set(lexicon.folded_words(first.label_header or first.title)) - _MINOR_TABLE_WORDS
        if not noun:
            continue
        above = prose[bisect_left(starts, first.line - _REST_REACH):bisect_right(starts, first.line)]
        for i, header in enumerate(first.headers):
            period = header_period(header)
            cells = [r.cells[i] for r in table]
            if not period or any(c is None or not _summable(r, i, c) or c.unit != cells[0].unit
                                 for c, r in zip(cells, table)):
                continue
            wholes = [f for f in above if f.period == period and f.unit == cells[0].unit and not f.direction
                      and not f.qualifier and f.kind is cells[0].kind and f.value >= max(c.value for c in cells)
                      and noun & set(lexicon.folded_words(f.measure + " " + _words_after(document, f)))]
            if not wholes:
                continue
            whole = wholes[-1]
            names = {f"p{k}": c for k, c in enumerate(cells)}
            yield Relation(ID, expr.parse(" + ".join(names) + " == t"), {"t": whole, **names},
                           f"{whole.text} stated above the table as the sum of its {len(cells)} rows for {header.strip()}, "
                           f"the last of them the rest ({last.label.strip()})",
                           certain=len({w.value for w in wholes}) == 1)


_MINOR_TABLE_WORDS = frozenset(lexicon.FILLER_WORDS_OF_A_TABLE_LABEL)
