"""A formula told in labels (grammar.links.labelled_ratio_links, checked by the ratio check): two levels, each in
brackets after its label, joined by words that divide the first by the second ("as a proportion of", "over",
"per"; "against" only before a plan's noun), then their quotient after a colon or "was". The sentences are written
here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures, status", [
    ("Pupils who passed the reading test (41,380) as a proportion of all pupils tested (52,910): 78.2%.",
     ("41,380", "52,910", "78.2%"), Status.CONSISTENT),
    ("Pupils who passed the reading test (46,380) as a proportion of all pupils tested (52,910): 78.2%.",
     ("46,380", "52,910", "78.2%"), Status.INCONSISTENT),
    ("Leverage, defined as total borrowings (€2,610m) over shareholders' funds (€7,940m), was 32.9% in June.",
     ("€2,610m", "€7,940m", "32.9%"), Status.CONSISTENT),
    ("Leverage, defined as total borrowings (€3,610m) over shareholders' funds (€7,940m), was 32.9% in June.",
     ("€3,610m", "€7,940m", "32.9%"), Status.INCONSISTENT),
    ("Customs duties collected (₦2,140 billion) against the annual target (₦2,600 billion): 82.3 per cent.",
     ("₦2,140 billion", "₦2,600 billion", "82.3 per cent"), Status.CONSISTENT),
    ("Customs duties collected (₦2,440 billion) against the annual target (₦2,600 billion): 82.3 per cent.",
     ("₦2,440 billion", "₦2,600 billion", "82.3 per cent"), Status.INCONSISTENT),
    ("Midwives in service (5,124) per district hospital (1,708): 3.0.",
     ("5,124", "1,708", "3.0"), Status.CONSISTENT),
])
def test_a_quotient_told_in_labels_is_the_ratio_of_the_two_levels(text, figures, status):
    assert (status, figures) in verdicts(text, "ratio")


@pytest.mark.parametrize("text", [
    # against another level, not a plan: a comparison, whose quotient may be a change or a gap
    "Customs duties collected (₦2,140 billion) against excise duties (₦1,600 billion): 25.2 per cent.",
    # over another time: the percentage is a change
    "Customs duties in 2024 (₦2,140 billion) over 2023 (₦1,960 billion): 9.2 per cent.",
    # a signed quotient is a change
    "Customs duties collected (₦2,140 billion) over excise duties (₦1,600 billion): +9.2 per cent.",
    # a gap in the levels' own unit
    "Customs duties collected (₦2,140 billion) against the annual target (₦2,600 billion): ₦460 billion short.",
    # labels with figures in brackets, no dividing words
    "Customs duties collected (₦2,140 billion) and excise duties (₦1,600 billion): 61.4 per cent of revenue.",
])
def test_bracketed_levels_without_a_division_are_no_ratio(text):
    assert not [v for v in verdicts(text, "ratio") if v[0] is Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # "over" a plan says by how much the level exceeds it
    "Admissions (1,340) over budget (1,000): 20.0 per cent.",
    # a percentage followed by a word of a gap
    "Admissions (1,340) relative to the plan (1,000): 20.0 per cent above.",
])
def test_a_gap_between_two_levels_is_no_ratio(text):
    assert not [v for v in verdicts(text, "ratio") if v[0] is Status.INCONSISTENT]
