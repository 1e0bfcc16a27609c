"""Parts told after their whole in ways the sentence-local readings miss: a share then in brackets shares said to
be kinds of it; a fronted whole whose list runs on past a semicolon; a level called a total, then a list of its
noun after a semicolon or in the next sentence; a level of a bare noun, then a list of its kinds a few sentences
on; and the head noun of a measure a reduced relative clause follows ("appeals filed in ...")."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def part_findings(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(status, figures) for check in ("sum-of-parts", "part-exceeds-whole")
            for status, figures in verdicts(text, check)]


def sums(text: str) -> list[Status]:
    """The statuses of findings on a whole and two or more parts."""
    return [status for status, figures in part_findings(text) if len(figures) >= 3]


# --- a share, then shares in brackets said to be kinds of it
def test_bracketed_shares_said_to_be_kinds_lie_within_the_share():
    fits = ("Satellites confirmed 92% of the alerts as forest loss, with 11% as degradation (7% being severe "
            "degradation and 4% light degradation).")
    exceeds = fits.replace("7% being", "9% being")
    assert sums(fits) == [Status.CONSISTENT]
    assert sums(exceeds) == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "The unemployment rate was 5.1% (4.8% for men and 5.5% for women).",  # the rates of groups
    "The unemployment rate was 5.1% (4.8% men and 5.5% women).",
    "The share of renewables reached 31% (27% in 2022 and 24% in 2021).",  # other periods
    "Some 47% of adults were in work (up from 44% and 41% before).",
])
def test_bracketed_shares_without_a_verb_of_being_are_no_parts(text):
    assert sums(text) == []


# --- a fronted whole's list goes on past a semicolon before a count
def test_a_fronted_list_runs_on_past_a_semicolon():
    text = "Of the 312 schools inspected, 183 were rated good; 91 were rated adequate and 62 were rated poor."
    found = [link for link in meaning_of(text).parts if link.whole.text == "312"]
    assert [tuple(p.text for p in link.parts) for link in found] == [("183", "91", "62")]


def test_a_semicolon_before_another_clause_still_ends_the_list():
    text = "Of the 312 schools inspected, 183 were rated good; the ministry hired 91 new inspectors."
    found = [link for link in meaning_of(text).parts if link.whole.text == "312"]
    assert [tuple(p.text for p in link.parts) for link in found] == [("183",)]


# --- a level called a total, then a list of its noun
def test_a_list_after_a_total_in_the_next_sentence_lies_within_it():
    fits = ("The agency recorded 24 fatal accidents in all in 2022. 15 accidents involved passenger flights and "
            "7 involved cargo flights.")
    text = fits.replace("15 accidents", "19 accidents")
    assert Status.INCONSISTENT not in sums(fits)
    assert (Status.INCONSISTENT, ("19", "24")) not in part_findings(fits)
    # each item is within the total; the two together above it are only a question (they may overlap)
    assert sums(text) == [Status.UNDETERMINED]


def test_a_list_after_a_total_and_a_semicolon_lies_within_it():
    text = ("Rail operators reported 410 derailments in total last year; 460 derailments happened in yards and "
            "190 happened on main lines.")
    assert (Status.INCONSISTENT, ("460", "410")) in part_findings(text)


def test_a_list_after_a_level_no_word_calls_a_total_is_only_a_question():
    # no word calls the first level a total: the labelled amounts of the next sentence may be kinds of it (the
    # older reading of parts after their total asks), never an error (the two sentences are two since a full stop
    # between two figures ends a sentence)
    text = ("The agency recorded 24 fatal accidents in 2022. 15 accidents involved passenger flights and 17 involved "
            "cargo flights.")
    assert sums(text) in ([], [Status.UNDETERMINED])
    assert all(status is not Status.INCONSISTENT for status, _ in part_findings(text))


@pytest.mark.parametrize("text", [
    # the next sentence compares with another time
    "The agency recorded 24 fatal accidents in all in 2022. A year earlier 25 accidents involved passenger flights "
    "and 17 involved cargo flights.",
    # another noun
    "The agency recorded 24 fatal accidents in all in 2022. 150 passengers and 27 crew members died.",
    # another scope, fronted
    "The agency counted 24 fatal accidents in all in 2022. Across Europe, 150 accidents involved passenger flights "
    "and 70 involved cargo flights.",
    "Regional hospitals performed 940 operations in all. In the capital, 1,210 operations were performed and 640 "
    "were cancelled.",
    # another period
    "The fund paid out a total of 512 claims in 2023. Some 300 claims were paid in 2022 and 280 in 2021.",
])
def test_no_list_of_the_total_is_read_elsewhere(text):
    assert sums(text) == []
    assert all(status is not Status.INCONSISTENT for status, _ in part_findings(text))


# --- a level of a bare noun, then a list of kinds of it
def test_kinds_listed_after_a_bare_level_are_a_doubtful_part_of_it():
    text = ("The hospitals performed 5,449 transplants. Surgeons carried out 3,423 kidney transplants, 1,277 liver "
            "transplants and 300 heart transplants.")
    assert sums(text) == [Status.CONSISTENT]
    over = text.replace("3,423 kidney", "4,423 kidney")
    assert sums(over) == [Status.UNDETERMINED]


def test_kinds_in_a_sentence_of_another_scope_are_not_parts():
    text = ("Surgeons performed 5,449 transplants in Spain. Across the European Union, surgeons carried out 23,423 "
            "kidney transplants, 11,277 liver transplants and 4,300 heart transplants.")
    assert sums(text) == []


def test_kinds_after_a_level_of_another_period_are_not_its_parts():
    text = ("The hospitals performed 5,449 transplants in 2019. In 2023 surgeons carried out 3,423 kidney transplants, "
            "2,277 liver transplants and 300 heart transplants.")
    assert sums(text) == []


# --- a reduced relative clause after the head noun
def test_a_participle_after_the_head_noun_leaves_the_noun_its_head():
    text = ("Appeals filed in the district courts rose by 4 percent in 2023, to 21,640. Civil appeals filed in the "
            "district courts rose to 12,905 in 2023.")
    meaning = meaning_of(text)
    assert {meaning.frames[f.id].head for f in meaning.figures if f.text in ("21,640", "12,905")} == {"appeal"}
