"""A change in units told in one sentence, then the move it made in the next ("recorded a 48,200 rise
in subscriptions. The new sign-ups lifted its subscriptions to 1.25 million from 1.20 million"):
grammar.links.changes_of_steps. And "went up to" is a move, not a ceiling. The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "difference")


@pytest.mark.parametrize("text", [
    "Kestrel Mobile recorded a 48,200 rise in subscriptions in June. The new sign-ups lifted Kestrel Mobile's "
    "subscriptions to 1.25 million from 1.20 million in May.",
    "The port's container traffic fell by 2,300 boxes in the quarter.\n\nContainer traffic dropped to 41,700 boxes "
    "from 44,000 boxes.",
    "Enrolment rose by 1,150 pupils this year. A larger intake raised enrolment to 25,400 pupils from 24,250.",
])
def test_a_change_and_the_move_told_after_it_are_decided(text):
    (status, figures), = verdicts(text)
    assert status is Status.CONSISTENT and len(figures) == 3


def test_a_change_the_move_after_it_does_not_give_is_an_error():
    text = "Enrolment rose by 1,950 pupils this year. A larger intake raised enrolment to 25,400 pupils from 24,250."
    assert verdicts(text) == [(Status.INCONSISTENT, ("25,400", "24,250", "1,950"))]


@pytest.mark.parametrize("text", [
    # another measure moved
    "Exports rose by 1,150 tonnes in May. Imports climbed to 25,400 tonnes from 24,250 tonnes.",
    # a part of what the change was of
    "Enrolment rose by 1,950 pupils this year, the ministry said.\n\nIn the capital, enrolment went up to 25,400 "
    "pupils from 24,250.",
])
def test_no_pairing_when_the_move_is_of_something_else(text):
    assert verdicts(text) == []


def test_a_move_of_another_named_subject_is_never_an_error():
    text = ("Kestrel recorded a 48,200 rise in subscriptions. Rival Osprey's subscriptions went up to 1.35 million "
            "from 1.20 million.")
    assert [status for status, _ in verdicts(text)] == [Status.UNDETERMINED]


@pytest.mark.parametrize("text, bound", [
    ("Its customer base went up to 59.3 million from 58.6 million.", False),
    ("Prices climbed up to $4.10 a litre in June.", False),
    ("The fund can lend up to 59.3 million.", True),
])
def test_up_to_after_a_verb_of_motion_is_the_level_reached(text, bound):
    first = meaning_of(text).figures[0]
    assert (first.qualifier == "at-most") is bound
