"""Two readings of changes told beside their levels:

- a level set against two earlier levels, each with its own change in brackets ("467,149 deeds, against 492,322 a
  year earlier (-5 percent) and 560,139 in the last quarter (-16.6 percent)"): each bracket is the change from the
  base right before it;
- a clause that names one move, then ", with" or a colon and the two levels, the later set against the earlier
  marked by its time ("fell well below last year's, with 13,978 units this year against 22,140 last year"): the
  later level lies on the side the move says.
"""
from __future__ import annotations

from tests._reading import errors, verdicts
from auditor.model import Status


def _checked(text: str, check: str) -> set[tuple[str, ...]]:
    return {figures for status, figures in verdicts(text, check) if status is not Status.UNDETERMINED}


_TWO_BASES = ("Hospitals recorded 2.31 million admissions, compared with 2.05 million a year earlier ({first}) and "
              "2.44 million in 2019 ({second}).\n")


def test_each_bracketed_change_is_read_from_the_base_before_it():
    text = _TWO_BASES.format(first="+12.7%", second="-5.3%")
    assert {("2.31 million", "2.05 million", "+12.7%"), ("2.31 million", "2.44 million", "-5.3%")} <= _checked(text, "growth-rate")
    assert errors(text, "growth-rate") == []


def test_a_wrong_change_from_the_second_base_is_flagged():
    assert errors(_TWO_BASES.format(first="+12.7%", second="-8.3%"), "growth-rate") == [("2.31 million", "2.44 million", "-8.3%")]


def test_a_second_level_of_another_clause_is_no_second_base():
    # a decoy: after "and" comes another subject's level and its own change, not a base of the first level
    text = ("Hospitals recorded 2.31 million admissions, compared with 2.05 million a year earlier (+12.7%), while "
            "clinics saw 2.44 million visits (+3.0%).\n")
    assert ("2.31 million", "2.44 million", "+3.0%") not in _checked(text, "growth-rate")


_WITH_LEVELS = "Imports of children's bicycles {verb} well below last year's, with {new} units this year against 22,140 last year.\n"


def test_levels_after_with_lie_on_the_side_the_move_says():
    assert ("13,978", "22,140") in _checked(_WITH_LEVELS.format(verb="fell", new="13,978"), "change-direction")
    assert errors(_WITH_LEVELS.format(verb="fell", new="13,978"), "change-direction") == []


def test_levels_after_with_on_the_wrong_side_are_flagged():
    assert errors(_WITH_LEVELS.format(verb="fell", new="23,978"), "change-direction") == [("23,978", "22,140")]


def test_levels_after_a_colon_are_read_the_same_way():
    text = "Cinema admissions rose sharply: 1,978 tickets in 2023 against 2,140 in 2022.\n"
    assert errors(text, "change-direction") == [("1,978", "2,140")]


def test_two_places_set_against_each_other_are_no_move():
    # a decoy: the two levels are two places', not two times'
    text = "Imports of bicycles rose sharply, with 1,978 units from China against 2,140 from Taiwan.\n"
    assert _checked(text, "change-direction") == set()


def test_two_moves_of_two_measures_before_the_levels_give_no_side():
    text = "Prices fell but demand rose, with 1,978 units in 2023 against 2,140 in 2022.\n"
    assert errors(text, "change-direction") == []


# --- a rate said alone, then its two levels in the next sentence ----------------------------------------------

_RATE_THEN_LEVELS = "Exports of carpets rose {rate} in 2023. Carpet exports came to $412 million in 2022 and $445 million in 2023.\n"


def test_a_rate_said_alone_is_checked_against_the_levels_of_the_next_sentence():
    assert ("$445 million", "$412 million", "8%") in _checked(_RATE_THEN_LEVELS.format(rate="8%"), "growth-rate")
    assert errors(_RATE_THEN_LEVELS.format(rate="8%"), "growth-rate") == []


def test_a_wrong_rate_said_alone_is_flagged_against_the_next_sentences_levels():
    assert errors(_RATE_THEN_LEVELS.format(rate="18%"), "growth-rate") == [("$445 million", "$412 million", "18%")]


def test_the_earlier_level_may_be_marked_by_words_instead_of_dates():
    text = ("The authority reported a rise of 45% in the number of permits it issued in 2017. Last year 12,390 permits "
            "were issued, against 8,572 permits in 2016.\n")
    assert errors(text, "growth-rate") == [] and ("12,390", "8,572", "45%") in _checked(text, "growth-rate")


def test_levels_of_another_thing_in_the_next_sentence_are_not_the_rates():
    # decoys: the next sentence counts another thing, or opens on another subject
    text = "Exports of carpets rose 8% in 2023. The sector employed 41,200 people in 2022 and 44,500 in 2023.\n"
    assert _checked(text, "growth-rate") == set()
    text = ("At the northern crossing, arrivals increased by 22.0 percent. At the western crossing, arrivals reached "
            "640,000, compared to 590,000 a year earlier.\n")
    assert errors(text, "growth-rate") == []


def test_levels_of_other_years_are_not_the_rates():
    text = "Carpet exports rose 5% in 2019. In 2021, carpet exports came to $400 million against $380 million in 2020.\n"
    assert _checked(text, "growth-rate") == set()


def test_two_places_figures_set_beside_a_change_are_not_its_two_ends():
    # a decoy: the change is the capital's, the two levels other places' own
    text = "Employment in the capital gained 18,200 in the year, against 6,400 in the coastal region and 2,100 in the north.\n"
    assert errors(text, "difference") == []
    # the twin: a move of one place from one level to another is still read
    assert ("6,400", "6,100", "300") in _checked("Employment rose by 300 to 6,400 in the coastal region from 6,100.\n", "difference")


def test_a_change_from_a_named_year_takes_that_years_level_in_the_next_sentence():
    text = "Sales reached 4,300 in 2018, a {rate} rise from 2016. For 2016 sales were 3,840.\n"
    assert ("4,300", "3,840", "12%") in _checked(text.format(rate="12%"), "growth-rate")
    assert errors(text.format(rate="22%"), "growth-rate") == [("4,300", "3,840", "22%")]
    # a decoy: the next sentence's level is of another year than the one the change is measured from
    assert _checked("Sales reached 4,300 in 2018, a 12% rise from 2016. For 2017 sales were 3,840.\n", "growth-rate") == set()
