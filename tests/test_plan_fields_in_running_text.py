"""A plan written as fields of a label and a colon in running text (grammar.lists.plans_of_fields): a target's field
("Target:", "Pledged:", "Promised:"), then the result's field with its share of the target after it, in brackets or
after ", or": "Pledged: 500 new classrooms. Delivered: 512 (102.4%)." A target's field is set by decision, so its
zeros are exact. The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status

WRONG = [
    ("The governor's programme. Pledged: 500 new classrooms. Delivered: 512 (112.4%). Furniture is due in January.",
     ("512", "500", "112.4%")),
    ("Target: 6,240 homes; completed: 5,418 (96.8%).", ("5,418", "6,240", "96.8%")),
    ("Rural water points, 2023. Promised: 1,200. Built: 1,050, or 97.5% of the promise.",
     ("1,050", "1,200", "97.5%")),
    ("Goal: 40,000 vaccinations. Achieved: 38,100 (85.3%). The campaign ends in March.",
     ("38,100", "40,000", "85.3%")),
]


@pytest.mark.parametrize("text, figures", WRONG)
def test_a_result_field_with_its_share_of_the_target_field(text: str, figures: tuple[str, ...]) -> None:
    assert [tuple(sorted(found)) for found in errors(text, "percent-of-plan")] == [tuple(sorted(figures))]


@pytest.mark.parametrize("text", [
    "The governor's programme. Pledged: 500 new classrooms. Delivered: 512 (102.4%). Furniture is due in January.",
    "Target: 6,240 homes; completed: 5,418 (86.8%).",
])
def test_the_fields_agree(text: str) -> None:
    assert statuses(text, "percent-of-plan") == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    # the bracket is a change, not the share of the target
    "Target: 500 new classrooms. Delivered: 512 (up 12.4%).",
    # no target field: two results
    "Enrolled: 500 pupils. Delivered: 512 (12.4%).",
    # the label is a clause, not a field's
    "The target that the county set for itself in 2019 under the national plan: 500. Delivered: 512 (112.4%).",
    # a new passage in between
    "Pledged: 500 new classrooms.\n\nA separate programme. Delivered: 512 (112.4%).",
])
def test_no_plan_without_a_target_field_and_a_result_field_with_its_share(text: str) -> None:
    assert errors(text, "percent-of-plan") == []
