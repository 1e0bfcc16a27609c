"""A named member's or a category's level inside the level of the same measure, unit and period
for everyone, sentences apart (grammar.within.subgroups_within_totals). Only the words tie them, so
a part above the whole is doubtful unless the whole's words call it a total. The sentences are
written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts as verdicts_of
from auditor.audit import audit_document
from auditor.document import Document
from auditor.model import Status


def members(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).members]


def verdicts(text: str) -> list[tuple[Status, tuple[str, ...]]]:
    return verdicts_of(text, "part-exceeds-whole")


HOLDING = [
    # a named member, the whole first
    ("In 2023, 9,120 asthma admissions were recorded.\n\nBrenford County recorded 3,050 asthma admissions in 2023.",
     "3,050", "9,120"),
    # the member first, the whole later; a flow counted by two nouns
    ("Harlow Motors sold 2,140 tractors in the year ended March 2024. Across the country, dealers reported 11,800 "
     "tractor sales in the year ended March 2024.", "2,140", "11,800"),
    # a category given by a phrase after the head noun
    ("There were 41,300 deaths in 2022. Deaths from heart disease numbered 7,450 in 2022.",
     "7,450", "41,300"),
    # money, with the member as the subject of the verb
    ("Exports of machinery came to $12.4 billion in 2021. Pellonia took $3.1 billion of machinery exports in 2021.",
     "$3.1 billion", "$12.4 billion"),
]


@pytest.mark.parametrize("text, part, whole", HOLDING)
def test_a_subgroup_lies_within_the_level_for_everyone(text, part, whole):
    assert (part, whole) in members(text)
    assert (Status.CONSISTENT, (part, whole)) in verdicts(text)


def test_a_subgroup_above_an_untied_level_is_only_doubtful():
    text = "In 2023, 9,120 asthma admissions were recorded.\n\nBrenford County recorded 13,050 asthma admissions in 2023."
    assert verdicts(text) == [(Status.UNDETERMINED, ("13,050", "9,120"))]


@pytest.mark.parametrize("text", [
    "In all, hospitals recorded 9,120 asthma admissions in 2023. Brenford County recorded 13,050 asthma admissions in 2023.",
    "A total of 9,120 asthma admissions were recorded in 2023. Brenford County recorded 13,050 asthma admissions in 2023.",
])
def test_a_subgroup_above_a_stated_total_is_an_error(text):
    assert (Status.INCONSISTENT, ("13,050", "9,120")) in verdicts(text)


DECOYS = {
    "another year": "In 2023, 9,120 asthma admissions were recorded. Brenford County recorded 13,050 asthma admissions in 2022.",
    "the whole names another member": "Ostmark exported 9,120 tonnes of barley in 2023. Vellria exported 13,050 tonnes of barley in 2023.",
    "another measure": "In 2023, 9,120 asthma admissions were recorded. Brenford County recorded 13,050 flu vaccinations in 2023.",
    "an average": "The average farm earned $9,120 in 2023. Farms in Lowdale earned $13,050 on average in 2023.",
    "a rate per day": "Insurers paid £9.1m in claims a day in 2023. Kessing Mutual paid out £130m in claims in 2023.",
    "members named together are a union": "Across Arden and Belmoor together, 13,050 visitors came in May 2024. "
                                           "Arden received 9,120 visitors in May 2024.",
    "a net balance": "The group made a profit of $9.1 million in 2023. Its Delmar unit made a profit of $13.0 million in 2023.",
    "the whole's sentence names the member's rival": "Output at Corvel rose to 61,000 tonnes in 2023, against 59,000 "
                                                     "tonnes in 2022. Dunmore produced 64,000 tonnes in 2022.",
}


@pytest.mark.parametrize("text", DECOYS.values(), ids=DECOYS.keys())
def test_decoys_give_no_subgroup(text):
    assert all(status is not Status.INCONSISTENT for status, _ in verdicts(text))
    assert not [m for m in members(text) if m in (("13,050", "9,120"), ("$13.0 million", "$9.1 million"),
                                                   ("64,000 tonnes", "59,000 tonnes"), ("£130m", "£9.1m"))]


def test_a_member_s_own_total_is_a_part_and_a_speaker_is_nobody_s_subgroup():
    text = ("Westhaven remains the main destination, with total transit traffic of 61,200 tonnes in 2023. "
            "\"Transit traffic through the terminal rose to 90,400 tonnes in 2023,\" Okafor said.")
    assert ("61,200 tonnes", "90,400 tonnes") in members(text)


def test_members_named_together_lie_within_a_whole_that_names_nobody():
    text = ("In August 2023, remittances came to $1.95 billion. Remittances from Norway, Japan and other countries "
            "in August 2023 came to $200 million together.")
    assert (Status.CONSISTENT, ("$200 million", "$1.95 billion")) in verdicts(text)


def test_a_whole_whose_sentence_names_two_flows_is_no_total_of_one():
    text = ("Westhaven handled 61,200 tonnes of freight in 2023. Exports as well as imports rose, to 42,000 "
            "tonnes handled in 2023.")
    assert ("61,200 tonnes", "42,000 tonnes") not in members(text)


def test_a_plural_that_opens_a_sentence_is_no_name_when_its_singular_is_written_elsewhere():
    text = ("Mines in the region produced 310,000 ounces of gold in 2021. The Kaleva mine alone produced 355,000 "
            "ounces of gold in 2021.")
    assert verdicts(text) == [(Status.UNDETERMINED, ("355,000 ounces", "310,000 ounces"))]


def test_a_whole_whose_verb_and_noun_name_two_words_of_its_flows_is_still_a_whole():
    # "handled" and "passengers" are two vocabularies of flows, both the whole's own words
    text = ("Overall, ports handled 812,000 passengers in June 2023. Kestrel Harbour alone handled 905,000 "
            "passengers in June 2023.")
    assert (Status.INCONSISTENT, ("905,000", "812,000")) in verdicts(text)


# --- a whole broken down into named members: the members add up to no more than it, and none restates it -----

BROKEN_DOWN = ("In 2023, 50,200 new homes were consented.\n\nNorthport consented 21,700 new homes in 2023. "
               "Eastvale consented 9,400 new homes in 2023.")


def test_members_of_one_whole_add_up_to_no_more_than_it():
    assert (Status.CONSISTENT, ("21,700", "9,400", "50,200")) in verdicts(BROKEN_DOWN)


def test_members_that_add_up_to_more_than_an_untied_whole_are_only_doubtful():
    text = BROKEN_DOWN.replace("50,200", "30,200")
    assert (Status.UNDETERMINED, ("21,700", "9,400", "30,200")) in verdicts(text)


def test_a_member_of_a_whole_broken_down_is_no_restatement_of_it():
    findings = audit_document(Document("t.txt", BROKEN_DOWN)).findings
    assert not [f for f in findings if f.check == "same-measure-conflict"]


def test_members_sharing_a_name_are_not_added_up():
    text = ("In 2023, 50,200 new homes were consented.\n\nNorthport consented 21,700 new homes in 2023. "
            "Northport City consented 9,400 new homes in 2023.")
    assert not [v for v in verdicts(text) if len(v[1]) == 3]


# --- a kind named before the head noun, within a whole the words call a total ----------------------------------

NARROWER_KINDS = [
    ("A total of 48,200 fishing licences were issued in 2023. Commercial fishing licences numbered 6,900 in 2023.",
     "6,900", "48,200"),
    ("Overall, mills ground 1.92 million tonnes of wheat in 2022. Durum wheat came to 0.74 million tonnes in "
     "2022.", "0.74 million tonnes", "1.92 million tonnes"),
]


@pytest.mark.parametrize("text, part, whole", NARROWER_KINDS)
def test_a_kind_named_before_the_head_lies_within_the_total(text, part, whole):
    assert (part, whole) in members(text)
    assert (Status.CONSISTENT, (part, whole)) in verdicts(text)


def test_a_kind_above_a_level_called_a_total_is_an_error():
    text = "A total of 4,820 fishing licences were issued in 2023. Commercial fishing licences numbered 6,900 in 2023."
    assert verdicts(text) == [(Status.INCONSISTENT, ("6,900", "4,820"))]


def test_a_kind_that_opens_its_sentence_above_an_untied_level_is_only_doubtful():
    text = "Fishing licences numbered 4,820 in 2023. Commercial fishing licences numbered 6,900 in 2023."
    assert verdicts(text) == [(Status.UNDETERMINED, ("6,900", "4,820"))]


KIND_DECOYS = {
    # (a word that opens the sentence and the measure is a kind, no member's name: "Hunting" is no place)
    "another kind": "A total of 4,820 fishing licences were issued in 2023. Hunting licences numbered 6,900 in 2023.",
    "a net amount": "Total sales were $4.1 million in 2023. Net sales reached $6.9 million in 2023.",
    "no total": "Dwelling completions reached 4,820 in 2023. Apartment completions came to 6,900 in 2023.",
    "another year": "A total of 4,820 fishing licences were issued in 2023. Commercial fishing licences numbered "
                    "6,900 in 2021.",
}


@pytest.mark.parametrize("text", KIND_DECOYS.values(), ids=KIND_DECOYS.keys())
def test_kind_decoys_give_no_subgroup(text):
    assert not [m for m in members(text) if m[0] in ("6,900", "$6.9 million")]
