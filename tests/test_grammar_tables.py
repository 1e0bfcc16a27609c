"""The one table model (auditor.grammar.tables): the rows of a document's tables, and what a header,
a label or a figure's line says. The tables and headers are written here; none is a report's."""
from __future__ import annotations

import pytest

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar import tables

_TABLE = """Households by tenure ('000)

| Tenure | 2023 | 2024 | Change |
|---|---|---|---|
| Owned | 1,204 | 1,250 | 46 |
| Rented | 640 | 655 | 15 |
| Total | 1,844 | 1,905 | 61 |

Owned homes rose to 1,250 thousand in 2024.
"""


def _read(text: str):
    document = Document(text=text, path="t.md")
    figures = tuple(extract_figures(document))
    return document, figures


def test_rows_headers_and_the_title_over_them():
    document, figures = _read(_TABLE)
    rows = tables.tables(document, figures)
    assert [r.label for r in rows] == ["Owned", "Rented", "Total"]
    assert rows[0].headers == ["2023", "2024", "Change"]
    assert "Households by tenure" in rows[0].title
    assert len(tables.by_table(rows)) == 1
    # the change column holds no level
    assert [i for i, _ in tables.level_cells(rows[0])] == [0, 1]


def test_a_figure_in_a_row_and_its_column_header():
    document, figures = _read(_TABLE)
    in_rows = [f for f in figures if tables.is_table_row(document, f)]
    prose = [f for f in figures if not tables.is_table_row(document, f)]
    assert prose and all(f.span.start > _TABLE.index("Owned homes") for f in prose)
    change = next(f for f in in_rows if f.text == "46")
    assert tables.table_header_cell(document, change) == "Change"
    assert tables.is_change_column(document, change)
    assert not tables.is_change_column(document, next(f for f in in_rows if f.text == "1,250"))


@pytest.mark.parametrize("header, change", [
    ("Change", True), ("% chg", True), ("2023 to 2024", True), ("Jan 12 vs Feb 12", True), ("+/-", True),
    ("2024", False), ("Residents", False), ("Share of total", False),
])
def test_a_change_column_header(header, change):
    assert tables.is_change_header(header) is change


def test_the_periods_a_change_header_spans():
    assert tables.span_periods("2023-24") == ("2023", "2024")
    assert tables.span_periods("Jan 12 to Feb 12") == ("2012-01", "2012-02")
    assert tables.span_periods("Change") is None
    assert tables.header_period("Q3") == ""
    assert tables.header_period("2019") == "2019"


@pytest.mark.parametrize("label, total", [
    ("Total", True), ("Grand total", True), ("All persons", True),
    ("All other", False), ("Total excluding energy", False), ("Totally new", False), ("Owned", False),
])
def test_a_total_label(label, total):
    assert tables.is_total_label(label) is total


def test_what_a_header_says_of_its_cells():
    assert tables.says_relative_change("% change") and not tables.says_relative_change("Change (pp)")
    assert tables.in_basis_points("Change (bps)") and not tables.in_basis_points("Change")
    assert tables.not_additive("Average price") and not tables.not_additive("Households")
    assert tables.heads_summable("Number of pupils") and not tables.heads_summable("Pupils")
    assert tables.heads_weights("Weight in the index") and not tables.heads_weights("Height")
    assert tables.says_scale("Revenue (thousands)") and tables.says_scale("2024/25 (m)")
    assert not tables.says_scale("Revenue")
    assert tables.says_percent("Unemployment rate") and not tables.says_percent("Unemployed")
    assert tables.names_a_change("Increase") and not tables.names_a_change("New fare")
    assert tables.heads_old_value("Existing fare") and tables.heads_new_value("New fare")
    assert not tables.heads_old_value("New fare")
    assert tables.heads_share_column("% of total") and not tables.heads_share_column("Total")
    assert tables.is_rest_label("All other categories") and not tables.is_rest_label("Burglary")


def test_labels_that_name_other_rows():
    ratio = tables.ratio_label("Net debt as a % of GDP")
    assert (ratio.group("num"), ratio.group("den")) == ("Net debt", "GDP")
    over = tables.ratio_label("Net borrowings/EBITDA (adjusted)")
    assert tables.trailing_qualifier(over.group("under")).group(1) == "(adjusted)"
    excluded = tables.exclusion("All-items excluding energy")
    assert (excluded.group("base"), excluded.group("rest")) == ("All-items", "energy")
    per = tables.per_base_header("Doctors per 10,000 residents")
    assert (per.group("a"), per.group("n"), per.group("b")) == ("Doctors", "10,000", "residents")
    assert tables.share_of_column_header("% of target").group("name") == "target"
    assert tables.heads_result("Achieved") and tables.heads_population("Residents")
