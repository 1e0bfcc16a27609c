"""The top and the bottom of one order said together (grammar.order.extremes): "the highest rate was in A (x) and the
lowest in B (y)", "highest in A, at x, and lowest in B, at y", or in two sentences running on: the top at least the
bottom. Not two measures ("the highest turnout ... the lowest unemployment"), not against a figure's own past, not
"best"/"worst". Checked by the ranking check. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


def tops(text: str) -> set[tuple[str, str]]:
    return {(link.larger.text, link.smaller.text) for link in meaning_of(text).orders
            if link.grammar == "the top and the bottom of one order"}


EXTREMES = [
    ("The highest vacancy rate was in Hull (9.5%) and the lowest in Bath (2.1%).", "9.5%", "2.1%"),
    ("Fares were highest in Bergen, at €14.20, and lowest in Tartu, at €6.80.", "€14.20", "€6.80"),
    ("Among the wards, the largest caseload was 1,204 in Eastfield. The smallest was in Moorside, with 311.",
     "1,204", "311"),
    ("Dunmore recorded the lowest attendance, 8,120 fans, while the highest, 31,400 fans, was at Harlow.",
     "31,400", "8,120"),
]


@pytest.mark.parametrize("text, top, bottom", EXTREMES)
def test_the_top_is_at_least_the_bottom(text, top, bottom):
    assert (top, bottom) in tops(text)
    assert (Status.CONSISTENT, (top, bottom)) in verdicts(text)


@pytest.mark.parametrize("text, top, bottom", EXTREMES)
def test_a_top_below_the_bottom_is_an_error(text, top, bottom):
    swapped = text.replace(top, "@@").replace(bottom, top).replace("@@", bottom)
    assert (Status.INCONSISTENT, (bottom, top)) in verdicts(swapped)


@pytest.mark.parametrize("text", [
    # two measures
    "The highest turnout was in Hull (71%) and the lowest unemployment in Bath (83%).",
    # against its own past
    "Unemployment reached its highest level in a decade, 9.5%, while inflation fell to its lowest, 12.1%.",
    "The rate was the highest since 2009 at 4.1%, and the lowest in the region was 5.2% in Bath.",
    # best and worst depend on the measure
    "The best waiting time was in Hull (41 days) and the worst in Bath (12 days).",
    # another period
    "The highest rate, 9.5% in 2021, was in Hull, and the lowest, 12.1% in 2023, was in Bath.",
    "In 2021 the highest rate was in Hull (9.5%); in 2023 the lowest was in Bath (12.1%).",
])
def test_no_top_and_bottom_without_its_grammar(text):
    assert not tops(text)
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


def test_two_measures_one_narrowing_the_other_are_not_one_order():
    text = "Unemployment was highest in the north (9.5%), while youth unemployment was lowest in the south (12.1%)."
    assert not tops(text)
    assert ("9.5%", "2.1%") in tops("Kano had the highest rate (9.5%) and Lagos the lowest (2.1%).")
