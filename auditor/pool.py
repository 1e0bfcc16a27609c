"""The process pool of `audit --jobs N` (see auditor.parallel, which decides when to use it)."""
from __future__ import annotations

import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator, Sequence

from auditor import relax_garbage_collection
from auditor.audit import audit_each, audit_one, inputs, internal_error_message
from auditor.model import DocumentAudit, InputError, RenderedDocument
from auditor.parallel import forkserver_context
from auditor.sources import STDIN, shown_path

Outcome = DocumentAudit | RenderedDocument | InputError

# Documents per task: enough to make the cost of a task small beside the audits, few enough
# that the last tasks of a batch end together.
MAX_CHUNK = 8
TASKS_PER_WORKER = 8  # a batch is cut into at least this many tasks per worker, when it can be
IN_FLIGHT_PER_WORKER = 4  # tasks queued per worker: it never waits, and memory stays bounded


def audit_in_pool(paths, stdin_name, rules, timeout, count, all_content: bool = False, render=None,
                  desk=None) -> Iterator[Outcome]:
    items = list(inputs(paths, stdin_name))
    try:
        pool = _Pool(count, rules, timeout, all_content, render, desk)
    except BrokenProcessPool:  # no worker can start here: the same audit in this process
        yield from audit_each(paths, stdin_name, rules, timeout, all_content, desk)
        return
    in_flight: deque[tuple[list, Future | None, int]] = deque()
    tasks = _tasks(items, count)
    finished = False
    try:
        while True:
            for task in tasks:
                in_flight.append((task, pool.submit(task), pool.generation))
                if len(in_flight) >= count * IN_FLIGHT_PER_WORKER:
                    break
            if not in_flight:
                finished = True
                return
            task, future, generation = in_flight.popleft()
            if future is None:  # an error found before auditing, or standard input
                item = task[0]
                yield item if isinstance(item, InputError) else audit_one(item, stdin_name, rules, timeout, all_content, desk)
            else:
                yield from pool.outcomes(task, future, generation)
    finally:
        # After the last outcome the workers are idle and are waited for: left running, the
        # pool's thread could race the interpreter's exit and print a traceback on stderr
        # (OSError: Bad file descriptor). Stopped early (Ctrl-C, an error), nothing is waited for.
        pool.shutdown(wait=finished)


def _here(item: str | InputError) -> bool:
    """Whether an item is for this process: standard input, or an error known before auditing."""
    return isinstance(item, InputError) or item == STDIN


def _chunk_size(left: int, count: int) -> int:
    """Documents in the next task when `left` are still to hand out to `count` workers: at most
    MAX_CHUNK, and TASKS_PER_WORKER tasks per worker for what is left, so the tasks shrink to
    one document towards the end of the batch (guided scheduling). With one size for the whole
    batch, a worker given the last task of 8 reports worked on alone for up to 0.3 s while the
    other, done, waited."""
    return max(1, min(MAX_CHUNK, left // (count * TASKS_PER_WORKER)))


def _tasks(items: list, count: int) -> Iterator[list]:
    """Consecutive files in chunks (see _chunk_size); an item for this process alone."""
    chunk: list[str] = []
    size = _chunk_size(len(items), count)
    for done, item in enumerate(items):
        if _here(item):
            if chunk:
                yield chunk
                chunk = []
            yield [item]
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
            size = _chunk_size(len(items) - done - 1, count)
    if chunk:
        yield chunk


class _Pool:
    """The worker processes, replaced when one dies, and a one-worker pool of their own for
    the documents that were in flight then."""

    def __init__(self, count: int, rules: Sequence, timeout: float | None, all_content: bool = False, render=None,
                 desk=None):
        self.count, self.rules, self.timeout, self.all_content = count, tuple(rules), timeout, all_content
        self.render, self.desk = render, desk
        self.generation = 0  # counts the pools started; a broken pool's tasks are of an older one
        self.executor = self._start(count)
        self.isolation: ProcessPoolExecutor | None = None
        # A worker that cannot even start (a program importing the auditor that lacks
        # `if __name__ == "__main__":`, which each worker would run again) says so here,
        # before any document is blamed for it.
        self.executor.submit(_ready).result()

    def _start(self, count: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(count, mp_context=forkserver_context(), initializer=_start_worker,
                                   initargs=(self.rules, self.timeout, self.all_content, self.render, self.desk))

    def submit(self, task: list) -> Future | None:
        if _here(task[0]):
            return None
        try:
            return self.executor.submit(_audit_chunk, task)
        except BrokenProcessPool:  # broke since the last task was handed out
            self._restart()
            return self.executor.submit(_audit_chunk, task)

    def outcomes(self, task: list, future: Future, generation: int) -> list[Outcome]:
        try:
            return future.result()
        except BrokenProcessPool:
            if generation == self.generation:
                self._restart()
        except Exception:  # the outcomes could not come back (e.g. one did not pickle): one at a time
            pass
        return [self._alone(path) for path in task]

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start(self.count)
        self.generation += 1

    def _alone(self, path: str) -> Outcome:
        """`path` audited with no other document in its pool, so that a death is its own."""
        if self.isolation is None:
            self.isolation = self._start(1)
        try:
            return self.isolation.submit(_audit_chunk, [path]).result()[0]
        except BrokenProcessPool:
            self.isolation.shutdown(wait=False)
            self.isolation = None
            return InputError(shown_path(path), "the process auditing it died (killed, or out of memory), "
                                                "so it was left out; please report it if it is an ordinary report")
        except Exception as exc:
            return InputError(shown_path(path), internal_error_message(exc))

    def shutdown(self, wait: bool = False) -> None:
        for executor in (self.executor, self.isolation):
            if executor is not None:
                executor.shutdown(wait=wait, cancel_futures=True)


# -- in a worker ---------------------------------------------------------------------

_rules: tuple = ()
_timeout: float | None = None
_all_content = False
_render = None  # renders a document's part of the report here, when the format allows
_desk = None  # the table and the options of --data and --compare
_auditing = False


def _start_worker(rules: tuple, timeout: float | None, all_content: bool = False, render=None, desk=None) -> None:
    global _rules, _timeout, _all_content, _render, _desk
    _rules, _timeout, _all_content, _render, _desk = rules, timeout, all_content, render, desk
    relax_garbage_collection()
    signal.signal(signal.SIGINT, _interrupted)


def _interrupted(signum, frame) -> None:
    """Ctrl-C reaches every process of the terminal's group. The main process stops the run;
    a worker stops the audit it is in, and is left to exit quietly when it waits for work
    (a KeyboardInterrupt there would print a traceback of the pool's own code)."""
    if _auditing:
        raise KeyboardInterrupt


def _ready() -> bool:
    return True


def _audit_chunk(paths: list[str]) -> list[Outcome]:
    global _auditing
    _auditing = True
    try:
        return [_rendered(audit_one(path, timeout=_timeout, rules=_rules, all_content=_all_content, desk=_desk)) for path in paths]
    finally:
        _auditing = False


def _rendered(outcome: Outcome) -> Outcome:
    if _render is None or not isinstance(outcome, DocumentAudit):
        return outcome
    return RenderedDocument(outcome.verdicts(), _render(outcome))
