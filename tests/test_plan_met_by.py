"""A plan met 'by' (or 'in') a share, the plan named before or after it in the sentence
(grammar.links.plan_shares): "completed the annual plan by 91.7%", "fulfilled the annual goal in a
91.7%, being the goal of 45,000 homes". Written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("The county delivered 41,268 homes, with which it fulfilled the annual goal in a 91.7%, being the goal of "
     "45,000 homes.", Status.CONSISTENT),
    ("Against a target of 6,240 classrooms, the department built 5,418 and so completed the annual plan by 86.8%.",
     Status.CONSISTENT),
    ("Against a target of 6,240 classrooms, the department built 5,418 and so completed the annual plan by 96.8%.",
     Status.INCONSISTENT),
])
def test_a_plan_met_by_a_share(text, status):
    assert [s for s, _ in verdicts(text, "percent-of-plan")] == [status]


def test_a_share_met_by_with_no_plan_stated_relates_nothing():
    text = "The department built 5,418 classrooms and so completed the annual plan by 86.8%, the minister said."
    assert verdicts(text, "percent-of-plan") == []
