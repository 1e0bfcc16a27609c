"""A group the clause predicates of its subject ("52,610 (59 per cent) of the students were male"):
the figure's group (grammar.frames), and two complementary groups' shares of one whole are together
no more than all of it (grammar.links.complementary_shares). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def groups(text: str) -> list[tuple[str, str]]:
    meaning = meaning_of(text)
    return [(f.text, meaning.frame(f).group) for f in meaning.figures]


@pytest.mark.parametrize("text, expected", [
    ("By sex, 4,210 (52.3%) of the nurses registered this year were women and 3,840 (47.7%) were men.",
     [("4,210", "women"), ("52.3%", "women"), ("3,840", "men"), ("47.7%", "men")]),
    ("Of the recruits, 61% were urban and 39% were rural.", [("61%", "urban"), ("39%", "rural")]),
])
def test_the_group_a_clause_predicates_is_the_figures_group(text, expected):
    assert groups(text) == expected


def test_a_predicate_naming_both_groups_names_neither():
    assert groups("Some 1,200 of the applicants were male and female athletes.") == [("1,200", "")]


@pytest.mark.parametrize("text", [
    "By gender, 52,610 (59 per cent) of the students placed in degree programmes were male and 36,876 (45 per cent) "
    "were female.",
    "Of those hired in 2023, 812 (58%) of the new staff on permanent contracts were women and 590 (47%) were men.",
])
def test_predicated_complementary_shares_above_the_whole_are_an_error(text):
    assert Status.INCONSISTENT in [status for status, _ in verdicts(text, "share-of-total")]


def test_predicated_complementary_shares_that_add_up_are_consistent():
    text = ("By gender, 52,610 (59 per cent) of the students placed in degree programmes were male and 36,876 "
            "(41 per cent) were female.")
    assert [status for status, _ in verdicts(text, "share-of-total")] == [Status.CONSISTENT] * 3


def test_each_groups_own_rate_is_no_share_of_one_whole():
    text = "Women tried in the county courts were convicted in 71.3% of cases and men in 84.6%."
    assert verdicts(text, "share-of-total") == []
