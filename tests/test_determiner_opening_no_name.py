"""A determiner or quantifier that opens a sentence ("Another estimate put cement sales at 50,020 tonnes") names
no member of a whole (grammar.within._NOT_NAMES). The sentences are written here."""
from __future__ import annotations

from _reading import meaning_of, verdicts
from auditor.model import Status

TEXT = ("Cement sales totalled 48,310 tonnes in 2023, the producers' association said.\n\n"
        "Another estimate put cement sales at 50,020 tonnes in 2023.\n")


def test_a_sentence_opening_on_another_is_no_members():
    assert meaning_of(TEXT).members == ()
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(TEXT, "part-exceeds-whole"))


def test_a_named_member_still_is():
    text = ("Cement sales totalled 48,310 tonnes in 2023, the producers' association said.\n\n"
            "Kisumu's cement sales came to 50,020 tonnes in 2023.\n")
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] == [Status.INCONSISTENT]
