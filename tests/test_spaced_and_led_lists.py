"""Ranked lists laid out one item a paragraph under a ranking heading, and unheaded lists of "Name - figure" lines
whose first item the text says came top (grammar.order.ranked_lists, led_lists). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


SPACED = [
    "The five busiest ferry routes of 2023:\n\n1. Dover - Calais 9.8 million\n\n2. Holyhead - Dublin 2.1 million\n\n"
    "3. Portsmouth - Caen {third}\n\n4. Hull - Rotterdam 0.9 million\n",
    "The largest wheat importers last season:\n\n- Egypt: 12.4 million\n\n- Indonesia: 2.1 million\n\n"
    "- Turkey: {third}\n\n- Algeria: 0.9 million\n",
]


@pytest.mark.parametrize("text", SPACED)
def test_items_one_a_paragraph_under_a_ranking_heading_are_in_order(text):
    got = verdicts(text.format(third="1.6 million"))
    assert (Status.CONSISTENT, ("2.1 million", "1.6 million")) in got
    assert (Status.CONSISTENT, ("1.6 million", "0.9 million")) in got
    assert Status.INCONSISTENT not in [status for status, _ in got]


@pytest.mark.parametrize("text", SPACED)
def test_an_item_one_a_paragraph_out_of_place_is_flagged(text):
    assert (Status.INCONSISTENT, ("2.1 million", "2.6 million")) in verdicts(text.format(third="2.6 million"))


def test_a_sentence_after_a_spaced_list_is_no_item():
    text = ("The three most visited museums of 2019:\n\n1. Hillside Gallery 1.9 million\n\n2. River Museum 1.4 million\n\n"
            "3. Old Mill 0.8 million\n\nHillside Gallery stayed top, with 1.9 million visitors.\n")
    got = verdicts(text)
    assert Status.INCONSISTENT not in [status for status, _ in got]
    assert (Status.CONSISTENT, ("1.4 million", "0.8 million")) in got


def test_a_spaced_list_under_a_neutral_heading_is_not_ranked():
    text = "Visitors by month:\n\n1. January 3,100\n\n2. February 4,800\n\n3. March 4,200\n"
    assert verdicts(text) == []


LED = [
    "Maple came top in this year's survey of street trees.\n\nMaple - 412\nOak - 377\nLime - {third}\nAsh - 208\n",
    "Gravel Lane headed the league of the council's busiest car parks.\n\nGravel Lane - 412\nStation Yard - 377\n"
    "Market Square - {third}\nRiverside - 208\n",
    "The kestrel took the top spot among raptors reported by volunteers.\n\nKestrel: 412\nBuzzard: 377\n"
    "Red kite: {third}\nSparrowhawk: 208\n",
]


@pytest.mark.parametrize("text", LED)
def test_the_first_item_said_to_come_top_is_at_least_each_other(text):
    got = verdicts(text.format(third="301"))
    assert (Status.CONSISTENT, ("412", "377")) in got and (Status.CONSISTENT, ("412", "208")) in got
    assert (Status.CONSISTENT, ("377", "301")) in got


@pytest.mark.parametrize("text", LED)
def test_an_item_above_the_one_said_to_come_top_is_an_error(text):
    assert (Status.INCONSISTENT, ("412", "498")) in verdicts(text.format(third="498"))


@pytest.mark.parametrize("text", LED)
def test_the_rest_of_a_led_list_out_of_order_is_only_undetermined(text):
    got = verdicts(text.format(third="391"))
    assert (Status.UNDETERMINED, ("377", "391")) in got
    assert Status.INCONSISTENT not in [status for status, _ in got]


@pytest.mark.parametrize("text", [
    # no word puts the first item on top
    "Maple was planted most often in the 1950s.\n\nMaple - 412\nOak - 377\nLime - 498\nAsh - 208\n",
    # another item is said to come top
    "Oak came top in this year's survey.\n\nMaple - 412\nOak - 377\nLime - 498\nAsh - 208\n",
    # a list of regional headcounts, no ranking word at all
    "Regional office headcounts:\n\nNorth - 212\nSouth - 340\nEast - 198\n",
])
def test_decoys_lists_without_their_first_item_said_on_top_are_not_ranked(text):
    assert verdicts(text) == []


# ---- a higher place said after a lower one; a place given by a relative clause after the figure ------------------

REVERSED = [
    ("Riverside's pupils sent in 612 entries, which put the school in fourth place among the 20 in the county. "
     "Hillcrest came first with {top} entries.", "612"),
    ("The exhibition drew 412,000 visitors, which made it the second most popular show of the year. "
     "Top of the list was the tapestry exhibition, with {top} visitors.", "412,000"),
    ("Ferries carried 2.4 million cars, which left the port tied with Hull in third place among the 9 ports. "
     "Dover came first with {top} million cars.", "2.4 million"),
]


@pytest.mark.parametrize("text, lower", REVERSED)
def test_a_higher_place_said_after_a_lower_one_is_at_least_it(text, lower):
    top = {"612": "655", "412,000": "530,000", "2.4 million": "8.9"}[lower]
    got = verdicts(text.format(top=top))
    assert any(status is Status.CONSISTENT and lower in figures for status, figures in got)
    assert Status.INCONSISTENT not in [status for status, _ in got]


@pytest.mark.parametrize("text, lower", REVERSED)
def test_a_higher_place_below_the_lower_one_is_flagged(text, lower):
    low = {"612": "598", "412,000": "390,000", "2.4 million": "1.9"}[lower]
    got = verdicts(text.format(top=low))
    assert any(status is Status.INCONSISTENT and lower in figures for status, figures in got)


@pytest.mark.parametrize("text", [
    # the first place is of another paragraph, far on: another ranking
    "Riverside's pupils sent in 612 entries, which put the school in fourth place.\n\nThe county spent more on "
    "buses.\n\nNew teachers were hired.\n\nIn the spelling contest, Hillcrest came first with 598 entries.\n",
    # figures side by side, no place said of the first
    "Riverside's pupils sent in 612 entries, and the school hired 14 teachers. Hillcrest came first with 598 entries.",
])
def test_decoys_no_reversed_places_of_one_ranking(text):
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(text)]


# ---- the bottom of a ranking said by a verb; a change in words against a time whose level "when" gives -------------

LAST = [
    "Oslo came first with 71.2% of journeys by bus. Bergen came last of the eight cities, with only {last}. "
    "Trondheim was in third place with 40.5%.",
    "The Eagles finished top of the league with 88 goals. The Owls finished bottom, on {last} goals, while "
    "the Hawks came second with 71 goals.",
]


@pytest.mark.parametrize("text", LAST)
def test_each_place_is_at_least_the_last(text):
    last = "12.4%" if "%" in text else "19"
    got = verdicts(text.format(last=last))
    assert any(status is Status.CONSISTENT and figures[-1] == last for status, figures in got)
    assert Status.INCONSISTENT not in [status for status, _ in got]


@pytest.mark.parametrize("text", LAST)
def test_a_last_place_above_another_place_is_flagged(text):
    last = "42.4%" if "%" in text else "75"
    got = verdicts(text.format(last=last))
    assert any(status is Status.INCONSISTENT and last in figures for status, figures in got)


@pytest.mark.parametrize("text", [
    "The cut came last year, when 412 posts went; this year 500 more were lost.",  # "came last year": a time
    "Bergen came last of the eight cities. Its 12,400 buses carried 71.2% of commuters.",  # no figure after the verb
])
def test_decoys_no_last_place(text):
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(text)]


WHEN = [
    ("The shop sold 412 bikes last year, a sharp fall on 2019, when it sold {old}.", "down"),
    ("Volunteers counted 3.1 otters per river mile, a steep drop from 1995, when {old} were recorded.", "down"),
    ("The library lent 61,200 books, a modest rise on 2010, when it lent {old}.", "up"),
]


@pytest.mark.parametrize("text, way", WHEN)
def test_a_change_in_words_against_a_when_clause_orders_the_levels(text, way):
    old = {"down": {"412": "530", "3.1": "7.4"}, "up": {"61,200": "58,900"}}[way]
    first = next(w for w in ("412", "3.1", "61,200") if w in text)
    good = verdicts(text.format(old=old[first]))
    assert Status.CONSISTENT in [status for status, _ in good]
    bad_old = {"412": "380", "3.1": "2.2", "61,200": "64,000"}[first]
    assert Status.INCONSISTENT in [status for status, _ in verdicts(text.format(old=bad_old))]


def test_decoy_a_when_clause_without_a_change_word():
    text = "The shop sold 412 bikes last year, its first year on the high street since 2019, when it sold 530."
    assert verdicts(text) == []


# ---- a comparison with the period before, said without figures, then the two periods' levels --------------------------

PERIODS = [
    ("Fewer flights were cancelled in 2023 than in the year before, though more passengers were delayed.\n\n"
     "Airlines cancelled {new} flights in 2023 and delayed 61,300 passengers. The corresponding figures for 2022 "
     "were 5,880 flights and 48,900 passengers.", "5,880", "4,120", "6,120"),
    ("More loans were approved in 2021 than in 2020. Banks approved {new} loans in 2021, against 16,950 loans in "
     "2020.", "16,950", "18,400", "15,400"),
]


@pytest.mark.parametrize("text, old, right, wrong", PERIODS)
def test_a_comparison_with_the_period_before_orders_the_two_levels(text, old, right, wrong):
    good = verdicts(text.format(new=right))
    assert any(status is Status.CONSISTENT and set(figures) == {old, right} for status, figures in good)
    bad = verdicts(text.format(new=wrong))
    assert any(status is Status.INCONSISTENT and set(figures) == {old, wrong} for status, figures in bad)


@pytest.mark.parametrize("text", [
    # no earlier period compared
    "Fewer flights were cancelled than passengers had feared. Airlines cancelled 6,120 flights in 2023, against "
    "5,880 flights in 2022.",
    # the noun's levels are of one period
    "More loans were approved in 2021 than in 2020. Banks approved 15,400 loans in March 2021 and 16,950 loans "
    "in April 2021.",
])
def test_decoys_no_comparison_with_the_period_before(text):
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(text)]
    assert not [link for link in meaning_of(text).orders if "period before" in link.grammar]


def test_a_field_counted_after_a_possessive_is_no_place():
    # "among the region's 14 trusts": 14 counts the field; the sixth place is the 8,450's
    text = ("The hospital treated 8,450 patients, which placed it in sixth place among the region's 14 trusts. "
            "St Anne's came first with 7,900.")
    assert verdicts_of(text, "ranking") == [(Status.INCONSISTENT, ("7,900", "8,450"))]
