"""Figures side by side that the words do not relate, read from fresh releases (the sentences are written here):
- a change is not the move between two levels when the words move them the other way ("slipping 0.4% ..., $27.6
  billion, up from $26.3 billion") or when it names its own base time and the old level another ("0.4% from the
  previous month ... a year before");
- a figure that opens a list ("came to Rs 0.67 billion and Rs 0.8 billion") is no total of the sentence before."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "Despite slipping 0.4% from the previous month, sales reached $27.6 billion, up from $26.3 billion a year before.",
    "Despite slipping 0.4%, sales reached $27.6 billion, up from $26.3 billion a year before.",
    "Sales reached $27.6 billion, up from $26.3 billion a year before, despite slipping 0.4% from the previous month.",
    "After a 3.89 percent surge on the month, the inflow reached $920.12 million, compared with $885.95 million a year "
    "earlier.",
])
def test_a_change_is_not_a_move_the_words_give_another_way_or_time(text):
    assert not errors(text, "growth-rate")


@pytest.mark.parametrize("text, wrong", [
    # the change and the move the words give alike are still related
    ("After a 3.89 percent surge, the inflow reached $920.12 million, compared with $885.95 million.", True),
    ("After a 3.86 percent surge, the inflow reached $920.12 million, compared with $885.95 million.", False),
    ("The number of patients waiting more than 52 weeks fell from 2,015 to 1,240, a reduction of 775 or 38.5%.", False),
    ("The number of patients waiting more than 52 weeks fell from 2,015 to 1,240, a reduction of 775 or 32.5%.", True),
])
def test_a_change_and_its_own_move_are_still_related(text, wrong):
    if wrong:
        assert errors(text, "growth-rate")
    else:
        assert any(status is Status.CONSISTENT for status, _ in verdicts(text, "growth-rate"))


def test_a_figure_opening_a_list_is_no_total_of_the_sentence_before():
    text = ("Customs and excise collections went past their targets, by Rs 8.36 billion and Rs 5.81 billion "
            "respectively, reaching Rs 102.63 billion and Rs 77.76 billion. Education and health tax fell short: "
            "collections under these headings came to Rs 0.67 billion and Rs 0.8 billion.")
    assert not errors(text, "sum-of-parts")
    # a total that stands alone still sums the sentence before
    total = ("Arrivals via the main gates stood at 997,258, while the border gates saw 171,737. The number of "
             "arrivals in that month totaled 1,178,995.")
    assert errors(total, "sum-of-parts")
