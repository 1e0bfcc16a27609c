#!/usr/bin/env python3
"""Where an audit's CPU goes, stage by stage, without a profiler's distortion.

Runs `audit --format json --jobs 1 FILE` in this process with a CPU clock (time.process_time) around
each stage: extraction, the meaning layer (`grammar.read`: segments, frames, links), each built-in
check's `find` (its relations drawn to the end), the decisions (`engine.decide_all`) and the rest
(reading, the JSON report, fingerprints). A profiler charges every Python call the same overhead,
so it overstates readers made of many small calls (cProfile put the meaning layer at 38% of a
1 MB run that this clock puts at 39%, but the decisions at 10% against 6%); a clock around a few
dozen calls costs nothing measurable.

With --readers, also each reader the meaning layer's build calls, timed at its outermost call
(a reader another reader calls is counted in its caller), with how many of its calls return
nothing and the CPU those took: the work a cheap precondition could save. Parts of the meaning
the checks ask for later (properties worked out on first use) are charged to the check asking.

Use text that does not repeat itself as well as the throughput benchmark's: that text repeats a
63 KB block, so each 120,000-character section of a long document holds every report about twice,
and about 46% of a 1 MB run's findings are restatements of one copy's figures by the other
(5,968 same-measure findings of 12,887; text without repeats gives some 4 findings per KB, not 13).
The default is `corpus_text` up to its first repetition.
Run: python bench/stages.py [FILE] [--readers] [--top N]
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import io
import sys
import tempfile
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import corpus_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class Clock:
    """CPU seconds per name; `outermost` counts a call only when no other timed call is running."""

    def __init__(self) -> None:
        self.seconds: collections.Counter = collections.Counter()
        self.calls: collections.Counter = collections.Counter()
        self.empty_seconds: collections.Counter = collections.Counter()
        self.empty_calls: collections.Counter = collections.Counter()
        self.running = 0

    def timed(self, name: str, function, drawn: bool = False, outermost: bool = False):
        """`function` timed under `name`; `drawn`: it returns an iterator, drawn to its end inside the clock."""
        def wrapper(*args, **kwargs):
            if outermost and self.running:
                return function(*args, **kwargs)
            self.running += 1
            started = time.process_time()
            try:
                result = function(*args, **kwargs)
                if drawn:
                    result = iter(list(result))
                return result
            finally:
                spent = time.process_time() - started
                self.running -= 1
                self.seconds[name] += spent
                self.calls[name] += 1
                if outermost and not _found_something(locals().get("result")):
                    self.empty_seconds[name] += spent
                    self.empty_calls[name] += 1
        return wrapper


def _found_something(result) -> bool:
    """Whether a reader's result holds anything (a pair of lists, as some readers return, counts when either does)."""
    if isinstance(result, tuple) and len(result) == 2 and all(isinstance(x, (list, tuple, dict, set)) for x in result):
        return bool(result[0]) or bool(result[1])
    return bool(result)


def instrument(clock: Clock, readers: Clock | None) -> None:
    from auditor import audit, engine, grammar
    from auditor.checks import CHECKS

    # (a check that asks for the meaning again is timed as the check: outermost calls only)
    audit.extract_with_notes = clock.timed("extraction", audit.extract_with_notes, outermost=True)
    grammar.read = clock.timed("meaning layer (grammar.read)", grammar.read, outermost=True)
    audit.decide_all = clock.timed("decisions (engine.decide_all)", audit.decide_all)
    assert audit.decide_all is not engine.decide_all
    for check_id, check in CHECKS.items():
        object.__setattr__(check, "find", clock.timed(f"check {check_id}", check.find, drawn=True))
    if readers is not None:
        # the readers _build calls by their names in the grammar package's namespace (a clock of
        # their own: they run inside grammar.read's)
        for name, value in list(vars(grammar).items()):
            if isinstance(value, types.FunctionType) and name not in ("read", "_build") and not name.startswith("__"):
                module = value.__module__.rsplit(".", 1)[-1]
                setattr(grammar, name, readers.timed(f"reader {module}.{name}", value, outermost=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", help="a report (default: the benchmark's sources, once)")
    parser.add_argument("--readers", action="store_true", help="time each reader of the meaning layer as well")
    parser.add_argument("--top", type=int, default=30, help="readers listed (default 30)")
    args = parser.parse_args()
    from auditor import relax_garbage_collection

    relax_garbage_collection()
    with contextlib.ExitStack() as stack:
        path = args.file
        if path is None:
            block = corpus_text(10_000_000)
            once = block[:block.find(block[:2000], 1)]  # up to the first repetition of its opening
            folder = stack.enter_context(tempfile.TemporaryDirectory())
            path = str(Path(folder) / "once.txt")
            Path(path).write_text(once, encoding="utf-8")
        clock, readers = Clock(), Clock() if args.readers else None
        instrument(clock, readers)
        from auditor.cli import main as audit

        started = time.process_time()
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                audit(["--format", "json", "--jobs", "1", "--no-config", path], prog_name="audit", standalone_mode=False)
            except SystemExit:
                pass
        total = time.process_time() - started
        size = Path(path).stat().st_size
    print(f"{size:,} bytes, {total:.2f} s CPU after imports ({total / size * 1e6:.2f} s per MB)")
    checks = sum(v for k, v in clock.seconds.items() if k.startswith("check "))
    stages = [(k, v) for k, v in clock.seconds.items() if not k.startswith("check ")]
    stages.insert(2, ("checks (every find)", checks))
    stages.append(("the rest (reading, report, fingerprints, dedup)", total - sum(v for _, v in stages)))
    for name, seconds in stages:
        print(f"  {name:50} {seconds:7.2f} s {100 * seconds / total:5.1f}%")
    for name, seconds in sorted(((k, v) for k, v in clock.seconds.items() if k.startswith("check ")), key=lambda x: -x[1]):
        if seconds >= total / 200:
            print(f"    {name:48} {seconds:7.2f} s {100 * seconds / total:5.1f}%")
    if readers is not None:
        timed = sorted(readers.seconds.items(), key=lambda x: -x[1])
        empty = sum(readers.empty_seconds[k] for k, _ in timed)
        print(f"  readers of the meaning layer: {sum(v for _, v in timed):.2f} s, {empty:.2f} s of it in calls "
              f"that returned nothing")
        for name, seconds in timed[:args.top]:
            print(f"    {name:48} {seconds:7.3f} s {100 * seconds / total:5.1f}%  {readers.calls[name]:6} calls, "
                  f"{readers.empty_calls[name]:6} found nothing ({readers.empty_seconds[name]:.3f} s)")


if __name__ == "__main__":
    main()
