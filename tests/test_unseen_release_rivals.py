"""Three readings from a second set of invented releases (the first fresh after-set of the false-alarm
hunt, tuned on since): a subordinate clause with a subject of its own between a count and a verb of
crossing ("11 tropical nights when the temperature stayed above 25") makes the clause's subject the one
that crossed the mark, not the count; "of the total" after a part of a whole the sentence gives ("640 of
the 2,310 buses, 28% of the total") names that whole, not another; a rival named by a rate of other
words than the leader's ("the lowest employment rate ... the unemployment rate was 3.8%") is another
measure, no item of the order.

And three from a second fresh set: a figure coordinated after "within <noun phrase> and" is a sibling, not
the whole of "within" ("72.6 million people displaced within their own countries and 7.7 million
asylum-seekers"); "of which" points past a count of place too small to hold its first part ("41,200 homes
across 18 districts, of which 9,850 were destroyed"); an average per a noun ("£2.90 per train-kilometre")
divides no count of another noun ("14 new terminals"). Every sentence is invented here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status

OK = Status.CONSISTENT


def _flags(text: str, check: str) -> list[tuple]:
    return [v for v in verdicts(text, check) if v[0] is not OK]


@pytest.mark.parametrize("text", [
    "There were 17 hot days, and 11 tropical nights when the temperature stayed above 25.",
    "The exchange counted 212 sessions, 48 of them days when the index closed above 4,000.",
])
def test_a_count_before_a_clause_of_its_own_subject_crosses_no_mark(text):
    assert _flags(text, "comparison") == []


def test_a_level_said_to_surpass_a_mark_is_still_checked():
    assert errors("The harvest of 3,940 tonnes surpassed the 4,100 tonnes projected.", "comparison")


@pytest.mark.parametrize("text, status", [
    ("The operator carried 218 million passengers. The electric fleet grew to 640 of the 2,310 buses, 28% of the total.", OK),
    ("The operator carried 218 million passengers. The electric fleet grew to 640 of the 2,310 buses, 31% of the total.",
     Status.INCONSISTENT),
    ("The network had 9.4 million customers. Fibre reached 1,020 of the 3,400 exchanges, 30% of the total.", OK),
])
def test_of_the_total_after_a_part_of_a_whole_names_that_whole(text, status):
    assert [s for s, _ in verdicts(text, "share-of-total")] == [status]


@pytest.mark.parametrize("text", [
    "Graduates in medicine had the highest employment rate, 98.1%, and those in arts the lowest, 81.3%. Among "
    "first-class graduates the unemployment rate was 3.8%, and among those with a lower second 6.2%.",
    "Coastal towns had the lowest occupancy rate, 61.0%. In the same towns the vacancy rate was 12.4%.",
])
def test_a_rival_named_by_another_rate_is_no_item_of_the_order(text):
    assert _flags(text, "ranking") == []


def test_a_rival_named_by_the_same_rate_is_still_read():
    assert verdicts("Lagos had the lowest employment rate, at 61.3%. In Kano the employment rate was 58.5%.", "ranking")


@pytest.mark.parametrize("text", [
    "They included 43.1 million refugees, 72.6 million people displaced within their own countries and 7.7 million "
    "asylum-seekers.",
    "Staff numbered 9,400 nurses working within the hospital trust and 2,100 porters.",
])
def test_a_figure_coordinated_after_within_is_no_whole(text):
    assert _flags(text, "part-exceeds-whole") == []


def test_a_part_within_a_whole_is_still_checked():
    assert errors("Some 41,000 of the tests were counted within the total of 39,000.", "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "The floods affected 41,200 homes across 18 districts, of which 9,850 were destroyed and 31,350 damaged.",
    "The scheme reached 6,300 farmers in 41 villages, of which 2,900 grew rice.",
])
def test_of_which_points_past_a_count_of_place_too_small_for_its_part(text):
    assert _flags(text, "part-exceeds-whole") == []


def test_parts_of_which_above_their_whole_are_still_read():
    text = "The floods affected 41,200 homes, of which 19,850 were destroyed and 31,350 damaged."
    assert _flags(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Grants of £28 million supported 14 new terminals, and the average access charge was £2.90 per train-kilometre.",
    "The club spent €6.4 million on 41 players, and the average ticket cost €31 per match.",
])
def test_an_average_per_one_noun_divides_no_count_of_another(text):
    assert _flags(text, "ratio") == []


def test_an_average_per_its_own_noun_is_still_checked():
    assert errors("Insurers paid $412.6 million on 38,420 claims, an average of $11,740 each.", "ratio")


@pytest.mark.parametrize("text", [
    "The county's total revenue amounted to RMB 2,110 million, 9.9% higher than in 2013, including local revenue of "
    "RMB 2,772 million.",
    "Data subscriptions went up from 13.09 million to 16.34 million, of which the largest network accounted for "
    "23.6 million.",
])
def test_a_part_above_a_whole_named_after_to_is_still_an_error(text):
    # ("to" names the level a move reaches, not a phrase of place: the whole is that level)
    assert errors(text, "part-exceeds-whole")
