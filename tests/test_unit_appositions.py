"""An amount told again after a comma and "or" in another unit of its dimension ("157 days, or 3,776 hours") is one
amount in two units: the engine converts one into the other and the two must agree. After ", or" the same unit (or
another dimension, or a second amount that goes on to its own span) gives another amount, not the same one."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status

CHECK = "same-measure-conflict"


@pytest.mark.parametrize("text, figures", [
    ("In 2022 the mill stood idle for 157 days, or 3,976 hours, of power cuts.", ("157 days", "3,976 hours")),
    ("The crossing took 9 days, or 251 hours, from port to port.", ("9 days", "251 hours")),
    ("The pilot scheme ran for 4 years, or 41 months, before it closed.", ("4 years", "41 months")),
    ("Delivery was delayed by 6 weeks, or 52 days, at the border.", ("6 weeks", "52 days")),
])
def test_an_amount_told_again_in_another_unit_is_converted_and_checked(text, figures):
    assert errors(text, CHECK) == [figures]


@pytest.mark.parametrize("text", [
    "In 2022 the mill stood idle for 157 days, or 3,770 hours, of power cuts.",
    "The crossing took 9 days, or 216 hours, from port to port.",
    "The pilot scheme ran for 4 years, or about 48 months, before it closed.",
])
def test_a_right_conversion_is_consistent(text):
    assert statuses(text, CHECK) == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    # ", or" before the same unit gives another amount
    "Licences run for 30 days, or 60 days for firms with more than 50 staff.",
    # another dimension: an alternative, not a restatement
    "Each parcel may weigh up to 30 kilograms, or 2 metres in length.",
    # the second amount goes on to its own span: a rate, not the same amount
    "Staff lost 3 hours a week, or 19 days a year, to the outages.",
    # no comma: "or" offers alternatives
    "The permit is valid for 90 days or 2,000 hours of flying.",
])
def test_amounts_after_or_that_are_not_the_same_amount_are_left_alone(text):
    assert errors(text, CHECK) == []
