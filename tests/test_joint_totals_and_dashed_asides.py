"""Three readings of the meaning layer's lists of parts (grammar.links):

- a share verb the parts do together ("together account for", "combined make up") makes the figure after it
  their sum, where the verb alone ("accounted for 1,530 MW") only names one more part;
- an aside set off by a pair of dashes, with no figure of its own, stands outside the clause: it parts neither a
  list from its verb of totalling nor one part from the next;
- a figure the words call the whole country's total ("on a national total of") is the scope a whole sits in,
  not one more of its parts after "of whom".

The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status


@pytest.mark.parametrize("text, figures, status", [
    ("Kenya (4,210), Uganda (2,980) and Rwanda (1,105) together account for 8,295 of the graduates this year.",
     ("4,210", "2,980", "1,105", "8,295"), Status.CONSISTENT),
    ("Kenya (4,210), Uganda (2,980) and Rwanda (1,805) together account for 8,295 of the graduates this year.",
     ("4,210", "2,980", "1,805", "8,295"), Status.INCONSISTENT),
    ("Wheat's 312,400 tonnes and barley's 95,100 tonnes combined make up 407,500 tonnes of the harvest.",
     ("312,400 tonnes", "95,100 tonnes", "407,500 tonnes"), Status.CONSISTENT),
    ("Wheat's 312,400 tonnes and barley's 125,100 tonnes combined make up 407,500 tonnes of the harvest.",
     ("312,400 tonnes", "125,100 tonnes", "407,500 tonnes"), Status.INCONSISTENT),
])
def test_parts_that_together_account_for_a_figure_add_up_to_it(text, figures, status):
    assert (status, figures) in verdicts(text, "sum-of-parts")


@pytest.mark.parametrize("text, figures, status", [
    ("Kenya (4,210), Uganda (2,980) and Rwanda (1,105) — counts the universities sent in themselves and nobody "
     "checked — together account for 8,295 of the graduates this year.",
     ("4,210", "2,980", "1,105", "8,295"), Status.CONSISTENT),
    ("Kenya (4,210), Uganda (2,980) and Rwanda (1,805) — counts the universities sent in themselves and nobody "
     "checked — together account for 8,295 of the graduates this year.",
     ("4,210", "2,980", "1,805", "8,295"), Status.INCONSISTENT),
    ("Kenya (4,210), Uganda (2,980) and Rwanda (1,805) – counts the universities sent in themselves, which nobody "
     "checked – together account for 8,295 of the graduates this year.",
     ("4,210", "2,980", "1,805", "8,295"), Status.INCONSISTENT),
])
def test_an_aside_between_dashes_does_not_part_a_list_from_its_total(text, figures, status):
    assert (status, figures) in verdicts(text, "sum-of-parts")


@pytest.mark.parametrize("text", [
    # one part alone accounts for a figure: no sum of the figures before it
    "Rooftop panels accounted for 1,530 MW of new capacity and wind farms for 2,210 MW, against 5,900 MW last year.",
    # the dashes hold a figure of their own: no aside, and the list is not read across it
    "Kenya had 4,210 graduates and Uganda 2,980 — up from 2,100 — while 8,295 graduated across the region in 2019.",
    # side by side, no verb of totalling
    "Kenya (4,210) and Uganda (2,980) reported graduates; Rwanda's universities enrolled 8,295 first-year students.",
])
def test_figures_side_by_side_are_no_sum(text):
    assert not [v for v in verdicts(text, "sum-of-parts") if v[0] is Status.INCONSISTENT]


def test_a_national_total_after_of_whom_is_no_part_of_the_whole():
    text = ("The region counts 5,120 new midwives this year, of whom the capital 3,040, on a national total of "
            "41,600, says the ministry.")
    found = verdicts(text, "part-exceeds-whole")
    assert (Status.CONSISTENT, ("3,040", "5,120")) in found
    assert not [v for v in found if v[0] is not Status.CONSISTENT]


def test_a_part_after_of_whom_that_exceeds_its_whole_is_still_flagged():
    text = ("The region counts 5,120 new midwives this year, of whom the capital 6,040, on a national total of "
            "41,600, says the ministry.")
    assert (Status.INCONSISTENT, ("6,040", "5,120")) in verdicts(text, "part-exceeds-whole")
