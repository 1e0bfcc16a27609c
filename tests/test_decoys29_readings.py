"""Readings that paired figures the text does not relate, found on consistent reports of new styles (bench/decoys29):
each decoy must raise no error of its check, and a real error of the same shape must still be one."""
from __future__ import annotations

import pytest

from tests._reading import errors

# (check, text): every figure agrees with every other, so an error is a false alarm
DECOYS = [
    # a numbered list's item under a line ending with a colon is no title line restated in the body
    ("same-measure-conflict",
     "Freight Review 2024\n\nThe port handled 48,200 containers in 2024, 4.1% more than in 2023.\n\nLargest partners:\n\n"
     "1. Norway: 12,310 containers (25.5%)\n2. Spain: 9,870 (20.5%)\n\nTraffic with Spain grew 7.2%, while Norway's fell 1.5%.\n"),
    # ... nor is a plain-text list a colon opens
    ("same-measure-conflict",
     "Funding 2025\n\nOur income was £120.4m:\n  Grants        £70.2m\n  Fees          £50.2m\n\n"
     "Our 230 schools charged fees of £218,300 each on average.\n"),
    # a definite phrase that adds a word names a subgroup, not the amount said before
    ("same-measure-conflict",
     "| Offence | Number |\n|---|---|\n| Burglaries | 8,420 |\n| Robberies | 1,960 |\n\n"
     "Of the 3,150 residential burglaries, 1,210 took place at night.\n"),
    ("same-measure-conflict",
     "Fire and rescue crews attended 5,130 incidents.\n\n| Incident type | Number | Share |\n|---|---|---|\n"
     "| Fires | 1,543 | 30.1% |\n| Non-fire incidents | 3,587 | 69.9% |\n\nOf the 1,320 dwelling fires, 410 started in the kitchen.\n"),
    # a sentence opening on another scope tells another group's amount
    ("same-measure-conflict",
     "In the coastal region, 14,230 of 15,640 eligible children (91.0%) passed the test. "
     "In the mountain region, 87.5% of the 6,480 eligible children were successful, or 5,670.\n"),
    # one digit apart, but two measures: members and volunteers
    ("same-measure-conflict",
     "Members numbered 21,700, of whom 6,200 joined this year.\n\nVolunteers numbered 35,600, of whom 21,100 were aged over 50.\n"),
    # one digit apart, but each a part of another whole: two subgroups
    ("same-measure-conflict",
     "Payroll staff numbered 48,600, of whom 21,400 were aged over 50.\n\n"
     "Contract staff numbered 30,200, a third of the workforce, of whom 21,900 were women.\n"),
    # the whole above a share table is this year's level, not the old level in brackets
    ("table-arithmetic",
     "Ambulance crews answered 24,600 calls, 2.0% more than the year before (24,118).\n\n"
     "| Call type | Calls | Share |\n|---|---|---|\n| Urgent | 9,840 | 40.0% |\n| Routine | 14,760 | 60.0% |\n"),
    # a figure counting what the labels break down is no row's value, whatever word of a label its clause holds
    ("table-vs-text",
     "Fire and rescue incident statistics: year ending June 2025\n\nFire and rescue crews attended 5,130 incidents, "
     "2.0% fewer than in the previous year (5,235).\n\n| Incident type | Number | Share |\n|---|---|---|\n"
     "| Fires | 1,543 | 30.1% |\n| Non-fire incidents | 3,587 | 69.9% |\n"),
    # "N of the X were Y" names the X as the whole, not the Y
    ("part-exceeds-whole",
     "An estimated 50,000 people arrived and 30,000 left. Returning citizens accounted for 12,000 of the arrivals, "
     "while 18,000 of the leavers were citizens.\n"),
    # a level and the old level it grew from are not two parts of a sum
    ("sum-of-parts",
     "Online sales rose 12.0% to 5.6 million, from 5.0 million, so store sales came to 14.4 million.\n"),
    # "Of these" after a part told with its share: the pronoun may name the part, not only the whole
    ("share-of-total",
     "Registered voters numbered 412,000, or 61.0% of the 675,400 adults. Of these, 98,900 (24.0%) were under 30.\n"),
    # "on census day was" names the new level's time, not a base
    ("growth-rate",
     "The resident population on census day was 2,206,500, an increase of 96,500, or 4.6%, since the 2014 census "
     "(2,110,000).\n"),
    # women "of whom" after an age group are that group's women, not the population's
    ("defined-measure",
     "The population on census day was 2,206,500. 1,120,000 residents were women (50.8%) and 1,086,500 were men.\n\n"
     "About 380,000 residents (17.2%) were aged 65 or over, of whom 210,000 were women.\n"),
    # a level in apposition to the one before: the share may be of either
    ("share-of-total",
     "At the 17 home games crowds averaged 31,200, a total of 530,400 spectators, or 86.7% of the 36,000 capacity.\n"),
    # a narrower subject's rate against a total's level in the sentence before
    ("growth-rate",
     "Total spending in 2024 was EUR 52.0 billion. Education spending grows by 6.0% from EUR 9.5 billion.\n"),
    # the same subject's earlier share is no second subject's share of the whole
    ("share-of-total", "Day procedures accounted for 64.8% of operations, up from 62.5%. Hip operations rose 6.4% to 21,300.\n"),
]

# (check, text): a real contradiction of the same shape, still an error
POSITIVES = [
    ("table-arithmetic",
     "Ambulance crews answered 24,600 calls, 2.0% more than the year before (24,118).\n\n"
     "| Call type | Calls | Share |\n|---|---|---|\n| Urgent | 9,840 | 45.0% |\n| Routine | 14,760 | 55.0% |\n"),
    ("share-of-total", "Registered voters numbered 412,000. Of these, 98,900 (28.0%) were under 30.\n"),
    ("same-measure-conflict",
     "Staff aged over 50 numbered 21,400 in March, of whom 9,800 were women.\n\nIn March, staff aged over 50 numbered 21,900.\n"),
    ("growth-rate", "The population was 2,206,500, up 5.6% from 2,110,000.\n"),
    ("table-vs-text",
     "Fire and rescue incident statistics: year ending June 2025\n\nFire and rescue crews attended 5,130 incidents. "
     "Fires numbered 1,453.\n\n| Incident type | Number | Share |\n|---|---|---|\n"
     "| Fires | 1,543 | 30.1% |\n| Non-fire incidents | 3,587 | 69.9% |\n"),
    ("share-of-total", "Rail carried 58.5% of freight, road 46.0%.\n"),
]


@pytest.mark.parametrize("check,text", DECOYS)
def test_consistent_text_raises_no_error(check: str, text: str) -> None:
    assert errors(text, check) == []


@pytest.mark.parametrize("check,text", POSITIVES)
def test_contradiction_of_the_same_shape_is_still_an_error(check: str, text: str) -> None:
    assert errors(text, check) != []
