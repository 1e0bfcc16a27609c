"""A forecast's own arithmetic: a level forecast together with the change forecast to reach it is
decided, and never an error (grammar.links.change_links). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "growth-rate")


@pytest.mark.parametrize("text", [
    "Pune is expected to sell 22,880 homes this year, 10 per cent more than the 20,800 of last year.",
    "The board projects 4,620 graduates in 2025, a rise of 5% from 4,400 in 2024.",
    "Next season the port will handle 1.32 million containers, up 20% on the 1.10 million of this season.",
])
def test_a_forecast_level_and_its_forecast_change_are_decided(text):
    assert [status for status, _ in verdicts(text)] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "Pune is expected to sell 22,880 homes this year, 30 per cent more than the 20,800 of last year.",
    "Next season the port will handle 1.32 million containers, up 45% on the 1.10 million of this season.",
])
def test_a_forecast_whose_arithmetic_fails_is_never_an_error(text):
    assert [status for status, _ in verdicts(text)] == [Status.UNDETERMINED]


@pytest.mark.parametrize("text", [
    # the change is the past's, the level a forecast for another year
    "Sales rose 10% from 20,800 last year to a level the firm did not give; next year they are expected to reach 24,000.",
    "Homes sold were up 10% on the 20,800 of last year. Builders expect to sell 26,000 next year.",
])
def test_a_stated_change_is_not_paired_with_a_forecast_level(text):
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))
    assert not [figures for _, figures in verdicts(text) if "24,000" in figures or "26,000" in figures]
