"""A total its sentence says joins a counted number of things ("the two sources together", "between them,
the three mills", "both ferries combined"): its parts are that many levels of its unit told in the
sentences before it (or, when there are too few before, after it), and the count says they are all."""
import pytest

from auditor.model import Status
from tests._reading import errors, verdicts

CHECK = "sum-of-parts"


@pytest.mark.parametrize("text, figures", [
    ("The northern mill ground 4,120 tonnes of flour in June. The southern mill ground 2,310 tonnes. "
     "Between them, the two mills ground 6,530 tonnes.", ("4,120 tonnes", "2,310 tonnes", "6,530 tonnes")),
    ("Ferry A carried 58,200 passengers over the summer. Ferry B carried 41,700 passengers. "
     "Combined, the two ferries carried 101,900 passengers.", ("58,200", "41,700", "101,900")),
    ("Lisbon hosted 14 fairs. Porto hosted 9 fairs, and Faro hosted 6 fairs. Altogether the three cities "
     "hosted 31 fairs.", ("14", "9", "6", "31")),
    ("The regional labs ran 2,480 tests last week. The city hospital ran a further 1,950 tests. "
     "Together these two sites ran 4,630 tests.", ("2,480", "1,950", "4,630")),
    ("The four counties together reported 11,900 new firms in 2023. Kerry reported 3,100 new firms. "
     "Clare reported 2,900, Cork 4,800 and Mayo 1,800.", ("3,100", "2,900", "4,800", "1,800", "11,900")),
])
def test_a_counted_total_that_its_parts_do_not_make_is_flagged(text, figures):
    assert figures in errors(text, CHECK)


@pytest.mark.parametrize("text", [
    "The northern mill ground 4,120 tonnes of flour in June. The southern mill ground 2,310 tonnes. "
    "Between them, the two mills ground 6,430 tonnes.",
    "The three sub-regions together exported €9.84 billion. Region one exported €4.12 billion, region two "
    "€3.31 billion and region three €2.41 billion.",
    "Both reservoirs together held 412 million cubic metres. The upper lake held 260 million cubic metres. "
    "The lower lake held 152 million cubic metres.",
])
def test_a_counted_total_its_parts_make_checks_out(text):
    found = [status for status, _ in verdicts(text, CHECK)]
    assert found and all(status is Status.CONSISTENT for status in found)


@pytest.mark.parametrize("text", [
    # capacity is no part of what was generated
    "The hydro fleet has 2,300 MW of installed capacity. Gas turbines add another 1,400 MW of capacity. "
    "Together, the two sources delivered 4,100 MW at the winter peak.",
    # two years of one measure, then a total over a longer span: no count joins them
    "The mine produced 3,400 ounces in 2021 and 3,900 ounces in 2022. In all, it has produced 21,000 ounces "
    "since 2015.",
    # the count is of other things than the parts before ("the two teams"), and too many parts for it
    "Each week the clinic sees 120 patients, 80 patients and 60 patients at its three branches. Together "
    "the two doctors saw 150 patients.",
])
def test_figures_side_by_side_with_no_counted_total_are_not_flagged(text):
    assert errors(text, CHECK) == []


# --- a total, then sentences of the passage each stating levels of its unit ---------------------------------

@pytest.mark.parametrize("text, figures", [
    # the last part the remainder: the parts make up the total
    ("In all, 2,140 appeals were heard in 2023. Tax appeals made up 1,020 appeals. Planning appeals made up "
     "760 appeals. Licensing appeals made up the remaining 410.", ("1,020", "760", "410", "2,140")),
    # a group and its negation leave nobody out
    ("The port handled 9.6 million tonnes of cargo in total last year. Container cargo rose to 6.1 million "
     "tonnes. Non-container cargo came to 3.1 million tonnes.", ("6.1 million tonnes", "3.1 million tonnes",
                                                                "9.6 million tonnes")),
])
def test_parts_told_sentence_by_sentence_that_miss_their_total_are_flagged(text, figures):
    assert figures in errors(text, CHECK)


def test_parts_told_sentence_by_sentence_that_make_their_total_check_out():
    text = ("In all, 2,140 appeals were heard in 2023. Tax appeals made up 1,020 appeals. Planning appeals made "
            "up 760 appeals. Licensing appeals made up the remaining 360.")
    found = verdicts(text, CHECK)
    assert found and all(status is Status.CONSISTENT for status, _ in found)


def test_the_total_marked_and_amounts_handed_out_of_it_are_no_more_than_it():
    text = ("Total spending on the scheme came to €48 million. Roads accounted for €31 million. Bridges "
            "accounted for €22 million.")
    assert ("€31 million", "€22 million", "€48 million") in errors(text, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    # levels side by side: the first is no total of the others
    "Germany sent $15.4 billion. Italy sent $9.3 billion. Spain sent $8.8 billion.",
    # another total after the first one is another measure's, not a part
    "The total sheep flock stood at 13.8 million head. The total cattle herd shrank to 9.1 million head. "
    "Pig numbers fell to 5.2 million head.",
    # the gap between two groups is no third group
    "The town's population stood at 41,200. Women numbered 20,100 and men 21,100. Men outnumbered women by "
    "1,000.",
])
def test_levels_in_a_row_that_state_no_parts_are_not_flagged(text):
    assert errors(text, CHECK) == [] and errors(text, "part-exceeds-whole") == []


@pytest.mark.parametrize("text, figures", [
    ("The agency employs 4,210 staff, of which 3,050 are unionised and 1,260 non-unionised.",
     ("3,050", "1,260", "4,210")),
    ("Of the 1,940 households surveyed, 1,210 were members and 690 non-members.", ("1,210", "690", "1,940")),
])
def test_a_group_and_its_negation_make_up_the_whole(text, figures):
    assert figures in errors(text, CHECK)


# --- kinds named together, then their levels 'respectively' for each of two years ---------------------------

@pytest.mark.parametrize("text, figures", [
    ("Public and private hospitals admitted 212,400 patients in 2022. Admissions at public and private "
     "hospitals went from 141,300 and 60,200 respectively in 2021 to 150,100 and 71,300 respectively in 2022.",
     ("150,100", "71,300", "212,400")),
    ("Freight moved by urban and rural carriers grew from 8.2 and 3.9 million tonnes respectively in 2019 to "
     "8.8 and 4.1 million tonnes respectively in 2020. Carriers moved 12.1 million tonnes in 2019 and 13.5 "
     "million tonnes in 2020.", ("8.8", "4.1 million tonnes", "13.5 million tonnes")),
])
def test_a_years_respective_levels_that_miss_its_total_are_flagged(text, figures):
    assert figures in errors(text, CHECK)


def test_a_years_respective_levels_that_make_its_total_check_out():
    text = ("Outbound and inbound calls rose from 41,500 and 38,100 respectively in 2022 to 44,900 and 39,300 "
            "respectively in 2023. The centre handled 79,600 calls in 2022 and 84,200 calls in 2023.")
    found = [status for status, _ in verdicts(text, CHECK)]
    assert found.count(Status.CONSISTENT) == 2 and Status.INCONSISTENT not in found


def test_respective_levels_of_kinds_that_leave_some_out_are_no_sum():
    # wheat and maize are not all the grain: no error when they fall short of it
    text = ("Wheat and maize output rose from 4.1 and 2.2 million tonnes respectively in 2021 to 4.4 and 2.3 "
            "million tonnes respectively in 2022. Grain output was 9.0 million tonnes in 2022.")
    assert errors(text, CHECK) == [] and errors(text, "part-exceeds-whole") == []


def test_parts_told_sentence_by_sentence_for_two_different_periods_are_no_parts_of_one_total():
    text = ("Total output was 5,200 tonnes. The north mill produced 2,100 tonnes in the first half. "
            "The south mill produced 1,900 tonnes in the second half.")
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(text, "sum-of-parts")]
