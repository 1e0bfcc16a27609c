"""`audit figures` as a table: readable at 80 and 120 columns, nothing cut that matters."""
from __future__ import annotations

import io
from decimal import Decimal

import pytest
from rich.console import Console

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.render import figures_table

from conftest import FIXTURES


def _render(path, width: int) -> str:
    document = Document(str(path), path.read_text(encoding="utf-8"))
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=False, no_color=True, highlight=False)
    figures_table.render([(document, extract_figures(document))], console)
    return out.getvalue()


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("name", ["employment-bulletin-2021.txt", "extraction/state-statistics-lakh-crore.txt"])
def test_table_fits_the_terminal_and_keeps_one_row_start_per_figure(name, width):
    path = FIXTURES / name
    output = _render(path, width)
    lines = output.splitlines()
    assert max(len(line) for line in lines) <= width
    figures = extract_figures(Document(str(path), path.read_text(encoding="utf-8")))
    # every figure starts a row with its line:column, so a reader can find it in the report
    for figure in figures:
        assert f"{figure.span.line}:{figure.span.column}" in output
    # the measure is the only column allowed to wrap: rows never split their numbers
    assert "new urban jobs" in output or "population" in output


def test_wide_table_shows_ids_kinds_and_qualifiers():
    output = _render(FIXTURES / "employment-bulletin-2021.txt", 120)
    assert "F1 " in output and "count" in output and "(about)" in output and "(more-than)" in output


def test_rounding_is_shown_relative_to_the_value():
    doc = Document("t.txt", "It created 484,000 jobs, more than 60,000 firms, exactly 2,685 posts and about 279,400 places.")
    shown = [figures_table.rounding(f) for f in extract_figures(doc)]
    assert shown == ["±500", "≥ 60,000", "exact", "±2,794"]


def test_values_read_like_the_report():
    assert figures_table._grouped(Decimal("3028000")) == "3.028 m"
    assert figures_table._grouped(Decimal("1386550000000")) == "1,386.55 bn"
    assert figures_table._grouped(Decimal("33406061")) == "33,406,061"
    assert figures_table._grouped(Decimal("-15.4")) == "-15.4"
