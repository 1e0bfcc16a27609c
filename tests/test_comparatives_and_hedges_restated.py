"""Two readings of how words bound one figure by another.

A predicative comparative said of a clause, then both terms' figures joined by "against", "compared with" or
"versus": the first figure is the clause's own term and lies on the comparative's side of the second.

A round figure hedged outside the lead ("more than 758,000", "just over 3,800"), and the figure of that measure the
text gives precisely in another sentence: the precise figure lies in the hedge's interval.
"""
from __future__ import annotations

import pytest

from auditor.model import Status
from tests._reading import errors, verdicts


# --------------------------------------------------------------------------- a comparative, then both terms
@pytest.mark.parametrize("sentence, figures", [
    ("Rents in the capital were far higher, at €1,420 a month against €1,610 in the regions.", ("€1,420", "€1,610")),
    ("Male employment lagged, at 61.2% compared with 56.8% for women.", ("61.2%", "56.8%")),
    ("The eastern depot stayed well ahead with 3,412 deliveries, against 3,980 at the western one.",
     ("3,412", "3,980")),
    ("Output of barley was lower in the hills than on the plains: 2.9 tonnes a hectare versus 2.4 tonnes.",
     ("2.9 tonnes", "2.4 tonnes")),
    ("More boys than girls sat the test this year: 4,120 against 4,380.", ("4,120", "4,380")),
    ("Fewer flats were let in March than in February, 1,912 compared with 1,806.", ("1,912", "1,806")),
    ("The death rate was lower in the valley than on the coast, 8.1 per 1,000 against 7.2 per 1,000.", ("8.1", "7.2")),
])
def test_a_comparative_contradicted_by_its_two_terms_is_an_error(sentence, figures):
    assert errors(sentence, "comparison") == [figures]


@pytest.mark.parametrize("sentence", [
    "Rents in the capital were far higher, at €1,710 a month against €1,610 in the regions.",
    "Male employment lagged, at 51.2% compared with 56.8% for women.",
    "The eastern depot stayed well ahead with 4,412 deliveries, against 3,980 at the western one.",
    "Output of barley was lower in the hills than on the plains: 1.9 tonnes a hectare versus 2.4 tonnes.",
])
def test_a_comparative_its_two_terms_bear_out_is_consistent(sentence):
    assert [status for status, _ in verdicts(sentence, "comparison")] == [Status.CONSISTENT]


@pytest.mark.parametrize("sentence", [
    # an attributive comparative compares nothing
    "Higher education spending came to $4.6bn, against $4.1bn a year earlier.",
    # the comparative is another clause's
    "Prices were higher in March, while wages stood at $512 against $530 a year before.",
    # the comparative's own term is an amount in words
    "Sales in the north were more than half of the total, at 42% against 48% in the south.",
    # "ahead of" a time
    "Ahead of the vote, support for the plan stood at 41% against 45% for the rival.",
    # figures side by side, no comparative
    "Turnout was 41% against 45% in 2019.",
    # a figure between the comparative and the terms
    "Exports were higher than the 3,100 tonnes of May, with 2,900 tonnes against 3,050 tonnes in June.",
    # a sentence adverb, not a comparative of number
    "More recently, exports have grown more slowly than imports, 5% against 9%.",
    # the comparative of two falls may be of their size
    "Prices fell more in the north, -4.1% against -3.2%.",
])
def test_no_comparative_of_these_two_terms_is_no_error(sentence):
    assert errors(sentence, "comparison") == []


def test_a_scale_word_written_once_makes_the_comparison_only_a_question():
    sentence = "The private sector stayed well ahead with 4.92 holders, against 3.53 million in the public sector."
    assert verdicts(sentence, "comparison") == [(Status.UNDETERMINED, ("4.92", "3.53 million"))]


# --------------------------------------------------------------------------- a hedge restated elsewhere
_REGISTER = ("Register figures\n\nThe council said {precise} nurses and midwives were on its register in March, up by "
             "26,403 on a year before.\n\nOfficials welcomed the rise. More than 758,000 nurses and midwives are now "
             "on the register, they said.")


def test_a_bound_in_the_body_holds_the_precise_figure_given_before():
    assert verdicts(_REGISTER.format(precise="758,303"), "same-measure-conflict") == \
        [(Status.CONSISTENT, ("758,000", "758,303"))]


def test_a_precise_figure_outside_the_bound_is_only_a_question():
    # (a hedge in the body may sum up another thing than the precise figure: words shared across sentences do not
    # tell which, so a miss is never an error)
    assert verdicts(_REGISTER.format(precise="757,303"), "same-measure-conflict") == \
        [(Status.UNDETERMINED, ("758,000", "757,303"))]


def test_a_hedge_of_the_precise_figure_given_after_it():
    text = ("Library loans\n\nThe service reopened all 42 branches in May.\n\nJust over 3,800 fewer books were lent "
            "than a year ago, officials said.\n\nIn all, {precise} fewer books were lent than a year ago.")
    assert verdicts(text.format(precise="3,762"), "same-measure-conflict") == \
        [(Status.UNDETERMINED, ("3,800", "3,762"))]
    assert verdicts(text.format(precise="3,818"), "same-measure-conflict") == \
        [(Status.CONSISTENT, ("3,800", "3,818"))]


def test_a_hedge_drawing_a_group_line_restates_no_level():
    text = ("Pay report\n\nThe agency employs 1,240 people across the region.\n\nFirms with more than 250 staff "
            "must report their pay gaps. The largest firm in the town had 212 staff on its books in April.")
    assert verdicts(text, "same-measure-conflict") == []


def test_a_hedge_of_another_measure_is_not_its_restatement():
    text = ("Health workforce\n\nThe council said 758,303 nurses and midwives were on its register in March.\n\n"
            "Hospitals in the region employ more than 700,000 porters and cleaners, the union said.")
    assert verdicts(text, "same-measure-conflict") == []


# --------------------------------------------------------------------------- a share multiplied
def test_a_share_said_to_have_more_than_doubled_from_one_level_to_another():
    told = "The party more than doubled its vote share, from 15 per cent in 2012 to {now} per cent this year."
    assert errors(told.format(now="27.7"), "ratio") == [("27.7 per cent", "15 per cent", "doubled")]
    assert errors(told.format(now="33.1"), "ratio") == []
    assert [status for status, _ in verdicts(told.format(now="33.1"), "ratio")] == [Status.CONSISTENT]


def test_a_share_that_rose_without_a_multiple_is_no_ratio():
    assert verdicts("The party's vote share rose from 15 per cent in 2012 to 27.7 per cent this year.", "ratio") == []


# --------------------------------------------------------------------------- the largest part's change and the whole's
def test_the_largest_rise_among_parts_is_at_least_the_whole_rise():
    told = "Sales of all cereals rose 12 per cent in May, with the largest rise, {part} per cent, in oats."
    assert verdicts(told.format(part="19"), "comparison") == [(Status.CONSISTENT, ("19 per cent", "12 per cent"))]
    # (only likely: the words may rank some parts only)
    assert verdicts(told.format(part="9"), "comparison") == [(Status.UNDETERMINED, ("9 per cent", "12 per cent"))]


def test_the_whole_change_may_stand_in_the_sentence_before():
    text = ("In all, bus journeys grew 6.4 per cent across every region. Leeds carried the most, while York had the "
            "biggest annual increase, up 11.2 per cent.")
    assert verdicts(text, "comparison") == [(Status.CONSISTENT, ("11.2 per cent", "6.4 per cent"))]


def test_no_whole_named_no_reading():
    text = "Wheat sales rose 12 per cent in May, with the largest rise, 9 per cent, in oats."
    assert verdicts(text, "comparison") == []


# --------------------------------------------------------------------------- one subject between two figures
@pytest.mark.parametrize("sentence, figures", [
    ("Flu cases this winter are 210% higher than the 1,920 cases of 2021, but lower than the 1,450 cases of 2019.",
     ("1,920", "1,450")),
    ("Turnout was above the 58.1% of 2017 but below the 54.6% recorded in 2012.", ("58.1%", "54.6%")),
    ("Turnout was below the 58.1% of 2017 yet above the 61.6% recorded in 2012.", ("58.1%", "61.6%")),
])
def test_a_subject_said_to_lie_between_two_figures_orders_them(sentence, figures):
    assert errors(sentence, "comparison") == [figures]


def test_a_subject_above_both_figures_says_nothing_of_their_order():
    assert errors("Turnout was above the 58.1% of 2017 and above the 61.6% recorded in 2012.", "comparison") == []
    assert errors("Turnout was above the 58.1% of 2017, but deaths were below the 61.6% of 2012.", "comparison") == []
