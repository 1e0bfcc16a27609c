"""Orders of two levels stated in words around them (the sentences are written here; none is a report's):
- a comparison, then its score "A against B" ("Spending on schools was higher than on roads, at $2.1bn against
  $1.8bn"; "Nurses trailed doctors, with 1,200 replies against 1,450"): grammar.order, the ranking check;
- a comparison set off by a comma after a base named by its noun ("Rs 8,200 crore, against the budget estimate of
  Rs 7,900 crore, and up from the revised estimate of Rs 8,050 crore") is said of the clause's own figure, not of
  the base: the comparison check;
- a level kept on one side of a mark ("stayed above the 60% mark, at 61.8%") or moved past it ("climbed past the
  5,000 mark, to 5,240"): grammar.order.crossed_marks."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

SCORES = [
    ("Spending on schools was higher than spending on roads, at $2.1bn against $1.8bn.", ("$2.1bn", "$1.8bn")),
    ("Nurses trailed doctors, with 1,200 replies against 1,450.", ("1,450", "1,200")),
    ("Turnout in the north was lower than in the south, at 58% against 61%.", ("61%", "58%")),
    ("Rail ridership lagged behind bus ridership, with 41.2 million trips to 52.9 million.",
     ("52.9 million", "41.2 million")),
]


@pytest.mark.parametrize("text, pair", SCORES)
def test_a_comparison_then_its_score(text, pair):
    assert (Status.CONSISTENT, pair) in verdicts(text, "ranking")


@pytest.mark.parametrize("text, old, new", [(SCORES[0][0], "$1.8bn", "$2.8bn"), (SCORES[1][0], "1,450", "1,050"),
                                            (SCORES[2][0], "61%", "51%"), (SCORES[3][0], "52.9 million", "32.9 million")])
def test_a_score_against_its_comparison_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new), "ranking")]


@pytest.mark.parametrize("text", [
    # against a forecast, not the figure after "against"
    "Inflation was higher than expected, at 2.9% against 3.4% a year earlier.",
    # "ahead of" in time, "behind" a cause: no comparison of the two figures
    "Ahead of the vote, registrations stood at 4,100 against 4,300 in 2019.",
    "Behind the rise was a surge in applications, 4,100 against 4,300 a year earlier.",
])
def test_no_score_without_a_comparison_of_the_two(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "ranking")]


NAMED_BASES = [
    ("Health receives Rs 8,200 crore, against the budget estimate of Rs 7,900 crore, and up from the revised "
     "estimate of Rs 8,050 crore.", ("Rs 8,200 crore", "Rs 8,050 crore")),
    ("The Navy gets $12.5bn, compared with the budget estimate of $10.9bn, and above the revised estimate of $12.1bn.",
     ("$12.5bn", "$12.1bn")),
]


@pytest.mark.parametrize("text, pair", NAMED_BASES)
def test_a_comparison_after_a_named_base_is_said_of_the_clauses_figure(text, pair):
    found = verdicts(text, "comparison")
    assert (Status.CONSISTENT, pair) in found
    assert len(found) == 1  # the two bases are not compared with each other


@pytest.mark.parametrize("text, old, new", [(NAMED_BASES[0][0], "8,050", "8,350"), (NAMED_BASES[1][0], "$12.1bn", "$12.9bn")])
def test_the_clauses_figure_on_the_wrong_side_of_the_later_base_is_an_error(text, old, new):
    found = verdicts(text.replace(old, new), "comparison")
    assert [s for s, _ in found] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text, pair, status", [
    ("Turnout stayed above the 60% mark, at 61.8%.", ("61.8%", "60%"), Status.CONSISTENT),
    ("Turnout stayed above the 60% mark, at 58.2%.", ("58.2%", "60%"), Status.INCONSISTENT),
    ("The jobless rate remained below the 5% mark, at 5.6%.", ("5%", "5.6%"), Status.INCONSISTENT),
    ("Membership climbed past the 5,000 mark, to 5,240.", ("5,240", "5,000"), Status.CONSISTENT),
    ("Membership climbed past the 5,000 mark, to 4,240.", ("4,240", "5,000"), Status.INCONSISTENT),
])
def test_a_level_kept_on_one_side_of_a_mark_or_moved_past_it(text, pair, status):
    assert (status, pair) in verdicts(text, "comparison")
