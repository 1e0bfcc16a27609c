"""Two ways a ranking names its places (grammar.order, checked by the ranking check): "the most" before a plural
noun is the first place ("Kano recorded the most cases, with 4,120"), and the items of a list after "followed by"
may each be named after their figure ("followed by 388 tonnes in Mali and 305 tonnes in Niger"). The sentences
are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


MOST = [
    ("Kano recorded the most cases, with 4,120, while Lagos came second with 3,980.", ("4,120", "3,980")),
    ("Lisbon drew the most visitors, 4.2 million. Porto, in second place, drew 3.6 million.",
     ("4.2 million", "3.6 million")),
    ("The Harbour line carried the most passengers at 81,300 a day; the Valley line was second at 64,900.",
     ("81,300", "64,900")),
]


@pytest.mark.parametrize("text, pair", MOST)
def test_the_most_of_a_plural_noun_is_the_first_place(text, pair):
    assert (Status.CONSISTENT, pair) in verdicts(text)


@pytest.mark.parametrize("text, old, new", [(MOST[0][0], "3,980", "4,380"), (MOST[1][0], "3.6 million", "4.6 million"),
                                            (MOST[2][0], "64,900", "84,900")])
def test_a_second_place_above_the_most_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new))]


@pytest.mark.parametrize("text", [
    # an adjective after "most", not a plural noun: no place
    "The clinic saw the most serious cases, 41, and Eastfield came second with 57.",
    # "the most ... of" a part, and "the most ... than": no place in an order
    "The town had the most visitors of any year, 41,200; Porto was second with 52,000.",
])
def test_no_first_place_from_most_before_an_adjective_or_a_comparison(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text)]


NAMED_AFTER = [
    ("Kenya led with 412 tonnes, followed by 388 tonnes in Mali and 305 tonnes in Niger.",
     [("412 tonnes", "388 tonnes"), ("388 tonnes", "305 tonnes")]),
    ("The Greens took 31.2%, followed by 24.5% for Labour, 19.1% for the Liberals and 18.0% for the Centre.",
     [("31.2%", "24.5%"), ("24.5%", "19.1%"), ("19.1%", "18.0%")]),
]


@pytest.mark.parametrize("text, pairs", NAMED_AFTER)
def test_items_named_after_their_figures_follow_in_order(text, pairs):
    found = verdicts(text)
    assert all((Status.CONSISTENT, pair) in found for pair in pairs)


@pytest.mark.parametrize("text, old, new", [(NAMED_AFTER[0][0], "305 tonnes", "395 tonnes"),
                                            (NAMED_AFTER[1][0], "18.0%", "19.8%")])
def test_an_item_named_after_its_figure_out_of_order_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new))]


@pytest.mark.parametrize("text", [
    # a sequence in time, not an order of size
    "Exports were 4,200 tonnes in the first half, followed by 5,100 tonnes in June and 5,600 tonnes in July.",
    "Arrivals reached 12,400 in 2022, followed by 15,900 in 2023.",
])
def test_no_order_for_items_named_by_a_time(text):
    assert not [link for link in meaning_of(text).orders if link.certain]
