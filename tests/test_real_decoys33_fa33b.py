"""False alarms of round 33's set-aside real releases (prisons, courts), each a general cause, with decoys of our own
that must stay quiet and positives of the same construction that must still be flagged when broken.

1. A rate's per-base (`audit.built_in_relations`, `Check.relates_levels`): the 100,000 of "153 prisoners per 100,000 of
   the population" is the denominator of a rate, which the frame reads as Role.PER_BASE; no check that relates levels
   (part of a whole, sum of parts, one measure told twice, growth between levels) binds it.
2. Paragraph scopes (`grammar.scopes`): a sentence opening on a preposition, a proper name and a comma ("In the Eastern
   Circuit, ...") names whose every figure after it in its paragraph is, until the next such opening; two figures
   scoped to two names are two subjects' measures, never one measure stated twice.
3. A rate's named base year (`grammar.move_words.of_a_base_year_named`): "4.2 percent below 2015" is measured from
   2015's level only; a level the words date to another period ("a year earlier") is no base of it.
"""
from __future__ import annotations

from _reading import errors, role_of
from auditor.grammar.frames import Role

# 1. a per-base is no level

PER_BASE_ABOVE_THE_LEVEL = (
    "The island's jail population is about 6,200. That works out at roughly 88 inmates per 10,000 of the population, "
    "one of the lowest rates in the region."
)

PER_BASE_AS_A_NEW_LEVEL = (
    "Between 2020 and 2021 the regional detention rate fell by 2% from 310 to 304 detainees per 100,000."
)

PART_REALLY_ABOVE_ITS_WHOLE = (
    "The island's jail population is about 6,200. Of the jail population, 7,400 are men."
)


def test_the_per_base_is_read_as_a_per_base():
    assert role_of(PER_BASE_ABOVE_THE_LEVEL, "10,000") is Role.PER_BASE


def test_a_per_base_is_no_part_of_the_level():
    assert errors(PER_BASE_ABOVE_THE_LEVEL, "part-exceeds-whole") == []


def test_a_per_base_is_no_level_a_rate_moved_to():
    assert errors(PER_BASE_AS_A_NEW_LEVEL, "growth-rate") == []


def test_a_part_really_above_its_whole_is_still_flagged():
    assert errors(PART_REALLY_ABOVE_ITS_WHOLE, "part-exceeds-whole") == [("7,400", "6,200")]


# 2. openings that scope a paragraph to a name

TWO_SCOPED_PARAGRAPHS = (
    "In the Eastern Circuit, appeals lodged rose 18.4 percent to 12,310 in 2024 from 10,397 in 2023. Appeals "
    "decided fell 3.1 percent to 9,870.\n\n"
    "In the Western Circuit, appeals lodged rose 6.2 percent to 8,544 in 2024 from 8,045 in 2023. Appeals decided "
    "fell 1.7 percent to 7,012.\n"
)

TWO_SCOPED_LINES = (
    "In the Northern Division, staff hired rose 9.5 percent to 1,240 in 2024. Staff leaving fell 2.2 percent to 610.\n"
    "In the Southern Division, staff hired rose 4.1 percent to 933 in 2024. Staff leaving fell 6.0 percent to 402.\n"
)

ONE_SCOPE_TOLD_TWICE = (
    "In the Eastern Circuit, appeals lodged rose 18.4 percent to 12,310 in 2024 from 10,397 in 2023.\n\n"
    "In the Eastern Circuit, appeals lodged rose 14.2 percent in 2024, the court's annual report said.\n"
)


def test_two_scoped_paragraphs_are_two_subjects():
    assert errors(TWO_SCOPED_PARAGRAPHS, "same-measure-conflict") == []


def test_scopes_end_at_a_line_break_of_a_paragraph_a_line():
    assert errors(TWO_SCOPED_LINES, "same-measure-conflict") == []


def test_one_scope_told_twice_with_two_values_is_still_flagged():
    assert errors(ONE_SCOPE_TOLD_TWICE, "same-measure-conflict") == [("18.4 percent", "14.2 percent")]


# 3. a rate whose words name its base year

BASE_YEAR_NAMED_OTHER_LEVEL_NEAR = (
    "Households on the waiting list numbered 48,310, little changed from 48,352 a year earlier and 4.2 percent "
    "fewer than in 2015."
)

BASE_YEAR_NAMED_WRONG_RATE = (
    "Households on the waiting list numbered 48,310 in 2024, against 56,900 in 2015, or 4.2 percent fewer than in "
    "2015."
)

NO_BASE_YEAR_NAMED_WRONG_RATE = (
    "Households on the waiting list numbered 48,310 in 2024, 9.5 percent fewer than the 48,352 of a year earlier."
)


def test_a_rate_named_on_its_base_year_takes_no_other_years_level():
    assert errors(BASE_YEAR_NAMED_OTHER_LEVEL_NEAR, "growth-rate") == []


def test_a_wrong_rate_on_its_named_base_year_is_still_flagged():
    assert errors(BASE_YEAR_NAMED_WRONG_RATE, "growth-rate") != []


def test_a_wrong_rate_naming_no_base_year_is_still_flagged():
    assert errors(NO_BASE_YEAR_NAMED_WRONG_RATE, "growth-rate") != []
