"""A table's header says what its cells are in: a currency with a scale ("(R million)", "(US$ bn)",
"Rs crore", "€ '000") and each column's period ("Q2 2024", "2024 Q2", "H1 2023", "Jan-Mar 2024",
"FY2023/24"). Each form is read from a small table of its own, as plain text and as Markdown,
and `audit figures --format json` shows the unit, the scaled value and the period."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.sources import document_from_bytes

# (where the marker stands, the marker) -> the scale and currency it gives the cells
MARKERS = [
    ("header", "(R million)", Decimal(10) ** 6, "ZAR"),
    ("header", "(US$ bn)", Decimal(10) ** 9, "USD"),
    ("header", "Rs crore", Decimal(10) ** 7, "INR"),
    ("header", "€ '000", Decimal(10) ** 3, "EUR"),
    ("header", "(₹ lakh)", Decimal(10) ** 5, "INR"),
    ("header", "(EUR m)", Decimal(10) ** 6, "EUR"),
    ("header", "(£000)", Decimal(10) ** 3, "GBP"),
    ("header", "(Rs. in crore)", Decimal(10) ** 7, "INR"),
    ("header", "(billions of yen)", Decimal(10) ** 9, "JPY"),
    ("header", "(million rand)", Decimal(10) ** 6, "ZAR"),
    ("caption", "Revenue by segment (R million)", Decimal(10) ** 6, "ZAR"),
    ("caption", "Table 4: Receipts, US$ bn", Decimal(10) ** 9, "USD"),
    ("caption", "Spending (KSh million)", Decimal(10) ** 6, "KES"),
    ("label", "Exports (US$ bn)", Decimal(10) ** 9, "USD"),
]
PERIODS = [("Q2 2024", "Q1 2024", "2024-Q2", "2024-Q1"),
           ("2024 Q2", "2024 Q1", "2024-Q2", "2024-Q1"),
           ("2024-Q4", "2023-Q4", "2024-Q4", "2023-Q4"),
           ("H1 2023", "H1 2022", "2023-H1", "2022-H1"),
           ("Jan-Mar 2024", "Oct-Dec 2023", "2024-Q1", "2023-Q4"),
           ("FY2023/24", "FY2022/23", "FY2023-24", "FY2022-23"),
           ("2023/24", "2022/23", "FY2023-24", "FY2022-23")]


def _table(where: str, marker: str, first: str, second: str, markdown: bool) -> str:
    corner = marker if where == "header" else ""
    label = marker if where == "label" else "Exports"
    rows = [[corner, first, second], [label, "1,250.4", "1,100.2"], ["Imports", "830.1", "790.5"]]
    if where == "label":
        rows[2][0] = "Imports (US$ bn)"
    caption = marker if where == "caption" else "Trade and receipts"
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|---|--:|--:|"] + ["| " + " | ".join(r) + " |" for r in rows[1:]]
    else:
        lines = [" | ".join(c for c in rows[0] if c) if not corner else " | ".join(rows[0])] + [" | ".join(r) for r in rows[1:]]
    return f"{caption}\n\n" + "\n".join(lines) + "\n\nThe figures are provisional.\n"


def _cells(text: str, name: str):
    document = document_from_bytes(name, text.encode("utf-8"))
    return {f.text: f for f in extract_figures(document)}


@pytest.mark.parametrize("markdown", [False, True], ids=["txt", "md"])
@pytest.mark.parametrize("where, marker, scale, currency", MARKERS, ids=[m[1] for m in MARKERS])
def test_a_currency_and_scale_in_the_table_reach_its_cells(where, marker, scale, currency, markdown):
    cells = _cells(_table(where, marker, "2024", "2023", markdown), "t.md" if markdown else "t.txt")
    exports, imports = cells["1,250.4"], cells["790.5"]
    assert (exports.value, exports.unit, exports.period) == (Decimal("1250.4") * scale, currency, "2024")
    assert (imports.value, imports.unit, imports.period) == (Decimal("790.5") * scale, currency, "2023")
    assert exports.high - exports.low == Decimal("0.1") * scale  # the rounding is scaled too
    assert "000" not in cells and "0" not in cells  # the marker's zeros are no figure


@pytest.mark.parametrize("markdown", [False, True], ids=["txt", "md"])
@pytest.mark.parametrize("first, second, period_1, period_2", PERIODS, ids=[p[0] for p in PERIODS])
def test_each_column_takes_the_period_its_header_names(first, second, period_1, period_2, markdown):
    cells = _cells(_table("header", "(US$ bn)", first, second, markdown), "t.md" if markdown else "t.txt")
    assert [cells[t].period for t in ("1,250.4", "1,100.2", "830.1", "790.5")] == [period_1, period_2] * 2
    assert cells["1,100.2"].unit == "USD"


def test_audit_figures_shows_the_unit_scale_and_period(tmp_path):
    path = tmp_path / "receipts.md"
    path.write_text(_table("header", "Rs crore", "2024 Q2", "H1 2024", markdown=True), encoding="utf-8")
    result = CliRunner().invoke(main, ["figures", "--format", "json", "--no-config", str(path)])
    assert result.exit_code == 0, result.output
    figures = {f["text"]: f for f in json.loads(result.output)[0]["figures"]}
    assert (figures["1,250.4"]["value"], figures["1,250.4"]["unit"], figures["1,250.4"]["period"]) == \
        ("12504000000", "INR", "2024-Q2")
    assert (figures["790.5"]["value"], figures["790.5"]["period"]) == ("7905000000", "2024-H1")


@pytest.mark.parametrize("text", [
    "Exchange rates\n\n | 2024 | 2023\nYen | 151.2 | 140.5\nR | 18.4 | 18.2\n",  # a currency naming a row
    "Markets\n\nUS$ | 2024 | 2023\nGold | 2,386 | 1,943\n",  # a currency alone, unbracketed
    "Top stories\n\nTop 10 | 2024 | 2023\nViews | 1,204 | 1,187\n",  # a number in a header is no period
    "Output\n\nk | 2024 | 2023\nMills | 1,204 | 1,187\n",  # a one-letter scale needs a currency
])
def test_words_that_only_look_like_a_marker_leave_the_cells_as_they_are(text):
    for figure in extract_figures(Document("t.txt", text)):
        assert figure.unit == "" and figure.value == Decimal(figure.text.replace(",", "")), figure
        assert figure.period in ("2024", "2023")
