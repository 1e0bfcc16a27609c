"""Members named after a comparison with a mark, each with its figure in brackets, lie on the side of the mark the
comparison gives ("grew faster than the national average (of 7%) in the West Midlands (11%) and Greater Manchester
(12%)"). The sentences are written here; each broken version is an error and each decoy stays quiet."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT


@pytest.mark.parametrize("text, expected", [
    ("Ridership grew faster than the national average (of 7%) in Leeds (11%), Bristol (12%) and Hull (9%).",
     [(OK, ("11%", "7%")), (OK, ("12%", "7%")), (OK, ("9%", "7%"))]),
    ("Ridership grew faster than the national average of 7% in Leeds (11%), Bristol (5%) and Hull (9%).",
     [(OK, ("11%", "7%")), (ERROR, ("5%", "7%")), (OK, ("9%", "7%"))]),
    ("Unemployment was above the national rate of 5.2% in Cork (6.1%) and Limerick (4.9%).",
     [(OK, ("6.1%", "5.2%")), (ERROR, ("4.9%", "5.2%"))]),
    ("Waiting times were below the regional median of 41 days in Ards (38 days) and Down (44 days).",
     [(OK, ("41 days", "38 days")), (ERROR, ("41 days", "44 days"))]),
])
def test_members_lie_on_the_side_of_the_mark_the_comparison_gives(text, expected):
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize("text", [
    # the bracket holds no member's figure of the mark's unit
    "Growth was faster than the national average of 7% in 2023 (a record).",
    "Unemployment was above the national rate of 5.2% in Cork (population 210,000).",
    # a figure after the list is no member: it has a clause of its own
    "Prices rose faster than the euro-area average of 3% in May (4.1%); wages rose 2.4% in June.",
])
def test_no_member_without_its_bracketed_figure_of_the_marks_unit(text):
    assert ERROR not in [status for status, _ in verdicts(text, "comparison")]
    assert all("2.4%" not in figures and "210,000" not in figures for _, figures in verdicts(text, "comparison"))
