"""A title's acronym spelled out in the body ("LSM output up 4.1pc" ... "Large-scale manufacturing
output grew 4.06 percent") names the same measure (grammar.links.headline_restatements). Written here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("body, status", [
    ("Large-scale manufacturing output grew 4.06 percent in the first nine months, the bureau said.", Status.CONSISTENT),
    ("Large-scale manufacturing output grew 3.06 percent in the first nine months, the bureau said.", Status.INCONSISTENT),
])
def test_an_acronym_in_the_title_spelled_out_in_the_body(body, status):
    text = f"LSM output up 4.1pc in July-March\n{body}"
    assert [s for s, _ in verdicts(text, "same-measure-conflict")] == [status]


def test_capitals_that_the_body_does_not_spell_out_leave_the_pair_unsure():
    text = "LSM output up 4.1pc in July-March\nLarge and small firms' output grew 3.06 percent in the nine months."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "same-measure-conflict")]
