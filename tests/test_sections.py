"""A long document is audited in sections: the sections tile the text at paragraph breaks,
their audits join into one audit of the whole text (figures renumbered, every offset and line
moved), and the sections audited in several processes give the report one process gives; the
JSON report writes a long document's entry section by section, the same text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import __version__, audit
from auditor.audit import audit_document, audit_sections, section_bounds
from auditor.grammar import labels
from auditor.cli import main
from auditor.document import Document
from auditor.extract import context
from auditor.model import AuditResult, RenderedDocument
from auditor.parallel import SectionPool
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


def long_text() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in REPORTS)


def test_a_short_document_is_one_section():
    text = "Jobs rose 4% to 484,000.\n\nMore text."
    assert section_bounds(text) == [(0, len(text))]


def test_sections_tile_the_text_and_cut_at_paragraph_breaks(small_sections):
    text = long_text()
    bounds = section_bounds(text)
    assert len(bounds) == -(-len(text) // 3_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in zip(bounds, bounds[1:]))
    for start, end in bounds[1:]:
        assert text[start - 2:start] == "\n\n"  # these reports have a paragraph break in every stretch
    assert all(end - start >= 1_500 for start, end in bounds)


def test_a_text_without_breaks_is_still_cut(small_sections):
    text = "word " * 2_000
    bounds = section_bounds(text)
    assert len(bounds) > 1 and all(text[start - 1] == " " for start, _ in bounds[1:])


def test_the_joined_audit_is_each_sections_audit_moved_to_the_whole_text(small_sections):
    text = long_text()
    document = Document("long.txt", text)
    joined = audit_document(document)
    assert [f.id for f in joined.figures] == [f"F{k}" for k in range(1, len(joined.figures) + 1)]
    for f in joined.figures:
        assert text[f.span.start:f.span.end] == f.text
        assert (f.span.line, f.span.column) == document.position(f.span.start)
    held = {f.id: f for f in joined.figures}
    assert all(held[f.id] is f for finding in joined.findings for f in finding.figures)
    # the findings of the second section, audited alone, are there with the same messages
    start, end = section_bounds(text)[1]
    alone = audit_document(Document("long.txt", text[start:end]))
    assert alone.findings
    in_section = [x for x in joined.findings if all(start <= f.span.start < end for f in x.figures)]
    assert sorted(x.message for x in in_section) == sorted(x.message for x in alone.findings)
    assert "read in" in joined.notes[0] and "sections" in joined.notes[0]


def test_a_section_pool_gives_what_one_process_gives(small_sections):
    document = Document("long.txt", long_text())
    pool = SectionPool(2)
    try:
        in_pool = audit_document(document, sections_map=pool.map)
        assert pool.executor is not None  # the sections really went to workers
    finally:
        pool.shutdown()
    here = audit_document(document)
    assert in_pool.figures == here.figures and in_pool.findings == here.findings


def test_one_long_file_with_two_jobs_writes_what_one_job_writes(small_sections, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(long_text(), encoding="utf-8")
    runs = [CliRunner().invoke(main, ["--format", "json", "--jobs", jobs, str(path)], catch_exceptions=False)
            for jobs in ("1", "2")]
    assert runs[0].exit_code == runs[1].exit_code == 1
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr == runs[1].stderr
    assert "sections" in runs[0].stderr
    assert json.loads(runs[0].stdout)["documents"][0]["summary"]["relations"] > 0


# -- a long document's JSON entry is written section by section (json_report.document_json_by_sections)
# and never held whole: the text is the one the whole audit renders, byte for byte, with
# fingerprints, inline suppressions and unused directives; and the caches filled for a
# document's text are emptied once its audit is made, so the sections of a long one do not pile up


def twice_with_directives(directives: bool) -> str:
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
    document = Document("long.md", twice_with_directives(directives))
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
    path.write_text(twice_with_directives(True), encoding="utf-8")
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
    assert labels._label.cache_info().currsize == 0
    assert context.sentences_cached.cache_info().currsize == 0


def test_a_short_document_is_not_written_by_sections():
    outcome = audit.audit_one(str(FIXTURES / "employment-bulletin-2021.txt"), render=json_report.document_json)
    assert not isinstance(outcome, RenderedDocument)
