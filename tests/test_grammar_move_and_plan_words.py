"""The meaning layer's readings of the words right around a figure that the older checks once spelled
as their own patterns: the ends and amount of a move (grammar.move_words), plans and proposals
(grammar.plans), a figure's group and the groups a gap is between (grammar.labels), the defined
measures (grammar.defined_terms) and ranges, periods and wholes named next to a figure
(grammar.nearby). Each phrase is written here, with decoys that must not read."""
from __future__ import annotations

import pytest

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar import defined_terms, labels, move_words, nearby, plans


def _figures(text: str):
    document = Document(text=text, path="t.txt")
    return document, tuple(extract_figures(document))


@pytest.mark.parametrize("words, base", [
    ("the jobless rate fell to 4.4% from ", True), ("exports were 12% higher compared with the ", True),
    ("turnover of 3.1 million versus ", True), ("output reached ", False), ("the rate stood at ", False),
])
def test_a_base_word_before_the_old_level(words, base):
    assert move_words.base_word_before(words) is base


@pytest.mark.parametrize("words, reached", [
    ("employment rose to ", True), ("the rate stood at a ", True), ("compared with ", False), ("in ", False),
])
def test_to_or_at_before_the_level_reached(words, reached):
    assert move_words.reached_word_before(words) is reached


def test_the_old_value_and_another_time():
    assert move_words.old_value_before("up from ")
    assert move_words.old_value_before("the target of ")
    assert not move_words.old_value_before("inflation in September reached ")
    assert move_words.of_an_earlier_time("a year earlier the index had stood at ")
    assert not move_words.of_an_earlier_time("the index stands at ")
    assert move_words.links_back_to_base(", up from ") and not move_words.links_back_to_base(" and ")
    assert move_words.earlier_value_before("as against ").group().strip() == "as against"
    assert move_words.earlier_value_before("short of the ") is not None
    assert move_words.earlier_value_before("there were ") is None
    assert move_words.names_another_time("A year ago, the jobless rate was")
    assert move_words.names_another_time("economists had forecast")
    assert not move_words.names_another_time("the jobless rate in March was")
    assert move_words.base_named_after(" fewer than the rural population of ") == " the rural population of "
    assert move_words.base_named_after(" more, or ") is None


def test_a_figure_dated_to_an_earlier_year_right_after_it():
    text = "a loss of 12.9 million a year earlier; up 3% on a year earlier"
    assert move_words.dated_earlier_after(text, text.index(" a year"))
    assert not move_words.dated_earlier_after(text, text.index(" on a year"))


def test_the_amount_of_a_change():
    assert move_words.by_amount_before("rose by about ") and move_words.by_amount_before("fell by ")
    assert not move_words.by_amount_before("rose by more than ")  # one hedge word only
    assert move_words.change_amount_before("rose by over ") and not move_words.by_amount_before("rose by over ")
    assert not move_words.change_amount_before("rose to ")
    assert move_words.change_verb_before("exports expanding ") and move_words.change_verb_before("rose by some ")
    assert not move_words.change_verb_before("exports stood at ")
    assert move_words.change_noun_before("the smallest salary growth, at ")
    assert not move_words.change_noun_before("the average salary, at ")
    assert move_words.leads_to_new_level(", and will now cost ") and move_words.leads_to_new_level(" to")
    assert not move_words.leads_to_new_level(" and the bus fare ")


@pytest.mark.parametrize("words, way", [
    ("Growth slowed from ", -1), ("Inflation accelerated from ", 1), ("Sales rose ", 1), ("Sales fell ", -1),
    ("Sales were ", 0),
])
def test_which_way_the_words_say_a_level_moved(words, way):
    assert move_words.move_direction(words) == way


def test_the_last_verb_of_rise_or_fall():
    assert move_words.last_verb_direction("employment rose while unemployment fell") == -1
    assert move_words.last_verb_direction("unemployment fell while employment rose") == 1
    assert move_words.last_verb_direction("employment stood") == 0


def test_better_or_worse_and_clause_breaks():
    assert move_words.judged_move("the ratio improved") and not move_words.judged_move("the ratio rose")
    assert move_words.breaks_the_clause(" from 88, and housebreaking stands at ")
    assert not move_words.breaks_the_clause(" from ")
    assert move_words.fronted_base("From 8,200 in 2019", 0, 5)
    assert move_words.bare_ends(", to ", 1, 5)


def test_plans_and_targets():
    m = plans.plan_named_after(" of the annual plan, up")
    assert m.group("what").lower() == "annual plan"
    assert plans.plan_named_after(" of all households") is None
    assert plans.names_a_plan("a target of") and not plans.names_a_plan("a total of")
    assert plans.plan_word_before("the planning target of ") and not plans.plan_word_before("a total of ")
    assert plans.plan_word_after(" target") and not plans.plan_word_after(" homes")
    assert plans.gap_after(" students larger than the target") and not plans.gap_after(" students in all")
    assert plans.result_clause_before(", completing ") and not plans.result_clause_before(" and ")
    text = "N573 billion, or 41 per cent; N12 billion in all"
    assert plans.own_share_after(text, text.index(", or")) and not plans.own_share_after(text, text.index(" in all"))
    assert plans.mark_or_joint_before("together achieved ") and not plans.mark_or_joint_before("it achieved ")
    text = "the 15 per cent target; the 15 per cent of homes"
    assert plans.plan_mark_after(text, text.index(" target")) and not plans.plan_mark_after(text, text.index(" of homes"))


def test_a_change_proposed_rather_than_made():
    document, figures = _figures("The authority had proposed a Rs1 increase. Petrol rose by Rs2.")
    proposed_one, made = figures[0], figures[-1]
    assert plans.proposed(document.text, 0, proposed_one)
    assert not plans.proposed(document.text, document.text.index("Petrol"), made)


def test_the_words_that_name_a_figures_group():
    document, figures = _figures("There were 148,047 boys and 151,234 girls. Women: 52,310.")
    boys, girls, women = figures
    assert labels.label(document, boys) == {"boy"}
    assert labels.label(document, girls) == {"girl"}
    assert labels.label(document, women) == {"female"}
    assert labels.content_words("the number of women") == ["female"]


def test_the_two_groups_a_gap_is_between():
    assert labels.named_gap("In the district, women outnumbered men by ", " overall.") == ("women", "men", True)
    spending = labels.named_gap("Recurrent spending is ", " lower than capital expenditure.")
    assert spending == ("Recurrent spending", "capital expenditure", False)
    assert labels.named_gap("Recurrent spending rose to ", " in 2024.") is None


def test_the_defined_measure_a_share_is_of():
    text = "62.6 percent of the total employed; 40 percent of the houses"
    assert defined_terms.share_of_term(text, text.index(" of the total")) == "employed"
    assert defined_terms.share_of_term(text, text.index(" of the houses")) is None
    assert defined_terms.names_a_term("against imports of") and not defined_terms.names_a_term("against the odds")


def test_ranges_periods_and_wholes_next_to_a_figure():
    document, figures = _figures("A confidence interval of 41% to 61%. The rate rose from 8.0% to 9.0%.")
    assert nearby.in_a_range(document.text, figures, 0) and nearby.in_a_range(document.text, figures, 1)
    assert not nearby.in_a_range(document.text, figures, 2)
    assert nearby.contrast_between(", whereas the other ") and not nearby.contrast_between(" and ")
    assert nearby.per_before("91.9 cases per ") and not nearby.per_before("91.9 cases in ")
    text = "18.7% of the region's schools"
    assert nearby.whole_named_after(text, text.index(" of")) == "region's schools"
    document, figures = _figures("Energy rose 9.5% in September, while food rose 2.1%.")
    energy = figures[0]
    assert nearby.states_its_period(document.text, energy, 0, figures[1].span.start)
