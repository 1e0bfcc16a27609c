"""Sentence bounds in report text, for showing and fingerprinting findings.

A sentence ends at . ! or ? followed by white space (not the point in "1.5"),
at a blank line, or at a line break before a Markdown block (heading, list
item, table row, quote) or before or after an HTML comment. A single line break inside a wrapped paragraph does
not end a sentence.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from auditor import lazy_re

_END = lazy_re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n[ \t]*\n\s*|(?<=-->)[ \t]*\n\s*|\n(?=[ \t]*(?:[#>|*+\-]|\d+[.)]\s|<!--))")


def sentence_bounds(text: str, start: int, end: int, limit: int = 320) -> tuple[int, int]:
    """[left, right) of the sentence(s) holding text[start:end], without the
    surrounding white space; cut to about `limit` characters around the span."""
    breaks = _breaks(text)
    before = bisect_right(breaks.ends, start) - 1
    left = breaks.ends[before] if before >= 0 else 0
    after = bisect_right(breaks.starts, end - 1)  # the first break at or after the span's end
    right = breaks.starts[after] if after < len(breaks.starts) else len(text)
    if text[right - 1:right] == "\n":
        right -= 1
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    if right - left > limit:
        half = max((limit - (end - start)) // 2, 20)
        new_left, new_right = max(left, start - half), min(right, end + half)
        # cut at a word boundary
        if new_left > left:
            space = text.find(" ", new_left, start)
            new_left = space + 1 if space >= 0 else new_left
        if new_right < right:
            space = text.rfind(" ", end, new_right)
            new_right = space if space >= 0 else new_right
        left, right = new_left, new_right
    return left, right


class _Breaks:
    """Where each sentence break starts and ends, found once per text: every
    finding asks for its sentence, so a scan per finding would be quadratic."""

    def __init__(self, text: str):
        spans = [m.span() for m in _END.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]


@lru_cache(maxsize=8)
def _breaks(text: str) -> _Breaks:
    return _Breaks(text)


def normalized(text: str) -> str:
    return " ".join(text.split()).lower()
