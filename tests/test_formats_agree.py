"""One report in .txt, .md, .html, .docx and .pdf: the same findings, each at its place in its source."""
from __future__ import annotations

import html

import pytest

from auditor.audit import audit_document
from auditor.model import Status
from auditor.sources import read_document

TITLE = "City budget review 2023"
PARAGRAPHS = [
    "In 2023 the city spent 412.5 million dollars on services, of which 126.0 million dollars went on "
    "public transport, or 30.5 percent of the total.",
    "The city completed 3,150 new homes in 2023, 105 percent of the annual plan.",
    "By the end of 2023 the city had hired 1,240 new teachers.",
    "By the end of 2023 the city reported 1,420 new teachers.",
    "In 2023 the club sold season tickets numbering 18,520.",
]
TABLE = [["", "2023", "2024"], ["Season tickets", "18,250", "19,400"], ["Match revenue", "41.2", "44.7"]]


def _txt(path):
    rows = "\n".join(" | ".join(c for c in row if c) for row in TABLE)
    path.write_text("\n\n".join([TITLE, *PARAGRAPHS[:4], rows, PARAGRAPHS[4]]) + "\n", encoding="utf-8")


def _md(path):
    rows = ["| " + " | ".join(TABLE[0]) + " |", "|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in TABLE[1:]]
    path.write_text("\n\n".join([f"---\nissue: 7\n---\n# {TITLE}", *PARAGRAPHS[:4], "\n".join(rows),
                                 PARAGRAPHS[4] + " [Data](https://example.org/t?v=2.5)"]) + "\n", encoding="utf-8")


def _html(path):
    table = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE) + "</table>"
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in PARAGRAPHS[:4]) + table + f"\n<p>{PARAGRAPHS[4]}</p>"
    path.write_text(f"<html><body><nav>Home | Top 10 | 2024 archive</nav><main><h1>{TITLE}</h1>\n{body}</main>"
                    "<footer>14 Broad Street, call 0800 123 456</footer></body></html>\n", encoding="utf-8")


def _docx(path):
    import docx

    document = docx.Document()
    document.add_heading(TITLE, 1)
    for paragraph in PARAGRAPHS[:4]:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=len(TABLE), cols=3)
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    document.add_paragraph(PARAGRAPHS[4])
    document.save(str(path))


def _pdf(path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for paragraph in [TITLE, *PARAGRAPHS[:4]]:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(3)
    with pdf.table(first_row_as_headings=False) as table:
        for cells in TABLE:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(3)
    pdf.multi_cell(0, 6, PARAGRAPHS[4])
    pdf.output(str(path))


WRITERS = {".txt": _txt, ".md": _md, ".html": _html, ".docx": _docx, ".pdf": _pdf}


@pytest.fixture(scope="module")
def audits(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formats")
    out = {}
    for suffix, write in WRITERS.items():
        path = folder / f"report{suffix}"
        write(path)
        doc = read_document(str(path))
        out[suffix] = (path, doc, audit_document(doc))
    return out


def _findings(audit):
    return sorted((f.check, f.status.value, tuple(x.text for x in f.figures)) for f in audit.findings
                  if f.status is not Status.UNDETERMINED)


def test_the_report_gives_findings_to_compare(audits):
    findings = _findings(audits[".txt"][2])
    assert ("same-measure-conflict", "inconsistent", ("1,240", "1,420")) in findings
    assert ("table-vs-text", "inconsistent", ("18,520", "18,250")) in findings
    assert any(status == "consistent" for _, status, _ in findings)


@pytest.mark.parametrize("suffix", [".md", ".html", ".docx", ".pdf"])
def test_every_format_gives_the_same_findings(audits, suffix):
    assert _findings(audits[suffix][2]) == _findings(audits[".txt"][2])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_each_finding_points_at_its_figure_in_the_source(audits, suffix):
    path, _, audit = audits[suffix]
    lines = path.read_text(encoding="utf-8").splitlines()
    for finding in audit.findings:
        for figure in finding.figures:
            line = lines[figure.span.line - 1]
            assert line[figure.span.column - 1:].startswith(figure.text), (figure.text, line)


def test_pdf_and_docx_findings_point_at_their_line_and_block(audits):
    from pypdf import PdfReader

    path, _, audit = audits[".pdf"]
    lines = PdfReader(str(path)).pages[0].extract_text().splitlines()
    for finding in audit.findings:
        for figure in finding.figures:  # a figure may wrap onto the next line: its first word is on this one
            assert lines[figure.span.line - 1][figure.span.column - 1:].startswith(figure.text.split()[0])
    _, doc, audit = audits[".docx"]
    conflict = next(f for f in audit.findings if f.check == "same-measure-conflict")
    assert [x.span.line for x in conflict.figures] == [4, 5]  # the heading is block 1
