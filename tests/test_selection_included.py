"""A few members picked out of the level just stated, as the subject of a verb of including ("The standouts
included 809,443 visitors at the Tate; ...; and 568,375 at the National Gallery"): each is a part of that
level, the items parted by semicolons and their rates of change between them. The sentences are invented
here; each broken version is an error and each decoy stays quiet."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT
CHECK = "part-exceeds-whole"


@pytest.mark.parametrize("text, status", [
    ("Library loans reached 2,400,000 in 2023. The highlights included a 9% rise - 410,000 loans - at the central "
     "library; a 4% fall at Eastgate's two sites; and a rise of 12% - 260,000 - at the harbour branch.", OK),
    ("Library loans reached 2,400,000 in 2023. The highlights included a 9% rise - 410,000 loans - at the central "
     "library; a 4% fall at Eastgate's two sites; and a rise of 12% - 3,260,000 - at the harbour branch.", ERROR),
    ("The county exported 18,200 tonnes of cheese last year. The biggest contributors included 21,300 tonnes from "
     "Hallow Farm and 2,100 tonnes from Brackenridge.", ERROR),
])
def test_picked_members_are_parts_of_the_level_before(text, status):
    assert status in [s for s, _ in verdicts(text, CHECK)]
    if status is OK:
        assert ERROR not in [s for s, _ in verdicts(text, CHECK)]


@pytest.mark.parametrize("text", [
    # no level of the parts' unit before: nothing to be part of
    "Loans rose 9% in 2023. The highlights included 410,000 loans at the central library and 260,000 at Eastgate.",
    # two groups side by side, then highlights of a different count (events, not visitors)
    "The festival drew 41,000 visitors. The highlights included 52 concerts and 610 readings.",
])
def test_decoys_stay_quiet(text):
    assert [s for s, _ in verdicts(text, CHECK) if s is ERROR] == []
