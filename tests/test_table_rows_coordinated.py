"""A figure after two table rows named side by side and joined by "and" ("the ferry fare and the bus
fare to R12.40") restates each row's cell (checks.table_vs_text, grammar.tables.coordinated_rows). The texts are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "table-vs-text"
FARES = "\n\nFares from 1 March:\n\nTrain fare | R9.80 |\nFerry fare | {ferry} |\nBus fare | {bus} |\n"
DUES = "\n\nAnnual dues:\n\nJunior membership | Ksh 450 |\nStudent membership (full-time students) | {student} |\nSenior membership | {senior} |\n"


@pytest.mark.parametrize("text", [
    "The council set the train fare at R9.80, and the ferry fare and the bus fare at R12.40." + FARES.format(ferry="R12.40", bus="R12.40"),
    "The club kept junior dues at Ksh 450 and set the student membership (full-time students) and senior "
    "membership at Ksh 600." + DUES.format(student="Ksh 600", senior="Ksh 600"),
])
def test_both_rows_agree(text):
    assert [s for s, _ in verdicts(text, CHECK)].count(Status.CONSISTENT) >= 2
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


@pytest.mark.parametrize("text", [
    "The council set the train fare at R9.80, and the ferry fare and the bus fare at R12.40." + FARES.format(ferry="R12.40", bus="R15.50"),
    "The council set the train fare at R9.80, and the ferry fare and the bus fare at R12.40." + FARES.format(ferry="R15.50", bus="R12.40"),
    "The club kept junior dues at Ksh 450 and set the student membership (full-time students) and senior "
    "membership at Ksh 600." + DUES.format(student="Ksh 750", senior="Ksh 600"),
])
def test_a_row_that_disagrees_is_an_error(text):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text, CHECK)]


def test_rows_named_apart_are_no_list():
    # the ferry fare is named in another part of the clause: the figure may be the bus fare's only
    text = ("The ferry fare, which the council reviewed for weeks before it decided, stays as it was, and the bus "
            "fare is R12.40." + FARES.format(ferry="R15.50", bus="R12.40"))
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]
