"""Parts and wholes a later sentence ties back by its words alone: a bare head noun that repeats the measure
named just before it ("Wool exports in the first half ..." then "Exports in June ..."), a kind named after a
flow's noun by "of" or "for" ("deaths of cyclists"), and "N of them" after a sentence that set one group inside
another ("make up 2.6 million of the 9.1 million residents"), or read at the upper bound of a range ("between
2 and 2.5 million of them"). The sentences are written here; each broken version is an error and each decoy
stays quiet."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
CHECK = "part-exceeds-whole"


def _with(text: str, figure: str) -> list[Status]:
    return [status for status, figures in verdicts(text, CHECK) if figure in figures]


# --- a bare head noun repeats the measure named before it -------------------------------------------------
@pytest.mark.parametrize("text, part, status", [
    ("Wool exports in the first half of 2022 came to 41,300 tonnes. Exports in June alone reached 5,900 tonnes.",
     "5,900 tonnes", OK),
    ("Wool exports in the first half of 2022 came to 41,300 tonnes. Exports in June alone reached 52,900 tonnes.",
     "52,900 tonnes", ERROR),
    ("Diesel sales over the first quarter of 2021 reached 3.1 million litres. Sales in March were 4.2 million "
     "litres.", "4.2 million litres", ERROR),
    ("Timber harvests over the first nine months of 2021 totalled 3.4 million cubic metres. Harvests in September "
     "were 0.41 million cubic metres.", "0.41 million cubic metres", OK),
    ("Cargo traffic at the port in the first half of 2023 reached 8.1 million tonnes. In June, traffic was 9.3 "
     "million tonnes.", "9.3 million tonnes", ERROR),
])
def test_a_bare_head_noun_is_the_measure_named_before_it(text, part, status):
    assert _with(text, part) == [status]


@pytest.mark.parametrize("text", [
    # a total of every kind is no repeat of one kind
    "Coffee exports in the first half of 2022 came to 41,300 tonnes. Total exports in June reached 52,900 tonnes.",
    # another kind of its own
    "Tea exports in the first half of 2022 came to 41,300 tonnes. Coffee exports in June reached 52,900 tonnes.",
    # two kinds before it: which one the bare noun repeats the words do not say
    "Wool exports in the first half of 2022 came to 41,300 tonnes. Beef exports in the first half of 2022 came to "
    "38,000 tonnes. Exports in June alone reached 52,900 tonnes.",
    # side by side, no period inside another
    "Rice production in 2021 reached 2.1 million tonnes. Maize production rose to 3.4 million tonnes.",
])
def test_no_repeat_is_read_where_the_bare_noun_may_be_another_measure(text):
    assert errors(text, CHECK) == []


def test_a_bare_head_noun_after_a_kind_is_no_wider_whole_of_it():
    # "Admissions" repeats "Emergency admissions": the earlier level is no part of the later one
    text = "Emergency admissions in 2020 numbered 18,450. Admissions rose to 21,300 in 2020."
    assert _with(text, "18,450") == []


# --- a kind named after a flow's noun by "of" or "for" ------------------------------------------------
@pytest.mark.parametrize("text, part, status", [
    ("Deaths in 2018 numbered 1,742. Deaths of cyclists fell to 210 in 2018.", "210", OK),
    ("Deaths in 2018 numbered 1,742. Deaths of cyclists fell to 2,210 in 2018.", "2,210", UNDETERMINED),
    ("Admissions in 2020 reached 18,450. Admissions for falls rose to 2,130 in 2020.", "2,130", OK),
])
def test_a_kind_after_a_flows_noun_is_within_its_level(text, part, status):
    # sentences apart, only the words tie them: above the whole the part is doubtful
    assert _with(text, part) == [status]


def test_a_kind_of_its_own_after_a_kind_is_not_read_into_it():
    # "Exports of tea" is no kind of coffee exports
    text = "Coffee exports in 2021 reached 5,200 tonnes. Exports of tea rose to 6,100 tonnes in 2021."
    assert _with(text, "6,100 tonnes") == []


# --- "N of them" after a group set inside another --------------------------------------------------
@pytest.mark.parametrize("text, part, whole, status", [
    # ("them" may be the larger group: above the inner one the part is only doubtful)
    ("Migrants account for about 2.6 million of the region's 9.1 million residents. Roughly 3.1 million of them "
     "are from Asia.", "3.1 million", "2.6 million", UNDETERMINED),
    ("Migrants account for about 2.6 million of the region's 9.1 million residents. Roughly 1.1 million of them "
     "are from Asia.", "1.1 million", "2.6 million", OK),
    ("Of the city's 480,000 households, 126,000 rent their homes. Around 141,000 of them live in council flats.",
     "141,000", "126,000", UNDETERMINED),
    ("Volunteers made up 3,400 of the festival's 12,800 staff. Some 2,100 of them were students.",
     "2,100", "3,400", OK),
])
def test_of_them_is_the_group_the_sentence_before_set_inside_another(text, part, whole, status):
    assert (status, (part, whole)) in verdicts(text, CHECK)


def test_two_levels_side_by_side_leave_of_them_open():
    text = "The shelter took in 1,240 dogs and 860 cats last year. About 900 of them were rehomed."
    assert _with(text, "900") == []


@pytest.mark.parametrize("text, status", [
    ("Foreigners number about 10.5 million. Between 2 and 2.5 million of them are Indians.", OK),
    ("Foreigners number about 10.5 million. Between 2 and 12.5 million of them are Indians.", ERROR),
    ("The county has 84,000 pensioners. From 9,000 to 11,000 of them live alone.", OK),
])
def test_a_range_of_them_is_read_at_its_upper_bound_against_the_whole_before(text, status):
    found = verdicts(text, CHECK)
    assert [s for s, figures in found if len(figures) == 2] == [status]
    # the lower bound of the range is no whole of its upper bound
    assert not any(figures[-1] in ("2", "9,000") for _, figures in found)


# --- a clause of "when" is of the period right before it ----------------------------------------------
@pytest.mark.parametrize("text, figure, period", [
    ("Sales fell in April from March, when a total of 15,000 cars were sold.", "15,000", "03"),
    ("Exports slipped in 2021 from 2019, when 4,100 tonnes were shipped.", "4,100 tonnes", "2019"),
    ("Output peaked in 2015, when 4,000 tonnes were mined, and fell to 3,100 tonnes in 2016.", "4,000 tonnes", "2015"),
])
def test_a_clause_of_when_is_of_the_period_right_before_it(text, figure, period):
    from auditor.document import Document
    from auditor.extract import extract_figures
    found = {f.text: f.period for f in extract_figures(Document("t.txt", text))}
    assert found[figure] == period


# --- "Of the total," opening the sentence after a level -----------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("Total admissions reached 12,400 this year. Of the total, 3,100 were day cases.", OK),
    ("Total admissions reached 12,400 this year. Of the total, 13,100 were day cases.", ERROR),
    ("The ministry spent $48 million on roads in 2022. Within the total, $52 million went to rural tracks.", ERROR),
    ("Growers sold 9,800 tonnes of apples. Of the number, 1,200 tonnes were exported.", OK),
])
def test_of_the_total_opening_a_sentence_points_to_the_level_before(text, status):
    assert statuses_of(text) == [status]


def statuses_of(text: str) -> list[Status]:
    return [status for status, _ in verdicts(text, CHECK)]


def test_the_total_of_a_share_is_no_level_to_part():
    text = "Of the total budget, 40% went to schools. The city spent 1,200 on repairs."
    assert statuses_of(text) == []


# --- "for the quarter": the quarter the text named, inside a longer stretch --------------------------------
@pytest.mark.parametrize("text, part, status", [
    ("Net profit for the second quarter of 2023 rose to $117 million. Revenue for the quarter also went up, to "
     "$726.5 million. For the first half of 2023, revenue rose to $1,433.2 million.", "$726.5 million", OK),
    ("Net profit for the second quarter of 2023 rose to $117 million. Revenue for the quarter also went up, to "
     "$1,726.5 million. For the first half of 2023, revenue rose to $1,433.2 million.", "$1,726.5 million", ERROR),
    ("Exports in March 2022 came to 4,100 tonnes. Exports for the month were up 3%. Exports in the first quarter "
     "of 2022 totalled 3,900 tonnes.", "4,100 tonnes", ERROR),
])
def test_a_definite_stretch_of_time_is_the_one_named_before(text, part, status):
    assert _with(text, part) == [status]


def test_a_year_expected_is_no_whole():
    text = "Sales in the first quarter of 2022 came to 4,100 units. Sales for the year are expected to reach 3,900 units."
    assert errors(text, CHECK) == []


# --- a member set apart with "alone" from a total just given -------------------------------------------
@pytest.mark.parametrize("text, status", [
    ("The four operators had a combined 84.2 million subscribers in November. MTN alone had 95.1 million "
     "subscribers.", ERROR),
    ("The four operators had a combined 84.2 million subscribers in November. MTN alone had 45.1 million "
     "subscribers.", OK),
    ("The three mills bought a total of 41,000 tonnes of cane in 2021. Kesho alone bought 43,500 tonnes of cane.",
     ERROR),
    ("In all, the clinics treated 8,200 patients in 2022. The Harbour clinic by itself treated 8,900 patients.", ERROR),
])
def test_a_member_alone_is_within_the_total_just_given(text, status):
    assert statuses_of(text) == [status]


def test_a_member_without_alone_is_only_doubtful_above_the_total():
    text = ("The four operators had a combined 84.2 million subscribers in November. MTN had 95.1 million "
            "subscribers.")
    assert statuses_of(text) in ([UNDETERMINED], [])


# --- "At N, the number of X ...": a fronted figure counts the subject after it ----------------------------
@pytest.mark.parametrize("text, part, whole, status", [
    ("At 48,310, the number of births registered in 2019 was the lowest in a decade. Births to teenage mothers "
     "fell by 4.2 per cent to 2,140, and births to mothers over 40 rose by 3 per cent to 1,905.", "2,140", "48,310",
     OK),
    ("At 48,310, the number of births registered in 2019 was the lowest in a decade. Births to teenage mothers "
     "fell by 4.2 per cent to 52,140.", "52,140", "48,310", UNDETERMINED),
    ("At 9,120, arrivals recorded in 2021 were the fewest since 1998. Arrivals from Norland rose by 6 per cent "
     "to 2,480.", "2,480", "9,120", OK),
])
def test_a_figure_fronted_by_at_counts_the_subject_after_it(text, part, whole, status):
    # (a change "by N per cent" before a member's level is no average: the level is read)
    assert (status, (part, whole)) in verdicts(text, CHECK)


def test_at_before_a_pronoun_names_no_measure():
    text = "At 387, it is 17 less than the 404 in 2005. Crashes in 2005 numbered 301."
    assert errors(text, CHECK) == []


# --- kinds opening the sentences after a headline level ----------------------------------------------
@pytest.mark.parametrize("text, part, whole, status", [
    ("Burglaries fell to 12,400 in 2022. Domestic burglaries fell to 5,100. Commercial burglaries rose to 6,900.",
     "5,100", "12,400", OK),
    ("Burglaries fell to 12,400 in 2022. Domestic burglaries fell to 5,100. Commercial burglaries rose to 6,900.",
     "6,900", "12,400", OK),
    ("Licences in 2021 numbered 3,400. Fishing licences rose to 3,950.", "3,950", "3,400", UNDETERMINED),
])
def test_a_kind_opening_a_later_sentence_is_within_the_headline_level(text, part, whole, status):
    # (only the order of the sentences ties them: above the headline the kind is doubtful)
    assert (status, (part, whole)) in verdicts(text, CHECK)
