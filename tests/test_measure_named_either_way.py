"""One measure named either way round: a noun with a bare phrase after "of" ("landings of mackerel", "the
value of coffee exports") is headed by that noun, as the compound is ("mackerel landings", "coffee export
value") (measures.name_of); an absolute phrase "with X at N" names the figure; whose the measure is may be
said as a possessive or as a phrase after the measure ("The airport's 3.6 million arrivals", "Arrivals at
the airport hit 3.2 million"). Another measure of the same shape stays apart. The texts are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.grammar import measures
from auditor.model import Status

CHECK = "same-measure-conflict"

TOLD = [
    ("Landings of mackerel came to 2,845 tonnes in 2020. Mackerel landings, at {} tonnes in 2020, were the lowest "
     "in a decade.", "2,845", "2,600"),
    ("The value of coffee exports was $86.3 million in 2021. Coffee export value, at ${} million in 2021, rose for "
     "a third year.", "86.3", "88.1"),
]


@pytest.mark.parametrize("text, right, wrong", TOLD)
def test_a_measure_named_with_of_and_as_a_compound_is_one(text, right, wrong):
    assert not errors(text.format(right), CHECK)
    assert errors(text.format(wrong), CHECK)


DECOYS = [
    "The value of coffee exports was $86.3 million in 2021. Coffee export volume, at $52.1 million in 2021, rose.",
    "Landings of mackerel came to 2,845 tonnes in 2020. Herring landings, at 1,920 tonnes in 2020, were the lowest.",
    "Arrivals at the airport hit 3.2 million in 2022. The airport's 3.6 million arrivals in 2023 were a record.",
    "Arrivals at the airport hit 3.2 million in 2022. The port's 3.6 million arrivals in 2022 were a record.",
    # the later clause names a subject the first did not: a part ("to Asia")
    "Exports of wine came to 812 containers in 2023. Wine exports to Asia, at 640 containers in 2023, doubled.",
    "The region's farms sold 9,400 tonnes of apples in 2022. Its organic farms sold 2,100 tonnes of apples in 2022.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_another_measure_subject_or_period_stays_apart(text):
    assert not errors(text, CHECK)


def test_the_noun_before_of_heads_the_phrase():
    meaning = meaning_of("Landings of mackerel came to 2,845 tonnes. The number of graduates was 1,200.")
    names = [measures.name_of(meaning.segment_of(f), meaning.frame(f).slot) for f in meaning.figures]
    assert [(n.head, sorted(n.words)) for n in names] == [("landing", ["mackerel"]), ("graduate", [])]


def test_with_a_phrase_at_the_figure_names_it():
    meaning = meaning_of("With turnout at 63% in the referendum, the result is binding.")
    name = measures.name_of(meaning.segment_of(meaning.figures[0]), 0)
    assert name.head == "turnout"


def test_a_possessive_and_a_phrase_after_the_measure_name_one_subject():
    text = "Arrivals at the airport hit 3.2 million in 2022. The airport's 3.6 million arrivals in 2022 were a record."
    assert [s for s, _ in verdicts(text, CHECK)] == [Status.UNDETERMINED]


def test_the_name_is_read_once_per_words_and_unit():
    """name_of is kept per document by the words around the slot and the figure's unit: a percentage
    and a count in the same words are named each by its own reading (a noun after a percentage names
    no measure), however often and in whatever order they are asked for."""
    meaning = meaning_of("Hiring picked up. About 12% workers were hired. About 1,200 workers were hired.")
    percent_seg, count_seg = meaning.segments[1], meaning.segments[2]
    assert percent_seg.skeleton == count_seg.skeleton  # the same words, two units
    for _ in range(2):
        assert measures.name_of(percent_seg, 0).head == ""
        assert measures.name_of(count_seg, 0).head == "worker"
