"""A day, week or round named by its number ("situation report, day 60", "Round 3", "Week 12") is a label,
not a count: a title's "day 60" restates no count of the text. A count after a bare "day" or "week" in prose
("in a single day 60 vehicles crossed") is still a figure. The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.document import Document
from auditor.extract import extract_figures


@pytest.mark.parametrize("text", ["Flood response: situation report, day 60", "Round 3 was postponed.",
                                  "It is Week 12 of the season.", "Storm update – day 4"])
def test_a_numbered_day_or_round_is_no_figure(text):
    assert not extract_figures(Document("t.txt", text))


@pytest.mark.parametrize("text, figure", [("In a single day 60 vehicles crossed the bridge.", "60"),
                                          ("Over the week 400 people were treated.", "400")])
def test_a_count_after_a_bare_day_or_week_is_a_figure(text, figure):
    assert [f.text for f in extract_figures(Document("t.txt", text))] == [figure]


def test_a_title_day_restates_no_count():
    text = ("Flood response: situation report, day 60\n\n"
            "Sixty days after the river burst its banks, 38 villages remain cut off.\n")
    assert not verdicts(text, "same-measure-conflict")


def test_an_amount_far_off_its_average_told_apart_is_no_total_of_it():
    text = ("The average weekly payment was £212.40, and 4.1 million recipients received the full pension of "
            "£230.25.")
    assert not verdicts(text, "ratio")


@pytest.mark.parametrize("text, status", [
    ("The average claim was $10,740, and the insurer settled 38,420 claims worth $412.6 million in all.", "consistent"),
    ("The average claim was $12,740, and the insurer settled 38,420 claims worth $412.6 million in all.", "inconsistent"),
])
def test_a_total_told_apart_from_its_average_is_still_weighed(text, status):
    assert [s.value for s, _ in verdicts(text, "ratio")] == [status], verdicts(text, "ratio")
