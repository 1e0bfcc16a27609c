"""A Document whose line and column come from the source file, not from its text.

HTML, DOCX and PDF are turned into plain text for the auditor to read, but a
reviewer needs positions in the file they opened: the line of the HTML source,
the paragraph of a Word document, the page and the line on that page of a PDF.
`MappedDocument` keeps a sorted table of anchors, (text offset, line, column):
from an anchor on, offsets map to consecutive columns on the same line until
the next anchor.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from auditor.document import Document


@dataclass(frozen=True)
class MappedDocument(Document):
    anchors: tuple[tuple[int, int, int], ...] = ()
    _anchor_offsets: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "_anchor_offsets", tuple(a[0] for a in self.anchors))

    def position(self, offset: int) -> tuple[int, int]:
        if not self.anchors:
            return super().position(offset)
        i = max(bisect.bisect_right(self._anchor_offsets, offset) - 1, 0)
        start, line, column = self.anchors[i]
        return line, column + max(offset - start, 0)


class TextBuilder:
    """Accumulates text together with the source position of every character.

    `add(ch, line, column)` appends a character that stands at that source
    position (None for characters the reader inserts, such as paragraph breaks);
    `build()` compresses the positions into anchors.
    """

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.anchors: list[tuple[int, int, int]] = []
        self._expect: tuple[int, int] | None = None  # where the next char would be if contiguous
        self._last: tuple[int, int] = (1, 1)

    def __len__(self) -> int:
        return len(self.chars)

    def last_char(self) -> str:
        return self.chars[-1] if self.chars else ""

    def add(self, ch: str, line: int | None = None, column: int | None = None) -> None:
        offset = len(self.chars)
        if line is None or column is None:
            line, column = self._last
            if (line, column) != self._expect:
                self.anchors.append((offset, line, column))
            self._expect = None  # the next real character starts a new anchor
        else:
            if (line, column) != self._expect:
                self.anchors.append((offset, line, column))
            self._expect = (line, column + 1)
            self._last = (line, column)
        self.chars.append(ch)

    def add_run(self, text: str, line: int, column: int) -> None:
        """`add` each character of `text`, standing at `column`, `column` + 1, ... of `line`."""
        if not text:
            return
        if (line, column) != self._expect:
            self.anchors.append((len(self.chars), line, column))
        self.chars.extend(text)
        self._expect = (line, column + len(text))
        self._last = (line, column + len(text) - 1)

    def drop_last(self) -> None:
        """Take back the last character (a space that turned out to end a line)."""
        if not self.chars:
            return
        self.chars.pop()
        while self.anchors and self.anchors[-1][0] >= len(self.chars):
            self.anchors.pop()
        self._expect = None

    def text(self) -> str:
        return "".join(self.chars)
