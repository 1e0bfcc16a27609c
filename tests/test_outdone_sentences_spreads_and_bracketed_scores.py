"""Three order readings (grammar.order): a sentence of no figure saying one item outdid (or trailed) another, then
each item's figure in the next sentence, as after a colon ("Lisbon narrowly beat Porto ... . Lisbon handled 712,400;
Porto, 698,100"), with the verbs of outdoing and trailing in every person and tense; an average and the two ends of
its items' spread said together ("average 6.9 persons, as many as 8.1 in Mandera, as few as 2.9 in Nairobi"); and a
comparison whose score stands after it in brackets ("smoke slightly more than men (52.6% to 51.7%)"); and
(grammar.links) an overall figure said to lie between two groups' figures ("the overall rate lies between the two,
at 75.2%"). The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def orders(text: str) -> set[tuple[str, str]]:
    meaning = meaning_of(text)
    return {(link.larger.text, link.smaller.text) for link in meaning.orders if link.certain}


def _swapped(text: str, larger: str, smaller: str) -> str:
    return text.replace(larger, "@@").replace(smaller, larger).replace("@@", smaller)


READ = [
    # the verb of outdoing in the sentence before, each item named again before its figure
    ("Kenya overtook Uganda as the region's largest tea exporter last year, the board said. Kenya shipped 41,200 "
     "tonnes and Uganda 38,900 tonnes.", ("41,200 tonnes", "38,900 tonnes")),
    # a word both items share names neither ("cars"); a possessive names its item ("Lisbon's")
    ("Electric cars outsold diesel cars in Norway in March. Electric models registered 9,412, diesel ones 8,030.",
     ("9,412", "8,030")),
    ("Lisbon narrowly beat Porto for cruise passengers last year. Lisbon's terminal handled 712,400 of them; "
     "Porto's, 698,100.", ("712,400", "698,100")),
    # the present tense, and a verb of trailing: the object is the larger
    ("Chennai outpaces Bengaluru in office leasing. Chennai leased 3.6 million sq ft and Bengaluru 3.4 million sq ft.",
     ("3.6 million sq ft", "3.4 million sq ft")),
    ("Rail trailed road in freight during 2023. Rail carried 41.3 million tonnes; road carried 52.8 million tonnes.",
     ("52.8 million tonnes", "41.3 million tonnes")),
    # the two ends of a spread beside an average
    ("Households average 3.9 persons nationally, as many as 6.1 in Mandera county, as few as 2.9 in Nairobi.",
     ("6.1", "3.9")),
    ("Households average 3.9 persons nationally, as many as 6.1 in Mandera county, as few as 2.9 in Nairobi.",
     ("3.9", "2.9")),
    # a bracketed score after a comparison, the subject's figure first
    ("Women there smoke slightly more than men (52.6% to 51.7%), the survey found.", ("52.6%", "51.7%")),
    ("Fewer girls than boys dropped out of school last year (1,204 against 1,390), the ministry said.",
     ("1,390", "1,204")),
    ("Kenya stayed ahead of Tanzania in tourist arrivals (1.58 million to 1.52 million).",
     ("1.58 million", "1.52 million")),
]


@pytest.mark.parametrize("text, pair", READ)
def test_the_order_the_words_state_is_read(text, pair):
    assert pair in orders(text)


@pytest.mark.parametrize("text, pair", READ)
def test_the_other_way_round_is_an_error(text, pair):
    larger, smaller = pair
    found = verdicts(_swapped(text, larger, smaller), "ranking")
    assert (Status.INCONSISTENT, (smaller, larger)) in found or (Status.INCONSISTENT, (larger, smaller)) in found


@pytest.mark.parametrize("text", [
    # two items side by side, no word ranking them
    "Lisbon and Porto both expanded their cruise terminals. Lisbon handled 612,400 passengers; Porto, 698,100.",
    # the claim names other items than the next sentence's
    "Kenya overtook Uganda in tea exports, the board said. Coffee shipments came to 12,300 tonnes and cotton "
    "shipments to 15,800 tonnes.",
    # a passive claim, a forecast, a claim in another paragraph
    "Porto was overtaken by Lisbon in cruise traffic. Porto handled 498,000 passengers and Lisbon 512,000.",
    "Lisbon is expected to overtake Porto in cruise traffic. Lisbon handled 412,000 passengers and Porto 498,000.",
    "Lisbon overtook Porto in cruise traffic.\n\nLisbon handled 412,000 passengers and Porto 498,000.",
    # "beat" of no rival
    "The minister beat a hasty retreat from questions. Exports reached 4.12 billion dollars and imports 4.51 billion "
    "dollars.",
    # one end of a spread alone bounds other things
    "The clinic sees an average of 230 patients a day, and as many as 400 people attend its weekend sessions.",
    # a bracketed pair after a comparison with a forecast, or with no bracket closing the pair
    "Inflation was higher than expected in March (6.4% against a forecast of 6.9%).",
    "Turnout was lower than in most regions (61.0% to 58.1% in the north, by the commission's count).",
])
def test_no_order_without_words_that_state_it(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text, "ranking"))


BETWEEN = [
    ("Pass rates were 71.8% for boys and 78.4% for girls; the overall rate lies between the two, at 75.2%.",
     ("75.2%", "71.8%", "78.4%")),
    ("Coverage reached 88.1% in urban districts and 79.4% in rural ones, with the national figure falling between them "
     "at 83.6%.", ("83.6%", "88.1%", "79.4%")),
    ("Unemployment stood at 6.1% among men and 7.9% among women; the overall rate lay somewhere in between, at 6.8%.",
     ("6.8%", "6.1%", "7.9%")),
]


@pytest.mark.parametrize("text, figures", BETWEEN)
def test_an_overall_figure_said_to_lie_between_the_groups_is_read(text, figures):
    overall, a, b = figures
    read = {(g.overall.text, frozenset(f.text for f in g.groups)) for g in meaning_of(text).groups}
    assert (overall, frozenset((a, b))) in read
    moved = text.replace(overall, "93.9%")  # outside both groups' figures
    assert any(status is Status.INCONSISTENT for status, _ in verdicts(moved, "total-between-groups"))


@pytest.mark.parametrize("text", [
    # a difference between the two, not a level between them
    "Men earned 19.70 euros an hour on average and women 17.10 euros; the difference between the two was 2.60 euros.",
    "Turnout was 58.2% among men and 61.4% among women; the gap between them was 13.2%, the widest on record.",
])
def test_a_gap_between_the_groups_is_no_overall_figure(text):
    assert not meaning_of(text).groups
