"""A series of years told step by step: each level with its change on the year before, the earlier level
given in an earlier clause of the sentence, or in the sentence before even when that sentence gives
several levels of the unit (grammar.links.olds_of_the_period_before: the one dated to the period before).
Another subject's level, a level two periods back and a change over several years stay apart. The texts
are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses

# (text, the change that fits, a wrong one)
TOLD = [
    # the year before in an earlier clause of the same sentence
    ("Hospital admissions totalled 412,300 in 2019; in 2020 admissions fell to 389,700, down {} on the year "
     "before.", "5.5%", "4.5%"),
    # the sentence before gives two years; the change is from the one dated to the year before
    ("Admissions were 380,100 in 2019 and 389,700 in 2020. In 2021 admissions climbed to 401,250, a rise of {}.",
     "3.0%", "5.6%"),
    # a second step in the same sentence, its subject carried by "they"
    ("Admissions were 389,700 in 2020. In 2021 admissions climbed to 401,250, a rise of 3.0%, and in 2022 "
     "admissions reached 415,900, a rise of {}.", "3.7%", "4.7%"),
    # the series runs on into the next paragraph
    ("Arrivals reached 88,950 in 2018, an increase of 2.9%.\n\nIn 2019 arrivals grew to 91,880, up {}, and in "
     "2020 arrivals dropped to 90,120.", "3.3%", "4.3%"),
]


@pytest.mark.parametrize("text, right, wrong", TOLD)
def test_each_step_of_a_series_is_from_the_level_of_the_year_before(text, right, wrong):
    assert "consistent" in [s.value for s in statuses(text.format(right), "growth-rate")]
    assert not errors(text.format(right), "growth-rate")
    assert errors(text.format(wrong), "growth-rate")


DECOYS = [
    # another subject in the earlier clause
    "Secondary schools had 15,840 pupils in 2014; in 2015 primary schools had 16,310 pupils, up 9.0% on the year "
    "before.",
    # two years back, not the year before
    "Output was 8,200 tonnes in 2015 and 8,600 tonnes in 2016. In 2018 output reached 9,100 tonnes, up 9.0%.",
    # a change over several years
    "Traffic was 15,840 containers in 2018 and 16,310 containers in 2019. In 2021 traffic reached 17,290 "
    "containers, up 9.0% since 2019.",
    # another measure in the sentence before
    "Exports were 5,420 tonnes in 2019 and imports 5,800 tonnes in 2018. In 2020 imports rose to 6,100 tonnes, "
    "up 9.0%.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_levels_of_another_subject_period_or_span_are_not_the_base(text):
    assert not errors(text, "growth-rate")
