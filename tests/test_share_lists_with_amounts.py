"""Shares of one whole listed for subjects, each with the amount it stands for in brackets and the first
share's whole dated by the list's one year: "Road freight carried 68% of inland tonnage in 2021 (412
million tonnes) and rail 32% (195 million tonnes)". Together the shares are no more than all of the whole."""
from __future__ import annotations

from _reading import errors, verdicts

from auditor.model import Status

CHECK = "share-of-total"


def _sum_findings(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(status, figures) for status, figures in verdicts(text, CHECK) if len(figures) >= 2
            and all(f.endswith("%") for f in figures)]


def test_two_shares_with_amounts_in_brackets_are_checked_together():
    text = ("Road freight carried 68% of inland tonnage in 2021 (412 million tonnes) and rail 32% "
            "(195 million tonnes), the ministry said.")
    assert (Status.CONSISTENT, ("68%", "32%")) in _sum_findings(text)


def test_shares_with_amounts_that_exceed_the_whole_are_an_error():
    text = ("Road freight carried 68% of inland tonnage in 2021 (412 million tonnes) and rail 39% "
            "(195 million tonnes), the ministry said.")
    assert ("68%", "39%") in errors(text, CHECK)


def test_a_whole_named_with_an_ampersand():
    text = "Domestic clients paid 81% of all M&A advisory fees (£3.1 billion) and foreign clients 26% (£1.0 billion)."
    assert ("81%", "26%") in errors(text, CHECK)


def test_three_shares_with_a_month_and_year():
    text = ("Wind supplied 41% of the grid's output in March 2023 (5.2 TWh), gas 37% (4.7 TWh) "
            "and coal 29% (3.6 TWh).")
    assert ("41%", "37%", "29%") in errors(text, CHECK)


def test_a_later_share_of_another_year_is_no_part_of_the_list():
    # coal's 2010 share and gas's 2020 share are of two wholes: together they may pass 100%
    text = "Coal made up 60% of generation in 2010 (80 TWh) and gas 45% in 2020 (70 TWh)."
    assert not errors(text, CHECK)


def test_shares_each_with_a_verb_of_its_own_are_not_listed():
    # each group answered its own question: the shares may overlap
    text = "Of the adults asked in 2022, 64% said they cycle (1,280 people) and 55% said they drive (1,100 people)."
    assert not errors(text, CHECK)


def test_a_bracketed_share_is_no_amount_of_the_list():
    # the figure in brackets is the earlier year's share, not the amount the first share stands for
    text = "Exports made up 58% of sales in 2022 (61% a year earlier) and services 30%."
    assert not errors(text, CHECK)
