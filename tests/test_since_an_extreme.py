"""A level after a move away from an extreme of its series (grammar.order, checked by the ranking check): "continuing
the slide since the peak of 9,460 in 2015" puts the clause's level (or, after "That"/"It", the sentence before's) at
most the peak; "the recovery since the low of 18,900" at least the low. The sentences are written here; none is a
report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


def orders(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders}


EXTREMES = [
    ("Club membership stood at 8,120 in 2023, continuing the decline since the peak of 9,460 in 2015.", "9,460", "8,120"),
    ("Ridership reached 41,300 a day in 2022. That extends the recovery since the low of 18,900 in 2020.",
     "41,300", "18,900"),
    ("In all, 3,870 couples married in 2019 - 140 fewer than in 2018. It continues the decline in marriages since "
     "the last peak of 4,450 in 2009.", "4,450", "3,870"),
]


@pytest.mark.parametrize("text, larger, smaller", EXTREMES)
def test_a_level_against_the_extreme_it_moved_away_from(text, larger, smaller):
    assert (larger, smaller, True) in orders(text)
    assert (Status.CONSISTENT, (larger, smaller)) in verdicts(text)


@pytest.mark.parametrize("text, old, new", [
    (EXTREMES[0][0], "8,120", "9,920"),
    (EXTREMES[1][0], "41,300", "11,300"),
    (EXTREMES[2][0], "3,870 couples", "4,870 couples"),
])
def test_a_level_beyond_the_extreme_is_an_error(text, old, new):
    assert [v for v in verdicts(text.replace(old, new)) if v[0] is Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # the level is of a time before the peak
    "In 2010, membership was 9,900. It has fallen since the peak of 9,460 in 2015.",
    # a rise since a peak says no side
    "Sales stood at 9,900 in 2023, a rise since the last peak of 9,460.",
    # the gap after the level is no level of the series
    "In all, 3,870 couples married in 2019 - 5,140 fewer than in 2018. It continues the decline since the peak of "
    "4,450 in 2009.",
])
def test_decoys_give_no_error(text):
    assert not [v for v in verdicts(text) if v[0] is Status.INCONSISTENT]
