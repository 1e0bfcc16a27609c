"""Relations the text states in shapes of its own (batch i of the paraphrase suite), each read as general grammar:

- shares of one whole: "split N ways" (a verb of dividing before the count), a sentence opening on "the structure
  of" a whole, and a share in one sentence whose whole the next sentence completes, the last part 'everything else';
- an overall rate and its groups: "A and B for girls and boys respectively (C overall)"; a word of everyone right
  after a bracketed figure ("(88.0% nationally)") names no group, and a group word after a figure's preposition
  is that figure's group, not the next one's;
- a change in points restated in basis points ("0.25 percentage point, or 25 basis points"), and the size of a
  move "from A to B" set off after it (", i.e. up D points");
- a growth rate beside its levels: a signed rate "y/y" after the new level with the old one a sentence later, the
  two levels after a colon (one marked "a season ago"), and "closing at B after starting at A";
- sums: amounts joined by "plus" that "put" a level at T, a table in prose ("Dhaka: 2,914. ... All divisions:
  5,097."), a level reached "between them" then each member's, a level then "How it is divided:";
- a gap "outnumbered ... by D" with its two sides after a colon ("17,906 to 14,692"), which are no parts of it;
- a ratio whose label holds its base ("sex ratio (males per 100 females) 106.3");
- a share of "that year's goal" is not of the plan of another year.
"""
from __future__ import annotations

import pytest

from tests._reading import errors, verdicts
from auditor.model import Status


def _checked(text: str, check: str) -> set[tuple[str, ...]]:
    return {figures for status, figures in verdicts(text, check) if status is not Status.UNDETERMINED}


def _consistent(text: str, check: str) -> list[tuple[str, ...]]:
    return [figures for status, figures in verdicts(text, check) if status is Status.CONSISTENT]


# ---- shares of one whole


def test_shares_of_a_whole_split_a_counted_number_of_ways():
    text = "The road fund is split three ways: 52.0% to trunk roads, 30.5% to rural roads and 17.5% to urban streets.\n"
    assert _consistent(text, "share-of-total") == [("52.0%", "30.5%", "17.5%")]
    assert errors(text.replace("30.5%", "40.5%"), "share-of-total") == [("52.0%", "40.5%", "17.5%")]
    # a count that is no verb of dividing's says only how many are listed: together no more than all
    partial = "Three parties won seats: 41.0% went to the Greens, 30.0% to the Liberals and 12.0% to the Farmers.\n"
    assert errors(partial, "share-of-total") == []


def test_a_sentence_opening_on_the_structure_of_a_whole_lists_all_its_shares():
    text = ("In the structure of household income, wages accounted for 58.3%; pensions accounted for 21.4%; "
            "transfers accounted for 12.9%; other income accounted for 7.4%.\n")
    assert _consistent(text, "share-of-total") == [("58.3%", "21.4%", "12.9%", "7.4%")]
    assert errors(text.replace("21.4%", "31.4%"), "share-of-total") == [("58.3%", "31.4%", "12.9%", "7.4%")]


def test_a_structure_sentence_with_an_earlier_level_is_no_list_of_shares():
    # a decoy: one share and its level a year before, then another share; no division of one whole is listed
    text = ("In the structure of exports, oil accounted for 44.1%, down from 51.2%, and metals accounted for 20.3%.\n")
    assert errors(text, "share-of-total") == []


def test_the_next_sentence_completes_the_whole_of_a_share_with_everything_else():
    text = ("Firms spend 46.5% of their research budgets on staff. Equipment takes 21.0%, licences 8.5%, and "
            "everything else 24.0%.\n")
    assert _consistent(text, "share-of-total") == [("46.5%", "21.0%", "8.5%", "24.0%")]
    assert errors(text.replace("8.5%", "18.5%"), "share-of-total") == [("46.5%", "21.0%", "18.5%", "24.0%")]


def test_a_sentence_of_its_own_whole_does_not_complete_the_share_before():
    # a decoy: the second sentence names its own whole ("of the rest"), so the first share is no part of its list
    text = ("Firms spend 46.5% of their research budgets on staff. Of the rest, equipment takes 41.0%, licences "
            "18.5%, and everything else 40.5%.\n")
    assert ("46.5%", "41.0%", "18.5%", "40.5%") not in _checked(text, "share-of-total")


# ---- an overall rate between its groups


def test_rates_for_two_groups_respectively_with_the_overall_in_brackets():
    text = "Completion rates were 88.2% and 79.6% for women and men respectively (84.1% overall), the ministry said.\n"
    assert _consistent(text, "total-between-groups") == [("88.2%", "79.6%", "84.1%")]
    assert errors(text.replace("84.1%", "90.1%"), "total-between-groups") == [("88.2%", "79.6%", "90.1%")]


def test_a_bracketed_figure_for_everyone_is_the_overall_one():
    text = "Access to piped water reached 93.5% among urban households and 61.2% among rural households (74.8% nationally).\n"
    assert _consistent(text, "total-between-groups") == [("93.5%", "61.2%", "74.8%")]
    assert errors(text.replace("74.8%", "95.8%"), "total-between-groups") == [("93.5%", "61.2%", "95.8%")]


def test_a_group_word_after_a_figure_is_not_the_next_figures_group():
    # a decoy: "urban" names 93.5%, and no figure is said to be everyone's: no overall figure to check
    text = "Access reached 93.5% among urban households and 61.2% among rural ones (74.8% of the total served).\n"
    assert errors(text, "total-between-groups") == []


# ---- points and basis points; a move's size set off


def test_a_change_in_points_restated_in_basis_points():
    text = "The bank lowered its policy rate by 0.75 percentage point, or 75 basis points, to 10.25%.\n"
    assert _consistent(text, "same-measure-conflict") == [("0.75 percentage point", "75 basis points")]
    assert errors(text.replace("75 basis", "50 basis"), "same-measure-conflict") == [("0.75 percentage point", "50 basis points")]


def test_two_changes_in_points_of_two_rates_are_no_restatement():
    # a decoy: two rates' moves joined by "and", not one change told twice
    text = "The bank cut its lending rate by 0.50 percentage point and its deposit rate by 25 basis points.\n"
    assert errors(text, "same-measure-conflict") == []


def test_the_size_of_a_move_from_one_rate_to_another_set_off_by_ie():
    text = "The poverty rate went from 24.1% to 21.7% between 2019 and 2022, i.e. down 2.4 points, the bureau said.\n"
    assert errors(text, "difference") == []
    broken = text.replace("21.7%", "20.7%")
    assert [s for s, _ in verdicts(broken, "difference")] == [Status.INCONSISTENT]


# ---- growth beside its levels


def test_a_signed_rate_year_on_year_and_the_old_level_in_the_next_sentence():
    text = "Group revenue $12.84bn in the first half, +9.2% y/y, the company said. A year earlier the figure was $11.76bn.\n"
    assert {frozenset(figures) for figures in _checked(text, "growth-rate")} == {frozenset(("$12.84bn", "+9.2%", "$11.76bn"))}
    assert errors(text, "growth-rate") == []
    assert errors(text.replace("$11.76bn", "$10.76bn"), "growth-rate") != []


def test_a_change_then_its_two_levels_after_a_colon_one_a_year_ago():
    text = "Cocoa export receipts are down 18.5% this year: $2.20 billion now, $2.70 billion a year ago, the board said.\n"
    assert errors(text, "growth-rate") == []
    assert {frozenset(figures) for figures in _checked(text, "growth-rate")} == {frozenset(("$2.20 billion", "18.5%", "$2.70 billion"))}
    assert errors(text.replace("$2.70 billion", "$3.70 billion"), "growth-rate") != []


def test_a_change_then_its_closing_and_opening_levels():
    text = "The main index gained 7.4% in the year, ending at 2,148.3 after opening it at 2,000.2, the exchange said.\n"
    assert errors(text, "growth-rate") == []
    assert errors(text.replace("2,000.2", "1,900.2"), "growth-rate") != []


def test_two_levels_after_a_colon_with_no_earlier_time_are_not_read():
    # a decoy: the two levels after the colon are two markets', neither marked as the earlier one
    text = "Cocoa export receipts are down 18.5% this year: $2.20 billion to Europe, $0.90 billion to Asia.\n"
    assert errors(text, "growth-rate") == []


# ---- sums


def test_amounts_joined_by_plus_that_put_a_level_at_their_sum():
    text = "$41.5 billion from the exchequer, plus $8.3 billion from donors, puts the health budget at $49.8 billion.\n"
    assert _consistent(text, "sum-of-parts") == [("$41.5 billion", "$8.3 billion", "$49.8 billion")]
    assert errors(text.replace("$8.3", "$9.3"), "sum-of-parts") != []


def test_a_table_in_prose_one_sentence_a_line():
    text = ("Cholera cases reported in the week, by province. Northern: 412. Eastern: 287. Western: 153. "
            "All provinces: 852.\n")
    assert _consistent(text, "sum-of-parts") == [("412", "287", "153", "852")]
    assert errors(text.replace("287", "297"), "sum-of-parts") != []


def test_a_level_reached_between_them_then_each_members_level():
    text = ("Between them, Mombasa and Lamu handled 36.2 million tonnes last year. Mombasa alone handled 34.9 "
            "million tonnes; Lamu, 1.3 million.\n")
    assert errors(text, "sum-of-parts") == []
    assert _consistent(text, "sum-of-parts") != []
    assert errors(text.replace("1.3 million", "2.3 million"), "sum-of-parts") != []


def test_a_level_then_how_it_is_divided():
    text = ("The ministry's grant for 2026 is $640m. How it is divided: $310m - primary schools; $220m - secondary "
            "schools; $110m - colleges.\n")
    assert _consistent(text, "sum-of-parts") != []
    assert errors(text.replace("$220m", "$260m"), "sum-of-parts") != []


def test_a_level_together_then_levels_of_another_count_are_no_breakdown():
    # a decoy: "together" with no count or pair naming the members; three levels follow
    text = ("The region's ports together handled 36.2 million tonnes last year. Mombasa handled 30.1 million "
            "tonnes, Lamu 1.3 million and Kisumu 0.4 million.\n")
    assert errors(text, "sum-of-parts") == []


# ---- a gap and its two sides; a ratio with its base in its label; a plan of another year


def test_a_gap_with_its_two_sides_after_a_colon():
    text = "Girls outnumbered boys among candidates sitting the final examinations by 2,418 this year: 51,306 to 48,888.\n"
    assert errors(text, "part-exceeds-whole") == []
    assert errors(text, "difference") == []
    assert errors(text.replace("2,418", "3,418"), "difference") != []


def test_a_ratio_with_its_base_in_its_label():
    text = "Census count: 812,400 males; 790,100 females; sex ratio (males per 100 females) 102.8.\n"
    assert errors(text, "ratio") == []
    assert _consistent(text, "ratio") != []
    assert errors(text.replace("102.8", "112.8"), "ratio") != []


def test_a_share_of_that_years_goal_is_not_of_another_years_plan():
    text = ("The utility's target for 2027 is 40,000 new connections. In 2026, 18,350 homes were connected — "
            "91.8 per cent of that year's goal, it said.\n")
    assert errors(text, "percent-of-plan") == []


@pytest.mark.parametrize("text", [
    "The ministry's target for 2027 is 40,000 connections. In 2026, 18,350 were made, 45.9 per cent of the 2027 target.\n",
])
def test_a_share_of_a_plan_named_by_its_year_is_still_read(text):
    assert errors(text, "percent-of-plan") == []


# ---- restatements in other words; a gap in points drawn from two sentences of one rate each


def test_a_round_amount_then_a_phrase_of_precision_and_the_exact_one():
    text = "Registered job-seekers numbered 58.6 thousand in March, the employment service said; in exact terms, 58,612.\n"
    assert _consistent(text, "same-measure-conflict") == [("58.6 thousand", "58,612")]
    assert errors(text.replace("58,612", "61,612"), "same-measure-conflict") == [("58.6 thousand", "61,612")]


def test_an_exact_amount_then_that_is_a_little_over_a_round_one():
    text = "Passengers carried in the year: 2,413,907, the airline said. That is a little over 2.4 million.\n"
    assert _consistent(text, "same-measure-conflict") == [("2,413,907", "2.4 million")]
    assert errors(text.replace("2,413,907", "2,213,907"), "same-measure-conflict") == [("2,213,907", "2.4 million")]


def test_that_is_an_amount_fewer_is_a_comparison_not_a_restatement():
    # a decoy: the amount after "That is" is a gap to another time, not the level told again
    text = "Passengers carried in the year: 2,413,907, the airline said. That is 212,000 fewer than in 2019.\n"
    assert errors(text, "same-measure-conflict") == []


def test_a_gap_in_points_restating_a_move_told_over_two_sentences():
    text = "The jobless rate was 7.9% in January. It has since fallen to 6.8%, the agency said. That is a drop of 1.1 points.\n"
    assert errors(text, "difference") == []
    broken = text.replace("7.9%", "8.9%")
    assert [s for s, _ in verdicts(broken, "difference")] == [Status.INCONSISTENT]


def test_two_rates_in_two_sentences_and_a_change_of_something_else_are_not_read():
    # a decoy: the third sentence's change in points is another measure's, not drawn from the two rates
    text = "The jobless rate was 7.9% in January. It has since fallen to 6.8%. Wage growth slowed by 1.9 points.\n"
    assert errors(text, "difference") == []


# ---- levels and changes as labelled items of one line; shares of bands that cover everyone


def test_two_levels_labelled_by_years_then_their_change():
    text = "Cargo through the port, by year: 2022: 1,204,330; 2023: 1,286,910; change: +6.9%.\n"
    assert errors(text, "growth-rate") == []
    assert _checked(text, "growth-rate") != set()
    assert errors(text.replace("+6.9%", "+9.6%"), "growth-rate") != []


def test_a_level_then_its_change_and_the_previous_level_in_brackets():
    text = "Policy decision, 14 March: repo rate 6.50% (+25bps; previous: 6.25%).\n"
    assert errors(text, "difference") == []
    assert errors(text.replace("+25bps", "+50bps"), "difference") != []


def test_a_bracket_of_another_kind_holds_no_previous_level():
    # a decoy: the bracket gives the change and a target, not the level before
    text = "Policy decision, 14 March: repo rate 6.50% (+25bps; target: 4.00%).\n"
    assert errors(text, "difference") == []


def test_shares_of_age_bands_that_run_from_zero_to_an_open_top():
    text = "Households by age of head, share of all: under 30, 14.2%; 30-59, 61.5%; 60 and over, 24.3%.\n"
    assert _consistent(text, "share-of-total") == [("14.2%", "61.5%", "24.3%")]
    assert errors(text.replace("61.5%", "71.5%"), "share-of-total") == [("14.2%", "71.5%", "24.3%")]


def test_bands_with_a_gap_between_them_cover_no_whole():
    # a decoy: 30-44 and 50-64 leave ages out, so the shares need not add up to all
    text = "Workers by age, share of all: under 30, 14.2%; 30-44, 31.5%; 50-64, 22.3%; 65 and over, 4.1%.\n"
    assert errors(text, "share-of-total") == []


# ---- an anaphor given as a share of a whole; a plan named by the verb after its figure


def test_that_figure_is_a_share_of_a_whole_stated_after_it():
    text = ("About 2.4 million pensioners received the winter bonus, the ministry said. That figure is 18.5% of all "
            "13.0 million pensioners in the country.\n")
    assert _consistent(text, "share-of-total") == [("18.5%", "13.0 million", "2.4 million")] or \
        {frozenset(f) for f in _consistent(text, "share-of-total")} == {frozenset(("18.5%", "13.0 million", "2.4 million"))}
    assert errors(text.replace("18.5%", "22.5%"), "share-of-total") != []


def test_that_is_a_share_of_another_year_is_not_read_against_the_level_before():
    # a decoy: the share after the anaphor has no whole after "of" that is a level of the unit
    text = "About 2.4 million pensioners received the winter bonus. That is 18.5% more than last winter.\n"
    assert errors(text, "share-of-total") == []


def test_a_share_of_a_pledge_whose_figure_the_promise_verb_follows():
    text = ("Of the 1,200 classrooms the ministry pledged to build by 2025, only 744 were finished by June, 62.0 per "
            "cent of the pledge, auditors found.\n")
    assert errors(text, "percent-of-plan") == []
    assert errors(text.replace("62.0 per", "72.0 per"), "percent-of-plan") != []
