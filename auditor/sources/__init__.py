"""Read an input into a `Document`, or say why it cannot be read.

Plain text and Markdown are read as they are; HTML, DOCX and PDF through the
modules beside this one, which keep positions in the source file (HTML line,
DOCX paragraph, PDF page and line). Folders are searched for reports.
"""
from __future__ import annotations

import sys
from pathlib import Path

from auditor.document import Document
from auditor.model import InputError

STDIN = "-"
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
REPORT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".docx", ".pdf")


def expand_paths(paths) -> list[str]:
    """Paths as given, with each folder replaced by the reports inside it (sorted,
    hidden files and folders skipped). A folder with no reports stays as it is,
    so reading it reports the problem."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if path != STDIN and p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            out.extend(found or [path])
        else:
            out.append(path)
    return out


def _kind(name: str, data: bytes) -> str:
    if data.startswith(b"%PDF-"):
        return "pdf"
    suffix = Path(name).suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        return "docx" if suffix != ".pdf" else "pdf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    return "text"


def _one_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def _decode(name: str, path: str, data: bytes) -> str | InputError:
    if b"\x00" in data[:8192]:
        return InputError(path, "is a binary file, not a text report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return InputError(name, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x})", line, column)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: str, stdin_name: str = "<stdin>") -> Document | InputError:
    """A path (or "-" for standard input) as a Document; never raises for bad input."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read()
            name = stdin_name
        else:
            p = Path(path)
            if p.is_dir():
                return InputError(path, "is a folder with no reports (.txt, .md, .html, .docx, .pdf) in it")
            data = p.read_bytes()
            name = path
    except OSError as exc:
        return InputError(path, f"cannot read: {exc.strerror or exc}")
    kind = _kind(name, data)
    if kind == "pdf":
        from auditor.sources.pdf import NoText, pdf_document

        try:
            return pdf_document(name, data)
        except NoText as exc:
            return InputError(name, str(exc))
        except Exception as exc:  # a third-party parser on untrusted bytes: any failure is bad input
            return InputError(name, f"is not a readable PDF ({_one_line(exc)})")
    if kind == "docx":
        from auditor.sources.docx import docx_document

        try:
            return docx_document(name, data)
        except Exception as exc:  # as above: python-docx raises many kinds on a broken file
            return InputError(name, f"is not a readable DOCX file ({_one_line(exc)})")
    text = _decode(name, path, data)
    if isinstance(text, InputError):
        return text
    if kind == "html":
        from auditor.sources.html import html_document

        return html_document(name, text)
    return Document(name, text)
