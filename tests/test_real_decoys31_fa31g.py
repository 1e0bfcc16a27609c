"""Readings behind the false alarms left on real releases nobody annotated (round fa31g), each with sentences written
for the test, a decoy and a twin of the same construction that must still be read (or flagged when broken):

- a rate, the level it reached with its noun and time ("to 318,420 units in March"), then an amount alone in brackets
  ("(300,410 units)"): the earlier value the press writes beside each rate, whatever the digit grouping;
- a bracket ties only the percentage inside it: once the gap after a count closes its bracket ("5 MPs (0.8% of MPs).
  The Harbour Party won 6% of the vote"), the count is no part of a later percentage;
- a level stated right after its own share ("Six per cent or 12,410 candidates sat in Kisumu") is a part, no whole
  of another place's share;
- adjacent lines that each open on a label and a colon are a table flattened a row to a line: two rows' figures
  ("Owned shops: ..., 35 new shops", "Franchised shops: ..., 28 new shops") are two groups', no measure told twice.

The verdicts are those of a whole audit (every check), as a reader gets them.
"""
from __future__ import annotations

from _reading import verdicts
from auditor.model import Status


def test_an_amount_in_brackets_after_the_level_and_its_time_is_the_earlier_value():
    text = "Domestic sales at Kestrel Motors rose 6 per cent year on year to 318,420 units in March (300,410 units)."
    assert verdicts(text, "growth-rate") == [(Status.CONSISTENT, ("318,420", "300,410", "6 per cent"))]


def test_the_earlier_value_in_indian_grouping_still_questions_a_wrong_rate():
    twin = "Domestic sales at Kestrel Motors rose 11 per cent year on year to 318,420 units in March (3,00,410 units)."
    assert verdicts(twin, "growth-rate") == [(Status.UNDETERMINED, ("318,420", "3,00,410", "11 per cent"))]


def test_a_bracket_of_another_noun_is_no_earlier_value():
    decoy = "Domestic sales at Kestrel Motors rose 6 per cent to 318,420 units in March (12,050 scooters)."
    assert verdicts(decoy, "growth-rate") == []


def test_a_count_whose_bracket_closed_is_no_part_of_the_next_sentences_share():
    decoy = ("The Coastal Party won 2% of the national vote, 25% of the northern vote and 8 seats (down from 21). "
             "The Forest Party won 12% of the vote and 5 MPs (0.8% of MPs). "
             "The Harbour Party won 6% of the vote and 3 MPs (0.5% of MPs).")
    found = verdicts(decoy, "share-of-total")
    assert all(status is not Status.INCONSISTENT for status, _ in found)
    assert not any("6%" in figures and "5" in figures for _, figures in found)


def test_a_share_in_the_bracket_right_after_its_count_is_still_flagged():
    twin = "Turnout was 2,140 (0.8% of voters). Of the 9 seats, the Forest Party took 4 (44%). The Harbour Party took 3 (30%)."
    assert (Status.INCONSISTENT, ("3", "9", "30%")) in verdicts(twin, "share-of-total")


def test_a_level_told_after_its_own_share_is_no_whole_of_another_places_share():
    decoy = ("Six per cent or 12,410 candidates sat the examination in Kisumu and two per cent or 4,220 in Kericho.\n\n"
             "Mombasa, which had 20,115 candidates (eight per cent), had a mean grade of 5.1 points.\n")
    assert verdicts(decoy, "share-of-total") == []


def test_a_turnout_with_no_share_of_its_own_is_still_the_whole():
    twin = ("In 2019, 12,410 candidates sat the examination in Kisumu. "
            "Of these, 2,115 candidates (five per cent) scored grade B or above.")
    assert verdicts(twin, "share-of-total") == [(Status.INCONSISTENT, ("2,115", "12,410", "five per cent"))]


def test_rows_of_a_table_flattened_a_row_to_a_line_are_two_groups():
    decoy = ("Owned shops: 1,240 in Q3 2022, 1,205 in Q3 2021, 3% growth, 35 new shops.\n"
             "Franchised shops: 980 in Q3 2022, 952 in Q3 2021, 3% growth, 28 new shops.\n"
             "Total: 2,220 in Q3 2022, 2,157 in Q3 2021, 3% growth, 63 new shops.\n")
    assert [v for v in verdicts(decoy, "same-measure-conflict") if v[0] is Status.INCONSISTENT] == []


def test_one_label_said_on_two_lines_is_still_one_measure():
    twin = "Owned shops opened: 35 new shops in Q3 2022.\nOwned shops opened: 45 new shops in Q3 2022.\n"
    assert (Status.INCONSISTENT, ("35", "45")) in verdicts(twin, "same-measure-conflict")


def test_paragraphs_opened_on_two_sources_only_question_a_count():
    decoy = ("As per the FDMA national update 12,480 homes were damaged and 64 bridges collapsed.\n\n"
             "As per RDMA Northfield reports 41 deaths and 30 injuries were recorded. Meanwhile, 4,115 homes were damaged "
             "and 9 bridges collapsed.\n")
    found = verdicts(decoy, "same-measure-conflict")
    assert found and all(status is not Status.INCONSISTENT for status, _ in found)


def test_paragraphs_of_one_source_still_flag_a_count_told_twice():
    twin = ("As per the FDMA national update 12,480 homes were damaged and 64 bridges collapsed.\n\n"
            "As per the FDMA national update 41 deaths and 30 injuries were recorded. Meanwhile, 4,115 homes were damaged "
            "and 9 bridges collapsed.\n")
    assert any(status is Status.INCONSISTENT for status, _ in verdicts(twin, "same-measure-conflict"))
