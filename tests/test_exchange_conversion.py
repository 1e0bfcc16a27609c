"""An amount converted into another currency at an exchange rate the sentence gives ("Converted at the
average exchange rate of 129.4, average pay was the equivalent of USD 412"), against the amount of that
measure stated in the sentence or the one before (grammar.links exchange_conversions). The sentences
are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "Average monthly pay in the province rose to 53,340 shillings. Converted at the year's average exchange rate "
    "of 129.4, average monthly pay was the equivalent of USD 412.",
    "Household spending per head reached 9,870 rupees last year; converted at an exchange rate of 83.2, "
    "household spending per head was equal to USD 118.6.",
])
def test_the_converted_amount_matches_the_rate(text):
    assert [s for s, _ in verdicts(text, "ratio")] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "Average monthly pay in the province rose to 53,340 shillings. Converted at the year's average exchange rate "
    "of 129.4, average monthly pay was the equivalent of USD 512.",
    "Household spending per head reached 9,870 rupees last year; converted at an exchange rate of 83.2, "
    "household spending per head was equal to USD 148.6.",
])
def test_a_converted_amount_the_rate_does_not_give_is_an_error(text):
    assert [s for s, _ in verdicts(text, "ratio")] == [Status.INCONSISTENT]


def test_another_measure_is_not_the_amount_converted():
    text = ("Rent in the capital averaged 41,200 shillings. Converted at the average exchange rate of 129.4, "
            "average monthly pay was the equivalent of USD 512.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "ratio")]
