"""Proportions, sentence ends and periods as scraped pages write them:

- "3 in 10 adults", "1 in 5 deaths": a proportion in digits is one figure, read as "three in ten" is (not "No. 1 in
  12 markets", "5 in 12 months" or "2 in 2019");
- a proportion is a part over its whole, never the whole over the part;
- a proportion "each year" is no amount per year to restate per day;
- a full stop after a digit glued to the next sentence ("in 2011.The Irish Times") ends the sentence;
- a level "in the same period in 2023" is 2023's, not the period of its sentence.
"""
from __future__ import annotations

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.extract.context import sentences

from tests._reading import errors, verdicts


def _figures(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind.value) for f in extract_figures(Document("t.txt", text))]


def test_a_proportion_in_digits_is_one_figure():
    assert ("3 in 10", "ratio") in _figures("Some 3 in 10 adults smoke.\n")
    assert ("1 in 4", "ratio") in _figures("About 1 in 4 children, and 4 in 5.\n")


def test_ranks_spans_and_years_are_no_proportions():
    texts = [f for f, _ in _figures("It ranked No. 1 in 12 markets. Exports rose 5 in 12 months. It was 2 in 2019.\n")]
    assert not any(" in " in t for t in texts)


def test_a_proportion_in_digits_is_checked_against_its_counts():
    assert errors("Of the 2,400 adults surveyed, 720 smoke, or 3 in 10 adults.\n", "ratio") == []
    assert errors("Of the 2,400 adults surveyed, 920 smoke, or 3 in 10 adults.\n", "ratio") == [("920", "2,400", "3 in 10")]


def test_a_proportion_is_a_part_over_its_whole():
    # the broken twin is measured as 920 / 2,400, not as the whole over the part
    [(_, figures)] = [v for v in verdicts("Of the 2,400 adults surveyed, 920 smoke, or three in 10 adults.\n", "ratio")]
    assert figures[:2] == ("920", "2,400")


def test_a_proportion_of_a_year_is_no_amount_per_year():
    for proportion in ("one in five", "1 in 5"):
        text = f"That is about {proportion} deaths each year, or 1,300 deaths every day.\n"
        assert errors(text, "ratio") == []


def test_an_amount_per_year_is_still_restated_per_day():
    assert errors("Crews answered 1,150 calls a day, or about 520,000 a year.\n", "ratio") == [("1,150", "520,000")]


def test_a_full_stop_after_a_digit_glued_to_the_next_sentence_ends_it():
    text = "Sales fell 8% to 88,356 in 2012 from 92,565 in 2011.The Examiner lost 6% to end at 40,000.\n"
    ends = [text[s.start:s.end].strip() for s in sentences(text)]
    assert ends[0].endswith("2011.") and ends[1].startswith("The Examiner")


def test_a_decimal_point_is_no_sentence_end():
    text = "Sales fell 8.5% to 88,356 in 2012.\n"
    assert len(sentences(text)) == 1


def test_a_level_in_the_same_period_of_a_named_year_is_of_that_year():
    # "up from 42 in the same period in 2023": 42 is 2023's, not the sentence's 2024 half-year
    figures = {f.text: f.period for f in extract_figures(Document("t.txt", (
        "The park lost 45 rhinos from January to June 2024, slightly up from 42 in the same period in 2023. Sales "
        "reached 500 in the first half of 2024, against 450 in the same period of 2023.\n")))}
    assert figures["42"].startswith("2023") and figures["450"].startswith("2023")
    assert figures["45"] == figures["500"] == "2024-H1"
