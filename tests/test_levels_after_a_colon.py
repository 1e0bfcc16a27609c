"""Two levels after a colon, "that number was N in 2024 compared to M in 2023", of a change the clause before the colon
names one way only ("the same decline showed up in the number of late entries"): N lies on that side of M (grammar.links,
checked by the change-direction check). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "change-direction")


def steps(text: str) -> set[tuple[str, str, int, bool]]:
    return {(link.new.text, link.old.text, link.direction, link.certain) for link in meaning_of(text).steps}


COLON = [
    ("The same decline showed up in the number of late entries: that number was 1,240 in 2024 compared to 1,610 in "
     "2023.", "1,240", "1,610", -1),
    ("The rise was clearest in weekend trips: that figure was 8,300 (12%) in 2022, against 7,100 (10%) in 2021.",
     "8,300", "7,100", 1),
]


@pytest.mark.parametrize("text, new, old, direction", COLON)
def test_levels_after_a_colon_move_the_way_said_before_it(text, new, old, direction):
    assert (new, old, direction, True) in steps(text)
    assert (Status.CONSISTENT, (new, old)) in verdicts(text)


@pytest.mark.parametrize("text, old, new", [(COLON[0][0], "1,240", "1,940"), (COLON[1][0], "8,300", "6,300")])
def test_levels_the_other_way_are_an_error(text, old, new):
    assert [v for v in verdicts(text.replace(old, new)) if v[0] is Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # both ways named before the colon
    "Imports rose and exports fell: that number was 4,100 in 2023 compared to 4,400 in 2022.",
    # no anaphor of the measure after the colon
    "Prices rose: wheat was 410 in 2023 compared to 450 in 2022.",
])
def test_no_step_without_one_way_and_its_measure(text):
    assert not [s for s in steps(text) if s[0] in ("4,100", "410")]
