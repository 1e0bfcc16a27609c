"""A rate per year over several years ("an average annual growth rate of 1.67 per cent", "a CAGR of
9.6%") between two levels: compounded when the words say so, else any of the usual averages
(exponential, compound, simple); never the change between the two levels. Invented sentences."""
from __future__ import annotations

from fractions import Fraction

import pytest

from _reading import errors, load_rule_errors, meaning_of, role_of, verdicts
from auditor import expr
from auditor.grammar import lexicon
from auditor.grammar.frames import Role
from auditor.interval import Interval
from auditor.model import Status

OK = Status.CONSISTENT
CHECK = "growth-rate"


# --- the arithmetic -------------------------------------------------------------

@pytest.mark.parametrize("ratio, years", [(Fraction(109, 69), 4), (Fraction(3, 2), 7), (Fraction(4, 5), 3), (Fraction(1), 10)])
def test_the_compound_rate_bounds_hold_the_true_root_and_are_tight(ratio, years):
    rate = expr.evaluate(expr.parse(f"compound_rate(r, {years}) == g").left, {"r": Interval.point(ratio)})
    assert (1 + rate.lo) ** years <= ratio <= (1 + rate.hi) ** years
    assert rate.hi - rate.lo <= Fraction(1, 10 ** 11)


def test_an_average_rate_runs_from_the_exponential_to_the_simple_average():
    ratio = Fraction(1456789, 1234567)
    rate = expr.evaluate(expr.parse("average_rate(r, 10) == g").left, {"r": Interval.point(ratio)})
    compound = expr.evaluate(expr.parse("compound_rate(r, 10) == g").left, {"r": Interval.point(ratio)})
    assert rate.lo < Fraction(16552, 1000000) < Fraction(16553, 1000000) < compound.lo  # ln(1.18) / 10 = 1.6552%
    assert compound.hi < rate.hi == (ratio - 1) / 10


@pytest.mark.parametrize("text", ["compound_rate(a / b, n) == g", "compound_rate(a / b, 0) == g",
                                  "average_rate(a / b, 2.5) == g", "average_rate(a / b) == g",
                                  "compound_rate(a / b, 101) == g"])
def test_the_years_must_be_a_whole_number_written_in_the_expression(text):
    with pytest.raises(expr.ExpressionError, match="whole number of years"):
        expr.parse(text)


@pytest.mark.parametrize("figures, assertion, ok", [
    ({"new": "{unit: KES}", "old": "{unit: KES}", "g": "{unit: percent}"}, "compound_rate(new / old, 4) == g", True),
    ({"new": "{unit: KES}", "old": "{kind: count}", "g": "{unit: percent}"}, "compound_rate(new / old, 4) == g", False),
    ({"new": "{unit: KES}", "g": "{unit: percent}"}, "average_rate(new, 4) == g", False),
])
def test_a_rule_file_may_assert_a_yearly_rate_and_its_dimensions_are_checked(tmp_path, figures, assertion, ok):
    assert (load_rule_errors(tmp_path, figures, assertion) == []) is ok


# --- the reading ------------------------------------------------------------------

@pytest.mark.parametrize("text, rate", [
    ("Between the 2001 and 2011 censuses the population rose from 1,234,567 to 1,456,789, an average annual "
     "growth rate of 1.67 per cent.", "1.67 per cent"),
    ("Exports have grown at a CAGR of 12.1 percent, from KSh. 6.9 million in 2013 to KSh. 10.9 million in 2017.",
     "12.1 percent"),
    ("Output grew by 3.1% a year on average over the decade.", "3.1%"),
    ("Fees are set to rise 4% per annum.", "4%"),
    ("The fund returned 6.2% compounded annually.", "6.2%"),
])
def test_a_rate_per_year_has_its_own_role(text, rate):
    assert role_of(text, rate) is Role.YEARLY_RATE


@pytest.mark.parametrize("text, rate", [
    ("Sales rose 4% a year earlier.", "4%"),
    ("Inflation averaged 5.2% in 2023.", "5.2%"),
    ("Prices rose 3% on a year ago.", "3%"),
])
def test_a_year_that_dates_a_change_makes_no_rate_per_year(text, rate):
    assert role_of(text, rate) is not Role.YEARLY_RATE


# --- the check ----------------------------------------------------------------------

PHRASINGS = [
    # (text with the rate stated right, the rate, a wrong rate)
    ("Between the 2001 and 2011 censuses the district's population rose from 1,234,567 to 1,456,789, an average "
     "annual growth rate of 1.67 per cent.", "1.67 per cent", "2.67 per cent"),
    ("The population grew at an average annual rate of 2.3% between 2000 and 2010, from 10.2 million to 12.8 million.",
     "2.3%", "4.3%"),
    ("Revenue grew from $120 million in 2015 to $210 million in 2020, a compound annual growth rate (CAGR) of 11.8%.",
     "11.8%", "9.8%"),
    ("Revenue rose to $210 million in 2020 from $120 million in 2015, a compound annual growth rate of 11.8%.",
     "11.8%", "14.8%"),
    ("Exports have grown at a CAGR of 12.1 percent, from KSh. 6.9 million in 2013 to KSh. 10.9 million in 2017.",
     "12.1 percent", "9.6 percent"),
    ("Over the past five years the fleet grew from 4,210 buses to 5,380 buses, an average annual increase of 5.0%.",
     "5.0%", "7.0%"),
]


@pytest.mark.parametrize("text, rate, wrong", PHRASINGS)
def test_a_yearly_rate_is_checked_against_its_two_levels(text, rate, wrong):
    assert [status for status, figures in verdicts(text, CHECK) if rate in figures] == [OK]
    (flagged,) = errors(text.replace(rate, wrong), CHECK)
    assert wrong in flagged


def test_a_fall_at_a_yearly_rate_is_a_negative_rate():
    text = "Coal output declined from 52.0 million tonnes in 2012 to 40.0 million tonnes in 2017, an average annual fall of 5.1%."
    assert [status for status, _ in verdicts(text, CHECK)] == [OK]
    assert errors(text.replace("5.1%", "8.1%"), CHECK)


def test_a_yearly_rate_is_never_the_change_between_the_levels():
    # 1,456,789 / 1,234,567 is 18% more: read as the whole change, 1.67% would be an error
    text = ("Between the 2001 and 2011 censuses the district's population rose from 1,234,567 to 1,456,789, an average "
            "annual growth rate of 1.67 per cent.")
    assert errors(text, CHECK) == []
    assert errors(text, "arithmetic-found") == []


@pytest.mark.parametrize("text", [
    # the rate is of another clause's measure
    "The population rose from 1,234,567 in 2001 to 1,456,789 in 2011; literacy grew at an average annual rate of 4.1%.",
    # no span of years, no dated levels: the years are not said
    "Traffic rose from 4,210 to 5,380 vehicles a day, and is forecast to grow 3% a year.",
    # three levels of one unit: which two the rate runs between is not said
    "Output went from 410 tonnes in 2010 to 520 tonnes in 2015 and 610 tonnes in 2020, an average annual rise of 9%.",
])
def test_a_yearly_rate_without_its_two_levels_and_years_is_not_checked(text):
    assert errors(text, CHECK) == []


@pytest.mark.parametrize("words", [*lexicon.YEARLY_RATE_COMPOUND_WORDS, *lexicon.YEARLY_RATE_AVERAGE_WORDS])
def test_each_word_of_a_rate_per_year_before_it_gives_the_role(words):
    meaning = meaning_of(f"Output grew at a {words} rate of 2.5%.")
    assert meaning.frame(meaning.figures[0]).role is Role.YEARLY_RATE


@pytest.mark.parametrize("words", [*lexicon.YEARLY_RATE_AFTER_COMPOUND, *lexicon.YEARLY_RATE_AFTER])
def test_each_word_of_a_rate_per_year_after_it_gives_the_role(words):
    meaning = meaning_of(f"Output grew 2.5% {words}.")
    assert meaning.frame(meaning.figures[0]).role is Role.YEARLY_RATE


def test_the_same_two_levels_in_two_currencies_each_run_at_the_rate():
    text = ("The average mortgage has grown at a CAGR of 12.1 percent, from KSh. 6.9 million (US$67,171) in 2013 to "
            "KSh. 10.9 million (US$106,111) in 2017.")
    assert sorted(status for status, _ in verdicts(text, CHECK)) == [OK, OK]
    assert len(errors(text.replace("12.1 percent", "9.6 percent"), CHECK)) == 2


@pytest.mark.parametrize("text, figure, period", [
    ("Exports went from KSh. 6.9 million (US$67,171) in 2013 to KSh. 10.9 million (US$106,111) in 2017.",
     "KSh. 10.9 million", "2017"),
    ("Exports went from KSh. 6.9 million (US$67,171) in 2013 to KSh. 10.9 million (US$106,111) in 2017.",
     "US$106,111", "2017"),
    ("Sales rose to 319.86 lakh tonnes (lt) in 2023-24, from 282.64 lt a year before.", "319.86 lakh tonnes", "FY2023-24"),
])
def test_a_period_after_a_bracketed_restatement_is_the_figure_s_own(text, figure, period):
    (f,) = [f for f in meaning_of(text).figures if f.text == figure]
    assert f.period == period
