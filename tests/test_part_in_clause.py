"""A part counted against its whole in one clause: the whole's own rate of change between it and
"including" / "of which"; a part "of" a whole named by a word of totality ("of the country's total
population of 34.8 million"). The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "part-exceeds-whole")


def parts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(link.whole.text, tuple(p.text for p in link.parts)) for link in meaning_of(text).parts]


# --- the whole's change in an apposition before the partitive --------------------------------

CHANGE_ASIDE = [
    ("Timber output for the year was 3.84 million cubic metres, an increase of 2.6% over 2020, including pine "
     "{part} cubic metres.", "3.84 million cubic metres"),
    ("Cement sales reached 2.31 million tonnes, up 4.2% on the year before, of which exports {part} tonnes.",
     "2.31 million tonnes"),
    ("The port handled 918,400 containers, a rise of 7 percent, including {part} containers bound for transit.",
     "918,400"),
]


@pytest.mark.parametrize("text, whole", CHANGE_ASIDE)
def test_a_partitive_after_the_wholes_change_is_the_wholes(text, whole):
    right, wrong = text.format(part="610,000"), text.format(part="6,100,000")
    assert [(s, fs[-1]) for s, fs in verdicts(right)] == [(Status.CONSISTENT, whole)]
    assert [(s, fs[-1]) for s, fs in verdicts(wrong)] == [(Status.INCONSISTENT, whole)]


@pytest.mark.parametrize("text", [
    # the change is a level's, and the partitive opens another clause
    "Cement sales reached 2.31 million tonnes, up 4.2% on the year before, and exports including clinker came to 6,100,000 tonnes.",
    # a level in the apposition, not a change: the partitive may be its
    "Cement sales reached 2.31 million tonnes, against 6,400,000 tonnes of capacity, including 6,100,000 tonnes in the north.",
])
def test_no_part_across_another_clause_or_level(text):
    assert errors(text, "part-exceeds-whole") == []


# --- a part "of" a whole named by a word of totality ------------------------------------------

TOTAL_OF = [
    "Foreign workers make up around {part} of the kingdom's total population of 34.8 million.",
    "Migrants number {part} of the total population of 34.8 million, the census found.",
    "Some {part} of Norway's entire workforce of 34.8 million work in the public sector.",
]


@pytest.mark.parametrize("text", TOTAL_OF)
def test_a_part_of_a_total_named_with_of(text):
    assert verdicts(text.format(part="10.5 million")) == [(Status.CONSISTENT, ("10.5 million", "34.8 million"))]
    assert verdicts(text.format(part="105 million")) == [(Status.INCONSISTENT, ("105 million", "34.8 million"))]


@pytest.mark.parametrize("text", [
    # after a second "of", the figure counts something else than the part
    "Some 610,000 of the members of 290 unions went on strike.",
    "Around 4,100 of the staff of 12 hospitals were vaccinated.",
    # "total ... of" naming no whole of the part's kind
    "Exports rose by 10.5 million of a total value of 3.2 million boxes shipped.",
])
def test_no_part_of_a_figure_that_counts_something_else(text):
    assert errors(text, "part-exceeds-whole") == []


# --- a fronted whole after a bullet or a quote, with a threshold in its words -------------------

FRONTED = [
    "• Of the 2,140 shelters opened in the north, {part} shelters remain open.",
    'The ministry wrote, "out of the 2,140 pupils who scored 80 and above, {part} pupils won a place."',
    "- Of the 2,140 firms with 50 or more staff, {part} exported last year.",
    # an aside in brackets after the whole's words, longer than they are
    "Of the 2,140 reviewers on the panel (critics picked by the festival's own board of judges), {part} voted for it.",
    "Among the 2,140 cyclists who entered (amateurs and club riders from the region's towns and villages), "
    "{part} finished the course.",
]


@pytest.mark.parametrize("text", FRONTED)
def test_a_fronted_whole_after_a_bullet_or_quote(text):
    assert verdicts(text.format(part="640")) == [(Status.CONSISTENT, ("640", "2,140"))]
    assert verdicts(text.format(part="6,400")) == [(Status.INCONSISTENT, ("6,400", "2,140"))]


@pytest.mark.parametrize("text", [
    # a figure in the whole's words that is no threshold: the sentence says nothing of parts
    "• Of the 2,140 firms with 50 staff, 6,400 exported.",
    # the whole's clause ends on its own: the figure after the comma opens a list of other counts
    "• Of note, 2,140 firms exported and 6,400 firms imported.",
    # a figure in the brackets: they may hold another whole, and the sentence says nothing of which
    "Of the 2,140 firms on the register (and 9,900 sole traders), 6,400 exported last year.",
])
def test_no_fronted_whole_without_its_words(text):
    assert errors(text, "part-exceeds-whole") == []


def test_no_fronted_whole_from_a_number_split_by_a_stray_space():
    # "925, 762" is 925,762 written with a stray space: not a whole of 925 and a part of 762,
    # but one whole, of which 551,553 is a part
    text = 'The board said, "Of the total 925, 762 places that exist, only 551, 553 were taken."'
    assert verdicts(text) == [(Status.CONSISTENT, ("551, 553", "925, 762"))]


# --- a member placed inside another named member ----------------------------------------------

def named_member_verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    """The verdicts that relate the two figures of the test: the container's and its member's."""
    return [(s, fs) for s, fs in verdicts(text) if fs == ("4,100 tonnes", "9,300 tonnes") or fs == ("14,100 tonnes", "9,300 tonnes")]


CONTAINED = [
    "Wheat sales this season: 9,300 tonnes from Punjab; {part} tonnes from Lahore district, within Punjab.",
    "In Kano State, rice deliveries reached 9,300 tonnes. Hadejia, part of Kano State, supplied {part} tonnes.",
    "Mills in Sindh bought 9,300 tonnes, and mills in Hyderabad, inside Sindh, bought {part} tonnes.",
]


@pytest.mark.parametrize("text", CONTAINED)
def test_a_member_inside_another_named_member(text):
    assert named_member_verdicts(text.format(part="4,100")) == [(Status.CONSISTENT, ("4,100 tonnes", "9,300 tonnes"))]
    assert named_member_verdicts(text.format(part="14,100")) == [(Status.INCONSISTENT, ("14,100 tonnes", "9,300 tonnes"))]


@pytest.mark.parametrize("text", [
    # the container is named by no figure
    "Wheat sales this season: 9,300 tonnes from Punjab; 14,100 tonnes from Sindh, within Pakistan.",
    # the container's figure names another place too: it is not the container's own level
    "Punjab's mills bought 9,300 tonnes from Sindh; 14,100 tonnes came from Lahore district, within Punjab.",
    # another period
    "Wheat sales reached 9,300 tonnes from Punjab in 2023; 14,100 tonnes from Lahore district, within Punjab, in 2024.",
])
def test_no_member_inside_a_container_the_words_do_not_give(text):
    assert errors(text, "part-exceeds-whole") == []


# --- a relative clause of possession that counts a subset of the whole's noun --------------------

RELATIVE = [
    "By year end the county had administrative villages 2,140, which have gained access to paved roads villages {part}.",
    "The province has 2,140 clinics, which have {part} clinics staffed by a doctor.",
    "The network counts 2,140 stations, which had {part} stations fitted with lifts by June.",
]


@pytest.mark.parametrize("text", RELATIVE)
def test_a_relative_clause_counts_a_subset_of_the_whole(text):
    assert verdicts(text.format(part="1,760")) == [(Status.CONSISTENT, ("1,760", "2,140"))]
    assert verdicts(text.format(part="21,760")) == [(Status.INCONSISTENT, ("21,760", "2,140"))]


@pytest.mark.parametrize("text", [
    "The district had 2,140 schools, which was 112 more schools than the 2,310 schools of 2019.",  # a comparison
    "The district has 2,140 schools, which have 31,740 pupils.",  # another noun
    "The county has 2,140 villages, which had 2,310 villages in 2015.",  # another time
    "The county has 2,140 villages, which had 2,310 villages before the mergers.",
    "The county has 2,140 villages, which have been 2,310 villages at their peak.",  # not possession
])
def test_no_subset_in_a_relative_clause_that_compares(text):
    assert errors(text, "part-exceeds-whole") == []


# --- a whole, then "with" a member contributing a part ------------------------------------------

WITH_MEMBER = [
    "Timber exports rose to 2,140 tonnes, with the northern mills accounting for {part} tonnes.",
    "Visitors from Asia increased 12 percent to 2,140, with Japan providing {part} visitors, up 9 percent.",
    "The grid drew 2,140 MW at its peak, with wind farms contributing {part} MW.",
]


@pytest.mark.parametrize("text", WITH_MEMBER)
def test_a_member_contributing_to_the_whole(text):
    assert [s for s, fs in verdicts(text.format(part="1,760")) if fs[0].startswith("1,760")] == [Status.CONSISTENT]
    assert [s for s, fs in verdicts(text.format(part="21,760")) if fs[0].startswith("21,760")] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Timber exports rose to 2,140 tonnes, with imports reaching 21,760 tonnes.",  # no contribution
    "Timber exports rose to 2,140 tonnes in 2023, with the northern mills accounting for 21,760 tonnes in 2022.",
    "Timber exports rose to 2,140 tonnes, with the northern mills accounting for 61 percent.",  # a share
    # the figure before "with" stands in an aside that the comma closes: the contributor is its whole's sibling
    "Duties came to 6,100 tonnes (including 2,140 tonnes on imports), with rail fees making up 4,760 tonnes.",
    # "2, 140": 2,140 split by a stray space, not a whole of 140
    "Timber exports rose 4 percent to 2, 140 tonnes, with the northern mills accounting for 1,760 tonnes.",
])
def test_no_contribution_without_its_words(text):
    assert errors(text, "part-exceeds-whole") == []


def test_the_members_listed_after_a_pronoun_and_a_copula_are_no_whole_and_parts():
    # "Among them are 705,000 nurses, 40,000 midwives and ...": each figure a member of what "them" points at
    text = ("The register grew by 26,403 to 758,303. Among them are almost 705,000 nurses, more than 40,000 midwives "
            "and nearly 7,000 nursing associates.")
    assert all(whole != "705,000" for whole, _ in parts(text))
    # ... but a figure after the copula with its own parts after "from" is their whole
    text = ("Clinics reported 2,984 suspected cases. Among them were 19 confirmed cases, from Yobe (16) and "
            "Adamawa (3).")
    assert ("19", ("16", "3")) in parts(text)


@pytest.mark.parametrize("text, status", [
    # an amount taken from a whole the words name as a total
    ("In the 2022/23 season the country exported 162,220 tonnes of cocoa beans from a total output of 187,355 "
     "tonnes.", Status.CONSISTENT),
    ("In the 2022/23 season the country exported 192,220 tonnes of cocoa beans from a total output of 187,355 "
     "tonnes.", Status.INCONSISTENT),
    ("The mine shipped 4.2 million tonnes out of its entire production of 5.1 million tonnes.", Status.CONSISTENT),
])
def test_an_amount_taken_from_a_named_total(text, status):
    assert [s for s, _ in verdicts(text)] == [status]


@pytest.mark.parametrize("text", [
    "Sales rose to 192,220 tonnes from a total of 187,355 tonnes a year earlier.",  # a move's old level
    "Sales rose to 192,220 tonnes from a total output of 187,355 tonnes a year earlier.",
])
def test_a_level_reached_from_a_total_is_no_part_of_it(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text)]
