"""PDF and DOCX tables read as tables: row labels, header scales ("('000)"), column periods, one
figure per cell, and each cell's position (PDF page, line and column; DOCX row and column)."""
from __future__ import annotations

from decimal import Decimal


from auditor.extract import extract_figures
from auditor.sources import read_document

ROWS = [["", "Jun 2024", "Mar 2024", "Change"],
        ["Employed ('000)", "11 444.0", "11 300.2", "143.8"],
        ["Unemployed ('000)", "615.2", "630.6", "-15.4"],
        ["Unemployment rate (%)", "5.1", "5.3", "-0.2"]]


def _pdf(tmp_path, borders: bool):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Labour force survey, June 2024\n\nEmployment rose to 11,444,000 in June, up 143,800 "
                         "on March. The unemployment rate fell to 5.1%.")
    pdf.ln(4)
    with pdf.table(text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   borders_layout="ALL" if borders else "NONE", first_row_as_headings=False) as table:
        for cells in ROWS:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Unemployment fell by 15,400 to 615,200.")
    path = tmp_path / ("ruled.pdf" if borders else "aligned.pdf")
    pdf.output(str(path))
    return path


def test_a_pdf_table_keeps_its_rows_columns_and_scale(tmp_path):
    doc = read_document(str(_pdf(tmp_path, borders=True)))
    figures = extract_figures(doc)
    cells = {f.text: f for f in figures}
    employed = cells["11 444.0"]
    assert employed.value == Decimal("11444000") and employed.measure == "employed"
    assert (employed.period, cells["11 300.2"].period) == ("2024-06", "2024-03")
    assert [f.text for f in figures].count("-15.4") == 1 and "15.4" not in [f.text for f in figures]
    assert cells["-15.4"].value == Decimal("-15400")
    assert cells["5.3"].measure == "unemployment rate" and cells["5.3"].value == Decimal("5.3")


def test_each_cell_keeps_its_page_line_and_column(tmp_path):
    from pypdf import PdfReader

    path = _pdf(tmp_path, borders=True)
    lines = PdfReader(str(path)).pages[0].extract_text().splitlines()
    for figure in extract_figures(read_document(str(path))):
        assert figure.span.page in (None, 1)  # a one-page PDF has no page numbers
        line = lines[figure.span.line - 1]
        assert line[figure.span.column - 1:].startswith(figure.text), (figure.text, line)


def test_prose_between_the_tables_is_read_as_before(tmp_path):
    doc = read_document(str(_pdf(tmp_path, borders=True)))
    assert "Employment rose to 11,444,000 in June, up 143,800 on March." in doc.text
    assert "\nEmployed ('000) | 11 444.0 | 11 300.2 | 143.8\n" in doc.text


def test_a_table_aligned_by_its_words_without_ruling_lines_is_read_as_a_table(tmp_path):
    """Without ruling lines, cells are told apart by the wide gaps between them: "11 444.0"
    (a thin space inside a number) stays one cell, and the scale and periods reach the cells."""
    doc = read_document(str(_pdf(tmp_path, borders=False)))
    assert "\nJun 2024 | Mar 2024 | Change\nEmployed ('000) | 11 444.0 | 11 300.2 | 143.8\n" in doc.text
    cells = {f.text: f for f in extract_figures(doc)}
    assert (cells["11 444.0"].value, cells["11 444.0"].period) == (Decimal("11444000"), "2024-06")
    assert cells["630.6"].period == "2024-03" and cells["-15.4"].value == Decimal("-15400")
    assert "Employment rose to 11,444,000 in June, up 143,800 on March." in doc.text  # prose stays prose


def test_a_grid_that_cuts_a_grouped_number_is_refused():
    from auditor.sources.pdf import _numeric_grid

    assert not _numeric_grid([["Employed", "11", "444.0 11", "300.2"], ["Unemployed", "615.2", "630.6", "-15.4"]])
    assert _numeric_grid([["Employed", "11 444.0", "11 300.2", "143.8"], ["Unemployed", "615.2", "630.6", "-15.4"]])


def _docx(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Labour force survey, June 2024", 1)
    document.add_paragraph("Employment rose to 11,444,000 in June, up 143,800 on March.")
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for i, cells in enumerate(ROWS):
        for j, cell in enumerate(cells):
            table.cell(i, j).text = cell
    document.add_paragraph("Unemployment fell by 15,400 to 615,200.")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Issue 7, page header 2024"
    section.footer.paragraphs[0].text = "Printed 12 March 2025, page 1 of 3"
    path = tmp_path / "lfs.docx"
    document.save(str(path))
    return path


def test_a_docx_table_is_one_block_of_rows_with_its_columns(tmp_path):
    doc = read_document(str(_docx(tmp_path)))
    assert "\n\nJun 2024 | Mar 2024 | Change\nEmployed ('000) | 11 444.0 | 11 300.2 | 143.8\n" in doc.text
    cells = {f.text: f for f in extract_figures(doc)}
    employed = cells["11 444.0"]
    assert (employed.value, employed.period, employed.measure) == (Decimal("11444000"), "2024-06", "employed")
    assert cells["11 300.2"].period == "2024-03"
    assert [f.text for f in extract_figures(doc)].count("-15.4") == 1
    # its "line" is the block: heading 1, paragraph 2, header row 3, this row 4; "column" the character in it
    row_start = doc.text.rfind("\n", 0, employed.span.start) + 1
    assert employed.span.line == 4 and employed.span.column == employed.span.start - row_start + 1


def test_docx_page_headers_and_footers_are_read_only_with_all_content(tmp_path):
    path = _docx(tmp_path)
    doc = read_document(str(path))
    assert "page header" not in doc.text and "Printed" not in doc.text
    whole = read_document(str(path), all_content=True)
    assert whole.text.startswith(doc.text.rstrip("\n"))  # the body first, as before
    assert "Issue 7, page header 2024" in whole.text and "Printed 12 March 2025, page 1 of 3" in whole.text


def _drawn_grid_pdf(tmp_path):
    """Two tables on one page, each ruled with separate lines (not a rectangle per cell)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Trade in 2024 rose. Exports grew and imports fell.")
    top, xs, height = 40, [20, 80, 120, 160], 8

    def grid(first_row, rows):
        for k in range(len(rows) + 1):  # horizontal rules
            pdf.line(xs[0], first_row + k * height, xs[-1], first_row + k * height)
        bottom = first_row + len(rows) * height
        for x in xs:
            pdf.line(x, first_row, x, bottom)
        for k, cells in enumerate(rows):
            for x0, x1, cell in zip(xs, xs[1:], cells):
                pdf.set_xy(x0, first_row + k * height)
                pdf.cell(x1 - x0, height, cell, align="R" if x0 > xs[0] else "L")

    grid(top, [["", "2024", "2023"], ["Exports ($ million)", "874.3", "705.1"], ["Imports ($ million)", "829.4", "650.1"]])
    grid(top + 40, [["", "Q2 2024", "Q1 2024"], ["Ships", "1,204", "1,187"], ["Lorries", "35,612", "34,980"]])
    path = tmp_path / "drawn.pdf"
    pdf.output(str(path))
    return path


def test_a_table_ruled_with_lines_is_read_as_a_table_without_pdfplumber(tmp_path):
    import subprocess
    import sys

    path = _drawn_grid_pdf(tmp_path)
    doc = read_document(str(path))
    assert "\nExports ($ million) | 874.3 | 705.1\n" in doc.text
    assert "\nLorries | 35,612 | 34,980\n" in doc.text
    cells = {f.text: f for f in extract_figures(doc)}
    assert (cells["874.3"].value, cells["874.3"].period) == (Decimal("874300000"), "2024")
    assert cells["705.1"].period == "2023" and cells["34,980"].measure == "lorries"
    assert (cells["35,612"].period, cells["34,980"].period) == ("2024-Q2", "2024-Q1")
    # the ruled grid is found from PDFium's path objects: pdfplumber (slow to import and to
    # lay out a page) is never loaded for it
    probe = ("import sys; from auditor.sources import read_document; "
             f"read_document({str(path)!r}); print('pdfplumber' in sys.modules)")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "False"


def test_prose_that_ends_lines_in_numbers_is_not_a_table(tmp_path):
    from auditor.sources.pdf import _looks_tabular

    assert not _looks_tabular(["Employment rose to 11,444,000 in June, up 143,800 on March. The rate fell to",
                               "5.1% from 5.3% and 615,200 were out of work in June, against 630,600 in",
                               "March."])
    assert _looks_tabular(["Trade", "Exports 874.3 705.1", "Imports ($ million) (829.4) -650.1%"])


def test_a_page_of_thousands_of_ruling_lines_is_read_quickly_as_text(tmp_path):
    """A mesh of 250 x 250 lines (62,500 crossings, as a chart or a map might draw) under rows of
    numbers: no grid is searched past the limits, and the text is read as it is."""
    import time

    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for k in range(250):
        pdf.line(10, 10 + k, 200, 10 + k)
        pdf.line(10 + k * 0.76, 10, 10 + k * 0.76, 260)
    pdf.set_xy(10, 265)
    pdf.multi_cell(0, 6, "Wind 9,310 7,970\nSolar 5,640 5,230")
    path = tmp_path / "mesh.pdf"
    pdf.output(str(path))
    began = time.process_time()
    doc = read_document(str(path))
    assert time.process_time() - began < 2.0
    assert "Wind 9,310 7,970" in doc.text and "|" not in doc.text


def test_pypdfium2s_own_bindings_read_the_same_when_its_library_file_is_not_found(tmp_path, monkeypatch):
    """The reader declares the PDFium functions it calls on the library file pypdfium2 installs;
    without that file (a pypdfium2 built on a system PDFium) it takes pypdfium2's bindings."""
    from auditor.sources import pdf

    path = _drawn_grid_pdf(tmp_path)
    assert pdf._library_file() is not None  # the usual case: the declarations are used
    declared = read_document(str(path))
    monkeypatch.setattr(pdf, "_PDFIUM_LIBRARY", [])
    monkeypatch.setattr(pdf, "_library_file", lambda: None)
    bound = read_document(str(path))
    import pypdfium2_raw

    assert pdf._PDFIUM_LIBRARY[0].FPDF_GetPageCount is pypdfium2_raw.FPDF_GetPageCount
    assert (bound.text, bound.anchors) == (declared.text, declared.anchors)
    assert "\nLorries | 35,612 | 34,980\n" in bound.text
