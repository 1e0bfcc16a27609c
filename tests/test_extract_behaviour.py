"""What the extractor reads, one rule of report grammar at a time."""
from __future__ import annotations

from decimal import Decimal

import pytest

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.extract.figures import ABOUT_MARGIN, NEARLY_MARGIN
from auditor.extract.periods import find_periods, shifted
from auditor.extract.units import UNIT_KINDS, registry
from auditor.model import Kind


def figures(text: str):
    return extract_figures(Document("t.txt", text))


def one(text: str):
    found = figures(text)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize("text", [
    "The plan ran from 2011 to 2016 and was reviewed in 2021.",
    "Published on 8 June 2022 at 10:00 a.m., and again on May 20, 2022.",
    "1. Employment\n2. Wages\n3) Prices",
    "See Table 2, Section 4 and Figure 3 of Windows 11 release notes.",
    "Call +91 22 2266 0502 or tel. 0300 123 4567 for details.",
    "It was the 13th consecutive year and the 2nd quarter of growth for the 10-year bond.",
    "People aged 15 to 64 and youth (ages 15-24) were surveyed; employed persons ('000).",
    "Ward | 2023\n1 | ",
])
def test_years_dates_times_labels_and_ordinals_are_not_figures(text):
    assert [f.text for f in figures(text)] == []


@pytest.mark.parametrize("text", [
    "Rain fell all week.\n\nJust 96 of the trains ran late.",
    "It was a busy season.\nOnly 48 beds were free.",
    "Staff were hired.  Another 23 joined later.",
])
def test_a_capitalised_word_opening_a_paragraph_or_line_is_no_name_before_a_number(text):
    # unlike "Windows 11" or "Route 9" inside a sentence, "Just 96" at a paragraph's start is a figure
    assert [f.text for f in figures(text)][-1:] in (["96"], ["48"], ["23"])


@pytest.mark.parametrize("text, value, unit", [
    ("Exports reached 484,000 tonnes.", Decimal(484000), "tonne"),
    ("About 816 000 people.", Decimal(816000), ""),
    ("Receipts of Rs 1,38,655 crore.", Decimal(1386550000000), "INR"),
    ("Collections of Rs 1.15 lakh crore.", Decimal(1150000000000), "INR"),
    ("GDP of 256.3亿元 in 2023.", Decimal(25630000000), "CNY"),
    ("A population of 72.5万.", Decimal(725000), ""),
    ("16,4m are employed.", Decimal(16400000), ""),
    ("It cost $1.7 trillion.", Decimal(1700000000000), "USD"),
    ("It cost £116bn.", Decimal(116000000000), "GBP"),
    ("Spending of N28.15trillion.", Decimal(28150000000000), "NGN"),
    ("Revenues grew to P102.22 billion.", Decimal(102220000000), "PHP"),
    ("Inflation of 7.8 per cent.", Decimal("7.8"), "percent"),
    ("A cut of 50 BPS.", Decimal(50), "basis_point"),
    ("Down 0.3 percentage point.", Decimal("0.3"), "percentage_point"),
    ("A weight of 97.0‰.", Decimal("97.0"), "per_mille"),
    ("Some 4, 27,153 students sat.", Decimal(427153), ""),
    ("Traffic reached 156.4 million GB.", Decimal(156400000), "gigabyte"),
    ("Traffic reached 2.1 petabytes.", Decimal("2.1"), "petabyte"),
    ("Speeds averaged 48.6 Mbps.", Decimal("48.6"), "megabit_per_second"),
    # a capital letter glued to an amount of money is its scale; glued "t" to a bare number is tonnes
    ("Household debt stood at $17.50T.", Decimal("17500000000000"), "USD"),
    ("Sales reached $3.3B.", Decimal("3300000000"), "USD"),
    ("Sales reached EUR 3.3b.", Decimal("3300000000"), "EUR"),
    ("Butter output rose to 17,900t.", Decimal(17900), "tonne"),
])
def test_values_are_exact_with_scale_and_unit(text, value, unit):
    f = one(text)
    assert (f.value, f.unit) == (value, unit)


def test_a_letter_glued_to_a_bare_number_is_a_label_not_a_scale():
    assert [(f.text, f.value) for f in figures("See Figure 3b and clause 12b of the forms.")] == []


def test_a_letter_and_a_number_with_a_leading_zero_are_a_code():
    assert [f.text for f in figures("See statistical release P0211 for the tables.")] == []


def test_a_percentage_in_words_is_rounded_like_one_in_digits():
    f = one("Thefts rose one per cent.")
    assert (f.low, f.high) == (Decimal("0.5"), Decimal("1.5"))


def test_percentage_points_are_never_percent():
    f = one("The rate rose 0.17 percentage points.")
    assert f.unit == "percentage_point" and f.kind is Kind.PERCENTAGE_POINT and f.direction == 1


@pytest.mark.parametrize("text, value, unit, kind", [
    ("Prices doubled.", Decimal(2), "times", Kind.MULTIPLE),
    ("Aid grew twofold.", Decimal(2), "times", Kind.MULTIPLE),
    ("Spending is three times higher.", Decimal(3), "times", Kind.MULTIPLE),
    ("Half of the new jobs were part-time.", Decimal("0.5"), "", Kind.RATIO),
    ("A quarter of the deficit is interest.", Decimal("0.25"), "", Kind.RATIO),
    ("Forty firms closed.", Decimal(40), "", Kind.COUNT),
    ("Eight million people voted.", Decimal(8000000), "", Kind.COUNT),
    ("There were 1.5 vacant positions for every job seeker.", Decimal("1.5"), "", Kind.RATIO),
    ("The job-seeking ratio was 1.50.", Decimal("1.50"), "", Kind.RATIO),
])
def test_number_words_multiples_and_ratios(text, value, unit, kind):
    f = one(text)
    assert (f.value, f.unit, f.kind) == (value, unit, kind)


def test_one_third_is_as_exact_as_a_decimal_can_be():
    f = one("One third of the workers left.")
    assert abs(f.value * 3 - 1) < Decimal("1e-25")


def test_a_bare_one_is_a_word_not_a_figure():
    assert figures("One of the provinces grew, and no one left.") == ()


@pytest.mark.parametrize("text, low, high", [
    ("It created 484,000 jobs.", Decimal(483500), Decimal(484500)),
    ("It created 2,685 jobs.", Decimal(2685), Decimal(2685)),
    ("The rate was 94.17%.", Decimal("94.165"), Decimal("94.175")),
    ("It hired more than 60,000 people.", Decimal(60000), None),
    ("It hired at least 45,000 people.", Decimal(45000), None),
    ("Up to 30,000 vacancies remained.", Decimal(0), Decimal(30000)),
    ("It hired less than 500 people.", Decimal(0), Decimal(500)),
    ("It hired about 279,400 people.", Decimal(279400) * (1 - ABOUT_MARGIN), Decimal(279400) * (1 + ABOUT_MARGIN)),
    ("It hired nearly 296,700 people.", Decimal(296700) * (1 - NEARLY_MARGIN), Decimal(296750)),
    ("It hired nearly 300,000 people.", Decimal(250000), Decimal(350000)),  # the rounding is wider than 5%
    ("It hired some 1.2 million people.", Decimal(1150000), Decimal(1250000)),
])
def test_intervals_follow_rounding_and_qualifiers(text, low, high):
    f = one(text)
    assert (f.low, f.high) == (low, high)


@pytest.mark.parametrize("text, direction", [
    ("Exports were down 2.3 percent.", -1),
    ("Exports decreased by 2.3 percent.", -1),
    ("There was a decline of 2.3 percent in exports.", -1),
    ("Exports fell 2.3 percent.", -1),
    ("Growth was minus 2.3 percent.", -1),
    ("Exports saw negative growth of 2.3 percent.", -1),
    ("Exports were up 2.3 percent.", 1),
    ("Exports rose 2.3 percent.", 1),
    ("An increase of 2.3 percent in exports.", 1),
    ("Exports grew 2.3 percent.", 1),
    ("The province cut premiums for firms by 1.2 billion yuan.", -1),
    ("Inflation rose to 7.8 per cent.", 0),  # a level reached, not a change
    ("Up to 30,000 vacancies remained.", 0),
    ("Revenue | 35,955 | (1.2%)", -1),
])
def test_direction_of_change(text, direction):
    assert figures(text)[-1].direction == direction


@pytest.mark.parametrize("text, level, change", [
    ("Germany sent 37,933 visitors up 26 percent on a year earlier.", "37,933", "26 percent"),
    ("The port handled 4,112 vessels, down by 3.1% from 2022.", "4,112", "3.1%"),
    ("Sales reached 12,400 units up some 8% in the quarter.", "12,400", "8%"),
])
def test_a_word_of_change_between_a_level_and_a_figure_is_the_figure_s(text, level, change):
    found = {f.text: f.direction for f in figures(text)}
    assert found[level] == 0 and found[change] != 0


@pytest.mark.parametrize("text", ["Vacancies were 60,000 fewer than in May.", "The rate was 2 points lower."])
def test_a_comparative_after_a_figure_still_gives_its_direction(text):
    assert figures(text)[0].direction == -1


@pytest.mark.parametrize("text, measure", [
    ("The province created 484,000 new urban jobs by the end of 2021.", "new urban jobs"),
    ("The registered urban unemployment rate was 4.33 percent.", "registered urban unemployment rate"),
    ("The number of college graduates in 2021 has reached 296,700.", "college graduates"),
    ("The rural unemployment rate was 5.1 percent.", "rural unemployment rate"),
    ("The bank raised the policy repo rate by 50 basis points.", "policy repo rate"),
    ("Tax receipts from alcohol fell by £0.4 billion.", "tax receipts from alcohol"),
])
def test_measures_keep_the_words_that_distinguish_them(text, measure):
    assert figures(text)[-1].measure == measure


def test_measure_is_carried_to_a_part_and_its_place():
    found = figures("The province reported 795,000 new urban jobs, among which 707,000 were in registered units.")
    assert [f.measure for f in found] == ["new urban jobs", "new urban jobs in registered units"]


def test_measure_is_carried_from_the_previous_clause_and_table_rows_name_theirs():
    found = figures("Inflation rose to 7.8 per cent in April 2022 from 7.0 per cent in March.")
    assert [f.measure for f in found] == ["inflation", "inflation"]
    row = figures("Item | 2024 | 2023\nNet revenue | 29,821 | 30,362\n")
    assert [(f.measure, f.period) for f in row] == [("net revenue", "2024"), ("net revenue", "2023")]


@pytest.mark.parametrize("text, period", [
    ("By the end of December 2021, 484,000 jobs were created.", "2021"),
    ("By the end of 2021, 484,000 jobs were created.", "2021"),
    ("In the third quarter of 2021 exports were 484,000 tonnes.", "2021-Q3"),
    ("In the first half of 2011 trade was $1.7 trillion.", "2011-H1"),
    ("From January to October 2021 sales were 484,000 units.", "2021-01..10"),
    ("In FY2011-12 spending was Tk 226 billion.", "FY2011-12"),
    ("In 2012-13 spending was Tk 226 billion.", "FY2012-13"),
    ("In June 2011 exports were $161.98 billion.", "2011-06"),
    ("Reserves stood at $601.1 billion on June 3, 2022.", "2022-06-03"),
    ("In the fourth quarter of 2021-22 GDP grew 4.1 percent.", "FY2021-22-Q4"),
])
def test_periods_are_normalised(text, period):
    assert figures(text)[-1].period == period


def test_period_is_inherited_and_shifted_for_a_year_earlier():
    found = figures("Quarterly bulletin, third quarter of 2023\n\nThe rate was 4.3 percent, "
                    "compared with 4.6 per cent a year earlier.")
    assert [f.period for f in found] == ["2023-Q3", "2022-Q3"]
    assert shifted("FY2022-23", -1) == "FY2021-22" and shifted("2023-Q1", -1, "quarter") == "2022-Q4"


def test_year_on_year_marks_a_change():
    f = one("Exports rose 24 percent year on year.")
    assert f.direction == 1 and f.change_of == "year-on-year"


@pytest.mark.parametrize("text, periods", [
    ("Permits rose from 6,370 in 2018 to 17,064 in 2022.", ["2018", "2022"]),
    ("Its landings went from 3.37 lakh tonnes in 2017 down to 1.55 lakh tonnes in 2018.", ["2017", "2018"]),
    ("Deposits grew from GH¢53.2 billion in February 2017 to GH¢59.9 billion in February 2018.", ["2017-02", "2018-02"]),
    ("The rate fell from 77.5% in July 2020 to 74.8% for August 2020.", ["2020-07", "2020-08"]),
    ("Revenue rose from $78.5 million in fiscal 2022 to $113.8 million in fiscal 2023.", ["FY2022", "FY2023"]),
    # decoys: the period opens the clause, or stands after "from", so it is not the figure's own
    ("In 2022, exports were 1,200 tonnes.", ["2022"]),
    ("Unemployment was 5.1% in March 2024, down from 5.3% in February.", ["2024-03", "2024-02"]),
    ("Exports reached 2,900 tonnes, up from 2021 when they were 1,200 tonnes.", ["2018", "2021"]),
])
def test_a_period_right_after_a_figure_is_its_own(text, periods):
    """In "from A in Y1 to B in Y2" the nearer period of B may be Y1; the one right after it is B's."""
    assert [f.period for f in figures("Annual report 2018.\n\n" + text)] == periods


@pytest.mark.parametrize("text, period", [
    # a span between two dates, days and "from"/"between" optional
    ("From 1 January to 30 June 2019, 2,779 people arrived.", "2019-H1"),
    ("Between March and May 2021 the port handled 4.2 million tonnes.", "2021-03..05"),
    ("From the 1st of July to the 31st of December 2020, 918 permits were issued.", "2020-H2"),
    # a span across the new year keeps both years
    ("So far this coffee year (October 2018-February 2019), 6.3 million bags were produced.", "2018-10..2019-02"),
    ("From May 2020 to June 2021 the fund paid out $41 million.", "2020-05..2021-06"),
    # a running span from January, with the year or with the year in view
    ("In the first eight months of 2019, sales were 61,200 units.", "2019-01..08"),
    ("Coffee output in the first two months of the year came to 2.4 million bags.", "2018-01..02"),
])
def test_spans_of_months_are_periods(text, period):
    assert figures("Annual report 2018.\n\n" + text)[-1].period == period


@pytest.mark.parametrize("text, periods", [
    ("In January the forest lost 1958 km² of area.", ["01"]),
    ("The plant added 2015 MW of capacity.", []),
    # after a preposition of time it stays a year
    ("In 2010 tonnes of rice were exported.", ["2010"]),
])
def test_a_unit_of_measure_makes_a_year_like_number_a_quantity(text, periods):
    assert [p.period for p in find_periods(text)] == periods


def test_after_a_span_across_the_new_year_the_year_in_view_is_its_last():
    found = figures("So far this coffee year (October 2018-February 2019), 6.3 million bags were produced.\n\n"
                    "Exports in February rose 14.4% against the same month of 2018, from almost 1.1 million bags "
                    "to 1.26 million bags.")
    # the old level after "from" is of the month the sentence names as the base
    assert [(f.text, f.period) for f in found][1:] == [("14.4%", "2019-02"), ("1.1 million", "2018-02"),
                                                        ("1.26 million", "2019-02")]


def test_a_span_of_months_shifts_by_whole_years():
    assert shifted("2019-01..06", -1) == "2018-01..06"
    assert shifted("2018-10..2019-02", -1) == "2017-10..2018-02"


def test_months_the_wrong_way_round_are_no_span():
    assert [p.period for p in find_periods("from June to March")] == []


def test_periods_of_dates_are_days_and_years_are_not_figures():
    assert [p.period for p in find_periods("on 8 June 2022 and in 2021")] == ["2022-06-08", "2021"]


def test_every_unit_is_in_the_one_registry():
    ureg = registry()
    assert registry() is ureg  # built once
    for unit in UNIT_KINDS:
        if unit:
            ureg.Unit(unit)
    assert (1 * ureg.percentage_point).to("percent").magnitude == 1  # the same size, a different unit
    assert ureg.CNY.dimensionality != ureg.USD.dimensionality


def test_extraction_does_not_import_pint_or_sympy():
    import subprocess
    import sys

    code = ("import sys; from auditor.document import Document; from auditor.extract import extract_figures; "
            "extract_figures(Document('t', 'Exports rose 24 percent to $874.3 billion.')); "
            "print('pint' in sys.modules, 'sympy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.parametrize("text, subject", [
    ("Canada's population rose by 1.7 million.", "Canada"),
    ("Growth was even. Ontario's population rose by 4.6 per cent.", "Ontario"),
    ("Limpopo posted the biggest gain, a jump of 41,000. Employment in Limpopo rose.", "Limpopo"),
    ("Unemployment fell to 5.1 percent in Kerala.", ""),  # named after the figure: not read backwards
    ("Immigration accounted for about two-thirds of growth.", ""),  # a capitalised first word is not a name
])
def test_subject_is_the_place_or_company_named(text, subject):
    assert figures(text)[0].subject == subject


def test_a_rank_is_its_own_kind():
    found = figures("The province ranked 3 of 28 states.")
    assert [(f.text, f.kind) for f in found] == [("3", Kind.RANK), ("28", Kind.COUNT)]


def test_a_table_gives_its_cells_scale_currency_period_and_change():
    table = ("Consolidated results\n"
             "In millions of € | 2024 | 2023 | Change in %\n"
             "Revenue | 35,955 | 36,375 | (1.2%)\n"
             "\n"
             "Per share (in €)\n"
             "Item | 2024 | 2023 | Change in %\n"
             "Net profit | 1.75 | 4.09 | (57.2%)\n"
             "Number of shares | 560,188,961 | 563,448,845 | (0.6%)\n"
             "\n"
             "Employed persons ('000): 11 444.6 | 11 443.6 | 0.1 %\n")
    found = {f.text: f for f in figures(table)}
    revenue = found["35,955"]
    assert (revenue.value, revenue.unit, revenue.period, revenue.measure) == \
        (Decimal(35955) * 10 ** 6, "EUR", "2024", "revenue (consolidated results)")
    assert (found["36,375"].period, found["1.2%"].value, found["1.2%"].direction) == ("2023", Decimal("-1.2"), -1)
    assert (found["1.75"].value, found["1.75"].unit) == (Decimal("1.75"), "EUR")
    assert found["560,188,961"].unit == ""  # a count of shares, not euros
    assert (found["11 444.6"].value, found["0.1 %"].value) == (Decimal("11444600"), Decimal("0.1"))


@pytest.mark.parametrize("text", ["Females grew in number, a growth rate of 6.05 per cent.",
                                  "The growth rate was 6.05 per cent."])
def test_a_growth_rate_is_a_change(text):
    assert one(text).direction == 1


def test_a_unit_in_one_column_header_scales_that_column_only():
    table = ("| Ward | 2023/24 | Population (000s) | Rate per 1,000 |\n"
             "|------|--------:|------------------:|---------------:|\n"
             "| North | 2,611 | 30.2 | 86.5 |\n")
    found = {f.text: f for f in figures(table)}
    assert (found["2,611"].value, found["30.2"].value) == (Decimal(2611), Decimal(30200))


# --- measures named by a compound with a preposition --------------------------------------

@pytest.mark.parametrize("text, measure", [
    ("Net income after levies climbed to 8.1 million.", "net income after levies"),
    ("Operating profit before depreciation fell 4.2 percent.", "operating profit before depreciation"),
    ("Water use per household was 310 litres.", "water use per household"),
    ("Average per capita spending reached 2,300 rupees.", "average per capita spending"),
    ("Fees per pupil consequently rose to 640 dollars.", "fees per pupil"),  # an adverb is no part of it
])
def test_a_noun_preposition_noun_compound_names_one_measure(text, measure):
    assert one(text).measure == measure


@pytest.mark.parametrize("text", [
    "Sales shortly after the launch were 4,000 units.",  # a time clause, with an article
    "Exports after Brexit fell 3 percent.",  # a named event
])
def test_a_time_clause_is_no_compound_measure(text):
    assert "after" not in one(text).measure


# --- bracketed counts after a name or label -------------------------------------------------

def test_a_small_number_in_brackets_after_a_name_is_a_count_of_that_name():
    found = figures("Entries came from Ghana (48), Togo (12) and Benin (9).")
    assert [(f.value, f.kind, f.subject) for f in found] == [
        (Decimal(48), Kind.COUNT, "Ghana"), (Decimal(12), Kind.COUNT, "Togo"), (Decimal(9), Kind.COUNT, "Benin")]
    assert [f.text for f in figures("Arrivals were lowest at the smallest port (14).")] == ["14"]
    assert one("Refugees reached Upper Nile (1,240) first.").subject == "Upper Nile"


@pytest.mark.parametrize("text", [
    "The survey asks: (1) the age of the head and (2) the size of the household.",
    "Fines under section (4) of the law apply.",
])
def test_a_bracketed_number_after_grammar_or_a_numbering_label_numbers_a_list(text):
    assert figures(text) == ()


def test_a_capital_that_only_opens_the_sentence_is_not_a_name():
    assert [f.subject for f in figures("Marriages (4,512) outnumbered divorces (1,980).")] == ["", ""]


# --- percentages next to brackets and colons ------------------------------------------------

@pytest.mark.parametrize("text, values", [
    ("The turnout (52.4%) was a record.", [Decimal("52.4")]),
    ("Turnout was 52.4%) and more.", [Decimal("52.4")]),
    ("Turnout rose to 52.4% (Q2 2022: 49.8%).", [Decimal("52.4"), Decimal("49.8")]),
    ("Coverage was 71.0% (2019: 68.5 per cent).", [Decimal("71.0"), Decimal("68.5")]),
])
def test_a_percentage_keeps_its_unit_beside_a_bracket_or_a_year_label(text, values):
    found = figures(text)
    assert [(f.value, f.unit, f.kind) for f in found] == [(v, "percent", Kind.PERCENT) for v in values]


def test_a_ratio_written_with_colons_is_still_a_ratio():
    found = figures("The mix of primary, secondary and tertiary output was 12.5:40.3:47.2.")
    assert [(f.value, f.kind) for f in found] == [
        (Decimal("12.5"), Kind.RATIO), (Decimal("40.3"), Kind.RATIO), (Decimal("47.2"), Kind.RATIO)]


# --- abbreviations with a full stop ---------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("The reserve covers 4,512 sq. km of wetland. Rangers patrol it.", 2),
    ("Offices of 85 sq. m. The rent rose.", 2),
    ("Est. 2,000 visitors came. Ca. 40 per cent were local.", 2),
    ("The firm (Acme Co. Ltd. for short) grew 5% in the U.S. market. Its rivals shrank.", 2),
])
def test_a_full_stop_of_an_abbreviation_does_not_end_a_sentence(text, count):
    from auditor.extract.context import sentences
    assert len(sentences(text)) == count, [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text, unit", [
    ("The reserve covers 4,512 sq. km of wetland.", "square_kilometer"),
    ("An area of 37 km2 burned.", "square_kilometer"),
    ("The flat has 85 sq m of floor space.", "square_meter"),
    ("A warehouse of 9,000 sq. ft was let.", "square_foot"),
])
def test_square_units_written_short(text, unit):
    assert one(text).unit == unit


# --- a count restated as a share -------------------------------------------------------------

def test_a_count_before_or_and_a_percentage_stays_a_count():
    count, share = figures("Claims dropped by 412 or 17.3% in the year.")
    assert (count.value, count.unit, count.kind, count.low, count.high) == (
        Decimal(412), "", Kind.COUNT, Decimal(412), Decimal(412))
    assert (share.unit, share.direction) == ("percent", -1)  # the fall of 412, as a percentage


def test_a_range_joined_by_or_shares_its_unit():
    assert [f.unit for f in figures("Inflation of 2 or 3 per cent is expected.")] == ["percent", "percent"]
    assert [f.value for f in figures("A loss of 1.5 or 2 million is likely.")] == [Decimal(1500000), Decimal(2000000)]


# --- currencies ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Turnover reached 8.4 mln zł last year.", Decimal(8400000), "PLN"),
    ("The fine was NOK 12,000.", Decimal(12000), "NOK"),
    ("Tickets cost 95 SEK each.", Decimal(95), "SEK"),
    ("It paid DKK 3.2 billion.", Decimal(3200000000), "DKK"),
    ("Assets of CHF 1.1 billion were held.", Decimal(1100000000), "CHF"),
    ("A loan of 250 million PLN was signed.", Decimal(250000000), "PLN"),
    ("Fees of 4,500 złotych were paid.", Decimal(4500), "PLN"),
    ("The budget was 40 billion Norwegian kroner.", Decimal(40000000000), "NOK"),
])
def test_currencies_by_iso_code_symbol_and_name(text, value, unit):
    f = one(text)
    assert (f.value, f.unit, f.kind) == (value, unit, Kind.MONEY)


def test_kr_is_the_crown_the_document_names():
    assert one("Danish households spend 4,100 kr a month.").unit == "DKK"
    assert [f.unit for f in figures("Revenue was SEK 9.1 billion, against 8.7 billion kr in Norway.")] == ["SEK", "SEK"]
    assert one("Tickets were 60 kr.").unit == "krone"  # a crown, country unsaid


def test_capitals_that_are_no_currency_code_leave_a_number_plain():
    found = figures("There were 12 CEO changes, 40 NGO partners and GDP 5 rankings.")
    assert [(f.text, f.unit) for f in found] == [("12", ""), ("40", ""), ("5", "")]


# --- multiples, ratios and rates in words ----------------------------------------------------

@pytest.mark.parametrize("text, value, unit, kind, written", [
    ("Imports grew twice as fast as exports.", Decimal(2), "times", Kind.MULTIPLE, "twice"),
    ("Rents are more than thrice the national average.", Decimal(3), "times", Kind.MULTIPLE, "thrice"),
    ("Applicants outnumbered places four to one.", Decimal(4), "", Kind.RATIO, "four to one"),
    ("The motion passed by a nine-to-one margin.", Decimal(9), "", Kind.RATIO, "nine-to-one"),
    ("One in five pupils walks to school.", Decimal("0.2"), "", Kind.RATIO, "One in five"),
    ("About two in three voters backed it.", Decimal(2) / Decimal(3), "", Kind.RATIO, "two in three"),
    ("One in 1,000 births was stillborn.", Decimal("0.001"), "", Kind.RATIO, "One in 1,000"),
])
def test_multiples_ratios_and_rates_in_words(text, value, unit, kind, written):
    f = one(text)
    assert (f.text, f.unit, f.kind) == (written, unit, kind)
    assert abs(f.value - value) < Decimal("1e-25")


@pytest.mark.parametrize("text, written", [
    ("The committee meets twice a month.", []),  # a frequency
    ("It offers one-to-one tutoring.", []),  # a manner
    ("Output fell from four to one plant.", ["four"]),  # a change, not a ratio
    ("Seven out of nine regions grew.", ["Seven", "nine"]),  # a part of a whole: two counts
])
def test_words_that_are_no_multiple_or_ratio(text, written):
    assert [f.text for f in figures(text)] == written


def test_a_year_looked_back_to_is_not_the_year_of_the_month_after_it():
    text = ("Arrivals in the first half of 2024 reached 6,413,201, the highest since 2020. "
            "In June, arrivals stood at 997,258.")
    assert [f.period for f in figures(text)] == ["2024-H1", "2024-06"]


@pytest.mark.parametrize("text, unit", [
    ("Exports came to 17 million kg in January.", "kilogram"),
    ("The mines produced 3.1 million troy ounces.", "troy_ounce"),
    ("Output averaged 1.6 million barrels a day.", "oil_barrel"),
    ("The dams held 120.5 million cubic metres.", "cubic_meter"),
])
def test_mass_and_volume_of_goods_are_units(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text, units", [
    # the unit left out after "against", "compared with", "over the"
    ("Output fell to 50.26 million barrels, against 62.72 million produced in June 2019.",
     ["oil_barrel", "oil_barrel"]),
    ("Sales were $4.1 billion, compared with 3.9 billion a year earlier.", ["USD", "USD"]),
    ("Output was 63.19 million, a gain of 0.7 percent over the 62.75 million barrels of March 2019.",
     ["oil_barrel", "percent", "oil_barrel"]),
    ("The harvest rose to 45 tonnes from 40 in 2019.", ["tonne", "tonne"]),
    # a noun of its own, a list with no comparison, occurrences ("830 times") are not carried
    ("The rigs pumped 1,200 tonnes against 300 wells.", ["tonne", ""]),
    ("The population was 1.2 million, and exports reached 2.1 million tonnes.", ["", "tonne"]),
    ("Theft was reported 830 times, compared to 740 in 2011.", ["times", ""]),
])
def test_a_unit_left_out_of_a_figure_set_against_another(text, units):
    assert [f.unit for f in figures(text)] == units


def test_a_header_row_with_a_blank_first_cell_gives_its_columns_periods():
    # "|  | 2023 | 2024 |": the blank cell over the row labels is no number, so the row is the header
    text = "|  | 2023 | 2024 |\n|---|---|---|\n| Season tickets | 18,250 | 19,400 |\n"
    assert [f.period for f in figures(text)] == ["2023", "2024"]


@pytest.mark.parametrize("text, kept", [
    ("The 5.6 million people include 1.2 million children under 15 and 0.9 million people over 65.",
     ["5.6 million", "1.2 million", "0.9 million"]),
    ("Adults over 25 and men under 30 were surveyed: 4,120 in all.", ["4,120"]),
    ("Patients waiting over 18 weeks numbered 4,100.", ["18 weeks", "4,100"]),
])
def test_an_age_bound_after_a_noun_of_people_is_no_figure(text, kept):
    assert [f.text for f in figures(text)] == kept


@pytest.mark.parametrize("text, figure, measure", [
    ("Visitors from Ostria fell 12 percent to 4,210 because of the storms.", "4,210", "visitors from ostria"),
    ("Orders for the Kestrel model rose to 880 although deliveries slowed.", "880", "orders for the kestrel model"),
    ("Wheat exports reached 61,000 tonnes despite the drought.", "61,000 tonnes", "wheat exports"),
])
def test_a_conjunction_after_a_figure_is_no_noun_it_counts(text, figure, measure):
    doc = Document("t.txt", text)
    found = {f.text: f.measure for f in extract_figures(doc)}
    assert found[figure] == measure


@pytest.mark.parametrize("text", ["The board met at 10.30 p.m. on Friday.", "Trading closed at 4 p.m, as usual.",
                                  "Polls shut at 9pm."])
def test_a_clock_time_is_no_figure(text):
    assert [f.text for f in figures(text)] == []


def test_a_rate_per_million_written_p_m_p_is_a_figure_not_a_time():
    found = [f.text for f in figures("The country reached 117.4 transplants p.m.p, behind the US (with 123.4 p.m.p).")]
    assert [t.split()[0] for t in found] == ["117.4", "123.4"]


def test_an_amount_after_an_age_range_is_a_figure_of_its_own():
    # "24, 412" is no number with a stray space: 24 closes a range of ages, and 412 thousand is an amount
    doc = Document("t.txt", "Among young people aged 15–24, 412 thousand were unemployed and 1,850 thousand employed.")
    assert [f.text for f in extract_figures(doc)] == ["412 thousand", "1,850 thousand"]


@pytest.mark.parametrize("text, bare, unit", [
    ("Kenya led with 512,000 tonnes, followed by Uganda with 540,000.", "540,000", "tonne"),
    ("Kenya led with 512,000 tonnes, ahead of Uganda (540,000) and Tanzania (310,000).", "310,000", "tonne"),
    ("Kenya led with 512,000 tonnes, followed by Uganda with 540,000 and Tanzania with 310,000.", "310,000", "tonne"),
    ("Kenya exported 512,000 tonnes, ahead of Uganda with 400 farms.", "400", ""),  # a noun of its own
])
def test_a_bare_number_next_in_a_ranking_takes_the_unit_the_writer_left_out(text, bare, unit):
    (found,) = [f for f in figures(text) if f.text == bare]
    assert found.unit == unit
