"""Places in an order of size said away from the figure (grammar.order): "most" with an adverb of how often before
or after a participle ("the second most commonly recorded offence", "the offence recorded most often"), a place
before a colon whose figure stands in the pronoun clause after it, the top and the bottom said by a verb with the
measure named before the figure ("came last with a literacy rate of 38.4 per cent"), a figure in an apposition
between the subject and its verb of place ("Spain, at 27.5 GW, has become the second largest"), and the item a
place outdid, which holds no place. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, unit_comparisons_in_orders, verdicts as verdicts_of
from auditor.model import Status


def orders(text: str) -> set[tuple[str, str]]:
    return {(link.larger.text, link.smaller.text) for link in meaning_of(text).orders if link.certain}


def errors(text: str) -> list[tuple[str, ...]]:
    return [shown for status, shown in verdicts_of(text, "ranking") if status is Status.INCONSISTENT]


PLACES = [
    ("Burglary remained the offence recorded most often: it made up 31% of recorded crime. Fraud accounted for 24% "
     "of offences, which made it the second most commonly recorded offence.", ("31%", "24%")),
    ("Amoxicillin was the most frequently prescribed antibiotic, at 12.4 million items. Doxycycline was the second "
     "most frequently prescribed, at 5.1 million items.", ("12.4 million", "5.1 million")),
    ("The east kept its place at the top of the table with a employment rate of 78.2 per cent, while the north came "
     "last with an employment rate of 69.5 per cent.", ("78.2 per cent", "69.5 per cent")),
    ("Vela came top with a membership of 4,180, while Corvex finished bottom with just 380 members.", ("4,180", "380")),
    ("The survey finds that Peru, at 2.9 million tonnes in 2021, has become the second largest producer, overtaking "
     "Chile at 2.6 million tonnes. China is the world's largest producer, with 8.1 million tonnes.",
     ("8.1 million tonnes", "2.9 million tonnes")),
]


@pytest.mark.parametrize("text, pair", PLACES)
def test_places_said_apart_from_their_figures_are_ordered(text, pair):
    assert pair in orders(text)


@pytest.mark.parametrize("text, pair", PLACES)
def test_a_lower_place_above_a_higher_is_an_error(text, pair):
    larger, smaller = pair
    swapped = text.replace(larger, "@").replace(smaller, larger).replace("@", smaller)
    assert any(shown[:2] == (smaller, larger) for shown in errors(swapped))


def test_the_item_a_place_outdid_holds_no_place():
    text = ("The survey finds that Peru, at 2.9 million tonnes in 2021, has become the second largest producer, "
            "overtaking Chile at 2.6 million tonnes. China is the world's largest producer, with 8.1 million tonnes.")
    assert ("8.1 million tonnes", "2.6 million tonnes") not in orders(text)


@pytest.mark.parametrize("text", [
    # the superlative is of another time: against its own past
    "The most commonly seized drug in 2019 was cannabis. In 2020, 71% of seizures were of cannabis and 10% of cocaine.",
    # a place in the next clause is its subject's, not the figure's before it
    "English is spoken at home by 62% of households; Polish is the second most widely spoken language in the city.",
    # a colon whose clause after it opens on no pronoun: the figure is no item of the place before
    "Leeds was the largest city in the survey: York reported 415 cases, Leeds 312 cases.",
    # "came last" of another measure's figure: a count after it, no level of the ranked measure
    "Riverside came last in the league table. It had 4,100 pupils, while Lakeview had 2,900 pupils.",
])
def test_no_place_without_its_grammar(text):
    assert errors(text) == []


# --- places counted from the bottom of an order ------------------------------------------------------------------

LOW = [
    ("By county, Elmshire has the lowest ratio of claims to policies - 11.2%. Fenwick comes next with 13.5%, and "
     "Garton is third with 16.1%.", [("13.5%", "11.2%"), ("16.1%", "13.5%")]),
    ("Tyrol had the lowest jobless rate, at 2.8%. Salzburg came second lowest with 3.3%, and Carinthia was third "
     "lowest with 4.4%.", [("3.3%", "2.8%"), ("4.4%", "3.3%")]),
]


@pytest.mark.parametrize("text, pairs", LOW)
def test_places_from_the_bottom_run_upwards(text, pairs):
    assert set(pairs) <= orders(text)


def test_a_place_from_the_bottom_out_of_order_is_an_error():
    text = LOW[1][0].replace("4.4%", "3.1%")
    assert ("3.1%", "3.3%") in [shown[:2] for shown in errors(text)]  # (place 3 said to be at least place 2)


@pytest.mark.parametrize("text", [
    # "second lowest", "third lowest": no places 2 and 3 of an order from the top
    "Salzburg came second lowest with 3.3%, and Carinthia was third lowest with 4.4%.",
    # the next place in another paragraph is of another ranking
    "Tyrol had the lowest jobless rate, at 2.8%.\n\nVienna, meanwhile, came next with 1.9% in a survey of firms.",
])
def test_no_order_from_the_top_for_places_from_the_bottom(text):
    assert errors(text) == []


# --- a fraction in words, its share in the next sentence -----------------------------------------------------------

@pytest.mark.parametrize("text, share, bad", [
    ("Fewer than half of applicants passed the written exam in 2022. Of 48,100 sittings, the pass rate was 46.3%.",
     "46.3%", "56.3%"),
    ("More than half of households now recycle food waste, the survey found. The share stood at 54.8%.",
     "54.8%", "44.8%"),
    ("Just under half of claims were approved last year. The approval rate was 48.9%, the ministry said.",
     "48.9%", "58.9%"),
])
def test_a_fraction_in_words_and_the_share_of_the_next_sentence(text, share, bad):
    found = verdicts_of(text, "comparison")
    assert any(status is Status.CONSISTENT and shown == (share,) for status, shown in found)
    assert any(status is Status.INCONSISTENT and shown == (bad,)
               for status, shown in verdicts_of(text.replace(share, bad), "comparison"))


@pytest.mark.parametrize("text", [
    # the rate of another verb than the fraction's
    "Fewer than half of households own a car. The ownership rate of second homes was 61.2%.",
    # a bare fraction: a rounding writers make loosely
    "Half of applicants passed the exam. The pass rate was 52.3%.",
    # a rate said of a group: perhaps a part of the fraction's whole
    "More than half of candidates passed. The pass rate among those over 40 was 38.5%.",
    # the fraction's sentence gives a share of its own
    "More than half of staff (54%) work from home. The share of managers was 31%.",
])
def test_no_error_for_a_share_the_fraction_does_not_give(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts_of(text, "comparison"))


# --- a ranking's top and bottom, and the whole's rate between them ------------------------------------------------

def likely(text: str) -> set[tuple[str, str]]:
    return {(link.larger.text, link.smaller.text) for link in meaning_of(text).orders if not link.certain}


WHOLE = ("Employment in the country stands at 68.2 per cent. Utrecht kept its place at the top with an employment rate "
         "of 79.5 per cent, while Groningen came last with an employment rate of 61.3 per cent.")


def test_the_whole_rate_lies_between_the_top_and_the_bottom_likely():
    assert {("79.5 per cent", "68.2 per cent"), ("68.2 per cent", "61.3 per cent")} <= likely(WHOLE)


def test_a_whole_rate_outside_its_parts_is_a_question_not_an_error():
    text = WHOLE.replace("68.2 per cent", "58.2 per cent")
    found = verdicts_of(text, "ranking")
    assert any(status is Status.UNDETERMINED and shown[:2] == ("58.2 per cent", "61.3 per cent") for status, shown in found)
    assert not any(status is Status.INCONSISTENT for status, _ in found)


@pytest.mark.parametrize("text", [
    # a total of the whole is above all its parts, not between them
    "Nationally there were 95,000 schools. Kerala came top with 12,000 schools, while Bihar came last with 3,100 schools.",
    # a figure of the country of another measure
    "Literacy in the country stands at 52.5 per cent. Kerala came top with a vaccination rate of 89.8 per cent, while "
    "Bihar came last with a vaccination rate of 38.4 per cent.",
])
def test_no_whole_between_without_a_rate_of_the_ranked_measure(text):
    assert not any(grammar.startswith("the top and the bottom") for grammar in
                   (link.grammar for link in meaning_of(text).orders))


def _kin_tests(monkeypatch, paragraphs: int) -> int:
    return unit_comparisons_in_orders(monkeypatch, "Region {k} came second lowest with 1{k}0 tonnes of tin. Mine {k} produced 5{k}0 tonnes and mine {k}b 4{k}0 tonnes.", paragraphs)


def test_places_from_the_bottom_are_not_each_compared_with_every_one_before(monkeypatch):
    few, many = _kin_tests(monkeypatch, 20), _kin_tests(monkeypatch, 80)
    assert many <= 5 * few  # four times the text: about four times the comparisons, never sixteen
