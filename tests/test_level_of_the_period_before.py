"""A change beside the one level its sentence states for a period, after a sentence of the same passage
whose one level of that unit is of the same measure and subject, stated for the period before: the
change is from that level (grammar.links.olds_of_the_period_before). Two subjects' levels, a change set
against another span ("since 2019") or a level two periods back stay apart. The texts are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses, verdicts
from auditor.model import Status

# (text, the change that fits, a wrong one, the check that reads it)
TOLD = [
    ("Membership stood at 33,800 at the end of 2021. By the end of 2022 it had risen by {} to 36,400.",
     "2,600", "2,900", "difference"),
    ("The shelter housed 4,150 animals in 2020. In 2021 it housed 4,620 animals, {} more than a year before.",
     "470", "370", "difference"),
    ("The county library lent 182,300 books in 2018. In 2019 it lent 171,900 books, a fall of {}.",
     "10,400", "14,000", "difference"),
    ("The ferry line carried 2.41 million passengers in 2022. In 2023 it carried 2.65 million passengers, "
     "up {} on the year.", "10%", "13%", "growth-rate"),
    ("Club membership stood at 33,800 at the end of 2021. Club membership had reached 36,400 by the end of 2022, "
     "an increase of {}.", "2,600", "2,900", "difference"),
    ("Orchard exports were worth $412 million in 2016. Orchard exports reached $467 million in 2017, a gain of {}.",
     "$55 million", "$65 million", "difference"),
]


@pytest.mark.parametrize("text, right, wrong, check", TOLD)
def test_a_change_is_from_the_level_the_sentence_before_states_for_the_period_before(text, right, wrong, check):
    assert Status.CONSISTENT in statuses(text.format(right), check)
    assert Status.INCONSISTENT not in statuses(text.format(right), check)
    assert errors(text.format(wrong), check)


DECOYS = [
    # two subjects: the southern depot's change is from its own year before, not the northern depot's
    "The northern depot shipped 4,500 parcels in 2021. The southern depot shipped 5,100 parcels in 2022, "
    "900 more than a year before.",
    # two places' levels, named after the measure or before it
    "Sales in the north were 4,150 units in 2020. In 2021 sales in the south reached 4,620 units, 370 more than "
    "a year before.",
    "Northern sales were 4,150 units in 2020. In 2021 southern sales reached 4,620 units, 370 more than a year before.",
    # a part's level before, the whole's after: which one moved is not said
    "Sales in the north were 4,150 units in 2020. In 2021 sales reached 4,620 units, 370 more than a year before.",
    # the change is set against another span
    "The shelter housed 4,150 animals in 2020. In 2021 it housed 4,620 animals, 1,100 more than in 2018.",
    "The shelter housed 4,150 animals in 2020. In 2021 it housed 4,620 animals, 1,100 more over three years.",
    # the change names another base
    "The shelter housed 4,150 animals in 2020. In 2021 it housed 4,620 animals, 2,300 more than its sister shelter.",
    "Membership stood at 33,800 at the end of 2021. By the end of 2022 it had reached 36,400, a gain of 2,900 on "
    "the 2019 figure.",
    # the level before is of two periods back
    "The shelter housed 4,150 animals in 2019. In 2021 it housed 4,620 animals, 90 more than a year before.",
    # another measure in the sentence before
    "The shelter employed 41 staff in 2020. In 2021 it housed 4,620 animals, 300 more than a year before.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_no_change_is_read_from_another_subjects_or_periods_level(text):
    for check in ("difference", "growth-rate"):
        assert not errors(text, check)


def test_a_forecast_level_is_no_level_of_the_period_before():
    text = ("The shelter expects to house 4,150 animals in 2020. In 2021 it housed 4,620 animals, "
            "300 more than a year before.")
    assert not errors(text, "difference")
    assert not [v for v in verdicts(text, "difference") if "4,150" in v[1]] or \
        Status.INCONSISTENT not in statuses(text, "difference")
