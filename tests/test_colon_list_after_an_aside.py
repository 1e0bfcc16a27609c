"""A whole, an aside without figures between two commas, the rest of its clause, then a colon and its parts:
"1,833,164 pilgrims, from inside the Kingdom and from abroad, had come to perform the pilgrimage: 1,611,310
foreign pilgrims and 221,854 domestic pilgrims". The aside does not part the whole from its list; a new clause
after a comma (", and it expects ...") still does."""
from __future__ import annotations

import pytest

from _reading import statuses
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT


@pytest.mark.parametrize("text, status", [
    ("GASTAT said that 1,833,164 pilgrims, from inside the Kingdom and from abroad, had come to perform the annual "
     "pilgrimage: 1,611,310 foreign pilgrims and 221,854 domestic pilgrims.", OK),
    ("GASTAT said that 1,833,164 pilgrims, from inside the Kingdom and from abroad, had come to perform the annual "
     "pilgrimage: 1,611,310 foreign pilgrims and 277,318 domestic pilgrims.", ERROR),
    ("The survey interviewed 2,600 adults, chosen at random from the electoral roll, in March: 1,450 women and "
     "1,150 men.", OK),
    ("The clinic saw 5,230 patients, according to its annual report, over the year: 3,110 adults and 2,420 "
     "children.", ERROR),
])
def test_a_colon_list_after_an_aside_sums_to_the_whole(text, status):
    assert statuses(text, "sum-of-parts") == [status]


@pytest.mark.parametrize("text", [
    "Revenue rose to 5,100 units, the company said on Tuesday, and it expects more next year: 6,200 in Europe "
    "are already booked.",
    "Output reached 5,100 tonnes, while rivals struggled, in the quarter: 6,200 tonnes of it for export.",
])
def test_a_new_clause_after_a_comma_parts_the_whole_from_the_list(text):
    assert Status.INCONSISTENT not in statuses(text, "sum-of-parts") + statuses(text, "part-exceeds-whole")
