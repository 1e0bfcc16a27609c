"""Read an input into a `Document`, or say why it cannot be read."""
from __future__ import annotations

import sys
from pathlib import Path

from auditor.document import Document
from auditor.model import InputError

STDIN = "-"


def read_document(path: str, stdin_name: str = "<stdin>") -> Document | InputError:
    """A path (or "-" for standard input) as a Document; never raises for bad input."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read()
            name = stdin_name
        else:
            p = Path(path)
            if p.is_dir():
                return InputError(path, "is a folder, not a report")
            data = p.read_bytes()
            name = path
    except OSError as exc:
        return InputError(path, f"cannot read: {exc.strerror or exc}")
    if b"\x00" in data[:8192]:
        return InputError(path, "is a binary file, not a text report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return InputError(name, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x})", line, column)
    return Document(name, text.replace("\r\n", "\n").replace("\r", "\n"))
