"""Orders a list states around its leader (grammar.order): the items after "ahead of", places named as
nouns ("First place went to"), a verb that puts its subject at the head of a list ("headed the
list"), and "followed with"/"next came" a sentence or two after the place before. Checked by the
ranking check. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, unit_comparisons_in_orders, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


def orders(text: str) -> list[tuple[str, str, bool]]:
    return [(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders]


# --- the items after "ahead of": listed largest first, as the words suggest without saying -------

AHEAD = [
    "Nigeria mined 612 tonnes of tin in 2021 (+3.1%), ahead of Bolivia (288 tonnes, +0.4%) and Peru (197 tonnes, -2.2%).",
    "Orbit held 41.2% of subscribers, ahead of Nimbus (22.6%), Vela (14.9%) and Corvex (9.3%).",
    "The Lark led the segment with 4,118 units, ahead of the Heron with 2,907 units, the Finch (1,660) and the Wren (1,204).",
]


@pytest.mark.parametrize("text", AHEAD)
def test_the_items_after_ahead_of_are_read_largest_first_but_not_for_certain(text):
    links = orders(text)
    chained = [link for link in links if not link[2]]
    assert chained and all(not certain for *_, certain in chained)
    leader = links[0][0]
    assert all(larger == leader for larger, _, certain in links if certain)  # the leader before each, for certain


@pytest.mark.parametrize("text, old, new, pair", [
    (AHEAD[0], "197 tonnes", "297 tonnes", ("288 tonnes", "297 tonnes")),
    (AHEAD[1], "9.3%", "19.3%", ("14.9%", "19.3%")),
    (AHEAD[2], "1,204", "1,704", ("1,660", "1,704")),
])
def test_items_after_ahead_of_out_of_order_are_undetermined_not_errors(text, old, new, pair):
    found = verdicts(text.replace(old, new))
    assert (Status.UNDETERMINED, pair) in found
    assert not any(status is Status.INCONSISTENT for status, _ in found)


def test_the_leader_below_an_item_after_ahead_of_is_an_error():
    text = AHEAD[1].replace("41.2%", "21.2%")
    assert (Status.INCONSISTENT, ("21.2%", "22.6%")) in verdicts(text)


@pytest.mark.parametrize("text", [
    # "ahead of" an event, not of a competitor
    "Turnout reached 61.2% in the capital ahead of the election, with 48.0% and 52.3% in the two provinces.",
    # a time order, not a ranking
    "Exports were 4,200 tonnes in May, ahead of June (5,100 tonnes) and July (5,900 tonnes).",
])
def test_no_list_order_after_ahead_of_without_items_of_one_measure(text):
    assert [link for link in orders(text) if not link[2]] == []


# --- a place said as a noun or by heading a list; the next place a sentence or two on --------------

LEADERS = [
    ("First place went to the sci-fi comedy Orbit Rising, with takings of 1.92 billion yuan. "
     "Next came the war drama Silent River, with 1.71 billion yuan.", ("1.92 billion yuan", "1.71 billion yuan")),
    ("As in past years, Austria headed the list of buyers, with 2.4 million bottles, or 5% more than a year "
     "before. Those sales were worth 9.8 million euros. Next came Poland with 1.3 million bottles.",
     ("2.4 million", "1.3 million")),
    ("Spaniards were the fourth largest group, with 84,120 guests. Danes followed with 79,400 guests.",
     ("84,120", "79,400")),
    ("Hatfield took second place on 6,518 entries. In third spot was Ruislip, with 5,902 entries.",
     ("6,518", "5,902")),
]


@pytest.mark.parametrize("text, pair", LEADERS)
def test_a_place_and_the_next_are_ordered(text, pair):
    assert (*pair, True) in orders(text)


@pytest.mark.parametrize("text, pair", LEADERS)
def test_the_next_place_above_the_one_before_is_an_error(text, pair):
    larger, smaller = pair
    bigger = "9" + smaller[1:]  # 1.71 -> 9.71 billion, 79,400 -> 99,400 ...
    found = verdicts(text.replace(smaller, bigger))
    assert any(status is Status.INCONSISTENT and shown[0] == larger for status, shown in found)


@pytest.mark.parametrize("text", [
    # a place left, not held
    "Hatfield fell from third place, with 6,518 entries. Next came Ruislip with 7,902 entries.",
    # the place before is three sentences back
    "Austria headed the list of buyers, with 2.4 million bottles. Sales were worth 9.8 million euros. "
    "Prices rose. Shipping costs fell. Next came Poland with 3.3 million bottles.",
    # "followed with" a later time, no place before it
    "Sales reached 84,120 units in May. June followed with 89,400 units.",
    # a first time, not a first place
    "For the first time the club sold 84,120 tickets. Its rival followed with 89,400 tickets.",
])
def test_no_order_without_a_place_near_before(text):
    assert verdicts(text) == [] or not any(s is Status.INCONSISTENT for s, _ in verdicts(text))
    assert [pair for pair in orders(text) if pair[2]] == []


# --- a list said to run in order of size --------------------------------------------------------

IN_ORDER = [
    "In order of importance came the steel mills, with 412 million tonnes, the cement works, with 305 million "
    "tonnes, and the refineries, with 188 million tonnes.",
    "Ranked in descending order, the regions were Lakeside (18.4%), Northfield (12.9%) and Eastmoor (7.5%).",
    "Listed from largest to smallest, the grants went to Harlow with $9,410, Dunmore with $7,260 and Kelby with $3,905.",
]


@pytest.mark.parametrize("text", IN_ORDER)
def test_a_list_said_to_run_in_order_of_size_is_ordered(text):
    links = orders(text)
    assert len(links) == 2 and all(certain for *_, certain in links)
    assert verdicts(text) and all(s is Status.CONSISTENT for s, _ in verdicts(text))


@pytest.mark.parametrize("text, old, new", [
    (IN_ORDER[0], "305 million", "505 million"),
    (IN_ORDER[1], "7.5%", "17.5%"),
    (IN_ORDER[2], "$3,905", "$8,905"),
])
def test_an_item_out_of_the_stated_order_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new))]


def test_a_list_in_ascending_order_runs_upwards():
    text = "In ascending order, the rates were Harlow 2.1%, Dunmore 3.4% and Kelby 5.8%."
    assert [(a, b) for a, b, _ in orders(text)] == [("3.4%", "2.1%"), ("5.8%", "3.4%")]


def test_the_leader_before_a_list_that_followed_it_in_order_is_uncertain():
    text = ("Container ships stayed the largest segment, contributing 143 million tons. In order of importance "
            "followed the tankers, with 105 million tons, and the bulk carriers, with 79 million tons.")
    assert ("143 million tons", "105 million tons", False) in orders(text)
    wrong = text.replace("143 million", "93 million")
    assert (Status.UNDETERMINED, ("93 million tons", "105 million tons")) in verdicts(wrong)


@pytest.mark.parametrize("text", [
    "In alphabetical order, the grants went to Dunmore with $9,410, Harlow with $7,260 and Kelby with $9,905.",
    "In order of appearance, the speakers drew 412 votes, 605 votes and 388 votes.",
    # the figures after the words of order are not a list of named items
    "Listed in order of importance, the project cost $9,410 in 2021 and $12,260 in 2022.",
    # changes, not levels
    "In descending order, Harlow grew by 4.1%, Dunmore by 6.9% and Kelby by 2.0%.",
])
def test_no_order_without_words_of_order_of_size_over_named_levels(text):
    assert orders(text) == []


# --- the leader of a ranking and the rest: other items its sentence gives, items that "came behind" ---

RIVALS = [
    ("Ticket sales were the largest income stream at £412k, while sponsorship came to £265k.", ("£412k", "£265k")),
    ("The most popular route was the coastal line, with 84,120 riders; the valley line carried 61,300 riders.",
     ("84,120", "61,300")),
    ("Coal remained the biggest source of power at 41,200 GWh, and gas supplied 27,500 GWh.", ("41,200 GWh", "27,500 GWh")),
]


@pytest.mark.parametrize("text, pair", RIVALS)
def test_the_leader_and_another_item_of_its_sentence_are_ordered_uncertainly(text, pair):
    assert (*pair, False) in orders(text)
    leader, other = pair
    wrong = text.replace(other, "9" + other[1:] if other[0] != "£" else "£9" + other[2:])
    found = verdicts(wrong)
    assert found and all(status is Status.UNDETERMINED for status, _ in found)


@pytest.mark.parametrize("text", [
    # the same item a year before
    "Ticket sales were the largest income stream at £412k, while a year earlier they came to £465k.",
    "Ticket sales were the largest income stream at £412k, up from £365k.",
    # a whole beside its largest part
    "Ticket sales were the largest income stream at £412k, while total income came to £965k.",
    # no superlative
    "Ticket sales brought in £412k, while sponsorship came to £265k.",
    # another ranking, of another measure
    "Maths had the highest number of passes, with £412k raised, while Art had the most failures, with £265k.",
])
def test_no_rival_without_a_leader_and_another_item_of_its_own(text):
    assert [pair for pair in orders(text) if pair[0] == "£412k"] == []


def test_the_other_end_of_the_ranking_is_no_rival_but_the_bottom_of_the_order():
    text = "Ticket sales were the largest income stream at £412k, while the smallest, catering, came to £65k."
    links = [link for link in meaning_of(text).orders if link.larger.text == "£412k"]
    assert [(link.smaller.text, link.grammar) for link in links] == [("£65k", "the top and the bottom of one order")]


BEHIND = [
    "The most visited park was Lakeside, which drew 94,310 visitors. Northfield (81,200) and Eastmoor (66,050) came close behind.",
    "Kenya was the top market with 48,210 buyers. Uganda (31,904), Rwanda (29,870) and Burundi (12,400) trailed behind.",
    "The largest lender was Orbit Bank with $4.1 billion in loans. Vela Bank ($3.6 billion) followed some way behind.",
]


@pytest.mark.parametrize("text", BEHIND)
def test_items_that_came_behind_the_leader_are_below_it(text):
    links = orders(text)
    leader = links[0][0]
    certain = [b for a, b, c in links if c]
    assert certain and all(a == leader for a, b, c in links if c)


def test_an_item_that_came_behind_but_is_larger_is_an_error():
    text = BEHIND[1].replace("29,870", "59,870")
    found = verdicts(text)
    assert (Status.INCONSISTENT, ("48,210", "59,870")) in found
    assert (Status.UNDETERMINED, ("31,904", "59,870")) in found


@pytest.mark.parametrize("text", [
    # nobody leads: "behind" the schedule
    "Uganda shipped 31,904 units and Rwanda 29,870, and deliveries came behind.",
    "Kenya sold 48,210 units. Uganda (31,904) and Rwanda (29,870) came behind schedule.",
    # a leader three sentences back
    "Kenya was the top market with 48,210 buyers. Prices rose. Costs fell. Uganda (51,904) came close behind.",
])
def test_no_order_behind_without_a_leader_just_before(text):
    assert [pair for pair in orders(text) if pair[2]] == []


# --- the lowest (highest) since a year, and the level that year had ---------------------------------

SINCE = [
    ("Road deaths fell to 412, the lowest since 1987, when the toll was 398.", ("412", "398")),
    ("At 6,120 cases, it is 95 less than the 6,215 in 2022, and it is the lowest since 2004 which was 5,980.",
     ("6,120", "5,980")),
    ("Crime fell to 4,214 cases, the lowest number since 2009 (4,105 cases).", ("4,214", "4,105")),
]


@pytest.mark.parametrize("text, pair", SINCE)
def test_the_lowest_since_a_year_is_at_least_that_years_level(text, pair):
    assert (*pair, True) in orders(text)


def test_the_highest_since_a_year_is_at_most_that_years_level():
    text = "Unemployment rose to 9.4%, the highest level since 2007, when it was 9.9%."
    assert orders(text) == [("9.9%", "9.4%", True)]
    assert verdicts(text.replace("9.9%", "8.9%")) == [(Status.INCONSISTENT, ("8.9%", "9.4%"))]


@pytest.mark.parametrize("text, old, new", [(SINCE[0][0], "398", "498"), (SINCE[2][0], "4,105", "4,305")])
def test_a_year_below_the_lowest_since_it_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new))]


@pytest.mark.parametrize("text", [
    # the year's figure is of another measure
    "Road deaths fell to 412, the lowest since 1987, when 12.5% of drivers were uninsured.",
    # no level of that year given
    "Road deaths fell to 412, the lowest since 1987. Injuries numbered 398.",
    # the figure after is not the year's: "since" a date, not a ranking
    "Road deaths have fallen since 1987 to 412, with 398 in the cities.",
])
def test_no_order_without_the_years_own_level(text):
    assert orders(text) == []


# --- places on a list's items without a verb; a leader that "led with"; a list opening its sentence ---

BARE_PLACES = [
    "Ghana led with 412 tonnes, Mali second with 388 tonnes and Niger third with 205 tonnes.",
    "Ghana was first with 412 tonnes, Mali second with 388 tonnes, Niger third with 205 tonnes.",
    "Ghana topped the table with 412 tonnes. It was followed by Mali with 388 tonnes and Niger with 205 tonnes.",
]


@pytest.mark.parametrize("text", BARE_PLACES)
def test_places_on_items_and_lists_opening_a_sentence_are_ordered(text):
    pairs = [(a, b) for a, b, certain in orders(text) if certain]
    assert {("412 tonnes", "388 tonnes"), ("388 tonnes", "205 tonnes")} <= set(pairs)
    assert set(pairs) <= {("412 tonnes", "388 tonnes"), ("388 tonnes", "205 tonnes"), ("412 tonnes", "205 tonnes")}


@pytest.mark.parametrize("text", BARE_PLACES)
def test_an_item_above_the_place_before_is_an_error(text):
    found = verdicts(text.replace("205 tonnes", "395 tonnes"))
    assert (Status.INCONSISTENT, ("388 tonnes", "395 tonnes")) in found


@pytest.mark.parametrize("text", [
    # halves of a year, not places
    "Sales were 4,100 units in the first half and fell in the second with 3,900 units.",
    "Output came to 412 tonnes in the first quarter, and the second with 438 tonnes was better.",
    # "led by" names what drove a figure
    "Exports, led by oil with 412 tonnes, rose; metals came second with 438 tonnes in 2023 and 401 tonnes in 2022.",
    # a sentence that opens "followed by" with items of two measures
    "It was followed by Mali with 388 tonnes and Niger with 12.5% of the market.",
])
def test_no_places_from_ordinals_that_name_no_item_or_lists_of_two_measures(text):
    assert [pair for pair in orders(text) if pair[2]] == []


# --- a list after "behind"; a record against the "previous mark" ----------------------------------------

BEHIND_LIST = [
    "Match revenue of €527.6m ranked fourth, behind media (€933.3m), advertising (€772.5m) and transfers (€532.6m).",
    "Rail carried 18.2% of freight, behind road (61.0%) and pipelines (20.8%).",
    "The Wren sold 1,204 units, well behind the Lark with 4,118 units and the Heron with 2,907 units.",
]


@pytest.mark.parametrize("text", BEHIND_LIST)
def test_the_figure_before_behind_is_at_most_each_item(text):
    links = orders(text)
    first = links[0][1]
    assert all(smaller == first for _, smaller, certain in links if certain)
    assert any(not certain for *_, certain in links)


@pytest.mark.parametrize("text, old, new", [
    (BEHIND_LIST[0], "€527.6m", "€627.6m"), (BEHIND_LIST[1], "18.2%", "28.2%"), (BEHIND_LIST[2], "1,204", "3,204")])
def test_a_figure_above_what_it_is_behind_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new))]


@pytest.mark.parametrize("text", [
    "Deliveries of 1,204 units fell behind schedule, with 4,118 units ordered.",
    "Rail carried 18.2% of freight, behind the 20.0% target.",
])
def test_no_order_behind_what_names_no_item(text):
    assert [pair for pair in orders(text) if pair[2]] == []


@pytest.mark.parametrize("text", [
    "Attendance set a new record of 371,212. The previous mark of 367,974 was set in 1998.",
    "Output hit a record 9,412 tonnes. The previous best was 9,105 tonnes in 2019.",
])
def test_a_record_and_the_previous_mark(text):
    assert len(orders(text)) == 1
    wrong = text.replace("367,974", "377,974").replace("9,105", "9,505")
    assert Status.INCONSISTENT in [s for s, _ in verdicts(wrong)]


# --- a series' average and its peak or low in one sentence ------------------------------------------

AVERAGE_AND_PEAK = [
    ("The port handled an average of 23,000 passengers a day, with the number peaking above 30,000 over Easter.",
     ("30,000", "23,000")),
    ("Sales averaged 1,200 units a week in 2023, peaking at 1,950 units in December.", ("1,950", "1,200")),
    ("Wait times averaged 41 minutes, with a low of 18 minutes in August.", ("41", "18")),
]


@pytest.mark.parametrize("text, pair", AVERAGE_AND_PEAK)
def test_a_peak_is_at_least_the_average_and_a_low_at_most(text, pair):
    assert orders(text) == [(*pair, True)]


@pytest.mark.parametrize("text, old, new", [
    (AVERAGE_AND_PEAK[1][0], "1,950", "950"), (AVERAGE_AND_PEAK[2][0], "18 minutes", "48 minutes")])
def test_a_peak_below_the_average_is_an_error(text, old, new):
    assert [s for s, _ in verdicts(text.replace(old, new))] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # a bound on something else
    "The port handled an average of 23,000 passengers a day, and as many as 400 ships.",
    # two averages: whose peak is not said
    "Buses carried an average of 9,100 riders and trams an average of 4,200, peaking at 12,500.",
    # a peak of another kind of figure
    "Sales averaged 1,200 units a week, peaking at 14% above plan in December.",
])
def test_no_order_between_an_average_and_what_is_not_its_peak(text):
    assert orders(text) == []


@pytest.mark.parametrize("text, status", [
    ("Kenya slipped to third place behind India (412 million kg) as a tea exporter, shipping 398 million kg.",
     "consistent"),
    ("Kenya slipped to third place behind India (412 million kg) as a tea exporter, shipping 498 million kg.",
     "inconsistent"),
    ("The club finished second behind Rovers (81 goals) in the scoring table, with 76 goals.", "consistent"),
])
def test_a_place_behind_a_rivals_figure_then_the_subjects(text, status):
    from _reading import verdicts
    assert [s for s, _ in verdicts(text, "ranking")] == [status]


def test_behind_a_rival_with_no_figure_of_the_subject_orders_nothing():
    from _reading import verdicts
    assert verdicts("Kenya slipped to third place behind India (412 million kg) as a tea exporter.", "ranking") == []


# --- the look back for the place before a "next came" is made only for a figure after those words --------


def _kin_tests(monkeypatch, paragraphs: int) -> int:
    return unit_comparisons_in_orders(monkeypatch, "Region {k} ranked first with 1{k}00 tonnes of tin. Mine {k} produced 5{k}0 tonnes and mine {k}b 4{k}0 tonnes.", paragraphs)


def test_a_figure_with_no_words_of_a_next_place_is_not_compared_with_every_figure_placed_before(monkeypatch):
    # (each figure without a place looked back through all the figures placed so far: time grew with the
    # square of a long section's length)
    few, many = _kin_tests(monkeypatch, 20), _kin_tests(monkeypatch, 80)
    assert many <= 5 * few  # four times the text: about four times the comparisons, never sixteen


def test_next_came_still_takes_the_place_after_the_one_before():
    links = orders("Region A ranked first with 1,200 tonnes of tin. Next came Region B with 900 tonnes.")
    assert ("1,200 tonnes", "900 tonnes", True) in links
