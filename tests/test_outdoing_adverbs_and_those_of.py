"""A verb of outdoing between two named items with their figures in brackets (grammar.order): an adverb of margin or
certainty may stand before the verb ("comfortably outstripped", "reportedly overtook"), and the second item may be
named by "those of" a noun phrase ("outstripped those of cut flowers and vegetables (B)"); an adverb that says the
outcome did not happen ("nearly", "almost") is no such adverb. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures, status", [
    ("Cocoa receipts (GH₵ 41.2 billion) comfortably outstripped those of gold and bauxite (GH₵ 36.8 billion) in 2023.",
     ("GH₵ 41.2 billion", "GH₵ 36.8 billion"), Status.CONSISTENT),
    ("Cocoa receipts (GH₵ 31.2 billion) comfortably outstripped those of gold and bauxite (GH₵ 36.8 billion) in 2023.",
     ("GH₵ 31.2 billion", "GH₵ 36.8 billion"), Status.INCONSISTENT),
    ("Cocoa receipts (GH₵ 31.2 billion) decisively overtook gold (GH₵ 36.8 billion) in 2023.",
     ("GH₵ 31.2 billion", "GH₵ 36.8 billion"), Status.INCONSISTENT),
])
def test_an_adverb_or_those_of_leave_the_outcome_stated(text, figures, status):
    assert (status, figures) in verdicts(text, "ranking")


@pytest.mark.parametrize("text", [
    "Cocoa receipts (GH₵ 31.2 billion) nearly outstripped those of gold and bauxite (GH₵ 36.8 billion) in 2023.",
    "Cocoa receipts (GH₵ 31.2 billion) almost overtook gold (GH₵ 36.8 billion) in 2023.",
    "Cocoa receipts (GH₵ 31.2 billion) are expected to outstrip those of gold (GH₵ 36.8 billion) in 2025.",
])
def test_an_outcome_that_did_not_happen_is_no_order(text):
    assert not [v for v in verdicts(text, "ranking") + verdicts(text, "comparison") if v[0] is Status.INCONSISTENT]
