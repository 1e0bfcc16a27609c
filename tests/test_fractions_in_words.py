"""A percentage in brackets beside the fraction the words give it as (grammar.order.fractions_in_words, checked by
the comparison check): "more than a third of firms (31.2%)" is at least a third, "nearly one in four adults
(26.1%)" at most a quarter, "just over one death in every five ... (22.6%)" above a fifth; a bare fraction is a
loose rounding, only likely. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


HOLDING = [
    ("More than a third of the surveyed bakeries (36.4%) raised prices in June.", ("36.4%", "a third")),
    ("Nearly one in four commuters (23.8%) now cycle to work.", ("23.8%", "one in four")),
    ("Just over one patient in every five was readmitted within a month (21.3%).", ("21.3%", "five")),
    ("Fewer than one in every eight applications (11.9%) was refused.", ("11.9%", "eight")),
    ("Over a quarter of the county's farms (27 per cent) grow barley.", ("27 per cent", "a quarter")),
    ("Two-thirds of the trainees (66.7%) finished the course.", ("66.7%", "Two-thirds")),
]


@pytest.mark.parametrize("text, figures", HOLDING)
def test_a_share_beside_its_fraction_in_words(text, figures):
    assert (Status.CONSISTENT, figures) in verdicts(text)


@pytest.mark.parametrize("text, old, new", [
    (HOLDING[0][0], "36.4%", "31.4%"),
    (HOLDING[1][0], "23.8%", "26.8%"),
    (HOLDING[2][0], "21.3%", "18.3%"),
    (HOLDING[3][0], "11.9%", "13.9%"),
    (HOLDING[4][0], "27 per cent", "22 per cent"),
])
def test_a_share_on_the_wrong_side_of_its_hedged_fraction_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new))]


def test_a_bare_fraction_off_its_share_is_only_undetermined():
    # "two-thirds (61%)" is a loose rounding writers make; no error
    found = verdicts(HOLDING[5][0].replace("66.7%", "61%"))
    assert found and all(s is Status.UNDETERMINED for s, _ in found)


@pytest.mark.parametrize("text", [
    # the bracket gives another figure's share, after a figure of its own
    "One in four stations had 12 lifts (8.1% of the network's).",
    # the share is not in brackets closing the fraction's clause
    "A third of the boats were sold; exports rose 9.4% in the year.",
    # a forecast share
    "More than a third of the district's homes are expected to have solar panels (by 2030, 29% under the plan).",
    # "in four" of a count, not of a fraction: "one room in four wards"
    "Cleaners visited 14 rooms in four wards (62%).",
])
def test_no_fraction_without_a_share_in_brackets_closing_its_clause(text):
    assert not meaning_of(text).fractions
