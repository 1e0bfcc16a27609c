"""A column of shares of one whole in a table with a total row (checks.table_arithmetic._share_of_all): the
header names the shares ("Market share", "% of total", "Distribution"), so the rows add up to the total row's
cell whatever value it shows, not only when it shows 100. A column headed by "share" alone may hold a rate
within each row ("Urban share") and adds nothing up. The tables are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

_SHARES = """Shipments by vendor

Vendor | Units (m) | {header}
Alpha | 72.2 | 20.3%
Beta | 52.0 | 14.6%
Others | 231.0 | 65.1%
Total | 355.2 | {total}
"""


@pytest.mark.parametrize("header", ["Market share", "% of total", "Distribution (%)"])
@pytest.mark.parametrize("total, status", [("100.0%", Status.CONSISTENT), ("125.0%", Status.INCONSISTENT),
                                           ("80.0%", Status.INCONSISTENT)])
def test_a_share_column_adds_up_to_its_total_row(header, total, status):
    found = verdicts(_SHARES.format(header=header, total=total), "table-arithmetic")
    assert (status, (total, "20.3%", "14.6%", "65.1%")) in found


def test_rates_within_each_row_add_nothing_up():
    table = """Urbanisation by region

Region | Population | Urban share
North | 1,200 | 40.0%
South | 800 | 70.0%
Total | 2,000 | 52.0%
"""
    assert [figures for _, figures in verdicts(table, "table-arithmetic") if "52.0%" in figures] == []
