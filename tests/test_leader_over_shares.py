"""The first place of an order given with its share of a named whole, against another amount a later sentence gives
with its share of the same whole (grammar.order, checked by the ranking check): "Tourism was the largest single
source, worth $412m, or 31.0 percent of total earnings. ... Fisheries accounted for 22.4 percent of the total with
$298m" - both parts of one breakdown, the first place at least the other in amount and share. The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


def orders(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders}


LEADERS = [
    ("Tourism was the largest single source, worth $412m, or 31.0 percent of total earnings.\n\nPrices rose in the "
     "year.\n\nFisheries accounted for 22.4 percent of the total with $298m.", "$412m", "$298m", "31.0 percent",
     "22.4 percent"),
    ("Grants were the biggest income stream at £5.2m (30.1% of all income). Shops brought in £2.9m (16.7% of "
     "income), and events a little less.", "£5.2m", "£2.9m", "30.1%", "16.7%"),
]


@pytest.mark.parametrize("text, leader, other, share, other_share", LEADERS)
def test_the_first_place_against_another_part_of_its_whole(text, leader, other, share, other_share):
    assert (leader, other, True) in orders(text)
    assert (share, other_share, True) in orders(text)
    assert (Status.CONSISTENT, (leader, other)) in verdicts(text)


@pytest.mark.parametrize("text, old, new, pair", [
    (LEADERS[0][0], "$298m", "$498m", ("$412m", "$498m")),
    (LEADERS[1][0], "£2.9m (16.7%", "£6.9m (39.7%", ("£5.2m", "£6.9m")),
])
def test_a_part_above_the_first_place_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


@pytest.mark.parametrize("text", [
    # a share of another whole: no breakdown in common
    "Tourism was the largest single source, worth $412m, or 31.0 percent of total earnings. Imports of fuel took "
    "45.2 percent of spending with $590m.",
    # "the total" after a share of another whole is named: it may be that one's
    "Wages were the largest single cost, at $4.1m, or 40.2 percent of total spending. Tourism brought in $5.3m, or "
    "38.0 percent of total income. Fees accounted for 21.0 percent of the total with $4.6m.",
    # side by side, no first place
    "Tourism brought in $412m, or 31.0 percent of total earnings. Fisheries accounted for 42.4 percent of the total "
    "with $598m.",
])
def test_decoys_give_no_order(text):
    assert not [v for v in verdicts(text) if v[0] is Status.INCONSISTENT]
