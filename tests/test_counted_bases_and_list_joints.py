"""Readings of a ratio whose base holds its own count, of an average said after the total and the count it
divides, and of what joins the items of a list:
- "4.2 books for each of the city's 2.4 million residents": the base's count stands inside the phrase,
  and the ratio's noun names the total ("12.6 million books");
- "earned $2.1 billion from 11.4 million passengers, an average of $168 per passenger": an average in
  apposition right after the count of the heads it divides; "revenue per passenger rose to $168 as turnover
  reached ...": one flow named by both in one sentence;
- "4.2 for each of the 12 libraries": a base holding a count is not one of the counts before the ratio;
- "The 60 inspectors each made 31 visits, and 1,860 farms were inspected in total": counts joined by a verb
  alone are a clause's subject and object, not items of a list a total adds up.
The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT


@pytest.mark.parametrize("text, stated", [
    ("Libraries lent 12.6 million books last year, which works out at 4.2 books for each of the city's 2.4 million "
     "residents.", "4.2"),
    ("Libraries lent 12.6 million books last year, an average of 4.25 for each of the city's 2.4 million residents.",
     "4.25"),
    ("Inspectors visited 1,860 farms, about 41 farms for each of the agency's 60 inspectors.", "41"),
])
def test_a_wrong_ratio_whose_base_count_stands_in_the_phrase_is_an_error(text, stated):
    assert any(stated in figures for figures in errors(text, "ratio")), verdicts(text, "ratio")


@pytest.mark.parametrize("text", [
    "Libraries lent 12.6 million books last year, which works out at 5.25 books for each of the city's 2.4 million "
    "residents.",
    "Inspectors visited 1,860 farms, about 31 farms for each of the agency's 60 inspectors.",
])
def test_a_right_ratio_whose_base_count_stands_in_the_phrase_checks_out(text):
    assert any(status is OK and len(figures) == 3 for status, figures in verdicts(text, "ratio")), verdicts(text, "ratio")


@pytest.mark.parametrize("text, stated", [
    ("The carrier earned $2.1 billion from 11.4 million passengers, an average of $168 per passenger.", "$168"),
    ("Revenue per passenger rose to $168 as turnover reached $2.1 billion from 11.4 million passengers.", "$168"),
    ("Exports per worker fell to $41,000 as shipments worth $3.9 billion were made by 86,000 workers.", "$41,000"),
    ("Spending per pupil climbed to £9,100 after the council spent £412.6 million on 38,420 pupils.", "£9,100"),
])
def test_an_amount_per_head_beside_a_total_said_over_the_heads_is_checked(text, stated):
    assert any(stated in figures for figures in errors(text, "ratio")), verdicts(text, "ratio")


@pytest.mark.parametrize("text", [
    "The region's 2.4 million residents borrowed 12.6 million books, 4.2 for each of the 12 libraries.",
    "The 60 inspectors each made 31 visits, and 1,860 farms were inspected in total.",
    "The 60 inspectors made 310 visits, and 1,860 farms were inspected in all.",
])
def test_counts_a_verb_joins_or_a_counted_base_are_not_related_wrongly(text):
    assert not errors(text, "ratio") + errors(text, "sum-of-parts") + errors(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Boys numbered 2,140 and girls 1,975, 4,115 pupils in total.",
    "The north had 2,140, the centre 1,975 and the south 1,935 - 6,050 in all.",
])
def test_items_a_list_joins_still_add_up_to_their_total(text):
    assert any(status is OK for status, _ in verdicts(text, "sum-of-parts")), verdicts(text, "sum-of-parts")


@pytest.mark.parametrize("text, stated", [
    ("Tax receipts of Ksh 2.1 trillion covered barely half of the Ksh 3.6 trillion budget, or 52 per cent.",
     "52 per cent"),
    ("Donations of $41 million funded just under half of the $96 million appeal, or 38%.", "38%"),
    ("Fees of €12.4 million were roughly half of the €27.0 million the museum spent, or 41 per cent.", "41 per cent"),
])
def test_a_share_after_a_hedged_proportion_of_a_whole_is_the_part_s_share(text, stated):
    assert any(stated in figures for figures in errors(text, "share-of-total")), verdicts(text, "share-of-total")


def test_a_right_share_after_a_hedged_proportion_checks_out():
    text = "Donations of $46 million funded just under half of the $96 million appeal, or 48%."
    assert any(status is OK and "48%" in figures for status, figures in verdicts(text, "share-of-total"))


@pytest.mark.parametrize("text, stated", [
    ("About 4.9 million people attended a match at least once, one in eight of the country's 23.5 million "
     "adults.", "one in eight"),
    ("The clinic treated 910 patients in May, a third of the 1,850 it saw all year.", "a third"),
])
def test_a_fraction_in_words_in_apposition_after_its_part_is_checked(text, stated):
    assert any(stated in figures for figures in errors(text, "ratio")), verdicts(text, "ratio")


def test_a_right_fraction_in_apposition_after_its_part_checks_out():
    text = "About 2.9 million people attended a match at least once, roughly one in eight of the country's 23.5 million adults."
    assert any(status is OK and "one in eight" in figures for status, figures in verdicts(text, "ratio"))


def test_a_hedged_fraction_in_apposition_that_misses_is_only_a_question():
    # "nearly a third" for 30.5%: the hedge says only roughly how near
    text = "Some 640 out of 2,100 incidents, nearly a third, happened at night."
    assert not errors(text, "ratio") and verdicts(text, "ratio")


def test_an_anaphor_after_a_fraction_is_the_fraction_s_not_a_later_count_s():
    text = "The clinic treated 610 patients in May, nearly a third of them children, and 1,850 in the year."
    assert not errors(text, "part-exceeds-whole")


@pytest.mark.parametrize("text, status", [
    ("Births to mothers under 20 fell to 8,950, down 11.5% from 10,113 the year before.", OK),
    ("Births to mothers under 20 fell to 8,250, down 11.5% from 10,113 the year before.", ERROR),
    ("Cars older than 15 years fell to 1.21 million, down 4% from 1.26 million.", OK),
])
def test_a_bound_qualifying_a_noun_is_no_new_level_of_a_change(text, status):
    found = verdicts(text, "growth-rate")
    assert [s for s, _ in found] == [status] and len(found[0][1]) == 3, found


@pytest.mark.parametrize("text, status", [
    ("Sugar cane output climbed to 31.2 million tonnes. A year earlier, the harvest was 27.4 million tonnes, so "
     "output grew by 10.2%.", ERROR),
    ("Sugar cane output climbed to 31.2 million tonnes. A year earlier, the harvest was 27.4 million tonnes, so "
     "output grew by 13.9%.", OK),
])
def test_an_earlier_level_named_by_another_word_of_the_same_flow_is_the_old_level(text, status):
    assert status in [s for s, _ in verdicts(text, "growth-rate")], verdicts(text, "growth-rate")


def test_an_earlier_level_of_another_flow_is_not_the_old_level():
    text = ("Sugar cane output climbed to 31.2 million tonnes. A year earlier, exports were 27.4 million tonnes, so "
            "output grew by 10.2%.")
    assert not errors(text, "growth-rate")


@pytest.mark.parametrize("text, status", [
    ("Total spending on culture was €1.30 billion: €540 million on museums, €410 million on theatres and €290 million "
     "on libraries.", ERROR),
    ("Overall, the city spent £96.4 million: £41.2 million on parks, £30.1 million on roads and £19.5 million on "
     "lighting.", ERROR),
    ("Overall, the city spent £96.4 million: £41.2 million on parks, £30.1 million on roads and £25.1 million on "
     "lighting.", OK),
])
def test_a_whole_named_a_total_then_a_closed_colon_list_is_their_sum(text, status):
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == [status], verdicts(text, "sum-of-parts")


@pytest.mark.parametrize("text", [
    # not named a total, or the list left open
    "Spending on culture was €1.30 billion: €540 million on museums and €410 million on theatres.",
    "Total spending on culture was €1.30 billion: €540 million on museums and €410 million on theatres, among other "
    "items.",
])
def test_a_colon_list_not_closed_under_a_total_adds_up_to_no_more_than_it(text):
    assert not errors(text, "sum-of-parts") + errors(text, "part-exceeds-whole")


@pytest.mark.parametrize("text, status", [
    ("Enrolment in vocational courses reached 286,000, of whom 41% were women, that is about 131,000 students.", ERROR),
    ("Enrolment in vocational courses reached 286,000, of whom 41% were women, that is about 117,000 students.", OK),
])
def test_a_share_restated_as_a_count_after_that_is_is_checked(text, status):
    assert [s for s, _ in verdicts(text, "share-of-total")] == [status], verdicts(text, "share-of-total")


@pytest.mark.parametrize("text, status", [
    ("Library visits totalled 9.2 million, an average of 25,200 a day over the 365-day year.", OK),
    ("Library visits totalled 9.2 million, an average of 28,200 a day over the year.", ERROR),
])
def test_an_average_a_day_over_a_span_it_names_is_checked(text, status):
    assert [s for s, _ in verdicts(text, "ratio")] == [status], verdicts(text, "ratio")


def test_an_average_a_day_over_an_earlier_figure_is_a_comparison():
    assert not verdicts("Library visits totalled 9.2 million, an average of 2,200 a day over last year's figure.", "ratio")


@pytest.mark.parametrize("text, status", [
    ("Cinema admissions recovered to 118 million, still some 25% below the 157 million seen in 2019.", OK),
    ("Cinema admissions recovered to 118 million, some 35% below the 157 million seen in 2019.", ERROR),
    ("Sales reached 4,200 units, nearly 20% above the 3,500 of last year.", OK),
])
def test_a_hedged_rate_before_a_comparative_is_a_change_from_its_base(text, status):
    assert [s for s, _ in verdicts(text, "growth-rate")] == [status], verdicts(text, "growth-rate")


def test_an_outcome_set_against_forecasts_in_a_title_is_stated():
    text = ("Harbour Ltd beats forecasts as cargo revenue jumps 27%\n\n"
            "Cargo revenue rose to $1,204 million from $951 million, up 26.6%.\n")
    found = verdicts(text, "same-measure-conflict")
    assert any(status is OK and "27%" in figures for status, figures in found), found


@pytest.mark.parametrize("text, status", [
    ("Wages rose 4.1% while prices rose 6.3%, so real wages fell by about 2.2 percentage points.", OK),
    ("Wages rose 4.1% while prices rose 6.3%, so real wages fell by about 3.2 percentage points.", Status.UNDETERMINED),
])
def test_a_change_in_points_drawn_from_two_rates_of_change_is_their_gap(text, status):
    assert [s for s, _ in verdicts(text, "difference")] == [status], verdicts(text, "difference")


@pytest.mark.parametrize("text", [
    "Output grew 9.1% and 11.4% respectively, or 4.8 percentage points and 7.2 percentage points more than planned.",
    "Industry grew by 2.0% while farming contracted by 2.0%, subtracting 0.11 percentage points from growth.",
])
def test_a_change_in_points_not_drawn_from_two_rates_is_no_gap_between_them(text):
    assert not verdicts(text, "difference")


def test_a_change_in_points_on_the_year_before_whose_rate_follows_is_their_gap():
    text = "Full-fibre coverage reached 71% of homes, up 9 points on the year before, when 62% could connect."
    assert [s for s, _ in verdicts(text, "difference")] == [OK]
