"""Changes of parts against the change of their whole (relations.change_sums): when the parts'
levels add up to the whole's level, their changes in units add up to the whole's change.
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of
from auditor.model import Status
from auditor.relations import change_sums


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    from auditor.engine import decide_all
    findings = decide_all(list(change_sums(meaning_of(text), "sum-of-parts")))
    return [(f.status, tuple(x.text for x in f.figures)) for f in findings]


HOLDS = [
    # parts first, then the whole
    "Wheat output was 2,415 tonnes, up 3.1% (73 tonnes), and barley output 1,208 tonnes, up 5.0% (58 tonnes). "
    "Grain output in all was 3,623 tonnes, up 3.8% (131 tonnes).",
    # the whole first, then its parts
    "Total arrivals reached 58,930 in May, up 6.2% (3,440). Air arrivals were 41,215, up 7.4% (2,840), "
    "and sea arrivals 17,715, up 3.5% (600).",
    # one part falls while the other rises
    "Day patients numbered 6,140, down 2.0% (125), while inpatients rose to 3,905, up 4.9% (182). "
    "Patients in all numbered 10,045, up 0.6% (57 patients).",
]


@pytest.mark.parametrize("text", HOLDS)
def test_changes_of_parts_add_up_to_the_change_of_the_whole(text):
    [(status, figures)] = verdicts(text)
    assert status is Status.CONSISTENT and len(figures) == 3


def test_changes_that_do_not_add_up_are_an_error():
    text = HOLDS[1].replace("up 6.2% (3,440)", "up 6.2% (3,340)")
    assert [status for status, _ in verdicts(text)] == [Status.INCONSISTENT]


DECOYS = {
    "levels that do not add up": "Air arrivals were 41,215, up 7.4% (2,840), and sea arrivals 17,715, up 3.5% (600). "
                                 "Hotel stays reached 61,930, up 6.2% (3,610).",
    "levels too round to tell a sum from a coincidence": "Air arrivals were 41,000, up 7% (2,800), and sea arrivals "
                                                          "18,000, up 3% (600). Visitors numbered 59,000, up 6% (3,100).",
    "parts far from the whole": "Air arrivals were 41,215, up 7.4% (2,840). " + "Nothing else changed. " * 5
                                + "Sea arrivals were 17,715, up 3.5% (600). " + "Rain fell. " * 5
                                + "Total arrivals reached 58,930 in May, up 6.2% (3,340).",
}


@pytest.mark.parametrize("text", DECOYS.values(), ids=DECOYS.keys())
def test_no_change_sum_without_parts_that_add_up_nearby(text):
    assert verdicts(text) == []
