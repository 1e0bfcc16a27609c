"""Work done once per document, clause or sentence, not again for each figure, label or pair that
needs it: a whole-text search for the flows a defined measure may or may not count, the tokens of
a clause read against every table row that shares a word with it, a figure's sentence read from the
layout index instead of a pass over every figure, whether a sentence lists the parts of the total
before it, what a sentence says as a whole (its speakers, names and flows) for the members within
totals, and the places a period may start, found by the pattern engine. What the meaning layer and
the checks find stays the same (the positives and decoys here). The reports are written here; none
is a report's."""
from __future__ import annotations

from _reading import meaning_of, verdicts
from auditor import grammar, lazy_re
from auditor.document import Document
from auditor.extract import extract_figures, periods
from auditor.model import Status


def read(text: str):
    document = Document("t.txt", text)
    return document, grammar.read(document, extract_figures(document)).figures


# ---------------------------------------------------------------- defined measures: further flows

TRADE = ("In 2022 the island exported goods worth $4.2 billion and imported goods worth $6.1 billion, "
         "a trade deficit of $1.9 billion.\n\n"
         "In 2023 exports were $4.8 billion and imports were $6.5 billion, a trade deficit of $1.6 billion.\n\n"
         "In 2024 exports were $5.0 billion and imports were $6.9 billion, a trade deficit of $1.9 billion.\n")


def test_a_further_flow_is_looked_for_once_per_term_and_leaves_every_deficit_only_likely(monkeypatch):
    import auditor.checks.defined_measure as defined_measure

    searched: list[str] = []
    search = defined_measure.names_a_further_flow
    monkeypatch.setattr(defined_measure, "names_a_further_flow", lambda text, term: searched.append(term) or search(text, term))
    document, figures = read(TRADE + "\nRe-exports of fuel came to $0.3 billion.\n")
    found = [(r.message, r.certain) for r in defined_measure.find(document, figures)]
    assert len(found) == 2 and not any(certain for _, certain in found)  # re-exports may belong in exports
    assert sorted(searched) == ["exports", "imports"]  # one search of the text per term, not per deficit


def test_without_a_further_flow_the_deficits_are_sure():
    import auditor.checks.defined_measure as defined_measure

    document, figures = read(TRADE)
    assert [r.certain for r in defined_measure.find(document, figures)] == [True, True]


# ---------------------------------------------------------------- table rows named in a clause

FARES = """The transit authority set the coach fares for the new season.

The express coach fare rose by R2.00 to R42.00, while the local coach fare will go up by R1.00 to R19.00.

|Route|Old fare|Rise|New fare|
|---|---|---|---|
|Express coach fare|R40.00|R2.00|R42.00|
|Local coach fare|R18.00|R1.00|R19.00|
|Night coach fare|R22.00|R1.50|R23.50|
"""


def test_a_clause_is_tokenized_once_however_many_labels_share_its_words(monkeypatch):
    from auditor.grammar import tables

    clear = getattr(tables, "_stemmed_tokens", None)  # (what an earlier test read is read again here)
    if clear is not None:
        clear.cache_clear()
    read_texts: list[str] = []
    tokens = tables._tokens
    monkeypatch.setattr(tables, "_tokens", lambda text: read_texts.append(text) or tokens(text))
    found = verdicts(FARES, "table-vs-text")
    assert (Status.CONSISTENT, ("R42.00", "R42.00")) in found
    assert (Status.CONSISTENT, ("R19.00", "R19.00")) in found
    assert read_texts and len(read_texts) == len(set(read_texts))  # every label shares "coach fare"


def test_figures_beside_a_table_that_name_no_row_are_not_its_cells():
    # (a decoy: the amounts sit beside the table, and no clause names a row)
    found = verdicts(FARES.replace("The express coach fare rose by R2.00 to R42.00, while the local coach fare will go up by "
                                   "R1.00 to R19.00.", "Passengers paid R42.00 and R19.00 on average."), "table-vs-text")
    assert not [status for status, _ in found if status is Status.INCONSISTENT]


# ---------------------------------------------------------------- one digit apart, two sentences

PORTS = ("Alder", "Birch", "Cedar", "Dover", "Elm", "Fir", "Gale", "Holm")


def slips(count: int, rates: bool = True) -> str:
    """`count` pairs of counts one digit apart, each count in a sentence of its own: with a rate of its own
    each (two periods' levels), or said the same way (a slip of the pen)."""
    pairs = []
    for k, port in enumerate(PORTS[:count]):
        if rates:
            pairs.append(f"Arrivals at {port} rose {3 + k}.{k}% to {k + 1}57,828 containers in 2021. "
                         f"Arrivals at {port} rose {5 + k}.{k + 2}% to {k + 1}57,838 containers in 2021.")
        else:
            pairs.append(f"Arrivals at {port} were {k + 1}57,828 containers in 2021, the board said. "
                         f"The board put arrivals at {port} at {k + 1}57,838 containers in 2021.")
    return "\n\n".join(pairs)


class CountedPasses(tuple):
    """A tuple of figures that counts the passes made over it."""
    passes = 0

    def __iter__(self):
        CountedPasses.passes += 1
        return super().__iter__()


def near_restatements(text: str, figures_type=tuple) -> list[str]:
    from auditor.checks import same_measure
    from auditor.grammar.nearby import places

    document, figures = read(text)
    figures = figures_type(figures)
    return [r.message for r in same_measure._near_restatements(document, figures, places(document, figures),
                                                                 frozenset(), frozenset())]


def passes_over_figures(text: str) -> int:
    CountedPasses.passes = 0
    near_restatements(text, CountedPasses)
    return CountedPasses.passes


def test_the_sentence_of_each_pair_one_digit_apart_is_read_from_the_layout_not_from_every_figure():
    assert passes_over_figures(slips(2)) == passes_over_figures(slips(8))  # not a pass per pair


def test_two_levels_each_with_a_rate_of_its_own_are_two_periods_not_a_slip():
    assert near_restatements(slips(3)) == []


def test_a_level_one_digit_from_another_said_the_same_way_is_a_slip():
    assert "157,828 and 157,838 differ by one digit in similar sentences" in near_restatements(slips(2, rates=False))
    text = ("The port handled 157,828 containers in 2021, the authority said.\n\n"
            "The port handled 157,838 containers in 2021, according to the authority.")
    assert near_restatements(text) == ["157,828 and 157,838 differ by one digit in similar sentences"]


# ---------------------------------------------------------------- where a period may start

def starts_by_characters(text: str, start: int, end: int) -> list[int]:
    """The places the character test took: an ASCII letter or digit (or a letter folding into one),
    after no word character."""
    first = set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + "".join(lazy_re.FOLDING_INTO_ASCII))
    return [at for at in range(start, end) if text[at] in first and not (at and (text[at - 1].isalnum() or text[at - 1] == "_"))]


def test_the_places_a_period_may_start_are_the_word_starts_the_character_test_took():
    samples = ["in FY2021-22 and Q3 2024", "x2019 _2019 2019_ (2019) ³2019 ٣2019 é2019", "\u017fept 2020, \u0130st 1999",
               "end-2021; H1/2022 – 2023", "", "Ä2020 ß2021 ǅ2022 Ⅻ2023"]
    for text in samples:
        for start in range(len(text)):
            for end in (start + 1, start + 17, len(text)):
                found = [m.start() for m in periods._PERIOD_START.finditer(text, start, end)]
                assert found == starts_by_characters(text, start, min(end, len(text))), (text, start, end)


def test_periods_are_read_at_word_starts_only():
    assert [p.period for p in periods.find_periods("in FY2021-22, then in the third quarter of 2024")] == ["FY2021-22", "2024-Q3"]
    assert periods.find_periods("code x2019 and item_2020") == []


# ---------------------------------------------------------------- parts after their total

MILL = ("The mill crushed {total} tonnes of cane this season. Estate growers supplied 14,100 tonnes, smallholders "
        "7,900 tonnes and outgrowers 2,300 tonnes.\n\nThe mill paid out R18.6 million to growers. Its own fields gave "
        "R2.1 million and R0.4 million came from levies.\n")


def parts_links(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(link.whole.text, tuple(f.text for f in link.parts)) for link in meaning_of(text).parts]


def test_each_sentence_is_asked_once_whether_it_lists_the_parts_of_the_total_before_it(monkeypatch):
    from auditor.grammar import links

    asked: list[int] = []
    read_parts = links._parts_after_their_total
    monkeypatch.setattr(links, "_parts_after_their_total",
                        lambda segments, i, frames: asked.append(i) or read_parts(segments, i, frames))
    assert ("24,300 tonnes", ("14,100 tonnes", "7,900 tonnes", "2,300 tonnes")) in parts_links(MILL.format(total="24,300"))
    assert asked and len(asked) == len(set(asked))  # (asked as the next sentence, then again as itself)


def test_an_average_has_no_parts_in_the_sentence_after_it():
    text = "Pay per worker was 52,400 rand. Clerks 48,100 rand, drivers 31,200 rand and cooks 29,800 rand.\n"
    assert not [whole for whole, _ in parts_links(text) if whole == "52,400 rand"]


# ---------------------------------------------------------------- members within totals

MEMBERS = ("Visitor arrivals reached 48,200 in March 2024.\n\n"
           "Arrivals from Kenya rose to 9,100 in March 2024 and arrivals from Uganda rose to 6,300 in March 2024, "
           "the board said.\n")


def test_a_sentence_is_read_for_its_speakers_once_for_all_its_figures(monkeypatch):
    from auditor.grammar import within

    read_at: list[tuple[int, int]] = []
    speakers = within._speakers
    monkeypatch.setattr(within, "_speakers",
                        lambda text, start, end: read_at.append((start, end)) or speakers(text, start, end))
    members = [(link.part.text, link.whole.text) for link in meaning_of(MEMBERS).members]
    assert ("9,100", "48,200") in members and ("6,300", "48,200") in members
    # (the sentence of the two members, not once for each of its figures; the lead is read apart, for the
    # report's home names)
    assert [start for start, _ in read_at].count(MEMBERS.index("Arrivals from Kenya")) == 1


def test_levels_of_one_measure_in_two_years_are_no_members_of_each_other():
    # (a decoy: the same measure a year apart, side by side, names no whole and its members)
    text = "Visitor arrivals reached 48,200 in March 2024, against 41,900 in March 2023.\n"
    assert not meaning_of(text).members
