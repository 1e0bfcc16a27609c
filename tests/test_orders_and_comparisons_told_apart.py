"""Orders and comparisons in the phrasings a family battery written fresh found unread: a superlative's figure set
against its rivals named by place, items said to come next after it, a contrast clause's comparative with no "than",
a split comparative whose first term is the clause's own, rates on one base compared, a change in apposition to its
noun, a comparison whose other term's figure is given in a "where" clause, a place among changes given bare, and
the second item of "outnumbered" set off by a bare comma. Each with a decoy. The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import errors, role_of, statuses, verdicts
from auditor.grammar.frames import Role
from auditor.model import Status


def _any_check(text: str) -> list[Status]:
    return statuses(text, "ranking") + statuses(text, "comparison")


@pytest.mark.parametrize("text, figures", [
    # rivals after "compared with"/"against", each named by its place
    ("The lowest jobless rate was in Tartu, at 3.2%, compared with 4.8% in Tallinn and 2.1% in Narva.", ("3.2%", "2.1%")),
    ("Cork handled the least freight, 312,000 tonnes, against 405,000 tonnes at Galway and 288,000 tonnes at Limerick.",
     ("312,000 tonnes", "288,000 tonnes")),
    # ... or after the others' plural noun
    ("Algeria had the largest fall in download speed, at 23.9 per cent, with drops of 29.1 per cent in Ecuador.",
     ("23.9 per cent", "29.1 per cent")),
    # items said to come next after the superlative's figure, in its sentence or the next
    ("Gauteng registered the most new firms, 14,220. The Western Cape, with 19,870, came next.", ("14,220", "19,870")),
])
def test_a_superlatives_figure_is_at_the_end_of_the_order_its_rivals_stand_in(text, figures):
    assert figures in errors(text, "ranking")


@pytest.mark.parametrize("text", [
    "The lowest jobless rate was in Tartu, at 3.2%, compared with 4.8% in Tallinn and 5.1% in Narva.",
    "Gauteng registered the most new firms (14,220); the Western Cape (9,870) and KwaZulu-Natal (7,450) came next.",
])
def test_rivals_that_keep_the_order_check_out(text):
    found = statuses(text, "ranking")
    assert found and all(s is Status.CONSISTENT for s in found)


@pytest.mark.parametrize("text", [
    # a rival of another time is the top's own past, not a rival: no order is said
    "The lowest jobless rate was in Tartu, at 3.2%, compared with 2.8% in January.",
    # a figure named by its noun after "against" is a reference, not a rival
    "The highest rate was in Ohio, at 5.1%, against a national rate of 5.9% in March.",
    # items after the superlative's figure that do something else than come next
    "Gauteng registered the most new firms (14,220); the Western Cape (19,870) and KwaZulu-Natal (7,450) closed 300 firms.",
])
def test_figures_beside_a_superlative_that_are_no_rivals_are_not_ranked(text):
    assert Status.INCONSISTENT not in _any_check(text)


@pytest.mark.parametrize("text, figures", [
    # a pace in a contrast clause, its figure before or after the comparative
    ("Enrolment in the north grew 8.4 per cent, while the south, at 9.1 per cent, grew more slowly.",
     ("8.4 per cent", "9.1 per cent")),
    ("Prices rose 5.2%, whereas wages grew faster, at 4.1%.", ("4.1%", "5.2%")),
    # a comparative before its clause's own figure, then "than" and the other term's
    ("Mortgage values grew faster, at 4.6 percent a year, than the number of loans, at 5.7 percent.",
     ("4.6 percent", "5.7 percent")),
])
def test_a_comparative_without_its_other_term_compares_the_clause_it_is_set_against(text, figures):
    assert figures in errors(text, "comparison")


@pytest.mark.parametrize("text", [
    # "than" names another term: not the clause before
    "Prices rose 3.2%, whereas wages grew faster than expected, at 2.1%.",
    # counts compared so may be compared with their own past ("higher than last year")
    "Sales rose 5% to 4,000 units, while returns, at 300 units, were higher.",
])
def test_a_contrast_whose_comparative_names_another_term_is_not_read(text):
    assert Status.INCONSISTENT not in _any_check(text)


def test_a_rates_comparative_in_a_contrast_is_only_likely():
    text = "Unemployment was 3.2% in Riga, while Tartu's rate, at 4.1%, was lower."
    assert Status.UNDETERMINED in statuses(text, "comparison")
    assert Status.INCONSISTENT not in statuses(text, "comparison")


@pytest.mark.parametrize("text, status", [
    ("Rural households (3.5 per 1,000) lagged behind urban ones (50 per 1,000).", Status.CONSISTENT),
    ("The death rate was 7.9 per 1,000 people, higher than the 8.8 per 1,000 in Almaty.", Status.INCONSISTENT),
])
def test_two_rates_on_one_base_are_compared(text, status):
    assert status in statuses(text, "comparison")


def test_rates_on_bases_of_different_sizes_are_not_compared():
    assert statuses("The death rate was 7.9 per 1,000 people, higher than the 8.8 per 100 in Almaty.", "comparison") == []


def test_a_percentage_in_apposition_to_a_noun_of_change_is_that_change():
    assert role_of("The fall in shipments, at 6.21 per cent, was steep.", "6.21 per cent") is Role.RELATIVE_CHANGE
    assert ("6.21 per cent", "7.84 per cent") in errors(
        "The fall in shipments, at 6.21 per cent, was steeper than the 7.84 per cent fall in total exports.", "comparison")


def test_a_level_set_off_after_a_noun_of_change_that_the_clause_goes_on_from_stays_a_level():
    # the apposition does not close after the figure: "1.2 million in total" is the level reached
    assert role_of("The rise in the number of visitors, 1.2 million in total, came from Asia.", "1.2 million") is Role.LEVEL


@pytest.mark.parametrize("text, status", [
    ("Inflation in Lima, at 3.1%, was lower than in Cusco, where it reached 2.8%.", Status.INCONSISTENT),
    ("Sales in 2023, at $4.1 billion, were higher than in 2019, when they stood at $3.8 billion.", Status.CONSISTENT),
])
def test_a_comparisons_other_term_may_give_its_figure_in_a_where_or_when_clause(text, status):
    assert status in statuses(text, "comparison")


def test_a_where_clause_with_a_figure_of_another_kind_is_no_term():
    assert statuses("Inflation in Lima was 3.1%, lower than in Cusco, where 2,800 households were surveyed.",
                    "comparison") == []


def test_the_next_place_of_a_ranking_of_changes_may_be_given_bare():
    text = "Vietnam was second with a rise of 188.7 per cent, and Chile third at 193.1 per cent."
    assert ("188.7 per cent", "193.1 per cent") in errors(text, "ranking")


@pytest.mark.parametrize("text, status", [
    ("Registered contributors, 8.57 million, outnumbered active accounts, 8.46 million.", Status.CONSISTENT),
    ("Registered contributors, 8.57 million, outnumbered active accounts, 8.96 million.", Status.INCONSISTENT),
])
def test_the_outdone_items_figure_may_be_set_off_by_a_bare_comma(text, status):
    assert [s for s, _ in verdicts(text, "ranking")] == [status]


def test_a_bare_comma_after_the_outdone_item_that_opens_another_clause_is_no_apposition():
    assert statuses("Revenue, $4.2 billion, beat forecasts, $3.9 billion more than a year ago.", "ranking") == []


def test_the_bottom_of_a_table_may_be_named_with_it():
    text = "Denmark topped the index with a score of 88. Malta finished bottom of the table on 98."
    assert ("88", "98") in errors(text, "ranking")


@pytest.mark.parametrize("text, status", [
    ("The highest debt was in Montenegro (72.6%), Albania (69.9%) and Serbia (54.5%). The lowest debt levels were in "
     "North Macedonia (40.5%), Bosnia (34.3%) and Kosovo (17%).", Status.CONSISTENT),
    ("The highest debt was in Montenegro (72.6%), Albania (69.9%) and Serbia (44.5%). The lowest debt levels were in "
     "North Macedonia (50.5%), Bosnia (34.3%) and Kosovo (17%).", Status.INCONSISTENT),
])
def test_a_measures_top_items_are_at_least_its_bottom_items_listed_next(text, status):
    assert status in statuses(text, "ranking")


def test_the_top_of_one_measure_and_the_bottom_of_another_are_not_ranked():
    text = ("The highest debt was in Montenegro (72.6%), Albania (69.9%) and Serbia (44.5%). The lowest jobless rates "
            "were in North Macedonia (50.5%), Bosnia (34.3%) and Kosovo (17%).")
    assert Status.INCONSISTENT not in statuses(text, "ranking")


def test_the_bottom_items_of_a_list_are_in_no_order():
    # "the lowest ... were in A, B and C" lists the bottom in any order: no question about its order
    text = "The lowest debt levels were in North Macedonia (40.5%), Bosnia (34.3%) and Kosovo (47%)."
    assert statuses(text, "ranking") == []


@pytest.mark.parametrize("text, status", [
    ("More applications were filed in 2013 than in 2012, the annual totals being 433,360 and 414,649 respectively.",
     Status.CONSISTENT),
    ("More applications were filed in 2013 than in 2012, the annual totals being 413,360 and 414,649 respectively.",
     Status.INCONSISTENT),
    ("The number of applicants (1,203,000) fell slightly from 2015 (1,257,000).", Status.CONSISTENT),
    ("The number of applicants (1,203,000) fell slightly from 2015 (1,157,000).", Status.INCONSISTENT),
])
def test_two_years_levels_in_one_sentence_lie_the_way_the_words_say(text, status):
    assert [s for s, _ in verdicts(text, "comparison")] == [status]


def test_levels_of_two_years_listed_without_respectively_are_not_paired():
    text = "More applications were filed in 2013 than in 2012; 433,360 came from abroad and 514,649 were renewals."
    assert Status.INCONSISTENT not in statuses(text, "comparison")


def test_the_places_of_a_measures_top_are_names_and_figures_ending_the_clause():
    # "and the rates in manufacturing (14.8 percent) ... were also above the average" goes on about another noun
    text = ("Among industries the highest rate was in transport (24.0 percent), and the rates in manufacturing "
            "(14.8 percent) and construction (18.3 percent) were also well above the average.")
    assert Status.UNDETERMINED not in statuses(text, "ranking")


def test_the_main_falls_are_ordered_by_size():
    text = "The steepest falls were in Denmark (-78.4%), Spain (-50.4%) and Italy (-12.2%)."
    found = statuses(text, "ranking")
    assert found and all(s is Status.CONSISTENT for s in found)


def test_each_members_own_level_listed_after_a_noun_of_levels_is_no_share_of_one_whole():
    # debt-to-GDP levels of three places add up to more than 100% without contradiction
    text = "The lowest debt levels were in North Macedonia (50.5%), Bosnia (34.3%) and Kosovo (17%)."
    assert statuses(text, "share-of-total") == []
    # ... while shares of one breakdown above 100% stay a question
    assert Status.UNDETERMINED in statuses("The busiest routes were Asia (54%), South America (33%) and the coast (25%).",
                                           "share-of-total")


def test_a_figure_after_a_verb_past_the_noun_of_change_is_no_apposition_to_it():
    # "was recorded in Limerick, at 2.1%" is the clause's figure: the rivals after it are no levels of a move
    text = "The smallest rise in rents was recorded in Limerick, at 2.1%, against 6.4% in Galway and 5.8% in Waterford."
    assert Status.INCONSISTENT not in statuses(text, "difference")
    assert role_of("The fall in shipments, at 6.21 per cent, was steep.", "6.21 per cent") is Role.RELATIVE_CHANGE
