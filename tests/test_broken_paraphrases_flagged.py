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


# ---- shares of a whole, then the amounts they stand for, paired "respectively" --------------------------------
# The mirror of "A and B accounted for 8.3 and 43.8 percent respectively": the shares come first, of the whole the
# sentence opens with, and the amounts follow as one list set off by a dash, a colon, a bracket or "or".
SHARE = "share-of-total"

SHARES_THEN_AMOUNTS_BROKEN = [
    # 6,400 * 0.375 = 2,400, not 2,900
    "Of the 6,400 tenants polled, 37.5% wanted a rent freeze and 21.0% a repair fund: 2,900 and 1,344 tenants "
    "respectively.",
    # 3.60 million * 0.55 = 1.98 million, not 1.58 million
    "Out of the 3.60 million trips logged, 55.0% were by bus and 30.0% by tram (1.58 million and 1.08 million "
    "respectively).",
]
SHARES_THEN_AMOUNTS_CONSISTENT = [
    "Of the 6,400 tenants polled, 37.5% wanted a rent freeze and 21.0% a repair fund: 2,400 and 1,344 tenants "
    "respectively.",
    "Out of the 3.60 million trips logged, 55.0% were by bus and 30.0% by tram (1.98 million and 1.08 million "
    "respectively).",
]
SHARES_THEN_AMOUNTS_DECOYS = [
    # the amounts are another measure of the two groups, not set off as the shares' own
    "Of the 6,400 tenants polled, 37.5% wanted a rent freeze and 21.0% a repair fund, with debts of 2,900 and "
    "1,344 respectively.",
    # three shares, two amounts: the lists do not pair
    "Of the 6,400 tenants polled, 37.5% wanted a rent freeze, 21.0% a repair fund and 9.0% neither: 2,900 and "
    "1,344 tenants respectively.",
]


@pytest.mark.parametrize("text", SHARES_THEN_AMOUNTS_BROKEN)
def test_a_share_broken_against_its_respective_amount_is_flagged(text):
    assert errors(text, SHARE), verdicts(text, SHARE)


@pytest.mark.parametrize("text", SHARES_THEN_AMOUNTS_CONSISTENT)
def test_shares_with_their_respective_amounts_check_out(text):
    assert statuses(text, SHARE) == [Status.CONSISTENT, Status.CONSISTENT]


@pytest.mark.parametrize("text", SHARES_THEN_AMOUNTS_DECOYS)
def test_amounts_not_paired_with_the_shares_are_not_flagged(text):
    assert not errors(text, SHARE), verdicts(text, SHARE)


# ---- a count of people, then its groups' counts in the sentences after it ---------------------------------------
# A count of adults, children, women or men counts people too: the groups that leave nobody out make up a count of
# people told just before them, whatever noun each sentence counts them by.
SUM = "sum-of-parts"

PEOPLE_THEN_GROUPS_BROKEN = [
    # 5,310 + 2,140 = 7,450, not 6,450
    "Officially, 6,450 people are sleeping in shelters. There were 5,310 sheltered adults. There were 2,140 "
    "sheltered children.",
    # 7,100 + 6,300 = 13,400, not 12,400
    "A total of 12,400 people were displaced by the floods. There were 7,100 displaced women. There were 6,300 "
    "displaced men.",
]
PEOPLE_THEN_GROUPS_CONSISTENT = [
    "Officially, 7,450 people are sleeping in shelters. There were 5,310 sheltered adults. There were 2,140 "
    "sheltered children.",
    "A total of 13,400 people were displaced by the floods. There were 7,100 displaced women. There were 6,300 "
    "displaced men.",
]
PEOPLE_THEN_GROUPS_DECOYS = [
    # the later counts are of things, not of groups of people
    "Officially, 6,450 people are sleeping in shelters. There were 5,310 beds in use. There were 2,140 blankets "
    "handed out.",
    # groups that do not exhaust the people (the elderly and the children may overlap the rest): no more than a
    # question, never an error
    "Officially, 6,450 people are sleeping in shelters. There were 5,310 sheltered pensioners. There were 2,140 "
    "sheltered children.",
]


@pytest.mark.parametrize("text", PEOPLE_THEN_GROUPS_BROKEN)
def test_groups_of_people_that_do_not_make_up_their_count_are_flagged(text):
    assert errors(text, SUM), verdicts(text, SUM)


@pytest.mark.parametrize("text", PEOPLE_THEN_GROUPS_CONSISTENT)
def test_groups_of_people_that_make_up_their_count_check_out(text):
    assert statuses(text, SUM) == [Status.CONSISTENT]


@pytest.mark.parametrize("text", PEOPLE_THEN_GROUPS_DECOYS)
def test_counts_of_things_after_a_count_of_people_are_not_flagged(text):
    assert not errors(text, SUM), verdicts(text, SUM)


# ---- a subject listing its parts in brackets, then a verb of a level and their whole -----------------------------
BRACKETED_SUBJECT_BROKEN = [
    # 3.40 + 2.15 + 0.85 = 6.40, not 7.40
    "Outlays on the three road schemes, resurfacing (€3.40m), lighting (€2.15m) and signage (€0.85m), reached €7.40m.",
    # 41,200 + 18,300 = 59,500, not 62,500
    "Sales of wheat (41,200 tonnes) and barley (18,300 tonnes) were 62,500 tonnes.",
]
BRACKETED_SUBJECT_CONSISTENT = [
    "Outlays on the three road schemes, resurfacing (€3.40m), lighting (€2.15m) and signage (€0.85m), reached €6.40m.",
    "Sales of wheat (41,200 tonnes) and barley (18,300 tonnes) were 59,500 tonnes.",
]
BRACKETED_SUBJECT_DECOYS = [
    # some of the items only
    "Outlays, including resurfacing (€3.40m) and lighting (€2.15m), reached €7.40m.",
    # a count in words that says the subject lists more items than the brackets give
    "Outlays on the three road schemes, resurfacing (€3.40m) and lighting (€2.15m), reached €7.40m.",
    # a verb of a move: the bracketed amounts may be the levels it moved from
    "Sales of wheat (41,200 tonnes) and barley (18,300 tonnes) rose to 62,500 tonnes.",
    # the list belongs to another clause than the level's
    "Prices fell, while sales of wheat (41,200 tonnes) and barley (18,300 tonnes) were steady; exports were 62,500 "
    "tonnes.",
]


@pytest.mark.parametrize("text", BRACKETED_SUBJECT_BROKEN)
def test_bracketed_parts_of_a_subject_that_miss_its_level_are_flagged(text):
    assert errors(text, SUM), verdicts(text, SUM)


@pytest.mark.parametrize("text", BRACKETED_SUBJECT_CONSISTENT)
def test_bracketed_parts_of_a_subject_that_make_up_its_level_check_out(text):
    assert statuses(text, SUM) == [Status.CONSISTENT]


@pytest.mark.parametrize("text", BRACKETED_SUBJECT_DECOYS)
def test_bracketed_amounts_the_words_do_not_total_are_not_flagged(text):
    assert not errors(text, SUM), verdicts(text, SUM)


# ---- parts picked out of a whole before a word of totalling ------------------------------------------------------
# "led by", "including", "mainly" right before the list say it names some items only: the parts add up to no more
# than the total, so a total above their sum is no error (one below it still is).
SOME_ITEMS_DECOYS = [
    "Outlays, led by resurfacing (€3.40m) and lighting (€2.15m), came to €7.40m.",
    "Outlays, including resurfacing (€3.40m) and lighting (€2.15m), came to €7.40m.",
    "Outlays, mainly resurfacing (€3.40m) and lighting (€2.15m), came to €7.40m.",
]


@pytest.mark.parametrize("text", SOME_ITEMS_DECOYS)
def test_some_items_below_their_total_are_not_flagged(text):
    assert not errors(text, SUM) and not errors(text, "part-exceeds-whole"), verdicts(text, SUM)


def test_some_items_above_their_total_are_still_flagged():
    text = "Outlays, led by resurfacing (€5.40m) and lighting (€2.15m), came to €7.40m."
    assert errors(text, "part-exceeds-whole")


def test_items_the_words_do_not_pick_out_still_make_up_the_total():
    assert errors("Outlays on resurfacing (€3.40m) and lighting (€2.15m) came to €7.40m.", SUM)
