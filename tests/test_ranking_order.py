"""A stated order after a superlative, however the order is introduced (checks.ranking).
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    findings = audit_document(Document("t.txt", text), checks=["ranking"]).findings
    return [(f.status, tuple(x.text for x in f.figures)) for f in findings]


@pytest.mark.parametrize("lead", ["the largest", "the second largest", "the fourth biggest", "its 3rd largest"])
def test_an_order_after_a_superlative_with_or_without_a_place(lead):
    text = (f"Spain was {lead} market with 48,210 buyers up 6 percent, followed by Italy at 31,904 up 2 percent, "
            f"followed by Greece with 31,990 up 9 percent.")
    assert (Status.INCONSISTENT, ("31,904", "31,990")) in verdicts(text)
    assert (Status.CONSISTENT, ("48,210", "31,904")) in verdicts(text)


def test_no_order_without_a_superlative():
    text = "Spain had 48,210 buyers up 6 percent, followed by Italy at 31,904, followed by Greece with 31,990."
    assert verdicts(text) == []
