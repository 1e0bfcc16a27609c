"""Parts of a whole the words name with a pronoun or a remainder, and wholes read past an abbreviation:

- "N of them" (or "N of whom", "N of which" right before the words of its clause) makes N a part of the level
  before it, and a level after it that the words call the rest ("the remaining M", "the rest, M") makes the
  whole up with it: N + M is the whole;
- "1,900 of whom work in sales" is itself a part: no whole of the level after it;
- a clause of contrast after "including" ends a list that named no amounts: the figure after it is no part;
- "(3,400 tonnes to China and 2,100 tonnes to India)": "to" and a word label a part ("to" between amounts is
  a range);
- "Coal India Ltd (CIL)": an abbreviation in brackets does not cut the clause that says what a figure counts;
- "units" names no kind of a measure, "the country's" no kind of it either."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def found(text: str, check: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(status, tuple(sorted(figures))) for status, figures in verdicts(text, check)]


@pytest.mark.parametrize("text, parts, whole", [
    ("The survey counted 18,400 households in the district; 6,250 of them rent their homes and the remaining "
     "12,150 own them.", ("6,250", "12,150"), "18,400"),
    ("The firm employs 4,300 people, 1,900 of whom work in sales, with the remaining 2,400 in production.",
     ("1,900", "2,400"), "4,300"),
    ("The council approved 640 permits, 410 of them for extensions and the rest, 230, for new homes.",
     ("410", "230"), "640"),
])
def test_a_pronoun_part_and_the_rest_make_up_the_whole(text, parts, whole):
    assert (Status.CONSISTENT, tuple(sorted((*parts, whole)))) in found(text, "sum-of-parts")


@pytest.mark.parametrize("text", [
    "The survey counted 18,400 households in the district; 6,250 of them rent their homes and the remaining "
    "12,950 own them.",
    "The firm employs 4,300 people, 1,900 of whom work in sales, with the remaining 2,600 in production.",
])
def test_a_pronoun_part_and_a_rest_that_miss_the_whole_are_an_error(text):
    assert [status for status, figures in found(text, "sum-of-parts") if len(figures) == 3] == [Status.INCONSISTENT]


def test_a_count_before_of_whom_is_a_part_not_the_whole_of_the_rest():
    text = "The firm employs 4,300 people, 1,900 of whom work in sales, with the remaining 2,600 in production."
    assert not [figures for _, figures in found(text, "part-exceeds-whole") if set(figures) == {"1,900", "2,600"}]


@pytest.mark.parametrize("text", [
    "Imports rose to $4.1 billion, including machinery and fuel, while exports fell to $5.3 billion.",
    "Sales reached 3,200 units, including vans and pickups; leases came to 4,100 units.",
    "The zoo counted 640 animals, including lions and tigers, but the aquarium counted 910 fish.",
])
def test_an_including_list_without_amounts_ends_at_a_clause_of_contrast(text):
    assert found(text, "part-exceeds-whole") == []


def test_an_including_list_still_reads_its_amounts():
    text = "Imports rose to $4.1 billion, including $5.3 billion of fuel, while exports fell."
    assert (Status.INCONSISTENT, ("$4.1 billion", "$5.3 billion")) in found(text, "part-exceeds-whole")


def test_parts_in_brackets_labelled_by_to():
    fits = "Exports reached 9,200 tonnes in 2023 (4,100 tonnes to China and 4,600 tonnes to India)."
    exceeds = "Exports reached 9,200 tonnes in 2023 (4,100 tonnes to China and 6,600 tonnes to India)."
    assert [s for s, figures in found(fits, "part-exceeds-whole") if len(figures) == 3] == [Status.CONSISTENT]
    assert [s for s, figures in found(exceeds, "part-exceeds-whole") if len(figures) == 3] == [Status.INCONSISTENT]


def test_a_range_in_brackets_is_no_breakdown():
    assert [f for _, f in found("The fund holds 4,212 bonds (1,100 to 1,900 a year).", "part-exceeds-whole")
            if len(f) == 3] == []


def test_a_member_named_with_its_abbreviation_is_within_the_country_total():
    text = ("The country's coal production in February rose 12 per cent to 96.60 million tonnes, from 86.38 million "
            "tonnes a year earlier. Output at the state-owned Coal India Ltd (CIL) went up 8 per cent in February to "
            "74.76 million tonnes, from 68.78 million tonnes in February 2023.")
    assert (Status.CONSISTENT, ("74.76 million tonnes", "96.60 million tonnes")) in found(text, "part-exceeds-whole")
    wrong = text.replace("74.76", "104.76")
    assert [s for s, f in found(wrong, "part-exceeds-whole") if set(f) == {"104.76 million tonnes",
                                                                          "96.60 million tonnes"}] \
        == [Status.UNDETERMINED]


def test_a_month_with_units_is_within_its_running_total():
    text = "Car sales in the first nine months of the year came to 214,800 units. September sales were 251,300 units."
    assert [s for s, f in found(text, "part-exceeds-whole") if set(f) == {"214,800", "251,300"}] \
        == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # two companies side by side, neither the country's total
    "Output at Coal India Ltd (CIL) rose to 74.76 million tonnes in February. Output at Singareni Collieries "
    "Company (SCCL) reached 6.4 million tonnes in February.",
    # another month's sales
    "Car sales in the first nine months of 2023 came to 214,800 units. September sales in 2022 were 251,300 units.",
])
def test_side_by_side_figures_are_no_part_and_whole(text):
    assert [s for s, _ in found(text, "part-exceeds-whole") if s is Status.INCONSISTENT] == []


# --- a month's flow within the year its sentence names once; bullets; the report's own place ------------------

def test_an_event_of_a_month_is_within_the_years_count_its_sentence_names():
    text = ("The safety network has published its accident figures for 2019, which show 20 fatal accidents in all, "
            "with 283 fatalities. A crash in Ethiopia in March caused 157 fatalities.")
    assert (Status.CONSISTENT, ("157", "283")) in found(text, "part-exceeds-whole")
    wrong = text.replace("157", "357")
    assert [s for s, f in found(wrong, "part-exceeds-whole") if set(f) == {"283", "357"}] == [Status.INCONSISTENT]


def test_a_sentence_of_two_periods_gives_no_year_to_a_figure_that_names_none():
    # 2018 and 2019 both named: which year the 283 is of is left open, so no month is read within it
    text = ("Accident figures for 2019, set against 2018, show 20 fatal accidents in all, with 283 fatalities. "
            "A crash in Ethiopia in March 2019 caused 357 fatalities.")
    assert [s for s, f in found(text, "part-exceeds-whole") if s is Status.INCONSISTENT] == []


def test_a_bulleted_sentence_opens_on_a_kind_not_a_name():
    # "Trade", written in lower case elsewhere, opens its bulleted sentence: a kind of sales, no member's name, so
    # trade sales are no member of trade e-book sales, and trade e-book sales are within trade sales
    text = ("- Trade sales were $12.52 billion in 2011, down from $12.59 billion in 2010. Religious titles are "
            "kept out of trade.\n"
            "- Trade eBook sales rose from $838 million in 2010 to $1.97 billion in 2011.\n")
    assert [s for s, f in found(text, "part-exceeds-whole") if s is not Status.CONSISTENT] == []
    assert (Status.CONSISTENT, ("$1.97 billion", "$12.52 billion")) in found(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Sales rose from 2,500 units to 3,000 units of which most were online.",
    "Arrivals climbed from 41,000 in 2022 to 45,000 in 2023 of whom many were students.",
])
def test_a_level_before_of_which_is_no_part_of_the_level_it_changed_from(text):
    assert found(text, "part-exceeds-whole") == []
