"""A running span named by its length and the month it runs to: "the nine months to September 2024", "the
half year to September", "the twelve months to June 2024" (from July 2023). A flow for a stretch inside it is
no larger than it; a stretch outside it is no part of it. The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.extract.periods import find_periods
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT
CHECK = "part-exceeds-whole"


@pytest.mark.parametrize("text, period", [
    ("in the nine months to September 2024", "2024-01..09"),
    ("for the half year to September", "04..09"),
    ("the twelve months to June 2024", "2023-07..2024-06"),
    ("the 12 months ending March 2025", "2024-04..2025-03"),
    ("over the eight months to August", "01..08"),
    ("the three months to September", "Q3"),
])
def test_a_count_of_months_to_a_month_is_a_running_span(text, period):
    assert [p.period for p in find_periods(text)] == [period]


@pytest.mark.parametrize("text, status", [
    ("Car sales in the third quarter of 2024 reached 58,200 units. Car sales in the nine months to September "
     "2024 came to 151,900 units.", OK),
    ("Car sales in the third quarter of 2024 reached 58,200 units. Car sales in the nine months to September "
     "2024 came to 51,900 units.", ERROR),
    ("Ticket sales for the second quarter of 2023 were 41,000. For the half year to September 2023, ticket sales "
     "came to 39,000.", ERROR),
    ("Wheat exports in August 2023 rose to 9,300 tonnes. In the twelve months to June 2024, wheat exports "
     "totalled 8,000 tonnes.", ERROR),
    ("Wheat exports in August 2023 rose to 9,300 tonnes. In the twelve months to June 2024, wheat exports "
     "totalled 88,000 tonnes.", OK),
])
def test_a_stretch_inside_the_span_is_no_larger(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


@pytest.mark.parametrize("text", [
    # May 2023 lies before the twelve months to June 2024
    "Wheat exports in May 2023 rose to 9,300 tonnes. In the 12 months to June 2024, wheat exports totalled 8,000 tonnes.",
    # the third quarter runs past August
    "Coal output in the third quarter of 2022 was 4.1 million tonnes. Coal output in the eight months to August "
    "2022 was 3.9 million tonnes.",
    # profit is a balance: a quarter's may exceed the nine months' after a loss
    "Net profit for the third quarter of 2024 was $58.2 million. For the nine months to September 2024, net profit "
    "came to $51.9 million.",
])
def test_decoys_stay_quiet(text):
    assert [s for s, _ in verdicts(text, CHECK) if s is ERROR] == []
