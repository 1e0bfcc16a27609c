#!/usr/bin/env python3
"""How often each figure's frame names the measure and the period a careful reader gives it.

Each report `NAME.txt` has `NAME.frames.yaml` beside it, written by hand without running the auditor: for every
quantity, its text as written (`"484,000"`, `"484,000#2"` for the second occurrence), the head noun and noun phrase
of the measure it quantifies, the period it is of (`2021`, `2021-03`, `2021-Q1`, `2021-H1`, `2021-01..2021-05`,
`2021-03-14`, or "" when the text gives none) and its role (level, change, rate-of-change, share, ratio, target,
other). The auditor is run once over the reports and each gold figure is matched to the auditor's figure whose span
overlaps it. Printed, per folder: figures found; the measure's head in the auditor's measure words; any word of the
measure there; the period equal, compatible (one inside the other, or the auditor's month, quarter or fiscal year without its calendar year
fitting the gold months), missing or
different; changes read as changes.

Run: python bench/frame_gold.py bench/frames/tune [more folders] [-v]
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frame_agreement import audit, figure_at  # noqa: E402  (a sibling script: one way to run the auditor and match spans)

_WORD = re.compile(r"[a-z][a-z'-]*")
_CHANGE_ROLES = {"change", "rate-of-change"}


def fold(word: str) -> str:
    """A word without case and a plural ending: "Jobs" and "job" are one head."""
    word = word.lower().strip("'’")
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word


def words(phrase: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(phrase.lower()) if len(w) > 2}


def locate(text: str, spec: str) -> tuple[int, int]:
    """The span of a figure written as in the scorer's annotations: exact text, "#n" for its n-th occurrence."""
    figure, _, nth = spec.partition("#")
    position = -1
    for _ in range(int(nth) if nth else 1):
        position = text.find(figure, position + 1)
        if position < 0:
            raise ValueError(f"figure {spec!r} not found")
    return position, position + len(figure)


def _months(period: str) -> tuple[str, str] | None:
    """A gold or auditor period as its first and last month ("2021-Q2" -> 2021-04, 2021-06), when it has a year."""
    if ".." in period:
        first, last = (_months(p) for p in period.split("..", 1))
        return (first[0], last[1]) if first and last else None
    if m := re.fullmatch(r"(\d{4})", period):
        return f"{m[1]}-01", f"{m[1]}-12"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", period):
        q = int(m[2])
        return f"{m[1]}-{3 * q - 2:02d}", f"{m[1]}-{3 * q:02d}"
    if m := re.fullmatch(r"(\d{4})-H([12])", period):
        return (f"{m[1]}-01", f"{m[1]}-06") if m[2] == "1" else (f"{m[1]}-07", f"{m[1]}-12")
    if m := re.fullmatch(r"(\d{4}-\d{2})(?:-\d{2})?", period):
        return m[1], m[1]
    return None


def period_agreement(gold: str, read: str) -> str:
    if not gold and not read:
        return "both none"
    if not read:
        return "missing"
    if not gold:
        return "read where gold has none"
    if gold == read:
        return "equal"
    g, r = _months(gold), _months(read)
    if g and r and (g[0] <= r[0] <= r[1] <= g[1] or r[0] <= g[0] <= g[1] <= r[1]):
        return "compatible"
    if g and r is None and _without_year(read, g):
        return "compatible"
    return "differ"


def _without_year(read: str, gold: tuple[str, str]) -> bool:
    """An auditor's period without a calendar year that fits the gold months: a month ("04", "01..02"), a quarter
    ("Q1"), or a fiscal year ("FY2010", whose months depend on the country's convention: any twelve months that
    start or end in that year)."""
    if m := re.fullmatch(r"(\d{2})(?:\.\.(\d{2}))?", read):
        return m[1] == gold[0][5:7] and (m[2] or m[1]) == gold[1][5:7]
    if m := re.fullmatch(r"Q([1-4])", read):
        q = int(m[1])
        return gold[0][5:7] == f"{3 * q - 2:02d}" and gold[1][5:7] == f"{3 * q:02d}"
    if m := re.fullmatch(r"FY(\d{4})", read):
        (y0, m0), (y1, m1) = (map(int, g.split("-")) for g in gold)
        return (y1 - y0) * 12 + m1 - m0 == 11 and int(m[1]) in (y0, y1)
    return False


def score(folder: Path, verbose: bool) -> None:
    reports = sorted(p for p in folder.glob("*.txt") if p.with_name(p.stem + ".frames.yaml").exists())
    documents = audit(reports)
    tally, periods = collections.Counter(), collections.Counter()
    for report in reports:
        text = report.read_text(encoding="utf-8")
        gold = YAML(typ="safe").load(report.with_name(report.stem + ".frames.yaml").read_text(encoding="utf-8"))
        document = documents[report.name]
        for entry in gold.get("figures") or []:
            start, end = locate(text, str(entry["figure"]))
            tally["figures"] += 1
            figure = figure_at(document, start, end)
            if figure is None:
                tally["not found"] += 1
                continue
            measure = words(figure["measure"])
            head_right = fold(str(entry.get("head", ""))) in measure
            tally["head right"] += head_right
            tally["measure word shared"] += bool(words(str(entry.get("measure", ""))) & measure)
            agreement = period_agreement(str(entry.get("period") or ""), figure["period"] or "")
            periods[agreement] += 1
            if entry.get("role") in _CHANGE_ROLES:
                tally["changes"] += 1
                tally["changes read as changes"] += bool(figure["direction"] or figure["change_of"])
            if verbose and (not head_right or agreement in ("differ", "missing")):
                print(f"  {report.name}: {entry['figure']!r} gold [{entry.get('measure')}] ({entry.get('period')}) "
                      f"read [{figure['measure']}] ({figure['period']})")
    n = tally["figures"] - tally["not found"]
    pct = lambda k, d: f"{100 * tally[k] / d:.1f}%" if d else "n/a"
    print(f"{folder}: {len(reports)} reports, {tally['figures']} figures, {n} found; head right {pct('head right', n)}, "
          f"a measure word shared {pct('measure word shared', n)}; changes read as changes "
          f"{pct('changes read as changes', tally['changes'])} of {tally['changes']}")
    print("  periods: " + ", ".join(f"{k} {v}" for k, v in periods.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list each figure whose head or period is wrong")
    args = parser.parse_args()
    for folder in args.folders:
        score(folder, args.verbose)


if __name__ == "__main__":
    main()
