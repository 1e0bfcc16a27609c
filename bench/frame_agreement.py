#!/usr/bin/env python3
"""How well the figures' frames tell one measure from another: a component measure, not a score.

An annotated restatement (kinds `same`, `restatement`, `same_metric`, `same-measure`, verdict consistent, two
figures) is one measure of one period stated twice, so its two figures should carry the same period and the same
measure in the auditor's frames. Any pairing that looks figures up by their frames (the measure index, a learned
scorer) can only be as good as that agreement. This prints, over annotated folders, how often the two figures'
periods and measures agree, overlap, differ or are missing, and where relations are missed, whether their figures
are extracted at all and how far apart they stand.

Run: python bench/frame_agreement.py bench/corpus/tune [more folders]   (needs ../shared/bench/score.py)
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

SCORER = Path(__file__).resolve().parents[2] / "shared" / "bench"
RESTATEMENT_KINDS = {"same", "restatement", "same_metric", "same-measure"}


def audit(paths: list[Path]) -> dict[str, dict]:
    """The JSON report of each file, by file name (one `audit` run per hundred files)."""
    documents = {}
    for i in range(0, len(paths), 100):
        run = subprocess.run([sys.executable, "-m", "auditor", "--format", "json", *map(str, paths[i:i + 100])],
                             capture_output=True, text=True)
        for document in json.loads(run.stdout)["documents"]:
            documents[Path(document["path"]).name] = document
    return documents


def figure_at(document: dict, start: int, end: int) -> dict | None:
    """The auditor's figure whose span overlaps an annotated figure's, `start` to `end`."""
    return next((f for f in document["figures"] if f["start"] < end and start < f["end"]), None)


def period_agreement(a: str, b: str) -> str:
    if not a and not b:
        return "both missing"
    if not a or not b:
        return "one missing"
    if a == b:
        return "equal"
    return "one inside the other" if a.startswith(b) or b.startswith(a) else "differ"


def measure_agreement(a: str, b: str) -> str:
    wa, wb = set(a.split()), set(b.split())
    if not wa and not wb:
        return "both missing"
    if not wa or not wb:
        return "one missing"
    if a == b:
        return "equal"
    return "overlap" if wa & wb else "disjoint"


def distance(text: str, figs) -> str:
    """Where a relation's figures stand relative to each other: one sentence, one paragraph, or further apart."""
    between = text[min(f.start for f in figs):max(f.end for f in figs)]
    if "\n\n" in between:
        return "paragraphs"
    return "sentences" if re.search(r"[.;!?]\s+[A-Z(]", between) else "one sentence"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(SCORER))
    import score  # the scorer's own reading of annotations and its matching rule

    reports = sorted(p for folder in args.folders for p in folder.glob("*.txt") if p.with_suffix(".yaml").exists())
    documents = audit(reports)
    periods, measures, missed = collections.Counter(), collections.Counter(), collections.Counter()
    relations = covered = 0
    for report in reports:
        document = documents.get(report.name)
        if document is None:
            continue
        text = report.read_text(encoding="utf-8")
        for rel in score.load_relations(text, report.with_suffix(".yaml")):
            if rel.verdict not in ("consistent", "inconsistent"):
                continue
            relations += 1
            found = [figure_at(document, f.start, f.end) for f in rel.figs.values()]
            if any(score.matches(f, rel) and f.get("status") in ("consistent", "inconsistent")
                   for f in document["findings"]):
                covered += 1
            else:
                missed[("figure not extracted" if None in found else "extracted", distance(text, rel.figs.values()))] += 1
            if rel.kind in RESTATEMENT_KINDS and rel.verdict == "consistent" and len(found) == 2 and None not in found:
                periods[period_agreement(found[0]["period"], found[1]["period"])] += 1
                measures[measure_agreement(found[0]["measure"], found[1]["measure"])] += 1
    print(f"{relations} relations, {covered} covered, {relations - covered} missed")
    for (extracted, apart), n in missed.most_common():
        print(f"  missed, {extracted}, {apart}: {n}")
    print(f"annotated restatements: {sum(periods.values())}")
    print("  periods:  " + ", ".join(f"{k} {v}" for k, v in periods.most_common()))
    print("  measures: " + ", ".join(f"{k} {v}" for k, v in measures.most_common()))


if __name__ == "__main__":
    main()
