"""A part set against its whole across a clause or a question, by two general grammars (part-exceeds-whole):

- a level named all there is of its noun ("the full fleet ... is 3,117", "the entire workforce numbers 8,240") and
  the one other count of that noun stated before it in the sentence or the sentence before: the count is within it
  (a body of things, "fleet", "workforce", may stand for its members' noun when the count's words restrict it to
  some of them: "Counting only those with a valid licence", "Of the city's taxis");
- a question asking how many of a whole ("How many of the region's 2,906 boreholes ...?", "Of the 2,906
  boreholes, how many ...?") and the answer the next sentence opens on ("Just 3,142.", "The answer is 3,142").

Decoys: a count of another noun, of another period, set against the whole ("up from", "more than"), a count of
people using the things the whole counts, and an answer that opens on other words."""
import pytest

from auditor.model import Status
from tests._reading import errors, verdicts

CHECK = "part-exceeds-whole"


@pytest.mark.parametrize("text, figures", [
    ("Counting only those with a valid permit, 4,317 boats fish the lake; the full fleet registered with the "
     "fisheries office is 3,862.", ("4,317", "3,862")),
    ("Only 4,317 boats hold a valid permit, while the entire fleet registered at the lake numbers 3,862.",
     ("4,317", "3,862")),
    ("Some 4,317 boats hold a valid permit. The whole fleet registered at the lake is 3,862 boats.",
     ("4,317", "3,862")),
    ("Of the district's nurses, 1,274 work night shifts; the entire workforce is 1,193.", ("1,274", "1,193")),
    ("How many of the county's 2,906 registered wells were tested last year? Just 3,142, the regulator said.",
     ("3,142", "2,906")),
    ("How many of the 2,906 registered wells were tested last year? The answer is 3,142.", ("3,142", "2,906")),
    ("Of the 2,906 registered wells, how many were tested last year? Only 3,142.", ("3,142", "2,906")),
])
def test_a_part_above_a_whole_named_all_of_it_or_asked_of_is_flagged(text, figures):
    assert figures in errors(text, CHECK)


@pytest.mark.parametrize("text", [
    "Only 2,317 boats hold a valid permit, while the entire fleet registered at the lake numbers 3,862.",
    "How many of the county's 2,906 registered wells were tested last year? Just 1,142, the regulator said.",
])
def test_a_part_within_its_whole_checks_out(text):
    found = [status for status, _ in verdicts(text, CHECK)]
    assert found and all(status is Status.CONSISTENT for status in found)


@pytest.mark.parametrize("text", [
    # another noun than the whole's
    "The lake has 4,317 licensed fishermen; the full fleet is 3,862 boats.",
    "Only 4,317 boats were inspected last year; the full fleet is 3,862 trawlers.",
    # another period
    "Some 4,317 boats fished the lake in 2019; the full fleet today is 3,862.",
    # the count set against the whole, not a part of it
    "The full fleet is 3,862 boats, up from 4,317 a decade ago.",
    "The lake had 4,317 boats in 2015, more than the full fleet of today, which is 3,862.",
    # people using the things the whole counts
    "Some 4,317 anglers used the boats; the entire fleet is 3,862.",
    # another count of the noun: trips, not boats
    "Fishermen made 4,317 trips; the entire fleet is 3,862 boats.",
    # an answer that opens on other words
    "How many of the 2,906 registered wells work? In 2019, 3,142 were tested.",
    "How many of the 2,906 registered wells were tested? Officials did not say, but 3,142 wells were drilled.",
    "The 2,906 wells were mapped. How many were tested? Just 3,142 wells in the region, officials said.",
])
def test_decoys_raise_no_error(text):
    assert errors(text, CHECK) == []
