"""Real-text false alarms of round 33 (courts, asylum, fisheries, ports, airlines, polls, weather, charities, culture),
each a general cause, with decoys of our own that must stay quiet and positives of the same construction that must
still be flagged when broken.

1. Order (`grammar.order`, "a higher place said after a lower one"): a place already given just before the lower
   place is taken; said again after it ("ranks first again", "remained the top group"), it opens another ranking of
   another scope, no higher place of the first one.
2. Changes against a time, the old level in a "when" clause (`grammar.links.olds_in_a_when_clause`): a count after a
   preposition and a definite word ("submitted in the 29 countries", "across all 12 regions") is the field the level
   is counted over, not the level that moved.
3. One measure stated twice (`checks.same_measure`): figures on two bulleted lines of one list that open on two names
   ("• Middle East, 11.5%. Load factor ... to 73.9%." / "• Africa, 8%. Load factor ... at 72.0%.") are two items'
   figures, not one measure said twice.
"""
from __future__ import annotations

from _reading import errors, verdicts
from auditor.model import Status

# 1. a place said again after a lower place starts another ranking

SECOND_SCOPE_RANKING = (
    "In sea fishing, Norland is the largest producer with 8.2 million tonnes, followed by Vesta (3.1 million tonnes) "
    "and Corin (2.6 million tonnes). In lake fishing, Norland ranks first again with 1.4 million tonnes."
)

ANOTHER_RANKED_SET = (
    "Arden received the largest number of applications, with 12,400 claims. The second highest recipient was "
    "Belmont, with 8,310 claims. Applicants from Tarsia remained the top group, with 5,120 claims."
)

HIGHER_PLACE_SAID_LATE = (
    "Belmont was the second highest recipient, with 8,310 claims. Arden came first with 7,120 claims."
)


def test_a_first_place_said_again_is_another_ranking():
    assert errors(SECOND_SCOPE_RANKING, "ranking") == []


def test_a_top_place_of_another_ranked_set_is_no_place_above_the_runner_up():
    assert errors(ANOTHER_RANKED_SET, "ranking") == []


def test_a_first_place_said_after_the_second_still_outranks_it():
    assert ("7,120", "8,310") in errors(HIGHER_PLACE_SAID_LATE, "ranking")


# 2. a definite count of the field is no new level of the change

COUNTED_OVER_A_FIELD = ("A total of 4,120 permits were issued in the 14 districts during the spring, down 12 percent "
                        "on the autumn, when 4,680 were issued.")


def test_the_count_of_the_field_is_not_the_level_that_moved():
    assert verdicts(COUNTED_OVER_A_FIELD, "growth-rate") == [(Status.CONSISTENT, ("4,120", "4,680", "12 percent"))]


def test_a_wrong_rate_against_the_when_clause_is_flagged_on_the_real_levels():
    broken = COUNTED_OVER_A_FIELD.replace("down 12 percent", "down 22 percent")
    assert errors(broken, "growth-rate") == [("4,120", "4,680", "22 percent")]


# 3. two bulleted items of one list are two things' figures

TRAFFIC_HEAD = ("Cargo demand grew 5% in September compared to the same month in 2023. Capacity climbed 4.1% and load "
                "factor edged up 0.3 points to 74.1%.\n")

REGIONS_IN_BULLETS = TRAFFIC_HEAD + (
    "• Northland, 6.2%. Load factor fell 1.1 points to 71.4%.\n"
    "• Southland, 4.0%. Load factor rose 0.5 points to 76.8%.\n"
    "• Westland, 2.9%. Load factor held at 69.0%.\n"
)

SAID_TWICE_IN_PLAIN_LINES = TRAFFIC_HEAD + (
    "Load factor fell 1.1 points to 71.4%.\n"
    "Load factor rose 0.5 points to 76.8%.\n"
)


def test_items_of_a_bulleted_list_are_not_one_measure_said_twice():
    assert errors(REGIONS_IN_BULLETS, "same-measure-conflict") == []


def test_one_measure_said_twice_outside_a_list_is_still_flagged():
    assert errors(SAID_TWICE_IN_PLAIN_LINES, "same-measure-conflict") == [("71.4%", "76.8%")]


def test_the_head_of_a_bulleted_item():
    from auditor.grammar.lists import bullet_item_head

    text = REGIONS_IN_BULLETS
    assert bullet_item_head(text, text.index("71.4%")) == "northland"
    assert bullet_item_head(text, text.index("76.8%")) == "southland"
    alone = "• Northland, 6.2%. Load factor fell 1.1 points to 71.4%."
    assert bullet_item_head(alone, alone.index("71.4%")) == ""  # one bulleted line is no list
