"""A quarter written with its year short, the way analysts' tables head their columns ("3Q18", "3Q 2018",
"Q3'18"): a period, so a table with a column per quarter and a change column is read as one.
The tables are invented here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.extract.periods import find_periods
from auditor.model import Status


@pytest.mark.parametrize("text, period", [("3Q18 Volume", "2018-Q3"), ("3Q 2018", "2018-Q3"), ("Q3'18 sales", "2018-Q3"),
                                          ("2Q21 Share", "2021-Q2"), ("Q4-19", "2019-Q4")])
def test_a_quarter_with_a_short_year_is_a_period(text, period):
    assert [m.period for m in find_periods(text)] == [period]


@pytest.mark.parametrize("text", ["The 3Q engine", "Box 4Q", "a Q3 of 18 members"])
def test_a_quarter_word_without_a_year_next_to_it_is_no_dated_quarter(text):
    assert not [m for m in find_periods(text) if m.has_year]


def _table(change: str) -> str:
    return ("Tablet shipments by vendor (millions of units)\n\n"
            "Vendor | 2Q24 Units | 2Q24 Share | 2Q23 Units | 2Q23 Share | 2Q24/2Q23 Change\n"
            "Acme | 14.1 | 35.3% | 12.9 | 33.0% | 9.3%\n"
            f"Bolt | 9.8 | 24.5% | 10.4 | 26.6% | {change}\n"
            "Others | 16.1 | 40.3% | 15.8 | 40.4% | 1.9%\n"
            "Total | 40.0 | 100.0% | 39.1 | 100.0% | 2.3%\n")


def test_a_change_column_between_two_short_quarters_is_checked():
    assert any("-15.8%" in figures for figures in errors(_table("-15.8%"), "growth-rate"))
    found = verdicts(_table("-5.8%"), "growth-rate")
    assert len([s for s, _ in found if s is Status.CONSISTENT]) == 4, found
