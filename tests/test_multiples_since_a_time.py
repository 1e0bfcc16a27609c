"""A verb of multiplication said since a time, then the level reached ("has more than doubled its membership since
the spring concert, to 64 singers"), and the level of that time given elsewhere: a figure of the year named, or one
whose clause names the time in the same words ("At the spring concert the choir had 29 singers")
(grammar.links.multiples_since_a_time; ratio check). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("The choir has more than doubled its membership since the spring concert, to 64 singers. Rehearsals now run "
     "twice a week. At the spring concert the choir had 29 singers.", Status.CONSISTENT),
    ("Exports of olive oil have tripled since 2015, to $9.6 billion. In 2015 exports of olive oil were $3.1 billion.",
     Status.CONSISTENT),
    ("Exports of olive oil have tripled since 2015, to $6.6 billion. In 2015 exports of olive oil were $3.1 billion.",
     Status.INCONSISTENT),
    ("The choir has more than doubled its membership since the spring concert, to 52 singers. At the spring concert "
     "the choir had 29 singers.", Status.INCONSISTENT),
])
def test_a_multiple_since_a_time_named_elsewhere(text, status):
    assert status in [s for s, _ in verdicts(text, "ratio")]


@pytest.mark.parametrize("text", [
    # two levels of the year: which one is the base is not said
    "Exports of olive oil have tripled since 2015, to $6.6 billion. In 2015 exports were $3.1 billion and imports "
    "$2.0 billion.",
    # the time named nowhere else
    "The choir has more than doubled its membership since the spring concert, to 52 singers. Last winter it had 29.",
    # the time's words, but of another measure
    "The choir has more than doubled its membership since the spring concert, to 52 singers. At the spring concert "
    "tickets sold for £29.",
])
def test_no_base_for_the_multiple(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "ratio"))


@pytest.mark.parametrize("text", [
    # a level of the year named, but of another measure
    "Exports have tripled since 2010, to $9.6 billion; in 2010 the trade deficit was $2.1 billion.",
    "Membership has doubled since 2015, to 4,800, though the club lost 2,100 members in 2015 alone.",
])
def test_the_base_is_of_the_multiple_measure(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "ratio"))
