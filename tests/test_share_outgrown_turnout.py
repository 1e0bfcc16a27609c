"""A count with its share ("9,410 applicants, representing 71.3 per cent") in a report whose one whole
of those who took part ("out of the 13,204 applicants who sat the test") is smaller than the count:
the share is of that whole, and a part bigger than it is an error (checks.share _outgrown_turnout).
The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import statuses, verdicts
from auditor.model import Status

OPENING = ("The board said that out of the 13,204 applicants who sat the entrance test, 7,112 were women.\n\n")


@pytest.mark.parametrize("text", [
    OPENING + "According to the board, 19,410 applicants, representing 71.3 per cent, passed in three papers.",
    OPENING + "It added that 14,950 applicants, representing 88.2 percent, passed in two papers.",
])
def test_a_part_bigger_than_the_turnout_is_an_error(text):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text, "share-of-total")]


@pytest.mark.parametrize("text", [
    OPENING + "According to the board, 9,410 applicants, representing 71.3 per cent, passed in three papers.",
])
def test_a_part_within_the_turnout_checks_out(text):
    assert [s for s, _ in verdicts(text, "share-of-total")] == [Status.CONSISTENT]


def test_no_turnout_no_error():
    # the only whole counts no one who took part: the share may be of a whole the text does not give
    text = ("The region has 13,204 registered clinics.\n\nAccording to the board, 19,410 nurses, representing 71.3 "
            "per cent, work in them.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "share-of-total")]


def test_a_named_rate_is_not_sure_of_a_far_whole_that_counts_another_thing():
    # the rate's sentence counts services; the only whole that "took part" counts voters, two paragraphs on
    text = ("Grid output was 240 TWh.\n\n"
            "Of the 1,200 services, many ran late, a punctuality failure rate of 12%.\n\n"
            "Turnout reached 67.4%, with 3.1 million of the 4.6 million registered voters casting a ballot.\n")
    assert Status.INCONSISTENT not in statuses(text, "share-of-total")


def test_a_named_rate_over_a_far_whole_of_the_same_thing_stays_sure():
    text = ("In 2016, 574,125 candidates sat the examination.\n\n"
            "Of those, 88,929 candidates passed, a pass rate of 19.5%.\n")
    assert statuses(text, "share-of-total") == [Status.INCONSISTENT]
