"""A level a still verb gives, then a move of the same subject named again in a later clause of the sentence
(grammar.links, the series' steps): "turnout among members stands at 61.5%, while measured against all voters, turnout
drops to 54.2%" - the same measure taken another way moved from the first level. Present-tense moves ("drops to",
"climbs to") read like past ones. Checked by the change-direction check. The sentences are written here; none is a
report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "change-direction")


def steps(text: str) -> set[tuple[str, str, int, bool]]:
    return {(link.new.text, link.old.text, link.direction, link.certain) for link in meaning_of(text).steps}


AGAIN = [
    ("Attendance among season-ticket holders stands at 61.5 per cent, while measured against all tickets sold, "
     "attendance falls to 54.2 per cent.", "54.2 per cent", "61.5 per cent", -1),
    ("Coverage in the 40 surveyed districts is 72.4%, but counting the remote islands as well, coverage drops to "
     "66.0%.", "66.0%", "72.4%", -1),
    ("The pass rate of full-time students was 58.3%; while on the wider count, including part-timers, the pass rate "
     "rises to 60.1%.", None, None, 0),
    ("Profit per store came to £41,200, while excluding one-off gains, profit climbs to £43,900.",
     "£43,900", "£41,200", 1),
]


@pytest.mark.parametrize("text, new, old, direction", [a for a in AGAIN if a[1]])
def test_a_move_of_the_subject_named_again(text, new, old, direction):
    assert (new, old, direction, True) in steps(text)
    assert (Status.CONSISTENT, (new, old)) in verdicts(text)


@pytest.mark.parametrize("text, old, new, pair", [
    (AGAIN[0][0], "54.2 per cent", "64.2 per cent", ("64.2 per cent", "61.5 per cent")),
    (AGAIN[1][0], "66.0%", "76.0%", ("76.0%", "72.4%")),
    (AGAIN[3][0], "£43,900", "£39,900", ("£39,900", "£41,200")),
])
def test_a_move_the_wrong_way_is_an_error(text, old, new, pair):
    assert (Status.INCONSISTENT, pair) in verdicts(text.replace(old, new))


@pytest.mark.parametrize("text", [
    # a semicolon ends the clause of the first level (AGAIN[2])
    AGAIN[2][0],
    # the first level was itself moved to: the second move is from a level not given
    "Unemployment among men fell to 5.1%, while among older workers unemployment rises to 6.3%.",
    # another subject moves
    "Wheat output was 2.4 million tonnes, while maize output rises to 3.1 million tonnes.",
    # a group of its own
    "Turnout among men stands at 48.1%, while among women, turnout drops to 52.7%.",
])
def test_no_step_from_another_subject_or_a_moved_level(text):
    assert not [v for v in verdicts(text) if v[0] is Status.INCONSISTENT]
