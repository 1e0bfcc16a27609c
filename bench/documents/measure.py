"""Measure how well the auditor reads documents: of the figures that belong to each report
(NAME.expected, written by build.py), the share it reads ("read"), and of the figures it reads,
the share that do not belong to the report ("extra": menus, footers, front matter, code, URLs).

    python bench/documents/build.py && python bench/documents/measure.py [CORPUS] [--all-content]
    python bench/documents/measure.py --html-with trafilatura   # web pages read by trafilatura instead

A figure is matched by its text as written, each expected figure at most once.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

SUFFIXES = (".md", ".html", ".pdf", ".docx")


def figures_by_auditor(files: list[Path], all_content: bool) -> dict[str, list[str]]:
    command = [sys.executable, "-m", "auditor", "figures", "--format", "json", "--no-config"]
    command += ["--all-content"] if all_content else []
    result = subprocess.run(command + [str(f) for f in files], capture_output=True, text=True, check=False)
    if not result.stdout.strip():  # an auditor from before --no-config and --all-content (to compare)
        command = [sys.executable, "-m", "auditor", "figures", "--format", "json"]
        result = subprocess.run(command + [str(f) for f in files], capture_output=True, text=True, check=False)
    return {d["path"]: [f["text"] for f in d["figures"]] for d in json.loads(result.stdout)}


def figures_by_trafilatura(files: list[Path]) -> dict[str, list[str]]:
    """The web pages' main content as trafilatura extracts it (tables kept), read as plain text."""
    import trafilatura

    from auditor.document import Document
    from auditor.extract import extract_figures

    out = {}
    for f in files:
        text = trafilatura.extract(f.read_text(encoding="utf-8"), include_tables=True, include_comments=False,
                                   favor_precision=False) or ""
        out[str(f)] = [fig.text for fig in extract_figures(Document(str(f), text + "\n"))]
    return out


def score(expected: list[str], found: list[str]) -> tuple[int, int, int]:
    """(expected figures read, expected figures, figures read that are not expected)"""
    want, got = Counter(expected), Counter(found)
    matched = sum((want & got).values())
    return matched, sum(want.values()), sum(got.values()) - matched


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parent / "corpus"))
    parser.add_argument("--all-content", action="store_true", help="read web pages whole (audit --all-content)")
    parser.add_argument("--html-with", choices=["auditor", "trafilatura"], default="auditor")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses and extras of each file")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    files = sorted(f for f in corpus.iterdir() if f.suffix in SUFFIXES)
    found = figures_by_auditor(files, args.all_content)
    if args.html_with == "trafilatura":
        found.update(figures_by_trafilatura([f for f in files if f.suffix == ".html"]))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for f in files:
        expected = (corpus / f"{f.stem}.expected").read_text(encoding="utf-8").split("\n")
        expected = [e for e in expected if e]
        got = found.get(str(f), [])
        matched, wanted, extra = score(expected, got)
        for key in (f.suffix, "all"):
            t = totals[key]
            t[0] += matched; t[1] += wanted; t[2] += extra; t[3] += len(got)
        if args.verbose and (matched < wanted or extra):
            print(f"{f.name}: missed {list((Counter(expected) - Counter(got)).elements())}, "
                  f"extra {list((Counter(got) - Counter(expected)).elements())}")
    for key in list(SUFFIXES) + ["all"]:
        if key not in totals:
            continue
        matched, wanted, extra, read = totals[key]
        count = sum(1 for f in files if f.suffix == key) if key != "all" else len(files)
        print(f"{key:6} {count:3} files  read {matched / wanted:6.1%} ({matched}/{wanted})  "
              f"extra {extra / max(read, 1):6.1%} ({extra}/{read})")


if __name__ == "__main__":
    main()
