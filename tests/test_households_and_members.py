"""One group counted twice side by side, as households (families) and as the people in them: no fewer people than
households (grammar.order.households_and_members, checked by the comparison check); and "households comprising
N residents" is no partitive. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


HOLDING = [
    ("The landslide forced 318 families or 1,244 persons from their villages.", ("1,244", "318")),
    ("Relief camps now shelter 2,906 households with 11,380 members.", ("11,380", "2,906")),
    ("The new estate has 640 homes housing 2,115 residents.", ("2,115", "640")),
    ("Some 4,210 people (1,090 households) were still without power on Sunday.", ("4,210", "1,090")),
    ("The survey reached 905 households comprising 3,470 individuals.", ("3,470", "905")),
]


@pytest.mark.parametrize("text, figures", HOLDING)
def test_no_fewer_people_than_the_households_they_live_in(text, figures):
    assert (Status.CONSISTENT, figures) in verdicts(text)


@pytest.mark.parametrize("text, old, new", [
    (HOLDING[0][0], "1,244", "244"),
    (HOLDING[1][0], "11,380", "1,380"),
    (HOLDING[3][0], "4,210", "421"),
    (HOLDING[4][0], "3,470", "347"),
])
def test_fewer_people_than_their_households_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new))]


def test_households_comprising_residents_are_not_a_whole_of_parts():
    text = "The survey reached 905 households comprising 3,470 individuals."
    assert not [link for link in meaning_of(text).parts if link.whole.text == "905"]


@pytest.mark.parametrize("text", [
    # a size per household, not the people of the group
    "The scheme helped 1,200 households with 3 children each.",
    "Grants went to 640 households with 5 or more members.",
    # two groups side by side
    "The council housed 412 families, and 1,530 people applied for the next round.",
    # households of a size: "of" names the size, not the people
    "The census found 2,400 households of 4 persons.",
])
def test_no_order_between_households_and_people_of_another_group(text):
    assert not meaning_of(text).group_members
