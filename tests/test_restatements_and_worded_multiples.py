"""A title's change restated by a change set off by a comma after the clause it changes; a subgroup's
figure ("youth unemployment") restating no title figure; "two decades" a span of time, not a count;
"half as much as" a multiple below one; "For every 100 girls born, there were 105.5 boys" a ratio, not a
level. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.grammar.frames import Role
from auditor.model import Status


@pytest.mark.parametrize("text, title, body", [
    ("Container throughput up 12% in the third quarter\n\nThe port handled 1,487,312 TEU in the third quarter "
     "of 2024, up 11.8 percent on a year earlier, the authority said.\n", "12%", "11.8 percent"),
    ("Grain shipments rise 9% in March\n\nThe board shipped 412,000 tonnes of grain in March, an increase of "
     "9.2% on February, it said on Friday.\n", "9%", "9.2%"),
])
def test_a_change_set_off_by_a_comma_restates_the_title_of_its_clause(text, title, body):
    meaning = meaning_of(text)
    link = next(link for link in meaning.headlines if link.title.text == title)
    assert link.body[0].text == body
    assert (Status.CONSISTENT, (title, body)) in [(s, f[:2]) for s, f in verdicts(text, "same-measure-conflict")]


def test_a_subgroups_figure_restates_no_title_figure():
    text = ("Unemployment falls to 5.2%\n\nThe jobless rate fell to 5.4 percent in the second quarter from 5.9 "
            "percent in the first quarter.\n\nYouth unemployment was 14.8 percent, three times the adult rate.\n")
    assert not any("14.8 percent" in figures for _, figures in verdicts(text, "same-measure-conflict"))
    # the same subgroup in the title is that group's figure
    text = "Youth unemployment falls to 14.8%\n\nYouth unemployment was 14.8 percent in the second quarter.\n"
    assert any("14.8 percent" in figures for _, figures in verdicts(text, "same-measure-conflict"))


@pytest.mark.parametrize("text", [
    "Births outside marriage, 31,050, were twice as high as two decades ago, when 15,525 were recorded.",
    "The fleet, 840 ships, was three times as large as three decades earlier, when 280 sailed.",
])
def test_decades_are_a_span_of_time_not_the_other_term_of_a_multiple(text):
    meaning = meaning_of(text)
    span = next(f for f in meaning.figures if "decades" in f.text)
    assert meaning.frames[span.id].role is Role.DURATION
    found = verdicts(text, "ratio")
    assert found and all(status is Status.CONSISTENT for status, _ in found)


@pytest.mark.parametrize("text, wrong", [
    ("Coffee exports earned $2.3 billion, half as much as gold exports of $4.6 billion.", "$2.9 billion"),
    ("The north had 4,100 clinics, half as many as the south, which had 8,200.", "5,100"),
])
def test_half_as_much_as_is_a_multiple_below_one(text, wrong):
    assert [status for status, _ in verdicts(text, "ratio")] == [Status.CONSISTENT]
    right = text.split("$2.3 billion")[0] if "$2.3" in text else None
    broken = text.replace("$2.3 billion", wrong) if right is not None else text.replace("4,100", wrong)
    assert Status.INCONSISTENT in [status for status, _ in verdicts(broken, "ratio")]


@pytest.mark.parametrize("text", [
    # "half" of a whole and "half" of a period stay what they were
    "Half the workers, 3,200 of 6,400, were women.",
    "Sales in the first half rose to 3,200 from 2,900.",
])
def test_half_elsewhere_is_no_multiple(text):
    assert not any(f.unit == "times" for f in meaning_of(text).figures)


def test_a_fronted_base_then_the_words_opening_the_clause_make_a_ratio():
    text = "For every 100 girls born, there were 105.5 boys: 26,858 boys and 25,460 girls."
    meaning = meaning_of(text)
    ratio = next(f for f in meaning.figures if f.text == "105.5")
    assert meaning.frames[ratio.id].role is Role.RATIO
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "sum-of-parts"))


_PLAN_TABLE = """Revenue beats its target

Customs duty brought in Rs 102.63 billion in the period, against a target of Rs 94.27 billion.

Collections by heading

Heading | Target | Collection
Income tax | Rs 99.09bn | Rs 120bn
Customs duty | Rs 94.27bn | Rs 102.63bn
"""


def test_a_cell_with_a_scale_word_is_a_number_cell():
    from auditor.document import Document
    from auditor.grammar.tables import tables
    doc = Document("t.txt", _PLAN_TABLE)
    rows = tables(doc, meaning_of(_PLAN_TABLE).figures)
    assert [r.label for r in rows] == ["Income tax", "Customs duty"]
    assert [h.strip() for h in rows[0].headers] == ["Target", "Collection"]


@pytest.mark.parametrize("old, new", [("Rs 102.63 billion", "Rs 112.63 billion"),
                                      ("Rs 94.27 billion", "Rs 84.27 billion")])
def test_a_plan_column_and_its_outcome_are_read_by_the_words_before_the_figure(old, new):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(_PLAN_TABLE, "table-vs-text"))
    broken = _PLAN_TABLE.replace(old, new, 1)
    assert any(status is Status.INCONSISTENT and new in figures for status, figures in verdicts(broken, "table-vs-text"))


def test_an_outcome_set_against_last_year_is_no_cell_of_the_plan_table():
    text = _PLAN_TABLE.replace("against a target of Rs 94.27 billion", "against Rs 88.1 billion a year earlier")
    assert not any("Rs 88.1 billion" in figures for _, figures in verdicts(text, "table-vs-text"))


def test_a_change_against_a_years_level_spans_from_that_year():
    text = ("Alcohol consumption down 18% in ten years\n\nTotal alcohol consumption fell 0.3% in 2014, leaving "
            "consumption per head 18.4% below its 2004 level.\n")
    assert (Status.CONSISTENT, ("18%", "18.4%")) in verdicts(text, "same-measure-conflict")
