"""Readings the growth and difference checks once made with patterns of their own now belong to the meaning layer
(a check asks, it does not re-derive a base, a period, a place or a clause): the year a rate's words name as its
base, the period a sentence's opening gives a figure, the measure a participle says a level counts, the place named
after a level, and the clauses between a change and its levels. Each is tried here with a decoy."""
from __future__ import annotations

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar.labels import place_named_after
from auditor.grammar.measures import measure_told_by_a_participle_after
from auditor.grammar.move_words import (base_years_named_after, dated_by_an_earlier_opening, opens_a_cause,
                                        opens_a_clause_of_its_own_subject)

from tests._reading import meaning_of


def _end_of(text: str, written: str) -> int:
    return text.index(written) + len(written)


def test_the_base_year_a_rate_names():
    text = "Ticket sales climbed 14% from 2019 at the northern depots."
    assert base_years_named_after(text, _end_of(text, "14%")) == {"2019"}
    text = "Ticket sales climbed 14% on March 2021 levels."
    assert base_years_named_after(text, _end_of(text, "14%")) == {"2021"}


def test_the_rate_s_own_year_is_no_base_and_the_clause_ends_the_search():
    text = "Ticket sales climbed 14% in 2022."
    assert base_years_named_after(text, _end_of(text, "14%")) == frozenset()
    text = "Ticket sales climbed 14%. From 2019 the depots grew."
    assert base_years_named_after(text, _end_of(text, "14%")) == frozenset()


def test_a_participle_names_what_a_level_counts():
    text = "The mill reported 812,400 tonnes exported last season."
    assert measure_told_by_a_participle_after(text, _end_of(text, "tonnes")) == "exports"
    text = "The mill reported 812,400 tonnes stored last season."
    assert measure_told_by_a_participle_after(text, _end_of(text, "tonnes")) == ""


def test_the_place_named_after_a_level():
    text = "There were 41,700 nurses in Upper Volta and 38,100 in the Lake District, the survey found."
    meaning = meaning_of(text)
    first, second = (f for f in meaning.figures if f.text in ("41,700", "38,100"))
    assert place_named_after(text, first) == "Upper Volta"
    assert place_named_after(text, second) == "Lake District"


def test_a_month_after_in_is_no_place():
    text = "There were 41,700 nurses in March and 38,100 in April."
    (first,) = [f for f in extract_figures(Document("t.txt", text)) if f.text == "41,700"]
    assert place_named_after(text, first) == ""


def test_clauses_between_a_change_and_its_levels():
    text = "Output fell 3.1%, with the export share rising from 12% to 15%."
    assert opens_a_clause_of_its_own_subject(text, _end_of(text, "3.1%"), text.index("12%"))
    text = "Output fell 3.1% from 12% to 15%."
    assert not opens_a_clause_of_its_own_subject(text, _end_of(text, "3.1%"), text.index("12%"))
    text = "The rate dropped to 7% from 9%, mainly due to a rise in prices of 0.4%."
    assert opens_a_cause(text, _end_of(text, "9%"), text.index("0.4%"))
    text = "The rate dropped to 7% from 9%, a fall of 2 points."
    assert not opens_a_cause(text, _end_of(text, "9%"), text.index("2 points"))


def test_an_opening_on_the_year_before_dates_the_figures_it_governs():
    text = "Ticket sales reached 31,200 in 2024. A year earlier, sales came to 28,900 and refunds to 1,150."
    meaning = meaning_of(text)
    (refunds,) = [f for f in meaning.figures if f.text == "1,150"]
    # (the refunds carry 2024 from the paragraph; the opening moves them a year back)
    assert refunds.period == "2024" and dated_by_an_earlier_opening(refunds, meaning.segment_of(refunds)) == "2023"
    (this_year,) = [f for f in meaning.figures if f.text == "31,200"]  # (its own words date it)
    assert dated_by_an_earlier_opening(this_year, meaning.segment_of(this_year)) == ""
    text = "Ticket sales reached 31,200 in 2024. Meanwhile, refunds came to 1,150."
    meaning = meaning_of(text)
    (refunds,) = [f for f in meaning.figures if f.text == "1,150"]
    assert dated_by_an_earlier_opening(refunds, meaning.segment_of(refunds)) == ""


def test_the_origin_named_after_a_count():
    from auditor.grammar.labels import origin_named_after
    text = "Some 212,400 visitors arrived from the Upper Rhine last spring, and 80,100 came from abroad."
    meaning = meaning_of(text)
    first, second = (f for f in meaning.figures if f.text in ("212,400", "80,100"))
    assert origin_named_after(text, first) == "Upper Rhine"
    assert origin_named_after(text, second) == ""  # (no name: "abroad" is no one group)


def test_the_bases_of_definition_a_sentence_names():
    from auditor.grammar.measures import bases_of_definition_in
    assert bases_of_definition_in("Output at constant prices rose, seasonally adjusted.") == {"constant", "seasonally"}
    assert bases_of_definition_in("Output rose in the second quarter.") == set()


def test_a_level_in_brackets_after_its_share():
    from auditor.grammar.shares import in_brackets_after_its_share
    text = "The port handled 31% of national freight (4,120 thousand tonnes) last year."
    (level,) = [f for f in extract_figures(Document("t.txt", text)) if f.text.startswith("4,120")]
    assert in_brackets_after_its_share(text, level)
    text = "The port handled national freight (4,120 thousand tonnes) last year."
    (level,) = [f for f in extract_figures(Document("t.txt", text)) if f.text.startswith("4,120")]
    assert not in_brackets_after_its_share(text, level)


def test_a_group_word_names_the_figure_after_it_not_the_one_after_another_figure():
    from auditor.grammar.labels import group_named_before
    text = "For girls the rate was 91.4%, for boys 88.2%."
    meaning = meaning_of(text)
    first, second = (f for f in meaning.figures if f.text in ("91.4%", "88.2%"))
    assert group_named_before(text, first, "females?|women|girls")
    assert group_named_before(text, second, "males?|men|boys")
    # ("girls" stands before the second figure too, after the first figure and its preposition: it is the first's)
    text = "Literacy was 91.4% among rural girls and 88.2% overall."
    meaning = meaning_of(text)
    second = next(f for f in meaning.figures if f.text == "88.2%")
    assert not group_named_before(text, second, "females?|women|girls")
