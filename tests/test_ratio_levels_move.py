"""A ratio stated as a level (a sex ratio, earnings per share) moves like any level: when the words say it went up
or down between two of its values, the values must agree with the words. Its name may stand before an aside that
defines it ("The sex ratio, meaning the number of women per thousand men, has risen ..."), which makes each value a
ratio's value rather than a count. Sentences written for this file."""
from __future__ import annotations

from _reading import errors, statuses
from auditor.model import Status

RISE = "The sex ratio, meaning the number of women per thousand men, has risen in the county, from {old} in 2001 to 1,021 in 2011."


def test_a_named_ratio_said_to_rise_between_two_values_that_fall_is_flagged():
    assert errors(RISE.format(old="1,034"), "change-direction") == [("1,021", "1,034")]


def test_a_named_ratio_that_rises_as_its_words_say_checks_out():
    assert statuses(RISE.format(old="1,009"), "change-direction") == [Status.CONSISTENT]


def test_two_ratios_of_different_places_side_by_side_are_no_move():
    decoy = ("The sex ratio, meaning the number of women per thousand men, stood at 1,034 in the hill districts "
             "and 1,021 on the coast.")
    assert errors(decoy, "change-direction") == []
