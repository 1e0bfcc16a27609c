"""A change given with only its old level, whose new level the sentence before states (grammar.links
news_said_before): "Ticket sales came to 48,210 in the season. Month on month, ticket sales rose 4.5%,
against 46,134 in the previous month". The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "The ferry line carried 48,210 passengers in the spring season. Season on season, passenger numbers on the "
    "line rose 4.5 per cent, against 46,134 in the winter season.",
    "Hospital admissions totalled 12,870 in the fourth week. Week on week, though, admissions declined by 3.1%, "
    "from 13,282 in the third week.",
    "The cooperative reported milk deliveries of 9,412 tonnes for the quarter. Sequentially, milk deliveries "
    "increased by 2.2 percent, compared with 9,210 tonnes in the previous quarter.",
])
def test_the_new_level_of_the_sentence_before(text):
    assert [s for s, _ in verdicts(text, "growth-rate")] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "The ferry line carried 48,210 passengers in the spring season. Season on season, passenger numbers on the "
    "line rose 6.5 per cent, against 46,134 in the winter season.",
    "Hospital admissions totalled 12,870 in the fourth week. Week on week, though, admissions declined by 5.1%, "
    "from 13,282 in the third week.",
])
def test_a_change_the_two_levels_do_not_give_is_an_error(text):
    assert [s for s, _ in verdicts(text, "growth-rate")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # another measure in the sentence before: not the new level of this one
    "The ferry line carried 48,210 passengers in the spring season. Freight on the line rose 6.5 per cent, "
    "against 46,134 tonnes in the winter season.",
    # the change names its own period: not the period of the level before
    "Hospital admissions totalled 12,870 in March. In April, admissions declined by 5.1%, from 13,282 in "
    "February.",
    # the level before is itself an old level, measured from
    "Admissions were 3% higher than the 13,282 of a year earlier. Week on week, admissions declined by 5.1%, "
    "from 14,010 in the third week.",
])
def test_no_new_level_said_before(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "growth-rate")]
