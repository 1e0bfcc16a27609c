"""Two shares side by side of one event's opposite outcomes make up its whole (links.opposite_outcome_shares, checked
by share-of-total): "62% of pupils passed and 38% failed", "seen within four hours; 18.8% waited longer", "reached
75% of calls in time, so 25% missed the target", "left on time ... were late". Not outcomes with a third part
(support and oppose leave the undecided), not shares of two wholes ("38% of girls"), not lists of several events.
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status

COMPLEMENTS = [
    ("Some 62% of candidates passed the driving test in May and 38% failed.", ("62%", "38%")),
    ("In June 81.2% of patients were seen within four hours; 18.8% waited longer.", ("81.2%", "18.8%")),
    ("Crews reached 75% of cardiac calls within the target time, so 25% missed it.", ("75%", "25%")),
    ("Of the flights, 78.4% left on time and 21.6% were late.", ("78.4%", "21.6%")),
]


@pytest.mark.parametrize("text, figures", COMPLEMENTS)
def test_two_opposite_outcomes_make_up_the_whole(text, figures):
    assert (Status.CONSISTENT, figures) in verdicts(text, "share-of-total")


@pytest.mark.parametrize("text, figures", COMPLEMENTS)
def test_two_opposite_outcomes_that_miss_the_whole_are_an_error(text, figures):
    first, second = figures
    wrong = text.replace(second, str(int(float(second.rstrip("%")) + 10)) + "%")
    assert errors(wrong, "share-of-total")


@pytest.mark.parametrize("text", [
    "In the survey 54% backed the plan while 41% opposed it.",
    "Some 62% of boys passed the exam and 38% of girls failed.",
    "Some 62% of pupils passed maths, 58% passed English and 12% failed both.",
    "Exports rose 62% and imports failed to grow, falling 28%.",
])
def test_no_whole_from_outcomes_that_leave_a_third_part_or_two_wholes(text):
    assert errors(text, "share-of-total") == []
    assert not [v for v in verdicts(text, "share-of-total") if v[0] is Status.CONSISTENT]
