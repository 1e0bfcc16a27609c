"""Relations the words state must still be read when their figures disagree: a reading that finds the pairing from
words and layout may not need the arithmetic to agree. Each class below has broken sentences that must be flagged
and decoys, with the same figures side by side and no relation stated, that must stay quiet."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


# ---- two levels dated each by its own period, then the change between them -----------------------------------
# No word marks either level as the base ("from", "than", "against"); the periods do: a change between two periods
# runs from the earlier to the later.

@pytest.mark.parametrize("text, check, figures", [
    ("Branch libraries in the county numbered 214 in 2017 and 171 in 2023, a net loss of 52.",
     "difference", ("171", "214", "52")),
    ("Licensed taxis numbered 3,480 in 2016 and 4,025 in 2022, a rise of 31%.",
     "growth-rate", ("4,025", "3,480", "31%")),
    ("Ferry crossings came to 12,600 in Q2 2021 and 9,950 in Q2 2023, a drop of 3,100.",
     "difference", ("9,950", "12,600", "3,100")),
])
def test_a_change_between_two_dated_levels_is_checked_when_it_misses(text, check, figures):
    assert errors(text, check) == [figures]


@pytest.mark.parametrize("text, check", [
    # the same sentences with figures that agree
    ("Branch libraries in the county numbered 214 in 2017 and 171 in 2023, a net loss of 43.", "difference"),
    ("Licensed taxis numbered 3,480 in 2016 and 4,025 in 2022, a rise of 16%.", "growth-rate"),
])
def test_a_change_between_two_dated_levels_agrees_when_it_fits(text, check):
    assert [status for status, _ in verdicts(text, check)] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    # the change has a span of its own: it is not the move between the two levels
    "The register has grown by 1.9 million over the last six years: it held 31.2 million names in 2012 and "
    "32.4 million in 2016.",
    "Licensed taxis numbered 3,480 in 2016 and 4,025 in 2022, up 31% since 2010.",
    # a move to its new level from the period before it, then another period's level as a second comparison
    "Tourist spending rose by 8.4 per cent to $41 billion in 2023, but was still below the $44.6 billion spent "
    "in 2019.",
    # two levels of two periods of different shapes (a year and a quarter of it)
    "Ferry crossings came to 12,600 in 2021 and 2,950 in Q2 2023, a drop of 3,100.",
    # the same figures side by side, no change between them stated
    "Branch libraries numbered 214 in 2017 and 171 in 2023; 52 mobile libraries served the villages.",
])
def test_dated_levels_beside_a_change_of_another_span_are_no_pair(text):
    assert errors(text, "difference") == []
    assert errors(text, "growth-rate") == []


# ---- "That is ..." stands for the level the sentence before reached, not the one it set up as its base -----------

def test_a_change_pointing_back_takes_the_level_reached_not_the_base():
    text = ("Bus boardings in the region rose by 6% in 2023 to 187 million (against 176 million in 2022). "
            "That is 21% down on 2019 (226 million boardings).")
    # 187 / 226 is 17.3% down, not 21%; against the base 176 million it would be 22% down, and fit
    assert errors(text, "growth-rate") == [("187 million", "226 million", "21%")]


def test_a_change_pointing_back_agrees_with_the_level_reached():
    text = ("Bus boardings in the region rose by 6% in 2023 to 187 million (against 176 million in 2022). "
            "That is 17% down on 2019 (226 million boardings).")
    assert errors(text, "growth-rate") == []
    assert (Status.CONSISTENT, ("187 million", "226 million", "17%")) in verdicts(text, "growth-rate")
