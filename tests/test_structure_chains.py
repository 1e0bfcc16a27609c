"""The structure of a counted whole written as a chain of its parts' percentages ("the structure of
the three sectors was 12.4:38.1:49.5"): the chain is as long as the count, and adds up to 100
(grammar.links _structure_chains). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "The structure of the three sectors shifted from 12.4:38.1:49.5 in 2019 to 10.9:37.6:51.5 in 2023.",
    "By 2022 the composition of the four age groups was 18.5:22.0:41.3:18.2, the survey found.",
    "The make-up of the two fleets was 61.5:38.5 at the end of the year.",
])
def test_a_structure_chain_adds_up_to_100(text):
    found = verdicts(text, "share-of-total")
    assert found and all(s is Status.CONSISTENT for s, _ in found)


@pytest.mark.parametrize("text", [
    "The structure of the three sectors shifted from 12.4:38.1:49.5 in 2019 to 10.9:37.6:5.15 in 2023.",
    "By 2022 the composition of the four age groups was 18.5:22.0:41.3:28.2, the survey found.",
])
def test_a_chain_that_misses_100_is_an_error(text):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text, "share-of-total")]


@pytest.mark.parametrize("text", [
    # a ratio, not a structure: its terms need not add up to 100
    "The ratio of the three sectors' output was 1:3:6 in 2019.",
    # the chain is longer than the count
    "The structure of the two sectors was 12.4:38.1:49.5 in 2019.",
    # a score and a time, not a structure
    "The three teams drew 2:2 and the match ended at 21:45.",
])
def test_no_structure_chain(text):
    assert all(link.whole == 1 for link in meaning_of(text).share_lists)
