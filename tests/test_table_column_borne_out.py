"""A sentence whose measure has words the column's header lacks ("Complaints to the regulator" under "Complaints")
is shown to be the column's when it gives another period's level of that measure equal to the column's cell of
that period: a mismatch in the other period is then an error, not a question (table-vs-text). The texts are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

TABLE = "\n\n| Year | Complaints |\n|------|-----------|\n| 2021 | 15,990 |\n| 2022 | 14,250 |\n"


def _statuses(text: str) -> dict[str, Status]:
    return {figures[0]: s for s, figures in verdicts(text, "table-vs-text")}


@pytest.mark.parametrize("prose, status", [
    # the old level equals the column's 2021 cell: the column counts complaints to the regulator
    ("Complaints to the regulator fell to 14,205 in 2022 from 15,990 a year earlier.", Status.INCONSISTENT),
    ("Complaints to the regulator fell to 14,250 in 2022 from 15,990 a year earlier.", Status.CONSISTENT),
    ("In 2022 the regulator received 14,205 complaints about its members, down from 15,990 complaints in 2021.",
     Status.INCONSISTENT),
])
def test_a_level_of_the_other_period_equal_to_its_cell_bears_out_the_column(prose, status):
    found = _statuses(prose + TABLE)
    assert found[[k for k in found if k.startswith("14,2")][0]] is status


@pytest.mark.parametrize("prose", [
    # no other period's level: complaints to the regulator may be a part of all complaints
    "Complaints to the regulator fell to 14,205 in 2022.",
    # the other period's level disagrees with its cell too: the column may be another measure's
    "Complaints to the regulator fell to 14,205 in 2022 from 15,880 a year earlier.",
    # the equal level is in another sentence, of its own measure
    "Complaints to the regulator fell to 14,205 in 2022. All complaints numbered 15,990 in 2021.",
])
def test_without_the_other_periods_cell_borne_out_a_narrower_measure_is_a_question(prose):
    assert Status.INCONSISTENT not in _statuses(prose + TABLE).values()
