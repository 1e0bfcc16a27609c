"""A figure against the table of published values (`audit --data official.csv`)."""
from __future__ import annotations

from typing import Iterator

from auditor.checks.base import Check
from auditor.document import Document
from auditor.model import Figure, Relation, Severity

ID = "data-table-mismatch"
NO_ROW_ID = "data-table-no-row"
DOC = """\
## What it checks
With `--data TABLE`, each figure the report states as the value of a measure for a
group and a period ("the unemployment rate for women was 4.4% in the second quarter
of 2024") against the table's row for the same measure, group and period. Both
stand for the interval their rounding allows: the table's value at the precision
it is published at (its `decimals` column, else as written), the report's as
written. They must meet. Measures are matched by name, and through the `aliases`
of the rule packs in play ("jobs created" and the table's `NEW_JOBS`).

## Why it matters
A report is typed from a spreadsheet that is revised after the text is drafted, or
from last month's file. The statistical database is what users download and
compare: a figure in the release that differs from it is a published error.

## Example
The table has `new urban jobs, 2021, 484000`; the report says "795,000 new urban
jobs by the end of 2021".

## Fix
Copy the figure again from the table (or correct the table, if it is the one that
is wrong), and check the period and group the sentence gives it.
"""

NO_ROW_DOC = """\
## What it checks
With `--data TABLE`, a figure of a measure the table publishes, for a group or
period the table has no row for. It is reported as undetermined (a note): the
figure cannot be checked, which is worth knowing before it is published.

## Why it matters
A figure that matches no row often has the wrong period ("2022" for "2021") or a
group the table does not break down, or it is the one figure not copied from the
database.

## Example
The table has rows for new urban jobs in 2020 and 2021; the report gives new urban
jobs for 2022.

## Fix
Check the period and group of the figure; add the row to the table if it is
missing there.
"""


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    """Nothing from a document alone: the table's relations come from `relations_against`,
    which the audit runs when --data gives a table."""
    return iter(())


def relations_against(index, names, statements, table_path: str):
    """(the relations between each statement and its table row, the statements of a measure
    the table publishes but of a group or period it has no row for). `index` maps a key
    (auditor.checks.elsewhere) to its row; `names` is the run's MeasureNames."""
    from auditor.checks.elsewhere import described, same_value, statement_key
    from auditor.model import Figure, Kind, Place, Span

    measures = {(key[0], key[3]) for key in index}  # (measure, unit): "115.3% of the plan" is not the count
    relations, unmatched = [], []
    for statement in statements:
        key = statement_key(names, statement)
        row = index.get(key)
        if row is None:
            if (key[0], key[3]) in measures:
                unmatched.append(statement)
            continue
        here = statement.figure
        shown = published_text(row)
        published = Figure(f"row{row.line}", shown, Span(0, 0, row.line, row.column), row.value, row.low,
                           row.high, row.unit, Kind.COUNT if here.kind is Kind.NUMBER else here.kind,
                           here.measure, row.period)
        what = described(statement, key)
        place = Place(table_path, row.line, row.column, row.text, f"the table's row for {row.measure}")
        relations.append(same_value(ID, here, published, place, f"{what} against {table_path}",
                                    f"{what}: {here.text} here, but the table gives {shown}"))
    return relations, unmatched


def published_text(row) -> str:
    """The table's value as a reader writes it: "484,000", "4.3%", "1,200,000,000 CNY"."""
    from auditor.quantity import UNIT_LABELS

    number = f"{row.value:,f}" if row.value == row.value.to_integral_value() or abs(row.value) >= 1000 else f"{row.value:f}"
    label = UNIT_LABELS.get(row.unit, f" {row.unit}" if row.unit else "")
    return number + label


def no_row_findings(unmatched, index, names, table_path: str):
    """An undetermined note for each statement of a measure the table has, in a group or period it has not."""
    from auditor.checks.elsewhere import described, statement_key
    from auditor.model import Finding, Status

    periods: dict[tuple[str, str], set[str]] = {}
    for measure, group, period, unit in index:
        periods.setdefault((measure, unit), set()).add(period)
    out = []
    for statement in unmatched:
        f = statement.figure
        key = statement_key(names, statement)
        has = ", ".join(sorted(periods.get((key[0], key[3]), ())))
        what = f"{described(statement, key)} in {f.unit or 'counts'}"
        reason = f"{table_path} has no row for {what}; it has this measure for {has}"
        out.append(Finding(NO_ROW_ID, Status.UNDETERMINED, Severity.NOTE, f"{f.text}: {reason}", (f,),
                           stated=f.text, headline=f"{f.text}: no row of the table to check it against",
                           relation=f"{what} against {table_path}", notes=(reason,)))
    return out


CHECK = Check(ID, "A figure differs from the published table's value for the same measure, group and period "
                  "(with --data).", DOC, find, needs="--data")
NO_ROW_CHECK = Check(NO_ROW_ID, "A figure of a measure the published table has, for a group or period it has no "
                                "row for (with --data).", NO_ROW_DOC, find, Severity.NOTE, "--data")
