"""Two levels "N, compared with M in 2011" after a sentence without figures that says which way their measure moved
(grammar.links, _moved_said_before): firm when the sentence before names the measure by the very content words the
levels' sentence names it with ("Thefts of bicycles have risen on last year. Theft of a bicycle was reported in 1,240
cases, compared to 1,180 in 2011"); only likely when it names a wider or another measure ("Crime has fallen on last
year."). Checked by the change-direction check. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "change-direction")


def steps(text: str) -> set[tuple[str, str, int, bool]]:
    return {(link.new.text, link.old.text, link.direction, link.certain) for link in meaning_of(text).steps}


ALIKE = [
    ("Thefts of bicycles have risen on last year.\n\nTheft of a bicycle was reported in 1,240 cases, compared to "
     "1,180 in 2011.", "1,240", "1,180", 1),
    ("Admissions for asthma fell in the year.\n\nAdmissions for asthma numbered 6,420, against 6,910 a year "
     "earlier.", "6,420", "6,910", -1),
]


@pytest.mark.parametrize("text, new, old, direction", ALIKE)
def test_a_move_said_of_the_measure_named_alike_is_firm(text, new, old, direction):
    assert (new, old, direction, True) in steps(text)
    assert (Status.CONSISTENT, (new, old)) in verdicts(text)


@pytest.mark.parametrize("text, old, new", [(ALIKE[0][0], "1,180", "1,380"), (ALIKE[1][0], "6,910", "5,910")])
def test_levels_against_the_way_said_before_are_an_error(text, old, new):
    assert [v for v in verdicts(text.replace(old, new)) if v[0] is Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # a wider measure moved: the levels' own measure may have gone the other way
    "Crime has fallen on last year.\n\nBurglary of a shop was reported in 240 cases, compared to 210 in 2011.",
    # another word of the measure
    "Thefts have risen on last year.\n\nTheft of a bicycle was reported in 1,040 cases, compared to 1,180 in 2011.",
])
def test_a_move_said_of_another_measure_is_only_likely(text):
    assert not [v for v in verdicts(text) if v[0] is Status.INCONSISTENT]
