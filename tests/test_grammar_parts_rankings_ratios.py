"""The meaning layer's readings of the words around figures that the checks sum-of-parts, part-exceeds-whole,
same-measure, total-between-groups, ranking, ratio, growth, change-with-rate and promise once spelled as their
own patterns: a whole and its parts (grammar.parts), a ranking told in words (grammar.rankings), a ratio's base
(grammar.ratios), a change with its rate (grammar.move_words) and a promise kept (grammar.plans). Each phrase is
written here, with decoys that must not read."""
from __future__ import annotations

import pytest

from auditor.grammar import lexicon, move_words, nearby, parts, plans, rankings, ratios


# ---- a whole and its parts ----------------------------------------------------------------------

@pytest.mark.parametrize("lead, opens", [
    ("Of the ", True), ("Of the 2022 graduates, among all ", True), ("The survey found that out of the registered ", True),
    ("Exports rose to ", False), ("The ministry spent ", False),
])
def test_a_whole_that_opens_a_list_of_parts(lead, opens):
    assert parts.opens_a_list_of_parts(lead) is opens


@pytest.mark.parametrize("gap, goes_on", [
    (" were male and ", True), (", ", True), (" boys, a total of ", False), (" urban, while ", False),
    (" per ", False), ("; ", False), (" in 2011 and ", False),
])
def test_the_words_between_two_parts_of_one_list(gap, goes_on):
    assert parts.list_goes_on(gap) is goes_on


def test_a_part_label_before_its_colon_or_after_its_figure():
    text = "Of the 41.7m males: Fully employed: 21.1m, Underemployed: 11m"
    at = text.index("21.1m")
    assert parts.part_label(text, at, at + 5).strip() == "Fully employed"
    text = "Of the 574,125 who sat, 300,995 were male and 273,130 female."
    at = text.index("300,995")
    assert parts.part_label(text, at, at + 7).strip() == "were male"


@pytest.mark.parametrize("label, residual", [
    (" were not economically active", True), (" others", True), (" the rest", True), (" non-members", True),
    (" male", False), (" in the north", False),
])
def test_a_group_that_holds_the_rest(label, residual):
    assert parts.is_residual_group(label) is residual


def test_a_whole_taken_apart_and_what_is_left_of_it():
    assert parts.whole_taken_apart_before("Of the ") and parts.whole_taken_apart_before("among all ")
    assert not parts.whole_taken_apart_before("revenue of ")  # a measure's amount, no whole taken apart
    assert parts.names_a_whole_left_over("and the remaining ") and parts.names_a_whole_left_over("the rest ")
    assert not parts.names_a_whole_left_over("and the first ")


def test_a_whole_named_before_its_parts_and_parts_named_before_their_total():
    assert parts.names_a_whole_then_parts("In 2001 the rural population consisted of ").strip() == "rural population"
    assert parts.names_a_whole_then_parts("For the urban population, the corresponding figures were ") == "urban population"
    assert parts.names_a_whole_then_parts("Exports rose sharply to ") is None
    assert parts.names_parts_then_their_total("Exports and imports together were worth ") == ("Exports", "imports")
    assert parts.names_parts_then_their_total("Exports and imports were worth ") is None  # no "together": two levels


def test_of_this_opens_on_the_whole_before():
    assert parts.opens_on_the_whole_before("Of this, ") and parts.opens_on_the_whole_before("Out of the total, ")
    assert not parts.opens_on_the_whole_before("Of the 400 staff, ")
    assert parts.compared_against_before("6.8% higher than the revised estimate of ")
    assert not parts.compared_against_before("collections stood at ")
    assert parts.picked_out_before("Of this, including ")
    assert not parts.picked_out_before("Of this, including grants; loans came to ")


@pytest.mark.parametrize("gap, cue", [
    (", of which ", "of which"), (", including ", "including"), (". Among them, ", "among them"),
    (", within this total ", "within this"),
])
def test_a_cue_that_makes_the_next_figure_a_part(gap, cue):
    m = parts.part_cue_in(gap)
    assert m is not None and m.group().lower() == cue


def test_a_time_after_the_cue_is_no_partitive():
    assert parts.part_cue_in(" of this year's ") is None


def test_an_anaphor_or_out_of_makes_a_figure_a_part():
    assert parts.anaphor_after("1,205 of them social housing", 5)
    assert parts.anaphor_after("1,900 of whom work in sales", 5)
    assert not parts.anaphor_after("1,900 of cattle", 5)
    assert parts.part_out_of_whole_between(" members out of ") and parts.part_out_of_whole_between(" of the ")
    assert not parts.part_out_of_whole_between(" members and ")
    assert parts.part_list_ends("including machinery and fuel, while exports fell to ", 9)
    assert not parts.part_list_ends("including machinery and fuel worth ", 9)


def test_a_whole_named_again_later():
    assert parts.named_whole_noun("the 2024 budget") == "budget"
    assert parts.named_whole_noun("labour force") == "labour force"
    assert parts.named_whole_noun("exports of cocoa") is None
    text = "N 3,344 trillion has been earmarked in the budget."
    assert parts.names_the_whole_again("budget").search(text)
    assert parts.allocates_in(text, 0, len(text))
    assert not parts.allocates_in("Revenue rose 4%.", 0, 16)


def test_the_rest_and_the_parts_a_measure_is_made_of():
    text = "the urban population consisted of some 30,112"
    assert parts.composed_of_before(text, 0, text.index("30,112"))
    text = "The remaining eleven member countries had 412"
    assert not parts.the_rest_before(text, 0, text.index("412"))  # "The remaining" is not right before the figure
    text = "and the remaining 412"
    assert parts.the_rest_before(text, 0, text.index("412"))


def test_two_groups_rates_or_a_split_of_one_whole():
    assert parts.tells_a_split_of_one_whole("Girls made up 51.1% of pupils, and boys 48.9%")
    assert not parts.tells_a_split_of_one_whole("The pass rate was 61.2% for girls and 55.0% for boys")
    assert parts.change_named_before("an increase of 7,184 (") and parts.change_named_before("was up ")
    assert not parts.change_named_before("the overall rate was ")


def test_years_next_to_figures():
    assert parts.year_said_after(" in 2001, against") == "2001"
    assert parts.year_said_after(" for the year 2011") == "2011"
    assert parts.year_said_after(" tonnes") is None
    assert parts.year_after_list(" females in 2011") == "2011"
    assert parts.is_a_year("2011") and not parts.is_a_year("2011-Q2")
    assert parts.years_in("between 1991 and 2011") == ["1991", "2011"]
    assert nearby.years_written_in("in 2018, or 20185") == ["2018"]


# ---- rankings told in words ---------------------------------------------------------------------

def test_a_superlative_and_the_figure_it_ranks():
    text = "Energy recorded the highest annual rate (9.5%) and services the lowest."
    found = [m.group(0).lower() for m in rankings.superlatives_in(text, 0, len(text))]
    assert found == ["the highest", "the lowest"]
    assert rankings.leads_to_its_figure(" annual rate (")
    assert not rankings.leads_to_its_figure(" rate since 2007 compared with ")  # the figure is a base
    assert rankings.ranked_against_its_past(" since 2007", 0)
    assert not rankings.ranked_against_its_past(" rate (9.5%)", 0)
    assert rankings.making_it_between(" per cent, making it ")  # up to the superlative's "the"
    assert not rankings.making_it_between(" per cent; it is ")


def test_an_order_carried_on_and_a_second_place():
    assert rankings.carries_the_order_on(". Next come food, alcohol & tobacco at ")
    assert rankings.carries_the_order_on(", then services at ")
    assert not rankings.carries_the_order_on(" and services at ")
    assert rankings.names_the_second_place("Edmonton came a close second with ")
    assert not rankings.names_the_second_place("Edmonton grew by ")


def test_a_listing_and_a_rank_table():
    assert rankings.label_before_colon("Physics - A1-C6: ") == "Physics - A1-C6"
    assert rankings.label_before_colon("(65.3%); A1-C6: ") == "A1-C6"
    assert rankings.label_before_colon("grew by ") is None
    assert rankings.line_head("Physics - A1-C6: ") == "Physics"
    assert rankings.is_listing_total("Total") and not rankings.is_listing_total("Physics")
    assert rankings.names_the_label(" candidates scoring A1-C6", "A1-C6")
    assert not rankings.names_the_label(" candidates scoring A1-C6", "A1")
    assert rankings.up_to_clause_end(" scoring A1-C6, while B had") == " scoring A1-C6"
    assert rankings.is_rank_header("Rank") and not rankings.is_rank_header("Region")
    assert rankings.names_the_low_end("Regions with the lowest rates")


def test_an_overall_rate_between_the_best_and_the_worst():
    assert rankings.rate_noun_after_superlative(" pass percentage (") == "pass percentage"
    assert rankings.rate_noun_after_superlative(" number of passes (") is None
    assert rankings.overall_rate_before("pass percentage").search("with an overall pass percentage of ")
    assert not rankings.overall_rate_before("pass percentage").search("the district's pass percentage of ")


# ---- a ratio's base; a change with its rate; a promise kept --------------------------------------

def test_a_ratio_base():
    assert ratios.round_base_after(" females per 1,000 males") == (1000, "males")
    assert ratios.round_base_after(" per 100,000") == (100000, None)
    assert ratios.round_base_after(" per cent") is None
    assert ratios.base_counted_after(" for each of the 12 libraries")
    assert not ratios.base_counted_after(" for the year")
    assert ratios.amount_per_unit_after(" pence per kWh")
    assert ratios.names_the_base("males", "1,210 men and") and ratios.names_the_base("households", "2,400 households")
    assert not ratios.names_the_base("males", "2,400 households")


def test_a_change_with_its_rate():
    assert move_words.rate_beside_change(" (") and move_words.rate_beside_change(", or ")
    assert not move_words.rate_beside_change(" to ")
    assert move_words.level_reached_before("rose by 16,400 (2.7%) to a record ")
    assert not move_words.level_reached_before("rose by 16,400 (2.7%) at ")
    assert move_words.level_left_before("down from the ")
    assert move_words.ends_the_change_clause(" whereas unemployment fell from ")
    assert move_words.ends_the_change_clause(", although output held at ")
    assert not move_words.ends_the_change_clause(" to ")
    assert move_words.breaks_the_clause_or_concedes(" despite volumes falling to ")
    assert not move_words.breaks_the_clause_or_concedes(" to ")
    assert move_words.one_rate_for_several("Both grew 16.9 percent")
    assert move_words.year_on_year_after(" year-on-year to") and move_words.year_on_year_after(", y-o-y")
    assert not move_words.year_on_year_after(" on the month")


def test_a_promise_said_to_be_met():
    assert plans.promise_in("The government pledged to help more than ")
    assert not plans.promise_in("By Thursday receipts had reached a record of more than ")
    assert plans.said_to_be_met("and the pledge was met: 83,000 people were placed")
    assert not plans.said_to_be_met("and 83,000 people were placed")


def test_a_span_of_change_in_the_clause_of_a_change():
    sentence = "Between the second quarter of 2017 and the second quarter of 2018 productivity rose 1.3%"
    at = sentence.index("1.3%")
    assert nearby.clause_names_a_span_of_change(sentence, at, at + 4)
    sentence = "Over the last four quarters output grew, and productivity rose 1.3%"
    at = sentence.index("1.3%")
    assert not nearby.clause_names_a_span_of_change(sentence, at, at + 4)


def test_plain_words():
    assert lexicon.plain_words("non-food retail sales") == ["non-food", "retail", "sales"]


@pytest.mark.parametrize("name", ["NAMED_WHOLE_NOUNS", "ALLOCATING_STEMS", "ALLOCATING_PHRASES", "CHANGE_OF_NOUNS",
                                  "SPLIT_OF_A_WHOLE_WORDS", "CONCESSIONS", "ONE_RATE_FOR_SEVERAL",
                                  "YEAR_ON_YEAR_PHRASES", "PROMISE_MET_WORDS"])
def test_the_moved_vocabularies_are_lower_case_and_unique(name):
    vocabulary = getattr(lexicon, name)
    assert all(p == p.lower() and p == p.strip() for p in vocabulary), name
    assert len(set(vocabulary)) == len(vocabulary), name
