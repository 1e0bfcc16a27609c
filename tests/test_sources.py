"""Reading inputs: text, Markdown, stdin, HTML, DOCX and PDF (made here by the
tests), folders, and bad input reported in one line while the rest is audited."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.extract import extract_figures
from auditor.model import InputError
from auditor.sources import expand_paths, read_document

FIRST = "The city created 10,200 new jobs in 2021."
SECOND = "By the end of 2021 the city had created 12,900 new jobs."


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def _figure(doc, text):
    figs = [f for f in extract_figures(doc) if f.text == text]
    assert figs, f"{text!r} not read from {doc.text!r}"
    return figs[0]


def _conflict(data) -> dict:
    doc = data["documents"][0]
    return next(f for f in doc["findings"] if f["status"] == "inconsistent")


# -- DOCX ---------------------------------------------------------------------------

@pytest.fixture
def docx_report(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Jobs report", level=1)           # paragraph 1
    d.add_paragraph(FIRST)                           # paragraph 2
    d.add_paragraph("")                              # paragraph 3 (empty, still counted)
    d.add_paragraph("Some words. " + SECOND)         # paragraph 4
    table = d.add_table(rows=2, cols=2)              # rows 5 and 6
    table.cell(0, 0).text, table.cell(0, 1).text = "Measure", "Value"
    table.cell(1, 0).text, table.cell(1, 1).text = "Firms helped", "3,400"
    path = tmp_path / "jobs.docx"
    d.save(path)
    return path


def test_docx_positions_are_paragraph_numbers(docx_report):
    doc = read_document(str(docx_report))
    assert not isinstance(doc, InputError)
    first, second = _figure(doc, "10,200"), _figure(doc, "12,900")
    assert (first.span.line, first.span.column) == (2, FIRST.index("10,200") + 1)
    assert (second.span.line, second.span.column) == (4, len("Some words. ") + SECOND.index("12,900") + 1)
    cell = _figure(doc, "3,400")
    assert cell.span.line == 6
    assert doc.text[first.span.start:first.span.end] == "10,200"


def test_docx_is_audited_end_to_end(docx_report):
    result = run("--format", "json", str(docx_report))
    assert result.exit_code == 1
    conflict = _conflict(json.loads(result.stdout))
    assert sorted((f["text"], f["line"]) for f in conflict["figures"]) == [("10,200", 2), ("12,900", 4)]


# -- PDF ----------------------------------------------------------------------------

@pytest.fixture
def pdf_report(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Jobs report", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, FIRST, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 10, "Second page.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "More words here.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, SECOND, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "jobs.pdf"
    pdf.output(str(path))
    return path


def test_pdf_positions_are_page_and_line_on_the_page(pdf_report):
    doc = read_document(str(pdf_report))
    assert not isinstance(doc, InputError)
    first, second = _figure(doc, "10,200"), _figure(doc, "12,900")
    assert (first.span.page, first.span.line, first.span.column) == (1, 2, FIRST.index("10,200") + 1)
    assert (second.span.page, second.span.line, second.span.column) == (2, 3, SECOND.index("12,900") + 1)


def test_pdf_is_audited_end_to_end_with_pages(pdf_report):
    result = run("--format", "json", str(pdf_report))
    assert result.exit_code == 1
    conflict = _conflict(json.loads(result.stdout))
    assert sorted((f["text"], f["page"], f["line"]) for f in conflict["figures"]) == [
        ("10,200", 1, 2), ("12,900", 2, 3)]
    text = run(str(pdf_report)).stdout
    assert "jobs.pdf:2:18 page 1 error same-measure-conflict" in " ".join(text.split())


def test_pdf_wrapped_lines_are_read_as_one_sentence_but_keep_their_lines(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    for line in ("The city created 10,200 new jobs in 2021, and by the end of", "2021 it had created 12,900 new jobs."):
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "wrapped.pdf"
    pdf.output(str(path))
    doc = read_document(str(path))
    assert "end of 2021 it had" in doc.text  # joined with a space
    assert _figure(doc, "12,900").span.line == 2


# -- HTML ---------------------------------------------------------------------------

def test_html_positions_are_source_lines_and_markup_is_dropped(tmp_path):
    page = tmp_path / "jobs.html"
    page.write_text(
        "<html><head><title>Report 2099</title><style>p{margin:0}</style></head>\n"
        "<body>\n"
        "<p>The city created\n"
        "   <b>10,200</b> new jobs &amp; more in 2021.</p>\n"
        "<script>var x = 55555;</script>\n"
        f"<p>{SECOND}</p>\n"
        "</body></html>\n", encoding="utf-8")
    doc = read_document(str(page))
    assert "55555" not in doc.text and "2099" not in doc.text and "<b>" not in doc.text
    assert "The city created 10,200 new jobs & more in 2021." in doc.text
    first, second = _figure(doc, "10,200"), _figure(doc, "12,900")
    assert (first.span.line, first.span.column) == (4, 7)
    assert (second.span.line, second.span.column) == (6, len("<p>") + SECOND.index("12,900") + 1)


def test_html_comment_directive_suppresses(tmp_path):
    page = tmp_path / "jobs.html"
    page.write_text(f"<p>{FIRST}</p>\n<!-- audit: ignore[same-measure-conflict] -->\n<p>{SECOND}</p>\n", encoding="utf-8")
    result = run("--format", "json", str(page))
    assert result.exit_code == 0
    finding = _conflict(json.loads(result.stdout))
    assert finding["suppressed"] == "inline"


# -- text, Markdown, stdin, folders ------------------------------------------------------

def test_markdown_and_stdin_keep_lines(tmp_path):
    md = tmp_path / "r.md"
    md.write_text(f"# Jobs\n\n{FIRST}\n\n- {SECOND}\n", encoding="utf-8")
    data = json.loads(run("--format", "json", str(md)).stdout)
    assert sorted((f["text"], f["line"]) for f in _conflict(data)["figures"]) == [("10,200", 3), ("12,900", 5)]
    data = json.loads(run("--format", "json", "-", input=f"{FIRST}\r\n{SECOND}\r\n").stdout)
    assert sorted((f["text"], f["line"]) for f in _conflict(data)["figures"]) == [("10,200", 1), ("12,900", 2)]


def test_stdin_pdf_is_recognised_by_its_bytes(pdf_report):
    result = CliRunner().invoke(main, ["--format", "json", "-"], input=pdf_report.read_bytes())
    assert result.exit_code == 1, result.output
    assert _conflict(json.loads(result.stdout))["figures"][1]["page"] == 2


def test_folders_are_searched_and_hidden_ones_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(FIRST + " " + SECOND + "\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Fine: 3 apples.\n", encoding="utf-8")
    (tmp_path / "sub" / "notes.csv").write_text("1,2\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text(FIRST + "\n", encoding="utf-8")
    assert expand_paths([str(tmp_path), "-"]) == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md"), "-"]
    data = json.loads(run("--format", "json", str(tmp_path)).stdout)
    assert [d["path"] for d in data["documents"]] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]


def test_empty_folder_is_an_input_error(tmp_path):
    result = run(str(tmp_path))
    assert result.exit_code == 2
    assert "is a folder with no reports" in result.stderr


@pytest.mark.parametrize("name,data,message", [
    ("broken.pdf", b"%PDF-1.7\nthis is not really a pdf", "is not a readable PDF"),
    ("broken.docx", b"PK\x03\x04 not a zip really", "is not a readable DOCX file"),
    ("fake.docx", b"plain text in a docx name", "is not a readable DOCX file"),
    ("binary.txt", b"abc\x00def", "is a binary file"),
])
def test_one_bad_file_is_reported_in_one_line_and_the_others_are_audited(tmp_path, name, data, message):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(FIRST + " " + SECOND + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--format", "json", str(bad), str(good)])
    assert result.exit_code == 2
    payload = json.loads(result.stdout)
    assert [d["path"] for d in payload["documents"]] == [str(good)]
    assert payload["errors"][0]["path"] == str(bad) and message in payload["errors"][0]["message"]
    assert result.stderr.strip().splitlines() == [f"error: {bad}: {payload['errors'][0]['message']}"]


def test_pdf_without_text_is_reported(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    doc = read_document(str(path))
    assert isinstance(doc, InputError) and "no text layer" in doc.message


def test_stdin_named_html_is_read_as_html():
    page = f"<html><body><p>{FIRST}</p>\n<p>{SECOND}</p></body></html>\n"
    data = json.loads(run("--format", "json", "--stdin-filename", "page.html", "-", input=page).stdout)
    assert data["documents"][0]["path"] == "page.html"
    assert sorted((f["text"], f["line"]) for f in _conflict(data)["figures"]) == [("10,200", 1), ("12,900", 2)]
