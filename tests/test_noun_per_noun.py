"""A count of one noun for each of another ("14 patients per nurse") against the counts of the two
nouns in its sentence or the next (grammar.links.noun_per_noun_ratios). Written here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("'We are running at 14 patients per nurse,' a steward said. The union counted 2,436 patients and 174 nurses "
     "on the wards.", Status.CONSISTENT),
    ("'We are running at 14 patients per nurse,' a steward said. The union counted 2,436 patients and 214 nurses "
     "on the wards.", Status.INCONSISTENT),
    ("The district's 1,260 teachers and 40,950 pupils mean 32.5 pupils for every teacher.", Status.CONSISTENT),
    ("There are 6.2 buses per route: the operator runs 806 buses on its 130 routes.", Status.CONSISTENT),
])
def test_a_count_per_another_against_their_counts(text, status):
    assert [s for s, _ in verdicts(text, "ratio")] == [status]


def test_counts_in_clauses_of_their_own_are_never_an_error():
    text = "The ward has 9 patients per nurse. It employs 174 nurses and treated 2,436 patients last year."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "ratio")]


@pytest.mark.parametrize("text", [
    "Fares rose 4 per cent to 250 shillings per trip; 806 buses and 130 routes were licensed.",  # per cent
    "Each bus made 14 trips per day; the operator runs 806 buses and 130 routes.",  # a time base
])
def test_no_ratio_of_counts_for_a_percentage_or_a_time(text):
    assert verdicts(text, "ratio") == []
