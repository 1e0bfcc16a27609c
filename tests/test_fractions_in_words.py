"""A percentage in brackets beside the fraction the words give it as (grammar.order.fractions_in_words, checked by
the comparison check): "more than a third of firms (31.2%)" is at least a third, "nearly one in four adults
(26.1%)" at most a quarter, "just over one death in every five ... (22.6%)" above a fifth; a bare fraction is a
loose rounding, only likely. The same for the part and the whole a fraction is of ("fewer than half of the 3,120
applicants ...: 1,640"), where no one figure holds the fraction ("half" after a word, "9 in 10" in digits). The
sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.model import Status


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "comparison")


HOLDING = [
    ("More than a third of the surveyed bakeries (36.4%) raised prices in June.", ("36.4%", "a third")),
    ("Nearly one in four commuters (23.8%) now cycle to work.", ("23.8%", "one in four")),
    ("Just over one patient in every five was readmitted within a month (21.3%).", ("21.3%", "five")),
    ("Fewer than one in every eight applications (11.9%) was refused.", ("11.9%", "eight")),
    ("Over a quarter of the county's farms (27 per cent) grow barley.", ("27 per cent", "a quarter")),
    ("Two-thirds of the trainees (66.7%) finished the course.", ("66.7%", "Two-thirds")),
]


@pytest.mark.parametrize("text, figures", HOLDING)
def test_a_share_beside_its_fraction_in_words(text, figures):
    assert (Status.CONSISTENT, figures) in verdicts(text)


@pytest.mark.parametrize("text, old, new", [
    (HOLDING[0][0], "36.4%", "31.4%"),
    (HOLDING[1][0], "23.8%", "26.8%"),
    (HOLDING[2][0], "21.3%", "18.3%"),
    (HOLDING[3][0], "11.9%", "13.9%"),
    (HOLDING[4][0], "27 per cent", "22 per cent"),
])
def test_a_share_on_the_wrong_side_of_its_hedged_fraction_is_an_error(text, old, new):
    assert Status.INCONSISTENT in [s for s, _ in verdicts(text.replace(old, new))]


def test_a_bare_fraction_off_its_share_is_only_undetermined():
    # "two-thirds (61%)" is a loose rounding writers make; no error
    found = verdicts(HOLDING[5][0].replace("66.7%", "61%"))
    assert found and all(s is Status.UNDETERMINED for s, _ in found)


@pytest.mark.parametrize("text", [
    # the bracket gives another figure's share, after a figure of its own
    "One in four stations had 12 lifts (8.1% of the network's).",
    # the share is not in brackets closing the fraction's clause
    "A third of the boats were sold; exports rose 9.4% in the year.",
    # a forecast share
    "More than a third of the district's homes are expected to have solar panels (by 2030, 29% under the plan).",
    # "in four" of a count, not of a fraction: "one room in four wards"
    "Cleaners visited 14 rooms in four wards (62%).",
])
def test_no_fraction_without_a_share_in_brackets_closing_its_clause(text):
    assert not meaning_of(text).fractions


# A fraction of a whole the sentence states, then the part it stands for, where no one figure holds the fraction:
# "half" after a qualifier ("more than half of the 812 firms (431)") is no figure, and "9 in 10" in digits is two
# counts. The part over the whole lies on the side of the fraction the qualifier says; a bare or approximate
# fraction is only likely.
@pytest.mark.parametrize("text, part, status", [
    ("More than half of the 1,260 ferries inspected (702) failed a safety check.", "702", Status.CONSISTENT),
    ("More than half of the 1,260 ferries inspected (588) failed a safety check.", "588", Status.INCONSISTENT),
    ("Fewer than half of all 4,480 orchards were sprayed: 2,310 in total.", "2,310", Status.INCONSISTENT),
    ("Fewer than half of all 4,480 orchards were sprayed: 2,010 in total.", "2,010", Status.CONSISTENT),
    ("Almost half of the 9,020 library members, or 4,870, borrowed an e-book.", "4,870", Status.INCONSISTENT),
    ("Almost half of the 9,020 library members, or 4,370, borrowed an e-book.", "4,370", Status.CONSISTENT),
    ("At least half of its 318 wards - 151 - reported a vacancy.", "151", Status.INCONSISTENT),
    ("Nearly 8 in 10 of the 5,150 pupils tested, 4,320, passed the swimming test.", "4,320", Status.INCONSISTENT),
    ("Nearly 8 in 10 of the 5,150 pupils tested, 3,960, passed the swimming test.", "3,960", Status.CONSISTENT),
    ("Over 3 out of 4 of the 1,720 stations, 1,210, ran on diesel.", "1,210", Status.INCONSISTENT),
    ("More than one in six of the 2,940 vaccine doses, or 402, were wasted.", "402", Status.INCONSISTENT),
    ("More than one in six of the 2,940 vaccine doses, or 522, were wasted.", "522", Status.CONSISTENT),
    ("Well over half the 1,260 ferries inspected, 598, failed a safety check.", "598", Status.INCONSISTENT),
    ("Fewer than 2 out of every 5 of the 1,100 insurance claims, 520, were paid.", "520", Status.INCONSISTENT),
    ("Fewer than 2 out of every 5 of the 1,100 insurance claims, 420, were paid.", "420", Status.CONSISTENT),
])
def test_a_part_on_the_side_of_a_hedged_fraction_no_figure_holds(text, part, status):
    assert [s for s, figures in verdicts(text) if part in figures] == [status]


@pytest.mark.parametrize("text", [
    "About half of the 1,260 ferries inspected (702) failed a safety check.",
    "Roughly 8 in 10 of the 5,150 pupils tested, 4,320, passed the swimming test.",
])
def test_an_approximate_fraction_off_its_part_is_only_undetermined(text):
    found = verdicts(text)
    assert found and all(s is Status.UNDETERMINED for s, _ in found)


@pytest.mark.parametrize("text", [
    # the count after the whole is a subset of it ("of them"), not the half
    "More than half of the 3,300 drivers, 600 of them women, joined the strike.",
    # the count after the whole opens a list of parts
    "Fewer than half of the 2,700 hives survived the winter: 900 in the hills and 700 in the valley.",
    # no part in apposition: another clause, another figure
    "Half of the 2,700 hives were imported, and 1,900 were insured.",
    # "half" of no whole: a period, a rise, a level
    "In the second half of the season, 2,700 hives and 1,900 queens were sold.",
    "The reservoir was less than half full after 21 days, and 1,900 litres were pumped out.",
    "Prices rose by half a point; 600 of the 3,300 contracts were renewed.",
])
def test_no_fraction_of_a_whole_without_its_part_in_apposition(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text)]
    assert not [link for link in meaning_of(text).fractions if link.value is not None]


# the whole opening the clause ("Of the W ..., more than half (P)"), or the part in brackets right after the
# fraction ("just over half (P) of the W")
@pytest.mark.parametrize("text, part, status", [
    ("Of the 1,480 wind turbines checked, more than half (702) needed new blades.", "702", Status.INCONSISTENT),
    ("Of the 1,480 wind turbines checked, more than half (802) needed new blades.", "802", Status.CONSISTENT),
    ("Of all 6,300 parcels posted, fewer than 3 in 10, 2,050, arrived late.", "2,050", Status.INCONSISTENT),
    ("Of all 6,300 parcels posted, fewer than 3 in 10, 1,750, arrived late.", "1,750", Status.CONSISTENT),
    ("Just over half (1,710) of the 3,560 museum visitors came from abroad.", "1,710", Status.INCONSISTENT),
    ("Just over half (1,830) of the 3,560 museum visitors came from abroad.", "1,830", Status.CONSISTENT),
    ("Of the 930 patients discharged, under a quarter: 262, were readmitted.", "262", Status.INCONSISTENT),
])
def test_a_hedged_fraction_with_its_whole_before_it_or_its_part_in_brackets(text, part, status):
    assert [s for s, figures in verdicts(text) if part in figures] == [status]


def test_the_counts_of_n_in_m_are_no_parts_of_the_whole():
    text = "Of the 2,480 riders asked, nearly 9 in 10 (2,190) renewed their passes."
    found = verdicts_of(text, "part-exceeds-whole")
    assert not [figures for _, figures in found if "9" in figures or "10" in figures]


@pytest.mark.parametrize("text", [
    # the whole opens another clause; the bracket after "half" gives another figure
    "Half the crew were new; of the 1,480 turbines, 702 were checked and more than half (12 sites) were inland.",
    # the figure after the fraction is a part of itself, "of" another whole
    "Of the 1,480 turbines, more than half, 702 of 1,300 inspected, needed blades.",
])
def test_no_fraction_whose_part_is_not_beside_it(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text)]


# a percentage in brackets closing the clause of a fraction no one figure holds
@pytest.mark.parametrize("text, status", [
    ("More than half of the island's ferry users (47.6%) travel daily.", Status.INCONSISTENT),
    ("More than half of the island's ferry users (53.6%) travel daily.", Status.CONSISTENT),
    ("Fewer than 4 in 10 beekeepers (43%) sell their honey abroad.", Status.INCONSISTENT),
    ("Fewer than 4 in 10 beekeepers (37%) sell their honey abroad.", Status.CONSISTENT),
    ("Just under half the regional libraries (51.5 per cent) open on Sundays.", Status.INCONSISTENT),
    ("About half of the county's vets (58%) treat horses.", Status.UNDETERMINED),
])
def test_a_share_in_brackets_after_half_or_n_in_m(text, status):
    assert [s for s, _ in verdicts(text)] == [status]


@pytest.mark.parametrize("text", [
    "Bus fares rose by half (to 41% of the monthly pass) over the decade.",
    "Half the harvest was lost; 6 in 10 growers said the summer (hot and dry) was to blame, 12% more than in 2019.",
])
def test_no_share_after_half_without_a_bracket_closing_its_clause(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text)]


# the part of the whole given first, the fraction in apposition to it or around it
@pytest.mark.parametrize("text, part, status", [
    ("2,870 of the 6,040 cyclists counted - more than half - wore helmets.", "2,870", Status.INCONSISTENT),
    ("3,170 of the 6,040 cyclists counted - more than half - wore helmets.", "3,170", Status.CONSISTENT),
    ("Over half of the surveyed pharmacies (2,870 of 6,040) stock the drug.", "2,870", Status.INCONSISTENT),
    ("Of 6,040 cyclists counted, 2,110 (fewer than a third) wore helmets.", "2,110", Status.INCONSISTENT),
    ("Of 6,040 cyclists counted, 1,850 (fewer than a third) wore helmets.", "1,850", Status.CONSISTENT),
])
def test_a_part_of_its_whole_then_a_hedged_fraction_in_apposition(text, part, status):
    assert [s for s, figures in verdicts(text) if part in figures] == [status]


@pytest.mark.parametrize("text", [
    # the bracket after the part gives a count of something else
    "Sales of 2,870 of the 6,040 bicycles, more than 12 models in all, rose.",
    # the part and whole set against each other, the fraction of another group
    "Of 6,040 cyclists counted, 2,870 wore helmets, while over half of the 90 buses (a fleet of 12 routes) ran late.",
])
def test_no_fraction_beside_a_part_of_a_whole_without_apposition(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text)]


@pytest.mark.parametrize("text", [
    "2,870 of the 6,040 cyclists counted, more than half of them commuters, wore helmets.",
    "Of 6,040 cyclists counted, 2,870 (fewer than a third of them women) wore helmets.",
])
def test_a_fraction_of_another_whole_after_a_part_is_not_its_share(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text)]


# "most", "a majority", "a minority" of a whole, then the part: above half of it, below it
@pytest.mark.parametrize("text, part, status", [
    ("Most of the 2,230 allotment holders, 1,080, grow potatoes.", "1,080", Status.INCONSISTENT),
    ("Most of the 2,230 allotment holders, 1,280, grow potatoes.", "1,280", Status.CONSISTENT),
    ("A majority of the 2,230 allotment holders (1,090) voted to raise fees.", "1,090", Status.INCONSISTENT),
    ("Of the 2,230 allotment holders, a minority (1,190) keep bees.", "1,190", Status.INCONSISTENT),
    ("Of the 2,230 allotment holders, a minority (790) keep bees.", "790", Status.CONSISTENT),
])
def test_a_part_said_to_be_most_or_a_minority_of_its_whole(text, part, status):
    assert [s for s, figures in verdicts(text) if part in figures] == [status]


@pytest.mark.parametrize("text", [
    "The most 2,230 holders could do was wait, and 1,080 did.",
    "The most common crop (8.4%) was beans, grown by 1,080 of the 2,230 holders.",
    "Most of the 2,230 holders, 1,080 in the town and 700 in the villages, grow potatoes.",
])
def test_most_without_a_part_of_its_whole_in_apposition(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text)]
