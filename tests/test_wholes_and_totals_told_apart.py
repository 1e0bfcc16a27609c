"""A share whose whole is named by its noun and stated in another sentence, a share with its amount after "at",
and an amount per unit or an average whose total and count an earlier sentence gives together: read, a miss only
a question when words alone tie the figures; narrower groups, other periods and other wholes left alone."""
from __future__ import annotations

from _reading import verdicts
from auditor.model import Status

SHARE = "share-of-total"


def _with(text: str, check: str, figure: str) -> list[tuple[Status, tuple[str, ...]]]:
    return [(status, figures) for status, figures in verdicts(text, check) if figure in figures]


def test_share_of_a_whole_named_in_the_sentence_before_with_its_amount_after_at():
    text = ("Portsmouth cut its losses. Turnover rose from £7.9m to £8.5m. 52 per cent of turnover at £4.6m came "
            "from ticket sales.")
    assert (Status.INCONSISTENT, ("£4.6m", "£8.5m", "52 per cent")) in verdicts(text, SHARE)


def test_the_amount_after_at_is_the_shares_part_not_the_whole_of_the_share_before():
    text = ("Revenue rose from €12.4m to €14.0m. 38 per cent of revenue at €5.3m came from broadcasting, and "
            "merchandise made up 9 per cent of revenue at €1.6m.")
    found = verdicts(text, SHARE)
    assert (Status.CONSISTENT, ("€5.3m", "€14.0m", "38 per cent")) in found
    assert (Status.INCONSISTENT, ("€1.6m", "€14.0m", "9 per cent")) in found
    assert not [f for _, f in found if "€5.3m" in f and "€1.6m" in f]


def test_a_whole_named_by_its_head_noun_elsewhere_is_only_a_question():
    text = ("Visitor arrivals climbed to a record 1.84 million in 2022, the tourism board said.\n\n"
            "Spending by visitors rose to 96.2 billion shillings.\n\n"
            "Visits to friends and relatives accounted for 455,000 visitors, which represented 27 percent of all "
            "foreign arrivals.")
    assert _with(text, SHARE, "27 percent") == [(Status.UNDETERMINED, ("455,000", "1.84 million", "27 percent"))]


def test_no_member_of_a_breakdown_of_the_noun_is_the_whole():
    text = ("Cloud revenue rose 26.6% to $1,204 million. Devices revenue slipped 2.3% to $988 million.\n\n"
            "Analysts had expected less.\n\nServices brought in $654 million, or 23.0% of all revenue.")
    assert not [f for _, f in _with(text, SHARE, "23.0%") if "$1,204 million" in f or "$988 million" in f]


def test_the_one_level_of_the_noun_is_the_whole_the_name_gives():
    text = ("Revenue rose 12.4% to $2,846 million.\n\nAnalysts had expected less.\n\n"
            "Services brought in $654 million, or 21.0% of all revenue.")
    assert _with(text, SHARE, "21.0%") == [(Status.UNDETERMINED, ("$654 million", "$2,846 million", "21.0%"))]


def test_a_whole_of_another_year_is_not_read():
    text = ("Passenger numbers at the airport reached 6.8 million in 2023. In 2019, domestic passengers numbered "
            "2.1 million, 41 percent of all passengers that year.")
    assert not _with(text, SHARE, "6.8 million")


def test_the_rest_of_the_named_whole_is_a_part_of_it_not_the_whole():
    text = ("The state's GSVA stands at ₹1,128,798 crore. Net product taxes account for the remaining "
            "₹116,880 crore of GSDP.\n\nThe fiscal deficit is estimated at ₹36,000 crore, or 2.89 per cent of GSDP.")
    assert not _with(text, SHARE, "₹116,880 crore")


def test_price_per_unit_against_value_and_volume_told_together_before():
    text = ("Wine exports totalled 412 million litres in 2021, worth A$1.93 billion.\n\n"
            "Shipments to Asia grew faster than those to Europe. The average price of exported wine was A$4.98 per "
            "litre.")
    assert verdicts(text, "ratio") == [(Status.UNDETERMINED, ("A$1.93 billion", "412 million litres", "A$4.98"))]


def test_a_later_price_per_unit_is_a_narrower_groups():
    text = ("Wine exports totalled 412 million litres in 2021, worth A$1.93 billion.\n\n"
            "Shipments to Asia grew faster than those to Europe. The average price of exported wine was A$4.68 per "
            "litre. The average price of bottled wine was A$6.10 per litre.")
    assert not [f for _, f in verdicts(text, "ratio") if "A$6.10" in f]


def test_average_of_a_noun_against_total_and_count_told_before():
    text = ("The arts fund paid out £64.2m across 18,300 grants in the year. Demand was strongest in the north.\n\n"
            "The average grant was £3,720, the fund said.")
    assert verdicts(text, "ratio") == [(Status.UNDETERMINED, ("£64.2m", "18,300", "£3,720"))]


def test_average_with_two_totals_before_is_not_read():
    text = ("The fund paid out £64.2m across 18,300 grants and £12.1m across 2,400 loans. Demand was strongest in "
            "the north.\n\nThe average grant was £3,720.")
    assert not [f for _, f in verdicts(text, "ratio") if "£3,720" in f]


def test_a_part_set_apart_after_a_comma_is_not_the_shares_amount():
    text = ("Total sales were 6,600 units. Domestic sales reached 4,100 units, 62% of the total, with 1,200 in the "
            "capital.")
    assert not [f for _, f in verdicts(text, SHARE) if "1,200" in f and "62%" in f]


def test_an_amount_per_head_reached_by_a_change():
    text = ("Airlines carried 11.4 million passengers in 2023 and earned $2.05 billion in revenue. Revenue per "
            "passenger rose 4.2% to {}.")
    assert verdicts(text.format("$180"), "ratio") == [(Status.CONSISTENT, ("$2.05 billion", "11.4 million", "$180"))]
    assert [s for s, f in verdicts(text.format("$196"), "ratio") if "$196" in f] == [Status.INCONSISTENT]
