"""A level the words say moved from another (grammar.links.series_steps): "went up to X",
"came down to X" after the level before it, and "X (down from Y)". Checked by change-direction.
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def steps(text: str) -> list[tuple[str, str, int]]:
    return [(link.new.text, link.old.text, link.direction) for link in meaning_of(text).steps]


@pytest.mark.parametrize("text, step", [
    ("In 2023 the town had 12,480 licensed taxis (down from 13,905 a year earlier).", ("12,480", "13,905", -1)),
    ("Members numbered 8,214 (up from 7,930 in 2022).", ("8,214", "7,930", 1)),
    ("The jobless rate was 6.2% (up from 5.8%).", ("6.2%", "5.8%", 1)),
    ("The rate stood at 4.1 in 1990. By 2000 it had come down to 3.2.", ("3.2", "4.1", -1)),
])
def test_a_level_and_the_level_it_moved_from(text, step):
    assert step in steps(text)


def test_a_level_on_the_wrong_side_of_the_one_it_moved_from_is_an_error():
    text = "In 2023 the town had 14,480 licensed taxis (down from 13,905 a year earlier)."
    assert verdicts(text, "change-direction") == [(Status.INCONSISTENT, ("14,480", "13,905"))]


@pytest.mark.parametrize("text", [
    "The town had 12,480 taxis and 13,905 buses in 2023.",  # side by side, no move
    "The town had 12,480 taxis, down 4% from a year earlier.",  # the move is the rate's
])
def test_no_step_without_words_of_a_move_between_levels(text):
    assert steps(text) == []


@pytest.mark.parametrize("text", [
    "The ferry line carried 6.2 million passengers, including 2.9 million on night crossings. Its fleet grew to 58 boats.",
    "Cameras took 47 million photographs, of which 97,399 showed lynx. The number of reserves has grown to 53.",
])
def test_a_sentence_whose_subject_names_another_measure_starts_no_step(text):
    # the move's level is of another thing than the last level of the sentence before
    assert steps(text) == []


@pytest.mark.parametrize("text, status", [
    ("The ministry spent Rs 1,240 crore on roads in 2023-24, up from Rs 1,050 crore a year earlier. "
     "The increase of Rs 190 crore came mostly from bridges.", Status.CONSISTENT),
    ("The ministry spent Rs 1,240 crore on roads in 2023-24, up from Rs 1,050 crore a year earlier. "
     "The increase of Rs 290 crore came mostly from bridges.", Status.INCONSISTENT),
    ("Members numbered 8,214 (down from 8,930). The fall of 716 followed the fee rise.", Status.CONSISTENT),
])
def test_the_next_sentence_names_the_change_of_the_move_before(text, status):
    assert [found for found, _ in verdicts(text, "difference")] == [status]


def test_a_change_noun_at_odds_with_the_move_is_not_its_change():
    text = "Members numbered 8,214, up from 7,930. The fall of 284 followed the fee rise."
    assert verdicts(text, "difference") == []


# a change whose levels the words give elsewhere than after "from" or "to"
@pytest.mark.parametrize("text, check, figures", [
    # the two levels in apposition after the change: "A against B"
    ("The hospitals had 1,818 fewer beds at the end of the year than at the start — 24,607 against 25,925 — "
     "as two wards closed.", "difference", ("25,925", "24,607", "1,818")),
    # a comparative with no "than": the level of the sentence before
    ("In 2019 the railway carried 9.42 million tonnes of freight. Last year's volume, 6.91 million tonnes, "
     "was 17.9 per cent lower.", "growth-rate", ("6.91 million tonnes", "9.42 million tonnes", "17.9 per cent")),
    # a change in the title, the body's two levels compared
    ("Road deaths down 162 in 2023\n\nThe country's roads claimed 1,947 lives last year compared with 2,059 "
     "in 2022, the authority said.", "difference", ("2,059", "1,947", "162")),
])
def test_a_change_and_its_levels_given_apart(text, check, figures):
    found = verdicts(text, check)
    assert [status for status, _ in found] == [Status.INCONSISTENT]
    assert set(found[0][1]) == set(figures)


def test_that_is_a_change_points_back_to_the_two_levels_compared():
    text = ("Import traffic reached 6,590,095 tons in 2017 against 5,922,160 tons handled in 2016. That is volume "
            "growth of 667,935 tons or 13.3%, the manager said.")
    assert [status for status, _ in verdicts(text, "growth-rate")] == [Status.INCONSISTENT]
    assert [status for status, _ in verdicts(text, "difference")] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    # the level before the pair is the old one: the level reached is the one before it
    "Earnings rose to KSh 436.8 billion in 2023, from KSh 406.8 billion in 2022, an increase of KSh 30.0 billion "
    "or 7.4 per cent.",
    # the level reached after the pair, not the level of the clause before
    "Vantage fell 8.57% to 36.80, and Helix Pharma lost 9.90, or 4.60%, to 205.10.",
    "Compared with 2023, when 3,874 cases were recorded, notifications are up 548, or 14.1%.",
])
def test_a_change_and_its_rate_side_by_side_are_read_against_the_right_level(text):
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(text, "growth-rate")]


def test_a_word_starting_with_to_does_not_mark_the_level_reached():
    # "tonnes and": the "to" of "tonnes" is no "to"; the two old levels are listed side by side
    text = ("Waste from both sectors went up, from 4.12 million tonnes and 1.77 million tonnes respectively in "
            "2020, to 5.12 million tonnes and 1.82 million tonnes in 2021.")
    found = verdicts(text, "change-direction")
    assert not any(status is Status.INCONSISTENT for status, _ in found)
