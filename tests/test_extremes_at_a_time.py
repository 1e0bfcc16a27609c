"""The extreme of a series placed at a time ("The highest rate came in 2014 - 3.1") is at least (at most) the same
measure's level of any other time said near it; a level of the same time, of another unit, of a measure the words do
not name, of another group, or a hedged one is no rival."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def _pairs(text: str) -> dict[frozenset[str], Status]:
    return {frozenset(figures): status for status, figures in verdicts(text, "ranking")}


POSITIVES = [
    ("In 2017 the divorce rate was 3.3 per 1,000. The highest rate came in 2014 - 3.1.", "3.1", "3.3",
     Status.INCONSISTENT),
    ("In 2017 the divorce rate was 2.9 per 1,000. The highest rate came in 2014 - 3.1.", "3.1", "2.9",
     Status.CONSISTENT),
    ("The highest rate came in 2014, at 3.1 per 1,000. In 2017 the rate was 3.3 per 1,000.", "3.1", "3.3",
     Status.INCONSISTENT),
    ("The lowest occupancy was recorded in 2020, at 41.5%. Occupancy in 2022 stood at 38.0%.", "41.5%", "38.0%",
     Status.INCONSISTENT),
    ("Harvests were 4.2 million tonnes in 2019. The largest harvest came in 2021 (4.6 million tonnes).",
     "4.6 million tonnes", "4.2 million tonnes", Status.CONSISTENT),
    # the rival in another paragraph: only likely
    ("The highest rate came in 2014 - 3.1 per 1,000.\n\nIn 2017 the rate was 3.3 per 1,000.", "3.1", "3.3",
     Status.UNDETERMINED),
]


@pytest.mark.parametrize("text, extreme, other, status", POSITIVES)
def test_an_extreme_placed_at_a_time_is_set_against_the_other_times(text, extreme, other, status):
    assert _pairs(text).get(frozenset((extreme, other))) is status


DECOYS = [
    # the same time
    ("The highest rate came in 2014 - 3.1 per 1,000. In 2014 the rate among men was 3.4 per 1,000.", "3.1", "3.4"),
    # a measure the words do not name
    ("Exports were 4,120 tonnes in 2019. The highest price came in 2021, at 3,380 tonnes.", "4,120 tonnes",
     "3,380 tonnes"),
    # side by side, no superlative
    ("The rate came to 3.1 per 1,000 in 2014. In 2017 the rate was 3.3 per 1,000.", "3.1", "3.3"),
    # a hedged level
    ("The highest rate came in 2014, at 3.1 per 1,000. In 2017 the rate was about 3.3 per 1,000.", "3.1", "3.3"),
    # another unit
    ("The highest rate came in 2014, at 3.1%. In 2017 the rate was 3.3 per 1,000.", "3.1%", "3.3"),
    # no time placed: a superlative over places
    ("The highest rate came in Leeds, at 3.1 per 1,000. In 2017 the rate was 3.3 per 1,000.", "3.1", "3.3"),
]


@pytest.mark.parametrize("text, first, second", DECOYS)
def test_no_order_over_times_is_read(text, first, second):
    assert frozenset((first, second)) not in _pairs(text)
