"""A sum of money said to cover another of one currency is no less than it (grammar.order.covered_sums, checked by the
comparison check); a sum put up "to cover" another states an aim, only likely met. The sentences are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


@pytest.mark.parametrize("text, pair, status", [
    ("The £42,000 grant covers the £39,500 shortfall.", ("£42,000", "£39,500"), Status.CONSISTENT),
    ("The £42,000 grant covers the £47,500 shortfall.", ("£42,000", "£47,500"), Status.INCONSISTENT),
    ("The levy brought in $3.1m, enough to cover the $2.8m repair bill.", ("$3.1m", "$2.8m"), Status.CONSISTENT),
    ("The levy brought in $2.1m, enough to cover the $2.8m repair bill.", ("$2.1m", "$2.8m"), Status.INCONSISTENT),
    ("Ticket sales of €610,000 wiped out the €585,000 deficit.", ("€610,000", "€585,000"), Status.CONSISTENT),
])
def test_a_sum_said_to_cover_another_is_no_less(text, pair, status):
    assert (status, pair) in verdicts(text)


@pytest.mark.parametrize("text, pair", [
    ("The fund set aside €4.5m to pay for the €5.2m upgrade.", ("€4.5m", "€5.2m")),
    ("Members bought £25k of shares to cover a projected £31k loss.", ("£25k", "£31k")),
])
def test_a_sum_put_up_to_cover_another_only_suggests_it(text, pair):
    assert (Status.UNDETERMINED, pair) in verdicts(text)


@pytest.mark.parametrize("text", [
    "The grant of $90,000 covers half of the $150,000 cost.",
    "The council paid £42,000 to cover part of the £47,500 bill.",
    "The 1,200 volunteers covered 4,200 households.",  # no sums of money
    "The $90,000 grant covers the 150,000 hectares of the park.",
])
def test_no_order_when_only_part_is_covered_or_no_two_sums(text):
    assert not [link for link in meaning_of(text).crossings if link.grammar == "a sum said to cover another"]
