"""The counts of an examination's distinct letter grades are disjoint parts of the candidates who sat
it: together no more than them (part-exceeds-whole). The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

DISTRIBUTIONS = [
    ("In the 2022 state examination, 215 pupils got an overall grade of A. The other grades were: A- 1,240; "
     "B+ 3,100; B plain 5,480; B- 6,020; and C+ 7,310.\n\nBelow that, C plain went to 9,800 pupils, C- to 11,050 "
     "and D to {d}, while 2,950 had Es.\n\nIn 2022 a total of 62,400 pupils sat the examination.",
     "14,200", "15,600"),
    ("The board's results for 2023: A (Plus) 410; A 2,300; B (Plus) 4,950; B 8,120; C (Plus) 9,060; C 10,400 and "
     "D {d}.\n\nThat year 48,000 candidates wrote the papers.", "12,700", "13,700"),
]


def _sums(text: str) -> list[Status]:
    return [s for s, figures in verdicts(text, "part-exceeds-whole") if len(figures) > 3]


@pytest.mark.parametrize("text, right, wrong", DISTRIBUTIONS)
def test_the_grades_add_up_to_no_more_than_those_who_sat(text, right, wrong):
    assert _sums(text.format(d=right)) == [Status.CONSISTENT]
    assert _sums(text.format(d=wrong)) == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # two subjects: each grade named twice, more than one distribution
    "In English, A went to 410, B to 2,300, C to 4,950 and D to 8,120 pupils; in maths, A went to 9,060, B to "
    "10,400, C to 12,700 and D to 15,300 pupils.\n\nThat year 48,000 candidates wrote the papers.",
    # a few grades quoted, not a distribution
    "A went to 410 pupils, B to 2,300 and C to 49,950.\n\nThat year 48,000 candidates wrote the papers.",
    # the count below is not of those who sat
    "The results for 2023: A+ 410; A 2,300; B+ 4,950; B 8,120; C+ 9,060; C 10,400 and D 13,700.\n\nThat year "
    "48,000 candidates registered late fees.",
])
def test_no_distribution_without_distinct_grades_or_those_who_sat(text):
    assert _sums(text) == []
    assert not [link for link in meaning_of(text).parts if "grade" in link.grammar]


AND_ABOVE = ("In the 2022 state examination, {top} pupils reached the entry grade of B plus and above.\n\n"
             "A went to 215 pupils, A- to 1,240 and B+ to 3,100. Below that, B plain went to 5,480, B- to 6,020, "
             "C+ to 7,310 and C to 9,800, while 2,950 had Es.\n\nIn 2022 a total of 62,400 pupils sat the examination.")


def test_those_with_a_grade_and_above_are_the_sum_of_those_grades():
    assert [s for s, _ in verdicts(AND_ABOVE.format(top="4,555"), "sum-of-parts")] == [Status.CONSISTENT]
    assert [s for s, _ in verdicts(AND_ABOVE.format(top="4,955"), "sum-of-parts")] == [Status.INCONSISTENT]


def test_no_sum_when_a_letter_above_the_threshold_is_missing():
    text = AND_ABOVE.format(top="4,955").replace("A went to 215 pupils, A- to 1,240 and B+", "B+ went")
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == []
