"""One measure named twice by the noun phrase that holds each figure, in another shape or other
words (same_measure._named_restatements, grammar.measures).

A mismatch is an error when both phrases have the same head and words and both clauses name the
period (by date, or both as "last year"); a pairing by another name of the measure, or by a period
one clause leaves unsaid, is undetermined. Decoys set figures of one head side by side that are
not one measure: two subjects, two periods, a part, a list, a plan. The texts are written here;
none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.grammar import lexicon, measures
from auditor.model import Status

CHECK = "same-measure-conflict"


def _statuses(text: str) -> list[Status]:
    return [status for status, _ in verdicts(text, CHECK)]


def _name(text: str, figure: str) -> measures.MeasureName:
    meaning = meaning_of(text)
    for seg in meaning.segments:
        for k, f in enumerate(seg.figures):
            if f.text == figure:
                return measures.name_of(seg, k)
    raise AssertionError(f"no figure {figure!r}")


# --- the shapes that name a figure's measure ----------------------------------------------------

NAMES = [
    ("Its population of 845,000 makes it the third largest.", "845,000", "population"),
    ("The harbour's turnover of €61.3 million was a record.", "€61.3 million", "turnover"),
    ("The $14.9 billion of 2023 exports went mostly to Asia.", "$14.9 billion", "export"),
    ("Last year's 53,100 patients stretched the staff.", "53,100", "patient"),
    ("Later in the release, the March jobless rate is given as 5.7%.", "5.7%", "jobless"),
    ("Wheat output came to 4.82 million tonnes.", "4.82 million tonnes", "output"),
    ("Ferry passengers for the year amounted to 1.93 million.", "1.93 million", "passenger"),
    ("The vacancy rate, at 3.8%, is the lowest in a decade.", "3.8%", "vacancy"),
    ("At 7,412, this season's foal registrations were the most since 1990.", "7,412", "registration"),
]


@pytest.mark.parametrize("text, figure, head", NAMES)
def test_the_noun_phrase_holding_a_figure_names_its_measure(text, figure, head):
    assert _name(text, figure).said == head


def test_a_definite_word_or_a_period_possessive_refers_back_and_a_place_possessive_does_not():
    assert _name("Its population of 845,000 makes it the third largest.", "845,000").referring
    assert _name("Last year's 53,100 patients stretched the staff.", "53,100").referring
    assert not _name("Kerala's population of 33.4 million grew slowly.", "33.4 million").referring
    assert _name("Kerala's population of 33.4 million grew slowly.", "33.4 million").words == {"kerala"}


@pytest.mark.parametrize("family", lexicon.MEASURE_SYNONYMS, ids=lambda f: "/".join(sorted(f)))
def test_each_name_of_a_measure_is_keyed_by_its_family(family):
    keys = {lexicon.SYNONYM_KEY[w] for w in family}
    assert len(keys) == 1 and keys <= family


# --- restated: an error when head, words and a named period agree ------------------------------------

SURE = [
    # (text with {}, the first value, a value that cannot be the same)
    ("Copper exports were worth $8.31 billion in 2022. The {} of 2022 copper exports went mostly to China.",
     "$8.31 billion", "$8.93 billion"),
    ("The clinic vaccinated 18,420 children last year. Last year's {} children included many from outside "
     "the district.", "18,420", "19,240"),
    ("The hostel lodged 6,215 guests last season. At {}, last season's guests were the most in a decade.",
     "6,215", "6,512"),
    ("The inflation rate eased to 3.2% in May 2024. Later the bulletin gives the May 2024 inflation rate as {}.",
     "3.2%", "3.6%"),
]


@pytest.mark.parametrize("text, right, wrong", SURE)
def test_one_measure_named_again_with_its_period_is_checked(text, right, wrong):
    assert _statuses(text.format(right)) == [Status.CONSISTENT]
    assert _statuses(text.format(wrong)) == [Status.INCONSISTENT]


# --- restated by another name, or with the period unsaid: undetermined -----------------------------

UNSURE = [
    ("The town has 48,300 residents. Its population of {} makes it the largest in the valley.",
     "48,300", "51,700"),
    ("Unemployment fell to 5.2% in March. Later in the release, the March jobless rate is given as {}.",
     "5.2%", "5.7%"),
    ("Steel output reached 2.64 million tonnes in 2021. The 2021 production of {} was a record.",
     "2.64 million tonnes", "2.46 million tonnes"),
    ("Public spending came to $48.7 billion in fiscal 2022. The fiscal 2022 expenditure of {} was mostly on "
     "health.", "$48.7 billion", "$47.8 billion"),
    ("The mill employs 1,275 staff. Its workforce of {} is the largest in the county.", "1,275", "1,572"),
]


@pytest.mark.parametrize("text, right, wrong", UNSURE)
def test_a_measure_named_again_in_other_words_is_undetermined_when_wrong(text, right, wrong):
    assert _statuses(text.format(right)) == [Status.CONSISTENT]
    assert _statuses(text.format(wrong)) == [Status.UNDETERMINED]


# --- not one measure -----------------------------------------------------------------------------------

DECOYS = {
    "two subjects": "The north depot dispatched 3,418 parcels in 2023. Its rival depot dispatched 2,917 parcels "
    "in 2023.",
    "two periods": "The county had 212,000 residents in 2011. By 2021 its population of 236,000 had grown by a tenth.",
    "a part narrowed by its predicate": "Dealers sold 58,420 cars in 2023. In 2023, 21,370 cars were electric.",
    "a list of places": "Ports handled 4,512 ships in 2022. In 2022, 1,204, 1,877 and 1,431 ships called at the "
    "north, east and south quays.",
    "a plan": "Council spending reached £41.6 million in 2023. The 2023 spending target of £44.0 million was missed.",
    "a place's figure beside the whole's": "Tea production slipped to 978.9 million kg in 2009. Assam's output was "
    "221.5 million kg.",
    "last year against a date": "Fare revenue reached £12.4 million in 2023. Last year's revenue of £11.8 million "
    "was lower.",
    "a small count in a definite phrase": "Last season 13 clubs reported losses. The 18 clubs spent more on wages.",
}


@pytest.mark.parametrize("text", DECOYS.values(), ids=DECOYS.keys())
def test_figures_of_one_head_that_are_not_one_measure_are_not_paired(text):
    assert _statuses(text) == []


def test_a_later_clause_naming_a_subject_the_first_did_not_is_of_a_part():
    text = ("At 61,204, the number of births registered in 2019 was the lowest since 2002. Teenage mothers had "
            "2,317 births, the register shows.")
    assert _statuses(text) == []


def test_a_figure_after_a_verb_of_a_part_is_not_a_restatement():
    text = "Road deaths numbered 1,752 in 2022. In 2022 speeding accounted for 612 deaths."
    assert _statuses(text) == []


def test_a_further_part_is_not_a_restatement():
    text = "Shelters housed 4,218 families in 2021. In 2021, another 4,281 families stayed with relatives."
    assert _statuses(text) == []


def test_a_date_in_the_clause_that_the_figure_has_not_taken_leaves_its_period_unknown():
    text = ("That gives a vacancy rate of 6.2 percent, or about 1,900 empty flats, in August. The figure was below "
            "July, when the vacancy rate was 6.8 percent.")
    assert Status.UNDETERMINED not in _statuses(text) and Status.INCONSISTENT not in _statuses(text)


def test_the_noun_of_the_figure_before_in_a_list_is_no_subject_of_the_next():
    text = "Last year 31,275 births, 33,904 deaths and 14,118 divorces were registered."
    meaning = meaning_of(text)
    seg = meaning.segments[0]
    assert measures.subject_words(seg, 1, measures.name_of(seg, 1)) == frozenset()
    assert measures.subject_words(seg, 2, measures.name_of(seg, 2)) == frozenset()


def test_what_was_done_to_the_measure_tells_two_measures_of_one_noun_apart():
    assert _statuses("The clinic treated 51,300 patients in 2023. In 2023, 12,040 patients were admitted.") == []
    assert _statuses("Floods damaged 8,412 homes last year. Last year's 8,421 homes were damaged beyond repair.") \
        == [Status.INCONSISTENT]


def test_a_group_word_that_names_the_measure_is_compared_as_its_name():
    # "revenue" and "public" are group words elsewhere (revenue and capital, public and private)
    text = ("Provincial public budget revenue reached 84.63 billion rand. The treasury said the revenue of "
            "nearly {} billion rand funded the new clinics.")
    assert _statuses(text.format("84.7")) == [Status.CONSISTENT]
    assert _statuses(text.format("91.2")) == [Status.UNDETERMINED]


# each family of names: two of its names restate one measure, undetermined when they disagree
_SURFACE = {"revenue": "revenue", "sale": "sales", "turnover": "turnover", "population": "population",
            "resident": "residents", "inhabitant": "inhabitants", "unemployment": "unemployment", "jobless": "jobless",
            "joblessness": "joblessness", "output": "output", "production": "production", "spending": "spending",
            "expenditure": "expenditure", "outlay": "outlays", "visitor": "visitors", "tourist": "tourists",
            "employee": "employees", "staff": "staff", "headcount": "headcount", "workforce": "workforce",
            "house": "houses", "home": "homes", "dwelling": "dwellings", "death": "deaths", "fatality": "fatalities",
            "pupil": "pupils", "student": "students", "crash": "crashes", "accident": "accidents",
            "collision": "collisions"}


@pytest.mark.parametrize("family", lexicon.MEASURE_SYNONYMS, ids=lambda f: "/".join(sorted(f)))
def test_two_names_of_one_measure_restate_it(family):
    first, second = sorted(family)[:2]
    text = "The region recorded 5,214 {} in 2023. The 2023 {} total of {} was a record."
    assert _statuses(text.format(_SURFACE[first], _SURFACE[second], "5,214")) == [Status.CONSISTENT]
    assert _statuses(text.format(_SURFACE[first], _SURFACE[second], "5,412")) == [Status.UNDETERMINED]
