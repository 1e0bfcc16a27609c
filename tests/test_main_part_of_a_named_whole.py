"""A subject set off as the largest part of a whole the words name ("Cement, the country's largest source of
mineral royalties, will bring in Sh651.7 billion") is a part of the one level of that whole said in the
sentences before: it is no more than it. Invented sentences."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status

CHECK = "part-exceeds-whole"


@pytest.mark.parametrize("text, part, wrong", [
    ("Kenya's income from mineral royalties is forecast to fall to Sh1.4 billion this year. Cement, the country's "
     "largest source of mineral royalties, will bring in Sh651.7 million.", "Sh651.7 million", "Sh651.7 billion"),
    ("Tourism earned $3.2 billion last year. Hotels, the largest source of tourism earnings, took $1.9 billion.",
     "$1.9 billion", "$4.1 billion"),
    # (a place after the whole's name is no part of it)
    ("Income from mineral royalties will fall to Sh1.4 billion this year. Cement, the largest earner of mineral "
     "royalties in the country, will bring in Sh651.7 million.", "Sh651.7 million", "Sh651.7 billion"),
    ("Tax revenue came to R1.56 trillion in 2022. Personal income tax, its biggest component of tax revenue, "
     "brought in R593 billion.", "R593 billion", "R1.93 trillion"),
])
def test_the_largest_part_of_a_named_whole_is_no_more_than_it(text, part, wrong):
    assert (Status.CONSISTENT, (part, )) in [(s, f[:1]) for s, f in verdicts(text, CHECK)]
    (flagged,) = errors(text.replace(part, wrong), CHECK)
    assert wrong in flagged


@pytest.mark.parametrize("text", [
    # the whole is of another year
    "Tourism earned $3.2 billion in 2021. Hotels, the largest source of tourism earnings, took $4.1 billion in 2023.",
    # the words name another whole than the level before
    "Farm exports reached $3.2 billion in 2022. Coffee, the main contributor to export growth, brought in $4.1 billion.",
    # two levels of the named whole: which one is not said
    "Tourism earned $3.2 billion in the first half and $2.9 billion in the second. Hotels, the largest source of "
    "tourism earnings, took $4.1 billion.",
])
def test_no_whole_or_an_unclear_one_gives_no_error(text):
    assert errors(text, CHECK) == []
