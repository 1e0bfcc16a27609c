"""A title's figure and the body figure that restates it (grammar.links.headline_restatements):
the title's words of change ("climbs", "dips", "growth in") say what the figure is, not what it
measures; the body figure whose clause holds every word of the title's measure is the one it
restates, an acronym the text defines standing for its words; and a change's period is not the
period of the old level it is "on". The reports are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.grammar.links import defined_acronyms
from auditor.model import Status

CHECK = "same-measure-conflict"


def title_statuses(text: str) -> list[Status]:
    return [s for s, figures in verdicts(text, CHECK) if figures and figures[0] in text.split("\n", 1)[0]]


@pytest.mark.parametrize("text, status", [
    ("Ferry fares climb 8.5% in 2024\n\nThe operator said ferry fare revenue jumped 5.8% in 2024 on busier routes.",
     Status.INCONSISTENT),
    ("Ferry fares climb 8.5% in 2024\n\nThe operator said ferry fare revenue jumped 8.5% in 2024 on busier routes.",
     Status.CONSISTENT),
    ("Library loans dip 4.2% in 2023\n\nCounty library loans fell 2.4% in 2023 as two branches shut for repairs.",
     Status.INCONSISTENT),
    ("Seed sales surge 31% in spring\n\nSeed sales at the cooperative rose 13% this spring, the manager said.",
     Status.INCONSISTENT),
])
def test_a_word_of_change_in_the_title_is_no_word_of_its_measure(text, status):
    assert title_statuses(text) == [status]


ACRONYM_REPORT = (
    "Lender posts £1.2m gain in net interest income\n\n"
    "Fee income at the mutual rose £0.4m over the year.\n\n"
    "Net interest income (NII) remained the main driver: the mutual earned £88.0m of NII in 2023, "
    "a £12m increase on the £76.0m it made in 2022.\n")


def test_an_acronym_the_text_defines_stands_for_its_words():
    assert defined_acronyms(ACRONYM_REPORT)["nii"] == frozenset({"net", "interest", "income"})
    [link] = meaning_of(ACRONYM_REPORT).headlines
    assert link.body[0].text == "£12m" and link.certain
    assert title_statuses(ACRONYM_REPORT) == [Status.INCONSISTENT]
    assert title_statuses(ACRONYM_REPORT.replace("£12m increase", "£1.2m increase")) == [Status.CONSISTENT]


def test_capitals_in_brackets_whose_initials_the_words_do_not_spell_define_nothing():
    assert defined_acronyms("The council (KTX) met. Sales of cars and trucks (SCT) rose.") == \
        {"sct": frozenset({"sale", "car", "truck"})}


def test_a_change_on_an_old_level_is_of_the_period_the_sentence_names_first():
    meaning = meaning_of("The fund took in $50.2m of deposits in 2023, a $3.4m increase on the $46.8m it took in 2022.")
    periods = {f.text: f.period for f in meaning.figures}
    assert periods["$3.4m"] == "2023" and periods["$46.8m"] == "2022"


@pytest.mark.parametrize("text", [
    # each body figure holds only a part of the title's measure ("bus", "fare"): none restates it
    "Bus fares climb 6%\n\nRail fares rose 3.1% in 2024, while bus ridership grew 6.8%.",
    # two body figures hold every word of the measure: which one the title means, the words do not say
    "Water bills climb 7.5%\n\nWater bills rose 5.7% in the north and water bills rose 9.2% in the south.",
    # the title's measure is in the words of the body figure's clause, not in its own noun phrase; and a
    # figure of another measure stands beside it
    "Pool visits jump 9%\n\nGym visits rose 3% over the year. For pool visits the busiest month was July, "
    "when 12% more swimmers came than in June.",
])
def test_a_title_whose_measure_no_one_body_figure_holds_is_no_contradiction(text):
    assert Status.INCONSISTENT not in title_statuses(text)


def level_findings(text: str, title: str) -> list[tuple[Status, frozenset[str]]]:
    """The findings that set a title's figure against amounts of the body in another shape than its own
    (its levels), as (status, figures)."""
    out = []
    for s, figures in verdicts(text, CHECK):
        if title in figures and any(f[:1] == "$" or f.endswith("m") and f != title for f in figures if f != title) \
                and len(figures) == 3:
            out.append((s, frozenset(figures)))
    return out


def test_a_title_change_restated_between_two_levels_is_their_change_too():
    assert (Status.INCONSISTENT, frozenset({"£88.0m", "£76.0m", "£1.2m"})) in level_findings(ACRONYM_REPORT, "£1.2m")
    fixed = ACRONYM_REPORT.replace("£1.2m gain", "£12m gain")
    assert (Status.CONSISTENT, frozenset({"£88.0m", "£76.0m", "£12m"})) in level_findings(fixed, "£12m")
    text = ("Depot posts 120-tonne rise in grain stocks\n\n"
            "Grain stocks at the depot reached 2,450 tonnes in June, a 210-tonne increase on the 2,240 tonnes held in May.")
    assert (Status.INCONSISTENT, frozenset({"2,450 tonnes", "2,240 tonnes", "120-tonne"})) in \
        [(s, frozenset(f)) for s, f in verdicts(text, CHECK)]


def test_a_title_change_that_may_restate_two_body_changes_is_set_against_no_levels():
    text = ("Water bills climb 7.5%\n\nWater bills rose 5.7% in the north to $412 from $390, "
            "and water bills rose 9.2% in the south to $455 from $417.")
    assert level_findings(text, "7.5%") == []
