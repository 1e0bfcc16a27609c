"""A whole's rate of change, then "with all (its) sub-sectors growing:" and each part's rate in brackets (grammar.order,
checked by the growth-of-parts check): the whole's rate lies between the smallest and the largest part's rate, being
their average weighted by the parts' earlier levels. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "growth-of-parts")


ALL_PARTS = [
    ("The factory output index rose 6.2 per cent in June, with all segments growing: food (3.1 per cent), textiles "
     "(8.4 per cent) and machinery (7.0 per cent).", ("6.2 per cent", "3.1 per cent", "8.4 per cent")),
    ("Retail sales fell 2.5% on the year, with all regions declining: the north (-1.2%), the south (-4.0%) and the "
     "west (-2.1%).", ("-2.5%", "-4.0%", "-1.2%")),
]


@pytest.mark.parametrize("text, figures", ALL_PARTS)
def test_a_rate_between_the_rates_of_all_its_parts(text, figures):
    assert len(meaning_of(text).rates_of_all_parts) == 1
    assert [v for v in verdicts(text) if v[0] is Status.CONSISTENT]


@pytest.mark.parametrize("text, old, new", [
    (ALL_PARTS[0][0], "rose 6.2 per cent", "rose 9.2 per cent"),
    (ALL_PARTS[1][0], "fell 2.5%", "fell 0.5%"),
])
def test_a_rate_outside_its_parts_rates_is_an_error(text, old, new):
    assert [v for v in verdicts(text.replace(old, new)) if v[0] is Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # not all the parts: a few named
    "Output rose 6.2 per cent, with food (3.1 per cent) and textiles (4.4 per cent) growing.",
    # "all" with no verb of change: no rates of the parts
    "Output rose 6.2 per cent, with all segments open: food (3.1 per cent of output) and textiles (4.4 per cent).",
])
def test_no_reading_without_all_the_parts_moving(text):
    assert not meaning_of(text).rates_of_all_parts
