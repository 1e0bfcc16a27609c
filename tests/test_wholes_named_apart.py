"""Wholes and titles read from what the words and the layout say, not from where figures happen to sit.

- A line opened by a list's bullet is an item of a list, not a title: a share in it is not a title's share
  for the part and whole of a later paragraph.
- A plain-text table's rows, their columns aligned with runs of spaces, are rows of a table, not short
  title lines whose figures the body restates.
- "of the population" names the level of the bare noun when the text states one, not a qualified
  group's ("the old town's population"); a day of the year a figure only has by default is of that year.
- A part or share the words tie to a whole of the prose that no table cell holds ("Pensioner households
  spent EUR 1,480, of which EUR 610 on housing, a share of 41.2%") breaks down another whole than the
  table's: it restates no row's cell.
- A count of another noun than the whole's that "with" or a verb of having governs ("36 clinics, with
  2,450 beds"; "820 bakeries, which employ 6,300 bakers") is what the whole has, not a part of it.
- A level in the scope phrase a sentence opens on ("Among doctoral students, who numbered 1,800, the
  share of women was 49.6%") is the whole the share is taken within, not its part.
Each decoy has a positive of the same shape that must still be flagged."""
from __future__ import annotations

from auditor.model import Status
from tests._reading import errors, meaning_of, verdicts

BULLETED = ("Harbour traffic: a busy year\n\n"
            "* Ships calling: 4,120, up 3.5%\n"
            "* Cruise ships: 312 (7.6% of all calls)\n"
            "* Cargo handled: 18.4 million tonnes\n\n"
            "The container terminal handled 6.2 million tonnes, of which 4.9 million tonnes were exports.\n")

TITLED = "Cruise ships at 7.6% of port calls\n\nThe port recorded 4,120 calls, of which 412 were by cruise ships.\n"


def test_a_share_in_a_bulleted_item_is_not_a_title_share_of_a_later_paragraph():
    assert errors(BULLETED, "share-of-total") == []


def test_a_share_in_the_title_against_the_body_is_still_read():
    assert errors(TITLED, "share-of-total") == [("412", "4,120", "7.6%")]
    assert verdicts(TITLED.replace("7.6%", "10.0%"), "share-of-total") == [
        (Status.CONSISTENT, ("412", "4,120", "10.0%"))]


ALIGNED = ("Ferry passengers, 2025\n\n"
           "Route        2024       2025\n"
           "North      204,000    212,000\n"
           "South      301,000    318,000\n\n"
           "Of the night services, 9,500 passengers used the North route in 2025.\n")


def test_rows_aligned_with_spaces_are_no_titles_restated_in_the_text():
    assert errors(ALIGNED, "same-measure-conflict") == []
    meaning = meaning_of(ALIGNED)
    rows = [seg for seg in meaning.segments if "north" in seg.skeleton and "#" in seg.skeleton
            and "night" not in seg.skeleton]
    assert rows and all(seg.is_table_row for seg in rows)
    prose = [seg for seg in meaning.segments if "night" in seg.skeleton]
    assert prose and not any(seg.is_table_row for seg in prose)


def test_a_title_figure_restated_otherwise_is_still_flagged():
    text = "Ferry passengers reach 212,000\n\nFerries carried 221,000 passengers in 2025, a record.\n"
    assert errors(text, "same-measure-conflict") == [("212,000", "221,000")]


POPULATION = ("The population was 84,300 on 1 January 2026, 900 more than a year earlier.\n\n"
              "Pensioners numbered 19,400, or {share} of the population.\n\n"
              "The old town's population grew to 31,500.\n")


def test_of_the_population_is_the_bare_level_not_a_qualified_one():
    assert verdicts(POPULATION.format(share="23.0%"), "share-of-total") == [
        (Status.CONSISTENT, ("19,400", "84,300", "23.0%"))]


def test_a_wrong_share_of_the_population_is_flagged_against_the_bare_level():
    assert errors(POPULATION.format(share="28.0%"), "share-of-total") == [("19,400", "84,300", "28.0%")]


def test_the_one_qualified_level_is_still_the_whole_when_no_bare_level_is_stated():
    text = "The old town's population grew to 31,500 in 2025.\n\nPensioners there numbered 7,200, or 30.0% of the population.\n"
    assert errors(text, "share-of-total") == [("7,200", "31,500", "30.0%")]


def test_a_whole_of_another_stated_year_is_not_taken():
    text = ("The population was 84,300 on 1 January 2024.\n\n"
            "In 2026 pensioners numbered 19,400, or 28.0% of the population.\n")
    assert errors(text, "share-of-total") == []


SPENDING = ("Household spending, 2025\n\n| Category | Monthly spending (EUR) | Share of total (%) |\n|---|---|---|\n"
            "| Housing | 1,020 | 31.4 |\n| Food | 540 | 16.6 |\n| Other | 1,690 | 52.0 |\n| Total | 3,250 | 100.0 |\n\n")


def test_a_breakdown_of_another_groups_whole_restates_no_row():
    text = SPENDING + "Pensioner households spent EUR 1,480 a month, of which EUR 610 on housing, a share of 41.2%.\n"
    assert errors(text, "table-vs-text") == []
    assert verdicts(text, "share-of-total") == [(Status.CONSISTENT, ("EUR 610", "EUR 1,480", "41.2%"))]


def test_a_breakdown_of_the_tables_own_whole_still_restates_the_row():
    text = SPENDING + "Households spent EUR 3,250 a month, of which EUR 1,020 on housing, a share of 33.4%.\n"
    assert errors(text, "table-vs-text") == [("33.4%", "31.4")]


def test_a_share_naming_the_row_with_no_whole_of_its_own_still_restates_it():
    assert errors(SPENDING + "Housing took 33.4% of household spending.\n", "table-vs-text") == [("33.4%", "31.4")]
    assert errors(SPENDING + "Households spent EUR 1,020 on housing, a share of 33.4%.\n", "table-vs-text") == [
        ("33.4%", "31.4")]


def test_what_a_whole_has_is_no_part_of_it():
    # a count of another noun after "with" or a verb of having: the whole's holding, not its members
    assert errors("The county has 36 clinics, including 9 private clinics, with 2,450 beds in all.\n",
                  "part-exceeds-whole") == []
    assert errors("Of the 820 bakeries, which employ 6,300 bakers, 140 sell abroad.\n", "part-exceeds-whole") == []
    assert errors("Of the 215 libraries, which serve 1.2 million readers, 58 open on Sundays.\n",
                  "part-exceeds-whole") == []
    # the members beside the holding are still read
    assert verdicts("Of the 820 bakeries, which employ 6,300 bakers, 140 sell abroad.\n", "part-exceeds-whole") == [
        (Status.CONSISTENT, ("140", "820"))]


def test_members_of_the_wholes_own_noun_are_still_parts():
    assert errors("The county has 36 clinics, including 49 private clinics.\n", "part-exceeds-whole") == [("49", "36")]
    assert errors("The region has 9,200 pupils, with 12,100 attending private schools.\n", "part-exceeds-whole") == [
        ("12,100", "9,200")]
    assert errors("Of the 820 bakeries, 1,400 sell abroad.\n", "part-exceeds-whole") == [("1,400", "820")]
    # a group of people is a part of a whole of people, whatever its noun
    assert errors("Of the 64 singers, with 80 women, 30 travelled.\n", "part-exceeds-whole") == [("80", "64")]


def test_a_level_of_the_scope_a_sentence_opens_on_is_no_part_of_its_share():
    text = ("Colleges enrolled 24,000 students in 2025.\n\n"
            "Among doctoral students, who numbered 1,800, the share of women was 49.6%.\n")
    assert errors(text, "share-of-total") == []
    assert errors("Of the 1,800 doctoral students, 49.6% were women.\n", "share-of-total") == []


def test_a_level_tied_to_its_share_outside_a_fronted_scope_is_still_the_part():
    text = "Doctoral students numbered 1,800, or 49.6% of the 3,000 researchers.\n"
    assert errors(text, "share-of-total") == [("1,800", "3,000", "49.6%")]
    assert errors("The region has 9,200 pupils, with 12,100 enrolled in private schools.\n",
                  "part-exceeds-whole") == [("12,100", "9,200")]
