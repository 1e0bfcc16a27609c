"""The dot of an initialism inside a sentence ("U.S.", "U.K.") ends no clause: a change after it measures the
level before it (grammar.links._CLAUSE_BREAK, read by change_links). A full stop still does. The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("Shoppers spent $517.36 billion online with U.S. merchants in 2018, 15.0% more than the $449.88 billion "
     "they spent the year before.", Status.CONSISTENT),
    ("Shoppers spent $646.70 billion online with U.S. merchants in 2018, 15.0% more than the $449.88 billion "
     "they spent the year before.", Status.INCONSISTENT),
    ("Visitors spent £3.1 billion at U.K. attractions last year, 12% more than the £2.77 billion of 2022.",
     Status.CONSISTENT),
])
def test_a_change_reaches_its_level_across_an_initialism(text, status):
    assert [s for s, _ in verdicts(text, "growth-rate")] == [status]


def test_a_full_stop_still_ends_the_clause():
    text = "Shoppers spent $646.70 billion online. Store sales were 15.0% more than the $449.88 billion of 2017."
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(text, "growth-rate"))
