"""Readings found on real releases nobody tuned on (Maltese tourism, Icelandic departures, Botswana and Mauritian
labour surveys, Philippine reserves, Portuguese tourism, Egyptian inflation, Kazakh industry, Dutch unemployment,
Romanian wages, Cambodian garment exports, Ghanaian cocoa, MTN Nigeria results, Bangladeshi exports), each with
invented sentences, a decoy and a true-relation twin: both ends of a range named as an age group are ages; "most"
with an order going on ("followed by") names the largest group, not a majority; a comparative of size ("wider than",
"narrower than") after a rate makes it a change; the two a gap is "between" may stand before its "of"; a noun of
change set off by a comma before an amount with its rate in apposition makes the amount a change; "181.000" in a text
of decimal points is no safe figure; a bracketed figure followed by its own time ("(+7.4% in the previous month)") is
that time's, not a restatement; "a drop in growth" moves down; percentages above 100 are no shares of one whole; "a
further N (P%)" after a part with its share is the next part; totals each borne out by their own parts are two totals,
not a slip of one digit; "minus" before a level's figure is its sign; an average change ("fell by an average of 15,000
per month") averages no level, and a level named as an average is no total; the two ends of one move are not part
and whole; "by Aug. 10" ends a running total; a change after a compared pair is the pair's own; a decimal split by a
stray space ("N149. 79 billion") is no figure; a target set against an outcome is no earlier level; a level another
change reached is no base of the next change."""
from __future__ import annotations

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar.frames import Role

from tests._reading import errors, role_of


def _texts(text: str) -> list[str]:
    return [f.text for f in extract_figures(Document("t.txt", text))]


# --- an age group's range -------------------------------------------------------------------------------------

def test_an_age_bracket_range_holds_no_figures():
    text = ("Tourist arrivals in February were estimated at 145,821. During the month, 124,198 trips were for holiday "
            "purposes. Most inbound tourists were aged between 25 and 44 years (36.8%), followed by those within the "
            "45-64 age bracket (33.4%).\n")
    assert "45" not in _texts(text) and "64" not in _texts(text)
    assert errors(text, "share-of-total") == [] and errors(text, "part-exceeds-whole") == []


def test_the_years_of_an_age_group_range_are_ages_too():
    assert _texts("Among suspected cases, the 5 - 14 years age group is the hardest hit.\n") == []


def test_a_share_beside_an_age_group_is_still_checked():
    # the twin: the group's count and share against the whole are still read
    text = "Of the 1,200 visitors surveyed, 420 (45.0%) were within the 45-64 age bracket.\n"
    assert errors(text, "share-of-total")


# --- "most", then an order --------------------------------------------------------------------------------------

def test_most_followed_by_names_the_largest_group():
    text = "Most arrivals (41%) were aged between 25 and 44, followed by those within the 45-64 age bracket (30.1%).\n"
    assert errors(text, "comparison") == []


def test_most_alone_still_says_a_majority():
    assert errors("Most arrivals (41%) were holidaymakers.\n", "comparison")


# --- comparatives of size, gaps between two, a change noun set off ---------------------------------------------------

def test_a_second_comparison_names_no_old_level_of_the_first():
    text = ("Gross international reserves stood at $92.40 billion at end-March, or 6.5 percent wider than a year earlier "
            "but narrower than the record $95.10 billion of January.\n")
    assert errors(text, "growth-rate") == []


def test_a_level_after_the_comparative_is_still_the_old_level():
    text = "Gross international reserves stood at $92.40 billion at end-March, or 6.5 percent wider than the $95.10 billion of January.\n"
    assert errors(text, "growth-rate")


def test_wider_than_a_year_earlier_makes_a_change():
    text = ("Foreign reserves settled at $75.965 billion as of end-April, or 10.9 percent wider than a year earlier "
            "but narrower than its all-time high of $77.357 billion in January.\n")
    assert role_of(text, "10.9 percent") is Role.RELATIVE_CHANGE
    assert errors(text, "share-of-total") == []


def test_a_plain_percentage_after_or_is_still_a_share():
    assert role_of("Reserves settled at $75.965 billion, or 10.9 percent of the total.\n", "10.9 percent") is Role.SHARE


def test_a_difference_between_the_two_of_an_amount_is_a_gap():
    text = ("The economically active population was 940,546 in the third quarter of 2019. This is compared to 836,734 "
            "that was recorded in 2015/16, giving a difference between the two of 103,812 or a 12.4 percent increase.\n")
    assert role_of(text, "103,812") is Role.GAP
    assert errors(text, "growth-rate") == []


def test_a_change_noun_set_off_before_an_amount_and_its_rate():
    text = ("North America tops the list with 680,000 departures with the most annual increase as well, 181,000 or "
            "36.3%.\n")
    assert role_of(text, "181,000") is Role.CHANGE
    assert errors(text, "share-of-total") == []


def test_the_set_off_change_and_a_wrong_rate_are_flagged():
    text = ("North America tops the list with 680,000 departures with the most annual increase as well, 181,000 or "
            "30.3%.\n")
    assert errors(text, "growth-rate")


def test_a_new_clause_after_a_change_noun_is_no_change():
    text = "After the decline, 3,000 workers remained, or 20% of the staff.\n"
    assert role_of(text, "3,000") is Role.LEVEL


def test_a_point_and_three_zeros_is_no_safe_figure():
    text = "North America tops the list with 680,000 departures and the most annual increase as well, 181.000 or 36.3%.\n"
    assert "181.000" not in _texts(text)
    assert "1.005" in _texts("The index stood at 1.005 in May, on 680,000 sales.\n")
    assert "181.000" in _texts("The province counted 181.000 in the survey.\n")  # (no grouping elsewhere to go by)


# --- a bracketed figure of another time -----------------------------------------------------------------------

def test_a_bracket_of_the_previous_month_is_that_months_figure():
    text = ("This growth resulted from overnight stays spent by non residents, which increased 5.2% (+7.4% in the "
            "previous month).\n")
    assert errors(text, "same-measure-conflict") == []


def test_a_bare_bracket_in_another_notation_is_still_a_restatement():
    assert errors("Overnight stays by non residents increased 5.2 per cent (+7.4%).\n", "same-measure-conflict")


# --- a drop in growth -------------------------------------------------------------------------------------------

def test_a_drop_in_growth_moves_down():
    text = ("Tobacco and alcoholic beverages saw a significant drop in growth, from an annual 19 per cent in June 2012 "
            "to just 8.8 per cent in July.\n")
    assert errors(text, "change-direction") == []


def test_a_rise_in_growth_to_a_lower_rate_is_still_flagged():
    text = "Tobacco saw a significant rise in growth, from an annual 19 per cent in June to just 8.8 per cent in July.\n"
    assert errors(text, "change-direction")


# --- index levels are no shares -----------------------------------------------------------------------------------

def test_index_levels_above_a_hundred_are_no_shares_of_one_whole():
    text = ("In the mining and quarrying industry, the IPI amounted to 101.9 percent, which is due to an increase in "
            "the production of metal ores (107.2 percent) and other minerals (102.9 percent).\n")
    assert errors(text, "share-of-total") == []


def test_shares_that_exhaust_a_whole_are_still_added():
    assert errors("Party A took 48.2%, party B 37.5% and the remaining parties 16.3%.\n", "share-of-total")


# --- a further part ---------------------------------------------------------------------------------------------

def test_a_further_amount_with_its_share_after_a_part_is_the_next_part():
    text = ("Some 8,500 or 21 per cent had not passed the primary examination and a further 18,600 (45 per cent) did "
            "not have the school certificate.\n")
    assert role_of(text, "18,600") is Role.LEVEL
    assert errors(text, "growth-rate") == []


def test_a_further_amount_alone_is_still_an_addition():
    assert role_of("The firm hired a further 1,250 staff in June.\n", "1,250") is Role.CHANGE


# --- totals borne out by their parts ------------------------------------------------------------------------------

def test_two_totals_each_the_sum_of_their_own_parts_are_no_slip():
    text = ("In the first quarter of 2020, the 41,900 unemployed comprised 18,000 males and 23,900 females.\n\n"
            "In the second quarter of 2008, the 41,100 unemployed comprised 13,600 males and 27,500 females.\n")
    assert errors(text, "same-measure-conflict") == []


def test_a_total_one_digit_off_with_no_parts_is_still_a_question_or_error():
    text = ("In the first quarter of 2020, the 41,900 unemployed were counted in the survey of households.\n\n"
            "In the first quarter of 2020, the 41,100 unemployed were counted in the survey of households.\n")
    assert errors(text, "same-measure-conflict")


# --- minus before a level ---------------------------------------------------------------------------------------

def test_minus_before_a_level_is_its_sign():
    text = ("The confidence indicator came to minus 19 in January as against minus 20 in December. Thus, consumer "
            "confidence is well below the average over the last 20 years (minus 7).\n\n"
            "Unemployment has fallen by an average of 2,000 a month over the past half year, compared with 6,000 a "
            "month in 2007.\n")
    assert role_of(text, "7") is Role.LEVEL
    assert errors(text, "difference") == []


def test_minus_before_a_rate_of_change_is_still_a_fall():
    text = "GDP growth was minus 2.5% in 2020, after 1.2% in 2019.\n"
    assert role_of(text, "2.5%") is Role.RELATIVE_CHANGE


# --- averages ----------------------------------------------------------------------------------------------------

def test_an_average_change_averages_no_level():
    text = ("According to CBS, 368,000 people were unemployed last month. Over the past three months, the number of "
            "unemployed fell by an average of 15,000 per month.\n")
    assert errors(text, "ratio") == []


def test_an_average_of_a_total_over_months_is_still_checked():
    text = "In the first quarter, 368,000 tourists arrived, an average of 15,000 a month.\n"
    assert errors(text, "ratio")


def test_a_level_named_an_average_is_no_total():
    text = ("According to INS, average monthly net salary in January 2022 was 3,698 lei, with the highest values "
            "reported in information technology activities, of 8,940 lei.\n")
    assert errors(text, "ratio") == []


# --- periods ------------------------------------------------------------------------------------------------------

def test_the_two_ends_of_a_move_are_not_part_and_whole():
    text = ("Garment exports to the European Union increased 10.4 percent, to $247.6 million during the first five "
            "months, from $224.3 million for the same period in 2009. May also experienced growth in garment exports of "
            "nearly 27 percent compared with the month last year, reaching $216.4 million from $170.8 in 2009.\n")
    assert errors(text, "part-exceeds-whole") == []


def test_a_month_above_its_year_to_date_is_still_flagged():
    text = "Garment exports were $216.4 million in May 2009. In January to May 2009, garment exports were $170.8 million.\n"
    assert errors(text, "part-exceeds-whole")


def test_by_a_day_ends_a_running_total():
    text = ("Graded and sealed cocoa arrivals stood at 189,470 tonnes by Nov. 23 since the start of this season's "
            "harvest, down about 51% from 383,496 tonnes in the same period of the previous season.\n\n"
            "In another season, graded and sealed cocoa arrivals stood at 1.026 million tonnes by Aug. 10 since the "
            "start of the harvest on Oct. 1, up 33.4% from 769,000 tonnes the previous season.\n\n"
            "The board said graded and sealed cocoa arrivals stood at 350,000 tonnes since the start of this year's "
            "harvest on 1 October, up 76% from 199,000 tonnes in the same period the previous season.\n")
    assert errors(text, "part-exceeds-whole") == []


def test_a_months_flow_above_the_first_months_is_still_flagged():
    text = ("Cocoa arrivals stood at 410,000 tonnes in August 2023.\n\n"
            "In the first eight months of 2023, cocoa arrivals stood at 350,000 tonnes.\n")
    assert errors(text, "part-exceeds-whole")


# --- whose change ------------------------------------------------------------------------------------------------

def test_a_change_after_the_compared_pair_is_the_pairs_own():
    text = ("The company's data revenue rose by 31.7 per cent. However, digital revenue dropped by 64.5 per cent.\n\n"
            "The company during the period posted a revenue of N566.95 billion against N505.67 billion achieved in "
            "2018, an increase of 12.12 per cent.\n")
    assert errors(text, "growth-rate") == []


def test_a_pair_with_no_change_of_its_own_still_takes_the_one_before():
    text = ("However, revenue dropped by 64.5 per cent.\n\n"
            "The company during the period posted a revenue of N505.67 billion against N566.95 billion in 2018.\n")
    assert errors(text, "growth-rate")


def test_a_decimal_split_by_a_stray_space_is_no_figure():
    text = ("Profit before tax stood at N149. 79 billion compared with N108.35 billion in 2018, representing a growth "
            "of 38.25 per cent.\n")
    assert "79 billion" not in _texts(text)
    assert errors(text, "growth-rate") == []


def test_the_decimal_written_whole_is_still_checked():
    text = ("Profit before tax stood at N149.79 billion compared with N108.35 billion in 2018, representing a growth "
            "of 33.25 per cent.\n")
    assert errors(text, "growth-rate")


def test_a_sentence_ending_on_an_amount_keeps_it():
    assert "£8.5m" in _texts("Turnover rose from £7.9m to £8.5m. 52 per cent of turnover came from tickets.\n")


def test_a_target_set_against_an_outcome_is_no_earlier_level():
    text = ("During 2009-10, the total export earnings were $16.2 billion against a target of $17.6 billion, which "
            "was 4.11 percent higher than the 2008-2009 earnings.\n")
    assert errors(text, "growth-rate") == []


def test_an_earlier_level_against_an_outcome_is_still_its_base():
    text = ("During 2009-10, the total export earnings were $16.2 billion against $15.6 billion a year earlier, "
            "which was 6.11 percent higher.\n")
    assert errors(text, "growth-rate")


def test_a_level_another_change_reached_is_no_base_of_the_next():
    text = ("Total exports to the rest of the world increased 191.32 percent to $309.85 million in the first half of "
            "2010… exports to Vietnam and Thailand rose 94.9 percent to $134.93 million in the first half of 2011.\n")
    assert errors(text, "growth-rate") == []


def test_a_level_of_an_earlier_period_is_still_the_base():
    text = "In 2014-15 the number was 16,000 and in 2015-16 it increased by 15 per cent, raising the toll to 16,457.\n"
    assert errors(text, "growth-rate")


# --- a second round (Uruguayan exports) -------------------------------------------------------------------------

def test_a_level_in_brackets_after_its_share_is_no_whole_of_the_measure():
    text = ("Uruguay's goods exports grew 16.5 percent in 2022 to reach a record high of 13.36 billion U.S. dollars. "
            "Beef was the leading export product in 2022, bringing in 2.56 billion dollars and accounting for almost "
            "20 percent of the total exports.\n\n"
            "In 2021, China was once again the main destination, receiving 28% of Uruguayan exports of goods (3,277 "
            "million USD).\n")
    assert errors(text, "defined-measure") == []


def test_a_level_of_the_measure_not_set_after_a_share_is_still_a_whole():
    # the twin: a level told as the measure's own amount, not in brackets after a share of it, is still its whole
    text = ("Beef was the leading export product in 2022, bringing in 2.56 billion dollars and accounting for almost "
            "20 percent of the total exports.\n\n"
            "In 2022, Uruguayan exports of goods came to 3,277 million USD.\n")
    assert errors(text, "defined-measure")


def test_on_a_weekday_marks_no_old_level():
    text = ("The ministry's Import and Export Department reported on Tuesday that the US$4.22 billion figure included "
            "exports worth over 14.35 trillion kip (US$1.79 billion), or 43.1 percent of the annual plan – a decrease of "
            "0.3 percent from the same period last year.\n")
    assert errors(text, "growth-rate") == []


def test_on_a_level_still_marks_the_old_level():
    text = "Exports reached US$1.79 billion, a decrease of 9.3 percent on the US$4.22 billion of last year.\n"
    assert errors(text, "growth-rate")


# --- a third round (Lesotho inflation) ---------------------------------------------------------------------------

def test_a_change_told_as_the_cause_measures_the_cause():
    text = ("Lesotho's average annual inflation rate dropped to 7,2% in 2003 from 11,3% in 2002 mainly due to an increase "
            "in consumer prices by 0,1% year on year in December.\n")
    assert errors(text, "difference") == []


def test_a_change_between_two_rates_without_a_cause_is_still_checked():
    text = "Lesotho's average annual inflation rate dropped by 0,1% to 7,2% in 2003 from 11,3% in 2002.\n"
    assert errors(text, "difference")


def test_one_share_above_a_hundred_among_shares_is_still_a_slip():
    text = ("Electricity sent out came from the following sources:\n- coal: 100.8%\n- nuclear: 4.9%\n"
            "- pumped storage and hydro: 3.1%\n- diesel, wind and solar: 11.4%\n")
    assert errors(text, "share-of-total")
