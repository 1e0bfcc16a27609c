"""Patterns that scan a whole document open on a lookahead of the character every match starts
with ("(?=\\d)" before "(?<![\\d.,])\\d..."), so that the engine tries their lookbehind only there,
not at every character. The lookahead must add nothing: each pattern finds exactly what it finds
without it, on every fixture and on texts made to catch a lookahead that narrows it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor.extract import context, figures, numbers

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").rglob("*.txt"))] + [
    "Revenue was 1.234,5 million (3,7 %); costs 12.345.678; margins 0,25 %. Rates: 16.30:41.0:42.70 and 2:1.",
    "It rose +3.1% (−0.4 pp, –15.4 and +2,000). Sales ended. Then? Yes! 4.5. No. 12 at 10:00 a.m. U.S. rates.",
    "Prices 1,234.5 and 12,345,678, 3.7 or 0.25; see p.12.\n\nNext paragraph 2.1. End",
]
PREFIXED = [(numbers._COMMA_EVIDENCE, r"(?=\d)"), (numbers._POINT_EVIDENCE, r"(?=\d)"),
            (numbers._RATIO_RE, r"(?=\d)"), (figures._SIGNED_NUMBER, r"(?=[+\-−–])"),
            (context._SENTENCE_END, r"(?=[.!?])")]


@pytest.mark.parametrize("pattern, prefix", PREFIXED, ids=lambda x: getattr(x, "pattern", x)[:30])
def test_the_lookahead_a_scan_opens_on_changes_no_match(pattern, prefix):
    assert pattern.pattern.startswith(prefix)
    bare = re.compile(pattern.pattern[len(prefix):], pattern.flags)
    for text in TEXTS:
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in bare.finditer(text)]
