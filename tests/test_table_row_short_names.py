"""A table row named in the prose by the words that tell its label from the other labels
(grammar.tables.RowIndex.short): "Express coach" beside "Local coach" is "express",
"Urban areas" beside "Rural areas" is "urban"; a word two labels share names no one row. A price's
comparative after the amount ("R2.50 dearer") is a change, and the level after it ("and will
therefore cost R44.50") the row's new value. The reports are written here; none is a report's."""
from __future__ import annotations

from _reading import verdicts
from auditor.model import Status

CHECK = "table-vs-text"

FARES = """The transport board announced new coach fares from 1 March.

Express, for its part, will become R2.50 dearer and will therefore cost {new}, while the local coach will go up by R1.00 to R19.00.

|Route|Existing fare|Increase|New fare|
|---|---|---|---|
|Express coach|R40.00|R2.50|R42.50|
|Local coach|R18.00|R1.00|R19.00|
|Night bus|R22.00|R1.50|R23.50|
"""


def test_a_row_named_by_its_own_modifier_and_a_level_after_a_comparative_change():
    found = verdicts(FARES.format(new="R44.50"), CHECK)
    assert (Status.INCONSISTENT, ("R44.50", "R42.50")) in found
    assert (Status.CONSISTENT, ("R2.50", "R2.50")) in found
    assert (Status.CONSISTENT, ("R42.50", "R42.50")) in verdicts(FARES.format(new="R42.50"), CHECK)


RATES = """{sentence}

| Area | 2022 | 2023 |
|---|---|---|
| Urban areas | 5.1% | 4.8% |
| Rural areas | 7.2% | 6.9% |
"""


def test_a_row_whose_head_other_rows_share_is_named_by_its_other_words():
    assert verdicts(RATES.format(sentence="Urban unemployment stood at 4.6% in 2023, the statistics office said."),
                    CHECK) == [(Status.INCONSISTENT, ("4.6%", "4.8%"))]
    assert verdicts(RATES.format(sentence="In 2023 the rural jobless rate was 6.9%, the office said."),
                    CHECK) == [(Status.CONSISTENT, ("6.9%", "6.9%"))]


def test_a_word_two_labels_share_names_no_row():
    text = """Diesel will now sell at Rs99.00 per litre at most pumps, the dealers said.

|Product|Existing price|Increase|New price|
|---|---|---|---|
|Light diesel oil|Rs84.00|Rs5.00|Rs89.00|
|High speed diesel|Rs110.00|Rs5.00|Rs115.00|
|Kerosene oil|Rs80.00|Rs4.00|Rs84.50|
"""
    assert verdicts(text, CHECK) == []


def test_a_count_beside_a_table_of_prices_is_no_cell_of_it():
    text = """Express coaches carried 41,000 riders in the month, the board said.

|Route|Existing fare|Increase|New fare|
|---|---|---|---|
|Express coach|R40.00|R2.50|R42.50|
|Local coach|R18.00|R1.00|R19.00|
"""
    assert verdicts(text, CHECK) == []
