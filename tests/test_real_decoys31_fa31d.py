"""Readings behind the false alarms raised on real releases about patents and R&D, cinema, museums and television
audiences, water supply, postal and parcel volumes, airline traffic, car and two-wheeler sales and retail store counts
(fa31d). Each decoy is consistent text of our own that the start code flagged; each twin is the same construction with
one figure broken, which must still be flagged:

- a month and its year joined by a hyphen ("for Jul-2018:", the aviation trade press) is that month of that year;
- a flattened nested list repeats its sub-items' labels ("- Domestic: +6.0%" under traffic, "- Domestic: +6.7%"
  under capacity): a repeated label's line comes under the nearest line before it with a label said once, and two
  lines under two items are two measures;
- a change that names its own base ("to 63,737 units last month from 56,929 a year ago") takes no earlier level from
  the next sentence ("Last month 36,347 units of SUVs were sold");
- after a comma, a subject of its own and its finite verb of change ("..., at the same time operating revenue
  increased by $845 million, or 4.8%") own the change: the levels before the comma are another measure's;
- a change "to" a level in a sentence that points back ("This followed a 4% decline to $1.213 billion in the
  previous year") moved to that level, it did not move from it; and that level, dated a year before the new level of
  the change before, is that change's base;
- a second object of one verb ("US retailers announced 3,892 closures and 4,962 openings") shares the verb's subject.
"""
from __future__ import annotations

from auditor.document import Document
from auditor.extract import extract_figures

from _reading import errors


def _period(text: str, written: str) -> str:
    (found,) = [f for f in extract_figures(Document("t.txt", text)) if f.text == written]
    return found.period


# --- "Jul-2018": a month and its year joined by a hyphen -------------------------------------------------------

TWO_MONTHS = ("The regulator reported the following traffic for the country's carriers for Feb-2021:\n"
              "- Passengers: 31.4 million, +2.2% year-on-year;\n"
              "- Load factor: 79.3%, +0.4ppt.\n\n"
              "The regulator reported the following traffic for the country's carriers for Nov-2021:\n"
              "- Passengers: {second} million, +6.1% year-on-year;\n"
              "- Load factor: 82.6%, +1.2ppts.\n")


def test_a_month_hyphen_year_is_that_month():
    assert _period("Carriers flew 31.4 million passengers in Feb-2021.", "31.4 million") == "2021-02"
    assert _period("Carriers flew 31.4 million passengers in Feb 2021.", "31.4 million") == "2021-02"
    # (a range of months and a short year closing a table cell keep their readings)
    assert _period("Carriers flew 31.4 million passengers in May-June 2021.", "31.4 million") == "2021-05..06"


def test_two_releases_of_two_months_are_no_restatement():
    assert errors(TWO_MONTHS.format(second="34.9"), "same-measure-conflict") == []


def test_one_month_stated_twice_is_still_compared():
    twin = "Carriers flew 31.4 million passengers in Feb-2021.\n\nCarriers flew 33.4 million passengers in Feb-2021.\n"
    assert errors(twin, "same-measure-conflict")


# --- a flattened nested list: repeated labels are sub-items ---------------------------------------------------

NESTED = ("The bureau reported the following figures for the country's airlines for Apr-2022:\n"
          "- Revenue passenger miles: +7.1% year-on-year;\n"
          "- Domestic: +{rpm_domestic}%;\n"
          "- International: +4.2%;\n"
          "- Available seat miles: +5.5%;\n"
          "- Domestic: +6.4%;\n"
          "- International: +3.9%.\n")


def test_a_repeated_list_label_under_two_items_is_two_measures():
    assert errors(NESTED.format(rpm_domestic="8.3"), "same-measure-conflict") == []


def test_a_sub_item_restated_in_prose_under_the_same_name_is_still_compared():
    # the list's own two lines of one item under one parent are one measure: a flat list that repeats a label
    # with nothing said once between them still restates it
    twin = ("The bureau reported the following figures for the country's airlines for Apr-2022:\n"
            "- Domestic passengers: +8.3%;\n"
            "- International passengers: +4.2%;\n"
            "- Domestic passengers: +6.4%.\n")
    assert errors(twin, "same-measure-conflict")


# --- a change that names its own base takes none from the next sentence ---------------------------------------

OWN_BASE = ("Oakfield Motors said its sales jumped {rate} percent to 41,280 units last month from 37,190 a year "
            "earlier. Last month 22,760 units of its pickups were sold.\n")


def test_a_change_with_its_own_base_takes_no_level_from_the_next_sentence():
    assert errors(OWN_BASE.format(rate="11"), "growth-rate") == []


def test_a_change_with_its_own_base_is_still_checked_against_it():
    assert errors(OWN_BASE.format(rate="21"), "growth-rate") == [("41,280", "37,190", "21 percent")]
    # a change said alone still takes the earlier level the next sentence opens on
    alone = "The firm's headcount rose 18% to 2,700. A year earlier it employed 2,450 people.\n"
    assert errors(alone, "growth-rate")


# --- a subject of its own after a comma owns the change -------------------------------------------------------

OWN_SUBJECT = ("The network posted a loss of approximately $4.1 billion compared with a $3.3 billion loss during the same "
               "quarter in 2022, at the same time total ticket income increased by $610 million, or {rate}%.\n")


def test_a_change_of_a_subject_of_its_own_after_a_comma_is_not_the_levels_before():
    assert errors(OWN_SUBJECT.format(rate="5.2"), "growth-rate") == []


def test_a_level_and_its_own_change_as_a_pair_is_still_checked():
    twin = "Ticket income reached $12.3 billion, an increase of $610 million, or 9.2%.\n"
    assert errors(twin, "change-with-rate") or errors(twin, "growth-rate")


# --- a change "to" a level, in a sentence that points back --------------------------------------------------

FOLLOWED = ("Spending on school books fell {rate} per cent to $2.412 billion in 2019. This followed a three per cent "
            "decline to $2.705 billion in the previous year.\n")


def test_a_change_to_a_level_in_a_sentence_pointing_back_moved_to_it():
    # (2.705 - 2.412) / 2.705 = 10.8%: the three per cent is the previous year's own decline
    assert errors(FOLLOWED.format(rate="10.8"), "growth-rate") == []


def test_the_level_a_year_before_is_the_base_of_the_change_before():
    assert errors(FOLLOWED.format(rate="13.8"), "growth-rate") == [("$2.412 billion", "$2.705 billion", "13.8 per cent")]


# --- a second object of one verb shares its subject ---------------------------------------------------------

TWO_COUNTRIES = ("Dutch chains have so far announced 412 store closures and {dutch} store openings for 2024. Belgian "
                 "chains have so far announced 198 store closures and 233 store openings for 2024.\n")


def test_a_second_object_shares_the_verbs_subject():
    assert errors(TWO_COUNTRIES.format(dutch="587"), "same-measure-conflict") == []


def test_one_subjects_second_object_stated_twice_is_still_compared():
    twin = ("Dutch chains announced 4,120 store closures and 5,870 store openings in 2024. In 2024, Dutch chains "
            "announced 5,780 store openings.\n")
    assert errors(twin, "same-measure-conflict")
