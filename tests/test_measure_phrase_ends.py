"""A figure's measure is a noun phrase: it ends before the finite verb of its clause ("candidates sat the
examination"), a verb right before the figure is no part of the phrase before it ("sugar exports touched"), a
phrasal verb's particle is no noun ("set aside"), and a name a preposition opens says whose the figure is, not
what it counts ("net revenue at Lakeshore Biotech"). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def measure_of(text: str, figure: str) -> str:
    (found,) = [f for f in meaning_of(text).figures if f.text == figure]
    return found.measure


ENDS_AT_ITS_VERB = [
    # a finite verb after the counted noun: an irregular past, a base form after a plural, an -s form after a singular
    ("In 2023, 412,680 candidates sat the leaving examination.", "412,680", "candidates"),
    ("The council said 58,900 candidates qualify for direct entry.", "58,900", "candidates"),
    ("The survey found that 2,400 households own a second car.", "2,400", "households"),
    # an existential verb keeps the place after it, which tells the part from the whole
    ("Across the country 3,120 places exist in colleges.", "3,120", "places in colleges"),
    # a verb right before the figure, after its subject
    ("Sugar exports touched 12.4 lakh tonnes in 2023.", "12.4 lakh tonnes", "sugar exports"),
    ("The bed occupancy rate averaged 52 per cent in the quarter.", "52 per cent", "bed occupancy rate"),
    ("Hospitals take R31.2 billion of the health vote.", "R31.2 billion", "hospitals"),
    ("Swordfish landings advanced by 85.5% in the quarter.", "85.5%", "swordfish landings"),
    ("The total cattle population shrinking to 5 million head is the lowest on record.", "5 million",
     "total cattle population"),
    ("Streaming now makes up 43 per cent of the market.", "43 per cent", "streaming"),
    # "more than" right before the figure hedges it: no comparison with the words before
    ("Assam's production went up more than 12.5 million kg in 2009.", "12.5 million kg", "assam's production"),
    ("Growth came from China, where arrivals more than doubled to 142,870.", "142,870", "arrivals"),
    # "last year" after the noun says when, and is no word of the measure
    ("The kingdom welcomed 27.84 million foreign visitors last year.", "27.84 million", "foreign visitors"),
    # money "on" a thing is spent on it: no place narrowing the measure before it
    ("Spending included RMB 817 million on education and RMB 96 million on science.", "RMB 96 million", "science"),
    # a name after a preposition: the noun phrase it qualifies
    ("Net revenue at Lakeshore Biotech rose 45% in the year.", "45%", "net revenue"),
    ("Films made in India brought in 19.8 billion rupees.", "19.8 billion rupees", "films"),
]


@pytest.mark.parametrize("text, figure, measure", ENDS_AT_ITS_VERB)
def test_a_measure_is_the_noun_phrase_before_the_verb(text, figure, measure):
    assert measure_of(text, figure) == measure


KEPT = [
    # a noun that looks like a verb after a singular noun ("the tax take", "the motor show")
    ("The tax take was 41.2 billion pounds.", "41.2 billion pounds", "tax take"),
    # a capitalised "-ed" word is a name's, not a verb ("United")
    ("Leeds United lost 83,000 pounds a week.", "83,000 pounds", "leeds united"),
    # a participle before a preposition qualifies the noun ("passengers landed in 2015")
    ("The port put the passengers landed in 2015 at 600,156.", "600,156", "passengers landed"),
    # a verb whose object counts what it names keeps it: "the mill produced" is the mill's production
    ("The mill produced 8,360 tonnes in July.", "8,360 tonnes", "mill produced"),
    # "out of": a preposition, not a particle
    ("The rate fell in five out of nine provinces.", "nine", "provinces"),
    # a name with no noun phrase before its preposition stays (nothing better names the figure)
    ("France had 33,893, followed by Maldives at 23,704.", "23,704", "maldives"),
    # a row label of a table set out in spaces: a participle after its noun ("Ore milled")
    ("Quarter                Q1        Q2\nOre milled (kt)     2,410     2,535\n", "2,410", "ore milled"),
    # a plural noun ending in "-s" that is also a verb's -s form: "college graduates"
    ("The number of college graduates reached 296,700.", "296,700", "college graduates"),
]


@pytest.mark.parametrize("text, figure, measure", KEPT)
def test_what_is_no_verb_stays_in_the_measure(text, figure, measure):
    assert measure_of(text, figure) == measure


def test_a_comparative_before_than_still_ends_the_phrase():
    # "higher than": the figure is what the subject is compared with, not the subject's own level
    assert measure_of("Unemployment in the north was higher than 7.5% last year.", "7.5%") != "unemployment in the north"


def test_a_particle_is_no_measure():
    assert measure_of("The minister set aside $412 million for the second year.", "$412 million") != "aside"
    assert measure_of("The top ten countries dug out 1,920 tonnes of gold.", "1,920 tonnes") != "out"


def test_a_time_after_in_is_no_place():
    text = "Net revenue rose from $78.5 million in fiscal 2022 to $133.8 million in fiscal 2023."
    assert "fiscal" not in measure_of(text, "$133.8 million")


def test_a_level_after_a_change_of_a_named_row_restates_the_new_cell():
    # the level after "go up by X to" is the row's new level, though its own words name the row again
    text = ("Light diesel oil will go up by Rs5.92 to Rs113.36 per litre.\n\n"
            "|Product|Existing price|Increase|New price|\n|---|---|---|---|\n"
            "|Light diesel oil|Rs84.77|Rs5.92|Rs90.69|\n")
    found = verdicts(text, "table-vs-text")
    assert (Status.INCONSISTENT, ("Rs113.36", "Rs90.69")) in found
