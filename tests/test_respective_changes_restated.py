"""Changes listed "respectively" after a list of subjects take each its own subject: "both the tonnage and the
value of cargo ... dropped in the third quarter, by 4.1 and 7.2 per cent respectively" gives 7.2 per cent the
value of cargo (a phrase after "of" on the last subject is all of theirs) (measures.change_name_of); a verb of
change, its time or place, then ", by" gives the figure its direction (frames). Such a change told again for
its own subject in another sentence is one change stated twice; another subject's change stays apart. The
texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of
from auditor.grammar import Role, measures

CHECK = "same-measure-conflict"

TOLD = [
    ("Compared with 2021, both the tonnage and the value of cargo handled at the river port dropped in the third "
     "quarter, by 4.1 and 7.2 per cent respectively. The value of cargo handled declined by {} per cent to €41.6 "
     "million, the authority said.", "7.2", "7.8"),
    ("Against the first half of 2019, the number and the average size of new mortgages rose in the first half of "
     "2020, by 3.6 and 2.2 per cent respectively. The number of new mortgages grew {} per cent in the first half "
     "of 2020, to 18,240, the lenders' body said.", "3.6", "6.3"),
    ("In 2022 the output and the export earnings of the tea estates grew by 5.1 and 8.8 per cent respectively. "
     "Export earnings of the tea estates rose {} per cent in 2022, helped by a weaker currency.", "8.8", "9.8"),
]


@pytest.mark.parametrize("text, right, wrong", TOLD)
def test_a_respective_change_told_again_must_agree(text, right, wrong):
    assert not errors(text.format(right), CHECK)
    assert errors(text.format(wrong), CHECK)


DECOYS = [
    # the later sentence tells the other subject's change
    "In 2022 the output and the export earnings of the tea estates grew by 5.1 and 8.8 per cent respectively. "
    "Output of the tea estates rose 5.1 per cent in 2022, helped by rain.",
    # another period
    "In 2022 the output and the export earnings of the tea estates grew by 5.1 and 8.8 per cent respectively. "
    "Export earnings of the tea estates rose 4.2 per cent in 2021.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_another_subjects_or_periods_change_stays_apart(text):
    assert not errors(text, CHECK)


def test_each_listed_change_takes_its_own_subject_and_the_verbs_direction():
    meaning = meaning_of(TOLD[0][0].format("7.2"))
    listed = meaning.figures[:2]
    names = [measures.change_name_of(meaning.segment_of(f), meaning.frame(f).slot)[0] for f in listed]
    assert [(n.head, sorted(n.words)) for n in names] == [("tonnage", ["cargo", "handled"]),
                                                          ("value", ["cargo", "handled"])]
    assert [(meaning.frame(f).role, meaning.frame(f).direction) for f in listed] == [(Role.RELATIVE_CHANGE, -1)] * 2
