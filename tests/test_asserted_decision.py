"""Whether the text asserts a relation that fails (engine.asserted): asserted relations fail as errors, plausible ones
as questions. Read here:

- a fraction in words is a loose word: beside its share it is likely exact to the point, and asserted only to lie
  within relations.FRACTION_REACH of the share ("A third of the budget, or 45%": an error; "two-thirds (64%)": a
  question); a bare fraction the syntax ties to its part and its whole states their ratio, as the ratio check reads
  it ("Of the 1,240 applicants, two-thirds (790)");
- two counts said as one pair with a determiner before the second ("48,600 residents and the 27 clinics") pair them
  for a count of one per the other;
- one statement told twice word for word that goes on alike to the same next figure is one statement: its figures
  must agree.
(A forecast level and the change forecast to reach it stay questions: tests/test_forecast_arithmetic.py.)

Decoys: figures apposed without a relation (a year, a table, an age, a rank), sentences of one template, counts in
clauses of their own. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status


def inconsistent(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(check, figures) of every inconsistent finding of all the checks."""
    findings = audit_document(Document("t.txt", text)).findings
    return [(f.check, tuple(g.text for g in f.figures)) for f in findings if f.status is Status.INCONSISTENT]


def statuses_with(text: str, figure: str) -> list[Status]:
    return [f.status for f in audit_document(Document("t.txt", text)).findings if any(g.text == figure for g in f.figures)]


BULLET = ("Highlights:\n\n  • The district's revenue from market stalls is projected to fall by {} percent to "
          "Rs 3.6 billion this year, after the closure of the old market.\n\n"
          "The district's revenue from market stalls is projected to fall by {} percent to Rs {} billion this "
          "year, as the old market closed for rebuilding.\n")


@pytest.mark.parametrize("text, figure", [
    # a fraction beside its share, further off than a loose word reaches
    ("A third of the budget, or 45%, goes on health.", "45%"),
    ("Three-quarters of households (52%) own a car.", "52%"),
    # an approximate fraction of a whole and its part
    ("About a third of the 2,400 firms (1,100) reported losses.", "1,100"),
    # a bare fraction of a whole and the part in apposition: stated to the point
    ("Of the 1,240 applicants, two-thirds (790) were women.", "790"),
    ("Of the 1,240 applicants, two-thirds (610) were women.", "610"),
    # "one in N" beside its share
    ("One in four adults (38%) smokes daily.", "38%"),
    # a count per count, the second count with its determiner
    ("The district's 48,600 residents and the 27 clinics that serve them work out at 2,100 residents per clinic.",
     "2,100"),
    ("The survey counted 3,150 pupils and their 140 teachers, or 26 pupils per teacher.", "26"),
    # one statement told twice, going on to the same level
    (BULLET.format("6.2", "9.6", "3.6"), "9.6 percent"),
])
def test_a_relation_the_text_asserts_fails_as_an_error(text, figure):
    assert any(figure in figures for _, figures in inconsistent(text)), inconsistent(text)


@pytest.mark.parametrize("text", [
    # a loose fraction within its reach: a question at most
    "Two-thirds of the staff (64%) work part-time.",
    "A third of the budget, or 36%, goes on health.",
    "About a third of the 12,400 apprentices, 3,910, were women.",
    "One in five adults (22%) smokes daily.",
    # figures apposed with no relation: a year, a table, an age, a rank
    "Of the 1,200 applicants, 700 (2019 intake) were women.",
    "Of the 3,480 seats, 1,420 (see table 3) went to the ruling party.",
    "Half of the 3,480 seats went to the party of the prime minister, who is 61 (born 1963).",
    "Of the 1,200 applicants, the youngest (17) and the oldest (64) were women.",
    "Pune ranked 3rd of the 7 cities, with 2,100 homes sold (4th in 2022).",
    # counts in clauses of their own: no pair
    "The clinic employs 174 nurses and treated 2,436 patients last year, 16 patients per nurse.",
    # a stated change and a forecast level of another year
    "Sales rose 10% from 20,800 last year; next year they are expected to reach 26,000.",
    # one template filled twice: the next figures differ too
    "In 2016 the brigade took 10,462 calls. Of all calls received by the brigade that year, 232 were for fire, "
    "and 6,365 were for medical emergencies.\n\nIn 2006 the brigade took 3,609 calls. Of all calls received by "
    "the brigade that year, 239 were for fire, and 1,469 were for medical emergencies.\n",
])
def test_figures_side_by_side_with_no_asserted_relation_are_no_error(text):
    assert inconsistent(text) == []


def test_a_statement_told_twice_going_on_to_another_level_is_only_a_question():
    text = BULLET.format("6.2", "9.6", "3.9")
    assert not any("9.6 percent" in figures for _, figures in inconsistent(text))


def test_a_statement_told_twice_against_two_bases_is_only_a_question():
    # the same level reached, but from a month earlier and from a year earlier: two rates
    text = ("Summary:\n\n  • Retail sales in the region are estimated to have risen by 2.4 percent to 1.45 million "
            "units from a month earlier, the office said.\n\nRetail sales in the region are estimated to have risen "
            "by 6.8 percent to 1.45 million units from a year earlier, the office said.\n")
    assert inconsistent(text) == []


def test_a_loose_fraction_that_misses_the_point_is_still_a_question():
    # (likely exact to the point, so a question; within the reach of a loose word, so no error)
    assert statuses_with("A third of the budget, or 36%, goes on health.", "36%") == [Status.UNDETERMINED]


def test_the_finding_says_why_a_loose_word_is_still_an_error():
    findings = [f for f in audit_document(Document("t.txt", "A third of the budget, or 45%, goes on health.")).findings
                if f.status is Status.INCONSISTENT]
    assert findings and any("rounded loosely" in note for f in findings for note in f.notes)
