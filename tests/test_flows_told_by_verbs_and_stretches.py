"""A flow told by its verb after who did it, a stretch of time opening a sentence with "Over", and two flows
stated with one number. The sentences are written here.

- "Punjab's mills despatched 6.2 million tonnes": the noun before a flow's verb is who did it, a member of those
  who make the flow, no kind of what flows (grammar.within, _modifiers; lexicon.FLOW_VERBS_IRREGULAR);
- "Over the first half of 2024, despatches totalled ...": "over" opening its sentence names the stretch the
  sentence is about, no base of a comparison (extract.figures, _BASELINE_BEFORE);
- "coffee production ... came to 2.4 million bags" and "exports rose ... to over 2.4 million bags": sentences
  naming flows of different families state two measures (checks.same_measure, _two_flows).
"""
from __future__ import annotations

from _reading import meaning_of, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Status

QUARTER = ("Cement despatches in the second quarter of 2024 amounted to 11.6 million tonnes, the association said.\n\n"
           "Exports were weak.\n\n"
           "{who} despatched {part} million tonnes in the second quarter of 2024.\n")


def _member_pairs(text: str) -> set[tuple[str, str]]:
    return {(link.part.text, link.whole.text) for link in meaning_of(text).members}


def test_a_members_agent_before_the_verb_is_no_kind():
    text = QUARTER.format(who="Punjab's mills", part="6.2")
    assert ("6.2 million tonnes", "11.6 million tonnes") in _member_pairs(text)
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] == [Status.CONSISTENT]


def test_a_member_above_the_whole_is_only_doubtful():
    found = verdicts(QUARTER.format(who="Punjab's mills", part="16.2"), "part-exceeds-whole")
    assert found and all(s is Status.UNDETERMINED for s, _ in found)


def test_a_kind_named_before_the_agent_still_narrows():
    # "clinker" is a kind of what flows that the cement total does not hold
    text = QUARTER.format(who="Punjab's clinker mills", part="16.2")
    assert ("16.2 million tonnes", "11.6 million tonnes") not in _member_pairs(text)
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(text, "part-exceeds-whole"))


def _periods(text: str) -> dict[str, str]:
    return {f.text: f.period for f in extract_figures(Document("t.txt", text))}


def test_over_opening_a_sentence_names_its_stretch():
    text = ("Cement despatches, 2024\n\n"
            "Exports were weak in 2024.\n\n"
            "Over the first half of 2024, despatches totalled 10.9 million tonnes.\n")
    assert _periods(text)["10.9 million tonnes"] == "2024-H1"


def test_over_after_a_change_still_names_its_base():
    periods = _periods("In 2024, despatches rose 5% over 2023, to 10.9 million tonnes.\n")
    assert periods["10.9 million tonnes"] == "2024"


TWO_FLOWS = ("Colombian coffee production in the first two months of the year came to 2.4 million bags, the "
             "federation said on March 5, 2019.\n\n"
             "Over the first two months of the year, exports rose 12.6%, from almost 2.2 million bags to over "
             "2.4 million bags.\n")


def test_two_flows_with_one_number_are_no_restatement():
    pairs = [figures for _, figures in verdicts(TWO_FLOWS, "same-measure-conflict")]
    assert ("2.4 million", "2.4 million") not in pairs


def test_one_flow_said_twice_still_is():
    text = ("Coffee exports came to 2.4 million bags in January 2019, the federation said.\n\n"
            "In January 2019 coffee exports totalled 2.6 million bags, the ministry said.\n")
    assert [s for s, _ in verdicts(text, "same-measure-conflict")] == [Status.INCONSISTENT]
