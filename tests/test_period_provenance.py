"""Which period a figure is of, and where the period comes from (extract.figures._Timeline,
extract.periods). Sentences invented for these tests."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.extract.periods import find_periods
from auditor.model import Status


class _Read(dict):
    """Each figure's (period, where it comes from), found by how its text begins."""

    def __getitem__(self, start: str) -> tuple[str, str]:
        return next(v for k, v in self.items() if k.startswith(start) or start.startswith(k))


def periods(text: str) -> _Read:
    return _Read({f.text: (f.period, f.period_source) for f in extract_figures(Document("t.txt", text))})


@pytest.mark.parametrize("text, before", [
    ("Ferry crossings were up a fifth on the previous season's 41,000. Freight rose to 7,300 tonnes. "
     "Crossings of 52,000 were a fifth above the 43,000 of 2019.", ("41,000", "7,300 tonnes", "52,000")),
    ("Orchard yields climbed to 8,100 crates. Pickers numbered 312 when the harvest closed in 2021.",
     ("8,100 crates",)),
    ("The hospice cared for 640 patients and trained 85 volunteers. It opened a second ward, built in 2004.",
     ("640 patients", "85 volunteers")),
])
def test_a_year_the_body_names_later_is_not_the_period_of_figures_before_it(text, before):
    read = periods(text)
    for figure in before:
        assert read[figure] == ("", ""), figure


def test_a_titles_year_holds_for_the_whole_text():
    read = periods("Harbour traffic in 2019\n\nThe harbour handled 12,400 ships. Of these, 3,100 were tankers.")
    assert read["12,400 ships"] == ("2019", "default")
    assert read["3,100"] == ("2019", "default")


@pytest.mark.parametrize("title", ["Clinic visits from 2011 to 2016", "Clinic visits, 2011-2016",
                                   "Clinic visits between 2011 and 2016"])
def test_a_titles_span_of_years_is_no_body_figures_period(title):
    read = periods(f"{title}\n\nThe clinic recorded 2,400 visits in the spring. It recorded 3,100 visits in the autumn.")
    assert read["2,400 visits"] == ("", "")
    assert read["3,100 visits"] == ("", "")


def test_a_season_named_by_two_years_in_a_title_is_its_period():
    read = periods("Club revenue for 2018-2019\n\nThe league's clubs earned €410m in total.")
    assert read["€410m"][0] == "2018"


def test_seasons_under_a_span_title_are_no_restatement():
    text = ("Clinic visits from 2011 to 2016\n\nThe clinic recorded 2,400 visits in the spring. "
            "The clinic recorded 3,100 visits in the autumn.")
    assert verdicts(text, "same-measure-conflict") == []


@pytest.mark.parametrize("text, figure, period", [
    ("Museum entries reached 42,000 in 2023, up 20% from last year's 35,000.", "35,000", "2022"),
    ("Grain landings were 8,800 tonnes in 2020, beating the previous season's record 8,100 tonnes.",
     "8,100 tonnes", "2019"),
    ("Card payments rose to 5.2 million in Q3 2022 against the prior quarter's 4.9 million.", "4.9 million", "2022-Q2"),
    ("Members numbered 1,450 in 2021. Membership last year was 1,200.", "1,200", "2020"),
    ("In 2018 the depot dispatched 640 lorries; the year before's total of 590 was a record.", "590", "2017"),
])
def test_a_level_named_as_the_period_befores_is_shifted(text, figure, period):
    assert periods(text)[figure] == (period, "shifted")


def test_two_figures_both_said_to_be_last_years_are_of_one_period():
    read = periods("Ticket sales reached 42,000 in 2023, up 20% from last year's 35,000. "
                   "Season tickets were 8,000 last year.")
    assert read["35,000"][0] == read["8,000"][0] == "2022"
    assert read["20%"][0] == read["42,000"][0] == "2023"


@pytest.mark.parametrize("text, figure, period", [
    ("Net income for 2019 rose 12% from a year earlier.", "12%", "2019"),
    ("Fares rose 6% on a year earlier to $4.20 in 2021.", "6%", "2021"),
    ("Deposits grew to $84m in 2015 from $80m a year earlier.", "$84m", "2015"),
    ("Deposits grew to $84m in 2015 from $80m a year earlier.", "$80m", "2014"),
    ("In 2022 the council approved 5.7% more permits than the 6,285 granted in the previous year.", "5.7%", "2022"),
])
def test_a_year_earlier_after_a_comparisons_base_is_the_bases_period(text, figure, period):
    assert periods(text)[figure][0] == period


def test_a_when_clause_is_of_the_period_it_looks_back_to():
    read = periods("Revenue for fiscal 2019 was 5% higher than in the same period of last fiscal year, when it was $82 million.")
    assert read["$82 million"] == ("FY2018", "shifted")


@pytest.mark.parametrize("text, period", [
    ("in the first two months (July to August) of FY18", "2017-07..08"),
    ("during the first three months (April to June) of fiscal 2019-20", "2019-04..06"),
    ("in the first four months (January to April) of 2016", "2016-01..04"),
    ("over the first two months (October to November)", "10..11"),
])
def test_the_first_months_named_in_brackets_are_those_months(text, period):
    assert [p.period for p in find_periods(text)] == [period]


def test_first_months_named_as_other_months_are_left_as_they_read():
    assert [p.period for p in find_periods("in the first two months (July to September)")] == ["01..02", "Q3"]


@pytest.mark.parametrize("text, figure, period", [
    ("Profit for the second quarter ended September 30, 2003 was $14.2 million.", "$14.2 million", "2003-Q3"),
    ("Profit for the quarter ended March 31, 2011 was $3.1 million, against $2.7 million in the same quarter of the "
     "last fiscal.", "$2.7 million", "2010-Q1"),
    ("Pensions paid in the first half of 2015 were R9.1 billion, against R8.3 billion in the same period of the "
     "previous year.", "R8.3 billion", "2014-H1"),
])
def test_a_quarter_ended_on_a_date_and_the_same_quarter_of_last_fiscal(text, figure, period):
    assert periods(text)[figure][0] == period


def test_a_comparison_keeps_a_later_years_period_from_the_figure_before_it():
    read = periods("Vineyards produced 31 million litres, which would rank behind only the 2016 vintage.")
    assert read["31 million litres"] == ("", "")
    read = periods("Lockers held 14 parcels, the same number as in 2011.")
    assert read["14 parcels"] == ("", "")


def test_a_year_later_in_the_sentence_with_nothing_in_force_is_the_figures():
    read = periods("With 2.1 million residents and a budget of €9.4bn, the region spent €4,480 a head in 2020.")
    assert read["2.1 million"] == ("2020", "sentence")


@pytest.mark.parametrize("text, source", [
    ("In 2020 the mill produced 4,100 tonnes.", "stated"),
    ("The mill produced 4,100 tonnes in 2020.", "stated"),
    ("In 2020 the mill was busy. It produced 4,100 tonnes.", "paragraph"),
    ("In 2020, after a slow start, output picked up and the mill produced 4,100 tonnes.", "sentence"),
])
def test_where_a_period_comes_from(text, source):
    assert periods(text)["4,100 tonnes"] == ("2020", source)


def test_last_year_with_only_the_titles_period_in_view_is_not_shifted():
    read = periods("Lower-league finances 2017\n\nLast season 14 clubs made a loss of more than £1m.")
    assert read["14"][0] == "2017"


def test_a_default_period_pairing_decoy_is_not_flagged():
    # the year is named only at the end: the first two counts are of no stated period
    text = "Bus boardings were 18,000 in the first week. Boardings reached 21,000 in the second. Boardings were 19,500 in 2022."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "same-measure-conflict")]


@pytest.mark.parametrize("body, status", [
    ("The depot sent 2,400 parcels in the spring. The depot sent 3,100 parcels in the autumn.", Status.UNDETERMINED),
    ("The ferry carried 41,000 passengers in the summer. The ferry carried 52,000 passengers in the winter.",
     Status.UNDETERMINED),
    ("The depot sent 2,400 parcels in 2016. The depot sent 3,100 parcels in 2016, its busiest year.",
     Status.INCONSISTENT),
])
def test_a_restatement_resting_only_on_the_titles_year_is_not_sure(body, status):
    text = f"Annual review 2016\n\n{body}"
    assert [s for s, _ in verdicts(text, "same-measure-conflict")] == [status]


@pytest.mark.parametrize("text, figure, period", [
    # a dateline's day in ISO form gives year-less months their year
    ("Pension fund results\n\n2019-10-02\n\nContributions in the first nine months of the year reached R41.2 billion.",
     "R41.2 billion", "2019-01..09"),
    # a base's year ("in the same period in 2018") does not set the year of later months
    ("Tolls rose to $3.1m in the first half of 2019 against $2.9m in the same period in 2018. "
     "In July, tolls were $0.6m.", "$0.6m", "2019-07"),
    # "the year before" after a level
    ("Kilns fired 640 batches in 2012, against 610 batches the year before.", "610", "2011"),
    # a relative phrase after a level moves the period the clause opens with
    ("The mill reported for 2017. For the first six months, output fell to 410 tonnes from 450 tonnes a year "
     "earlier.", "450 tonnes", "2016-H1"),
    # a comparison's words before a period do not reach across a comma
    ("Costs ran higher than receipts, and for the first half of 2020 the deficit was $2.2m.", "$2.2m", "2020-H1"),
])
def test_datelines_bases_and_relative_phrases(text, figure, period):
    assert periods(text)[figure][0] == period


@pytest.mark.parametrize("text, status", [
    ("Hospital admissions totalled 9,400 in 2021. Admissions rose 8% on a year earlier to 10,152 in 2022.",
     Status.CONSISTENT),
    ("Hospital admissions totalled 9,400 in 2021. Admissions rose 12% on a year earlier to 10,152 in 2022.",
     Status.INCONSISTENT),
    ("The port handled 12,000 containers in 2020. Container traffic fell 5% year-on-year to 11,400 containers in 2021.",
     Status.CONSISTENT),
    ("Loans stood at $3.20bn in 2018. Loans grew 25% from the previous year to $4.50bn in 2019.", Status.INCONSISTENT),
])
def test_a_change_against_the_period_before_reaches_back_to_its_level(text, status):
    assert [s for s, _ in verdicts(text, "growth-rate")] == [status]


@pytest.mark.parametrize("text", [
    # another head noun, another year before, or a level of that unit between
    "Bed days totalled 9,400 in 2021. Admissions rose 12% on a year earlier to 10,152 in 2022.",
    "Hospital admissions totalled 9,400 in 2019. Admissions rose 12% on a year earlier to 10,152 in 2022.",
    "Admissions totalled 9,400 in 2021 and 9,900 in 2020. Admissions rose 12% on a year earlier to 10,152 in 2022.",
])
def test_a_change_against_the_period_before_decoys(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "growth-rate")]


def _searched_period_matches(text: str):
    """The periods' scan as it was written first: a search from a little before each anchor, let go when the
    mention it finds starts past the anchor (auditor.extract.periods._period_matches tries each place instead)."""
    from auditor.extract.periods import _ANCHOR, _LEAD, _REACH, PERIOD_RE

    covered = 0
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < covered:
            continue
        position = max(covered, anchor.start() - _LEAD)
        while position <= anchor.start():
            m = PERIOD_RE.search(text, position, min(len(text), anchor.end() + _REACH))
            if not m or m.start() > anchor.start():
                break
            yield m
            covered = position = max(m.end(), m.start() + 1)


@pytest.mark.parametrize("text", [
    "By the end of December 2021, 4,100 firms had registered; in the first half of 2022 another 2,300 did.",
    "The first two ran late, the second was on time; from January to March 2023 sales rose, and in Q2 2023 fell.",
    "Two of the three plants closed in May, the fourth in FY2019-20 and the last between June and August.",
    "the first eight months of 2019, the 12 months to June 2020, 2020-21, 1Q'21 and H1 2022 — end of story",
    "May we note the first, second and third, which may end soon; five or six more in 2024",
    # places the scan skips (a word character before, no ASCII letter or digit at it) and those it must not
    # (a letter IGNORECASE folds into an ASCII one, "ſ"; a dash, a bracket or the text's start before it)
    "x2021 _2022 é2023 12024 (2025) ſeptember 2021, Sep 2022 and –2026 or “Q3 2027”",
    "2019-20 at the start; 2019_20 and a2019-20 are no periods, nor is FY_2021; half_year 2024 ends it",
])
def test_the_periods_are_those_a_search_from_each_anchor_finds(text):
    from auditor.extract.periods import _period_matches

    assert [(m.span(), m.groupdict()) for m in _period_matches(text)] == \
           [(m.span(), m.groupdict()) for m in _searched_period_matches(text)]
