"""Word (.docx) reports, read from the package's XML with the standard library.

A Word document has no lines, so the position a reviewer can find is the
paragraph: each paragraph (and each table row) is one block, numbered from 1 in
document order, and a figure's `line` is its block number, its `column` the
character within the block. Paragraphs are separated by blank lines in the text the
auditor reads, so sentences and paragraphs are found as in a text file; the rows of
a table are consecutive lines "cell | cell | cell" of one block, the layout the table
model reads (as for HTML and PDF tables). The body is read; page headers and footers are
page furniture and are read only with `all_content` (after the body, numbered on from it).
Footnotes are not read.

The text is python-docx's (`Paragraph.text`, `_Row.cells`, `iter_inner_content`): the runs
and hyperlinks of a paragraph, a tab as a tab, a line break as a new line; the body's
paragraphs and tables (not those inside content controls or tracked insertions); a cell
spanning columns once, a cell merged down read in each row it covers. python-docx itself
loads every part of the package (styles, numbering, images), which took longer than auditing
the text; only the parts read here are unpacked.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile

from auditor.sources.mapped import MappedDocument

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAIN_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_RUN_TEXT = {_W + "t", _W + "tab", _W + "ptab", _W + "br", _W + "cr", _W + "noBreakHyphen"}
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def _xml(package: zipfile.ZipFile, name: str):
    """The root element of the part `name`; a part that declares a DOCTYPE anywhere is refused."""
    from xml.etree import ElementTree

    data = package.read(name)
    if _DOCTYPE.search(data):
        raise Refused(f"is a DOCX whose part {name} declares a DOCTYPE or entities, which Word never writes; "
                      "it is not read")
    return ElementTree.fromstring(data)


def _relationships(package: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """The internal relationships of `part` ("" for the package): id -> (type, target part's name)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in package.NameToInfo:
        return {}
    out = {}
    for rel in _xml(package, rels).iter(_RELS + "Relationship"):
        target = rel.get("Target")
        if rel.get("TargetMode") == "External" or not target:
            continue
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id")] = (rel.get("Type", ""), target)
    return out


def _paragraph_text(p) -> str:
    """A paragraph's text as python-docx gives it: its runs and its hyperlinks' runs."""
    parts = []
    for child in p:
        runs = (child,) if child.tag == _W + "r" else child.findall(_W + "r") if child.tag == _W + "hyperlink" else ()
        for run in runs:
            for item in run:
                tag = item.tag
                if tag not in _RUN_TEXT:
                    continue
                if tag == _W + "t":
                    parts.append(item.text or "")
                elif tag in (_W + "tab", _W + "ptab"):
                    parts.append("\t")
                elif tag == _W + "cr" or (tag == _W + "br" and item.get(_W + "type", "textWrapping") == "textWrapping"):
                    parts.append("\n")
                elif tag == _W + "noBreakHyphen":
                    parts.append("-")
    return "".join(parts)


def _int(element, path: str, default: int) -> int:
    found = element.find(path)
    try:
        return int(found.get(_W + "val")) if found is not None else default
    except (TypeError, ValueError):
        return default


def _table_rows(table) -> list[str]:
    """A table's rows as "cell | cell" lines: a cell spanning columns once, a cell merged down
    (vMerge continue) read as the cell above it, leading empty cells dropped (a header has no
    label over the row labels: it is aligned from the right)."""
    rows: list[str] = []
    above: dict[int, object] = {}  # grid column -> the cell that holds the text there, in the row above
    for tr in table.findall(_W + "tr"):
        column = _int(tr, f"{_W}trPr/{_W}gridBefore", 0)
        here: dict[int, object] = {}
        cells, seen = [], set()
        for tc in tr.findall(_W + "tc"):
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            owner = above.get(column, tc) if merge is not None and merge.get(_W + "val", "continue") == "continue" else tc
            span = max(_int(tc, f"{_W}tcPr/{_W}gridSpan", 1), 1)
            for k in range(span):
                here[column + k] = owner
            column += span
            if id(owner) not in seen:
                seen.add(id(owner))
                cells.append(" ".join(_paragraph_text(p) for p in owner.findall(_W + "p")))
        above = here
        while cells and not cells[0].strip():
            cells.pop(0)
        rows.append(" | ".join(cells))
    return rows


def _furniture(package: zipfile.ZipFile, body, rels: dict[str, tuple[str, str]]) -> list[str]:
    """The paragraphs of the page headers and footers of every section, each part once, in
    python-docx's order (each section's default, first-page and even-page header, then footers)."""
    sections = [s for s in (p.find(f"{_W}pPr/{_W}sectPr") if p.tag == _W + "p" else p for p in body)
                if s is not None and s.tag == _W + "sectPr"]  # python-docx's sections, in document order
    seen, texts = set(), []
    for section in sections:
        for kind in ("header", "footer"):
            references = {r.get(_W + "type", "default"): r.get(_R + "id") for r in section.findall(f"{_W}{kind}Reference")}
            for which in ("default", "first", "even"):
                part = rels.get(references.get(which, ""), ("", None))[1]
                if part is None or part in seen or part not in package.NameToInfo:
                    continue
                seen.add(part)
                texts.extend(_paragraph_text(p) for p in _xml(package, part).findall(_W + "p"))
    return texts


def _blocks(data: bytes, all_content: bool = False) -> list[str | list[str]]:
    """The body in order: a paragraph's text, or a table's rows (a list of "cell | cell" lines);
    with `all_content`, then the page headers' and footers' paragraphs."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        main = next((target for kind, target in _relationships(package, "").values() if kind == _MAIN_DOCUMENT), None)
        if main is None or main not in package.NameToInfo:
            raise ValueError("no main document part")
        body = _xml(package, main).find(_W + "body")
        if body is None:
            raise ValueError(f"{main} is not a Word document")
        blocks: list[str | list[str]] = []
        for item in body:
            if item.tag == _W + "p":
                blocks.append(_paragraph_text(item))
            elif item.tag == _W + "tbl":
                blocks.append(_table_rows(item))
        if all_content:
            blocks += _furniture(package, body, _relationships(package, main))
    return blocks


# A DOCX is a zip file: a few kilobytes can expand to gigabytes (a zip bomb). A long report
# expands to a few megabytes of XML; past these limits it is refused before it is unpacked.
MAX_UNPACKED_BYTES = 200_000_000
MAX_PARTS = 10_000


class Refused(ValueError):
    """A DOCX that is not read, for the reason given."""


def _check_package(data: bytes) -> None:
    """Refuse zip bombs and XML with a DOCTYPE before anything is unpacked. Word never
    writes a DOCTYPE; one is how XML entity attacks (external entities that read local files,
    entities that expand a billion times) begin. (Each part read is checked whole again before
    it is parsed, and the standard library's parser resolves no external entity.)"""
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
    _check_package(data)
    parts, anchors, offset = [], [], 0
    number = 0
    for block in _blocks(data, all_content):
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
