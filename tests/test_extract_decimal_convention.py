"""How numbers are read in documents from many countries: the decimal convention a document
shows ("1.234,5" or "1,234.5"), a stray space after a grouping comma ("48, 215"), and an en
dash between a list label and its number ("Beta Ridge –2,980")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from auditor.audit import audit_document
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.extract.numbers import document_decimal_comma


def read(text: str) -> dict[str, Decimal]:
    return {f.text: f.value for f in extract_figures(Document("t.txt", text))}


# --- the decimal convention of a document ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Revenue reached EUR 2.345,6 million, up 4,1 % on the year.",
    "The plant employs 1.234 people and produced 3.456.789 litres, 2,5 % more than before.",
    "Average rainfall was 0,75 mm a day and 12,4 mm in the wettest week.",
])
def test_a_document_showing_decimal_commas_reads_by_them(text):
    assert document_decimal_comma(text)


@pytest.mark.parametrize("text", [
    "Revenue reached $2,345.6 million, up 4.1% on the year.",
    "Of 38 million adults, 16,4m were employed; the rate was 27.5%, 36.3% a year ago, up 0.3 points.",
    "Rs 2,45,300 crore was spent on 3,12,45,678 beneficiaries.",
    "The school has 1,234 pupils in 12 classes.",
])
def test_a_document_of_decimal_points_or_no_evidence_reads_by_points(text):
    assert not document_decimal_comma(text)


def test_every_number_of_a_decimal_comma_document_is_read_by_that_convention():
    found = read("Revenue reached EUR 2.345,6 million in the year, up 4,1 %, and the plant employs "
                 "1.234 people; output was 3.456.789 litres and the yield 7,25 tonnes a hectare.")
    assert found["EUR 2.345,6 million"] == Decimal("2345.6") * 10 ** 6
    assert found["4,1 %"] == Decimal("4.1")
    assert found["1.234"] == 1234
    assert found["3.456.789 litres"] == 3456789
    assert found["7,25 tonnes"] == Decimal("7.25")


@pytest.mark.parametrize("text, unread", [
    ("Sales were 1,250.5 tonnes, against 2.345,6 in the other ledger, up 3.5%.", "2.345,6"),
    ("The Navy gets Rs. 14.263.45 crore, up from Rs.12,110.50 crore, a rise of 2.5%.", "14.263.45"),
    ("Stocks were 2 480,7 tonnes against 1,905.2 tonnes, up 3.5% and 4.25%.", "2 480,7"),
])
def test_a_number_of_the_other_convention_is_no_figure_rather_than_a_wrong_one(text, unread):
    at = text.index(unread)
    overlapping = [f.text for f in extract_figures(Document("t.txt", text))
                   if f.span.start < at + len(unread) and f.span.end > at]
    assert overlapping == []


def test_a_mixed_document_keeps_decimal_points_and_reads_a_comma_before_a_scale():
    found = read("Of 38 million adults, 16,4m were employed and the rate rose to 27.5% from 27.2%.")
    assert found["16,4m"] == Decimal("16.4") * 10 ** 6
    assert found["27.5%"] == Decimal("27.5")


def test_indian_and_space_grouping_keep_their_reading():
    found = read("Rs 2,45,300 crore reached 3,12,45,678 people, and 716 000 tonnes were shipped at 2.5% more.")
    assert found["Rs 2,45,300 crore"] == 245300 * 10 ** 7
    assert found["3,12,45,678"] == 31245678
    assert found["716 000 tonnes"] == 716000


# --- a stray space after a grouping comma ----------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Enrolment climbed to 48, 215 pupils this term.", 48215),
    ("The council approved 7, 402 permits over the year.", 7402),
    ("Of the 312, 880 seats, most were filled.", 312880),
])
def test_a_stray_space_after_a_grouping_comma_is_one_number(text, value):
    assert list(read(text).values()) == [value]


@pytest.mark.parametrize("text, values", [
    ("Rooms 12, 340 and 350 were repainted.", [12, 340, 350]),  # a list
    ("By June 30, 215 claims had been settled.", [215]),  # a date, then a count
    ("Sizes 4, 120, 360 were stocked.", [4, 120, 360]),
])
def test_numbers_in_a_list_or_after_a_name_stay_apart(text, values):
    assert [v for v in read(text).values()] == values


# --- an en dash between a list label and its number --------------------------------------------

def test_an_en_dash_after_a_list_label_separates_it_from_its_number():
    found = read("Harvest by province in 2024: Alpha 3,410; Beta Ridge –2,980; Gamma – 1,120.")
    assert found == {"3,410": 3410, "2,980": 2980, "1,120": 1120}


@pytest.mark.parametrize("text, signed", [
    ("Arrivals 4,100; departures 2,650; net migration –1,450.", "–1,450"),  # a quantity below zero
    ("Trade in 2024: exports 5,000; imports 6,200; balance –1,200.", "–1,200"),
    ("Change by region: East –2.3%, West 1.1%.", "–2.3%"),  # a percentage in a list of changes
    ("Jobs by sector: farming –340, mining +125, retail +410.", "–340"),  # a list of signed numbers
])
def test_a_dash_is_a_minus_after_a_signed_quantity_in_a_list_of_changes(text, signed):
    assert read(text)[signed] < 0


# --- what the checks make of them ------------------------------------------------------------

def _inconsistent(text: str) -> list[str]:
    findings = audit_document(Document("t.txt", text)).findings
    return [f.message for f in findings if f.status.value == "inconsistent"]


def test_a_decimal_comma_document_adds_up_and_a_wrong_total_is_flagged():
    ok = ("Imports came to EUR 3.410,8 million in 2024: machinery EUR 2.100,5 million and fuel "
          "EUR 1.310,3 million. Prices rose 2,5 %.")
    assert _inconsistent(ok) == []
    wrong = ("Imports came to EUR 3.410,8 million in 2024: machinery EUR 2.100,5 million and fuel "
             "EUR 1.410,3 million. Prices rose 2,5 %.")
    assert _inconsistent(wrong)


def test_decoy_figures_side_by_side_in_a_decimal_comma_document_stay_unflagged():
    assert _inconsistent("The price index stood at 112,6 while the mill employed 3.240 workers; "
                         "rainfall was 61,3 mm.") == []


def test_spaced_groups_before_a_decimal_comma_show_the_convention():
    found = read("The fund held 4 318,6 thousand units and 27 450 members; fees were 0,35 % a year.")
    assert found["4 318,6 thousand"] == Decimal("4318.6") * 1000
    assert found["27 450"] == 27450


@pytest.mark.parametrize("text, written, value", [
    ("Sales reached CHF 2'416.75 million, with 18'300 orders, up 1.5%.", "18'300", 18300),
    ("The canton counted 1’052’400 residents in 2024, 0.9% more.", "1’052’400", 1052400),
    ("Umsatz: 3'250,4 Mio., 4,2 % mehr; Mitarbeitende 2.140 und 1,5 Punkte.", "3'250,4", Decimal("3250.4")),
])
def test_an_apostrophe_groups_thousands_in_either_convention(text, written, value):
    assert read(text)[written] == value
