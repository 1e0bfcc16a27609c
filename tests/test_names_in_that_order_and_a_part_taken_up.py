"""Two readings of order and of part and whole (grammar.order, grammar.parts, grammar.links): names said to run "in
that order" of a superlative, with a figure each ("Tea and horticulture, in that order, were the top export earners,
with KSh 180.6bn and KSh 158.9bn": each figure at least the next); and a figure taken up by a pronoun in the next
sentence and called a small part of another ("2,104 schools still without power. The figure is a fraction of the
38,610 public schools"), which is then its whole, never a restatement of it. The sentences are written here; none is
a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses, verdicts
from auditor.model import Status

IN_THAT_ORDER = [
    ("Germany and France, in that order, were the largest buyers of Polish furniture, taking EUR 4.8 billion and "
     "EUR 1.9 billion respectively.", ("EUR 4.8 billion", "EUR 1.9 billion")),
    ("Rice, maize and cassava, in that order, were the biggest crops by value, with $4.1 billion, $2.6 billion and "
     "$0.9 billion.", ("$4.1 billion", "$2.6 billion")),
    ("Lagos and Kano, in this order, recorded the fewest outages, with 12 and 19.", ("19", "12")),
]


@pytest.mark.parametrize("text, pair", IN_THAT_ORDER)
def test_names_in_that_order_of_a_superlative_rank_their_figures(text, pair):
    assert (Status.CONSISTENT, pair) in verdicts(text, "ranking")


@pytest.mark.parametrize("text, old, new", [(IN_THAT_ORDER[0][0], "EUR 1.9 billion", "EUR 5.9 billion"),
                                            (IN_THAT_ORDER[1][0], "$2.6 billion", "$4.6 billion"),
                                            (IN_THAT_ORDER[2][0], "with 12", "with 42")])
def test_a_figure_out_of_that_order_is_an_error(text, old, new):
    assert errors(text.replace(old, new), "ranking")


@pytest.mark.parametrize("text", [
    # no superlative says which way the names run
    "Exports to China and India rose, in that order, by 41,000 tonnes and 58,000 tonnes.",
    # more figures than names: which is whose is not said
    "Tea and coffee, in that order, were the top earners, with KSh 180bn, KSh 150bn and KSh 190bn in all.",
])
def test_no_order_without_a_superlative_or_a_figure_for_each_name(text):
    assert Status.INCONSISTENT not in statuses(text, "ranking")


TAKEN_UP = [
    "2,104 schools still without power\nThe figure is a fraction of the 38,610 public schools in the country, the "
    "ministry said.",
    "Inspectors closed 318 bakeries in the year. That is a small share of the 9,450 bakeries licensed in the region.",
]


@pytest.mark.parametrize("text", TAKEN_UP)
def test_a_figure_taken_up_as_a_fraction_of_another_is_its_part(text):
    assert Status.CONSISTENT in statuses(text, "part-exceeds-whole")
    assert not statuses(text, "same-measure-conflict")  # the whole restates nothing of the title


@pytest.mark.parametrize("text, old, new", [(TAKEN_UP[0], "38,610", "1,610"), (TAKEN_UP[1], "9,450", "150")])
def test_a_part_taken_up_above_its_whole_is_an_error(text, old, new):
    assert errors(text.replace(old, new), "part-exceeds-whole")


def test_a_whole_named_by_a_noun_not_a_pronoun_is_not_read():
    # "the sector" is not the figure before: no part and whole
    assert not statuses("5,200 jobs lost in textiles\nThe sector is a fraction of the 4,100 firms in manufacturing.",
                        "part-exceeds-whole")


FOLDED_INTO = [
    "The port's 2.41 million tonnes are folded into the regional throughput of 9.87 million tonnes in the ministry's "
    "tables.",
    "Grants of $310 million were rolled into the programme total of $1.2 billion this year.",
]


@pytest.mark.parametrize("text", FOLDED_INTO)
def test_a_figure_taken_into_a_whole_is_its_part(text):
    assert Status.CONSISTENT in statuses(text, "part-exceeds-whole")


@pytest.mark.parametrize("text, old, new", [(FOLDED_INTO[0], "9.87 million", "1.87 million"),
                                            (FOLDED_INTO[1], "$1.2 billion", "$0.2 billion")])
def test_a_figure_taken_into_a_smaller_whole_is_an_error(text, old, new):
    assert errors(text.replace(old, new), "part-exceeds-whole")


NOT_ALL = [
    "Not all of the 860 licensed taxis are on the road: only 612 passed the annual inspection, the transport office said.",
    "Not every one of the 1,240 polling stations opened on time: just 1,105 did, observers reported.",
]


@pytest.mark.parametrize("text", NOT_ALL)
def test_only_a_part_after_a_whole_denied_in_full(text):
    assert Status.CONSISTENT in statuses(text, "part-exceeds-whole")


@pytest.mark.parametrize("text, old, new", [(NOT_ALL[0], "only 612", "only 912"), (NOT_ALL[1], "just 1,105", "just 1,305")])
def test_only_a_part_above_the_whole_denied_in_full_is_an_error(text, old, new):
    assert errors(text.replace(old, new), "part-exceeds-whole")


def test_no_part_of_another_unit_after_a_whole_denied_in_full():
    # "only" a share of them: no count to set within the whole
    assert Status.INCONSISTENT not in statuses("Not all of the 860 licensed taxis are on the road: only 71% passed "
                                               "the annual inspection.", "part-exceeds-whole")


OUTDONE_BEFORE_A_COLON = ("Ghana overtook Peru as the second-largest gold producer in the year: it mined 4.2 million "
                          "ounces against Peru's 3.9 million ounces, the chamber of mines said.")


def test_the_score_after_a_colon_of_outdoing_orders_its_figures():
    assert (Status.CONSISTENT, ("4.2 million ounces", "3.9 million ounces")) in verdicts(OUTDONE_BEFORE_A_COLON, "ranking")
    assert errors(OUTDONE_BEFORE_A_COLON.replace("3.9 million", "4.9 million"), "ranking")


def test_a_score_after_a_colon_that_names_another_item_is_only_a_question():
    # the second figure is not the outdone item's: the order is likely, not said
    text = ("Ghana overtook Peru as the second-largest gold producer in the year: it mined 4.2 million ounces against "
            "Mali's 4.9 million ounces.")
    assert not errors(text, "ranking")


@pytest.mark.parametrize("text", [
    "Kenya sold $1.9 billion of tea against Sri Lanka's $1.3 billion, the board said.",
    "The mill produced 41,000 tonnes of sugar versus its rival's 38,000 tonnes.",
])
def test_a_rivals_figure_after_a_word_of_comparison_is_no_whole(text):
    assert not statuses(text, "part-exceeds-whole")


def test_a_part_of_a_possessors_whole_is_still_read():
    assert errors("Farmers sold 41,000 tonnes of Kenya's 38,000 tonnes of tea abroad.", "part-exceeds-whole")
