"""Misreadings of real releases nobody tuned on, fourth round (the texts are invented here):

- a round level, then ", or" and the exact level it rounds ("over 4.1 million, or 4,114,778 bales") is one
  amount told twice, not two levels a change in the sentence runs between;
- after a part called "the remaining", what "leaves" is left over is left of another whole, not one more part;
- "of this year's crop" is no anaphor ("of this") pointing to the level before;
- "of them" reaches past a count of places too small to hold the part ("on the four floors");
- a figure with a place named right after it ("135 in Sindh") is that member's, whatever scope words
  ("across the country") stand before it;
- "U.S.$" is the US dollar;
- after a level a rate of change reached, an amount of its unit in brackets that does not restate it is its
  earlier value ("fell 49 per cent to $598 million ($1.17 billion)"): a question, not a conversion;
- "more than halved" is below one half, "nearly halved" above it;
- a day glued to its year after a month ("February 292,024") is a date, no amount;
- a change between a level written with its scale word and a bare one a thousand times apart may have lost
  the scale word ("to US$ 23,732.96 million from US$ 22,783.85"): a question;
- "88 mm above normal, and 301 mm in February": the comparative's object is "normal", not the next figure."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, statuses, verdicts
from auditor.model import Status


ROUND_THEN_EXACT = ("Sindh received over 4.1 million, or 4,114,778 bales, an increase of 118.99 percent. Punjab "
                    "took in nearly 2.3 million or exactly 2,297,004 bales, up 12.5 per cent.\n")


def test_a_round_level_and_the_exact_one_are_no_pair_of_a_change():
    assert not errors(ROUND_THEN_EXACT, "growth-rate")
    same = {(link.first.text, link.second.text) for link in meaning_of(ROUND_THEN_EXACT).same_as}
    assert ("4.1 million", "4,114,778") in same


def test_an_exact_level_outside_the_round_one_is_caught():
    assert errors("Arrivals reached over 4.1 million, or 3,914,778 bales, by March.\n", "same-measure-conflict")


@pytest.mark.parametrize("text", [
    "Sales rose 8% to 4,114,778 bales, or 41 per cent of the crop.\n",
    "Mills bought 2,100 bales, or 3,400 bales fewer than a year earlier.\n",
])
def test_an_or_before_another_amount_is_no_restatement(text):
    assert not meaning_of(text).same_as


LEFT_OVER = ("Sales came to 832,440 bales: textile mills bought 821,640 bales and exporters the remaining 10,800, "
             "which leaves 53,878 bales of this year's crop unsold.\n")


def test_what_is_left_after_the_remainder_is_no_part():
    assert not errors(LEFT_OVER, "sum-of-parts")
    assert not errors(LEFT_OVER, "part-exceeds-whole")
    assert errors(LEFT_OVER.replace("821,640", "812,640"), "sum-of-parts")


def test_a_left_over_part_without_a_remainder_still_closes_the_list():
    text = "Of the 48,250 places on offer, 31,420 were taken up, leaving 16,830 vacant.\n"
    assert (Status.CONSISTENT, ("31,420", "16,830", "48,250")) in [
        (s, tuple(sorted(f, key=("31,420", "16,830", "48,250").index))) for s, f in verdicts(text, "sum-of-parts")]


def test_of_a_time_is_no_anaphor():
    text = "Growers delivered 12,400 bales, and 30,200 bales of this season's crop remain in stores.\n"
    assert not errors(text, "part-exceeds-whole")
    assert errors("Growers delivered 12,400 bales; 30,200 of them were rejected.\n", "part-exceeds-whole")


def test_of_them_reaches_past_a_count_of_places():
    text = "So far 1 565 400 bales have been laid on the four floors; 1 458 003 of them were sold.\n"
    assert not errors(text, "part-exceeds-whole")


def test_a_figure_named_for_a_member_is_no_national_total():
    text = ("A total of 283 ginning factories were working across the country, 135 in Sindh and 148 in Punjab, "
            "only two of them in Multan.\n")
    assert not errors(text, "part-exceeds-whole")
    members = {(link.part.text, link.whole.text) for link in meaning_of(text).members}
    assert ("148", "135") not in members


def test_a_national_total_with_its_members_still_reads():
    text = "Nationwide, 1,134 schools were open in May. Kano had 1,212 schools.\n"
    assert errors(text, "part-exceeds-whole")


def test_us_dollars_written_with_stops():
    meaning = meaning_of("Zimbabwe: U.S.$26 Million Tobacco Sold\n\nGrowers have sold tobacco worth US$26 million, "
                         "laying 10 908 bales.\n")
    title = meaning.figures[0]
    assert title.unit == "USD"
    assert not errors("Zimbabwe: U.S.$26 Million Tobacco Sold\n\nGrowers have sold tobacco worth US$26 million, "
                      "laying 10 908 bales at Boka Tobacco Floors.\n", "same-measure-conflict")


BRACKETS = ("Gold jewellery exports fell 49 per cent to $598 million ($1.17 billion) in February. Diamond exports "
            "rose 43 per cent to $1.98 billion ($1.38 billion).\n")


def test_an_earlier_value_in_brackets_after_a_rate():
    assert not errors(BRACKETS, "same-measure-conflict")
    assert (Status.CONSISTENT, ("$598 million", "$1.17 billion", "49 per cent")) in verdicts(BRACKETS, "growth-rate")
    assert Status.UNDETERMINED in statuses(BRACKETS.replace("49 per cent", "40 per cent"), "growth-rate")


def test_a_conversion_in_brackets_after_a_rate_is_still_one_amount():
    text = "Net profit rose 4% to Rs 148.6 crore (Rs 1,486 million).\n"
    assert [s for s, _ in verdicts(text, "same-measure-conflict")] == [Status.CONSISTENT]


def test_a_bracket_on_the_wrong_side_of_the_rate_is_a_mistyped_conversion():
    # (a rise cannot start above the level it reached: the bracket restates the level, wrongly)
    text = "Net profit rose 30.6 per cent to Rs 117.14 crore (Rs 1,464.25 million).\n"
    assert errors(text, "same-measure-conflict")


@pytest.mark.parametrize("text, wrong", [
    ("Vegetable exports more than halved, from 192,053 tonnes to 80,141 tonnes.\n", False),
    ("Fruit exports more than halved, from 192,000 tonnes to 150,000 tonnes.\n", True),
    ("Milk sales nearly halved, from 1,000 tonnes to 520 tonnes.\n", False),
])
def test_more_than_halved_is_below_a_half(text, wrong):
    assert bool(errors(text, "ratio")) is wrong


def test_more_than_doubled_is_still_above_two():
    assert errors("Sales more than doubled, from 1,200 to 2,100.\n", "ratio")
    assert not errors("Sales more than doubled, from 1,200 to 3,100.\n", "ratio")


def test_a_day_glued_to_its_year_is_a_date():
    text = ("Arrivals of over 8.3 million bales had reached ginneries up to February 292,024, 72.16 per cent more "
            "than a year earlier.\n")
    assert "292,024" not in {f.text for f in meaning_of(text).figures}
    assert "292,024" in {f.text for f in meaning_of("Sales reached 292,024 bales in February.\n").figures}


@pytest.mark.parametrize("text", [
    "Cut and polished diamond exports stood at US$ 23,732.96 million, up 4.17% from US$ 22,783.85 a year earlier.\n",
    "Exports jumped 124.9 per cent to $12.37 billion from $5.50 bill a year earlier.\n",
])
def test_a_scale_word_left_out_makes_a_question(text):
    assert not errors(text, "growth-rate")
    assert Status.UNDETERMINED in statuses(text, "growth-rate")


def test_two_levels_with_their_scale_words_are_still_decided():
    assert errors("Exports jumped 24.9 per cent to $12.37 billion from $5.50 billion a year earlier.\n", "growth-rate")


def test_a_comparative_with_its_own_object_then_another_clause():
    text = "Rainfall reached 412 mm in January, or 88 mm above normal, and 301 mm in February.\n"
    assert not errors(text, "comparison")
    assert errors("Rainfall reached 212 mm in January, above the 301 mm recorded in February.\n", "comparison")


# --- second round: treasury bill auctions, gold imports ------------------------------------------------------

def test_a_rate_of_bids_over_the_offer_is_no_share_of_the_bids():
    text = ("The central bank accepted KSh 20.6 Billion of the KSh 36.6 Billion bid, a performance rate of 152.41%.\n")
    assert not errors(text, "share-of-total")
    assert errors("The bank accepted KSh 20.6 Billion of the KSh 36.6 Billion bid, or 52.41% of the bids.\n",
                  "share-of-total")


def test_a_rate_of_bids_over_the_offer_is_still_checked_against_the_offer():
    text = "The one-year bill drew bids of KSh 23.8 Billion for KSh 10 Billion on offer, a performance rate of 238.21%.\n"
    assert (Status.CONSISTENT, ("KSh 23.8 Billion", "KSh 10 Billion", "238.21%")) in [
        (s, tuple(sorted(f, key=("KSh 23.8 Billion", "KSh 10 Billion", "238.21%").index))) for s, f in
        verdicts(text, "share-of-total")]

