"""A headline some sites end with a full stop (grammar.links._headline_with_a_full_stop): the first line of
the text, a paragraph of its own, short, no comma, opening on a name. Its figure is restated in the body
like any title's; a lead sentence (an article or a preposition first, a comma, under a title line, or going
on in its paragraph) is no headline. The reports are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of

CHECK = "same-measure-conflict"


def titles(text: str) -> list[str]:
    return [link.title.text for link in meaning_of(text).headlines]


def test_a_headline_ending_with_a_full_stop_is_restated_in_the_body():
    text = ("Maize harvest climbs to 4.1 million tonnes.\n\n"
            "The national maize harvest climbed to 4.7 million tonnes this season, the ministry said, "
            "up from 3.9 million tonnes last season.\n")
    assert titles(text) == ["4.1 million tonnes"]
    assert errors(text, CHECK) == [("4.1 million tonnes", "4.7 million tonnes")]


def test_a_scale_word_dropped_from_the_headline_is_an_error():
    text = ("Coffee exports hit 7.3 tonnes this year.\n\n"
            "Coffee exports have reached 7.3 million tonnes this year, the coffee board said. "
            "Last year exports were 6.8 million tonnes.\n")
    assert errors(text, CHECK) == [("7.3 tonnes", "7.3 million tonnes")]


def test_the_same_headline_restated_alike_is_no_error():
    text = ("Cinema admissions reach 38.2 million in 2019.\n\n"
            "Cinema admissions in the country reached 38.2 million in 2019, the film institute said.\n")
    assert titles(text) == ["38.2 million"]
    assert errors(text, CHECK) == []


@pytest.mark.parametrize("text", [
    # an article first: a lead sentence
    "The maize harvest climbed to 4.1 million tonnes.\n\nThe harvest of maize climbed to 4.7 million tonnes in the north.\n",
    # a preposition and a comma: a lead sentence
    "In March, maize sales rose to 4.1 million tonnes.\n\nMaize sales in the south rose to 4.7 million tonnes.\n",
    # under a title line it is the body's first sentence
    "Farm report\n\nMaize harvest climbed to 4.1 million tonnes.\n\nMaize harvest in the north climbed to 4.7 million tonnes.\n",
    # its paragraph goes on: a lead
    "Maize harvest climbed to 4.1 million tonnes. Rains were good.\n\nMaize harvest in the north climbed to 4.7 million tonnes.\n",
])
def test_a_lead_sentence_is_no_headline(text):
    assert "4.1 million tonnes" not in titles(text)


def test_a_lead_told_in_the_past_is_no_headline():
    text = ("Parcel volumes at the depot fell 8.5% in the second quarter of 2024.\n\n"
            "Managers blamed the weather for the 5.8% drop in parcel volumes in the second quarter of 2024.\n")
    assert titles(text) == []
