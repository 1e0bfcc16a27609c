"""PDF reports through pypdf (pure Python): text per page, positions as a reader
counts them, page and line on that page.

A figure's `page` is its page number and `line`/`column` are the line on that
page and the character on that line, as pypdf lays the text out. Lines that
wrap mid-sentence are joined with a space in the text the auditor reads (so a
sentence is read whole), while every character keeps its page and line.

Tables: pypdf gives a table row as one line of words ("Employed ('000) 11 444.0
11 300.2 143.8"), in which no reader can tell the cells apart. pdfplumber finds the
grid of a table (from its ruling lines, or from the alignment of its words), and each
pypdf line that holds exactly one row's cells becomes that row, "cell | cell | cell",
the layout the table model reads: the row label, the header's periods and scales
("('000)") and each cell's column survive, and every cell keeps its page, line and
column. pypdf stays the reader of the prose, whose columns it follows better.
"""
from __future__ import annotations

import io
import logging
import re

from auditor import lazy_re
from auditor.sources.mapped import MappedDocument

_ENDS_BLOCK = lazy_re.compile(r"[.:;!?)\]]\s*$")
_STARTS_BLOCK = lazy_re.compile(r"^\s*(?:[A-Z#•\-*|]|\d+[.)]\s)")


class NoText(ValueError):
    pass


# pdfplumber lays out every character of a page: slow on a long document. Tables are looked
# for on the pages whose pypdf text has rows of numbers, and on this many pages at most.
MAX_TABLE_PAGES = 200
_NUMBER = re.compile(r"[-+−–(]?\d[\d,. ]*%?\)?")
_WHITESPACE = re.compile(r"\s+")


def _looks_tabular(lines: list[str]) -> bool:
    """Two lines of three numbers or more: a table may be there."""
    rows = sum(1 for line in lines if len(re.findall(r"(?<![\w.])[-+−–(]?\d", line)) >= 3)
    return rows >= 2


def _table_rows(data: bytes, pages: list[int]) -> dict[int, list[list[str]]]:
    """The rows of the tables pdfplumber finds on `pages` (numbered from 1), by page; {} when
    pdfplumber is not installed or cannot read the file (pypdf's text is then read as it is)."""
    try:
        import pdfplumber
    except ImportError:
        return {}
    found: dict[int, list[list[str]]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            for number in pages[:MAX_TABLE_PAGES]:
                page = pdf.pages[number - 1]
                tables = page.find_tables()
                if not tables:  # no ruling lines: a table aligned by its words
                    tables = [t for t in page.find_tables({"vertical_strategy": "text", "horizontal_strategy": "text"})
                              if _numeric_grid(t.extract())]
                rows = [[(cell or "").replace("\n", " ").strip() for cell in row] for t in tables for row in t.extract()]
                if rows:
                    found[number] = rows
    except Exception:  # a third-party parser on untrusted bytes: the tables are a bonus, never a failure
        return {}
    return found


_ENDS_IN_GROUP = re.compile(r"(?:^|\D)\d{1,3}$")
_STARTS_WITH_GROUP = re.compile(r"^\d{3}(?!\d)")


def _numeric_grid(rows) -> bool:
    """A grid found from word alignment is a table when most of its rows hold two numbers or more,
    and no number is cut in two at a space that groups its thousands ("11 | 444.0")."""
    if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
        return False
    for row in rows:
        for left, right in zip(row, row[1:]):
            if left and right and _ENDS_IN_GROUP.search(left.strip()) and _STARTS_WITH_GROUP.match(right.strip()):
                return False
    numeric = sum(1 for r in rows if sum(1 for c in r if c and _NUMBER.fullmatch(c.strip())) >= 2)
    return numeric * 2 >= len(rows)


def _as_row(line: str, rows: list[list[str]]) -> list[tuple[str, int]] | None:
    """The cells of `line` with their 0-based columns in it, when the line is one of the table
    `rows` (the same characters, spaces aside); None when it is not."""
    key = _WHITESPACE.sub("", line)
    for row in rows:
        cells = list(row)
        while cells and not cells[0]:
            cells.pop(0)  # a header has no label over the row labels
        if len([c for c in cells if c]) < 2 or _WHITESPACE.sub("", "".join(cells)) != key:
            continue
        placed, at = [], 0
        for cell in cells:
            if not cell:
                placed.append(("", at))
                continue
            found = line.find(cell, at)
            if found < 0:
                break
            placed.append((cell, found))
            at = found + len(cell)
        else:
            return placed
    return None


_LAYOUT_SPACES = re.compile(r"\s+")


def _paragraph_starts(lines: list[str], page) -> set[int]:
    """The indexes of `lines` (pypdf's plain text of `page`) that follow a vertical gap, where
    a paragraph begins. pypdf's plain text has no blank lines; its layout mode keeps the gaps
    as blank lines, and its lines are the same words: the two are walked side by side."""
    try:
        layout = (page.extract_text(extraction_mode="layout") or "").splitlines()
    except Exception:  # the layout mode fails on some fonts: no gaps known, as before
        return set()
    starts, k, gap = set(), 0, False
    for line in layout:
        words = _LAYOUT_SPACES.sub(" ", line).strip()
        if not words:
            gap = True
            continue
        while k < len(lines) and not _LAYOUT_SPACES.sub(" ", lines[k]).strip():
            k += 1
        if k < len(lines) and _LAYOUT_SPACES.sub(" ", lines[k]).strip() == words:
            if gap and k:
                starts.add(k)
            k += 1
        gap = False
    return starts


def pdf_document(name: str, data: bytes) -> MappedDocument:
    # pypdf logs repairs of damaged files ("EOF marker not found") as warnings on
    # stderr; the auditor reports a file it cannot read in one line of its own.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    from pypdf import PdfReader

    from pypdf.errors import DependencyError

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # Many published PDFs are encrypted only to set permissions: anyone may open them
        # with the empty user password. pypdf needs the cryptography package for AES.
        try:
            opened = reader.decrypt("")
        except DependencyError:
            raise NoText("is an AES-encrypted PDF and the 'cryptography' package is not installed") from None
        if not opened:
            raise NoText("is an encrypted PDF that needs a password to open; save an unprotected copy")
    page_lines = [(page.extract_text() or "").splitlines() for page in reader.pages]
    page_breaks = [_paragraph_starts(lines, page) for lines, page in zip(page_lines, reader.pages)]
    candidates = [n for n, lines in enumerate(page_lines, start=1) if _looks_tabular(lines)]
    tables = _table_rows(data, candidates) if candidates else {}
    chars: list[str] = []
    anchors: list[tuple[int, int, int]] = []
    page_starts: list[int] = []
    offset = 0
    for page_number, lines in enumerate(page_lines, start=1):
        if page_number > 1:
            if chars:
                chars.append("\n\n")
                offset += 2
            page_starts.append(offset)
        rows = tables.get(page_number, [])
        previous, previous_row = "", False
        for line_number, line in enumerate(lines, start=1):
            content = line.rstrip()
            if not content.strip() or (line_number - 1 in page_breaks[page_number - 1] and _ENDS_BLOCK.search(previous)):
                previous = ""  # a paragraph ends here (a gap after a line that ends a sentence: wide line
                # spacing alone is no paragraph break)
            if not content.strip():
                continue
            cells = _as_row(content, rows) if rows else None
            if previous and (cells is not None) != previous_row:
                chars.append("\n\n")  # a table is a block of its own, as in HTML
                offset += 2
            elif previous:
                joined = cells is None and not _ENDS_BLOCK.search(previous) and not _STARTS_BLOCK.match(content)
                chars.append(" " if joined else "\n")
                offset += 1
            elif offset and chars and not chars[-1].endswith("\n"):
                chars.append("\n\n")
                offset += 2
            if cells is None:
                anchors.append((offset, line_number, 1))
                chars.append(content)
                offset += len(content)
            else:  # a table row: its cells, each where it stands on the line
                for k, (cell, column) in enumerate(cells):
                    if k:
                        chars.append(" | ")
                        offset += 3
                    anchors.append((offset, line_number, column + 1))
                    chars.append(cell)
                    offset += len(cell)
            previous, previous_row = content, cells is not None
    text = "".join(chars)
    if not text.strip():
        raise NoText("has no text layer (a scanned PDF?)")
    return MappedDocument(name, text + "\n", tuple(page_starts), anchors=tuple(anchors))
