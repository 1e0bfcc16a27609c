"""A table row labelled as one row over another ("Operating margin as a % of revenue",
"Net debt/EBITDA") states, in each period column, the ratio of those rows' cells."""
from __future__ import annotations

import pytest

from auditor.model import Status
from tests._reading import verdicts

TABLE = """Key figures (in millions)

| Item | 2024 | 2023 | Change |
|---|---|---|---|
| Sales | 12,400 | 11,800 | 5.1% |
| Operating income | 1,860 | 1,652 | 12.6% |
| Net borrowings | 3,100 | 3,420 | (9.4%) |
| EBITDA | 2,480 | 2,280 | 8.8% |

Ratios

| Item | 2024 | 2023 | Change |
|---|---|---|---|
| {label} | {new} | {old} | {change} |
"""


def ratio_verdicts(label: str, new: str, old: str, change: str = "0.1") -> list:
    found = verdicts(TABLE.format(label=label, new=new, old=old, change=change), "table-arithmetic")
    operands = {"12,400", "11,800", "1,860", "1,652", "3,100", "3,420", "2,480", "2,280"}
    return [(status, texts) for status, texts in found if (new in texts or old in texts) and operands & set(texts)]


@pytest.mark.parametrize("label, new, old", [
    ("Operating income as a % of sales", "15.0%", "14.0%"),
    ("Operating income as a percentage of sales", "15.0%", "14.0%"),
    ("Net borrowings/EBITDA", "1.25", "1.50"),
    ("Net borrowings / EBITDA", "1.25", "1.50"),
    ("Net/EBITDA", "1.25", "1.50"),  # a name may begin a row's label ("Net" -> "Net borrowings")
])
def test_each_period_column_holds_the_ratio_of_the_named_rows(label, new, old):
    assert ratio_verdicts(label, new, old) == [(Status.CONSISTENT, ("1,860", "12,400", new)) if "%" in new else
                                               (Status.CONSISTENT, ("3,100", "2,480", new)),
                                               (Status.CONSISTENT, ("1,652", "11,800", old)) if "%" in new else
                                               (Status.CONSISTENT, ("3,420", "2,280", old))]


def test_a_wrong_ratio_is_an_error_in_its_column_only():
    found = ratio_verdicts("Operating income as a % of sales", "16.0%", "14.0%")
    assert [status for status, _ in found] == [Status.INCONSISTENT, Status.CONSISTENT]


@pytest.mark.parametrize("label, new, old", [
    ("Operating income as a % of assets", "15.0%", "14.0%"),  # no row is "assets"
    ("Sales/EBITDA", "5,000", "4,000"),  # whole numbers under a slash: two kinds in one row
    ("Operating margin", "15.0%", "14.0%"),  # names no rows
])
def test_rows_that_name_no_two_rows_give_nothing(label, new, old):
    assert ratio_verdicts(label, new, old) == []
