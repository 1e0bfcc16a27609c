"""A part and its whole stated in different sentences: those an event displaced among those it affected, an
account's items within its stated total (loans within total assets, a profit within total income), a month within a running total over months across the new year, a
kind of a flow within the flow's total when a death is counted by "killed" or a production by "generation",
and a definite stretch of time ("over the same nine months") that points back to the period named before.
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.extract.periods import find_periods, months_in
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "part-exceeds-whole")


def members(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).members]


def within(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).within]


# --- those displaced among those affected -------------------------------------------------------------------
AFFECTED = [
    # (text with the displaced count as {part}, the part's noun's whole)
    ("The cyclone has affected 31,460 households in nine districts.\n\n"
     "Some 58 shelters are open, sheltering {part} households.", "31,460"),
    ("Flooding affected 12,870 people across the valley. A further {part} people are staying with relatives.",
     "12,870"),
    ("In all, 4,210 families were affected by the landslides. Of the 14 evacuation centres opened, 9 remain in "
     "use. {part} families have been displaced.", "4,210"),
]


@pytest.mark.parametrize("text, whole", AFFECTED)
def test_a_count_in_a_displaced_state_is_among_those_affected(text, whole):
    assert members(text.format(part="2,115")) == [("2,115", whole)]
    # (the findings on the displaced count: "Of the 14 evacuation centres" has readings of its own)
    assert [v for v in verdicts(text.format(part="2,115")) if "2,115" in v[1]] == [(Status.CONSISTENT, ("2,115", whole))]
    assert [v for v in verdicts(text.format(part="52,115")) if "52,115" in v[1]] \
        == [(Status.INCONSISTENT, ("52,115", whole))]


def test_those_in_shelters_and_those_staying_elsewhere_add_up_to_no_more_than_those_affected():
    text = ("The storm has affected 8,640 families with 31,200 persons.\n\n"
            "Open evacuation centres are sheltering 5,105 families or 18,321 persons.\n\n"
            "Another 4,227 families or 15,106 persons are staying with relatives or friends.")
    found = verdicts(text)
    assert (Status.CONSISTENT, ("5,105", "8,640")) in found
    assert (Status.CONSISTENT, ("15,106", "31,200")) in found
    # together above the whole: only doubtful (the words do not say no family is counted twice)
    assert (Status.UNDETERMINED, ("5,105", "4,227", "8,640")) in found
    assert not [f for status, f in found if status is Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # another noun: households are not persons
    "The cyclone has affected 31,460 households. Shelters are housing 52,115 people.",
    # another year's event
    "Floods in 2022 affected 12,870 people. In 2024, 52,115 people were displaced by the drought.",
    # one place's affected count is no whole for what follows it
    "In Sarangani province alone, 12,870 families were affected. Evacuation centres are sheltering 52,115 "
    "families.",
    # too far on: the report has moved to another matter
    "The floods affected 12,870 families. Roads were closed. Schools were shut. Power failed. Crops were lost. "
    "In the capital, 52,115 families are staying with relatives after the fire.",
    # a group displaced before those affected are counted is no part of a later total
    "The fire displaced 52,115 people. The drought has since affected 12,870 people.",
    # the verb of the count before, past a semicolon, is not this count's; nor is another event's time
    "Power cuts affected 12,870 households; 52,115 households were relocated after the 2019 fire.",
    "Power cuts affected 12,870 households. In 2019, 52,115 households were relocated after the fire.",
    # a count the words date before the time in view is another event's
    "The previous season's cyclone affected 12,870 households. Schools are sheltering 52,115 households.",
    "Drought has affected 52,115 people. Floods last year had displaced 61,400 people.",
])
def test_counts_the_words_do_not_place_among_those_affected_are_not_related(text):
    assert members(text) == []
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


# --- an account's items within its total ---------------------------------------------------------------------
ACCOUNTS = [
    ("Total assets of the bank rose to GHS 48.6 billion in 2024. Gross loans stood at {part} in 2024.",
     "GHS 48.6 billion"),
    ("At the end of June 2025 the lender's total net assets were KSh 2.33 trillion.\n\nInvestment securities "
     "were worth {part} at the end of June 2025.", "KSh 2.33 trillion"),
]


@pytest.mark.parametrize("text, whole", ACCOUNTS)
def test_an_item_of_an_account_is_no_more_than_the_account_total(text, whole):
    part = "KSh 1.2 billion" if whole.startswith("KSh") else "GHS 19.2 billion"
    big = "KSh 3,100 billion" if whole.startswith("KSh") else "GHS 51.2 billion"
    assert verdicts(text.format(part=part)) == [(Status.CONSISTENT, (part, whole))]
    assert verdicts(text.format(part=big)) == [(Status.INCONSISTENT, (big, whole))]


def test_a_profit_is_no_more_than_the_total_income_it_is_left_of():
    text = ("Orion Bank reported net profit of Rs 117.14 crore for the quarter ended June 30, 2025, up from Rs 89.69 "
            "crore a year before. Total income for the quarter ended June 30, 2025 rose to {whole}.")
    assert verdicts(text.format(whole="Rs 726.5 crore")) == [(Status.CONSISTENT, ("Rs 117.14 crore", "Rs 726.5 crore"))]
    assert verdicts(text.format(whole="Rs 72.6 crore")) == [(Status.INCONSISTENT, ("Rs 117.14 crore", "Rs 72.6 crore"))]


@pytest.mark.parametrize("text", [
    # the old level set against this quarter's is of another time
    "Total income for the quarter rose to Rs 72.6 crore, while net profit rose from Rs 89.69 crore to Rs 61.2 "
    "crore.",
    # one measure naming a profit and a total income is a list's, no total
    "For the half year, net profit and total income rose to Rs 224.4 crore and Rs 72.6 crore, respectively. "
    "Operating profit was Rs 301.5 crore.",
    # a total comprehensive income is no total the profit is left of (other income may be negative)
    "Net profit rose to Rs 224.4 crore in 2024. Total comprehensive income was Rs 72.6 crore in 2024.",
])
def test_profits_the_words_do_not_place_within_a_total_income_are_not_related(text):
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


def test_an_item_whose_sentence_names_no_time_is_only_doubtful_above_the_total():
    text = "Total assets grew to GHS 48.6 billion at the end of 2024. Net loans and advances stood at GHS 51.2 billion."
    assert verdicts(text) == [(Status.UNDETERMINED, ("GHS 51.2 billion", "GHS 48.6 billion"))]


@pytest.mark.parametrize("text", [
    # what is owed is no item of the assets
    "Total assets rose to GHS 48.6 billion in 2024. Customer deposits rose to GHS 51.2 billion in 2024.",
    # assets not called a total may be a part of something else
    "Pension fund assets rose to GHS 48.6 billion in 2024. Loans to members stood at GHS 51.2 billion in 2024.",
    # another year
    "Total assets rose to GHS 48.6 billion in 2024. Gross loans had stood at GHS 51.2 billion in 2019.",
    # another bank's total
    "Total assets of Ecobank rose to GHS 48.6 billion in 2024. The sector's gross loans stood at GHS 51.2 "
    "billion in 2024.",
    # another currency
    "Total assets rose to GHS 48.6 billion in 2024. Gross loans stood at $51.2 billion in 2024.",
])
def test_levels_that_are_no_items_of_the_account_total_are_not_related(text):
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


# --- months across the new year ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, period", [
    ("production for April-February 2024 rose", "2023-04..2024-02"),
    ("from April to February 2024", "2023-04..2024-02"),
    ("dispatches for July-March of fiscal year 2024-25", "2024-07..2025-03"),
    ("in July-March FY25", "2024-07..2025-03"),
    ("in July-March 2024-25", "2024-07..2025-03"),
    ("in July-June FY2017-18", "2017-07..2018-06"),
])
def test_a_span_of_months_across_the_new_year_takes_the_year_or_fiscal_year_named_after_it(text, period):
    assert [p.period for p in find_periods(text)] == [period]


def test_months_across_the_new_year_with_no_year_are_no_period():
    assert find_periods("from June to March the rains fell") == []


@pytest.mark.parametrize("period, months", [("2025-01..09", 9), ("2024-07..2025-03", 9), ("Q1", 3), ("2024-H2", 6),
                                            ("2024", 12), ("06", 1), ("FY2024-25", None), ("2017-06-30", None)])
def test_the_months_a_period_runs(period, months):
    assert months_in(period) == months


def test_a_month_lies_within_a_running_total_over_months_across_the_new_year():
    text = ("Cumulative coal production for April-February 2024 was 880.72 million tonnes.\n\n"
            "Production in February 2024 rose 12 per cent to {part} million tonnes.")
    assert within(text.format(part="96.60")) == [("96.60 million tonnes", "880.72 million tonnes")]
    assert verdicts(text.format(part="960.6")) == [(Status.INCONSISTENT, ("960.6 million tonnes", "880.72 million tonnes"))]


def test_a_month_of_another_fiscal_year_is_not_within_the_running_total():
    text = ("Cement despatches for July-March of fiscal year 2024-25 were 34.12 million tonnes.\n\n"
            "Despatches in June 2024 reached 41.3 million tonnes.")
    assert within(text) == []
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


# --- words of a flow -----------------------------------------------------------------------------------------
def test_a_kind_of_death_is_within_a_total_of_those_killed():
    text = "A total of 1,694 people were killed on the roads in 2023. Pedestrian deaths rose to {part} in 2023."
    assert verdicts(text.format(part="412")) == [(Status.CONSISTENT, ("412", "1,694"))]


def test_a_month_of_generation_is_within_the_generation_of_the_months_before():
    text = ("Total electricity generation in the first nine months of 2025 was 184.3 TWh.\n\n"
            "In September, generation reached {part} TWh.")
    assert verdicts(text.format(part="19.4")) == [(Status.CONSISTENT, ("19.4 TWh", "184.3 TWh"))]
    assert verdicts(text.format(part="194.4")) == [(Status.INCONSISTENT, ("194.4 TWh", "184.3 TWh"))]


# --- a definite stretch of time points back ------------------------------------------------------------------
def test_a_definite_stretch_takes_the_last_period_of_its_length():
    meaning = meaning_of("Trade bulletin\n\nExports for July-March of fiscal year 2024-25 totalled $24.1 billion.\n\n"
                         "Imports in March were $5.2 billion.\n\n"
                         "Rice exports over the nine months came to $2.9 billion.")
    periods = {f.text: f.period for f in meaning.figures}
    assert periods["$2.9 billion"] == "2024-07..2025-03"


@pytest.mark.parametrize("text", [
    # another length than any period named (the title names no period: none holds for the whole text)
    "Trade bulletin\n\nExports for July-March of fiscal year 2024-25 totalled $24.1 billion.\n\nRice exports over the five "
    "months came to $2.9 billion.",
    # the same stretch a year before is another period
    "Trade bulletin\n\nExports for July-March of fiscal year 2024-25 totalled $24.1 billion.\n\nRice exports in the same period "
    "last year came to $2.9 billion.",
])
def test_a_stretch_that_points_to_no_period_named_takes_none(text):
    periods = {f.text: f.period for f in meaning_of(text).figures}
    assert periods["$2.9 billion"] != "2024-07..2025-03"


def test_a_titled_period_holds_over_a_stretch_that_points_back():
    # ("in the quarter" is the title's quarter, not the one the paragraph before compared it with)
    text = ("Building permits, second quarter of 2022\n\nConstructions numbered 39,638 in the second quarter of "
            "2022. In the second quarter of 2021, the number rose by 136.2 percent.\n\nResidential buildings "
            "posted 28,411 constructions in the quarter.")
    periods = {f.text: f.period for f in meaning_of(text).figures}
    assert periods["28,411"] == "2022-Q2"


def test_a_member_over_a_stretch_that_points_back_is_within_the_level_of_that_stretch():
    # (the nearer level, March's, is of another period: the member passes over it to the quarter's)
    text = ("Remittance bulletin\n\nRemittances in the first quarter of 2025 came to $4.215 billion. In March 2025, "
            "remittances rose to $1.640 billion.\n\nRemittances from Saudi Arabia during the quarter were {part}.")
    assert ("$1.108 billion", "$4.215 billion") in members(text.format(part="$1.108 billion"))
    # (a period the words only point back to: doubtful above it)
    assert (Status.UNDETERMINED, ("$5.108 billion", "$4.215 billion")) in verdicts(text.format(part="$5.108 billion"))


def test_a_member_of_the_same_period_last_year_is_no_member_of_this_years_level():
    text = ("Remittance bulletin\n\nRemittances in the first quarter of 2025 came to $4.215 billion. In March 2025, "
            "remittances rose to $1.640 billion.\n\nRemittances from Saudi Arabia in the same quarter last year "
            "were $5.108 billion.")
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))
    assert ("$5.108 billion", "$4.215 billion") not in members(text)
