"""Rankings of changes (grammar.order): a superlative with a noun of change ranks changes of one kind ("the biggest
gain of the month, at 3.1 million", "rose 4.1%, the largest rise of any group", "the sharpest decline, with cases
down 31%"), and the items after it are changes or bare percentages of the same unit ("followed by a 9.1% gain in the
west and 6.0% in the south"); a rise does not rank with a fall, and a level not with a change. Checked by the
ranking check. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


def orders(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders}


ORDERED = [
    ("Orders rose in every plant, the fastest growth (12.4%) being in Leeds. It was followed by a 9.1% gain in "
     "Hull and 6.0% in York.", [("12.4%", "9.1%"), ("9.1%", "6.0%")]),
    ("Among the counties, Kerry posted the biggest increase, up 8.2%, ahead of Clare (5.5%) and Sligo (3.1%).",
     [("8.2%", "5.5%"), ("8.2%", "3.1%")]),
    ("Fares went up in all zones, the steepest rise (7.5%) in zone 4. Zone 2 came second with a 5.2% rise.",
     [("7.5%", "5.2%")]),
]


@pytest.mark.parametrize("text, pairs", ORDERED)
def test_a_ranking_of_changes_orders_them(text, pairs):
    links = orders(text)
    for larger, smaller in pairs:
        assert (larger, smaller, True) in links
        assert (Status.CONSISTENT, (larger, smaller)) in verdicts(text)


@pytest.mark.parametrize("text, old, new, pair", [
    (ORDERED[0][0], "9.1%", "13.1%", ("12.4%", "13.1%")),
    (ORDERED[1][0], "5.5%", "9.5%", ("8.2%", "9.5%")),
    (ORDERED[2][0], "5.2%", "8.2%", ("7.5%", "8.2%")),
])
def test_a_change_ranked_below_a_smaller_one_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


@pytest.mark.parametrize("text, leader, other", [
    ("Bread prices rose 4.1% in June, the largest rise of any group; fuel prices rose 2.2%.", "4.1%", "2.2%"),
    ("Mombasa recorded the sharpest decline, with thefts down 31%, while Kisumu saw a 12% drop.", "31%", "12%"),
])
def test_the_leader_of_a_ranking_of_changes_and_another_change_beside_it(text, leader, other):
    assert (leader, other, False) in orders(text)


@pytest.mark.parametrize("text", [
    # a rise against a fall: no order of size between them
    "Kerry posted the biggest increase, up 8.2%, ahead of Clare, where sales fell 9.5%.",
    # against its own past, not a ranking
    "Bread prices rose 4.1% in June, the largest rise in five years; fuel prices rose 6.2%.",
    # a level is not ranked with a change
    "Kerry posted the biggest increase, up 8.2%. Clare came second with 41.5% of the vote.",
    # "respectively" after "next came" says both came next, not in which order
    "Exports of fish rose 29.8%. Next came fruit and timber, up 17.7% and 20.4% respectively.",
])
def test_no_order_between_changes_without_its_grammar(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))
    assert not {(a, b) for a, b, certain in orders(text) if certain and {a, b} & {"9.5%", "6.2%", "41.5%", "20.4%"}}


@pytest.mark.parametrize("text", [
    # a sequence in time, not an order of size: a quarter said by its ordinal, a time after
    "Output grew 5% in the first quarter, followed by 7% in the second.",
    "Output was 412 tonnes in the first quarter, followed by 480 tonnes in the second.",
    "Wages rose 3% for men, followed by a 4% increase for women a year later.",
    "Fares rose 2% in the opening month, followed by 6% in the following month.",
])
def test_followed_by_in_time_is_no_order_of_size(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


def test_a_change_of_another_time_takes_no_place():
    text = ("The biggest increase in prices was for fuel, up 8.2%; the second-largest rise was in rents, at 9.1% "
            "a year earlier.")
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))
