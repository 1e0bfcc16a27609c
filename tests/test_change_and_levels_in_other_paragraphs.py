"""A rate of change in one paragraph, its two levels in another (grammar.named_levels, checks.growth): the level set
against the one before it with its measure said once, the levels of a table, the levels of a name that says more or
less than the change's, and the earlier level of a sentence that opens on the period before. Written here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

GROWTH = "growth-rate"
FILLER = "Mills blamed the weather for a slow start.\n\n"


def growth(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    """(status, figures as written, in text order) of each growth finding."""
    return [(status, tuple(sorted(figures, key=text.index))) for status, figures in verdicts(text, GROWTH)]


# --- a level set against the one before it, the measure said once for both ---------------------------------------

BOTH_IN_ONE = "Sugar exports came to 612,400 tonnes in 2023 and 548,900 tonnes in 2022, the board said.\n\n" + FILLER


@pytest.mark.parametrize("rate, status", [
    ("11.6%", Status.CONSISTENT),   # 612,400 / 548,900 - 1 = 11.57%
    ("16.1%", Status.INCONSISTENT),
])
def test_a_level_set_against_the_one_before_it_takes_its_name(rate, status):
    text = BOTH_IN_ONE + f"The {rate} rise in sugar exports came from new buyers in the Gulf."
    assert growth(text) == [(status, ("612,400 tonnes", "548,900 tonnes", rate))]


@pytest.mark.parametrize("levels", [
    # another measure between them: the second level is not the first's measure
    "Sugar exports came to 612,400 tonnes in 2023 and molasses exports 548,900 tonnes in 2022.\n\n",
    # another place between them
    "Sugar exports came to 612,400 tonnes in 2023 and 548,900 tonnes in Natal in 2022.\n\n",
    # one period for both: two parts of a list, not two years of one measure
    "Sugar exports came to 612,400 tonnes and 548,900 tonnes in 2023.\n\n",
])
def test_no_name_is_lent_across_another_measure_place_or_the_same_period(levels):
    text = levels + FILLER + "The 16.1% rise in sugar exports came from new buyers in the Gulf."
    assert growth(text) == []


# --- the two levels in a table ----------------------------------------------------------------------------------

TABLE = ("\n\n| Item | 2022 | 2023 |\n|---|---|---|\n| Sugar exports (tonnes) | 548,900 | 612,400 |\n"
         "| Molasses exports (tonnes) | 201,300 | 187,000 |\n")


@pytest.mark.parametrize("rate, status", [
    ("11.6 per cent", Status.CONSISTENT),
    # the table's label is the change's only tie to the cells: a mismatch is reported, never as an error
    ("16.1 per cent", Status.UNDETERMINED),
])
def test_a_change_is_read_between_the_cells_of_its_measure_in_a_table(rate, status):
    text = f"Sugar exports grew by {rate} in 2023, the board said on Monday.\n\n" + FILLER.strip() + TABLE
    assert growth(text) == [(status, (rate, "548,900", "612,400"))]


@pytest.mark.parametrize("text", [
    # a measure the table does not hold
    "Cane deliveries grew by 16.1 per cent in 2023, the board said on Monday." + TABLE,
    # a change of another year than the table's
    "Sugar exports grew by 16.1 per cent in 2021, the board said on Monday." + TABLE,
    # two rows of the change's name: which one is meant?
    "Sugar exports grew by 16.1 per cent in 2023." + TABLE + "| Sugar exports (tonnes) | 550,100 | 640,800 |\n",
])
def test_no_cells_are_read_for_another_measure_year_or_two_rows_of_one_name(text):
    assert growth(text) == []


# --- the levels of a name that says more or less ------------------------------------------------------------------

NEAR = (FILLER + "Sugar exports reached 612,400 tonnes in 2023. In 2022, sugar exports were 548,900 tonnes.")


@pytest.mark.parametrize("change, status", [
    ("Exports rose 11.6% in 2023, the board said.\n\n", Status.CONSISTENT),
    ("Exports rose 16.1% in 2023, the board said.\n\n", Status.UNDETERMINED),
    ("Kenya's sugar exports rose 16.1% in 2023, the board said.\n\n", Status.UNDETERMINED),
])
def test_a_change_is_read_between_the_levels_of_the_one_name_that_says_more_or_less(change, status):
    assert [s for s, _ in growth(change + NEAR)] == [status]


def test_no_near_name_is_read_when_two_names_have_both_levels():
    text = ("Exports rose 16.1% in 2023, the board said.\n\n" + NEAR
            + " Molasses exports reached 201,300 tonnes in 2023. In 2022, molasses exports were 187,000 tonnes.")
    assert growth(text) == []


# --- the earlier level of a sentence that opens on the period before ----------------------------------------------

LEAD = ("Sales of tiles rose 20 per cent, with 9,000 tonnes sold at home and 1,210 tonnes exported, a jump of "
        "{rate} in May 2024.\n\n")
EARLIER = "In May of last year, sales at home came to 7,500 tonnes, and exports to 1,104 tonnes."


def test_an_opening_on_the_period_before_dates_every_level_of_its_sentence():
    # 1,210 / 1,104 - 1 = 9.6%: the exports of May 2023, the second level of a sentence that opens on it
    assert growth(LEAD.format(rate="10 per cent") + EARLIER) == [
        (Status.CONSISTENT, ("1,210 tonnes", "10 per cent", "1,104 tonnes"))]


@pytest.mark.parametrize("text", [
    # the rate does not fit: words alone tie the levels, so nothing is said
    LEAD.format(rate="30 per cent") + EARLIER,
    # the sentence opens on the same month: no earlier level
    LEAD.format(rate="10 per cent") + "In May, sales at home came to 7,500 tonnes, and exports to 1,104 tonnes.",
])
def test_no_earlier_level_is_read_from_an_opening_of_the_same_period_or_a_rate_that_does_not_fit(text):
    assert growth(text) == []


# --- a change that names no period -------------------------------------------------------------------------------

UNDATED = "Sugar exports grew by {rate}, the board said on Monday.\n\n" + NEAR


@pytest.mark.parametrize("rate, status", [
    ("11.6%", Status.CONSISTENT),
    ("16.1%", Status.UNDETERMINED),  # no period ties it to the two years: never an error
])
def test_a_change_of_no_period_is_read_between_the_one_pair_of_years_of_its_name(rate, status):
    assert [s for s, _ in growth(UNDATED.format(rate=rate))] == [status]


def test_a_change_of_no_period_is_read_against_no_levels_of_three_years():
    text = UNDATED.format(rate="16.1%") + " In 2021, sugar exports were 498,300 tonnes."
    assert growth(text) == []
