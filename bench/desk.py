"""How well `audit --data` and `audit --compare` catch planted differences, and stay quiet on the truth.

    python bench/desk.py

Data tables: the 6 reports of fixtures/desk/data/ against their tables, as written (every
data-table-mismatch error is a false alarm) and with each of the 20 planted differences of
fixtures/desk/plants.json (caught when an error stands on the planted figure).
A planted headline figure is caught by a cross-document-conflict on it (or pointing at it)
or, when the title words it differently from the report, by headline-not-in-report on it. Across
documents: the 6 release/report pairs of fixtures/desk/compare/, true and planted. Each run
is the command a desk would type (`audit --format json ...`), in a fresh process.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESK = ROOT / "fixtures" / "desk"
PLANTS = json.loads((DESK / "plants.json").read_text(encoding="utf-8"))
PAIRS = ("labour", "prices", "trade", "tourism", "harvest", "budget")
DATA_CHECK, CONFLICT, MISSING = "data-table-mismatch", "cross-document-conflict", "headline-not-in-report"


def audit(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "auditor", "--no-config", "--format", "json", *args],
                         capture_output=True, text=True, env=env, cwd=ROOT)
    if run.returncode not in (0, 1):
        raise SystemExit(f"audit {' '.join(args)} exited {run.returncode}: {run.stderr.strip()}")
    return json.loads(run.stdout)


def errors(report: dict, checks: tuple[str, ...]) -> list[tuple[str, dict]]:
    """(document path, finding) for each inconsistent finding of `checks`."""
    return [(doc["path"], f) for doc in report["documents"] for f in doc["findings"]
            if f["check"] in checks and f["status"] == "inconsistent"]


def told_false_alarms(found: list[tuple[str, dict]]) -> int:
    """How many errors a run on true documents gave, each printed."""
    for path, f in found:
        print(f"  false alarm: {path}:{f['line']}:{f['column']} {f['headline']}")
    return len(found)


def planted(folder: Path, name: str, plant: dict, into: Path) -> tuple[Path, int]:
    """A copy of folder/name with the plant made, and the offset of the planted text."""
    text = (folder / name).read_text(encoding="utf-8")
    at = text.index(plant["from"])
    target = into / name
    target.write_text(text[:at] + plant["to"] + text[at + len(plant["from"]):], encoding="utf-8")
    return target, at


def data_args(entry: dict, report: Path) -> list[str]:
    folder = DESK / "data"
    rules = ["--rules", str(folder / entry["rules"])] if entry.get("rules") else []
    return [*rules, "--data", str(folder / entry["table"]), str(report)]


def data_tables() -> tuple[int, int, int]:
    """(caught, planted, false alarms on the true reports)."""
    folder = DESK / "data"
    true_runs = {(p["report"], p["table"], p.get("rules")) for p in PLANTS["data"]}
    false_alarms = sum(told_false_alarms(errors(audit(*data_args({"table": table, "rules": rules}, folder / report)),
                                                (DATA_CHECK,)))
                       for report, table, rules in sorted(true_runs, key=str))
    caught = 0
    for plant in PLANTS["data"]:
        with tempfile.TemporaryDirectory() as tmp:
            report, at = planted(folder, plant["report"], plant, Path(tmp))
            found = errors(audit(*data_args(plant, report)), (DATA_CHECK,))
        hit = any(fig["start"] == at for _, f in found for fig in f["figures"])
        caught += hit
        if not hit:
            print(f"  missed: {plant['report']}: {plant['from']} -> {plant['to']}")
    return caught, len(PLANTS["data"]), false_alarms


def pair_paths(pair: str, folder: Path) -> tuple[Path, Path]:
    return folder / f"{pair}-release.txt", folder / f"{pair}-report.txt"


def across_documents() -> tuple[int, int, int]:
    folder = DESK / "compare"
    false_alarms = sum(told_false_alarms(errors(audit("--compare", *map(str, pair_paths(pair, folder))),
                                                (CONFLICT, MISSING)))
                       for pair in PAIRS)
    caught = 0
    for plant in PLANTS["compare"]:
        with tempfile.TemporaryDirectory() as tmp:
            release, report = pair_paths(plant["pair"], folder)
            changed, at = planted(folder, (release if plant["doc"] == "release" else report).name, plant, Path(tmp))
            for other in (release, report):
                if other.name != changed.name:
                    (Path(tmp) / other.name).write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
            release, report = pair_paths(plant["pair"], Path(tmp))
            found = errors(audit("--compare", str(release), str(report)), (CONFLICT, MISSING))
        if plant.get("expect") == "missing":
            hit = any(f["check"] == MISSING for _, f in found)
        else:  # a finding on the planted figure (a conflict, or a headline no longer in the report),
            # or a conflict that points at it
            hit = any((path == str(changed) and any(fig["start"] == at for fig in f["figures"]))
                      or any(r["path"] == str(changed) and r["start"] == at for r in f.get("related", ()))
                      for path, f in found)
        caught += hit
        if not hit:
            print(f"  missed: {plant['pair']} {plant['doc']}: {plant['from']!r} -> {plant['to']!r}")
    return caught, len(PLANTS["compare"]), false_alarms


def main() -> None:
    caught, total, false_alarms = data_tables()
    print(f"data tables (6 reports): caught {caught}/{total} planted differences; "
          f"{false_alarms} false alarms on the true reports")
    caught, total, false_alarms = across_documents()
    print(f"across documents (6 release/report pairs): caught {caught}/{total} planted mismatches; "
          f"{false_alarms} false alarms on the true pairs")


if __name__ == "__main__":
    main()
