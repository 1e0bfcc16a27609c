"""Fingerprints, inline suppressions and baselines."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from auditor.audit import audit_paths
from auditor.cli import main
from auditor.document import Document
from auditor.suppress import directives

FIRST = "The city created 10,200 new jobs in 2021."
SECOND = "By the end of 2021 the city had created 12,900 new jobs."
REPORT = f"# Jobs\n\n{FIRST}\n\nOther news.\n\n{SECOND}\n"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def audit_text(tmp_path, text, name="r.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, audit_paths([str(path)]).documents[0]


def conflict(doc):
    return next(f for f in doc.findings if f.check == "same-measure-conflict")


# -- fingerprints ---------------------------------------------------------------------

def test_fingerprint_survives_edits_elsewhere_in_the_file(tmp_path):
    _, before = audit_text(tmp_path, REPORT)
    _, after = audit_text(tmp_path, "# Jobs\n\nA new opening paragraph.\nWith two lines.\n\n" + REPORT.replace(
        "Other news.", "Other news, rewritten at length."))
    assert conflict(before).span.line != conflict(after).span.line
    assert conflict(before).fingerprint == conflict(after).fingerprint


def test_fingerprint_changes_when_the_sentence_or_check_changes(tmp_path):
    from dataclasses import replace

    from auditor.suppress import fingerprints

    _, doc = audit_text(tmp_path, REPORT)
    finding = conflict(doc)
    base = fingerprints(doc.text, [finding])[0]
    reworded = doc.text.replace("By the end of 2021 the city", "By the end of 2021 the town")
    assert fingerprints(reworded, [finding])[0] != base
    assert fingerprints(doc.text, [replace(finding, check="other-check")])[0] != base
    assert base == finding.fingerprint


def test_fingerprint_ignores_whitespace_and_line_wrapping(tmp_path):
    _, before = audit_text(tmp_path, REPORT)
    _, after = audit_text(tmp_path, REPORT.replace("the city had created", "the city\nhad   created"))
    assert conflict(before).fingerprint == conflict(after).fingerprint


def test_identical_findings_get_distinct_fingerprints(tmp_path):
    _, doc = audit_text(tmp_path, REPORT + "\n" + REPORT)
    prints = [f.fingerprint for f in doc.findings]
    assert len(prints) == len(set(prints))


# -- inline directives -------------------------------------------------------------------

def test_directive_forms_are_recognised():
    text = ("<!-- audit: ignore[a, b] -->\npara\n\n"
            "# audit: ignore[c]\npara\n\n"
            "audit: ignore\npara\n\n"
            "text <!-- AUDIT: disable[d] --> more\n\n<!-- audit: enable[d] -->\n")
    found = [(d.verb, d.checks) for d in directives(text)]
    assert found == [("ignore", ("a", "b")), ("ignore", ("c",)), ("ignore", ()), ("disable", ("d",))]
    disable = directives(text)[-1]
    assert text[disable.reach[0]:disable.reach[1]].strip() == "more"


def test_ignore_on_its_own_line_covers_the_next_paragraph_only(tmp_path):
    text = REPORT.replace(SECOND, "<!-- audit: ignore[same-measure-conflict] -->\n" + SECOND)
    path, doc = audit_text(tmp_path, text)
    assert conflict(doc).suppression == "inline"
    assert doc.unused_suppressions == ()
    assert run(str(path)).exit_code == 0
    # the same directive two paragraphs earlier covers "Other news." only
    text = REPORT.replace("Other news.", "<!-- audit: ignore[same-measure-conflict] -->\nOther news.")
    path, doc = audit_text(tmp_path, text)
    assert conflict(doc).suppression == ""
    assert [(u.kind, u.checks, u.line) for u in doc.unused_suppressions] == [("inline", ("same-measure-conflict",), 5)]


def test_trailing_directive_and_plain_text_form(tmp_path):
    _, doc = audit_text(tmp_path, REPORT.replace(FIRST, FIRST + " <!-- audit: ignore -->"))
    assert conflict(doc).suppression == "inline"
    _, doc = audit_text(tmp_path, REPORT.replace(SECOND, "audit: ignore[same-measure-conflict]\n" + SECOND), "r.txt")
    assert conflict(doc).suppression == "inline"


def test_directive_for_another_check_does_not_suppress_and_is_unused(tmp_path):
    path, doc = audit_text(tmp_path, REPORT.replace(SECOND, "<!-- audit: ignore[share-of-total] -->\n" + SECOND))
    assert conflict(doc).suppression == ""
    assert [u.checks for u in doc.unused_suppressions] == [("share-of-total",)]
    result = run(str(path))
    assert result.exit_code == 1
    assert "unused suppression" in result.stdout and "r.md:7:1" in result.stdout
    assert run("--fail-on", "note", "--format", "json", str(path)).exit_code == 1


def test_unused_directive_alone_fails_only_with_fail_on_note(tmp_path):
    path, _ = audit_text(tmp_path, "<!-- audit: ignore[ratio] -->\nExports rose to $5.2 billion in 2020.\n")
    assert run(str(path)).exit_code == 0
    assert run("--fail-on", "note", str(path)).exit_code == 1


def test_disable_enable_range(tmp_path):
    text = REPORT.replace(FIRST, "<!-- audit: disable[same-measure-conflict] -->\n" + FIRST).replace(
        "Other news.", "Other news.\n<!-- audit: enable[same-measure-conflict] -->")
    _, doc = audit_text(tmp_path, text)
    assert conflict(doc).suppression == "inline"  # one of its figures is in the range


def test_suppressed_findings_are_hidden_in_text_unless_verbose(tmp_path):
    path, _ = audit_text(tmp_path, REPORT.replace(SECOND, "<!-- audit: ignore -->\n" + SECOND))
    quiet = run(str(path)).stdout
    assert "same-measure-conflict" not in quiet and "1 inconsistent but suppressed" in quiet
    assert "suppressed: inline" in run("-v", str(path)).stdout


# -- baselines ------------------------------------------------------------------------------

def test_write_then_use_a_baseline(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path, _ = audit_text(tmp_path, REPORT)
    written = run("--write-baseline", "audit-baseline.json", "r.md")
    assert written.exit_code == 0 and "wrote 1 finding to baseline" in written.stderr
    data = json.loads((tmp_path / "audit-baseline.json").read_text(encoding="utf-8"))
    assert [(e["check"], e["path"]) for e in data["findings"]] == [("same-measure-conflict", "r.md")]

    # an edit elsewhere: still matched, exit 0
    path.write_text("# Jobs\n\nNew intro.\n\n" + REPORT, encoding="utf-8")
    result = run("--baseline", "audit-baseline.json", "--format", "json", "r.md")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)["documents"][0]
    assert [f["suppressed"] for f in doc["findings"] if f["status"] == "inconsistent"] == ["baseline"]
    sarif = json.loads(run("--baseline", "audit-baseline.json", "--format", "sarif", "r.md").stdout)
    assert sarif["runs"][0]["results"][0]["suppressions"][0]["kind"] == "external"

    # a new inconsistency is not in the baseline: exit 1
    path.write_text(REPORT + "\nIn 2021 exports were 3.1 billion dollars. By the end of 2021 exports were "
                    "4.5 billion dollars.\n", encoding="utf-8")
    assert run("--baseline", "audit-baseline.json", "r.md").exit_code == 1


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    audit_text(tmp_path / "docs", REPORT)
    monkeypatch.chdir(tmp_path)
    assert run("--write-baseline", "base.json", "docs").exit_code == 0
    monkeypatch.chdir(tmp_path / "docs")
    assert run("--baseline", "../base.json", "r.md").exit_code == 0


def test_fixed_finding_leaves_an_unused_baseline_entry(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path, _ = audit_text(tmp_path, REPORT)
    run("--write-baseline", "b.json", "r.md")
    path.write_text(REPORT.replace("12,900", "10,200"), encoding="utf-8")
    result = run("--baseline", "b.json", "--format", "json", "r.md")
    doc = json.loads(result.stdout)["documents"][0]
    assert [(u["kind"], u["checks"]) for u in doc["unused_suppressions"]] == [("baseline", ["same-measure-conflict"])]
    assert "baseline entry [same-measure-conflict] matches no finding" in run("--baseline", "b.json", "r.md").stdout


@pytest.mark.parametrize("content,message", [
    (None, "cannot read baseline"),
    ("{not json", "not a baseline file (invalid JSON)"),
    ('{"findings": [{"path": 3}]}', "not a baseline file"),
])
def test_bad_baseline_is_exit_2_in_one_line(tmp_path, content, message):
    base = tmp_path / "b.json"
    if content is not None:
        base.write_text(content, encoding="utf-8")
    path, _ = audit_text(tmp_path, REPORT)
    result = CliRunner().invoke(main, ["--baseline", str(base), str(path)])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_directives_in_a_document_without_findings_are_all_unused():
    from auditor.suppress import apply_inline
    from auditor.model import DocumentAudit

    text = "<!-- audit: ignore[a] -->\nNothing here.\n"
    audit = apply_inline(Document("x.md", text), DocumentAudit("x.md", text, (), ()))
    assert [(u.line, u.column, u.checks) for u in audit.unused_suppressions] == [(1, 1, ("a",))]
