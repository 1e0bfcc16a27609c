"""A fronted partitive whose noun phrase names the whole ("Of the total outlay, ...", "Among these
recruits, ...", "Of the harvest, ..."), with the whole stated sentences or paragraphs before and parts
after the comma. The sentences are invented here; each broken version is an error and each decoy stays
quiet."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status

OK, ERROR, UNDETERMINED = Status.CONSISTENT, Status.INCONSISTENT, Status.UNDETERMINED
CHECK = "part-exceeds-whole"


def _with(text: str, figure: str) -> list[Status]:
    return [status for status, figures in verdicts(text, CHECK) if figure in figures]


@pytest.mark.parametrize("text, part, status", [
    # the whole a paragraph back, its noun said in its clause
    ("The province set its spending plan for 2026 at €8.4 billion, the largest plan it has passed.\n\n"
     "Borrowing costs will rise to €0.6 billion.\n\n"
     "Of the total plan, €5.1 billion is for health and €2.2 billion for schools.", "€5.1 billion", OK),
    ("The province set its spending plan for 2026 at €8.4 billion, the largest plan it has passed.\n\n"
     "Borrowing costs will rise to €0.6 billion.\n\n"
     "Of the total plan, €9.1 billion is for health and €2.2 billion for schools.", "€9.1 billion", ERROR),
    # the whole's head noun is the phrase's
    ("The county hired 3,850 nurses in 2024. Wages rose 4%. Pensions were indexed.\n\n"
     "Among these nurses, 2,020 were recruited abroad.", "2,020", OK),
    ("The county hired 3,850 nurses in 2024. Wages rose 4%. Pensions were indexed.\n\n"
     "Among these nurses, 4,020 were recruited abroad.", "4,020", ERROR),
    ("Farmers harvested 62,000 tonnes of barley this season, the co-operative said. Prices held steady.\n\n"
     "Of the barley, 71,500 tonnes went to maltsters.", "71,500 tonnes", ERROR),
])
def test_a_fronted_noun_phrase_names_a_whole_stated_before(text, part, status):
    assert _with(text, part) == [status]


def test_parts_after_a_nested_list_go_on_after_a_clause_of_contrast():
    text = ("The district's budget came to $900 million this year.\n\n"
            "Of the total budget, $610 million goes to running costs, including $40 million for debt and "
            "$15 million for leases, while $380 million is set aside for building.")
    assert [status for status, figures in verdicts(text, CHECK)
            if "$610 million" in figures and "$380 million" in figures] == [ERROR]


def test_the_first_level_of_the_sentence_is_the_one_pointed_to():
    # "these cases" are likeliest this year's 7,600, not last year's 13,900 set against them (only doubtful
    # above it: the sentence names two levels of cases)
    text = ("Clinics logged 7,600 cases this year, about half of the 13,900 cases of last year.\n\n"
            "Of these cases, 9,100 were children.")
    assert [status for status, figures in verdicts(text, CHECK) if "9,100" in figures] == [UNDETERMINED]
    assert [figures for status, figures in verdicts(text, CHECK) if "13,900" in figures] == []


@pytest.mark.parametrize("text", [
    # the phrase names nothing stated before: no whole
    "The port handled 41,000 containers in May. Trucks waited longer.\n\nOf the new cranes, 52,000 lifts were logged.",
    # a share is no part of a level
    "The city sold 12,000 permits last year.\n\nOf the permits, 64% went to residents.",
    # two levels side by side, then a fronted phrase naming neither
    "The north mill ground 4,100 tonnes. The south mill ground 5,300 tonnes.\n\nOf the flour, 6,000 tonnes was exported.",
])
def test_decoys_stay_quiet(text):
    assert [s for s, _ in verdicts(text, CHECK) if s is ERROR] == []


def test_a_participle_names_no_whole_among_two_levels():
    # "those waiting" may be this month's 51,200 or last month's 49,800: no share is computed on the old one
    from _reading import errors
    text = ("At the end of May, 51,200 patients were waiting, an increase of 1,400 on the 49,800 waiting at the end "
            "of April. Of those waiting, 30,900 (60.4%) had waited under 18 weeks.")
    assert errors(text, "share-of-total") == []
    assert errors(text, CHECK) == []


def test_the_whole_its_words_name_most_fully_among_several_of_its_noun():
    # "Within the secondary industry": the secondary industry's level, not the primary industry's before it
    text = ("The value added of the primary industry was 512.4 million yuan; the value added of the secondary industry "
            "was 2,748.9 million yuan. Within the secondary industry, manufacturing reached 2,310.4 million yuan and "
            "construction 438.5 million yuan.")
    wholes = {link.whole.text for link in meaning_of(text).parts if "2,310.4 million yuan" in [p.text for p in link.parts]}
    assert wholes == {"2,748.9 million yuan"}
