"""Money a verb of collecting takes right before it ("the bond sale raised $900 million") is an amount
collected, a level, not a rise; "raised ... by" and a rate after "raised" stay changes. A hotel's grade ("from 5
stars to 1 star", "5-star hotels") names a kind, not an amount; a score ("rated 4 stars") is one. Invented sentences."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, role_of
from auditor.grammar.frames import Role


@pytest.mark.parametrize("text, figure", [
    ("The bond sale raised $900 million, and the total debt stood at $2.1 billion, up from $1.6 billion.", "$900 million"),
    ("The auction raised some KSh 20.6 billion from 41 bidders.", "KSh 20.6 billion"),
    ("Personal income tax raised R593 billion in 2022.", "R593 billion"),
])
def test_money_raised_is_a_level(text, figure):
    assert role_of(text, figure) is Role.LEVEL


@pytest.mark.parametrize("text, figure", [
    ("The government raised spending by $2 billion to $40 billion.", "$2 billion"),
    ("Fees were raised by 5% in March.", "5%"),
])
def test_a_rise_said_with_raised_is_still_a_change(text, figure):
    assert role_of(text, figure) in (Role.CHANGE, Role.RELATIVE_CHANGE)


def test_money_raised_is_not_the_change_of_another_clause_s_move():
    text = "The bond sale raised $900 million, and the total debt stood at $2.1 billion, up from $1.6 billion."
    assert errors(text, "difference") == []


def test_a_grade_in_stars_is_no_figure_and_no_part_of_a_share():
    text = ("The 702 hotels, covering every grade from 5 stars to 1 star, had an occupation rate of 74 percent taken "
            "together, while the 358 hotel apartments were filled at a rate of 79 percent.")
    assert [f.text for f in meaning_of(text).figures] == ["702", "74 percent", "358", "79 percent"]
    assert errors(text, "share-of-total") == []


def test_a_score_in_stars_is_a_figure():
    assert [f.text for f in meaning_of("The app is rated 4 stars by 1,200 users.").figures] == ["4", "1,200"]
