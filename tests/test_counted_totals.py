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
