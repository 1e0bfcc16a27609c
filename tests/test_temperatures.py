"""Temperatures are amounts of their own unit ("25 °C", "31.4 degrees Celsius", "77 °F"): never counts,
so "11 nights when the temperature stayed above 25 °C" sets no count against a temperature, and a change in
degrees is checked against the two temperatures it lies between. The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Status


@pytest.mark.parametrize("text, unit", [
    ("It hit 25°C on Monday.", "degree_Celsius"),
    ("Nights stayed above 25 °C.", "degree_Celsius"),
    ("Highs of 31.4 degrees Celsius were recorded.", "degree_Celsius"),
    ("The mean was 1.4 degrees C above normal.", "degree_Celsius"),
    ("It reached 77 °F by noon.", "degree_Fahrenheit"),
])
def test_a_temperature_has_its_unit(text, unit):
    assert [f.unit for f in extract_figures(Document("t.txt", text))] == [unit]


def test_a_bare_degrees_is_no_temperature():
    assert [f.unit for f in extract_figures(Document("t.txt", "The university awarded 1,200 degrees."))] == [""]


@pytest.mark.parametrize("text, status", [
    ("The average temperature was 24.1 °C in July, up 2.0 °C from 22.1 °C a year earlier.", Status.CONSISTENT),
    ("The average temperature was 24.1 °C in July, up 1.3 °C from 22.1 °C a year earlier.", Status.INCONSISTENT),
])
def test_a_change_in_degrees_between_two_temperatures_is_checked(text, status):
    assert [s for s, _ in verdicts(text, "difference")] == [status], verdicts(text, "difference")


def test_a_count_of_days_is_not_compared_with_a_temperature():
    text = "There were 11 nights when the temperature stayed above 25 °C, against 4 nights in 2022."
    found = [figures for check in ("comparison", "ranking", "difference") for figures in errors(text, check)]
    assert not [f for f in found if any("°C" in x for x in f)]


@pytest.mark.parametrize("text, status", [
    ("71.2% of the 164,000 patients were seen within four hours, or 121,800 people.", Status.INCONSISTENT),
    ("71.2% of the 164,000 patients were seen within four hours, or 116,800 people.", Status.CONSISTENT),
])
def test_a_share_of_a_whole_then_its_amount_past_a_span_of_time(text, status):
    # (kept here with the other readings of units of time and measure this session added)
    assert [s for s, _ in verdicts(text, "share-of-total")] == [status], verdicts(text, "share-of-total")
