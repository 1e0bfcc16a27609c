"""One statement told twice word for word, as a summary's bullet and the body sentence it came from
(grammar.links.statements_told_twice): the figures in the same place of the two sentences are one amount.
Words alone tie them, so a mismatch is a question; unless the two sentences go on alike to a next figure that
is the same in both ("... to Rs 2.1 billion this year"), which makes them one statement told twice, and a mismatch
an error. The reports are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"

BULLET = ("Key points:\n\n  • The regional council's income from parking fees is expected to fall by {} percent to "
          "Rs 2.1 billion this year, after the closure of two car parks.\n\n"
          "The regional council's income from parking fees is expected to fall by {} percent to Rs 2.1 billion this "
          "year, as two car parks closed for repairs.\n")


def test_a_bullet_told_again_in_the_body_going_on_to_the_same_level_must_agree():
    found = [v for v in verdicts(BULLET.format("8.4", "4.8"), CHECK) if "8.4 percent" in v[1]]
    assert found == [(Status.INCONSISTENT, ("8.4 percent", "4.8 percent"))]
    assert [v for v in verdicts(BULLET.format("8.4", "8.4"), CHECK) if "8.4 percent" in v[1]] \
        == [(Status.CONSISTENT, ("8.4 percent", "8.4 percent"))]


@pytest.mark.parametrize("text", [
    # a pronoun for the subject: two companies' sentences of one template
    "Alpha Ltd led the gainers. Its shares traded a total of Tk 57 crore over the week, up sharply.\n\n"
    "Beta Ltd led the losers. Its shares traded a total of Tk 39 crore over the week, down sharply.\n",
    # the figures before differ: two years' lists of one template
    "In 2016 there were 10,462 calls. Of all calls received by the brigade, 232 were for fire, and 6,365 were for "
    "medical emergencies.\n\nIn 2006 there were 3,609 calls. Of all calls received by the brigade, 239 were for "
    "fire, and 1,469 were for medical emergencies.\n",
    # the words after the figure differ: two periods
    "The number of new cars registered in the county rose to 4,210 in March from February.\n\n"
    "The number of new cars registered in the county rose to 4,530 in April from March.\n",
    # too few words before the figure
    "Exports rose 5% in the quarter.\n\nExports rose 7% in the quarter.\n",
])
def test_sentences_of_one_template_are_not_one_statement(text):
    assert [v for v in verdicts(text, CHECK) if v[0] is not Status.CONSISTENT] == []
