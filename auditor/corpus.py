"""`audit corpus`: a corpus of reports audited on a Dask cluster, one row per finding.

The reports are cut into chunks (`--chunk-size`, 100 by default), one Dask task each, so
that 100,000 files make 1,000 tasks. A task audits its reports with the same guard as
`audit` (`audit_one`) and sends back rows, not documents: the text and figures of a report
stay on the worker. The rows are written as the tasks finish, in input order: a chunk that
finishes before those ahead of it waits in memory until they are written, and no more
chunks are sent while a window of them is running or waiting. Output is JSON Lines, or
Parquet when the file name ends in `.parquet` (pyarrow).

A row is a finding (`kind` "finding"), an inline directive that suppressed nothing
("unused-suppression") or a report that could not be audited ("error"); its fields are
those of the JSON report's findings (DESIGN section 5), with stated and computed values as
the text wrote them: strings, never floats. Each task also sends back the findings that
decide the exit code, without their text, for `AuditResult.exit_code`.

Dask runs a task in a worker thread, where SIGALRM cannot interrupt it: --timeout-per-file
does not hold here. Dask itself is imported only by `run`, so that `audit` never needs it.
"""
from __future__ import annotations

import json
from dataclasses import replace
from typing import Iterable, Iterator, Sequence

from auditor.audit import collect
from auditor.model import AuditResult, DocumentAudit, InputError, Status

DEFAULT_CHUNK = 100
PARQUET_ROWS_PER_GROUP = 10_000  # rows written to Parquet together: a row group per chunk would be tiny

COLUMNS = ("path", "kind", "check", "rule_file", "status", "severity", "message", "stated", "computed",
           "line", "column", "end_line", "end_column", "page", "fingerprint", "suppressed", "figures")
FIGURE_FIELDS = ("id", "text", "start", "end", "line", "column", "page")


class ExtraMissing(Exception):
    """A package of the `dask` extra is not installed: dask.distributed, or pyarrow for Parquet."""


def rows(outcome: DocumentAudit | InputError) -> list[dict]:
    """The rows of one audited report, in the JSON report's order of its findings."""
    from auditor.render.json_report import finding_record, unused_record

    if isinstance(outcome, InputError):
        return [_row(outcome.path, "error", message=outcome.message, line=outcome.line, column=outcome.column)]
    out = []
    for finding in outcome.findings:
        record = finding_record(finding)
        record["figures"] = [{name: figure.get(name) for name in FIGURE_FIELDS} for figure in record["figures"]]
        out.append(_row(outcome.path, "finding", **record))
    for unused in outcome.unused_suppressions:
        record = unused_record(unused)
        out.append(_row(outcome.path, "unused-suppression", check="unused-suppression", severity="note",
                        message=record["message"], line=record["line"], column=record["column"],
                        fingerprint=record["fingerprint"]))
    return out


def _row(path: str, kind: str, **fields) -> dict:
    row = dict.fromkeys(COLUMNS)
    row.update(path=path, kind=kind, figures=[])
    # the columns are fixed (they are the Parquet schema): a field the JSON report may add is not one
    row.update((name, value) for name, value in fields.items() if name in row)
    return row


def verdict(outcome: DocumentAudit | InputError) -> DocumentAudit | InputError:
    """What of an outcome the exit code depends on: the inconsistent findings (without their
    figures or message) and the unused suppressions of a document; an error as it is."""
    if isinstance(outcome, InputError):
        return outcome
    findings = tuple(replace(f, figures=(), message="") for f in outcome.findings if f.status is Status.INCONSISTENT)
    return replace(outcome, text="", figures=(), findings=findings, notes=())


def audit_chunk(paths: Sequence[str], rules: Sequence = ()) -> tuple[list[dict], list]:
    """A Dask task: the rows and verdicts of a chunk of reports."""
    from auditor.audit import audit_one

    chunk_rows, verdicts = [], []
    for path in paths:
        outcome = audit_one(path, rules=rules)
        chunk_rows.extend(rows(outcome))
        verdicts.append(verdict(outcome))
    return chunk_rows, verdicts


def require_dask() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise ExtraMissing("audit corpus needs Dask: pip install '.[dask]'") from None


def run(paths: Sequence[str], sink, rules: Sequence = (), rule_errors: Sequence[InputError] = (),
        scheduler: str | None = None, workers: int = 2, chunk_size: int = DEFAULT_CHUNK) -> AuditResult:
    """Audit `paths` on the cluster at `scheduler` (a local one of `workers` processes when
    None), writing the rows to `sink` in input order. The result holds what the exit code
    needs (`verdict`), with `rule_errors` first."""
    require_dask()
    from dask.distributed import Client, LocalCluster

    chunks = [list(paths[i:i + chunk_size]) for i in range(0, len(paths), chunk_size)]
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # any free port: never a clash with another cluster
    verdicts: list = []
    try:
        with Client(scheduler or cluster) as client:
            for chunk_rows, chunk_verdicts in _in_order(client, chunks, rules):
                sink.write(chunk_rows)
                verdicts.extend(chunk_verdicts)
    finally:
        if cluster is not None:
            cluster.close()
    return collect(verdicts, rule_errors)


MIN_WINDOW, CHUNKS_PER_THREAD = 16, 8  # chunks running or done but waiting for their turn


def _in_order(client, chunks: list[list[str]], rules: Sequence) -> Iterator[tuple[list, list]]:
    """Each chunk's rows and verdicts, in input order, as soon as it and all before it are
    done. At most a window of chunks is running or waiting for its turn, so that memory stays
    bounded however large the corpus and however slow one chunk."""
    from dask.distributed import as_completed

    [shared_rules] = client.scatter([tuple(rules)], broadcast=True)  # sent once to each worker
    window = max(MIN_WINDOW, CHUNKS_PER_THREAD * sum(client.nthreads().values()))
    index_of: dict = {}  # running future -> its chunk's index
    finished: dict[int, tuple[list, list]] = {}  # done before their turn
    running = as_completed()
    submitted = turn = 0
    while turn < len(chunks):
        while submitted < len(chunks) and len(index_of) + len(finished) < window:
            future = client.submit(audit_chunk, chunks[submitted], shared_rules, pure=False)
            index_of[future] = submitted
            running.add(future)
            submitted += 1
        future = next(running)
        finished[index_of.pop(future)] = future.result()
        future.release()
        while turn in finished:
            yield finished.pop(turn)
            turn += 1


# -- where the rows go ------------------------------------------------------------------

def open_sink(output: str | None):
    """JSON Lines on standard output (None or '-'), to a file, or Parquet for `*.parquet`."""
    if output and output != "-" and output.lower().endswith(".parquet"):
        return ParquetRows(output)
    return JsonLinesRows(output)


class JsonLinesRows:
    def __init__(self, output: str | None):
        import sys

        self.to_file = bool(output) and output != "-"
        self.stream = open(output, "w", encoding="utf-8") if self.to_file else sys.stdout

    def write(self, chunk_rows: Iterable[dict]) -> None:
        self.stream.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in chunk_rows))
        self.stream.flush()

    def close(self) -> None:
        if self.to_file:
            self.stream.close()


class ParquetRows:
    def __init__(self, output: str):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ExtraMissing("writing Parquet needs pyarrow: pip install '.[dask]'") from None
        self.pa = pa
        self.schema = parquet_schema()
        self.writer = pq.ParquetWriter(output, self.schema)
        self.pending: list[dict] = []

    def write(self, chunk_rows: Iterable[dict]) -> None:
        self.pending.extend(chunk_rows)
        if len(self.pending) >= PARQUET_ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(self.pa.Table.from_pylist(self.pending, schema=self.schema))
            self.pending = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def parquet_schema():
    import pyarrow as pa

    text, number = pa.string(), pa.int64()
    figure = pa.struct([(name, text if name in ("id", "text") else number) for name in FIGURE_FIELDS])
    return pa.schema([(name, pa.list_(figure) if name == "figures" else
                       number if name in ("line", "column", "end_line", "end_column", "page") else text)
                      for name in COLUMNS])
