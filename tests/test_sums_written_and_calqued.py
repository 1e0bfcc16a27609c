"""Sums and shares of one whole that the words (or symbols) say exhaust it, in phrasings many releases share:
a sum written out with '=' and '+' (the whole either side), "break down as" in every tense and person,
"split as" and "divided as", the calque "whose" of French "dont" before an amount, a list's last part
labelled as the rest ("295 other road users"), and a last share after a verb of what is left ("leaving 31.8%
for other crops"). Decoys: an exchange rate written with '=', "whose" before a noun, "leaving" before a rate of
another measure, shares set apart in time."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def sums(text: str) -> list[Status]:
    return [status for status, figures in verdicts(text, "sum-of-parts") if len(figures) >= 3]


def parts(text: str) -> list[Status]:
    return [status for status, _ in verdicts(text, "part-exceeds-whole")]


def shares(text: str) -> list[Status]:
    return [status for status, figures in verdicts(text, "share-of-total") if len(figures) >= 3]


@pytest.mark.parametrize("text", [
    "Seats in the new assembly: 229 = 102 (ruling party) + 81 (main opposition) + 46 (others).",
    "Staff on the payroll at 31 March: 5,842 = 3,910 (teachers) + 1,486 (support staff) + 446 (administrators).",
    "Budget support in 2023 (US$ million): 612.4 = 388.0 from the World Bank + 224.4 from the regional bank.",
    "Registrations by fuel: 14,210 petrol + 6,385 diesel + 2,904 electric = 23,499 vehicles.",
])
def test_a_sum_written_with_symbols_is_read_either_way(text):
    assert sums(text) == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "Seats in the new assembly: 229 = 102 (ruling party) + 121 (main opposition) + 46 (others).",
    "Registrations by fuel: 14,210 petrol + 6,385 diesel + 2,904 electric = 25,499 vehicles.",
])
def test_a_written_sum_that_does_not_add_up_is_flagged(text):
    assert sums(text) == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "The exchange rate was 1 USD = 605 CFA francs at year end, against 590 a year earlier.",
    "The index rose: 118.2 = 100 x 1.182, and 131 + 12 points on the old base in 2019.",
    "Reserves were 9,100 billion CFA francs + 4% on the year; 2,300 billion = the import cover of 4 months.",
])
def test_an_equals_sign_without_a_sum_of_parts_reads_none(text):
    assert Status.INCONSISTENT not in sums(text)


@pytest.mark.parametrize("verb", ["break down as", "broke down as", "are broken down as", "split as",
                                  "were divided as"])
def test_break_down_as_in_every_tense(verb):
    text = f"The 8,215 complaints received in 2022 {verb} 4,120 about utilities, 2,640 about telecoms and 1,455 about banks."
    assert sums(text) == [Status.CONSISTENT]
    assert sums(text.replace("1,455", "1,905")) == [Status.INCONSISTENT]


def test_breaks_down_as_with_a_singular_whole():
    text = ("The province's 12,480 new registrations breaks down as 7,310 sole proprietorships, 3,905 partnerships "
            "and 1,265 limited companies.")
    assert sums(text) == [Status.CONSISTENT]


def test_a_last_part_labelled_as_the_rest_closes_the_list():
    text = ("The 3,186 road deaths recorded in 2024 break down as 1,402 pedestrians, 978 motorcyclists and pillion "
            "riders, 811 car occupants and 295 other road users, the authority said.")
    assert sums(text) == [Status.INCONSISTENT]


def test_the_rest_unstated_after_the_list_still_leaves_it_open():
    text = "Of the 52,000 residents, 25,100 men and 20,900 women live in the centre, the rest in outlying villages."
    assert Status.INCONSISTENT not in sums(text)


@pytest.mark.parametrize("text", [
    "Exports reached 2,846 billion CFA francs in 2023, whose 1,902 billion CFA francs of cocoa and 944 billion "
    "CFA francs of non-cocoa products.",
    "The total of the receipts amounts to 1,412.5 billion FCFA, whose 868.3 billion FCFA of fiscal receipts and "
    "544.2 billion FCFA of non-fiscal receipts.",
])
def test_whose_before_an_amount_opens_the_parts(text):
    assert sums(text) == [Status.CONSISTENT]


def test_whose_before_an_amount_bounds_a_part():
    text = "The country recorded 1,245 new cases of cholera in the week, whose 1,380 in the region of Kasai."
    assert parts(text) == [Status.INCONSISTENT]


def test_whose_before_a_noun_is_the_english_relative():
    text = ("The 12 firms, whose workers number 3,400, paid 2,100 in fines; the minister, whose 2,400-page report "
            "came out, said 1,800 schools were inspected.")
    assert Status.INCONSISTENT not in parts(text) + sums(text)


@pytest.mark.parametrize("text", [
    "Coal supplied 61.4% of the power generated last year and gas 22.8%, leaving 15.8% for hydro and wind.",
    "Maize covered 46.3% of the area planted and beans 21.9%, leaving 31.8% for other crops.",
    "Private cars carried 57% of commuters and buses 29%, which left 14% for rail and bicycles.",
])
def test_a_last_share_after_a_verb_of_what_is_left(text):
    assert shares(text) == [Status.CONSISTENT]


def test_a_left_over_share_that_does_not_add_up_is_flagged():
    text = "Salaries absorbed 48.5% of the budget and debt service 19.0%, leaving 26.5% for investment."
    assert shares(text) == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Turnout was 61% in 2019 and 58% in 2024, leaving 35% of voters at home.",
    "The party won 41% of the vote, down from 44%, leaving 12% for the smaller parties.",
    "Inflation eased to 6.2% in May from 7.1% in April, leaving the real policy rate at 3.8%.",
])
def test_left_over_after_shares_set_apart_in_time_reads_no_whole(text):
    assert Status.INCONSISTENT not in shares(text)


@pytest.mark.parametrize("text", [
    "Receipts came in at ₦412.6bn in the first quarter, ₦398.1bn in the second, ₦455.7bn in the third and ₦501.2bn "
    "in the fourth, for a full-year ₦1.77trn.",
    "Arrivals were 412,000 in the first quarter, 388,000 in the second, 455,000 in the third and 501,000 in the "
    "fourth, for a full-year total of 1.76 million.",
    "Output reached 1,204 tonnes in January, 1,150 tonnes in February and 1,310 tonnes in March, for a "
    "first-quarter total of 3,664 tonnes.",
])
def test_spans_then_the_period_they_make_up(text):
    assert sums(text) == [Status.CONSISTENT]
    assert sums(text.replace("₦398.1bn", "₦498.1bn").replace("388,000", "488,000").replace("1,150 tonnes", "1,450 tonnes")) \
        == [Status.INCONSISTENT]


def test_a_forecast_for_the_full_year_is_no_sum_of_the_spans():
    text = ("Receipts came in at ₦412.6bn in the first quarter and ₦398.1bn in the second, for a full-year forecast "
            "of ₦1.9trn.")
    assert sums(text) == []


@pytest.mark.parametrize("text", [
    "Some 214 magistrates were appointed in 2024, from a pool of 1,618 applicants who sat the written test.",
    "Judges shortlisted 48 projects from a field of 612 entries for the prize.",
    "The board awarded 95 scholarships from among 1,430 eligible students.",
])
def test_a_count_from_a_pool_is_part_of_it(text):
    assert parts(text) == [Status.CONSISTENT]


def test_a_count_above_its_pool_is_flagged():
    text = "The academy hired 2,214 recruits this year from a pool of 1,618 applicants who passed the medical."
    assert parts(text) == [Status.INCONSISTENT]


def test_a_pool_that_goes_on_past_its_first_amount_is_not_read():
    text = "The fund disbursed $48 million in grants from a pool of $40 million set aside this year and $25 million carried over."
    assert parts(text) == []


@pytest.mark.parametrize("text", [
    "Some 14,206 offences were recorded in England and Wales in the half-year, the Metropolitan Police area's figure "
    "being 3,918.",
    "The country registered 41,300 new companies last year, the capital's number standing at 18,950.",
    "Some 612,000 tourists visited the islands in the season, the largest island's total being 284,000.",
])
def test_a_members_figure_in_an_absolute_clause_is_part_of_the_whole(text):
    assert parts(text) == [Status.CONSISTENT]


def test_a_members_figure_above_the_whole_is_flagged():
    text = "Road deaths nationwide fell to 2,874 in 2023, with the northern region's figure at 3,010."
    assert parts(text) == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Some 9,840 burglaries were reported nationally in the quarter, the previous quarter's figure being 10,215.",
    "Exports reached 41,300 tonnes in 2023, the target's figure being 45,000 tonnes.",
])
def test_another_times_figure_in_an_absolute_clause_is_no_member(text):
    assert parts(text) == []


@pytest.mark.parametrize("verb", ["break down as", "were broken down as", "split as"])
def test_as_follows_elsewhere_opens_no_parts_here(verb):
    text = f"The 4,210 complaints received {verb} follows in the annex, against 3,980 in 2022 and 3,640 in 2021."
    assert sums(text) == [] and Status.INCONSISTENT not in parts(text)


def test_as_follows_then_a_colon_opens_the_parts():
    text = "The 4,210 complaints received break down as follows: 2,100 on utilities, 1,500 on telecoms and 610 on banks."
    assert sums(text) == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "The bank lent to 300 firms, whose 2,000 employees kept their jobs.",
    "Police questioned 14 suspects, whose 31 relatives were also interviewed.",
    "Some 640 schools, whose 18,000 teachers were trained, reopened.",
])
def test_whose_after_a_noun_then_a_count_of_its_own_noun_is_the_english_relative(text):
    assert parts(text) == [] and sums(text) == []


def test_a_peers_figure_in_an_absolute_clause_is_only_a_question():
    text = "Britain recorded 2,100 road deaths in 2023, Germany's figure being 3,400."
    assert parts(text) == [Status.UNDETERMINED]


def test_from_among_places_is_only_a_question():
    assert parts("The ministry recruited 2,400 teachers from among 16 regions.") == [Status.UNDETERMINED]
