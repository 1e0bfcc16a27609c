"""A figure whose subject names its measure only by pointing back ("the figure", "the total", "it"):
"Cocoa shipments came to $61.8 million in 2023. In 2023 the total was $68.1 million."

The pointing subject takes the measure (and subject, not the period) of the one measure named before it, in its
sentence or the sentence before, of the same unit (`grammar.pointing_back`). The readings that need the measure then
pair it: the same measure stated twice, a change and the old level it is measured from, a multiple and its base.
Two measures before it, another subject brought in between ("..., while imports fell"), a place of its own ("In
Accra the figure was"), a time the pointer names ("that year") or a dummy "it" leave it unpaired.
"""
from __future__ import annotations

from _reading import errors, meaning_of, verdicts

from auditor.model import Status


def _measure_read(text: str, figure: str) -> str:
    meaning = meaning_of(text)
    (found,) = [f for f in meaning.figures if f.text == figure]
    return meaning.frame(found).figure.measure


# ---- the measure pointed back at ----------------------------------------------------------------------------------

def test_the_figure_takes_the_measure_named_in_the_sentence_before():
    text = "Cocoa shipments came to $61.8 million in 2023. In 2022 the figure had been $55.0 million."
    assert _measure_read(text, "$55.0 million") == "cocoa shipments"


def test_it_takes_the_rate_named_before_it():
    text = "Youth unemployment stood at 14.2% in April. A year earlier it stood at 15.9%."
    assert _measure_read(text, "15.9%") == "youth unemployment"


def test_a_pointer_after_another_measure_named_without_a_figure_stays_unresolved():
    text = "Cocoa exports rose to $4 billion in 2023, while coffee exports fell. In 2023 the figure was $2 billion."
    assert _measure_read(text, "$2 billion") == ""


def test_a_pointer_after_two_measures_of_its_unit_stays_unresolved():
    text = ("Cocoa exports came to $4.1 billion and coffee exports to $1.9 billion in 2023. In 2022 the figure "
            "was $3.2 billion.")
    assert _measure_read(text, "$3.2 billion") == ""


def test_a_figure_whose_words_say_it_is_a_share_or_a_gap_points_at_no_level():
    for text in ("Cocoa shipments came to $61.8 million in 2023. That was $9.5 million of all farm exports.",
                 "Cocoa shipments came to $61.8 million in 2023. That was $9.5 million more than planned.",
                 "Cocoa shipments came to $61.8 million in 2023, that is $9.5 million a month."):
        assert dict(meaning_of(text).pointed_back) == {}, text


def test_the_pointing_is_kept_with_the_figure_it_points_at():
    meaning = meaning_of("Cocoa shipments came to $61.8 million in 2023. In 2022 the figure had been $55.0 million.")
    by_text = {f.text: f.id for f in meaning.figures}
    assert dict(meaning.pointed_back) == {by_text["$55.0 million"]: by_text["$61.8 million"]}


# ---- the same measure stated twice ------------------------------------------------------------------------------

def test_the_total_of_the_same_year_stated_otherwise_is_flagged():
    text = "Cocoa shipments came to $61.8 million in 2023, the port authority said. In 2023 the total was $68.1 million."
    assert errors(text, "same-measure-conflict") == [("$61.8 million", "$68.1 million")]


def test_the_total_of_the_same_year_stated_alike_is_consistent():
    text = "Cocoa shipments came to $61.8 million in 2023, the port authority said. In 2023 the total was $61.8 million."
    assert verdicts(text, "same-measure-conflict") == [(Status.CONSISTENT, ("$61.8 million", "$61.8 million"))]


def test_another_measure_pointed_at_is_not_compared():
    # "the figure" is of coffee, which the sentence between names: no measure for it, no pair
    text = ("Cocoa shipments came to $61.8 million in 2023. Coffee shipments fell. In 2023 the figure was "
            "$18.4 million.")
    assert errors(text, "same-measure-conflict") == []


def test_a_place_of_its_own_is_another_subject():
    text = "Cocoa shipments came to $61.8 million in 2023. In Tema the figure was $18.4 million in 2023."
    assert errors(text, "same-measure-conflict") == []


def test_a_pointer_to_a_year_is_no_pointer_to_the_measure():
    text = "Cocoa shipments came to $61.8 million in 2023. That year cashew shipments were $18.4 million."
    assert errors(text, "same-measure-conflict") == []


def test_a_dummy_it_points_at_nothing():
    text = ("Cocoa shipments came to $61.8 million in 2023. It is expected that shipments in 2023 will be revised "
            "to $63.0 million.")
    assert errors(text, "same-measure-conflict") == []


# ---- a change and the old level a pointing subject gives ------------------------------------------------------

def test_a_rate_on_the_year_before_and_the_figure_of_that_year_are_checked():
    text = ("Cocoa shipments reached $61.8 million last year, up 9.4% on the year before. In 2022 the figure had "
            "been $51.7 million.")
    assert errors(text, "growth-rate") == [("9.4%", "$61.8 million", "$51.7 million")] or \
        [set(e) for e in errors(text, "growth-rate")] == [{"9.4%", "$61.8 million", "$51.7 million"}]


def test_a_rate_on_the_year_before_that_fits_the_figure_of_that_year_is_consistent():
    text = ("Cocoa shipments reached $61.8 million last year, up 19.5% on the year before. In 2022 the figure had "
            "been $51.7 million.")
    assert errors(text, "growth-rate") == []
    assert any(status is Status.CONSISTENT for status, _ in verdicts(text, "growth-rate"))


def test_a_rate_after_a_dated_level_reaches_the_figure_of_the_year_before():
    text = ("Cocoa shipments reached $61.8 million in 2023, up 9.4% on the year before. In 2022 the figure had "
            "been $51.7 million.")
    assert len(errors(text, "growth-rate")) == 1


# ---- a multiple and the base a pointing subject gives ----------------------------------------------------------

def test_a_multiple_of_the_year_before_against_the_figure_of_that_year_is_flagged():
    text = ("Cocoa shipments reached $61.8 million in 2023, more than three times the year before. In 2022 the "
            "figure had been $22.5 million.")
    assert [set(e) for e in errors(text, "ratio")] == [{"more than three times", "$61.8 million", "$22.5 million"}] \
        or [set(e) for e in errors(text, "ratio")] == [{"three times", "$61.8 million", "$22.5 million"}]


def test_a_multiple_of_the_year_before_that_fits_is_consistent():
    text = ("Cocoa shipments reached $61.8 million in 2023, more than three times the year before. In 2022 the "
            "figure had been $18.5 million.")
    assert errors(text, "ratio") == []
    assert any(status is Status.CONSISTENT for status, _ in verdicts(text, "ratio"))


def test_a_verb_of_multiplication_and_the_total_a_year_earlier_are_checked():
    text = "Cocoa shipments tripled to $61.8 million in 2023. A year earlier the total was $15.1 million."
    assert len(errors(text, "ratio")) == 1


def test_a_multiple_and_another_measures_level_are_not_paired():
    text = ("Cocoa shipments tripled to $61.8 million in 2023. Coffee shipments also grew. A year earlier the total "
            "was $15.1 million.")
    assert errors(text, "ratio") == []


def test_a_multiple_and_a_level_of_another_year_are_not_paired():
    text = ("Cocoa shipments reached $61.8 million in 2023, more than three times the year before. In 2019 the "
            "figure had been $22.5 million.")
    assert errors(text, "ratio") == []


def test_a_pronoun_after_its_own_sentences_subject_points_at_that_subject():
    # "it" is the sentence's own "cashew shipments", named with no figure: not the cocoa shipments before
    text = ("Cocoa shipments came to $61.8 million in 2023. Cashew shipments in 2023 did not change and it was "
            "$18.4 million.")
    assert dict(meaning_of(text).pointed_back) == {}
