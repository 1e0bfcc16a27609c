"""A sentence opening on "That is" (or "This represents", "That amounts to") and a share of a whole it gives,
after a sentence that ends on the part: "Billing drew 1,310 complaints. That is 52.8% of the 2,480 total."
(grammar.links._share_of_the_level_before). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "share-of-total")


@pytest.mark.parametrize("text, status, figures", [
    ("Billing drew 1,310 complaints. That is 52.8% of the 2,480 total.", Status.CONSISTENT,
     {"1,310", "52.8%", "2,480"}),
    ("Billing drew 1,310 complaints. That is 55.8% of the 2,480 total.", Status.INCONSISTENT,
     {"1,310", "55.8%", "2,480"}),
    ("Imports rose to 820 tonnes. That amounts to about 40% of the 2,040 tonnes consumed.", Status.CONSISTENT,
     {"820 tonnes", "40%", "2,040 tonnes"}),
    ("Imports rose to 820 tonnes. This represents 46% of the 2,040 tonnes consumed.", Status.INCONSISTENT,
     {"820 tonnes", "46%", "2,040 tonnes"}),
])
def test_a_share_that_points_back_is_the_share_of_the_level_before(text, status, figures):
    assert [(s, set(found)) for s, found in verdicts(text)] == [(status, figures)]


@pytest.mark.parametrize("text", [
    "Billing drew 1,310 complaints.\n\nThat is 55.8% of the 2,480 total.",  # another paragraph
    "Billing drew 1,310 complaints in May. Service drew 55.8% of the 2,480 total.",  # no pronoun opens it
])
def test_a_share_that_does_not_point_back_is_not_the_level_befores(text):
    assert all(set(figures) != {"1,310", "55.8%", "2,480"} for _, figures in verdicts(text))
