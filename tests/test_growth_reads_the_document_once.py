"""The growth check's pairing by nearness reads the words around each pair in the document in
lower case: the document is lowered once per audit, not once per pair (on a long report's
120,000-character sections that was 3% of the whole audit)."""
from __future__ import annotations

from auditor import grammar
from auditor.checks import growth
from auditor.document import Document
from auditor.extract.figures import extract_with_notes


class _CountingText(str):
    """A document text that counts how often it is lowered whole (its slices are plain str)."""

    lowered = 0

    def lower(self) -> str:
        type(self).lowered += 1
        return str.lower(self)


PARAGRAPH = ("Exports grew 12.5% over the year, with 4,500 tonnes shipped against 4,000 tonnes. "
             "Imports fell 10.0% in the period: 3,600 tonnes, 4,000 tonnes. "
             "Revenue climbed 5.0% to 2,100, from 2,000. "
             "Output rose 20% over the quarter: 1,200 units and 1,000 units. ")


def _relations(text: str) -> list:
    document = Document("report.txt", text)
    figures, _ = extract_with_notes(document)
    figures = grammar.read(document, figures).figures
    _CountingText.lowered = 0  # (the check's own reading only)
    return list(growth._find(document, figures))


def test_the_document_is_lowered_once_for_many_pairs():
    relations = _relations(_CountingText(PARAGRAPH * 3))
    assert len(relations) >= 6  # several pairs are read by nearness
    assert _CountingText.lowered == 1


def test_the_pairs_are_those_of_the_plain_text():
    assert [r.message for r in _relations(_CountingText(PARAGRAPH))] == [r.message for r in _relations(PARAGRAPH)]
