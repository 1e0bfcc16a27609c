"""A count of one noun per another ("14 pupils per teacher") with the two counts told in the next sentence.

The two counts may stand in different sentences, whose figures are numbered apart: the words between them are read
only inside one sentence (reading them across two once raised an internal error). An average restated for another
year ("The figure was 4.1 guests in 2019") is no count of guests.
"""
from __future__ import annotations

from auditor.model import Status
from tests._reading import verdicts


def test_counts_told_in_the_next_sentence_are_read_without_error():
    text = ("The ratio stood at 14 pupils per teacher, with 52 schools and 174 teachers in the district. "
            "The district counted 2,436 pupils.")
    assert verdicts(text, "ratio") == [(Status.CONSISTENT, ("2,436", "174", "14"))]


def test_counts_told_in_the_next_sentence_that_break_the_ratio_are_a_question():
    # (counts in a sentence of their own may be of another group: a miss is undetermined, not an error)
    text = ("The ratio stood at 14 pupils per teacher, with 52 schools and 174 teachers in the district. "
            "The district counted 2,960 pupils.")
    assert verdicts(text, "ratio") == [(Status.UNDETERMINED, ("2,960", "174", "14"))]


def test_an_average_restated_for_another_year_is_no_count():
    text = ("An average of 3.9 guests per room was logged by the inspectors, who counted 1,170 guests in 390 rooms. "
            "The figure was 4.1 guests in 2019.")
    assert verdicts(text, "ratio") == [(Status.INCONSISTENT, ("1,170", "390", "3.9"))]
