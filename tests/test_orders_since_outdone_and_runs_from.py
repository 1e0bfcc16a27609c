"""Three order readings (grammar.order): the highest (lowest) since a time that is no bare year ("since the 2016-17
season", "since March 2019") and whose level a "when" clause names by a noun ("when deliveries came to"), the ranked
level also in the sentence before when the sentence has none ("It was the lowest ... since 2015, when ..."); a verb of
outdoing between two named items each with its figure beside its name ("Spain ($2.6 billion) has overtaken France ($2.3
billion)"); and the levels of a series said to move at every step, run "from" the first "to" the next ("rose every
year: from $3.1 billion in 2019 to $3.4 billion in 2020, $3.6 billion in 2021 and ..."). The texts are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def orders(text: str) -> set[tuple[str, str, bool]]:
    meaning = meaning_of(text)
    return {(link.larger.text, link.smaller.text, link.certain) for link in (*meaning.orders, *meaning.series_orders)}


# --- the highest (lowest) since a time ---------------------------------------------------------------

SINCE = [
    # a season, its level named by a noun in the "when" clause
    ("Output fell to 77.9 lakh tonnes, the lowest since the 2014-15 season, when production came to 74.9 lakh tonnes.",
     ("77.9 lakh tonnes", "74.9 lakh tonnes")),
    # a month and year
    ("Approvals rose to 4,118 in May, the highest since March 2019, when councils approved 4,390.", ("4,390", "4,118")),
    # a comparison's base between the ranked level and the superlative is not the level ranked
    ("Occupancy averaged 81.5%, ahead of the 78.0% of a year earlier, and the highest since 2008, when it reached 83.2%.",
     ("83.2%", "81.5%")),
    # the ranked level in the sentence before, the sentence pointing back
    ("Dairies took in 412.6 million litres in the quarter. It was the lowest intake since 2015, when deliveries came to "
     "405.3 million litres.", ("412.6 million litres", "405.3 million litres")),
]


@pytest.mark.parametrize("text, pair", SINCE)
def test_the_extreme_since_a_time_is_ordered_against_that_times_level(text, pair):
    assert (*pair, True) in orders(text)


@pytest.mark.parametrize("text, pair", SINCE)
def test_the_other_way_round_is_an_error(text, pair):
    larger, smaller = pair
    # swap the two levels' values: the order the words state then fails
    swapped = text.replace(larger, "@@").replace(smaller, larger).replace("@@", smaller)
    assert (Status.INCONSISTENT, (smaller, larger)) in verdicts(swapped, "ranking") \
        or (Status.INCONSISTENT, (larger, smaller)) in verdicts(swapped, "ranking")


def test_a_subject_naming_the_measure_by_another_word_is_only_likely():
    text = ("Butter output reached 18,450 tonnes in the quarter. Butter production was the highest since the 2016-17 "
            "season, when it came to 17,950 tonnes.")
    assert ("17,950 tonnes", "18,450 tonnes", False) in orders(text)


@pytest.mark.parametrize("text", [
    # the sentence before gives two levels of the unit: which one is ranked is not said
    "Imports were 412 tonnes and exports 398 tonnes. It was the lowest since 2015, when it came to 380 tonnes.",
    # the sentence before gives the level of a year before, set against another
    "Output was 81.2 tonnes, against 77.9 tonnes a year earlier. Production was the lowest since 2015, when it came to "
    "74.9 tonnes.",
    # another paragraph
    "Output was 81.2 tonnes.\n\nIt was the lowest since 2015, when it came to 74.9 tonnes.",
    # the subject names nothing the sentence before names
    "Exports reached 81.2 tonnes. Rainfall was the lowest since 2015, when it came to 74.9 tonnes.",
])
def test_no_level_ranked_from_the_sentence_before_unless_one_is_meant(text):
    assert not any(link[1] == "74.9 tonnes" or link[0] == "74.9 tonnes" or "380 tonnes" in link[:2]
                   for link in orders(text))


# --- a verb of outdoing between two named items ------------------------------------------------------

OUTDONE = [
    "Spain ($2.6 billion) has now overtaken France ($2.3 billion) as the largest market.",
    "Spain, with $2.6 billion, overtook France, with $2.3 billion.",
    "Spain's $2.6 billion of purchases surpassed France's $2.3 billion.",
    "Electric cars (2.6 million) outsold diesel models (2.3 million) for the first time.",
]


@pytest.mark.parametrize("text", OUTDONE)
def test_the_item_that_outdid_the_other_has_the_larger_figure(text):
    found = verdicts(text, "ranking")
    assert found and all(status is Status.CONSISTENT for status, _ in found)
    wrong = verdicts(text.replace("2.3", "2.8"), "ranking")
    assert Status.INCONSISTENT in [status for status, _ in wrong]


@pytest.mark.parametrize("text", [
    # the second figure is no rival's: a target in other words
    "The company, with 412 staff, beat its target of 450 hires.",
    # two others taken together: read as a sum, not the first alone
    "Europe's total of 32,628 exceeded the grants to US firms (14,605) and Asian firms (15,509) taken together.",
    # a forecast against a stated level
    "Spain (2.6 million) is expected to overtake France (2.8 million) next year.",
])
def test_no_outdoing_between_figures_not_both_named_rivals(text):
    alone = {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).orders if not link.together}
    assert not any(link[2] for link in alone if {link[0], link[1]} in ({"412", "450"}, {"32,628", "14,605"},
                                                                              {"2.6 million", "2.8 million"}))


# --- a series run "from" its first level ----------------------------------------------------------------

def test_a_series_said_to_rise_every_year_from_its_first_level():
    text = ("Exports rose every year between 2019 and 2022: from $3.1 billion in 2019 to $3.4 billion in 2020, "
            "$3.6 billion in 2021 and $3.9 billion in 2022.")
    assert {("$3.4 billion", "$3.1 billion", True), ("$3.6 billion", "$3.4 billion", True),
            ("$3.9 billion", "$3.6 billion", True)} <= orders(text)
    assert (Status.INCONSISTENT, ("$3.2 billion", "$3.4 billion")) in verdicts(text.replace("$3.6", "$3.2"), "comparison")


@pytest.mark.parametrize("text", [
    # "to" after a level that no "from" opened: two levels of one clause, not a run
    "Exports rose every year: $3.1 billion in 2019 to $3.4 billion in 2020, with $3.2 billion in 2021.",
    # no direction said for the run
    "Exports were reported as follows: from $3.1 billion in 2019 to $3.4 billion in 2020, $3.2 billion in 2021.",
])
def test_no_run_from_without_from_or_without_a_direction(text):
    assert ("$3.2 billion", "$3.4 billion", True) not in orders(text) \
        and ("$3.4 billion", "$3.2 billion", True) not in orders(text)


# --- an item said to outdo another, then each one's figure after a colon -----------------------------

def test_the_item_said_to_outdo_the_other_has_the_larger_figure_after_the_colon():
    text = "Shipments to Spain overtook those to France: Spain took $2.6 billion of goods and France $2.3 billion."
    assert ("$2.6 billion", "$2.3 billion", True) in orders(text)
    assert (Status.INCONSISTENT, ("$2.6 billion", "$2.8 billion")) in verdicts(text.replace("2.3", "2.8"), "ranking")
    swapped = "Shipments to Spain overtook those to France: France took $2.3 billion of goods and Spain $2.6 billion."
    assert ("$2.6 billion", "$2.3 billion", True) in orders(swapped)


@pytest.mark.parametrize("text", [
    # the colon's clause names items the clause before does not set against each other
    "Exports exceeded forecasts: exports reached $2.6 billion and imports $2.8 billion.",
    # one item named before both figures
    "Spain overtook France: Spain took $2.6 billion of goods in 2023 and $2.8 billion in 2022.",
])
def test_no_order_when_the_colon_does_not_name_each_item_before_its_figure(text):
    assert not [link for link in orders(text) if "an item said to outdo" in link[0]] and \
        not [link for link in meaning_of(text).orders if link.grammar.startswith("an item said to outdo")]


# --- a share in apposition after its fraction in words (grammar.order._share_set_off) -------------------

APPOSED = [
    ("More than half of respondents, {}, said they were satisfied.", "52.8%", "47.2%"),
    ("Nearly a third of households, {}, own a car.", "31.4 per cent", "36.1 per cent"),
    ("Just under half of the workforce - {} - is female.", "48.9%", "51.3%"),
    ("Fewer than one in five pupils, {}, walk to school.", "17.6%", "22.4%"),
]


@pytest.mark.parametrize("text, fits, wrong", APPOSED)
def test_a_share_set_off_by_commas_or_dashes_lies_on_the_hedges_side(text, fits, wrong):
    assert [status for status, _ in verdicts(text.format(fits), "comparison")] == [Status.CONSISTENT]
    assert [status for status, _ in verdicts(text.format(wrong), "comparison")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # a clause with its own verb between: another share
    "More than half of the land is forested, 12.3%, while farms cover the rest.",
    # the share is of another period or of another whole
    "More than half of respondents, 38.1% in 2019, said they were satisfied.",
    "Nearly a third of sales, 12.4% of the whole market, went abroad.",
    "More than half of respondents, 61% of whom were women, said they were satisfied.",
    # a dash opened and a comma closing it: no apposition
    "More than half of respondents - 38.1%, by one count - said they were satisfied.",
])
def test_no_share_read_beside_a_fraction_it_does_not_restate(text):
    assert [status for status, _ in verdicts(text, "comparison") if status is Status.INCONSISTENT] == []


# --- a level given "at" in apposition beside words placing it above (below) another figure -------------

AT_BESIDE = [
    # (text, the level, the other figure, the level that breaks the words)
    ("Unemployment is still above its pre-pandemic level of 3.5%, at {}.", "3.9%", "3.5%", "3.2%"),
    ("Inflation stayed above its ten-year average of 2.1% for a third year, at {}.", "2.8%", "2.1%", "1.6%"),
    ("Unemployment, at {}, is still above its pre-pandemic level of 3.5%.", "3.9%", "3.5%", "3.2%"),
    ("Exports were below the 2019 level of $4.1 billion, at {}.", "$3.8 billion", "$4.1 billion", "$4.4 billion"),
    ("At {}, the index remained in contraction territory, below the 50.0 mark.", "48.7", "50.0", "52.1"),
]


@pytest.mark.parametrize("text, level, other, wrong", AT_BESIDE)
def test_a_level_given_at_lies_on_the_side_the_words_say(text, level, other, wrong):
    assert [status for status, figs in verdicts(text.format(level), "comparison") if set(figs) == {level, other}] \
        == [Status.CONSISTENT]
    assert [status for status, figs in verdicts(text.format(wrong), "comparison") if set(figs) == {wrong, other}] \
        == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # a figure between the mark and "at": the level is of another breakdown
    "The rate was above 5% in 12 regions, at 6.1% on average in the north.",
    # another measure (a share and a count)
    "Turnout was above the 2019 level of 61%, at 4.2 million voters.",
    # no words of standing: "at" gives a time's level, not the placed one
    "Prices rose above 2% in May, at 1.9% in June.",
])
def test_no_level_placed_by_words_it_does_not_stand_beside(text):
    assert not [link for link in meaning_of(text).crossings if link.grammar.startswith("a level given 'at'")]
