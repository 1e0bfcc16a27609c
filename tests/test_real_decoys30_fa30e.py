"""Readings behind the false alarms left on the releases three helpers kept aside (fa30e: airport rankings, school
results, bank results, election counts, tourism arrivals and outbound travel). Each decoy is a sentence of our own in
the construction that misled the auditor, where the figures agree and no relation is broken; each positive is the same
construction with a figure broken, which must still be flagged."""
from __future__ import annotations

from tests._reading import errors, meaning_of, role_of, verdicts
from auditor.grammar.frames import Role


# ---- a count of places moved in an order is a move in the ranking, not a change in the amount ranked ----

PLACES = "Lisbon airport had its best year with a 6.2 percent increase to 33 million, which saw it move up four places to ninth."


def test_places_moved_in_a_ranking_are_no_change_of_the_level():
    assert errors(PLACES, "growth-rate") == []
    assert role_of(PLACES, "four") is Role.RANK


def test_the_levels_own_change_is_still_checked_beside_the_places_it_moved():
    text = ("Lisbon airport grew by 3.9 million passengers, a 6.2 percent increase to 33 million, which saw it move up "
            "four places to ninth.")
    assert errors(text, "growth-rate")


def test_positions_cut_with_no_order_named_are_still_a_change():
    text = "The bank cut 900 positions in the first quarter, a 4 percent reduction to 12,500."
    assert role_of(text, "900") is Role.CHANGE
    assert errors(text, "growth-rate")


def test_places_moved_in_a_named_table_are_a_move_in_it():
    text = "Ticket sales rose 8.5 percent to 1.2 million, and the club climbed five places in the league table."
    assert role_of(text, "five") is Role.RANK


# ---- a full stop between two figures ends a sentence; "Of these" opens a breakdown the next sentence goes on with ----

EXAMS = ("CAPE TOWN - 612,400 learners sat the school-leaving examination in 2015. 418,300 (68.3%) passed - a 4.1% "
         "increase from the 2014 pass rate.\n301,200 (or 49.2%) of learners wrote the physics paper, 12,450 fewer than "
         "in 2014. Of these 140,900 (or 46.8%) passed with 30%, 8,220 fewer than in 2014. 92,300 (30.6%) passed with "
         "more than 40%, 5,410 fewer than in 2014.")


def test_a_full_stop_between_two_figures_ends_the_sentence():
    sentences = [[f.text for f in seg.figures] for seg in meaning_of(EXAMS).segments]
    assert ["140,900", "46.8%", "30%", "8,220"] in sentences
    assert ["92,300", "30.6%", "40%", "5,410"] in sentences


def test_a_comparison_closed_by_its_sentence_takes_no_level_from_the_next():
    assert errors(EXAMS, "difference") == []


def test_a_breakdown_opened_by_these_goes_on_in_the_next_sentence():
    # 30.6% is 92,300 of the 301,200 who wrote physics, the whole "Of these" named, not of all 612,400 learners
    assert errors(EXAMS, "share-of-total") == []


def test_a_share_in_the_breakdown_of_these_is_still_checked_against_its_whole():
    assert errors(EXAMS.replace("(30.6%)", "(33.6%)"), "share-of-total") == [("92,300", "301,200", "33.6%")]
    assert errors(EXAMS.replace("(or 46.8%)", "(or 49.8%)"), "share-of-total") == [("140,900", "301,200", "49.8%")]


def test_a_list_number_opening_its_line_ends_no_sentence():
    text = "Shipments by port:\n12. 2,300 tonnes went to Durban.\n13. 1,900 tonnes went to Maputo."
    sentences = [[f.text for f in seg.figures] for seg in meaning_of(text).segments]
    assert not [s for s in sentences if s in (["12"], ["13"])]


# ---- a rate that names its own measure after it is not the rate of another measure's levels ----

def test_a_rate_naming_profit_after_tax_is_not_the_rate_of_pre_tax_levels():
    text = ("Harbour Bank recorded an increase in pre-tax profits from N41 billion in June 2023 to N45.1 billion in June "
            "2024, closing the half with a 6 per cent year-on-year growth in Profit After Tax (PAT).")
    assert errors(text, "growth-rate") == []


def test_a_rate_naming_the_levels_own_measure_is_still_checked():
    text = ("Harbour Bank recorded an increase in pre-tax profits from N41 billion in June 2023 to N45.1 billion in June "
            "2024, closing the half with a 6 per cent year-on-year growth in pre-tax profits.")
    assert errors(text, "growth-rate")


# ---- a part of one group of a breakdown is no share of another group's level: rejected ballots and valid votes ----

def test_rejected_ballots_are_no_share_of_the_valid_votes():
    text = ("Further figures show the total valid votes in the polls were 2,481,300 with total rejected ballots standing "
            "at 51,200, representing 2.02 per cent of the total votes.")
    assert errors(text, "share-of-total") == []


def test_invalid_votes_are_no_share_of_the_valid_votes():
    text = ("Further figures show the total valid votes in the polls were 2,481,300 with total invalid votes standing "
            "at 51,200, representing 2.02 per cent of the total votes.")
    assert errors(text, "share-of-total") == []


def test_a_share_of_the_total_votes_is_still_checked_against_the_total():
    text = ("Further figures show the total votes in the count were 2,532,500 with total rejected ballots standing at "
            "51,200, representing 2.20 per cent of the total votes.")
    assert errors(text, "share-of-total")


def test_a_partys_votes_are_still_checked_against_the_valid_votes_its_total_votes_mean():
    text = ("Party A came first with 227,200 votes, which is 52.01 percent of the total votes. The total number of "
            "votes cast was 458,500, of which the total number of valid votes was 454,300 while the total number of "
            "invalid votes was 4,200.")
    assert errors(text, "share-of-total") == [("227,200", "454,300", "52.01 percent")]


def test_a_level_of_no_group_is_still_read_as_the_whole_of_all_its_kind():
    text = ("Tourist arrivals reached a record 2.09 million in 2023. Holiday and leisure led the purposes of visit with "
            "875,272 visitors, which accounted for 45 percent of all international visitor arrivals.")
    assert [figures for _, figures in verdicts(text, "share-of-total")] == [("875,272", "2.09 million", "45 percent")]


# ---- "Label - figure" items of one list are peers, not a whole and its parts ----

def test_items_told_after_their_labels_and_a_dash_are_peers():
    text = ("The fewest visitors were recorded from Chile - 210, Peru - 340, Norway - 512 and Iceland - 630 in the first "
            "month of this year.")
    assert errors(text, "part-exceeds-whole") == []


def test_a_whole_then_a_dash_and_its_parts_is_still_checked():
    assert ("4,600", "4,200") in errors("Arrivals reached 4,200 - 4,600 from Europe and 900 from Asia.", "part-exceeds-whole")


# ---- a level of "the corresponding month last year" is that one month, not a running total of this year ----

def test_the_same_month_last_year_is_no_span_holding_this_years_months():
    text = ("Visitors rose 9.0 percent to 151,300 in January this year, the highest tourist arrival month so far in the "
            "year compared to 138,800 in the corresponding month last year. However, visitors fell 0.4 percent in "
            "February this year to 140,200 compared to 140,760 in February last year.")
    assert errors(text, "part-exceeds-whole") == []


def test_months_inside_a_running_total_of_this_year_are_still_checked():
    text = ("Visitors numbered 151,300 in January this year and 140,200 in February this year, bringing arrivals so far "
            "this year to 250,000.")
    assert errors(text, "part-exceeds-whole")


# ---- two sentences naming two subjects tell two subjects' changes ----

def test_two_countries_changes_are_not_one_change_stated_twice():
    text = ("Brazil has led the region's tourism spending every year since 2012. Spending by Brazilian travellers "
            "increased 12% in 2023 to reach US$ 14 billion, as total outbound travellers rose 6% to 11 million. Tourism "
            "spending from the region's second largest market, Argentina, increased by 4% in 2023 to US$ 9 billion, "
            "while the number of outbound travellers grew by 9% to 7 million.")
    assert errors(text, "same-measure-conflict") == []


def test_one_countrys_change_told_twice_is_still_checked():
    text = ("Spending by Brazilian travellers increased 12% in 2023 to reach US$ 14 billion, as total outbound "
            "travellers rose 6% to 11 million. Brazilian hotels were also busy, and the number of outbound travellers "
            "grew by 9% in 2023.")
    assert errors(text, "same-measure-conflict")
