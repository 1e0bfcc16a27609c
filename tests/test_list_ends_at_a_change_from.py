"""A list of parts ends where a noun of change sets what follows against another time ("comprising 2,065 black
rhinos and 13,991 white rhinos, an increase from the 2,056 black and 12,968 white rhinos of 2021"): the levels
after it are no parts of the whole (grammar.links._gathered_parts). The sentences are written here."""
from __future__ import annotations

from _reading import verdicts
from auditor.model import Status

TEXT = ("At the end of 2023 the country had {total} rhinos, comprising 2,065 black rhinos and 13,991 white rhinos, "
        "an increase from the 2,056 black and 12,968 white rhinos estimated at the end of 2021.")


def test_a_list_of_parts_ends_at_an_increase_from():
    assert [s for s, _ in verdicts(TEXT.format(total="16,056"), "sum-of-parts")] == [Status.CONSISTENT]
    assert [s for s, _ in verdicts(TEXT.format(total="16,156"), "sum-of-parts")] == [Status.INCONSISTENT]
