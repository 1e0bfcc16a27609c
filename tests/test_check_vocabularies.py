"""The stop words and generic nouns the checks ignore are named vocabularies of the lexicon (one place for cue
words), each read by its check as it was; and the figure reader's month patterns are built from the one list of
month names."""
from __future__ import annotations

import re

from auditor.checks import elsewhere, promise, same_measure, sum_of_parts, table_arithmetic
from auditor.extract import context, periods
from auditor.grammar import cues, lexicon, measures


def test_the_checks_read_their_word_lists_from_the_lexicon():
    assert elsewhere._GROUP_AFTER == frozenset(lexicon.GROUP_AFTER_A_HEAD)
    assert promise._STOP == frozenset(lexicon.FUNCTION_WORDS_OF_A_CLAIM)
    assert same_measure._FUNCTION_WORDS == frozenset(lexicon.FUNCTION_WORDS_OF_A_STATEMENT)
    assert sum_of_parts._GENERIC == frozenset(lexicon.GENERIC_WHOLE_NOUNS)
    assert table_arithmetic._MINOR_TABLE_WORDS == frozenset(lexicon.FILLER_WORDS_OF_A_TABLE_LABEL)


def test_the_lists_differ_where_their_readings_do():
    # (a generic whole noun is not an empty head: "population" names a whole, "rate" does not)
    assert "population" in lexicon.GENERIC_WHOLE_NOUNS and "population" not in lexicon.EMPTY_HEADS
    assert "rate" in lexicon.EMPTY_HEADS and "rate" not in lexicon.GENERIC_WHOLE_NOUNS
    # (a claim's words drop "people", "more", "than", which a statement of a measure keeps)
    assert {"people", "more", "than"} <= set(lexicon.FUNCTION_WORDS_OF_A_CLAIM)
    assert not {"people", "more", "than"} & set(lexicon.FUNCTION_WORDS_OF_A_STATEMENT)


def test_a_claim_s_stop_words_do_not_make_two_claims_meet():
    # promise._stems cuts words to five letters after dropping the claim's function words
    assert promise._stems("more people than") == set()
    assert promise._stems("difficulties") == promise._stems("difficulty")


def test_one_list_of_months():
    assert lexicon.MONTH_NAMES is periods.MONTH_NAMES and cues.MONTH_NAMES is periods.MONTH_NAMES
    assert cues.MONTH_ABBREVIATIONS is periods.MONTH_ABBREVIATIONS
    assert set(periods.MONTH_SHORT_FORMS) == set(periods.MONTH_ABBREVIATIONS) - {"may"}
    assert lexicon.MONTHS_BUT_MAY == tuple(m for m in periods.MONTH_NAMES if m != "may")
    assert periods.MONTHS["sept"] == 9 and periods.MONTHS["december"] == 12 and periods.MONTHS["may"] == 5


def test_every_month_is_read_in_the_patterns_built_from_the_list():
    for month in periods.MONTH_NAMES + periods.MONTH_SHORT_FORMS:
        assert context._MONTH_WORD_LOWER.match(month), month
        # ("up to" before a time bounds the period the amount covers: no ceiling, no rise)
        assert re.match(context._UP_TO_A_TIME, f" to {month} 2024") is None, month
    assert re.match(context._UP_TO_A_TIME, " to 4,000 tonnes") is not None
    assert measures._TRAILING_PERIOD.search("turnover for the first quarter")
    assert measures._TRAILING_PERIOD.search("sales in november")
    assert not measures._TRAILING_PERIOD.search("sales in nov")  # (the trailing period reads full names only)


def test_month_words_are_no_names_and_no_part_of_a_measure():
    for month in periods.MONTH_NAMES + periods.MONTH_SHORT_FORMS:
        assert month in lexicon.CAPITALISED_NON_NAMES and month in measures._PERIOD and month in context._PERIOD_WORDS
    assert "monday" in lexicon.CAPITALISED_NON_NAMES
