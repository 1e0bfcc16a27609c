"""A total, then its parts told in later sentences or paragraphs. The passage may dwell on the total (or on a part)
in a sentence that states no level of its unit ("That is 240 more than in May."), and a newswire passage may give
each part a paragraph of its own: neither ends the run of parts. Across such a gap the words say less plainly that
the levels after are the total's parts, so they are read only when the parts leave nothing out (adults and
children, men and women, a last "other") and each is named a kind of the total's measure. Decoys: a total, then
levels of another measure or of groups that do not exhaust it, or a paragraph of two totals of the unit (which one
the next paragraph breaks down is open), stay silent."""
from __future__ import annotations

from _reading import errors, statuses
from auditor.model import Status


# ---- a sentence about the total's change between the total and its parts -------------------------------------

WAITING = ("A total of 8,265 people were waiting for a hip operation at the end of March. That is 310 more than "
           "at the end of February. There were 5,140 women on the list, up 4% on a year earlier. There were 3,125 "
           "men on the list, up 2% on a year earlier.")


def test_parts_after_a_sentence_about_the_totals_change_add_up():
    assert statuses(WAITING, "sum-of-parts") == [Status.CONSISTENT]


def test_parts_after_a_sentence_about_the_totals_change_that_do_not_add_up_are_flagged():
    wrong = WAITING.replace("3,125", "3,425")
    assert errors(wrong, "sum-of-parts") == [("5,140", "3,425", "8,265")]


# ---- each part a paragraph of its own, with an aside on a part between -----------------------------------------

SHELTERS = ("Officially, 4,918 people are now in emergency shelters in the city.\n\n"
            "In one week, that is 133 more people.\n\n"
            "There were 3,406 adults in the shelters, up 11% on a year earlier. That is 58 more than a month ago.\n\n"
            "There were 1,512 children in the shelters, up 19% on a year earlier.\n")


def test_parts_each_in_a_paragraph_of_their_own_add_up():
    assert statuses(SHELTERS, "sum-of-parts") == [Status.CONSISTENT]


def test_parts_each_in_a_paragraph_of_their_own_that_do_not_add_up_are_flagged():
    wrong = SHELTERS.replace("1,512", "1,712")
    assert errors(wrong, "sum-of-parts") == [("3,406", "1,712", "4,918")]


def test_a_total_closing_a_paragraph_and_its_parts_opening_the_next():
    text = ("The census counted 6,480 people on the island in 2023.\n\n"
            "Women numbered 3,322, the statistics office said. Men numbered 3,158.\n")
    assert statuses(text, "sum-of-parts") == [Status.CONSISTENT]
    assert errors(text.replace("3,158", "3,058"), "sum-of-parts") == [("3,322", "3,058", "6,480")]


# ---- decoys ------------------------------------------------------------------------------------------------------

def test_levels_of_another_measure_in_the_next_paragraph_are_no_parts():
    text = ("Cement consumption in the country rose by 2.1 percent to 4.36 million tonnes.\n\n"
            "Domestic cement exports grew to 1.25 million tonnes. Foreign cement imports fell to 0.41 million tonnes.\n")
    assert errors(text, "sum-of-parts") == []
    assert errors(text, "part-exceeds-whole") == []


def test_groups_that_do_not_exhaust_the_total_across_an_aside_stay_unread():
    text = ("Police recorded 12,450 burglaries in 2023. It was the first rise in five years. "
            "Burglaries of homes came to 6,210. Burglaries of shops came to 2,240.")
    assert errors(text, "sum-of-parts") == []
    assert statuses(text, "sum-of-parts") == []


def test_a_paragraph_of_two_totals_leaves_open_which_the_next_breaks_down():
    text = ("In June, 5,240 people were waiting for surgery. Over the first half of the year, 29,880 people "
            "were treated in all.\n\n"
            "There were 3,106 adults on the list. There were 2,134 children on the list.\n")
    assert errors(text.replace("2,134", "2,534"), "sum-of-parts") == []


def test_a_total_then_unrelated_counts_of_another_period_stay_silent():
    text = ("A total of 8,265 people were waiting for a hip operation at the end of March. That is 310 more than "
            "at the end of February.\n\n"
            "In 2019 there were 5,140 women on the list. In 2021 there were 3,425 men on the list.\n")
    assert errors(text, "sum-of-parts") == []


# ---- "By X, ..." after a total: the categories of one classification ------------------------------------------------

MILL = ("The mill's shipments rose by 6.3 percent to 2.46 million tonnes in May, and their value rose by 2.9 percent to "
        "$1.38 billion. By product, shipments of plate and wire came to 1,120,400 tonnes and 905,300 tonnes respectively, "
        "4.2 percent and 1.1 percent more than a year earlier, while shipments of billets came to 434,700 tonnes.")


def test_categories_sorted_by_product_after_a_total_of_volume_and_value_are_read():
    assert statuses(MILL, "part-exceeds-whole") == [Status.CONSISTENT]


def test_categories_sorted_by_product_above_their_total_are_flagged():
    wrong = MILL.replace("434,700", "534,700")
    assert errors(wrong, "part-exceeds-whole") == [("1,120,400 tonnes", "905,300 tonnes", "534,700 tonnes",
                                                    "2.46 million tonnes")]


def test_a_classification_of_another_flow_is_no_breakdown_of_the_total():
    text = ("The mill's imports rose by 6.3 percent to 2.46 million tonnes in May. By product, exports of plate and "
            "wire came to 1,620,400 tonnes and 905,300 tonnes respectively, 4.2 percent and 1.1 percent more than a "
            "year earlier, while exports of billets came to 534,700 tonnes.")
    assert errors(text, "part-exceeds-whole") == []
    assert errors(text, "sum-of-parts") == []


def test_members_with_their_rates_and_no_classification_stay_a_ranking():
    text = ("Visitor arrivals in July reached 142,400. The UK was the top market at 61,618, up 5 percent, "
            "Germany came second with 47,933, up 26 percent, and France third with 43,893, up 16 percent.")
    assert errors(text, "part-exceeds-whole") == []
    assert errors(text, "sum-of-parts") == []


# ---- "of which" parts, each with its own change told by a finite verb ---------------------------------------------

SOWN = ("In 2025 the sown area of the prefecture will be 512,300 hectares, an increase of 4,100 hectares or 0.8% over "
        "the previous year, of which 341,800 hectares of grain crops, increased 0.4%, and 170,500 hectares of cash "
        "crops, increased 1.6%.")


def test_parts_each_with_its_own_change_after_the_wholes_change_and_rate_are_read():
    assert statuses(SOWN, "part-exceeds-whole") == [Status.CONSISTENT]


def test_parts_each_with_its_own_change_above_their_whole_are_flagged():
    wrong = SOWN.replace("170,500", "180,500")
    assert errors(wrong, "part-exceeds-whole") == [("341,800 hectares", "180,500 hectares", "512,300 hectares")]


def test_a_clause_of_its_own_after_a_part_ends_the_list():
    text = ("Exports came to 2,310 tonnes, of which 1,450 tonnes went to Asia, and imports increased 4% to "
            "1,900 tonnes.")
    assert errors(text, "part-exceeds-whole") == []
    assert errors(text, "sum-of-parts") == []


def test_a_turn_to_another_measure_after_while_ends_the_classification():
    text = ("Group revenue totalled $8.41 billion in 2023. By segment, retail brought in $5.23 billion, while debt "
            "rose to $3.36 billion.")
    assert errors(text, "sum-of-parts") == []
    assert errors(text, "part-exceeds-whole") == []


def test_the_totals_measure_stated_again_in_the_next_paragraph_is_another_series_not_a_part():
    text = ("Original estimates: 5,418,200 people were in work in March 2024.\n\n"
            "Seasonally adjusted: 5,402,600 people were in work in March 2024. Of these, 3,010,900 were men and "
            "2,391,700 were women.\n")
    assert errors(text, "sum-of-parts") == []
