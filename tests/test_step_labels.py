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
