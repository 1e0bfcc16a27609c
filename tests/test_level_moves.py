"""A level said to move from another, its verb before a comma ("dropped in the north, to 32.5 per
cent from 54 per cent"), a leap as a rise, and a series whose level before the move is not an aside
in brackets nor a level across another move (checks.change_direction, grammar.links.series_steps).
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def direction(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts(text, "change-direction")


MOVES = [
    ("The party's share also fell in the coastal seats, to nearly 31.5 per cent from over 48 per cent.",
     ("31.5 per cent", "48 per cent")),
    ("Membership dropped sharply last year, to 8,214 from 9,930.", ("8,214", "9,930")),
    ("The union made a big leap in the west, to close to 36.2 per cent from 12 per cent.", ("36.2 per cent", "12 per cent")),
    ("Bookings leapt in March, from 4,120 to 6,905.", ("6,905", "4,120")),
]


@pytest.mark.parametrize("text, pair", MOVES)
def test_a_move_whose_verb_stands_before_the_comma(text, pair):
    assert direction(text) == [(Status.CONSISTENT, pair)]


@pytest.mark.parametrize("text, old, new", [
    (MOVES[3][0], "6,905", "3,905"),
    (MOVES[1][0], "8,214", "10,214"),
    (MOVES[2][0], "36.2", "6.2"),
])
def test_a_move_the_levels_contradict_is_an_error(text, old, new):
    assert [s for s, _ in direction(text.replace(old, new))] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "The party won in the coastal seats, to the surprise of many, with 31.5 per cent against 48 per cent.",
    "In the leap year 2024 the town recorded 8,214 births, to 9,930 deaths.",
    "Voters were asked, from 9,930 polled, to name a party: 8,214 did.",
])
def test_no_move_without_a_word_of_change(text):
    assert direction(text) == []


SERIES = [
    ("The toll stood at 6.4 in 1975 (912 deaths in all). By 1985 it had come down to 4.1.", ("4.1", "6.4")),
    ("Yield per hectare was 2.9 tonnes in 2000 (41,200 tonnes harvested). By 2010 it had risen to 3.6 tonnes.",
     ("3.6 tonnes", "2.9 tonnes")),
]


@pytest.mark.parametrize("text, pair", SERIES)
def test_a_series_moves_from_its_level_not_from_an_aside_in_brackets(text, pair):
    found = direction(text)
    assert [shown for _, shown in found] == [pair]


def test_a_series_step_that_breaks_is_undetermined_at_most():
    # (no time for the new level: the step is only likely)
    text = SERIES[0][0].replace("4.1", "7.1").replace("By 1985 it", "Later it")
    assert direction(text) == [(Status.UNDETERMINED, ("7.1", "6.4"))]


def test_a_firm_series_step_that_breaks_is_an_error():
    # the series itself ("it") moved, at a later time, from the one level of the sentence before (the aside in
    # brackets is of another unit)
    text = SERIES[0][0].replace("4.1", "7.1")
    assert direction(text) == [(Status.INCONSISTENT, ("7.1", "6.4"))]


@pytest.mark.parametrize("text", [
    # the level between was not read ("3,9" is a decimal comma): 3.3 did not move from 3.3
    "By 1980 the rate had come down to 3.3, went up to 3,9 in 1985, fell back to 3.3 in 1990.",
    "Output came down to 410 tonnes, then went up to some thousands, and fell back to 395 tonnes.",
])
def test_no_step_across_another_move(text):
    assert direction(text) == []


# --- a level then the earlier time and its level in brackets (checks.comparison) ---------------------

UP_ON_A_TIME = [
    ("Of these patients, 85% were seen within 30 minutes of arrival, up on the same time last year (83%).", ("85%", "83%")),
    ("In May 412 ferries, or 61.2%, sailed on time, down from the same month a year earlier (436).",
     ("412", "436")),
    ("Sales of 9,120 homes took under 90 days, higher than in the previous quarter (8,840).", ("9,120", "8,840")),
]


@pytest.mark.parametrize("text, pair", UP_ON_A_TIME)
def test_a_level_compared_with_an_earlier_times_level_in_brackets(text, pair):
    assert verdicts(text, "comparison") == [(Status.CONSISTENT, pair)]


@pytest.mark.parametrize("text, old, new", [(UP_ON_A_TIME[0][0], "(83%)", "(88%)"), (UP_ON_A_TIME[1][0], "(436)", "(396)")])
def test_a_level_on_the_wrong_side_of_the_earlier_time_is_an_error(text, old, new):
    assert [s for s, _ in verdicts(text.replace(old, new), "comparison")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # no earlier time named: the brackets give another thing's figure
    "Of these patients, 85% were seen within 30 minutes, up on the regional hospitals (83%).",
    # two figures of the level's kind before: which one is compared is not said
    "Of these patients, 85% were seen and 80% treated within 30 minutes, up on the same time last year (83%).",
])
def test_no_comparison_with_brackets_that_name_no_earlier_time_or_with_two_candidates(text):
    assert verdicts(text, "comparison") == []


# --- a sentence of no figure says which way a measure moved; the next compares its two levels -------

SAID_BEFORE = [
    ("Burglaries fell sharply. Police recorded 412 burglaries, compared with 460 in 2022.", ("412", "460")),
    ("Exports of tea, however, have risen on last year. Tea exports came to 9,120 tonnes, against 8,840 tonnes "
     "a year earlier.", ("9,120 tonnes", "8,840 tonnes")),
    ("Enrolment declined again. Schools enrolled 61,240 pupils in the district, compared to 63,905 in the same "
     "period of 2021.", ("61,240", "63,905")),
]


@pytest.mark.parametrize("text, pair", SAID_BEFORE)
def test_two_levels_after_a_sentence_that_says_which_way_they_moved(text, pair):
    assert direction(text) == [(Status.CONSISTENT, pair)]


@pytest.mark.parametrize("text, old, new", [
    (SAID_BEFORE[0][0], "412", "492"), (SAID_BEFORE[1][0], "9,120", "8,120"), (SAID_BEFORE[2][0], "61,240", "66,240")])
def test_levels_against_the_way_said_before_are_undetermined(text, old, new):
    assert [s for s, _ in direction(text.replace(old, new))] == [Status.UNDETERMINED]


@pytest.mark.parametrize("text", [
    # the sentence before speaks of another measure
    "Burglaries fell sharply. Police recorded 412 assaults, compared with 460 in 2022.",
    # no earlier time: two things side by side
    "Burglaries fell sharply. The north recorded 412 burglaries, compared with 460 in the south.",
    # the sentence before gives figures of its own
    "Burglaries fell 12% in 2023. Police recorded 412 burglaries, compared with 460 in 2022.",
])
def test_no_move_without_a_figureless_sentence_on_the_same_measure_and_an_earlier_time(text):
    assert [shown for _, shown in direction(text) if shown == ("412", "460")] == []
