"""A weekly bulletin's count for the week within its running total of the same count
(auditor.grammar.within.weeks_within_running_totals). The sentences are written here; none is a
report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "part-exceeds-whole")


def within(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).within]


WEEKS = [
    "During the week under review, nine districts reported {part} suspected cases. "
    "As at 3 October 2022, 12,480 suspected cases had been reported in 2022.",
    "This week 6 provinces notified {part} measles cases.\n\n"
    "Cumulatively, 12,480 measles cases have been notified since the start of the outbreak.",
    "The week also saw {part} new admissions to the isolation wards. "
    "In all, 12,480 admissions have been recorded so far in 2021.",
]


@pytest.mark.parametrize("text", WEEKS)
def test_the_weeks_count_lies_within_the_running_total(text):
    assert [part for part, _ in within(text.format(part="1,370"))] == ["1,370"]
    assert [(s, fs[-1]) for s, fs in verdicts(text.format(part="1,370"))] == [(Status.CONSISTENT, "12,480")]
    assert [(s, fs[-1]) for s, fs in verdicts(text.format(part="13,700"))] == [(Status.INCONSISTENT, "12,480")]


def test_the_weeks_members_are_not_read_against_the_total():
    # the week's count is the first after the words of the week; the districts' counts are its parts
    text = ("During the week under review, 1,370 suspected cases were reported - Kano (610), Kebbi (402) and "
            "Sokoto (358). As at 3 October 2022, 12,480 suspected cases had been reported in 2022.")
    assert within(text) == [("1,370", "12,480")]


@pytest.mark.parametrize("text", [
    # the same week of another year, against this year's total
    "In the same week of 2021, 13,700 suspected cases were reported. As at 3 October 2022, 12,480 suspected "
    "cases had been reported in 2022.",
    # the week's count of something else than the total counts
    "During the week under review, 13,700 doses were given. As at 3 October 2022, 12,480 suspected cases had "
    "been reported in 2022.",
    # a total that is itself for the week: nothing cumulative about it
    "This week 13,700 tests were run, and the week's positive results came to 12,480 tests.",
    # a stock dated "as at": not the sum of the weeks
    "This week 1,370 patients were admitted. As at Sunday, 900 patients were in hospital.",
    "The week saw 13,700 cases treated at home; as at 3 October, 12,480 cases were under treatment in all wards.",
    # the week's count named for a place the running total is not
    "During the week under review, Kano reported 13,700 suspected cases. As at 3 October 2022, Sokoto had "
    "12,480 suspected cases in all.",
])
def test_no_week_within_a_total_of_another_kind(text):
    assert errors(text, "part-exceeds-whole") == []


# --- a running total dated "as at", its start given by the words ------------------------------

AS_AT = [
    "Cholera cases reached {part} in July 2021. As at 31 July 2021, 9,400 cases had been reported in 2021.",
    "Visitor arrivals were {part} in July 2021, and as at 31 July 2021 arrivals this year had reached 9,400.",
    "Sales of new cars came to {part} in July 2021; by the end of July 2021, 9,400 cars had been sold in 2021.",
]


@pytest.mark.parametrize("text", AS_AT)
def test_a_month_within_a_running_total_dated_as_at(text):
    assert within(text.format(part="2,100")) == [("2,100", "9,400")]
    assert [s for s, _ in verdicts(text.format(part="12,100"))] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # no start for the running total: since the outbreak began, perhaps years ago
    "Cholera cases reached 12,100 in July 2021. As at 31 July 2021, 9,400 cases had been reported.",
    # a start in another year than the date's
    "Cholera cases reached 12,100 in July 2021. As at 31 July 2021, 9,400 cases had been reported in 2020.",
    # a stock dated "as at"
    "Cholera cases reached 12,100 in July 2021. As at 31 July 2021, 9,400 patients were in treatment this year.",
])
def test_no_running_total_without_its_start(text):
    assert errors(text, "part-exceeds-whole") == []
