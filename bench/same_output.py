#!/usr/bin/env python3
"""Whether a change kept the auditor's behaviour: the JSON and text reports (with standard error and exit
code) of one tree against another's, byte for byte, over every tune-side report and fixture.

A refactoring that must not change what the auditor says is checked with it:

    python bench/same_output.py /path/to/base-tree /path/to/changed-tree [--cache DIR]

Each tree is run as `audit` with PYTHONPATH set to it, from a neutral folder and with --no-config, over the
files below (holdout folders left out), in chunks. `--cache DIR` keeps the base tree's reports in DIR and reads
them from there the next time, so that a second comparison runs only the changed tree. It prints the files
whose reports differ (names only: some tune-side reports are a blind validation set whose text is not to be
read) and exits 1 if any differ.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared")
# the tune-side reports, paraphrase items, decoys, fixtures and shared corpora (never a holdout)
FOLDERS = [ROOT / "bench" / "corpus" / "tune", *sorted((ROOT / "bench" / "paraphrase").glob("*tune")),
           *sorted((ROOT / "bench").glob("decoys2*")), ROOT / "bench" / "documents", ROOT / "bench" / "bulletins",
           ROOT / "fixtures", SHARED / "corpus", SHARED / "seed"]
READ_SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".csv", ".tsv"}
FORMATS = (("json", ["--format", "json"]), ("text", ["--format", "text", "-v", "--no-color"]))
CHUNK = 150


def report_files() -> list[Path]:
    found = {p.resolve() for folder in FOLDERS if folder.is_dir() for p in folder.rglob("*")
             if p.is_file() and p.suffix.lower() in READ_SUFFIXES and "holdout" not in str(p)}
    return sorted(found)


def run_tree(tree: str, files: list[Path]) -> dict[str, str]:
    """Each chunk's reports, keyed by format and chunk number: stdout, stderr and exit code."""
    env = dict(os.environ, PYTHONPATH=tree, NO_COLOR="1", COLUMNS="120")
    env.pop("FORCE_COLOR", None)
    audit = str(Path(sys.executable).parent / "audit")
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as neutral:
        for name, options in FORMATS:
            for start in range(0, len(files), CHUNK):
                chunk = [str(p) for p in files[start:start + CHUNK]]
                proc = subprocess.run([audit, *options, "--no-config", "--jobs", "2", "--timeout-per-file", "0",
                                       *chunk], capture_output=True, text=True, env=env, cwd=neutral)
                out[f"{name}:{start}"] = json.dumps([proc.stdout, proc.stderr, proc.returncode])
    return out


def differing_files(base: dict[str, str], changed: dict[str, str], files: list[Path]) -> list[str]:
    """The files whose JSON document differs; for text (one stream a chunk) the chunks that differ."""
    different: list[str] = []
    for key in sorted(set(base) | set(changed)):
        if base.get(key) == changed.get(key):
            continue
        name, start = key.split(":")
        chunk = files[int(start):int(start) + CHUNK]
        if name == "json":
            try:
                docs_a = json.loads(json.loads(base[key])[0])["documents"]
                docs_b = json.loads(json.loads(changed[key])[0])["documents"]
                paths = [d["path"] for d, e in zip(docs_a, docs_b) if d != e]
            except (KeyError, ValueError, TypeError):
                paths = []
            different.extend(f"json: {p}" for p in paths or [f"chunk of {chunk[0].name}..{chunk[-1].name}"])
            if paths == [] and base.get(key) != changed.get(key):
                different.append(f"json: standard error or exit code of the chunk from {chunk[0].name}")
        else:
            different.append(f"{name}: chunk of {chunk[0].name}..{chunk[-1].name}")
    return different


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the tree to compare against (its PYTHONPATH)")
    parser.add_argument("changed", help="the changed tree (its PYTHONPATH)")
    parser.add_argument("--cache", help="folder to keep the base tree's reports in and read them from")
    args = parser.parse_args()
    files = report_files()
    listing = hashlib.sha256("\n".join(map(str, files)).encode()).hexdigest()[:12]
    cached = Path(args.cache) / f"base-{listing}.json" if args.cache else None
    if cached and cached.exists():
        base = json.loads(cached.read_text())
    else:
        base = run_tree(args.base, files)
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(json.dumps(base))
    changed = run_tree(args.changed, files)
    different = differing_files(base, changed, files)
    for line in different:
        print("DIFFERS", line)
    print(f"{len(files)} files, {len(FORMATS)} formats: "
          + ("byte-identical" if not different else f"{len(different)} differences"))
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
