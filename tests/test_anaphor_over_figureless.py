"""An anaphor opening a sentence ("Of these", "Among them") points to the last level of its part's unit: up to
three sentences with no figure of that unit between do not end the reference, but the anaphor may be what they
name, so a part above the level is only doubtful. The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
CHECK = "part-exceeds-whole"


@pytest.mark.parametrize("text, status", [
    ("Inspectors visited 3,400 shops in 2022. Most were in the city centre. Of them, 2,950 passed.", OK),
    ("Inspectors visited 3,400 shops in 2022. Most were in the city centre. Of them, 3,950 passed.", UNDETERMINED),
    ("The survey covered 8,420 firms. It ran for six weeks in the spring.\n\nOf these, 9,105 reported losses.",
     UNDETERMINED),
    ("The register lists 1,260 ferries.\n\nThe list is updated yearly.\n\nAmong them, 410 run on diesel.", OK),
])
def test_figureless_sentences_do_not_end_the_reference(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


@pytest.mark.parametrize("text", [
    # a level of the part's unit between: the anaphor is of that one
    "The survey covered 8,420 firms. Their 52,000 workers were polled too. Of these, 9,105 reported losses.",
    # too far back
    "The survey covered 8,420 firms. It ran in spring. Answers were anonymous. Forms were short. Replies came fast. "
    "Of these, 9,105 reported losses.",
])
def test_decoys_raise_no_error(text):
    assert [s for s, _ in verdicts(text, CHECK) if s is ERROR] == []
