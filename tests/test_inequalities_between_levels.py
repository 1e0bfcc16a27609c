"""Inequalities the words state between two levels of one sentence, or of a sentence and the one before, and the
words of direction that state none.

- A figure that is the subject of a comparative after a verb of being is compared, not the size of a difference:
  "a harvest of 2.6 million tonnes was smaller than the 2.4 million tonnes of 2022" (comparisons._DIFFERENCE_PHRASE
  reads "168 students larger than the target" as a gap, and still does).
- A base named by "up on" / "down on", "over" / "under" after a degree word or a verb of being, "within" a cap named
  by its noun (comparisons.comparison_between).
- A mark crossed "by reaching" a level: the level, not the margin (order.crossed_marks); "overshot", "stayed within".
- Two levels "N, against M in 2019" after a sentence that says which way the measure moved and gives only the size of
  the move ("has gone up by 45%"), no level (links._moved_said_before).
- A comparative opening a name ("Higher education enrolment") or a noun of change that is the subject of a verb of
  level ("Export growth came to") says no move between two levels (move_words.move_direction).

The sentences are written here; none is a report's.
"""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, pair", [
    ("The 2024 maize crop of 3.8 million tonnes was smaller than the 3.5 million tonnes of 2023.",
     ("3.8 million tonnes", "3.5 million tonnes")),
    ("The 2023 figure of 6.4% was higher than the 6.9% recorded in 2022.", ("6.4%", "6.9%")),
    ("Timber exports of 12,400 cubic metres were down on the 11,900 cubic metres shipped a year earlier.",
     ("12,400 cubic metres", "11,900 cubic metres")),
    ("Ferry crossings totalled 8,210, up on last year's 8,540.", ("8,210", "8,540")),
    ("The clinic treated 4,100 patients, well under the 3,900 it had planned for.", ("4,100", "3,900")),
    ("Registrations reached 7,350, just over the 7,420 forecast in spring.", ("7,350", "7,420")),
    ("The borrowing requirement came in at 4.2% of output, comfortably within the statutory ceiling of 3.8%.",
     ("4.2%", "3.8%")),
])
def test_a_comparison_the_wrong_way_is_an_error(text, pair):
    assert pair in errors(text, "comparison")


@pytest.mark.parametrize("text, pair", [
    ("The 2024 maize crop of 3.2 million tonnes was smaller than the 3.5 million tonnes of 2023.",
     ("3.2 million tonnes", "3.5 million tonnes")),
    ("Timber exports of 11,400 cubic metres were down on the 11,900 cubic metres shipped a year earlier.",
     ("11,400 cubic metres", "11,900 cubic metres")),
    ("The clinic treated 3,100 patients, well under the 3,900 it had planned for.", ("3,100", "3,900")),
    ("The borrowing requirement came in at 3.2% of output, comfortably within the statutory ceiling of 3.8%.",
     ("3.2%", "3.8%")),
])
def test_a_comparison_the_right_way_holds(text, pair):
    assert (Status.CONSISTENT, pair) in verdicts(text, "comparison")


@pytest.mark.parametrize("text, pair", [
    ("The water board overshot its target of 50,000 new meters this year by reaching 46,318.", ("46,318", "50,000")),
    ("The district beat its recycling target of 45% by recording a rate of 41.2%.", ("41.2%", "45%")),
])
def test_a_mark_crossed_by_reaching_a_level(text, pair):
    assert pair in errors(text, "comparison")


def test_a_mark_crossed_by_adding_an_amount_compares_no_level():
    # (the figure after "by adding" is what was added, not the level reached)
    text = "The choir passed the 1,000 mark by adding 300 members this spring."
    assert verdicts(text, "comparison") == []


@pytest.mark.parametrize("text", [
    # a gap before a comparative, "by" a margin, prepositions of regime or time
    "The new intake was 168 students larger than the target of 7,000.",
    "The firm exceeded its target of 50,000 by 6,318 units.",
    "Some 4,100 homes were built under the new scheme, and 3,900 flats under the old one.",
    "Output reached 4,100 tonnes over the 12 months to June, and 3,900 tonnes in the year before.",
    "Sales were up on the year at 4,100, with 3,900 sold online.",
    "A harvest of 2.6 million tonnes was larger than expected; 2.9 million tonnes had been forecast.",
])
def test_figures_side_by_side_are_not_compared(text):
    assert errors(text, "comparison") == []


def test_a_move_said_in_the_sentence_before_with_its_size_orders_the_levels():
    said = "The number of school meals served has gone up by 12% over the last five years. "
    wrong = said + "In 2023-2024, 4,380 meals were served, against 4,910 in 2018-2019."
    right = said + "In 2023-2024, 5,480 meals were served, against 4,910 in 2018-2019."
    assert (Status.CONSISTENT, ("5,480", "4,910")) in verdicts(right, "change-direction")
    assert any(figures == ("4,380", "4,910") and status is not Status.CONSISTENT
               for status, figures in verdicts(wrong, "change-direction"))


@pytest.mark.parametrize("text", [
    # the sentence before gives a level
    "Some 4,100 school meals were served in May. In 2023-2024, 4,380 meals were served, against 4,910 in 2018-2019.",
    # its move is of a season, not of a span whose ends the two levels are
    "Tram ridership has grown by 6% this spring. Tram ridership was 3,100 a day in April, compared with 3,400 a year "
    "earlier.",
])
def test_a_sentence_before_that_gives_no_span_of_the_move_orders_nothing(text):
    assert verdicts(text, "change-direction") == []


@pytest.mark.parametrize("text", [
    "Higher education spending came to $4.1bn, against $4.6bn a year earlier.",
    "Higher education enrolment stood at 41,200, compared with 43,600 in 2019.",
    "Export growth came to 4.1%, against 4.6% a year earlier.",
    "Spending on higher education came to $4.1bn, against $4.6bn a year earlier.",
    "Higher prices pushed revenue to $4.1bn, against $4.6bn a year earlier.",
])
def test_words_of_direction_that_name_the_measure_say_no_move(text):
    assert errors(text, "change-direction") == []


@pytest.mark.parametrize("text, pair", [
    ("Higher education spending rose to $4.1bn from $4.6bn a year earlier.", ("$4.1bn", "$4.6bn")),
    ("Sales were higher at $4.1bn, against $4.6bn a year earlier.", ("$4.1bn", "$4.6bn")),
    ("Export growth rose to 4.1% from 4.6% a year earlier.", ("4.1%", "4.6%")),
])
def test_a_verb_of_change_beside_such_words_still_says_the_move(text, pair):
    assert pair in errors(text, "change-direction")


@pytest.mark.parametrize("text, status", [
    ("Of the 2,400 permits granted over the last three years, 2,650 went to small farms.", Status.INCONSISTENT),
    ("Of the 2,400 permits granted over the last three years, 1,650 went to small farms.", Status.CONSISTENT),
    ("Of the 880 wells drilled in the past 18 months, 930 struck water.", Status.INCONSISTENT),
])
def test_the_span_a_fronted_whole_was_counted_over_is_no_part(text, status):
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] == [status]
