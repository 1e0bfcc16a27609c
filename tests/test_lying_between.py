"""A level said to lie between two others of its unit (grammar.order.lying_between; comparison check): at least the
smaller and at most the larger, whichever the words name first. Not a figure's own range ("estimated at between 40
and 50"). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


@pytest.mark.parametrize("text, pairs", [
    ("At 4.2 per cent, Britain's rate lies between Germany's 3.1 per cent and France's 5.0 per cent.",
     [("4.2 per cent", "3.1 per cent"), ("5.0 per cent", "4.2 per cent")]),
    ("The council's score of 71 puts it between the regional average of 64 and the national best of 83.",
     [("71", "64"), ("83", "71")]),
    # the larger named first
    ("Rents in Leeds, at £1,050 a month, sit somewhere between Manchester's £1,180 and Sheffield's £890.",
     [("£1,050", "£890"), ("£1,180", "£1,050")]),
])
def test_a_level_between_two_others(text, pairs):
    found = verdicts(text)
    for pair in pairs:
        assert (Status.CONSISTENT, pair) in found


@pytest.mark.parametrize("text, pair", [
    ("At 6.2 per cent, Britain's rate lies between Germany's 3.1 per cent and France's 5.0 per cent.",
     ("5.0 per cent", "6.2 per cent")),
    ("Rents in Leeds, at £850 a month, sit somewhere between Manchester's £1,180 and Sheffield's £890.",
     ("£850", "£890")),
])
def test_a_level_outside_the_two_is_an_error(text, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text)


@pytest.mark.parametrize("text", [
    # a figure's own range
    "Output is estimated at between 40 and 50 tonnes, against 61 tonnes last year.",
    # figures of other units
    "The 3,000 staff were paid between £20,000 and £30,000 a year.",
    # side by side, no 'between'
    "Britain's rate is 6.2 per cent; Germany's is 3.1 per cent and France's 5.0 per cent.",
])
def test_no_level_between(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))
