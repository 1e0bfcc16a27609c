#!/usr/bin/env python3
"""How long extracting figures from 1 MB of report text takes (target: under 2 s).

The text is the fixture reports (and the shared corpus, when present) repeated
to 1 MB, as paragraphs, so every part of the grammar is exercised at scale.
Run: python bench/extract_speed.py [--size BYTES] [--repeat N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from auditor.document import Document
from auditor.extract import extract_figures

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "fixtures", ROOT / "fixtures" / "extraction", ROOT.parent / "shared" / "corpus",
           ROOT.parent / "shared" / "seed"]


def corpus_text(size: int) -> str:
    pieces = [p.read_text(encoding="utf-8") for folder in SOURCES if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    block = "\n\n".join(pieces)
    copies = size // len(block.encode("utf-8")) + 1
    text = "\n\n".join([block] * copies)
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of text (default 1 MB)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    args = parser.parse_args()
    text = corpus_text(args.size)
    document = Document("bench.txt", text)
    best, count = float("inf"), 0
    for _ in range(args.repeat):
        started = time.process_time()
        count = len(extract_figures(document))
        best = min(best, time.process_time() - started)
    print(f"{len(text.encode('utf-8')):,} bytes, {count:,} figures: {best:.2f} s of CPU time (best of {args.repeat})")


if __name__ == "__main__":
    main()
