"""Parts and wholes said sentences apart: one member's level in a narrower scope ("Among passenger cars,
Hyundai led with 1,215 units") within the same member's level over every scope; a month's flow within the
running total of the same subject; a year carried to a later month from the period in force, not from a
change's base ("up 6.1% on August 2022"); "up to December 31" bounding a period, no rise; a list of equals
("41,200 places in apprenticeships, 30,500 in technical colleges") holding no whole; a place in a new
field's ranking. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def _number(text: str) -> str:
    return text.split()[0]


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(status, tuple(_number(t) for t in texts)) for status, texts in verdicts_of(text, "part-exceeds-whole")]


def members(text: str) -> list[tuple[str, str]]:
    return [(_number(link.part.text), _number(link.whole.text)) for link in meaning_of(text).members]


def figure(text: str, number: str):
    return next(f for f in meaning_of(text).figures if _number(f.text) == number)


SCOPED = [
    # (text with the narrower level as {part}, the member's level over every scope)
    ("Hyundai remained the overall market leader with a 17% share (1,673 units), ahead of Kia with 11% (1,082 "
     "units).\n\nAmong passenger cars, Hyundai again led with {part} units, followed by Skoda with 512 units.",
     "1,673"),
    ("Lidl sold 48,200 tonnes of fruit in 2023, and Aldi sold 39,900 tonnes. Within the organic segment Lidl "
     "again came first with {part} tonnes.", "48,200"),
    ("Fonterra collected 1,530 million litres in the season, Synlait 612 million litres. In the organic segment, "
     "Fonterra collected {part} million litres.", "1,530"),
]


@pytest.mark.parametrize("text, whole", SCOPED)
def test_a_member_in_a_narrower_scope_is_within_its_level_over_every_scope(text, whole):
    part = "1,215" if "1,673" == whole else "21,300" if whole == "48,200" else "904"
    big = {"1,673": "1,815", "48,200": "51,300", "1,530": "1,604"}[whole]
    assert (part, whole) in members(text.format(part=part))
    assert (Status.CONSISTENT, (part, whole)) in verdicts(text.format(part=part))
    # the words alone tie the two: a larger part is only doubtful
    assert (Status.UNDETERMINED, (big, whole)) in verdicts(text.format(part=big))
    assert not any(s is Status.INCONSISTENT for s, _ in verdicts(text.format(part=big)))


@pytest.mark.parametrize("text", [
    # another member: Skoda's level over every scope is never said
    "Hyundai led the market with 1,673 units. Among passenger cars, Skoda came first with 1,815 units.",
    # the same scope named again: a restatement, no wider level
    "Among passenger cars, Hyundai sold 1,673 units in May. Among passenger cars, Hyundai sold 1,815 units.",
    # another unit
    "Hyundai earned $1,673 million. Among passenger cars, Hyundai sold 1,815 units.",
    # no scope fronted: two levels of one member
    "Hyundai sold 1,673 units. In May, Hyundai sold 1,815 units.",
    # a level said after a scope is still of that scope, whatever the sentence fronts
    "Among passenger cars, Kia led with 1,190 units. Hyundai was second with 1,673 units.\n\nAmong light "
    "commercial vehicles, Hyundai came first with 1,815 units.",
])
def test_no_member_in_a_narrower_scope(text):
    assert not [pair for pair in members(text) if pair == ("1,815", "1,673")]


def test_a_month_is_within_the_running_total_naming_its_own_subject():
    text = ("Foreign visitor arrivals reached 48,120 in August 2023, up 6.1% on August 2022. For the year up to "
            "August, arrivals rose 9.4% to 301,560.\n\nVisitors from Germany numbered 6,215 in August. Over the "
            "first eight months of the year Germany sent 41,870 visitors.")
    within = [(_number(link.part.text), _number(link.whole.text)) for link in meaning_of(text).within]
    assert ("48,120", "301,560") in within  # (the year in force is 2023, not the 2022 of the change's base)
    assert ("6,215", "41,870") in within  # (Germany's own running total before every country's)


@pytest.mark.parametrize("base", ["up 6.1% on August 2022", "down 4.5% (583 units) on August 2022",
                                  "a 3% rise on August 2022"])
def test_a_change_on_a_period_names_its_base_not_the_year_in_force(base):
    text = f"Sales came to 48,120 units in August 2023, {base}. Sales in September reached 51,300 units."
    assert figure(text, "51,300").period == "2023-09"


def test_a_level_in_brackets_after_a_base_period_is_of_that_period():
    text = "The average price rose 0.5% in June to £285,610. Prices were up 2.6% on June 2023 (£278,270)."
    assert figure(text, "£278,270").period == "2023-06"


def test_up_to_a_date_bounds_the_period_and_says_no_rise():
    text = "In Karnataka, 64 mills made 14.80 lakh tonnes up to December 31, against 17.10 lakh tonnes last year."
    part = figure(text, "14.80")
    assert meaning_of(text).frames[part.id].is_level and part.direction == 0


def test_a_list_of_equals_holds_no_whole():
    text = ("There were 41,200 places in apprenticeships, 30,500 in technical colleges and 12,600 in adult "
            "programmes.")
    assert verdicts(text) == []
    # a whole the words call a total still holds its parts
    text = "The ministry offered 84,300 places in total, 41,200 in apprenticeships and 43,100 in colleges."
    assert verdicts(text) != []


def test_a_place_after_a_new_fields_total_opens_another_ranking():
    text = ("Among passenger cars, Hyundai led with 1,215 units, followed by Kia with 1,190 units.\n\n"
            "Light commercial registrations came to 2,310 units, and Ford took first place there with 640 units.")
    assert not [texts for _, texts in verdicts_of(text, "ranking") if any(t.startswith("640") for t in texts)]


RESPECTIVE = ("The board offered 84,300 seats this year.\n\nThere were 41,200 seats in nursing, 30,500 in law and 12,600 "
              "in engineering. {opener} 38,900, {part} and 9,050 seats were taken in nursing, law and engineering, "
              "respectively.")


@pytest.mark.parametrize("opener", ["Of these,", "Among them,", "Of those seats,"])
def test_amounts_given_respectively_for_the_labels_of_a_list_pointed_back_at(opener):
    text = RESPECTIVE.format(opener=opener, part="27,700")
    assert (Status.CONSISTENT, ("27,700", "30,500")) in verdicts(text)
    assert (Status.CONSISTENT, ("38,900", "41,200")) in verdicts(text)
    wrong = verdicts(RESPECTIVE.format(opener=opener, part="31,700"))
    assert (Status.INCONSISTENT, ("31,700", "30,500")) in wrong
    # (and no sum of all three against the first level of the list)
    assert not [texts for _, texts in wrong if len(texts) > 2]


@pytest.mark.parametrize("text", [
    # no words point back: two lists of one measure ("spaces exist") are not parts of each other
    "There were 41,200 seats in nursing, 30,500 in law and 12,600 in engineering. The report shows 38,900, 31,700 "
    "and 9,050 seats in nursing, law and engineering, respectively.",
    # labels the list before does not give
    "There were 41,200 seats in nursing, 30,500 in law and 12,600 in engineering. Of these, 38,900, 31,700 and "
    "9,050 seats were taken by women, men and foreign students, respectively.",
])
def test_no_respective_parts_without_the_pointing_back_and_the_same_labels(text):
    assert not [v for v in verdicts(text) if v[1] == ("31,700", "30,500")]


@pytest.mark.parametrize("span", ["Since the start of the year,", "So far this year,", "Year to date,"])
def test_a_running_total_is_no_member_of_the_month_carried_before_it(span):
    text = f"Arrivals from Japan fell to 3,940 in August. {span} 31,050 Japanese visitors have arrived."
    assert not [v for v in verdicts(text) if v[1] == ("31,050", "3,940")]
