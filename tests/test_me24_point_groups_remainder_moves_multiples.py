"""Three readings from the twenty-fourth session's blind r-series tune half:

- a document of decimal points that also groups thousands with points ("1.187.835"): there a number of one
  point and three digits, with no scale word, is a whole number;
- a remainder word ("the balance", "the rest") that a verb of moving or changing follows is that verb's
  subject, not the last share of a list;
- a verb of multiplication with its object, a rate in apposition, and levels dated by a possessive
  ("more than tripled its membership--a 240% increase, from last year's 3,120 to this year's 10,610")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from auditor.document import Document
from auditor.extract import extract_figures
from tests._reading import errors, verdicts
from auditor.model import Status


def values(text: str) -> dict[str, Decimal]:
    return {f.text: f.value for f in extract_figures(Document("t.txt", text))}


# --- points that group thousands in a document of decimal points ------------------------------------

def test_two_point_groups_are_one_whole_number():
    assert values("Members cast 2.406.118 ballots, 4.5% more than in 2019.")["2.406.118"] == 2406118


def test_one_point_group_is_whole_where_the_document_groups_by_points():
    read = values("Imports passed two million units (2.310.442) and the average price rose to 1.245 dollars, "
                  "up 3.5%.")
    assert read["1.245 dollars"] == 1245


def test_one_point_group_stays_a_decimal_where_no_number_groups_by_points():
    assert values("The average price rose to 1.245 dollars, up 3.5%.")["1.245 dollars"] == Decimal("1.245")


def test_a_scaled_number_keeps_its_decimal_point_beside_point_groups():
    read = values("Shipments reached 3.412.906 tonnes; the port's share was 1.422 million tonnes.")
    assert read["1.422 million tonnes"] == Decimal("1422000")


def test_a_bracketed_exact_figure_grouped_by_a_point_checks_out_against_its_hedge():
    text = ("Imports passed two million units (2.310.442). The average price climbed above 1,200 dollars "
            "(1.245 dollars) for the first time.")
    assert not errors(text, "comparison")


# --- a remainder word as the subject of a move -----------------------------------------------------

def test_the_balance_that_shifted_is_no_last_share():
    text = ("Private donors gave 64% of the fund's income in 2022 and companies 36%; the balance has moved "
            "since then, from private donors at 58% and companies at 42% in 2015.")
    assert not errors(text, "share-of-total")


def test_the_rest_that_grew_is_no_last_share():
    text = "Wheat covered 61% of the farmed area and barley 27%, while the rest grew by 4% on the year."
    assert not errors(text, "share-of-total")


def test_the_balance_closing_a_list_is_still_checked():
    assert errors("Private donors gave 64% of the fund's income and the balance 26%.", "share-of-total")


def test_the_remaining_share_is_still_checked():
    assert errors("Party A took 51.0%, party B 33.5% and the remaining parties 25.5%.", "share-of-total")


# --- a verb of multiplication, its object, a rate in apposition, possessive dates -------------------

def test_more_than_tripled_with_a_rate_in_apposition_is_checked_against_its_levels():
    text = ("The club more than tripled its membership--a 240% increase, from last year's 3,120 to "
            "this year's 10,610.")
    assert any(status is Status.CONSISTENT and {"3,120", "10,610", "tripled"} <= set(figures)
               for status, figures in verdicts(text, "ratio"))


def test_more_than_doubled_its_object_from_possessive_dates_is_flagged_when_short():
    text = "The museum more than doubled its visitors, from last year's 41,200 to this year's 70,300."
    assert errors(text, "ratio")


def test_doubled_its_object_that_did_double_is_not_flagged():
    text = "The museum more than doubled its visitors, from last year's 31,200 to this year's 70,300."
    assert not errors(text, "ratio")
    assert any(status is Status.CONSISTENT for status, _ in verdicts(text, "ratio"))


# --- a question heading that names a ranking, items with their figure in brackets --------------------

_RANKED = "Which lakes drew the most anglers?\n\n1. Lough Arrow ({a})\n2. Lough Sheelin ({b})\n3. Lough Mask (3,240)\n"


def test_items_under_a_question_heading_are_ranked():
    assert errors(_RANKED.format(a="4,150", b="5,020"), "ranking")
    assert not errors(_RANKED.format(a="5,020", b="4,150"), "ranking")


def test_a_question_heading_that_ranks_changes_ranks_no_levels():
    text = "Which lakes gained the most anglers?\n\n1. Lough Arrow (4,150)\n2. Lough Sheelin (5,020)\n3. Lough Mask (3,240)\n"
    assert not errors(text, "ranking")


def test_a_colon_heading_of_the_fastest_growing_ranks_no_levels():
    text = "The fastest-growing lakes:\n1. Lough Arrow (4,150)\n2. Lough Sheelin (5,020)\n3. Lough Mask (3,240)\n"
    assert not errors(text, "ranking")


# --- a noun of change names the rate of the change before it ----------------------------------------

@pytest.mark.parametrize("text", [
    "Ticket revenue came to $41.6 million in 2023, up $2.9 million, a rise of 9.5%.",
    "Ticket revenue came to $41.6 million in 2023, up $2.9 million; the increase of 9.5% was the largest in a decade.",
])
def test_a_noun_of_change_after_the_amount_gives_its_rate(text):
    # 2.9 / (41.6 - 2.9) = 7.5%, not 9.5%
    assert errors(text, "growth-rate")
    assert not errors(text.replace("9.5%", "7.5%"), "growth-rate")


def test_a_noun_of_change_whose_rate_names_another_measure_is_not_the_amounts():
    text = "Ticket revenue came to $41.6 million in 2023, up $2.9 million; the rise of 9.5% in attendance was larger."
    assert not errors(text, "growth-rate")


# --- a share of a named whole, its part in brackets after the share's year ---------------------------

def test_a_share_of_a_named_whole_with_its_part_in_brackets_is_checked():
    text = ("Farm exports came to $25.9 billion in 2019.\n\n"
            "Coffee made up 36% of farm exports in 2019 ($11.6 billion).")
    assert any(status is not Status.CONSISTENT for status, _ in verdicts(text, "share-of-total"))
    fitting = text.replace("36%", "45%")
    assert any(status is Status.CONSISTENT for status, _ in verdicts(fitting, "share-of-total"))


def test_points_written_p_p_are_percentage_points():
    read = {f.text: f for f in extract_figures(Document("t.txt", "The share rose 3.4 p.p. to 61.2% in May."))}
    assert read["3.4 p.p."].unit == "percentage_point"
