"""One act told twice of one event: a summary line ("• The gale has damaged 4,312 homes") and the
body sentence that tells it again ("In all, 4,312 homes were damaged"), with the same head noun in
the same words, the same verb of what was done to it (active or passive, a count in apposition
between: "4,312 homes or 9,800 rooms were damaged"), and no period in either clause nor carried to
either figure. A mismatch is an error. Decoys: another verb (a subgroup "sheltered"), another
subject, a period named, a part. The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.grammar import measures
from auditor.model import Status

CHECK = "same-measure-conflict"

BROKEN = [
    "SUMMARY\n\n• The wildfire has destroyed 1,284 buildings with 3,900 rooms.\n\n"
    "Damage\n\nIn all, 1,248 buildings or 3,900 rooms were destroyed in 31 villages.\n",
    "Key points\n\n- The outbreak has infected 7,315 cattle on 402 farms.\n\n"
    "Veterinary officers said that 7,513 cattle were infected across the province.\n",
    "Highlights\n\n* Landslides have buried 186 vehicles.\n\n"
    "Rescue teams found that 168 vehicles were buried, police said.\n",
    "• The cyclone has displaced 23,410 households.\n\n"
    "Overall, 23,140 households were displaced, according to the relief agency.\n",
]


@pytest.mark.parametrize("text", BROKEN)
def test_the_same_act_told_twice_with_another_count_is_an_error(text):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text, CHECK)]


AGREEING = [
    "• The wildfire has destroyed 1,284 buildings with 3,900 rooms.\n\n"
    "In all, 1,284 buildings or 3,900 rooms were destroyed in 31 villages.\n",
]


@pytest.mark.parametrize("text", AGREEING)
def test_the_same_act_told_twice_with_one_count_agrees(text):
    statuses = [s for s, _ in verdicts(text, CHECK)]
    assert statuses and Status.INCONSISTENT not in statuses


DECOYS = [
    # another verb: a subgroup of the households
    "• The cyclone has displaced 23,410 households.\n\n"
    "Of these, 2,140 households were sheltered in schools.\n",
    # another subject does the act
    "• The cyclone has flooded 5,200 homes.\n\n"
    "The river then flooded 2,500 homes further downstream.\n",
    # a period named: two times
    "• The cyclone has damaged 5,200 homes in March.\n\n"
    "In April, 2,500 homes were damaged by the second storm.\n",
    # a subgroup named by a phrase of place after the noun
    "• The storm has affected 8,200 families.\n\n"
    "Some 2,150 families inside evacuation centres were affected by power cuts.\n",
    # a new count beside the running total
    "• The outbreak has infected 7,315 cattle.\n\n"
    "Another 715 cattle were infected after the fair.\n",
    "• The outbreak has infected 7,315 cattle.\n\n"
    "Some 715 new cattle were infected after the fair.\n",
    # a forecast
    "• The flood has damaged 4,312 homes.\n\n"
    "Engineers expect that 6,000 homes will be damaged if the dam fails.\n",
    # another noun in the same clause
    "• The cyclone has damaged 5,200 homes.\n\n"
    "Some 2,500 school buildings were damaged too.\n",
]


@pytest.mark.parametrize("text", DECOYS)
def test_no_error_for_other_acts_subjects_or_times(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


def _slot(text: str, figure: str):
    meaning = meaning_of(text)
    for seg in meaning.segments:
        for k, f in enumerate(seg.figures):
            if f.text == figure:
                return seg, k
    raise AssertionError(figure)


def test_a_passive_verb_after_a_count_in_apposition_is_the_figures_verb():
    seg, k = _slot("In all, 1,248 buildings or 3,900 rooms were destroyed in 31 villages.", "1,248")
    assert measures.verb_of(seg, k) == measures.verb_of(*_slot("Fire destroyed 1,284 buildings.", "1,284"))
    assert measures.verb_of(seg, k)


def test_a_word_that_sums_is_no_subject():
    seg, k = _slot("Overall, 23,140 households were displaced.", "23,140")
    assert "overall" not in measures.subject_words(seg, k, measures.name_of(seg, k))


def test_a_partitive_takes_the_later_count_out_of_the_whole():
    text = ("• The tremor has injured 1,540 miners.\n\n"
            "Of these, 370 miners were injured in the north shaft.\n")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]
