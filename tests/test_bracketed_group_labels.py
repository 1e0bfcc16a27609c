"""A group's figure in brackets right after the group's label ("women (€1,184), men (€1,302)") is that group's, as
"women €1,184" is (grammar.frames); "both sexes" labels everyone of a breakdown by sex (lexicon.OVERALL_WORDS). The
total-between-groups check reads the two together. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


def group_of(text: str, figure: str) -> str:
    meaning = meaning_of(text)
    (found,) = [f for f in meaning.figures if f.text == figure]
    return meaning.frame(found).group


def test_a_figure_in_brackets_after_a_group_label_is_that_groups():
    text = "Average hourly pay, 2023: women (£15.40), men (£17.10)."
    assert group_of(text, "£15.40") == "women"
    assert group_of(text, "£17.10") == "men"


@pytest.mark.parametrize("text, figures, status", [
    ("Average hourly pay, 2023: women (£15.40), men (£17.10), both sexes (£16.30).",
     ("£15.40", "£17.10", "£16.30"), Status.CONSISTENT),
    ("Average hourly pay, 2023: women (£15.40), men (£17.10), both sexes (£18.30).",
     ("£15.40", "£17.10", "£18.30"), Status.INCONSISTENT),
    ("Average hourly pay, 2023: women £15.40, men £17.10, both sexes £18.30.",
     ("£15.40", "£17.10", "£18.30"), Status.INCONSISTENT),
    ("Literacy, 2022: boys (88.2%), girls (91.6%), all pupils (93.9%).",
     ("88.2%", "91.6%", "93.9%"), Status.INCONSISTENT),
    ("Girls' attendance (91.6%) and boys' (88.2%), the survey found, bracketed the overall rate of 86.0%.",
     ("91.6%", "88.2%", "86.0%"), Status.INCONSISTENT),
])
def test_the_overall_figure_lies_between_the_bracketed_groups(text, figures, status):
    found = verdicts(text, "total-between-groups")
    assert (status, tuple(sorted(figures))) in [(s, tuple(sorted(f))) for s, f in found]


@pytest.mark.parametrize("text", [
    # counts of the two groups add up to everyone's count: no average lies between them
    "Graduates, 2023: women (14,210), men (12,880), both sexes (27,090).",
    # another group's figure, not everyone's
    "Average hourly pay, 2023: women (£15.40), men (£17.10), apprentices (£9.80).",
])
def test_no_overall_figure_no_finding(text):
    assert not [v for v in verdicts(text, "total-between-groups") if v[0] is Status.INCONSISTENT]


@pytest.mark.parametrize("text, figures, status", [
    ("Polio coverage of 90.1% was reached nationally, with coverage of 93.4% recorded in urban districts and of "
     "87.2% in rural ones.", ("93.4%", "87.2%", "90.1%"), Status.CONSISTENT),
    ("Polio coverage of 95.1% was reached nationally, with coverage of 93.4% recorded in urban districts and of "
     "87.2% in rural ones.", ("93.4%", "87.2%", "95.1%"), Status.INCONSISTENT),
])
def test_a_group_after_a_bare_participle_is_the_figures(text, figures, status):
    # "recorded in urban districts" without "was": a reduced relative clause names the group all the same
    found = verdicts(text, "total-between-groups")
    assert (status, tuple(sorted(figures))) in [(s, tuple(sorted(f))) for s, f in found]
