"""A bound on a multiple between two levels ("more than twice as many as") holds their ratio above
it (grammar.links.named_ratio_links), and a dash before a comparison opens no list of parts. Written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("The depot repaired 4,318 buses this year — more than twice as many as the 1,904 trams it serviced.",
     Status.CONSISTENT),
    ("The depot repaired 3,318 buses this year — more than twice as many as the 1,904 trams it serviced.",
     Status.INCONSISTENT),
    ("Exporters shipped 96,410 tonnes of tea, more than three times as much as the 28,730 tonnes of coffee.",
     Status.CONSISTENT),
])
def test_a_bound_on_a_multiple_between_two_levels(text, status):
    assert [s for s, _ in verdicts(text, "ratio")] == [status]


def test_a_dash_before_a_comparison_opens_no_list_of_parts():
    text = "The depot repaired 4,318 buses this year — more than the 1,904 trams it serviced."
    assert meaning_of(text).parts == ()


def test_a_dash_before_labelled_amounts_still_lists_parts():
    text = "The depot repaired 4,318 vehicles this year — buses 2,414 and trams 1,904."
    assert [(l.whole.text, tuple(p.text for p in l.parts)) for l in meaning_of(text).parts] == \
        [("4,318", ("2,414", "1,904"))]
