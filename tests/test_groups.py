"""An overall figure and the same measure for two complementary groups (grammar.links.group_links),
in one sentence or told over two. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of
from auditor.grammar import lexicon


def groups(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(link.overall.text, tuple(f.text for f in link.groups)) for link in meaning_of(text).groups]


@pytest.mark.parametrize("a, b", [tuple(sorted(g))[:2] for g in lexicon.COMPLEMENTARY_GROUPS
                                  if len(g) == 2 and all(" " not in w for w in g)])
def test_every_pair_of_groups_over_two_sentences(a, b):
    text = (f"Screening coverage in the {a} was 61.4%. In the {b} it was 55.2%, giving an overall "
            f"coverage of 58.3%.")
    assert groups(text) == [("58.3%", ("61.4%", "55.2%"))]


def test_groups_in_one_sentence_and_the_overall_figure_in_the_next():
    text = "Screening coverage was 61.4% for women and 55.2% for men. For the whole population it was 58.3%."
    assert groups(text) == [("58.3%", ("61.4%", "55.2%"))]


@pytest.mark.parametrize("text", [
    "Coverage in the north was 61.4%. In the north-east it was 55.2%, and the overall figure was 58.3%.",  # not complementary
    "Coverage in the north was 61.4%. In the south it was 55.2%. Turnout was 58.3%.",  # no overall word
    "Coverage in the north was 61.4%.\n\nIn the south it was 55.2%, giving an overall figure of 58.3%.",  # paragraphs apart
])
def test_no_groups_link_without_complementary_groups_and_an_overall_figure(text):
    assert groups(text) == []


@pytest.mark.parametrize("text, expected", [
    # the group word heads a phrase of its own that ends in the figure's brackets; "more likely" is no forecast
    ("Urban households were far more likely to have internet access (78.3%) than rural ones (41.6%); "
     "nationally, the figure was 57.2%.", ("57.2%", ("78.3%", "41.6%"))),
    # "of all residents" is everyone: the overall figure; the groups' noun follows the group word
    ("Per capita disposable income of all residents was 37,462 yuan. By residence, urban residents "
     "42,815 yuan, rural residents 19,738 yuan.", ("37,462 yuan", ("42,815 yuan", "19,738 yuan"))),
])
def test_groups_named_by_their_noun_phrase(text, expected):
    assert groups(text) == [expected]


def test_counts_of_groups_add_up_and_do_not_lie_between():
    # males and females are counts, the population is their sum: never between them
    text = ("The district's population stood at 3,279,860 against 3,105,798. Males accounted for 1,617,602 of "
            "this, a growth rate of 5.15 per cent, and females for 1,662,258, a growth rate of 6.05 per cent.")
    assert groups(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Average monthly pay was €3,410 in the public sector and €2,980 in the private sector; across the economy "
     "it averaged €3,560.", ("€3,560", ("€3,410", "€2,980"))),
    # an average duration; the overall word after the figure
    ("Life expectancy at birth is 78.1 years for women and 72.6 years for men, and 79.4 years for the "
     "population as a whole.", ("79.4 years", ("78.1 years", "72.6 years"))),
])
def test_overall_figures_named_after_them_or_across_the_economy(text, expected):
    assert groups(text) == [expected]


@pytest.mark.parametrize("text", [
    "The average life expectancy of city residents reached 78.31 years, of which male 75.86 years, female 80.94 years.",
    "Among rural residents the average wage was 5,412 yuan, with men on 5,903 yuan and women on 4,871 yuan.",
])
def test_an_overall_figure_of_a_place_of_residence_over_a_pair_of_another_kind(text):
    assert len(groups(text)) == 1


@pytest.mark.parametrize("text", [
    # compass points name places ("East Coast"), not a population the pair lies within
    "Routes to the East Coast took 13% of traffic, the West Coast 7% and the east coast of Asia 7%.",
])
def test_no_overall_figure_from_a_place_name(text):
    assert groups(text) == []
