"""A share in the prose whose clause after it ("74% of patients were seen within 18 weeks") holds every
word of one table row's label ("Patients seen within 18 weeks") restates that row's cell for the period
it names (checks.table_vs_text). A clause of another group, or words two labels share, name no row. The
texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status

CHECK = "table-vs-text"

TABLE = ("Clinic waiting times, 2024\n\n| Indicator | 2023 | 2024 |\n|---|---|---|\n"
         "| Patients seen within 18 weeks | 68% | 71% |\n| Clinics open on Saturdays | 12 | 15 |\n\n")

TOLD = [
    (TABLE + "In 2024, {} of patients were seen within 18 weeks, three points more than in 2023.\n", "71%", "74%"),
    ("Ferry services, 2022\n\n| Measure | 2021 | 2022 |\n|---|---|---|\n| Sailings departing on time | 88.2% | 90.4% |\n"
     "| Routes operated | 14 | 15 |\n\nIn 2022, {} of sailings were departing on time, the operator said.\n",
     "90.4%", "94.0%"),
]


@pytest.mark.parametrize("text, right, wrong", TOLD)
def test_a_share_restates_the_row_its_clause_names(text, right, wrong):
    assert Status.CONSISTENT in statuses(text.format(right), CHECK)
    assert errors(text.format(wrong), CHECK)


DECOYS = [
    TABLE + "In 2024, 74% of children were seen within 18 weeks, the board said.\n",
    ("Clinic waiting times, 2024\n\n| Indicator | 2023 | 2024 |\n|---|---|---|\n"
     "| Patients seen within target (urgent) | 68% | 71% |\n| Patients seen within target (routine) | 52% | 57% |\n\n"
     "In 2024, 64% of patients were seen within target, the board said.\n"),
]


@pytest.mark.parametrize("text", DECOYS)
def test_another_group_or_an_ambiguous_label_names_no_row(text):
    assert not errors(text, CHECK)
