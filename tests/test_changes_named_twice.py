"""A change stated twice, its measure named by the subject of a verb of change or after a noun of
change ("Gate receipts of the stadium rose 31%" ... "the 31% increase on last year's gate receipts"):
checks.same_measure._named_changes_restated over grammar.measures.change_name_of. Written here."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.grammar import Role, measures
from auditor.model import Status

CHECK = "same-measure-conflict"


def names(text: str) -> dict[str, tuple[str, frozenset, frozenset]]:
    meaning = meaning_of(text)
    out = {}
    for f in meaning.figures:
        frame = meaning.frame(f)
        if frame.role in (Role.RELATIVE_CHANGE, Role.CHANGE):
            name, whose = measures.change_name_of(meaning.segment_of(f), frame.slot)
            out[f.text] = (name.said, name.words, whose)
    return out


def test_the_measure_of_a_change_by_its_verb_or_its_noun():
    found = names("Gate receipts of the stadium rose 31% in 2023. A 12% fall in season-ticket sales followed. "
                  "Kiosk takings have fallen by some 4% in 2023.")
    assert found["31%"] == ("receipt", frozenset({"gate"}), frozenset({"stadium"}))
    assert found["12%"][:2] == ("sale", frozenset({"season-ticket"}))
    assert found["4%"][:2] == ("taking", frozenset({"kiosk"}))


@pytest.mark.parametrize("text, status", [
    ("Gate receipts of the stadium rose 31% year on year in 2023, to $4.1 million.\n\n"
     "The club said the 13% increase on last year's gate receipts came from the cup run.", Status.INCONSISTENT),
    ("Gate receipts of the stadium rose 31% year on year in 2023, to $4.1 million.\n\n"
     "The club said the 31% increase on last year's gate receipts came from the cup run.", Status.CONSISTENT),
    ("Parcel volumes at the depot fell 8.5% in the second quarter of 2024.\n\n"
     "Managers blamed the weather for the 5.8% drop in parcel volumes in the second quarter of 2024.",
     Status.INCONSISTENT),
    ("In March 2022 passenger numbers on the ferry increased 14% on a year earlier.\n\n"
     "Passenger numbers grew 41% in March 2022, the port said.", Status.INCONSISTENT),
    # the later phrase lacks a word of the earlier ("the ferry line's"): it may name the port's whole traffic
    ("In March 2022 the ferry line's passenger numbers increased 14% on a year earlier.\n\n"
     "Passenger numbers grew 41% in March 2022, the port said.", Status.UNDETERMINED),
])
def test_a_change_named_again_must_agree(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


@pytest.mark.parametrize("text", [
    # two subjects' changes
    "Gate receipts of the stadium rose 31% in 2023.\n\nGate receipts of the arena rose 12% in 2023.",
    # the later names a part the earlier did not ("Chinese")
    "Visitors rose 23% in July 2012.\n\nChinese visitors increased 31% in July 2012.",
    # the main clause says whose the change is ("Oslo ..., with")
    "Visitor numbers rose by 546,000 in 2023.\n\nOslo was the star market, with visitor numbers rising by 32,605 in 2023.",
    # two periods
    "Parcel volumes fell 8.5% in 2023.\n\nParcel volumes fell 5.8% in 2022.",
    # two measures that share a head word but not their modifiers
    "Wheat exports rose 9% in 2023.\n\nBarley exports rose 4% in 2023.",
    # a forecast beside an outcome
    "Parcel volumes fell 8.5% in 2023.\n\nThe board expects parcel volumes to fall 3% in 2023 after the strike.",
])
def test_changes_of_two_things_are_not_one_stated_twice(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


@pytest.mark.parametrize("later, status", [
    ("The airport said the 19% rise in cargo tonnage on the previous year came from new routes.", Status.INCONSISTENT),
    ("The airport said the 9% rise in cargo tonnage on the previous year came from new routes.", Status.CONSISTENT),
    # another year's change, told as history
    ("Looking back, the 19% rise in cargo tonnage in 2019 came from new routes.", None),
])
def test_a_definite_change_refers_to_the_one_told_before(later, status):
    text = f"Cargo tonnage at the airport rose 9% year on year in 2023.\n\n{later}"
    assert [s for s, _ in verdicts(text, CHECK)] == ([status] if status else [])


def test_a_subject_with_a_phrase_of_place_names_its_measure_before_it():
    meaning = meaning_of("Clinic visits in the district reached 1.2 million in 2022.")
    [f] = meaning.figures[:1]
    name = measures.name_of(meaning.segment_of(f), meaning.frame(f).slot)
    assert (name.said, name.words) == ("visit", frozenset({"clinic", "district"}))


def test_the_measure_of_a_change_by_a_relative_pronoun_or_a_possessor():
    found = names("The ceramics plant, which expanded 9.4% in 2021, hired 300 staff. Investors praised the ceramics "
                  "plant's sharp rise of 9.4% in 2021. Regulators noted a year-on-year increase of 3.2% in broadband "
                  "subscriptions in 2021. Sales of $4.1 million, which rose 12% in 2021, beat forecasts.")
    assert found["9.4%"][:2] == ("plant", frozenset({"ceramic"}))  # (both 9.4%: the later one is kept)
    assert found["3.2%"][:2] == ("subscription", frozenset({"broadband"}))
    assert found["12%"][0] == ""  # the pronoun may be of the figure before it: no measure
    # the possessor's own phrase, not the verb before it
    assert names("Critics welcomed cinema attendance's rise of 7% in 2022.")["7%"][:2] == ("attendance", frozenset({"cinema"}))
    # "in" that tells how the change is measured names no measure
    assert names("Freight moved grew in 2022, an increase of 22.2% in comparison with 2021.")["22.2%"][0] == ""


@pytest.mark.parametrize("text, status", [
    ("The ceramics plant, which expanded 9.4% in 2021, hired 300 staff.\n\nIts owners said the year was good.\n\n"
     "Investors praised the ceramics plant's sharp rise of 4.9% in 2021.", Status.INCONSISTENT),
    ("The ceramics plant, which expanded 9.4% in 2021, hired 300 staff.\n\nIts owners said the year was good.\n\n"
     "Investors praised the ceramics plant's sharp rise of 9.4% in 2021.", Status.CONSISTENT),
    ("Broadband subscriptions, which climbed 3.2 per cent in 2021, passed the two-million mark.\n\n"
     "Operators cut prices twice.\n\nRegulators noted a year-on-year increase of 2.3 per cent in broadband "
     "subscriptions in 2021.", Status.INCONSISTENT),
    ("Road deaths, which fell 11% in 2020, were the fewest since records began.\n\n"
     "Police credited speed cameras for road deaths' decline of 17% in 2020.", Status.INCONSISTENT),
])
def test_a_change_named_by_a_relative_pronoun_or_a_possessor_must_agree(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


@pytest.mark.parametrize("text", [
    # two years' changes of one measure
    "Road deaths, which fell 11% in 2020, rose again later.\n\nRoad deaths' decline of 17% in 2019 was the largest.",
    # two measures of one trade: exports and re-exports
    "Tea exports, which rose 6% in 2022, reached new markets.\n\nThe growth of 9% in tea re-exports in 2022 came "
    "through the free port.",
    # a region's change beside the nation's
    "The province's output, which grew 4.5% in 2023, led the country.\n\nThe nation's growth of 2.1% in 2023 was "
    "slower.",
])
def test_changes_named_by_a_pronoun_or_a_possessor_of_two_things_are_not_one(text):
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


@pytest.mark.parametrize("later, status", [
    ("The value of timber exports declined by 4.8% to $212 million.", Status.CONSISTENT),
    # a later change of no period of its own may refer back, or be of another time: unsure
    ("The value of timber exports declined by 8.4% to $212 million.", Status.UNDETERMINED),
    ("The tonnage of timber exports dropped 6.2%, to 41,000 tonnes.", Status.CONSISTENT),
])
def test_a_change_of_no_period_that_refers_back_may_restate_a_dated_one(later, status):
    # (the quarter "of this year" gives no year, so no period is carried to the later change)
    text = ("Both the tonnage and the value of timber exports fell in the second quarter of this year, by 6.2 and "
            f"4.8% respectively.\n\nMills blamed weak demand from builders.\n\n{later}")
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


def test_a_change_of_no_period_that_does_not_refer_back_is_not_read():
    text = ("Both the tonnage and the value of timber exports fell in the second quarter of this year, by 6.2 and "
            "4.8% respectively.\n\nMills blamed weak demand from builders.\n\nValue of timber exports fell by 8.4% "
            "in a slump.")
    assert [s for s, _ in verdicts(text, CHECK)] == []


def test_the_measure_of_a_change_set_off_by_commas_graded_or_owned():
    found = names("Ferry income, up 11.3% in 2022, beat forecasts. Analysts noted ferry income's 13.1% rise in 2022. "
                  "Toll receipts, however, fell 2.5% in 2022. Pier rents rose by an impressive 4.2% in 2022.")
    assert found["13.1%"][:2] == ("income", frozenset({"ferry"}))
    assert found["2.5%"][:2] == ("receipt", frozenset({"toll"}))
    assert found["4.2%"][:2] == ("rent", frozenset({"pier"}))
    assert names("Ferry income, up 11.3% in 2022, beat forecasts.")["11.3%"][:2] == ("income", frozenset({"ferry"}))


@pytest.mark.parametrize("text, status", [
    ("Ferry income, up 11.3% in 2022, beat forecasts.\n\nFuel was dear.\n\nAnalysts noted ferry income's 13.1% rise "
     "in 2022.", Status.INCONSISTENT),
    ("Ferry income, up 11.3% in 2022, beat forecasts.\n\nFuel was dear.\n\nAnalysts noted ferry income's 11.3% rise "
     "in 2022.", Status.CONSISTENT),
    ("Pier rents rose by an impressive 4.2% in 2022.\n\nThe council, however, said pier rents' 2.4% rise in 2022 "
     "was modest.", Status.INCONSISTENT),
])
def test_changes_set_off_by_commas_graded_or_owned_must_agree(text, status):
    assert [s for s, _ in verdicts(text, CHECK)] == [status]


def test_an_owned_change_of_another_thing_is_not_the_same():
    text = ("Ferry income, up 11.3% in 2022, beat forecasts.\n\nFuel was dear.\n\nAnalysts noted ferry costs' 13.1% rise "
            "in 2022.")
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]


def test_the_antecedent_of_which_with_a_phrase_after_its_noun():
    found = names("Exports to Asia, which rose 5.5% in 2023, led the year. The rise came from the motor vehicles "
                  "sub-sector, which jumped 22.0% in 2023.")
    assert found["5.5%"][:2] == ("export", frozenset({"asia"}))
    assert found["22.0%"][:2] == ("sub-sector", frozenset({"motor", "vehicle"}))


def test_a_change_of_a_part_named_after_which_is_no_sure_restatement_of_the_whole():
    text = "Exports to Asia, which rose 5.5% in 2023, led the year.\n\nCopper was dear.\n\nExports rose 7.1% in 2023."
    assert Status.INCONSISTENT not in [s for s, _ in verdicts(text, CHECK)]
