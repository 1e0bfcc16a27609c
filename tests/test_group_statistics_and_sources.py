"""Figures of groups that do not add up, wholes of another noun, and per-item asides (decoys of bench/decoys29b).

- groups' averages, rates, prices or times beside an "overall" one are no parts of it: an "overall" figure no
  larger than its largest group's is everyone's statistic, which a sum of positive parts cannot be; a clause
  naming an average ("the median", "average spend") has no parts, whatever total word follows;
- "out of" after a verb of the part's clause says where the part came from ("cases came out of 3,650 night
  shifts"); with a whole of another noun the pairing is only a question, never an error;
- "For every member of staff there were 11 volunteers": a ratio's term, not a whole with a colon list;
- "them" points past the base of a per-item aside ("179 for each of the 120 members") too small to hold the part.
Positives show that real errors of the same shapes are still flagged."""
from __future__ import annotations

from auditor.model import Status

from tests._reading import errors, statuses


# ---- groups' statistics beside an overall one ----------------------------------------------------------------

def test_group_prices_beside_an_overall_price_are_no_sum():
    text = "Seats cost £27.00 in the stalls, £19.50 in the gallery and £24.10 overall this winter."
    assert errors(text, "sum-of-parts") == []


def test_group_times_beside_an_overall_time_are_no_sum():
    text = "Crews needed 14.2 minutes in the hill villages, 6.3 minutes in the harbour town and 8.9 minutes overall."
    assert errors(text, "sum-of-parts") == []


def test_named_average_has_no_parts_even_before_a_total_word():
    text = ("Average takings per stall were €140 on Saturdays and €95 on Sundays, a total of €61,200 over "
            "the season.")
    assert errors(text, "sum-of-parts") == []


def test_group_medians_after_a_count_are_no_parts_of_it():
    text = ("The clinic weighed 4,310 toddlers in the spring. The median weight was 12.6 kg for boys, "
            "11.9 kg for girls and 12.3 kg overall.")
    assert errors(text, "sum-of-parts") == []


def test_counts_that_miss_an_overall_total_are_still_an_error():
    text = "The library lent 4,120 books in the north, 3,260 in the south and 8,180 overall."
    assert errors(text, "sum-of-parts") == [("4,120", "3,260", "8,180")]


def test_an_overall_figure_above_its_groups_is_still_a_sum():
    text = "The ferry carried 41,300 cars in summer, 18,900 in winter and 62,200 overall."
    assert errors(text, "sum-of-parts") == [("41,300", "18,900", "62,200")]


# ---- a part "out of" a whole of another noun -----------------------------------------------------------------

def test_a_source_of_another_noun_is_no_whole():
    text = "The 7,450 parcels came out of 2,980 depots in the region."
    assert errors(text, "part-exceeds-whole") == []
    assert Status.UNDETERMINED in statuses(text, "part-exceeds-whole")


def test_a_partitive_out_of_with_a_subset_noun_is_still_an_error():
    text = "Some 3,400 women out of 2,950 applicants were offered a place."
    assert errors(text, "part-exceeds-whole") == [("3,400", "2,950")]


def test_a_part_out_of_a_whole_of_its_own_noun_is_still_an_error():
    text = "The 7,450 parcels came out of 2,980 parcels posted in the region."
    assert errors(text, "part-exceeds-whole") == [("7,450", "2,980")]


# ---- ratios in words ------------------------------------------------------------------------------------------

def test_for_every_one_there_were_is_a_ratio_not_a_whole():
    text = "For every paid warden there were 9 volunteers: 46 wardens and 414 volunteers."
    assert errors(text, "part-exceeds-whole") == []
    assert errors(text, "sum-of-parts") == []


def test_a_whole_with_a_colon_list_is_still_read():
    text = "The park had 9 volunteers: 46 wardens and 414 helpers."
    assert errors(text, "part-exceeds-whole") != [] or errors(text, "sum-of-parts") != []


def test_them_points_past_a_per_item_aside():
    text = ("Residents lodged 8,640 complaints, 72 for each of the 120 wards, and the council resolved "
            "6,912 of them within a month, 80%.")
    assert errors(text, "share-of-total") == []


def test_a_share_of_them_without_an_aside_is_still_checked():
    text = "Residents lodged 8,640 complaints, and the council resolved 6,912 of them within a month, 60%."
    assert errors(text, "share-of-total") != []


# ---- a group's figure set off by ", at" restates no lead figure ------------------------------------------------

_LEAD = ("Ferry Review\n\nPassengers made 4.82 million crossings, up 6% from 4.55 million. Fares came to "
         "£61.9 million, about £13 per crossing.\n\n")


def test_a_group_figure_set_off_by_at_restates_no_hedged_lead_figure():
    text = _LEAD + "Fares per crossing were higher on island routes, at £14.60, than on river routes, at £9.20.\n"
    assert errors(text, "same-measure-conflict") == []


def test_a_precise_figure_without_a_group_still_restates_the_hedged_lead():
    text = _LEAD + "Fares per crossing came to £14.60 across the fleet.\n"
    assert errors(text, "same-measure-conflict") != []


# ---- a named whole whose word a level joins to another by "or" -------------------------------------------------

def test_a_named_whole_passes_a_level_of_a_wider_disjunctive_group():
    text = ("Inspectors found 540 sites unsafe or closed, and 130 closed. Rural districts had 310 sites, of which "
            "96 were unsafe or closed. Of the closed, 39 were warehouses, 30.0%.")
    assert errors(text, "share-of-total") == []


def test_a_named_whole_of_one_word_still_checks_its_share():
    text = "Inspectors found 540 sites unsafe or closed, and 130 closed. Of the closed, 52 were warehouses, 30.0%."
    assert errors(text, "share-of-total") != []


def test_a_named_disjunctive_whole_still_checks_its_share():
    text = ("Inspectors found 540 sites unsafe or closed, and 130 closed. Of the unsafe or closed, 250 were "
            "warehouses, 56.3%.")
    assert errors(text, "share-of-total") != []
