"""A table whose rows are successive periods, with a level column and a change column on its right
("| 2013 | 7.78 | -1.8% |" under "| Year | Litres per head | Change on previous year |"): each row's change is
from the level in the row of the period before (table-arithmetic). The tables are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import statuses, verdicts
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED


def table(header: str, *rows: str) -> str:
    return "Ferry passengers by year.\n\n" + "\n".join([header, "|---|---|---|", *rows]) + "\n"


def test_rows_of_years_change_on_the_row_above():
    text = table("| Year | Passengers | Change on previous year |",
                 "| 2021 | 41,200 | |", "| 2022 | 44,900 | 9.0% |", "| 2023 | 43,100 | -4.0% |")
    assert sorted(verdicts(text, "table-arithmetic")) == sorted([(OK, ("9.0%", "44,900", "41,200")),
                                                                  (OK, ("-4.0%", "43,100", "44,900"))])


def test_a_changed_level_the_change_column_was_not_recomputed_for():
    text = table("| Year | Passengers | % change |",
                 "| 2021 | 41,200 | |", "| 2022 | 46,900 | 9.0% |", "| 2023 | 43,100 | -4.0% |")
    assert ("9.0%", "46,900", "41,200") in [f for s, f in verdicts(text, "table-arithmetic") if s is ERROR]
    # the next row's change is from the wrong level too: -8.1%, not -4.0%
    assert ("-4.0%", "43,100", "46,900") in [f for s, f in verdicts(text, "table-arithmetic") if s is ERROR]


def test_a_change_column_without_signs_gives_sizes():
    text = table("| Year | Passengers | Change (%) |",
                 "| 2021 | 41,200 | |", "| 2022 | 44,900 | 9.0 |", "| 2023 | 43,100 | 4.0 |")
    assert statuses(text, "table-arithmetic") == [OK, OK]


@pytest.mark.parametrize("header, status", [
    ("Change on previous month", ERROR),
    ("Change on month (%)", ERROR),
    # a month's bare "% change" may be on the month or on the year: only undetermined
    ("% change", UNDETERMINED),
])
def test_rows_of_months(header, status):
    text = table(f"| Month | Index | {header} |",
                 "| Jan 2024 | 110.2 | |", "| Feb 2024 | 109.6 | -0.5 |", "| Mar 2024 | 110.5 | 1.8 |")
    assert statuses(text, "table-arithmetic") == [OK, status]


def test_a_months_year_on_year_change_is_from_the_row_a_year_before():
    rows = [f"| {m} 2023 | {v} | |" for m, v in (("Jan", "100.0"), ("Feb", "101.0"), ("Mar", "102.0"), ("Apr", "103.0"),
                                                ("May", "104.0"), ("Jun", "105.0"), ("Jul", "106.0"), ("Aug", "107.0"),
                                                ("Sep", "108.0"), ("Oct", "109.0"), ("Nov", "110.0"), ("Dec", "111.0"))]
    text = table("| Month | Index | Year on year (%) |", *rows, "| Jan 2024 | 104.0 | 4.0 |", "| Feb 2024 | 104.5 | 1.5 |")
    assert sorted(verdicts(text, "table-arithmetic")) == sorted([(OK, ("4.0", "104.0", "100.0")),
                                                                  (ERROR, ("1.5", "104.5", "101.0"))])


@pytest.mark.parametrize("text", [
    # rows of places, one period: a change column of each place's own change, its old level not given
    table("| Region | Passengers | Change (%) |", "| North | 41,200 | 3.1 |", "| South | 44,900 | 9.0 |"),
    # a change from a fixed time, not the row before
    table("| Year | Passengers | Change since 2010 (%) |", "| 2021 | 41,200 | 12.0 |", "| 2022 | 44,900 | 15.0 |"),
    # rows five years apart: no row holds the year before
    table("| Year | Passengers | % change |", "| 2015 | 41,200 | 3.0 |", "| 2020 | 44,900 | 2.0 |"),
])
def test_no_series_change(text):
    assert statuses(text, "table-arithmetic") == []
