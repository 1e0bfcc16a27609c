"""Fractions and mixed numbers in words, where they are quantities, and not where they are not."""
from __future__ import annotations

from decimal import Decimal

import pytest

from auditor.audit import audit_document
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.extract.numbers import find_numbers


@pytest.mark.parametrize("text, written, value, unit", [
    ("Inflation was one and a half percent in May.", "one and a half percent", "1.5", "percent"),
    ("Inflation was one-and-a-half per cent in May.", "one-and-a-half per cent", "1.5", "percent"),
    ("Some two and a half million people voted.", "two and a half million", "2500000", ""),
    ("Output grew three and a quarter times.", "three and a quarter times", "3.25", "times"),
    ("The plan creates half a million jobs.", "half a million", "500000", ""),
    ("The rate rose half a percentage point.", "half a percentage point", "0.5", "percentage_point"),
    ("The city has a quarter of a million homes.", "a quarter of a million", "250000", ""),
    ("Exports fell by a third last year.", "a third", None, ""),
    ("Three-quarters of voters agreed.", "Three-quarters", "0.75", ""),
    ("Costs rose by three quarters.", "three quarters", "0.75", ""),
    ("A two-thirds majority is needed.", "two-thirds", None, ""),
    ("The fair drew a million visitors.", "a million", "1000000", ""),
])
def test_a_quantity_in_words_is_read_at_its_value(text, written, value, unit):
    tokens = [t for t in find_numbers(text) if t.words]
    assert [t.text for t in tokens] == [written]
    if value is not None:
        assert tokens[0].value == Decimal(value)
    assert tokens[0].unit == unit


def test_a_third_is_a_third():
    token = next(t for t in find_numbers("Exports fell by a third.") if t.words)
    assert abs(token.value * 3 - 1) < Decimal("1e-20")


@pytest.mark.parametrize("text", [
    "One of the provinces reported.", "She won a third term.", "Sales in the first three quarters of 2023 rose.",
    "Profits were higher a quarter earlier.", "It was the third largest port.", "A half-day strike was called.",
    "A million-strong crowd gathered.", "In the last two quarters the rate fell.",
])
def test_words_that_are_not_quantities_are_not_read(text):
    assert not [t for t in find_numbers(text) if t.words and t.kind_hint != "multiple"]


def test_two_and_a_half_million_is_rounded_like_the_decimal():
    token = next(t for t in find_numbers("about two and a half million people") if t.words)
    assert token.half_width == Decimal("50000")  # like "2.5 million": 2.45 to 2.55 million
    token = next(t for t in find_numbers("one and a third million") if t.words)
    assert token.half_width == 0  # a third has no decimal rounding: it is read as exact


@pytest.mark.parametrize("stated, status", [("1.8%", "inconsistent"), ("1.5%", "consistent")])
def test_a_worded_figure_takes_part_in_the_checks(stated, status):
    text = f"The unemployment rate was one and a half percent in 2023.\n\nIn 2023 the unemployment rate was {stated}.\n"
    findings = audit_document(Document("r.txt", text)).findings
    assert [(f.check, f.status.value, [x.text for x in f.figures]) for f in findings] == [
        ("same-measure-conflict", status, ["one and a half percent", stated])]


@pytest.mark.parametrize("text, value", [
    # the rest of a number in words under a smaller scale, after a comma or "and", is one number with it
    ("It took delivery of four million, four hundred thousand doses.", 4_400_000),
    ("About one million, two hundred and fifty thousand people voted.", 1_250_000),
    ("The fund holds two billion and three hundred million dollars.", 2_300_000_000),
])
def test_a_number_in_words_over_two_scales(text, value):
    found = extract_figures(Document("t.txt", text))
    assert [f.value for f in found] == [value]


def test_a_number_in_words_restated_in_digits_over_two_scales():
    from _reading import statuses
    from auditor.model import Status
    assert statuses("It took delivery of four million, four hundred thousand (4,400,000) doses.",
                    "same-measure-conflict") == [Status.CONSISTENT]
