"""A percentage said to be most of its whole is above one half; said to be a minority, below
(grammar.order.halves, checked by the comparison check). The sentences are written here; none is a
report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


@pytest.mark.parametrize("text, share", [
    ("Most patients were elderly, at 57.2 percent.", "57.2 percent"),
    ("The majority (61%) of members voted to accept the offer.", "61%"),
    ("Over half of the applicants were women (52.4%).", "52.4%"),
    ("A minority of households, 38%, own an electric car.", "38%"),
    ("Less than half of the graduates were employed in the region (44 per cent).", "44 per cent"),
])
def test_a_share_said_to_be_most_or_a_minority_lies_on_that_side_of_half(text, share):
    assert (Status.CONSISTENT, (share,)) in verdicts(text)


@pytest.mark.parametrize("text, old, new", [
    ("Most patients were elderly, at 57.2 percent.", "57.2", "47.2"),
    ("The majority (61%) of members voted to accept the offer.", "61%", "41%"),
    ("A minority of households, 38%, own an electric car.", "38%", "58%"),
])
def test_a_share_on_the_wrong_side_of_half_is_an_error(text, old, new):
    assert any(status is Status.INCONSISTENT for status, _ in verdicts(text.replace(old, new)))


@pytest.mark.parametrize("text", [
    # a superlative, not a majority
    "The most common cause of admission was a fall, at 31%.",
    "The most serious cases were in the north, at 12%.",
    # "most" of something else than the share's whole
    "Prices rose in most regions; food inflation was 4.2%.",
])
def test_no_half_without_a_majority_of_the_shares_whole(text):
    assert not meaning_of(text).halves


def test_no_half_when_a_figure_stands_in_the_clause_before_the_share():
    # (what "over 65" says is not read: the share's clause is taken from the figure before it on)
    assert not meaning_of("Most patients were over 65, at 57.2 percent.").halves
