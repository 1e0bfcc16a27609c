"""Sentences that set figures side by side without the relation a check looks for: each
once gave a false error on a real report (written here in other words and figures). The
auditor must raise no error on any of them; where the sentence does state a relation, the
right one is read."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status

DECOYS = {
    # "of them" right after a figure makes it a part of the whole before; the next part is its sibling
    "a part by anaphor, then a sibling part": "The council completed 3,418 homes in 2023, 1,205 of them social "
    "housing and 2,031 for private sale.",
    "two parts by anaphor": "Of 3,200 firms surveyed, 1,100 of these reported losses and 2,400 of them reported debts.",
    # better or worse is not up or down: a loss ratio improves by falling
    "an evaluative verb between two levels": "The loss ratio improved to 71.2% in 2024 from 74.9% in 2023.",
    # a percentage in words is rounded like one in digits: 1.14% is "one per cent"
    "a percentage written in words": "So far this year 619 burglaries were reported, against 612 a year "
    "earlier, a rise of one per cent.",
    # the second clause names its own old level; the first clause's base is not its base
    "a second move with its own old level": "Car thefts fell to 236 compared to 328, and shoplifting fell to "
    "558 from 596.",
    # "under the revised estimate" is the heading an amount falls under, not a gap below it
    "an amount under a heading": "The navy gets Rs 41,200.50 crore, against the budget estimate of "
    "Rs 35,118.20 crore in 2023-24 and Rs 38,902.75 crore under the revised estimate.",
    # "reached more than" is a level; a promise needs words that make it one
    "a bound that is a level, not a promise": "Ticket sales had reached a record of more than 9 billion rand by "
    "Friday, the regulator said. Local films brought in 3.1 billion rand of it.",
    # "300 and above" is a threshold: 'above' has no object, the next figure is not compared with it
    "an open-ended threshold": "Of the 5,120 applicants who scored 280 and above, 1,610 were not offered a place.",
    # the same shape, with "or more" and a percentage
    "an open-ended percentage threshold": "Among districts with turnout of 60% or more, 41% re-elected the mayor.",
    # "110 men for every 100 women" is a ratio, not a third group of deaths
    "a ratio beside a split": "Of the 52,400 deaths, 27,500 were men and 24,900 were women, or 110 males for "
    "every 100 female deaths.",
    # "from A and B ... to C and D": "tonnes and" holds no "to"
    "two levels listed side by side": "Waste from both sectors went up, from 4.12 million tonnes and 1.77 million "
    "tonnes respectively in 2020, to 5.12 million tonnes and 1.82 million tonnes in 2021.",
    # a figure followed at once by "above" is the amount above, not a level compared with the next figure
    "an amount above, then the level": "The mean temperature was 16.9 °C, which is 1.2 °C above the 1991–2020 "
    "average of 15.7 °C.",
    "two amounts above different bases": "The mill treated 2,618 kt, 3.3% above the September quarter and 8.6% "
    "above the December 2023 quarter.",
    # numbered rows without a "Rank" header are serial numbers: the table is in no order of size
    "a numbered table that is no ranking": "| No. | Province | Cases |\n|---|---|---|\n| 1 | Aria | 1,204 |\n"
    "| 2 | Bello | 3,310 |\n| 3 | Corin | 2,018 |",
    # a medal table ranks by gold, then silver: the totals need not fall
    "a ranking by more than one column": "| Rank | Country | Gold | Silver | Total |\n|---|---|---|---|---|\n"
    "| 1 | Aria | 10 | 2 | 12 |\n| 2 | Bello | 9 | 8 | 17 |\n| 3 | Corin | 9 | 3 | 12 |",
    # "followed by" in time is no order of size: the items are of other periods
    "a sequence in time after 'followed by'": "Exports were 4,200 tonnes in May, followed by 5,100 tonnes in June.",
    # "ahead of" is said of the new level, not of the old one it rose from
    "a forecast beaten by the new level": "Operating profit rose 17.4 per cent to EUR 412 million from EUR 351 "
    "million, ahead of the EUR 395 million analysts had expected.",
    # a list that starts from the lowest rises
    "a list after the lowest": "Eastmoor recorded the lowest coverage, 91.7%, followed by Riverside at 92.0% and "
    "Hillcrest at 94.5%.",
    # two groups' own rates are no split of one whole
    "two groups' rates": "The pass rate was 61% for boys and 58% for girls.",
    # the groups are the wholes: a share of exports and a share of imports
    "shares of two wholes": "China accounted for 15.4% of exports and 21.2% of imports.",
    # an overall figure is looked for in the group figures' own paragraph only
    "a percentage in the paragraph before groups' rates": "Of the graduates, 41 per cent found work.\n\n"
    "The pass rate was 61% for boys and 58% for girls.",
    # the pace of a fall is its size: a drop of 6.4% is slower than one of 6.5%
    "a slower fall stated in signed rates": "Permits fell by an annual -6.4 percent, slower than the annual "
    "growth rate of -6.5 percent posted a quarter earlier.",
}


@pytest.mark.parametrize("text", DECOYS.values(), ids=DECOYS.keys())
def test_no_error_where_no_relation_is_stated(text):
    findings = audit_document(Document("t.txt", text)).findings
    assert [f for f in findings if f.status is Status.INCONSISTENT] == []


def test_the_evaluative_verb_still_leaves_the_change_in_points_checked():
    text = "The load factor improved by 2.9 percentage points to 80.4%, from 77.5% a year earlier."
    assert (Status.CONSISTENT, ("80.4%", "77.5%", "2.9 percentage points")) in verdicts(text, "difference")


def test_a_promise_said_to_be_met_is_still_checked():
    text = "The council pledged to build more than 2,000 homes, and the pledge was met: 1,850 homes were built."
    assert verdicts(text, "promise-vs-result") == [(Status.INCONSISTENT, ("1,850", "2,000"))]


def test_each_move_is_read_with_its_own_old_level():
    text = "Car thefts fell to 236 compared to 328, and shoplifting fell to 558 from 596."
    assert sorted(verdicts(text, "change-direction")) == [(Status.CONSISTENT, ("236", "328")),
                                                          (Status.CONSISTENT, ("558", "596"))]


def test_a_change_then_a_comma_then_its_levels_in_a_second_clause():
    text = ("Knife crime rose two per cent to 8,240 in the year, but deaths from stabbing had dropped by 25 per "
            "cent, from 96 to 81.")
    assert (Status.INCONSISTENT, ("81", "96", "25 per cent")) in verdicts(text, "growth-rate")


@pytest.mark.parametrize("text", [
    "Burglaries rose by 4.2 per cent, an additional 1,135 offences, to 53,239.",
    "Burglaries rose by four per cent with an additional 1,135 offences, bringing the total to 53,239.",
])
def test_a_change_in_units_and_as_a_rate_with_an_additional_and_the_level_reached(text):
    assert [status for status, _ in verdicts(text, "growth-rate")] == [Status.INCONSISTENT]


def test_a_change_reaching_a_level_after_the_level_of_an_earlier_period():
    text = ("In 2022-23 the register held 18,412 charities and in 2023-24 the number increased by 3 per cent, "
            "raising the total to 18,460.")
    assert verdicts(text, "growth-rate") == [(Status.INCONSISTENT, ("18,460", "18,412", "3 per cent"))]


@pytest.mark.parametrize("text", [
    # two earlier levels: which one the change is from, the sentence does not say
    "In 2021-22 the register held 18,100 charities, in 2022-23 18,412, and in 2023-24 the number increased by "
    "3 per cent, raising the total to 18,460.",
    # the level before is of a later period: not the base
    "In 2024-25 the register will hold 19,000 charities; in 2023-24 the number increased by 3 per cent, "
    "raising the total to 18,460.",
])
def test_no_base_is_read_when_the_earlier_level_is_not_the_one_level_of_an_earlier_period(text):
    assert Status.INCONSISTENT not in [status for status, _ in verdicts(text, "growth-rate")]


def test_a_level_up_from_a_time_then_that_times_level():
    text = "The share seen within four hours was 79.3%, up slightly from December, which was 81%."
    assert verdicts(text, "change-direction") == [(Status.INCONSISTENT, ("79.3%", "81%"))]


def test_a_change_of_one_subject_is_not_the_change_between_another_subjects_levels():
    # "despite" opens the volumes' clause: the earnings' rise is not the volumes' fall
    text = ("Coffee earnings rose 11.0 per cent despite volumes falling to 48.9 thousand tonnes from 51.2 thousand, "
            "as prices recovered.")
    findings = audit_document(Document("t.txt", text)).findings
    assert [f for f in findings if f.status is Status.INCONSISTENT] == []


def test_a_change_before_a_pair_of_two_measures_is_not_their_change():
    # "exports ... against imports of ...": two measures side by side, not one measure at two times
    text = ("Month on month, exports increased by 7.5% and imports by 5.6%. For the half year, exports reached "
            "R271,804.5 million against imports of R298,115.0 million.")
    findings = audit_document(Document("t.txt", text)).findings
    assert [f for f in findings if f.status is Status.INCONSISTENT] == []


@pytest.mark.parametrize("text, status", [
    ("The pay gap narrowed to 14.1% last year. In 2020 it was 16.9%, a narrowing of 2.8 percentage points.",
     Status.CONSISTENT),
    ("The pay gap narrowed to 14.1% last year. In 2020 it was 16.9%, a narrowing of 3.8 percentage points.",
     Status.INCONSISTENT),
    ("The policy rate, cut by 50 basis points on Friday, now stands at 7.25%; it had been 7.75% since May.",
     Status.CONSISTENT),
    ("Readers were 61.0% of adults in 2012 and 66.5% in 2022. The latter is 4.5 points above the former.",
     Status.INCONSISTENT),
])
def test_a_change_in_points_beside_two_rates_is_their_gap(text, status):
    assert [s for s, _ in verdicts(text, "difference")] == [status]


@pytest.mark.parametrize("text", [
    "Unemployment rose 0.3 points to 5.1%; youth unemployment was 12.4%.",
    "The jobless rate rose 0.3 points; it was 5.1% for men and 6.2% for women.",
])
def test_a_change_in_points_beside_two_unrelated_rates_is_no_error(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "difference")]


@pytest.mark.parametrize("text", [
    # the base year's rate is not given
    "Participation stood at 37.0% in 2023. The rate has risen 4.2 percentage points since 2017; in 2020 it was 30.1%.",
    # its base is named by words ("than the annual target"), and a share of a plan is no rate of the measure
    "Jobs reached 115.3 percent of the annual plan. Unemployment was 4.33 percent, 0.17 percentage points lower "
    "than the annual target.",
])
def test_a_change_in_points_whose_base_the_words_name_elsewhere(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "difference")]


@pytest.mark.parametrize("text, check, status", [
    ("Fares brought in €4.81bn in the year. Compared with €4.40bn a year before, the increase amounted to 9.3 per "
     "cent.", "growth-rate", Status.CONSISTENT),
    ("Fares brought in €4.81bn in the year. Compared with €4.40bn a year before, the increase amounted to 12.3 per "
     "cent.", "growth-rate", Status.INCONSISTENT),
    ("Floods covered 21,300 hectares this spring, down from 25,100 hectares last year – a decline the agency put "
     "at 25.1%.", "growth-rate", Status.INCONSISTENT),
    ("Ferries carried 1.20 million people in 2021 and 1.50 million in 2023. The latter figure is 35.0% higher than "
     "the former.", "growth-rate", Status.INCONSISTENT),
    ("Having stood at 8,410 a year ago, the list of pending cases is now 7,920 long, 590 shorter, the court said.",
     "difference", Status.INCONSISTENT),
    ("The lodges sold 412,000 bed-nights out of 530,000 available, an occupancy rate of 71.7%.", "share-of-total",
     Status.INCONSISTENT),
])
def test_changes_and_shares_in_other_words(text, check, status):
    assert status in [s for s, _ in verdicts(text, check)]


@pytest.mark.parametrize("text, status", [
    ("The benchmark index shed 31.40 points or 0.52 percent over the week and closed it at 6,012 points.",
     Status.CONSISTENT),
    ("The benchmark index shed 31.40 points or 0.92 percent over the week and closed it at 6,012 points.",
     Status.INCONSISTENT),
])
def test_an_index_move_in_points_and_percent_to_its_close(text, status):
    assert [s for s, _ in verdicts(text, "growth-rate")] == [status]


def test_points_of_an_index_are_not_percentage_points():
    from auditor.extract import extract_figures
    found = extract_figures(Document("t.txt", "The share index rose 40 points to 7,310 points."))
    assert [f.unit for f in found] == ["index_point", "index_point"]
    found = extract_figures(Document("t.txt", "The jobless rate rose 0.4 points to 5.1%."))
    assert [f.unit for f in found] == ["percentage_point", "percent"]


@pytest.mark.parametrize("murders, status", [("40", Status.CONSISTENT), ("45", Status.INCONSISTENT)])
def test_a_direction_named_in_a_summary_then_a_level_against_last_years(murders, status):
    text = ("Police figures show murder, rape and burglary below last year's levels, while robbery and fraud have "
            f"risen. The murder count stood at {murders} by April, in comparison to 42 a year earlier. "
            "There were 120 reported robberies against 111.")
    found = verdicts(text, "change-direction")
    assert (status, (murders, "42")) in found
    assert (Status.CONSISTENT, ("120", "111")) in found


def test_a_direction_of_another_sentence_of_data_is_not_a_summary():
    # the sentence before has levels of its own, and names no list of measures: Bengal's fall is no error
    text = ("North India's output rose to 734.8 million kg from 733.9 million kg. Bengal's output was 221.5 million "
            "kg, compared with 233.1 million kg in 2008.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "change-direction")]


def test_a_new_level_of_another_clause_is_not_the_one_reached():
    text = "Burglary dipped to 86 cases from last year's 88, and housebreaking stands at 932 compared to 1,102."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, "change-direction")]


@pytest.mark.parametrize("text, check, status", [
    ("Deducting operating costs of $8.4m from revenue of $12.9m left the club with a surplus of $4.5m.",
     "difference", Status.CONSISTENT),
    ("Deducting operating costs of $8.4m from revenue of $12.9m left the club with a surplus of $5.5m.",
     "difference", Status.INCONSISTENT),
    ("Some 1.84 million adults were in work. Set against an adult population of 2.60 million, that gives an "
     "employment rate of 70.8%.", "share-of-total", Status.CONSISTENT),
    ("Some 1.84 million adults were in work. Set against an adult population of 2.60 million, that gives an "
     "employment rate of 75.8%.", "share-of-total", Status.INCONSISTENT),
])
def test_a_result_stated_by_deduction_or_a_rate_set_against_a_whole(text, check, status):
    assert [s for s, _ in verdicts(text, check)] == [status]


def test_a_level_within_a_range_is_no_part_of_its_end():
    text = "The prison population will reach 94,400 by March, within a range of 91,800 to 97,100."
    findings = audit_document(Document("t.txt", text)).findings
    assert [f for f in findings if f.status is Status.INCONSISTENT] == []


RANKED_TABLE = ("Best-selling models in 2019\n\n| Rank | Model | Units sold |\n|---|---|---|\n"
                "| 1 | Onix | 250,805 (+8.6%) |\n| 2 | Ka | {second} (-4.4%) |\n| 3 | Hilux | 115,058 (-4.6%) |\n")


def test_a_ranked_table_is_in_order_of_its_one_column_of_levels():
    """A cell's bracketed change qualifies its value; the places under "Rank" order the levels."""
    assert verdicts(RANKED_TABLE.format(second="157,361"), "ranking") == [
        (Status.CONSISTENT, ("250,805", "157,361")), (Status.CONSISTENT, ("157,361", "115,058"))]
    assert (Status.INCONSISTENT, ("250,805", "257,361")) in verdicts(RANKED_TABLE.format(second="257,361"), "ranking")


def test_a_ranking_of_the_lowest_is_in_rising_order():
    table = RANKED_TABLE.replace("Best-selling", "Lowest-selling").replace("250,805", "50,805")
    assert (Status.INCONSISTENT, ("157,361", "115,058")) in verdicts(table.format(second="157,361"), "ranking")


@pytest.mark.parametrize("text, status", [
    ("Land arrivals also dropped, from 4,954 in 2016 to 391 in 2017.", Status.CONSISTENT),
    ("Land arrivals also dropped, from 391 in 2016 to 4,954 in 2017.", Status.INCONSISTENT),
    # a rate that slows goes down, whatever the noun "growth" says
    ("Growth slowed, from 1.7 percent to 1.1 percent.", Status.CONSISTENT),
    ("Growth slowed from 1.1 percent to 1.7 percent.", Status.INCONSISTENT),
])
def test_a_verb_before_the_comma_gives_the_way_from_a_to_b(text, status):
    assert [v[0] for v in verdicts(text, "change-direction")] == [status]


@pytest.mark.parametrize("text, status", [
    ("Liquidity stood at 41.9 percent in December 2012, well clear of the statutory minimum of 20.0 percent.",
     Status.CONSISTENT),
    ("Liquidity stood at 11.9 percent in December 2012, well clear of the statutory minimum of 20.0 percent.",
     Status.INCONSISTENT),
    ("Sales reached 2,480 units in 2023, short of the 2,600 the plan called for.", Status.CONSISTENT),
])
def test_an_appositive_comparison_may_pass_the_figure_s_period(text, status):
    assert [v[0] for v in verdicts(text, "comparison")] == [status]


@pytest.mark.parametrize("text, broken", [
    ("Over the half year, 21 per cent of arrivals came from Tunisia, followed by Pakistan (15 per cent), "
     "Algeria (10 per cent) and Iraq (9 per cent).", ("15 per cent", "10 per cent")),
    ("China produced 450 tonnes of gold in 2014 (+4.7%), ahead of Australia (270 tonnes, +1.9%) and Russia "
     "(245 tonnes, +6.5%).", ("450 tonnes", "245 tonnes")),
])
def test_a_list_after_followed_by_or_ahead_of_is_in_order_of_size(text, broken):
    found = verdicts(text, "ranking")
    assert found and all(status is Status.CONSISTENT for status, _ in found)
    larger, smaller = broken
    swapped = text.replace(smaller, "X").replace(larger, smaller).replace("X", larger)
    assert (Status.INCONSISTENT, (smaller, larger)) in verdicts(swapped, "ranking")


@pytest.mark.parametrize("text, check, figures", [
    # "over the first four months" is a stretch of time, not the base of a change
    ("Remittances reached SR50.7 billion over the first four months of the year, against SR43.6 billion in "
     "the same period of 2020, a {rate} per cent rise.", "growth-rate", ("{rate} per cent", "SR50.7 billion",
                                                                          "SR43.6 billion")),
    # "in comparison to" marks the old level; a verb after "from" ends its phrase
    ("Crimes reported by the police from the capital numbered 3,009, in comparison to last year's 3,243, "
     "representing a {rate} per cent decrease.", "growth-rate", ("{rate} per cent", "3,009", "3,243")),
    # the amount, the level reached, then the same change as a rate
    ("Visitor numbers rose by 32,605 to 52,865, which translates to a {rate} percent growth.", "growth-rate",
     ("{rate} percent", "32,605", "52,865")),
    # a rate and a comparative, then its signed amount in brackets with the level reached
    ("Average hourly wages were {rate}% higher (+$0.99 to $31.06) than a year before.", "growth-rate",
     ("{rate}%", "$0.99", "$31.06")),
    # the amount, then the rate from the old level
    ("Visitor numbers rose by 546,000, representing a {rate} percent increase from 1.54 million the year before.",
     "growth-rate", ("{rate} percent", "546,000", "1.54 million")),
])
@pytest.mark.parametrize("rate, status", [("16.1", None), ("24.1", Status.INCONSISTENT)])
def test_a_change_with_its_levels_however_joined(text, check, figures, rate, status):
    rates = {"SR50.7": "16.1", "3,009": "7.2", "32,605": "161", "546,000": "35.4", "$31.06": "3.3"}
    right = next(r for key, r in rates.items() if key in text)
    stated = right if status is None else rate
    found = verdicts(text.format(rate=stated), check)
    expected = tuple(f.format(rate=stated) for f in figures)
    assert [(s, sorted(fs)) for s, fs in found] == [(status or Status.CONSISTENT, sorted(expected))]


@pytest.mark.parametrize("males, status", [("51%", Status.CONSISTENT), ("61%", Status.INCONSISTENT)])
def test_shares_of_one_whole_for_complementary_groups_are_no_more_than_all_of_it(males, status):
    text = f"Males make up {males} of all suspected cases and females 49%."
    assert verdicts(text, "share-of-total") == [(status, (males, "49%"))]


@pytest.mark.parametrize("template", [
    "Registered poor households numbered 6,120 at year end, less than the previous year-end's 8,470 by {gap}.",
    "The port handled 12,480 ships, more than the {older} of 2023 by {gap}.",
    "Imports were 4,210 tonnes, higher than exports of {older} tonnes by {gap} tonnes.",
])
def test_a_level_more_or_less_than_another_by_a_gap(template):
    older = "11,950" if "ships" in template else "3,990"
    right = {"6,120": "2,350", "12,480": "530", "4,210": "220"}
    level = next(v for v in right if v in template)
    good, bad = right[level], str(int(right[level].replace(",", "")) + 300)
    assert [s for s, _ in verdicts(template.format(older=older, gap=good), "difference")] == [Status.CONSISTENT]
    assert [s for s, _ in verdicts(template.format(older=older, gap=bad), "difference")] == [Status.INCONSISTENT]


def test_a_comparison_by_a_percentage_is_no_gap_in_units():
    text = "The 2,400 graduates earned more than the 1,900 school leavers by 12 per cent."
    assert verdicts(text, "difference") == []


@pytest.mark.parametrize("text", [
    "The average wage of factory workers reached 7,946 yuan, of which male 8,692 yuan, female 7,215 yuan.",
    "Mean household income was €41,300 in 2024, of which single-parent households €29,800.",
    "Median rent stood at $1,640 a month, including $1,910 in the capital.",
])
def test_an_average_has_group_values_not_parts(text):
    findings = audit_document(Document("t.txt", text)).findings
    assert [f for f in findings if f.check in ("sum-of-parts", "part-exceeds-whole")] == []


def test_a_total_still_has_parts_after_of_which():
    text = "The wage bill reached 7,946 million yuan, of which male workers 4,692 million yuan, female workers 3,354 million yuan."
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == [Status.INCONSISTENT]
