"""`audit --jobs N`: the same report, byte for byte, as one process; a worker's death is one
document's input error; text and annotations are written as the documents are done."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import parallel, pool
from auditor.cli import FORMATS, _with_progress, main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPORTS = [FIXTURES / "employment-bulletin-2021.txt", FIXTURES / "render" / "city-budget.md",
           FIXTURES / "checks" / "share-of-total.md", FIXTURES / "render" / "bulletin.html",
           FIXTURES / "checks" / "growth-rate.md"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def batch(tmp_path) -> list[str]:
    """Good reports with a binary file and a missing one among them."""
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not text \xff\xfe" * 10)
    paths = [str(p) for p in REPORTS]
    return paths[:2] + [str(binary)] + paths[2:4] + [str(tmp_path / "missing.txt")] + paths[4:]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_jobs_write_what_one_job_writes(batch, fmt):
    one, two = run("--format", fmt, "--jobs", "1", *batch), run("--format", fmt, "--jobs", "2", *batch)
    assert one.exit_code == two.exit_code == 2
    assert two.stdout == one.stdout and two.stderr == one.stderr
    assert len([line for line in two.stderr.splitlines() if line.startswith("error:")]) == 2
    if fmt == "json":  # the good reports are all there, in order
        assert [d["path"] for d in json.loads(two.stdout)["documents"]] == [str(p) for p in REPORTS]


def test_two_jobs_with_rules_and_more_files_than_chunks(tmp_path):
    """Rules go to the workers pickled; 40 files make several chunks per worker."""
    paths = [str(p) for p in REPORTS] * 8
    args = ("--format", "json", "--rules", "employment", *paths)
    one, two = run("--jobs", "1", *args), run("--jobs", "2", *args)
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    assert any(f["rule_file"] for d in json.loads(two.stdout)["documents"] for f in d["findings"])


def test_baselines_are_written_and_applied_the_same_with_two_jobs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = [str(p) for p in REPORTS]
    for jobs in ("1", "2"):
        assert run("--jobs", jobs, "--write-baseline", f"base{jobs}.json", *paths).exit_code == 0
    assert (tmp_path / "base1.json").read_text() == (tmp_path / "base2.json").read_text()
    (tmp_path / "base1.json").write_text(json.dumps({"findings": json.loads(
        (tmp_path / "base1.json").read_text())["findings"][1:]}))  # one finding is new again
    for fmt in ("sarif", "json"):  # json: rendered in this process, not in the workers, once a baseline applies
        one = run("--jobs", "1", "--format", fmt, "--baseline", "base1.json", *paths)
        two = run("--jobs", "2", "--format", fmt, "--baseline", "base1.json", *paths)
        assert one.exit_code == two.exit_code == 1
        assert two.stdout == one.stdout


@pytest.mark.parametrize("renderer", ["json", "github"])
def test_workers_render_each_document_as_this_process_would(renderer):
    from auditor.audit import audit_one
    from auditor.model import RenderedDocument
    from auditor.render import github, json_report

    render = {"json": json_report.document_json, "github": github.document_lines}[renderer]
    paths = [str(p) for p in REPORTS[:3]]
    outcomes = list(pool.audit_in_pool(paths, "<stdin>", (), None, 2, render=render))
    assert all(isinstance(o, RenderedDocument) for o in outcomes)
    here = [audit_one(path) for path in paths]
    assert [o.text for o in outcomes] == [render(doc) for doc in here]
    assert [o.audit for o in outcomes] == [doc.verdicts() for doc in here]


@pytest.mark.parametrize("fmt", ["json", "github"])  # the formats the workers write
@pytest.mark.parametrize("fail_on", ["note", "warning", "error"])
def test_what_workers_send_back_decides_the_exit_code_as_the_whole_audit_does(fmt, fail_on):
    """A worker sends back only each finding's verdict with the document's report (verdicts()):
    enough for every exit code, suppressed findings (city-budget.md) and notes included."""
    args = ("--format", fmt, "--fail-on", fail_on, *REPORTS)
    one, two = run("--jobs", "1", *args), run("--jobs", "2", *args)
    assert two.stdout == one.stdout and two.stderr == one.stderr and two.exit_code == one.exit_code
    assert run("--jobs", "2", "--exit-zero", *args).exit_code == 0


def test_tasks_shrink_to_single_documents_at_the_end_of_a_batch():
    items = [f"r{i}.txt" for i in range(1000)]
    tasks = list(pool._tasks(items, 2))
    assert [p for task in tasks for p in task] == items
    assert len(tasks[0]) == pool.MAX_CHUNK and [len(t) for t in tasks[-20:]] == [1] * 20
    assert [len(t) for t in pool._tasks(items[:5], 2)] == [1] * 5


def test_a_worker_that_dies_is_an_input_error_for_its_document_and_the_batch_goes_on(tmp_path, monkeypatch):
    import _worker_faults

    dies = tmp_path / "dies.txt"
    dies.write_text("Exports rose 5% to $2.1 billion.\n", encoding="utf-8")
    good = [str(p) for p in REPORTS]
    expected = run("--format", "json", "--jobs", "1", *good)
    monkeypatch.setattr(pool, "_audit_chunk", _worker_faults.audit_with_faults)
    result = run("--format", "json", "--jobs", "2", good[0], str(dies), *good[1:])
    assert result.exit_code == 2
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {dies}: the process auditing it died (killed, or out of memory), so it was left out; "
        "please report it if it is an ordinary report"]
    assert json.loads(result.stdout)["documents"] == json.loads(expected.stdout)["documents"]


def test_the_time_budget_and_the_guard_of_a_document_hold_in_a_worker(tmp_path, monkeypatch):
    import _worker_faults

    for name in ("slow.txt", "raises.txt"):
        (tmp_path / name).write_text("Exports rose 5% to $2.1 billion.\n", encoding="utf-8")
    monkeypatch.setattr(pool, "_audit_chunk", _worker_faults.audit_with_faults)
    result = run("--format", "json", "--jobs", "2", "--timeout-per-file", "0.5",
                 REPORTS[0], tmp_path / "slow.txt", tmp_path / "raises.txt", REPORTS[2])
    assert result.exit_code == 2
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {tmp_path / 'slow.txt'}: took longer than 0.5 s to audit (--timeout-per-file), so it was left out; "
        "please report it if it is an ordinary report",
        f"error: {tmp_path / 'raises.txt'}: internal error (ZeroDivisionError: injected in a worker); "
        "this is a bug in the auditor, please report it with the input that caused it"]
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == [str(REPORTS[0]), str(REPORTS[2])]


@pytest.mark.parametrize("fmt, streamed", [("text", True), ("github", True), ("json", True), ("sarif", False)])
def test_text_and_annotations_are_written_as_each_document_is_done(tmp_path, monkeypatch, fmt, streamed):
    from auditor.audit import audit_one

    out = tmp_path / "report.out"
    written_before_the_second = []

    def one_by_one(paths, *args):
        yield audit_one(paths[0])
        written_before_the_second.append(out.read_text(encoding="utf-8"))
        yield audit_one(paths[1])

    whole = run("--format", fmt, "--jobs", "1", REPORTS[0], REPORTS[3])
    monkeypatch.setattr(parallel, "audit_batch", one_by_one)
    run("--format", fmt, "-o", out, REPORTS[0], REPORTS[3])
    assert out.read_text(encoding="utf-8") == whole.stdout
    early = written_before_the_second[0]
    assert bool(early) == streamed and whole.stdout.startswith(early)
    if fmt == "text":  # the summary line comes at the end
        assert "2 files" not in early and "2 files" in whole.stdout
    if fmt == "json":  # the opening and the first entry, not yet the close
        assert '"documents": [' in early and '"errors"' not in early


@pytest.mark.parametrize("fmt, keeps_text", [("text", False), ("json", False), ("github", False), ("sarif", True)])
def test_a_document_written_is_kept_only_as_its_verdicts(monkeypatch, fmt, keeps_text):
    """A batch of 100,000 reports must not hold every report's text and figures until the end."""
    from auditor import audit

    kept = []
    original = audit.collect

    def collect(outcomes, *args):
        result = original(outcomes, *args)
        kept.extend(result.documents)
        return result

    monkeypatch.setattr(audit, "collect", collect)
    run("--format", fmt, "--jobs", "1", REPORTS[0], REPORTS[3])
    assert [bool(d.text) for d in kept] == [keeps_text, keeps_text]
    whole = [audit.audit_one(str(path)) for path in (REPORTS[0], REPORTS[3])]
    assert [d.figure_count for d in kept] == [len(d.figures) for d in whole]
    assert [[f.status for f in d.findings] for d in kept] == [[f.status for f in d.findings] for d in whole]
    assert any(f.figures for d in kept for f in d.findings) == keeps_text


def test_a_pool_ends_without_a_word_on_standard_error(tmp_path):
    """The pool's thread once raced the interpreter's exit now and then ("OSError: Bad file
    descriptor" printed as an ignored exception): the workers are now waited for."""
    reports = []
    for number in range(4):
        source = REPORTS[number % len(REPORTS)]
        copy = tmp_path / f"r{number}{source.suffix}"
        copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        reports.append(str(copy))
    for _ in range(3):
        proc = subprocess.run([sys.executable, "-m", "auditor", "--format", "text", "--jobs", "2", *reports],
                              capture_output=True, text=True, cwd=FIXTURES.parent, timeout=120)
        assert proc.returncode in (0, 1) and proc.stderr == ""


def test_how_many_processes_audit_a_batch(tmp_path, monkeypatch):
    small = [str(p) for p in REPORTS[:3]]
    large = tmp_path / "large.txt"
    large.write_text(REPORTS[0].read_text(encoding="utf-8") * 300, encoding="utf-8")
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 4)
    assert parallel.workers(small[:1], 2) == 1  # one file: no pool
    assert parallel.workers(["-", small[0]], 2) == 1  # standard input is read here
    assert parallel.workers(small, 2) == 2 and parallel.workers(small, 8) == 3  # asked for: a pool
    assert parallel.workers(small, None) == 1  # by default, not for a few pages
    assert parallel.workers([*small, str(large)], None) == 4
    assert parallel.workers([*small, str(large)], 1) == 1


def test_standard_input_is_audited_in_its_place_among_pooled_files():
    text = "In 2021 the city created 10,200 new jobs. By the end of 2021 it had created 12,900 new jobs.\n"
    args = ["--format", "json", "--stdin-filename", "city.txt", str(REPORTS[0]), "-", str(REPORTS[2]), "-"]
    one = CliRunner().invoke(main, ["--jobs", "1", *args], input=text)
    two = CliRunner().invoke(main, ["--jobs", "2", *args], input=text)
    assert two.stdout == one.stdout and two.stderr == one.stderr and two.exit_code == one.exit_code == 2
    assert [d["path"] for d in json.loads(two.stdout)["documents"]] == [str(REPORTS[0]), "city.txt", str(REPORTS[2])]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("count, shown", [(5, False), (25, True)])
def test_a_progress_bar_is_drawn_on_a_terminal_for_a_long_batch_only(monkeypatch, count, shown):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(_with_progress(iter(range(count)), count, color=None)) == list(range(count))
    assert bool(terminal.getvalue()) == shown
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # not a terminal: never
    assert list(_with_progress(iter(range(count)), count, color=None)) == list(range(count))
    assert sys.stderr.getvalue() == ""



def test_workers_audit_with_this_auditor_whatever_the_current_directory_holds(tmp_path):
    # run from a folder holding another `auditor` package (a checkout of another version): the fork server must not
    # import it, or the report would depend on --jobs. The decoy serves the real modules, and leaves a mark.
    root = Path(parallel.__file__).resolve().parent.parent  # (the auditor these tests run)
    marker = tmp_path / "decoy-imported.txt"
    (tmp_path / "auditor").mkdir()
    (tmp_path / "auditor" / "__init__.py").write_text(
        f"open({str(marker)!r}, 'a').write('imported')\n__path__.append({str(root / 'auditor')!r})\n")
    env = {**os.environ, "PYTHONPATH": str(root)}
    # (the installed command, as a user runs it: its own folder, not the current one, heads its path)
    result = subprocess.run([str(Path(sys.executable).parent / "audit"), "--no-config", "--format", "json",
                             "--jobs", "2", *map(str, REPORTS)], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.stdout and not marker.exists()
