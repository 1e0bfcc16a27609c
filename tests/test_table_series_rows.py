"""A prose level restating a cell of a table whose rows are the periods of a series, and a row named by an
acronym the text defines (table-vs-text). The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.grammar.links import acronyms_spelled_out
from auditor.model import Status

SERIES = ("\n\n| Year | Wool exports | Meat exports |\n|---|---|---|\n| 2021 | $840 million | $2,115 million |\n"
          "| 2022 | $905 million | $2,230 million |\n| 2023 | $962 million | $2,310 million |\n")


def _found(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(s, figures) for s, figures in verdicts(text, "table-vs-text")]


@pytest.mark.parametrize("prose, status", [
    ("Wool exports earned $962 million in 2023.", Status.CONSISTENT),
    ("Wool exports earned $926 million in 2023.", Status.INCONSISTENT),
    ("In 2023 meat exports came to $2.31 billion.", Status.CONSISTENT),
    ("In 2023 meat exports came to $2.13 billion.", Status.INCONSISTENT),
    # a year its sentence writes, and "the year before" in the figure's own clause
    ("Wool exports rose in 2023, from the $950 million earned the year before.", Status.INCONSISTENT),
    ("Wool exports rose in 2023, from the $905 million earned the year before.", Status.CONSISTENT),
])
def test_a_level_of_a_written_period_restates_its_rows_cell_in_the_column_its_words_name(prose, status):
    assert [s for s, _ in _found(prose + SERIES)] == [status]


@pytest.mark.parametrize("prose", [
    "Exports earned $926 million in 2023.",  # no column's words: wool's or meat's?
    "Wool exports earned $926 million last year.",  # no period written: "last year" of which time?
    "Wool exports earned $926 million in 2024.",  # no row of its period
    "Wool exports are forecast to reach a target of $990 million in 2023.",  # a plan, not the row's level
])
def test_no_cell_when_the_words_or_the_period_do_not_say_which(prose):
    assert _found(prose + SERIES) == []


def test_two_prose_values_for_one_cell_make_a_question():
    prose = ("Wool exports earned $962 million in 2023, the board said. The ministry puts 2023 wool exports at "
             "$955 million.")
    assert sorted(s.value for s, _ in _found(prose + SERIES)) == sorted([Status.CONSISTENT.value,
                                                                         Status.UNDETERMINED.value])


TARGETS = ("\n\nCollections by heading\nHeading | Target | Collection\n---|---|---\nValue added tax | Rs 184.84bn | Rs 144.92bn\n"
           "Income tax | Rs 99.09bn | Rs 120bn\n")


@pytest.mark.parametrize("prose, status", [
    ("Value-added tax (VAT) fell short. VAT brought in Rs 144.92 billion against a target of Rs 148.84 billion.",
     Status.INCONSISTENT),
    ("Value-added tax (VAT) fell short. VAT brought in Rs 144.92 billion against a target of Rs 184.84 billion.",
     Status.CONSISTENT),
])
def test_an_acronym_the_text_defines_names_the_row_of_its_words(prose, status):
    found = [s for s, figures in _found(prose + TARGETS) if "Rs 184.84bn" in figures]
    assert found == [status]


def test_acronyms_spelled_out_by_whole_words_or_by_the_parts_of_a_hyphened_one():
    text = "Large and small-scale manufacturing (LSM) grew; value-added tax (VAT) fell; the (ABC) stands alone."
    assert acronyms_spelled_out(text) == {"LSM": "Large and small-scale manufacturing", "VAT": "value-added tax"}


def test_an_acronym_the_text_does_not_define_names_no_row():
    prose = "VAT brought in Rs 144.92 billion against a target of Rs 148.84 billion."
    assert [s for s, figures in _found(prose + TARGETS) if "Rs 184.84bn" in figures] == []


FARES = ("\n\n| Fare | Old fare | Increase | New fare |\n|---|---|---|---|\n| Adult single | R14.20 | R0.80 | R15.00 |\n"
         "| Child single | R7.10 | R0.40 | R7.50 |\n")


@pytest.mark.parametrize("prose, status", [
    ("The child single will go up by R0.40 to R7.50.", Status.CONSISTENT),
    ("The child single will go up by R0.40 to R7.90.", Status.INCONSISTENT),
])
def test_a_rows_old_cell_moved_by_the_prose_change_is_the_prose_new_level(prose, status):
    found = [s for s, figures in _found(prose + FARES) if "R7.10" in figures]
    assert found == [status]


def test_no_move_from_the_old_cell_without_a_change_before_the_level():
    assert [s for s, figures in _found("The child single will cost R7.90." + FARES) if "R7.10" in figures] == []


def test_a_change_per_a_quantity_then_the_level_it_leads_to():
    found = _found("The adult single goes up by R0.80 a trip to R15.40." + FARES)
    assert {figures for s, figures in found if s is Status.INCONSISTENT} == {("R15.40", "R15.00"),
                                                                            ("R14.20", "R0.80", "R15.40")}


def test_a_subject_set_apart_as_one_part_restates_no_cell():
    assert _found("The southern mill alone exported $412 million of wool in 2023." + SERIES) == []


@pytest.mark.parametrize("prose", [
    "In 2023 wool exports to women-owned firms were $126 million.",  # a question at most: words the header lacks
    "Wool exports are expected to be $1,020 million in 2023.",
    "In 2023 wool exports for children's clothing were $126 million.",
])
def test_a_group_or_a_forecast_restates_no_cell(prose):
    assert [s for s, _ in _found(prose + SERIES) if s is Status.INCONSISTENT] == []


def test_a_row_labelled_by_the_acronym_itself_is_still_named_by_it():
    table = "\n\nPolicy rates\nSDF | 4.65% |\nMSF | 5.15% |\n"
    prose = "The standing deposit facility (SDF) rate now stands at 4.40 per cent."
    assert [s for s, figures in _found(prose + table) if "4.65%" in figures] == [Status.INCONSISTENT]
