"""A level the prose gives after a change, against a table whose rows have a column of the value
before and one headed "New ..." for the value after ("Existing fare | Increase | New fare"): the
prose restates the row's new value. The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "table-vs-text"
TABLE = ("\n\n|Ticket|Existing fare|Increase|New fare|\n|---|---|---|---|\n|Adult fare|R14.30|R0.20|R14.50|\n"
         "|Child fare|R7.10|R0.10|R7.20|\n")
WATER = ("\n\n|Tariff|Old charge|Increase|Revised charge|\n|---|---|---|---|\n|Domestic tariff|Ksh 120|Ksh 12|Ksh 132|\n"
         "|Commercial tariff|Ksh 150|Ksh 15|Ksh 165|\n")

RESTATED = [
    # a change in the clause, then the row and its level
    ("Bus fares rise from Monday.\n\nWith the 20c increase, the adult fare will now cost {} per trip." + TABLE,
     "R14.50", "R14.90"),
    # the change names the row; the level follows it ("to", "will now cost")
    ("Bus fares rise from Monday.\n\nThe child fare, raised by R0.10, will now cost {} on every route." + TABLE,
     "R7.20", "R7.60"),
    ("Water charges go up in July.\n\nThe domestic tariff will go up by Ksh 12 to {} per unit." + WATER,
     "Ksh 132", "Ksh 123"),
]


@pytest.mark.parametrize("text, right, wrong", RESTATED)
def test_a_level_after_a_change_restates_the_rows_new_column(text, right, wrong):
    assert Status.CONSISTENT in [status for status, _ in verdicts(text.format(right), CHECK)]
    # the wrong level is flagged against its cell (the change beside it may be checked too)
    assert (Status.INCONSISTENT, wrong) in [(status, figures[0]) for status, figures in verdicts(text.format(wrong), CHECK)]


CHANGES = [
    ("Bus fares rise from Monday.\n\nThe adult fare goes up by {} to R14.50." + TABLE, "R0.20", "R0.40"),
    ("Bus fares rise from Monday.\n\nThe child fare, raised by {}, will now cost R7.20." + TABLE, "R0.10", "R0.30"),
    ("Water charges go up in July.\n\nThere will be an increase of {} in the commercial tariff." + WATER,
     "Ksh 15", "Ksh 18"),
]


@pytest.mark.parametrize("text, right, wrong", CHANGES)
def test_a_change_of_a_row_restates_its_change_column(text, right, wrong):
    assert Status.CONSISTENT in [status for status, _ in verdicts(text.format(right), CHECK)]
    assert Status.INCONSISTENT in [status for status, _ in verdicts(text.format(wrong), CHECK)]


@pytest.mark.parametrize("text", [
    # a change asked for, not the one made
    "Bus fares rise from Monday.\n\nThe union had proposed that the adult fare be raised by R0.50." + TABLE,
    "Bus fares rise from Monday.\n\nRiders' groups recommended raising the child fare to R7.60 instead." + TABLE,
    # a change in a table of periods, whose change column may compare other periods
    "Fares rose this year.\n\nThe adult fare went up by R0.40 in March.\n\n|Ticket|2023|2024|Change|\n|---|---|---|---|\n"
    "|Adult fare|R14.30|R14.50|R0.20|\n",
    # no change in the figure's clause: the level may be the old value or the new
    "Bus fares rise from Monday.\n\nThe adult fare is R14.90 per trip." + TABLE,
    # the change is another row's
    "Bus fares rise from Monday.\n\nThe adult fare goes up by R0.20, while the child fare, at R7.60, is unchanged." + TABLE,
    # no row named
    "Bus fares rise from Monday.\n\nWith the increase, fares will now cost R14.90 on most routes." + TABLE,
    # no column says which value is the new one
    "Bus fares rise from Monday.\n\nWith the 20c increase, the adult fare will now cost R14.90 per trip.\n\n"
    "|Ticket|Peak fare|Increase|Off-peak fare|\n|---|---|---|---|\n|Adult fare|R14.30|R0.20|R14.50|\n",
])
def test_a_level_the_text_does_not_place_after_a_change_is_not_paired_with_the_new_column(text):
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(text, CHECK)]


def test_a_column_of_percent_of_something_is_no_change_column():
    # "% of normal" is each row's share of its normal, not a change between the row's other cells
    text = ("Weather summary, February\n\nStation | Rain (mm) | % of normal | Mean temp (C)\n"
            "Valentia | 212 | 148 | 8.4\nShannon | 96 | 121 | 7.6\nDublin Airport | 38 | 67 | 7.1\n")
    assert verdicts(text, "difference") == []


@pytest.mark.parametrize("growth, status", [("8.7", Status.CONSISTENT), ("12.7", Status.INCONSISTENT)])
def test_a_column_headed_in_percent_holds_rates_of_change_not_amounts(growth, status):
    # the table's "(million tonnes)" is not the unit of its "Growth %" column: 74.76 on 68.78 is 8.7%, not 8.7 tonnes
    text = ("Cement output (million tonnes)\n\nCompany | Feb 2024 | Feb 2023 | Growth %\n"
            f"North Works | 74.76 | 68.78 | {growth}\nSouth Works | 6.95 | 6.84 | 1.6\n")
    found = verdicts(text, "growth-rate")
    assert (status, ("74.76", "68.78", growth)) in found
    assert verdicts(text, "difference") == []


def test_a_departure_in_percent_from_normal_is_a_rate_of_the_normal():
    text = ("Monthly rainfall\n\nMonth | 2023 (mm) | Normal (mm) | Departure (%)\nJune | 148.2 | 165.3 | -10\n"
            "September | 98.6 | 167.9 | -41\n")
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(text, "growth-rate") + verdicts(text, "difference")]


@pytest.mark.parametrize("last, status", [("37.7", Status.CONSISTENT), ("38.7", Status.INCONSISTENT)])
def test_a_share_column_whose_total_is_100_adds_up(last, status):
    # its total is the sum of the rows' shares, not a rate between them
    text = ("Arrivals by market\n\nMarket | Q1 2024 | Share of total (%)\nChina | 412,300 | 31.2\nIndia | 251,000 | 19.0\n"
            f"United States | 160,200 | 12.1\nOthers | 498,100 | {last}\nTotal | 1,321,600 | 100.0\n")
    found = [(s, figures) for s, figures in verdicts(text, "table-arithmetic") if "100.0" in figures]
    assert found == [(status, ("100.0", "31.2", "19.0", "12.1", last))]
