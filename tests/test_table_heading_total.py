"""A figure in prose named by a table's heading: the row of the heading's measure itself, its total row
("All workers", "Total", "All-items"), holds it (checks.table_vs_text, grammar.tables.RowIndex.named_by_title). Written here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "table-vs-text"
TABLE = ("Regional unemployment rate and its groups, %\n"
         "(columns: Q1 2024 | Q2 2024)\n\n"
         "All workers | 6.1 | 5.8\n"
         "Young workers | 12.3 | 11.9\n"
         "Older workers | 4.2 | 4.0\n\n")


@pytest.mark.parametrize("prose, status", [
    ("The regional unemployment rate fell to 5.8% in Q2 2024, the bureau said.", Status.CONSISTENT),
    ("The regional unemployment rate fell to 5.3% in Q2 2024, the bureau said.", Status.INCONSISTENT),
    ("In Q1 2024 the rate of regional unemployment was 6.1%.", Status.CONSISTENT),
])
def test_a_figure_named_by_the_heading_restates_the_total_row(prose, status):
    assert [s for s, _ in verdicts(TABLE + prose, CHECK)] == [status]


@pytest.mark.parametrize("prose", [
    # a group's row named by its label: not the total's
    "The unemployment rate of young workers in the region fell to 11.9% in Q2 2024.",
    # the nation's rate is not the heading's regional one
    "The national unemployment rate fell to 5.3% in Q2 2024.",
])
def test_other_rates_are_not_the_headings_total(prose):
    found = verdicts(TABLE + prose, CHECK)
    assert Status.INCONSISTENT not in [s for s, _ in found]
    assert all("5.3%" not in figures and "11.9%" not in figures or "11.9" in figures for _, figures in found)
