"""A rate said "in every" or "out of every" a round base ("28 in every 1,000 live births") is a rate per that
base, as "per 1,000" is: checked against the two counts it divides, and never a part of the count before it.
Invented sentences."""
from __future__ import annotations

import pytest

from _reading import errors, meaning_of, verdicts
from auditor.grammar.frames import Role
from auditor.model import Status


@pytest.mark.parametrize("words", ["in every", "in each", "per"])
def test_a_rate_in_every_base_is_checked_against_its_counts(words):
    text = f"Of 48,200 births, 1,350 babies died before their first birthday: 28 {words} 1,000 live births."
    assert [(status, set(figures)) for status, figures in verdicts(text, "ratio")] == [
        (Status.CONSISTENT, {"28", "1,350", "48,200"})]
    assert [set(figures) for figures in errors(text.replace("28 ", "38 "), "ratio")] == [{"38", "1,350", "48,200"}]


@pytest.mark.parametrize("words", ["in every", "in each", "out of every"])
def test_a_rate_in_every_base_is_no_part_of_the_count_before_it(words):
    text = f"Of 48,200 births, 1,350 babies died before their first birthday: 28 {words} 1,000 live births."
    meaning = meaning_of(text)
    rate, base = (f for f in meaning.figures if f.text in ("28", "1,000"))
    assert (meaning.frame(rate).role, meaning.frame(base).role) == (Role.RATIO, Role.PER_BASE)
    assert [figures for _, figures in verdicts(text, "part-exceeds-whole") if "28" in figures] == []
