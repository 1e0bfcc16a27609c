"""A comparative whose other term is left out: "Pass rates were a little better among second-time candidates:
48.4%" compares the clause's own figure with the figure of the same measure the sentences just before gave.
Side-by-side figures with no comparative, a comparative that names both terms or none of its figure, and a
figure another clause gives are no such claim."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.grammar import comparisons
from auditor.model import Status


def _pairs(text: str) -> dict[frozenset[str], Status]:
    return {frozenset(figures): status for status, figures in verdicts(text, "comparison")}


# (text, the clause's own figure, the figure said before, the status)
POSITIVES = [
    # a pronoun points at the sentence before's measure
    ("The jobless rate was 5.2% in March. It was lower in April, at 5.4%.", "5.4%", "5.2%", Status.INCONSISTENT),
    ("Applications reached 8,210 in March. In April they were higher still, at 8,030.", "8,030", "8,210",
     Status.INCONSISTENT),
    ("The jobless rate was 5.2% in March. It was lower in April, at 5.0%.", "5.0%", "5.2%", Status.CONSISTENT),
    # the subject names the measure the figure before was given under
    ("The pass rate for the theory test was 71.3%. Pass rates were lower among repeat candidates: 73.9%.",
     "73.9%", "71.3%", Status.INCONSISTENT),
    ("Average rents came to £1,150 in Leeds. Rents were well higher in York, at £1,090.", "£1,090", "£1,150",
     Status.INCONSISTENT),
    ("Household incomes averaged $41,200 in the city. Household incomes were higher in the suburbs, with $47,900.",
     "$47,900", "$41,200", Status.CONSISTENT),
    ("Wheat output came to 4.1 million tonnes. Barley output trailed, at 4.6 million tonnes.",
     "4.6 million tonnes", "4.1 million tonnes", Status.INCONSISTENT),
    # "the lower rate came in" names the figure by a noun of rate: a figure per a base said before
    ("Admissions ran at 4.1 per 1,000 residents in 2021. The lower rate came in 2019 - 4.4.", "4.4", "4.1",
     Status.INCONSISTENT),
    # the term two sentences back, named by the subject's words, not the nearer figure of another measure
    ("The overall pass rate was 47.5%. Among men, 50.9% got through. Pass rates were a little higher for second "
     "attempts: 46.0%.", "46.0%", "47.5%", Status.INCONSISTENT),
    # "better" takes its way from the measure: less unemployment is better; only likely, never an error
    ("Unemployment stood at 6.2% in Lagos. Unemployment was better in Abuja, at 5.1%.", "5.1%", "6.2%",
     Status.CONSISTENT),
    ("Unemployment stood at 6.2% in Lagos. Unemployment was better in Abuja, at 6.9%.", "6.9%", "6.2%",
     Status.UNDETERMINED),
    # a noun subject that names none of the words beside the one figure of its unit before: only likely
    ("Exports reached 4,100 tonnes in 2023. Imports trailed, at 4,300 tonnes.", "4,300 tonnes", "4,100 tonnes",
     Status.UNDETERMINED),
    ("Exports reached 4,100 tonnes in 2023. Imports trailed, at 3,900 tonnes.", "3,900 tonnes", "4,100 tonnes",
     Status.CONSISTENT),
    # "at" alone hands the figure over too
    ("Core inflation was 3.4% in May. In June it came in lower at 3.6%.", "3.6%", "3.4%", Status.INCONSISTENT),
]


@pytest.mark.parametrize("text, own, before, status", POSITIVES)
def test_a_comparative_with_its_term_left_out_compares_with_the_figure_said_before(text, own, before, status):
    assert _pairs(text).get(frozenset((own, before))) is status


# (text, two figures that must not be compared)
DECOYS = [
    # side by side, no comparative
    ("Exports reached 4,100 tonnes in 2023. Imports came to 4,300 tonnes.", "4,100 tonnes", "4,300 tonnes"),
    # a bare comma hands no figure to the comparative
    ("Costs were 4.1 million in 2022. Costs were higher in 2023, 12 of the 15 firms said.", "4.1 million", "12"),
    # an attributive comparative compares nothing
    ("Prices were 3.2% above last year in May. Higher prices pushed inflation to 5.1% in June.", "3.2%", "5.1%"),
    # a noun "the lower" names a thing, not a figure
    ("The upper house has 76 seats. The lower house was elected in 2019 (150 seats).", "76 seats", "150 seats"),
    # the figure belongs to another clause
    ("Rents were 41% of income in Leeds. Rents were higher in York, where 46% of homes are rented.", "41%", "46%"),
    # no comparative said: negated
    ("Output was 4.1 million tonnes in 2022. Output was not higher in 2023: 3.9 million tonnes.",
     "4.1 million tonnes", "3.9 million tonnes"),
    # a verb of leading in the passive leads nothing
    ("The firm had 4,100 staff in 2022. The firm led by its founder grew, with 4,300 staff.", "4,100 staff",
     "4,300 staff"),
    # the comparison names its other term after the figure: another reading's, not the figure before
    ("Imports were 3,900 tonnes. Exports were higher in 2023, at 4,100 tonnes against 3,700 tonnes in 2022.",
     "3,900 tonnes", "4,100 tonnes"),
    # a hedged figure is no firm term
    ("Visitors numbered 21,000 in May. Numbers were higher in June, at about 20,000.", "21,000", "about 20,000"),
    # another unit is no term of the comparison
    ("The rate was 5.2% in March. It was lower in April, at 120 cases.", "5.2%", "120 cases"),
    # "more than N" bounds its own figure
    ("Exports reached 4,100 tonnes. Imports were higher, at more than 3,900 tonnes.", "4,100 tonnes",
     "more than 3,900 tonnes"),
    # "with" alone gives a difference, not the clause's level
    ("Turnout was 41,200 in 2019. Turnout was higher with 5,000 more voters in 2023.", "41,200", "5,000"),
    # a figure three sentences back is out of reach
    ("Sales were 1,200 units in May. The firm hired staff. It opened a shop. Sales were lower in June, at 1,300 units.",
     "1,200 units", "1,300 units"),
]


@pytest.mark.parametrize("text, first, second", DECOYS)
def test_figures_with_no_elided_comparison_are_not_compared(text, first, second):
    assert frozenset((first, second)) not in _pairs(text)


@pytest.mark.parametrize("opening, greater, subject", [
    ("Pass rates were a little better among those sitting for the second time: ", None, "pass rates"),
    ("Urban households do much better, with ", None, "urban households"),
    ("The higher rate came in 2014 - ", True, "rate"),
    ("In the north, unemployment was much lower, at ", False, "unemployment"),
    ("Imports trailed, at ", False, "imports"),
])
def test_the_reading_of_an_elided_comparative(opening, greater, subject):
    said = comparisons.elided_standard(opening)
    assert said is not None and said.greater is greater and said.subject == subject


@pytest.mark.parametrize("opening", [
    "Costs were higher in 2023, ",
    "Prices were higher than in ",
    "Rents were higher in York, where ",
    "Higher prices pushed inflation to ",
    "The lower house was elected in 2019 (",
    "The firm led by its founder grew, with ",
])
def test_no_elided_comparative_is_read(opening):
    assert comparisons.elided_standard(opening) is None
