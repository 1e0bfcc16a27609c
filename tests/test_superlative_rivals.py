"""The leader of a ranking against the other items of its measure its sentence (or the next) gives
(grammar.order._rivals, _rivals_after): likely, not said, to be smaller. Here: another item's figure after "had" (the
verb of its own figure, not of another time), the list of rivals running on with the verb left out, and a ranking
"by" a measure whose unit the figure names. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def orders(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders}


@pytest.mark.parametrize("text, pairs", [
    ("Of the regions, the North recorded the highest rainfall, 1,240 mm, while the South had 980 mm and the East 1,105 mm.",
     [("1,240", "980"), ("1,240", "1,105")]),
    ("Riverside was the busiest branch, with 8,300 loans, whereas Eastgate had 6,100 loans, Hilltop 4,900 and Mill "
     "Lane 2,050.", [("8,300", "6,100"), ("8,300", "4,900"), ("8,300", "2,050")]),
    ("The top seller was the blue model at 412 units, while the red one had 388 units.", [("412", "388")]),
])
def test_the_rivals_of_a_leader_in_its_sentence(text, pairs):
    found = orders(text)
    for pair in pairs:
        assert (*pair, False) in found


@pytest.mark.parametrize("text, pair", [
    ("Wheat was the largest crop by area, at 2.1 million hectares. Barley covered 1.4 million hectares.",
     ("2.1 million hectares", "1.4 million hectares")),
    ("Norway was the biggest supplier by weight, with 412 tonnes. Chile shipped 305 tonnes.", ("412 tonnes", "305 tonnes")),
])
def test_a_ranking_by_a_measure_the_figure_is_of(text, pair):
    assert (*pair, False) in orders(text)


def test_a_ranking_by_another_measure_ranks_no_figure_of_this_one():
    text = "Northbank, the largest lender by assets, reported 2.1 million customers. Southbank reported 2.6 million customers."
    assert not orders(text)


@pytest.mark.parametrize("text", [
    # the same item's past, not a rival
    "The North recorded the highest rainfall, 1,240 mm, while a year earlier it had 1,310 mm.",
    "The North recorded the highest rainfall, 1,240 mm, while it had had 1,310 mm the year before.",
    # no ranking at all: figures side by side
    "The North recorded 1,240 mm of rain, while the South had 980 mm and the East 1,105 mm.",
])
def test_no_rival_without_a_ranking_of_items(text):
    assert not any(a == "1,240" for a, _, _ in orders(text))
    assert not any(s is Status.INCONSISTENT for s, _ in verdicts(text, "ranking"))


def test_higher_than_in_any_other_is_a_first_place_and_no_remainder():
    text = ("The unemployment rate in the north, 7.4%, is higher than in any other region; the south has 4.1% and the "
            "west 6.2%.")
    assert ("7.4%", "4.1%", False) in orders(text) and ("7.4%", "6.2%", False) in orders(text)
    # "any other region" is the field of the comparison, not the rest of one whole the shares split
    assert not any(s is Status.INCONSISTENT for s, _ in verdicts(text, "share-of-total"))


@pytest.mark.parametrize("text", [
    "Of all visitors, 62% came by car; the other 38% came by train.",
    "Of all visitors, 62% came by car and the remaining 38% by train.",
])
def test_the_other_share_still_completes_a_whole(text):
    from _reading import meaning_of as read
    assert read(text).share_lists
