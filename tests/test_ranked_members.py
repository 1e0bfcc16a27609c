"""Members a sentence ranks by a measure ("Districts with the most burglaries were Eastfield 212, Harrow Vale 180
and Kings Cross 95"), each a name right before its count, within the total of that measure stated shortly
before. The numbers of a list of three or more "Name N" items of different names are counts, not parts of
names. The sentences are invented here; each broken version is an error and each decoy stays quiet."""
from __future__ import annotations

import pytest

from _reading import verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
CHECK = "part-exceeds-whole"


@pytest.mark.parametrize("text, numbers", [
    ("The best scorers were Okafor 12, Lindqvist 9 and Moreau 7.", ["12", "9", "7"]),
    ("Wards with most calls: Riverside 73, Old Town 68, Northgate 48 and Hill End 37.", ["73", "68", "48", "37"]),
    # one name numbered several times, or two items only: names with numbers
    ("Phase 3, Phase 4 and Phase 5 were built on time.", []),
    ("Windows 10 and Office 365 ship together.", ["365"]),
])
def test_a_list_of_named_counts_reads_each_number(text, numbers):
    assert [f.text for f in extract_figures(Document("t.txt", text))] == numbers


@pytest.mark.parametrize("text, status", [
    ("Police recorded 640 burglaries in the city in 2023. Most were at night. Districts with the most burglaries "
     "were Eastfield 212, Harrow Vale 180 and Kings Cross 95.", OK),
    ("Police recorded 640 burglaries in the city in 2023. Most were at night. Districts with the most burglaries "
     "were Eastfield 712, Harrow Vale 180 and Kings Cross 95.", ERROR),
    ("The agency counted 1,210 deaths on the roads this year.\n\nCounties with high mortality are Lowmoor 140, "
     "Brackley 122, Fenwick 98 and Stourton 1,460.", ERROR),
    # counts in brackets after the names
    ("Police logged 1,900 thefts in 2023. Areas with the most thefts were Dock Road (310), Mill Lane (280) and "
     "Quay Street (2,950).", ERROR),
])
def test_ranked_members_lie_within_the_total_of_their_measure(text, status):
    assert [s for s, figures in verdicts(text, CHECK) if len(figures) == 2] \
        and status in [s for s, figures in verdicts(text, CHECK) if len(figures) == 2]
    if status is OK:
        assert ERROR not in [s for s, _ in verdicts(text, CHECK)]


def test_the_first_level_of_the_sentence_named_is_the_total_and_doubtful_among_two():
    # "1,100 cases, up from 900 cases last year": the list is of this year's 1,100; with two levels, doubtful
    text = ("Clinics saw 1,100 cases this year, against 900 cases last year. Towns with the most cases were "
            "Amberley 1,240, Brill 300 and Coombe 150.")
    found = verdicts(text, CHECK)
    assert (UNDETERMINED, ("1,240", "1,100")) in found
    assert not any("900" in figures for _, figures in found)


@pytest.mark.parametrize("text", [
    # an addition is no total: "250 more cases"
    "Clinics saw 250 more cases than last year. Towns with the most cases were Amberley 240, Brill 300 and Coombe 150.",
    # another measure ranked: burglaries are no part of arrests
    "Police made 300 arrests in 2023. Districts with the most burglaries were Eastfield 412, Harrow Vale 380 and "
    "Kings Cross 95.",
])
def test_decoys_stay_quiet(text):
    assert [s for s, _ in verdicts(text, CHECK) if s is ERROR] == []
