"""A table's row for all of a thing ("All households", "Total appeals") and its rows for a kind of that
thing, named by the same head noun and more words ("Households with children", "Appeals allowed"): column
by column, the kind is no more than all of it. Columns of changes, rows of rates or averages, and rows that
count another thing are not read. The tables are invented here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT
CHECK = "part-exceeds-whole"

HOUSEHOLDS = ("Household survey results.\n\n| Group | 2022 | 2023 | Change |\n|---|---|---|---|\n"
              "| All households | 12,400 | 12,900 | +500 |\n| Households with children | 4,100 | {kids} | +{gain} |\n"
              "| Persons in households | 31,000 | 32,500 | +1,500 |\n")


def found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.value, figures) for s, figures in verdicts(text, CHECK)]


def test_each_column_of_a_kind_is_within_the_row_for_all():
    assert found(HOUSEHOLDS.format(kids="4,300", gain="200")) == [
        ("consistent", ("4,100", "12,400")), ("consistent", ("4,300", "12,900"))]
    assert ("inconsistent", ("14,300", "12,900")) in found(HOUSEHOLDS.format(kids="14,300", gain="10,200"))


@pytest.mark.parametrize("table, status", [
    ("| Item | 2023 |\n|---|---|\n| All appeals | 4,210 |\n| Appeals allowed | 5,130 |\n", ERROR),
    ("| Item | 2023 |\n|---|---|\n| All appeals | 4,210 |\n| Appeals allowed | 3,130 |\n", OK),
    ("| Port | Tonnes |\n|---|---|\n| Total cargo handled | 81,000 |\n| Cargo that was containerised | 92,500 |\n", ERROR),
])
def test_a_kind_named_by_the_same_noun(table, status):
    assert [s for s, _ in verdicts(table, CHECK)] == [status]


@pytest.mark.parametrize("table", [
    # a rate per judge and an average are no parts
    "| Item | 2023 |\n|---|---|\n| All appeals | 4,210 |\n| Appeals per judge | 9,900 |\n| Average appeals | 9,950 |\n",
    # another thing counted (persons, not households); a cost of the staff
    "| Item | 2023 |\n|---|---|\n| All households | 500 |\n| Persons in households | 1,300 |\n| Total staff | 40 |\n"
    "| Staff costs | 900 |\n",
    # index levels (no unit, decimals) do not add up: a sector's index may exceed all sectors'
    "| Sector | Aug 2024 |\n|---|---:|\n| Online retailing | 168.5 |\n| All retailing | 112.4 |\n",
    # a change column: a kind may grow by more than all of it
    "| Group | 2022 | 2023 | Change |\n|---|---|---|---|\n| All households | 12,400 | 12,500 | 100 |\n"
    "| Households with children | 4,100 | 4,400 | 300 |\n",
])
def test_decoys_stay_quiet(table):
    assert [s for s, _ in verdicts(table, CHECK) if s is ERROR] == []
