"""The head of the measure a figure quantifies: the noun phrase a reader finds, not a month that dates the figure
("the 38,900 tonnes of April 2021", "in the nine months to end-June", "since 1 November") and not an empty measure
when the subject's verb stands in a perfect tense ("shipments had passed 3.1 million tonnes")."""
from __future__ import annotations

import pytest

from tests._reading import meaning_of


def head_of(text: str, figure: str) -> str:
    meaning = meaning_of(text)
    (found,) = [f for f in meaning.figures if f.text == figure]
    return meaning.frame(found).head


@pytest.mark.parametrize("text, figure, head", [
    # "of" + a month dates the amount; the measure is the clause's subject
    ("Copper output stood at 41,200 tonnes, up from the 38,900 tonnes of April 2021.", "38,900 tonnes", "output"),
    # a span closed by "to end-<month>" is a time, not the subject's last word
    ("Ticket sales in the nine months to end-June rose 6% to £812 million.", "6%", "sale"),
    ("Ticket sales in the nine months to end-June rose 6% to £812 million.", "£812 million", "sale"),
    ("Pension payouts at mid-March were 7.5 billion pesos.", "7.5 billion pesos", "payout"),
    # a verb of a level in a perfect tense: its subject stands before the auxiliary
    ("Grain shipments had passed 3.1 million tonnes by April 20.", "3.1 million tonnes", "shipment"),
    ("Fish exports from Norway had surpassed 12,000 tonnes.", "12,000 tonnes", "export"),
])
def test_the_head_is_the_noun_the_figure_quantifies(text, figure, head):
    assert head_of(text, figure) == head


def test_a_day_and_month_after_since_is_no_measure():
    assert head_of("Inflow into the dams since 1 November stands at 24.5 million cubic metres.",
                   "24.5 million cubic metres") != "november"


@pytest.mark.parametrize("text, figure", [
    # an agent's verb in a perfect tense: the council and the farmers are not what the figure counts
    ("The regional council has approved 2,300 this year.", "2,300"),
    ("Farmers have planted 2,300 this season.", "2,300"),
])
def test_an_agent_before_a_perfect_tense_is_not_the_measure(text, figure):
    assert head_of(text, figure) == ""


def test_a_noun_after_of_is_still_the_measure():
    # only a month after "of" dates the amount; a noun names what it counts
    assert head_of("The mill bought 3,400 tonnes of maize in March.", "3,400 tonnes") == "maize"
