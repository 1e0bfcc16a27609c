"""Readings found on paraphrased real releases (drug seizures, forest fires): a change with no level
of its own is tied to two levels compared in the next sentence by the head of its subject, not by
the place phrase after it ("Drug seizures in England and Wales went up by 20%"); a share in brackets
or commas right after the noun the words say "most" of is above half ("Most seizures (92%) are made
by police"), "a minority of" below it, while "the most" is a superlative. Invented sentences."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status

OK = Status.CONSISTENT


@pytest.mark.parametrize("place", ["in England and Wales", "in the northern provinces", "in the capital region"])
def test_a_change_is_tied_to_the_next_sentence_s_levels_by_its_subject_not_its_place(place):
    text = (f"Drug seizures {place} went up by 20% over a year, figures show. The total was 183,068 seizures "
            "in the year to March, against 153,136 in the 12 months before.")
    assert (OK, ("183,068", "153,136", "20%")) in verdicts(text, "growth-rate")
    assert errors(text.replace("20%", "25%"), "growth-rate") == [("183,068", "153,136", "25%")]


def test_a_change_of_another_subject_is_not_tied_to_the_levels():
    text = ("Cannabis arrests in the capital region went up by 20% over a year. The total of seizures was 183,068 "
            "in the year to March, against 153,136 in the 12 months before.")
    assert verdicts(text.replace("20%", "25%"), "growth-rate") == []


@pytest.mark.parametrize("text", [
    "Most seizures (42%) are made by police forces.",
    "Most of the seizures, 42%, were made by police forces.",
    "The majority of claims (42%) were settled within a month.",
])
def test_a_share_set_off_after_most_of_a_noun_is_above_half(text):
    assert errors(text, "comparison") == [("42%",)]
    assert errors(text.replace("42%", "92%"), "comparison") == []


@pytest.mark.parametrize("text", [
    "Engineering drew the most applications, 27.1% of the total, followed by Science (20.9%).",  # a superlative
    "Most households (56%) and firms (38%) reported losses.",  # the second share is not said to be most
])
def test_no_majority_is_read_where_the_words_say_none(text):
    assert errors(text, "comparison") == []


def test_a_paragraph_of_one_sentence_gives_the_new_level_of_a_change_in_the_next_paragraph():
    text = ("All 179 fires together burned 143 hectares.\n\n"
            "The number of fires was 18 per cent above the 2012-2021 average (152 fires), the department said. "
            "Crews were praised.")
    assert (OK, ("179", "152", "18 per cent")) in verdicts(text, "growth-rate")
    assert errors(text.replace("18 per cent", "28 per cent"), "growth-rate") == [("179", "152", "28 per cent")]
    # a longer paragraph before is another passage: its last level is not the new level
    longer = text.replace("All 179 fires", "Crews were busy all year. All 179 fires")
    assert errors(longer.replace("18 per cent", "28 per cent"), "growth-rate") == []


def test_a_bracketed_count_after_a_percentage_is_its_part_not_a_list_number():
    text = "Of the 443 candidates, 28.1% (80) passed."
    assert errors(text, "share-of-total") == [("80", "443", "28.1%")]
    assert errors(text.replace("28.1%", "18.1%"), "share-of-total") == []
    # list numbering stays no figure: "(2)" after a word of grammar
    assert verdicts("The rules cover (1) pay and (2) hours; 18.1% of firms comply.", "share-of-total") == []


@pytest.mark.parametrize("text", [
    "Brazil, at 101.1 GW in 2018, has now become the second largest producer by installed capacity, overtaking the "
    "United States at 102.7 GW.",
    "At 101.1 GW, Brazil overtook the United States, at 102.7 GW.",
])
def test_an_item_said_to_overtake_another_after_a_clause_or_a_fronted_figure_is_the_larger(text):
    assert errors(text, "ranking") == [("101.1 GW", "102.7 GW")]
    assert errors(text.replace("101.1", "104.1"), "ranking") == []


def test_overtaking_a_record_of_its_own_is_no_order_between_items():
    assert errors("Brazil reached 101.1 GW in 2018, overtaking its own record, set at 102.7 GW in 2015.", "ranking") == []


@pytest.mark.parametrize("text", [
    "By comparison, only 3.4 million a year were issued during the previous 17 years, out of a total of 55 million.",
    "Over the previous 17 years, 55 million passports were issued, an average of 3.4 million a year.",
])
def test_a_rate_per_year_over_a_count_of_years_is_the_total_s_yearly_average(text):
    assert errors(text, "ratio") == [("55 million", "3.4 million")]
    assert errors(text.replace("3.4 million", "3.2 million"), "ratio") == []


@pytest.mark.parametrize("text", [
    "The agency issued an average of 3.4 million passports a year and 55 million in all.",  # over how many years?
    "Some 55 million passports were issued in 2023, 3.4 million a year more than planned.",
])
def test_no_yearly_average_without_a_count_of_years(text):
    assert errors(text, "ratio") == []


def test_a_yearly_average_takes_its_own_sentence_s_total_before_the_sentence_before():
    text = ("Of the 13 million passports issued over the last two years, 6.7 million were processed last year alone. "
            "By comparison, only 3.4 million a year were issued during the previous 17 years, out of a total of "
            "55 million.")
    assert errors(text, "ratio") == [("55 million", "3.4 million")]


def test_an_average_per_noun_after_a_count_whose_verb_gives_the_total_is_certain():
    text = "The 57 forest fires burned 30 hectares, an average of 0.9 hectares per fire."
    assert errors(text, "ratio") == [("30 hectares", "57", "0.9 hectares")]
    assert errors(text.replace("0.9", "0.5"), "ratio") == []
    # another count's average: not this total's
    assert errors("The 57 forest fires burned 30 hectares, and the 122 other fires an average of 0.9 hectares per "
                  "fire.", "ratio") == []


def test_a_second_change_of_a_sentence_is_not_tied_by_a_word_of_its_clause_to_another_measure_s_levels():
    text = ("In Wales, however, prices are 1.7% lower than a year ago and fell 0.4% in September. "
            "Sales were up by more than 15%, averaging 62,034 a month between April and July against 53,698 in the "
            "same period of the previous year.")
    assert not [f for f in errors(text, "growth-rate") if "0.4%" in f]


def test_a_definite_phrase_repeating_a_number_said_before_points_back_at_it():
    text = ("Inspectors visited 1,260 schools during the year. Of these, 934 were primary schools and 326 were "
            "secondary schools.\n\nAmong the 326 secondary schools, 204 schools received a good rating.")
    assert errors(text, "same-measure-conflict") == []
    # a definite phrase with a number said nowhere before still restates the measure's one amount
    assert errors("Net profit came to R4.12 billion in 2023. Analysts had praised the R4.21 billion net profit.",
                  "same-measure-conflict") == [("R4.12 billion", "R4.21 billion")]
