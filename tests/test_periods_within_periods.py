"""A shorter period's amount within a longer period's of the same flow and subject (auditor.grammar.within):
a month within the months to date, when the longer period's amount is hedged ("more than", "some") or its
subject is named only by the mention the month's figure repeats. Stocks, averages and prices, changes, other
subjects and a month of another year stay unlinked. The sentences are written here; none is a report's."""
from __future__ import annotations

from _reading import errors, meaning_of, verdicts
from auditor.model import Status


def within(text: str) -> list[tuple[str, str]]:
    return [(link.part.text, link.whole.text) for link in meaning_of(text).within]


CHECK = "part-exceeds-whole"

# --- a hedged amount of the longer period -----------------------------------------------------------------------

HEDGED_WHOLE = ("So far this cotton year (October 2023-March 2024), more than 4.1 million bales of cotton have been "
                "exported, 3% up on the year before. Cotton exports in March 2024 alone came to {march} bales.")


def test_a_month_below_a_lower_bound_of_the_months_to_date_is_read_and_consistent():
    assert ("0.9 million", "4.1 million") in within(HEDGED_WHOLE.format(march="0.9 million"))
    assert errors(HEDGED_WHOLE.format(march="0.9 million"), CHECK) == []


def test_a_month_above_a_lower_bound_is_no_error():
    # "more than 4.1 million": the whole may be far larger, so a month of 4.6 million contradicts nothing
    assert errors(HEDGED_WHOLE.format(march="4.6 million"), CHECK) == []


def test_a_month_above_a_rounded_whole_is_a_question_not_an_error():
    # how far "some" reaches is the auditor's reading, not the text's: a part beyond a hedged whole is asked about
    text = ("From September 2023 to February 2024, shrimp exports came to some 38,500 tonnes, the port authority "
            "said. Shrimp exports in February 2024 came to 46,100 tonnes.")
    assert errors(text, CHECK) == []
    assert (Status.UNDETERMINED, ("46,100 tonnes", "38,500 tonnes")) in verdicts(text, CHECK)


def test_a_month_above_a_plain_whole_is_flagged():
    text = ("From September 2023 to February 2024, shrimp exports came to 38,500 tonnes, the port authority "
            "said. Shrimp exports in February 2024 came to 46,100 tonnes.")
    assert ("46,100 tonnes", "38,500 tonnes") in errors(text, CHECK)


def test_a_rounded_whole_holds_its_month():
    text = ("From September 2023 to February 2024, shrimp exports came to some 38,500 tonnes, the port authority "
            "said. Shrimp exports in February 2024 came to 6,100 tonnes.")
    assert ("6,100 tonnes", "38,500 tonnes") in within(text)
    assert errors(text, CHECK) == []


def test_a_ceiling_is_no_amount_of_its_period():
    # "up to" bounds what could be, often a capacity or a limit: not the amount that came about
    text = ("From January to June 2024 the plant could process up to 52,000 tonnes of ore. Ore processed in May "
            "came to 61,000 tonnes.")
    assert ("61,000 tonnes", "52,000 tonnes") not in within(text)


# --- the subject named only by the mention repeated ----------------------------------------------------------

REPEATED = ("Central bank figures show that Ghanaian migrants abroad remitted $612 million in the first two months "
            "(July to August) of FY24, against $580 million a year earlier. In August 2023 migrants' remittances came "
            "to {august}.")


def test_a_month_above_its_months_to_date_is_flagged_when_the_subject_is_named_by_the_mention_repeated():
    text = REPEATED.format(august="$655 million")
    assert ("$655 million", "$612 million") in within(text)
    assert ("$655 million", "$612 million") in errors(text, CHECK)


def test_the_consistent_twin_is_read_and_not_flagged():
    text = REPEATED.format(august="$318 million")
    assert ("$318 million", "$612 million") in within(text)
    assert errors(text, CHECK) == []


def test_a_mention_naming_another_kind_gives_no_subject():
    # the month's measure names "total", a word the mention before does not give: not a repetition of it
    text = ("Central bank figures show that Ghanaian migrants abroad remitted $612 million in the first two months "
            "(July to August) of FY24. In August 2023 total inflows came to $655 million.")
    assert errors(text, CHECK) == []


def test_two_subjects_before_leave_the_subject_open():
    text = ("Ghanaian migrants remitted $612 million in July-August 2023, while Togolese migrants remitted "
            "$240 million in July-August 2023. In August 2023 remittances came to $655 million.")
    assert errors(text, CHECK) == []


# --- decoys: side by side, no part within a whole -------------------------------------------------------------

def test_a_stock_at_an_earlier_date_is_no_whole():
    text = ("Public debt stood at $41.2 billion at the end of 2023. As of end-March 2024, public debt was "
            "$43.9 billion.")
    assert within(text) == []
    assert errors(text, CHECK) == []


def test_prices_and_averages_are_no_flows():
    text = ("The average price of cocoa in 2023 was $3,400 per tonne. In December 2023 the average price reached "
            "$4,200 per tonne.")
    assert errors(text, CHECK) == []


def test_a_change_is_no_part_of_the_level():
    text = ("Cotton ginned in the first half of 2024 came to 2.1 million bales. In June ginning rose by 2.4 million "
            "bales on the back of new mills.")
    assert errors(text, CHECK) == []


def test_another_subjects_month_is_not_within():
    text = ("Ghana's cocoa exports came to 310,000 tonnes in January-June 2024. Ivory Coast's cocoa exports in June "
            "2024 reached 420,000 tonnes.")
    assert errors(text, CHECK) == []


def test_a_month_of_another_year_is_not_within():
    text = ("Cotton ginned in the first half of 2024 came to 2.1 million bales. In June 2023 cotton ginned came to "
            "2.6 million bales.")
    assert errors(text, CHECK) == []
