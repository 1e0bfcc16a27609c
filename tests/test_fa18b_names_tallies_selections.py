"""Four readings that kept figures apart on texts nobody tuned on (the texts are invented here):

- a number right after a grading scale's name ("GPA 5 holders", "CGPA 4") names a grade band, no amount,
  while "a GPA of 5.0" stays a figure;
- a title's bare count ("412 new cases and 3 deaths") is the day's, not the tally a body sentence brings a
  measure to ("which brings deaths this year to 87"), unless the title too tells a tally;
- a table row's name joined by "and" or "&" to a name no row carries ("England & Wales") names the pair,
  a larger whole than the row; two rows so joined, or the row named alone, still name it;
- a total row that every column of its rows falls short of is a whole the rows are a selection of; one
  column alone short is a slip in it."""
from __future__ import annotations

import pytest

from _reading import errors, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Status


def test_a_grade_band_named_by_its_number_is_no_level():
    text = ("A total of 145,911 students obtained GPA 5 this year. The number of GPA 5.0 holders fell by 86,024 "
            "from 269,602, and the number with a CGPA 4 fell to 2,133.\n")
    assert not errors(text, "difference")
    assert [f.text for f in extract_figures(Document("t.txt", text))] == ["145,911", "86,024", "269,602", "2,133"]


def test_a_grade_point_average_of_a_value_is_a_figure():
    text = "The average student gained a GPA of 3.4, against a GPA of 3.1 last year.\n"
    assert [f.text for f in extract_figures(Document("t.txt", text))] == ["3.4", "3.1"]


TALLY = ("412 new dengue cases and {title} deaths\n\nThe directorate said 412 new dengue patients were admitted over the "
         "past 24 hours, taking the total admitted this year to 18,905. {body} more patients died, which brings deaths "
         "this year to 87.\n")


@pytest.mark.parametrize("title, body", [("3", "Three"), ("5", "Five")])
def test_a_title_count_is_not_the_tally_the_body_brings_it_to(title, body):
    assert not errors(TALLY.format(title=title, body=body), "same-measure-conflict")


RENTS = ("Rents rise 3.1% over the year\n\nPrivate rents paid by tenants in England and Wales rose 3.1% in the 12 "
         "months to March, the statistics office said. {sentence}\n\n| Area | Annual change | Average monthly rent |\n"
         "|---|---|---|\n| London | 4.2% | £1,780 |\n| North West | 2.9% | £803 |\n| Wales | 2.4% | £745 |\n"
         "| Scotland | 2.1% | £820 |\n\n{after}\n")


@pytest.mark.parametrize("sentence", [
    "The average monthly rent in England & Wales was £1,052.",
    "An average home in England & Wales now rents for £1,052 a month.",
    "The average monthly rent across England and Wales was £1,052.",
    "The average monthly rent in Wales and England together was £1,052.",
])
def test_a_row_name_joined_to_a_name_no_row_carries_names_the_pair(sentence):
    assert not errors(RENTS.format(sentence="", after=sentence), "table-vs-text")
    assert not errors(RENTS.format(sentence=sentence, after=""), "table-vs-text")


def test_a_row_named_alone_is_still_the_row():
    assert errors(RENTS.format(sentence="", after="Rents in Wales averaged £754 a month."), "table-vs-text") \
        == [("£754", "£745")]
    assert not errors(RENTS.format(sentence="", after="Rents in Wales averaged £745 a month."), "table-vs-text")


DISTRICTS = ("The table shows the districts with the most cases.\n\n| District | Cases | Admissions | Deaths |\n"
             "|---|---|---|---|\n| Kasese | 41,220 | 3,105 | 61 |\n| Arua | 38,904 | 2,876 | 48 |\n"
             "| Gulu | 30,115 | 2,410 | 39 |\n| Total | {cases} | {admissions} | {deaths} |\n")


def test_a_total_row_above_its_rows_in_every_column_sums_a_selection():
    assert not errors(DISTRICTS.format(cases="402,118", admissions="31,044", deaths="512"), "table-arithmetic")


def test_one_column_short_is_a_slip():
    found = verdicts(DISTRICTS.format(cases="110,239", admissions="8,391", deaths="158"), "table-arithmetic")
    assert (Status.INCONSISTENT, ("158", "61", "48", "39")) in found
    assert (Status.CONSISTENT, ("110,239", "41,220", "38,904", "30,115")) in found


# The readings of a second round of real releases (the texts are invented here, in their shapes).

@pytest.mark.parametrize("text", [
    # an item labelled as the later ones are, by the same preposition: no whole of them
    "The biggest source was Asia, with a net gain of 33,789, which included 11,030 from China, 7999 from India and "
    "4459 from the Philippines.\n",
    "Net gains came from India with 12,031 people, followed by 10,433 from China, 5010 from the Philippines and 4263 "
    "from the UK.\n",
    # a figure that continues a list the words opened ("followed by") is an item of it
    "The biggest group were the 43,700 people who arrived on work visas, followed by 31,995 returning citizens, "
    "23,900 on student visas and 16,800 on residency visas.\n",
])
def test_an_item_of_a_list_is_no_whole_of_the_items_after_it(text):
    assert not errors(text, "part-exceeds-whole")
    assert not errors(text, "sum-of-parts")


def test_a_whole_then_its_parts_in_apposition_is_still_read():
    text = "The orchestra played 64 concerts, 40 at home and {n} on tour.\n"
    assert not errors(text.format(n="24"), "part-exceeds-whole")
    assert errors(text.format(n="34"), "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    "Pressure came from: tobacco (21.8 percent from 21.6 percent in August); clothing (2.5 from 2.4 percent); "
    "housing, water, electricity, gas and other fuels (4.6 percent from 5.5 percent).\n",
    "Prices increased for: food (1.8 percent); tobacco (0.4 percent); clothing (0.3 percent); gas and other fuels "
    "(0.4 percent).\n",
])
def test_a_category_named_with_and_other_is_no_rest_of_a_whole(text):
    assert not errors(text, "share-of-total")


def test_the_other_share_after_a_figure_is_still_the_rest():
    text = "Of the visitors, Britain sent 40%, France 30% and other countries {n}%.\n"
    assert not errors(text.format(n="30"), "share-of-total")


def test_a_figure_told_as_the_one_before_restates_no_title():
    text = ("Inflation at 9-year high of 6.7%\n\nFood prices increased by 9.7 percent in September, following a 8.5 "
            "percent in August.\n")
    assert not errors(text, "same-measure-conflict")


def test_a_part_the_leader_includes_takes_no_place_in_the_ranking():
    text = ("The biggest source of migrants was Asia, with a net gain of 33,789 in the year, which included 11,030 from "
            "China and Hong Kong, 7999 from India and 4459 from the Philippines.\n\nThat was followed by 16,771 from "
            "Europe.\n")
    assert not errors(text, "ranking")
