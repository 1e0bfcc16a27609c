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
