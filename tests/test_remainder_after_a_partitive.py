"""The remainder the next sentence names ("The remaining 1,400 ...", "the other 1,400") completes a whole's parts
(grammar.links.remainders_in_the_next_sentence) when the parts' sentence follows the whole's ("The firm employs
4,300 staff, 2,900 of whom ..."), and when a verb of being follows the remainder ("The remaining 1,400 are in
support roles": a predicate, no place narrowing it to another whole). The sentences are written here; none is a
report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures, status", [
    ("Of the 5,200 nurses, 3,100 work in hospitals. The remaining 2,100 are in community clinics.",
     ("3,100", "2,100", "5,200"), Status.CONSISTENT),
    ("Of the 5,200 nurses, 3,100 work in hospitals. The remaining 2,600 are in community clinics.",
     ("3,100", "2,600", "5,200"), Status.INCONSISTENT),
    ("The agency employs 5,200 nurses, 3,100 of whom work in hospitals. The remaining 2,600 are in clinics.",
     ("3,100", "2,600", "5,200"), Status.INCONSISTENT),
])
def test_the_remainder_of_the_next_sentence_completes_the_parts(text, figures, status):
    assert (status, figures) in verdicts(text, "sum-of-parts")


@pytest.mark.parametrize("text", [
    # the other ones of another place: not the rest of this whole
    "Of the 5,200 nurses, 3,100 work in hospitals. The other 2,600 nurses in the neighbouring region are not counted.",
    # no remainder word: another count
    "Of the 5,200 nurses, 3,100 work in hospitals. Some 2,600 midwives are in community clinics.",
])
def test_figures_that_are_no_remainder_are_left_alone(text):
    assert not [v for v in verdicts(text, "sum-of-parts") if v[0] is Status.INCONSISTENT]
