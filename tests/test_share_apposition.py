"""A part's share in apposition after it: a relative clause ("which amounts to"), a participle
("amounting to"), "that is", a bare comma or dash. The share is then checked against the part's
whole: the one the grammar already gave the part ("26 of them"), or a whole the share names."""
import pytest

from auditor.model import Status
from tests._reading import verdicts

WRONG = Status.INCONSISTENT
RIGHT = Status.CONSISTENT


@pytest.mark.parametrize("text, figures", [
    ("The side played 41 matches and won 26 of them, which represents 45% of the matches played.",
     ("26", "41", "45%")),
    ("Farmers harvested 8,216 hectares of maize, amounting to 30.4% of the 24,138 hectares sown.",
     ("8,216 hectares", "24,138 hectares", "30.4%")),
    ("In 2021, 52,318 people were registered in the town. Of them, 31,907 lived in the old quarter, which "
     "amounts to 81.0% of the registered population.", ("31,907", "52,318", "81.0%")),
    ("Of the 2,017 applicants, 1,423 were admitted, that is 91.2% of all applicants.", ("1,423", "2,017", "91.2%")),
    ("1,423 of the 2,017 applicants were admitted, which was 91.2% of all applicants.", ("1,423", "2,017", "91.2%")),
])
def test_a_wrong_share_in_apposition_is_flagged(text, figures):
    assert (WRONG, figures) in verdicts(text, "share-of-total")


@pytest.mark.parametrize("text", [
    "The side played 41 matches and won 26 of them, which represents 63% of the matches played.",
    "1,423 of the 2,017 applicants were admitted, which was 70.6% of all applicants.",
])
def test_a_right_share_in_apposition_checks_out(text):
    found = verdicts(text, "share-of-total")
    assert found and all(status is Status.CONSISTENT for status, _ in found)


def test_two_candidates_each_with_a_share_are_parts_not_the_whole():
    # the first candidate's votes are more than the second's, but they are a part too: the whole
    # the share names ("the votes cast") is the turnout sentence's level
    text = ("Ana Ruiz took 134,705 votes, or 58.4% of the votes cast. Tomas Vidal won 96,052 votes, which amounts "
            "to 41.6% of the votes cast. In all, 262,135 had cast their votes.")
    found = verdicts(text, "share-of-total")
    assert (WRONG, ("96,052", "262,135", "41.6%")) in found
    assert not any("134,705" in figures and "96,052" in figures for _, figures in found)


def test_a_share_of_a_plan_is_left_to_the_plan_check():
    text = "Output was 6.42 million tonnes last year, 107.0% of the annual plan of 6.0 million tonnes."
    assert verdicts(text, "share-of-total") == []


def test_a_share_noun_names_the_share_of_a_fronted_whole():
    text = ("Of 5.61 crore registered electors, 3.87 crore cast their votes in the assembly election, a turnout "
            "of 74.0 per cent.")
    assert (WRONG, ("3.87 crore", "5.61 crore", "74.0 per cent")) in verdicts(text, "share-of-total")


def test_a_share_of_the_rest_of_the_whole_is_not_read_as_the_parts():
    # the empty dwellings are 11.0%; the occupancy rate is the share of the others
    text = "The district has 48,200 dwellings, and 5,310 of them stood empty at the count, an occupancy rate of 89.0%."
    assert not any(status is WRONG for status, _ in verdicts(text, "share-of-total"))


def test_a_fronted_whole_then_a_part_introduced_by_a_totalling_verb():
    text = ("Of the ₹1.78 lakh crore collected as GST in April, the states' share came to ₹0.47 lakh crore — "
            "34.1 per cent — the finance ministry said.")
    assert (WRONG, ("₹0.47 lakh crore", "₹1.78 lakh crore", "34.1 per cent")) in verdicts(text, "share-of-total")


def test_the_other_share_in_the_next_sentence_completes_the_first():
    text = "Women signed 52.3% of the new contracts in 2022. Men accounted for the other 57.7%."
    assert verdicts(text, "share-of-total") == [(WRONG, ("52.3%", "57.7%"))]


def test_another_groups_rate_in_the_next_sentence_is_no_remainder():
    text = "Unemployment among women was 5.2%. The other group's rate was 7.1%."
    assert verdicts(text, "share-of-total") == []


def test_amounts_of_a_stuff_listed_under_a_whole_are_separate_portions():
    text = ("Total grain output was 563,200 tons. Among it, summer grain 318,700 tons, autumn grain 344,500 tons.")
    assert (WRONG, ("318,700 tons", "344,500 tons", "563,200 tons")) in verdicts(text, "part-exceeds-whole")


def test_among_them_names_the_list_total_not_a_bracketed_member():
    text = ("Last week 11 clinics reported 1,432 measles cases - Kano (640), Kaduna (301), Sokoto (118) and "
            "others. Among them were 1,510 confirmed cases, from Kano (1,200) and Sokoto (310).")
    got = verdicts(text, "part-exceeds-whole")
    assert (WRONG, ("1,510", "1,432")) in got  # the part is larger than the week's total
    assert not any(set(figures) == {"1,510", "640"} for _, figures in got)  # not an aside's member


def test_a_part_the_sentence_already_split_is_not_also_the_anaphors_part():
    text = ("Inspectors visited 2,140 shops in May. Of these, 390 were fined, 250 of them for hygiene "
            "and 140 for labelling.")
    got = verdicts(text, "part-exceeds-whole")
    assert (RIGHT, ("390", "2,140")) in got
    assert not any({"250", "2,140"} <= set(figures) for _, figures in got)


def test_a_total_pointing_back_to_the_parts_of_the_sentence_before():
    wrong = ("Arrivals via the main gates stood at 997,258, while the border gates saw 171,737. "
             "The number of arrivals in that month totaled 1,168,988.")
    assert verdicts(wrong, "sum-of-parts") == [(WRONG, ("997,258", "171,737", "1,168,988"))]
    right = "Exports came to $412 million and imports to $380 million. Together the two amounted to $792 million."
    assert verdicts(right, "sum-of-parts") == [(RIGHT, ("$412 million", "$380 million", "$792 million"))]


@pytest.mark.parametrize("text", [
    # a total of more than the parts told: the year so far holds other months
    "Sales in May were 1,200 units and in June 1,350 units. Sales for the year so far totaled 6,400 units.",
    # "together" of its own subject: another part, not the total
    "Transport took 41.3 billion and culture 33.8 billion. All other categories together amounted to 69.1 billion.",
])
def test_a_total_that_does_not_point_back_is_not_the_sum_of_the_sentence_before(text):
    assert verdicts(text, "sum-of-parts") == []


@pytest.mark.parametrize("text", [
    "Almost one in six (18.0%, 121,043) of the 758,645 attendances waited longer than 12 hours.",
    "18.0% (121,043) of the 758,645 attendances waited longer than 12 hours.",
])
def test_a_share_then_its_part_in_brackets_then_of_the_whole(text):
    assert verdicts(text, "share-of-total") == [(WRONG, ("121,043", "758,645", "18.0%"))]


@pytest.mark.parametrize("text, figures, status", [
    ("In the quarter there were 39,600 permits in all. Residential buildings numbered 28,400. Detached houses made "
     "up the majority of all residential buildings with 24,700 (80.0%).", ("24,700", "28,400", "80.0%"), WRONG),
    ("In the quarter there were 39,600 permits in all. Residential buildings numbered 28,400. Detached houses made "
     "up the majority of all residential buildings with 24,700 (87.0%).", ("24,700", "28,400", "87.0%"), RIGHT),
    # the name's words decide, whole words only: "residential" is not "non-residential"
    ("Residential projects came to 28,400 and non-residential projects to 6,646. Shops accounted for most of the "
     "non-residential projects, at 4,584 (69.0%).", ("4,584", "6,646", "69.0%"), RIGHT),
    ("Non-residential projects came to 6,646 and residential projects to 28,400. Houses accounted for the bulk of "
     "the residential projects, at 24,700 (79.0%).", ("24,700", "28,400", "79.0%"), WRONG),
])
def test_a_whole_named_before_the_part_is_the_level_with_that_name(text, figures, status):
    found = verdicts(text, "share-of-total")
    assert (status, figures) in found
    assert not any(s is WRONG and f != figures for s, f in found)


def test_a_whole_named_before_the_part_and_not_in_view_is_implied():
    text = ("There were 39,600 permits in the quarter. Diesel cars made up the bulk of all new registrations "
            "with 24,700 (62.3%).")
    assert verdicts(text, "share-of-total") == [(Status.IMPLIED, ("24,700", "62.3%"))]


@pytest.mark.parametrize("share, status", [("14 percent", WRONG), ("12.7 percent", RIGHT)])
def test_a_share_of_the_total_is_of_the_one_total_of_its_period(share, status):
    text = ("Visitor arrivals reached 2.09 million in 2023, up from 1.54 million in 2022. Kenya's top source "
            f"market in 2023 was the USA with 265,310 accounting for {share} of the total.")
    assert verdicts(text, "share-of-total") == [(status, ("265,310", "2.09 million", share))]


def test_a_share_of_the_total_with_two_totals_of_its_period_is_left_alone():
    text = ("Visitor arrivals reached 2.09 million in 2023 and hotel stays 1.90 million in 2023. Kenya's top "
            "source market in 2023 was the USA with 265,310 accounting for 14 percent of the total.")
    assert not any(status is WRONG for status, _ in verdicts(text, "share-of-total"))


@pytest.mark.parametrize("third, status", [("(a share of 10.8%)", RIGHT), ("(a share of 10.0%)", WRONG)])
def test_one_other_pair_agreeing_on_a_whole_named_total(third, status):
    text = ("The regulator reports total mobile subscriptions rising to 33.63 million at end-2014. The leader held "
            "the lion's share (67.4%, 22.66 million). The smallest operator had 3.63 million users at end-2014 "
            f"{third}.")
    assert (status, ("3.63 million", "33.63 million", third.split()[-1].rstrip(")"))) in verdicts(text, "share-of-total")


def test_one_other_pair_is_not_enough_without_a_total():
    text = ("Subscriptions stood at 33.63 million at end-2014. The leader held the lion's share (67.4%, 22.66 "
            "million). The smallest operator had 3.63 million users at end-2014 (a share of 10.0%).")
    assert not any(status is WRONG for status, _ in verdicts(text, "share-of-total"))


@pytest.mark.parametrize("share, status", [("88.5%", RIGHT), ("78.5%", WRONG)])
def test_a_share_equivalent_to_a_part_of_the_total_just_before(share, status):
    text = (f"A total of 4,210 hip operations were performed in 2024. The proportion done as day cases was {share}, "
            "equivalent to 3,726 patients.")
    assert verdicts(text, "share-of-total") == [(status, ("3,726", "4,210", share))]
