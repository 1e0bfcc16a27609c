"""Word (.docx) reports through python-docx.

A Word document has no lines, so the position a reviewer can find is the
paragraph: each paragraph (and each table row) is one block, numbered from 1 in
document order, and a figure's `line` is its block number, its `column` the
character within the block. Blocks are separated by blank lines in the text the
auditor reads, so sentences and paragraphs are found as in a text file.
"""
from __future__ import annotations

import io

from auditor.sources.mapped import MappedDocument


def _blocks(document) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells, seen = [], set()
                for cell in row.cells:  # merged cells repeat: keep each once
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(p.text for p in cell.paragraphs))
                blocks.append(" | ".join(cells))
    return blocks


def docx_document(name: str, data: bytes) -> MappedDocument:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts, anchors, offset = [], [], 0
    for number, block in enumerate(_blocks(document), start=1):
        block = block.replace("\r", " ").replace("\n", " ").replace("\t", " ")
        if not block.strip():
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        anchors.append((offset, number, 1))
        parts.append(block)
        offset += len(block)
    return MappedDocument(name, "".join(parts) + "\n", anchors=tuple(anchors))
