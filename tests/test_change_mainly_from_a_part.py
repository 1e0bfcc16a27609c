"""A whole's change said to come mainly from one part (grammar.order, checked by the ranking check): the part's change
is more than half the whole's. "Visits fell by 12,400 in 2023. The fall in visits came mainly from day-trippers, whose
numbers dropped by 8,100"; "Grain output rose to 412,000 tonnes from 398,000 tonnes, mostly thanks to a bigger harvest
in Kano. Kano's output went up by 9,500 tonnes". Rates in percent say nothing of a part's share of the change. The
sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "ranking")


MAINLY = [
    ("Visits to the park fell by 12,400 in 2023. The fall in visits came mainly from day-trippers, whose numbers "
     "dropped by 8,100.", ("8,100", "12,400")),
    ("Grain output rose to 412,000 tonnes from 398,000 tonnes, mostly thanks to a bigger harvest in Kano. Kano's output "
     "went up by 9,500 tonnes.", ("9,500 tonnes", "412,000 tonnes", "398,000 tonnes")),
    ("Staff numbers dropped by 2,300 over the year. The drop in staff was largely due to the closed depots, which "
     "shed 1,700 jobs.", ("1,700", "2,300")),
]


@pytest.mark.parametrize("text, figures", MAINLY)
def test_the_part_brought_most_of_the_change(text, figures):
    assert (Status.CONSISTENT, figures) in verdicts(text)
    assert len(meaning_of(text).main_parts) == 1


@pytest.mark.parametrize("text, old, new", [
    (MAINLY[0][0], "8,100", "5,100"),
    (MAINLY[1][0], "9,500 tonnes", "5,500 tonnes"),
    (MAINLY[2][0], "1,700", "700"),
])
def test_a_part_of_less_than_half_the_change_is_an_error(text, old, new):
    assert [v for v in verdicts(text.replace(old, new)) if v[0] is Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # rates in percent: a part's rate is no share of the change
    "Prices rose 4.1% in May, mainly because of food, which rose 1.2%.",
    # the next sentence is not of the part named
    "Grain output rose to 412,000 tonnes from 398,000 tonnes, mostly thanks to a bigger harvest in Kano. Rainfall rose "
    "by 120 mm.",
    # a whole of another unit
    "Exports fell by $41m in 2023. The fall in exports came mainly from coffee, whose volume dropped by 3,100 tonnes.",
])
def test_decoys_give_no_relation(text):
    assert not meaning_of(text).main_parts
