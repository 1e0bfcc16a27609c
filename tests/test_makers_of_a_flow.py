"""Who made a flow, a common noun right before its verb ("Processors exported 298,400 tonnes"), is a category of
its makers within the level of all of the flow ("Total exports from Icelandic ports came to 412,300 tonnes"), and no
whole of others; a level a pronoun owns ("the value of their exports") is a member's, no whole of the others. The
sentences are written here (grammar.within)."""
from __future__ import annotations

from _reading import meaning_of, verdicts
from auditor.model import Status

MAKERS = ("Fish exports, first half of 2024\n\n"
          "Total exports from Icelandic ports came to 412,300 tonnes in the first half of 2024, the office said.\n\n"
          "The catch was good, and most processors had a strong season.\n\n"
          "Processors exported {part} tonnes in the first half of 2024.\n")


def _member_pairs(text: str) -> set[tuple[str, str]]:
    return {(link.part.text, link.whole.text) for link in meaning_of(text).members}


def test_the_makers_level_is_within_the_total():
    text = MAKERS.format(part="298,400")
    assert _member_pairs(text) == {("298,400 tonnes", "412,300 tonnes")}
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] == [Status.CONSISTENT]


def test_the_makers_level_above_a_total_is_an_error():
    found = verdicts(MAKERS.format(part="498,400"), "part-exceeds-whole")
    assert [s for s, _ in found] == [Status.INCONSISTENT]


def test_the_makers_level_is_no_whole():
    assert ("412,300 tonnes", "298,400 tonnes") not in _member_pairs(MAKERS.format(part="298,400"))


def test_another_flow_is_no_whole_of_the_makers():
    text = MAKERS.replace("Processors exported", "Processors imported").format(part="498,400")
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(text, "part-exceeds-whole"))


def test_a_level_a_pronoun_owns_is_no_whole():
    text = ("Fish exports, second quarter\n\n"
            "Gozitan firms exported 43,004 kilograms of fresh fish in the second quarter of 2010. The value of their "
            "exports in the second quarter of 2010 amounted to €187,317.\n\n"
            "The value of exports by Maltese firms rose by 1.5% to €1,926,972 in the second quarter of 2010.\n")
    assert ("€1,926,972", "€187,317") not in _member_pairs(text)
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(text, "part-exceeds-whole"))
