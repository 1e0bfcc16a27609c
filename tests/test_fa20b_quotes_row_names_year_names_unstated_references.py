"""Misreadings of real releases nobody tuned on, fifth round (the texts are invented here):

- a number after a market quote's value label and a colon ("close: 1916") is the quote, never a year;
- a line that opens with a number and a capitalised name, then a colon and a value ("15 Micron close: 3229")
  names its row: the number is no figure of the row's measure;
- a plain number right after the noun "year" ("the Iranian year 1400", "Year 12") names the year;
- a rate said against a reference whose level the text leaves out ("22 percent below the five-year average")
  is not the change between the stated levels of its sentence."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, statuses


QUOTES = ("Indicator closes\n"
          "17 Micron close: 2014, change in %: +0.8\n"
          "18 Micron close: 1905, change in %: -1.2\n"
          "19 Micron close: 1788, change in %: +0.3\n"
          "21 Micron close: 1650, change in %: -0.4\n")


def _texts(text: str) -> list[str]:
    return [f.text for f in meaning_of(text).figures]


def test_a_quote_after_close_is_a_value_not_a_year():
    texts = _texts(QUOTES)
    assert "1905" in texts and "1788" in texts
    assert not any(f.period == "1905" for f in meaning_of(QUOTES).figures)


def test_the_number_opening_a_row_name_is_no_figure():
    texts = _texts(QUOTES)
    assert not {"17", "18", "19", "21"} & set(texts)
    assert not statuses(QUOTES, "same-measure-conflict")


@pytest.mark.parametrize("text", [
    "The index rose in 1998. In 2014 the fund held 1,250 tonnes.\n",  # years stay years
    "Population: 2015 estimates put it at 4,200.\n",  # a label that is no quote's value
])
def test_years_outside_a_quote_stay_years(text):
    assert "2014" not in _texts(text) and "2015" not in _texts(text)
    assert "1998" not in _texts(text)


def test_a_lowercase_count_before_a_colon_is_still_a_count():
    texts = _texts("Across the country\n12 regions: 5 grew and 7 fell.\n")
    assert "12" in texts


def test_a_number_mid_line_before_a_colon_is_still_a_figure():
    assert "25,000" in _texts("In the end 25,000 Bales sold: a better guide to demand.\n")


YEAR_NAMES = ("Iran exported 135,322 tons of pistachios in the Iranian year 1400, and its exports went to 75 "
              "countries. In the year 1399 it had exported 203,637 tons.\n")


def test_a_number_after_year_names_the_year():
    texts = _texts(YEAR_NAMES)
    assert "1400" not in texts and "1399" not in texts
    assert "135,322 tons" in texts and "75" in texts


def test_a_title_count_is_not_restated_by_a_year_name():
    text = "Iran sells pistachios to 75 countries\n\n" + YEAR_NAMES.replace(" and its exports went to 75 countries", "")
    assert not errors(text, "same-measure-conflict")


def test_a_count_after_a_plural_or_a_year_range_stays():
    assert "40" in _texts("Over the past two years 40 people were hired.\n")


AVERAGE = ("Table olive output reached 408,000 tons, more than the 387,800 tons first estimated, short of the "
           "previous year's 414,200 tons and 22 percent below the five-year average.\n")


def test_a_rate_against_an_unstated_average_is_no_change_between_the_stated_levels():
    assert not errors(AVERAGE, "growth-rate")


@pytest.mark.parametrize("reference", ["the long-term mean", "the seasonal norm", "normal", "their 10-year averages"])
def test_other_unstated_references(reference):
    text = (f"Rice stocks were 1.42 million tonnes at the end of June, more than the 1.30 million tonnes a year ago "
            f"and 20 percent above {reference}.\n")
    assert not errors(text, "growth-rate")


def test_a_rate_with_its_pair_of_levels_is_still_checked():
    text = ("Rice stocks were 1.42 million tonnes at the end of June, 20 percent above the 1.30 million tonnes "
            "a year ago.\n")
    assert errors(text, "growth-rate")


def test_a_reference_with_its_level_stated_is_no_unstated_reference():
    from auditor.grammar.links import against_unstated_reference
    assert against_unstated_reference(" below the five-year average")
    assert not against_unstated_reference(" below the five-year average of 7.8 tonnes")
    assert not against_unstated_reference(" above the 1.30 million tonnes a year ago")
