"""A change after a comparison of two levels, and the count a comparative names (the sentences are written here):
- "7,262.5 million litres, well above the 6,653.9 million litres taken in in 2016, a rise of some 9.15%": the level
  after "above" is the old one the change closing the clause is from;
- "The 2017 total was itself well above ...": the subject names the one level of the sentence before for its year;
- "150,683 passengers more than in the year before (2014), a rise of 29.1%": a count with its noun before
  "more than" is a change, and its rate in apposition after the comparison's time."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures", [
    ("The 2017 total was 7,262.5 million litres, well above the 6,653.9 million litres taken in in 2016, a rise of "
     "some 9.15%.", ("7,262.5 million litres", "6,653.9 million litres", "9.15%")),
    ("Intake in 2018 up to November was 7,332.3 million litres, more than in the whole of 2017, when intake came to "
     "7,262.5 million litres. The 2017 total was itself well above the 6,653.9 million litres taken in in 2016, a rise "
     "of some 9.15%.", ("7,262.5 million litres", "6,653.9 million litres", "9.15%")),
    ("In all, 668,277 passenger movements were counted in 2015. That is 150,683 passengers more than in the year "
     "before (2014), a rise of 29.1%.", ("668,277", "150,683", "29.1%")),
])
def test_a_change_after_a_comparison_of_its_levels(text, figures):
    found = verdicts(text, "growth-rate")
    assert any(status is Status.CONSISTENT and set(figs) == set(figures) for status, figs in found)
    assert errors(text.replace("9.15%", "19.15%").replace("29.1%", "39.1%"), "growth-rate")


def test_a_year_named_by_the_subject_must_be_the_earlier_levels_year():
    # the sentence before gives no level for 2019: nothing to point back to
    text = ("Intake in 2018 was 7,332.3 million litres. The 2019 total was well above the 6,653.9 million litres taken "
            "in in 2016, a rise of some 9.15%.")
    assert not errors(text, "growth-rate")
