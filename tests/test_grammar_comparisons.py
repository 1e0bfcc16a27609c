"""grammar.comparisons: the words that compare two figures, read apart from the comparison check that asks
them, on invented phrasings and decoys (figures side by side with no comparison said)."""
from __future__ import annotations

import pytest

from auditor.grammar import comparisons, cues


@pytest.mark.parametrize("name", ["POSITIONS_WITH_AN_OBJECT", "OPEN_ENDED_BOUNDS", "AVERAGES", "ADJUNCT_PREPOSITIONS",
                                  "TOTAL_ANAPHORS"])
def test_comparison_vocabularies_are_lower_case_and_unique(name):
    vocabulary = getattr(cues, name)
    assert all(p == p.lower() and p == p.strip() for p in vocabulary), name
    assert len(set(vocabulary)) == len(vocabulary), name


@pytest.mark.parametrize("gap, greater, words", [
    (" in March, higher than ", True, "higher than"),
    (" of households, up from ", True, "up from"),
    (", well below ", False, "below"),
    (" last year, slightly lower than the ", False, "lower than"),
    (" in 2015, more than in 2011, when exports were worth ", True, "more than"),
])
def test_comparison_between_two_figures(gap, greater, words):
    said = comparisons.comparison_between(gap, False)
    assert said is not None and said.greater is greater and said.words == words


@pytest.mark.parametrize("gap", [" in March and ", " of the votes; turnout was ", ", while Leeds reported "])
def test_figures_side_by_side_are_not_compared(gap):
    assert comparisons.comparison_between(gap, False) is None


def test_a_second_comparison_joined_by_and_only_after_a_named_base():
    gap = " tonnes of December and lower too than the "
    assert comparisons.comparison_between(gap, False) is None
    said = comparisons.comparison_between(gap, True)
    assert said is not None and not said.greater


@pytest.mark.parametrize("gap", [" and above, ", " per cent above normal in ", ", exceeding the target by ",
                                 " mm above normal, and ", " students larger than "])
def test_words_that_compare_nothing(gap):
    assert comparisons.compares_nothing(gap)


def test_a_plain_comparison_compares_something():
    assert not comparisons.compares_nothing(", higher than the ")


@pytest.mark.parametrize("words, base", [
    ("Health gets more, against the budget estimate of Rs ", True),
    ("compared with the previous year's total of ", True),
    ("Health gets ", False),
])
def test_base_named_before(words, base):
    assert comparisons.base_named_before(words) is base


def test_readings_of_the_words_before_a_figure():
    assert comparisons.compared_before("well short of the ")
    assert comparisons.base_word_before("fell to 2.5% from ")
    assert comparisons.per_base_before("94.0 males per ")
    assert comparisons.average_before("an average of about ")
    assert comparisons.adjunct_before("spread across ")
    assert not comparisons.base_word_before("Sales reached ")
    assert not comparisons.average_before("a total of ")


def test_next_term_of_a_list():
    assert comparisons.next_bracketed_term("2010 (US ", ") and 2011 (US ")
    text = "up from 0.23% in 2002 and 0.22% in 2001"
    assert comparisons.next_dated_term(" in 2002 and ", text, text.index("0.22%") + 5)
    assert not comparisons.next_dated_term(" and ", text, text.index("0.22%") + 5)


def test_appositive_before_a_figure():
    text = "85% were seen within 30 minutes, up on the same time last year (83%)"
    said = comparisons.appositive_before(text, text.index("83%"))
    assert said == comparisons.Appositive(True, "up on", True)
    text = "8,998 people had waited more than 18 months, down from 9,289"
    said = comparisons.appositive_before(text, text.index("9,289"))
    assert said == comparisons.Appositive(False, "down from", False)
    assert comparisons.appositive_before("Leeds had 4,100 and York 3,600", 24) is None


def test_a_sentence_pointing_back():
    said = comparisons.points_back("This was markedly slower than the average ")
    assert said is not None and not said.greater and said.words == "slower than" and said.noun == ""
    said = comparisons.points_back("The total was down from the ")
    assert said is not None and said.noun == "the total"
    said = comparisons.points_back("Here too growth eased, from the ")
    assert said is not None and not said.greater and said.words == "eased from"
    assert comparisons.points_back("This was expected to be higher than ") is None  # a forecast, not a level
    assert comparisons.points_back("The region also reported ") is None
    more = comparisons.compared_back_again(" arrests per officer, though still well short of the 2016-2019 average of ")
    assert more is not None and not more.greater


def test_overtaking():
    said = comparisons.overtaking("Sales of 41,200 cars meant Kia overtook Ford Motor in March.")
    assert said is not None and said.name == "Ford Motor"
    assert comparisons.names("Ford Motor sold 39,800.", said.name)
    assert not comparisons.names("Fordham sold 39,800.", "Ford")


def test_markup_and_speed_words():
    assert comparisons.is_markup("<!-- table 2 -->")
    assert comparisons.is_markup(" * ")
    assert not comparisons.is_markup("Exports grew.")
    assert comparisons.says_speed("slower than")
    assert not comparisons.says_speed("higher than")
    assert comparisons.growth_named_after("-percent growth of May")
    assert comparisons.move_to_after("slowed from 1.7% to 1.1%", len("slowed from 1.7%"))
