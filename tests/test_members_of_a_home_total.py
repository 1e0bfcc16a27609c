"""A member's level in another sentence within the total of the place the report is about, and a month's level
set above a noun phrase of another period. The sentences are written here.

- the report's own place named in the whole's sentence ("Kenya's coffee production rose to 51,200 tonnes") is
  every later member's, so it does not keep a county's level out of that whole (grammar.within, subgroups);
- a word of a kind of place right after a name ("Nyeri county") is the name's, no kind of the measure
  (lexicon.PLACE_KIND_NOUNS);
- "far above the monthly average of last year" after a month's level gives the period of the average, not of the
  level (extract.figures, _BASELINE_AFTER_RE).
"""
from __future__ import annotations

from _reading import meaning_of, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Status

HOME = ("Coffee output, 2023\n\n"
        "Kenya's coffee production rose to 51,200 tonnes in 2023 from 48,900 tonnes a year earlier.\n\n"
        "Nyeri county produced {nyeri} tonnes in 2023.\n")


def _member_pairs(text: str) -> set[tuple[str, str]]:
    return {(link.part.text, link.whole.text) for link in meaning_of(text).members}


def test_a_county_is_within_the_home_total():
    assert ("9,870 tonnes", "51,200 tonnes") in _member_pairs(HOME.format(nyeri="9,870"))
    assert [s for s, _ in verdicts(HOME.format(nyeri="9,870"), "part-exceeds-whole")] == [Status.CONSISTENT]


def test_a_county_above_the_home_total_is_only_doubtful():
    # (the words only place the county in the country's total: doubtful, no error)
    found = verdicts(HOME.format(nyeri="98,700"), "part-exceeds-whole")
    assert found and all(s is Status.UNDETERMINED for s, _ in found)


def test_a_whole_naming_another_place_than_the_home_is_no_counties_total():
    text = ("Tanzania's coffee exports rose 4 percent in 2023, the board said.\n\n"
            "Kenya's coffee production rose to 51,200 tonnes in 2023 from 48,900 tonnes a year earlier.\n\n"
            "Nyeri county produced 98,700 tonnes in 2023.\n")
    assert ("98,700 tonnes", "51,200 tonnes") not in _member_pairs(text)
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(text, "part-exceeds-whole"))


def test_a_kind_before_the_name_still_narrows():
    # "arabica" is a kind of coffee the whole does not name: no member of all production
    text = ("Kenya's coffee production rose to 51,200 tonnes in 2023 from 48,900 tonnes a year earlier.\n\n"
            "Nyeri county's robusta production came to 98,700 tonnes in 2023.\n")
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(text, "part-exceeds-whole"))


def _periods(text: str) -> dict[str, str]:
    return {f.text: f.period for f in extract_figures(Document("t.txt", text))}


MONTH = ("In the north, grain exports reached 1.12 million tonnes in 2023.\n\n"
         "In January 2024 alone, grain exports amounted to 2.4 million tonnes, far above the monthly average of "
         "last year.\n")


def test_a_period_after_a_noun_phrase_set_above_is_the_phrases():
    assert _periods(MONTH)["2.4 million tonnes"] == "2024-01"
    # a month of 2024 is no part of 2023's total
    assert all(s is not Status.INCONSISTENT for s, _ in verdicts(MONTH, "part-exceeds-whole"))


def test_a_year_earlier_after_the_level_still_shifts_it():
    assert _periods("Grain exports rose to 2.4 million tonnes in 2024 from 2.1 million tonnes a year earlier.\n") \
        == {"2.4 million tonnes": "2024", "2.1 million tonnes": "2023"}
