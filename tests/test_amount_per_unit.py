"""An amount per unit of measure ("$4.00 a kg", "R60 per litre") against the total it divides and
the quantity in that unit (grammar.links.named_ratio_links), and pairs set side by side ("... against
..."), each giving this period's value first and another's second. The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ratio")


@pytest.mark.parametrize("text", [
    "Growers sold 2,400 tonnes of cocoa for $6.0 million, or $2,500 per tonne.",
    "The mill pressed 15,000 litres of olive oil, with sales of R900,000 at an average price of R60 a litre.",
    "Sales of olive oil reached R900,000 on 15,000 litres, R60 per litre, against R52 a year earlier.",
])
def test_an_amount_per_unit_is_the_total_over_the_quantity(text):
    (status, figures), = verdicts(text)
    assert status is Status.CONSISTENT and len(figures) == 3


@pytest.mark.parametrize("text, wrong", [
    ("Growers sold 2,400 tonnes of cocoa for $6.0 million, or $2,900 per tonne.", "$2,900"),
    ("The mill pressed 15,000 litres of olive oil, with sales of R900,000 at an average price of R75 a litre.", "R75"),
])
def test_an_amount_per_unit_the_total_and_quantity_do_not_give_is_an_error(text, wrong):
    (status, figures), = verdicts(text)
    assert status is Status.INCONSISTENT and wrong in figures


def test_pairs_set_against_each_other_pair_in_order_across_one_sentence_paragraphs():
    text = ("Coffee exports came to 42.5 million kg, against 38.1 million kg a year before.\n\n"
            "Export earnings reached $170 million against $141 million, and the unit value stood at $4.00 a kg "
            "against $3.70 a year earlier.")
    assert sorted(figures for _, figures in verdicts(text)) == [
        ("$141 million", "38.1 million kg", "$3.70"), ("$170 million", "42.5 million kg", "$4.00")]


@pytest.mark.parametrize("text", [
    # two quantities not set against each other: which one is divided?
    "The co-op sold 2,400 tonnes and 1,100 tonnes; revenue was $6.0 million, or $2,500 per tonne.",
    # "a year earlier" is a time, not a unit the amount is per
    "Fees stood at Rs 50 a year earlier, on 2,400 tonnes and Rs 90,000 of sales.",
    # the other period's amount per unit, whose total the text does not give
    "Sales reached R900,000 on 15,000 litres, R60 per litre, against R95 a year earlier.",
])
def test_no_ratio_when_the_terms_are_not_singled_out(text):
    assert not [figures for _, figures in verdicts(text) if figures[-1] in ("$2,500", "Rs 50", "R95")]


def test_a_price_per_unit_over_the_value_of_the_goods_is_decided():
    text = ("Coffee exports came to 42.5 million kg, against 38.1 million kg a year before.\n\n"
            "Export earnings reached $170 million against $141 million, and the unit value stood at $4.00 a kg "
            "against $3.90 a year earlier.")
    assert sorted(verdicts(text)) == sorted([(Status.CONSISTENT, ("$170 million", "42.5 million kg", "$4.00")),
                                             (Status.INCONSISTENT, ("$141 million", "38.1 million kg", "$3.90"))])


def test_a_price_beside_an_amount_that_is_not_the_goods_value_is_left_undetermined():
    text = "Coffee exports came to 42.5 million kg.\n\nThe firm's profit reached $170 million, and the price stood at $4.60 a kg."
    assert verdicts(text) == [(Status.UNDETERMINED, ("$170 million", "42.5 million kg", "$4.60"))]
