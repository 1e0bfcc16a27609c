"""Members whose own words give no period, within the level of their measure stated before them
(grammar.within.subgroups_within_totals): a named member's level in a sentence that names no period is
of the period the text gave last for its measure; the lines of a list after a lead ending in a colon
("The three towns that ... in 2023 were:") are each a named member's level of the measure and period the
lead names. Only the words tie part and whole, so a part above the whole is doubtful, never an error.
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def members(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).members]


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "part-exceeds-whole")


CARRIED = [
    # a region's level in the next paragraph, its sentence naming no period
    ("Ferry passengers rose 4.1 percent to 612,000 in August 2023, the port authority said.\n\n"
     "Passengers from Norland fell 2.2 percent to 48,300.", "48,300", "612,000"),
    # a category given by a phrase after the head noun, a few sentences on
    ("Hospitals recorded 9,420 admissions in March 2024. The wards were busy. "
     "Admissions from rural areas rose to 1,130, the board said.", "1,130", "9,420"),
    # money, the member named before its verb
    ("Timber exports were worth $840 million in 2022. Northgate's timber exports climbed to $215 million.",
     "$215 million", "$840 million"),
]


@pytest.mark.parametrize("text, part, whole", CARRIED)
def test_a_member_without_a_period_lies_within_the_level_before_it(text, part, whole):
    assert (part, whole) in members(text)
    assert (Status.CONSISTENT, (part, whole)) in verdicts(text)


def test_a_member_above_the_level_before_it_is_only_doubtful():
    text = ("Ferry passengers rose 4.1 percent to 61,200 in August 2023, the port authority said.\n\n"
            "Passengers from Norland fell 2.2 percent to 483,000.")
    assert verdicts(text) == [(Status.UNDETERMINED, ("483,000", "61,200"))]


def test_members_without_a_period_add_up_to_no_more_than_the_level_before_them():
    text = ("Ferry passengers rose 4.1 percent to 61,200 in August 2023.\n\n"
            "Passengers from Norland fell 2.2 percent to 48,300.\n\nPassengers from Ostvik rose to 31,900.")
    assert (Status.UNDETERMINED, ("48,300", "31,900", "61,200")) in verdicts(text)


CARRIED_DECOYS = {
    # the member's sentence names its own, other period
    "another period": "Ferry passengers rose to 61,200 in August 2023. Passengers from Norland reached 483,000 in 2022.",
    # the whole is narrowed by a word the member lacks: hybrid cars are no electric cars
    "a narrower whole": "Registrations of electric cars rose to 2,146 in May 2024. Hybrid registrations stood at 21,873.",
    # a level said to be more than another is a gap, not a whole
    "a gap": "Deaths registered in 2016 were 851 higher than in 2015. Deaths from Marlow fever reached 7,200.",
    # a running total is not the month the member is of
    "a running total": "Arrivals for the year up to July rose to 5,400. Arrivals from Dunmark climbed to 7,100.",
    # another measure with the same unit
    "another measure": "Ferry passengers rose to 61,200 in August 2023. Cars carried from Norland rose to 483,000.",
}


@pytest.mark.parametrize("text", CARRIED_DECOYS.values(), ids=CARRIED_DECOYS.keys())
def test_decoys_give_no_member_of_the_last_period(text):
    assert not members(text)
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


def test_a_year_earlier_is_no_rate_per_year():
    # "compared with a year earlier" is when the old level was, not a rate per year: the level is a whole
    text = ("Ferry passengers rose 4.1 percent to 61,200 in August 2023 compared with a year earlier.\n\n"
            "Passengers from Norland fell 2.2 percent to 48,300.")
    assert ("48,300", "61,200") in members(text)


def test_a_place_the_first_sentence_names_alone_is_every_member_s():
    # the report is about Varnland: a region's level need not name it again
    text = ("Tourist arrivals in Varnland climbed 6 percent to 88,100 in June 2024.\n\n"
            "Arrivals from Ostria dropped 3 percent to 4,950.")
    assert ("4,950", "88,100") in members(text)


def test_a_first_sentence_naming_two_places_names_no_report_s_own():
    text = ("Tourist arrivals in Varnland climbed 6 percent to 88,100 in June 2024, while Keldor drew 12,000.\n\n"
            "Arrivals from Ostria dropped 3 percent to 4,950.")
    assert ("4,950", "88,100") not in members(text)


# --- the lines of a list whose lead names the measure and the period -----------------------------------------

LISTED = ("In the year ended June 2024, 18,400 building permits were issued, the agency said.\n\n"
          "The three towns that issued the most building permits in the year ended June 2024 were:\n\n"
          "Harwick with 6,150 (up 3 percent on the year ended June 2023)\n"
          "Lowmoor with 2,940\n"
          "Pellam with 1,870\n")


def test_the_lines_of_a_list_lie_within_the_level_its_lead_names():
    found = members(LISTED)
    assert {("6,150", "18,400"), ("2,940", "18,400"), ("1,870", "18,400")} <= set(found)
    assert (Status.CONSISTENT, ("6,150", "2,940", "1,870", "18,400")) in verdicts(LISTED)


def test_lines_that_add_up_to_more_than_the_level_are_only_doubtful():
    text = LISTED.replace("18,400", "8,400")
    assert (Status.UNDETERMINED, ("6,150", "2,940", "1,870", "8,400")) in verdicts(text)
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


def test_a_list_ends_where_prose_begins():
    # the next paragraph's sentence lists its own members: they are no lines of the list before
    text = LISTED + ("\nA new scheme followed.\n\nLibraries lent 96,300 books in 2022. The busiest branches were "
                     "Hollins with 21,400 and Marsh End with 17,950.")
    assert not [m for m in members(text) if m[0] in ("21,400", "17,950") and m[1] == "18,400"]


LISTED_DECOYS = {
    # the lead names another period than the level's
    "another period": LISTED.replace("most building permits in the year ended June 2024", "most building permits in 2021"),
    # the lead names another measure
    "another measure": LISTED.replace("issued the most building permits", "demolished the most houses"),
    # no colon: no list
    "no lead": LISTED.replace("were:", "were listed."),
}


@pytest.mark.parametrize("text", LISTED_DECOYS.values(), ids=LISTED_DECOYS.keys())
def test_list_decoys_give_no_member(text):
    assert not [m for m in members(text) if m[1] == "18,400"]


# --- members listed as "Name with N" in a sentence that names no measure or period ----------------------------

WITH_LIST = [
    # the whole in the sentence before, members after "were"
    ("Anglers landed 3,480 salmon on the river in 2023. The best beats were Kellow with 910, Drummet with 655 and "
     "Ashpool with 402.", ("910", "655", "402"), "3,480"),
    # the members after "were", the whole two words of a place apart
    ("Volunteers planted 12,400 trees across the valley in 2022. Top sites were Brackley Common with 3,150 and "
     "Oldfield with 2,480.", ("3,150", "2,480"), "12,400"),
    # the whole in the same sentence, its period before the list
    ("On the river, anglers landed 3,480 salmon in 2023, led by Kellow with 910, Drummet with 655 and Ashpool "
     "with 402.", ("910", "655", "402"), "3,480"),
]


@pytest.mark.parametrize("text, parts, whole", WITH_LIST)
def test_members_listed_with_their_counts_lie_within_the_level_before_them(text, parts, whole):
    assert {(p, whole) for p in parts} <= set(members(text))
    assert (Status.CONSISTENT, (*parts, whole)) in verdicts(text)


def test_members_listed_with_counts_above_the_level_are_only_doubtful():
    text = ("Anglers landed 1,480 salmon on the river in 2023. The best beats were Kellow with 910, Drummet with 655 "
            "and Ashpool with 402.")
    assert (Status.UNDETERMINED, ("910", "655", "402", "1,480")) in verdicts(text)
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


WITH_DECOYS = {
    # one member only: no list
    "one member": "Anglers landed 1,480 salmon on the river in 2023. The best beat was Kellow with 1,910.",
    # the list names its own period
    "its own period": "Anglers landed 1,480 salmon in 2023. In 2019 the best beats were Kellow with 910 and Drummet "
                      "with 655.",
    # the level before names a member itself: no total
    "a named level": "Rivers in the county yielded 9,000 salmon in 2023. Kellow anglers landed 1,480 salmon in 2023. "
                     "The best beats were Ostley with 910 and Drummet with 655.",
}


@pytest.mark.parametrize("text", WITH_DECOYS.values(), ids=WITH_DECOYS.keys())
def test_with_list_decoys_give_no_member(text):
    assert not [m for m in members(text) if m[1] in ("1,480", "9,000")]
