"""A change said twice in one clause, as a multiple in a verb and as a percentage (grammar/multiples.py): one
plus the rise is the multiple, to the nearest whole number for a bare verb, above it after "more than". Decoys:
rates of another clause or subject, a multiple said to be near, a rate with a hedge. The sentences are written
here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures", [
    ("Online fraud cases more than doubled, to 9,410, a 64.8% increase.", ("doubled", "64.8%")),
    ("Online fraud cases doubled to 9,410 cases, up 38.2%.", ("doubled", "38.2%")),
    ("Wheat exports tripled last year, rising 88% to $3.9 billion.", ("tripled", "88%")),
    ("The backlog of claims halved, falling 21% to 3,310.", ("halved", "21%")),
    ("Ticket sales rose 57%, more than doubling to 12,600.", ("doubling", "57%")),
    ("Registrations have quadrupled since 2019, up 140% to 8,200.", ("quadrupled", "140%")),
])
def test_a_multiple_and_its_rate_that_disagree_are_an_error(text, figures):
    assert (Status.INCONSISTENT, figures) in verdicts(text, "ratio")


@pytest.mark.parametrize("text", [
    "Online fraud cases more than doubled, to 9,410, a 104.8% increase.",
    "Online fraud cases doubled to 9,410 cases, up 96.2%.",
    "Wheat exports tripled last year, rising 188% to $3.9 billion.",
    "The backlog of claims halved, falling 51% to 3,310.",
    "Ticket sales rose 157%, more than doubling to 12,600.",
])
def test_a_multiple_and_its_rate_that_agree_check_out(text):
    found = verdicts(text, "ratio")
    assert found and all(status is Status.CONSISTENT for status, _ in found), found


@pytest.mark.parametrize("text", [
    # another subject's move, after a word of contrast or "and"
    "Wheat exports doubled, while barley exports rose 15%.",
    "Wheat exports doubled to $3.9 billion and barley exports rose 15% to $1.1 billion.",
    "Wheat exports doubled; barley exports fell 12%.",
    # a rate set against the move, not its size
    "Wheat exports doubled, far faster than the 15% rise in barley exports.",
    # a multiple said to be near: the writer's rounding
    "Wheat exports nearly doubled, a 65% rise.",
    # a hedged rate
    "Wheat exports doubled, up more than 40% in the second half alone.",
    # a move the other way
    "Wheat exports doubled in the spring, then fell 12% in the autumn.",
])
def test_decoys_raise_no_multiple_reading(text):
    assert meaning_of(text).multiples_as_rates == ()


def test_a_compound_of_a_multiple_word_is_no_move():
    assert meaning_of("Car sales posted double-digit growth of 22.0 per cent in May.").multiples_as_rates == ()


@pytest.mark.parametrize("text", ["Car sales posted double-digit growth of 22.0 per cent in May.",
                                  "The bond kept its triple-A rating, with yields at 4.1%."])
def test_a_compound_of_a_multiple_word_is_no_figure(text):
    assert all(f.text.lower() not in ("double", "triple") for f in meaning_of(text).figures)
