"""A report as text, with a map from offsets to line and column (and page)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.model import Span

_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Document:
    """A report's text and where it came from; offsets into it are turned into lines and pages here."""

    path: str
    text: str
    page_starts: tuple[int, ...] = ()  # offsets where pages 2, 3, ... begin (paged input only)
    _line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (found by the regular-expression engine: a Python loop over each character of a
        # megabyte took a tenth of a second)
        starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        object.__setattr__(self, "_line_starts", tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        line, column = self.position(start)
        page = bisect.bisect_right(self.page_starts, start) + 1 if self.page_starts else None
        return Span(start, end, line, column, page)


_PER_DOCUMENT: list = []  # the caches of `per_document_cache`


def per_document_cache(maxsize: int):
    """`functools.lru_cache` for a function of a document's text: what it keeps is emptied by
    `forget_documents` once that document's audit is made. Its keys hold the text, so a run over
    many documents (or the 84 sections of a 10 MB one) would otherwise keep the analysis of each
    until the cache is full. (Not for what is read after the audit: sources.sentences' breaks,
    which fingerprints read of the whole text while its sections are audited.)"""
    def cached(function):
        wrapped = lru_cache(maxsize=maxsize)(function)
        _PER_DOCUMENT.append(wrapped)
        return wrapped
    return cached


def forget_documents() -> None:
    """Empty the caches of `per_document_cache`: the document they were filled for is audited."""
    for cache in _PER_DOCUMENT:
        cache.cache_clear()
