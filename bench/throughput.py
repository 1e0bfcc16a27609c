#!/usr/bin/env python3
"""Throughput of the whole command at three sizes (targets: 1 MB in 4 s, 10 MB in 40 s,
growth exponent at most 1.1, at most 300 MB of memory at 10 MB).

Each size is one report built from the fixture reports (and the shared corpus, when present)
repeated to that many bytes, as bench/extract_speed.py builds it. Each size is audited twice with
`python -m auditor --format json FILE`: with `--jobs 1`, all in one process, timed in CPU seconds
(steadier than the wall clock on a shared machine) with its peak memory; and as a user runs it
(a long document's sections on every core), timed on the wall clock, which is what the targets
are about. The floor is a plain regular-expression scan for numbers over the same text in this
process, so the ratio says how far the auditor is from reading the text once.
Run: python bench/throughput.py [--sizes 100000,1000000,10000000] [--repeat N]
"""
from __future__ import annotations

import argparse
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import corpus_text  # noqa: E402

_NUMBER = re.compile(r"\d[\d,.]*")


def audit_once(path: Path, *options: str) -> tuple[float, float, int]:
    """CPU seconds, wall seconds and peak memory (KB) of one whole-command run (of the main
    process: the workers' are not counted)."""
    wall = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "auditor", "--format", "json", *options, str(path)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=path.parent)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - wall
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode("utf-8", "replace")
    child.stderr.close()
    if child.returncode not in (0, 1):
        raise SystemExit(f"audit exited {child.returncode} on {path}: {error.strip()}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss


def scan_seconds(text: str, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        start = time.process_time()
        sum(1 for _ in _NUMBER.finditer(text))
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000,10000000", help="bytes, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the best is reported")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            text = corpus_text(size)
            path = Path(folder) / f"report-{size}.txt"
            path.write_text(text, encoding="utf-8")
            cpu, _, memory = min(audit_once(path, "--jobs", "1") for _ in range(args.repeat))
            wall = min(audit_once(path)[1] for _ in range(args.repeat))
            rows.append((size, cpu, wall, memory, scan_seconds(text, 3)))
    print(f"{'size':>12} {'CPU s':>8} {'peak MB':>8} {'x scan':>8} {'wall s':>8} {'MB/s':>7}")
    print(f"{'':>12} {'(one process: --jobs 1)':>26} {'(as run, every core)':>17}")
    for size, cpu, wall, memory, scan in rows:
        print(f"{size:>12,} {cpu:>8.2f} {memory / 1024:>8.0f} {cpu / max(scan, 1e-6):>8.0f} {wall:>8.2f} "
              f"{size / 1e6 / wall:>7.3f}")
    if len(rows) > 1:
        (small, small_cpu, *_), (large, large_cpu, *_) = rows[0], rows[-1]
        exponent = math.log(large_cpu / small_cpu) / math.log(large / small)
        print(f"growth exponent {small:,} to {large:,} bytes: {exponent:.2f} (CPU time ~ size^exponent)")


if __name__ == "__main__":
    main()
