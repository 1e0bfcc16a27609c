"""A total for members its words list by name ("exports to Ghana and Togo", "Lisbon and Porto together"),
and each member's own level of the same measure, unit and period a few sentences away: the members' levels
add up to the total (surely when the words call it a total or a joint figure). The sentences are invented
here; each broken version is an error and each decoy stays quiet."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
CHECK = "sum-of-parts"


def statuses(text: str) -> list[Status]:
    return [s for s, _ in verdicts(text, CHECK)]


@pytest.mark.parametrize("text, status", [
    ("Wind farms in Kerry generated 1,200 GWh in 2023. Wind farms in Clare generated 950 GWh in 2023. Wind farms "
     "in Kerry and Clare generated a combined 2,150 GWh in 2023.", OK),
    ("Wind farms in Kerry generated 1,200 GWh in 2023. Wind farms in Clare generated 950 GWh in 2023. Wind farms "
     "in Kerry and Clare generated a combined 2,350 GWh in 2023.", ERROR),
    ("Visitors to Lisbon numbered 4.1 million in 2022. Porto drew 2.3 million visitors in 2022. Together, Lisbon "
     "and Porto received 6.1 million visitors in 2022.", ERROR),
    ("Cocoa shipments to Ghana rose to 420 tonnes in 2022.\n\nCocoa shipments to Togo fell to 310 tonnes in 2022."
     "\n\nCocoa shipments to Ghana and Togo totalled 690 tonnes in 2022.", ERROR),
    ("Sales in Ohio reached $41 million in 2021, while sales in Texas were $38 million in 2021. Sales in Ohio and "
     "Texas came to $79 million in 2021.", OK),
    # one flow named by a noun and by a verb: "output" and "produced"
    ("Farm output in Kent reached 41,000 tonnes in 2022. In Essex, farm output came to 38,000 tonnes in 2022. Kent "
     "and Essex together produced 89,000 tonnes in 2022.", ERROR),
])
def test_members_levels_add_up_to_the_total_that_lists_them(text, status):
    assert statuses(text) == [status]


def test_without_a_word_of_total_a_mismatch_is_only_doubtful():
    text = ("Cocoa shipments to Ghana rose to 420 tonnes in 2022. Cocoa shipments to Togo fell to 310 tonnes in 2022. "
            "Cocoa shipments to Ghana and Togo reached 690 tonnes in 2022.")
    assert statuses(text) == [UNDETERMINED]


@pytest.mark.parametrize("text", [
    # a member without a level of its own: no sum
    "Exports to Kenya rose to 300 tonnes in 2020. Exports to Uganda and Rwanda reached 500 tonnes in 2020.",
    # another year's total
    "Imports from Brazil were 900 tonnes in 2019. Imports from Chile were 400 tonnes in 2019. Imports from Brazil "
    "and Chile were 1,250 tonnes in 2018.",
    # another measure
    "Brazil exported 900 tonnes in 2019. Chile exported 400 tonnes in 2019. Brazil and Chile imported 1,250 tonnes "
    "in 2019.",
])
def test_decoys_stay_quiet(text):
    assert [s for s in statuses(text) if s is ERROR] == []
