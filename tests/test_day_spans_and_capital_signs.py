"""The first day of a span of days ("9 – 15 August 2021", "between 3 and 14 March", "12 to 18 June") is part of a
date, not a count; and "KM" in capitals after an amount is the convertible mark (Bosnia and Herzegovina's sign),
"km" in lower case kilometres."""
from __future__ import annotations

import pytest

from auditor.document import Document
from auditor.extract import extract_figures


def _figures(text: str) -> dict[str, object]:
    return {f.text: f for f in extract_figures(Document("t.txt", text))}


@pytest.mark.parametrize("text, first_day", [
    ("Epi Week 32: 9 – 15 August 2021. 45 cases were reported.", "9"),
    ("The survey interviewed 2,004 adults between 3 and 14 March 2025.", "3"),
    ("In the week of 12 to 18 June 2022, 45 cases were reported.", "12"),
    ("Cases were counted from 1st to 7th July; 30 died.", "1"),
])
def test_the_first_day_of_a_span_of_days_is_no_figure(text, first_day):
    assert first_day not in _figures(text)


def test_a_count_before_a_span_of_months_is_still_a_figure():
    # "from 3 to 9 tonnes in May": the month follows the unit, so the numbers are amounts
    assert {"3", "9 tonnes"} <= set(_figures("Output rose from 3 to 9 tonnes in May."))


def test_km_in_capitals_after_an_amount_is_the_convertible_mark():
    figures = _figures("The average net salary was 1,190 KM in December; the new road is 120 km long.")
    assert figures["1,190 KM"].unit == "BAM"
    assert figures["120 km"].unit == "kilometer"
