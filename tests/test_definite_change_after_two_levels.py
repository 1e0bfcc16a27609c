"""A change in units alone in its sentence after a sentence whose only two levels are of two periods
(grammar.links.changes_after_two_dated_levels): read when the sentence opens on it as a definite noun of
change ("The increase of 438 came from ..."), or a word draws it from what was said ("so"); not when it names
another measure after it ("The rise of 610 in staff"), nor when only its place ties it to the levels. The
sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("Registered dentists numbered 4,318 in 2019 and 4,756 in 2024. The increase of 438 came from two new schools.",
     Status.CONSISTENT),
    ("Registered dentists numbered 4,318 in 2019 and 4,756 in 2024. The increase of 548 came from two new schools.",
     Status.INCONSISTENT),
    ("The port handled 8,420 containers in 2022 and 7,910 in 2023. The fall of 610 was blamed on strikes.",
     Status.INCONSISTENT),
    ("The port handled 8,420 containers in 2022 and 7,910 in 2023. The fall of 510 was blamed on strikes.",
     Status.CONSISTENT),
])
def test_the_change_the_two_levels_make(text, status):
    assert [s for s, _ in verdicts(text, "difference")] == [status]


@pytest.mark.parametrize("text", [
    "The port handled 8,420 containers in 2022 and 7,910 in 2023. The rise of 610 in staff was agreed.",
    "The port handled 8,420 containers in 2022 and 7,910 in 2023. Exports rose by 610.",
    "VAT refunds came to Rs 6.8 billion in 2024 and Rs 5.1 billion in 2023. Excise duty fell short by Rs 3.2 billion.",
])
def test_no_change_of_the_levels_without_words_that_make_it_theirs(text):
    assert verdicts(text, "difference") == []
