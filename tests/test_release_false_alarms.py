"""Readings that raised false alarms on invented short releases nobody tuned on, each beside a true
relation of the same shape that must still be checked:
- an amount per unit set against its other period's amount past its own unit and period ("EUR 585 per
  tonne in the quarter, compared with EUR 640 in the second quarter") is no total the amount divides;
- "N of them" after a semicolon still points to the level right before it ("2,940 procedures; the
  chamber upheld 612 of them, or 21%");
- a table row labelled by a band of numbers ("25-29", "65+") is a row its total row adds up;
- "the remaining N" after an "of which" split of a whole that is itself part of a larger total told just
  before may be the rest of either, so it completes neither;
- a level a later sentence tells as a part ("Non-EU citizens made up 61,900 immigrants") is no whole of
  a share told before it;
- a number opening an aligned row ("1  Ardrossan - Brodick      842") is the row's rank, not a whole the
  dash in its label splits.
The sentences are invented here."""
from __future__ import annotations

from _reading import errors, verdicts
from auditor.model import Status

OK = Status.CONSISTENT


def _related(found, *texts):
    return [status for status, figures in found if set(texts) <= set(figures)]


# ---- an amount per unit and its other period's amount ----------------------------------------------
def test_a_price_per_unit_set_against_another_periods_price_divides_no_total():
    text = ("WORLD STEEL OUTPUT SLIPS IN SEPTEMBER\n\nCrude steel production in the 71 countries reporting to the "
            "association was 144.3 million tonnes (Mt) in September 2026, a 1.6% decrease compared with September "
            "2025.\n"
            "Prices of hot-rolled coil in Europe averaged EUR 585 per tonne in the quarter, compared with EUR 640 in "
            "the second quarter, while scrap prices were broadly stable at around EUR 350 per tonne.\n\n"
            "The association expects global steel demand to grow by 1.2% in 2027 to 1,815 Mt.\n")
    assert errors(text, "ratio") == []


def test_an_amount_per_unit_of_a_stated_total_is_still_checked():
    text = ("The export value was EUR 4.2 million for 7,200 tonnes. The average export price was EUR 683 per tonne "
            "in the quarter, compared with EUR 640 in the second quarter.\n")
    assert any("EUR 683" in figures and "EUR 640" not in figures for figures in errors(text, "ratio"))


# ---- "of them" past a semicolon ------------------------------------------------------------------------
_PROCUREMENT = ("Authorities awarded 18,960 contracts. Open tenders accounted for 14,120 contracts, or 74.5% of the "
                "total, and negotiated procedures for 1,310 contracts (6.9%). Appeals were lodged in 2,940 procedures; "
                "the National Appeal Chamber upheld 612 of them, or {share}.\n")


def test_of_them_after_a_semicolon_points_to_the_level_right_before():
    found = verdicts(_PROCUREMENT.format(share="21%"), "share-of-total")
    assert _related(found, "612", "2,940", "21%") == [OK]
    assert not [figures for status, figures in found if status is not OK]


def test_a_wrong_share_of_them_after_a_semicolon_is_still_an_error():
    assert any({"612", "2,940", "25%"} <= set(f) for f in errors(_PROCUREMENT.format(share="25%"), "share-of-total"))


# ---- rows labelled by a band of numbers ------------------------------------------------------------------
def _births(total: str) -> str:
    return ("Births by mother's age, 2025\n\n| Age group | Births | Share |\n|---|---|---|\n"
            "| Under 25 | 7,120 | 9.9% |\n| 25-29 | 17,840 | 24.8% |\n| 30-34 | 27,310 | 38.0% |\n"
            f"| 35 and over | 19,560 | 27.2% |\n| All ages | {total} | 100.0% |\n")


def test_a_row_labelled_by_a_band_of_ages_is_one_of_the_rows_its_total_adds_up():
    found = verdicts(_births("71,830"), "table-arithmetic")
    assert not [figures for status, figures in found if status is not OK], found
    assert _related(found, "71,830", "7,120", "17,840", "27,310", "19,560") == [OK]


def test_a_wrong_total_over_bands_of_ages_is_still_an_error():
    assert any({"71,930", "17,840"} <= set(f) for f in errors(_births("71,930"), "table-arithmetic"))


# ---- "the remaining" after a nested "of which" -------------------------------------------------------------
def test_the_remaining_after_a_split_of_a_part_of_a_larger_total_completes_neither():
    text = ("Spending on all pensions came to 94.7 billion lei. Old-age pensions took 81.2 billion lei, of which "
            "3.9 billion lei were supplementary payments. Disability and survivors' pensions made up the remaining "
            "13.5 billion lei.\n")
    assert errors(text, "sum-of-parts") == []


def test_the_remaining_after_an_of_which_split_still_completes_its_whole():
    text = ("Old-age pensions took 81.2 billion lei, of which 3.9 billion lei were supplementary payments. "
            "Ordinary pensions made up the remaining 75.3 billion lei.\n")
    assert any("75.3 billion lei" in figures for figures in errors(text, "sum-of-parts"))


# ---- a later sentence's part is no whole -----------------------------------------------------------------
def test_a_level_a_later_sentence_tells_as_a_part_is_no_whole_of_a_share_before_it():
    text = ("Returning Irish citizens numbered 30,200, or 23% of immigrants. Non-EU citizens made up 61,900 "
            "immigrants and citizens of other EU countries 24,600; the remaining 12,400 were from the United Kingdom.\n")
    assert errors(text, "share-of-total") == []


def test_a_share_of_the_whole_told_before_it_is_still_checked():
    text = ("Immigration reached 129,100 immigrants in the year. Returning Irish citizens numbered 30,200, or 28% of "
            "immigrants. Non-EU citizens made up 61,900 immigrants.\n")
    assert any({"30,200", "129,100", "28%"} <= set(f) for f in errors(text, "share-of-total"))


# ---- the rank opening an aligned row -----------------------------------------------------------------------
def test_the_rank_opening_an_aligned_row_is_no_whole_of_the_rows_amount():
    text = ("Busiest routes, passengers (thousand)\n1  Ardrossan - Brodick      842\n2  Oban - Craignure         712\n"
            "3  Largs - Cumbrae          698\n")
    assert errors(text, "part-exceeds-whole") == []
    assert errors(text, "sum-of-parts") == []


def test_a_whole_then_a_dash_and_its_parts_is_still_checked():
    assert errors("The region recorded 2,984 cases - North 1,306 and South 1,778.\n", "sum-of-parts")
