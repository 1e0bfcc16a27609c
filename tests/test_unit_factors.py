"""The conversion factors written down in `extract.unit_factors` are pint's, pair by pair, and cover every unit
extraction names: a converted amount is checked without importing pint ("12 miles (19 km)")."""
from __future__ import annotations

import os
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from auditor.extract import unit_factors
from auditor.extract.units import UNIT_KINDS, UNIT_WORDS, conversion_factor, kind_of, pint_factor
from auditor.model import Kind

from _reading import whole_audit_verdicts

NAMED = sorted({u for u in {*UNIT_WORDS.values(), *UNIT_KINDS} if u and kind_of(u) is not Kind.MONEY})


def test_every_unit_extraction_names_is_written_down():
    assert set(NAMED) <= unit_factors.UNITS


@pytest.mark.parametrize("source", NAMED)
def test_each_written_factor_is_pints(source):
    for target in NAMED:
        if target == source:
            continue
        written = unit_factors.FACTORS.get((source, target))
        assert (None if written is None else Fraction(written)) == pint_factor(source, target), (source, target)


def test_known_factors_and_unrelated_units():
    conversion_factor.cache_clear()
    assert conversion_factor("mile", "kilometer") == Fraction("1.609344")
    assert conversion_factor("hectare", "acre") == Fraction("2.47104393047")  # (pint's acre: the US survey acre)
    assert conversion_factor("tonne", "kilometer") is None  # different things
    assert conversion_factor("USD", "EUR") is None  # currencies have no factor
    assert conversion_factor("mile", "mile") is None


def test_a_conversion_in_brackets_is_still_checked():
    # (our own sentences: a trail's length in miles, then in kilometres)
    wrong = "The new coastal trail runs 42 miles (81 km) from the harbour to the lighthouse."
    right = "The new coastal trail runs 42 miles (67.6 km) from the harbour to the lighthouse."
    assert any(status.value == "inconsistent" and ("42 miles" in figures or "81 km" in figures)
               for _, status, figures in whole_audit_verdicts(wrong))
    assert not any(status.value == "inconsistent" for _, status, _ in whole_audit_verdicts(right))


def test_auditing_a_converted_amount_does_not_import_pint():
    script = ("import sys\n"
              "from auditor.audit import audit_document\n"
              "from auditor.document import Document\n"
              "found = audit_document(Document('t.txt', 'The farm covers 250 hectares (618 acres) of pasture.')).findings\n"
              "print('pint' in sys.modules)\n")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(root), os.environ.get("PYTHONPATH"))))}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
