"""A sentence opening "That is to say," or "In other words," with one figure restates the figure that
closes the sentence before (grammar.links restated_in_other_words). The sentences are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"


@pytest.mark.parametrize("text, status", [
    ("The clinic has 612 patients and 240 nurses, a patient-to-nurse ratio of 2.55. That is to say, every nurse "
     "looks after 2.55 patients on average.", Status.CONSISTENT),
    ("The clinic has 612 patients and 240 nurses, a patient-to-nurse ratio of 2.55. That is to say, every nurse "
     "looks after 3.2 patients on average.", Status.INCONSISTENT),
    ("The dam now holds 4,820 megalitres. In other words, the reservoir stores 4,820 megalitres of water.",
     Status.CONSISTENT),
    ("The dam now holds 4,820 megalitres. In other words, the reservoir stores 5,820 megalitres of water.",
     Status.INCONSISTENT),
])
def test_a_figure_said_in_other_words(text, status):
    assert status in [s for s, _ in verdicts(text, CHECK)]


@pytest.mark.parametrize("text", [
    # the figure before does not close its sentence: "that" may point elsewhere
    "The dam held 4,820 megalitres in May before the rains came. In other words, it rose 900 megalitres.",
    # a change restates no level
    "The dam now holds 4,820 megalitres. In other words, it gained 1,200 megalitres since May.",
])
def test_no_restatement(text):
    assert not any(link.grammar.startswith("'that is to say'") for link in meaning_of(text).same_as)
