"""Three readings of release prose, each with decoys. The sentences are written here; none is a report's.

- A change whose words give the old level and no new one ("so far this year are 12% higher than the 2,841 cases of
  2019") takes the one level of the next sentence that counts what the old level counts (links.news_in_the_next_sentence);
  sure when both sentences name the present.
- A change that names its span ("up 47% on a year earlier") takes no old level from a next sentence that steps back by
  another span ("Last month ...") (links.olds_in_the_next_sentence).
- A leader's share before "ahead of" or "followed by" belongs to the list of the other shares that a remainder closes
  (links.share_lists)."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


def consistent_on(text: str, check: str, figures: set[str]) -> bool:
    return any(status is Status.CONSISTENT and figures <= set(shown) for status, shown in verdicts(text, check))


NEXT_SENTENCE_NEW_LEVEL = [
    ("Arrivals this year are 12% higher than the 2,841 recorded in 2019. In all, 3,182 arrivals have been recorded "
     "this year.", {"12%", "2,841", "3,182"}),
    ("Measles cases so far this year are 61.5% higher than the 1,204 cases of 2022, but lower than the 2,900 cases of "
     "2021. The health service has logged 1,944 measles cases this year, with 3 deaths.", {"61.5%", "1,204", "1,944"}),
]


@pytest.mark.parametrize("text, figures", NEXT_SENTENCE_NEW_LEVEL)
def test_the_new_level_of_a_change_told_in_the_next_sentence(text, figures):
    assert consistent_on(text, "growth-rate", figures)
    assert errors(text, "growth-rate") == []


@pytest.mark.parametrize("text, old, new", [
    (NEXT_SENTENCE_NEW_LEVEL[0][0], "12%", "22%"),
    (NEXT_SENTENCE_NEW_LEVEL[1][0], "61.5%", "161.5%"),
])
def test_a_wrong_rate_against_the_next_sentences_level_is_an_error(text, old, new):
    assert errors(text.replace(old, new), "growth-rate")


@pytest.mark.parametrize("text", [
    # the next sentence sets another old level against the present one
    "That is a 15 percent drop from the 889 deals done in the last three months of 2011. It is also 27% below the "
    "1,041 deals done in the second quarter of last year.",
    # the next sentence steps back in time: its level is an earlier one
    "Sales so far this year are 12% higher than the 2,841 sold in 2019. A year earlier, 2,530 were sold.",
    # the next sentence counts something else
    "Sales so far this year are 12% higher than the 2,841 cars sold in 2019. Dealers hired 3,900 mechanics this year.",
])
def test_no_new_level_from_a_next_sentence_that_does_not_give_one(text):
    assert [v for v in verdicts(text, "growth-rate") if v[0] is not Status.UNDETERMINED] == []


def test_a_change_over_a_year_takes_no_level_of_last_month():
    text = "There are 3,755 homeless children, up 47% on a year earlier.\n\nLast month 488 children were made homeless."
    assert verdicts(text, "growth-rate") == []
    wrong_span = "The firm's headcount rose 8% to 2,700 over the year. Last month it employed 2,650 people."
    assert errors(wrong_span, "growth-rate") == []


def test_a_change_over_a_year_still_takes_the_level_a_year_earlier():
    text = "The firm's headcount was 2,700, up 8% on a year earlier. A year earlier it employed 2,450 people."
    assert consistent_on(text, "growth-rate", {"8%", "2,450", "2,700"})


LEADER = ("Toyota held 31.4% of the market in March and kept its place as the best-selling brand, followed by Hyundai "
          "with 18.2%, Kia with 12.5% and all other makers with 37.9%.")


def test_a_leaders_share_joins_the_list_a_remainder_closes():
    assert consistent_on(LEADER, "share-of-total", {"31.4%", "18.2%", "12.5%", "37.9%"})
    assert errors(LEADER, "share-of-total") == []


def test_a_list_with_its_leader_that_misses_the_whole_is_an_error():
    assert any("31.4%" in figures for figures in errors(LEADER.replace("37.9%", "47.9%"), "share-of-total"))


BOUND_IN_THE_LEAD = ("City steps up fine collection\n\nIncome from parking fines has climbed from just under $90 million in "
                     "2012/13 to more than $150 million in 2014/15, the council said.\n\nIn 2014/15, 1,904,331 fines "
                     "were issued and income rose to $163,271,904.")


def test_a_bound_in_the_lead_holds_the_bodys_precise_level():
    """A move's new level given as a bound in the lead ("to more than $150 million in 2014/15") is the lead's rounding
    of the body's level of that measure and period: the precise level must lie beyond it (links.hedged_lead_restatements,
    the measure's words read with its clause)."""
    assert consistent_on(BOUND_IN_THE_LEAD, "same-measure-conflict", {"$150 million", "$163,271,904"})
    assert errors(BOUND_IN_THE_LEAD.replace("$163,271,904", "$143,271,904"), "same-measure-conflict")
    # another year's level is no restatement of the bound
    assert errors(BOUND_IN_THE_LEAD.replace("In 2014/15, 1,904,331", "In 2013/14, 1,904,331")
                  .replace("$163,271,904", "$143,271,904"), "same-measure-conflict") == []


def test_a_rates_amount_after_a_colon_past_its_base():
    """"1,739, up 15% on January: 222 more families": the rate's base named, then the same change in units after a
    colon (links.change_pairs)."""
    text = "Homeless families numbered 1,739, up 15% on January: 222 more families."
    assert consistent_on(text, "growth-rate", {"1,739", "222", "15%"})
    assert errors(text.replace("15%", "25%"), "growth-rate")
    # a colon that opens a breakdown gives no change in units
    assert verdicts("Homeless families numbered 1,739, up 15% on January: 222 of them in Cork.", "growth-rate") == []
