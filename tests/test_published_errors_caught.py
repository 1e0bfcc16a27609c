"""Published errors the auditor used to miss, each read by a general grammar:

- a change told first, with no level of its own, then the next sentence of its passage giving the two levels it
  is between, each dated ("Crossings have risen by 27%. In 2024, 52,418 were made, against 41,306 in 2020"): the
  order news reports favour, the mirror of levels told before their change;
- a source named after a figure by "according to" tells who reports it, not whose it is, so it does not stop
  the change from being the one the next sentence's move makes;
- "up" after a verb of gathering or recording ("picked up 323 km²") is the verb's particle: the amount is a level.

Each broken relation must be flagged, its consistent twin must not, and decoys with the same figures and no
relation stated must stay unflagged. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, role_of, statuses
from auditor.grammar.frames import Role
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
    # a move of another measure, its levels marked by "from" and "to" but not dated
    "Ferry crossings on the northern route have risen by 35% over the last four years.\n\n"
    "Freight on the route went from 41,306 tonnes to 52,418 tonnes.",
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


# "up" as the particle of a verb of gathering or recording ("picked up", "notched up") makes no rise of an amount:
# the amount is what was gathered, a level an earlier time's level can be set against.
@pytest.mark.parametrize("text, figure, role", [
    ("Back then, the satellite picked up 323 km² of cleared forest.", "323 km²", Role.LEVEL),
    ("The airline clocked up 1,204 flights over the season.", "1,204", Role.LEVEL),
    # before a percentage "picked up" is still a rise
    ("Retail sales picked up 5% in May.", "5%", Role.RELATIVE_CHANGE),
    # and "up" after a verb of change is a rise of an amount too
    ("Cleared forest went up 323 km² in July.", "323 km²", Role.CHANGE),
])
def test_an_amount_a_verb_of_gathering_picked_up_is_a_level(text, figure, role):
    assert role_of(text, figure) is role


@pytest.mark.parametrize("change, consistent", [("159%", True), ("258%", False)])
def test_a_level_picked_up_is_set_against_the_present_one(change, consistent):
    text = ("The institute released its monthly satellite report on Tuesday.\n\nIn July the satellite picked up 836 km² "
            f"of cleared forest. A year earlier, it picked up 323 km² of cleared forest. That amounts to an increase "
            f"of {change}.")
    found = statuses(text, "growth-rate")
    assert found and (found == [OK] if consistent else OK not in found)
