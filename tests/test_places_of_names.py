"""Places in an order said apart from their figures (grammar.order): a place reached by a move ("slipped from
second to third", "climbed two places, to fourth"), a place said of a name whose figure stands beside the name
a sentence before, or later in the place's clause past the item's own change, or before it when the place's
verb shares the subject; "rank only fourth"; a superlative that ranks by another measure than its figure's.
Also the leader of a ranking against the items of its measure the next sentences of its paragraph give
(uncertain). Checked by the ranking check. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


def orders(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders}


# --- a place said of a name, its figure beside the name a sentence before -----------------------------

NAMED_BEFORE = [
    ("Brewers in Kenya sold 9,120 hectolitres, while Uganda sold 5,400 hectolitres and Rwanda 4,980 hectolitres. "
     "Uganda moved up to second place and Rwanda dropped from second to third.", "5,400", "4,980"),
    ("The largest fleet was Norway's, ahead of Chile (310 vessels) and Peru (288 vessels). Chile was second "
     "this season, and Peru climbed to third.", "310", "288"),
    ("Donations reached Oxfam with 2,310 pledges and Shelter with 1,975 pledges. Oxfam rose to first place "
     "while Shelter slipped to second.", "2,310", "1,975"),
]


@pytest.mark.parametrize("text, first, second", NAMED_BEFORE)
def test_a_place_said_of_a_name_takes_the_figure_beside_the_name_before(text, first, second):
    assert (first, second, True) in orders(text)
    assert (Status.CONSISTENT, (first, second)) in verdicts(text)


def test_places_said_of_names_out_of_order_are_an_error():
    text, first, second = NAMED_BEFORE[0]
    text = text.replace("4,980", "5,980")
    assert (Status.INCONSISTENT, (first, "5,980")) in verdicts(text)


# --- the figure later in the place's clause, past the item's own change; before it, the verb sharing the subject --

def test_a_place_reached_by_a_move_takes_the_figure_after_the_items_change():
    text = ("Madrid moved up to third place with 8.4 million passengers, and Lisbon slipped from third to fourth, "
            "its traffic having fallen by 2.1% (7.9 million passengers). Dublin handled a record number (7.1 million "
            "passengers, +12%) and climbed two places, from seventh to fifth.")
    links = orders(text)
    assert ("8.4 million", "7.9 million", True) in links
    assert ("7.9 million", "7.1 million", True) in links
    broken = text.replace("7.1 million", "8.1 million")
    assert (Status.INCONSISTENT, ("7.9 million", "8.1 million")) in verdicts(broken)


@pytest.mark.parametrize("text", [
    "Cement sales ranked first with 412 tonnes. Steel sales fell to rank only third among the products with 305 tonnes.",
    "Cement sales ranked first with 412 tonnes. Steel, which had been second, slipped to third with 305 tonnes.",
])
def test_rank_only_and_a_move_to_a_place_give_the_place(text):
    assert ("412 tonnes", "305 tonnes", True) in orders(text)


@pytest.mark.parametrize("text", [
    # a place of another kind of order: a quarter, a time, the second-lowest
    "The index rose to 412 points in the quarter. It moved to third quarter highs of 305 points later.",
    "Unemployment fell to 412,000. It slipped to the second-lowest level on record, at 305,000, in May.",
    # a place said of a name no figure stands beside
    "Ghana exported 412 tonnes and Mali 305 tonnes. Niger climbed to second place.",
])
def test_no_place_without_its_grammar(text):
    assert not {link for link in orders(text) if link[2]}


# --- a superlative that ranks by another measure than the figure's -------------------------------------

@pytest.mark.parametrize("text", [
    "Northfield, the largest insurer by premiums, covered 2.1 million homes, while Southgate covered 2.6 million homes.",
    "Arcadia, the top airline by revenue, flew 18.2 million passengers; Brightjet flew 21.5 million passengers.",
])
def test_a_superlative_by_another_measure_ranks_nothing_here(text):
    assert not orders(text)
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


def test_a_superlative_by_the_figures_own_measure_still_ranks():
    text = ("Arcadia, the top airline by passengers, flew 18.2 million passengers, while Brightjet, "
            "the runner-up, flew 15.5 million passengers.")
    assert ("18.2 million", "15.5 million", True) in {(a, b, c) for a, b, c in orders(text)}


# --- the leader against the items of its measure the next sentences give --------------------------------

RIVALS = [
    ("Wheat was the most valuable crop in 2022, at $3.4 billion. Maize earned farmers $2.9 billion, "
     "and barley $1.1 billion.", "$3.4 billion", "$2.9 billion"),
    ("Influenza was the most frequent cause of absence in March, with 640 cases. Another 410 cases were "
     "back injuries.", "640", "410"),
    ("The harbour was the busiest stop on the route, with 8,300 visitors. The old fort drew 6,100 visitors.",
     "8,300", "6,100"),
]


@pytest.mark.parametrize("text, leader, rival", RIVALS)
def test_the_leader_against_an_item_the_next_sentences_give(text, leader, rival):
    assert (leader, rival, False) in orders(text)
    assert (Status.CONSISTENT, (leader, rival)) in verdicts(text)


@pytest.mark.parametrize("text, leader, rival", RIVALS)
def test_a_rival_above_the_leader_is_undetermined_not_an_error(text, leader, rival):
    bigger = rival.replace(rival.split()[0].lstrip("$"), "9,900" if "," in rival else "9.9" if "." in rival else "990")
    found = verdicts(text.replace(rival, bigger))
    assert (Status.UNDETERMINED, (leader, bigger)) in found
    assert not any(status is Status.INCONSISTENT for status, _ in found)


@pytest.mark.parametrize("text", [
    # the leader's own other measure, said through a pronoun
    "Germany was the top source market, with 1.2 million tourists. They stayed 9.8 million nights.",
    # a total, an earlier year, a label
    "Wheat was the most valuable crop, at $3.4 billion. All crops together earned $7.9 billion.",
    "Wheat was the most valuable crop in 2022, at $3.4 billion. In 2021 maize had earned $3.9 billion.",
    # another ranking of its own
    "Wheat was the most valuable crop, at $3.4 billion. Maize was the largest by area, worth $3.9 billion.",
    # another paragraph
    "Wheat was the most valuable crop, at $3.4 billion.\n\nMaize earned farmers $3.9 billion.",
])
def test_no_rival_without_its_grammar(text):
    assert not {link for link in orders(text) if link[1] in ("9.8 million", "$7.9 billion", "$3.9 billion")}


# --- places of names listed without a verb, the figures named after them a sentence before ---------------

@pytest.mark.parametrize("text, pairs", [
    ("Sales reached 9,300 units in Lyon, 4,420 units in Nantes and 4,690 units in Lille. Lyon was first, Lille "
     "second and Nantes third.", [("9,300", "4,690"), ("4,690", "4,420")]),
    ("Oslo (61 medals) finished ahead of Bergen (44 medals) and Tromso (38 medals). Oslo came first and Tromso "
     "third.", [("61", "38")]),
])
def test_places_of_names_listed_without_a_verb(text, pairs):
    links = orders(text)
    for pair in pairs:
        assert (*pair, True) in links


def test_places_of_names_listed_without_a_verb_out_of_order_are_an_error():
    text = ("Sales reached 9,300 units in Lyon, 4,420 units in Nantes and 4,690 units in Lille. Lyon was first, "
            "Nantes second and Lille third.")
    assert (Status.INCONSISTENT, ("4,420", "4,690")) in verdicts(text)


@pytest.mark.parametrize("text", [
    # an ordinal of another thing after a name: "the second largest", a date
    "Sales reached 9,300 units in Lyon and 4,420 units in Nantes. Lyon was first, and Nantes the second largest city.",
    "Sales reached 9,300 units in Lyon and 4,420 units in Nantes. Lyon was first, with the fair on May second.",
])
def test_no_elliptic_place_without_its_grammar(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text.replace("4,420", "9,420")))


# --- "the second largest after" the item whose figure follows; the bottom of an order against another item -----

@pytest.mark.parametrize("text, first, second", [
    ("Sales to Japan, at $4.1 billion, were the second largest after those to Korea ($5.6 billion).",
     "$5.6 billion", "$4.1 billion"),
    ("With 2,310 beds, Riverside is the third biggest hospital after St Anne's (2,980) .", "2,980", "2,310"),
])
def test_the_second_largest_after_the_item_whose_figure_follows(text, first, second):
    assert (first, second, True) in orders(text)
    assert (Status.CONSISTENT, (first, second)) in verdicts(text)


def test_the_second_largest_above_the_item_after_it_is_an_error():
    text = "Sales to Japan, at $4.1 billion, were the second largest after those to Korea ($3.6 billion)."
    assert (Status.INCONSISTENT, ("$3.6 billion", "$4.1 billion")) in verdicts(text)


@pytest.mark.parametrize("text, bottom, other", [
    ("Leeds had the lowest rate, at 2.1%, while Hull recorded 9.5%.", "2.1%", "9.5%"),
    ("The smallest grant went to Tarn, with €18,200. Gers received €31,400.", "€18,200", "€31,400"),
])
def test_the_bottom_of_an_order_against_another_item(text, bottom, other):
    assert (other, bottom, False) in orders(text)
    swapped = text.replace(bottom, "@@").replace(other, bottom).replace("@@", other)
    found = verdicts(swapped)
    assert (Status.UNDETERMINED, (bottom, other)) in found
    assert not any(status is Status.INCONSISTENT for status, _ in found)


def test_no_rival_among_the_parts_of_another_whole():
    text = ("Orange, the smallest operator, had 3.6 million users. Data lines rose to 16.3 million, of which "
            "Orange accounted for 2.2 million.")
    assert not {link for link in orders(text) if "3.6 million" in link[:2]}


# --- superlatives that name their measure rank only a figure of it --------------------------------------

@pytest.mark.parametrize("text, leader, other", [
    ("The A9 was the deadliest road in 2023, with 61 deaths. The A82 came second with 44 deaths.", "61", "44"),
    ("Hurricane Lola was the costliest storm, at $4.1 billion. Storm Max came second at $2.3 billion.",
     "$4.1 billion", "$2.3 billion"),
])
def test_a_superlative_of_a_measure_ranks_a_figure_of_it(text, leader, other):
    assert (leader, other, True) in orders(text)


@pytest.mark.parametrize("text", [
    "The A9 was the deadliest road in 2023, with 61,000 journeys. The A82 came second with 74,000 journeys.",
    "Hurricane Lola was the costliest storm, with 41 deaths. Storm Max came second with 73 deaths.",
])
def test_a_superlative_of_a_measure_does_not_rank_a_figure_of_another(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


# --- the leader and the items after ", with X on n"; the top N items named with their figures in brackets ------

def test_items_after_with_a_name_on_a_figure_are_the_leaders_rivals():
    text = "Of the unions, Unite signed the most members, 21,400, with the GMB on 18,900 and Unison on 12,300."
    links = orders(text)
    assert ("21,400", "18,900", False) in links and ("21,400", "12,300", False) in links
    found = verdicts(text.replace("18,900", "28,900"))
    assert (Status.UNDETERMINED, ("21,400", "28,900")) in found
    assert not any(status is Status.INCONSISTENT for status, _ in found)


@pytest.mark.parametrize("text", [
    # no item named: a part of the leader's figure
    "Unite signed the most members, 21,400, with 12,300 of them women.",
    # a change of the leader's, "up on" a year
    "Unite signed the most members, 21,400, up on 18,900 a year before.",
])
def test_no_rival_after_with_without_a_name(text):
    assert not {link for link in orders(text) if link[0] == "21,400"}


def test_the_top_n_items_named_with_figures_in_brackets_are_likely_largest_first():
    text = "The top three lenders were Arvo ($9.1bn), Brisk ($8.8bn) and Cobalt ($4.2bn)."
    assert ("$9.1bn", "$8.8bn", False) in orders(text)


# --- the items named between two places of one sentence; a place "in third (n)" ---------------------------

@pytest.mark.parametrize("text, chain", [
    ("The Corsa stayed in first place (912 units), ahead of the Clio (640 units), with the Polo in third (577 units).",
     ["912", "640", "577"]),
    ("Arvo ranked first with 88 stores, then Brisk with 71 stores and Cobalt with 60 stores, and Dune came fourth "
     "with 52 stores.", ["88", "71", "60", "52"]),
])
def test_the_items_named_between_two_places_take_the_places_between(text, chain):
    links = orders(text)
    for a, b in zip(chain, chain[1:]):
        assert (a, b, True) in links


def test_an_item_between_two_places_out_of_order_is_an_error():
    text = "The Corsa stayed in first place (912 units), ahead of the Clio (540 units), with the Polo in third (577 units)."
    assert (Status.INCONSISTENT, ("540", "577")) in verdicts(text)


@pytest.mark.parametrize("text", [
    # two figures between places one apart: not the places between
    "The Corsa stayed in first place (912 units), ahead of the Clio (640 units) and the Kuga (700 units), with the "
    "Polo in third (577 units).",
    # "in the third quarter": no place
    "Sales reached 912 units in the first quarter and 577 units in the third quarter (up 4%), with 640 in May.",
])
def test_no_places_between_without_their_grammar(text):
    assert not {link for link in orders(text) if link[2] and "640" in link[:2] and "577" in link[:2]}


# --- place words past a span of time or the item's own change; items between places past their changes -------

@pytest.mark.parametrize("text, first, later", [
    ("Chile, at the top of the table for the past six years, mined 5,210 tonnes. Zambia came third with 2,440 tonnes.",
     "5,210 tonnes", "2,440 tonnes"),
    ("Arvo, the largest chain, grew its estate by 4% to 412 stores. Cobalt came third with 260 stores.", "412", "260"),
])
def test_place_words_past_a_span_of_time_or_a_change(text, first, later):
    assert (first, later, True) in orders(text)


def test_an_item_between_two_places_past_its_own_change():
    text = ("Chile led with 5,210 tonnes (+3.1%), ahead of Peru (2,440 tonnes, +1.2%) and Zambia (2,390 tonnes, -0.4%). "
            "Zambia was third.")
    assert ("2,440 tonnes", "2,390 tonnes", True) in orders(text)


@pytest.mark.parametrize("text", [
    # "the top ten weeks": a span the place words are said of, not the figure after it
    "In the top ten weeks of the season the club drew 380 fans a game. Cyprus came second with 410 fans.",
    # two places in the words past the span: several subjects
    "Ghana moved up to first place and Mali slipped from first to second over the past three years, with 412 tonnes.",
])
def test_no_place_past_asides_without_its_grammar(text):
    links = orders(text)
    assert not {link for link in links if link[2] and link[1] == "410"}
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))
