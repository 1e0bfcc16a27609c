"""The levels of a ranking told sentence by sentence are peers, not a whole and its part: a sentence opening on the
next item ("Then came Heineken with 233.8 million hl (12.3%)") takes no whole for its share from the sentence before
(grammar.shares.opens_on_the_next_item), and a level given with its own share ("567 million hl, a 29.8 percent share
of world output") is a part itself (grammar.nearby.given_with_its_share). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "AB InBev brewed 567 million hl. Then came Heineken with 233.8 million hl (12.3%).",
    "The largest lender held $412 billion in deposits. Next was Westbank with $188.6 billion (9.4%).",
    "AB InBev was the largest brewer, with 567 million hl, a 29.8 percent share of world output. Heineken made "
    "233.8 million hl (12.3%).",
])
def test_the_level_of_the_item_ranked_before_is_no_whole(text):
    assert errors(text, "share-of-total") == []


def test_the_total_told_before_the_ranking_is_still_the_whole():
    text = ("World beer output was 1,905 million hl in 2018. AB InBev brewed 567 million hl. Then came Heineken with "
            "233.8 million hl (12.3%).")
    assert any(status is Status.CONSISTENT and "12.3%" in shown for status, shown in verdicts(text, "share-of-total"))
    assert errors(text.replace("12.3%", "15.3%"), "share-of-total")


def test_a_sentence_opening_on_then_still_takes_its_own_whole():
    text = "The region had 4,000 farms. Then came the drought, which closed 1,200 of them (30%)."
    assert any(status is Status.CONSISTENT and {"1,200", "4,000", "30%"} <= set(shown)
               for status, shown in verdicts(text, "share-of-total"))


RUNNER_UP = "Laos posted the biggest improvement, a 249.5 per cent leap. Vietnam was second with 188.7 per cent."


def test_a_superlative_in_apposition_and_its_runner_up():
    """A superlative whose figure stands in apposition ("the biggest improvement, a 249.5 per cent leap") ranks it
    (grammar.rankings.leads_to_its_figure), and a bare percentage said to come second is of that ranking's sort."""
    assert (Status.CONSISTENT, ("249.5 per cent", "188.7 per cent")) in verdicts(RUNNER_UP, "ranking")
    assert errors(RUNNER_UP.replace("188.7", "288.7"), "ranking")



ORDER_CARRIED_ON = ("Footwear is the largest line, with 41.1% of leather exports. Leather goods come next with 23.59%, "
                    "then finished leather with 21.82%, garments with 11.28% and saddlery with 2.17%.")


def test_an_order_carried_on_by_comes_next_and_then():
    """"X comes next with" names the next item of a stated order (grammar.rankings.carries_the_order_on), and a list
    opened by ", then" before a name and its figure continues it (grammar.order's list openers)."""
    found = verdicts(ORDER_CARRIED_ON, "ranking")
    for pair in [("41.1%", "23.59%"), ("23.59%", "21.82%"), ("21.82%", "11.28%"), ("11.28%", "2.17%")]:
        assert (Status.CONSISTENT, pair) in found
    assert errors(ORDER_CARRIED_ON.replace("11.28%", "31.28%"), "ranking")


def test_then_in_a_sequence_in_time_orders_nothing():
    assert verdicts("Exports were 4,200 tonnes in May, then 5,100 tonnes in June.", "ranking") == []
    assert verdicts("Sales were 9.1% up in March, then 7.2% up in April.", "ranking") == []
