"""A precise level told twice, each time with the rate of change said of it: a rate against the same base is the
one measure's rate told twice ("Notaries registered 133,144 property transfers in July, 3.9% more than in the same
month a year before" ... "the July figure was 133,144, which is 3.9% above the same month of 2011"). A mismatch is an
error when both bases name the same span, a question when one leaves it unsaid; rates against other bases (a month
ago and a year ago), of other levels, or of round levels are no pair. The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"


def _findings_on(text: str, first: str, second: str) -> list[Status]:
    return [s for s, figures in verdicts(text, CHECK) if set(figures) == {first, second}]


BROKEN = [
    ("Passenger numbers at the airport reached 612,300 in April, 9.4% higher than a year before.\n\n"
     "Cargo volumes fell.\n\nApril's passenger count of 612,300 was 11.2% higher than in April last year.\n",
     "9.4%", "11.2%"),
    ("Mills crushed 48,715 tonnes of cane in June, 6.1% more than in June 2022.\n\n"
     "Sugar prices were steady.\n\nThe June total, 48,715 tonnes, was 6.7% above the same month a year earlier.\n",
     "6.1%", "6.7%"),
]


@pytest.mark.parametrize("text,first,second", BROKEN)
def test_the_same_levels_rate_against_the_same_base_told_otherwise_is_an_error(text, first, second):
    assert Status.INCONSISTENT in _findings_on(text, first, second)


AGREEING = [
    ("Notaries registered 52,418 property transfers in July, 3.9% more than in the same month a year before.\n\n"
     "Mortgages rose.\n\nThe July figure was 52,418, which is 3.9% above the same month of 2022 and 2.2% above "
     "June 2023.\n", "3.9%", "3.9%"),
]


@pytest.mark.parametrize("text,first,second", AGREEING)
def test_the_same_rate_told_twice_agrees(text, first, second):
    statuses = [s for s, _ in verdicts(text, CHECK)]
    assert Status.CONSISTENT in statuses and Status.INCONSISTENT not in statuses


def test_a_base_unsaid_makes_a_question():
    text = ("Exports came to 7,482 containers in March, up 5.1% on a year earlier.\n\n"
            "Imports were flat.\n\nThe March figure of 7,482 containers was 4.3% higher.\n")
    found = [s for s, figures in verdicts(text, CHECK) if "5.1%" in figures and "4.3%" in figures]
    assert found and Status.INCONSISTENT not in found


DECOYS = [
    # a yearly rate and a monthly one of the same level
    "Arrivals reached 182,437 in July, 5.2% more than in July last year.\n\n"
    "Hotels were full.\n\nThe July count of 182,437 was 3.0% higher than in June.\n",
    # the same level figure for two periods
    "Sales came to 41,209 units in May 2023, up 6.8% on a year earlier.\n\n"
    "Sales came to 41,209 units in May 2024, up 0.4% on a year earlier.\n",
    # a round level said again is no proof of one measure
    "Some 5,000 jobs were added in March, 2.1% more than a year earlier.\n\n"
    "In the capital, 5,000 jobs went, 3.4% more than a year earlier.\n",
    # a reference value for a base, against an earlier time or a base left unsaid
    "Wheat deliveries reached 3,418,902 tonnes in the season, up 2.7% on the season before.\n\n"
    "Storage was tight.\n\nThe 3,418,902 tonnes delivered were 0.6% above the ten-year mean.\n",
    "Hospital admissions totalled 18,734 in October, an increase of 4.1%.\n\n"
    "Beds were short.\n\nThe October total of 18,734 was 1.2% higher than the winter plan.\n",
    # opposite directions: against another base
    "Output was 12,634 tonnes in May, up 2.0% on May 2022.\n\n"
    "The May output of 12,634 tonnes was 1.5% below the five-year average.\n",
]


@pytest.mark.parametrize("text", DECOYS)
def test_no_error_for_other_bases_periods_or_round_levels(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


def test_the_reading_is_in_the_meaning_layer():
    meaning = meaning_of(BROKEN[0][0])
    assert any(link.grammar.startswith("a precise level told again") and link.certain
               and {link.first.text, link.second.text} == {"9.4%", "11.2%"} for link in meaning.same_as)


@pytest.mark.parametrize("text,first,second", [(DECOYS[3], "2.7%", "0.6%"), (DECOYS[4], "4.1%", "1.2%")])
def test_a_rate_against_a_reference_value_is_no_restatement(text, first, second):
    assert not _findings_on(text, first, second)
