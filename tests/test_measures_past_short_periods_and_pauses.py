"""The measure a level counts, read past a quarter or half written short ("for Q2 of 2003-04", "in H1 2023") and
past a comma before the "to" of the level a move reached ("went up, to Rs 726.5 crore"): a quarter's level and the
half year's of the same measure can then be told one measure. The sentences are written here
(extract.context: _PERIOD_PHRASE, _PAUSE_BEFORE_LEVEL)."""
from __future__ import annotations

import pytest

from auditor.document import Document
from auditor.extract import extract_figures


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.measure, f.period) for f in extract_figures(Document("t.txt", text))]


@pytest.mark.parametrize("text, measure, period", [
    ("Net revenues for Q2 of 2003-04 rose to Rs 424.1 crore.", "net revenues", "FY2003-04-Q2"),
    ("Net revenues for Q2 2023 rose to $424 million.", "net revenues", "2023-Q2"),
    ("Operating income in H1 2023 rose to $424 million.", "operating income", "2023-H1"),
])
def test_a_short_quarter_or_half_is_no_part_of_the_measure(text, measure, period):
    ((_, read_measure, read_period),) = _read(text)
    assert (read_measure, read_period) == (measure, period)


def test_a_comma_before_the_level_reached_is_a_pause():
    ((_, measure, _),) = _read("Total income for the quarter also went up, to Rs 726.5 crore.")
    assert measure == "total income"


def test_a_figure_set_beside_a_clause_after_at_is_not_read_so():
    # ", at 4.4%" may set a figure beside a whole clause: its measure is not read past the comma
    found = dict((text, measure) for text, measure, _ in _read(
        "Cancellations ran above their usual level, at 4.4%."))
    assert found["4.4%"] != "usual level"


def test_a_rate_between_the_move_and_the_level_stops_the_reading():
    found = dict((text, measure) for text, measure, _ in _read("Exports rose 5%, to 4.1 million tonnes."))
    assert found["4.1 million tonnes"] == "exports"


def test_a_comma_after_an_adverbial_phrase_is_no_pause_before_the_level():
    # a decoy (lead's review): "for the third year in a row, to 9.62 billion" names no measure "row"
    from tests._reading import meaning_of
    meaning = meaning_of("Tobacco excise receipts fell for the third year in a row, to 9.62 billion rand in 2025.\n")
    assert all(f.measure != "row" for f in meaning.figures)
