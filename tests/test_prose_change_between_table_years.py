"""A rate of change the prose gives between two years whose levels are cells of a table of year rows
(table-vs-text). The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

TABLE = "\n\n| Year | Exports (tonnes) | Imports (tonnes) |\n|---|---|---|\n| 2019 | 1,041 | 523 |\n| 2023 | 1,166 | 471 |\n"


@pytest.mark.parametrize("prose, status", [
    ("In 2023 exports were 12% above their 2019 level.", Status.CONSISTENT),
    ("In 2023 exports were 21% above their 2019 level.", Status.INCONSISTENT),
    ("Imports fell 5% in 2023 and have fallen 10% since 2019.", Status.CONSISTENT),
    ("Imports fell 5% in 2023 and have fallen 20% since 2019.", Status.INCONSISTENT),
])
def test_a_change_between_two_years_of_a_table_column_its_measure_heads(prose, status):
    found = [s for s, figures in verdicts(prose + TABLE, "table-vs-text") if figures[0].endswith("%")]
    assert found == [status]


@pytest.mark.parametrize("prose", [
    "In 2023 wages were 21% above their 2019 level.",  # no column of the measure
    "Exports were 21% above their 2019 level.",  # the clause names no year of its own
    "In 2023 exports were 21% above their 2017 level.",  # no row of the year it is measured against
])
def test_no_change_between_table_years(prose):
    assert [s for s, figures in verdicts(prose + TABLE, "table-vs-text") if figures[0].endswith("%")] == []
