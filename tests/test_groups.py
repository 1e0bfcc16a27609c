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
