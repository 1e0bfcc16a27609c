"""A table whose header gives its cells' unit of measure in brackets, perhaps scaled ("(million
tonnes)", "('000 hectares)", "(MW)"): the cells are amounts of that unit, compared with the prose
figure that restates them (extract.figures._marker, checks.table_vs_text). Written here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "table-vs-text"

CAPACITY = """{sentence}

| Source (MW) | 2022 | 2023 |
|---|---|---|
| Wind | 1,180 | 1,420 |
| Solar | 640 | 910 |
"""

AREA = """{sentence}

| Province ('000 hectares) | 2021 | 2022 |
|---|---|---|
| Northern | 2,950 | 3,200 |
| Coastal | 1,100 | 1,150 |
"""


@pytest.mark.parametrize("text, found", [
    (CAPACITY.format(sentence="Installed wind capacity reached 1,240 MW in 2023, the grid operator said."),
     [(Status.INCONSISTENT, ("1,240 MW", "1,420"))]),
    (CAPACITY.format(sentence="Installed solar capacity reached 910 MW in 2023, the grid operator said."),
     [(Status.CONSISTENT, ("910 MW", "910"))]),
    (AREA.format(sentence="The irrigated area of the Northern province came to 3.2 million hectares in 2022."),
     [(Status.CONSISTENT, ("3.2 million hectares", "3,200"))]),
    (AREA.format(sentence="The irrigated area of the Northern province came to 2.3 million hectares in 2022."),
     [(Status.INCONSISTENT, ("2.3 million hectares", "3,200"))]),
])
def test_a_unit_in_the_header_is_the_unit_of_the_cells(text, found):
    assert verdicts(text, CHECK) == found


def test_a_figure_of_another_column_period_is_no_contradiction():
    text = CAPACITY.format(sentence="Installed wind capacity was 1,180 MW in 2022 and grew strongly after.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


def test_a_header_in_years_gives_no_unit():
    text = """The median age of wind turbines was 14 years in 2023.

| Source (years) | 2022 | 2023 |
|---|---|---|
| Wind | 12 | 13 |
"""
    assert verdicts(text, CHECK) == []
