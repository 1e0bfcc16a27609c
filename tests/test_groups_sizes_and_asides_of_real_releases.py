"""Readings that real releases (fa26: tourism, population, production and trade bulletins) called for, each with
a decoy that must stay quiet and a twin whose stated relation must still be read:

- the period of a level after its own noun and a bracketed change ("compared to 214,941 visitors (+4.1%) in August
  2023") is the one after the bracket;
- a count whose members came from a named place ("432,919 visitors arrived from the U.S. West") is that place's
  group, not the measure stated again;
- an average per member and per day ("$277 per person") is no share of a month's total over its days;
- a percentage opened by "(by" is the amount of a change, never one of a whole's shares;
- levels in a clause with a subject of its own after a change (", with the drop deepening from 0.2% to 7.3%") are
  not the ends of that change; a fall that deepens or widens grows in size, one that narrows shrinks;
- two levels each followed by a different place's name ("990,300 people in New South Wales and 784,800 people in
  Victoria") are the places' own figures, not the ends of a move;
- a share told before a list that "the remaining" closes, across a break ("contributing 22 percent, while ...
  the remaining 11 percent"), may be one of the whole's too: the listed shares add up to no more than it;
- a level that is the base of one comparison ("higher than the 8,326 ... and more than double the 5,598") is not
  the first term of the multiple after it.
"""
from __future__ import annotations

from tests._reading import errors, meaning_of, verdicts
from auditor.model import Status


def _checked(text: str, check: str) -> set[tuple[str, ...]]:
    return {figures for status, figures in verdicts(text, check) if status is not Status.UNDETERMINED}


def test_a_level_before_a_bracketed_change_takes_the_period_after_the_bracket():
    # decoy: last year's census beside this year's arrivals is no restatement
    text = ("All of the 640,210 guests in May 2024 came by air.\n\n"
            "The island's daily census was 181,300 guests in May 2024, compared to 176,950 guests (+2.5%) in May 2023.\n")
    assert errors(text, "same-measure-conflict") == []
    periods = {f.text: f.period for f in meaning_of(text).figures}
    assert periods["176,950"] == "2023-05" and periods["181,300"] == "2024-05"
    # (a word of comparison before the bracket keeps the period the base's: "up 3% from (...) in 2022" is unchanged)
    # twin: the same level stated twice for one month with different digits is still flagged
    twin = ("There were 640,210 guests on the island in May 2024, up 3.1 percent.\n\n"
            "All of the 641,210 guests in May 2024 came by air.\n")
    assert errors(twin, "same-measure-conflict") != []


def test_a_count_from_a_named_origin_is_that_groups():
    text = ("All of the 512,880 guests in March 2023 came by air.\n\n"
            "In March 2023, 276,400 guests arrived from the Mainland, up 4.0 percent.\n")
    assert errors(text, "same-measure-conflict") == []
    # twin: one origin's count told twice with other digits is still flagged
    twin = ("In March 2023, 276,400 guests arrived from the Mainland.\n\n"
            "All of the 276,900 guests in March 2023 arrived from the Mainland.\n")
    assert errors(twin, "same-measure-conflict") != []


def test_an_average_per_member_and_day_is_no_share_of_the_total_over_days():
    text = ("Visitors spent $2.10 billion in March 2024. They spent more on an average daily basis ($305 per person, "
            "+8.0%).\n")
    assert errors(text, "ratio") == []
    # twin: an average per day of the month's total, wrong, is still flagged
    twin = "The port handled 93,000 tonnes in April 2024, an average of 5,100 tonnes a day.\n"
    assert errors(twin, "ratio") != []


def test_a_bracketed_by_percentage_is_a_change_not_a_share():
    text = ("Output was lifted by higher power supply (by 6.2%), food processing (by 11.4%) and other "
            "production (by 11.4%).\n")
    assert errors(text, "share-of-total") == []
    twin = "Of the farms, 41% grow maize, 22% grow rice and the remaining 27% grow beans.\n"
    assert errors(twin, "share-of-total") != []


def test_levels_in_a_clause_of_their_own_subject_are_not_the_ends_of_the_change_before():
    text = ("Factory output decreased by 4.1 percent over May, with the year-on-year drop deepening from 0.6 percent "
            "to 5.9 percent.\n")
    assert errors(text, "difference") == []
    assert errors(text, "change-direction") == []
    # twin: a fall said to narrow while its size grows is flagged
    twin = "The trade deficit narrowed to $4.8 billion from $3.9 billion.\n"
    assert errors(twin, "change-direction") != []


def test_two_places_levels_after_a_change_are_not_its_ends():
    text = ("Between 2001 and 2020, the Northern Territory grew by 41,300 people compared to 25,600 people in "
            "Tasmania and 18,900 people in South Australia.\n")
    assert errors(text, "difference") == []
    twin = "The population of Tasmania grew by 9,000 from 25,600 in 2001 to 36,600 in 2020.\n"
    assert errors(twin, "difference") != []


def test_a_base_of_one_comparison_is_not_the_first_term_of_the_next_multiple():
    text = ("An estimated 9,870 people moved to the state in 2016. This was well above the 12.1 per cent (6,050 "
            "people) of 2015 and more than double the 3,410 people who moved in 2014.\n")
    assert errors(text, "ratio") == []
    twin = "Sales reached $7.1 million in 2021, more than double the $4.2 million of 2020.\n"
    assert errors(twin, "ratio") != []


def test_a_share_told_before_a_list_closed_by_the_remaining_may_be_the_wholes_too():
    # decoy: the list after "while" leaves out the 24 percent told before it in its sentence
    text = ("The eastern region sits behind the north, contributing 24 percent, while the west contributed 18 percent, "
            "the south 16 percent, the islands 12 percent and other regions the remaining 9 percent.\n")
    assert errors(text, "share-of-total") == []
    # twin: a list that opens its sentence and is closed by "the remaining" still must add up
    twin = "The west contributed 18 percent, the south 16 percent, the islands 12 percent and other regions the remaining 9 percent.\n"
    assert errors(twin, "share-of-total") != []
