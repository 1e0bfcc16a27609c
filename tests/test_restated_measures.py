"""One measure stated twice: in a lead before the dateline and in the body, in two notations
in brackets after a change, and as a hedged lead figure the body states precisely.

Each grammar has phrasings that must be related (consistent as written, inconsistent with one
figure made wrong) and decoys that set figures side by side without restating one. The texts
are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

CHECK = "same-measure-conflict"


def _statuses(text: str) -> list[Status]:
    return [status for status, _ in verdicts(text, CHECK)]


# --- a standfirst above the dateline: a month it names is of the dateline's year, and its figures
# are the title's, restated in the body ------------------------------------------------------------

LEAD_BEFORE_DATELINE = [
    ("In March, tyre sales rise 6.2%.\n\nLagos, April 3, 2024 - Tyre sales in March rose {} against March 2023, "
     "the dealers' association said.", "6.2%", "6.8%"),
    ("Cement output falls 3.4% in May\n\nNairobi, June 10, 2023 (KNBS) - Cement output in May fell {} from a "
     "year earlier, the bureau said.", "3.4%", "4.3%"),
    ("In October, a slight drop of 2.7% in hotel stays.\n\nValletta, 20 November 2022 - The islands saw a slight "
     "fall of {} in October in hotel stays.", "2.7%", "2.1%"),
]


@pytest.mark.parametrize("text, right, wrong", LEAD_BEFORE_DATELINE)
def test_a_lead_before_its_dateline_is_of_the_datelines_year(text, right, wrong):
    assert Status.CONSISTENT in _statuses(text.format(right))
    assert Status.INCONSISTENT in _statuses(text.format(wrong))


def test_a_standfirst_month_after_the_datelines_month_is_of_the_year_before():
    meaning = meaning_of("In December, card spending rose 4.1%.\n\nAccra, January 8, 2024 - Card spending "
                         "in December rose 4.1% on the year.")
    assert meaning.figures[0].period == "2023-12"


def test_another_month_in_the_body_is_not_the_leads():
    text = ("In February, coffee exports rise 14.4%.\n\nBogota, March 5, 2019 - Coffee exports in January rose "
            "11.0% against January 2018.")
    assert Status.INCONSISTENT not in _statuses(text)


# --- the same amount in brackets in another notation, after a word of change ----------------------

CONVERSIONS_AFTER_A_CHANGE = [
    ("Net interest income went up by Rs 148.6 crore ({}) to Rs 337.8 crore.", "Rs 1,486 million", "Rs 1,468 million"),
    ("Operating costs at the utility fell by €2.4 billion ({}) in 2023.", "€2,400 million", "€2,600 million"),
    ("Exports of the cooperative rose by $1.75 billion ({}) last year.", "$1,750 million", "$1,570 million"),
]


@pytest.mark.parametrize("text", [
    "Spending rose by $5 million ($80 billion in total) last year.",  # the bracket goes on: another amount
    "Ticket income rose by Rs 12 crore (Rs 300 million a year earlier).",
    "Imports fell by 1,200 (1,450 in 2022).",  # one notation: an earlier value, not a conversion
])
def test_a_bracket_with_another_amount_after_a_change_is_not_a_conversion(text):
    assert Status.INCONSISTENT not in _statuses(text)


# --- the same amount in brackets in another unit of the same dimension -----------------------------

CONVERSIONS_TO_ANOTHER_UNIT = [
    ("The new bypass is 12 miles ({}) long and opens in June.", "19 km", "29 km"),
    ("The dam wall rises 250 feet ({}) above the river bed.", "76 metres", "67 metres"),
    ("The orchard covers 40 acres ({}) on the north bank.", "16 hectares", "26 hectares"),
    ("The reservoir covers 120 sq km ({}) of former farmland.", "46 sq miles", "64 sq miles"),
]


@pytest.mark.parametrize("text", [
    "The firm earned €1.2 billion ($1.6 billion) in 2023.",  # another currency: a rate the text does not give
    "The runners covered 12 miles (19 minutes faster than last year).",  # another dimension
    "The trail is 12 miles (29 km with the detour) long.",  # the bracket goes on: another amount
    "The river is 300 miles long; the canal beside it (80 km) is newer.",  # no conversion glue
])
def test_a_bracket_in_another_currency_or_dimension_is_no_conversion(text):
    assert Status.INCONSISTENT not in _statuses(text)


# --- a hedged figure in the lead, stated precisely in the body ------------------------------------

HEDGED_LEADS = [
    ("Greens gain in the capital\n\nThe Green party has more than doubled its vote share in the capital, to nearly "
     "30 per cent.\n\nOfficial results show the Green party polled {} of the vote in the capital.",
     "29.6 per cent", "26.1 per cent"),
    ("Brewer's results\n\nSales at the brewer in the half year were almost 8% lower than a year earlier.\n\nIn its "
     "results, the brewer said sales volumes declined by {}, because of the long drought.", "7.8%", "6.2%"),
    ("Fair draws a crowd\n\nMore than 20,000 visitors came to the book fair this year, its organisers said.\n\n"
     "The fair's organisers counted {} visitors over the four days.", "20,412", "19,412"),
    ("Bus operator's year\n\nTicket revenue at the bus operator rose by some 12 per cent in 2023.\n\nThe operator "
     "said ticket revenue grew {} in 2023, to a record.", "11.8 per cent", "13.9 per cent"),
    # no title: the lead is the first paragraph, and the second states it precisely, with its share in
    # brackets and a named source that speaks (who says it, not whom it is for)
    ("The licensing board has refused more than 3,000 applications for street-trading permits.\n\nA letter "
     "signed by the board's chairman, Peter Molo, said that {} (12.4%) applications were refused for missing "
     "documents.", "3,215", "2,815"),
    ("Nearly 1,500 patients were moved out of the old wing of the hospital this week.\n\nThe hospital's "
     "director, Maria Okafor, told reporters {} (38%) patients had been moved out of the wing by Friday.",
     "1,482", "1,320"),
]


@pytest.mark.parametrize("text", [
    # another subject's figure
    "Greens gain\n\nThe Green party has more than doubled its vote share in the capital, to nearly 30 per cent."
    "\n\nOfficial results show the Labour party polled 26.1 per cent of the vote in the capital.",
    # another year's figure
    "Brewer's results\n\nSales at the brewer were almost 8% lower in 2023.\n\nIn 2021, the brewer said, sales "
    "volumes declined by 6.2%.",
    # a group within what the lead speaks of
    "Brewer's results\n\nSales at the brewer in the half year were almost 8% lower than a year earlier.\n\nIn its "
    "results, the brewer said sales to rural shops declined by 6.2%, because of the long drought.",
    # a level, not the change the lead gives
    "Brewer's results\n\nSales at the brewer were almost 8% lower than a year earlier.\n\nThe brewer's sales "
    "margin was 6.2%, it said.",
    # a hedge on a precise figure is a statement of its own, not a rounding (and the body's is another's)
    "Budget review\n\nThe state spent about R16.47 billion on capital works over the decade.\n\nInterest "
    "payments ran neck and neck with capital works at R14.04 billion.",
    # a name that speaks may be the figure's own subject: another country's exports
    "Uganda's coffee exports topped $900 million last season.\n\nKenya said its coffee exports reached $850 "
    "million last season.",
    # a named place of the body's clause is another subject, though a speaker is named too
    "The licensing board has refused more than 3,000 applications for street-trading permits.\n\nIn the "
    "county of Bresk, the chairman Peter Molo said, 2,815 (11%) applications were refused for missing documents.",
    # two figures of the body fit the lead's words: the text does not say which it rounds
    "Port's year\n\nCargo through the port rose by some 12 per cent.\n\nThe port said cargo rose 9.8 per cent by "
    "weight, while cargo rose 14.1 per cent by value.",
])
def test_a_hedged_lead_figure_is_not_paired_with_another_measure(text):
    assert Status.INCONSISTENT not in _statuses(text)


def test_a_threshold_crossed_in_the_lead_is_not_paired_with_another_measures_level():
    text = ("Road deaths\n\nThe road toll kept falling, dropping below 500 for the first time since 1970.\n\n"
            "Serious crashes rose from 440 to 452, so it seems there were fewer crashes with several deaths.")
    assert not [figures for _, figures in verdicts(text, CHECK) if "452" in figures]


# --- each pair above is checked as written, and flagged with one figure made wrong ----------------

@pytest.mark.parametrize("text, right, wrong", CONVERSIONS_AFTER_A_CHANGE + CONVERSIONS_TO_ANOTHER_UNIT + HEDGED_LEADS)
def test_a_restated_amount_holds_as_written_and_fails_with_one_figure_wrong(text, right, wrong):
    assert _statuses(text.format(right)) == [Status.CONSISTENT]
    assert _statuses(text.format(wrong)) == [Status.INCONSISTENT]


# --- a change in the title "from Y1 to Y2", restated in the body "since Y1" -------------------------

CHANGES_SINCE = [
    ("Ireland's cattle herd grew by 240,000 from 2015 to 2020\n\nSince 2015 Ireland's cattle herd has grown by {}, "
     "the farm survey shows.", "240,000", "290,000"),
    ("Lagos trains carried 1.4 million more riders from 2019 to 2023\n\nSince 2019 Lagos trains have carried {} "
     "more riders a year, the operator said.", "1.4 million", "1.9 million"),
]


@pytest.mark.parametrize("text, right, wrong", CHANGES_SINCE)
def test_a_change_from_a_year_is_restated_as_a_change_since_it(text, right, wrong):
    assert _statuses(text.format(right)) == [Status.CONSISTENT]
    assert _statuses(text.format(wrong)) == [Status.INCONSISTENT]


def test_a_change_since_another_year_is_not_sure():
    text = ("Ireland's cattle herd grew by 240,000 from 2015 to 2020\n\nSince 2012 Ireland's cattle herd has grown "
            "by 290,000, the farm survey shows.")
    assert Status.INCONSISTENT not in _statuses(text)
