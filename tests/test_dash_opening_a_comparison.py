"""A dash after a level that opens a comparison ("10 bags a year - compared to 140 bags in 2014") sets out no
parts of it; a dash that opens labelled amounts still does. The sentences are written here."""
from __future__ import annotations

from _reading import meaning_of, verdicts
from auditor.model import Status


def test_a_dash_that_opens_a_comparison_sets_out_no_parts():
    text = "Shoppers at the big supermarkets now buy 10 bags a year - compared to 140 bags in 2014."
    assert meaning_of(text).parts == ()
    assert verdicts(text, "part-exceeds-whole") == []


def test_a_dash_that_opens_labelled_amounts_still_sets_out_parts():
    text = "The council spent R3.1bn - roads R1.9bn, clinics R1.6bn."
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] == [Status.INCONSISTENT]
