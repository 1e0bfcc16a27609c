"""A gap stated before the two levels it lies between (grammar.links._gap_after_two_levels): the gap's own
words ("exceeded imports by", "a surplus of", "1,204 more births than deaths"), then its levels opened by a
colon, a bracket, a dash or a noun in apposition. The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import role_of, verdicts as verdicts_of
from auditor.grammar.frames import Role
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "difference")


@pytest.mark.parametrize("text, gap", [
    ("Exports exceeded imports by $2.3bn: $14.1bn against $11.8bn.", "$2.3bn"),
    ("There were 1,204 more births than deaths (10,450 births, 9,246 deaths).", "1,204"),
    ("Women outnumbered men by 1,204 - 10,450 to 9,246.", "1,204"),
    ("The surplus of 3,112 tonnes, output of 15,600 tonnes against consumption of 12,488 tonnes, was a record.",
     "3,112 tonnes"),
    ("A surplus of $3.0bn (exports $9.2bn, imports $6.2bn) was recorded.", "$3.0bn"),
])
def test_a_gap_before_its_two_levels_is_the_larger_less_the_smaller(text, gap):
    (status, figures), = verdicts(text)
    assert status is Status.CONSISTENT and gap in figures and len(figures) == 3


@pytest.mark.parametrize("text", [
    "Exports exceeded imports by $2.5bn: $14.1bn against $11.8bn.",
    "There were 1,304 more births than deaths (10,450 births, 9,246 deaths).",
    "A surplus of $3.2bn (exports $9.2bn, imports $6.2bn) was recorded.",
])
def test_a_gap_its_levels_do_not_give_is_an_error(text):
    assert [status for status, _ in verdicts(text)] == [Status.INCONSISTENT]


def test_a_figure_after_a_verb_of_outdoing_and_its_bare_object_is_a_gap_not_a_level():
    # (read as a level, "$2.5bn: $14.1bn against $11.8bn" was a whole and its parts, and $14.1bn "a part
    # larger than its whole")
    assert role_of("Exports exceeded imports by $2.5bn: $14.1bn against $11.8bn.", "$2.5bn") is Role.GAP
    assert role_of("Deaths exceeded live births by 5365.", "5365") is Role.GAP


@pytest.mark.parametrize("text", [
    "The deficit of $4.1bn (up from $3.2bn) worried the markets.",  # one level after it, no pair
    "Imports exceeded the quota by 12,000 tonnes, with 40,000 tonnes from Brazil and 22,000 tonnes from Chile.",
])
def test_a_gap_without_a_pair_opened_after_it_relates_nothing_after_it(text):
    assert verdicts(text) == []
