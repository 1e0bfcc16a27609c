"""A rate compared with another level past its own base (the comparison check): "the readmission rate (8.4
per 100 discharges) is below its 2019 level (9.1)" - the base's digits are part of the rate's unit, and a
level in bare digits of another time is the rate's own. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


@pytest.mark.parametrize("text, pair", [
    ("The readmission rate (8.4 per 100 discharges) is below its 2019 level (9.1).", ("8.4", "9.1")),
    ("The injury rate (3.7 per 1,000 workers) remains above the national level of 2.9.", ("3.7", "2.9")),
    ("At 12.2 pupils per 1,000 residents, exclusions were higher than the 2015 figure of 10.8.", ("12.2", "10.8")),
])
def test_a_rate_is_compared_past_its_base(text, pair):
    assert (Status.CONSISTENT, pair) in verdicts(text)


@pytest.mark.parametrize("text, old, new, pair", [
    ("The readmission rate (8.4 per 100 discharges) is below its 2019 level (9.1).", "9.1", "7.9", ("8.4", "7.9")),
    ("The injury rate (3.7 per 1,000 workers) remains above the national level of 2.9.", "2.9", "4.2", ("3.7", "4.2")),
])
def test_a_rate_on_the_wrong_side_past_its_base_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


def test_no_comparison_of_a_rate_with_a_count_without_a_word_of_comparison():
    text = "The readmission rate was 8.4 per 100 discharges in 2019, when 912 patients were readmitted."
    assert not verdicts(text)
