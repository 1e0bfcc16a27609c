"""A verb of what is left before the last part of a whole ("leaving", "which leaves") says that part is
what the others leave of the whole: the parts make it up, so a sum that misses the whole is an error,
not a question. Not when the words after the figure make it a distance from a mark ("leaving it 12
short", "leaving 9 seats short of a majority"), nor when the verb is followed by anything but the figure."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def found(text: str, check: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(status, tuple(sorted(figures))) for status, figures in verdicts(text, check)]


@pytest.mark.parametrize("text, figures", [
    ("Of the 48,250 places on offer, only 31,420 were taken up, leaving 16,830 vacant.",
     ("16,830", "31,420", "48,250")),
    ("Of the total 925,762 spaces, only 551,553 were utilised leaving 374,209 unutilised.",
     ("374,209", "551,553", "925,762")),
    ("Of the 18,400 connections planned, contractors had completed 11,250, which leaves 7,150 to be laid.",
     ("11,250", "18,400", "7,150")),
    ("The board bought 2,400,000 doses. Of these, 1,870,500 were given, leaving 529,500 in storage.",
     ("1,870,500", "2,400,000", "529,500")),
])
def test_a_part_and_what_it_leaves_make_up_the_whole(text, figures):
    assert (Status.CONSISTENT, figures) in found(text, "sum-of-parts")


@pytest.mark.parametrize("text", [
    "Of the 12,600 places in nursing colleges, 11,950 were filled, leaving 560 unfilled.",
    "Of the KSh 2.6 billion set aside for bursaries, KSh 1.9 billion had been paid, leaving KSh 0.9 billion.",
    "Of the 2,300 boreholes drilled, 1,640 are working, which left 760 out of service.",
    "Of the total 925,762 spaces, only 551,553 were utilised leaving 405,256 unutilised.",
])
def test_a_part_and_what_it_leaves_that_miss_the_whole_are_an_error(text):
    assert [status for status, figures in found(text, "sum-of-parts") if len(figures) == 3] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Of the 85 council seats, the Greens took 41, leaving 4 short of a majority.",
    "Of the 85 council seats, the Greens took 41, leaving them 2 seats behind the Social Democrats.",
    "Of the 420 staff hired, 150 were engineers, leaving the firm with 3,400 employees.",
])
def test_leaving_a_distance_or_another_level_is_no_remainder(text):
    assert not [f for status, f in found(text, "sum-of-parts") + found(text, "part-exceeds-whole")
                if status is Status.INCONSISTENT]
