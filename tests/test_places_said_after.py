"""A place in an order said after the figure (grammar.order._place_after): in an appositive ("exported 412,000
tonnes, the largest volume of any country"), after a copula ("1.1 million tonnes was the smallest of the three"),
or, the figure fronted, in the clause it opens ("With 9,400 students, Riverside is the largest campus"). The
leader is then likely at least the other items its sentence gives; not a place against its own past ("the
highest since 2010"). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of


def orders(text: str) -> set[tuple[str, str]]:
    return {(link.larger.text, link.smaller.text) for link in meaning_of(text).orders}


@pytest.mark.parametrize("text, pairs", [
    ("Kenya exported 412,000 tonnes, the largest volume of any country, while Uganda shipped 380,000 tonnes.",
     [("412,000 tonnes", "380,000 tonnes")]),
    ("The county recorded 6,200 burglaries, the highest number in the region, while the city had 5,100 and the coast "
     "2,300.", [("6,200", "5,100"), ("6,200", "2,300")]),
    ("With 9,400 students, Riverside is the largest campus; Hilltop has 7,800 students and Eastgate 5,100.",
     [("9,400", "7,800"), ("9,400", "5,100")]),
    # the bottom of the order
    ("Rice output of 1.1 million tonnes was the smallest of the three crops; maize reached 2.7 million tonnes and wheat "
     "4.0 million tonnes.", [("2.7 million tonnes", "1.1 million tonnes"), ("4.0 million tonnes", "1.1 million tonnes")]),
    ("The Rhine station logged 14 mm, the lowest reading of the week, while the Elbe station logged 22 mm.",
     [("22", "14")]),
])
def test_a_place_said_after_the_figure(text, pairs):
    found = orders(text)
    for pair in pairs:
        assert pair in found


@pytest.mark.parametrize("text", [
    # a place against its own past
    "Kenya exported 412,000 tonnes, the largest volume since 2010, while Uganda shipped 380,000 tonnes.",
    "The county recorded 6,200 burglaries, the highest in a decade, while the city had 7,100.",
    # no place at all: items side by side
    "Kenya exported 412,000 tonnes, a rise on last year, while Uganda shipped 380,000 tonnes.",
    # a superlative of another clause's subject, not the figure's
    "With 9,400 students enrolled, the board said the largest campus needs more staff, while Hilltop has 7,800.",
])
def test_no_place_after_the_figure(text):
    assert not orders(text)
