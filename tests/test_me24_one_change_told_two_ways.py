"""One change told in units and as a rate in one sentence, in any order and with any words between, and its level
(the meaning layer's `_one_change_told_two_ways`); an amount and its rate in brackets take the comparative after
the bracket ("420 (9.5%) above last March"). Figures written here: 420 / (4,820 - 420) = 9.5%."""
from __future__ import annotations

import pytest

from tests._reading import errors, verdicts
from auditor.model import Status

_TOLD = [
    "Visits reached 4,820 in March. That is 420 more than a year earlier, or {rate} higher.",
    "Visits were up {rate} in March, at 4,820, an extra 420 on the year.",
    "With 4,820 visits in March, visits rose by 420, a {rate} jump.",
    "In March 4,820 visits were logged, a year-on-year rise of {rate} that added 420 visits.",
    "March visits totalled 4,820; the year-on-year gain was 420 visits ({rate}).",
    "At 4,820, March visits were 420 ({rate}) above last March.",
]


@pytest.mark.parametrize("sentence", _TOLD)
def test_one_change_told_two_ways_checks_out(sentence):
    found = verdicts(sentence.format(rate="9.5%"), "growth-rate")
    assert any(status is Status.CONSISTENT and {"420", "4,820"} <= set(figures) for status, figures in found)


@pytest.mark.parametrize("sentence", _TOLD)
def test_one_change_told_two_ways_is_flagged_when_the_rate_is_wrong(sentence):
    assert errors(sentence.format(rate="7.5%"), "growth-rate")


@pytest.mark.parametrize("sentence", [
    "Visits rose 7.5% to 4,820 in March, while the number of guides grew by 420.",
    "Ticket sales grew 7.5% in March to $4.8 million; merchandise sales rose by $420,000.",
    "The museum had 4,820 members, 420 more than in 2019, and prices went up 7.5%.",
    "Visits in the north rose 7.5% to 4,820, and visits in the south rose by 420.",
    "With visits down by about 420 to 4,820 (- 2.2 %), revenue across the sites dropped by 7.5 % to $1.6 million.",
    "Staff numbers fell 7.5% to 4,820 as the firm shed 420 contractors.",
])
def test_changes_of_other_measures_or_groups_are_not_paired(sentence):
    assert not errors(sentence, "growth-rate")


def test_a_list_label_after_a_bracket_is_no_comparative():
    text = "By sector:\n  Business    CZK 86.9 bn   (60.9%)\n  Higher education   CZK 29.8 bn   (20.9%)\n"
    assert not errors(text, "growth-rate")


def test_a_span_after_a_bracketed_rate_is_no_comparative():
    found = verdicts("Loans jumped from 84,200 to 112,900 (34.1%) over the year.", "growth-rate")
    assert found and all(status is Status.CONSISTENT for status, _ in found)


# --- groups that leave nobody out, named after "with" or after "of them" and a preposition ---------------

@pytest.mark.parametrize("sentence", [
    "Enrolment reached 9,340, with girls accounting for 4,610 and boys for {boys}.",
    "There were 9,340 entries in all, 4,610 of them from women and {boys} from men.",
])
def test_complementary_groups_make_up_their_whole(sentence):
    assert errors(sentence.format(boys="4,530"), "sum-of-parts")
    assert not errors(sentence.format(boys="4,730"), "sum-of-parts")


def test_groups_that_may_leave_others_out_only_lie_within_their_whole():
    text = "Enrolment reached 9,340, with Kisumu accounting for 4,610 and Nakuru for 4,530."
    assert not errors(text, "sum-of-parts")


# --- a share set out by a colon, whatever its noun ------------------------------------------------------

def test_a_share_then_a_colon_setting_out_its_part_and_whole():
    text = "Bicycle ownership stood at {rate}: 1,260 of the 4,200 households surveyed."
    assert errors(text.format(rate="32.5%"), "share-of-total")
    assert not errors(text.format(rate="30.0%"), "share-of-total")


# --- a gap in points the words draw between two rates of one sentence ------------------------------------

@pytest.mark.parametrize("sentence", [
    "At 64.2%, Tema's recovery rate exceeded Takoradi's (58.1%) by {gap} percentage points.",
    "Tema came first with 64.2%, {gap} points ahead of Takoradi at 58.1%.",
    "The difference between Tema (64.2%) and Takoradi (58.1%) was {gap} points.",
])
def test_a_gap_drawn_between_two_rates_is_sure(sentence):
    assert errors(sentence.format(gap="5.1"), "difference")
    assert not errors(sentence.format(gap="6.1"), "difference")


@pytest.mark.parametrize("sentence", [
    "Tema's rate of 64.2% exceeded the target, while Takoradi's 58.1% rose by 5.1 points on the year.",
    "Tema (64.2%) stayed ahead of Takoradi (58.1%), whose rate improved by 5.1 points.",
    "The gap between the two ports narrowed by 5.1 points; Tema recovered 64.2% and Takoradi 58.1%.",
])
def test_a_change_of_one_rate_is_no_sure_gap(sentence):
    assert not errors(sentence, "difference")


# --- "nearly" a fraction in words: at most it, and near it ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nearly two-thirds of the 6,300 members ({part}) voted.",
    "Almost half of firms ({rate}) exported last year.",
    "Just under half the 6,300 members, {part} in all, voted.",
])
def test_nearly_a_fraction_is_near_it(text):
    assert errors(text.format(part="2,400", rate="36.0%"), "comparison")  # 38% of the members: three-eighths, no more
    assert not errors(text.format(part="3,900" if "two-thirds" in text else "3,000", rate="47.0%"), "comparison")


def test_nearly_one_in_n_keeps_its_rounded_denominator():
    assert not errors("Nearly one in four adults (23.0%) smoked.", "comparison")


# --- an amount or its rate, then "to" the level reached, in brackets after a word of change -----------------

def test_bracketed_amount_or_rate_to_a_level_is_a_change_not_a_share():
    text = ("Arrivals grew from every market: Japan [2,140 or {a} to 18,630]; Korea [860 or {b} to 5,410] and "
            "India [310 or 9.8 per cent to 3,470].")
    # 2,140 / 16,490 = 13.0%; 860 / 4,550 = 18.9%; 310 / 3,160 = 9.8%
    assert not errors(text.format(a="13.0 per cent", b="18.9 per cent"), "share-of-total")
    assert not errors(text.format(a="13.0 per cent", b="18.9 per cent"), "growth-rate")
    assert errors(text.format(a="11.5 per cent", b="18.9 per cent"), "growth-rate")


def test_a_share_of_a_whole_before_is_still_a_share():
    assert errors("Of the 18,630 arrivals, Japanese visitors numbered 2,140, or 13.0 per cent.", "share-of-total")


# --- an average in reach is no total of an amount per unit ------------------------------------------------------

def test_an_average_price_is_no_total_of_a_price_per_unit():
    text = ("The budget assumed an average price of US$45 per barrel. Exports over the ten months came to 212.6 "
            "million barrels at an average price of US$71.30.")
    assert not errors(text, "ratio")


def test_a_total_and_its_count_still_give_the_amount_per_unit():
    text = "Exports came to US$9.8 billion from 212.6 million barrels, an average of US$52.10 per barrel."
    assert errors(text, "ratio")  # 9.8 billion / 212.6 million = US$46.10
