"""A long document's JSON entry is written section by section (json_report.document_json_by_sections)
and never held whole: the text is the one the whole audit renders, byte for byte, with
fingerprints, inline suppressions and unused directives; and the caches filled for a document's
text are emptied once its audit is made, so the sections of a long one do not pile up."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import __version__, audit
from auditor.audit import audit_document, audit_sections, section_bounds
from auditor.checks import difference
from auditor.cli import main
from auditor.document import Document
from auditor.extract import context
from auditor.model import AuditResult, RenderedDocument
from auditor.render import json_report
from auditor.render.stream import JsonReport
from auditor.sources import read_document
from auditor.suppress import apply_inline

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPORTS = [FIXTURES / "employment-bulletin-2021.txt", FIXTURES / "checks" / "share-of-total.md",
           FIXTURES / "checks" / "growth-rate.md", FIXTURES / "checks" / "sum-of-parts.md"]


@pytest.fixture
def small_sections(monkeypatch):
    """Sections of a few thousand characters, so that a document of a few reports is long."""
    monkeypatch.setattr(audit, "SECTION_CHARS", 3_000)
    monkeypatch.setattr(audit, "MAX_WHOLE_CHARS", 4_500)


def long_text(directives: bool = False) -> str:
    texts = [p.read_text(encoding="utf-8") for p in REPORTS]
    if directives:  # one that suppresses findings, one that suppresses nothing
        texts[1] = "<!-- audit: disable -->\n\n" + texts[1] + "\n\n<!-- audit: enable -->"
        texts[2] = "<!-- audit: ignore[no-such-check] -->\n\n" + texts[2]
    return "\n\n".join(texts + texts)  # the same reports twice: duplicate fingerprints get ":2"


def whole_entry(document: Document) -> tuple:
    whole = apply_inline(document, audit_document(document))
    return whole, json_report.document_json(whole)


def streamed_entry(document: Document) -> tuple:
    bounds = section_bounds(document.text)
    assert len(bounds) > 1
    kept, entry = json_report.document_json_by_sections(document, audit_sections(document, bounds))
    return kept, "".join(entry.chunks(size=97))  # read back in small pieces, across record boundaries


@pytest.mark.parametrize("directives", [False, True])
def test_a_long_document_written_by_sections_is_the_whole_audit_rendered(small_sections, directives):
    document = Document("long.md", long_text(directives))
    whole, expected = whole_entry(document)
    kept, written = streamed_entry(document)
    assert written == expected
    assert ('"suppressed": "inline"' in written) is directives and bool(kept.unused_suppressions) is directives
    # what the run keeps: the counts, the notes and the findings the exit code reads
    assert kept.figure_count == len(whole.figures) and kept.notes == whole.notes
    assert AuditResult((kept,)).exit_code() == AuditResult((whole,)).exit_code()
    assert all(not f.figures for f in kept.findings)


def test_a_long_document_with_no_findings_writes_empty_lists(small_sections):
    document = Document("plain.txt", "\n\n".join(["Nothing here is counted, only said."] * 400))
    assert whole_entry(document)[1] == streamed_entry(document)[1]


def test_the_command_writes_a_long_document_as_the_whole_report(small_sections, tmp_path, monkeypatch):
    path = tmp_path / "long.md"
    path.write_text(long_text(True), encoding="utf-8")
    written = []
    real = JsonReport.rendered
    monkeypatch.setattr(JsonReport, "rendered", lambda self, entry: written.append(entry) or real(self, entry))
    run = CliRunner().invoke(main, ["--format", "json", "--jobs", "1", str(path)], catch_exceptions=False)
    assert len(written) == 1 and not isinstance(written[0], str)  # the streamed way, not a string
    document = read_document(str(path))
    whole = apply_inline(document, audit_document(document))
    assert run.stdout == json_report.render(AuditResult((whole,), (), __version__))


def test_a_documents_caches_are_emptied_once_it_is_audited():
    text = (FIXTURES / "employment-bulletin-2021.txt").read_text(encoding="utf-8")
    audit_document(Document("a.txt", text))
    assert difference._label.cache_info().currsize == 0
    assert context.sentences_cached.cache_info().currsize == 0


def test_a_short_document_is_not_written_by_sections():
    outcome = audit.audit_one(str(FIXTURES / "employment-bulletin-2021.txt"), render=json_report.document_json)
    assert not isinstance(outcome, RenderedDocument)
