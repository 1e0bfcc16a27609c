"""Two levels labelled by their years and their change, as the items of one line (grammar.links.
changes_labelled_after_their_levels): a year may label the level in brackets after it ("2024 (36.9 million) vs 2023
(33.7 million)"), the later year first, and a signed change may follow the second bracket with no label of its own
("..., +9.5%"). The earlier year's level is the old one. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures, status", [
    ("Cement output: 2024 (18.2 million tonnes) vs 2023 (16.9 million tonnes), +7.7%.",
     ("18.2 million tonnes", "16.9 million tonnes", "+7.7%"), Status.CONSISTENT),
    ("Cement output: 2024 (18.2 million tonnes) vs 2023 (16.9 million tonnes), +17.7%.",
     ("18.2 million tonnes", "16.9 million tonnes", "+17.7%"), Status.INCONSISTENT),
    ("Cement output: 2023 (16.9 million tonnes), 2024 (18.2 million tonnes); change: +17.7%.",
     ("18.2 million tonnes", "16.9 million tonnes", "+17.7%"), Status.INCONSISTENT),
])
def test_levels_labelled_by_years_in_brackets_and_their_change(text, figures, status):
    assert (status, figures) in verdicts(text, "growth-rate")


@pytest.mark.parametrize("text", [
    # a group, not a year, labels one of the levels
    "Cement output: 2024 (18.2 million tonnes), imports (16.9 million tonnes), +17.7%.",
    # one year labels both: no change between years
    "Cement output: 2024 (18.2 million tonnes) vs 2024 (16.9 million tonnes) planned, +17.7%.",
])
def test_levels_not_of_two_years_are_no_change(text):
    assert not [v for v in verdicts(text, "growth-rate") if v[0] is Status.INCONSISTENT]
