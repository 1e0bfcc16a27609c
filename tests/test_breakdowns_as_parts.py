"""A whole, then the list of its parts opened by "including", in brackets or after a comma. Degrees that
exclude each other ("fully" and "partly" damaged) sort the parts one way, so parts above their whole
contradict it; the list may leave other degrees out, so parts below it are no error. Labels that may
overlap ("women" and "children") only make it plausible."""
from __future__ import annotations

from auditor.model import Status

from tests._reading import errors, verdicts

PARTS = "part-exceeds-whole"
SUM = "sum-of-parts"


def test_bracketed_including_list_above_its_whole_is_an_error():
    text = "The cyclone damaged 7,240 homes (including 2,950 fully and 4,310 partly), the relief office said."
    assert errors(text, PARTS) == [("2,950", "4,310", "7,240")]


def test_including_list_after_a_comma_above_its_whole_is_an_error():
    text = "Floodwater reached 7,240 homes, including 2,950 completely and 4,310 partially."
    assert errors(text, PARTS) == [("2,950", "4,310", "7,240")]


def test_bracketed_staff_kinds_above_the_headcount_is_an_error():
    # (full-time and part-time leave nobody out, so the brackets give the headcount's whole breakdown)
    text = "The hospital employs 3,100 people (including 2,260 full-time and 910 part-time staff)."
    assert errors(text, PARTS) + errors(text, SUM) != []


def test_including_list_below_its_whole_is_no_error():
    text = "The cyclone damaged 7,240 homes (including 2,950 fully and 4,110 partly), the relief office said."
    assert errors(text, PARTS) == []
    assert errors(text, SUM) == []


def test_including_list_of_degrees_is_a_bound_not_a_total():
    # (the list may leave slightly damaged roofs out: 5,900 of 6,400 is no contradiction)
    text = "Hail damaged 6,400 roofs, including 3,300 fully and 2,600 partly."
    assert errors(text, SUM) == []
    assert errors(text, PARTS) == []


def test_overlapping_groups_above_the_whole_are_no_error():
    text = "The mobile unit vaccinated 38 villagers, including 31 women and 11 children."
    assert errors(text, PARTS) == []
    assert errors(text, SUM) == []


def test_bracketed_list_of_another_period_is_no_breakdown():
    text = "Exports reached 1,450 containers in March (including 800 in February and 700 in April)."
    assert [v for v in verdicts(text, PARTS) if v[0] is Status.INCONSISTENT] == []


def test_bracketed_list_of_another_measure_is_not_summed():
    text = "The fire burned 410 hectares (including 230 hectares of pine and 64 barns)."
    assert errors(text, PARTS) == []
    assert errors(text, SUM) == []


def test_complete_breakdown_as_follows_still_adds_up_to_its_whole():
    text = ("The state budget of $6.2bn is broken down as follows: $1.1bn for salaries, $2.4bn for "
            "roads and $3.1bn for schools.")
    assert errors(text, SUM) == [("$1.1bn", "$2.4bn", "$3.1bn", "$6.2bn")]


def test_complete_breakdown_below_its_whole_is_an_error():
    text = "The grant of €9.5 million is made up of €2.5 million for housing, €3.0 million for parks and €3.2 million for transport."
    assert errors(text, SUM) == [("€2.5 million", "€3.0 million", "€3.2 million", "€9.5 million")]


def test_breakdown_hedged_by_such_as_is_not_a_total():
    text = "The grant of €9.5 million comprises items such as €2.5 million for housing and €3.0 million for parks."
    assert errors(text, SUM) == []
    assert errors(text, PARTS) == []


def test_breakdown_that_goes_on_after_its_last_item_is_not_a_total():
    text = ("The grant of €9.5 million is made up of €2.5 million for housing and €3.0 million for parks, "
            "among others.")
    assert errors(text, SUM) == []
