"""Readings behind the false alarms raised on 30 real numeric releases (fa30): a percent sign written after the
bracket its number stands in, a part of a base named after a verb of including, the amount of a change named by
"a decrease in <what> of", a series' qualifier in brackets, "A up from B" with A the level reached, and a change
"from" an old level that names no direction. Each decoy is consistent text of our own that the start code flagged;
each positive is the same construction with one figure broken, which must still be flagged."""
from __future__ import annotations

from auditor.document import Document
from auditor.extract import extract_figures

from _reading import errors, meaning_of


def _figure(text: str, written: str):
    (found,) = [f for f in extract_figures(Document("t.txt", text)) if f.text == written]
    return found


# --- a number alone in brackets with its percent word after the bracket -----------------------------------

MONTHLY_THEN_AVERAGE = (
    "On a month-on-month basis, the fuel sub-index increased by 2.10 percent in May, down by 0.30 percent points "
    "from 2.40 percent recorded in April. The average annual rate of change of the fuel sub-index was 14.60 percent, "
    "0.25 percent points from the average annual rate of change recorded in April ({old})percent.")


def test_percent_word_after_the_closing_bracket_is_the_numbers_unit():
    assert _figure("The rate recorded in April (14.35)percent.", "14.35").unit == "percent"
    assert _figure("The rate recorded in April (16) percent.", "16").unit == "percent"
    assert _figure("Sales in April (1,200) units.", "1,200").unit == ""  # only a percent word is carried over


def test_gap_named_from_a_bracketed_rate_is_not_paired_with_the_sentence_before():
    assert errors(MONTHLY_THEN_AVERAGE.format(old="14.35"), "difference") == []


def test_gap_from_a_bracketed_rate_is_checked_against_it():
    broken = ("The twelve-month average rate of the fuel sub-index was 14.60 percent, 0.25 percent points from the "
              "average rate recorded in April (14.05)percent.")
    assert errors(broken, "difference") == [("14.60 percent", "14.05", "0.25 percent points")]
    text = "Headline inflation stood at 5.2 percent in May, up 0.4 percentage points from the April rate (4.6) percent."
    assert errors(text, "difference") == [("5.2 percent", "4.6", "0.4 percentage points")]


def test_gap_from_with_no_word_of_direction_is_compared_by_size():
    text = "The core rate was 6.10 percent in May, 0.35 percentage points from 5.75 percent in April."
    assert errors(text, "difference") == []
    assert errors(text.replace("5.75", "5.95"), "difference") == [("6.10 percent", "5.95 percent",
                                                                   "0.35 percentage points")]


# --- a figure after a verb of including is a part of the base, not its level --------------------------------

def test_part_of_the_base_after_which_included_is_no_old_level():
    text = ("Operating profit of $48.2M was up 6% over the previous year which included a $9M surplus on the "
            "revaluation of a warehouse.")
    assert errors(text, "growth-rate") == []
    text = "Group revenue of $310M grew 4% on the prior year, excluding $12M of disposals."
    assert errors(text, "growth-rate") == []


def test_old_level_named_after_the_base_is_still_checked():
    text = "Operating profit of $48.2M was up 6% over the previous year's $40.0M."
    assert errors(text, "growth-rate") == [("$48.2M", "$40.0M", "6%")]


# --- "a decrease in <what> of $A or P percent to $B": the amount and rate of a change -----------------------

TRADE = ("The rise in the trade gap reflected an increase in the fuel deficit of $3.2 billion or 4.1 percent to "
         "$81.3 billion and a decrease in the tourism surplus of $1.8 billion or 6.0 percent to $28.2 billion.")


def test_amount_after_a_change_noun_and_its_measure_is_a_change():
    figures = {f.text: f for f in meaning_of(TRADE).figures}
    assert figures["$3.2 billion"].direction == 1
    assert figures["$1.8 billion"].direction == -1
    assert errors(TRADE, "share-of-total") == []


def test_a_rise_in_the_number_of_names_a_count_not_a_change():
    text = "The report notes a rise in the number of 3,400 firms surveyed that plan to hire."
    assert _figure(text, "3,400").direction == 0


def test_share_of_a_named_total_is_still_checked():
    text = "Fuel imports came to $3.2 billion, or 6.1 percent of total imports of $81.3 billion."
    assert errors(text, "share-of-total") == [("$3.2 billion", "$81.3 billion", "6.1 percent")]


# --- a series' qualifier in brackets -------------------------------------------------------------------------

def test_two_series_told_apart_by_their_brackets_are_not_one_measure():
    text = ("Nominal earnings (total pay) grew by 4.5% in the three months to May 2024, while prices increased by "
            "2.0% in the year to May 2024. Nominal earnings (regular pay) rose by 4.9% in the three months to May 2024.")
    assert errors(text, "same-measure-conflict") == []


def test_one_series_stated_twice_with_the_same_bracket_is_still_compared():
    text = ("Nominal earnings (total pay) grew by 4.5% in the three months to May 2024, while prices increased by "
            "2.0% in the year to May 2024. Nominal earnings (total pay) rose by 4.9% in the three months to May 2024.")
    assert errors(text, "same-measure-conflict") == [("4.5%", "4.9%")]


# --- "A up from B": A the level reached -----------------------------------------------------------------------

FLATTENED = ("Club accounts 2022-23 Turnover 9th highest in the league £84m up from £{old}m in 2022 Matchday "
             "income £21m Media £52m Commercial £11m Wage bill £61m up from £58m in 2022 Profit £3m")


def test_level_then_up_from_a_level_is_no_change():
    meaning = meaning_of(FLATTENED.format(old="79"))
    assert next(f for f in meaning.figures if f.text == "£84m").direction == 0
    assert errors(FLATTENED.format(old="79"), "difference") == []


def test_level_said_up_from_a_higher_level_is_still_flagged():
    assert errors(FLATTENED.format(old="89"), "comparison") == [("£84m", "£89m")]


# --- a second batch of real releases, read after the first fixes (fa30, batch B) -------------------------------
# A rate told on another basis than the reported amounts: like for like, at constant exchange rates.

def test_like_for_like_rate_is_not_the_rate_between_reported_amounts():
    text = "Packaging sales were reported at £86m, a like-for-like growth of 9% from £82m."
    assert errors(text, "growth-rate") == []
    assert errors(text.replace("like-for-like ", ""), "growth-rate") == [("£86m", "£82m", "9%")]


def test_rate_at_constant_exchange_rates_leaves_the_reported_rate_checked():
    text = "In Asia, revenue grew by {rate}, from £61.0m last year to £63.4m (11% at constant exchange rates)."
    assert errors(text.format(rate="4%"), "growth-rate") == []
    assert errors(text.format(rate="7%"), "growth-rate") == [("£63.4m", "£61.0m", "7%")]


# A bracket giving an earlier vintage of the figure, or a value of another sign, is no restatement.

def test_bracketed_earlier_estimate_is_not_the_same_amount_restated():
    text = ("Investment fell 1.3 percent (-0.4 percent in the first estimate), of which equipment spending dropped "
            "3 percent (-0.5 percent).")
    assert errors(text, "same-measure-conflict") == []


def test_amount_restated_in_brackets_in_another_notation_is_still_checked():
    assert errors("The deficit came to 1.5 million (1,700,000).", "same-measure-conflict") == [
        ("1.5 million", "1,700,000")]


# A change that names its own old level is not the move the next sentence tells.

def test_change_with_its_own_base_is_not_paired_with_the_next_sentences_move():
    text = ("Adjusted net profit rose 84.20 million euros or 61.10c per share from 79.40 million or 57.60c per share "
            "a year earlier. Operating profit was 131.70 million euros, up from 128.90 million euros a year earlier.")
    assert errors(text, "difference") == []


def test_change_between_its_own_levels_is_still_checked():
    text = "Net profit rose by 5.10 million euros to 84.20 million euros from 79.40 million euros a year earlier."
    assert errors(text, "difference") == [("84.20 million euros", "79.40 million euros", "5.10 million euros")]
