"""The measures of figures whose own words name none: a figure in brackets after a name in a list takes the measure
the list's lead names (the noun before the preposition that opens the list: "shipments to Ghana (530 tonnes), Togo
(210 tonnes)"), the name being whose it is; a share "N% of X" measures X, the whole it is a share of, as a fraction
in words does. Decoys: a list after a copula names places, not what is counted; a list of moves posted by names
names no measure; items of one list that count two things keep their own leads; two shares of one whole that count
different parts of it are no restatement."""
from __future__ import annotations

from tests._reading import errors, meaning_of, verdicts


def _measures(text: str) -> dict[str, tuple[str, str]]:
    return {f.text: (f.measure, f.subject) for f in meaning_of(text).figures}


def test_a_bracketed_figure_after_a_listed_name_takes_the_lists_measure():
    read = _measures("In 2022 shipments to Ghana (530 tonnes), Togo (210 tonnes) and Benin (95 tonnes) rose.")
    assert read["530 tonnes"] == ("shipments", "Ghana")
    assert read["210 tonnes"] == ("shipments", "Togo")
    assert read["95 tonnes"] == ("shipments", "Benin")


def test_a_list_led_by_a_verb_and_a_preposition_is_of_the_verbs_subject():
    read = _measures("Sales dropped in Peru (1.4%), the Philippines (2.2%) and Chile (0.8%) during 2019.")
    assert {read[t][0] for t in ("1.4%", "2.2%", "0.8%")} == {"sales"}
    assert read["2.2%"][1] == "Philippines"


def test_each_list_keeps_its_own_lead():
    # two lists in one sentence count two things: the second list's items are imports, not exports
    read = _measures("In 2020 exports to Mali (530 tonnes) and imports from Niger (210 tonnes) were recorded.")
    assert read["530 tonnes"][0] == "exports"
    assert read["210 tonnes"][0] == "imports"


def test_a_list_after_a_copula_names_no_measure():
    read = _measures("The biggest buyers in 2021 were Peru (31%), Chile (22%) and Bolivia (9%).")
    assert {read[t][0] for t in ("31%", "22%", "9%")} == {""}


def test_a_list_of_moves_posted_by_names_names_no_measure():
    read = _measures("Large gains were posted by Ghana (12%) and Togo (8%) in 2021.")
    assert read["12%"][0] == "" and read["8%"][0] == ""


def test_a_share_of_a_named_whole_measures_the_whole():
    read = _measures("In 2022, 41% of farms used irrigation.")
    assert read["41%"][0] == "farms"


def test_a_share_of_them_is_not_measured_by_the_pronoun():
    read = _measures("In 2022 the district had 5,200 farms; 41% of them used irrigation.")
    assert read["41%"][0] != "them"


def test_a_share_of_a_period_is_no_measure_of_it():
    read = _measures("The river ran dry 12% of the year in 2018.")
    assert read["12%"][0] != "year"


def test_one_share_of_one_whole_stated_twice_with_two_values_is_flagged():
    text = ("In 2021, 62% of adults had a mobile phone.\n\n"
            "The survey adds that in 2021, 65% of adults had a mobile phone.")
    assert errors(text, "same-measure-conflict") == [("62%", "65%")]


def test_two_shares_of_one_whole_that_count_different_parts_are_not_one_measure():
    text = ("In 2021, 62% of adults had a mobile phone.\n\n"
            "In 2021, 35% of adults had a mobile phone with internet access.")
    assert errors(text, "same-measure-conflict") == []


# --- a leader's share of a whole, then the rest of a ranked list in brackets -------------------------------------------
def _share_sums(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(status.value, figures) for status, figures in verdicts(text, "share-of-total")]


def test_a_ranked_list_of_bracketed_shares_is_of_the_leaders_whole():
    text = ("In 2020, 38% of new cars sold came from Toyota, followed by Honda (21%), Mazda (12%) and Kia (7%).")
    assert _share_sums(text) == [("consistent", ("38%", "21%", "12%", "7%"))]


def test_a_ranked_list_of_bracketed_shares_above_the_whole_is_asked_about():
    # a listed name may hold another ("the EU (30%), Germany (12%)"): a sum above 100% is only a question
    text = ("In 2020, 38% of new cars sold came from Toyota, followed by Honda (41%), Mazda (12%) and Kia (17%).")
    assert _share_sums(text) == [("undetermined", ("38%", "41%", "12%", "17%"))]


def test_bracketed_changes_after_a_share_are_no_shares_of_its_whole():
    # the bracketed figures are changes of each maker's sales, not shares of the leader's whole
    text = ("In 2020, 38% of new cars sold came from Toyota; sales rose at Honda (41%), Mazda (52%) and Kia (17%).")
    assert _share_sums(text) == []


def test_bracketed_figures_after_a_share_without_a_ranking_are_not_read_as_its_list():
    text = ("In 2020, 38% of new cars sold were hybrids, and prices were highest in Oslo (41%), Bergen (52%) and "
            "Trondheim (17%).")
    assert _share_sums(text) == []
