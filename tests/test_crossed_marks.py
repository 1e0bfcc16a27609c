"""A level said to cross or outdo a mark (grammar.order.crossed_marks): at most the mark when it "dropped below"
it, at least the mark when it "rose above" or "surpassed" it. The level is the figure the crossing goes "to",
the subject's figure before the verb, the figure of the sentence before that the crossing points back at
("With this figure, ..."), or the level opening the next sentence ("At 387, ..."). Checked by the comparison
check. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


def crossings(text: str) -> set[tuple[str, str, bool]]:
    return {(link.larger.text, link.smaller.text, link.certain) for link in meaning_of(text).crossings}


@pytest.mark.parametrize("text, pair", [
    # the level opening the next sentence
    ("Entries for the city marathon keep falling, dropping below 20,000 for the first time since 2004. At 19,350, "
     "they are 900 fewer than last year.", ("20,000", "19,350")),
    # the level the crossing goes to
    ("Hospital admissions fell below 3,000 in March to 2,870, the fewest in a decade.", ("3,000", "2,870")),
    ("The school roll rose above 1,500 this term, reaching 1,540.", ("1,540", "1,500")),
    # the subject's level before the verb
    ("Season ticket sales of 41,200 surpassed the previous record of 39,800 set in 2015.", ("41,200", "39,800")),
    # the figure of the sentence before, pointed back at
    ("The council collected £88.4 million in parking fees in 2023. With this figure, it surpasses the £85 million "
     "budgeted for the year, as well as the income of 2022, which came to £79.1 million.", ("£88.4 million", "£85 million")),
    ("The council collected £88.4 million in parking fees in 2023. With this figure, it surpasses the £85 million "
     "budgeted for the year, as well as the income of 2022, which came to £79.1 million.", ("£88.4 million", "£79.1 million")),
])
def test_a_level_lies_on_the_side_of_the_mark_it_crossed(text, pair):
    assert (*pair, True) in crossings(text)
    assert (Status.CONSISTENT, pair) in verdicts(text)


@pytest.mark.parametrize("text, old, new, pair", [
    ("Entries for the city marathon keep falling, dropping below 20,000 for the first time since 2004. At 19,350, "
     "they are 900 fewer than last year.", "19,350", "21,350", ("20,000", "21,350")),
    ("Hospital admissions fell below 3,000 in March to 2,870, the fewest in a decade.", "2,870", "3,870",
     ("3,000", "3,870")),
    ("Season ticket sales of 41,200 surpassed the previous record of 39,800 set in 2015.", "41,200", "38,200",
     ("38,200", "39,800")),
    ("The council collected £88.4 million in parking fees in 2023. With this figure, it surpasses the £85 million "
     "budgeted for the year.", "£88.4 million", "£81.4 million", ("£81.4 million", "£85 million")),
])
def test_a_level_on_the_wrong_side_of_its_mark_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


def test_a_forecast_level_is_never_an_error():
    text = "Sales are expected to rise above 12,000 next year, reaching 11,400."
    assert all(not certain for *_, certain in crossings(text))
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


@pytest.mark.parametrize("text", [
    # figures side by side, no crossing
    "The clinic treated 3,200 patients in the north and 4,100 in the south.",
    # a crossing whose level is never given
    "Exports dropped below 5,000 tonnes in May. Imports were 7,200 tonnes.",
    # 'passed' of a law, the figures of something else
    "The council passed the 2024 budget of £41 million, and spent £44 million on roads.",
])
def test_no_crossing_without_a_level_that_crossed(text):
    assert not [c for c in crossings(text) if c[2]]
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))


@pytest.mark.parametrize("text, pair", [
    # a rate, its mark and level percentages
    ("The jobless rate in the province slipped under 6 per cent for the first time in a decade. It now stands at "
     "5.7 per cent.", ("6 per cent", "5.7 per cent")),
    ("Vacancy rates fell below 3% in June, to 2.6%.", ("3%", "2.6%")),
    # a verb of the clause in -ing before the level
    ("Grain exports exceeded the 4.2 million tonnes forecast, ending the season at 4.45 million tonnes.",
     ("4.45 million tonnes", "4.2 million tonnes")),
])
def test_the_level_may_be_a_rate_or_follow_a_verb_in_ing(text, pair):
    assert (*pair, True) in crossings(text)


@pytest.mark.parametrize("text, old, new, pair", [
    ("Vacancy rates fell below 3% in June, to 2.6%.", "2.6%", "3.4%", ("3%", "3.4%")),
    ("Grain exports exceeded the 4.2 million tonnes forecast, ending the season at 4.45 million tonnes.",
     "4.45 million", "3.95 million", ("3.95 million tonnes", "4.2 million tonnes")),
])
def test_a_rate_or_an_ing_level_on_the_wrong_side_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


@pytest.mark.parametrize("level, status", [("232 km", "consistent"), ("212 km", "inconsistent")])
def test_a_figure_pointed_back_at_is_the_level_not_the_plan_it_was_set_against(level, status):
    text = (f"Crews laid {level} of track in 2023, against a plan of 250 km. "
            "With this total, the program surpassed the 228 km of 2021.")
    assert verdicts_of(text, "comparison") == [(Status(status), (level, "228 km"))]


@pytest.mark.parametrize("text, pair, status", [
    # a round figure named as a mark is exact: a level past it by any amount is on its side
    ("Ticket prices stayed below the £50 threshold, at £52.", ("£50", "£52"), Status.INCONSISTENT),
    ("Ticket prices stayed below the £50 threshold, at £48.", ("£50", "£48"), Status.CONSISTENT),
    ("Cases fell below the 500 mark for the first time, to 512.", ("500", "512"), Status.INCONSISTENT),
    ("Sales climbed past the 5,000 mark, to 4,960.", ("4,960", "5,000"), Status.INCONSISTENT),
])
def test_a_mark_is_exact_however_round(text, pair, status):
    assert (status, pair) in verdicts(text)



@pytest.mark.parametrize("text, pair, status", [
    # a result set against a plan or forecast named with words of its own: the plan is no forecast of the result
    ("The charity exceeded its fundraising goal of £2 million, collecting £2.3 million.", ("£2.3 million", "£2 million"),
     Status.CONSISTENT),
    ("The charity exceeded its fundraising goal of £2 million, collecting £1.8 million.", ("£1.8 million", "£2 million"),
     Status.INCONSISTENT),
    ("The council missed its recycling target of 50%, reaching 47%.", ("50%", "47%"), Status.CONSISTENT),
    ("The council missed its recycling target of 50%, reaching 53%.", ("50%", "53%"), Status.INCONSISTENT),
    ("The bank beat analysts' forecasts of $1.2 billion with a profit of $1.3 billion.", ("$1.3 billion", "$1.2 billion"),
     Status.CONSISTENT),
    ("At 5.1%, growth outstripped the government's forecast of 5.6%.", ("5.1%", "5.6%"), Status.INCONSISTENT),
    ("Enrolment came in under the cap of 1,200 students, at 1,260.", ("1,200", "1,260"), Status.INCONSISTENT),
    ("Emissions remain above the legal limit of 40 micrograms, at 46 micrograms.", ("46", "40"), Status.CONSISTENT),
    ("Output fell short of the 40,000-tonne target, at 42,300 tonnes.", ("40,000-tonne", "42,300 tonnes"),
     Status.INCONSISTENT),
])
def test_a_result_against_a_plan_or_limit(text, pair, status):
    assert (status, pair) in verdicts(text)


@pytest.mark.parametrize("text", [
    # the result itself still a forecast
    "The charity expects to exceed its fundraising goal of £2 million, collecting £1.8 million.",
    "Analysts say the bank will beat forecasts of $1.2 billion with a profit of $1.1 billion.",
])
def test_a_forecast_result_against_a_plan_is_never_an_error(text):
    assert not any(status is Status.INCONSISTENT for status, _ in verdicts(text))
