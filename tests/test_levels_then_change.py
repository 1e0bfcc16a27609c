"""Two levels set against each other, then the change between them closing the clause (grammar.links
change_links): "63,418 (2023) v 58,906 (2022) — a gain of 4,512", "24.83 lakh as against 23.19 lakh a
year earlier, an addition of 1.64 lakh". The sentences are written here; none is a report's."""
from __future__ import annotations

import pytest

from _reading import meaning_of, verdicts
from auditor.model import Status


@pytest.mark.parametrize("text", [
    "Bed nights in the park: 41,873 (2024) v 38,206 (2023) — a gain of 3,667, the warden said.",
    "Registered voters stood at 12.46 lakh in 2024 as against 11.88 lakh a year earlier, an addition of 0.58 lakh.",
    "Sales: 1,243 (2023) vs 1,017 (2022), an increase of 226.",
])
def test_a_change_after_its_two_levels_is_their_difference(text):
    assert [status for status, _ in verdicts(text, "difference")] == [Status.CONSISTENT]


@pytest.mark.parametrize("text", [
    "Bed nights in the park: 41,873 (2024) v 38,206 (2023) — a gain of 4,667, the warden said.",
    "Registered voters stood at 12.46 lakh in 2024 as against 11.88 lakh a year earlier, an addition of 0.98 lakh.",
])
def test_a_change_its_levels_do_not_give_is_an_error(text):
    assert [status for status, _ in verdicts(text, "difference")] == [Status.INCONSISTENT]


def test_v_between_two_figures_is_versus_and_before_a_number_alone_a_version():
    assert [f.text for f in meaning_of("Passes: 41,873 (2024) v 38,206 (2023).").figures] == ["41,873", "38,206"]
    assert [f.text for f in meaning_of("Install v 2.4 of the app; it has 1,204 users.").figures] == ["1,204"]


def test_a_change_is_no_part_of_the_level_before_its_dash():
    assert meaning_of("Passes: 41,873 (2024) v 38,206 (2023) — a gain of 3,667.").parts == ()


@pytest.mark.parametrize("text, status", [
    ("KSh 412.6 billion: that was the value of the county's farm output in 2024, 8.1% more than the KSh 381.7 "
     "billion of 2023.", Status.CONSISTENT),
    ("KSh 412.6 billion: that was the value of the county's farm output in 2024, 18.1% more than the KSh 381.7 "
     "billion of 2023.", Status.INCONSISTENT),
    ("1.92 million: this is how many visitors the museum counted last year, up 6.7% from 1.80 million the year "
     "before.", Status.CONSISTENT),
])
def test_a_figure_put_first_then_a_colon_and_what_it_is(text, status):
    assert [s for s, _ in verdicts(text, "growth-rate")] == [status]


def test_a_colon_before_another_clause_still_parts_the_levels():
    text = "Exports reached KSh 412.6 billion: imports were up 18.1% from KSh 381.7 billion."
    assert [s for s, _ in verdicts(text, "growth-rate")] != [Status.INCONSISTENT]


@pytest.mark.parametrize("text", [
    "Floods damaged 1,204 homes in Kisumu, 873 in Siaya and 419 in Busia this month.\n\nThe combined damaged "
    "homes, the county said, came to 2,496.",
    "The three plants shipped 41,260 tonnes, 18,930 tonnes and 7,114 tonnes of cement. The total cement shipped "
    "was 67,304 tonnes, a quarterly record.",
])
def test_the_combined_noun_after_its_parts_is_their_sum(text):
    assert [s for s, _ in verdicts(text, "sum-of-parts")] == [Status.CONSISTENT]
    assert [s for s, _ in verdicts(text.replace("2,496", "2,996").replace("67,304", "69,304"), "sum-of-parts")] \
        == [Status.INCONSISTENT]


def test_a_total_of_another_measure_is_no_sum_of_the_sentence_before():
    text = "Revenue was $5.2bn and spending $6.1bn this year. The total debt reached $40.3bn."
    assert verdicts(text, "sum-of-parts") == []
