"""Lists of labelled figures under a lead ending in a colon (grammar.lists): parts of the lead's
whole, shares of one whole, two groups and their overall figure, a result against its target.
The lists are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, statuses
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "The 9,140 complaints received last year break down by sector as follows:\n- banking: 4,210\n- insurance: 3,180\n"
    "- pensions: 1,750",
    "Complaints received last year, by sector:\n• Banking – 4,210\n• Insurance – 3,180\n• Pensions – 1,750\n• Total – 9,140",
    "The 9,140 complaints were split between three sectors:\n1) banking: 4,210\n2) insurance: 3,180\n3) pensions: 1,750",
])
def test_parts_listed_under_a_lead_add_up_to_its_whole(text):
    assert statuses(text, "sum-of-parts") == [Status.CONSISTENT]
    broken = text.replace("3,180", "3,880")
    assert statuses(broken, "sum-of-parts") == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Household water use came from the following sources in 2024:\n- boreholes: 52.4%\n- piped supply: 38.1%\n- rivers: 9.5%",
    "The breakdown of the county's spending by item was:\n- salaries: 61%\n- roads: 24%\n- health: 15%",
])
def test_shares_listed_under_a_lead_of_one_whole_add_up_to_all_of_it(text):
    assert statuses(text, "share-of-total") == [Status.CONSISTENT]
    broken = text.replace("38.1%", "48.1%").replace("24%", "34%")
    assert statuses(broken, "share-of-total") == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Literacy rate by place of residence, as published on Monday:\n- Urban: 88.2%\n- Rural: 64.5%\n- Total: 73.9%",
    "Stunting among children under five, by sex:\n- Boys: 31.4%\n- Girls: 27.0%\n- Ghana: 29.2%",
])
def test_two_groups_and_their_overall_figure_one_a_line(text):
    assert statuses(text, "total-between-groups") == [Status.CONSISTENT]
    broken = text.replace("73.9%", "58.9%").replace("29.2%", "25.2%")
    assert statuses(broken, "total-between-groups") == [Status.INCONSISTENT]


def test_a_target_the_result_and_its_share_of_the_target_one_a_line():
    text = "Status of the borehole programme at the end of June:\n- Target: 1,200 boreholes\n- Completed: 954 boreholes\n" \
           "- Accomplishment: 79.5%"
    assert statuses(text, "percent-of-plan") == [Status.CONSISTENT]
    assert statuses(text.replace("79.5%", "89.5%"), "percent-of-plan") == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # rates of regions: no shares of one whole, and no overall figure
    "Unemployment rates by region in March:\n- North: 5.2%\n- South: 7.1%\n- East: 6.3%",
    # different measures side by side
    "Key figures for the intake:\n- Applications received: 148,206\n- Loans awarded: 131,874\n- Average award: KSh 52,400",
    # two wholes in the lead: which one do the lines break down?
    "The 4,286 deaths and 12,400 injuries break down as follows:\n- riders: 1,904\n- pedestrians: 1,512",
])
def test_lists_that_state_no_relation(text):
    meaning = meaning_of(text)
    assert not meaning.parts and not meaning.share_lists and not meaning.groups and not meaning.plan_shares


@pytest.mark.parametrize("text, status", [
    ("Key figures at the end of June:\n- Gross loans: KSh 412.6 billion\n- Deposits: KSh 538.2 billion\n"
     "- Loan-to-deposit ratio: 76.7%", Status.CONSISTENT),
    ("Key figures at the end of June:\n- Gross loans: KSh 412.6 billion\n- Deposits: KSh 538.2 billion\n"
     "- Loan-to-deposit ratio: 86.7%", Status.INCONSISTENT),
    ("The clinic's staffing in March:\n• Nurses: 84\n• Doctors: 21\n• Ratio of nurses to doctors: 4.0",
     Status.CONSISTENT),
])
def test_a_line_labelled_by_a_ratio_of_two_other_lines(text, status):
    assert statuses(text, "ratio") == [status]


def test_a_ratio_whose_terms_have_no_lines_is_left_alone():
    text = "Key figures at the end of June:\n- Gross loans: KSh 412.6 billion\n- Capital adequacy ratio: 18.2%"
    assert statuses(text, "ratio") == []


@pytest.mark.parametrize("label", ["All other sectors", "Total excluding pensions"])
def test_a_line_of_the_rest_is_no_total(label):
    text = f"Complaints received last year, by sector:\n- Banking: 4,210\n- Insurance: 3,180\n- {label}: 1,750"
    assert Status.INCONSISTENT not in statuses(text, "sum-of-parts")
