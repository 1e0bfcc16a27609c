"""Counts of those beyond a stretch of time ("waiting more than 18 months", "over 52 weeks"): of the
same thing counted at the same time, those beyond the longer stretch are among those beyond the
shorter one. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def within(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).within]


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "part-exceeds-whole")


NESTED = [
    # (text with the longer stretch's count as {part}, the whole)
    ("At the end of June {part} patients had been waiting more than two years for a hip operation. By the end "
     "of June, 41,230 patients in all had waited over 12 months for a hip operation.", "41,230"),
    ("In March, 41,230 visa applications had been pending for more than 90 days.\n\nIn March {part} visa "
     "applications had been pending for longer than six months, the ministry said.", "41,230"),
    ("At the close of 2023, 41,230 court cases had remained open over one year, and {part} court cases "
     "had remained open for at least three years.", "41,230"),
]


@pytest.mark.parametrize("text, whole", NESTED)
def test_a_count_beyond_a_longer_stretch_is_among_those_beyond_a_shorter_one(text, whole):
    assert within(text.format(part="3,115")) == [("3,115", whole)]
    assert verdicts(text.format(part="3,115")) == [(Status.CONSISTENT, ("3,115", whole))]
    assert verdicts(text.format(part="51,115")) == [(Status.INCONSISTENT, ("51,115", whole))]


@pytest.mark.parametrize("text", [
    # other things counted: patients and staff
    "At the end of June 51,115 patients had been waiting more than two years. By the end of June, 41,230 "
    "staff in all had worked over 12 months without a break.",
    # another time: the counts are of other months
    "In 2021, 41,230 visa applications had been pending for more than 90 days.\n\nIn 2023, 51,115 visa "
    "applications had been pending for longer than six months.",
    # the same stretch: neither is within the other
    "In March, 41,230 visa applications had been pending for more than 90 days, and 51,115 passport "
    "applications had been pending for more than 90 days.",
    # the stretches do not order: 4 weeks and one month may be the same
    "In March, 41,230 visa applications had been pending for more than one month, and 51,115 visa "
    "applications had been pending for more than 4 weeks.",
    # another subject's count
    "In Leeds, 41,230 patients had waited over 12 months. In Bristol, 51,115 patients had waited more than "
    "two years.",
])
def test_counts_beyond_stretches_that_do_not_nest_are_not_related(text):
    assert within(text) == []
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))
