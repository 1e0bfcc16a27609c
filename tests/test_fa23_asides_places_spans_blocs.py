"""Readings found on real releases nobody tuned on (Hong Kong retail sales, Serbian retail trade, Czech housing,
Danish bankruptcies, Indonesian arrivals by entry point, Macau visitors, Omani oil, Estonian trade by bloc, US rig
counts and RV shipments), each with invented sentences, a decoy and a true-relation twin:
an adverb of how firm an estimate is ("provisionally estimated at") is no measure; the "on" of "year on year"
names no old level; "of" before a participle makes it an adjective ("the number of started dwellings"), as a
participle before one plain noun after a figure does ("1,242 lost jobs"); a baseline word governs a period only in
its own sentence; a sentence that opens on another named place ("At X ...", "At Y ...") holds another place's
levels; a level and the base it is set against are no two parts of a total; an article before an amount, or a
relative clause, after a dash opens no list of parts; a bloc named by its members' count ("EU 27") is no figure; a
total over a span of periods is no whole of one period's part, nor the total of another period's daily average;
words that close a change's own words (a bracket it opened, "with" after a base named in words) leave the next
figure no old level of it; a rate told net of price changes ("by a real 3.6%", "at constant prices") is not the rate
between two amounts of money, which are at current prices. A second round (Tunisian unemployment, Uzbek trade): a
second figure joined by "and" to a base's period is of that period; a figure said "for men" is a group's, not the
value of all; "P of the total labor force (W)" makes P the part; a sentence comparing the figures before with another
time totals none of them; an amount in brackets after a share is the share's part; a balance is no part of a sum."""
from __future__ import annotations

from auditor.document import Document
from auditor.extract import extract_figures

from tests._reading import errors, meaning_of


def _measures(text: str) -> dict[str, str]:
    return {f.text: f.measure for f in extract_figures(Document("t.txt", text))}


def _periods(text: str) -> dict[str, str]:
    return {f.text: f.period for f in extract_figures(Document("t.txt", text))}


# --- an adverb of how firm an estimate is -----------------------------------------------------------------

def test_an_estimate_adverb_is_no_measure():
    text = ("The value of total retail sales in October 2023, provisionally estimated at $33.8 billion, rose 5.6%. "
            "The value of online retail sales in that month, provisionally estimated at $3.7 billion, rose 8.4%.\n")
    assert "provisionally" not in _measures(text).values()
    assert errors(text, "same-measure-conflict") == []


def test_tentatively_put_at_is_no_measure_either():
    assert "tentatively" not in _measures("Wholesale turnover, tentatively estimated at 18.4 billion dinars, fell.\n").values()


# --- "year on year" names no old level --------------------------------------------------------------------

def test_year_on_year_before_a_bracket_sets_no_base():
    text = ("Retail trade up by real 7.7% y/y in September\n\n"
            "Retail trade turnover increased by a real 7.7% year on year (7.5% y/y at current prices) in September.\n")
    assert errors(text, "difference") == []


def test_a_base_after_year_on_year_is_still_read():
    # the twin: "from" after the span still names the old level, and a wrong change is flagged
    text = "Output rose by 9.0 tonnes year on year from 40.0 tonnes to 45.0 tonnes.\n"
    assert errors(text, "difference")


# --- participles that qualify a noun ----------------------------------------------------------------------

def test_started_and_completed_dwellings_are_two_measures():
    text = ("In May 2020 the number of started dwellings increased by 0.8%, y-o-y. "
            "The number of completed dwellings increased by 15.3%, y-o-y.\n")
    measures = _measures(text)
    assert measures["0.8%"] != measures["15.3%"]
    assert errors(text, "same-measure-conflict") == []


def test_lost_jobs_after_a_count_are_no_part_of_it():
    text = ("In September alone, 251 bankruptcies were reported – a 7.6 percent increase compared to the month "
            "before – which led to 1,242 lost jobs.\n")
    assert _measures(text)["1,242"] == "lost jobs"
    assert errors(text, "part-exceeds-whole") == []


def test_a_verb_after_a_count_still_ends_its_phrase():
    # decoy of the other side: "48,000 lost their jobs" is a verb with its object, no measure "lost"
    assert _measures("In March, 48,000 lost their jobs.\n")["48,000"] != "lost their"


# --- a baseline word governs a period only in its own sentence ----------------------------------------------

def test_a_fronted_year_after_a_sentence_ending_on_a_base_sets_the_period():
    text = "In 2021, there were 8,374 bankruptcies against 5,548 in 2020. In 2019, there were 8,272 bankruptcies.\n"
    assert _periods(text)["8,272"] == "2019"
    assert errors(text, "same-measure-conflict") == []


def test_the_same_year_twice_still_conflicts():
    text = "In 2021, there were 8,374 bankruptcies against 5,548 in 2020. In 2021, there were 8,272 bankruptcies.\n"
    assert errors(text, "same-measure-conflict")


# --- another named place ----------------------------------------------------------------------------------

_PLACES = ("At the Tanjung entrance (North Coast) visitor arrivals have increased by 8.41 percent and at Pelabuhan "
           "(South Isles) by 5.20 percent.\n\n"
           "At {place} (Highlands), in the period January - December 2016, the number of visitor arrivals reached "
           "2.64 million, compared to 2.41 million during the same period in the previous year.\n")


def test_a_rate_of_one_place_is_not_the_change_of_another_places_levels():
    assert errors(_PLACES.format(place="Sentani Airport"), "growth-rate") == []


def test_a_rate_of_the_same_place_still_checks_its_levels():
    # the twin: the levels' sentence opens on the place the rate was told of (2.41 to 2.64 million is 9.5%)
    assert errors(_PLACES.format(place="the Tanjung entrance"), "growth-rate")


# --- a level and its base are no two parts of a total -----------------------------------------------------------

def test_a_level_and_its_base_are_no_parts_of_the_total_after():
    text = ("Cargo at the main port reached 41.2 million tonnes, against 39.0 million tonnes a year before. "
            "Together, all ports handled 80.2 million tonnes in total.\n")
    assert errors(text, "sum-of-parts") == []


def test_two_parts_before_a_total_still_add_up():
    text = ("Arrivals via the main gates stood at 997,258, while the border gates saw 171,737. "
            "The number of arrivals in that month totaled 1,178,988.\n")
    assert errors(text, "sum-of-parts")


# --- a bloc named by its members' count ---------------------------------------------------------------------

def test_a_bloc_named_by_its_count_is_no_figure():
    text = ("Imports from other countries than EU 27 accounted for 3 billion kroons, which is by about 39% more "
            "than in the same month of the previous year.\n")
    assert "27" not in _measures(text)
    assert errors(text, "growth-rate") == []


def test_a_count_of_countries_is_still_a_figure():
    assert "27" in _measures("Exports went to 27 countries in the EU.\n")


# --- a total over a span of periods, a total of another period ------------------------------------------------

def test_a_running_total_is_no_whole_of_one_months_share():
    text = ("Macau received 3.03 million visitors in August. Mainland visitors dropped 1.7% to 2.09 million in "
            "August, or 69% of all visitor arrivals.\nIn the first eight months, visitor arrivals totaled 20.4 million.\n")
    assert errors(text, "share-of-total") == []


def test_a_daily_average_of_another_year_than_the_total():
    text = ("Oman exported 197.4 million barrels of crude in the first nine months of 2004. "
            "Daily average production in 2003 was 819,500 barrels.\n")
    assert not [link for link in meaning_of(text).span_averages]


def test_a_daily_average_of_the_totals_year_is_still_read():
    text = "The refinery processed 73.0 million barrels in 2003, a daily average of 250,000 barrels.\n"
    assert errors(text, "ratio") or [link for link in meaning_of(text).span_averages]


# --- words that close a change's own words ------------------------------------------------------------------

def test_a_bracket_the_change_opened_closes_before_the_next_count():
    text = "The figures comprise 18 oil rigs (down 13 from last week) and 41 gas rigs (down 10).\n"
    assert errors(text, "difference") == []


def test_with_after_a_base_in_words_brings_the_level_reached():
    text = ("RV shipments in May amounted to 40,212 units, an increase of 2.2 percent compared to the 39,346 units "
            "shipped during May 2021. Through May, RV shipments are up 9.4 percent against the same point last year "
            "with 214,530 wholesale shipments.\n")
    assert errors(text, "growth-rate") == []


def test_a_base_right_after_the_bracketed_rate_is_still_the_old_level():
    # the twin: "(2.3%) on the 598,731" closes a bracket of the rate alone; the base after it is still read
    text = ("At the end of March, 612,480 patients were waiting, an increase of 13,749 (2.9%) on the 598,731 "
            "waiting at the end of February.\n")
    assert errors(text, "growth-rate")


# --- a rate net of price changes against amounts of money -------------------------------------------------------

def test_a_real_rate_is_not_the_rate_between_amounts_at_current_prices():
    text = ("Household spending climbed 5.5% at constant prices (9.8% at current prices) to 412 billion pesos from "
            "375 billion pesos a year earlier. Sales of food rose by a real 3.6% y/y and by 7.6% y/y at current "
            "prices, to 1,203 million lei from 1,118 million lei.\n")
    assert errors(text, "growth-rate") == []


def test_a_nominal_rate_against_the_same_amounts_is_still_checked():
    # the twin: the rate given without a word of real terms is the one between the amounts (375 to 412 is 9.9%)
    text = "Household spending climbed 5.5% to 412 billion pesos from 375 billion pesos a year earlier.\n"
    assert errors(text, "growth-rate")


def test_a_real_rate_between_counts_is_still_checked():
    # counts carry no prices: "a real 5%" between two counts of tonnes is still their rate (40,180 to 46,210 is 15%)
    text = "Output rose by a real 5.0% to 46,210 tonnes from 40,180 tonnes.\n"
    assert errors(text, "growth-rate")


# --- second round (real2: Tunisian unemployment, Uzbek trade) ---------------------------------------------------

def test_a_second_figure_joined_to_a_base_is_of_the_base_period():
    text = ("The number of unemployed for the first quarter of 2017 is 625,600, an unemployment rate of 15.3%, "
            "compared with 632,500 unemployed for the fourth quarter of 2016 and an unemployment rate of 15.5%.\n")
    periods = _periods(text)
    assert periods["15.5%"] == periods["632,500"] != periods["15.3%"]


def test_a_clause_of_its_own_after_the_base_keeps_the_period_in_force():
    text = ("Unemployment stood at 625,600 in the first quarter of 2017, compared with 632,500 in the fourth quarter "
            "of 2016, and the rate now stands at 15.3%.\n")
    assert _periods(text)["15.3%"] != _periods(text)["632,500"]


def test_a_group_rate_is_not_the_rate_of_all():
    text = ("The unemployment rate for the first quarter of 2017 stood at 15.3%.\n\n"
            "For the first quarter of 2017, the unemployment rate is estimated at 12.4% for men and 22.7% for women.\n")
    assert errors(text, "same-measure-conflict") == []


def test_the_rate_of_all_stated_twice_still_conflicts():
    text = ("The unemployment rate for the first quarter of 2017 stood at 15.3%.\n\n"
            "For the first quarter of 2017, the unemployment rate is estimated at 12.4%.\n")
    assert errors(text, "same-measure-conflict")


def test_a_part_of_the_total_named_with_its_noun_before_the_whole_in_brackets():
    text = "The number of unemployed is 625,600 of the total labor force (4,077,100 people).\n"
    assert errors(text, "part-exceeds-whole") == []


def test_a_comparison_with_another_time_is_no_total_of_the_parts_before():
    text = ("The employed population reached 3,315,300, including 2,482,400 men and 832,900 women. Comparing these "
            "figures with those of the first quarter, net job creation among men amounted to 16,400.\n")
    assert errors(text, "part-exceeds-whole") == []
    assert errors(text, "sum-of-parts") == []


def test_the_amount_of_a_share_in_brackets_is_a_part_not_the_whole_named():
    text = ("Foreign trade turnover amounted to $15.76 billion. Of this, exports reached $6.42 billion and imports "
            "$9.34 billion. The share of trade with the CIS in foreign trade reached 35.3 percent ($5.55 billion).\n")
    assert errors(text, "defined-measure") == []


def test_a_balance_is_no_part_of_the_turnover_before_it():
    text = ("Foreign trade turnover amounted to $18.013 billion. Exports increased by 12.3% to $7.056 billion. "
            "The negative balance of foreign trade amounted to $3.902 billion.\n")
    assert errors(text, "sum-of-parts") == []
