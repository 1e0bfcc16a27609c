"""A whole fronted by a "from" phrase that counts parts out of it, as "Of the" does: "From among 2,480
households surveyed, 610 ...", "From the number of 96 clinics, 41 ...". The part is no more than the whole.
"From" alone opens where a change started, not a whole."""
from __future__ import annotations

from _reading import errors, statuses

from auditor.model import Status

CHECK = "part-exceeds-whole"


def test_from_among_a_whole_reads_the_part_within_it():
    text = "From among 2,480 households surveyed, 610 households said they had no running water, the survey found."
    assert Status.CONSISTENT in statuses(text, CHECK)


def test_from_the_number_of_a_whole_flags_a_part_larger_than_it():
    text = "From the number of 96 clinics in the province, as many as 141 clinics lack a resident doctor, the ministry said."
    assert ("96", "141") in errors(text, CHECK) or ("141", "96") in errors(text, CHECK)


def test_from_a_total_of_flags_a_part_larger_than_it():
    text = "From a total of 3,150 applications received, 3,420 applications were approved by the board."
    assert errors(text, CHECK)


def test_from_alone_is_where_a_change_started():
    # the count rose from 2,000 to 3,000: neither is a part of the other
    text = "From 2,000 in 2019, the number of registered clinics grew to 3,000 last year."
    assert not errors(text, CHECK)


def test_two_wholes_side_by_side_are_no_partition():
    # two counts of different things in one sentence, no partitive: nothing to flag
    text = "The province has 96 clinics, and 141 pharmacies opened there last year."
    assert not errors(text, CHECK)
