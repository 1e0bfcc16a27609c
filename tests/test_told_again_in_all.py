"""A count told again after a word of totalling ("In all, 8,142 arrivals were recorded"), by the same
head noun and the same verb as a count told before, for the same period: the whole of that measure
stated twice (checks.same_measure, measures.totalled). A count told by another verb, of a part taken
out by a partitive, or of another subject stays apart. The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, statuses

CHECK = "same-measure-conflict"

TOLD = [
    ("The clinic network recorded 8,412 arrivals, 3,905 discharges and 1,277 transfers in 2023. In all, {} "
     "arrivals were recorded over the year, 4 per cent more than in 2022.", "8,412", "8,142"),
    ("The registry logged 3,716 divorces and 9,208 weddings in 2021. Altogether {} weddings were logged in 2021, "
     "the most since 2015.", "9,208", "9,802"),
    ("Inspectors closed 1,530 kitchens and 412 bakeries in 2019. In total, {} kitchens were closed in 2019 "
     "after the new rules came in.", "1,530", "1,350"),
]


@pytest.mark.parametrize("text, right, wrong", TOLD)
def test_a_total_told_again_after_in_all_must_agree(text, right, wrong):
    assert errors(text.format(wrong), CHECK)
    assert not errors(text.format(right), CHECK)


DECOYS = [
    # another verb: the families sheltered are a part of those affected
    "The storm affected 6,120 families in 2022; the shelters housed 105 families. In all, 6,120 families were "
    "affected in 2022.",
    # another subject
    "The northern depot dispatched 4,500 parcels in May 2023. In all, the southern depot dispatched 3,900 "
    "parcels in May 2023.",
    # words after the verb narrow the later count to a part
    "The hospital recorded 2,140 admissions, 880 discharges and 96 deaths in 2021. In all, 1,960 admissions were "
    "recorded in the children's wing in 2021.",
    # another period
    "The clinic network recorded 8,412 arrivals in 2023. In all, 7,950 arrivals were recorded in 2022.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_no_total_is_paired_with_a_part_or_another_subject_or_period(text):
    assert not errors(text, CHECK)


def test_a_word_of_totalling_opens_the_clause():
    from _reading import meaning_of
    from auditor.grammar import measures

    meaning = meaning_of("In all, 8,142 arrivals were recorded. The clinic recorded 3,905 discharges in all.")
    marked = [measures.totalled(meaning.segment_of(f), meaning.frame(f).slot) for f in meaning.figures]
    assert marked == [True, False]
    assert statuses("In all, 8,142 arrivals were recorded.", CHECK) == []
