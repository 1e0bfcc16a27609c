"""A currency's hundredths ("9.3 cents per kWh, from 7.5 cents", "75 pence", "120 kobo") are money in a unit
of their own, so the two ends of a price's move are one unit; and the value a fix suggests is given at the
stated figure's own precision ("12 + 7" against a stated 21 agrees with a stated 19, not 20), with the least
miss rounding allows to its first significant digit ("at least 0.4 USD", never "at least 0 USD")."""
from __future__ import annotations

import pytest

from auditor.audit import audit_document
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Kind, Status
from tests._reading import errors, statuses


def _figure(text: str, written: str):
    (found,) = [f for f in extract_figures(Document("t.txt", text)) if f.text == written]
    return found


@pytest.mark.parametrize("text, written, unit", [
    ("The tariff climbed to 9.3 cents per kilowatt hour.", "9.3 cents", "cents"),
    ("Tea sold at 93 pence a cup.", "93 pence", "pence"),
    ("Power costs 12 US cents per kWh.", "12 US cents", "cents"),
    ("Fuel went to 120 kobo a litre.", "120 kobo", "kobo"),
    ("The fee is 50 paise.", "50 paise", "paise"),
])
def test_a_currencys_hundredths_are_money_in_a_unit_of_their_own(text, written, unit):
    figure = _figure(text, written)
    assert (figure.kind, figure.unit) == (Kind.MONEY, unit)


def test_per_cent_stays_a_percentage():
    figure = _figure("Prices rose 5 per cent in May.", "5 per cent")
    assert figure.kind is Kind.PERCENT


def test_a_price_in_cents_moved_to_a_level_on_the_wrong_side_is_an_error():
    wrong = "The average tariff will climb to 7.3 cents per kilowatt hour, from 7.5 cents now.\n"
    assert errors(wrong, "change-direction") == [("7.3 cents", "7.5 cents")]
    right = "The average tariff will climb to 9.3 cents per kilowatt hour, from 7.5 cents now.\n"
    assert statuses(right, "change-direction") == [Status.CONSISTENT]


def test_amounts_in_hundredths_of_two_currencies_are_not_compared():
    decoy = "A loaf costs 45 pence in Leeds, up from 40 cents in Boston.\n"
    assert statuses(decoy, "change-direction") == []


def _finding(text: str, check: str):
    (found,) = [f for f in audit_document(Document("t.txt", text), checks=[check]).findings
                if f.status is Status.INCONSISTENT]
    return found


def test_the_value_a_fix_suggests_keeps_the_stated_figures_precision():
    finding = _finding("The firm has 12 branches in the north and 7 in the south, 21 in all.\n", "sum-of-parts")
    assert finding.consistent_value == "19"


def test_the_least_miss_is_shown_to_its_first_significant_digit():
    finding = _finding("Petrol rose $5 to $145.2 a litre from $141.2.\n", "difference")
    assert finding.consistent_value == "4 USD"
    assert finding.miss.at_least == "0.4 USD"


def test_a_unit_is_shown_by_its_symbol_or_its_plural_name():
    finding = _finding("Exports reached 4,210 tonnes in 2019. In 2020 they rose to 3,980 tonnes.\n", "change-direction")
    assert "tonnes" in finding.computed and "tonne " not in finding.computed + " "
    assert finding.miss.text.startswith("230 tonnes")
    area = _finding("The forest shrank to 120 km2 in 2020 from 95 km2 in 2010.\n", "change-direction")
    assert "km²" in area.computed
