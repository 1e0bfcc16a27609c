"""A count that is the subject of a verb of coming out of, or being among, a definite whole after it ("The 3,118
complaints the ombudsman upheld came out of the 11,406 she received", "were among the 1,906 inspected") is a part of
it (grammar.parts.member_of_the_whole_between, checked by part-exceeds-whole); a figureless aside set off by dashes
may stand before the verb. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures, status", [
    ("The 2,740 appeals the tribunal allowed last year came out of the 9,115 it heard.", ("2,740", "9,115"),
     Status.CONSISTENT),
    ("The 12,740 appeals the tribunal allowed last year came out of the 9,115 it heard.", ("12,740", "9,115"),
     Status.INCONSISTENT),
    ("The 12,740 appeals the tribunal allowed last year — most concerned housing benefit — came out of the 9,115 it "
     "heard.", ("12,740", "9,115"), Status.INCONSISTENT),
    ("The 1,260 wells found dry in the survey were among the 1,080 the engineers visited.", ("1,260", "1,080"),
     Status.INCONSISTENT),
])
def test_a_count_said_to_come_out_of_a_definite_whole_is_within_it(text, figures, status):
    assert (status, figures) in verdicts(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    # another noun after the whole: not the part's whole
    "The 12,740 appeals the tribunal allowed last year were among the 9,115 cases of housing benefit it heard.",
    # no definite whole after the verb
    "The 12,740 appeals the tribunal allowed last year came out of 9,115 hearings.",
    # a figure inside the dashes: no aside
    "The 12,740 appeals allowed last year — up from 8,200 — were among the 9,115 it heard in 2023 alone.",
])
def test_no_definite_whole_of_the_parts_noun_no_finding(text):
    assert not [v for v in verdicts(text, "part-exceeds-whole") if v[0] is Status.INCONSISTENT and "12,740" in v[1]]
