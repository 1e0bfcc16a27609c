"""A change opened by "this", "that" or "it" measured against a level it names (grammar.links.change_links):
the level "this" stands for is the sentence before's level, never the old level a change of that sentence is
measured from (another period's value); and a change that names, after its noun, a measure other than the one
of the levels before ("a 12% rise in the area planted") is not their change. The sentences are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def changes(text: str) -> list[tuple[str, str, tuple[str, ...], bool]]:
    return [(link.change.text, link.old.text, tuple(f.text for f in link.news), link.certain)
            for link in meaning_of(text).changes]


@pytest.mark.parametrize("text, link", [
    ("Councils issued 4,215 consents in March, up 12.0% from the 3,763 issued in March 2022. "
     "This was 6.5% below the 4,508 consents of March 2021.", ("6.5%", "4,508", ("4,215",), True)),
    ("Hospital admissions totalled 9,640 in the winter, up 5.2% on the 9,160 a year earlier. "
     "That was 14.5% more than the 8,420 admissions in the winter of 2019.", ("14.5%", "8,420", ("9,640",), True)),
])
def test_this_is_the_level_not_the_old_level_of_the_change_before(text, link):
    assert link in changes(text)


def test_a_wrong_change_from_a_third_level_is_an_error():
    text = ("Dairy exports totalled 18,420 tonnes in the second quarter, up 8.7% on the 16,950 tonnes a year "
            "earlier. It was 4.1% higher than the 17,300 tonnes recorded in the first quarter.")
    assert (Status.INCONSISTENT, ("18,420 tonnes", "17,300 tonnes", "4.1%")) in verdicts(text, "growth-rate")


def test_two_levels_of_the_sentence_before_with_no_old_level_stay_a_question():
    # (no change links either level as an old one: which of the two "this" stands for is not said)
    text = "Imports were 4,100 tonnes and exports 5,300 tonnes. This was 8% below the 4,900 tonnes of 2021."
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text, "growth-rate"))


@pytest.mark.parametrize("text", [
    "Wheat output was 4.2 million tonnes, against 3.9 million tonnes last season. This reflects a 12% rise in the area planted.",
    "Milk deliveries were 1,024 million litres, against 966 million litres a year before. That came with a 9% rise in the herd.",
])
def test_a_change_of_another_measure_is_not_the_change_between_the_levels(text):
    assert not [link for link in meaning_of(text).changes if link.grammar.startswith("'that is' a change")]
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text, "growth-rate"))


def test_a_change_with_no_measure_of_its_own_still_points_back():
    text = "Cargo reached 6,590,095 tons in 2017 against 5,922,160 tons in 2016. That is growth of 11.3%."
    assert ("11.3%", "5,922,160 tons", ("6,590,095 tons",), True) in changes(text)
