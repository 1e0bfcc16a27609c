"""A table of counts and their shares, with no total row, under a sentence that states the whole
its count column names: each share is its count over that whole (table_arithmetic)."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

TABLE = """{lead}

| {label} | {counts} | {share} |
|---|---|---|
| Approved | 2,318 | {first} |
| Refused | 1,104 | 21.9% |
"""


def share_verdicts(lead="The planning office decided 5,040 applications in 2024.", counts="Applications",
                   share="Share", first="46.0%") -> list:
    text = TABLE.format(lead=lead, label="Decision", counts=counts, share=share, first=first)
    return [status for status, figures in verdicts(text, "table-arithmetic") if len(figures) == 3]


@pytest.mark.parametrize("share", ["Share", "%", "Per cent", "Share of total"])
def test_each_share_is_its_count_over_the_whole_above(share):
    assert share_verdicts(share=share) == [Status.CONSISTENT, Status.CONSISTENT]


def test_a_share_that_is_not_its_count_over_the_whole_is_an_error():
    assert share_verdicts(first="52.0%") == [Status.INCONSISTENT, Status.CONSISTENT]


@pytest.mark.parametrize("lead, counts", [
    ("The planning office employed 5,040 staff in 2024.", "Applications"),  # the sentence counts another thing
    ("The planning office decided 5,040 applications in 2024.", "Appeals"),  # the column counts another thing
    ("The planning office decided 5,040 applications in 2024.\n\n" + "Some context. " * 40, "Applications"),  # far
])
def test_a_whole_that_is_not_the_columns_gives_nothing(lead, counts):
    assert share_verdicts(lead=lead, counts=counts) == []


def test_a_table_with_its_own_total_row_is_left_to_the_total():
    text = TABLE.format(lead="The planning office decided 5,040 applications in 2024.", label="Decision",
                        counts="Applications", share="Share", first="46.0%") + "| Total | 3,422 | 67.9% |\n"
    assert [s for s, figures in verdicts(text, "table-arithmetic") if len(figures) == 3
            and "5,040" in figures] == []
