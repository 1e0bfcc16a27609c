"""A table flattened into lines of labels and values ("Coffee 4,310 Tea 3,950 Cocoa 2,870 ..."), one line to a year
or series, as tables copied from a web page or a parliamentary answer arrive: each line is a column, so one label's
two values on two lines are of two columns, neither a restatement nor a slip of one digit. A value told again in
prose is still compared."""
from __future__ import annotations

from tests._reading import errors, meaning_of

_TWO_YEARS = (
    "Table 3 lists the crops with the largest harvested area in 2019/20 and 2020/21, in hectares.\n"
    "2019/20 Harvested area Maize 48,700 Sorghum 46,500 Cassava 41,300 Groundnuts 38,900 Beans 21,200\n"
    "Harvested area Sorghum 48,200 Maize 46,900 Cassava 41,800 Groundnuts 37,600 Beans 26,500\n")


def test_values_on_two_flattened_lines_are_two_columns():
    assert errors(_TWO_YEARS, "same-measure-conflict") == []


def test_each_value_of_a_flattened_line_is_read_as_one():
    meaning = meaning_of(_TWO_YEARS)
    flattened = {f.text for f in meaning.figures if f.id in meaning.flattened_row_items}
    assert {"48,700", "46,500", "21,200", "48,200", "26,500"} <= flattened


def test_prose_with_verbs_between_figures_is_no_flattened_line():
    meaning = meaning_of("Maize output rose 4,870 tonnes Sorghum fell 2,310 tonnes Cassava gained 1,200 tonnes.\n")
    assert meaning.flattened_row_items == frozenset()


def test_two_values_side_by_side_are_no_flattened_line():
    # a line of labels needs three values at least: two are a pair the prose may set side by side
    meaning = meaning_of("Imports 48,700 Exports 46,500\n")
    assert meaning.flattened_row_items == frozenset()


def test_a_figure_told_again_in_prose_with_one_digit_changed_is_still_a_slip():
    # the twin: outside a flattened table a long figure one digit apart in a like sentence is still flagged
    text = ("The harvested area of maize reached 248,700 hectares in 2020/21, the statistics office said.\n\n"
            "In 2020/21 the harvested area of maize reached 248,760 hectares, the office added.\n")
    assert errors(text, "same-measure-conflict")
