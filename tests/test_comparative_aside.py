"""A whole, its own rate of change in an apposition written as a comparative ("9.9% higher than in
2013"), then a partitive: the partitive is still the whole's (grammar.links _CHANGE_ASIDE). The
sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, whole", [
    ("The port handled 4,820 thousand tonnes of cargo, 6.2% higher than in 2022, including 3,150 thousand "
     "tonnes of containers.", "4,820 thousand tonnes"),
    ("Tourist arrivals reached 912,400, 3.5 percent lower than the year before, including 404,100 from abroad.",
     "912,400"),
    ("The district's tax take came to 18.4 billion shillings, 12% more than last year, of which 11.2 billion "
     "shillings was income tax.", "18.4 billion shillings"),
])
def test_the_partitive_after_a_comparative_aside_is_the_wholes(text, whole):
    link, = meaning_of(text).parts
    assert link.whole.text == whole


@pytest.mark.parametrize("text", [
    "The port handled 4,820 thousand tonnes of cargo, 6.2% higher than in 2022, including 5,150 thousand "
    "tonnes of containers.",
    "Tourist arrivals reached 912,400, 3.5 percent lower than the year before, including 984,100 from abroad.",
])
def test_a_part_bigger_than_that_whole_is_an_error(text):
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] == [Status.INCONSISTENT]


def test_a_comparative_of_another_figure_is_no_aside():
    # the comparative's clause goes on with another figure: the partitive is not the first figure's
    text = "The port handled 4,820 tonnes, 6.2% higher than the 4,540 tonnes of 2022, including 3,150 tonnes of containers."
    assert all(link.whole.text != "4,820 tonnes" for link in meaning_of(text).parts)
