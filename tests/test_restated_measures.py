"""One measure stated twice: in a lead before the dateline and in the body, in two notations
in brackets after a change, and as a hedged lead figure the body states precisely.

Each grammar has phrasings that must be related (consistent as written, inconsistent with one
figure made wrong) and decoys that set figures side by side without restating one. The texts
are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"


def _statuses(text: str) -> list[Status]:
    return [status for status, _ in verdicts(text, CHECK)]


# --- a standfirst above the dateline: a month it names is of the dateline's year, and its figures
# are the title's, restated in the body ------------------------------------------------------------

LEAD_BEFORE_DATELINE = [
    ("In March, tyre sales rise 6.2%.\n\nLagos, April 3, 2024 - Tyre sales in March rose {} against March 2023, "
     "the dealers' association said.", "6.2%", "6.8%"),
    ("Cement output falls 3.4% in May\n\nNairobi, June 10, 2023 (KNBS) - Cement output in May fell {} from a "
     "year earlier, the bureau said.", "3.4%", "4.3%"),
    ("In October, a slight drop of 2.7% in hotel stays.\n\nValletta, 20 November 2022 - The islands saw a slight "
     "fall of {} in October in hotel stays.", "2.7%", "2.1%"),
]


@pytest.mark.parametrize("text, right, wrong", LEAD_BEFORE_DATELINE)
def test_a_lead_before_its_dateline_is_of_the_datelines_year(text, right, wrong):
    assert Status.CONSISTENT in _statuses(text.format(right))
    assert Status.INCONSISTENT in _statuses(text.format(wrong))


def test_a_standfirst_month_after_the_datelines_month_is_of_the_year_before():
    meaning = meaning_of("In December, card spending rose 4.1%.\n\nAccra, January 8, 2024 - Card spending "
                         "in December rose 4.1% on the year.")
    assert meaning.figures[0].period == "2023-12"


def test_another_month_in_the_body_is_not_the_leads():
    text = ("In February, coffee exports rise 14.4%.\n\nBogota, March 5, 2019 - Coffee exports in January rose "
            "11.0% against January 2018.")
    assert Status.INCONSISTENT not in _statuses(text)


# --- the same amount in brackets in another notation, after a word of change ----------------------

CONVERSIONS_AFTER_A_CHANGE = [
    "Net interest income went up by Rs 148.6 crore ({}) to Rs 337.8 crore.",
    "Operating costs at the utility fell by €2.4 billion ({}) in 2023.",
    "Exports of the cooperative rose by $1.75 billion ({}) last year.",
]
RIGHT_NOTATION = ["Rs 1,486 million", "€2,400 million", "$1,750 million"]
WRONG_NOTATION = ["Rs 1,468 million", "€2,600 million", "$1,570 million"]


@pytest.mark.parametrize("text, right, wrong", list(zip(CONVERSIONS_AFTER_A_CHANGE, RIGHT_NOTATION, WRONG_NOTATION)))
def test_a_change_converted_in_brackets_is_one_amount(text, right, wrong):
    assert _statuses(text.format(right)) == [Status.CONSISTENT]
    assert _statuses(text.format(wrong)) == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Spending rose by $5 million ($80 billion in total) last year.",  # the bracket goes on: another amount
    "Ticket income rose by Rs 12 crore (Rs 300 million a year earlier).",
    "Imports fell by 1,200 (1,450 in 2022).",  # one notation: an earlier value, not a conversion
])
def test_a_bracket_with_another_amount_after_a_change_is_not_a_conversion(text):
    assert Status.INCONSISTENT not in _statuses(text)


