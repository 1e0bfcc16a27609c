"""A level restated in brackets right after it, in another scale or currency ("to Rs 117.14 crore (Rs 1,171.4
million) ... from Rs 89.69 crore (Rs 896.9 million) in the same quarter of the last fiscal"), is one level told
twice: the change compares the two levels, whose time words may stand after the bracket. An earlier value in
brackets ("(4,100 in 2022)") is another period's figure and stays a figure of its own."""
from __future__ import annotations

import pytest

from _reading import meaning_of, statuses
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT


@pytest.mark.parametrize("text, status", [
    ("HDFC Bank reported a 30.6 per cent increase in net profit to Rs 117.14 crore (Rs 1,171.4 million) for the "
     "second quarter ended September 30, 2003, from Rs 89.69 crore (Rs 896.9 million) in the same quarter of the "
     "last fiscal.", OK),
    ("HDFC Bank reported a 45.2 per cent increase in net profit to Rs 117.14 crore (Rs 1,171.4 million) for the "
     "second quarter ended September 30, 2003, from Rs 89.69 crore (Rs 896.9 million) in the same quarter of the "
     "last fiscal.", ERROR),
    ("Mortgage loan assets outstanding rose in value to KSh. 219.9 billion (US$2.4 billion) in December 2016 from "
     "KSh. 203.3 billion (US$2 billion) in December 2015, growth of 8.1 percent.", OK),
    ("Mortgage loan assets outstanding rose in value to KSh. 219.9 billion (US$2.4 billion) in December 2016 from "
     "KSh. 163.3 billion (US$1.6 billion) in December 2015, growth of 8.1 percent.", ERROR),
    ("Remittances climbed 14 percent to N2.8 trillion (about $7.6 billion) in 2019, from N2.1 trillion (about "
     "$5.8 billion) in 2018.", ERROR),
])
def test_a_change_between_two_levels_each_restated_in_brackets(text, status):
    assert statuses(text, "growth-rate") == [status]


def test_the_time_words_after_a_restating_bracket_are_the_levels_own():
    meaning = meaning_of("Net profit rose to Rs 117.14 crore (Rs 1,171.4 million) in the quarter to September 2003 "
                         "from Rs 89.69 crore (Rs 896.9 million) in the same quarter of the last fiscal.")
    periods = {f.text: f.period for f in meaning.figures}
    assert periods["Rs 89.69 crore"] == periods["Rs 896.9 million"] != periods["Rs 117.14 crore"]


@pytest.mark.parametrize("old, status", [("$4.1 million", OK), ("$3.6 million", ERROR)])
def test_an_earlier_value_in_brackets_is_no_restatement(old, status):
    # (the bracket holds the level of a year before: the old level of the change, not the new one told twice)
    text = f"Sales rose 12% to $4.6 million ({old} a year earlier)."
    assert statuses(text, "growth-rate") == [status]
