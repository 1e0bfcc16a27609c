"""A government budget's surplus or deficit is revenue less expenditure (checks.defined_measure),
and "the three months to September" is the third quarter (extract.periods). Written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.extract.periods import find_periods
from auditor.model import Status


@pytest.mark.parametrize("text, period", [
    ("in the three months to September 2023", "2023-Q3"),
    ("in the quarter ending June", "Q2"),
    ("over the six months to December 2022", "2022-H2"),
    ("in the three months to August 2023", "2023-06..08"),
    ("in the six months to March 2024", "2023-10..2024-03"),
])
def test_a_span_of_months_to_a_month(text, period):
    assert [p.period for p in find_periods(text)] == [period]


@pytest.mark.parametrize("text, status", [
    ("Revenue reached SAR 258.5 billion in the quarter and expenditure SAR 243.9 billion, leaving a budget surplus "
     "of SAR 14.6 billion.", Status.CONSISTENT),
    ("Budget surplus of SAR 18.6 billion in third quarter\nRevenue reached SAR 258.5 billion in the three months to "
     "September and expenditure SAR 243.9 billion, the ministry said.", Status.INCONSISTENT),
    ("Revenue of ₦12.37 trillion and government spending of ₦21.83 trillion, leaving a fiscal deficit of "
     "₦9.46 trillion.", Status.CONSISTENT),
])
def test_a_budget_balance_is_revenue_less_expenditure(text, status):
    assert [s for s, _ in verdicts(text, "defined-measure")] == [status]


def test_a_firms_revenue_and_a_countrys_deficit_name_no_budget_of_one():
    text = "The miner's revenue rose to $4.1 billion. The country's trade deficit was $2.2 billion."
    assert verdicts(text, "defined-measure") == []


def test_a_capital_opening_an_amount_is_no_subgroup_name():
    assert [f.text for f in meaning_of("A budget surplus of SAR 14.6 billion.").figures] == ["SAR 14.6 billion"]
