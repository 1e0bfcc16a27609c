"""A record named by its noun and broken by a verb of beating ("227,000 came, beating last year's record of
215,000") puts the clause's own figure at least at the record's; a new record ("a record 2.4 million tonnes",
"the highest ever") is likely at least its measure's level of another time said just before. Figures beside a
record that nothing beats, a record beaten in the passive, a hedged figure and another measure's level are no
such claim."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


def _pairs(text: str) -> dict[frozenset[str], Status]:
    return {frozenset(figures): status for status, figures in verdicts(text, "ranking")}


POSITIVES = [
    ("Visitors numbered 41,200 in May and beat the old record of 40,100.", "41,200", "40,100", Status.CONSISTENT),
    ("Sales rose to 4.1 million units, breaking the 2019 high of 4.3 million units.", "4.1 million", "4.3 million",
     Status.INCONSISTENT),
    ("Sales rose to 4.1 million units, breaking the 2019 high of 3.9 million units.", "4.1 million", "3.9 million",
     Status.CONSISTENT),
    # a number word between the clause's figure and the verb is no term
    ("The fair drew 52,300 people over the three days, beating last year's record of 53,900 visitors.", "52,300",
     "53,900", Status.INCONSISTENT),
    ("Ridership hit 9,870 on Friday, smashing the record of 10,020 riders.", "9,870", "10,020", Status.INCONSISTENT),
    # a new record against its measure's level of another time just before: only likely
    ("Output was 2.1 million tonnes in 2019. In 2023 output reached a record 1.9 million tonnes.",
     "1.9 million tonnes", "2.1 million tonnes", Status.UNDETERMINED),
    ("Output was 2.1 million tonnes in 2019. In 2023 output reached a record 2.4 million tonnes.",
     "2.4 million tonnes", "2.1 million tonnes", Status.CONSISTENT),
]


@pytest.mark.parametrize("text, new, old, status", POSITIVES)
def test_a_record_beaten_or_set_is_at_least_the_level_before(text, new, old, status):
    assert _pairs(text).get(frozenset((new, old))) is status


DECOYS = [
    # a record said beside a level, beaten by nothing
    ("Sales were 4.1 million units in 2023; the record of 4.3 million units was set in 2019.", "4.1 million",
     "4.3 million"),
    # beaten in the passive, by another
    ("Sales reached 4.1 million units, and the record was beaten by a rival with 4.3 million units.", "4.1 million",
     "4.3 million"),
    # a hedged figure is no firm term
    ("Some 38,000 people came on the three days, beating last year's record of 39,500 visitors.", "38,000", "39,500"),
    # a record of another measure
    ("The club had 1,200 members in 2019. Its stadium set a record of 41,000 fans in 2023.", "1,200", "41,000"),
    # side by side, no record
    ("Output was 2.1 million tonnes in 2019. In 2023 output reached 1.9 million tonnes.", "2.1 million tonnes",
     "1.9 million tonnes"),
    # a record of the same time is no level it beat
    ("In 2023 output reached a record 2.4 million tonnes, of which 2.1 million tonnes were wheat.",
     "2.4 million tonnes", "2.1 million tonnes"),
]


@pytest.mark.parametrize("text, first, second", DECOYS)
def test_no_record_order_is_read(text, first, second):
    assert frozenset((first, second)) not in _pairs(text)
