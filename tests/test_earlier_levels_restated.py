"""A level a change is measured from is a level of the earlier period its own phrase names: the same
measure for that period told elsewhere in the document must agree with it (grammar.earlier_levels,
read by same-measure-conflict)."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"

# each: a text in which one measure for one period is given two values, and the two figures
POSITIVES = [
    # two bases, each dated after its noun
    ("Ferry crossings reached 44,800 in 2022, up 8.0% from the 41,480 ferry crossings in 2021.\n\n"
     "In 2023 ferry crossings fell 2.0% to 40,100, against the 40,918 ferry crossings in 2021.",
     ("41,480", "40,918")),
    # a noun of the act and its participle ("completions", "completed"); a base that names its measure only by
    # the subject of the verb of change ("The number of cottage dwellings completed is down ... from the 2,802")
    ("Some 2,410 cottage dwellings were completed this quarter, up 12% from the 2,150 completed in Q3 2021. "
     "This was, however, 9.4% below the 2,660 cottage dwelling completions in Q3 2020.\n\n"
     "The number of cottage dwellings completed is down 14.0% from the 2,802 recorded in Q3 2020.",
     ("2,660", "2,802")),
    # the earlier period said as "last year" after the base
    ("Harbour ticket sales reached 58,300 in 2023, 6% more than the 55,000 harbour ticket sales last year.\n\n"
     "The operator said harbour ticket sales grew 9.8% from the 53,100 harbour ticket sales last year.",
     ("55,000", "53,100")),
    # "of" the measure after the amount
    ("Wool exports rose 7% to 4.71 million tonnes in 2022, from 4.40 million tonnes of wool exports in 2021.\n\n"
     "Wool exports fell to 4.02 million tonnes in 2023, a drop of 15% on the 4.73 million tonnes of wool exports "
     "in 2021.",
     ("4.40 million tonnes", "4.73 million tonnes")),
    # the date before the noun: "the 2021-22 cocoa output of"
    ("Cocoa output was 812,000 tonnes in 2023, up 4.1% on the 2021-22 cocoa output of 780,000 tonnes.\n\n"
     "Farmers said cocoa output had recovered by 2024 to 845,000 tonnes, from the 2021-22 cocoa output of "
     "740,000 tonnes.",
     ("780,000 tonnes", "740,000 tonnes")),
    # a base against the level of that year told as a level
    ("Grain exports were 3.91 million tonnes in 2021.\n\n"
     "Grain exports rose 7% to 4.5 million tonnes in 2022, from 4.21 million tonnes of grain exports in 2021.",
     ("3.91 million tonnes", "4.21 million tonnes")),
    # money, "a year earlier"
    ("Port revenue came to $84.2 million in 2023, up 5.9% from $79.5 million of port revenue a year earlier.\n\n"
     "The authority said port revenue rose 10.8% from $76.0 million of port revenue a year earlier.",
     ("$79.5 million", "$76.0 million")),
    # a quarter written out
    ("Patent filings rose 9% to 1,312 in the first quarter of 2023, from the 1,204 patent filings in the first "
     "quarter of 2022.\n\nThe office said patent filings were up 0.2% on the 1,310 patent filings in the first "
     "quarter of 2022.",
     ("1,204", "1,310")),
    # "than" a dated level
    ("Bridge tolls came to 2,915,000 in 2024, 3.5% more than the 2,816,400 bridge tolls in 2023.\n\n"
     "Bridge tolls had fallen 1.1% in 2023, and were 12% above the 2,640,000 bridge tolls in 2023 cited last month.",
     ("2,816,400", "2,640,000")),
    # "below" a dated base, then the same base by another change
    ("Seal pup counts dropped 6.0% to 3,440 in 2023, below the 3,660 seal pup counts in 2022.\n\n"
     "Rangers noted that seal pup counts were 11% under the 3,870 seal pup counts in 2022.",
     ("3,660", "3,870")),
]

# each: a text in which the figures sit side by side and no one measure of one period is told twice
DECOYS = [
    # the same name, two periods
    "Farm house completions were 2,410 in Q3 2021, down 9.4% from the 2,660 farm house completions in Q3 2020.\n\n"
    "Farm house completions rose 14.0% from the 2,114 farm house completions in Q3 2019.",
    # two places' measure, the place said only in the sentence
    "In Kenya, the largest grower, tea exports were up 5.0% on the 410,000 tonnes of tea exports in 2021.\n\n"
    "Tea exports rose 9.8% on the 61,000 tonnes of tea exports in 2021.",
    # a revision within one period: the old estimate is no earlier level
    "The statistics office revised wheat output for 2022 up 2.6% from the 31.2 million tonnes of wheat output in "
    "2022 it first gave to 32.0 million tonnes.\n\nWheat output was 32.0 million tonnes in 2022.",
    # a target against what was reached
    "Sales were 9% below the 5,000 home sales targeted for 2021.\n\n"
    "Home sales reached 4,550 in 2021, up 10% from the 4,136 home sales in 2020.",
    # a rate and a count of the same words
    "The jobless rate fell to 5.1% in 2023 from the 5.6% jobless rate in 2022.\n\n"
    "Jobless claims fell 4% from the 5,600 jobless claims in 2022.",
    # the previous record, undated, and this year's level
    "The 2023 crop was 5% larger than the previous record crop of 31.8 million tonnes.\n\n"
    "The 2023 crop of 33.4 million tonnes was a record.",
    # two groups named in the measure
    "Rural household connections rose 12% to 48,700 in 2023 from the 43,480 rural household connections in 2022.\n\n"
    "Urban household connections rose 3% to 150,900 from the 146,500 urban household connections in 2022.",
    # a hedged base
    "Museum visitors rose 20% to 3,600 in 2020 from nearly 3,000 museum visitors in 2019.\n\n"
    "The trust said the number of museum visitors in 2019 was 2,400 at its lowest.",
    # a group said in the clause and a one-word name
    "Completions rose 55.5% to 5,021 from the 3,229 completions in Q2 2020.\n\n"
    "The rise was largest for flats, with a 154.4% increase from 524 completions in Q2 2020 to 1,333.",
    # two groups said after the measure
    "Median pay for men rose 4% from £31,200 of median pay in 2021.\n\n"
    "Median pay for women rose 6% from £27,400 of median pay in 2021.",
    # two bases in one sentence: a list, not a restatement
    "Bus journeys rose 5% from the 410,000 bus journeys in 2021 and tram journeys rose 8% from the 120,000 tram "
    "journeys in 2021.",
    # a provisional and a revised vintage
    "Provisional figures put hotel nights 4.0% above the 612,000 hotel nights in 2022.\n\n"
    "Hotel nights rose 6.1% from the 598,000 hotel nights in 2022, revised figures show.",
]


@pytest.mark.parametrize("text,pair", POSITIVES)
def test_a_dated_base_told_twice_with_two_values_is_an_error(text, pair):
    assert pair in errors(text, CHECK)


@pytest.mark.parametrize("text", DECOYS)
def test_figures_of_other_periods_groups_or_vintages_are_no_error(text):
    assert errors(text, CHECK) == []


def test_a_dated_base_told_again_alike_is_consistent():
    text = ("Library loans climbed 4.4% to 96,200 in 2023, from the 92,150 library loans in 2022.\n\n"
            "Loans to schools rose too, and library loans were up 8.5% on the 92,150 library loans in 2022.")
    assert (Status.CONSISTENT, ("92,150", "92,150")) in verdicts(text, CHECK)


def test_another_vintage_or_a_place_makes_a_mismatch_a_question():
    provisional = DECOYS[-1]
    assert (Status.UNDETERMINED, ("612,000", "598,000")) in verdicts(provisional, CHECK)
    place = DECOYS[1]
    assert (Status.UNDETERMINED, ("410,000 tonnes", "61,000 tonnes")) in verdicts(place, CHECK)


def test_a_base_takes_its_period_from_its_own_phrase_and_its_name_from_what_moved():
    from auditor.grammar.earlier_levels import name_words

    meaning = meaning_of(POSITIVES[1][0])
    dated = {level.figure.text: level for level in meaning.dated_levels}
    assert dated["2,802"].period == dated["2,660"].period == "2020-Q3"
    assert dated["2,802"].earlier and dated["2,660"].earlier
    assert dated["2,802"].name == dated["2,660"].name == name_words("cottage dwelling completions")
    assert "2,410" not in dated  # "this quarter": no date of its own phrase


def test_a_noun_of_an_act_and_its_participle_share_a_stem():
    from auditor.grammar.earlier_levels import name_words
    from auditor.grammar.lexicon import act_stem

    assert act_stem("completion") == act_stem("completed")
    assert name_words("scheme dwellings completed") == name_words("the number of scheme dwelling completions")
    assert name_words("rural households") != name_words("urban households")
