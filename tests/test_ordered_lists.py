"""Orders a clause states over a list it governs (grammar.ordered_lists, and the series reading of grammar.order):
a superlative of any form over items each named with its figure, "next"/"then" placing an item after the one
before, a fall's depth read as the size of its figure, and a series' move said over a span whose first level opens
it. Decoys: figures side by side under no such cue, or joined by words that make one a base, another measure or
another time, are never an error. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, statuses
from auditor.model import Status


def orders(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders}


# a superlative said of one item, and the items after it placed by "next" / "then": each order asserted
ASSERTED = [
    ("The largest deficit was in Riverton (41.2%), with Oakdale next (38.9%), then Millbrook (36.0%).",
     {("41.2%", "38.9%"), ("38.9%", "36.0%"), ("41.2%", "36.0%")}),
    # (the low end of the order: the list rises)
    ("The lowest turnout was in Eastfield (31.5%), with Westbrook next (33.2%), then Northgate (35.8%).",
     {("33.2%", "31.5%"), ("35.8%", "33.2%"), ("35.8%", "31.5%")}),
    # (a superlative the lexicon does not list: read by its form)
    ("The narrowest margin was in Ashby (2.4%), followed by Corley (3.9%).", {("3.9%", "2.4%")}),
]


@pytest.mark.parametrize("text, pairs", ASSERTED)
def test_a_superlative_over_a_list_orders_its_items(text, pairs):
    assert pairs <= {(a, b) for a, b, certain in orders(text) if certain}
    assert errors(text, "ranking") == []
    assert Status.CONSISTENT in statuses(text, "ranking")


CONTRADICTED = [
    ("The largest deficit was in Riverton (41.2%), with Oakdale next (43.9%), then Millbrook (36.0%).", ("43.9%", "41.2%")),
    ("The lowest turnout was in Eastfield (31.5%), with Westbrook next (33.2%), then Northgate (30.8%).", ("30.8%", "33.2%")),
    # the steepest fall is the largest in size: 21.2 is a deeper fall than 18.4
    ("The steepest fall was in copper exports, at 18.4%, with declines of 21.2% in zinc and 3.1% in tin.", ("18.4%", "21.2%")),
]


@pytest.mark.parametrize("text, pair", CONTRADICTED)
def test_a_list_out_of_the_order_its_words_state_is_an_error(text, pair):
    assert any(set(pair) <= set(found) for found in errors(text, "ranking"))


def test_the_depth_of_falls_is_their_size():
    text = "The steepest fall was in copper exports, at -18.4%, with declines of -7.2% in zinc and -3.1% in tin."
    assert errors(text, "ranking") == []
    assert Status.CONSISTENT in statuses(text, "ranking")


DECOYS = [
    # a plural superlative lists its items likely from the top, not surely: out of order, no error
    "The biggest gains came in Lima (+12.4%), Quito (+15.1%) and Bogota (+9.8%).",
    "The smallest gains came in Lima (+2.4%), Quito (+1.1%) and Bogota (+1.8%).",
    # a figure of another measure after the item
    "The highest vacancy rate was in Kendal (9.5%), with unemployment at 12.0%.",
    # a base, not another item
    "The largest buyer was Chile, at 412 tonnes, down from 450 tonnes in 2019.",
    # "-est" words that are no superlative of size
    "The latest survey put the rate at 41% in Arden and 52% in Bexley.",
    "The most recent survey found 30% in Arden, 45% in Bexley and 38% in Crewe.",
    # another time's figure
    "The highest rate was in Dorrington (5.1%), against 6.3% a year earlier.",
    # one item's figures broken down in its brackets, not items of the list
    "The highest rate was in Kano (9.5% for men and 11.2% for women).",
    "The highest rate was in Kano (9.5% and 11.2%).",
    # a new statement about the measure ranked, not more items
    "The highest rate was in Wexham (24.0%), and the rates in Yelford (14.8%) and Zennor (18.3%) were also high.",
    # a base
    "The highest inflation was in Kano (9.5%), down from 11.1% a month earlier.",
    # an item set outside the field ranked
    "The highest turnout outside the capital was in Elmwood (73.3%), behind only Portley (75.1%).",
    # a superlative against its own past
    "The unemployment rate was the lowest since 2008 in Fenwick (3.1%), with Galton at 4.2%.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_figures_under_no_stated_order_are_no_error(text):
    assert errors(text, "ranking") == []
    assert errors(text, "comparison") == []


# a series' move said over a span: the last level past the first when the first opens the span; the steps only likely
def test_a_move_over_a_span_orders_its_first_and_last_levels():
    text = ("Cocoa exports had risen over the past four years: 120 tonnes in 2019, 150 tonnes in 2020, "
            "140 tonnes in 2021 and 180 tonnes in 2022.")
    assert errors(text, "comparison") == []
    assert Status.CONSISTENT in statuses(text, "comparison")
    wrong = text.replace("180 tonnes in 2022", "95 tonnes in 2022")
    assert ("120 tonnes", "95 tonnes") in {tuple(sorted(f)) for f in errors(wrong, "comparison")}


def test_a_span_the_first_level_does_not_open_asserts_no_first_and_last():
    text = ("Cocoa exports had risen since 2015: 120 tonnes in 2019, 150 tonnes in 2020, "
            "140 tonnes in 2021 and 110 tonnes in 2022.")
    assert errors(text, "comparison") == []


def test_a_steady_rise_with_a_span_and_a_hedge_word_before_a_level():
    text = ("Revenue rose year after year over the past three years: $12.1m in 2020, $13.4m in 2021 "
            "and a reported $11.9m in 2022.")
    assert any({"$13.4m", "$11.9m"} <= set(found) for found in errors(text, "comparison"))
    assert errors(text.replace("$11.9m", "$14.9m"), "comparison") == []
