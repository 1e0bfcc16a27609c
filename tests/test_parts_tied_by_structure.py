"""Parts tied to their whole by the structure of the sentence, not by a partitive word: a count
in a body named by its size, "with" a count and a participle clause, a noun phrase after "of the"
that names an earlier figure's thing, amounts that bring a total to a figure, and members of a
plural noun listed with their shares. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, statuses, verdicts
from auditor.model import Status

PART = "part-exceeds-whole"
SUM = "sum-of-parts"
SHARE = "share-of-total"


# --- a count in a body named by its size ------------------------------------------------------

@pytest.mark.parametrize("text, part, whole", [
    ("The coalition took 212 seats in the 180-member parliament.", "212", "180"),
    ("Rebel councillors now hold 61 places on the 45-seat council.", "61", "45"),
    ("Women filled 19 posts of the 12-member board after the vote.", "19", "12"),
    ("Some 520 engineers work in the 450-strong workforce.", "520", "450"),
])
def test_a_count_larger_than_the_body_it_is_in(text, part, whole):
    assert errors(text, PART) == [(part, whole)]


@pytest.mark.parametrize("text", [
    "The coalition took 112 seats in the 180-member parliament.",
    "Rebel councillors now hold 21 places on the 45-seat council.",
])
def test_a_count_within_the_body_it_is_in(text):
    assert statuses(text, PART) == [Status.CONSISTENT]


def test_a_body_size_not_holding_a_count_stays_out():
    # "joined the 15-member board": a compound adjective, no container of a count
    assert verdicts("She joined the 15-member board in 2019 and chaired 40 meetings.", PART) == []


# --- "with" a count and a participle clause ------------------------------------------------------

@pytest.mark.parametrize("text, part, whole", [
    ("The fleet numbered 540 vessels, with 610 flying a foreign flag.", "610", "540"),
    ("Turnout reached 48,200 voters, with 51,900 voters casting ballots by post.", "51,900", "48,200"),
    ("The charity handed out €2.4 million, with €2.9 million going to rural families.", "€2.9 million", "€2.4 million"),
    ("The district had 12,000 workers, with 13,500 employed in farming.", "13,500", "12,000"),
])
def test_a_narrowed_count_larger_than_its_whole(text, part, whole):
    assert errors(text, PART) == [(part, whole)]


def test_a_narrowed_count_within_its_whole():
    assert statuses("The library lent 9,300 books, with 2,100 going to schools.", PART) == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    # a count of another thing, an addition, a change: no subset of the whole
    "The ward has 200 beds, with 300 patients waiting for one.",
    "Sales reached 4,100 units, with 5,300 more arriving next week.",
    "Output was 410 tonnes in May, with 520 rising to 600 by June.",
    "The town had 12,000 homes, with 14,500 planned by 2030.",
    "The town had 12,000 homes, with 14,500 added in the last decade.",
])
def test_with_and_a_count_that_is_no_subset(text):
    assert errors(text, PART) == []


# --- "of the" and a noun phrase naming an earlier figure's thing -----------------------------------

@pytest.mark.parametrize("text, part, whole", [
    ("The agency hired 3,850 teachers this year; women made up 4,020 of the new hires.", "4,020", "3,850"),
    ("Some 1,200 runners finished the race. Locals were 1,450 of the finishers.", "1,450", "1,200"),
])
def test_a_part_of_a_whole_named_by_a_noun_phrase(text, part, whole):
    assert errors(text, PART) == [(part, whole)]


def test_a_noun_phrase_naming_another_thing_ties_nothing():
    # the phrase names no thing the earlier figure counts
    assert errors("The dealer sold 5,000 cars. Buyers returned 6,000 of the old batteries.", PART) == []


def test_two_earlier_figures_of_the_thing_leave_the_whole_open():
    text = "The agency hired 3,850 teachers and 2,900 nurses this year. Women made up 4,020 of the hires."
    assert errors(text, PART) == []


# --- amounts that bring a total to a figure ------------------------------------------------------

def test_amounts_added_are_no_more_than_the_total_they_bring():
    text = "New cases in Leeds (640) and York (590) brought the total to 1,100."
    assert (Status.INCONSISTENT, ("640", "590", "1,100")) in verdicts(text, PART)
    assert verdicts(text, SUM) == []  # "new": additions to a total, not all of it


def test_amounts_opening_the_sentence_may_make_up_the_total():
    text = "Imports by rail (1.4 million tonnes) and by road (0.9 million tonnes) brought the total to 2.6 million tonnes."
    assert statuses(text, SUM) == [Status.UNDETERMINED]
    assert Status.INCONSISTENT not in statuses(text, PART)
    assert statuses("Sales in stores (310 units) and online (190 units) took the total to 500 units.", SUM) \
        == [Status.CONSISTENT]


# --- members of a plural noun listed with their shares --------------------------------------------

def test_member_shares_are_read_as_one_breakdown():
    text = ("The main crops were wheat on the river plain (54%), barley in the hills (31%), oats (12%) "
            "and rye (9%).")
    links = meaning_of(text).named_whole_shares
    assert [[f.text for f in link.shares] for link in links] == [["54%", "31%", "12%", "9%"]]
    assert statuses(text, SHARE) == [Status.UNDETERMINED]  # 106%: a question, each may be of its own whole


def test_member_shares_that_may_be_rates_give_no_error():
    # the words cannot tell a breakdown from each member's own rate: a sum above 100% is only a question
    assert statuses("The poorest districts were Ashby 45%; Brent 40%; Crewe 38%.", SHARE) == [Status.UNDETERMINED]


@pytest.mark.parametrize("text", [
    "The steepest price increases were recorded in Oslo (21%), Bergen (19%) and Tromso (17%).",
    "Unemployment rates were Ashby (12%), Brent (9%) and Crewe (8%).",
])
def test_rates_and_changes_of_members_are_no_breakdown(text):
    assert meaning_of(text).named_whole_shares == ()


# --- a pronoun for the level before, as the subject of a verb of including -------------------------

@pytest.mark.parametrize("text, part, whole", [
    ("The council spent £41.2 million last year. It included £45.5 million on roads.", "£45.5 million", "£41.2 million"),
    ("The survey covered 8,240 homes. They included 9,130 flats and 610 cottages.", "9,130", "8,240"),
    ("Grants came to $7.5 million. This covered $2.1 million for clinics; $8.3 million for schools.",
     "$8.3 million", "$7.5 million"),
])
def test_parts_after_a_pronoun_that_includes_them(text, part, whole):
    assert any(part in found and whole in found for found in errors(text, PART))


def test_parts_after_a_pronoun_within_the_level_before():
    text = "Output reached 9,300 tonnes. It included 4,100 tonnes of wheat; 2,200 tonnes of barley."
    assert statuses(text, PART) and Status.INCONSISTENT not in statuses(text, PART)


def test_a_pronoun_with_two_levels_of_the_unit_before_names_no_whole():
    # two levels of the unit in the sentence before, both larger than the part: which is "it"?
    text = "Exports came to $9.1 million and imports to $8.2 million. It included $1.4 million of fuel."
    assert verdicts(text, PART) == []
