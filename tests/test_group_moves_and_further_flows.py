"""Two readings from real releases' false alarms (a helper's fresh set): each group's own move is not the move between
two groups' levels, and a defined measure whose term has a further flow the text names beside it ("re-exports" beside
exports) is only likely to follow the textbook identity. The sentences are written here."""
from __future__ import annotations

from _reading import statuses
from auditor.model import Status


def test_moves_of_two_groups_are_not_the_move_between_the_groups_levels():
    text = ("The unemployment rate among men was 20.6 percent, compared to 31.7 percent for women, dropping 0.8 percent "
            "for men and increasing by 1.0 percent for women on the year.")
    assert statuses(text, "difference") == []


def test_one_groups_move_between_its_two_levels_is_still_read():
    assert Status.INCONSISTENT in statuses("The rate for women was 5.2%, against 4.9% a year earlier, up 9.1%.", "difference")


def test_a_trade_deficit_beside_re_exports_is_only_likely_imports_less_exports():
    text = ("Exports came to $101.9 million, re-exports to $37.9 million and imports to $432.6 million, leaving a trade "
            "deficit of $292.8 million.")
    assert Status.INCONSISTENT not in statuses(text, "defined-measure") + statuses(text, "difference")
    assert Status.UNDETERMINED in statuses(text, "defined-measure")


def test_a_trade_deficit_with_no_further_flow_named_is_imports_less_exports():
    text = "Exports came to $101.9 million and imports to $432.6 million, leaving a trade deficit of $292.8 million."
    assert Status.INCONSISTENT in statuses(text, "defined-measure") + statuses(text, "difference")


def test_two_levels_one_digit_apart_each_with_its_own_rate_are_two_periods():
    # two releases' salaries, each with its own rise: no typo
    text = ("Average salary increased by 9.2%, comprising 190,136 drams. Exports fell.\n\n"
            "The average salary rose by 7.9%, comprising 190,166 drams.")
    assert Status.INCONSISTENT not in statuses(text, "same-measure-conflict")


def test_a_level_one_digit_apart_with_the_same_rate_is_still_a_slip():
    text = ("Average salary increased by 9.2%, comprising 190,136 drams. Exports fell. "
            "The average salary rose by 9.2%, comprising 190,166 drams.")
    assert Status.INCONSISTENT in statuses(text, "same-measure-conflict")


def test_the_next_item_of_a_list_with_its_own_verb_of_totalling_is_no_whole():
    text = ("Only El Salvador received at least US$2,566.5 million, Guatemala US$5,984.8 million, and Honduras "
            "totaled US$2,811.8 million.")
    assert Status.INCONSISTENT not in statuses(text, "sum-of-parts") + statuses(text, "part-exceeds-whole")


def test_parts_then_together_and_a_word_of_totalling_still_give_their_whole():
    text = "Exports came to $4.1bn and imports to $3.9bn, and together they totaled $9.0bn."
    assert Status.INCONSISTENT in statuses(text, "sum-of-parts")


def test_a_move_of_another_sector_after_and_is_no_step_of_the_first_series():
    assert statuses("Registrations in wholesale fell to 269 and in construction rose to 161.", "change-direction") == []
    # ... while a time after "and" keeps one series
    assert Status.INCONSISTENT in statuses("Registrations fell to 269 in May and in June rose to 161.", "change-direction")


def test_a_leads_hedged_rise_is_restated_by_the_bodys_precise_rise():
    # "risen by more than 30 per cent" is a bound on a change, not on a level: the body's rise of 21.6 per cent
    # is below it
    text = ("Download speeds have risen by more than 30 per cent, says the company.\n\n"
            "Fixed broadband download speed rose 21.6 per cent over the same period.")
    assert Status.INCONSISTENT in statuses(text, "same-measure-conflict")
