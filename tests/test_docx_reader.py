"""The DOCX reader reads the package's XML itself; python-docx (loading every part of the
package, much slower) is the reference its text must equal: paragraphs with tabs, line and
page breaks, hyperlinks and non-breaking hyphens; tables with cells spanning columns and cells
merged down; page headers and footers of several sections, first-page ones and linked ones."""
from __future__ import annotations

import io

from auditor.sources.docx import docx_document


def _hyperlink(paragraph, text: str) -> None:
    """A w:hyperlink holding one run (python-docx has no call that writes one)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), "rId99")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _document() -> bytes:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_heading("Quarterly bulletin", 1)
    p = document.add_paragraph("Exports\trose to 874.3 million")
    p.add_run().add_break()  # a line break: a new line in the text
    p.add_run("in Q2 2024")
    p.add_run().add_break(WD_BREAK.PAGE)  # a page break: nothing
    p.add_run(" against 705.1 million")
    _hyperlink(p, " (see table 2)")
    hyphen = p.add_run(" year")
    hyphen._r.append(OxmlElement("w:noBreakHyphen"))
    hyphen.add_text("on-year")
    table = document.add_table(rows=4, cols=4)
    for i, row in enumerate([["", "Q2 2024", "Q1 2024", "Change"], ["Exports", "874.3", "705.1", "169.2"],
                             ["Imports", "829.4", "650.1", "179.3"], ["Balance", "44.9", "55.0", "-10.1"]]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    table.cell(0, 1).merge(table.cell(0, 2))  # a header across two columns
    table.cell(1, 0).merge(table.cell(2, 0))  # a row label merged down over two rows
    table.cell(3, 1).add_paragraph("revised")  # a cell of two paragraphs
    inner = document.add_table(rows=1, cols=2)  # a second table, straight after the first
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Ships", "1,204"
    document.add_paragraph("The balance narrowed to 44.9 million.")
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.header.paragraphs[0].text = "Bulletin 7, 2024"
    first.first_page_header.paragraphs[0].text = "Cover page 1"
    first.footer.paragraphs[0].text = "Printed 12 March 2025"
    second = document.add_section(WD_SECTION.NEW_PAGE)
    document.add_paragraph("Annex: 12 tables.")
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Annex header 2"
    # the second section's footer stays linked to the first's: read once
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _by_python_docx(data: bytes, all_content: bool) -> list:
    """The blocks python-docx gives: paragraphs' text and tables' rows, as the reader joins them."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    blocks = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(item.text)
        elif isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(" ".join(p.text for p in cell.paragraphs))
                while cells and not cells[0].strip():
                    cells.pop(0)
                rows.append(" | ".join(cells))
            blocks.append(rows)
    if all_content:
        seen = set()
        for section in document.sections:
            for part in (section.header, section.first_page_header, section.even_page_header,
                         section.footer, section.first_page_footer, section.even_page_footer):
                if not part.is_linked_to_previous and id(part._element) not in seen:
                    seen.add(id(part._element))
                    blocks.extend(p.text for p in part.paragraphs)
    return blocks


def test_the_reader_gives_python_docx_text_block_by_block():
    from auditor.sources.docx import _blocks

    data = _document()
    for all_content in (False, True):
        assert _blocks(data, all_content) == _by_python_docx(data, all_content)


def test_what_the_reference_reads_is_what_a_reader_would_want():
    from auditor.sources.docx import _blocks

    blocks = _blocks(_document(), all_content=True)
    assert blocks[1] == "Exports\trose to 874.3 million\nin Q2 2024 against 705.1 million (see table 2) year-on-year"
    # merging cells joins their text; a cell merged down is read in each row it covers
    assert blocks[2] == ["Q2 2024 Q1 2024 | Change", "Exports Imports | 874.3 | 705.1 | 169.2",
                         "Exports Imports | 829.4 | 650.1 | 179.3", "Balance | 44.9 revised | 55.0 | -10.1"]
    assert blocks[3] == ["Ships | 1,204"]
    assert blocks[-4:] == ["Bulletin 7, 2024", "Cover page 1", "Printed 12 March 2025", "Annex header 2"]
    doc = docx_document("q.docx", _document())
    assert "Cover page" not in doc.text and "\n\nQ2 2024 Q1 2024 | Change\nExports Imports | 874.3 |" in doc.text
