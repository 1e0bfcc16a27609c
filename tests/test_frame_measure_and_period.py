"""The measure and period each figure's frame carries, read as components: a list item's label, a pronoun that
stands for the sentence before, currency nouns, month spans; periods in brackets, levels set above or below with their
own period, a month's year given further on, "from a year earlier" cut from its clause. Sentences written for these
tests; decoys keep what the start code read right."""
from __future__ import annotations

import pytest

from _reading import errors

from auditor.document import Document
from auditor.extract import extract_figures


def figure(text: str, written: str, nth: int = 1):
    """The `nth` figure of `text` written `written`."""
    found = [f for f in extract_figures(Document("t.txt", text)) if f.text == written]
    return found[nth - 1]


# --- measure: a list item's label --------------------------------------------------------------------------------

LIST = ("Breakdown of the 2031 harvest:\n"
        "- barley: 4.12 million tonnes (+6.5%)\n"
        "- spring oats: 1.07 million tonnes (2030: 0.98 million tonnes), up 9% on the year\n")


@pytest.mark.parametrize("written, label", [
    ("4.12 million tonnes", "barley"), ("+6.5%", "barley"),
    ("1.07 million tonnes", "spring oats"), ("0.98 million tonnes", "spring oats"), ("9%", "spring oats"),
])
def test_a_list_items_label_names_what_its_figures_count(written, label):
    assert figure(LIST, written).measure == label


def test_an_indented_item_under_a_lead_in_takes_its_label():
    text = "Deposits by type of saver, June 2031:\n  households with one account: $3.4 billion, up 2.1 percent\n"
    assert figure(text, "$3.4 billion").measure == "households with one account"


def test_a_label_that_is_a_time_names_no_measure():
    text = "Results:\n- In March: 42 new branches opened\n"
    assert figure(text, "42").measure != "in march"


def test_a_line_with_a_colon_in_running_prose_is_no_list_item():
    # (no bullet, no indent, no lead-in ending in a colon above: a sentence, whose words are read as before)
    text = "The board said.\n\nNote: the firm hired 310 engineers in 2031.\n"
    assert figure(text, "310").measure == "engineers"


def test_an_items_own_words_win_over_its_label():
    text = "Highlights:\n- Exports: shipments of copper rose to 52,000 tonnes\n"
    assert "copper" in figure(text, "52,000 tonnes").measure


# --- measure: a pronoun for the sentence before; money and months are no measure ----------------------------------

def test_that_is_carries_the_measure_of_the_sentence_before():
    text = "Total rye production is put at 2,430,000 tonnes. That is 4% less than the 2,531,000 tonnes forecast in May."
    assert figure(text, "4%").measure == figure(text, "2,430,000 tonnes").measure == "total rye production"
    assert figure(text, "2,531,000 tonnes").measure == "total rye production"


def test_a_pronoun_far_from_the_figure_carries_nothing():
    text = ("Rye output reached 2,430,000 tonnes. That is what the agency said in a note, which found 3% fewer farms "
            "growing it.")
    assert figure(text, "3%").measure != "rye output"


def test_crowns_are_money_not_the_measure():
    text = "In May, Danish pork exports were worth 3.1 billion crowns, a rise of 8 percent."
    money = figure(text, "3.1 billion crowns")
    assert money.unit == "DKK"
    assert money.measure == "danish pork exports"


def test_a_crown_named_by_its_country_is_that_countrys():
    assert figure("Sales came to 640 million Swedish crowns in 2031.", "640 million Swedish crowns").unit == "SEK"


def test_a_month_span_before_the_figure_is_a_time_not_the_measure():
    text = "Output in April-June came to 8.35 million tonnes, the ministry said in 2031."
    assert figure(text, "8.35 million tonnes").measure == "output"


def test_a_move_in_brackets_is_of_the_noun_the_bracket_follows():
    text = "Year on year, nickel (down 8.4%) and zinc (up 2.2%) led the index."
    assert figure(text, "8.4%").measure == "nickel"
    assert "zinc" in figure(text, "2.2%").measure


def test_a_bracket_after_a_figure_is_no_noun_of_the_move():
    # (the bracket follows an amount, not a noun: its move is the amount's, carried as before)
    text = "Copper exports reached 1.2 million tonnes (+4.1%) in 2031."
    assert figure(text, "+4.1%").measure == figure(text, "1.2 million tonnes").measure == "copper exports"


def test_a_verb_in_the_past_before_to_is_no_word_of_the_measure():
    text = "Steel output returned to nearly 95% of its 2029 level."
    assert figure(text, "95%").measure == "steel output"


def test_a_participle_before_a_noun_stays_in_the_measure():
    # (no "to" or "by" after it: "registered" qualifies the noun)
    text = "The number of registered voters was 812,000."
    assert "registered" in figure(text, "812,000").measure


# --- period: brackets, bases, a month's year ---------------------------------------------------------------------

def test_a_period_in_brackets_holds_inside_them_only():
    text = ("Total 2031 oat production is put at 3,100,000 tonnes.\n"
            "- winter oats: 1,200,000 tonnes (2030: 1,150,000 tonnes), up 4% on the year;\n"
            "- spring oats: 1,900,000 tonnes (2030: 1,700,000 tonnes).\n")
    assert figure(text, "1,150,000 tonnes").period == "2030"
    assert figure(text, "4%").period == "2031"
    assert figure(text, "1,900,000 tonnes").period == "2031"


def test_a_bracketed_period_after_a_lead_in_period_is_the_comparisons():
    text = ("Deposits by type of saver, June 2031 (June 2030):\n"
            "  households: $3.4 billion, up 2.1 percent\n")
    assert figure(text, "$3.4 billion").period == "2031-06"


def test_a_bracket_after_a_name_keeps_its_date_for_the_figure_after_it():
    # (not a period set beside a figure: "BBC1 (May 4) 9.1 million" is the programme shown on May 4)
    text = "Most watched of 2031:\n1. Quiz Night, BBC1 (May 4) 9.1 million\n"
    assert figure(text, "9.1 million").period == "2031-05"


def test_a_level_set_below_with_its_own_year_is_no_period_in_force():
    text = ("The rye estimate was cut to 1,359,000 tonnes in 2031, 8% below the revised 1,493,000 tonnes of 2030. "
            "Maize output is expected at 1,576,000 tonnes, up 8% from 1,459,000 tonnes.")
    assert figure(text, "1,493,000 tonnes").period == "2030"
    assert figure(text, "1,576,000 tonnes").period == "2031"


def test_above_target_in_a_year_is_that_years():
    # (no level stands between "above" and the year: the year is the figure's own)
    text = "Sales were 10% above target in 2031. Profit rose to $4 million."
    assert figure(text, "$4 million").period == "2031"


def test_a_month_without_its_year_takes_the_year_the_text_gives_it_later():
    text = "Tile sales up 31.2% in March\n\nISLAMABAD: Sales of tiles rose 31.2 per cent in March 2031."
    assert figure(text, "31.2%").period == "2031-03"


def test_a_month_without_a_year_takes_no_other_months_year():
    text = "Tile sales up 31.2% in March\n\nISLAMABAD: Sales of tiles rose 31.2 per cent in April 2031."
    assert figure(text, "31.2%").period == "03"


def test_from_a_year_earlier_is_the_base_even_when_the_clause_starts_after_from():
    text = ("Shipments of tablets dropped 4 percent from a year earlier to 41.3 million units in the second quarter, "
            "the analysts say.\n\n| Vendor | 2Q31 Units | 2Q30 Units |\n| Total | 41.3 | 43.0 |\n")
    assert figure(text, "41.3 million").period == "2031-Q2"


# --- downstream: the labels and currencies read here pair no figures the text keeps apart ---------------------------

def test_list_items_of_two_labels_are_not_one_measure_stated_twice():
    text = ("Breakdown of the 2031 harvest:\n- barley: 4.12 million tonnes\n- spring barley: 3.95 million tonnes\n\n"
            "Breakdown of the 2030 harvest:\n- barley: 3.80 million tonnes\n")
    assert errors(text, "same-measure-conflict") == []


def test_money_in_crowns_of_two_months_is_not_one_measure_stated_twice():
    text = ("In May 2031, Danish pork exports were worth 3.1 billion crowns.\n\n"
            "In June 2031, Danish pork exports were worth 3.4 billion crowns.")
    assert errors(text, "same-measure-conflict") == []


def test_a_month_said_to_be_last_years_is_of_the_year_before():
    text = "Canal transits reached 1,920 in January 2031, compared with 1,774 in January last year."
    assert figure(text, "1,774").period == "2030-01"
    assert figure(text, "1,920").period == "2031-01"


def test_a_month_then_a_clause_on_last_year_keeps_the_year_in_view():
    text = "Canal transits reached 1,920 in 2031. Tolls rose 4% in January, last year's rise having been 2%."
    assert figure(text, "4%").period == "2031-01"
