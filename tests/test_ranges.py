"""The bounds of a range lie low first (grammar.order.ranges): "between A and B", "ranged from A to B". Not two
things set side by side ("the gap between A and B"), not a move ("rose from A to B"). An expected range is never an
error. Checked by the comparison check. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


def bounds(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).crossings
            if "range" in link.grammar}


RANGES = [
    ("Repairs to the bridge are estimated at between $2.8 billion and $3.2 billion.", "$2.8 billion", "$3.2 billion"),
    ("Each of the 14 clinics saw between 1,120 and 1,870 patients last winter.", "1,120", "1,870"),
    ("Rents in the old town ranged from €640 to €910 a month.", "€640", "€910"),
    ("The survey found hourly pay varying from £11.40 to £14.25 across the region.", "£11.40", "£14.25"),
]


@pytest.mark.parametrize("text, low, high", RANGES)
def test_the_bounds_of_a_range_lie_low_first(text, low, high):
    assert (high, low, True) in bounds(text)
    assert (Status.CONSISTENT, (high, low)) in verdicts(text)


@pytest.mark.parametrize("text, low, high", RANGES)
def test_bounds_written_high_first_are_an_error(text, low, high):
    swapped = text.replace(low, "@@").replace(high, low).replace("@@", high)
    assert (Status.INCONSISTENT, (low, high)) in verdicts(swapped)


def test_an_expected_range_out_of_order_is_undetermined():
    text = "Turnout is expected to be between 61% and 58% on Sunday."
    found = verdicts(text)
    assert (Status.UNDETERMINED, ("58%", "61%")) in found
    assert not any(status is Status.INCONSISTENT for status, _ in found)


@pytest.mark.parametrize("text", [
    "The gap between 4.1% and 3.2% narrowed in the spring.",
    "The difference between 612 votes and 540 votes decided the seat.",
    "Seats were split between 40 and 25 for the two parties.",
    "Output swung between 4,800 tonnes and 3,900 tonnes during the year.",
    "Sales rose from 450 to 410 stores' worth of stock.",
    "Between 2,100 in May and 1,800 in June the count fell.",
])
def test_no_range_without_its_grammar(text):
    assert not bounds(text)
    assert not any(status is Status.INCONSISTENT for status, figures in verdicts(text)
                   if set(figures) <= {"4.1%", "3.2%", "612", "540", "40", "25", "4,800 tonnes", "3,900 tonnes"})
