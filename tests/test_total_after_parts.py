"""'The total' pointing back after the parts of a whole is that whole (comparison check): "The survey counted 45,210
households. Of these, 24,100 owned their home and 20,950 rented. A further 160 gave no answer. The total was up from
the 46,880 households of 2015" compares 45,210 with 46,880. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


TOTALS = [
    ("The survey counted 45,210 households in 2020. Of these, 24,100 owned their home and 20,950 rented. A further "
     "160 gave no answer. The total was down from the 46,880 households of 2015.", "45,210", "46,880"),
    ("Clinics reported 8,140 cases last winter. Of these, 5,020 were children and 3,010 adults. Another 110 were "
     "not recorded by age. The tally was higher than the 7,600 cases of the winter before.", "8,140", "7,600"),
]


@pytest.mark.parametrize("text, whole, other", TOTALS)
def test_the_total_after_the_parts_is_their_whole(text, whole, other):
    assert (Status.CONSISTENT, (whole, other)) in verdicts(text)
    # (not the last part, in the sentence just before)
    assert not [v for v in verdicts(text) if v[1][0] in ("160", "110")]


@pytest.mark.parametrize("text, old, new", [
    (TOTALS[0][0], "down from", "up from"),
    (TOTALS[1][0], "higher than", "lower than"),
])
def test_the_total_on_the_wrong_side_is_an_error(text, old, new):
    assert [v for v in verdicts(text.replace(old, new)) if v[0] is Status.INCONSISTENT]


def test_no_total_without_the_parts_of_a_whole():
    # the sentence before gives no count, and no parts of a whole came before: no figure for "the total" to point at
    text = ("Ferries carried 12,400 cars in May. Bus routes were cut in June. Rail's share rose to 12%. The total was "
            "down from the 15,900 cars of 2019.")
    assert not [v for v in verdicts(text) if "15,900" in v[1]]
