"""Auditing many reports on several cores: `audit --jobs N`.

The documents go to a pool of worker processes in small chunks, and their outcomes come
back in input order: the report is the same, byte for byte, as with `--jobs 1`, and a
document can be printed as soon as it and every document before it are done.

- Workers start from a fork server, never as a fork of this process (which may be running
  threads: the progress bar's, Dask's), and receive the compiled rules once, through the
  pool's initializer.
- Each document is still audited inside `audit_one`'s guard: an internal error or the time
  budget becomes an InputError (a task runs in its worker's main thread, where SIGALRM works).
- A worker that dies (killed, out of memory) breaks the whole pool and the chunks it was
  running. The documents of the broken chunks are audited again one at a time, in a pool of
  their own, so that the one that kills its worker again is known: it becomes an InputError,
  and the rest of the batch goes on in a fresh pool.
- Standard input is read in this process, in its place in the order.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Callable, Iterator, Sequence

from auditor.audit import audit_each
from auditor.model import DocumentAudit, InputError, RenderedDocument
from auditor.sources import STDIN

Outcome = DocumentAudit | RenderedDocument | InputError

# Starting a pool costs about half a second, the time to audit some 50 KB of prose: a smaller
# batch is audited in this process unless --jobs asks for a pool.
POOL_MIN_BYTES = 200_000


def audit_batch(paths: Sequence[str], stdin_name: str = "<stdin>", rules: Sequence = (),
                timeout: float | None = None, jobs: int | None = None, all_content: bool = False,
                render: Callable[[DocumentAudit], str] | None = None, desk=None) -> Iterator[Outcome]:
    """Each input audited, in input order, in as many processes as `workers` decides. With
    `render`, a document audited in a worker comes back as a RenderedDocument, and so does a
    long one that `render` writes section by section (see audit.audit_one)."""
    count = workers(paths, jobs)
    if count == 1:
        sections = jobs if jobs is not None else (os.cpu_count() or 1)
        if sections == 1:
            return audit_each(paths, stdin_name, rules, timeout, all_content, desk, render=render)
        return _each_with_section_pool(paths, stdin_name, rules, timeout, all_content, desk, sections, render)
    from auditor.pool import audit_in_pool  # multiprocessing costs 30 ms at start: only for a pool

    return audit_in_pool(paths, stdin_name, rules, timeout, count, all_content, render, desk)


def workers(paths: Sequence[str], jobs: int | None) -> int:
    """How many processes audit `paths`: 1 means this one. `jobs` None is the default of
    --jobs: one per core, for a batch large enough to repay starting them."""
    files = [p for p in paths if p != STDIN]
    if len(files) < 2:
        return 1
    if jobs is None:
        jobs = os.cpu_count() or 1
        if jobs > 1 and _total_size(files) < POOL_MIN_BYTES:
            return 1
    return max(1, min(jobs, len(files)))


def _total_size(files: Sequence[str]) -> int:
    total = 0
    for path in files:
        try:
            total += os.path.getsize(path)
        except OSError:  # reported when it is read
            pass
        if total >= POOL_MIN_BYTES:
            break
    return total


def forkserver_context():
    """The multiprocessing context every pool of the auditor starts its workers from: a fork
    server (never a fork of this process: see above) that imports the auditor once, so that a
    worker starts ready to audit."""
    import multiprocessing  # (30 ms at start: only for a pool)

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["auditor.parallel"])
    _start_fork_server_on_this_path()
    return context


def _start_fork_server_on_this_path() -> None:
    """Start the fork server so that it imports the auditor this process runs. Python 3.11 starts it
    with "python -c", which puts the current directory first on its path and ignores this process's
    path: run from a folder holding another `auditor` package (a checkout of another version), the
    workers would audit with that one, and the report would depend on --jobs. PYTHONSAFEPATH keeps
    the current directory off the server's path; the server is started here, once, under it."""
    from multiprocessing import forkserver

    before = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = before


def _each_with_section_pool(paths, stdin_name, rules, timeout, all_content, desk, count: int,
                            render=None) -> Iterator[Outcome]:
    """The documents audited in this process, the sections of a long one in a pool of `count`."""
    pool = SectionPool(count)
    finished = False
    try:
        yield from audit_each(paths, stdin_name, rules, timeout, all_content, desk, pool.map, render)
        finished = True
    finally:
        # idle workers are waited for: left running, the pool's thread races the interpreter's
        # exit and prints a traceback (see auditor.pool); stopped early, nothing is waited for
        pool.shutdown(wait=finished)


class SectionPool:
    """Worker processes for the sections of a long document (auditor.audit.audit_section),
    started when the first long document comes: most runs have none, and a pool costs half
    a second to start. Sections come back in order, so the report is the one `--jobs 1` gives."""

    def __init__(self, count: int):
        self.count = count
        self.executor = None

    def map(self, function, items) -> Iterator:
        """`function` of each item, in order, each handed over as soon as it and those before it
        are done (like `map`), so that the caller can write and drop one before the next.

        The last item is worked on here, in this process, while the workers start and take the
        others: this process would otherwise only wait for them, and the workers have one item
        less to share (9 sections on 2 workers: 4 rounds instead of 5)."""
        items = list(items)
        if len(items) < 2:
            yield from map(function, items)
            return
        if self.executor is None:
            from concurrent.futures import ProcessPoolExecutor

            self.executor = ProcessPoolExecutor(self.count, mp_context=forkserver_context(),
                                                initializer=_start_section_worker)
        try:
            futures = deque(self.executor.submit(function, item) for item in items[:-1])
            last = function(items[-1])  # (held until the others are handed over: one item more in memory)
            while futures:
                # each future let go of as it is handed over: a future holds its result, and a
                # list of them would hold every section's audit to the end (500 MB at 10 MB)
                yield futures.popleft().result()
            yield last
        except BaseException:
            # the time budget ran out, Ctrl-C, a worker died, the caller stopped reading (its own
            # error): this pool is done with, and the next long document (if the run goes on) gets a fresh one
            self.shutdown()
            raise

    def shutdown(self, wait: bool = False) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=wait, cancel_futures=True)
            self.executor = None


def _start_section_worker() -> None:
    import signal

    from auditor import relax_garbage_collection

    relax_garbage_collection()
    # Ctrl-C reaches every process of the terminal's group: the main process stops the run,
    # and a worker finishes its section quietly (a KeyboardInterrupt there prints the pool's traceback)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
