"""A figure in the title restated in the body (grammar.links.headline_restatements): the body
figures of its unit, role and direction whose measure or clause shares a word with the title.
The reports are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of
from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status


def headlines(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(link.title.text, tuple(b.text for b in link.body)) for link in meaning_of(text).headlines]


def verdicts(text: str) -> list[Status]:
    return [f.status for f in audit_document(Document("t.txt", text)).findings if "in the title" in f.message]


REPORTS = [
    # the body names the measure before a long subject, so the figure's own measure is empty
    "Ghana cocoa output falls by 7.35%\n\nBy a staff reporter\n\n"
    "Ghana's total output of cocoa beans between October and March was down by 7.35 percent on a year earlier.",
    "Copper exports grow 12.6% in March\n\nExports of refined copper in March rose 12.6% against March 2023.",
    "Tourist arrivals hit 1.42 million\n\nThe country welcomed 1.42 million tourist arrivals in 2023, up 9.1%.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_title_figure_is_paired_with_its_body_statement_and_checks_out(text):
    [(title, body)] = headlines(text)
    assert title in body[0] or body[0] in text.split("\n", 1)[1]
    assert verdicts(text) == [Status.CONSISTENT]


def test_a_title_that_misstates_its_one_body_statement_is_a_contradiction():
    # one body figure of the title's unit, role and direction, whose clause holds the title's measure
    text = REPORTS[1].replace("rose 12.6%", "rose 16.2%")
    assert verdicts(text) == [Status.INCONSISTENT]
    text = "Passenger numbers up 6.2% in 2022\n\nAirport passenger numbers rose 5.8% in 2022 to 12.4 million."
    assert verdicts(text) == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # two body figures may restate the title: which one the title means, the words do not say
    "Copper exports grow 12.6%\n\nExports of refined copper rose 16.2% in March and copper exports rose 9.1% in April.",
    # the body's figure is for another period than the title's
    "Copper exports grow 12.6% in March\n\nCopper exports rose 16.2% in 2023.",
])
def test_a_title_that_may_restate_another_figure_is_a_question(text):
    assert verdicts(text) == [Status.UNDETERMINED]


def test_the_old_value_of_a_move_is_not_what_a_title_restates():
    text = "Unemployment falls to 4.1%\n\nThe unemployment rate fell to 4.3% in the third quarter, from 4.6% in the second."
    [(title, body)] = headlines(text)
    assert body == ("4.3%",)


DECOYS = {
    "no title line": "Copper exports in March rose 12.6% against March 2023, and output rose 12.6% too.",
    "the body states another measure": "Copper exports grow 12.6% in March\n\nRainfall in March rose 8.2% on the year.",
    "the body's change goes the other way": "Copper exports grow 12.6% in March\n\nCopper exports fell 12.6% in April.",
}


@pytest.mark.parametrize("text", DECOYS.values(), ids=DECOYS.keys())
def test_no_title_pairing_without_a_body_statement_of_its_measure(text):
    assert headlines(text) == []


def test_a_title_measure_matches_its_body_clause_across_verb_forms():
    # "claims" in the title, "claiming" in the body: one measure
    text = ("Unemployment claims reach 1.2 million\n\nThe number of people claiming unemployment benefit rose to "
            "1,414,300 in February.")
    assert verdicts(text) == [Status.INCONSISTENT]
