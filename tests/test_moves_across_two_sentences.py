"""One move told across two sentences, the second pointing back at the first (grammar.rates.moves_across_two_sentences,
decided by change-with-rate): the amount after a level and its rate ("..., up 8% on January. In one month, that is 701
more people"), or the level reached after an amount and a rate ("..., a fall of 620,000 head. That leaves the flock at
13.8 million head"). The sentences are written here."""
from __future__ import annotations

import pytest

from _reading import statuses
from auditor.model import Status


@pytest.mark.parametrize("text, status", [
    ("There are 6,052 homeless adults, up 4% on January. That is 215 more in a month.", Status.CONSISTENT),
    ("There are 6,052 homeless adults, up 14% on January. That is 215 more in a month.", Status.INCONSISTENT),
    # the pointing sentence may open a paragraph of its own, after a short adverbial
    ("Officially, 9,807 people are now homeless, up 8% on January.\n\nIn one month, that is 701 more people.",
     Status.CONSISTENT),
    # with a yearly and a monthly rate, the span the pointing sentence names picks the rate
    ("Officially, 9,807 people are now homeless, up 32% on February last year and up 18% on January. In one month, "
     "that is 701 more people.", Status.INCONSISTENT),
    ("Officially, 9,807 people are now homeless, up 32% on February last year and up 8% on January. Over the year, "
     "that is 2,377 more people.", Status.CONSISTENT),
    ("Exports reached $4.8bn, a rise of 6.2% on a year earlier. That represents an increase of $280m.", Status.CONSISTENT),
    # the level reached, said after the amount and the rate
    ("The flock was 4.3% smaller than a year earlier, a fall of 620,000 head. That leaves the total at 13.8 million head.",
     Status.CONSISTENT),
    ("The flock was 6.3% smaller than a year earlier, a fall of 620,000 head. That leaves the total at 13.8 million head.",
     Status.INCONSISTENT),
])
def test_a_move_told_across_two_sentences_keeps_its_amount_rate_and_level_together(text, status):
    assert status in statuses(text, "change-with-rate")


@pytest.mark.parametrize("text", [
    # the amount set against another base than the move's
    "Sales rose 12% to 4,100 units. That is 440 more than the plan.",
    # two rates and no span named: which move the amount is of is not said
    "There are 6,052 homeless adults, up 24% on a year earlier and up 4% on January. That is 215 more.",
    # no pointing back: a new subject
    "There are 6,052 homeless adults, up 14% on January. Shelters took in 215 more families.",
    # a level of another unit after "leaves"
    "The flock was 6.3% smaller than a year earlier, a fall of 620,000 head. That leaves farmers with 13.8% less income.",
])
def test_an_amount_that_is_not_the_moves_own_is_not_read(text):
    assert Status.INCONSISTENT not in statuses(text, "change-with-rate")


@pytest.mark.parametrize("text, status", [
    ("- Leavers have gone up by 3,199 to 27,133.\n\nIn 2022, 27,133 professionals left the register. That is 13 percent "
     "more than in the year before.", Status.CONSISTENT),
    ("- Leavers have gone up by 3,199 to 27,133.\n\nIn 2022, 27,133 professionals left the register. That is 23 percent "
     "more than in the year before.", Status.INCONSISTENT),
])
def test_a_level_reached_by_an_amount_and_stated_again_with_its_rate(text, status):
    assert status in statuses(text, "change-with-rate")


def test_a_level_of_a_few_units_written_twice_is_not_taken_for_one_level():
    # small numbers repeat by chance: "up by 3 to 27" and "27 ... 23 percent more" need not be one level
    text = "- Branches went up by 3 to 27.\n\nIn 2022, 27 firms left the register. That is 23 percent more than a year before."
    assert Status.INCONSISTENT not in statuses(text, "change-with-rate")
