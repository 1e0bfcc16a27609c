"""Questions raised on clean reports between figures the text does not relate, each removed by its grammar
(the sentences are written here):
- a one-letter scale alone in a column header's brackets ("2024/25 (m)") scales its cells: a bare cell is not
  the prose figure that carries the scale ("13,481 million");
- the numbers after a plural of steps that are a range ("epidemiological weeks 1–31") number weeks, no counts;
- a count of "the remaining" or "the other" items is another group than a count of the same noun before;
- a ranking of a "non-" field ("the largest non-EU nationalities") has no item among the group it leaves out
  ("EU nationals");
- a company that "guided to" a figure gives its forecast, no outcome to set against the quarter's;
- a word between a count and its noun ("the 162 primary schools") names a subgroup of the bare count;
- a percentage that opens a noun phrase ending in a noun of change ("with a 4.99% council tax rise") is the change."""
from __future__ import annotations

from _reading import errors, meaning_of, verdicts
from auditor.grammar import Role
from auditor.document import Document
from auditor.extract import extract_figures


def _figures(text: str) -> list[str]:
    return [f.text for f in extract_figures(Document("t.md", text))]


_TABLE = """# Customs and Excise Revenue: Outturn Note for Fiscal Year 2024/25

## Excise duties by product

| Product | 2023/24 (m) | 2024/25 (m) | Change (m) | Change (%) |
|---|---:|---:|---:|---:|
| Tobacco | 2,846 | 2,972 | +126 | +4.4 |
| Fuel | 6,184 | 6,035 | −149 | −2.4 |
| **Total excise** | **9,030** | **9,007** | **−23** | **−0.3** |

Fuel duty remains the largest single excise, contributing 6,035 million, or 67.0% of excise receipts.
"""


def test_a_one_letter_scale_in_a_header_scales_its_column():
    assert not verdicts(_TABLE, "table-vs-text")


def test_a_bare_cell_under_a_bare_header_is_still_restated():
    text = _TABLE.replace(" (m)", "").replace("6,035 million", "6,053")
    assert [figures for _, figures in verdicts(text, "table-vs-text")] == [("6,053", "6,035")]


def test_a_range_of_numbered_weeks_holds_no_counts():
    figures = _figures("Dengue surveillance, epidemiological weeks 1–31 of 2024.\n\nThere were 4,422 cases.")
    assert "1" not in figures and "31" not in figures and "4,422" in figures


def test_a_count_of_weeks_is_still_a_count():
    assert "12 weeks" in _figures("The strike lasted 12 weeks and cost 4,300 jobs.")


_REST = ("Four member countries received more than USD 700 million each. The largest borrower was Country A. "
         "The remaining eleven member countries shared USD 1,053 million between them.")


def test_the_remaining_items_are_another_group():
    assert not verdicts(_REST, "same-measure-conflict")


def test_one_count_told_twice_is_still_compared():
    text = "The bank lent to 14 member countries in 2024.\n\nIn 2024 the bank lent to 15 member countries."
    assert errors(text, "same-measure-conflict")
    told_twice = text.replace("the bank lent to", "the remaining").replace("The bank lent to", "The remaining")
    assert errors(told_twice, "same-measure-conflict")  # the rest named twice is one group


_FIELD = ("Non-EU nationals made up the largest group of immigrants. The largest non-EU nationalities were Indian "
          "(9,870), Ukrainian (7,640) and Brazilian (5,210). EU nationals accounted for 38,920 immigrants.")


def test_a_group_a_ranking_leaves_out_is_no_item_of_it():
    assert not [figures for _, figures in verdicts(_FIELD, "ranking") if "38,920" in figures]
    assert verdicts(_FIELD, "ranking")  # the ranked items are still in order


def test_an_item_of_the_ranking_is_still_compared():
    text = ("The largest export was coffee, at $4.1 billion. Tea brought in $4.6 billion.")
    assert verdicts(text, "ranking")


_SUBGROUP = ("Inspectors visited 214 schools in 2024. Of the 214 schools inspected, 31 were judged outstanding.\n\n"
             "By phase, 121 of the 162 primary schools inspected were judged good.")


def test_a_word_between_a_count_and_its_noun_names_a_subgroup():
    assert not [figures for _, figures in verdicts(_SUBGROUP, "same-measure-conflict") if "162" in figures]


def test_a_count_of_the_same_noun_is_still_compared():
    text = "Inspectors visited 214 schools in 2024. Most were judged good.\n\nIn 2024 inspectors visited 241 schools."
    assert verdicts(text, "same-measure-conflict")


_GUIDED = ("Harbourline Software on Monday reported third-quarter sales of $1,950 million, up 9.1% from $1,787 million "
           "a year earlier. The company raised its full-year outlook.\n\n"
           "Gross profit rose to $800 million, lifting the gross margin to 41.0% from 40.0% in the same quarter of 2023. "
           "Operating income climbed 18.0% to $290 million, for an operating margin of 14.9%, up from 13.6%.\n\n"
           "The company now expects full-year sales of $7.6 billion to $7.8 billion. For the fourth quarter it guided to "
           "sales of about $2.1 billion and an operating margin of 16%. If it meets that guidance, sales would rise.")


def test_a_margin_guided_to_is_a_forecast():
    assert not verdicts(_GUIDED, "same-measure-conflict")


def test_a_margin_stated_again_is_still_compared():
    text = _GUIDED.replace("For the fourth quarter it guided to sales of about $2.1 billion and",
                           "In the third quarter it reported sales of $1,950 million and")
    assert verdicts(text, "same-measure-conflict")


def _frame_of(text: str, figure: str):
    meaning = meaning_of(text)
    return next(meaning.frame(f) for f in meaning.figures if f.text == figure)


def test_a_figure_before_a_compound_noun_of_change_is_the_change():
    frame = _frame_of("Council agrees £312.4m budget with a 4.99% council tax rise", "4.99%")
    assert frame.role is Role.RELATIVE_CHANGE and frame.direction == 1


def test_a_figure_before_other_words_is_no_change():
    assert _frame_of("Voters gave the party a 45% share of the vote, up sharply.", "45%").direction == 0
    assert _frame_of("In the survey, 18% expect growth next year.", "18%").direction == 0
