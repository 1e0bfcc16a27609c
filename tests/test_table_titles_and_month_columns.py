"""A table's title closed by its unit in brackets gives the cells their scale, however long the title ("Semiconductor
Sales by Region, April 2015 ($ Billions)"); a column headed by a month and a two-digit year ("Apr-15", "Apr-14")
is that month of that year. The tables are written here."""
from __future__ import annotations

from decimal import Decimal

from _reading import verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Status

TABLE = """Chip sales reached $27.6 billion in April, up from $26.3 billion a year before.

Semiconductor Sales by Region, April 2015 ($ Billions)
Market | Apr-15 | Apr-14 | YoY Change
Americas | 5.61 | 5.00 | 12.2%
Europe | 2.89 | 3.06 | -5.6%
Total | 27.60 | 26.34 | 4.8%
"""


def test_a_long_title_closed_by_its_unit_scales_the_cells():
    figures = {f.text: f for f in extract_figures(Document("t.txt", TABLE))}
    assert figures["5.61"].value == Decimal("5.61E9") and figures["5.61"].unit == "USD"
    assert figures["27.60"].value == Decimal("27.6E9")
    # the text's level is stated again in the table
    assert (Status.CONSISTENT, ("$27.6 billion", "27.60")) in verdicts(TABLE, "same-measure-conflict")


def test_month_and_short_year_columns_are_periods():
    figures = {f.text: f for f in extract_figures(Document("t.txt", TABLE))}
    assert figures["5.61"].period == "2015-04"
    assert figures["5.00"].period == "2014-04"


def test_a_short_month_year_in_prose_is_not_read_so():
    # ("Apr-15" is read as a month only where it closes a cell or a line)
    figures = {f.text: f for f in extract_figures(Document("t.txt", "Sales on Apr-15 were 412 units, against 398 in March."))}
    assert figures["412"].period != "2015-04"


def test_a_datelines_day_is_the_reports_year_not_its_figures_day():
    # ("March 13, 2019" at the top: an undated figure is of 2019 at most, and "last year" is 2018, not 2018-03-13)
    figures = {f.text: f for f in extract_figures(Document(
        "t.txt", "March 13, 2019\n\nTotal retail sales reached $3.628 trillion last year, 3.9% more than the year before.\n"))}
    assert figures["$3.628 trillion"].period == "2018"
