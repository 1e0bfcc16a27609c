"""`audit corpus`: the rows from a Dask cluster are the findings of `audit --format json`,
in the same order; without Dask, one line and exit 2."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPORTS = [str(FIXTURES / "employment-bulletin-2021.txt"), str(FIXTURES / "render" / "city-budget.md"),
           str(FIXTURES / "checks"), str(FIXTURES / "clean" / "p1_01_lfs.md")]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def scheduler():
    """A cluster as `dask-scheduler` and two `dask-worker`s would give: two small processes."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, memory_limit="600MiB",
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def expected_rows(paths: list[str]) -> list[tuple]:
    """What each row must say, from the single-process JSON report."""
    report = json.loads(run("--jobs", "1", "--format", "json", "--no-config", *paths).stdout)
    out = []
    for doc in report["documents"]:
        for f in doc["findings"]:
            out.append((doc["path"], "finding", f["check"], f["status"], f["severity"], f["message"], f["stated"],
                        f["computed"], f["line"], f["column"], f["end_line"], f["end_column"], f["fingerprint"],
                        f["suppressed"], [(x["id"], x["text"], x["start"], x["end"], x["line"], x["column"])
                                          for x in f["figures"]]))
        for u in doc["unused_suppressions"]:
            out.append((doc["path"], "unused-suppression", u["message"], u["line"], u["column"]))
    return out + [(e["path"], "error", e["message"]) for e in report["errors"]]


def as_expected(row: dict) -> tuple:
    if row["kind"] == "error":
        return row["path"], "error", row["message"]
    if row["kind"] == "unused-suppression":
        return row["path"], row["kind"], row["message"], row["line"], row["column"]
    return (row["path"], row["kind"], row["check"], row["status"], row["severity"], row["message"], row["stated"],
            row["computed"], row["line"], row["column"], row["end_line"], row["end_column"], row["fingerprint"],
            row["suppressed"], [(x["id"], x["text"], x["start"], x["end"], x["line"], x["column"])
                                for x in row["figures"]])


def test_json_lines_rows_are_the_findings_of_one_process_in_order(scheduler, tmp_path, monkeypatch):
    from auditor import corpus

    monkeypatch.setattr(corpus, "MIN_WINDOW", 2)  # chunks wait for their turn, more are sent as they go
    monkeypatch.setattr(corpus, "CHUNKS_PER_THREAD", 1)
    paths = [*REPORTS, str(tmp_path / "missing.txt")]
    out = tmp_path / "findings.jsonl"
    result = run("corpus", "--scheduler", scheduler, "--chunk-size", "3", "--no-config", "-o", out, *paths)
    assert result.exit_code == 2  # the missing file
    assert result.stderr.splitlines() == [f"error: {tmp_path / 'missing.txt'}: cannot read: No such file or directory"]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [as_expected(row) for row in rows] == expected_rows(paths)
    assert {row["kind"] for row in rows} == {"finding", "unused-suppression", "error"}
    assert all(isinstance(row["stated"], str) for row in rows if row["kind"] == "finding")


def test_parquet_from_a_local_cluster_and_the_exit_code(tmp_path):
    pytest.importorskip("distributed")
    parquet = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "findings.parquet"
    result = run("corpus", "--workers", "2", "--chunk-size", "2", "--no-config", "-o", out, *REPORTS)
    assert result.exit_code == 1, result.stderr  # the bulletin contradicts itself
    rows = parquet.read_table(out).to_pylist()
    assert [as_expected(row) for row in rows] == expected_rows(REPORTS)


def test_without_dask_audit_corpus_says_how_to_install_it(monkeypatch):
    for name in ("dask", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # `import dask.distributed` raises ImportError
    result = run("corpus", *REPORTS)
    assert result.exit_code == 2
    assert result.stderr == "error: audit corpus needs Dask: pip install '.[dask]'\n"
    assert result.stdout == ""


def test_parquet_without_pyarrow_says_how_to_install_it(monkeypatch, tmp_path):
    pytest.importorskip("distributed")
    for name in ("pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, name, None)
    result = run("corpus", "-o", tmp_path / "findings.parquet", *REPORTS)
    assert result.exit_code == 2
    assert result.stderr == "error: writing Parquet needs pyarrow: pip install '.[dask]'\n"


def test_standard_input_is_refused():
    result = run("corpus", "-")
    assert result.exit_code == 2 and "not standard input" in result.stderr


def test_audit_itself_never_imports_dask():
    import subprocess

    code = ("import sys\nfrom auditor.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'pyarrow'}))")
    proc = subprocess.run([sys.executable, "-c", code, "--jobs", "2", "--format", "json", *REPORTS[:2]],
                          capture_output=True, text=True, timeout=120)
    assert proc.stdout.splitlines()[-1] == "[]"
