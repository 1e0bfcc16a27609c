"""`audit figures`: the figures the auditor read, as a table."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditor.document import Document
from auditor.model import Figure
from auditor.render.json_report import _decimal


def render(docs: list[tuple[Document, tuple[Figure, ...]]], console: Console) -> None:
    for doc, figures in docs:
        table = Table(title=Text(doc.path), title_justify="left")
        for column in ("id", "line:col", "text", "value", "interval", "unit", "kind", "measure", "period", "qual."):
            table.add_column(column, overflow="fold")
        for f in figures:
            low, high = _decimal(f.low), _decimal(f.high)
            table.add_row(f.id, f"{f.span.line}:{f.span.column}", Text(f.text), _decimal(f.value),
                          f"[{low if low is not None else '-∞'}, {high if high is not None else '∞'}]",
                          f.unit, f.kind.value, Text(f.measure), f.period,
                          f.qualifier + ("↓" if f.direction < 0 else "↑" if f.direction > 0 else ""))
        console.print(table)
