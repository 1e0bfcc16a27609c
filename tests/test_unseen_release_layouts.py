"""Readings that misfired on invented releases nobody tuned on (sport, weather, health, justice, culture,
farming, energy, labour): which figures a relation may pair, read from layout and units, not phrases.

- A table set out with spaces has columns too: a cell's header is the cell of the header line above
  it, matched from the right ("Source market   Arrivals (000)   Share (%)   Change (%)"), so a change
  column relates only columns of one measure; a row under period columns ("2026   2027   2028") is a
  series, and no cell of it is the change between two others, whatever its label says ("GDP growth").
- Hours, minutes and seconds ("2:05:12") are a duration, not a ratio of three parts.
- Two amounts of one unit ("3,540 kWh", "3,610 kWh") divide to a pure number, never to an amount per
  that unit ("27.4 pence per kWh").
- A level followed by its share of a whole ("3.9 million doses, roughly a third of the total") is a part:
  not the count or the total an amount per head divides.
- An amount per a unit or head ("€18.40 per inhabitant") is no whole of parts ("of which ...") nor a plan.
- An appositive comparison ("..., up from 151,000 people") compares the clause's level of its own kind:
  not the count of another noun ("212 villages") nor an average beside it ("an average of 12,100 a day").
- A sentence of several rates is a breakdown of its own: none of them is the overall rate of the
  groups in the next sentence.
- A group is never a share of its complementary group (the employed are no whole of the unemployed).
- A figure dated to an earlier time right after it ("a loss of €12.9 million a year earlier") is that
  time's own figure, not the change between this year's levels.
- A percentage naming a statistical method ("a 95% confidence interval") is no measurement.
- The two ends of a range ("41% to 61%") restate no single table cell.
- A count in a fronted partitive ("Of the 12,940 people released, 58% ...") is the whole of the clause's
  shares, not a part beside its share.
- A group's share ("men made up 95.9% of prisoners") splits the whole by its own kind: it is not summed
  with the share of another kind ("17% of prisoners were aged 50 or over").
- After "of which", a figure named by the whole's own head and qualifier of the same kind ("loans to
  businesses" after "loans to households") is the whole's sibling, not one more part.
- "Of them" points past a count in a phrase of place or origin too small to hold the part ("214 films
  from 58 countries, 61 of them world premieres").
- A level given with its own share ("4.31 million children, 30% of all children") is a part: no whole of
  another share ("up from 4.23 million (29%)", "3.01 million, or 21%").
- A relative clause set off by commas ("Household spending, which makes up about 63% of GDP, grew 0.7%")
  is an aside: the change after the verb is the subject's, not the aside's noun's.
- A change in points set off after its rate and measured on an earlier time ("6.81%, 4 basis points lower on
  the week, and the 5-year at 6.62%") is no gap between that rate and the next subject's.
- Percentages of a reference each subject has its own of ("118 per cent of normal", "82% of capacity",
  "76% of target") are no shares of one whole, however they are listed.

Every sentence is invented here."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Kind, Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT


def _flags(text: str, check: str) -> list[tuple]:
    """Findings of a check that are not consistent: an error or a question."""
    return [v for v in verdicts(text, check) if v[0] is not OK]


# --- tables set out with spaces ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Arrivals by market\n\nMarket            Arrivals (000)   Share (%)   Change (%)\n"
    "UK                     402           38.4        +5.2\nGermany                231           22.1        +9.0\n",
    "Lending by bank\n\nBank          Loans (bn)    Share (%)   Change\n"
    "Alpha            61.0         30.5        +2.1\nBeta             44.2         22.1        +1.4\n",
])
def test_a_change_column_of_a_spaced_table_relates_no_two_measures(text):
    assert _flags(text, "difference") == []


@pytest.mark.parametrize("text", [
    "Prices by region\n\nRegion        Median price (R000)   Annual change   Sales\n"
    "North               1,520               +6.1%          18,240\nCoast               2,110               +8.4%          11,030\n",
    "Ferries\n\nRoute         Passengers (000)   Growth   Sailings\n"
    "Harbour            4,310            +3.2%     12,400\nIsland             1,880            +1.1%      6,050\n",
])
def test_a_growth_column_of_a_spaced_table_relates_no_two_measures(text):
    assert _flags(text, "growth-rate") == []


@pytest.mark.parametrize("text", [
    "Projections (%)\n\n                 2026    2027    2028\nGDP growth       1.1     1.4     1.7\n"
    "Inflation        3.4     2.6     2.1\n",
    "Outlook\n\n                      2025    2026    2027\nExport growth         2.2     3.0     3.9\n",
])
def test_a_row_under_period_columns_is_a_series_with_no_change_between_its_cells(text):
    assert _flags(text, "difference") == []


def test_a_wrong_change_cell_of_a_spaced_table_is_an_error():
    text = ("Recorded offences\n\nOffence        2024      2025      Change\n"
            "Violence       64,400    61,200    -3,900\nTheft          31,800    32,500    +700\n")
    assert any("-3,900" in figures for figures in errors(text, "difference"))


# --- durations ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The winner finished in 2:05:12, and the runner-up in 2:05:20.",
    "Her time of 1:58:07 was a course record; the oldest finisher took 6:38:02.",
    "Place  Runner        Age   Time\n1      A. Bekele     27    2:05:12\n2      B. Kiptum     31    2:05:20\n",
])
def test_hours_minutes_and_seconds_are_no_ratio(text):
    doc = Document("t.txt", text)
    assert [f.text for f in extract_figures(doc) if f.kind is Kind.RATIO] == []
    assert _flags(text, "ratio") == []


def test_race_times_of_two_digit_hours_are_no_ratio():
    doc = Document("t.txt", "Rider   Age   Time\n1 M. Soler   24   21:44:07\n2 T. Pidcock   27   21:44:45\n")
    assert [f.text for f in extract_figures(doc) if f.kind is Kind.RATIO] == []


def test_a_split_in_percent_written_with_colons_is_still_a_ratio():
    doc = Document("t.txt", "Seats were shared 20:30:50 between the three parties.")
    assert len([f for f in extract_figures(doc) if f.kind is Kind.RATIO]) == 3


def test_a_ratio_of_three_parts_with_decimals_is_still_read():
    doc = Document("t.txt", "Votes split 16.30:41.0:42.70 between the three parties.")
    assert len([f for f in extract_figures(doc) if f.kind is Kind.RATIO]) == 3


# --- an amount per a unit against two amounts of that unit --------------------------------------

@pytest.mark.parametrize("text", [
    "Average household use was 3,540 kWh, down from 3,610 kWh, and the average price was 27.4 pence per kWh.",
    "Yields reached 8,200 litres, up from 7,900 litres, and dairies paid 41.5 cents per litre.",
])
def test_two_amounts_of_one_unit_give_no_amount_per_that_unit(text):
    assert _flags(text, "ratio") == []


def test_a_ratio_of_two_counts_is_still_checked():
    assert errors("The clinic listed 3,150 patients and 1,260 nurses, a ratio of 2.9.", "ratio")


# --- a part with its share is no total or divisor -----------------------------------------------

@pytest.mark.parametrize("text", [
    "The programme cost £210 million, about £18.40 per dose given. Pharmacies gave 3.9 million doses, "
    "roughly a third of the total, and surgeries most of the rest.",
    "Farmers planted 12.4 million hectares, giving a yield of 2.52 tonnes per hectare. The west grew "
    "11.6 million tonnes, or 37% of the national crop.",
    "The scheme paid out $96 million, about $410 per claim. Online claims numbered 61,000 (26%), the rest "
    "came by post.",
])
def test_a_level_given_with_its_share_is_no_term_of_an_amount_per_head(text):
    assert _flags(text, "ratio") == []


def test_an_amount_per_dose_against_the_whole_count_is_still_checked():
    text = "The programme cost £210 million, about £25 per dose given. In all, 11.4 million doses were given."
    assert errors(text, "ratio")


# --- an amount per head is no whole -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Total spending was €96.4 million, or €18.40 per inhabitant, of which €14.9 million was spent on new stock.",
    "The fund paid $12.6 million, or $310 a member, of which $4.1 million went on pensions.",
])
def test_an_amount_per_head_is_no_whole_of_parts(text):
    assert _flags(text, "part-exceeds-whole") == []


def test_a_part_above_its_whole_is_still_an_error():
    assert errors("Total spending was €96.4 million, of which €104.0 million was spent on new stock.",
                  "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Spending on mental health reached £16.8 billion, 8.9% of the health budget, or about £294 per head.",
    "Road spending came to €4.2 billion, 96% of the plan, or €610 per resident.",
])
def test_an_amount_per_head_is_no_plan(text):
    assert errors(text, "percent-of-plan") == []


def test_a_share_of_a_named_budget_is_still_checked():
    text = "The health budget was £212 billion. Spending on mental health reached £16.8 billion, 8.9% of the health budget."
    assert errors(text, "share-of-total") + errors(text, "percent-of-plan")


# --- an appositive comparison compares the clause's level of its kind ----------------------------

@pytest.mark.parametrize("text", [
    "In 2025 the charity brought water to 184,000 people in 212 villages, up from 151,000 people in 2024.",
    "The league drew 4.6 lakh spectators across 38 match days, an average of about 12,100 a day, up from "
    "3.9 lakh last season.",
    "The museum lent 1,240 objects to 86 venues, up from 1,060 objects a year earlier.",
])
def test_an_appositive_comparison_skips_other_nouns_and_averages(text):
    assert _flags(text, "comparison") == []


@pytest.mark.parametrize("text", [
    "In 2025 the charity brought water to 184,000 people in 212 villages, up from 191,000 people in 2024.",
    "The league drew 4.6 lakh spectators across 38 match days, an average of about 12,100 a day, up from "
    "4.9 lakh last season.",
])
def test_the_appositive_is_checked_against_the_clause_level_of_its_kind(text):
    found = errors(text, "comparison")
    assert found and not any("212" in f or "12,100" in f for f in found), found


# --- an overall rate and its groups --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Youth unemployment was 11.6%, about three times the rate among those aged 25 and over (3.7%). "
    "Among women the rate was 4.0% and among men 4.2%.",
    "Pass rates were 71.2% in maths and 64.0% in science. Among girls the rate was 70.1% and among boys 69.5%.",
])
def test_a_sentence_of_several_rates_gives_no_overall_rate(text):
    assert _flags(text, "total-between-groups") == []


def test_one_overall_rate_before_its_groups_is_still_checked():
    assert errors("The unemployment rate was 4.1% in the third quarter. Among women it was 4.5% and among men 4.4%.",
                  "total-between-groups")


# --- a group is no share of its complement --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Employment rose by 38,000 to 3.284 million. Unemployment fell by 6,000 to 142,000, an unemployment rate of 4.1%.",
    "The number in employment reached 1.92 million. Unemployment stood at 88,000, an unemployment rate of 4.4%.",
    "Employed persons numbered 1.92 million. The unemployed numbered 88,000, a jobless rate of 4.4%.",
])
def test_the_employed_are_no_whole_of_the_unemployed(text):
    assert _flags(text, "share-of-total") == []


def test_an_unemployment_rate_over_the_labour_force_is_still_checked():
    text = "The labour force numbered 3,426,000, and 142,000 people were unemployed, an unemployment rate of 5.1%."
    assert errors(text, "defined-measure") + errors(text, "share-of-total")


# --- a figure of an earlier time -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Net profit on player sales was €92.0 million, and the club made a net profit of €31.5 million after a loss "
    "of €12.9 million a year earlier.",
    "Grants came to $4.4 million and the trust ended with a surplus of $1.2 million, after a deficit of "
    "$0.6 million the previous year.",
])
def test_a_figure_dated_earlier_is_no_change_between_this_years_levels(text):
    assert _flags(text, "difference") == []


def test_a_change_between_two_levels_is_still_checked():
    assert errors("Net profit rose by €11.9 million to €31.5 million from €18.6 million a year earlier.", "difference")


# --- statistical levels and ranges ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Effectiveness was 52% for adults, with a 95% confidence interval of 41% to 61%.",
    "The effect was significant at the 5% significance level and within the 90% CI.",
])
def test_a_percentage_naming_a_statistical_method_is_no_figure(text):
    doc = Document("t.txt", text)
    assert not {"95%", "5%", "90%"} & {f.text for f in extract_figures(doc)}


def test_a_percentage_of_people_is_still_a_figure():
    doc = Document("t.txt", "Some 95% of patients were seen within four hours.")
    assert "95%" in {f.text for f in extract_figures(doc)}


_UPTAKE = ("Flu vaccination report 2025/26\n\n"
           "| Group | Eligible (000) | Vaccinated (000) | Uptake (%) |\n|---|---|---|---|\n"
           "| 65 and over | 6,420 | 4,892 | 76.2 |\n| Under 65, at risk | 5,870 | 2,454 | 41.8 |\n"
           "| Pregnant women | 411 | 150 | 36.5 |\n")


@pytest.mark.parametrize("prose", [
    "Effectiveness was estimated at 52% for adults aged 65 and over, with an interval of 41% to 61%.",
    "Protection for adults aged 65 and over was put at between 38% and 57%.",
])
def test_the_ends_of_a_range_restate_no_cell(prose):
    assert [v for v in _flags(_UPTAKE + "\n" + prose + "\n", "table-vs-text") if "52%" not in v[1]] == []


def test_a_single_figure_restating_a_cell_is_still_checked():
    assert errors(_UPTAKE + "\nIn 2025/26, uptake among adults aged 65 and over was 79.2%.\n", "table-vs-text")


# --- percentages of each subject's own reference -------------------------------------------------

@pytest.mark.parametrize("text", [
    "June rainfall was 91 per cent of normal, July 112 per cent, August 106 per cent and September 98 per cent.",
    "Rainfall in the north-west was 118 per cent of normal, while the north-east received 84 per cent.",
    "Paid attendance was 78% of capacity. The main hall ran at 82% of capacity, the studio at 61%.",
    "Sales reached 76% of target in the first half. The export team reached 58% of target.",
])
def test_percentages_of_each_subjects_own_reference_are_no_shares_of_one_whole(text):
    assert _flags(text, "share-of-total") == []


@pytest.mark.parametrize("text", [
    "Of all votes cast, the Greens took 46%, Labour 38% and the Liberals 24%.",
    "Males make up 61% of all suspected cases and females 49%.",
])
def test_shares_of_one_whole_are_still_checked(text):
    assert errors(text, "share-of-total")


# --- a fronted count is the whole -----------------------------------------------------------------

_PRISON = ("The prison population was 88,140 on 30 September. Remand prisoners numbered 17,310, or 19.6% of the "
           "total. Foreign nationals accounted for 10,390, or 11.8%. ")


@pytest.mark.parametrize("sentence", [
    "Of the 12,940 people released in the quarter, 58% were released on licence.",
    "Among the 12,940 people released in the quarter, 58% went out on licence.",
])
def test_a_count_in_a_fronted_partitive_is_the_whole_not_a_part(sentence):
    assert _flags(_PRISON + sentence, "share-of-total") == []


def test_a_part_and_share_after_a_fronted_whole_are_still_checked():
    text = _PRISON + "Of the 12,940 people released in the quarter, 7,510 (68%) were released on licence."
    assert errors(text, "share-of-total")


# --- shares of two breakdowns ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Men made up 95.9% of prisoners and women 4.1%. The average age was 39, and 17% of prisoners were aged 50 or over.",
    "Girls made up 51% of pupils. Some 62% of pupils walked to school.",
])
def test_a_groups_share_is_not_summed_with_another_kinds_share(text):
    assert _flags(text, "share-of-total") == []


# --- the whole's sibling after "of which" ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Loans to households were $291 billion, of which mortgages made up $214 billion, and loans to businesses $236 billion.",
    "Exports to Asia were $29 billion, of which electronics made up $14 billion, and exports to Europe $23 billion.",
])
def test_the_wholes_sibling_is_no_part(text):
    assert _flags(text, "part-exceeds-whole") == []


def test_parts_above_their_whole_are_still_an_error():
    text = "Loans to households were $291 billion, of which mortgages made up $214 billion and credit cards $96 billion."
    assert errors(text, "part-exceeds-whole")


# --- "of them" and a phrase of origin --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The festival screened 214 films from 58 countries, 61 of them world premieres.",
    "The fair hosted 1,240 exhibitors from 86 nations, 410 of them first-time visitors.",
])
def test_of_them_points_past_a_count_of_origin_too_small_to_hold_the_part(text):
    assert _flags(text, "part-exceeds-whole") == []


def test_a_part_too_big_for_any_whole_is_still_an_error():
    assert errors("The festival screened 214 films from 58 countries, 261 of them world premieres.", "part-exceeds-whole")


# --- an overall rate needs a sentence of one rate -------------------------------------------------

def test_a_sentence_of_a_group_rate_and_another_rate_gives_no_overall_rate():
    text = ("In the top quartile, 34% of employees were women; in the lowest quartile, 61%. Women received 39% of "
            "all bonus payments, although 83% of women and 85% of men received a bonus.")
    assert _flags(text, "total-between-groups") == []


# --- a level with its own share is no whole --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "An estimated 4.31 million children lived in poverty in 2024/25, 30% of all children, up from 4.23 million (29%) "
    "a year earlier. Before housing costs the figure was 3.01 million, or 21%.",
    "The county had 61,200 households on benefits in 2025, 14% of all households. A year before there were "
    "58,900 (13%).",
])
def test_a_level_given_with_its_own_share_is_no_whole_of_another(text):
    assert _flags(text, "share-of-total") == []


def test_a_level_with_a_change_after_it_is_still_a_whole():
    text = ("The council approved a budget of €412.6 million for 2027, 4.8% more than the €393.7 million of 2026. "
            "Personnel costs account for €148.3 million (35.9%).")
    found = verdicts(text, "share-of-total")
    assert found and all(status is OK for status, _ in found), found


@pytest.mark.parametrize("text", [
    "Some 4.31 million children lived in poverty. Of these, 1.2 million (38%) were in lone-parent families.",
    "Some 4.31 million children lived in poverty. In lone-parent families there were 1.2 million poor children, or 38%.",
])
def test_a_share_of_a_bare_whole_is_still_checked(text):
    assert errors(text, "share-of-total")


# --- a relative clause set off by commas is an aside ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Real GDP rose 0.5% in the third quarter. Household spending, which makes up about 63% of GDP, grew 0.7% in the "
    "third quarter.",
    "Exports rose 4.1% in March. Machinery, which accounts for about 30% of exports, grew 6.2% in March.",
])
def test_a_change_after_a_relative_aside_is_the_subjects(text):
    assert _flags(text, "same-measure-conflict") == []


def test_a_change_of_the_same_measure_told_twice_is_still_checked():
    text = ("Exports rose 4.1% in March. Machinery, which accounts for about 30% of exports, grew 6.2% in March. "
            "The 4.7% rise in exports in March was the largest this year.")
    found = errors(text, "same-measure-conflict")
    assert found and all("6.2%" not in f for f in found), found


# --- a change on an earlier time, between two subjects' rates ---------------------------------------

@pytest.mark.parametrize("text", [
    "Bond yields: the 10-year benchmark ended at 6.81%, 4 basis points lower on the week, and the 5-year at 6.62%.",
    "Turnout was 61.2%, 2.1 points higher on the year, and support for the government 38.4%.",
])
def test_a_change_on_an_earlier_time_is_no_gap_to_the_next_subjects_rate(text):
    assert _flags(text, "difference") == []


def test_a_change_between_two_rates_of_one_measure_is_still_read():
    text = "The unemployment rate was 5.2% last month and 4.8% this month, a fall of 0.6 points on the month."
    assert _flags(text, "difference")
