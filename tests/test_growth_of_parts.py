"""The rate of a total against the rates of the parts that make it up, in phrasings of several kinds."""
from __future__ import annotations

import pytest

from _reading import statuses, verdicts
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT
CHECK = "growth-of-parts"


@pytest.mark.parametrize("rate, status", [("5.6%", OK), ("2.0%", ERROR)])
@pytest.mark.parametrize("text", [
    # the rates beside each level, the total's in the sentence after it
    "Admissions came to 8,640 in the year. This was an increase of {rate} on the year before. It consisted of "
    "5,120 emergency admissions, an increase of 6.5% on the year before, and 3,520 planned admissions, an increase "
    "of 4.2%.",
    # the rates before their levels ("rose by ... to")
    "Sales rose by {rate} to 8,640 tonnes, made up of 5,120 tonnes of wheat, which rose by 6.5% to that level, "
    "and 3,520 tonnes of barley, up 4.2%.",
    # complementary groups in the sentence after the total
    "Passenger numbers grew {rate} to 8,640. Domestic passengers rose 6.5% to 5,120 and international passengers "
    "rose 4.2% to 3,520.",
])
def test_a_totals_rate_against_its_parts_rates(text, rate, status):
    assert statuses(text.format(rate=rate), CHECK) == [status]


def test_two_rates_each_are_paired_in_order():
    # 5,120 / 1.065 + 3,520 / 1.042 = 8,185.6 (5.6% below 8,640); 5,120 / 1.02 + 3,520 / 0.99 = 8,575.2 (0.8%)
    text = ("Admissions came to 8,640, up 5.6% on the quarter and up 0.8% on the year. This was made up of 5,120 "
            "emergency admissions, up 6.5% on the quarter and up 2.0% on the year, and 3,520 planned admissions, "
            "up 4.2% on the quarter and down 1.0% on the year.")
    assert statuses(text, CHECK) == [OK, OK]


def test_parts_that_may_leave_some_out_give_no_rate():
    text = ("Admissions came to 8,640, up 2.0%. This included 5,120 emergency admissions, up 6.5%, and 3,520 "
            "planned admissions, up 4.2%.")
    assert statuses(text, CHECK) == []


def test_a_part_without_its_own_rate_gives_no_rate():
    text = ("Admissions came to 8,640, up 2.0%. This was made up of 5,120 emergency admissions, up 6.5%, and 3,520 "
            "planned admissions.")
    assert statuses(text, CHECK) == []


def test_the_relation_names_every_figure():
    text = ("Admissions came to 8,640, up 2.0%. This was made up of 5,120 emergency admissions, up 6.5%, and 3,520 "
            "planned admissions, up 4.2%.")
    [(status, figures, *_)] = verdicts(text, CHECK)
    assert status is ERROR and set(figures) == {"8,640", "2.0%", "5,120", "6.5%", "3,520", "4.2%"}


def test_a_ranking_of_levels_with_rates_is_no_breakdown():
    text = ("Kenya was the top market, with 96,990 visitors, up 2.8 percent. Uganda was second at 61,618, up 5 "
            "percent, with Tanzania third at 37,933, up 26 percent.")
    assert statuses(text, CHECK) == [] and statuses(text, "sum-of-parts") == []
