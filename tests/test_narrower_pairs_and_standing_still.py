"""A change told without levels is not the change of a later pair of levels whose noun phrase a modifier narrows
("the U.S. rig count is down 423" ... "the U.S. offshore rig count ... 16, compared to 20"), and a verb of standing
still is the last word on a move ("added the offshore count remained flat at 17, compared to 22"). The sentences
are written here."""
from __future__ import annotations

from _reading import meaning_of, verdicts
from auditor.extract.context import verb_direction
from auditor.model import Status


def test_a_verb_of_standing_still_after_a_verb_of_change_gives_no_direction():
    assert verb_direction("Baker Hughes added the offshore rig count remained flat at") == 0
    assert verb_direction("the count was unchanged at") == 0
    assert verb_direction("Baker Hughes said the rig count rose to") == 1
    assert verb_direction("the count held steady, then fell to") == -1  # (the last verb decides)


def test_levels_of_a_narrower_noun_phrase_are_not_the_change_befores():
    text = ("Compared with a year earlier, the national rig count is down 423 rigs, the company said. It noted that "
            "oil rigs were down 386.\n\nThe national offshore rig count dropped by one to 16, compared to 20 a year ago.")
    assert not any(link.change.text in ("423", "386") for link in meaning_of(text).changes)
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(text, "difference"))


def test_levels_of_the_same_noun_phrase_still_are():
    text = ("Compared with a year earlier, the national rig count is down 423 rigs, the company said. It noted that "
            "oil rigs were down 386.\n\nThe national rig count stood at 350, compared to 773 a year ago.")
    assert [s for s, _ in verdicts(text, "difference")] == [Status.CONSISTENT]
