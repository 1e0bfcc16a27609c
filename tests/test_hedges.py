"""The hedges are one vocabulary (auditor.extract.hedges) with named subsets, one a use: each subset is drawn
from the vocabulary, each hedge sets its qualifier and so the figure's interval, and each reading that steps
over a hedge steps over the words of its own subset and not over a hedge it was not given (the differences
between the subsets are behaviour, kept on purpose)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from auditor.document import Document
from auditor.extract import context, extract_figures, figures, hedges, numbers
from auditor.grammar import cues, lexicon, links, measures, move_words

SUBSETS = {name: value for name, value in vars(hedges).items()
           if name.isupper() and isinstance(value, tuple) and name != "HEDGE_PHRASES"}


def test_the_subsets_are_named_and_there_are_several():
    assert {"STEPPED_OVER", "ROUNDING", "OF_A_PROPORTION", "APPROXIMATE", "BEFORE_AN_OLD_LEVEL"} <= set(SUBSETS)


@pytest.mark.parametrize("name", sorted(SUBSETS))
def test_every_subset_is_drawn_from_the_one_vocabulary(name):
    subset = SUBSETS[name]
    assert len(set(subset)) == len(subset), f"{name} repeats a hedge"
    # a subset of phrases holds hedge phrases; a subset read a word at a time holds the words of hedge phrases
    outside = [h for h in subset if h not in hedges.HEDGE_PHRASES and h not in hedges.HEDGE_WORDS]
    assert not outside, f"{name} holds {outside}, which the hedge vocabulary does not"


def test_the_grammar_reads_the_same_subsets():
    assert lexicon.HEDGES is hedges.STEPPED_OVER
    assert lexicon.ROUNDING_HEDGES is hedges.ROUNDING
    assert lexicon.PART_QUANTIFIER_HEDGES is hedges.OF_A_PROPORTION
    assert cues.HEDGES_SHORT is hedges.APPROXIMATE_SHORT and cues.HEDGES is hedges.APPROXIMATE_NEAR
    assert cues.HEDGES_AMOUNT is hedges.BEFORE_A_CHANGE_AMOUNT and cues.APPROXIMATORS is hedges.APPROXIMATORS
    assert context.QUALIFIER_PHRASES is hedges.QUALIFIER_OF


@pytest.mark.parametrize("phrase", sorted(hedges.QUALIFIER_OF))
def test_each_hedge_sets_its_qualifier(phrase):
    assert context.qualifier_before(f"The shop sold {phrase} ") == hedges.QUALIFIER_OF[phrase]


def test_a_sharpener_alone_sets_no_qualifier():
    for word in ("only", "barely", "exactly", "fully"):
        assert context.qualifier_before(f"The shop sold {word} ") == ""


def _figure(text: str, written: str):
    (found,) = [f for f in extract_figures(Document("t.txt", text)) if f.text == written]
    return found


def test_the_qualifier_moves_the_interval():
    exact = _figure("The depot shipped 7,310 crates in May.", "7,310")
    about = _figure("The depot shipped about 7,310 crates in May.", "7,310")
    over = _figure("The depot shipped more than 7,310 crates in May.", "7,310")
    under = _figure("The depot shipped fewer than 7,310 crates in May.", "7,310")
    assert (exact.qualifier, about.qualifier, over.qualifier, under.qualifier) == ("", "about", "more-than", "less-than")
    assert about.low < exact.low and about.high > exact.high
    assert over.low == Decimal(7310) and over.high is None
    assert under.high == Decimal(7310) and under.low == 0  # (a count is never below zero)


# (pattern, what it is searched in, with {h} for the hedge; the subset it reads; hedges outside the subset it must
# not step over)
READINGS = [
    (lambda s: context._CHANGE_PREP.search(s), " by {h} ", hedges.BEFORE_AN_AMOUNT, ("roughly", "just")),
    (lambda s: context._CHANGE_BY.search(s), " by {h} ", hedges.BEFORE_AN_AMOUNT, ("roughly", "approximately")),
    (lambda s: context._CHANGE_NOUN_IS.search(s), "the fall was {h} ", hedges.AFTER_A_COPULA, ("roughly", "only")),
    (lambda s: context._CHANGE_NOUN_APPOSED.search(s), "the drop in output, {h} ", hedges.IN_AN_APPOSITION,
     ("over", "more than")),
    (lambda s: figures._COUNTED_NOUN_OF_BEFORE.search(s), "a population of {h} ", hedges.AFTER_A_COUNTED_NOUN_OF,
     ("roughly", "more than")),
    (lambda s: figures._FUNDS_RAISED.search(s), "the charity raised {h} ", hedges.BEFORE_AN_AMOUNT, ("roughly",)),
    (lambda s: figures._OLD_LEVEL_BEFORE.search(s), "fell from {h} ", hedges.BEFORE_AN_OLD_LEVEL, ("over", "under")),
    (lambda s: numbers._AMOUNT_BEFORE.search(s), "fell by a third, or {h} ", hedges.BEFORE_A_FRACTION_AMOUNT,
     ("circa", "beyond")),
    (lambda s: move_words._CHANGE_AMOUNT.search(s), "grew by {h} ", hedges.BEFORE_A_CHANGE_AMOUNT,
     ("roughly", "more than")),
    (lambda s: links._HEDGED_CHANGE_BEFORE.search(s), "output fell by {h} ",
     hedges.THRESHOLDS_OF_A_CHANGE, ("about", "some")),
    (lambda s: links._SHARE_THEN_AMOUNT.search(s), " ({h} ", hedges.BETWEEN_A_SHARE_AND_ITS_AMOUNT,
     ("circa", "barely")),
]


@pytest.mark.parametrize("k", range(len(READINGS)))
def test_each_reading_steps_over_its_own_hedges_only(k):
    search, template, subset, others = READINGS[k]
    for hedge in subset:
        assert search(template.format(h=hedge)), f"{template!r} with {hedge!r}"
    for hedge in others:
        assert hedge not in subset
        assert not search(template.format(h=hedge)), f"{template!r} with {hedge!r}, outside its subset"


def test_a_pointing_copula_steps_over_its_hedges_to_the_figure():
    for hedge in hedges.AFTER_A_POINTING_COPULA:
        text = f"That is {hedge} 12%"
        assert figures._ANAPHORIC_SUBJECT.match(text).end() == text.index("12")
    text = "That is over 12%"  # (a bound: the reading stops before it)
    assert figures._ANAPHORIC_SUBJECT.match(text).end() == text.index("over")


def test_a_threshold_of_a_change_may_be_sharpened():
    for sharpener in hedges.THRESHOLD_SHARPENERS:
        assert links._HEDGED_CHANGE_BEFORE.search(f"exports rose by {sharpener} over ")
    assert not links._HEDGED_CHANGE_BEFORE.search("exports rose by barely over ")


def test_word_readings_skip_the_words_of_their_subsets():
    assert set(hedges.SKIPPED_BEFORE_A_MEASURE) <= context._SKIP_BEFORE
    assert "circa" not in context._SKIP_BEFORE
    assert set(hedges.BEFORE_A_MEASURE_NAME) <= measures._HEDGES and "over" not in measures._HEDGES


def test_a_spaced_hedge_keeps_its_literal_space_where_the_reading_wrote_one():
    # (_CHANGE_PREP was written with "more than" and one space: a line break between the words is no hedge there)
    assert context._CHANGE_PREP.search(" by more than ")
    assert not context._CHANGE_PREP.search(" by more\nthan ")
    assert context._CHANGE_BY.search(" by more\nthan ")
