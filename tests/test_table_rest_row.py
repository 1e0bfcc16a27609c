"""A table whose last row is the rest of its whole ("All other categories", "Other", "Rest of the
world") lists all of it: each column headed by a period adds up to the total of that period the text
states above the table, in a sentence that names what the rows count (table_arithmetic). The texts
are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

TABLES = [
    ("The county libraries lent 41,200 books in 2022 and {total} books in 2023.\n\n"
     "| Book genre | 2022 | 2023 |\n|---|---|---|\n| Crime | 9,100 | 10,400 |\n| Romance | 6,300 | 6,900 |\n"
     "| Biography | 4,800 | 5,200 |\n| All other genres | 21,000 | 22,600 |\n", "45,100", "46,100"),
    ("Customs seized 3,350 shipments in 2021, and 2,980 shipments in 2020.\n\n"
     "| Origin of shipment | 2020 | 2021 |\n|---|---|---|\n| Port A | 1,210 | 1,400 |\n| Port B | 880 | 905 |\n"
     "| Rest of the ports | 890 | {last} |\n", "1,045", "1,145"),
]


def _sums(text: str) -> list:
    return [status for status, figures in verdicts(text, "table-arithmetic") if len(figures) >= 4]


def test_each_period_column_adds_up_to_the_total_stated_above():
    text, right, wrong = TABLES[0]
    assert _sums(text.format(total=right)) == [Status.CONSISTENT, Status.CONSISTENT]
    assert sorted(_sums(text.format(total=wrong)), key=str) == sorted([Status.CONSISTENT, Status.INCONSISTENT], key=str)


def test_a_wrong_cell_in_the_rest_row_is_an_error():
    text, right, wrong = TABLES[1]
    assert _sums(text.format(last=right)) == [Status.CONSISTENT, Status.CONSISTENT]
    assert Status.INCONSISTENT in _sums(text.format(last=wrong))


@pytest.mark.parametrize("text", [
    # no row of the rest: the rows may be a selection
    "The county libraries lent 46,100 books in 2023.\n\n| Book genre | 2023 |\n|---|---|\n| Crime | 10,400 |\n"
    "| Romance | 6,900 |\n| Biography | 5,200 |\n",
    # the sentence above counts another thing
    "The county libraries employed 46,100 readers' cards in 2023.\n\n| Book genre | 2023 |\n|---|---|\n"
    "| Crime | 10,400 |\n| Romance | 6,900 |\n| All other genres | 22,600 |\n",
    # the total stated is of another year than the column
    "The county libraries lent 46,100 books in 2021.\n\n| Book genre | 2023 |\n|---|---|\n| Crime | 10,400 |\n"
    "| Romance | 6,900 |\n| All other genres | 22,600 |\n",
])
def test_no_sum_without_the_rest_row_or_its_total(text):
    assert _sums(text) == []
