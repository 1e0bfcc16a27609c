"""Published errors the auditor used to miss, each read by a general grammar:

- a change told first, with no level of its own, then the next sentence of its passage giving the two levels it
  is between, each dated ("Crossings have risen by 27%. In 2024, 52,418 were made, against 41,306 in 2020"): the
  order news reports favour, the mirror of levels told before their change;
- a source named after a figure by "according to" tells who reports it, not whose it is, so it does not stop
  the change from being the one the next sentence's move makes.

Each broken relation must be flagged, its consistent twin must not, and decoys with the same figures and no
relation stated must stay unflagged. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT
OPENING = "The harbour board published its annual review of the river ferries on Monday.\n\n"


@pytest.mark.parametrize("change, status", [("26.9%", OK), ("35%", ERROR), ("11,112", OK), ("1,112", ERROR)])
@pytest.mark.parametrize("text", [
    # a paragraph each, the change's subject a long phrase ending on a place, the levels compared
    "The number of ferry tickets sold to islanders in North Uist has gone up by {change} over the last four "
    "years.\n\nIn 2024, 52,418 tickets were sold, against 41,306 in 2020.",
    # one paragraph, the levels each dated in its own clause
    "Crossings on the northern route went up by {change} in four years. In 2020 the ferries made 41,306 "
    "crossings, and in 2024 they made 52,418 crossings.",
    # one dated level a sentence after the change
    "Ferry crossings on the northern route have risen by {change} over the last four years. In 2024, 52,418 "
    "crossings were made. In 2020 the ferries made 41,306 crossings.",
])
def test_a_change_then_the_two_dated_levels_it_is_between(text, change, status):
    check = "difference" if "," in change else "growth-rate"
    assert statuses(OPENING + text.format(change=change), check) == [status]


@pytest.mark.parametrize("text", [
    # the change is of what each crossing costs, the levels count crossings
    "Ticket prices on the northern route have risen by 35% over the last four years.\n\n"
    "In 2024, 52,418 crossings were made, against 41,306 in 2020.",
    # the change names the levels' noun, but as the thing whose price moved
    "Parcel prices have risen by 35% over the last four years.\n\n"
    "In 2024, 52,418 parcels were sent, against 41,306 in 2020.",
    # the change dates itself to another year than the later level's
    "Ferry crossings on the northern route rose by 35% in 2021.\n\n"
    "In 2024, 52,418 crossings were made, against 41,306 in 2020.",
    # the change names a base year of its own
    "Ferry crossings on the northern route are up 35% on 2015.\n\n"
    "In 2024, 52,418 crossings were made, against 41,306 in 2020.",
    # one level a sentence, but the change dated to another year
    "Ferry crossings on the northern route rose by 35% in 2021. In 2024, 52,418 crossings were made. In 2020 the "
    "ferries made 41,306 crossings.",
    # one level a sentence, the second of another unit
    "Ferry crossings on the northern route have risen by 35% over the last four years. In 2024, 52,418 crossings "
    "were made. In 2020 the ferries carried 41,306 tonnes of freight.",
    # side by side, no change at all
    "The northern route is the busiest of the four.\n\n"
    "In 2024, 52,418 crossings were made, against 41,306 in 2020.",
])
def test_decoys_of_a_change_before_dated_levels_stay_unflagged(text):
    for check in ("growth-rate", "difference", "same-measure-conflict"):
        assert errors(OPENING + text, check) == []


@pytest.mark.parametrize("change, status", [("N210 billion", OK), ("N21 billion", ERROR)])
def test_a_source_after_the_change_is_no_subject_of_its_own(change, status):
    text = (f"Pension assets grew by {change} in a single month, according to the National Pension Commission "
            "(PenCom).\n\nFigures from the commission show that pension assets, which stood at N9.12 trillion in "
            "March 2021, had risen to N9.33 trillion by April 2021.")
    assert statuses(text, "difference") == [status]


def test_a_change_of_another_measure_before_the_move_stays_unflagged():
    text = ("Contributions grew by N21 billion in a single month, according to the National Pension Commission "
            "(PenCom).\n\nFigures from the commission show that pension assets, which stood at N9.12 trillion in "
            "March 2021, had risen to N9.33 trillion by April 2021.")
    assert errors(text, "difference") == []
