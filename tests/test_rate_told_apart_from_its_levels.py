"""A rate of change told apart from the two levels it compares: a sentence opening on an earlier time ("Back then",
"A year earlier", "In 2013") states that time's level, with the change in it or in the next sentence pointing back
("That amounts to an increase of 258%", "The increase is therefore 12%"); the present level stands in the sentence
before, or further back past sentences with no figure. Also a change in units and as a rate after "That is", with
the level before picked by what the change counts, and a rate against an average over years ("77 per cent below the
average (611 hectares)") in a clause after a contrast. The sentences are invented here."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.model import Status

OK, ERROR = Status.CONSISTENT, Status.INCONSISTENT
CHECK = "growth-rate"


@pytest.mark.parametrize("text, status", [
    # the change in the next sentence, pointing back ("That amounts to", "The increase is therefore")
    ("The board recorded 12,480 emergency admissions in March.\n\nA year earlier, emergency admissions stood at "
     "9,600. That amounts to an increase of 30% in twelve months.", OK),
    ("The board recorded 12,480 emergency admissions in March.\n\nA year earlier, emergency admissions stood at "
     "9,600. That amounts to an increase of 45% in twelve months.", ERROR),
    ("Merchandise exports reached $2.46 billion in the second quarter. In the same quarter of last year, exports "
     "were $2.10 billion. The increase is therefore 17%.", OK),
    ("Merchandise exports reached $2.46 billion in the second quarter. In the same quarter of last year, exports "
     "were $2.10 billion. The increase is therefore 12%.", ERROR),
    # the present level past a sentence with no figure
    ("The national museums welcomed 3.12 million visitors in 2023.\n\nThe record year remains 2019. Back then, "
     "museums drew 3.48 million visitors, meaning attendance is still 10.3% lower.", OK),
    ("The national museums welcomed 3.12 million visitors in 2023.\n\nThe record year remains 2019. Back then, "
     "museums drew 3.48 million visitors, meaning attendance is still 18.3% lower.", ERROR),
    # a sentence opening on a date before the present level's
    ("Police recorded 1,624 road deaths in 2023. In 2013, police recorded 1,980 road deaths, so deaths have "
     "fallen by 28% in ten years.", ERROR),
    # 'That is' a change in units and as a rate: the level before that counts what the change counts
    ("In all, 668,277 passenger movements were counted on the 306 cruise vessels that called. That is 150,683 "
     "passengers more than in the year before, a rise of 39.1%.", ERROR),
    # a rate against an average over years, in the clause after 'yet'
    ("All 214 fires together burned 960 hectares. The number of fires was 12 per cent above the ten-year average "
     "(191 fires), yet the area burnt was 68 per cent below the average (2,290 hectares).", ERROR),
])
def test_rate_told_apart_is_checked(text, status):
    assert status in [s for s, _ in verdicts(text, CHECK)]


@pytest.mark.parametrize("text", [
    # the sentence between states another figure: what the earlier level is set against is unclear
    "The firm employed 2,740 people at the end of 2023. Its payroll rose to $91 million.\n\nA year earlier, it "
    "employed 2,450 people. That amounts to an increase of 52%.",
    # another thing counted further back
    "The firm employed 2,740 people at the end of 2023. The board met in June.\n\nA year earlier, its rival "
    "employed 2,450 engineers. That amounts to an increase of 52%.",
    # a forecast, not an earlier time
    "Farms harvested 3.4 million tonnes of wheat in 2024. Rainfall was poor.\n\nIn 2025, farms are expected to "
    "harvest 3.9 million tonnes of wheat. That would be an increase of 55%.",
    # the change names a base of its own
    "The port handled 4.10 million tonnes in 2024. The quays were rebuilt.\n\nBack then, the port handled 3.60 "
    "million tonnes. That was 40% more than in 2015.",
    # another kind of the same head in the sentence before: rail journeys are not the bus journeys a year earlier
    "Bus journeys across the county totalled 58.2 million in 2023/24. Rail journeys came to 21.7 million.\n\n"
    "A year earlier, bus journeys numbered 51.0 million, which means growth of 17.1%.",
    # a figure beside the present level: no reach past it
    "Watchers saw an average of 4.56 sparrows per garden during the count, held over the weekend of 29-30 January."
    "\n\nThat is still a steep fall from the first survey, in 1979.\n\nBack then, an average of 10 sparrows per "
    "garden were counted, which means a 74% decline over the period.",
])
def test_decoys_raise_no_error(text):
    assert [s for s, _ in verdicts(text, CHECK) if s is ERROR] == []


# a direction said in words against an earlier time, in a sentence with no level of its own
@pytest.mark.parametrize("text, status", [
    ("Exports reached $4.1 billion in 2023. That was more than in 2022, when exports totalled $3.8 billion.", OK),
    ("Exports reached $4.1 billion in 2023. That was more than in 2022, when exports totalled $4.3 billion.", ERROR),
    ("Exports reached $4.1 billion in 2023. They fell compared with 2022, when exports totalled $3.8 billion.", ERROR),
    # the subject is no pronoun for the level before: only a question
    ("Ferries carried 2.41 million passengers in 2024. Ferry traffic went up compared with 2023. Back then, "
     "ferries carried 2.65 million passengers.", Status.UNDETERMINED),
])
def test_direction_against_an_earlier_time(text, status):
    assert status in [s for s, _ in verdicts(text, "comparison")]


@pytest.mark.parametrize("text", [
    # another measure's level in the 'when' clause
    "Exports reached $4.1 billion in 2023. Imports fell compared with 2022, when imports totalled $4.8 billion.",
    "Exports reached $4.1 billion in 2023. They fell compared with 2022, when the trade deficit was $4.8 billion.",
    # a forecast, not a level the present one moved from
    "Exports reached $4.1 billion in 2023. That is less than in 2019, when exports were forecast to reach $3.5 billion.",
    # a figure of its own before the words: the same-sentence readings' case, not this one
    "Exports reached $4.1 billion in 2023. Exports to Asia of $1.2 billion rose compared with 2022, when exports "
    "totalled $4.8 billion.",
])
def test_direction_decoys_raise_no_error(text):
    assert [s for s, _ in verdicts(text, "comparison") if s is ERROR] == []
