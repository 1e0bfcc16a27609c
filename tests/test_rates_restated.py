"""A rate per one span of time restated per another (grammar.time_rates): "1,150 calls a day, or about
420,000 a year". The sentences are written here."""
from __future__ import annotations

from fractions import Fraction

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor import expr
from auditor.grammar.time_rates import spans_in
from auditor.interval import Interval
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ratio")


@pytest.mark.parametrize("text, pair", [
    ("Ambulance crews answered 1,150 calls a day in 2023, or about 420,000 over the year.", ("1,150", "420,000")),
    ("Births ran at 14 an hour, the equivalent of 122,640 a year.", ("14", "122,640")),
    ("The mint struck 2,000 coins an hour (48,000 a day) at full capacity.", ("2,000", "48,000")),
    ("Water losses reached 310 litres a second in the dry season, or 26.8 million litres a day.",
     ("310 litres", "26.8 million litres")),
    ("The club lost £83,000 a week during the season, equivalent to £4.3m a year.", ("£83,000", "£4.3m")),
    ("Each lorry covers 410 km a day, that is 2,870 km a week.", ("410 km", "2,870 km")),
    ("The fund paid out $2.1 million a month in grants, or $25 million a year.", ("$2.1 million", "$25 million")),
    # the one rate of the sentence before, restated by a sentence that opens on "That works out at"
    ("Panels went up at 6.5 per minute in 2017, adding 1,057MW over the year. That works out at 3.4 million "
     "panels, or more than 9,300 a day.", ("6.5", "3.4 million")),
])
def test_a_rate_restated_per_another_span_is_the_first_times_the_count_of_spans(text, pair):
    found = verdicts(text)
    assert (Status.CONSISTENT, pair) in found
    assert all(status is Status.CONSISTENT for status, _ in found)


@pytest.mark.parametrize("text, wrong", [
    ("The charity handed out 2,300 food parcels a week last winter, that is roughly 150,000 a year.", "150,000"),
    ("Visitors spent R1.2 million a day over the festival, or R84 million a week.", "R84 million"),
    ("The council collected £12,500 a month in fines, or £180,000 a year.", "£180,000"),
    # 2017 was no leap year: 6.5 a minute is 3.39 to 3.44 million
    ("Panels went up at 6.5 per minute in 2017. That works out at 3.5 million panels, or 9,400 a day.", "3.5 million"),
])
def test_a_restatement_the_arithmetic_does_not_give_is_an_error(text, wrong):
    assert any(status is Status.INCONSISTENT and wrong in figures for status, figures in verdicts(text))


@pytest.mark.parametrize("text", [
    "Rents rose 3% a year, or 0.25% a month, in the capital.",  # rates of change, not amounts
    "Workers earn £600 a week, while managers take home £52,000 a year.",
    "The mill produced 1,200 tonnes a day in 2022 and 500,000 tonnes a year by 2024.",
    "Sales reached 5,000 units a month in spring, against 52,000 a year in 2019.",
    "The hospital treats 1,200 patients a day, 3,400 staff a year on fixed contracts.",  # two things
    "Trains ran every 10 minutes, carrying 45,000 passengers a day.",
    "Buses ran 300 trips a day; the network logged 2.1 million passengers a year.",
    "The line carried 45,000 passengers a day, or 1.2 million a month.",  # no fixed count of days in a month
])
def test_rates_set_side_by_side_or_of_changing_spans_are_no_restatement(text):
    assert meaning_of(text).rates_restated == ()


def test_a_year_holds_365_or_366_days_unless_its_period_names_it():
    assert spans_in("day", "year") == (365, 366)
    assert spans_in("day", "year", "2017") == (365, 365) and spans_in("day", "year", "2024") == (366, 366)
    assert spans_in("week", "year") == (52, Fraction("52.29"))  # "52 weeks" as readers reckon, up to 366 / 7
    assert spans_in("minute", "day") == (1440, 1440) and spans_in("day", "month") is None


def test_between_is_any_value_from_the_least_to_the_greatest():
    compare = expr.parse("y == d * between(365, 366)")
    assert expr.holds(compare, {"y": Interval.point(Fraction(366)), "d": Interval.point(Fraction(1))})
    assert not expr.holds(compare, {"y": Interval.point(Fraction(367)), "d": Interval.point(Fraction(1))})


def test_a_rate_per_span_of_time_is_no_ratio_of_the_two_counts_before_it():
    text = "Assuming the same rates, 816 pubs closed nationally, i.e. 68 per month or 15.7 per week."
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))
    # (a ratio of two counts is still read: 3,150 / 1,260 is 2.5, not 2.9)
    assert Status.INCONSISTENT in [s for s, _ in verdicts("The clinic listed 3,150 patients and 1,260 nurses, "
                                                          "a ratio of 2.9.")]
