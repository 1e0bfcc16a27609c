"""Readings many phrasings share: a total restated as a rate per span in dashes or brackets as after a comma
("last year — 1,200 a day —"); a part over its whole written with a slash ("1,284/1,806 (71.1%)"); a total said
over its count ("TOTAL for COUNT") and an amount per the count's noun in its clause; a total divided into a
count of groups of a stated size ("split into 33 classes of 42 each"); the English calques of 万 and 亿 ("362.8
hundred million yuan"). The sentences are written here."""
from __future__ import annotations

from decimal import Decimal

import pytest

from _reading import errors, statuses, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "Hospitals admitted 73,000 patients with heatstroke last year — 200 a day — the ministry said.",
    "The ferry carried 1.095 million passengers in 2023 (about 3,000 a day), the operator reported.",
    "The mint struck 52 million coins last year - roughly 1 million a week - a record.",
])
def test_a_total_restated_as_a_rate_in_dashes_or_brackets_is_its_average(text):
    assert statuses(text, "ratio") == [Status.CONSISTENT]


def test_a_rate_in_dashes_the_total_does_not_give_is_an_error():
    assert errors("Hospitals admitted 73,000 patients with heatstroke last year — 260 a day — the ministry said.",
                  "ratio") == [("73,000", "260")]


def test_a_rate_of_another_time_is_no_restatement():
    text = "Hospitals admitted 73,000 patients last year. In July alone — 260 a day — were admitted in the capital."
    assert statuses(text, "ratio") == []


@pytest.mark.parametrize("text, status", [
    ("Vaccinated with both doses: 4,512/6,020 (74.9%).", Status.CONSISTENT),
    ("Households connected to the grid — 2,310/3,500, or 56.0% — rose again.", Status.INCONSISTENT),
])
def test_a_part_over_its_whole_written_with_a_slash_has_its_share(text, status):
    assert statuses(text, "share-of-total") == [status]


@pytest.mark.parametrize("text", [
    "In the 2023/24 season, 1,806 candidates sat the paper (61.1% of them boys).",
    "The clinic opened on 12/05/2023 and saw 1,284 patients.",
    "Blood pressure above 140/90 was found in 312 of the 1,020 adults screened.",
])
def test_a_slash_in_a_date_a_year_or_a_reading_gives_no_figure_after_it(text):
    written = [f.text for f in extract_figures(Document("t.txt", text))]
    assert "24" not in written and "05" not in written and "90" not in written


@pytest.mark.parametrize("text, status", [
    ("At €48.0 million for 16,000 apprentices, the programme costs €3,000 per apprentice.", Status.CONSISTENT),
    ("The fund paid KSh 2.4 billion to 60,000 farmers during the drought, KSh 52,000 a farmer.", Status.INCONSISTENT),
])
def test_a_total_said_over_its_count_gives_the_amount_per_its_noun(text, status):
    assert statuses(text, "ratio") == [status]


def test_an_amount_set_against_another_after_the_count_stays_a_question():
    text = "Growers were paid $96.0 million for 48,000 tonnes of cocoa, while coffee fetched $2,600 a tonne."
    assert errors(text, "ratio") == []


@pytest.mark.parametrize("text, status", [
    ("The 1,260 delegates were divided into 42 working groups of 30 each.", Status.CONSISTENT),
    ("Volunteers packed 9,000 kg of rice into 1,500 parcels of about 8 kg each.", Status.INCONSISTENT),
])
def test_a_total_divided_into_groups_of_a_size(text, status):
    assert [s for s, figures in verdicts(text, "ratio") if len(figures) == 3] == [status]


def test_groups_without_a_verb_of_division_are_no_ratio():
    assert statuses("The 1,260 delegates met in 42 rooms of 30 seats each.", "ratio") == []


@pytest.mark.parametrize("text, value", [
    ("Revenue reached 362.8 hundred million yuan.", Decimal("36280000000")),
    ("The park received 48.62 ten thousand visitors.", Decimal("486200")),
])
def test_the_calques_of_wan_and_yi_scale_the_amount(text, value):
    (figure,) = extract_figures(Document("t.txt", text))
    assert figure.value == value


@pytest.mark.parametrize("text, status", [
    ("Inspectors visited 2,400 farms and found 612 in breach; the latter figure is 25.5% of the former.", Status.CONSISTENT),
    ("The port handled 9,000 ships and 1,980 tankers. The second number represents 32.0 per cent of the first.",
     Status.INCONSISTENT),
])
def test_a_percentage_one_of_a_pair_is_of_the_other(text, status):
    assert statuses(text, "ratio") == [status]


def test_a_pair_anaphor_past_three_figures_names_no_pair():
    text = "Inspectors visited 2,400 farms, 310 mills and 612 shops; the latter figure is 25.5% of the former."
    assert statuses(text, "ratio") == []


@pytest.mark.parametrize("text, status", [
    ("The county has 840,000 residents and 60 doctors, so each doctor serves about 14,000 people.", Status.CONSISTENT),
    ("With 5.2 million inhabitants and 325 judges, every judge serves 19,000 inhabitants.", Status.INCONSISTENT),
])
def test_what_each_member_serves_is_the_served_count_over_the_members(text, status):
    assert statuses(text, "ratio") == [status]


@pytest.mark.parametrize("text", [
    # another thing in each member's charge, in words and in digits
    "The county has 840,000 residents and 60 doctors; each doctor serves two clinics.",
    "The county has 840,000 residents and 60 doctors; each doctor serves 12 villages.",
])
def test_what_each_member_serves_of_another_noun_is_no_ratio(text):
    assert statuses(text, "ratio") == []


def test_a_colon_before_each_opens_no_breakdown():
    text = "The region counts 3.6 million inhabitants and 450 pharmacists: each pharmacist serves 9,500 inhabitants."
    assert statuses(text, "part-exceeds-whole") == []


@pytest.mark.parametrize("text, status", [
    ("Of the 640,000 students, 192,000 work part-time. Put another way, that is 30.0 per cent of them.", Status.CONSISTENT),
    ("Of the 640,000 students, 192,000 work part-time. In other words, 40.0 per cent of them do.", Status.INCONSISTENT),
])
def test_a_restating_connective_may_open_the_anaphoric_share(text, status):
    assert statuses(text, "share-of-total") == [status]


@pytest.mark.parametrize("text, status", [
    ("Unemployment rate, March: 5.0% (unemployed 0.9 million; labour force 18.0 million).", Status.CONSISTENT),
    ("Participation rate: 58.0% (labour force 12.6 million; working-age population 20.0 million).", Status.INCONSISTENT),
])
def test_terms_inside_brackets_name_the_figures_after_them_there(text, status):
    assert statuses(text, "defined-measure") == [status]


@pytest.mark.parametrize("text, status", [
    ("The bank signed up 84,000 customers and lost 21,000, a net gain of 63,000.", Status.CONSISTENT),
    ("The mine hired 1,500 workers and laid off 900, a net addition of 800.", Status.INCONSISTENT),
    ("The chain opened 48 stores and closed 30 during the year, a net increase of 18.", Status.CONSISTENT),
])
def test_flows_named_by_the_verb_before_them_and_their_net(text, status):
    assert statuses(text, "difference") == [status]


def test_flows_of_two_times_have_no_net():
    text = "The bank signed up 84,000 customers in 2022. It lost 21,000 in 2023, when profits rose by 63,000 dollars."
    assert errors(text, "difference") == []


@pytest.mark.parametrize("text, status", [
    ("After paying suppliers R4.2bn of the R9.0bn it collected, the utility was left with R4.8bn.", Status.CONSISTENT),
    ("After spending $1.3 million out of the $5.0 million grant, the charity was left with $4.7 million.",
     Status.INCONSISTENT),
])
def test_a_sum_paid_out_of_another_leaves_the_rest(text, status):
    assert statuses(text, "difference") == [status]


@pytest.mark.parametrize("text, status", [
    ("Fiscal revenue was 1,254.6 hundred million yuan, which converts to 125.46 billion yuan.", Status.CONSISTENT),
    ("The scheme costs ₹2,400 crore — equivalent to ₹26 billion — over five years.", Status.INCONSISTENT),
    ("Output reached 48.62 ten thousand tonnes, that is 486,200 tonnes.", Status.CONSISTENT),
])
def test_an_amount_converted_after_a_comma_or_dash_is_the_same_amount(text, status):
    assert statuses(text, "same-measure-conflict") == [status]


def test_a_bare_or_after_an_amount_is_no_conversion():
    assert statuses("Exports were $1.2 billion, or $800 million net of re-exports.", "same-measure-conflict") == []


def test_an_amount_per_member_after_equal_to_is_no_conversion_of_the_total():
    decoy = "Library spending by municipalities amounted to 318 million euros, equal to 57.80 euros per inhabitant.\n"
    assert errors(decoy, "same-measure-conflict") == []
