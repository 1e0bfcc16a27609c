"""Every figure string named in the hand annotations of ../shared/seed and
../shared/corpus is read as a figure, with the value a reader reads.

The expected value comes from a deliberately simple reading of the report
text around the annotated string (the digit run, its grouping, the scale word
after it, a table's "('000)" or "In millions"), independent of the extractor's grammar. Annotations bind Indian
grouping ("79,860" of "32,79,860"), space grouping and decimal commas by a
fragment; the whole written number is what must be read.
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from auditor.document import Document
from auditor.extract import extract_figures

from conftest import SHARED

CORPORA = [SHARED / "seed", SHARED / "corpus"]
REPORTS = sorted(p for c in CORPORA if c.is_dir() for p in c.glob("*.txt") if p.with_suffix(".yaml").exists())
pytestmark = pytest.mark.skipif(not REPORTS, reason="../shared (seed and corpus reports) is not present")

# The scorer's reading of where a figure's number stands inside its annotated string.
ANNOTATED_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
# A written number as a reader scans it: digit groups joined by commas or single spaces.
DIGIT_RUN = re.compile(
    r"(?<![\d,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"  # 11 444.6
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"  # Indian grouping
    r"|\d{1,3}(?:,\d{3})+(?!\d)"  # Western grouping
    r"|\d+,\d{1,2}(?!\d)"  # a decimal comma, or a fragment read below
    r"|\d+)(?:\.\d+)?")
SCALE_AFTER = re.compile(
    r"^\s?-?\s?(lakh crore|crore|lakh|thousand|million|billion|trillion|bn|mn|trn|m|k|万亿|万|亿)(?![A-Za-z])")
SCALES = {"lakh crore": 10 ** 12, "crore": 10 ** 7, "lakh": 10 ** 5, "thousand": 10 ** 3, "million": 10 ** 6,
          "billion": 10 ** 9, "trillion": 10 ** 12, "bn": 10 ** 9, "mn": 10 ** 6, "trn": 10 ** 12, "m": 10 ** 6,
          "k": 10 ** 3, "万亿": 10 ** 12, "万": 10 ** 4, "亿": 10 ** 8}


def _annotated_strings(report: Path) -> list[str]:
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(report.with_suffix(".yaml").read_text(encoding="utf-8")) or {}
    return [spec for relation in data.get("relations", []) for spec in relation["figures"].values()]


def _locate(text: str, spec: str) -> tuple[int, int]:
    """Offsets of the number inside the nth occurrence of an annotated string."""
    string, _, nth = spec.partition("#")
    position = -1
    for _ in range(int(nth) if nth else 1):
        position = text.find(string, position + 1)
        assert position >= 0, f"annotated string {spec!r} is not in the report"
    m = ANNOTATED_NUMBER.search(string)
    return position + m.start(), position + m.end()


def expected_value(text: str, start: int, end: int) -> Decimal:
    """What a reader reads at this number: the whole digit run around it, scaled."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    run = next(m for m in DIGIT_RUN.finditer(text, line_start, line_end) if m.start() <= start < m.end())
    written, run_end = run.group(), run.end()
    decimal_comma = re.fullmatch(r"(\d+),(\d{1,2})", written)
    if decimal_comma and re.match(r"\s?(?:%|m\b|million|billion|of a percentage)", text[run_end:run_end + 20]):
        digits = f"{decimal_comma.group(1)}.{decimal_comma.group(2)}"  # "16,4m", "31,1%": South African style
    else:
        digits = re.sub(r"[,\s\u00a0\u202f]", "", written)
    stray = re.search(r"(?<![\d,])(\d{1,2}),\s$", text[line_start:run.start()])
    if stray and re.fullmatch(r"\d{2},\d{3}", written):
        digits = stray.group(1) + digits  # "4, 27,153": a stray space inside Indian grouping
    scale = SCALE_AFTER.match(text[run_end:run_end + 14])
    if scale:
        return Decimal(digits) * SCALES[scale.group(1)]
    return Decimal(digits) * _table_scale(text, line_start, line_end, run_end)


def _table_scale(text: str, line_start: int, line_end: int, number_end: int) -> int:
    """A table's own scale: "Employed persons ('000): 11 444.6 | ..." is in thousands, and a
    block headed "In millions of € | 2024 | 2023" is in millions. Percentages are never scaled."""
    line = text[line_start:line_end]
    if "|" not in line or re.match(r"\s?%", text[number_end:number_end + 2]):
        return 1
    if "('000)" in line:
        return 1000
    for previous in reversed(text[:line_start].split("\n\n")[-1].splitlines()):
        marker = re.search(r"\bIn (thousands|millions|billions)\b", previous, re.I)
        if marker:
            return {"thousands": 10 ** 3, "millions": 10 ** 6, "billions": 10 ** 9}[marker.group(1).lower()]
    return 1


def test_every_annotated_figure_is_found_with_its_value():
    found, total, problems = 0, 0, []
    for report in REPORTS:
        text = report.read_text(encoding="utf-8")
        figures = extract_figures(Document(str(report), text))
        seen: set[tuple[int, int]] = set()
        for spec in _annotated_strings(report):
            start, end = _locate(text, spec)
            if (start, end) in seen:
                continue
            seen.add((start, end))
            total += 1
            want = expected_value(text, start, end)
            overlapping = [f for f in figures if f.span.start < end and start < f.span.end]
            if any(abs(f.value) == want for f in overlapping):
                found += 1
            else:
                got = [(f.text, str(f.value)) for f in overlapping] or "no figure"
                problems.append(f"{report.name}: {spec!r} should read {want}, got {got}")
    print(f"annotated figures found with the right value: {found}/{total}")
    assert total > 500
    assert found == total, "\n".join(problems)


def test_the_oracle_reads_the_hard_cases():
    text = "Population 32,79,860 and 4, 27,153 sat; 16,4m are employed, 11 444.6 thousand, Rs 1.15 lakh crore."
    assert expected_value(text, *_span(text, "79,860")) == 3279860
    assert expected_value(text, *_span(text, "27,153")) == 427153
    assert expected_value(text, *_span(text, "16")) == Decimal("16.4") * 10 ** 6
    assert expected_value(text, *_span(text, "444.6")) == Decimal("11444.6") * 1000
    assert expected_value(text, *_span(text, "1.15")) == Decimal("1.15") * 10 ** 12
    table = "Results\nIn millions of € | 2024 | 2023\nRevenue | 35,955 | 36,375 | (1.2%)\n"
    assert expected_value(table, *_span(table, "35,955")) == 35955 * 10 ** 6
    assert expected_value(table, *_span(table, "1.2")) == Decimal("1.2")


def _span(text: str, s: str) -> tuple[int, int]:
    i = text.index(s)
    return i, i + len(s)
