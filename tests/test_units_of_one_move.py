"""The two ends of one move are one measure: the rate between them is read even when the words give the rate
without a direction ("accelerated by 9 percent to ... from ...") or write the two ends in two currencies (one code
mistyped). The words must tie the two levels ("to N from O", "from O to N", "to N, up by R from O"); a conversion
in brackets or a level of another clause is no end of the move."""
from __future__ import annotations

import pytest

from _reading import errors, statuses, verdicts
from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status

CHECK = "growth-rate"


@pytest.mark.parametrize("text, figures", [
    # a rate "by" a verb of no direction, between the move's own two ends
    ("Outlays accelerated by 9 percent in the half to $61.0 billion from $50.0 billion.",
     ("$61.0 billion", "$50.0 billion", "9 percent")),
    # the two ends in two currencies: one code is a slip, and the rate is read between the amounts as written
    ("Licence fees rose 30% to $26.0 million from €25.0 million.", ("$26.0 million", "€25.0 million", "30%")),
    ("Grants rose to $8.8 million this year, up by 30 percent from €8.0 million.",
     ("$8.8 million", "€8.0 million", "30 percent")),
    ("Outlays accelerated by 9 percent to $61.0 billion from €50.0 billion.",
     ("$61.0 billion", "€50.0 billion", "9 percent")),
])
def test_a_rate_that_misses_the_two_ends_of_its_move_is_flagged(text, figures):
    assert errors(text, CHECK) == [figures]


@pytest.mark.parametrize("text", [
    "Outlays accelerated by 22 percent in the half to $61.0 billion from $50.0 billion.",
    "Attendance moved by 5 percent to 9,500 from 10,000 visitors.",  # no direction said: the size of the move
    "Licence fees rose 4% to $26.0 million from €25.0 million.",
    "Grants rose to $8.8 million this year, up by 10 percent from €8.0 million.",
])
def test_a_rate_that_fits_the_two_ends_of_its_move_is_consistent(text):
    assert statuses(text, CHECK) == [Status.CONSISTENT]


def test_the_currency_slip_is_named():
    document = Document("t.txt", "Licence fees rose 30% to $26.0 million from €25.0 million.")
    (finding,) = audit_document(document, checks=[CHECK]).findings
    assert "two currencies" in finding.message


@pytest.mark.parametrize("text", [
    # a conversion in brackets restates a level: the move is between the dollar amounts
    "Licence fees rose 4% to $26.0 million (€24.0 million) from $25.0 million.",
    # two measures in two clauses, two currencies: no move between them
    "Sales in Europe rose 30% to €26.0 million, while US sales came to $25.0 million.",
    "The bank cut costs by 7 percent to $93 million, while revenue climbed from €70 million.",
    # a rate by a verb of no direction, with no two ends named
    "Output expanded by 5 percent, to 300 tonnes, and exports were 120 tonnes.",
    "Turnover accelerated by 40 percent to $12.0 million; a year earlier the rival's was €9.0 million.",
])
def test_levels_the_words_do_not_tie_are_not_flagged(text):
    assert errors(text, CHECK) == []
    assert all(status is Status.CONSISTENT for status, _ in verdicts(text, CHECK))
