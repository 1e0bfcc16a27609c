#!/usr/bin/env python3
"""Peak memory of a command and every process it starts (a pool's workers, its fork server),
which /usr/bin/time -v and bench/throughput.py, reading only the main process, do not count.
The resident memory of the whole tree is sampled every 50 ms and its largest sum printed, with
each process's own peak (pages shared by a fork are counted in each process, as `ps` counts them).
Run: python bench/memory_tree.py OUTPUT -- audit --format json report-10MB.txt
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

_PAGE = os.sysconf("SC_PAGE_SIZE")


def processes() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, resident bytes), from /proc (Linux)."""
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as stat:
                    text = stat.read()
            except OSError:  # ended meanwhile
                continue
            fields = text[text.rindex(")") + 2:].split()  # after the command name, which may hold spaces
            out[int(name)] = (int(fields[1]), int(fields[21]) * _PAGE)
    return out


def main() -> None:
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        raise SystemExit(__doc__)
    with open(sys.argv[1], "w") as output:
        start = time.perf_counter()
        child = subprocess.Popen(sys.argv[3:], stdout=output)
        peak, each = 0, {}
        while child.poll() is None:
            table = processes()
            tree, grew = {child.pid}, True
            while grew:  # the command's descendants
                grew = False
                for pid, (parent, _) in table.items():
                    if parent in tree and pid not in tree:
                        tree.add(pid)
                        grew = True
            sizes = {pid: table[pid][1] for pid in tree if pid in table}
            peak = max(peak, sum(sizes.values()))
            for pid, size in sizes.items():
                each[pid] = max(each.get(pid, 0), size)
            time.sleep(0.05)
    mb = 2 ** 20
    print(f"exit {child.returncode}, {time.perf_counter() - start:.1f} s; peak of all processes {peak / mb:.0f} MB; "
          f"each process's peak: {', '.join(f'{size / mb:.0f}' for size in sorted(each.values(), reverse=True))} MB")


if __name__ == "__main__":
    main()
