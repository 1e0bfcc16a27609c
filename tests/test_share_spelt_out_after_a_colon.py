"""A share of a named whole, then after a colon its part and whole ("87% of the budget: R3.1bn of R3.5bn
allocated"): the colon sets them out, whatever the whole's own words (grammar.links.part_shares). The sentences
are written here."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("Spending came to 87% of the budget: R3.1bn of R3.5bn allocated.", Status.CONSISTENT),
    ("Spending came to 81% of the budget: R3.1bn of R3.5bn allocated.", Status.INCONSISTENT),
    ("Billing complaints made up 52.8% of all complaints: 1,310 out of 2,480.", Status.CONSISTENT),
    ("Billing complaints made up 55.8% of all complaints: 1,310 out of 2,480.", Status.INCONSISTENT),
])
def test_a_share_spelt_out_after_a_colon_is_its_part_over_its_whole(text, status):
    assert [s for s, _ in verdicts_of(text, "share-of-total")] == [status]


def test_a_share_of_another_whole_before_a_colon_is_not_spelt_out_by_the_pair():
    # the pair after the colon is its own share's: 1,310 of 2,480 is not 12% of GDP
    text = "Billing complaints rose 12% on the year: 1,310 out of 2,480 concerned it."
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts_of(text, "share-of-total"))
