"""Identities of defined measures that hold by definition, whatever the numbers: a broken one is flagged by the
defined-measure check, which pairs the figures by the measures the words name, not because their arithmetic agrees
(gross profit = revenue - cost of sales; passenger load factor = revenue passenger kilometres / available seat
kilometres; revenue per available room = average daily rate * occupancy)."""
from __future__ import annotations

import pytest

from auditor.model import Status

from _reading import errors, statuses, verdicts

CHECK = "defined-measure"

BROKEN = [
    # gross profit: 90.1 - 52.4 = 37.7, not 41.7
    "Cost of sales came to £52.4m against revenue of £90.1m, so gross profit was £41.7m.",
    # load factor: 18.6 / 23.1 = 80.5%, not 85.5%
    "The carrier flew 18.6 billion revenue passenger kilometres on 23.1 billion available seat kilometres. "
    "Its passenger load factor was 85.5%.",
    # the abbreviations: 9.40 / 11.75 = 80.0%, not 84.0%
    "The load factor reached 84.0% on RPKs of 9.40 billion and ASKs of 11.75 billion.",
    # revenue per available room: 210 * 0.71 = 149.1, not 169
    "The average daily rate was $210 and occupancy 71.0 percent. Revenue per available room came to $169.",
]

CONSISTENT = [
    "Cost of sales came to £52.4m against revenue of £90.1m, so gross profit was £37.7m.",
    "The carrier flew 18.6 billion revenue passenger kilometres on 23.1 billion available seat kilometres. "
    "Its passenger load factor was 80.5%.",
    "The load factor reached 80.0% on RPKs of 9.40 billion and ASKs of 11.75 billion.",
    "The average daily rate was $210 and occupancy 71.0 percent. Revenue per available room came to $149.",
]

DECOYS = [
    # "asks" is a verb here, no available seat kilometres: the rate is not checked against the two counts
    "The load factor was 84.0%. The airline asks 9,400 staff to retire and 11,750 others to move.",
    # revenue, the cost of sales and gross profit of three different years
    "Revenue was £90.1m in 2024. Cost of sales had been £52.4m in 2023, and gross profit £41.7m in 2022.",
    # no defined measure named: an average daily rate beside another percentage
    "The average daily rate was $210 and 71.0 percent of guests were foreign. Each spent $169 on meals.",
]


@pytest.mark.parametrize("text", BROKEN)
def test_a_broken_identity_of_defined_measures_is_flagged(text):
    assert errors(text, CHECK), verdicts(text, CHECK)


@pytest.mark.parametrize("text", CONSISTENT)
def test_the_consistent_twin_checks_out(text):
    assert statuses(text, CHECK) == [Status.CONSISTENT]


@pytest.mark.parametrize("text", DECOYS)
def test_figures_side_by_side_are_not_flagged(text):
    assert not errors(text, CHECK), verdicts(text, CHECK)


def test_revenue_passenger_kilometres_are_no_revenue():
    # read as revenue, the traffic would make a gross profit out of 18.6 billion less the cost of sales
    text = ("Revenue passenger kilometres were 18,600 million. Cost of sales was 5,200 million and gross profit "
            "3,100 million.")
    assert not errors(text, CHECK), verdicts(text, CHECK)
