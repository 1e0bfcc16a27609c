"""One actor's gain of a count told twice in other words ("MTN, which posted the biggest gain of the month at 3.1
million subscriptions" ... "MTN, the largest operator, added 3.1 million new subscriptions in November"): the same
name in capitals before each figure, the same noun after it ("new" left out), one direction and the same period. A
mismatch is an error when both clauses state the period, a question otherwise. Decoys: another actor, another noun,
another period, a forecast, an earlier move in the pluperfect. The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"


def _pair(text: str, first: str, second: str) -> list[Status]:
    return [s for s, figures in verdicts(text, CHECK) if set(figures) == {first, second}]


def test_the_biggest_gain_at_an_amount_is_a_change():
    meaning = meaning_of("Zain posted the biggest gain of the quarter at 412,000 subscribers.\n")
    (figure,) = meaning.figures
    assert meaning.frame(figure).role.name == "CHANGE" and figure.direction == 1


def test_a_gain_told_again_with_another_count_is_an_error():
    text = ("Zain added 640,000 subscribers in March, the regulator said.\n\n"
            "Fixed lines fell.\n\nIn March, Zain added 604,000 new subscribers, ahead of Batelco.\n")
    assert Status.INCONSISTENT in _pair(text, "640,000", "604,000")


def test_a_gain_told_again_with_the_period_unsaid_is_a_question():
    text = ("Vodacom Tanzania added 820,000 subscribers in June.\n\n"
            "Vodacom, the market leader, posted the month's biggest gain at 870,000 subscribers.\n")
    assert _pair(text, "820,000", "870,000") == [Status.UNDETERMINED]


def test_the_same_gain_told_twice_agrees():
    text = ("Most of the rise came from Safaricom, which posted the biggest gain of the quarter at 1.4 million "
            "customers.\n\nOperator by operator: Safaricom added 1.4 million new customers in the third quarter.\n")
    assert _pair(text, "1.4 million", "1.4 million") == [Status.CONSISTENT]


DECOYS = [
    # another actor
    "MTN added 3.1 million subscriptions in November.\n\nAirtel added 1.3 million subscriptions in November.\n",
    # another noun: a part
    "MTN added 3.1 million subscriptions in November.\n\nMTN added 1.3 million data subscriptions in November.\n",
    # another period
    "MTN added 3.1 million subscriptions in November.\n\nMTN added 2.4 million subscriptions in October.\n",
    # a forecast
    "MTN added 3.1 million subscriptions in November.\n\nMTN expects to add 2.4 million subscriptions.\n",
    # an earlier move
    "MTN added 3.1 million subscriptions in November.\n\nBefore that, MTN had added 2.4 million subscriptions.\n",
    # a loss and a gain
    "Glo lost 310,000 subscribers in May.\n\nGlo gained 130,000 subscribers in May on its data plans.\n",
]


@pytest.mark.parametrize("text", DECOYS)
def test_no_error_for_other_actors_nouns_times_or_moods(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]
