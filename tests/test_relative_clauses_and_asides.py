"""A relative clause with its own subject and verb after "in which" is no breakdown of the figure before it
("212 sessions in which it closed above 4,000"); the translated register's "in which 810 are women" still
is. A level in brackets, an aside to a fronted phrase ("Ahead of the vote (2,100 voters registered)"), is no
level a later move of another measure started from. The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, unrelated", [
    ("The index traded for 250 sessions in the year, 212 sessions in which it closed above 4,000.", "4,000"),
    ("There were 96 matches in which the home side scored 3 or more goals.", "3"),
    ("Ahead of the vote (2,100 voters registered), turnout rose to 1,870.", "2,100"),
])
def test_no_relation_across_a_relative_clause_or_an_aside(text, unrelated):
    found = [f for check in ("part-exceeds-whole", "change-direction", "sum-of-parts") for f in verdicts(text, check)]
    assert not [f for f in found if unrelated in f[1]], found


@pytest.mark.parametrize("text, check, status", [
    ("The county had 1,250 workers, in which 810 are women.", "part-exceeds-whole", Status.CONSISTENT),
    ("A total of 1,250 persons were hired, in which women 810 and men 460.", "sum-of-parts", Status.INCONSISTENT),
    ("Turnout was 1,620 in the morning and rose to 1,570 by noon.", "change-direction", Status.INCONSISTENT),
])
def test_the_same_words_without_a_clause_or_aside_still_relate(text, check, status):
    assert status in [s for s, _ in verdicts(text, check)], verdicts(text, check)


@pytest.mark.parametrize("text, status", [
    ("The museums welcomed 38.2 million visitors, recovering to 81% of their pre-pandemic total of 47.1 million.",
     Status.CONSISTENT),
    ("The museums welcomed 38.2 million visitors, recovering to 91% of their pre-pandemic total of 47.1 million.",
     Status.INCONSISTENT),
    ("Ferries carried 2.6 million people, back to 70% of the 3.1 million carried in 2019.", Status.INCONSISTENT),
])
def test_a_level_back_to_a_share_of_an_earlier_total_is_that_share(text, status):
    assert [s for s, _ in verdicts(text, "share-of-total")] == [status], verdicts(text, "share-of-total")


def test_a_rate_back_to_its_old_value_is_no_share():
    assert not verdicts("Unemployment fell to 1.2 million, back to 4.1%.", "share-of-total")


@pytest.mark.parametrize("text, status", [
    ("Boys outnumbered girls among the 9,640 pupils, with 5,210 boys against 4,530 girls.", Status.INCONSISTENT),
    ("The school had 9,640 pupils, 5,210 boys and 4,530 girls.", Status.INCONSISTENT),
    ("The school had 9,740 pupils, 5,210 boys and 4,530 girls.", Status.CONSISTENT),
    ("The clinic registered 2,300 patients, 1,240 adults and 1,060 children.", Status.CONSISTENT),
])
def test_groups_that_exhaust_a_whole_in_apposition_add_up_to_it(text, status):
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == [status], verdicts(text, "sum-of-parts")


def test_other_things_counted_in_apposition_are_no_parts():
    text = "The company has 4,200 staff, 310 shops and 12 warehouses."
    assert not verdicts(text, "sum-of-parts") + verdicts(text, "part-exceeds-whole")


@pytest.mark.parametrize("text, status", [
    ("The ferry operator carried 2.65 million passengers and 810,000 vehicles; passengers were up 4% on the 2.55 "
     "million of the previous year.", Status.CONSISTENT),
    ("The ferry operator carried 2.65 million passengers and 810,000 vehicles; passengers were up 14% on the 2.55 "
     "million of the previous year.", Status.INCONSISTENT),
    ("The ferry operator carried 2.65 million passengers and 810,000 vehicles; vehicles were up 4% on the 700,000 of "
     "the previous year.", Status.INCONSISTENT),
])
def test_a_change_after_a_semicolon_takes_the_level_of_the_noun_it_names(text, status):
    assert [s for s, _ in verdicts(text, "growth-rate")] == [status], verdicts(text, "growth-rate")


def test_a_change_after_a_semicolon_naming_another_noun_takes_no_level():
    text = ("The ferry operator carried 2.65 million passengers; cabins were up 4% on the 2.55 million of the previous "
            "year.")
    assert not errors(text, "growth-rate")
