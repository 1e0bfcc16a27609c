"""Aggregates inside larger aggregates (auditor.grammar.within): a flow for part of a
period within the same flow for the whole period, and each entry of its vocabularies in a
sentence of its own. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.audit import audit_document
from auditor.document import Document
from auditor.grammar import lexicon
from auditor.grammar.within import months_of
from auditor.model import Status


def within(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).within]


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "part-exceeds-whole")


@pytest.mark.parametrize("period, months", [
    ("2021", (2021 * 12, 2021 * 12 + 11)),
    ("2021-03", (2021 * 12 + 2, 2021 * 12 + 2)),
    ("2021-01..10", (2021 * 12, 2021 * 12 + 9)),
    ("2021-H2", (2021 * 12 + 6, 2021 * 12 + 11)),
    ("2021-Q2", (2021 * 12 + 3, 2021 * 12 + 5)),
    ("FY2021-22", None),  # a fiscal year's first month is not in the period
    ("2021-03-15", None),  # a day: a point in time
    ("", None),
    # months of a year the words do not give: of one unstated year
    ("04", (12 + 3, 12 + 3)),
    ("01..04", (12, 12 + 3)),
    ("H1", (12, 12 + 5)),
    ("Q3", (12 + 6, 12 + 8)),
])
def test_months_of_a_period(period, months):
    assert months_of(period) == months


# --- each way of stating a running total ------------------------------------------------------

RUNNING = [
    "Fish production came to 41,200 tonnes in April 2022, and production for the year up to April reached 150,900 tonnes.",
    "Fish production came to 41,200 tonnes in April 2022; in the first four months of 2022 production was 150,900 tonnes.",
    "Fish production came to 41,200 tonnes in April 2022, while production from January to April 2022 was 150,900 tonnes.",
    "Fish production came to 41,200 tonnes in April 2022. Production in the year to date stood at 150,900 tonnes in April 2022.",
    "Production reached 41,200 tonnes in April 2022, bringing production in the first four months of 2022 to 150,900 tonnes.",
]


@pytest.mark.parametrize("text", RUNNING)
def test_a_month_lies_within_its_running_total(text):
    assert within(text) == [("41,200 tonnes", "150,900 tonnes")]


@pytest.mark.parametrize("span, to", [(s, t) for s in lexicon.RUNNING_SPANS for t in lexicon.RUNNING_TO])
def test_every_running_span_and_joiner(span, to):
    text = (f"Cement output was 310,000 tonnes in September 2019, and output for the {span} {to} September "
            f"was 2,400,000 tonnes.")
    assert within(text) == [("310,000 tonnes", "2,400,000 tonnes")]


@pytest.mark.parametrize("family, words", list(lexicon.FLOW_FAMILIES.items()))
def test_every_flow_word_links_a_month_to_its_year(family, words):
    for word in words:
        text = f"The {word} figure was 5,120 in March 2023, and the {word} figure for the first three months of 2023 was 14,870."
        assert within(text) == [("5,120", "14,870")], word


def test_months_of_a_running_total_add_up_to_no_more_than_it():
    text = ("Copper exports were $1.21 billion in February 2024 and $1.35 billion in March 2024. "
            "Exports from January to April 2024 came to $5.02 billion.")
    assert verdicts(text) == [(Status.CONSISTENT, ("$1.21 billion", "$1.35 billion", "$5.02 billion"))]


def test_a_month_above_its_running_total_is_an_error():
    text = ("Visitor arrivals rose to 92,400 in July 2019, while arrivals for the year up to July "
            "rose 6.1 percent to 54,310.")
    assert verdicts(text) == [(Status.INCONSISTENT, ("92,400", "54,310"))]


@pytest.mark.parametrize("text", [
    # the place named, then its adjective; people counted as "people", then "individuals"
    "Over the first half of 2019, 2,779 people arrived in Italy by boat. During June 2019, 3,218 individuals "
    "landed at Italian ports.",
    "Kenya received 41,300 tourist arrivals in the first three months of 2022, and 52,900 Kenyan arrivals "
    "were recorded in March 2022.",
    "Over the first half of 2019, 1,905 persons arrived in Malta by boat. During June 2019, 2,110 people "
    "landed at Maltese ports.",
])
def test_a_place_and_its_adjective_and_nouns_for_people_are_one_scope(text):
    assert [status for status, _ in verdicts(text)] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Austria had 41,300 tourist arrivals in the first three months of 2022, and 52,900 Australian arrivals "
    "were recorded in March 2022.",  # a stem of four letters, not three: not one place
    "Over the first half of 2019, 2,779 people arrived in Italy by boat. During June 2019, 3,218 children "
    "landed at Italian ports.",  # children are narrower than people
])
def test_other_places_and_narrower_nouns_are_not_one_scope(text):
    assert verdicts(text) == []


# --- decoys: figures side by side that are not a part and its whole -------------------------------

DECOYS = {
    "a stock, not a flow": "The population was 1,204,000 in June 2020 and 1,199,000 for 2020 as a whole.",
    "another flow": "Gold exports were $310 million in May 2021, and gold imports for the first five months of 2021 were $95 million.",
    "the whole names another place": "Rice output in Kedah was 92,000 tonnes in May 2021, and output in Perak for the first five months of 2021 was 61,000 tonnes.",
    "the whole names another product": "Gas production was 9,100 units in May 2021, and oil production for the first five months of 2021 was 8,200 units.",
    "a running total since a date": "Cases were 4,100 in May 2021; as at 31 May 2021 there were 3,900 cases.",
    "the same months": "Remittances were $1.8 billion in June 2021, and remittances in June 2021 from Gulf states were $0.9 billion.",
    "a later period": "Car sales were 12,300 in December 2021, and sales in the first eleven months of 2021 were 11,900.",
}


@pytest.mark.parametrize("text", DECOYS.values(), ids=DECOYS.keys())
def test_decoys_give_no_link(text):
    assert within(text) == []


def test_a_changes_base_of_another_year_is_no_part():
    # the base 10,000 is another year's March (or February's): no part of the first quarter; March's own 8,800
    # is ("units" names no kind of sales that the month's level would lack)
    text = ("Sales fell 12 percent in March 2021 to 8,800 from 10,000 units, and sales for the first three months of "
            "2021 were 9,500 units.")
    assert within(text) == [("8,800", "9,500")]


# --- shares of one named whole (auditor.grammar.links.named_whole_shares) ---------------------------

def shares_of_named_whole(text: str) -> list[tuple[tuple[str, ...], bool]]:
    return [(tuple(f.text for f in link.shares), link.total) for link in meaning_of(text).named_whole_shares]


NAMED_WHOLE = [
    "The Greens took 41.2% of the total vote in 2022. Labour won 35.9% of the total vote, and the Liberals 12.4% of the total vote.",
    "In 2022 Apex Mobile held 38.5% of all subscribers. Delta Telecom had 27.0% of all subscribers, and Orbit 14.2% of all subscribers.",
    "Kestrel Air carried 44.1 percent of the total passengers in 2019, while Harrier Jet carried 31.7 percent of the total passengers.",
]


@pytest.mark.parametrize("text", NAMED_WHOLE)
def test_shares_of_one_total_for_named_subjects_are_sure(text):
    [(shares, sure)] = shares_of_named_whole(text)
    assert len(shares) >= 2 and sure


def test_shares_of_one_total_above_100_percent_are_an_error():
    text = "The Greens took 61.2% of the total vote in 2022. Labour won 45.9% of the total vote in 2022."
    findings = audit_document(Document("t.txt", text), checks=["share-of-total"]).findings
    assert [(f.status, tuple(x.text for x in f.figures)) for f in findings] == [
        (Status.INCONSISTENT, ("61.2%", "45.9%"))]


NAMED_WHOLE_DECOYS = {
    "overlapping groups, no names": "In 2022, 52% of all staff were women and 61% of all staff were graduates.",
    "each subject's own whole": "The Greens won 61% of the votes in Northfield in 2022, and Labour 58% of the votes in Southfield.",
}


def test_shares_of_a_whole_without_names_or_total_are_only_plausible():
    for text in NAMED_WHOLE_DECOYS.values():
        assert all(not sure for _, sure in shares_of_named_whole(text)), text


def test_of_the_total_alone_names_no_whole():
    text = "Engineering drew 27.1% of the total in 2023. Applicants from abroad were 12.0% of the total in 2023."
    assert shares_of_named_whole(text) == []


# --- a share's whole named elsewhere (links.part_shares through _NamedWholes) ------------------------

def share_verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "share-of-total")


@pytest.mark.parametrize("text", [
    "Turnout was high: 48,200 had cast their votes by 8 pm. Ana Ruiz won 25,064 votes, or 52.0% of the votes cast.",
    "Ana Ruiz won 25,064 votes, or 52.0% of the votes cast. In all, 48,200 voters cast their votes.",
    "A total of 3,140 patients were treated at the clinic in 2023. Children numbered 1,099 (35.0% of the patients treated).",
    # one word: only a level whose own measure it heads
    "The district's population was 48,200 in 2021. Some 25,064 residents, or 52.0% of the population, live in towns.",
])
def test_a_share_of_a_whole_named_elsewhere_is_checked_against_it(text):
    [(status, figures)] = share_verdicts(text)
    assert status is Status.CONSISTENT and len(figures) == 3


def test_a_share_that_does_not_fit_the_whole_named_elsewhere_is_an_error():
    text = "In the ballot 48,200 had cast their votes. Ana Ruiz won 21,040 votes, or 52.0% of the votes cast."
    assert share_verdicts(text) == [(Status.INCONSISTENT, ("21,040", "48,200", "52.0%"))]


@pytest.mark.parametrize("text", [
    # two levels hold the words: which is the whole?
    "In the first round 48,200 cast their votes; in the second 51,900 cast their votes. Ana Ruiz won 21,040 votes, "
    "or 52.0% of the votes cast.",
    # a kind of whole, not one the text states
    "In the ballot 48,200 had cast their votes. Ana Ruiz won 21,040 votes, or 52.0% of votes cast in cities.",
    # one word that only stands in another level's clause, not as its measure
    "Spending on the population's health came to 48,200 in 2021. Towns hold 21,040 people, or 52.0% of the population.",
    # a whole the words say is one of several ("the regional total")
    "The regional total was 48,200 in 2021. Kisumu enrolled 21,040 pupils, or 52.0% of the regional total.",
    # the whole is for another place
    "In Northfield 48,200 had cast their votes. In Southfield, Ana Ruiz won 21,040 votes, or 52.0% of the votes cast.",
])
def test_no_whole_is_taken_when_the_words_do_not_single_one_out(text):
    assert [link.whole for link in meaning_of(text).part_shares] in ([], [None])


@pytest.mark.parametrize("glue", ["— a pass rate of", ", a pass rate of", ", giving a success rate of", "- a share of"])
def test_a_rate_of_after_a_part_is_its_share(glue):
    text = f"Of the 2,418 candidates who sat the exam, 1,806 passed {glue} 78.4%."
    assert share_verdicts(text) == [(Status.INCONSISTENT, ("1,806", "2,418", "78.4%"))]


def test_two_parts_of_one_whole_are_not_part_and_whole_of_each_other():
    text = "The fleet numbers 1,284 buses. Diesel models account for 811 of them and electric models for 473."
    findings = audit_document(Document("t.txt", text), checks=["part-exceeds-whole"]).findings
    pairs = {tuple(x.text for x in f.figures) for f in findings}
    assert ("473", "811") not in pairs and ("811", "473") not in pairs
    assert ("811", "473", "1,284") in pairs


# --- parts splitting the level of the sentence before (links._remainder_split) ----------------------

@pytest.mark.parametrize("text", [
    "Hospital admissions reached 61,240 in 2022. Men accounted for 29,870 admissions and women for the remaining 31,370.",
    "The fund paid out $4.82 million last year. Pensions took $3.10 million and the rest, $1.72 million, went on grants.",
    "Some 1,905 trees were planted. Volunteers planted 1,240 of the saplings, the other 665 being planted by contractors.",
])
def test_parts_that_split_the_level_before_add_up_to_it(text):
    findings = audit_document(Document("t.txt", text), checks=["sum-of-parts"]).findings
    assert [f.status for f in findings] == [Status.CONSISTENT]


def test_a_split_that_does_not_add_up_is_an_error():
    text = "Hospital admissions reached 61,240 in 2022. Men accounted for 29,870 admissions and women for the remaining 33,370."
    findings = audit_document(Document("t.txt", text), checks=["sum-of-parts"]).findings
    assert [f.status for f in findings] == [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    # no remainder word: the parts need not exhaust the level
    "Hospital admissions reached 61,240 in 2022. Men accounted for 29,870 admissions and children for 12,100.",
    # two levels before: which is split?
    "Admissions reached 61,240 and discharges 60,900 in 2022. Men accounted for 29,870 and women for the remaining 31,370.",
    # a rate among the figures: not a plain split
    "Admissions reached 61,240 in 2022. Men accounted for 29,870, or 48.8%, and women for the remaining 31,370.",
])
def test_no_split_without_a_remainder_and_one_level_before(text):
    assert not any("splitting the level" in link.grammar for link in meaning_of(text).parts)


# --- months named without a year; a level set against another; a flow's noun opening a sentence ---------

YEARLESS = [
    "The mills milled 18,300 tonnes of maize in May. Over the first five months of the year the mills milled "
    "66,700 tonnes of maize.",  # (not a flow word: no link, see below)
    "Clinics recorded 2,140 malaria cases in March. So far this year, the clinics have recorded 5,930 malaria cases.",
    "Tea exports were 4,020 tonnes in February, and tea exports from January to February were 7,770 tonnes.",
    "The quarries mined 720,000 tonnes of granite in June, bringing the tonnage mined in the first six months "
    "of the year to 3,950,000 tonnes.",
]


@pytest.mark.parametrize("text", YEARLESS[1:])
def test_a_month_without_a_year_lies_within_a_running_total_without_one(text):
    assert len(within(text)) == 1 and [s for s, _ in verdicts(text)] == [Status.CONSISTENT]


def test_a_month_without_a_year_above_its_running_total_is_an_error():
    text = "Ferry passengers numbered 61,500 in April. In the first four months of the year, 58,200 passengers travelled."
    assert verdicts(text) == [(Status.INCONSISTENT, ("61,500", "58,200"))]


def test_a_month_without_a_year_is_not_set_inside_a_span_of_a_stated_year():
    text = "Wine exports were 3,100 cases in March. Wine exports in the first three months of 2023 were 2,900 cases."
    assert within(text) == []


@pytest.mark.parametrize("text", [
    "Throughput at the terminal was 120,500 containers in June 2023. Throughput in the first six months of 2023 "
    "came to 701,000 containers.",
    "Disbursements reached $42 million in May 2021. Disbursements over the first five months of 2021 totalled $180 million.",
])
def test_a_flow_noun_that_opens_a_sentence_names_no_subject(text):
    assert len(within(text)) == 1


@pytest.mark.parametrize("text, part, whole", [
    ("Tractor sales fell to 2,310 units in March 2024 from 5,480 units in March 2023. In the first three months "
     "of 2023, sales were 14,900 units.", "5,480", "14,900"),
    ("The port handled 120,500 containers in June 2023, after 131,200 containers in May 2023. Throughput in the "
     "first six months of 2023 came to 701,000 containers.", "131,200", "701,000"),
    ("Bus ridership was 88,400 passengers in August 2022, against 81,000 passengers in July 2022, and ridership "
     "from January to August 2022 came to 655,000 passengers.", "81,000", "655,000"),
])
def test_a_level_set_against_another_counts_its_flow(text, part, whole):
    assert (part, whole) in within(text)


def test_a_level_set_against_another_above_the_running_total_is_an_error():
    text = ("Tractor sales fell to 2,310 units in March 2024 from 5,480 units in March 2023. In the first three "
            "months of 2023, sales were 4,900 units.")
    assert (Status.INCONSISTENT, ("5,480", "4,900")) in verdicts(text)


@pytest.mark.parametrize("text", [
    # the earlier level's period carried to "from 10,000 units": no period of its own
    "Sales fell to 8,800 units in March 2021 from 10,000 units, and sales for the first three months of 2021 were 9,500 units.",
    # another subject set against it
    "Coffee exports from Kenya were 5,100 tonnes in May 2020, against 6,900 tonnes from Uganda in May 2020, and "
    "exports from Kenya in the first five months of 2020 were 6,000 tonnes.",
    # stocks set against each other
    "Stocks held stood at 9,200 tonnes in March 2021 against 12,400 tonnes in March 2020; stocks over the first "
    "three months of 2020 averaged 11,000 tonnes.",
])
def test_no_level_set_against_another_is_read_when_its_words_do_not_give_it(text):
    assert not [w for w in within(text) if w[0] in ("10,000", "6,900 tonnes", "12,400 tonnes", "12,400")]


# --- the old level of a change whose own words give its period; a level pointing back to a measure -------

@pytest.mark.parametrize("text, part, whole", [
    ("Honey output fell 12 percent to 4,400 tonnes in May 2024, against the 5,000 tonnes produced in May 2023. "
     "Output in the first five months of 2023 was 21,000 tonnes.", "5,000 tonnes", "21,000 tonnes"),
    ("Car sales rose 8 percent in June 2022 to 41,000 units, from 38,000 units in June 2021, and sales from "
     "January to June 2021 came to 230,000 units.", "38,000", "230,000"),
])
def test_the_old_level_of_a_change_lies_within_its_running_total_when_its_words_give_its_period(text, part, whole):
    assert (part, whole) in within(text)


def test_the_old_level_of_a_change_above_its_running_total_is_an_error():
    text = ("Honey output fell 12 percent to 4,400 tonnes in May 2024, against the 5,000 tonnes produced in May 2023. "
            "Output in the first five months of 2023 was 4,100 tonnes.")
    assert (Status.INCONSISTENT, ("5,000 tonnes", "4,100 tonnes")) in verdicts(text)


@pytest.mark.parametrize("text", [
    "Timber exports reached 96,000 cubic metres in March 2022. The corresponding figure for January to March 2021 "
    "was 240,000 cubic metres, and exports were 85,000 cubic metres in March 2021.",
    "Timber exports reached 96,000 cubic metres in March 2022. The comparable total for January to March 2021 "
    "was 240,000 cubic metres, and exports were 85,000 cubic metres in March 2021.",
])
def test_a_level_that_points_back_takes_the_flow_before_it(text):
    assert ("85,000 cubic metres", "240,000 cubic metres") in within(text)


def test_a_level_that_points_back_to_no_flow_is_not_read():
    # the level before it is a stock: nothing to take
    text = ("The herd stood at 96,000 head in March 2022. The corresponding figure for January to March 2021 was "
            "240,000 head, and exports were 85,000 head in March 2021.")
    assert within(text) == []


# --- names given "respectively"; months named by a range; the first months of a year that starts in July -----

RESPECTIVELY = [
    ("By port, the March 2024 breakdown shows exports through Dunmore, Kessel and Orvik of 41,000 tonnes, "
     "38,500 tonnes and 12,300 tonnes, respectively. Exports through Orvik reached 29,000 tonnes in "
     "January-March of 2024.", ("12,300 tonnes", "29,000 tonnes")),
    ("In May 2023 the mills of Arnsby, Belcourt and Caddon produced 5,200, 4,900 and 3,100 tonnes respectively. "
     "From January to May 2023, output at Belcourt came to 21,400 tonnes.", ("4,900", "21,400 tonnes")),
]


@pytest.mark.parametrize("text, pair", RESPECTIVELY)
def test_a_figure_listed_respectively_is_for_its_own_name(text, pair):
    assert within(text) == [pair]


def test_a_figure_listed_respectively_above_its_own_running_total_is_an_error():
    text = ("By port, the March 2024 breakdown shows exports through Dunmore, Kessel and Orvik of 41,000 tonnes, "
            "38,500 tonnes and 32,300 tonnes, respectively. Exports through Orvik reached 29,000 tonnes in "
            "January-March of 2024.")
    assert verdicts(text) == [(Status.INCONSISTENT, ("32,300 tonnes", "29,000 tonnes"))]


@pytest.mark.parametrize("text", [
    # the second run's period is another year's, which the figures were not read with
    "By port, the March 2024 breakdown shows exports through Dunmore, Kessel and Orvik of 41,000 tonnes, 38,500 "
    "tonnes and 12,300 tonnes, respectively, against 40,000 tonnes, 37,000 tonnes and 31,000 tonnes, respectively, "
    "in March 2023. Exports through Orvik reached 29,000 tonnes in January-March of 2024.",
    # as many names as figures are not listed: no name is the figure's
    "In May 2023 the mills produced 5,200, 4,900 and 3,100 tonnes respectively. From January to May 2023, output "
    "at Belcourt came to 4,000 tonnes.",
])
def test_no_name_is_given_a_figure_the_list_does_not_place(text):
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


def test_the_first_months_of_a_year_the_words_start_in_july_are_those_months():
    text = ("Remittances came to $410 million in August 2021. In the first two months (July to August) of FY22, "
            "remittances came to $790 million.")
    assert within(text) == [("$410 million", "$790 million")]


FISCAL = ("Receipts came to $3.2 billion in the first three months (April to June) of FY24. Excise receipts reached "
          "$1.1 billion in the first three months of this fiscal year. Excise receipts were $0.4 billion in May 2023.")


def test_the_first_months_of_this_fiscal_year_start_where_the_report_said_it_starts():
    assert ("$0.4 billion", "$1.1 billion") in within(FISCAL)


def test_a_month_above_the_first_months_of_this_fiscal_year_is_an_error():
    assert (Status.INCONSISTENT, ("$1.4 billion", "$1.1 billion")) in verdicts(FISCAL.replace("$0.4 billion", "$1.4 billion"))


def test_the_first_months_of_a_fiscal_year_no_sentence_places_are_not_read():
    text = ("Excise receipts reached $1.1 billion in the first three months of this fiscal year. Excise receipts "
            "were $1.4 billion in May 2023.")
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


# --- "so far this year" runs to the latest month the report gives for the flow ------------------------------

@pytest.mark.parametrize("text", [
    "Copper exports were 5,100 tonnes in July 2023. In June 2023, copper exports were 4,000 tonnes. So far this "
    "year, copper exports have reached 31,000 tonnes.",
    "In July, 5,100 tonnes of gold were sold. In June, 4,000 tonnes of gold were sold. Since the start of the "
    "year, 31,000 tonnes of gold have been sold.",
])
def test_so_far_this_year_runs_to_the_latest_month_given(text):
    assert [s for s, _ in verdicts(text)] and all(s is Status.CONSISTENT for s, _ in verdicts(text))
    assert any(part in ("5,100 tonnes", "5,100") for part, _ in within(text))


def test_a_later_month_above_the_year_to_date_is_an_error():
    text = ("Copper exports were 35,100 tonnes in July 2023. In June 2023, copper exports were 4,000 tonnes. So far "
            "this year, copper exports have reached 31,000 tonnes.")
    assert any(status is Status.INCONSISTENT and {"35,100 tonnes", "31,000 tonnes"} <= set(figures)
               for status, figures in verdicts(text))


def test_a_later_month_of_another_year_does_not_move_the_year_to_date():
    text = ("Copper exports were 35,100 tonnes in July 2022. In June 2023, copper exports were 4,000 tonnes. So far "
            "this year, copper exports have reached 31,000 tonnes.")
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


@pytest.mark.parametrize("whole_name, part_name", [("the US", "USA"), ("the UK", "Britain"), ("the UAE", "Emirates")])
def test_aliases_of_one_place_are_one_subject(whole_name, part_name):
    text = (f"Inflows from {whole_name} reached $48.3 million in the first two months of 2023. In February 2023, "
            f"inflows from {part_name} came to $249.1 million.")
    assert verdicts(text) == [(Status.INCONSISTENT, ("$249.1 million", "$48.3 million"))]


def test_places_that_are_not_aliases_are_other_subjects():
    text = ("Inflows from the US reached $48.3 million in the first two months of 2023. In February 2023, "
            "inflows from Canada came to $249.1 million.")
    assert verdicts(text) == []


# --- a quarter or a half named as an adjective ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Second-quarter revenue was $52 million in 2023, while revenue for the first half of 2023 came to $149 million.",
    "Fourth-quarter sales reached 8,200 units in 2022, against sales of 30,100 units for the whole of 2022.",
    "In 2021, first-half turnover came to €410 million; turnover for 2021 as a whole was €790 million.",
])
def test_a_quarter_named_as_an_adjective_lies_within_the_half_or_year(text):
    assert [s for s, _ in verdicts(text)] == [Status.CONSISTENT]


def test_a_quarter_named_as_an_adjective_above_its_half_is_an_error():
    text = "Second-quarter revenue was $52 million in 2023, while revenue for the first half of 2023 came to $49 million."
    assert verdicts(text) == [(Status.INCONSISTENT, ("$52 million", "$49 million"))]


def test_a_quarter_named_in_another_clause_does_not_narrow_the_year():
    text = ("After a weak first quarter, full-year revenue rose to $200 million in 2023. Revenue for the first half "
            "of 2023 was $120 million.")
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))


@pytest.mark.parametrize("opener", ["Net", "Gross", "Quarterly"])
def test_an_adjective_of_the_measure_that_opens_the_sentence_is_no_name(opener):
    text = (f"{opener} sales in the three months to June 2022 were £18.2 million, with June 2022 alone "
            f"contributing £6.9 million in sales.")
    assert verdicts(text) == [(Status.CONSISTENT, ("£6.9 million", "£18.2 million"))]


# --- a level of "the same period last year" ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Exports reached 4,100 tonnes in the first three months of 2024, against 3,700 tonnes in the same period last "
    "year. In February 2023, exports were 1,900 tonnes.",
    "Exports rose 10.8 percent to 4,100 tonnes in the first three months of 2024, from 3,700 tonnes in the "
    "corresponding period a year earlier. In February 2023, exports were 1,900 tonnes.",
])
def test_a_level_of_the_same_period_last_year_holds_that_year_s_months(text):
    assert ("1,900 tonnes", "3,700 tonnes") in within(text)


def test_a_month_above_the_same_period_last_year_is_an_error():
    text = ("Exports reached 4,100 tonnes in the first three months of 2024, against 3,700 tonnes in the same period "
            "last year. In February 2023, exports were 3,900 tonnes.")
    assert (Status.INCONSISTENT, ("3,900 tonnes", "3,700 tonnes")) in verdicts(text)


def test_the_same_period_of_last_fiscal_year_is_not_read():
    text = ("Exports reached 4,100 tonnes in the first three months of this fiscal year, against 3,700 tonnes in the "
            "same period of last fiscal year. In February 2023, exports were 3,900 tonnes.")
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))
