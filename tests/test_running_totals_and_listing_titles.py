"""A span's running measure reached after an amount ("bringing first-quarter exports to $3.9bn"), and a title
that lists figures of several measures, each restated only by a body figure of its own measure. The sentences
are written here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("Exports in March were $4.2bn, bringing first-quarter exports to $3.9bn.", Status.INCONSISTENT),
    ("Exports in March were $1.2bn, bringing first-quarter exports to $3.9bn.", Status.CONSISTENT),
    ("The club sold 64,100 tickets in May, taking year-to-date sales to 61,300.", Status.INCONSISTENT),
    ("Floods killed 173 people in June, bringing this year's death toll to 162.", Status.INCONSISTENT),
])
def test_an_amount_added_to_a_spans_running_measure_is_no_more_than_it(text, status):
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] == [status]


def test_a_title_listing_several_measures_restates_each_by_its_own():
    text = "Key figures: revenue R3.96bn; operating profit R1.52bn.\n\nRevenue for the year rose to R3.69bn.\n"
    found = verdicts(text, "same-measure-conflict")
    assert [(s, set(figures)) for s, figures in found] == [(Status.INCONSISTENT, {"R3.96bn", "R3.69bn"})]
