"""Comparisons and orders the words state between two groups' (or two times') figures, read by the meaning layer
(grammar.order, grammar.comparisons, grammar.links) and checked by the comparison, ranking and change-direction checks:
- a comparative before its two terms whose first figure is set off bare between commas, or carries a time ("£11.20 an
  hour"): "Exports grew faster, 9.6%, than imports at 5.7%";
- "better" or "worse" so, its way read from the measure's words (only likely): "did better, 48.4%, than first-timers
  at 47.5%", "fared worse on unemployment (8.1%) than the south (6.2%)";
- a clause of contrast opened by "but" whose comparative names no other term, its own figure set off right after it
  even when the clause goes on to other figures: "..., but the average mortgage has grown faster, at 9.6 percent, from
  KSh 6.9 million to KSh 10.9 million";
- a sentence whose subject names the change of the sentence before by its noun, set against a change after "than":
  "The drop in garment shipments was larger than the 5.84 per cent growth ...";
- one change outrunning another named by its noun, the figure set off by a comma: "outstripping the growth in wages,
  6.9 percent";
- a verb of outdoing between two items, the second's figure "at" it without a comma, the first's noun after its
  figure: "Kenya, with 41,200 arrivals, overtook Uganda at 38,900";
- a move, then a colon and the level it reached, after the level of the sentence before: "Numbers climbed again in the
  following year: 3,980,450 in 2022-23";
- the top (bottom) of an order said in a sentence with no figure, the items' figures given in the next (only likely):
  "The steepest decline was recorded in the hospitality sector. Hospitality employment shrank by 8.9 per cent, ...".
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures", [
    ("Exports grew faster, 9.6%, than imports at 5.7%.", ("9.6%", "5.7%")),
    ("Part-time staff earned less on average (£11.20 an hour) than full-time staff (£14.85 an hour).",
     ("£14.85", "£11.20")),
    ("Second-time candidates did better, 48.4%, than first-timers at 47.5%.", ("48.4%", "47.5%")),
    ("The north fared worse on unemployment (8.1%) than the south (6.2%).", ("8.1%", "6.2%")),
    ("The number of mortgage loans has grown at a compound annual growth rate of 5.7 percent since 2013, but the average mortgage has "
     "grown faster, at a CAGR of 9.6 percent, from KSh 6.9 million in 2013 to KSh 10.9 million in 2017.",
     ("9.6 percent", "5.7 percent")),
    ("Exports of garments shrank by 6.21 per cent in the half year, to $16.024 billion. The drop in garment shipments "
     "was larger than the 5.84 per cent fall recorded by exports as a whole.", ("6.21 per cent", "5.84 per cent")),
    ("Rents rose 5.6 percent, outstripping the growth in wages, 4.9 percent.", ("5.6 percent", "4.9 percent")),
    ("Kenya, with 41,200 arrivals, overtook Uganda at 38,900.", ("41,200", "38,900")),
])
def test_a_comparison_in_words_holds(text, figures):
    found = verdicts(text, "comparison") + verdicts(text, "ranking")
    assert (Status.CONSISTENT, figures) in found


@pytest.mark.parametrize("text, figures", [
    ("Exports grew faster, 4.6%, than imports at 5.7%.", ("4.6%", "5.7%")),
    ("The rise in rents, 5.6 percent, outstripped the growth in wages, 6.9 percent.", ("5.6 percent", "6.9 percent")),
    ("Rents rose 4.1 per cent over the year. The rise in rents was steeper than the 5.2 per cent increase in wages.",
     ("4.1 per cent", "5.2 per cent")),
    ("Northern farms, at 2.8 tonnes, outperformed southern ones at 3.4 tonnes.", ("2.8 tonnes", "3.4 tonnes")),
])
def test_a_comparison_in_words_that_breaks_is_an_error(text, figures):
    assert figures in errors(text, "comparison") + errors(text, "ranking")


@pytest.mark.parametrize("text", [
    # "better" read from the measure only suggests the way
    "Women candidates fared better, 42.1%, than men at 49.6%.",
    # a superlative said apart from the figures only suggests the order
    "The steepest decline was recorded in the hospitality sector. Hospitality employment shrank by 8.9 per cent, "
    "while retail employment shrank by 11.3 per cent.",
])
def test_an_order_the_words_only_suggest_is_a_question(text):
    found = verdicts(text, "comparison") + verdicts(text, "ranking")
    assert any(status is Status.UNDETERMINED for status, _ in found)
    assert not any(status is Status.INCONSISTENT for status, _ in found)


def test_a_superlative_before_the_items_figures_orders_them():
    text = "Kano had the highest turnout. Turnout in Kano was 61.2%, against 48.0% in Lagos."
    assert (Status.CONSISTENT, ("61.2%", "48.0%")) in verdicts(text, "ranking")


def test_a_move_then_a_colon_steps_from_the_level_before():
    text = ("Passenger numbers at the airport stood at 3,412,900 in 2021-22. Numbers climbed again in the following "
            "year: 3,980,450 in 2022-23.")
    assert (Status.CONSISTENT, ("3,980,450", "3,412,900")) in verdicts(text, "change-direction")
    wrong = text.replace("3,980,450", "3,180,450")
    assert not errors(wrong, "change-direction")  # the mover names the series: only a question
    assert any(status is Status.UNDETERMINED for status, _ in verdicts(wrong, "change-direction"))


@pytest.mark.parametrize("text", [
    # comparatives about things other than the figures
    "Higher fuel prices hit hauliers, who moved 14.2 million tonnes in 2023 against 15.1 million tonnes in 2022.",
    "The new clinic is larger than the old one; it treated 4,310 patients and employed 58 nurses.",
    "Better weather helped tourism: arrivals were 812,000, and hotel occupancy was 64.2%.",
    # two periods of different measures
    "Enrolment reached 1,204 pupils in 2022. Spending per pupil rose to R14,600 in 2023.",
    # a superlative against its own past, and a sentence that names no item of the next
    "Output was the highest since 2007. Mines produced 2.4 million tonnes and smelters 1.9 million tonnes.",
    "Copper was the largest export earner. Exports reached $9.6 billion and imports $7.1 billion.",
    # "raised" moves something else than the figure after the colon
    "Sales were 4,100 units in May. The report raised concerns: 3,900 units were returned in June.",
    # a clause after "but" with no comparative of its own figure
    "Prices rose 3.2% in the year, but wages were flat at 4.1% of turnover.",
])
def test_figures_side_by_side_with_no_order_stated_are_not_compared(text):
    for check in ("comparison", "ranking", "change-direction"):
        assert not errors(text, check)


def test_a_move_named_in_the_old_levels_words_is_firm():
    text = "Licence fee income was N$48.2 million in 2019. Income from licence fees fell back to N$51.7 million in 2020."
    assert ("N$51.7 million", "N$48.2 million") in errors(text, "change-direction")
    # fewer words may name a wider measure: only a question
    wider = "Car exports were $4.1 billion in 2022. Exports fell to $9.3 billion in 2023."
    assert not errors(wider, "change-direction")
    assert any(status is Status.UNDETERMINED for status, _ in verdicts(wider, "change-direction"))


def test_a_list_then_the_place_it_holds_is_likely_largest_first():
    text = ("Syrians (334,800, or 28% of the total), Afghans (183,000, or 15%) and Iraqis (127,000, or 11%) remain the "
            "largest nationalities.")
    assert (Status.CONSISTENT, ("334,800", "183,000")) in verdicts(text, "ranking")
    assert (Status.CONSISTENT, ("183,000", "127,000")) in verdicts(text, "ranking")
    swapped = text.replace("183,000", "383,000")
    assert not errors(swapped, "ranking")
    assert (Status.UNDETERMINED, ("334,800", "383,000")) in verdicts(swapped, "ranking")


def test_a_leader_fronted_after_an_opening_adverbial_is_placed():
    text = ("Even so, with 3.2 million visa applications lodged there, Russia remained the top source country for visa "
            "applications. Applications in China came to 2.2 million.")
    assert (Status.CONSISTENT, ("3.2 million", "2.2 million")) in verdicts(text, "ranking")


def test_a_pronoun_mover_keeps_the_group_of_the_level_before():
    text = "Average house prices in the capital stood at €512,000 in 2023. In 2024 they rose to €431,500."
    assert ("€431,500", "€512,000") in errors(text, "change-direction")
    other = "Average house prices in the capital stood at €512,000 in 2023. In 2024 they rose to €431,500 in the north."
    assert not errors(other, "change-direction")


@pytest.mark.parametrize("text, figures", [
    ("More U.S. trademark applications were filed in 2013 than in 2012, the annual totals being 433,360 and 414,649 "
     "respectively.", ("433,360", "414,649")),
    ("Mobile uploads grew fastest, by 38.9 per cent, while fixed uploads grew 25.9 per cent.",
     ("38.9 per cent", "25.9 per cent")),
    ("Mobile uploads grew 38.9 per cent. Fixed downloads rose 31.6 per cent. Uploads over fixed broadband grew least, by "
     "25.9 per cent.", ("31.6 per cent", "25.9 per cent")),
])
def test_an_order_of_times_or_of_changes_in_words_holds(text, figures):
    assert (Status.CONSISTENT, figures) in verdicts(text, "comparison") + verdicts(text, "ranking")


def test_the_least_change_above_another_is_only_a_question():
    text = "Mobile uploads grew 38.9 per cent. Uploads over fixed broadband grew least, by 45.9 per cent."
    assert not errors(text, "ranking")
    assert (Status.UNDETERMINED, ("38.9 per cent", "45.9 per cent")) in verdicts(text, "ranking")
    # a fall is no item of an order of rises
    assert not verdicts("Mobile uploads fell 38.9 per cent. Fixed uploads grew least, by 25.9 per cent.", "ranking")


@pytest.mark.parametrize("text", [
    # the noun of change names another measure than the change before it
    "Exports fell 3.1 per cent over the year. The drop in imports over the year was larger than the 5.84 per cent fall "
    "of 2019.",
    # "faster, by" gives the gap, not the clause's own level
    "Wages rose 3.1% in the year, but prices grew faster, by 0.8%, reaching a rate of 3.9%.",
    # a passive outdoing puts the first item behind
    "Petrol cars, with 12,000 registrations, were outsold by diesel models at 14,000.",
    # an extreme against its own past is no place among items
    "Mobile uploads grew the most in a decade, by 18.9 per cent, while fixed uploads grew 25.9 per cent.",
    # "rose in three regions:" names places, not the time the series moved in
    "Sales were 12,000 in 2022. Sales rose in three regions: 4,100 in the north in 2023.",
])
def test_words_that_state_no_order_of_these_figures(text):
    for check in ("comparison", "ranking", "change-direction"):
        assert not errors(text, check)
    assert not any(status is Status.UNDETERMINED for status, _ in verdicts(text, "comparison") + verdicts(text, "ranking"))


@pytest.mark.parametrize("text, figures", [
    ("Kisumu's jobless rate, 9.2%, exceeded the national rate of 10.4%.", ("9.2%", "10.4%")),
    ("Nairobi led the table at 21%. Mombasa followed at 23%.", ("21%", "23%")),
])
def test_a_mark_of_a_wider_whole_or_a_next_place_broken_is_an_error(text, figures):
    assert figures in errors(text, "comparison") + errors(text, "ranking")


@pytest.mark.parametrize("text", [
    "Kisumu's jobless rate of 9.2% exceeded the national rate of 7.4%.",
    "Nairobi led the table at 41%. Mombasa followed at 23%.",
])
def test_a_mark_of_a_wider_whole_or_a_next_place_that_holds(text):
    assert any(status is Status.CONSISTENT for status, _ in verdicts(text, "comparison") + verdicts(text, "ranking"))
