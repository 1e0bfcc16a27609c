"""A long document is audited in sections: the sections tile the text at paragraph breaks,
their audits join into one audit of the whole text (figures renumbered, every offset and line
moved), and the sections audited in several processes give the report one process gives."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor import audit
from auditor.audit import audit_document, section_bounds
from auditor.cli import main
from auditor.document import Document
from auditor.parallel import SectionPool

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
