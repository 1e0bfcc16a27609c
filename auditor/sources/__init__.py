"""Read an input into a `Document`, or say why it cannot be read.

Plain text is read as it is; Markdown, HTML, DOCX and PDF through the modules
beside this one, which keep positions in the source file (Markdown and HTML line
and column, DOCX paragraph, PDF page and line). Folders are searched for reports.
"""
from __future__ import annotations

import codecs
import fnmatch
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from auditor.document import Document
from auditor.model import InputError

STDIN = "-"
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
REPORT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + (".docx", ".pdf")
# A report is pages of prose, not a data dump: past this the input is refused with a
# clear message rather than read for minutes (1 MB of prose takes seconds).
MAX_REPORT_BYTES = 16_000_000
# Byte-order marks of the encodings a text editor saves "Unicode" text in. UTF-32's
# marks come first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def shown_path(path: str) -> str:
    """The path as it can be printed: a name that is not valid UTF-8 (os.fsdecode keeps
    its bytes as lone surrogates, which no UTF-8 output can hold) with each bad byte
    written as \\xNN."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


# Files that sit beside reports in a folder but are not reports: a folder run skips them
# (SOURCES.md beside the reports once gave 33 false errors). Named on the command line,
# they are audited. Compared without suffix and case: README.md, Licence.txt, CHANGELOG.
NOT_REPORTS = frozenset("""
readme sources changelog changes history news license licence copying contributing contributors
code_of_conduct code-of-conduct authors notice security support citation maintainers requirements
""".split())


@dataclass(frozen=True)
class Skipped:
    """A path the run did not read, and why."""

    path: str
    reason: str


def _excluded_by(path: str, patterns) -> str | None:
    """The first glob in `patterns` that matches the path or one of its trailing parts
    ("drafts/*" matches reports/drafts/q2.md; "q2.md" its name)."""
    parts = Path(path).parts
    candidates = [Path(path).as_posix()] + ["/".join(parts[k:]) for k in range(1, len(parts))]
    for pattern in patterns:
        if any(fnmatch.fnmatchcase(c, pattern) for c in candidates):
            return pattern
    return None


def expand_paths(paths, exclude=(), skipped: list | None = None) -> list[str]:
    """Paths as given, with each folder replaced by the reports inside it (sorted,
    hidden files and folders skipped, and files that are not reports: NOT_REPORTS).
    A folder with no reports stays as it is, so reading it reports the problem.
    A path (given or found) that one of the `exclude` globs matches is left out.
    What is left out is appended to `skipped`, when given, with the reason."""
    out: list[str] = []
    left_out = skipped if skipped is not None else []
    for path in paths:
        p = Path(path)
        if path != STDIN and p.is_dir():
            found = []
            for f in sorted(p.rglob("*")):
                if not f.is_file() or f.suffix.lower() not in REPORT_SUFFIXES:
                    continue
                if any(part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                if f.stem.lower() in NOT_REPORTS:
                    left_out.append(Skipped(str(f), "not a report"))
                    continue
                pattern = _excluded_by(str(f), exclude)
                if pattern is not None:
                    left_out.append(Skipped(str(f), f"excluded by '{pattern}'"))
                    continue
                found.append(str(f))
            out.extend(found or [path])
        elif path != STDIN and exclude and (pattern := _excluded_by(path, exclude)) is not None:
            left_out.append(Skipped(path, f"excluded by '{pattern}'"))
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
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix == ".docx":
        return "docx"
    if suffix == ".pdf":
        return "pdf"
    return "text"


def _one_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def _decode(name: str, data: bytes) -> str | InputError:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)  # the codec reads the mark and drops it
            except UnicodeDecodeError:
                return InputError(name, f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}")
            return text.replace("\r\n", "\n").replace("\r", "\n")
    if b"\x00" in data[:8192]:
        return InputError(name, "is a binary file, not a text report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return InputError(name, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x})", line, column)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: str, stdin_name: str = "<stdin>", all_content: bool = False) -> Document | InputError:
    """A path (or "-" for standard input) as a Document; never raises for bad input.
    `all_content`: read every visible text of a web page, not only its main content, and a
    Word file's page headers and footers."""
    name = stdin_name if path == STDIN else shown_path(path)
    try:
        if path == STDIN:
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:  # `audit - <&-`: Python sets sys.stdin to None when fd 0 is closed
                return InputError(name, "cannot read standard input: it is closed")
            data = stream.read(MAX_REPORT_BYTES + 1)
        else:
            p = Path(path)
            if p.is_dir():
                return InputError(name, "is a folder with no reports (.txt, .md, .html, .docx, .pdf) in it")
            with open(p, "rb") as src:  # read at most one byte past the limit: never a whole huge file
                data = src.read(MAX_REPORT_BYTES + 1)
    except (OSError, ValueError) as exc:  # ValueError: a closed stream
        return InputError(name, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
    return document_from_bytes(name, data, all_content)


def document_from_bytes(name: str, data: bytes, all_content: bool = False) -> Document | InputError:
    """The bytes of a report named `name` (its suffix tells HTML from text) as a Document,
    or why they are not one; never raises for bad input."""
    if len(data) > MAX_REPORT_BYTES:
        return InputError(name, f"is larger than {MAX_REPORT_BYTES:,} bytes; a report this long is not audited "
                                "(split it into parts)")
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
        from auditor.sources.docx import Refused, docx_document

        try:
            return docx_document(name, data, all_content)
        except Refused as exc:
            return InputError(name, str(exc))
        except Exception as exc:  # as above: python-docx raises many kinds on a broken file
            return InputError(name, f"is not a readable DOCX file ({_one_line(exc)})")
    text = _decode(name, data)
    if isinstance(text, InputError):
        return text
    if kind == "html":
        from auditor.sources.html import TooDeep, html_document

        try:
            return html_document(name, text, all_content)
        except TooDeep as exc:
            return InputError(name, str(exc))
    if kind == "markdown":
        from auditor.sources.markdown import markdown_document

        return markdown_document(name, text)
    return Document(name, text)
