"""A crash is never read as a finding (issue 16): every fault of one input, of the
environment or of the auditor itself is one line on stderr and exit 2, and the other
documents of the batch are still audited, with complete and valid JSON and SARIF."""
from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from auditor.checks import CHECKS
from auditor.cli import main

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
OUTPUT_SCHEMA = json.loads((ROOT / "auditor" / "schemas" / "output.schema.json").read_text(encoding="utf-8"))

GOOD = {  # two reports with findings of every status, audited beside the bad input
    "jobs.txt": "The city created 10,200 new jobs in 2021. By the end of 2021 it had created 12,900 new jobs.\n",
    "exports.txt": "Exports were $120 million and imports $80 million, a trade surplus of $40 million.\n",
}


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def good_reports(folder: Path) -> list[str]:
    paths = []
    for name, text in GOOD.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def alone(path: str, fmt: str = "json") -> dict:
    """What a report gives audited on its own: the batch must give the same for it."""
    return json.loads(run("--format", fmt, path).stdout)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(("error:", "Error:"))]


def assert_rest_complete(result, good: list[str], fmt: str = "json") -> None:
    """The output is valid and holds each good report exactly as audited alone."""
    data = json.loads(result.stdout)
    if fmt == "json":
        assert list(jsonschema.Draft202012Validator(OUTPUT_SCHEMA).iter_errors(data)) == []
        by_path = {d["path"]: d for d in data["documents"]}
        for path in good:
            assert by_path[path] == alone(path)["documents"][0]
    else:
        assert list(jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(data)) == []
        results = data["runs"][0]["results"]
        for path in good:
            expected = [r for r in alone(path, "sarif")["runs"][0]["results"]]
            uri = expected[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] if expected else None
            got = [r for r in results
                   if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri]
            assert [r["message"] for r in got] == [r["message"] for r in expected]


# --- the one guard: an exception in one document ------------------------------------

@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_an_exception_in_one_check_for_one_document_is_exit_2_and_the_rest_is_audited(tmp_path, monkeypatch, fmt):
    good = good_reports(tmp_path)
    bad = tmp_path / "explodes.txt"
    bad.write_text("Revenue was $5.2 billion, up 4% from $5.0 billion.\n", encoding="utf-8")
    expected = {p: alone(p) for p in good}  # before the check is broken
    check = CHECKS["growth-rate"]

    def find(document, figures):
        if document.path.endswith("explodes.txt"):
            raise ZeroDivisionError("injected")
        return check.find(document, figures)

    monkeypatch.setitem(CHECKS, "growth-rate", dataclasses.replace(check, find=find))
    result = run("--format", fmt, good[0], str(bad), good[1])
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {bad}: internal error (ZeroDivisionError: injected); "
                                   "this is a bug in the auditor, please report it with the input that caused it"]
    data = json.loads(result.stdout)
    if fmt == "json":
        assert [d["path"] for d in data["documents"]] == good
        assert {d["path"]: d for d in data["documents"]} == {p: e["documents"][0] for p, e in expected.items()}
        assert [e["path"] for e in data["errors"]] == [str(bad)]
    else:
        assert list(jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(data)) == []


def test_a_crash_outside_any_document_is_exit_2_in_one_line(tmp_path, monkeypatch):
    from auditor.render import json_report

    def broken(result):
        raise RuntimeError("renderer broke")

    monkeypatch.setattr(json_report, "closing", broken)  # the end of the report, after the documents
    result = run("--format", "json", *good_reports(tmp_path))
    assert result.exit_code == 2
    assert error_lines(result) == ["Error: internal error (RuntimeError: renderer broke); "
                                   "this is a bug in the auditor, please report it with the input that caused it"]


def test_an_optional_figure_on_both_sides_in_a_real_process_is_solved_not_a_traceback(tmp_path):
    """Through a real interpreter: this rule once raised KeyError, a traceback that exits 1."""
    bad = tmp_path / "rules.yaml"
    bad.write_text("name: p\nrules:\n  - id: r\n    summary: s\n    message: m\n    figures:\n"
                   "      a: {measure: jobs}\n      b: {measure: plan, optional: true}\n"
                   "    assert: a + b == b * 3\n", encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("There were 500 jobs.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "auditor", "--rules", str(bad), "--format", "json", str(report)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 1)  # the rule now solves for b; what matters is that it ran
    finding = [f for f in json.loads(proc.stdout)["documents"][0]["findings"] if f["rule_file"]]
    assert finding and finding[0]["status"] == "implied"


# --- rules that pass `rules check` cannot fail in `audit` ----------------------------

def write_rule(folder: Path, figures: str, assertion: str, extra: str = "", example: str = "") -> Path:
    path = folder / "pack.yaml"
    examples = f"    examples:\n      pass:\n        - \"{example}\"\n" if example else ""
    path.write_text("name: pack\nrules:\n  - id: r\n    summary: s\n    message: \"{a}\"\n"
                    f"    figures:\n{figures}    assert: {assertion}\n{extra}{examples}", encoding="utf-8")
    return path


def test_an_absurd_tolerance_is_refused_by_rules_check_and_by_audit(tmp_path):
    pack = write_rule(tmp_path, "      a: {measure: new jobs}\n      b: {measure: planned jobs}\n", "a == b",
                      extra="    tolerance:\n      scale: \"1e308\"\n")
    checked = run("rules", "check", str(pack))
    assert checked.exit_code == 2
    assert error_lines(checked) == [f"error: {pack}:11:14: scale must be a decimal number from 0 to 100"]
    report = tmp_path / "r.txt"
    report.write_text("There were 5.5 million new jobs and 5.5 million planned jobs.\n", encoding="utf-8")
    audited = run("--rules", str(pack), "--format", "json", str(report))
    assert audited.exit_code == 2
    assert json.loads(audited.stdout)["documents"][0]["path"] == str(report)


def test_an_optional_figure_on_both_sides_passes_rules_check_and_is_solved_in_audit(tmp_path):
    pack = write_rule(tmp_path, "      a: {measure: new jobs}\n      b: {measure: planned jobs, optional: true}\n",
                      "a + b == b * 2", example="There were 500 new jobs and 500 planned jobs.")
    assert run("rules", "check", str(pack)).exit_code == 0
    report = tmp_path / "r.txt"
    report.write_text("There were 500 new jobs.\n", encoding="utf-8")
    result = run("--rules", str(pack), "--format", "json", str(report))
    assert result.exit_code == 0
    [finding] = [f for f in json.loads(result.stdout)["documents"][0]["findings"] if f["rule_file"]]
    assert finding["status"] == "implied" and finding["computed"] == "450 to 550"  # b = a, and 500 is 450 to 550


def test_rules_check_runs_each_rule_and_reports_a_crash_at_its_line(tmp_path, monkeypatch):
    """`rules check` binds, evaluates and solves every rule: a failure anywhere on that
    path is an error at the rule's line, not a pass."""
    from auditor import engine

    pack = write_rule(tmp_path, "      a: {measure: new jobs}\n      b: {measure: planned jobs, optional: true}\n",
                      "a == b * 2")

    def broken(relation, *args, **kwargs):
        if relation.unknown:
            raise KeyError(relation.unknown)
        return real(relation, *args, **kwargs)

    real = engine.decide
    monkeypatch.setattr(engine, "decide", broken)
    result = run("rules", "check", str(pack))
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {pack}:3: rule 'pack.r' fails with 'b' left out to be solved for: "
                                   "internal error (KeyError: 'b'); this is a bug in the auditor, please report "
                                   "it with the input that caused it"]


# --- environment faults ----------------------------------------------------------------

def _process(*args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, pass_fds=(), preexec_fn=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "auditor", *args], stdin=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env, timeout=60,
                          pass_fds=pass_fds, preexec_fn=preexec_fn)


def test_closed_stdin_is_one_line_and_the_rest_is_audited(tmp_path):
    good = good_reports(tmp_path)
    proc = _process("--format", "json", good[0], "-", good[1], preexec_fn=lambda: os.close(0))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["error: <stdin>: cannot read standard input: it is closed"]
    data = json.loads(proc.stdout)
    assert [d["path"] for d in data["documents"]] == good
    assert_rest_complete(type("R", (), {"stdout": proc.stdout})(), good)


def test_binary_stdin_is_one_line(tmp_path):
    good = good_reports(tmp_path)
    result = run("--format", "sarif", "-", *good, input=b"\x00\x01\x02binary\xff" * 100)
    assert result.exit_code == 2
    assert error_lines(result) == ["error: <stdin>: is a binary file, not a text report"]
    assert_rest_complete(result, good, "sarif")


def test_standard_input_twice_is_read_once(tmp_path):
    text = GOOD["jobs.txt"]
    result = run("--format", "json", "-", "-", input=text)
    assert result.exit_code == 2
    assert error_lines(result) == ["error: <stdin>: standard input ('-') is given more than once; "
                                   "it can be read only once"]
    data = json.loads(result.stdout)
    assert [d["path"] for d in data["documents"]] == ["<stdin>"]
    assert data["documents"][0]["findings"]  # the one read saw the whole text


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["json", "sarif", "text"])
def test_a_full_disk_is_one_line_and_exit_2(tmp_path, fmt):
    good = good_reports(tmp_path)
    to_file = _process("--format", fmt, "-o", "/dev/full", *good)
    assert to_file.returncode == 2
    assert to_file.stderr.splitlines()[0] == "error: /dev/full: cannot write the report: No space left on device"
    with open("/dev/full", "w") as full:
        to_stdout = _process("--format", fmt, *good, stdout=full)
    assert to_stdout.returncode == 2
    assert "Traceback" not in to_stdout.stderr
    assert to_stdout.stderr.splitlines()[0] == "error: standard output: cannot write the report: No space left on device"


def test_an_unwritable_output_is_one_line(tmp_path):
    good = good_reports(tmp_path)
    target = tmp_path / "no-such-folder" / "out.json"
    result = run("--format", "json", "-o", str(target), *good)
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {target}: cannot write the report: No such file or directory"]


def test_closed_stdout_is_one_line(tmp_path):
    good = good_reports(tmp_path)
    proc = _process("--format", "json", *good, stdout=None, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[0] == "error: standard output: cannot write the report: it is closed"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_file_name_that_is_not_utf8_gives_valid_output(tmp_path, fmt):
    good = good_reports(tmp_path)
    odd = os.path.join(os.fsencode(tmp_path), b"bad\xff name.txt")
    try:
        with open(odd, "w", encoding="utf-8") as out:
            out.write(GOOD["jobs.txt"])
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    proc = _process("--format", fmt, os.fsdecode(odd), *good)
    assert proc.returncode == 1  # the report's own inconsistency, not an error
    assert proc.stderr == ""
    out = proc.stdout
    out.encode("utf-8")  # printable
    data = json.loads(out)
    if fmt == "json":
        assert data["documents"][0]["path"].endswith("bad\\xff name.txt")
    else:
        assert list(jsonschema.Draft4Validator(SARIF_SCHEMA).iter_errors(data)) == []


@pytest.mark.parametrize("content, message", [
    ('{"findings": ' + "[" * 5000 + "]" * 5000 + "}", "not a baseline file: it is nested more than 32 levels deep"),
    ('{"findings": [], "n": ' + "9" * 5000 + "}", "not a baseline file: it holds a number of 5,000 characters (at most 100)"),
])
def test_a_hostile_baseline_is_one_line(tmp_path, content, message):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    result = run("--baseline", str(baseline), *good_reports(tmp_path))
    assert result.exit_code == 2
    assert error_lines(result) == [f"Error: {baseline}: {message}"]


@pytest.mark.parametrize("content, message", [
    ("rules = " + "[" * 3000 + "]" * 3000 + "\n", "config file is nested more than 32 levels deep"),
    ("rules = " + "[" * 20 + "]" * 20 + "\n", "'rules' in the config file must be a list of paths or bundled pack names"),
    ("x = " + "9" * 5000 + "\n", "config file holds a value too large to read "
                                 "(Exceeds the limit (4300 digits) for integer string conversion)"),
])
def test_a_hostile_config_is_one_line_and_the_reports_are_still_audited(tmp_path, monkeypatch, content, message):
    (tmp_path / ".audit.toml").write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    good = good_reports(tmp_path)
    result = run("--format", "json", *good)
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {tmp_path / '.audit.toml'}: {message}"]
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == good


# --- decoding ----------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_unicode_text_with_a_byte_order_mark_is_read_as_text(tmp_path, encoding):
    text = GOOD["jobs.txt"]
    data = text.encode(encoding)  # "utf-16" and "utf-32" write a byte-order mark
    if encoding.endswith(("-le", "-be")):  # the explicit-endian codecs write no mark: add it
        import codecs

        mark = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
                "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[encoding]
        data = mark + data
    path = tmp_path / "unicode.txt"
    path.write_bytes(data)
    utf8 = tmp_path / "jobs.txt"
    utf8.write_text(text, encoding="utf-8")
    got = json.loads(run("--format", "json", str(path)).stdout)["documents"][0]
    want = alone(str(utf8))["documents"][0]
    assert got["findings"] == want["findings"] and got["figures"] == want["figures"]


def test_utf16_without_a_mark_is_still_binary(tmp_path):
    path = tmp_path / "nomark.txt"
    path.write_bytes(GOOD["jobs.txt"].encode("utf-16-le"))
    result = run(str(path))
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {path}: is a binary file, not a text report"]


def _encrypted_pdf(tmp_path: Path, user_password: str) -> Path:
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, GOOD["jobs.txt"].strip())
    plain = io.BytesIO(pdf.output())
    writer = PdfWriter()
    writer.append(PdfReader(plain))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    path = tmp_path / f"encrypted-{bool(user_password)}.pdf"
    with open(path, "wb") as out:
        writer.write(out)
    return path


def test_an_aes_encrypted_pdf_with_an_empty_user_password_is_read(tmp_path):
    pytest.importorskip("cryptography")
    path = _encrypted_pdf(tmp_path, "")
    result = run("--format", "json", str(path))
    assert result.exit_code == 1  # the report's own inconsistency: it was read
    texts = [f["text"] for f in json.loads(result.stdout)["documents"][0]["figures"]]
    assert "10,200" in texts and "12,900" in texts


def test_a_pdf_that_needs_a_password_is_one_line(tmp_path):
    pytest.importorskip("cryptography")
    path = _encrypted_pdf(tmp_path, "secret")
    good = good_reports(tmp_path)
    result = run("--format", "json", str(path), *good)
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {path}: is an encrypted PDF that needs a password to open; "
                                   "save an unprotected copy"]
    assert_rest_complete(result, good)
