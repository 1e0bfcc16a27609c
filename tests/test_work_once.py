"""Work done once per reading, not once per check: the measure index files each figure under its keys
once for all the checks that index one reading's levels (restatements, growth, shares), and a pair of a
part and its share is weighed against a candidate whole once. The answers must be what working each
out again gave. (The sentences are written here.)"""
from __future__ import annotations

from dataclasses import replace

from _reading import meaning_of, verdicts
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar import measure_index
from auditor.model import Status

LEVELS = ("Exports reached 410 tonnes in May. Exports were 380 tonnes in April.\n\n"
          "Wheat exports hit 400 tonnes in June. Imports came to 150 tonnes in June.")


def _counting(words_of):
    asked = []

    def counted(figure):
        asked.append(figure.id)
        return words_of(figure)
    return counted, asked


def test_a_second_index_of_one_reading_reuses_the_keys_the_first_filed():
    figures = extract_figures(Document("t.txt", LEVELS))
    words_of, asked = _counting(lambda f: ("import",) if f.text == "150 tonnes" else ("export",))
    filed: dict = {}
    first = measure_index.MeasureIndex(figures, words_of, filed)
    second = measure_index.MeasureIndex(figures[1:], words_of, filed)
    assert sorted(asked) == sorted(f.id for f in figures)  # each figure's words read once, for both indexes
    june = next(f for f in figures if f.text == "400 tonnes")
    for index in (first, second):
        found = index.nearest("export", june, june.span.start, lambda f: f is not june, 3)
        assert "150 tonnes" not in [f.text for f in found]  # filed under its own word only
    assert [f.text for f in second.nearest("export", june, june.span.start, lambda f: f is not june, 3)] == \
        ["380 tonnes"]  # (the second index holds only what it was given: May's level is not in it)


def test_a_figure_read_anew_under_the_same_id_is_filed_under_its_own_words():
    figures = extract_figures(Document("t.txt", LEVELS))
    filed: dict = {}
    measure_index.MeasureIndex(figures, lambda f: ("export",), filed)
    imports = next(f for f in figures if f.text == "150 tonnes")
    moved = replace(imports, measure="grain shipments")  # another object, same id: its keys are not the kept ones
    index = measure_index.MeasureIndex([moved], lambda f: ("shipment",), filed)
    assert index.nearest(measure_index.key_of("shipment"), moved, 0, lambda f: True, 2) == [moved]
    assert index.nearest("export", moved, 0, lambda f: True, 2) == []


def test_the_keys_are_kept_with_one_reading_only():
    first = meaning_of(LEVELS)
    measure_index.of_levels(first.figures, first.document.text, first)
    assert set(first.filed_measure_keys) == {f.id for f in first.figures}
    other = meaning_of("Imports came to 150 tonnes in June. Exports were 380 tonnes in April.")
    assert other.filed_measure_keys == {}


DEPOT = ("The depot ran 800 buses last year. Of these, 200 buses (25.0%) ran on diesel and 320 buses ({gas}) "
         "ran on gas, while 280 buses (35.0%) were electric.")
FERRIES = ("Ferry crossings reached 6.40 million in 2024, the port authority said.\n\n"
           "Night ferries carried 1.60 million passengers in 2024, equal to {share} percent of all ferry crossings.")
DECOY = "Ticket offices sold 310 passes on Monday and 95 passes on Tuesday, with 48 staff on duty."


def test_shares_of_one_whole_and_of_a_whole_named_elsewhere_are_decided_as_before():
    text = "\n\n".join([DEPOT.format(gas="40.0%"), FERRIES.format(share=25), DECOY])
    found = verdicts(text, "share-of-total")
    assert (Status.CONSISTENT, ("320", "800", "40.0%")) in found
    assert (Status.CONSISTENT, ("1.60 million", "6.40 million", "25 percent")) in found
    assert all(status is Status.CONSISTENT for status, _ in found)
    # the decoy's figures stand side by side and relate to nothing
    assert not [figures for _, figures in found if set(figures) & {"310", "95", "48"}]


def test_a_wrong_share_of_the_stated_whole_is_flagged_and_one_of_a_whole_named_elsewhere_is_not():
    text = "\n\n".join([DEPOT.format(gas="45.0%"), FERRIES.format(share=30), DECOY])
    found = verdicts(text, "share-of-total")
    assert [figures for status, figures in found if status is Status.INCONSISTENT] == [("320", "800", "45.0%")]
    # the words alone tie a share to a whole stated in another paragraph: a miss proves nothing
    assert (Status.UNDETERMINED, ("1.60 million", "6.40 million", "30 percent")) in found
