"""'over' right after a verb whose particle it is ("handed over", "turned over") is part of the verb, not a bound:
"Airbus handed over 112 jets" delivered 112 jets, so a part of them above 112 is an error. After other verbs
"over" before a figure still means "more than" ("carried over 2 million passengers", "won over 50% of the vote").
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from auditor.audit import audit_document
from auditor.document import Document
from auditor.extract.context import qualifier_before
from auditor.model import Status


def statuses(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(f.status, tuple(g.text for g in f.figures)) for f in audit_document(Document("t.txt", text)).findings]


@pytest.mark.parametrize("prefix", ["Airbus handed over ", "The builder hands over ", "The firm turned over ",
                                    "The council is handing over "])
def test_over_after_its_verb_is_no_bound(prefix):
    assert qualifier_before(prefix) == ""


@pytest.mark.parametrize("prefix", ["The airline carried over ", "The party won over ", "Prices rose by over ",
                                    "There were over ", "Over "])
def test_over_elsewhere_is_still_more_than(prefix):
    assert qualifier_before(prefix) == "more-than"


def test_a_part_above_what_was_handed_over_is_an_error():
    found = statuses("Airbus handed over 112 jets in December, 181 of them from the A320 family.")
    assert any(status is Status.INCONSISTENT and set(figures) == {"112", "181"} for status, figures in found), found


def test_a_part_within_what_was_handed_over_checks_out():
    found = statuses("Airbus handed over 112 jets in December, 81 of them from the A320 family.")
    assert found and all(status is not Status.INCONSISTENT for status, _ in found)


def test_a_part_above_a_bound_is_no_error():
    # "over 112" is a bound: 181 of more than 112 may be right
    found = statuses("The airline carried over 112 charter groups, 181 of them from Asia.")
    assert all(status is not Status.INCONSISTENT for status, _ in found), found
