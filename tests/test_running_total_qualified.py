"""A running total whose noun takes prepositional phrases naming what it counts, where, or since when
("bringing the total number of cases in the province to 9,860", "taking the death toll from the floods
to 311", "lifting its tally of arrivals since January to 15,900"): the amount added before it is no more
than the total it brings. Amounts moved between two figures ("bringing the rate from 61% to 68%") are a
move, and stay unread as a running total."""
from __future__ import annotations

import pytest

from _reading import statuses
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT


@pytest.mark.parametrize("text, status", [
    ("The ministry confirmed 412 new infections on Monday, bringing the total number of cases in the province to 9,860.", OK),
    ("The ministry confirmed 4,120 new infections on Monday, bringing the total number of cases in the province to 3,860.", ERROR),
    ("Some 640 migrants landed on Tuesday, bringing the count of arrivals on the island since January to 15,900.", OK),
    ("Some 6,400 migrants landed on Tuesday, bringing the count of arrivals on the island since January to 5,900.", ERROR),
    ("Police made 1,400 arrests during the operation, taking the tally of detainees from the crackdown to 1,150.", ERROR),
    ("The company hired 310 engineers in the quarter, raising the headcount of its research division to 4,020.", OK),
    ("The company hired 3,100 engineers in the quarter, raising the headcount of its research division to 2,020.", ERROR),
])
def test_an_amount_is_no_more_than_a_qualified_running_total(text, status):
    assert statuses(text, "part-exceeds-whole") == [status]


@pytest.mark.parametrize("parts, status", [("173 people", "192"), ("173 people", "150")])
def test_amounts_listed_before_a_qualified_toll_add_up_to_no_more_than_it(parts, status):
    text = f"Floods have killed {parts} across the state and landslides another 19, bringing this year's toll " \
           f"from rain-related incidents to {status}."
    assert statuses(text, "part-exceeds-whole") == ([Status.CONSISTENT] if status == "192" else [Status.INCONSISTENT])


@pytest.mark.parametrize("text", [
    "Some 212 students passed the exam, bringing the pass rate from 61% to 68%.",
    "Officials counted 2,300 visitors on Sunday, bringing the number of visitors from 4,100 to 6,400.",
    "The firm sold 1,200 cars in May, raising its share of the market in the region to 14%.",
])
def test_no_running_total_across_a_move_or_of_another_unit(text):
    assert Status.INCONSISTENT not in statuses(text, "part-exceeds-whole")
