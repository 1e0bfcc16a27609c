"""False alarms met on fresh decoy releases, each fixed by its grammar (the sentences are written here):
- "other" after a preposition or a verb in -ing names a kind, not the rest of a whole ("European films from other
  countries for 12 per cent", "doing other things (35%)"); "the remaining", "others" still close a list;
- the first item of a list whose later items leave out its verb ("17 occurred in gold mines, 9 in platinum mines")
  is no whole of the others; a figure after "jobs in the city," with no verb still is;
- "year over year" gives no span of a year for an average per day;
- a figure in a label's brackets before a colon is a class's bound, no whole ("Medium (100,000 to 1 million): 24
  resorts, 5.41 million");
- a sum of shares against a whole of 100% says "100%", not "1"."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "The most common reasons given were work commitments (49%) and doing other things with spare time (35%).",
    "American productions accounted for 58 per cent and European films from other countries for 12 per cent.",
])
def test_other_as_a_kind_closes_no_list_of_shares(text):
    assert not errors(text, "share-of-total")


@pytest.mark.parametrize("text", [
    "Domestic films took 30 per cent and other films the remaining 60 per cent.",
    "Men made up 52% and others 38%.",
])
def test_the_rest_still_closes_a_list_of_shares(text):
    assert errors(text, "share-of-total")


def test_a_shares_sum_against_the_whole_reads_100_percent():
    findings = audit_document(Document("t.txt", "Men made up 52% and others 38%.")).findings
    assert any("not the 100% stated" in f.headline for f in findings)


def test_the_first_item_of_a_gapped_list_is_no_whole():
    text = ("There were 38 deaths in mines last year. Of the deaths, 17 occurred in gold mines, 9 in platinum mines, "
            "7 in coal mines and 5 in other mines.")
    assert not errors(text, "part-exceeds-whole")
    # a whole with no verb before its list is still one
    assert errors("The region had 1,250 jobs in the city, 810 in manufacturing and 490 in services.", "part-exceeds-whole")


def test_year_over_year_is_no_span_of_a_year():
    text = "Gross bookings grew 19% year over year to $4.86 billion, and trips rose 16% to 612 million, or about 6.7 million a day."
    assert not errors(text, "ratio")


def test_a_bound_in_a_labels_brackets_is_no_whole():
    text = ("Resorts by size:\n- Large (over 1 million skier days): 2 resorts, 2.66 million skier days\n"
            "- Medium (100,000 to 1 million): 24 resorts, 5.41 million\n- Small (under 100,000): 95 resorts, 1.77 million\n")
    assert not errors(text, "part-exceeds-whole")


@pytest.mark.parametrize("text, wrong", [
    ("Of 85 oil tankers and 43 large container ships ordered worldwide, Korean shipbuilders won 85 and 26 respectively.",
     False),
    ("Of 85 oil tankers and 43 large container ships ordered worldwide, Korean shipbuilders won 85 and 46 respectively.",
     True),
    ("Of the 1,240 applicants and 310 appeals, 980 and 120 respectively were accepted.", False),
])
def test_fronted_wholes_then_parts_respectively(text, wrong):
    """(not a decoy: two wholes fronted after "Of", then the parts "respectively", each within its whole)"""
    found = verdicts(text, "part-exceeds-whole")
    assert bool(errors(text, "part-exceeds-whole")) == wrong
    assert len(found) == 2


def test_a_rate_among_those_who_did_something_is_no_share_of_the_whole_before():
    text = ("Of the 2,771 graduates from low-income families, 86 chose not to seek work for now and the remaining 2,685 "
            "were employed, an employment rate of 100% among those willing to work.")
    assert not errors(text, "share-of-total") and not [v for v in verdicts(text, "share-of-total")
                                                       if v[0] is Status.UNDETERMINED]
    # a rate with no such words is still a share of the whole before
    assert errors("Of the 2,771 graduates, 2,685 were employed, an employment rate of 100%.", "share-of-total")
