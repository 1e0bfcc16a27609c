"""A level a series moved to after the level of the sentence before, with its own rate of change right after it:
the rate is the step's change (the meaning layer's changes, read by growth-rate). The texts are written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

CHAIN = ("In 2021 the fleet grew to 4,000 buses, a rise of 2%, and in 2022 it reached 4,120, a rise of 3%. "
         "Last year the fleet went up to {new} buses, a rise of {rate}.")


@pytest.mark.parametrize("new, rate, status", [
    ("4,326", "5%", Status.CONSISTENT),
    ("4,326", "6%", Status.INCONSISTENT),
    ("4,410", "8%", Status.INCONSISTENT),
])
def test_a_rate_beside_the_next_level_of_a_series_told_in_order(new, rate, status):
    text = CHAIN.format(new=new, rate=rate)
    found = [s for s, figures in verdicts(text, "growth-rate") if rate in figures]
    assert found == [status]


def test_one_level_in_the_sentence_before_is_the_steps_base_a_question_unless_the_step_is_sure():
    text = "The club had 2,500 members at the end of its first season. Last season it rose to 2,650 members, up 6%."
    link = next(link for link in meaning_of(text).changes if link.change.text == "6%")
    assert (link.old.text, link.news[0].text) == ("2,500", "2,650")
    assert [s for s, figures in verdicts(text.replace("6%", "9%"), "growth-rate") if "9%" in figures] \
        == [Status.UNDETERMINED]


@pytest.mark.parametrize("text", [
    # the rate names a base of its own
    "The club had 2,500 members at the end of its first season. Last season it rose to 2,650 members, up 9% on 2019.",
    # no level of the unit in the sentence before
    "The club was founded in a school hall. Last season it rose to 2,650 members, up 6%.",
])
def test_no_rate_of_the_step(text):
    assert not [link for link in meaning_of(text).changes
                if link.grammar.startswith("a level a series moved to after the sentence before")]
