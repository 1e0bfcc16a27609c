"""A stated order after a superlative, however the order is introduced (checks.ranking).
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


@pytest.mark.parametrize("lead", ["the largest", "the second largest", "the fourth biggest", "its 3rd largest"])
def test_an_order_after_a_superlative_with_or_without_a_place(lead):
    text = (f"Spain was {lead} market with 48,210 buyers up 6 percent, followed by Italy at 31,904 up 2 percent, "
            f"followed by Greece with 31,990 up 9 percent.")
    assert (Status.INCONSISTENT, ("31,904", "31,990")) in verdicts(text)
    assert (Status.CONSISTENT, ("48,210", "31,904")) in verdicts(text)


def test_followed_by_states_an_order_without_a_superlative():
    """"A at x, followed by B at y": the next in an order of size, as release prose uses it."""
    text = "Spain had 48,210 buyers up 6 percent, followed by Italy at 31,904, followed by Greece with 31,990."
    assert verdicts(text) == [(Status.INCONSISTENT, ("31,904", "31,990"))]


def test_no_order_between_figures_listed_without_an_order_word():
    text = "Spain had 48,210 buyers up 6 percent, Italy 31,904 and Greece 31,990."
    assert verdicts(text) == []


# --- places and records stated one sentence at a time (grammar.order) ------------------------------

def orders(text: str) -> list[tuple[str, str]]:
    return [(link.larger.text, link.smaller.text) for link in meaning_of(text).orders]


PLACES = [
    "Kenya was the top destination, with 48,210 buyers. Uganda was the second largest market at 31,904. "
    "Tanzania came in third place with 29,870.",
    "The largest market was Kenya with 48,210 buyers. Uganda ranked second with 31,904, and Tanzania ranked third with 29,870.",
    "Kenya, the biggest buyer, took 48,210 units. Uganda, the second-biggest, took 31,904; Tanzania, the third biggest, 29,870.",
]


@pytest.mark.parametrize("text", PLACES)
def test_consecutive_places_are_ordered(text):
    found = set(orders(text))
    assert {("48,210", "31,904"), ("31,904", "29,870")} <= found
    assert found <= {("48,210", "31,904"), ("31,904", "29,870"), ("48,210", "29,870")}  # (the head against the third)


def test_a_place_out_of_order_is_an_error():
    text = PLACES[0].replace("29,870", "32,870")
    assert (Status.INCONSISTENT, ("31,904", "32,870")) in verdicts(text)


@pytest.mark.parametrize("text", [
    "Output reached an all-time high of 9,412 tonnes in May. The previous record, 9,105 tonnes, was set in 2019.",
    "The previous peak was 9,105 tonnes in 2019. In May output hit a new record of 9,412 tonnes.",
])
def test_a_record_is_at_least_the_one_it_beat(text):
    assert orders(text) == [("9,412 tonnes", "9,105 tonnes")]


DECOYS = {
    "the highest since a year": "Kenya bought 48,210, the highest since 2009. Uganda was second with 31,904.",
    "the first of a period": "In the first quarter Kenya bought 48,210 units and in the second quarter 51,904.",
    "places far apart": "Kenya was the top market with 48,210. " + "Rain fell. " * 5 + "Uganda was the second largest at 31,904.",
    "places of another unit": "Kenya was the top market with 48,210 buyers. Uganda was the second largest at 31.9%.",
}


def test_a_lowest_first_order_runs_upwards():
    # (places from the bottom: the second lowest is at least the lowest, never places 1 and 2 from the top)
    assert orders("Kenya had the lowest count, 8,210. Uganda had the second lowest, 11,904.") == [("11,904", "8,210")]


@pytest.mark.parametrize("text", DECOYS.values(), ids=DECOYS.keys())
def test_no_order_without_consecutive_places_or_records(text):
    assert orders(text) == []


@pytest.mark.parametrize("text", [
    "At 9.4 million tonnes, Egypt's wheat imports were second only to Indonesia's 8.2 million tonnes.",
    "Kenya's exports of 1.2 million tonnes trailed Uganda's 1.1 million tonnes.",
])
def test_a_figure_said_to_come_after_another_is_no_larger(text):
    assert [status for status, _ in verdicts_of(text, "comparison")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "China was the largest buyer, taking 412,000 tonnes, followed by India with 455,000 tonnes.",
    "Nairobi recorded 1,240 cases, more than any other county. Mombasa, with 1,310 cases, came second.",
    "Toyota remained the best-selling brand with 2,104 registrations; Ford was runner-up on 2,380.",
    "Manufacturing, the largest sector, employed 1.2 million people. Services came next with 1.5 million.",
    "Exports to Germany, at €4.1 billion, ranked first among destinations; France was second at €4.6 billion.",
])
def test_places_said_by_verbs_and_by_what_follows(text):
    assert [status for status, _ in verdicts_of(text, "ranking")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # a superlative said of the first figure of a clause is not said of the next one
    "China was the largest buyer, taking 412,000 tonnes, and India took 455,000 tonnes.",
    # "the second quarter" is a period, not a place
    "Sales were 4,100 units in the first quarter; they were 4,600 units in the second quarter.",
])
def test_no_order_without_a_place_for_each_figure(text):
    assert Status.INCONSISTENT not in [status for status, _ in verdicts_of(text, "ranking")]


RANKED = """The five busiest airports by passengers in 2024:
- Hillport: 9,412,000
- Easton: 8,905,500
- Lakeside: {third}
- Northgate: 6,118,250
- Riverbend: 5,870,400
"""


def test_items_under_a_heading_that_ranks_them_are_in_order():
    got = verdicts(RANKED.format(third="7,260,300"))
    assert len(got) == 4 and all(status is Status.CONSISTENT for status, _ in got)


def test_an_item_out_of_its_ranked_place_is_flagged():
    got = verdicts(RANKED.format(third="9,260,300"))
    assert (Status.INCONSISTENT, ("8,905,500", "9,260,300")) in got


def test_a_ranking_of_the_lowest_runs_upwards():
    text = "The lowest jobless rates by district:\n1. Alder 2.1%\n2. Birch 2.4%\n3. Cedar 2.2%\n"
    assert (Status.INCONSISTENT, ("2.2%", "2.4%")) in verdicts(text)


def test_a_list_under_a_heading_that_ranks_nothing_is_not_ordered():
    text = "Passengers at the region's airports in 2024:\n- Hillport: 9,412,000\n- Easton: 9,905,500\n- Lakeside: 7,260,300\n"
    assert verdicts(text) == []


NUMBERED = """Road safety report 2024

These were the five most common causes of road injuries in 2024:

1. Driver distraction (phones, passengers, eating at the wheel) — 8,214 (24.1%)
2. Speeding above the posted limit on urban roads — 6,930 (20.3%)
3. Failing to yield at junctions — {third} (14.8%)
4. Driving under the influence of alcohol or drugs — 3,904 (11.4%)
5. Tailgating — 2,655 (7.8%)
"""


def test_a_numbered_list_after_a_blank_line_and_with_long_labels_is_ranked():
    got = verdicts(NUMBERED.format(third="5,046"))
    ranked = [figures for status, figures in got if status is Status.CONSISTENT]
    assert ("8,214", "6,930") in ranked and ("5,046", "3,904") in ranked and ("3,904", "2,655") in ranked


def test_a_numbered_item_out_of_its_place_is_flagged():
    assert (Status.INCONSISTENT, ("6,930", "7,046")) in verdicts(NUMBERED.format(third="7,046"))


def test_a_list_two_paragraphs_below_a_ranking_heading_is_not_its_list():
    text = NUMBERED.format(third="7,046").replace("2024:\n\n", "2024:\n\nSome context came first.\n\n")
    assert verdicts(text) == []


@pytest.mark.parametrize("text, pairs", [
    ("Exports to Brazil came to 412,000 tonnes, followed by the US with 305,000 tonnes and the UK with "
     "201,000 tonnes.", [("412,000 tonnes", "305,000 tonnes"), ("305,000 tonnes", "201,000 tonnes")]),
    ("Brazil took 41.2 per cent of sales, followed by the EU (30.5 per cent) and the UK (20.1 per cent).",
     [("41.2 per cent", "30.5 per cent"), ("30.5 per cent", "20.1 per cent")]),
])
def test_items_named_by_two_letter_abbreviations_are_ranked(text, pairs):
    got = verdicts(text)
    assert all((Status.CONSISTENT, pair) in got for pair in pairs)


def test_an_abbreviated_item_out_of_order_is_flagged():
    text = "Brazil took 41.2 per cent of sales, followed by the EU (30.5 per cent) and the UK (32.1 per cent)."
    assert (Status.INCONSISTENT, ("30.5 per cent", "32.1 per cent")) in verdicts(text)


def test_one_item_in_two_years_is_no_further_item():
    text = "Brazil took 41.2 per cent of sales, followed by the US at 30.5 per cent in 2023 and 32.1 per cent in 2024."
    assert [figures for _, figures in verdicts(text)] == [("41.2 per cent", "30.5 per cent")]


# ---- the first item's share in an aside before "followed by"; a next place stays in its ranking ------------

from _reading import meaning_of as _meaning_of  # noqa: E402


def _orders(text: str) -> set[tuple[str, str]]:
    return {(link.larger.text, link.smaller.text) for link in _meaning_of(text).orders if link.certain}


@pytest.mark.parametrize("text", [
    "Germany led the buyers with €4.12 billion, accounting for nearly 31.6% of all purchases, followed by France "
    "with €2.59 billion, and Italy with €1.83 billion.",
    "The largest lender was Bank A with $4.12 billion (31.6 per cent of the market), followed by Bank B with "
    "$2.59 billion and Bank C with $1.83 billion.",
])
def test_a_share_aside_after_the_first_item_leaves_the_list_in_order(text):
    figures = [w for w in ("€4.12 billion", "€2.59 billion", "€1.83 billion", "$4.12 billion", "$2.59 billion",
                           "$1.83 billion") if w in text]
    assert {(figures[0], figures[1]), (figures[1], figures[2])} <= _orders(text)


def test_a_followed_by_in_another_paragraph_starts_its_own_ranking():
    text = ("Sweden topped the list with 512 patents, accounting for nearly 37.6% of the total, followed by Norway "
            "with 431, and Finland with 388.\n\nMost strikingly, the capital came first among 56 regions in "
            "attracting filings, with a total of 290 patents, making up 23.9% of all filings, followed by the coast "
            "with 214, the north with 212.")
    found = _orders(text)
    assert {("512", "431"), ("431", "388"), ("290", "214"), ("214", "212")} <= found
    assert not any("56" in pair for pair in found)  # the field of the ranking is no item in it
    assert not {("431", "214"), ("388", "214"), ("512", "214")} & found  # nor is another paragraph's ranking


@pytest.mark.parametrize("text", [
    "Among the ports, the biggest gains in traffic were at Rotterdam, up 41 per cent since 2015; Antwerp, up 33 per "
    "cent; Hamburg, up 21 per cent; and Gdansk, up 12 per cent.",
    "The main increases in enrolment were in Kisumu, up 41%, in Nakuru, up 33%, and in Eldoret, up 21%.",
])
def test_the_main_changes_listed_each_after_its_name_are_likely_largest_first(text):
    found = {(link.larger.text, link.smaller.text, link.certain) for link in _meaning_of(text).orders}
    figures = [f.text for f in _meaning_of(text).figures]
    assert {(a, b, False) for a, b in zip(figures, figures[1:])} <= found


def test_changes_listed_after_their_names_without_a_superlative_are_no_order():
    text = "Traffic was up at Rotterdam, up 41 per cent; Antwerp, up 53 per cent; and Hamburg, up 21 per cent."
    assert not _meaning_of(text).orders


@pytest.mark.parametrize("text", [
    "The steepest rises in rents came from Leeds (+11.1%), Hull (+9.3%) and York (+9.1%).",
    "The three fastest growth rates were in Kisumu (12.4%), Nakuru (9.8%) and Eldoret (6.0%).",
])
def test_a_superlative_heading_bracketed_changes_lists_them_likely_largest_first(text):
    figures = [f.text for f in _meaning_of(text).figures if "%" in f.text]
    found = {(link.larger.text, link.smaller.text, link.certain) for link in _meaning_of(text).orders}
    assert {(a, b, False) for a, b in zip(figures, figures[1:])} <= found


@pytest.mark.parametrize("first, status", [("32 628", "consistent"), ("28 628", "inconsistent")])
@pytest.mark.parametrize("text", [
    "European firms, whose total of {first} exceeded the grants to US firms (14 605) and Asian firms (15 509) taken together.",
    "Exports of {first} tonnes were larger than imports from Kenya (14 605 tonnes) and Uganda (15 509 tonnes) combined.",
])
def test_a_level_said_to_exceed_two_others_taken_together_is_at_least_their_sum(text, first, status):
    from _reading import verdicts as _verdicts
    found = _verdicts(text.format(first=first), "ranking")
    assert [s.value for s, _ in found] == [status]


def test_a_level_above_each_of_two_others_is_not_above_their_sum():
    from _reading import verdicts as _verdicts
    text = "Exports of 20 000 tonnes were larger than imports from Kenya (14 605 tonnes) and from Uganda (15 509 tonnes)."
    assert all(s.value != "inconsistent" for s, _ in _verdicts(text, "ranking"))
