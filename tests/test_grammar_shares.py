"""grammar.shares: the words that tie a percentage to its part and name its whole, read apart from the
share-of-total check that asks them, on invented phrasings and decoys."""
from __future__ import annotations

import pytest

from auditor.grammar import lexicon, shares


@pytest.mark.parametrize("name", ["SHARE_TIES", "SHARE_TIE_WORDS", "NAMED_RATES", "RATES_OF_NO_WHOLE", "SHARE_LIST_WORDS",
                                  "SHARE_LIST_STEMS", "OF_THE_WHOLE", "OUTCOME_VERBS", "TOOK_PART_VERBS",
                                  "TOTAL_WORDS_AROUND", "MARKS_AFTER_A_SHARE", "PLANS_A_SHARE_IS_OF", "PLAN_PERIODS",
                                  "NOT_A_NAMED_WHOLE"])
def test_share_vocabularies_are_lower_case_and_unique(name):
    vocabulary = getattr(lexicon, name)
    assert all(p == p.lower() and p == p.strip() for p in vocabulary), name
    assert len(set(vocabulary)) == len(vocabulary), name


@pytest.mark.parametrize("tie", [t for t in lexicon.SHARE_TIES])
def test_every_tie_word_ties_a_share_to_the_count_before(tie):
    assert shares.ties_share(f", {tie} ")


@pytest.mark.parametrize("gap, tied", [
    (" (", True),
    (" households (", True),
    (" and now makes up ", True),
    (" in Leeds and ", False),
    (" while turnout was ", False),
])
def test_ties_share(gap, tied):
    assert shares.ties_share(gap) is tied


@pytest.mark.parametrize("gap, labelled", [
    (" vehicles (cars ", True),
    (" vehicles (cars 78%; goods vehicles ", True),
    (" deaths (CFR ", False),  # the rate itself
    (" (share ", False),
    (" (about ", False),  # a hedge
    (" (or ", False),
])
def test_kind_labelled_in_bracket(gap, labelled):
    assert shares.kind_labelled_in_bracket(gap) is labelled


def test_ties_from_afar_and_their_limits():
    assert shares.tied_from_afar(" sat the paper, representing ")
    assert shares.tied_from_afar(" sat and passed, giving a pass rate of ")
    assert not shares.tied_from_afar(" in sales, a growth rate of ")  # a rate of no whole
    assert not shares.tied_from_afar(" sat the paper, representing 36.4%. The proportion achieving a top grade was ")
    assert not shares.tied_from_afar(" in Leeds and ")


def test_pronoun_ties_a_share_to_the_sentence_before():
    assert shares.pronoun_ties(" billion. It now makes up ")
    assert not shares.pronoun_ties(" billion. Exports rose ")


def test_words_around_a_level():
    assert shares.says_total("out of the total of 8,400 households")
    assert shares.says_total("12,400 candidates sat the paper")
    assert not shares.says_total("Leeds reported 4,100 cases")
    assert shares.took_part("91,298 applied and")
    assert shares.outcome(" were successful, a rate of ")
    assert not shares.outcome(" in November, a rate of ")
    assert shares.head_noun("college graduates who found work") == "graduates"
    text = "Of total revenue. Services revenue was $510 million this year."
    start = text.index("$510")
    assert shares.around(text, start, start + 12) == "Services revenue was $510 million this year"
    assert shares.lead_in("GDP of £2,730 billion", 7) == "GDP of "


def test_what_a_share_is_of():
    assert shares.a_mark_after(" milestone")
    assert shares.a_basis_after(" basis)")
    assert shares.of_a_plan_after(" of the annual target")
    assert not shares.of_a_plan_after(" of the votes cast")
    assert shares.narrowed_base_after(" among those willing to work")
    assert shares.base_follows(" for the ")
    assert shares.of_the_between(" of the ")
    assert shares.names_a_rate(", a pass rate of ")
    assert shares.in_apposition(" applicants, representing ")
    assert shares.refers_to_total("41.2% of all new staff were women")
    assert shares.refers_to_total("22% of the candidates who sat passed")
    assert not shares.refers_to_total("Leeds had 4,100 and York 3,600")


@pytest.mark.parametrize("after, base", [
    (" of GDP in 2023", "GDP"),
    (" of all arrivals", "arrivals"),
    (" of them", ""),
    (" of respondents", ""),
    (" in Leeds", ""),
])
def test_base_named_after(after, base):
    assert shares.base_named_after(after, "", -1, 0) == base


def test_a_bracketed_share_takes_the_base_named_before_it():
    text = "Debt was 73.5% of GDP, from R2,463 billion (72.8%) a year earlier"
    start = text.index("72.8%")
    assert shares.base_named_after(text[start + 5:start + 45], text, 0, start) == "GDP"


def test_whole_opening_and_levels_before():
    text = "Of all dwellings, 2,667,370 (92.7%) were occupied"
    assert shares.whole_opening(text, 0, text.index("2,667")) == "dwellings"
    assert shares.whole_opening("Leeds had 2,667,370", 0, 10) is None
    text = "increased to 4,860 from 4,210"
    assert shares.old_level_before(text, text.index("4,210"))
    assert not shares.earlier_level_before(text, text.index("4,210"))
    text = "61,240 candidates sat, up from 58,900"
    assert shares.earlier_level_before(text, text.index("58,900"))


def test_shares_listed_respectively():
    assert shares.shares_listed_respectively("The three accounted for 8.3, 43.8 and 48.0 percent of the total respectively.")
    assert shares.shares_listed_respectively("They represented 40% and 60% respectively.")
    assert not shares.shares_listed_respectively("Growth was 3.1% and 4.2% respectively, a share of the rise.")
    assert not shares.shares_listed_respectively("Leeds and York had 4,100 and 3,600 respectively.")


def test_partitive_and_joined_counts():
    assert not shares.partitive_after(", of whom")  # (a comma before it: not read)
    assert shares.partitive_after(" of them")
    assert shares.partitive_after(" people of whom")
    assert shares.joined_by_and(" males and ")
    assert not shares.joined_by_and(" males. Of these, and ")
    assert shares.ends_a_sentence(" tonnes. In")
    assert not shares.ends_a_sentence(" tonnes, and")


@pytest.mark.parametrize("name", ["ADVERBS_BEFORE_A_SHARE_VERB", "PRONOUNS_FOR_A_PART", "ADVERBS_AFTER_A_PRONOUN",
                                  "PARTITIVE_PRONOUNS", "APPOSITION_TIES", "NARROWED_BASE_OPENINGS"])
def test_more_share_vocabularies_are_lower_case_and_unique(name):
    test_share_vocabularies_are_lower_case_and_unique(name)


# --- the counts a share is tied to, on whole documents ------------------------------------------

def _document(text: str):
    from auditor.document import Document
    from auditor.extract import extract_figures
    doc = Document("t.txt", text)
    return doc, list(extract_figures(doc))


def _fig(figures, text: str):
    found = [f for f in figures if f.text == text]
    assert len(found) == 1, [f.text for f in figures]
    return found[0]


@pytest.mark.parametrize("text, share, parts", [
    ("Of the 8,400 households surveyed, 3,150 (37.5%) owned a car.", "37.5%", ["3,150"]),
    ("Some 3,150 households, representing 37.5% of the total, owned a car.", "37.5%", ["3,150"]),
    ("There were 1,210 males and 1,400 females, representing 52.1% of the intake.", "52.1%", ["1,210", "1,400"]),
    ("The fleet counted 3.2 million vehicles (cars 78%; goods vehicles 14%).", "78%", []),  # a kind's share
    ("Leeds had 4,100 cases in March; in April the positivity rate was 12.5%.", "12.5%", []),  # side by side
])
def test_parts_tied_to(text, share, parts):
    doc, figures = _document(text)
    tied = shares.parts_tied_to(doc, _fig(figures, share), figures)
    assert [f.text for f in tied] == parts


def test_parts_tied_in_a_row_split_one_whole():
    doc, figures = _document("Grades: A: 216,095 (63.17%); B: 91,151 (26.65%); C: 34,825 (10.18%).")
    row = shares.parts_tied_in_a_row(doc, _fig(figures, "63.17%"), figures)
    assert [f.text for f in row] == ["216,095", "91,151", "34,825"]
    doc, figures = _document("Pass rates: Biology 12,310 (61.2%); Chemistry 9,870 (70.4%); Physics 8,020 (66.0%).")
    assert shares.parts_tied_in_a_row(doc, _fig(figures, "61.2%"), figures) == []  # not one whole's split


def test_count_share_pairs_and_the_part_of_a_whole_before():
    doc, figures = _document("Green Future took 98,765 votes (11.9%) and Liberty 61,032 (7.3%).")
    pairs = shares.count_share_pairs(doc, figures, tight=True)
    assert [(c.text, s.text) for c, s in pairs] == [("98,765", "11.9%"), ("61,032", "7.3%")]
    doc, figures = _document("In all, 22 of the 41 secondary schools (53.7%) met the standard.")
    part = shares.part_of_whole_before(doc, _fig(figures, "41"), figures)
    assert part is not None and part.text == "22"


def test_shares_respectively():
    from auditor.grammar.nearby import places
    doc, figures = _document("Output was 12.36 billion yuan, of which farming made 1.02 billion yuan, industry 5.41 billion "
                             "yuan and services 5.93 billion yuan. The sectors accounted for 8.3%, 43.8% and 48.0% of the "
                             "total respectively.")
    found = [(s.text, p.text, w.text) for s, p, w in shares.shares_respectively(doc, tuple(figures), places(doc, tuple(figures)))]
    assert found == [("8.3%", "1.02 billion yuan", "12.36 billion yuan"), ("43.8%", "5.41 billion yuan", "12.36 billion yuan"),
                     ("48.0%", "5.93 billion yuan", "12.36 billion yuan")]
    # rates of no whole listed "respectively" are no shares
    doc, figures = _document("Sales were 1.02 billion yuan and 5.41 billion yuan. Growth was 8.3% and 43.8% respectively.")
    assert list(shares.shares_respectively(doc, tuple(figures), places(doc, tuple(figures)))) == []
