"""Readings found on real releases nobody tuned on (tequila, card payments, tuberculosis, truck tonnage, train
punctuality, intercountry adoptions), each with invented sentences and decoys: an amount written in parts under
falling scale words ("2 million 427 thousand 100 tons", "10 billion and 132 million") is one figure; a change's
own "from O to N" in brackets names its new level, not a level said before it; a verb of revision moves a
published figure, not the measure ("revised the May increase from 0.7% to 0.4%"); a period, week or round named
by its number is a label, and a title is not restated by a sentence of another numbered period; a word of the
rest said of a fronted whole ("Of the 1,517 children adopted from other countries, ...") does not make the
largest groups listed after it the whole breakdown."""
from __future__ import annotations

from decimal import Decimal

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Status

from tests._reading import errors, verdicts


def _figures(text: str) -> list[tuple[str, Decimal]]:
    return [(f.text, f.value) for f in extract_figures(Document("t.txt", text))]


# --- an amount written in parts under falling scale words -------------------------------------------------

def test_an_amount_in_parts_under_falling_scale_words_is_one_figure():
    text = "The mills used 2 million 427 thousand 100 tonnes, exceeding the 2 million 18 thousand 700 tonnes of 2021.\n"
    assert [v for _, v in _figures(text)] == [Decimal(2427100), Decimal(2018700)]
    assert errors(text, "comparison") == []


def test_billions_and_millions_joined_by_and_are_one_figure():
    text = "There were 10 billion and 132 million card payments, of which 911 million were contactless.\n"
    assert (("10 billion and 132 million", Decimal(10132000000)) in _figures(text))
    assert errors(text, "part-exceeds-whole") == []


def test_an_amount_in_parts_still_flags_a_wrong_rate():
    # the true-relation twin: one amount in parts, its rate of change off (4.12 to 4.31 million is 4.6%)
    text = "Coffee exports reached 4 million 310 thousand bags, up 16.5 per cent from 4 million 120 thousand bags.\n"
    assert errors(text, "growth-rate")


def test_the_two_ends_of_a_range_are_not_joined():
    # decoy: "between 3 million and 200 thousand" names two ends, and a unit closes the first amount
    assert [v for _, v in _figures("Losses were between 3 million and 200 thousand.\n")] == \
        [Decimal(3000000), Decimal(200000)]
    assert len(_figures("Exports were 5 million tonnes 400 thousand of them by sea.\n")) == 2


def test_a_restatement_in_thousands_against_the_amount_in_parts_is_still_an_error():
    # "10,132,000 (10 billion and 132 million)": the release left out "thousand"; the text asserts both
    text = "In 2015 there were 10,132,000 (10 billion and 132 million) debit card payments.\n"
    assert errors(text, "same-measure-conflict")


# --- a change's own "from O to N" in brackets -------------------------------------------------------------

def test_a_bracketed_from_to_after_a_rate_names_the_new_level():
    text = ("Georgia and Pennsylvania were among 36 states reporting decreases; case rates fell 14.3% (from 4.9 to 4.2) "
            "in Georgia.\n")
    assert errors(text, "growth-rate") == []
    assert (Status.CONSISTENT, ("4.2", "4.9", "14.3%")) in verdicts(text, "growth-rate")


def test_a_bracketed_from_to_still_flags_a_wrong_rate():
    text = "Among 36 states, case rates fell 24.3% (from 4.9 to 4.2) in Georgia.\n"
    assert errors(text, "growth-rate") == [("4.2", "4.9", "24.3%")]


# --- a revision moves a published figure, not the measure -------------------------------------------------

def test_a_revised_increase_is_no_rise_between_its_two_vintages():
    text = "The association revised the May increase from the originally reported 0.7% to 0.4%.\n"
    assert errors(text, "change-direction") == []
    text = "Export receipts for March were revised to 4.2 billion from 4.5 billion.\n"
    assert errors(text, "change-direction") == []


def test_a_revision_with_its_way_is_checked_that_way():
    assert errors("Second-quarter growth was revised down from 2.1 per cent to 2.4 per cent.\n", "change-direction")
    assert errors("Second-quarter growth was revised down from 2.1 per cent to 1.8 per cent.\n",
                  "change-direction") == []


def test_a_rise_without_a_revision_verb_is_still_checked():
    # the true-relation twin: the same words less the revision verb assert a rise
    assert errors("The producer price index increased from 0.7% in April to 0.4% in May.\n", "change-direction")


# --- numbered periods -------------------------------------------------------------------------------------

def test_a_numbered_period_is_a_label_not_a_figure():
    texts = [f.text for f in extract_figures(Document("t.txt", "Punctuality for period 9 is 85.3%, and in week 14 "
                                                                "it was 88.1%.\n"))]
    assert texts == ["85.3%", "88.1%"]


def test_a_title_is_not_restated_by_another_numbered_period():
    text = ("National train performance for period 9 is 85.3%\n\nPunctuality fell to 85.3% during period 9, compared "
            "with 88.4% a year earlier.\n\nNational train performance for period 12 is 91.6%\n\nPunctuality reached "
            "91.6% in period 12.\n")
    assert errors(text, "same-measure-conflict") == []


def test_a_title_restated_for_its_own_period_is_still_checked():
    text = ("National train performance for period 9 is 85.3%\n\nNational train performance for period 9 was 86.3%, "
            "according to Network Rail.\n")
    found = [status for status, figures in verdicts(text, "same-measure-conflict") if "85.3%" in figures]
    assert found and Status.CONSISTENT not in found


# --- a word of the rest said of the whole, before a selection of its largest parts -----------------------

def test_the_largest_groups_after_a_whole_named_with_other_are_no_breakdown():
    text = ("Of the 1,517 children who were adopted from other countries, the largest numbers came from Colombia "
            "(235), India (223), and South Korea (141).\n")
    assert errors(text, "sum-of-parts") == []


def test_a_remainder_among_the_parts_still_closes_the_breakdown():
    text = "Of the 12,300 visitors, 5,100 came from Germany, 4,000 from France and the remaining 1,200 from Spain.\n"
    assert errors(text, "sum-of-parts")


# --- second round (domain registrations, counterfeit notes, card fraud) -----------------------------------

def test_members_named_with_a_dot_make_no_whole_of_the_base():
    # ".com and .net registrations" are two named members' new registrations, no total of the whole base
    text = ("The fourth quarter of 2013 closed with a base of 271 million domain name registrations across all "
            "top-level domains (TLDs), an increase of 5 million domain names, or 1.9 percent over the third quarter of "
            "2013.\nAs of Dec. 31, 2013, the base of registered names in .com equaled 112 million names, while .net "
            "equaled 15.2 million names.\nNew .com and .net registrations totaled 8.2 million during the fourth quarter "
            "of 2013. In the fourth quarter of 2012, new .com and .net registrations totaled 8.0 million.\n")
    assert errors(text, "part-exceeds-whole") == []


def test_a_named_member_above_the_total_is_still_flagged():
    # the true-relation twin: a member named by its capital within the national total
    text = ("Car sales nationwide totalled 4.8 million in 2023.\n\nIn Bavaria, car sales came to 5.1 million in "
            "2023.\n")
    assert [s for s, _ in verdicts(text, "part-exceeds-whole")] in ([Status.INCONSISTENT], [Status.UNDETERMINED], [])


def test_a_speaker_saying_that_a_whole_grew_is_no_member_of_it():
    text = ("Registry firm VeriSign Inc has said that overall domain name registrations grew to 351.8 million in the "
            "first quarter of 2019. The .com and .net domains had a combined total of 154.8 million domain name "
            "registrations at the end of the first quarter of 2019.\n")
    assert errors(text, "part-exceeds-whole") == []


def test_a_rate_against_another_base_is_no_second_statement_of_a_level():
    text = ("The .com and .net TLDs had a combined total of 162.1 million domain name registrations at the end of the "
            "second quarter of 2020, an increase of 1.4 million domain name registrations, or 0.9 percent, compared to "
            "the first quarter of 2020. The .com and .net TLDs had a combined increase of 6.0 million domain name "
            "registrations, or 3.8 percent, year over year.\n")
    assert errors(text, "same-measure-conflict") == []


def test_a_part_inside_a_fronted_whole_does_not_restate_the_title():
    text = ("Financial fraud losses register 26 percent growth\n\nLosses of GBP 755 million were recorded in 2015. "
            "Within the financial fraud losses for 2015, losses on UK payment cards increased by 18% compared with "
            "the previous year.\n")
    assert errors(text, "same-measure-conflict") == []
