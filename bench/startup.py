#!/usr/bin/env python3
"""Cold start: the whole command on the one-page fixture against the floor of starting Python with click and rich
(target: at most 3x), each the median of N runs interleaved so that both see the same machine.
Run: python bench/startup.py [--runs 9]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "fixtures" / "employment-bulletin-2021.txt"


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="runs of each, interleaved; the median is reported")
    runs = parser.parse_args().runs
    floor, audit = [], []
    for _ in range(runs):
        floor.append(timed([sys.executable, "-c", "import click, rich.console"]))
        audit.append(timed([sys.executable, "-m", "auditor", str(REPORT)]))
    f, a = statistics.median(floor), statistics.median(audit)
    print(f"floor {f:.3f} s, audit {a:.3f} s: {a / f:.2f}x (target 3x)")


if __name__ == "__main__":
    main()
