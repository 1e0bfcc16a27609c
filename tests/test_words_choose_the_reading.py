"""Relations the words assert, whatever the figures: a failing figure gives an error, not a question, and
the reading does not move with the value. Parts a word and its negation name exhaust their whole; parts
sorted by one attribute (one word apart, or members each before one preposition) add up to no more than it;
a whole the clause names before its part is the nearest level of that name even when it is smaller than the
part. The sentences are written here; each broken twin is an error and each decoy stays quiet."""
from __future__ import annotations

import pytest

from _reading import statuses
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED


@pytest.mark.parametrize("invalid, status", [("10,547", OK), ("12,547", ERROR), ("8,547", ERROR)])
def test_a_word_and_its_negation_exhaust_the_whole(invalid, status):
    text = (f"A total of 612,480 ballots were cast, of which the number of valid ballots was 601,933 while the "
            f"number of invalid ballots was {invalid}.")
    assert statuses(text, "sum-of-parts") == [status]


@pytest.mark.parametrize("text, status", [
    ("The survey counted 8,400 workers, of which 5,100 were formal employees and 3,300 informal employees.", OK),
    ("The survey counted 8,400 workers, of which 5,100 were formal employees and 3,900 informal employees.", ERROR),
])
def test_a_glued_negating_prefix_names_the_other_group(text, status):
    assert statuses(text, "sum-of-parts") == [status]


def test_a_short_stem_is_no_negation():
    # "come" and "income" are two words, not a group and its negation
    text = ("Households reported 2,300 sources, of which 1,400 were wage income and 700 were sums that come "
            "from transfers.")
    assert ERROR not in statuses(text, "sum-of-parts")


@pytest.mark.parametrize("deficient, status", [("12", OK), ("15", ERROR)])
def test_parts_one_word_apart_add_up_to_no_more_than_the_whole(deficient, status):
    text = (f"Of the 36 districts, 23 districts had normal rainfall and {deficient} districts had deficient "
            f"rainfall.")
    assert statuses(text, "part-exceeds-whole")[:1] == [status]


@pytest.mark.parametrize("planned, status", [("16,710", OK), ("18,710", ERROR)])
def test_parts_after_an_anaphor_one_word_apart(planned, status):
    text = (f"The hospitals admitted 38,240 patients during the year. Of these, 21,530 were emergency "
            f"admissions and {planned} were planned admissions.")
    assert statuses(text, "part-exceeds-whole")[:1] == [status]


def test_parts_whose_last_word_differs_may_overlap():
    # "were operating" and "were closed" share no head noun: nothing says one excludes the other
    text = "Of the 116 hotels, 109 were operating and 9 were inspected."
    assert ERROR not in statuses(text, "part-exceeds-whole")


@pytest.mark.parametrize("orange, status", [("2.2 million", OK), ("4.2 million", ERROR)])
def test_members_each_before_one_preposition_add_up_to_no_more_than_the_whole(orange, status):
    text = (f"Mobile data subscriptions rose to 16.34 million, of which Safaricom accounted for 11.8 million, "
            f"Airtel for 2.4 million and Orange for {orange}.")
    assert statuses(text, "part-exceeds-whole")[:1] == [status]


@pytest.mark.parametrize("part, status", [("24,727", OK), ("30,909", ERROR)])
def test_a_whole_named_before_the_part_is_chosen_by_its_name_not_its_size(part, status):
    text = ("Residential buildings posted the highest number with 28,411 constructions in the quarter. "
            "This type fell from the 30,139 constructions of a year before. "
            f"Single-type houses made up the majority of all residential constructions with {part} (87.0%).")
    assert statuses(text, "share-of-total") == [status]


def test_a_far_smaller_level_of_the_name_is_passed_over():
    # a level of that name in an earlier paragraph may count a narrower group: no whole is read against it
    text = ("Residential constructions in the capital numbered 9,120.\n\n"
            "Permits were issued quickly. Single-type houses made up the majority of all residential constructions "
            "with 24,727 (87.0%).")
    assert ERROR not in statuses(text, "share-of-total")


@pytest.mark.parametrize("second, status", [("(3)", OK), ("(6)", ERROR)])
def test_counts_in_brackets_after_places_add_up_to_no_more_than_the_whole(second, status):
    text = f"Among them were 19 confirmed cases, from Yobe (16) and Adamawa {second}."
    assert statuses(text, "part-exceeds-whole")[:1] == [status]


@pytest.mark.parametrize("record, status", [("31.819", OK), ("39.774", ERROR)])
def test_a_change_pointing_back_takes_the_level_of_its_own_period(record, status):
    # the sentence before holds the crop of 2020-21 and the outturn of 2019-20 it grew from: the change of the
    # 2020-21 crop is from the former, whatever the sizes
    text = ("The 2020-21 wheat crop came in at 33.337 million tons, up 120% from the 2019-20 outturn of "
            f"15.165 million tons. The 2020-21 crop was 5% larger than the previous record of {record} million tons "
            "in 2016-17.")
    assert statuses(text, "growth-rate")[-1:] == [status]
