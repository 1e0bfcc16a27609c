"""A group's share said in a sentence and a table with a row for the group and a row for all of the
whole (grammar.lists.table_row_shares). The texts are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

TABLE = "\n| Pupils | Number |\n|---|---|\n| Girls | 4,312 |\n| Boys | 4,561 |\n| All pupils | 8,873 |\n"


@pytest.mark.parametrize("sentence, status", [
    ("Girls make up 48.6% of the pupils enrolled this term, the district said.", Status.CONSISTENT),
    ("Girls account for 58.6% of the pupils enrolled this term, the district said.", Status.INCONSISTENT),
    ("Boys made up 51.4% of all pupils enrolled this term.", Status.CONSISTENT),
])
def test_a_groups_share_against_the_tables_rows(sentence, status):
    assert [s for s, _ in verdicts(sentence + TABLE, "share-of-total")] == [status]


@pytest.mark.parametrize("text", [
    # no row for all of the whole
    "Girls make up 58.6% of the pupils.\n| Pupils | Number |\n|---|---|\n| Girls | 4,312 |\n| Boys | 4,561 |\n",
    # a group the table has no row for
    "Teachers make up 8.6% of the staff." + TABLE,
])
def test_no_share_without_both_rows(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "share-of-total")]
