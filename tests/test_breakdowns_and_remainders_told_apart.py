"""Parts of a total told in the sentences after it, read by two general grammars:

- a sentence that opens on the one classification it sorts the total by ("By segment,", "Broken down by type of
  care,", "Split by region of origin,") lists categories that do not overlap: together they are no more than the
  total (part-exceeds-whole), whether or not the words say the list is complete;
- a remainder named by a noun of what is left with its amount in apposition ("The rest, 3,512, were ...", "The
  remainder (1,187) ...") completes the parts of the sentence before, as "the remaining 3,512" does (sum-of-parts),
  also when another reading had already taken it as one more part of an anaphor ("Of these, ...").

(A classification named only by a subheading, or categories given with their rates or earlier values, are not read:
that reading, tried in the thirtieth session, raised a false alarm on an untouched real report.)

Decoys: two classifications of one total in one sentence (everyone counted twice), a "by" that opens a time or a
contrast, parts with no classification and a count (which may overlap), a remainder of another whole, parts of
another period, figures side by side with no remainder word."""
import pytest

from auditor.model import Status
from tests._reading import errors, verdicts

PART = "part-exceeds-whole"
SUM = "sum-of-parts"


def _all_errors(text: str) -> list[tuple[str, ...]]:
    return errors(text, PART) + errors(text, SUM)


@pytest.mark.parametrize("text, figures", [
    ("Group revenue totalled $8.41 billion in 2023. By segment, retail brought in $5.23 billion and wholesale "
     "$3.36 billion.", ("$5.23 billion", "$3.36 billion", "$8.41 billion")),
    ("The ministry spent €612.4 million on roads last year. Broken down by region, the north received €318.7 million "
     "and the south €301.2 million.", ("€318.7 million", "€301.2 million", "€612.4 million")),
    ("Farm exports came to 73,418 tonnes in the quarter. By destination, Asia took 41,206 tonnes, Europe 22,915 "
     "tonnes and Africa 9,871 tonnes.", ("41,206 tonnes", "22,915 tonnes", "9,871 tonnes", "73,418 tonnes")),
    ("The insurer paid out £96.3 million in claims. Split by type of cover, motor claims took £58.1 million and "
     "home claims £39.4 million.", ("£58.1 million", "£39.4 million", "£96.3 million")),
    ("Power stations burned 2,417 tonnes of fuel a day. By source, coal made up 1,528 tonnes and gas 962 "
     "tonnes.", ("1,528 tonnes", "962 tonnes", "2,417 tonnes")),
])
def test_categories_of_one_classification_exceeding_their_total_are_flagged(text, figures):
    assert figures in _all_errors(text)  # (sum-of-parts when the categories leave nothing out: north and south)


@pytest.mark.parametrize("text, figures", [
    ("The port handled 8,412 vessels in 2022. Container ships made up 5,103 of them. The rest, 3,512, were bulk "
     "carriers.", ("5,103", "3,512", "8,412")),
    ("The port handled 8,412 vessels in 2022. Container ships made up 5,103 of them. The remainder, 3,512, were "
     "bulk carriers.", ("5,103", "3,512", "8,412")),
    ("The port handled 8,412 vessels in 2022. Of these, 5,103 were container ships. The rest, 3,512, were bulk "
     "carriers.", ("5,103", "3,512", "8,412")),
    ("The port handled 8,412 vessels in 2022. Of these, 5,103 were container ships. The remaining 3,512 were bulk "
     "carriers.", ("5,103", "3,512", "8,412")),
    ("The charity housed 2,374 families last winter. Of them, 1,406 were placed in flats. The rest (1,187) stayed "
     "in hostels.", ("1,406", "1,187", "2,374")),
])
def test_a_remainder_in_apposition_completes_the_parts(text, figures):
    assert figures in errors(text, SUM)


@pytest.mark.parametrize("text", [
    "Group revenue totalled $8.41 billion in 2023. By segment, retail brought in $5.13 billion and wholesale "
    "$3.28 billion.",
    "The port handled 8,412 vessels in 2022. Container ships made up 5,103 of them. The rest, 3,309, were bulk "
    "carriers.",
])
def test_parts_that_fit_check_out(text):
    found = [status for check in (PART, SUM) for status, _ in verdicts(text, check)]
    assert found and Status.INCONSISTENT not in found


@pytest.mark.parametrize("text", [
    # two classifications of one total in one sentence: each sorts everyone, so the four add up to twice the total
    "The clinic treated 4,812 patients in 2023. By sex, 2,713 were women and 2,099 men; by age, 1,906 were children "
    "and 2,906 adults.",
    # a time, not a classification
    "Group revenue totalled $8.41 billion in 2023. By March, retail had brought in $5.23 billion and wholesale "
    "$3.36 billion.",
    "Group revenue totalled $8.41 billion in 2023. By contrast, retail brought in $5.23 billion and wholesale "
    "$3.36 billion in 2015.",
    # no classification: counts of groups that may overlap
    "The survey reached 4,812 residents. Renters numbered 2,713 and pensioners 2,231.",
    # parts of another period
    "Group revenue totalled $8.41 billion in 2023. By segment, retail brought in $5.23 billion and wholesale "
    "$3.36 billion in 2022.",
    # the rest of another whole, named after "of"
    "The port handled 8,412 vessels in 2022. Container ships made up 5,103 of them. The rest of the harbour's "
    "traffic, 3,512 movements, were ferries.",
    # figures side by side, no word of what is left
    "The port handled 8,412 vessels in 2022. Container ships made up 5,103 of them. Another 3,512 ships were "
    "turned away.",
    # the rest named of something outside the count
    "The port handled 8,412 vessels in 2022. Container ships made up 5,103 of them. The rest, 3,512, were not "
    "counted in the survey.",
    # a breakdown of a part, not of the total: the classification comes after a figure of its own
    "Group revenue totalled $8.41 billion in 2023, and profit $2.91 billion. By segment, retail earned $1.73 "
    "billion and wholesale $1.40 billion.",
    # categories of another flow than the total's, or a subheading naming another flow
    "Imports fell to $3.2 billion in May. By product, exports of oil came to $2.1 billion and exports of gas to "
    "$1.9 billion.",
    "Exports reached $4.12 billion in 2023.\n\nImports by region\n\nAsia supplied $2.71 billion and Europe "
    "$1.93 billion.",
    # counts of another noun than the total's
    "The fleet numbers 8,412 vessels. By type, 5,103 crew members serve on tankers and 3,512 on ferries.",
    # a turn to another measure after "but"
    "Group revenue totalled $8.41 billion in 2023. By segment, retail brought in $5.23 billion, but debt rose to "
    "$3.36 billion.",
    # two classifications in two sentences: each sorts the same total, and each fits it
    "The clinic treated 4,812 patients in 2023. By sex, 2,713 were women and 2,099 were men. By age, 1,906 were "
    "children and 2,906 were adults.",
    # "by" with a classifier noun inside a clause, not opening the sentence
    "Group revenue totalled $8.41 billion in 2023. Retail, the largest by segment, brought in $5.23 billion, "
    "while wholesale brought in $3.36 billion.",
])
def test_decoys_raise_no_error(text):
    assert _all_errors(text) == []
