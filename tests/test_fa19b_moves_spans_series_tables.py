"""Six misreadings of real releases nobody tuned on (the texts are invented here):

- a rate in brackets after a verb's move "from A to B" is the move's rate of change, not a share of A;
- a share of a whole that moved "from A to B" is a share of B, the level of the share's time;
- a level a change is measured from ("from the previous week's 296,000") and a level that is not are two
  points of a series, not one figure with a digit mistyped;
- a change whose clause names the span it runs over ("between Q2 2017 and Q2 2018", "over the last four
  quarters") and a change in one quarter of the same measure are two comparisons;
- in a table row with several change columns, each compares the two level columns between it and the
  change column before it;
- a rate that opens a clause of its own, named by a word of its part's clause that the whole's clause lacks
  ("and the hiring rate held at 3.8%"), is over a base the text does not name: a question, not an error."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.model import Status

MOVES = ("Permits for new dwellings rose from 1,240 to 1,410 (13.7%) in the quarter. Non-residential permits fell "
         "from 385 to 352 (8.6%), and permits for alterations climbed from 2,105 to 2,390 (13.5%).\n")


def test_a_bracketed_rate_after_a_move_is_its_change():
    meaning = meaning_of(MOVES)
    roles = {f.text: meaning.frames[f.id].role.value for f in meaning.figures}
    assert roles["13.7%"] == roles["8.6%"] == roles["13.5%"] == "relative-change"
    assert not errors(MOVES, "share-of-total")
    assert (Status.CONSISTENT, ("1,410", "1,240", "13.7%")) in verdicts(MOVES, "growth-rate")


def test_a_wrong_bracketed_rate_is_caught_against_its_own_move():
    broken = MOVES.replace("(8.6%)", "(6.8%)")
    assert errors(broken, "growth-rate") == [("352", "385", "6.8%")]


@pytest.mark.parametrize("text", [
    "People aged from 25 to 64 (58%) made up most of the labour force.\n",
    "Households with from 2 to 4 members (61%) were the most common.\n",
])
def test_a_range_in_brackets_names_no_change(text):
    meaning = meaning_of(text)
    share = next(f for f in meaning.figures if f.unit == "percent")
    assert meaning.frames[share.id].role.value == "share"


TURNOVER = ("Turnover rose from £7.9m to £8.5m. Ticket sales brought in £4.6m, or 54 per cent of the turnover.\n")


def test_a_share_of_a_moved_whole_is_of_the_level_it_moved_to():
    assert verdicts(TURNOVER, "share-of-total") == [(Status.CONSISTENT, ("£4.6m", "£8.5m", "54 per cent"))]
    assert errors(TURNOVER.replace("54 per cent", "64 per cent"), "share-of-total") == [("£4.6m", "£8.5m", "64 per cent")]


def test_a_share_named_by_the_words_before_a_move():
    text = ("Container volumes at the port grew from 842,000 TEU to 915,000 TEU (8.7%). Transhipment cargo "
            "accounted for 402,000 TEU, or 44 per cent of the volumes.\n")
    assert not errors(text, "share-of-total")


CLAIMS = ("The four-week moving average of claims climbed by 4,750 last week to 300,750, from the previous week's "
          "upwardly revised 296,000.\n\nInitial claims for the week ended Aug. 14 dropped by 14,000 to 298,000 from "
          "an upwardly revised 312,000 the week before.\n")


def test_two_points_of_a_weekly_series_are_no_typo():
    assert not errors(CLAIMS, "same-measure-conflict")
    assert (Status.CONSISTENT, ("300,750", "296,000", "4,750")) in verdicts(CLAIMS, "difference")


def test_a_mistyped_restatement_is_still_found():
    text = ("The museum welcomed 257,828 visitors in 2023, up from 231,400 the year before, the trust said.\n\n"
            "With 257,838 visitors in 2023, the museum had its best year, the trust said.\n")
    assert errors(text, "same-measure-conflict")


PRODUCTIVITY = ("Labor productivity grew 2.9% in the second quarter of 2018, as output rose 4.8%.\n\n"
                "Between the second quarter of 2017 and the second quarter of 2018 productivity rose 1.3%.\n\n"
                "Unit labor costs fell 0.9% in the second quarter of 2018, reflecting a 2.0% rise in hourly "
                "compensation and a 2.9% rise in productivity. Over the last four quarters unit labor costs were up 1.9%.\n")


def test_a_change_over_a_named_span_is_another_comparison():
    assert not errors(PRODUCTIVITY, "same-measure-conflict")


def test_a_change_in_one_quarter_told_twice_still_conflicts():
    text = ("Hours worked fell 0.4% in the third quarter of 2023, the office said.\n\n"
            "In the third quarter of 2023 hours worked fell 0.9%, the office said.\n")
    assert errors(text, "same-measure-conflict")


TABLE = ("Region | Aug 2024 | Aug 2023 | % | Jan–Aug 2024 | Jan–Aug 2023 | %\n"
         "All regions | 412 | 398 | 3.5 | 2,870 | 2,715 | 5.7\n"
         "Capital | 188 | 176 | 6.8 | 1,320 | 1,241 | 6.4\n")


def test_a_second_change_column_is_not_the_first_pair_s_change():
    found = verdicts(TABLE, "table-arithmetic")
    assert all(status is Status.CONSISTENT for status, _ in found)
    assert (Status.CONSISTENT, ("3.5", "412", "398")) in found


def test_the_first_change_column_still_checks_its_pair():
    assert errors(TABLE.replace("| 3.5 |", "| 5.3 |"), "table-arithmetic") == [("5.3", "412", "398")]



def test_a_rate_named_for_its_part_alone_is_only_a_question():
    text = ("The number of unfilled positions increased to 6.94 million in July. Hiring was little changed at 5.68 "
            "million positions, and the hiring rate held at 3.8%.\n")
    assert not errors(text, "share-of-total")


def test_a_rate_in_its_own_clause_whose_whole_shares_its_words_is_still_checked():
    text = ("The number of college graduates in 2021 reached 296,700. By the end of December, about 279,400 college "
            "graduates had found employment, and the graduate employment rate was 84.17%.\n")
    assert errors(text, "share-of-total")
