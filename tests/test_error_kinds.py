"""Kinds of published error read by no arithmetic of two different values: an amount restated with its scale
word dropped or changed, and a percentage cut after its last digit instead of rounded (a publisher's convention
unless the same document rounds)."""
from __future__ import annotations

import pytest

from auditor.model import Status
from tests._reading import errors, verdicts

SAME = "same-measure-conflict"
SHARE = "share-of-total"

# ---------------------------------------------------------------- a scale word dropped or changed

DROPPED_SCALE = (
    "Harbor Trust Bank posted net profit of EUR 83.7 million for the third quarter of 2025, up 12% on a year "
    "earlier.\n\nThird-quarter highlights: record quarterly net profit of EUR 83.7, a return on equity of 18.2%.")


def test_an_amount_restated_without_its_scale_word_is_an_error():
    assert ("EUR 83.7 million", "EUR 83.7") in errors(DROPPED_SCALE, SAME)


def test_the_same_amount_restated_with_its_scale_word_is_consistent():
    text = DROPPED_SCALE.replace("EUR 83.7,", "EUR 83.7 million,")
    assert errors(text, SAME) == []
    assert (Status.CONSISTENT, ("EUR 83.7 million", "EUR 83.7 million")) in verdicts(text, SAME)


def test_a_changed_scale_word_under_a_longer_name_is_an_error():
    text = ("Tamsin Mining reported revenue of A$ 612.5 million for fiscal 2024.\n\n"
            "Full-year group revenue of A$ 612.5 billion for fiscal 2024 was a record.")
    assert ("A$ 612.5 million", "A$ 612.5 billion") in errors(text, SAME)


@pytest.mark.parametrize("text", [
    # the same digits of another measure: a share price beside a profit
    "Harbor Trust Bank posted net profit of EUR 83.7 million for the third quarter of 2025. Its shares closed "
    "the third quarter of 2025 at EUR 83.7.",
    # a measure per share is not the measure
    "Harbor Trust Bank posted net profit of EUR 83.7 million for the third quarter of 2025.\n\nNet profit per "
    "share for the third quarter of 2025 was EUR 83.7 cents.",
    # a summary in billions and the body in millions: other digits, one amount
    "Sales at Lindqvist Foods reached SEK 4.26 billion in 2024.\n\nSales came to SEK 4,260 million in 2024, "
    "against SEK 3,915 million in 2023.",
    # two subjects' amounts
    "Lindqvist Foods recorded net income of SEK 271 million in 2024. The Nordic unit recorded net income of "
    "SEK 271 thousand in 2024.",
    # two periods, neither within the other
    "Lindqvist Foods recorded net income of SEK 271 million in 2024.\n\nIn 2009 the firm recorded net income "
    "of SEK 271 thousand.",
    # two digits only: a coincidence is too likely to call
    "Lindqvist Foods recorded net income of SEK 2.7 million in 2024.\n\nQuarterly net income of SEK 2.7 "
    "billion in 2024 came from the parent.",
])
def test_amounts_that_share_digits_but_not_a_measure_are_not_flagged(text):
    assert errors(text, SAME) == []


# ---------------------------------------------------------------- a percentage cut, not rounded

# 17,497 / 120,013 = 14.579%: rounded 14.6%, cut 14.5%
CUT = "Of the 120,013 registered voters, 17,497 cast a ballot, a turnout of 14.5%."


def test_a_percentage_only_cutting_explains_is_consistent_with_a_note():
    from auditor.audit import audit_document
    from auditor.document import Document

    (finding,) = [f for f in audit_document(Document("t.txt", CUT), checks=[SHARE]).findings]
    assert finding.status is Status.CONSISTENT
    assert any("truncated" in note for note in finding.notes)


def test_in_a_document_that_rounds_a_cut_percentage_is_an_error():
    # 3,197 / 5,013 = 63.775%: written 63.8%, rounded up, so this document rounds
    text = CUT + " Of the 5,013 members, 3,197 voted, a turnout of 63.8%."
    assert verdicts(text, SHARE) == [
        (Status.INCONSISTENT, ("17,497", "120,013", "14.5%")),
        (Status.CONSISTENT, ("3,197", "5,013", "63.8%")),
    ]


def test_a_percentage_neither_rounding_nor_cutting_explains_is_an_error():
    assert errors(CUT.replace("14.5%", "14.3%"), SHARE) == [("17,497", "120,013", "14.3%")]


def test_a_percentage_above_its_value_is_not_read_as_cut():
    # 17,497 / 120,013 = 14.579%: 14.7% is above every value cutting or rounding writes so
    assert errors(CUT.replace("14.5%", "14.7%"), SHARE) == [("17,497", "120,013", "14.7%")]


def test_cutting_is_not_read_at_the_edge_of_coarse_figures():
    # 2.4 million over 2.0 million is 14.63% to 25.64% as rounded: "14%" fits only by cutting at that edge,
    # two loose readings at once
    text = "The depot shipped 2.4 million parcels in 2024, 14% more than the 2.0 million it shipped in 2023."
    assert [status for status, _ in verdicts(text, "growth-rate")] == [Status.INCONSISTENT]
