"""PDF reports through pypdf (pure Python): text per page, positions as a reader
counts them, page and line on that page.

A figure's `page` is its page number and `line`/`column` are the line on that
page and the character on that line, as pypdf lays the text out. Lines that
wrap mid-sentence are joined with a space in the text the auditor reads (so a
sentence is read whole), while every character keeps its page and line.
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
    chars: list[str] = []
    anchors: list[tuple[int, int, int]] = []
    page_starts: list[int] = []
    for page_number, page in enumerate(reader.pages, start=1):
        lines = (page.extract_text() or "").splitlines()
        if page_number > 1:
            if chars:
                chars.append("\n\n")
            page_starts.append(sum(map(len, chars)))
        offset = sum(map(len, chars))
        previous = ""
        for line_number, line in enumerate(lines, start=1):
            content = line.rstrip()
            if not content.strip():
                previous = ""
                continue
            if previous:
                joined = not _ENDS_BLOCK.search(previous) and not _STARTS_BLOCK.match(content)
                sep = " " if joined else "\n"
                chars.append(sep)
                offset += 1
            elif offset and chars and not "".join(chars[-1:]).endswith("\n"):
                chars.append("\n\n")
                offset += 2
            anchors.append((offset, line_number, 1))
            chars.append(content)
            offset += len(content)
            previous = content
    text = "".join(chars)
    if not text.strip():
        raise NoText("has no text layer (a scanned PDF?)")
    return MappedDocument(name, text + "\n", tuple(page_starts), anchors=tuple(anchors))
