#!/usr/bin/env python3
"""How much faster `audit --jobs 2` audits a large batch than `--jobs 1` (target: 1.8x on 2 cores),
and whether the two reports are byte for byte the same (they must be).

The batch is 1,000 reports of 2 to 5 KB cut, at paragraph breaks, from the fixture reports and
the texts of bench/corpus, written to a temporary folder. Each run is the whole command,
`python -m auditor --format json --jobs N FOLDER`, timed from start to exit.
Run: python bench/batch.py [--files N] [--jobs N] [--keep]
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "fixtures", ROOT / "bench" / "corpus"]
SMALLEST, LARGEST = 2_000, 5_000  # bytes of one report


def paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in SOURCES for p in sorted(folder.rglob("*"))
             if p.suffix in (".txt", ".md") and p.name != "README.md"]
    return [block.strip() for text in texts for block in re.split(r"\n\s*\n", text) if block.strip()]


def write_reports(folder: Path, count: int) -> int:
    """`count` reports of SMALLEST to LARGEST bytes, the paragraphs taken in turn; their total size."""
    pool, sizes = paragraphs(), random.Random(11)
    position = total = 0
    for number in range(count):
        target, report = sizes.randint(SMALLEST, LARGEST), []
        while sum(len(p) + 2 for p in report) < target:
            report.append(pool[position % len(pool)])
            position += 1
        text = "\n\n".join(report) + "\n"
        (folder / f"report-{number:04d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def timed_audit(folder: Path, jobs: int) -> tuple[float, bytes, int]:
    command = [sys.executable, "-m", "auditor", "--format", "json", "--no-config", "--jobs", str(jobs), folder.name]
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=folder.parent, capture_output=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"--jobs {jobs} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}")
    return elapsed, proc.stdout, proc.returncode


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_headroom(jobs: int) -> float:
    """How much faster `jobs` processes spinning run than one, now: on a shared machine the
    other programs' load caps any speed-up, and this says by how much."""
    from concurrent.futures import ProcessPoolExecutor

    work = 5_000_000
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_spin, [1] * jobs))  # started
        start = time.perf_counter()
        list(pool.map(_spin, [work] * jobs))
        together = time.perf_counter() - start
        start = time.perf_counter()
        pool.submit(_spin, work * jobs).result()
        alone = time.perf_counter() - start
    return alone / together


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000, help="reports in the batch (default 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="processes of the parallel run (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the folder of reports and print its path")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="audit-batch-"))
    folder = workdir / "reports"
    folder.mkdir()
    size = write_reports(folder, args.files)
    print(f"{args.files:,} reports, {size / 1e6:.1f} MB, in {folder if args.keep else 'a temporary folder'}")
    print(f"the machine now runs {args.jobs} busy processes {parallel_headroom(args.jobs):.2f}x as fast as one")
    one, one_out, code = timed_audit(folder, 1)
    print(f"--jobs 1: {one:6.1f} s (exit {code})")
    many, many_out, code = timed_audit(folder, args.jobs)
    print(f"--jobs {args.jobs}: {many:6.1f} s (exit {code})")
    print(f"speed-up {one / many:.2f}x; outputs identical: {'yes' if one_out == many_out else 'NO'} "
          f"({len(one_out):,} bytes of JSON)")
    print(f"afterwards: {args.jobs} busy processes run {parallel_headroom(args.jobs):.2f}x as fast as one")
    if not args.keep:
        import shutil

        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
