"""A change with no level of its own, told with a comparative that names what it counts ("received 7
percent more guests than the year before", "12% fewer road deaths than in 2021"), is the change between
the two levels of that noun compared in the next sentence, by "compared with", "against", or a clause that gives the
same amount word for an earlier time ("where the 2015 count had been 21.0 million"). Invented sentences."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status

CHECK = "growth-rate"


@pytest.mark.parametrize("text, rate, wrong", [
    ("Hotels received 5 percent more guests in 2016 than in the year before. Hotels logged 22.0 million guest "
     "arrivals in 2016, compared with 21.0 million in 2015.", "5 percent", "15 percent"),
    ("Police recorded 12% fewer road deaths than in 2021. There were 1,210 road deaths in 2022, against 1,380 the "
     "year before.", "12%", "22%"),
    ("Hotels received 5 percent more guests in 2016 than in the year before. Hotels logged 22.0 million guest "
     "arrivals in 2016, where the 2015 count had been 21.0 million.", "5 percent", "15 percent"),
    ("Police recorded 12% fewer road deaths than in 2021. There were 1,210 road deaths in 2022, whereas the previous "
     "year's figure was 1,380.", "12%", "22%"),
    ("The ferry carried 9.5% more passengers this summer than last. It took 412,300 passengers between June and "
     "August, against 376,500 a year earlier.", "9.5%", "4.5%"),
])
def test_a_change_is_tied_to_the_levels_of_the_noun_its_comparative_counts(text, rate, wrong):
    assert [status for status, figures in verdicts(text, CHECK) if rate in figures] == [Status.CONSISTENT]
    (flagged,) = errors(text.replace(rate, wrong), CHECK)
    assert wrong in flagged


def test_levels_of_another_noun_are_not_the_change_s():
    text = ("Police recorded 22% fewer road deaths than in 2021. There were 1,210 serious injuries in 2022, against "
            "1,380 the year before.")
    assert verdicts(text, CHECK) == []


def test_a_clause_counting_another_noun_for_an_earlier_time_is_no_base():
    text = ("Hotels received 17 percent more guests in 2016 than in the year before. Hotels logged 22.0 million guest "
            "arrivals in 2016, while the 2015 count of bed nights was 21.0 million.")
    assert errors(text, CHECK) == []
