"""A part said to be a quantity of its whole ("made up the bulk of", "were among"), and one named
member's level against the national or statewide total of its measure (grammar.within.member_totals).
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

WRONG = Status.INCONSISTENT


@pytest.mark.parametrize("text", [
    "Marlow County's 1,612 homicides made up the bulk of the 1,134 recorded statewide last year.",
    "Lagos accounted for 1,612 cases, most of the 1,134 reported nationwide.",
    "The capital's 1,612 new firms were more than half of the 1,134 registered in the country.",
    "The 1,612 pupils who passed were among the 1,134 who sat the test.",
])
def test_a_part_said_to_be_a_quantity_of_its_whole_is_no_larger(text):
    assert (WRONG, ("1,612", "1,134")) in verdicts(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Some 1,200 residents were evacuated from most of the 15 villages.",  # a quantity of the villages
    "Some 71,208 patients were waiting for one of the 15 key diagnostic tests.",
])
def test_a_quantifier_after_a_preposition_says_nothing_of_the_figure_before(text):
    assert verdicts(text, "part-exceeds-whole") == []


def members(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).members]


@pytest.mark.parametrize("text, expected", [
    ("Lower Saxony, with 73.7 GW, has the most onshore wind capacity of any German state; the national total "
     "is 63.8 GW.", [("73.7 GW", "63.8 GW")]),
    ("Nationwide, 1,134 homicides were recorded last year. Marlow County had 1,612 homicides.",
     [("1,612", "1,134")]),
])
def test_a_named_member_lies_within_the_national_total(text, expected):
    assert members(text) == expected
    assert verdicts(text, "part-exceeds-whole")[0][0] is WRONG


@pytest.mark.parametrize("text", [
    "Lagos reported 1,612 new cases of cholera. The national total of deaths was 1,134.",  # another measure
    "The National Unity Party received 287,431 votes; the Progressive Alliance won 351,208.",  # a name
    "China had a 38-32-18 tally, while hosts Japan set a national record of 27 golds.",  # a record, no total
])
def test_no_member_link_without_a_total_of_the_same_measure(text):
    assert members(text) == []


@pytest.mark.parametrize("text, unit", [
    ("The bank raised its rate by a 400-basis-point move.", "basis_point"),
    ("The rate rose in a 4-percentage-point jump.", "percentage_point"),
    ("Capacity reached 73.7 GW.", "gigawatt"),
    ("Farms generated 12.5 TWh.", "terawatt_hour"),
])
def test_units_written_with_hyphens_and_power_units_are_read(text, unit):
    assert [f.unit for f in meaning_of(text).figures] == [unit]


def test_amounts_given_respectively_for_the_kinds_a_whole_names_add_up_to_it():
    text = ("Police recorded 3,846 cases of armed robbery, kidnapping and cult violence in 2023 - 2,117, 1,364 "
            "and 765 respectively.")
    assert verdicts(text, "sum-of-parts") == [(WRONG, ("2,117", "1,364", "765", "3,846"))]


def test_the_first_item_of_a_respectively_list_is_no_whole():
    text = ("Inflows from Saudi Arabia, the UAE and the US were $511.28 million, $440.38 million and $260.34 "
            "million, respectively.")
    assert [link for link in meaning_of(text).parts] == []


def test_the_balance_of_a_split_is_its_last_part_not_a_gap():
    text = ("The kingdom welcomed 27.84 million foreign visitors last year. Visitors from Malaysia numbered 4.71 "
            "million and those from China 4.38 million; the balance of 19.95 million came from other markets.")
    assert verdicts(text, "sum-of-parts") == [(WRONG, ("4.71 million", "4.38 million", "19.95 million", "27.84 million"))]


@pytest.mark.parametrize("text, figures", [
    ("Ordinary high schools have enrolled students 48,620 persons, thereinto boarding students 51,377 persons.",
     ("51,377", "48,620")),
    ("Including 3,612 repeat offenders, 2,904 drivers were fined for speeding last month.", ("3,612", "2,904")),
])
def test_a_part_named_by_a_partitive_of_translated_or_fronted_grammar(text, figures):
    assert (WRONG, figures) in verdicts(text, "part-exceeds-whole")


def test_a_rate_per_100000_is_of_the_count_before_it_and_the_population_in_the_next_sentence():
    text = ("Police recorded 4,386 murders in the year to March, a rate of 31.9 per 100,000 residents. The "
            "province's population is estimated at 17.18 million.")
    assert verdicts(text, "ratio") == [(WRONG, ("4,386", "17.18 million", "31.9"))]


@pytest.mark.parametrize("text", [
    "Lagos households earned ₦412,000 on average last year; the national average was ₦356,000.",
    "Kerala's per capita income of ₹2.3 lakh compares with a national figure per head of ₹1.7 lakh.",
])
def test_one_member_may_exceed_a_national_average(text):
    assert members(text) == []


def test_a_total_named_for_someone_is_not_the_total_of_another_name():
    text = "Germany's national total is 63.8 GW of onshore wind; the European Union has 204.1 GW."
    assert members(text) == []
