"""Two readings of signs the words give (sentences invented here, none a report's):
- parts told like their whole, each with its change in units, whose direction words do not all go the whole's
  way: the changes add up as signed amounts ("up 28,900 ... a fall of 27,900" nets 1,000);
- two flows going opposite ways and a net the words name by its outward way ("a natural decrease of 2,655",
  "a net outflow of 665 million"): the outward flow less the inward one."""
from __future__ import annotations

import pytest

from _reading import statuses
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED

MIXED = ("Employment rose by {whole} to 2,481,600 in the quarter. Full-time jobs increased 20,100 to 1,902,400, "
         "while part-time jobs fell 7,800 to 579,200.")


@pytest.mark.parametrize("whole, found", [("12,300", [OK, OK]), ("27,900", [OK, ERROR])])
def test_changes_of_parts_going_both_ways_add_up_as_signed_amounts(whole, found):
    # (the levels add up either way; full-time and part-time leave nobody out, so a gap is an error;
    # the unsigned sum, 27,900, is no longer read)
    assert sorted(statuses(MIXED.format(whole=whole), "sum-of-parts"), key=str) == sorted(found, key=str)


def test_a_whole_going_down_with_one_part_up():
    # (the first part goes against the whole: its sign leads the sum)
    text = ("Employment fell by {w} to 96,870. Full-time jobs went up 1,770 to 25,430, while part-time jobs "
            "fell 6,120 to 71,440.")
    assert statuses(text.format(w="4,350"), "sum-of-parts") == [OK, OK]
    assert ERROR in statuses(text.format(w="7,890"), "sum-of-parts")


def test_changes_all_going_one_way_still_add_up_plainly():
    text = ("Household credit went up by $64 billion to $4.92 trillion. Card balances grew $29 billion to $1.31 trillion. "
            "Car loans grew $21 billion to $1.58 trillion. Student loans grew $9 billion to $1.74 trillion. "
            "All other credit grew $5 billion to $290 billion.")
    assert statuses(text, "sum-of-parts") == [OK, OK]


@pytest.mark.parametrize("net, status", [("3,693", OK), ("3,093", ERROR)])
def test_a_natural_decrease_is_deaths_less_births(net, status):
    text = f"In March 14,212 babies were born and 17,905 people died. The natural decrease came to {net}."
    assert statuses(text, "difference") == [status]


@pytest.mark.parametrize("net, status", [("665 million", OK), ("565 million", ERROR)])
def test_a_net_outflow_is_outflows_less_inflows(net, status):
    text = f"Fund inflows reached 2,450 million in the year while outflows were 3,115 million. The net outflow amounted to {net}."
    assert statuses(text, "difference") == [status]


def test_a_natural_increase_is_still_births_less_deaths():
    text = "In March 17,905 babies were born and 14,212 people died. The natural increase came to {net}."
    assert statuses(text.format(net="3,693"), "difference") == [OK]
    assert statuses(text.format(net="3,093"), "difference") == [ERROR]


def test_a_natural_decrease_in_other_places_is_no_net_of_these_flows():
    # decoy: births of a region, deaths of the nation, a count of districts
    text = "Births rose 4.2% to 9,870 in the region. Deaths were 12,010 nationally. A natural decrease was recorded in 14 of the 21 districts."
    assert ERROR not in statuses(text, "difference")


# An amount and a rate coordinated by "or" with a comparative after the rate ("1,242 or 1.6% fewer"): the
# comparative is the amount's too, so the two are one change of the level before them.
@pytest.mark.parametrize("rate, status", [("3.6%", OK), ("4.6%", ERROR)])
def test_an_amount_or_a_rate_fewer_is_the_change_of_the_level(rate, status):
    text = f"In the first nine months 61,480 marriages were registered, 2,310 or {rate} fewer than a year before."
    assert statuses(text, "growth-rate") == [status]


@pytest.mark.parametrize("rate, status", [("6.4 per cent", OK), ("9.4 per cent", ERROR)])
def test_a_level_then_were_an_amount_or_a_rate_higher(rate, status):
    text = f"Tax receipts of R1,563.8 billion were R94.1 billion or {rate} higher than in the previous fiscal year."
    assert statuses(text, "growth-rate") == [status]


@pytest.mark.parametrize("text", [
    # a level restated as its rate, after a comma: no amount of change
    "Of the 80,000 applications received, 5,200, or 3% more than the target, were approved within a week.",
    # an amount as large as the level before it is no change of it
    "The fund held 2,400 accounts in 2023 and 2,650 or 8% more than planned in 2024.",
])
def test_no_change_pair_where_the_amount_is_no_change(text):
    assert ERROR not in statuses(text, "growth-rate")
