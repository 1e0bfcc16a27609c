"""One measure stated twice where one statement is given by a teller ("The authority's annual report puts the
year's passenger total at 41,318,204"), and a stock told at the end of a month and at the end of the quarter
that month closes (same_measure._named_restatements, grammar.measures, extract.periods). The texts are written
here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.extract.periods import quarter_closed
from auditor.grammar import measures
from auditor.model import Status

CHECK = "same-measure-conflict"


def _statuses(text: str) -> list[Status]:
    return [status for status, _ in verdicts(text, CHECK)]


def _reading(text: str, figure: str):
    meaning = meaning_of(text)
    for seg in meaning.segments:
        for k, f in enumerate(seg.figures):
            if f.text == figure:
                name = measures.name_of(seg, k)
                return name, measures.subject_words(seg, k, name), measures.teller_words(seg, k, name)
    raise AssertionError(f"no figure {figure!r}")


def test_the_subject_of_a_verb_giving_the_measure_is_its_teller_not_whose_it_is():
    name, whose, teller = _reading("The authority's annual report puts the year's passenger total at 41,318,204.",
                                   "41,318,204")
    assert name.said == "passenger" and whose == frozenset() and teller == {"authority", "annual"}
    # an object opened by a possessive pronoun is the teller's own measure: the teller says whose it is
    name, whose, teller = _reading("The rival port's annual report puts its 2023 cargo at 9,104,220 tonnes.",
                                   "9,104,220 tonnes")
    assert "rival" in whose and teller == frozenset()


BUSES = ("Buses in the region carried 41.3 million passengers in 2023, the transport authority said.\n\n"
         "The authority's annual report puts the year's passenger total at {n}, against 38,902,115 in 2022.")


@pytest.mark.parametrize("total, status", [
    ("41,318,204", Status.CONSISTENT),
    # a teller the other statement does not name, and "the year's" for the year in view: a question
    ("43,318,204", Status.UNDETERMINED),
])
def test_a_total_a_teller_gives_for_the_year_in_view_restates_the_years_level(total, status):
    assert _statuses(BUSES.format(n=total)) == [status]


@pytest.mark.parametrize("text", [
    # another subject's report of its own measure
    "The port handled 12.4 million tonnes of cargo in 2023, the harbour board said.\n\n"
    "The rival port's annual report puts its 2023 cargo at 9,104,220 tonnes.",
    # another measure of the same head word: bus journeys and rail journeys
    "Rail journeys in the region reached 92.6 million in 2023.\n\n"
    "The operator's report puts the year's bus journey total at 41,318,204, against 38,902,115 in 2022.",
    # a teller's figure named in more words than the other (the district's urban population, residents surveyed)
    "Of the 9,150 residents surveyed, 4,310 were women.\n\n"
    "The ministry put the district's urban population at 61,420 in 2015.",
])
def test_no_restatement_of_another_subject_or_measure_a_teller_gives(text):
    assert _statuses(text) == []


@pytest.mark.parametrize("period, quarter", [
    ("2023-06", "2023-Q2"), ("03", "Q1"), ("2023-12", "2023-Q4"), ("2023-Q3", "2023-Q3"),
    ("2023-05", ""), ("2023", ""), ("2023-H1", ""),
])
def test_the_quarter_a_month_closes(period, quarter):
    assert quarter_closed(period) == quarter


RESERVES = ("Foreign exchange reserves stood at $41.6 billion at the end of {month}, the central bank said.\n\n"
            "At the end of the second quarter, foreign exchange reserves were {level}, equal to 4.8 months of imports.")


@pytest.mark.parametrize("month, level, found", [
    ("June", "$46.1 billion", [Status.INCONSISTENT]),
    ("June", "$41.6 billion", [Status.CONSISTENT]),
    ("May", "$46.1 billion", []),  # the end of May is not the end of the quarter
])
def test_a_stock_at_the_end_of_a_month_is_the_one_at_the_end_of_the_quarter_it_closes(month, level, found):
    assert _statuses(RESERVES.format(month=month, level=level)) == found


def test_a_flow_in_the_last_month_is_not_the_quarters():
    text = "Imports rose to $9.1 billion in June.\n\nImports for the second quarter were $26.4 billion."
    assert _statuses(text) == []
