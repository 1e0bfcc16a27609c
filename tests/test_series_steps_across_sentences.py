"""A level a series moved to, after the level the sentence before gave it (grammar.links.series_steps): firm when the
sentence before gave one level of the unit, the mover is the series itself ("it", "the number") and the new level is
of a later time; only likely otherwise. Checked by the change-direction check. Also a multiple between two levels
whose span is said with "between": "more than doubled between 2001 and 2021, from 8,400 to 19,750" (ratio check).
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def steps(text: str) -> set[tuple[str, str, int, bool]]:
    return {(link.new.text, link.old.text, link.direction, link.certain) for link in meaning_of(text).steps}


@pytest.mark.parametrize("text, step", [
    ("Membership stood at 12,400 in 2015. By 2020 it had fallen to 11,900.", ("11,900", "12,400", -1)),
    ("The clinic saw 3,200 patients in 2019. In 2021 the number rose to 3,650.", ("3,650", "3,200", 1)),
    ("The reservoir held 410 million litres in March. By June it had dropped to 355 million litres.",
     ("355 million litres", "410 million litres", -1)),
    ("Ferry crossings totalled 8,150 in 2012. In 2016 the total climbed to 9,020.", ("9,020", "8,150", 1)),
])
def test_a_firm_step_from_the_sentence_before(text, step):
    assert (*step, True) in steps(text)
    assert (Status.CONSISTENT, step[:2]) in verdicts(text, "change-direction")


@pytest.mark.parametrize("text, step", [
    ("Membership stood at 12,400 in 2015. By 2020 it had fallen to 13,100.", ("13,100", "12,400")),
    ("The clinic saw 3,200 patients in 2019. In 2021 the number rose to 2,900.", ("2,900", "3,200")),
])
def test_a_firm_step_the_wrong_way_is_an_error(text, step):
    assert (Status.INCONSISTENT, step) in verdicts(text, "change-direction")


@pytest.mark.parametrize("text", [
    # an earlier time named for the new level: not a step forward
    "Membership stood at 12,400 in 2015. In 2010 it had fallen to 13,100.",
    # two levels of the unit before: which one the move is from is not said
    "Membership stood at 12,400 in 2015 and 9,800 in 2016. By 2020 it had fallen to 13,100.",
    # another subject moves
    "Membership stood at 12,400 in 2015. By 2020 rival clubs had fallen to 13,100.",
    # no time for either level
    "Membership stood at 12,400. Then it fell to 13,100.",
])
def test_a_step_not_firm_is_never_an_error(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "change-direction"))


@pytest.mark.parametrize("text, flagged", [
    ("The number of registered charities more than doubled between 2001 and 2021, from 8,400 to 19,750.", False),
    ("The number of registered charities more than doubled between 2001 and 2021, from 8,400 to 15,750.", True),
    ("Cargo volumes tripled across the decade, from 1.2 million tonnes to 3.7 million tonnes.", False),
    ("Cargo volumes tripled across the decade, from 1.2 million tonnes to 2.1 million tonnes.", True),
])
def test_a_multiple_over_a_span_said_with_between(text, flagged):
    found = verdicts(text, "ratio")
    assert found
    assert any(status is Status.INCONSISTENT for status, _ in found) is flagged


@pytest.mark.parametrize("text, step", [
    ("The waiting list grew to 7.6 million in August. A month earlier it had stood at 7.4 million.",
     ("7.6 million", "7.4 million", 1)),
    ("Car thefts fell to 2,310 last year. In 2019 they had been 2,875.", ("2,310", "2,875", -1)),
    ("The reservoir dropped to 61% of capacity by October. The previous month it was 68%.", ("61%", "68%", -1)),
])
def test_the_level_before_a_move_given_in_the_next_sentence(text, step):
    assert (*step, True) in steps(text)
    assert (Status.CONSISTENT, step[:2]) in verdicts(text, "change-direction")


def test_the_level_before_a_move_the_wrong_way_is_an_error():
    text = "The waiting list grew to 7.6 million in August. A month earlier it had stood at 7.7 million."
    assert (Status.INCONSISTENT, ("7.6 million", "7.7 million")) in verdicts(text, "change-direction")


@pytest.mark.parametrize("text", [
    # another subject in the sentence after
    "The waiting list grew to 7.6 million in August. A month earlier the backlog of scans had stood at 7.7 million.",
    # no move before: two levels side by side
    "The waiting list was 7.6 million in August. A month earlier it had stood at 7.7 million.",
    # the move names its own old level
    "The waiting list grew to 7.6 million from 7.5 million in August. A month earlier it had stood at 7.7 million.",
])
def test_no_level_before_the_move(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "change-direction"))


@pytest.mark.parametrize("text", [
    # one group's level of several, not the series' own
    "Sales grew to 8,200 units in March. In February, they were 7,900 units in the south and 9,100 in the north.",
    "The jobless rate fell to 4.2% in June; in May, it was 4.4% for women.",
])
def test_a_group_level_is_not_the_level_before_the_move(text):
    assert not any(link.grammar.startswith("a level moved to, then") for link in meaning_of(text).steps)


def test_a_step_to_one_group_level_is_not_firm():
    text = "Membership stood at 12,400 in 2015. By 2020 it had fallen to 13,900 in the north, with 4,200 in the south."
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "change-direction"))
