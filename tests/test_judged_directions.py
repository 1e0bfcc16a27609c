"""Two levels of one measure whose order the words give without a sign: a move judged better or worse
("the cost ratio improved to 58% from 61%": down for a measure where less is better, up for any other,
only suggested), and a level set against last period's after a sentence saying which way that one measure
went ("Pass rates have fallen. The pass rate was 71.4%, compared with 68.9% in 2022"; only suggested, as
the sentence before may speak of a wider measure: grammar.links._moved_said_before). The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.grammar.measures import judged_direction
from auditor.model import Status


@pytest.mark.parametrize("words, direction", [
    ("The bank's default rate improved to", -1),
    ("The cost-to-income ratio, however, improved from", -1),
    ("Average occupancy improved from", 1),
    ("The share of on-time trains deteriorated to", -1),
    ("Infection rates on the wards worsened to", 1),
    ("Customer satisfaction slipped to", 0),  # a sign, not a judgement: the verb readers' own
    ("Output rose to", 0),
])
def test_a_judged_move_takes_its_sign_from_the_measure(words, direction):
    assert judged_direction(words) == direction


def test_the_measure_may_stand_outside_the_judging_clause():
    assert judged_direction("however, improved to", "The claims ratio, however, improved to") == -1


@pytest.mark.parametrize("text, pair", [
    ("The default rate on card loans improved to 2.1% in the third quarter from 2.8% a year before.", ("2.1%", "2.8%")),
    ("Average hotel occupancy improved from 64 percent in 2021 to 71 percent in 2022.", ("71 percent", "64 percent")),
    ("The insurer's expense ratio deteriorated to 31.5% from 29.8%.", ("31.5%", "29.8%")),
    ("Punctuality worsened from 91.2% in May to 87.4% in June.", ("87.4%", "91.2%")),
])
def test_a_judged_move_that_holds_is_read(text, pair):
    assert (Status.CONSISTENT, pair) in verdicts(text, "change-direction")


@pytest.mark.parametrize("text", [
    "The default rate on card loans improved to 3.1% in the third quarter from 2.8% a year before.",
    "Average hotel occupancy improved from 74 percent in 2021 to 71 percent in 2022.",
    "The insurer's expense ratio deteriorated to 27.5% from 29.8%.",
])
def test_a_judged_move_the_other_way_is_only_undetermined(text):
    # the measure's polarity is read from its words, never stated: no error
    found = verdicts(text, "change-direction")
    assert found and all(status is Status.UNDETERMINED for status, _ in found)


@pytest.mark.parametrize("now, status", [("71.4", Status.UNDETERMINED), ("66.1", Status.CONSISTENT)])
def test_a_direction_said_of_one_measure_then_its_rate_against_last_years(now, status):
    text = (f"Pass rates in the northern district have fallen since last year. The district recorded a pass rate "
            f"of {now} percent, compared with 68.9 percent in 2022.")
    assert (status, (f"{now} percent", "68.9 percent")) in verdicts(text, "change-direction")


@pytest.mark.parametrize("now, status", [("83", Status.CONSISTENT), ("72", Status.UNDETERMINED)])
def test_the_level_may_be_set_against_a_time_named_after_it(now, status):
    text = f"Hotel occupancy rose this summer. Occupancy averaged {now} percent in August, against 77 percent a year earlier."
    assert (status, (f"{now} percent", "77 percent")) in verdicts(text, "change-direction")


@pytest.mark.parametrize("now, status", [("4.6", Status.CONSISTENT), ("5.3", Status.UNDETERMINED)])
def test_a_judging_word_said_of_the_measure_only_suggests_the_order(now, status):
    text = ("Plant reliability kept sliding, and the worsening load factor drew comment from the regulator. "
            f"The load factor was {now} in June, compared with 5.1 a year earlier.")
    assert (status, (now, "5.1")) in verdicts(text, "change-direction")


@pytest.mark.parametrize("text", [
    # the statement is of another measure: its direction says nothing of this one
    "Ticket prices have risen this season. Attendance averaged 41.2 percent, compared with 44.0 percent last season.",
    # not the sentence just before: another stands between
    "Bus ridership has fallen. Drivers struck twice in the spring. "
    "Ridership was 3,400 a day, compared with 3,100 a year earlier.",
    # the sentence before gives figures of its own
    "Hotel occupancy rose 4% this summer. Occupancy averaged 72 percent in August, against 77 percent a year earlier.",
])
def test_no_order_without_a_figureless_statement_of_this_measure_just_before(text):
    assert not [f for s, f in verdicts(text, "change-direction") if "3,400" in f or "72 percent" in f or "41.2 percent" in f]


def test_a_statement_both_ways_gives_no_error():
    text = "Exam entries fell in the spring but entries rose in the autumn. Entries were 4,120, compared with 4,350 last year."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "change-direction")]
