"""A sum written out with '=' and '+' whose terms carry their label before the figure, after the sign (grammar.links):
"hydro 4,210 + thermal 2,880 = 7,090", read like "4,210 hydro + 2,880 thermal = 7,090". The texts are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status


@pytest.mark.parametrize("text, figures", [
    ("Generation last year, in GWh: hydro 4,210 + thermal 2,880 = 7,190.", ("4,210", "2,880", "7,190")),
    ("Enrolment: boys 1,204 + girls 1,187 = 2,491 pupils.", ("1,204", "1,187", "2,491")),
    ("Budget: salaries €3.2m + goods €1.1m + capital €0.9m = €5.6m.", ("€3.2m", "€1.1m", "€0.9m", "€5.6m")),
    ("Arrivals = air 812,400 + sea 96,300 + land 201,700 = 1,120,400 visitors.",
     ("812,400", "96,300", "201,700", "1,120,400")),
])
def test_labels_before_the_terms_of_a_written_sum(text: str, figures: tuple[str, ...]) -> None:
    assert [tuple(sorted(found)) for found in errors(text, "sum-of-parts")] == [tuple(sorted(figures))]


def test_a_written_sum_with_labels_before_its_terms_that_holds() -> None:
    text = "The assembly after the vote. Seats: ruling party 102 + opposition 81 + others 46 = 229."
    assert statuses(text, "sum-of-parts") == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    # an exchange rate, not a sum; a sum of terms either side of '='
    "Rate used: 1 USD = 605 CFA francs, and 1 EUR = 656 CFA francs.",
    "Boys 1,204 + girls 1,187 = grade six 1,500 + grade seven 900.",
    # figures in different units
    "Exports 4,210 tonnes + growth 2.1% = 7,190 tonnes.",
])
def test_no_sum_without_one_whole_of_the_same_unit(text: str) -> None:
    assert errors(text, "sum-of-parts") == []
