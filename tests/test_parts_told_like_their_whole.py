"""A whole stated with its earlier level or its change in units, then its parts listed in the clauses
of the sentences after it, each told the same way (links.parts_told_like_their_whole); a whole, then a
sentence whose semicolons part it into one part a clause; a total's sentence that says the sentences
after it split it. The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of
from auditor.engine import decide_all
from auditor.model import Status
from auditor.relations import sums


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    findings = decide_all(list(sums(meaning_of(text), "sum-of-parts")))
    # (two readings may state the same link: one finding each way is enough here)
    return sorted({(f.status.value, tuple(x.text for x in f.figures)) for f in findings})


SURE = [
    # a semicolon list of parts, each with its earlier level, under a whole marked a total; the list closes on "and"
    "Combined output of the three mills rose to 48.6 thousand tonnes in 2024, from 44.2 thousand tonnes a year "
    "before. The north mill made 21.4 thousand tonnes against 19.0 thousand tonnes; the east mill 12.3 thousand "
    "tonnes against 11.6 thousand tonnes; and the south mill 14.9 thousand tonnes against 13.6 thousand tonnes.",
    # a sentence per part, each with its change in units, the last part "all other"; a figureless sentence between
    "Household credit went up by $64 billion to $4.92 trillion in the third quarter. Every kind of loan grew.\n\n"
    "Card balances grew $29 billion to $1.31 trillion. Car loans grew $21 billion to $1.58 trillion. "
    "Student loans grew $9 billion to $1.74 trillion. All other credit grew $5 billion to $290 billion.",
]


@pytest.mark.parametrize("text", SURE)
def test_parts_told_like_their_whole_add_up_to_it(text):
    found = verdicts(text)
    assert [status for status, _ in found] == ["consistent", "consistent"]


@pytest.mark.parametrize("text, wrong, right", [
    (SURE[0], "14.9 thousand tonnes against", "15.9 thousand tonnes against"),
    (SURE[1], "$5 billion to", "$15 billion to"),
])
def test_a_part_that_breaks_the_sum_is_an_error(text, wrong, right):
    found = verdicts(text.replace(wrong, right))
    assert "inconsistent" in [status for status, _ in found]


def test_an_unmarked_whole_makes_a_gap_only_a_question():
    text = ("Livestock numbers fell to 6.84 million head in June from 7.02 million head a year before. Cattle came "
            "to 2.91 million head, from 2.98 million head; sheep to 3.12 million head, from 3.35 million head; and "
            "pigs to 0.81 million head, from 0.79 million head.")
    found = verdicts(text)
    assert ("consistent", ("2.91 million", "3.12 million", "0.81 million", "6.84 million")) in found
    assert "undetermined" in [status for status, _ in found] and "inconsistent" not in [s for s, _ in found]


DECOYS = {
    "a selection of the parts": "Exports of the province rose to $9.4 billion in 2023, from $8.1 billion. Among the "
                                "products that gained most were copper, at $2.1 billion against $1.6 billion; timber, "
                                "at $1.3 billion against $1.2 billion; and fish, at $0.9 billion against $0.7 billion.",
    "siblings in a list's lines": "Revenue is collected under three heads:\n\nImport duty: 18,240 million, up 3.5% "
                                  "from 17,615 million;\nExcise: 13,481 million, down 0.2% from 13,514 million;\n"
                                  "Fees: 3,412 million, down 5.0% from 3,590 million.",
    "another flow": "Production slipped to 978.9 million kg from 980.8 million kg. Exports dropped to 191.4 million kg, "
                    "against 203.1 million kg. The south produced 244.1 million kg, down from 246.8 million kg.",
    "several measures told alike": "Revenue rose 35% to $106.0 million from $78.5 million a year earlier.\n\n"
                                   "Operating profit grew 12 percent to $30.4 million, compared with $25.0 million.\n\n"
                                   "Net debt fell 8.0 percent to $410 million from $445.6 million.",
    "several measures told alike, the whole first": "Net debt fell to $410 million from $445.6 million. Revenue rose "
                                                    "to $106.0 million from $78.5 million. Operating profit grew to "
                                                    "$30.4 million from $25.0 million.",
    "a sibling taken for the whole": "Farm loans grew by $4 billion to $212 billion. Home loans grew by $9 billion "
                                     "to $640 billion. Car loans grew by $3 billion to $150 billion. All other loans "
                                     "grew by $2 billion to $95 billion.",
    "the parts of a part": "Total exports climbed to 48.3 billion from 45.1 billion. Machinery exports rose to "
                           "20.2 billion from 18.6 billion; inside machinery, engines came to 7.1 billion against "
                           "6.4 billion and turbines to 4.0 billion against 3.7 billion.",
    "two parts in one clause": "Sales rose to 9,400 tonnes from 8,100 tonnes. Wheat and maize rose to 2,100 tonnes "
                               "from 1,600 tonnes and to 1,300 tonnes from 1,200 tonnes.",
}


@pytest.mark.parametrize("name", DECOYS)
def test_figures_side_by_side_are_no_parts(name):
    assert not [status for status, _ in verdicts(DECOYS[name]) if status != "consistent"]
    assert not any(status == "consistent" and len(figures) > 3 for status, figures in verdicts(DECOYS[name]))


def test_one_part_a_clause_after_an_anaphor():
    text = ("Government revenue amounted to N4.61 trillion in the first half. Of this, taxes brought N3.12 trillion; "
            "fees brought N1.02 trillion; and the remaining N0.47 trillion came from grants.")
    assert verdicts(text) == [("consistent", ("N3.12 trillion", "N1.02 trillion", "N0.47 trillion", "N4.61 trillion"))]
    wrong = text.replace("N0.47", "N0.37")
    assert [status for status, _ in verdicts(wrong)] == ["inconsistent"]


def test_a_total_said_to_split_into_the_sentences_after_it():
    text = ("Hospital admissions reached 96,420 in 2023, made up as follows. Emergency admissions numbered 61,870 "
            "in 2023. Elective admissions numbered 29,410 in 2023. Maternity admissions numbered 5,140 in 2023.")
    assert [status for status, _ in verdicts(text)] == ["consistent"]
    assert [status for status, _ in verdicts(text.replace("29,410", "29,310"))] == ["inconsistent"]


def test_a_list_line_before_a_blank_line_is_read():
    text = ("Road deaths in the region came to 1,742 in 2021, broken down by road user:\n- pedestrians: 512\n"
            "- cyclists: 188\n- motorcyclists: 437\n- car occupants: 605\n\nThe rest of the report follows.")
    assert verdicts(text) == [("consistent", ("512", "188", "437", "605", "1,742"))]


BEFORE = ("Burglaries dipped to 86 from 88, and housebreakings stood at 932 compared to 1,102.\n\n"
          "Thefts from shops, however, have risen.\n\n"
          "Shop thefts rose to 236 from 228, and vehicle thefts fell to 558 from 596.\n\n"
          "Property crimes in all numbered 1,812, in comparison to last year's 2,014.\n")


def test_parts_told_before_their_whole():
    assert [status for status, _ in verdicts(BEFORE)] == ["consistent", "consistent"]
    # (an unmarked whole: a gap is a question)
    assert "inconsistent" not in [s for s, _ in verdicts(BEFORE.replace(" in all", "").replace("from 228", "from 238"))]


def test_parts_told_before_stop_at_another_total():
    text = ("Altogether 619 crimes against the person were reported, compared to 612.\n\n" + BEFORE)
    found = verdicts(text)
    assert all("619" not in figures and "612" not in figures for _, figures in found)
    assert [status for status, _ in found] == ["consistent", "consistent"]


def test_a_paragraph_of_the_whole_then_a_paragraph_of_its_parts():
    text = ("Freight carried by the railways grew by 2.4 million tonnes to 61.8 million tonnes over the year.\n\n"
            "Coal traffic grew by 1.1 million tonnes to 29.6 million tonnes. Grain traffic grew by 0.8 million tonnes "
            "to 17.3 million tonnes. Container traffic grew by 0.3 million tonnes to 9.4 million tonnes. All other "
            "traffic grew by 0.2 million tonnes to 5.5 million tonnes.")
    found = verdicts(text)
    assert [status for status, _ in found] == ["consistent", "consistent"]
    # (the first part is no whole of the others, though "All other traffic" closes their list)
    assert all("29.6 million tonnes" not in figures[-1:] for _, figures in found)


def test_a_sentence_put_as_a_heading_is_no_list_line():
    text = ("Overnight stays in the region: 4,918,000 in 2023, against 4,533,000 in 2022. Hotels recorded 3,104,000 "
            "stays, against 2,871,000; campsites 1,012,000 stays, against 944,000; and all other lodgings 802,000 "
            "stays, against 718,000.")
    assert [status for status, _ in verdicts(text)] == ["consistent", "consistent"]
