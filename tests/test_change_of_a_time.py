"""A level after a noun of change said of its own year ("There was a sharp rise in 2022 as 46,300 runners entered")
moved that way from the level of the same measure that a sentence just before gave for an earlier year
(grammar.links._change_of_a_time; change-direction check). And a forecast's order after "It will be followed by":
read, but only likely (grammar.order.followed_lists). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def steps(text: str) -> set[tuple[str, str, int, bool]]:
    return {(link.new.text, link.old.text, link.direction, link.certain) for link in meaning_of(text).steps}


@pytest.mark.parametrize("text, step", [
    ("In 2021, a total of 41,200 runners entered the race. There was a sharp rise in 2022 as a total of 46,300 runners "
     "entered the race.", ("46,300", "41,200", 1)),
    ("The port handled 812 cruise calls in 2018.\n\nThere was a steep drop in 2020, when the port handled 96 cruise calls.",
     ("96", "812", -1)),
    ("Exactly 3,400 students enrolled at the college in 2015. 2016 saw a small dip, with 3,150 students enrolled at the "
     "college.", ("3,150", "3,400", -1)),
])
def test_a_change_said_of_a_later_year(text, step):
    assert (*step, True) in steps(text)
    assert (Status.CONSISTENT, step[:2]) in verdicts(text, "change-direction")


def test_a_change_of_a_year_the_wrong_way_is_an_error():
    text = ("In 2021, a total of 41,200 runners entered the race. There was a sharp rise in 2022 as a total of 38,900 "
            "runners entered the race.")
    assert (Status.INCONSISTENT, ("38,900", "41,200")) in verdicts(text, "change-direction")


@pytest.mark.parametrize("text", [
    # another measure before: not the same words
    "In 2021, 41,200 spectators watched the race. There was a sharp rise in 2022 as 38,900 runners entered the race.",
    # the change said of another year than the level's
    "In 2021, 41,200 runners entered the race. After a sharp rise in 2019, 38,900 runners entered the race in 2022.",
    # no noun of change: levels side by side
    "In 2021, 41,200 runners entered the race. In 2022, 38,900 runners entered the race.",
])
def test_no_change_of_a_time(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "change-direction"))


def test_a_forecast_order_after_followed_by_is_likely():
    text = ("Sales are expected to rise in every region, the highest (31 per cent) being in the north. It will be "
            "followed by a 24 per cent rise in the west and 19 per cent in the south.")
    orders = {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders}
    assert ("24 per cent", "19 per cent", False) in orders
    broken = text.replace("19 per cent", "29 per cent")
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(broken, "ranking"))


def test_a_change_of_another_measure_named_after_its_year():
    text = ("In 2021, 41,200 runners entered the race. There was a sharp rise in 2022 in the number of spectators, as "
            "38,900 runners entered.")
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "change-direction"))
