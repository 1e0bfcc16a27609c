"""A change said with no level, then the two levels it runs between in the next sentence, the earlier marked as such
(grammar.links.levels_of_a_rate_in_the_next_sentence): read for a rate of change and, as well, for an amount of
change ("hires rose by 1,900") and for points of a rate ("fell by 1.1 percentage points"). The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures, status", [
    ("Hires rose by 1,900 this year. They totalled 16,212, compared with 14,312 a year earlier.",
     ("16,212", "14,312", "1,900"), Status.CONSISTENT),
    ("Hires rose by 2,900 this year. They totalled 16,212, compared with 14,312 a year earlier.",
     ("16,212", "14,312", "2,900"), Status.INCONSISTENT),
    ("Hires rose by 2,900 this year. Hires totalled 16,212, compared with 14,312 a year earlier.",
     ("16,212", "14,312", "2,900"), Status.INCONSISTENT),
    ("The jobless rate fell by 1.1 percentage points in 2024. It was 5.2% in 2023 and 4.1% in 2024.",
     ("4.1%", "5.2%", "1.1 percentage points"), Status.CONSISTENT),
    ("The jobless rate fell by 2.1 percentage points in 2024. It was 5.2% in 2023 and 4.1% in 2024.",
     ("4.1%", "5.2%", "2.1 percentage points"), Status.INCONSISTENT),
])
def test_a_change_said_alone_runs_between_the_levels_of_the_next_sentence(text, figures, status):
    assert (status, figures) in verdicts(text, "difference")


@pytest.mark.parametrize("text", [
    # the levels of another measure
    "Hires rose by 2,900 this year. Resignations totalled 16,212, compared with 14,312 a year earlier.",
    "The jobless rate fell by 2.1 percentage points in 2024. Youth unemployment was 15.2% in 2023 and 14.1% in 2024.",
    # the next sentence has a change of its own
    "Hires rose by 2,900 this year. They totalled 16,212, up 1,900 on the 14,312 of a year earlier.",
    # no level marked as the earlier one
    "Hires rose by 2,900 this year. Permanent hires totalled 16,212 and temporary ones 14,312.",
])
def test_levels_the_change_is_not_between_are_left_alone(text):
    found = verdicts(text, "difference")
    assert not [v for v in found if v[0] is Status.INCONSISTENT and ("2,900" in v[1] or "2.1 percentage points" in v[1])]
