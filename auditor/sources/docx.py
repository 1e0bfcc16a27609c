"""Word (.docx) reports through python-docx.

A Word document has no lines, so the position a reviewer can find is the
paragraph: each paragraph (and each table row) is one block, numbered from 1 in
document order, and a figure's `line` is its block number, its `column` the
character within the block. Paragraphs are separated by blank lines in the text the
auditor reads, so sentences and paragraphs are found as in a text file; the rows of
a table are consecutive lines "cell | cell | cell" of one block, the layout the table
model reads (as for HTML and PDF tables). The body is read; page headers and footers are
page furniture and are read only with `all_content` (after the body, numbered on from it).
Footnotes are not read (python-docx does not read them).
"""
from __future__ import annotations

import io
import zipfile

from auditor.sources.mapped import MappedDocument


def _furniture(document) -> list[str]:
    """The text of the page headers and footers of every section, each once."""
    seen, texts = set(), []
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header,
                     section.footer, section.first_page_footer, section.even_page_footer):
            if part.is_linked_to_previous or id(part._element) in seen:
                continue
            seen.add(id(part._element))
            texts.extend(p.text for p in part.paragraphs)
    return texts


def _blocks(document, all_content: bool = False) -> list[str | list[str]]:
    """The body in order: a paragraph's text, or a table's rows (a list of "cell | cell" lines);
    with `all_content`, then the page headers' and footers' paragraphs."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str | list[str]] = []
    if all_content:
        return _blocks(document) + _furniture(document)
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(item.text)
        elif isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells, seen = [], set()
                for cell in row.cells:  # merged cells repeat: keep each once
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(p.text for p in cell.paragraphs))
                while cells and not cells[0].strip():
                    cells.pop(0)  # a header has no label over the row labels: aligned from the right
                rows.append(" | ".join(cells))
            blocks.append(rows)
    return blocks


# A DOCX is a zip file: a few kilobytes can expand to gigabytes (a zip bomb). A long report
# expands to a few megabytes of XML; past these limits it is refused before it is unpacked.
MAX_UNPACKED_BYTES = 200_000_000
MAX_PARTS = 10_000


class Refused(ValueError):
    """A DOCX that is not read, for the reason given."""


def _check_package(data: bytes) -> None:
    """Refuse zip bombs and XML with a DOCTYPE before python-docx unpacks anything. Word never
    writes a DOCTYPE; one is how XML entity attacks (external entities that read local files,
    entities that expand a billion times) begin. (python-docx's parser does not resolve
    entities either; this is a second wall, and a clear message.)"""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = package.infolist()
        if len(parts) > MAX_PARTS:
            raise Refused(f"is a DOCX of more than {MAX_PARTS:,} parts")
        if sum(p.file_size for p in parts) > MAX_UNPACKED_BYTES:
            raise Refused(f"is a DOCX that unpacks to more than {MAX_UNPACKED_BYTES:,} bytes (a zip bomb?)")
        for part in parts:
            if part.filename.endswith((".xml", ".rels")):
                with package.open(part) as stream:
                    head = stream.read(65536)
                if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                    raise Refused(f"is a DOCX whose part {part.filename} declares a DOCTYPE or entities, "
                                  "which Word never writes; it is not read")


def docx_document(name: str, data: bytes, all_content: bool = False) -> MappedDocument:
    import docx

    _check_package(data)
    document = docx.Document(io.BytesIO(data))
    parts, anchors, offset = [], [], 0
    number = 0
    for block in _blocks(document, all_content):
        lines = block if isinstance(block, list) else [block]
        first = True
        for line in lines:
            number += 1
            line = line.replace("\r", " ").replace("\n", " ").replace("\t", " ")
            if not line.strip():
                continue
            if parts:
                separator = "\n" if not first else "\n\n"
                parts.append(separator)
                offset += len(separator)
            first = False
            anchors.append((offset, number, 1))
            parts.append(line)
            offset += len(line)
    return MappedDocument(name, "".join(parts) + "\n", anchors=tuple(anchors))
