#!/usr/bin/env python3
"""Work done twice: the auditor's Python calls that repeat an earlier call's arguments.

Runs `audit --format json --jobs 1 FILE` in this process under a profiling hook and, for every
function of the auditor, counts its calls and those whose arguments equal an earlier call's
(numbers and strings by value, every other object by identity: the same figure, segment or
frame, not an equal one), with the time spent in those repeated calls. A repeated call's
result could have been kept; its time is what keeping it could save at most.

The hook costs far more than the small functions it times, so the shares overstate what short
calls cost: rank with them, then measure a change with `valgrind --tool=callgrind` or CPU time.
Generators are counted at their first call only (each resumption is a call to the hook), and
comprehensions and lambdas not at all. Use text that does not repeat itself (the throughput
benchmark's text repeats a 63 KB block, and a call on a sentence's text would count as repeated
at its second copy): `corpus_text` up to its first repetition is such a text (the default).
Run: python bench/repeats.py [FILE] [--top N]
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import decimal
import fractions
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import corpus_text  # noqa: E402

_BY_VALUE = (str, int, float, bool, type(None), decimal.Decimal, fractions.Fraction, bytes)
_GENERATOR_FLAGS = 0x20 | 0x80 | 0x200  # CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR
_UNNAMED = ("<genexpr>", "<listcomp>", "<dictcomp>", "<setcomp>", "<lambda>")


class RepeatCounter:
    def __init__(self) -> None:
        self.calls: collections.Counter = collections.Counter()
        self.repeats: collections.Counter = collections.Counter()
        self.time_all: collections.Counter = collections.Counter()  # inclusive
        self.time_repeated: collections.Counter = collections.Counter()
        self.own_all = 0.0  # exclusive time of every counted call, and of the repeated ones
        self.own_repeated = 0.0
        self._seen: dict = collections.defaultdict(set)
        self._kept: list = []  # every argument keyed by identity, held so no id() is reused
        self._first_offset: dict = {}  # a generator's code -> the offset its first call starts at
        self._open: dict = {}  # id(frame) -> (function, repeated, start, [time in counted callees])
        self._stack: list = []

    def _key(self, value):
        if isinstance(value, _BY_VALUE):
            return type(value), value
        if isinstance(value, (tuple, frozenset)) and len(value) < 8 and all(isinstance(x, _BY_VALUE) for x in value):
            return type(value), value
        self._kept.append(value)
        return "id", id(value)

    def hook(self, frame, event, _arg) -> None:
        if event == "return":
            self._returned(frame)
        elif event == "call":
            self._called(frame)

    def _called(self, frame) -> None:
        code = frame.f_code
        if "/auditor/" not in code.co_filename or code.co_name in _UNNAMED:
            return
        if code.co_flags & _GENERATOR_FLAGS and frame.f_lasti > self._first_offset.setdefault(code, frame.f_lasti):
            return  # a generator resumed, not called
        names = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
        arguments = frame.f_locals
        key = tuple(self._key(arguments.get(name)) for name in names)
        function = (code.co_filename.split("/auditor/")[1], code.co_firstlineno, code.co_name)
        self.calls[function] += 1
        seen = self._seen[function]
        repeated = key in seen
        if repeated:
            self.repeats[function] += 1
        else:
            seen.add(key)
        callees = [0.0]
        self._stack.append(callees)
        self._open[id(frame)] = (function, repeated, time.perf_counter(), callees)

    def _returned(self, frame) -> None:
        entry = self._open.pop(id(frame), None)
        if entry is None:
            return
        function, repeated, start, callees = entry
        spent = time.perf_counter() - start
        own = spent - callees[0]
        self.time_all[function] += spent
        self.own_all += own
        if repeated:
            self.time_repeated[function] += spent
            self.own_repeated += own
        if self._stack and self._stack[-1] is callees:
            self._stack.pop()
        if self._stack:
            self._stack[-1][0] += spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", help="a report (default: the benchmark's text up to its first repetition)")
    parser.add_argument("--top", type=int, default=40, help="functions listed (default 40)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.file
        if path is None:
            text = corpus_text(1_000_000)
            path = str(Path(folder) / "once.txt")
            Path(path).write_text(text[:text.find(text[:2000], 1)], encoding="utf-8")
        from auditor.cli import main as audit

        counter = RepeatCounter()
        sys.argv = ["audit", "--format", "json", "--jobs", "1", path]
        start = time.perf_counter()
        sys.setprofile(counter.hook)
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                audit()
        except SystemExit:
            pass
        finally:
            sys.setprofile(None)
        total = time.perf_counter() - start
    print(f"{sum(counter.calls.values()):,} calls, {sum(counter.repeats.values()):,} repeating an earlier call; "
          f"time in the repeated calls' own code {100 * counter.own_repeated / max(counter.own_all, 1e-9):.1f}% "
          f"(under the hook, {total:.1f} s)")
    print(f"{'repeated':>9} {'all':>6}  {'repeats':>15}  function (time: inclusive, share of the run)")
    for function in sorted(counter.time_repeated, key=lambda f: -counter.time_repeated[f])[:args.top]:
        print(f"{100 * counter.time_repeated[function] / total:8.2f}% {100 * counter.time_all[function] / total:5.2f}%  "
              f"{counter.repeats[function]:>7,}/{counter.calls[function]:<7,}  "
              f"{function[0]}:{function[1]} {function[2]}")


if __name__ == "__main__":
    main()
