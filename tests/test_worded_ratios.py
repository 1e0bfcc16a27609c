"""Ratios whose terms the words give around them (grammar.links.worded_ratios): a multiple between
two levels, an amount per head of a counted noun, a rate per a base of a counted noun, and a ratio
followed by a colon and its two levels. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures", [
    ("Exports of $48.2 billion were 1.9 times imports of $21.3 billion last year.",
     ("$48.2 billion", "$21.3 billion", "1.9 times")),
    ("Spending per pupil was €9,850 last year. Total spending of €412.6 million covered its 38,420 pupils.",
     ("€412.6 million", "38,420", "€9,850")),
    ("With 5,210 deaths among 412,800 births, the infant mortality rate was 16.6 per 1,000 live births.",
     ("5,210", "412,800", "16.6")),
    ("There were 3.4 job seekers for every vacancy in March: 412,000 people looking for work against 96,100 "
     "open posts.", ("412,000", "96,100", "3.4")),
])
def test_a_ratio_worded_around_its_terms_is_checked(text, figures):
    assert verdicts(text, "ratio") == [(Status.INCONSISTENT, figures)]


@pytest.mark.parametrize("text", [
    # the other count is another district's
    "The district recorded 3,412 live births in 2023, and its infant mortality rate was 14.2 per 1,000 live "
    "births. In the neighbouring district, 61 infants died before their first birthday.",
    # two totals could be the one divided: the words do not say which
    "Spending per pupil was €9,850. The board spent €412.6 million on 38,420 pupils and €96.1 million on buildings.",
    # a multiple of another clause's level
    "Exports reached $48.2 billion, and sales abroad were 1.9 times the domestic figure of $21.3 billion.",
])
def test_no_ratio_where_the_words_leave_its_terms_open(text):
    assert [status for status, _ in verdicts(text, "ratio")] != [Status.INCONSISTENT]


@pytest.mark.parametrize("text, figures", [
    # the total names another word than the amount per head: a question, not an error
    ("Spending per pupil was €9,850 last year. The board spent €412.6 million on its 38,420 pupils.",
     ("€412.6 million", "38,420", "€9,850")),
    ("GDP per head reached $14,120 in 2023, as output of $742 billion was shared among 48.1 million residents.",
     ("$742 billion", "48.1 million", "$14,120")),
])
def test_an_amount_per_head_whose_total_names_another_measure_is_a_question(text, figures):
    assert verdicts(text, "ratio") == [(Status.UNDETERMINED, figures)]


# A verb of multiplication and the levels it goes from and to: each phrasing with levels that agree
# with the verb, then with levels that do not.
_MULTIPLIED = [
    ("Exports doubled from 1,200 tonnes in 2019 to {} tonnes in 2023.", "2,350", "3,400"),
    ("The number of permits has more than tripled, from 6,370 in 2018 to {} in 2022.", "19,640", "17,064"),
    ("Visitor numbers doubled to {} from 41,500 over the decade.", "83,900", "128,400"),
    ("Subscriptions nearly doubled over five years, from 2.40 million to {} million.", "4.71", "4.10"),
    ("The backlog of claims halved from 8,820 to {}.", "4,390", "6,100"),
    ("Output of the mine quadrupled since 2015, from 310 kg to {} kg.", "1,270", "2,300"),
    ("Fares trebled from $1.10 to ${} in three years.", "3.30", "4.80"),
    ("Reported cases more than doubled, to {} from 1,905.", "4,020", "3,640"),
]


@pytest.mark.parametrize("sentence, agrees, breaks", _MULTIPLIED)
def test_a_verb_of_multiplication_is_checked_against_its_from_and_to(sentence, agrees, breaks):
    assert [status for status, _ in verdicts(sentence.format(agrees), "ratio")] == [Status.CONSISTENT]
    assert [status for status, _ in verdicts(sentence.format(breaks), "ratio")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # the levels are of another clause, with their own verb
    "Exports doubled, and imports fell from 1,200 tonnes to 4,900 tonnes.",
    # the verb has no from and to: a level beside it is no term of it
    "Profits doubled in 2023 to reach a record; staff numbered 1,200 against 4,900 a year before.",
    # the levels are in different units
    "Production doubled from 1,200 tonnes to 4,900 hectares of planted land.",
])
def test_no_multiple_where_the_verb_goes_from_and_to_nothing_it_names(text):
    assert verdicts(text, "ratio") == []


@pytest.mark.parametrize("template", [
    "Rural households spent 14,250 yuan a head; urban households spent {multiple} times as much, 37,050 yuan.",
    "Rural households spent 14,250 yuan a head; urban households spent 37,050 yuan, {multiple} times that of "
    "rural households.",
    "Spending of rural households 14,250 yuan a head; urban households is {multiple} times of rural, reaching "
    "37,050 yuan.",
    "Urban households, at 37,050 yuan a head, spent {multiple} times as much as rural households (14,250 yuan).",
])
def test_a_multiple_and_the_two_levels_of_its_sentence(template):
    assert verdicts(template.format(multiple="2.6"), "ratio") == [(Status.CONSISTENT, ("37,050 yuan", "14,250 yuan", "2.6 times"))]
    assert verdicts(template.format(multiple="3.6"), "ratio") == [(Status.INCONSISTENT, ("37,050 yuan", "14,250 yuan", "3.6 times"))]


@pytest.mark.parametrize("text", [
    "The ferry sails 3 times a week and carried 14,250 passengers, up from 12,900.",  # a frequency, not a multiple
    "Urban households spent 2.6 times as much as rural ones; the survey covered 14,250 rural and 37,050 "
    "urban households and 8,100 others.",  # three counts: which two?
])
def test_a_multiple_without_exactly_two_compared_levels_relates_nothing(text):
    assert verdicts(text, "ratio") == []
