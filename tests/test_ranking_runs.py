"""A ranking told over several sentences (grammar.order): the head of the ranking against each later place
in it; a compound that names the first place ("the best performing", "the top-ranked"); an item's share that
shares its count's place ("with 4,120 accounting for 31 percent"); "followed by A, B and C with x, y and z
respectively"; "Next came A with x, B with y"; a list that closes the ranking ("The top ten was rounded off by
..."); a runner-up in the next paragraph. Checked by the ranking check. The sentences are written here; none
is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


def orders(text: str) -> set[tuple[str, str]]:
    return {(link.larger.text, link.smaller.text) for link in meaning_of(text).orders if link.certain}


# --- the head of a ranking against each later place -------------------------------------------------

SCHOOLS = ("Oakfield topped the list of county schools, with 1,420 pupils. Next came Brookside with 1,180 pupils. "
           "Hartley was the fourth largest school, with 960 pupils. Marsh Lane followed with 905 pupils.")
CLUBS = ("Rovers headed the table of club revenues with €310 million. Next came United with €284 million. "
         "Athletic were the third biggest earner with €251 million, and City came fourth with €240 million.")


@pytest.mark.parametrize("text, pair", [
    (SCHOOLS, ("1,420", "960")),
    (SCHOOLS, ("1,420", "905")),
    (CLUBS, ("€310 million", "€251 million")),
    (CLUBS, ("€310 million", "€240 million")),
])
def test_the_head_of_a_ranking_is_at_least_each_later_place(text, pair):
    assert pair in orders(text)


@pytest.mark.parametrize("text, old, new, pair", [
    (SCHOOLS, "905 pupils", "1,905 pupils", ("1,420", "1,905")),
    (CLUBS, "€240 million", "€340 million", ("€310 million", "€340 million")),
])
def test_a_later_place_above_the_head_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


def test_a_place_in_a_ranking_of_another_scope_is_not_held_against_the_head():
    # the leading one of a region, then the fifth place overall: two rankings
    text = ("Kestrel remained the leading Scottish club on 41 points. Dunmore finished fifth on 52 points.")
    assert ("41 points", "52 points") not in orders(text)
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


# --- compounds of the first place, and an item's share ------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("St Anne's was the best performing hospital in the region with 3,950 operations, accounting for 22 percent of "
     "the total. It was closely followed by Westgate with 3,410 operations.", ("3,950", "3,410")),
    ("Ridgeway was the top-ranked academy with 412 passes, or 18 percent of all passes. It was followed by Fairview "
     "with 15 percent.", ("18 percent", "15 percent")),
    ("The Otters were the top scoring side of the season with 640 goals, accounting for 17 percent of all goals scored. "
     "They were followed by the Pikes, the Voles and the Stoats with 14 percent, 11 percent and 8 percent "
     "respectively.", ("17 percent", "14 percent")),
])
def test_a_compound_first_place_and_its_share_rank_the_next(text, pair):
    assert pair in orders(text)


def test_a_share_above_the_leaders_share_is_an_error():
    text = ("Ridgeway was the top-ranked academy with 412 passes, or 18 percent of all passes. It was followed by "
            "Fairview with 21 percent.")
    assert (Status.INCONSISTENT, ("18 percent", "21 percent")) in verdicts(text)


def test_figures_given_respectively_after_followed_by_are_in_order():
    text = ("The Otters were the top scoring side of the season with 640 goals, accounting for 17 percent of all "
            "goals scored. They were followed by the Pikes, the Voles and the Stoats with 14 percent, 16 percent "
            "and 8 percent respectively.")
    assert (Status.INCONSISTENT, ("14 percent", "16 percent")) in verdicts(text)


def test_a_next_came_list_is_in_order():
    text = ("Harbour Bank headed the list of lenders with $9.1 billion. Next came Crown Bank with $7.4 billion, "
            "Delta Bank with $6.2 billion and Pine Bank with $6.9 billion.")
    assert (Status.INCONSISTENT, ("$6.2 billion", "$6.9 billion")) in verdicts(text)


# --- a list that closes a ranking -----------------------------------------------------------------

CLOSING = ("Kenya headed the list of source markets, with 48,200 visitors. Next came Ghana with 31,900 visitors. "
           "Peru were the third largest group, with 27,450 visitors. The top six was rounded off by Chile, with "
           "21,300 visitors and 90,100 bed-nights, Fiji, with 19,800 visitors and 75,000 bed-nights, and the "
           "Maltese, with 12,600 visitors and 88,000 bed-nights.")


@pytest.mark.parametrize("pair", [
    ("21,300", "19,800"),
    ("19,800", "12,600"),
    ("27,450", "21,300"),
    ("48,200", "19,800"),
])
def test_a_list_that_closes_a_ranking_runs_in_order_below_the_places_before(pair):
    assert pair in orders(CLOSING)


def test_a_closing_item_above_the_one_before_and_the_head_is_an_error():
    found = verdicts(CLOSING.replace("19,800 visitors", "59,800 visitors"))
    assert (Status.INCONSISTENT, ("21,300", "59,800")) in found
    assert (Status.INCONSISTENT, ("48,200", "59,800")) in found


def test_the_other_figures_of_a_closing_item_are_not_ranked():
    # the bed-nights of each item are not in the order of visitors
    bed_nights = {"90,100", "75,000", "88,000"}
    assert not any(a in bed_nights or b in bed_nights for a, b in orders(CLOSING))
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(CLOSING))


# --- a runner-up in the next paragraph ------------------------------------------------------------

def test_second_place_in_the_next_paragraph_is_ranked_below_the_first():
    text = ("Grants\n\nAmong types of grant, research grants took the largest amount with $48.2 million. "
            "This was down from $51.0 million a year earlier. Most went to the medical school. The rest funded "
            "laboratories.\n\n"
            "Teaching grants came second with $12.7 million. They rose from $11.9 million.")
    assert ("$48.2 million", "$12.7 million") in orders(text)
    assert (Status.INCONSISTENT, ("$48.2 million", "$52.7 million")) in verdicts(text.replace("$12.7", "$52.7"))


@pytest.mark.parametrize("text", [
    # decoys: levels side by side with no word of rank
    "The clinic treated 3,200 patients in the north. In the south it treated 4,100 patients, and 2,900 in the east.",
    "Wheat output was 14.2 million tonnes in 2019 and 15.8 million tonnes in 2020, while barley reached 9.1 million tonnes.",
    # "completed by" of a project, not of a ranking
    "The bridge was completed by Arcon, with 1,200 workers, and the road by Velt, with 1,900 workers.",
])
def test_no_order_without_words_of_rank(text):
    assert not orders(text)


# --- a previous record said far from the new one; forecasts ------------------------------------------

RECORD_FAR = ("Ticket sales at the festival reached an all-time high of 84,300 this summer, organisers said. "
              "Most buyers came from the region. Prices were unchanged. Camping was sold out. Parking was extended.\n\n"
              "The previous record was set in 2019, with sales of 80,950.")


def test_the_previous_record_far_after_the_new_one_is_below_it():
    assert ("84,300", "80,950", True) in {(link.larger.text, link.smaller.text, link.certain)
                                        for link in meaning_of(RECORD_FAR).orders}
    assert (Status.INCONSISTENT, ("84,300", "85,950")) in verdicts(RECORD_FAR.replace("80,950", "85,950"))


def test_a_forecast_record_is_never_an_error():
    text = RECORD_FAR.replace("reached an all-time high of 84,300 this summer", "will climb to an all-time high of 84,300 "
                                                                                   "this summer")
    links = [link for link in meaning_of(text).orders if link.larger.text == "84,300"]
    assert links and not any(link.certain for link in links)
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text.replace("80,950", "85,950")))


def test_a_closing_list_in_brackets_after_the_count_of_the_group():
    text = ("Oslo headed the list with 61,400 members. Next came Bergen with 40,200 members. Rounding out the top "
            "five were Molde (28,300), Bodo (29,900) and Hamar (17,600).")
    assert ("40,200", "28,300") in orders(text)
    assert (Status.INCONSISTENT, ("28,300", "29,900")) in verdicts(text)
    assert not any("five" in pair for pair in orders(text))


MISSING_THIRD = ("Rovers headed the attendance table with 41,300 fans. Next came United with 36,900 fans. "
                 "City, back after a season away, drew 35,200 fans. Athletic were the fourth best supported club, "
                 "with 30,150 fans.")


def test_the_one_level_between_places_two_apart_is_likely_the_place_between():
    links = {(link.larger.text, link.smaller.text): link.certain for link in meaning_of(MISSING_THIRD).orders}
    assert links.get(("36,900", "35,200")) is False and links.get(("35,200", "30,150")) is False
    found = verdicts(MISSING_THIRD.replace("35,200", "38,200"))
    assert (Status.UNDETERMINED, ("36,900", "38,200")) in found
    assert (Status.INCONSISTENT, ("36,900", "38,200")) not in found


def test_no_place_between_when_two_levels_stand_between():
    text = MISSING_THIRD.replace("drew 35,200 fans.", "drew 35,200 fans, and Town 33,000 fans.")
    assert not any(larger == "36,900" and not certain for larger, _, certain in
                   {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders})


def test_levels_listed_before_a_closing_list_likely_continue_the_ranking():
    text = ("Kenya headed the list of source markets, with 48,200 visitors. Next came Ghana with 31,900 visitors. "
            "Peru accounted for 27,450 visitors, Laos for 25,100 visitors and Chad for 23,800 visitors. The top "
            "eight was rounded off by Chile, with 21,300 visitors, Fiji, with 19,800 visitors, and the Maltese, with "
            "12,600 visitors.")
    likely = {(link.larger.text, link.smaller.text) for link in meaning_of(text).orders if not link.certain}
    assert {("31,900", "27,450"), ("27,450", "25,100"), ("25,100", "23,800"), ("23,800", "21,300")} <= likely
    found = verdicts(text.replace("25,100", "29,100"))
    assert (Status.UNDETERMINED, ("27,450", "29,100")) in found
    assert not any(status is Status.INCONSISTENT and "29,100" in pair and "48,200" not in pair for status, pair in found)


MAIN_ITEMS = ("In 2023 the main causes of admission at the clinic were respiratory infections (31%), falls (18%), "
              "heart conditions (12%) and burns (4%).")


def test_the_main_items_of_an_order_are_likely_listed_largest_first():
    likely = {(link.larger.text, link.smaller.text) for link in meaning_of(MAIN_ITEMS).orders if not link.certain}
    assert {("31%", "18%"), ("18%", "12%"), ("12%", "4%")} <= likely
    found = verdicts(MAIN_ITEMS.replace("12%", "22%"))
    assert (Status.UNDETERMINED, ("18%", "22%")) in found
    assert not any(status is Status.INCONSISTENT for status, _ in found)


def test_no_main_items_without_a_word_that_picks_the_first_of_an_order():
    text = MAIN_ITEMS.replace("the main causes", "causes")
    assert not meaning_of(text).orders


NEXT_LARGEST = ("The hospital's income rose to £41.2m. Patient fees brought in £18.6m. The next largest source was "
                "research grants at £9.4m.")


def test_the_next_largest_is_at_most_the_item_given_before_it():
    links = {(link.larger.text, link.smaller.text): link.certain for link in meaning_of(NEXT_LARGEST).orders}
    assert links.get(("£18.6m", "£9.4m")) is False  # (the item before had no place: it might be a total)
    assert ("£9.4m", "£18.6m") not in links
    assert (Status.UNDETERMINED, ("£18.6m", "£19.4m")) in verdicts(NEXT_LARGEST.replace("£9.4m", "£19.4m"))


def test_the_next_largest_after_a_place_is_certain():
    text = NEXT_LARGEST.replace("Patient fees brought in £18.6m", "Patient fees were the largest source, at £18.6m")
    assert (Status.INCONSISTENT, ("£18.6m", "£19.4m")) in verdicts(text.replace("£9.4m", "£19.4m"))


def test_the_next_largest_is_not_held_against_a_labels_number():
    text = ("Most of the new places were in Districts 2, 4, and 9, each of which gained more than 600 pupils; the next "
            "biggest gain was 148 pupils in District 6.")
    links = {(link.larger.text, link.smaller.text) for link in meaning_of(text).orders}
    assert not any(larger == "9" for larger, _ in links)
