#!/usr/bin/env python3
"""How long the pathological inputs of issue 12 take, against ordinary report text of the same size.

    python bench/pathological.py [--size BYTES] [--only NAME]

Each pattern is repeated to --size bytes (default 1 MB) and audited in-process (read as
text, figures, meaning, checks, decisions, JSON). The target: none takes more than 5 times
as long as the ordinary text. The same patterns, small, are a standing test
(tests/test_hostile_inputs.py).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def ordinary(size: int) -> str:
    """The fixture and corpus reports, repeated as paragraphs (bench/extract_speed.py's text)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from extract_speed import corpus_text

    return corpus_text(size)


def _fill(unit: str, size: int, sep: str = "") -> str:
    return (unit + sep) * (size // len((unit + sep).encode("utf-8")) + 1)


PATTERNS = {
    "digits with spaces": lambda n: _fill(" ".join(random.Random(1).choice("0123456789") for _ in range(500)) + ".", n, "\n"),
    "digits with commas": lambda n: _fill(",".join(random.Random(2).choice("0123456789") for _ in range(500)) + ".", n, "\n"),
    "digits with dots": lambda n: _fill(".".join(random.Random(3).choice("0123456789") for _ in range(500)) + ".", n, "\n"),
    "100k-digit numbers": lambda n: _fill("7" * 100_000, n, " "),
    "((((": lambda n: "(" * n,
    "||||": lambda n: "|" * n,
    "| 1 | 1 |": lambda n: _fill("| 1 ", n) + "|",
    "%%%%": lambda n: "%" * n,
    "repeated scale words": lambda n: _fill("5 million billion trillion crore lakh", n, " "),
    "one 1 MB line": lambda n: _fill("Exports rose 12% to $5.6 billion from $5.0 billion, and imports 3% to 4.1 billion", n, ", "),
    "100k one-number lines": lambda n: "\n".join(str(i % 1000) for i in range(n // 4)),
}


def audit_seconds(text: str) -> float:
    from auditor.audit import audit_document
    from auditor.document import Document
    from auditor.model import AuditResult
    from auditor.render import render_string

    began = time.perf_counter()
    result = AuditResult((audit_document(Document("bench.txt", text)),), (), "bench")
    render_string(result, "json")
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--only", default=None)
    parser.add_argument("--factor", type=float, default=5.0)
    args = parser.parse_args()
    base = audit_seconds(ordinary(args.size))
    print(f"{'ordinary report text':<24} {base:7.2f} s")
    worst = 0.0
    for name, make in PATTERNS.items():
        if args.only and args.only != name:
            continue
        text = make(args.size)[:args.size]
        seconds = audit_seconds(text)
        worst = max(worst, seconds / base)
        print(f"{name:<24} {seconds:7.2f} s  ({seconds / base:.2f}x)", flush=True)
    print(f"worst: {worst:.2f}x ordinary (target at most {args.factor:g}x)")
    return 0 if worst <= args.factor else 1


if __name__ == "__main__":
    sys.exit(main())
