"""One measure stated twice, however its period, its subject or the basis of its measure is written."""
from __future__ import annotations

import pytest

from _reading import meaning_of, statuses, verdicts
from auditor.extract.periods import find_periods
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
CHECK = "same-measure-conflict"


@pytest.mark.parametrize("text, period", [
    ("in July-September 2018", "2018-Q3"),
    ("from October to December 2021", "2021-Q4"),
    ("between January and June 2020", "2020-H1"),
    ("in the first three months of 2019", "2019-Q1"),
    ("between March and May 2021", "2021-03..05"),  # no quarter: its months
    ("from July to December", "H2"),
])
def test_a_span_of_months_that_makes_up_a_quarter_or_half_is_named_as_it(text, period):
    assert [p.period for p in find_periods(text)] == [period]


@pytest.mark.parametrize("second, status", [("31,250", OK), ("31,520", ERROR)])
def test_a_quarter_named_by_its_months_is_the_quarter(second, status):
    text = ("Housing starts rose to 31,250 in the third quarter of 2018, the ministry said.\n\n"
            f"In July-September 2018, {second} housing starts were recorded, of which 12,300 were apartments.")
    assert statuses(text, CHECK) == [status]


def test_a_sentence_that_opens_on_the_year_before_is_of_that_year():
    meaning = meaning_of("Admissions to public hospitals totalled 412,600 in 2022. A year earlier, admissions to "
                         "public hospitals totalled 398,100.")
    assert {f.text: f.period for f in meaning.figures} == {"412,600": "2022", "398,100": "2021"}
    assert statuses("Hospital admissions, 2022\n\nAdmissions to public hospitals totalled 412,600 in 2022. A year "
                    "earlier, admissions to public hospitals totalled 398,100.", CHECK) == []


def test_the_levels_two_subjects_rise_to_are_not_one_measure():
    text = ("Coffee output climbs 20%\n\nCoffee production in the 2021 harvest rose 20.3 per cent to 1.84 million "
            "bags, the growers' federation reported.\n\nTea production in the 2021 harvest rose 4.1 per cent to 0.52 "
            "million bags.")
    assert not [v for v in verdicts(text, CHECK) if "0.52 million" in v[1]]


@pytest.mark.parametrize("later, status", [
    # the same words of the measure, the same period named in both: sure
    ("In the second part of the survey, the office notes that retail sales revenue of $15.4 billion in 2022 came "
     "mostly from food stores.", ERROR),
    # a word of another basis in one sentence only: a question
    ("In the second part of the survey, the office notes that retail sales revenue of $15.4 billion in 2022, "
     "excluding excise duties, came mostly from food stores.", UNDETERMINED),
    ("In its revised estimate, the office notes that retail sales revenue of $15.4 billion in 2022 came mostly from "
     "food stores.", UNDETERMINED),
])
def test_one_measure_named_alike_for_one_named_period(later, status):
    text = ("Retail sales revenue reached US$ 15.0 billion in 2022, according to the annual survey of retail trade "
            "published on Monday.\n\nThe survey covered 4,210 enterprises employing 96,300 people.\n\n" + later)
    assert statuses(text, CHECK) == [status]


@pytest.mark.parametrize("body, status", [("2.7 per cent", OK), ("2.9 per cent", ERROR)])
def test_a_lead_restates_its_headline_whatever_place_both_name(body, status):
    text = ("Factory output in Kestria grows 2.7 per cent in May\n\n"
            f"Industrial production in Kestria increased by {body} in May compared with May last year, the "
            "statistics institute said.\n\nCompared with April, output fell 0.4 per cent.")
    assert statuses(text, CHECK) == [status]


def test_a_signed_change_in_brackets_in_a_table_keeps_its_sign():
    text = ("| Measure | 2013 | 2014 | Change |\n|---|---|---|---|\n| Attendances | 582,377 | 600,962 | 18,585 (+3%) |\n"
            "| Arrivals | 136,111 | 136,672 | 561 (-0.4%) |\n")
    read = {f.text: (f.value, f.direction) for f in meaning_of(text).figures}
    assert read["+3%"][1] == 1 and read["+3%"][0] > 0
    assert read["-0.4%"][1] == -1 and read["-0.4%"][0] < 0


_TABLE = ("| During the quarter | Apr-Jun 2013 | Apr-Jun 2014 | The difference |\n|---|---|---|---|\n"
          "| All emergency department attendances | 582,377 | 600,962 | 18,585 ({rate}) |\n"
          "| Admissions to hospital | 160,653 | 168,675 | 8,022 (+5%) |\n")


@pytest.mark.parametrize("rate, status", [("+3%", OK), ("+5%", ERROR)])
def test_a_change_beside_a_level_a_table_row_holds_restates_the_row_change(rate, status):
    text = ("Emergency departments received 600,962 patient visits during April to June 2014, 3% more than in the "
            "same quarter of 2013.\n\n" + _TABLE.format(rate=rate))
    assert [s for s, figures in verdicts(text, "table-vs-text") if "3%" in figures] == [status]


def test_a_change_on_another_period_than_the_rows_is_not_the_rows():
    text = ("Emergency departments received 600,962 patient visits during April to June 2014, 7% more than in the "
            "previous quarter.\n\n" + _TABLE.format(rate="+3%"))
    assert not [f for _, f in verdicts(text, "table-vs-text") if "7%" in f]


def test_a_row_whose_other_level_is_last_month_gives_no_change_of_the_year():
    text = ("Unemployment rose 2.7% to 632.2 thousand in February 2012.\n\n"
            "(columns: Feb 2012 | Jan 2012 | Jan 12 to Feb 12 | Feb 11 to Feb 12)\n"
            "Unemployed persons ('000): 632.2 | 615.8 | 16.4 | 4.8 %\n")
    assert not [f for _, f in verdicts(text, "table-vs-text") if "2.7%" in f]


def test_a_bare_phrase_after_from_and_a_participle_phrase_leave_the_measure_its_name():
    from auditor.grammar import measures
    meaning = meaning_of("Mining royalties collected by the treasury came to R4.82 billion in 2020. Royalties from "
                         "mining totalled R4.28 billion in 2020. Royalties from oil totalled R1.1 billion in 2020.")
    names = [measures.name_of(meaning.segment_of(f), meaning.frame(f).slot) for f in meaning.figures]
    assert [(n.head, sorted(n.words)) for n in names] == [("royalty", ["mining"]), ("royalty", ["mining"]),
                                                          ("royalty", ["oil"])]


@pytest.mark.parametrize("second, status", [("R4.82 billion", OK), ("R4.28 billion", ERROR)])
def test_one_measure_as_a_compound_and_with_from(second, status):
    text = ("Mining royalties collected by the treasury came to R4.82 billion in 2020. The treasury's annual review "
            f"said royalties from mining totalled {second} in 2020.\n\nRoyalties from oil were R1.1 billion in 2020.")
    assert statuses(text, CHECK) == [status]


def test_a_sentence_that_opens_on_the_year_after_is_of_that_year():
    text = ("Dairy output\n\nMilk production was 2,410 million litres in 2020. A year later, milk production was 2,530 "
            "million litres.\n\nCheese production was 312,000 tonnes in 2020.")
    assert {f.text: f.period for f in meaning_of(text).figures}["2,530 million litres"] == "2021"
    assert statuses(text, CHECK) == []


def test_a_change_seasonally_adjusted_and_one_unadjusted_are_no_sure_pair():
    text = ("Retail sales rise 1.4% in March\n\nRetail sales rose 1.4 per cent in March from February, seasonally "
            "adjusted, the statistics office said.\n\nUnadjusted, retail sales in March rose 3.2 per cent from a year "
            "earlier.")
    assert ERROR not in statuses(text, CHECK)
