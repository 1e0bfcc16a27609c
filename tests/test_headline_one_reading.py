"""A title figure the words alone tie to one body figure - the title's move told again from the same old
level of the same period - is restated by that figure only: another body figure that happens to have the
title's value (a sector's rate, a subgroup's) is no reading of it (relations.restatements, HeadlineLink.sole).
A tie the lead's fitting figure made sure keeps its other readings. The texts are written here; none is a
report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"

# (text, the title's value that fits, a wrong one that a subgroup's figure happens to have)
MOVES = [
    ("News release\n\nThe overall recycling rate rose from 52 per cent in 2020 to {} in 2021\n\n"
     "The overall recycling rate went up from 52 per cent in 2020 to 55 per cent in 2021. The commercial "
     "sector's recycling rate climbed from 68 per cent in 2020 to 70 per cent in 2021.\n", "55 per cent", "70 per cent"),
    ("Annual report\n\nClinic attendance rose from 74.0% in 2018 to {} in 2019\n\n"
     "Attendance at the clinics went up from 74.0% in 2018 to 77.2% in 2019. Among children, attendance went "
     "from 79.9% in 2018 to 81.5% in 2019.\n", "77.2%", "81.5%"),
    ("Port statistics\n\nThe harbour's occupancy fell from 88.4% in 2020 to {} in 2021\n\n"
     "Occupancy at the harbour dropped from 88.4% in 2020 to 80.1% in 2021, while the marina's occupancy "
     "slipped from 90.2% in 2020 to 84.6% in 2021.\n", "80.1%", "84.6%"),
]


@pytest.mark.parametrize("text, right, wrong", MOVES)
def test_a_title_move_is_restated_by_the_body_move_from_its_old_level_only(text, right, wrong):
    assert not errors(text.format(right), CHECK)
    assert errors(text.format(wrong), CHECK)


def test_the_tie_by_the_same_old_level_is_sole():
    meaning = meaning_of(MOVES[0][0].format("55 per cent"))
    sole = [link for link in meaning.headlines if link.sole]
    assert [(link.title.text, link.body[0].text) for link in sole] == [("55 per cent", "55 per cent")]


def test_a_decoy_title_level_with_no_body_move_stays_undecided():
    # no body move from the title's old level: the subgroup's equal figure may be what the title tells
    text = ("Annual report\n\nClinic attendance rose from 74.0% in 2018 to 81.5% in 2019\n\n"
            "Among children, attendance went from 79.9% in 2018 to 81.5% in 2019. Attendance among adults "
            "stood at 72.3% in 2019.\n")
    assert not errors(text, CHECK)


@pytest.mark.parametrize("body, status", [
    # a title's change over several years is restated by the body's change over the span, not by one year's change
    # (a change against a year's level, "18.4% below its 2004 level", spans from that year)
    ("Total alcohol consumption fell 0.3% in 2014, leaving consumption per head 18.4% below its 2004 level.",
     Status.CONSISTENT),
    ("Total alcohol consumption fell 0.3% in 2014.", None),
    ("Alcohol consumption has fallen 18.4% since 2004.", Status.CONSISTENT),
    ("Alcohol consumption has fallen 12.4% over the past ten years.", Status.INCONSISTENT),
])
def test_a_title_change_over_several_years(body, status):
    text = f"Alcohol consumption down 18% in ten years\n\n{body}\n"
    found = [(s, figures) for s, figures in verdicts(text, "same-measure-conflict") if "18%" in figures]
    assert [s for s, _ in found] == ([status] if status else [])
    assert not any("0.3%" in figures for _, figures in found)
