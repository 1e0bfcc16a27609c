"""A ratio stated on a base ("3.1 doctors for every 1,000 residents") against the two levels its
nouns name (grammar.links.named_ratio_links). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ratio")


@pytest.mark.parametrize("text", [
    "There were 3.1 doctors for every 1,000 residents: the region's 15,500 doctors serve a population of 5.0 million.",
    "The region's 15,500 doctors serve a population of 5.0 million, or 3.1 doctors per 1,000 people.",
    "With 15,500 doctors and 5.0 million inhabitants, the region has 3.1 doctors for each 1,000 inhabitants.",
])
def test_a_ratio_on_a_base_against_the_levels_its_nouns_name(text):
    assert verdicts(text) == [(Status.CONSISTENT, ("15,500", "5.0 million", "3.1"))]


def test_a_ratio_on_a_base_that_the_levels_do_not_give_is_an_error():
    text = "There were 3.6 doctors for every 1,000 residents: the region's 15,500 doctors serve a population of 5.0 million."
    assert verdicts(text) == [(Status.INCONSISTENT, ("15,500", "5.0 million", "3.6"))]


@pytest.mark.parametrize("text", [
    # two levels of the ratio's noun: which one?
    "There were 3.1 doctors for every 1,000 residents. The region has 15,500 doctors, and 9,200 doctors in towns, "
    "and a population of 5.0 million.",
    # no level of the base's noun
    "There were 3.1 doctors for every 1,000 residents; the region's 15,500 doctors earn $5.0 million.",
])
def test_no_ratio_when_the_levels_are_not_singled_out(text):
    assert verdicts(text) == []
