"""Ratios and rates whose terms are amounts stated elsewhere, and figures set against a round threshold
(issue 10). The readings:
- a ratio stated as a percentage that names its terms and its period, against each term's one level of
  that period in the sentences before (grammar.links.named_ratio_links);
- two shares of one whole, each with the amount it stands for beside it: the amounts are in the
  proportion of the shares, a hedge widening its amount (grammar.links.proportional_shares);
- an average per day (week, month) over a span written as a compound ("the 30-day festival")
  (grammar.links.averages_over_a_span);
- a hedge opening brackets ("(over 52,000 votes)") is the figure's qualifier (extract.context);
- a lead's undated hedged level is not restated by a body level its clause dates to another year
  (grammar.links.hedged_lead_restatements).
The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.model import Status


# --- a ratio as a percentage, its terms named, each term's level of the ratio's period ------------------

_CLAIMS = ("Mutual insurers paid out €8.4bn in claims during 2021, up on the €7.9bn paid the year before.\n\n"
           "Members were charged €12.6bn of premiums in 2021, against €11.3bn in 2020.\n\n"
           "The ratio of claims to premiums fell to 66.7% in 2021 from 69.9% in 2020.\n")


def test_a_named_ratio_as_a_percentage_reads_the_levels_of_its_period():
    found = verdicts(_CLAIMS, "ratio")
    assert (Status.CONSISTENT, ("€8.4bn", "€12.6bn", "66.7%")) in found
    assert (Status.CONSISTENT, ("€7.9bn", "€11.3bn", "69.9%")) in found


@pytest.mark.parametrize("old, new, figures", [
    ("66.7% in 2021", "61.7% in 2021", ("€8.4bn", "€12.6bn", "61.7%")),
    ("from 69.9% in 2020", "from 73.9% in 2020", ("€7.9bn", "€11.3bn", "73.9%")),
])
def test_a_named_ratio_that_its_levels_do_not_give_is_an_error(old, new, figures):
    assert figures in errors(_CLAIMS.replace(old, new), "ratio")


def test_a_named_ratio_in_another_domain():
    text = ("The district spent $41.2 million on teachers' pay in 2019.\n\n"
            "Its total operating budget reached $96.5 million in 2019.\n\n"
            "The ratio of pay to budget was 48.1% in 2019.\n")
    assert ("$41.2 million", "$96.5 million", "48.1%") in errors(text, "ratio")
    assert (Status.CONSISTENT, ("$41.2 million", "$96.5 million", "42.7%")) in verdicts(
        text.replace("48.1%", "42.7%"), "ratio")


def test_a_named_ratio_with_two_levels_of_its_period_for_a_term_reads_none():
    # two claims totals of 2021 (for two kinds of cover): which one the ratio divides is not said
    text = ("Insurers paid €8.4bn in motor claims in 2021 and €3.1bn in home claims in 2021.\n\n"
            "They took €12.6bn of premiums in 2021.\n\n"
            "The ratio of claims to premiums was 61.0% in 2021.\n")
    assert not [f for f in verdicts(text, "ratio") if "61.0%" in f[1]]


def test_a_named_ratio_does_not_read_levels_of_a_narrower_scope():
    text = ("In Ireland, insurers paid €8.4bn in claims in 2021.\n\n"
            "Across Europe, they took €12.6bn of premiums in 2021.\n\n"
            "Nothing else changed.\n\n"
            "The ratio of claims to premiums was 61.0% in 2021.\n")
    assert not [f for f in verdicts(text, "ratio") if "61.0%" in f[1]]


def test_a_named_ratio_does_not_read_levels_of_another_period():
    text = ("Insurers paid €8.4bn in claims in 2019.\n\n"
            "They took €12.6bn of premiums in 2019.\n\n"
            "The ratio of claims to premiums was 61.0% in 2021.\n")
    assert not [f for f in verdicts(text, "ratio") if "61.0%" in f[1]]


# --- two shares of one whole, each with its amount --------------------------------------------------------

@pytest.mark.parametrize("text", [
    # the amount in brackets after its share, a hedge inside the brackets; then "or" and a hedge
    "The Green list won 12.4 per cent of the vote (nearly 2.1 million votes). The Liberals took 3.1 per cent, "
    "or just over 520,000 votes.",
    # the amounts first, their shares in brackets
    "Ms Adeyemi polled 1.84 million votes (46.0% of the vote), while Mr Okafor received 1.52 million votes (38.0%).",
    # another domain: a market's sales
    "In the sales share table, Brand A sold 41,200 cars (20.6%) and Brand B sold 18,000 cars (9.0%).",
])
def test_two_shares_with_their_amounts_are_in_proportion(text):
    found = [v for v in verdicts(text, "share-of-total") if len(v[1]) == 4]
    assert found and all(status is Status.CONSISTENT for status, _ in found)


@pytest.mark.parametrize("text", [
    # (a hedge below: "nearly 320,000" for 5.1% gives a whole under 6.4 million, "nearly 2.1 million" for 12.4% one
    # above 15 million)
    "The Green list won 12.4 per cent of the vote (nearly 2.1 million votes). The Liberals took 5.1 per cent, "
    "or nearly 320,000 votes.",
    "Ms Adeyemi polled 1.84 million votes (46.0% of the vote), while Mr Okafor received 1.12 million votes (38.0%).",
])
def test_shares_out_of_proportion_with_their_amounts_are_an_error(text):
    assert [f for f in errors(text, "share-of-total") if len(f) == 4]


def test_a_hedge_on_both_amounts_leaves_the_proportion_open():
    # over 2.1 million for 12.4% and over 520,000 for 5.1%: wholes above 16.9 and 10.2 million meet
    text = ("The Green list won 12.4 per cent of the vote (over 2.1 million votes). The Liberals took 5.1 per cent, "
            "or over 520,000 votes.")
    found = [v for v in verdicts(text, "share-of-total") if len(v[1]) == 4]
    assert found and all(status is Status.CONSISTENT for status, _ in found)


def test_shares_that_do_not_name_the_amounts_whole_are_only_a_question():
    # rates of two regions' own labour forces: nothing says they divide one whole
    text = ("In the north, unemployment was 5.2% (110,000 people). In the south, it was 3.1% (240,000 people).")
    found = [v for v in verdicts(text, "share-of-total") if len(v[1]) == 4]
    assert all(status is Status.UNDETERMINED for status, _ in found)


@pytest.mark.parametrize("text", [
    # two times, two wholes
    "Candidates with a C+ numbered 88,900 (15.4% of the candidates) this year, compared with 169,500 (32.2%) in 2015.",
    # amounts of different things
    "The party won 12.4% of the vote (2.1 million votes) and 8.0% of the seats (24 seats).",
    # a share of a group is of the group
    "Women cast 41.0% of their votes (2.1 million votes) early, and men 30.0% (1.2 million votes).",
    # each share of a place's own whole
    "Candidate X won 52.3% of the votes (14,210 votes) in Ward 1. Candidate Y won 47.7% (21,900 votes) in Ward 2.",
    "Of the vote share, the Greens took 8.1 per cent (1.2 million votes) in the north. In the south, the Greens "
    "took 11.0 per cent (0.9 million votes).",
    # a rate of a group of its own
    "The Labour Party won 33.7 per cent of the vote (9.7 million votes). Turnout among young voters was 47 per cent "
    "(2.1 million votes).",
])
def test_no_proportion_between_shares_of_different_wholes(text):
    assert not meaning_of(text).proportions


def test_a_hedge_opening_brackets_is_the_figures_qualifier():
    figures = {f.text: f for f in meaning_of("The Congress won 6.1 per cent (over 41 lakh votes).").figures}
    assert figures["41 lakh"].qualifier == "more-than" and figures["41 lakh"].high is None


def test_could_manage_only_tells_a_result_not_a_forecast():
    meaning = meaning_of("The party could manage only 6.1 per cent (over 41 lakh votes).")
    assert all(meaning.frame(f).modality == "stated" for f in meaning.figures)
    forecast = meaning_of("The party could win 6.1 per cent next year.")
    assert all(forecast.frame(f).modality == "expected" for f in forecast.figures)


# --- an average over a span written as a compound ---------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Over the 30-day festival, the museum sold 48,600 tickets, an average of 1,620 a day.", Status.CONSISTENT),
    ("During the 14-day strike, ports lost cargo worth $91 million, an average of $8.2 million per day.",
     Status.INCONSISTENT),
    ("In a six-week campaign the charity collected £214,000, an average of £35,700 a week.", Status.CONSISTENT),
    ("In a six-week campaign the charity collected £214,000, an average of £53,500 a week.", Status.INCONSISTENT),
])
def test_an_average_over_a_compound_span(text, status):
    assert status in [s for s, figures in verdicts(text, "ratio") if len(figures) == 2]


@pytest.mark.parametrize("text", [
    # a rolling average's window is not the total's span
    "The 7-day average was 1,200 cases a day, and 48,000 cases were logged over the month.",
    # the compound's unit is not the average's
    "Over the 30-day festival, the museum sold 48,600 tickets, an average of 11,300 a week.",
])
def test_no_average_over_a_compound_that_is_not_its_span(text):
    assert not meaning_of(text).span_averages


# --- a lead's undated hedge and a body level of another year ------------------------------------------------

_LEAD = ("Mayor's party doubles its share\n\n"
         "The Civic Party has doubled its vote share in the city since the last election, to nearly 40 per cent.\n\n"
         "It had taken 42.6 per cent of the vote in the 2019 regional poll.\n\n"
         "On the official count the Civic Party won 39.6 per cent this time.\n")


def test_a_lead_hedge_is_restated_by_the_undated_body_level():
    assert (Status.CONSISTENT, ("40 per cent", "39.6 per cent")) in verdicts(_LEAD, "same-measure-conflict")


def test_a_lead_hedge_the_undated_body_level_overshoots_is_an_error():
    assert ("40 per cent", "49.6 per cent") in errors(_LEAD.replace("39.6 per cent", "49.6 per cent"),
                                                      "same-measure-conflict")


# --- a change given against a threshold, then the move that gives it ----------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Sales at the utility were almost 6% lower, which helped drive a fall of more than 50% in pre-tax profit.\n\n"
     "Its pre-tax profit dropped from R4.1bn last year to R1.7bn.", Status.CONSISTENT),
    ("Sales at the utility were almost 6% lower, which helped drive a fall of more than 50% in pre-tax profit.\n\n"
     "Its pre-tax profit dropped from R4.1bn last year to R2.7bn.", Status.INCONSISTENT),
    ("Visitor numbers rose by nearly 30% over the summer. Visitor numbers went from 41,200 in 2022 to 53,100 in 2023.",
     Status.CONSISTENT),
    ("Visitor numbers rose by nearly 30% over the summer. Visitor numbers went from 41,200 in 2022 to 58,100 in 2023.",
     Status.INCONSISTENT),
    ("Exports grew by at least 12%, the ministry said. Exports climbed from $4.2 billion to $4.5 billion.",
     Status.INCONSISTENT),
    ("The clinic saw an increase of over 20% in admissions. Admissions went from 1,240 to 1,530 a month.",
     Status.CONSISTENT),
])
def test_a_threshold_change_against_the_move_that_gives_it(text, status):
    assert status in [s for s, figures in verdicts(text, "growth-rate") if len(figures) == 3]


@pytest.mark.parametrize("text", [
    # the move is of another measure
    "Costs were cut, which helped drive a fall of more than 50% in pre-tax profit.\n\n"
    "Revenue dropped from R4.1bn last year to R3.7bn.",
    # the change's sentence has a level of its own: its change is of that level
    "Profit fell by more than 50% to R1.7bn. Its profit dropped from R4.1bn last year to R1.7bn.",
    # a forecast
    "Profit is expected to fall by more than 50% next year. Its profit dropped from R4.1bn to R3.7bn.",
    # another period's, another place's, another part's move
    "Profit fell by more than 50% in the first half. Profit in the second half rose from R1.2bn to R1.5bn.",
    "Sales rose by nearly 50% last year. Sales in Kenya went from $41 million to $56 million, the firm said.",
    "Costs climbed by over 50%. Costs of fuel dropped from $3.1 million to $2.9 million.",
    # two moves of the measure in view: which one is not said
    "Profit fell by more than 50%. Profit at the mines dropped from R4.1bn to R1.7bn, and profit at the "
    "smelters from R2.0bn to R0.9bn.",
])
def test_no_threshold_change_without_its_one_move(text):
    assert not [link for link in meaning_of(text).changes if "50%" == link.change.text]


# --- a percentage of a reference value, and the level set against that reference ----------------------------

@pytest.mark.parametrize("text, status", [
    ("Snowfall this winter has been 87% of the average, the weather service said. Total snowfall reached 412 cm, "
     "against an average of 474 cm.", Status.CONSISTENT),
    ("Snowfall this winter has been 97% of the average, the weather service said. Total snowfall reached 412 cm, "
     "against an average of 474 cm.", Status.INCONSISTENT),
    ("Wheat yields in the county came to 12,400 tonnes, compared with a long-term norm of 10,300 tonnes.\n\n"
     "The ministry put the county's wheat yields at 120% of the long-term norm.", Status.CONSISTENT),
    ("Wheat yields in the county came to 12,400 tonnes, compared with a long-term norm of 10,300 tonnes.\n\n"
     "The ministry put the county's wheat yields at 140% of the long-term norm.", Status.INCONSISTENT),
])
def test_a_percentage_of_a_reference_against_the_level_set_against_it(text, status):
    assert status in [s for s, figures in verdicts(text, "ratio") if len(figures) == 3]


@pytest.mark.parametrize("text", [
    # another reference: the month's average is not the season's
    "Rainfall for the month reached 68% of the January average. Total rainfall reached 304 mm, against an "
    "average of 294 mm.",
    # another measure set against its average
    "Snowfall this winter has been 87% of the average. Hotel bookings reached 4,120, against an average of 3,900.",
    # another year's level
    "In 2023 snowfall was 87% of the average. In 2021 snowfall reached 412 cm, against an average of 474 cm.",
    # another month's level
    "Rainfall was 87% of the average in March. In April, rainfall reached 61 mm, against an average of 49 mm.",
    # the reference stated beside the percentage: another reading's
    "Snowfall was 87% of the average of 474 cm. Total snowfall reached 412 cm, against an average of 474 cm.",
])
def test_no_percentage_of_a_reference_without_that_reference(text):
    assert not [link for link in meaning_of(text).ratios if link.ratio.text.endswith("%")
                and link.grammar.startswith("a percentage of a reference")]


# --- a threshold in the lead after a standfirst with no figure, and the count that meets it -------------------

_STANDFIRST = ("Census counts a bigger island\n\n"
               "Five takeaways from the count\n\n"
               "According to the census, more than 480,000 people now live on the island.\n\n"
               "Growth came mostly from the towns.\n\n"
               "On census day, 4 April 2021, a total of {} people were counted on the island.\n")


def test_a_threshold_in_the_lead_after_a_standfirst_holds_for_the_count():
    assert (Status.CONSISTENT, ("480,000", "483,112")) in verdicts(_STANDFIRST.format("483,112"), "same-measure-conflict")


def test_a_count_below_the_leads_threshold_is_an_error():
    assert ("480,000", "473,112") in errors(_STANDFIRST.format("473,112"), "same-measure-conflict")


def test_a_part_of_the_total_does_not_restate_the_leads_threshold():
    text = ("Cinema takings hit a record\n\nBy a staff writer\n\n"
            "Cinema takings had reached a record of more than 40 billion yuan by Thursday, the regulator said.\n\n"
            "Domestic films took in 23.7 billion yuan, or 59 percent of total cinema takings, the regulator said.\n")
    assert not [v for v in verdicts(text, "same-measure-conflict") if "23.7 billion yuan" in v[1]]


# --- a ratio between two groups on a stated base, and the counts of the groups ---------------------------------

@pytest.mark.parametrize("text, status", [
    ("Of the 456,612 deaths recorded, 240,001 were men and 214,988 were women, or 112 males for every 100 female "
     "deaths.", Status.CONSISTENT),
    ("Of the 456,612 deaths recorded, 240,001 were men and 214,988 were women, or 121 males for every 100 female "
     "deaths.", Status.INCONSISTENT),
    ("Some 61,400 girls and 58,900 boys sat the exam, or 104 girls for every 100 boys.", Status.CONSISTENT),
    ("Some 61,400 girls and 58,900 boys sat the exam, or 96 girls for every 100 boys.", Status.INCONSISTENT),
])
def test_a_ratio_between_two_groups_against_their_counts(text, status):
    assert status in [s for s, figures in verdicts(text, "ratio") if len(figures) == 3]


def test_no_ratio_between_two_groups_without_their_counts():
    text = "Of the 5,000 staff, 2,600 were nurses. The board has 112 men for every 100 women."
    assert not [f for f in verdicts(text, "ratio") if "112" in f[1]]
