"""A whole, then its parts in brackets ("70 civil partnerships (42 male and 28 female)"):
complementary groups make it up; other labelled categories are disjoint and add up to no
more than it. Brackets that hold other periods, bases or changes are no breakdown."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def statuses(text: str) -> list[Status]:
    return [status for check in ("sum-of-parts", "part-exceeds-whole")
            for status, figures in verdicts(text, check) if len(figures) >= 3]


@pytest.mark.parametrize("text", [
    "The registry recorded 96 adoptions (51 boys and 45 girls) last year.",
    "The clinic treated 1,257 patients (812 adults and 445 children) in May.",
    "The council employs 3,418 staff (2,127 full-time, 1,291 part-time).",
    "Turnout reached 18,413 voters (9,902 urban and 8,511 rural).",
])
def test_complementary_groups_in_brackets_make_up_the_whole(text):
    assert statuses(text) == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "The registry recorded 96 adoptions (51 boys and 47 girls) last year.",
    "The clinic treated 1,257 patients (812 adults and 455 children) in May.",
])
def test_complementary_groups_that_do_not_add_up_are_an_error(text):
    assert statuses(text) == [Status.INCONSISTENT]


def test_other_categories_add_up_to_no_more_than_the_whole():
    fits = "In 2023 there were 513 road deaths (301 drivers, 144 passengers and 67 pedestrians)."
    exceeds = "In 2023 there were 513 road deaths (301 drivers, 164 passengers and 67 pedestrians)."
    assert statuses(fits) == [Status.CONSISTENT]
    assert statuses(exceeds) == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "The firm employed 3,418 staff (2,127 in 2022 and 2,301 in 2023).",  # two periods' levels
    "The port handled 1,257 ships (up from 1,104 and 983 before that).",  # earlier levels
    "The fund holds 4,212 bonds (between 1,100 and 1,900 a year).",  # a range
    "The district has 3,418 teachers (15.1% of 22,634 statewide) and 41,200 pupils.",  # a share and its base
])
def test_brackets_that_hold_no_breakdown_relate_nothing_as_parts(text):
    assert statuses(text) == []


def test_of_this_before_a_time_opens_no_parts():
    from _reading import meaning_of
    text = "The 86 finalists of this year's quiz championship were drawn from 1,412 teams that entered the rounds."
    assert [(link.whole.text, tuple(p.text for p in link.parts)) for link in meaning_of(text).parts] == [("1,412", ("86",))]


@pytest.mark.parametrize("text, part, pool", [
    ("The 40 jurors were selected from 1,250 residents who answered the summons.", "40", "1,250"),
    ("Some 312 apprentices, the board said, had been chosen from a pool of 4,900 applicants.", "312", "4,900"),
    ("Its 25 fellows are picked from about 600 nominees each year.", "25", "600"),
])
def test_a_number_chosen_from_a_pool_is_part_of_it(text, part, pool):
    from _reading import meaning_of
    assert [(link.whole.text, tuple(p.text for p in link.parts)) for link in meaning_of(text).parts] == [(pool, (part,))]


def test_a_pool_smaller_than_the_number_drawn_from_it_is_an_error():
    from _reading import verdicts
    assert [s for s, _ in verdicts("The 38 jurors were selected from 31 residents.", "part-exceeds-whole")] == ["inconsistent"]


def test_drawn_in_another_sense_is_no_pool():
    from _reading import meaning_of
    assert meaning_of("The 40 jurors drew from 1,250 pages of evidence; 86 teams were drawn in the lottery.").parts == ()
