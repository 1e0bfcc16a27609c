"""The levels of a series listed after words of its direction (grammar.order.series_in_words): each at most the
one before after a fall, at least after a rise; for certain only when the move was at every step ("steadily",
"every year") and not qualified ("almost all downhill"). Checked by the comparison check. The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


def series(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).series_orders}


STEADY = [
    ("Council spending has declined every year since 2015, with £412 million in 2016, £398 million in 2017 and "
     "£377 million in 2018.", [("£412 million", "£398 million"), ("£398 million", "£377 million")]),
    ("Enrolment at the college has been falling steadily, with 8,400 students in 2012, 7,900 in 2015 and 7,350 in 2018.",
     [("8,400", "7,900"), ("7,900", "7,350")]),
    ("Hospital admissions rose year after year: 12,100 in 2019, 12,940 in 2020 and 13,600 in 2021.",
     [("12,940", "12,100"), ("13,600", "12,940")]),
]


@pytest.mark.parametrize("text, pairs", STEADY)
def test_a_steady_move_orders_each_level_against_the_one_before(text, pairs):
    found = series(text)
    assert all((*pair, True) in found for pair in pairs)


@pytest.mark.parametrize("text, old, new, pair", [
    (STEADY[0][0], "£398 million", "£418 million", ("£412 million", "£418 million")),
    (STEADY[1][0], "7,350", "8,350", ("7,900", "8,350")),
    (STEADY[2][0], "12,940", "11,940", ("11,940", "12,100")),
])
def test_a_level_against_the_steady_move_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


@pytest.mark.parametrize("text", [
    # the steps are not said
    "Attendance has fallen since 2010, with 8,400 in 2012, 7,900 in 2015 and 8,350 in 2018.",
    # the direction is qualified
    "Since 2005 the injury rate has been almost all downhill, with 4.1 in 2008, 4.4 in 2011 and 3.2 in 2014.",
])
def test_a_move_that_does_not_say_every_step_only_suggests_the_order(text):
    found = series(text)
    assert found and all(not certain for *_, certain in found)
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


@pytest.mark.parametrize("text", [
    # levels at times with no word of direction
    "The club had 410 members in 2019, 385 in 2020 and 452 in 2021.",
    # the move is said of the clause's own figure, not of the levels after it
    "Sales fell 4% to 9,100 units, with 3,200 in the north and 5,900 in the south.",
    # places, not times
    "Spending has risen steadily, with £41 million in the north and £52 million in the south.",
])
def test_no_series_order_without_a_direction_over_times(text):
    assert not series(text)


def test_the_level_of_the_year_the_move_runs_from_opens_the_series():
    text = ("The injury rate rose to 6.1 in 2004, and since 2004 it has fallen every year, with 5.2 in 2006 and 4.8 "
            "in 2008.")
    assert ("6.1", "5.2", True) in series(text)
    assert (Status.INCONSISTENT, ("6.1", "7.2")) in verdicts(text.replace("5.2", "7.2"))


@pytest.mark.parametrize("text, broken", [
    ("The share of renewables rose steadily, reaching 31% in 2021, 34% in 2022 and 37% in 2023.", False),
    ("The share of renewables rose steadily, reaching 31% in 2021, 34% in 2022 and 29% in 2023.", True),
    ("Membership fell every year, standing at 9,400 in 2019, 8,800 in 2020 and 8,100 in 2021.", False),
    ("Membership fell every year, standing at 9,400 in 2019, 8,800 in 2020 and 9,100 in 2021.", True),
])
def test_levels_after_a_participle_of_reaching(text, broken):
    from _reading import verdicts as verdicts_of
    found = verdicts_of(text, "comparison")
    assert found
    assert any(status is Status.INCONSISTENT for status, _ in found) is broken


def test_levels_of_other_groups_are_no_series():
    from _reading import verdicts as verdicts_of
    text = "Unemployment fell steadily, reaching 5.1% among men in 2021, 5.4% among women in 2022 and 4.9% overall in 2023."
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts_of(text, "comparison"))
