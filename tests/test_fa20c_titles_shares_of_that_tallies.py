"""Readings found on real releases nobody tuned on (leather, bananas, wood, avocado exports), each with invented
sentences and decoys: a title's change restated by a body change after a place ("from Vietnam dropped"), a
headline's bare verb ("slide", "dip"), a level reached with a hedge ("to nearly US$1.8 billion"), a share "of
that" opening a whole of its own, and "the total" beside a period's level and the running tally it brings."""
from __future__ import annotations

from auditor.grammar.frames import Role
from auditor.model import Status

from tests._reading import errors, meaning_of, role_of, verdicts


def _title_body(text: str) -> tuple[str, ...]:
    (link,) = meaning_of(text).headlines
    return tuple(b.text for b in link.body)


def test_a_body_change_after_a_place_named_with_from_restates_the_title():
    text = ("Chilean copper exports fall 12.5% in May\n\nShipments of refined copper from Chile dropped 12.5% in May, "
            "the central bank said. Prices eased 3.1% and volumes 9.4%.\n")
    assert _title_body(text)[0] == "12.5%"
    assert all(s is Status.CONSISTENT for s, _ in verdicts(text, "same-measure-conflict"))


def test_a_body_level_after_a_place_named_with_from_restates_the_title():
    text = ("Kenya's tea earnings near KSh 180 billion\n\nSales of tea from Kenya reached KSh 178.4 billion in 2023, "
            "of which Pakistan paid KSh 62.1 billion.\n")
    assert _title_body(text)[0] == "KSh 178.4 billion"


def test_a_base_after_from_is_still_no_restatement_of_the_title():
    # decoy: "up from 4.1%" is the old level, not the title's figure
    text = ("Jobless rate rises to 4.6%\n\nThe jobless rate in the region climbed to 4.6% in June, up from 4.1% in "
            "May, the statistics office said.\n")
    assert "4.1%" not in _title_body(text)


def test_a_headline_bare_verb_of_fall_makes_a_change():
    assert role_of("Leather exports slide 10% in FY24\n\nExports fell 10 per cent.\n", "10%") is Role.RELATIVE_CHANGE
    assert role_of("Coffee earnings dip 4% in March\n\nEarnings fell 4 per cent.\n", "4%") is Role.RELATIVE_CHANGE


def test_a_level_reached_with_a_hedge_is_the_new_level_not_the_old():
    text = ("Shipments rose 10.3 percent month-on-month to US$1.6 billion in December, and January's climbed 10.2 "
            "percent on the previous month to nearly US$1.8 billion.\n")
    assert errors(text, "growth-rate") == []


def test_a_change_then_on_and_the_old_level_is_still_checked():
    # the same words with the old level after "on": the change is checked against it
    text = "Sales climbed 10.2 percent to 1,800 units, on 1,500 units a year earlier.\n"
    assert errors(text, "growth-rate") == [("1,800", "1,500", "10.2 percent")]


def test_a_share_of_that_opens_a_whole_of_its_own():
    text = ("Last month 1,364 tonnes went to the Netherlands, 31% of all exports; 86% of that left through Callao and "
            "the remaining 14% through Paita.\n")
    assert errors(text, "share-of-total") == []
    assert [fs for s, fs in verdicts(text, "share-of-total") if fs == ("86%", "14%")]


def test_shares_of_that_which_do_not_add_up_are_still_an_error():
    text = ("Pakistan took 14,980 tonnes, 35% of all sales; 70% of that was black CTC and the remaining 20% orthodox "
            "grades.\n")
    assert errors(text, "share-of-total") == [("70%", "20%")]


_TALLY = ("Peru shipped 4,370 tons of avocado in week 7, 63% more than a year ago, which brings the season's exports "
          "to date to 14,730 tons, 31% above the same point of the previous campaign.\n\n"
          "Spain received {part} tons, or 25% of the total.\n")


def test_the_total_beside_a_period_level_and_its_running_tally_may_be_either():
    assert [s for s, _ in verdicts(_TALLY.format(part="1,091"), "share-of-total")] == [Status.CONSISTENT]


def test_the_total_that_fits_neither_level_is_a_question_not_an_error():
    assert [s for s, _ in verdicts(_TALLY.format(part="1,591"), "share-of-total")] == [Status.UNDETERMINED]


def test_two_levels_without_a_tally_keep_the_sure_reading():
    # decoy for the tally reading: a sentence of two levels, neither brought to, keeps its one sure whole
    text = ("A total of 574,125 candidates registered and 522,870 sat the examination.\n\n"
            "Of them, 169,492 candidates, or 36.23% of the total, passed.\n")
    assert [s for s, _ in verdicts(text, "share-of-total")] == [Status.INCONSISTENT]
