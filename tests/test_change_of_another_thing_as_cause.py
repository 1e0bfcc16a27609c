"""A change in one thing, the subject of a verb that only places another measure at its level ("A rise in
fuel prices left the average fare at $2.10, against $2.40"), says no way that measure moved: the rise is the
prices'. A verb that does say a way ("pushed ... up", "lowered") still does. The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts

CAUSES_THAT_ONLY_PLACE = [
    "The cut in interest rates left the average mortgage payment at $1,420 a month, against $1,310 a year earlier.",
    "A rise in fuel prices left the average bus fare at $2.10, against $2.40 in 2022.",
    "The increase in staff numbers kept the waiting time at 41 days, against 38 days last year.",
    "A fall in the birth rate put the number of first-year pupils at 61,200, against 58,900 a year earlier.",
]


@pytest.mark.parametrize("text", CAUSES_THAT_ONLY_PLACE)
def test_a_change_in_another_thing_gives_the_placed_level_no_direction(text):
    assert errors(text, "change-direction") == []


@pytest.mark.parametrize("text, figures", [
    # a verb that moves the measure itself still says the way: these are contradictions
    ("The cut in interest rates lowered the average mortgage payment to $1,420 a month from $1,310.", ("$1,420", "$1,310")),
    ("A rise in fuel prices pushed the average bus fare up to $2.10 from $2.40.", ("$2.10", "$2.40")),
    # the change noun's own measure moving the wrong way
    ("The rise in the average bus fare, to $2.10 from $2.40, angered commuters.", ("$2.10", "$2.40")),
])
def test_a_verb_or_noun_that_moves_the_measure_still_says_the_way(text, figures):
    flagged = errors(text, "change-direction")
    assert len(flagged) == 1 and set(figures) <= set(flagged[0])


def test_a_consistent_move_by_a_moving_verb_checks_out():
    text = "A rise in fuel prices pushed the average bus fare up to $2.40 from $2.10."
    assert errors(text, "change-direction") == []
    assert verdicts(text, "change-direction")


@pytest.mark.parametrize("levels, contradicts", [("3.6 million tonnes against 4.1 million tonnes", True),
                                                 ("4.1 million tonnes against 3.6 million tonnes", False)])
def test_a_change_noun_subject_of_a_verb_far_from_the_level_still_says_the_way(levels, contradicts):
    # only a noun of change right before its level ("Export growth came to 4.1%") names the measure; one whose verb
    # says something else of it first ("The increase was sharpest for exports at ...") still says a rise
    text = f"The increase was sharpest for exports at {levels} a year earlier."
    assert bool(errors(text, "change-direction")) is contradicts
    assert verdicts(text, "change-direction")


def test_a_change_noun_right_before_its_level_names_the_measure():
    assert errors("Export growth came to 4.1%, against 4.6% a year earlier.", "change-direction") == []
