"""A quantity at a price per unit, and the value the sentence says they make ("shipped 70,000 tonnes at US$7,934.9 a
tonne, earning US$55.9 million"): the value is the quantity, in the price's unit, times the price (ratio check,
auditor.grammar.prices). Two quantities or two values, a hedged figure, a price per another dimension, or no word
making a value stay unread. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status

CHECK = "ratio"


@pytest.mark.parametrize("text, figures", [
    ("The cooperative shipped 40,000 tonnes of pepper at US$3,612.5 a tonne, earning US$14.5 million.",
     ("40,000 tonnes", "US$3,612.5", "US$14.5 million")),
    ("Exports reached 92,000 tonnes worth US$505 million, at an average price of US$6.10 per kilo.",
     ("92,000 tonnes", "US$6.10", "US$505 million")),
    ("The field produced 2.4 million barrels at an average $71.20 a barrel, generating $158 million.",
     ("2.4 million barrels", "$71.20", "$158 million")),
])
def test_a_value_that_is_not_the_quantity_times_its_price_is_flagged(text, figures):
    assert [set(found) for found in errors(text, CHECK)] == [set(figures)]


@pytest.mark.parametrize("text", [
    "The cooperative shipped 4,000 tonnes of pepper at US$3,612.5 a tonne, earning US$14.5 million.",
    "Exports reached 92,000 tonnes worth US$561 million, at an average price of US$6.10 per kilo.",
    "The field produced 2.4 million barrels at an average $71.20 a barrel, generating $171 million.",
])
def test_a_value_that_is_the_quantity_times_its_price_is_consistent(text):
    assert Status.CONSISTENT in statuses(text, CHECK)
    assert errors(text, CHECK) == []


@pytest.mark.parametrize("text", [
    # two quantities before the price: which it prices is open
    "Of the 40,000 tonnes harvested, 31,000 tonnes were sold at US$3,612.5 a tonne, earning US$14.5 million.",
    # no word makes the second amount the value of the quantity
    "The cooperative shipped 40,000 tonnes of pepper at US$3,612.5 a tonne and repaid US$14.5 million of debt.",
    # a hedged value
    "The cooperative shipped 40,000 tonnes of pepper at US$3,612.5 a tonne, earning about US$14.5 million.",
    # a price per another dimension than the quantity's
    "The estate covers 40,000 hectares and sold its crop at US$3,612.5 a tonne, earning US$14.5 million.",
    # a price in another currency than the value
    "The cooperative shipped 40,000 tonnes of pepper at US$3,612.5 a tonne, earning KSh14.5 million.",
])
def test_a_price_whose_quantity_or_value_the_words_leave_open_is_not_read(text):
    assert errors(text, CHECK) == []
