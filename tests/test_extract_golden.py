"""Golden tables: every figure of each fixture report, cell by cell, as a reader reads it.

Each fixtures/extraction/NAME.golden.tsv lists the figures of NAME.txt (or of
the report named by a "# source:" line) in reading order, with value,
interval, unit, kind, direction, measure and period written by hand. The
extractor must match at least 97% of the cells; a figure it misses costs all
of its cells, and a figure it invents costs as many again.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from auditor.document import Document
from auditor.extract import extract_figures
from auditor.model import Figure

from conftest import FIXTURES

GOLDEN_DIR = FIXTURES / "extraction"
COLUMNS = ("value", "interval", "unit", "kind", "dir", "measure", "period")
REQUIRED_MATCH_RATE = Decimal("0.97")
# Fractions ("1/3") have no exact decimal; their Decimal value is compared to this many places.
FRACTION_TOLERANCE = Fraction(1, 10 ** 20)


@dataclass(frozen=True)
class GoldenRow:
    text: str
    cells: dict[str, str]


def load_golden(path: Path) -> tuple[Path, list[GoldenRow]]:
    report = path.with_name(path.name.replace(".golden.tsv", ".txt"))
    rows, header = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# source:"):
            report = (path.parent / line.split(":", 1)[1].strip()).resolve()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
            continue
        record = dict(zip(header, fields + [""] * (len(header) - len(fields))))
        rows.append(GoldenRow(record["text"], {c: record[c] for c in COLUMNS}))
    return report, rows


def _number(text: str) -> Fraction | None:
    if not text:
        return None
    if "/" in text:
        numerator, denominator = text.split("/")
        return Fraction(int(numerator), int(denominator))
    return Fraction(Decimal(text))


def _same_number(expected: str, got: Decimal | None) -> bool:
    want = _number(expected)
    if want is None or got is None:
        return want is None and got is None
    tolerance = FRACTION_TOLERANCE if "/" in expected else 0
    return abs(Fraction(got) - want) <= tolerance


def cell_matches(column: str, expected: str, figure: Figure) -> bool:
    if column == "value":
        return _same_number(expected, figure.value)
    if column == "interval":
        low, _, high = expected.partition("..")
        return _same_number(low, figure.low) and _same_number(high, figure.high)
    if column == "dir":
        return {"+": 1, "-": -1, "": 0}[expected] == figure.direction
    if column == "kind":
        return expected == figure.kind.value
    return expected == getattr(figure, column)


@dataclass
class Score:
    matched: int = 0
    total: int = 0
    misses: list[str] = None

    def __post_init__(self):
        self.misses = []


def score_report(golden_path: Path) -> Score:
    report, rows = load_golden(golden_path)
    text = report.read_text(encoding="utf-8")
    figures = extract_figures(Document(str(report), text))
    score = Score()
    matcher = difflib.SequenceMatcher(a=[r.text for r in rows], b=[f.text for f in figures], autojunk=False)
    paired_rows, paired_figures = set(), set()
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            row, figure = rows[block.a + k], figures[block.b + k]
            paired_rows.add(block.a + k)
            paired_figures.add(block.b + k)
            for column in COLUMNS:
                score.total += 1
                if cell_matches(column, row.cells[column], figure):
                    score.matched += 1
                else:
                    got = {"interval": f"{figure.low}..{figure.high}", "dir": figure.direction,
                           "kind": figure.kind.value}.get(column, getattr(figure, column, None))
                    score.misses.append(f"{report.name}: {row.text!r} {column}: expected {row.cells[column]!r}, "
                                        f"got {got!r}")
    for i, row in enumerate(rows):
        if i not in paired_rows:
            score.total += len(COLUMNS)
            score.misses.append(f"{report.name}: {row.text!r} not found")
    for i, figure in enumerate(figures):
        if i not in paired_figures:
            score.total += len(COLUMNS)
            score.misses.append(f"{report.name}: {figure.text!r} is not a figure of the golden table")
    return score


GOLDEN_FILES = sorted(GOLDEN_DIR.glob("*.golden.tsv"))


def test_golden_tables_cover_five_report_styles():
    assert len(GOLDEN_FILES) >= 5
    for path in GOLDEN_FILES:
        report, rows = load_golden(path)
        assert report.exists(), report
        assert len(rows) >= 20, f"{path.name} lists too few figures to measure anything"


def test_golden_tables_match_at_least_97_percent_of_cells():
    total = Score()
    for path in GOLDEN_FILES:
        score = score_report(path)
        total.matched += score.matched
        total.total += score.total
        total.misses += score.misses
    rate = Decimal(total.matched) / Decimal(total.total)
    print(f"golden match rate {rate:.2%} ({total.matched}/{total.total})")
    assert rate >= REQUIRED_MATCH_RATE, "\n".join([f"match rate {rate:.2%}"] + total.misses)


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=lambda p: p.name)
def test_each_golden_table_is_mostly_right(path):
    """A report whose own rate collapses is a regression even if the others hide it."""
    score = score_report(path)
    assert Decimal(score.matched) / Decimal(score.total) >= Decimal("0.9"), "\n".join(score.misses)


def test_scoring_counts_missing_and_invented_figures(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Exports rose 5.2% to $874.3 billion.\n", encoding="utf-8")
    golden = tmp_path / "r.golden.tsv"
    golden.write_text(
        "text\tvalue\tinterval\tunit\tkind\tdir\tmeasure\tperiod\n"
        "5.2%\t5.2\t5.15..5.25\tpercent\tpercent\t+\texports\t\n"
        "$1 trillion\t1000000000000\t..\tUSD\tmoney\t\texports\t\n",
        encoding="utf-8",
    )
    score = score_report(golden)
    # 5.2% matches all 7 cells; "$1 trillion" is missing (7) and "$874.3 billion" invented (7)
    assert (score.matched, score.total) == (7, 21)
