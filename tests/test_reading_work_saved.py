"""Readings that find nothing in most documents do no costly work there: a cheap test of what every one
of their readings needs comes first (speed, issue 11). Each test also shows the reading still finds what
it found before, and that a sentence of the same figures without the words it needs gives nothing."""
from __future__ import annotations

from _reading import meaning_of

from auditor.grammar import links, order, within

# --- union_totals: a total for members its words list by name, then each member's own level ------------------

MEMBERS_AND_THEIR_LEVELS = ("Coffee shipments to Kenya and Uganda reached 9,400 tonnes in 2023. "
                            "Coffee shipments to Kenya reached 5,100 tonnes in 2023. "
                            "Coffee shipments to Uganda reached 4,300 tonnes in 2023.")
# the same figures, no clause naming two members joined by "and"
NO_MEMBERS_NAMED = ("Coffee shipments reached 9,400 tonnes in 2023. Tea shipments reached 5,100 tonnes in 2023. "
                    "Cocoa shipments reached 4,300 tonnes in 2023.")


def _union_totals(monkeypatch, text: str) -> tuple[list, int]:
    """union_totals on `text`, and how many times it read the names near a level."""
    meaning = meaning_of(text)
    calls = [0]
    real = within._names_near

    def counted(*args):
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(within, "_names_near", counted)
    return within.union_totals(text, meaning.segments, meaning.frames), calls[0]


def test_a_total_of_members_named_by_name_is_still_read(monkeypatch):
    found, _ = _union_totals(monkeypatch, MEMBERS_AND_THEIR_LEVELS)
    assert [(whole.text, tuple(p.text for p in parts)) for whole, parts, _ in found] == \
        [("9,400 tonnes", ("5,100 tonnes", "4,300 tonnes"))]


def test_without_members_named_the_names_near_levels_are_never_read(monkeypatch):
    found, names_read = _union_totals(monkeypatch, NO_MEMBERS_NAMED)
    assert found == [] and names_read == 0


def test_only_levels_within_reach_of_a_union_have_their_names_read(monkeypatch):
    # twenty sentences of other levels before the union: beyond its reach, their names are never asked for
    districts = ("Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Juniper", "Larch",
                 "Maple", "Oak", "Pine", "Rowan", "Spruce", "Teak", "Walnut", "Willow", "Yew", "Aspen")
    filler = " ".join(f"Wheat output in the {name} district was {k + 2},{k:03d} tonnes in 2023."
                      for k, name in enumerate(districts))
    found, names_read = _union_totals(monkeypatch, filler + " " + MEMBERS_AND_THEIR_LEVELS)
    assert [whole.text for whole, _, _ in found] == ["9,400 tonnes"]
    assert names_read <= 2 + within._UNION_REACH


# --- exceed_gaps: two levels and their gap, or one taken from another and what is left ------------------------

def test_a_gap_after_two_levels_is_still_read():
    meaning = meaning_of("Imports were 9,870 tonnes and exports 6,540 tonnes, leaving a gap of 3,330 tonnes.")
    (seg,) = [s for s in meaning.segments if s.figures]
    assert [(link.result.text, [f.text for f in link.a], [f.text for f in link.b])
            for link in links.exceed_gaps(seg, meaning.frames)] == [("3,330 tonnes", ["9,870 tonnes"], ["6,540 tonnes"])]


def test_a_sentence_of_two_figures_is_not_searched_for_a_gap(monkeypatch):
    meaning = meaning_of("Imports were 9,870 tonnes, leaving a gap of 3,330 tonnes.")
    (seg,) = [s for s in meaning.segments if s.figures]

    def searched(*args):
        raise AssertionError("a gap between two levels needs three figures")

    monkeypatch.setattr(links, "_gap_after_two_levels", searched)
    monkeypatch.setattr(links, "_balances", searched)
    assert links.exceed_gaps(seg, meaning.frames) == []


# --- changes_told_by_pairs: a change with no level of its own, then two levels compared in a later sentence --------

CHANGE_THEN_PAIR = ("March saw cocoa exports climb 22 per cent. "
                    "March cocoa exports came to 6.1 million kg, compared with 5.0 million kg.")
# the same figures, each level in a sentence of its own: no two levels stand side by side
CHANGE_THEN_LONE_LEVELS = ("March saw cocoa exports climb 22 per cent. Cocoa exports came to 6.1 million kg in March. "
                           "The port handled 5.0 million kg in February.")


def _changes_told_by_pairs(text: str) -> list[tuple[str, str, list[str]]]:
    meaning = meaning_of(text)
    return [(link.change.text, link.old.text, [f.text for f in link.news])
            for link in links.changes_told_by_pairs(text, meaning.segments, meaning.frames, frozenset())]


def test_a_change_told_by_two_levels_compared_after_it_is_still_read():
    assert _changes_told_by_pairs(CHANGE_THEN_PAIR) == [("22 per cent", "5.0 million kg", ["6.1 million kg"])]


def test_without_two_levels_side_by_side_after_it_a_change_is_not_read_further(monkeypatch):
    def read_further(*args):
        raise AssertionError("no later sentence holds two levels side by side")

    monkeypatch.setattr(links, "_a_paragraph_of_one_sentence", read_further)
    monkeypatch.setattr(links, "_opening_place", read_further)
    assert _changes_told_by_pairs(CHANGE_THEN_LONE_LEVELS) == []


# --- against_references: a level said to lie above or below a reference value ("below the average") ---------------

BELOW_THE_AVERAGE = ("The national average wage was £540 a week in 2023. "
                     "In the county, wages averaged £512 a week, below the average.")
# the same figures, no level set against the reference
NO_LEVEL_AGAINST_IT = ("The national average wage was £540 a week in 2023. "
                       "In the county, wages averaged £512 a week, up from £498.")


def _against_references(text: str) -> list[tuple[str, str]]:
    meaning = meaning_of(text)
    return [(link.smaller.text, link.larger.text) for link in order.against_references(meaning.segments, meaning.frames)]


def test_a_level_below_a_reference_is_still_read():
    assert _against_references(BELOW_THE_AVERAGE) == [("£512", "£540")]


def test_without_a_level_set_against_a_reference_the_references_are_never_read(monkeypatch):
    def read(*args):
        raise AssertionError("no sentence sets a level against a reference")

    monkeypatch.setattr(order, "_reference_mentions", read)
    assert _against_references(NO_LEVEL_AGAINST_IT) == []
