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


@pytest.mark.parametrize("other, status", [("9.4 million", Status.CONSISTENT), ("11.4 million", Status.INCONSISTENT)])
def test_a_paragraph_may_open_on_a_part_of_them_and_its_remainder(other, status):
    # "of them" in a paragraph's first sentence points to the level of the paragraph before, as "Of these" opening
    # it does; "the other" in the next sentence completes the parts
    text = (f"The airport handled 21.6 million passengers in 2024, the operator said.\n\n"
            f"Domestic flights carried 12.2 million of them. International routes accounted for the other {other}.")
    assert (status, ("12.2 million", other, "21.6 million")) in verdicts(text, "sum-of-parts")


def test_a_part_of_them_after_a_table_is_not_read_across_it():
    text = ("| Route | Passengers |\n|---|---|\n| Domestic | 21.6 million |\n\n"
            "Low-cost carriers flew 12.2 million of them. Others accounted for the other 11.4 million.")
    assert not [v for v in verdicts(text, "sum-of-parts") if v[0] is Status.INCONSISTENT]
