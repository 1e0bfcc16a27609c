"""Readings that misfired on invented statistics releases nobody tuned on: a markdown table's alignment
row ("|---|---|") is no header, so a cell under "Change (%)" is a percentage; a percentage before
"basis" names the basis a figure is counted on ("68.2 Mt (100% basis)"), not a share; a percentage of a
defined measure takes as its part a level of that measure ("the four biggest towns held 38% of the
population" counts towns) and not the level a comparison set aside ("compared with $198 million, or
12.4% of revenue"). The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import errors, statuses, verdicts
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT


def _table(title: str, header: str, rows: list[str]) -> str:
    width = header.count("|") - 1
    return f"Release.\n\n{title}\n\n{header}\n|{'---|' * width}\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("text", [
    _table("Table 2. Hospital admissions by cause (thousands)", "| Cause | YE March 2024 | YE March 2025 | Change (%) |",
           ["| Injuries | 4,180 | 4,051 | -3 |", "| Infections | 2,600 | 2,678 | 3 |"]),
    _table("Road freight by region (million tonnes)", "| Region | FY2023 | FY2024 | Growth % |",
           ["| North | 512 | 538 | 5 |", "| South | 730 | 701 | -4 |"]),
])
def test_a_cell_under_a_percent_header_of_a_markdown_table_is_a_percentage(text):
    found = verdicts(text, "difference")
    assert not [f for f in found if f[0] is not OK], found  # no cell read as a difference in the levels' unit
    growth = verdicts(text, "growth-rate") + verdicts(text, "table-arithmetic")
    assert any(status is OK and len(figures) == 3 for status, figures in growth), growth


def test_a_wrong_percentage_in_a_markdown_change_column_is_still_an_error():
    text = _table("Table 2. Hospital admissions by cause (thousands)", "| Cause | YE March 2024 | YE March 2025 | Change (%) |",
                  ["| Injuries | 4,180 | 4,051 | -9 |", "| Infections | 2,600 | 2,678 | 3 |"])
    assert any("-9" in figures for figures in errors(text, "table-arithmetic") + errors(text, "growth-rate"))


@pytest.mark.parametrize("text", [
    "Iron ore shipments were 68.2 Mt (100% basis), up 4% on a year earlier. Guidance is 265–275 Mt.",
    "Copper sales came to 410 kt on a 100 per cent basis, compared with guidance of 1,600-1,700 kt.",
    "The joint venture produced 92,000 ounces (100% equity basis) against a plan of 380,000 ounces.",
])
def test_a_percentage_before_basis_is_no_share(text):
    assert [s for s, _ in verdicts(text, "share-of-total") if s is not OK] == []


def test_a_share_beside_a_basis_is_still_checked():
    text = "Of the 8,000 tonnes shipped on a 100% basis, 2,000 tonnes (40%) went to Asia."
    assert errors(text, "share-of-total")


@pytest.mark.parametrize("text", [
    "The region had 2,400,000 residents in 2024. The four biggest towns held 38.0 per cent of the population.",
    "The labour force numbered 3,100,000. The three largest employers held 12 per cent of the labour force.",
])
def test_a_number_word_counting_the_members_of_a_group_is_no_part_of_the_measure(text):
    assert errors(text, "defined-measure") == []


def test_a_share_of_a_comparison_set_aside_is_not_read_with_the_level_before_it():
    text = ("Revenue for the quarter was $2.40 billion, against $2.10 billion a year earlier.\n\n"
            "Operating income was $300 million, or 12.5% of revenue, compared with $231 million, or 11.0% of revenue, "
            "a year earlier.")
    found = verdicts(text, "defined-measure")
    assert not [f for f in found if f[0] is ERROR], found
    assert not [f for f in found if "11.0%" in f[1] and "$300 million" in f[1]], found


def test_a_wrong_share_of_a_defined_measure_is_still_an_error():
    # the count of towns no longer stands beside the level of the measure as a second part
    text = ("The population was 2,400,000 in 2024. The four biggest towns had 1,200,000 residents, or 38.0 per cent "
            "of the population.")
    assert errors(text, "defined-measure")


@pytest.mark.parametrize("text", [
    _table("Council election results", "| Party | Votes | Share (%) | Seats | Change in seats |",
           ["| Greens | 41,200 | 30.0 | 12 | 3 |", "| Labour | 96,130 | 70.0 | 28 | -3 |"]),
    _table("Library loans by branch, 2024", "| Branch | Loans | Change from 2023 (%) | Loans per 1,000 residents |",
           ["| Central | 612,000 | 4.1 | 930 |", "| Westside | 208,000 | -2.6 | 410 |"]),
])
def test_two_columns_of_different_measures_are_not_the_ends_of_a_change(text):
    found = verdicts(text, "difference") + verdicts(text, "growth-rate")
    assert not [f for f in found if f[0] is not OK], found


def test_two_columns_of_one_measure_in_two_periods_are_still_checked():
    text = _table("Council seats", "| Party | Seats 2021 | Seats 2025 | Change in seats |",
                  ["| Greens | 9 | 12 | 5 |", "| Labour | 31 | 28 | -3 |"])
    assert any("5" in figures for figures in errors(text, "difference") + errors(text, "table-arithmetic"))


@pytest.mark.parametrize("text", [
    "A total of 45,000 pupils sat exams. Of these, 41,000 took the main track.\n\nIn Chemistry, 9,800 pupils sat "
    "the paper, representing 23.9 per cent of those on the main track. The proportion achieving a distinction was "
    "11.2 per cent.",
    "In total 12,000 firms were eligible.\n\nSome 4,300 firms applied for the grant, accounting for 35.8 per cent "
    "of eligible firms. The share approved within a month was 64 per cent.",
])
def test_a_share_tied_to_its_count_leaves_a_later_share_untied(text):
    found = verdicts(text, "share-of-total")
    assert [f for f in found if f[0] is not OK and f[0] is not Status.IMPLIED] == [], found
    assert any(status in (OK, Status.IMPLIED) for status, _ in found)  # the first share is still read


def test_a_share_tied_across_a_long_clause_is_still_checked():
    text = ("The district has a total of 48,000 households.\n\nSome 9,600 households took the survey, representing 35 "
            "per cent of all households.")
    assert errors(text, "share-of-total") or errors(text, "defined-measure") or any(
        s is ERROR for s, _ in verdicts(text, "share-of-total"))


@pytest.mark.parametrize("text", [
    "Subscribers paying more than $50 a month increased to 12,400 from 10,900, and the renewal rate was 112%.",
    "Active borrowers rose to 1,350 from 1,180 this year, and the loan recovery rate was 114%.",
])
def test_a_rate_after_a_level_and_its_old_level_is_not_their_ratio(text):
    assert errors(text, "share-of-total") == []


def test_an_old_level_with_its_share_in_brackets_is_still_a_part():
    text = "Of 20,000 members, 5,600 now vote online, up from 4,000 (20%) last year."
    assert any("4,000" in figures and status is OK for status, figures in verdicts(text, "share-of-total"))


@pytest.mark.parametrize("text", [
    "The council expects an operating deficit before gains and losses of $412 million in the year to June 2025, "
    "narrowing to $180 million in 2026/27 before returning to a surplus of $25 million in 2028/29.",
    "The pension fund ran a shortfall of €3.1 billion in 2022, shrinking to €1.4 billion in 2024, and is projected "
    "to show a surplus of €0.6 billion in 2026.",
])
def test_three_levels_of_one_balance_in_three_periods_are_a_series_not_a_gap(text):
    assert errors(text, "difference") == []


@pytest.mark.parametrize("text", [
    "In 2024 tax revenue was $5.1 billion and spending $5.6 billion, a deficit of $0.8 billion.",
    "Imports were 9,870 tonnes and exports 6,540 tonnes in 2024, leaving a gap of 3,930 tonnes.",
])
def test_a_gap_between_two_levels_of_one_period_is_still_checked(text):
    assert errors(text, "difference")


@pytest.mark.parametrize("text", [
    "In 2024, 64% of adults read a newspaper weekly. The share who paid for news online rose to 22%, from 17% five "
    "years earlier.",
    "Some 58% of farms had broadband in 2023. The proportion using drones climbed to 12%, from 7% in 2019.",
])
def test_a_move_that_names_its_own_old_level_after_a_comma_does_not_step_from_the_level_before(text):
    found = verdicts(text, "change-direction")
    assert [f for f in found if f[0] is not OK] == [], found


def test_a_move_after_a_comma_against_its_own_old_level_is_still_checked():
    text = "In 2024, 64% of adults read a newspaper weekly. The share who paid for news online rose to 22%, from 27% five years earlier."
    assert any(status is not OK for status, _ in verdicts(text, "change-direction") + verdicts(text, "comparison"))


@pytest.mark.parametrize("text", [
    "The bank's gross NPA ratio improved to 2.31 per cent from 2.88 per cent.",
    "Impaired loans improved to 1.9% of the book from 2.4% a year earlier.",
])
def test_an_improvement_in_bad_loans_is_a_fall(text):
    found = verdicts(text, "change-direction")
    assert [f for f in found if f[0] is not OK] == [], found


@pytest.mark.parametrize("text", [
    "# Solar met 18.5% of demand in 2024\n\nGeneration reached 98,000 GWh in 2024. Solar parks produced 18,130 GWh, "
    "a record.\n\nGas fell to 21.0% of the mix. The national plan targets a 40% solar share by 2030.",
])
def test_a_target_in_the_body_does_not_restate_the_titles_outcome(text):
    found = verdicts(text, "same-measure-conflict")
    assert [f for f in found if f[0] is not OK] == [], found


def test_a_title_figure_the_body_contradicts_is_still_flagged():
    text = ("# Wind supplied 41.2% of power in 2024\n\nWind farms produced 44.2% of the country's electricity in 2024, "
            "ahead of gas at 28.0%. The grid plan targets a 65% wind share by 2030.")
    assert any(status is not OK for status, _ in verdicts(text, "same-measure-conflict"))


@pytest.mark.parametrize("text", [
    "Turnout was highest in the capital (81%) and lowest in the north (57%). The gap between the two regions "
    "narrowed from 31 to 24 percentage points.",
    "Pass rates ranged from 93% in the best school to 61% in the weakest. The spread between boys and girls fell "
    "from 9 to 6 points.",
])
def test_a_gap_in_points_that_moved_from_its_own_old_level_is_no_change_between_other_rates(text):
    found = verdicts(text, "difference")
    assert [f for f in found if f[0] is not OK] == [], found


def test_a_change_in_points_beside_two_rates_is_still_checked():
    text = "The pass rate rose to 68.5% this year. In 2023 it was 64.0%, so the rise comes to 3.5 percentage points."
    assert errors(text, "difference")


@pytest.mark.parametrize("text", [
    "Cargo volumes rose 1.4 per cent to 171,000 metric tons in September. Aircraft movements increased by 2.0 per "
    "cent to 39,900, while maximum take-off weights grew 2.9 per cent to about 2.5 million metric tons.",
    "Grain loadings rose 3 per cent to 412,000 tonnes in May. Ship calls increased to 310, while the gross "
    "tonnage handled grew 6 per cent to about 9.8 million tonnes.",
])
def test_a_unit_of_measure_names_no_measure_of_its_own(text):
    assert [s for s, _ in verdicts(text, "same-measure-conflict") if s is not OK] == []


def test_one_measure_in_tonnes_stated_twice_is_still_read():
    text = ("Wheat exports reached 8.1 million tonnes in 2024.\n\nThe ministry said wheat exports were 8.4 million "
            "tonnes in 2024, a record.")
    assert [s for s, _ in verdicts(text, "same-measure-conflict") if s is not OK]


def test_counts_of_two_things_are_no_levels_of_one_change():
    # 142 counts nations, not last year's runners
    text = "A record 46,200 runners from 142 nations took part in the race on Sunday, 3,100 more than last year."
    assert statuses(text, "difference") == []


def test_a_percentage_over_a_season_is_a_level_not_a_change():
    text = ("Bed occupancy averaged 93.3 per cent over the winter, compared with 92.1 per cent the previous winter "
            "and the recommended maximum of 85 per cent.")
    assert statuses(text, "difference") == [] and statuses(text, "growth-rate") == []


def test_the_remaining_after_amounts_named_by_their_measures_has_no_whole_among_them():
    text = ("The plan is funded from local revenue of N2.10 trillion and federal grants of N0.68 trillion, with the "
            "remaining N0.59 trillion from borrowing.")
    assert statuses(text, "sum-of-parts") == []
