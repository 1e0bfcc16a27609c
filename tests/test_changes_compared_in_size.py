"""Comparisons the words make between a figure and another time's figure given after "than" (checked by the
comparison check):
- a change said to be steeper, faster, smaller, milder (...) than another change (grammar.order.changes_compared_in_size):
  "fell 10.5 per cent, a steeper decline than in 2014 (-8.2 per cent)" compares the sizes of the two changes;
- the terms of a list after the comparison, each named with its figure in brackets or dated after it: "more than sales in 2010
  (US $983 million) and 2011 (US $1.3 billion)";
- the other term's figure given in a clause of its time: "more than in 2011, when they were worth $1.3 billion".
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.model import Status


def sized(text: str) -> set[tuple[str, str]]:
    return {(link.larger.text, link.smaller.text) for link in meaning_of(text).crossings if link.sizes}


@pytest.mark.parametrize("text, larger, smaller", [
    ("Freight volumes fell 6.8 per cent in 2023, a steeper decline than in 2022 (-4.1 per cent).",
     "6.8 per cent", "-4.1 per cent"),
    ("Wine exports grew 3.9% last season, slower growth than in the season before, when they rose 5.6%.", "5.6%", "3.9%"),
    ("Ticket sales dropped 2.2%, a smaller fall than the 7.4% drop of 2021.", "7.4%", "2.2%"),
    ("The contraction of 1.9% in the second quarter was milder than the 3.5% slump a year earlier.", "3.5%", "1.9%"),
    ("Household spending rose 4.4 percent, outpacing the 2.9 percent increase recorded in 2019.",
     "4.4 percent", "2.9 percent"),
    ("Council tax receipts increased by 8.1%, a sharper rise than the previous year's 5.0%.", "8.1%", "5.0%"),
    # the change before the level it moved to; a bare figure after "a steeper decline than" is a fall's size
    ("Their income fell 10.5 per cent to US$ 3.0 billion, a steeper decline than in 2014 (- 8.2 per cent).",
     "10.5 per cent", "8.2 per cent"),
])
def test_a_change_compared_with_another_change_after_than(text, larger, smaller):
    assert (larger, smaller) in sized(text)
    assert (Status.CONSISTENT, (larger, smaller)) in verdicts(text, "comparison")


@pytest.mark.parametrize("text", [
    "Timber harvests declined 9.3%, a steeper fall than the 11.0% decline of the year before.",
    "Pension assets increased 12.4%, a faster increase than in 2021 (15.2%).",
    "Bicycle sales fell 6%, a deeper drop than in the previous year, when they fell 9%.",
])
def test_a_change_on_the_wrong_side_is_an_error(text):
    assert errors(text, "comparison")


@pytest.mark.parametrize("text", [
    # levels compared, not changes: the level just before the words is of the other figure's unit
    "Output rose 2% to 45%, higher than the 40% of its rivals.",
    # a rise set against a fall: no order of sizes is meant
    "Jobs grew by -15.3 percent, slightly faster than the national rate of 1.9 percent.",
    # a comparison of two levels with no change at all
    "Turnout was 61.2%, a larger share than in 2019 (58.0%).",
    # side by side, no comparison stated
    "Exports of cheese rose 5.1% in 2022. Imports fell 2.3% in the same year.",
])
def test_no_order_of_changes_where_none_is_said(text):
    assert not sized(text)
    assert not errors(text, "comparison")


def test_the_terms_of_a_bracketed_list_are_compared_alike():
    text = "Shipments reached 412,000 units, above the totals of 2019 (398,500), 2020 (377,200) and 2021 (415,900)."
    found = verdicts(text, "comparison")
    assert (Status.CONSISTENT, ("412,000", "398,500")) in found
    assert (Status.CONSISTENT, ("412,000", "377,200")) in found
    assert ("412,000", "415,900") in errors(text, "comparison")
    # a figure after the list in a clause of its own is no term of it
    assert not errors("Output was 2.4 million tonnes, up from 2.1 million (2021), and 0.6 million in the north.",
                      "comparison")


@pytest.mark.parametrize("text, pair, wrong", [
    ("Album downloads were worth $1.4 billion in 2015, more than in 2011, when they were worth $1.3 billion.",
     ("$1.4 billion", "$1.3 billion"), False),
    ("Visitors numbered 2.31 million, fewer than in 2019, when 2.52 million came.", ("2.31 million", "2.52 million"), False),
    ("Visitors numbered 2.31 million, fewer than in 2019, when 2.12 million came.", ("2.31 million", "2.12 million"), True),
])
def test_the_other_term_given_in_a_clause_of_its_time(text, pair, wrong):
    if wrong:
        assert pair in errors(text, "comparison")
    else:
        assert (Status.CONSISTENT, pair) in verdicts(text, "comparison")


def test_the_terms_of_a_dated_list_are_compared_alike():
    text = "The total was equal to 0.25% of GNI, up from 0.23% in 2002 and 0.27% in 2001."
    assert (Status.CONSISTENT, ("0.25%", "0.23%")) in verdicts(text, "comparison")
    assert ("0.25%", "0.27%") in errors(text, "comparison")
    # an undated figure after "and" is no term of the list
    decoy = "Exports were 4.1 million tonnes, up from 3.9 million in 2019 and 2.2 million tonnes of imports."
    assert all("2.2 million tonnes" not in figures for _, figures in verdicts(decoy, "comparison"))


@pytest.mark.parametrize("text, pair, wrong", [
    # the head's clause names a year in another appositive before the comparison, which opens with a conjunction
    ("The total was equal to 0.31% of the members' income, the same level as in 2019, but up from 0.28% in 2018.",
     ("0.31%", "0.28%"), False),
    ("Aid reached 0.42% of national income (GNI), as in 2015, and down from 0.47% in 2014.", ("0.42%", "0.47%"), False),
    ("The ratio stood at 1.8% of output, unchanged from 2020, but up from 1.9% in 2019.", ("1.8%", "1.9%"), True),
])
def test_an_appositive_comparison_after_an_aside_naming_a_year(text, pair, wrong):
    if wrong:
        assert pair in errors(text, "comparison")
    else:
        assert (Status.CONSISTENT, pair) in verdicts(text, "comparison")



@pytest.mark.parametrize("text, pair, wrong", [
    # a second comparison of the clause's own figure after the first's term, joined by "and"
    ("Exports in May came to 31,970 tonnes, lower than the 40,057 tonnes of April and lower too than the 35,087 "
     "tonnes shipped in May 2023.", ("31,970 tonnes", "35,087 tonnes"), False),
    ("Exports in May came to 31,970 tonnes, lower than the 40,057 tonnes of April and also lower than the 30,087 "
     "tonnes shipped in May 2023.", ("31,970 tonnes", "30,087 tonnes"), True),
])
def test_a_second_comparison_joined_by_and_is_of_the_clauses_own_figure(text, pair, wrong):
    if wrong:
        assert pair in errors(text, "comparison")
    else:
        assert (Status.CONSISTENT, pair) in verdicts(text, "comparison")
    # never the first comparison's term against the second's
    assert all(figures[0] != "40,057 tonnes" for _, figures in verdicts(text, "comparison"))


def test_another_subjects_comparison_after_and_is_not_the_clauses():
    text = ("Exports in May came to 31,970 tonnes, lower than the 40,057 tonnes of April, and imports were higher than "
            "the 35,087 tonnes of May 2023.")
    assert ("31,970 tonnes", "35,087 tonnes") not in [f for _, f in verdicts(text, "comparison")]


@pytest.mark.parametrize("text, pair, wrong", [
    # the comparison's word again before the next term, and a term's time before the text's own or a span of years
    ("There were 48,436 joiners in all, up from 34,517 the year before and from 38,317 in 2019–2020.",
     ("48,436", "38,317"), False),
    ("There were 48,436 joiners in all, up from 34,517 in 2021 and from 58,317 in 2020.", ("48,436", "58,317"), True),
])
def test_the_terms_of_a_dated_list_may_repeat_the_comparisons_word(text, pair, wrong):
    if wrong:
        assert pair in errors(text, "comparison")
    else:
        assert (Status.CONSISTENT, pair) in verdicts(text, "comparison")
