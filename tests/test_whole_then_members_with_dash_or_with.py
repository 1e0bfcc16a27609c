"""A whole, then its parts introduced three more ways: a dash and amounts each placed by "in"/"from" ("A total of
9,100 homes were flooded - 5,600 in the delta and 3,200 upriver"), "with" and the members named by the whole's
head noun ("Total freight was 640,000 tonnes, with road freight at 410,000 tonnes and rail freight at 230,000
tonnes"), and amounts that bring a measure called total to its level ("Wheat sales of 2.3 million tonnes and
maize sales of 1.4 million tonnes took total grain sales to 3.9 million tonnes")."""
from __future__ import annotations

from _reading import errors, statuses

from auditor.model import Status

SUM = "sum-of-parts"
WITHIN = "part-exceeds-whole"


def test_a_total_then_a_dash_and_placed_amounts_must_add_up():
    text = "A total of 9,100 homes were flooded - 5,600 in the delta and 3,200 in the hill districts."
    assert errors(text, SUM)


def test_a_total_then_a_dash_and_placed_amounts_that_add_up():
    text = "A total of 8,800 homes were flooded - 5,600 in the delta and 3,200 in the hill districts."
    assert statuses(text, SUM) == [Status.CONSISTENT]


def test_a_dash_then_a_month_is_no_part_list():
    # the whole is the year's; "in March" may be one month of it and the other figure another year's
    text = "Some 9,100 homes were flooded last year - 5,600 in March and 4,900 in 2022."
    assert not errors(text, SUM) and not errors(text, WITHIN)


def test_members_named_by_the_whole_head_after_with():
    text = ("Total freight was 640,000 tonnes, with road freight at 450,000 tonnes and rail freight at "
            "230,000 tonnes.")
    assert errors(text, WITHIN)


def test_members_after_with_that_fit_inside_the_whole():
    text = ("Total freight was 640,000 tonnes, with road freight at 400,000 tonnes and rail freight at "
            "230,000 tonnes.")
    assert Status.CONSISTENT in statuses(text, WITHIN)


def test_complementary_members_after_with_make_up_the_whole():
    text = "Total revenue stood at $9.4 billion, with $6.1 billion from tax and $3.0 billion from non-tax sources."
    assert errors(text, SUM)


def test_another_measure_after_with_is_no_member():
    # imports are no part of exports: nothing is said about their sum
    text = "Exports were $7.5 billion, with imports at $4.2 billion and re-exports at $3.9 billion."
    assert not errors(text, SUM) and not errors(text, WITHIN)


def test_amounts_that_take_a_total_measure_to_its_level():
    text = "Wheat sales of 2.3 million tonnes and maize sales of 1.9 million tonnes took total grain sales to 3.9 million tonnes."
    assert errors(text, WITHIN)


def test_one_amount_without_total_words_is_no_sum():
    # "took sales to" says where sales went, not a total the amount is part of
    text = "A late surge of 2.3 million tonnes took grain sales to 1.9 million tonnes in the quarter before."
    assert not errors(text, WITHIN) and not errors(text, SUM)
