"""A hedge ("about", "some", "an estimated") before a whole number of five digits or more whose last digit is
not a zero ("about 7,08,273 square kilometres") widens it no further than its rounding: the writer did not round
it for the reader, and what the text works out from it uses it as written. A hedged round figure ("about
240,000") keeps its margin."""
from __future__ import annotations

import pytest

from _reading import statuses
from auditor.model import Status


@pytest.mark.parametrize("share, status", [("21.54%", Status.CONSISTENT), ("21.53%", Status.INCONSISTENT)])
def test_a_share_of_a_hedged_unrounded_figure_is_checked_to_its_rounding(share, status):
    text = (f"The report puts India's forest at about 7,08,273 square kilometres, which is {share} of the "
            "country's geographic area (32,87,569 sq. km).")
    assert statuses(text, "share-of-total") == [status]


def test_a_hedged_round_figure_keeps_its_margin():
    text = "Roughly 240,000 people visited the park, of whom about 37,000, or 15.9%, came from abroad."
    assert Status.INCONSISTENT not in statuses(text, "share-of-total")
