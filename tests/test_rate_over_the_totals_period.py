"""A total over a period restated as a rate per day, week or month: in apposition after the total
(", or 58 tonnes a day", ", about 420 calls a week"), or opening the next sentence ("That works out at
..."), with or without the word "average"; the span's length is the total's own period when no words
give it ("in March 2023": 31 days; "in the first quarter of 2022": 90 days, 13 weeks) (grammar.links.
averages_over_a_span). A rate set against another ("58 tonnes a day more than"), a figure of one day,
or February with no year stays apart. The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status

CHECK = "ratio"

# (text, the rate that fits, a wrong one)
RATES = [
    ("The mill ground 1,450 tonnes of grain in March 2023, or {} tonnes a day.", "47", "58"),
    ("Police made 12,410 arrests in 2022. That works out at {} arrests a day.", "34", "38"),
    ("The mill ground 1,450 tonnes of grain in March. On average it ground {} tonnes a day.", "47", "58"),
    ("The helpline answered 5,460 calls in the first quarter of 2022, about {} calls a week.", "420", "520"),
    ("The reservoir released 18,300 megalitres in June 2021, equivalent to {} megalitres a day.", "610", "670"),
    ("The bridge carried 1.83 million vehicles in 2019, or some {} a month.", "152,500", "183,000"),
]


@pytest.mark.parametrize("text, right, wrong", RATES)
def test_a_total_restated_per_day_week_or_month_over_its_period(text, right, wrong):
    assert Status.CONSISTENT in statuses(text.format(right), CHECK)
    assert not errors(text.format(right), CHECK)
    assert errors(text.format(wrong), CHECK)


DECOYS = [
    "The mill ground 1,450 tonnes of grain in March 2023, or 12 tonnes a day more than in February.",
    "The mill ground 1,450 tonnes of grain in March 2023; its best day brought 58 tonnes.",
    "The dairy bottled 8,400 litres in February, or 310 litres a day.",
    "Police made 12,410 arrests in 2022, 38 a day on weekdays.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_no_rate_is_read_against_another_rate_or_a_span_of_unknown_length(text):
    assert not errors(text, CHECK)
