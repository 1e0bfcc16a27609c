"""Sentence bounds in report text, for showing and fingerprinting findings.

A sentence ends at . ! or ? followed by white space (not the point in "1.5"),
at a blank line, or at a line break before a Markdown block (heading, list
item, table row, quote) or before or after an HTML comment. A single line break inside a wrapped paragraph does
not end a sentence.
"""
from __future__ import annotations

import re

_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n[ \t]*\n\s*|(?<=-->)[ \t]*\n\s*|\n(?=[ \t]*(?:[#>|*+\-]|\d+[.)]\s|<!--))")


def sentence_bounds(text: str, start: int, end: int, limit: int = 320) -> tuple[int, int]:
    """[left, right) of the sentence(s) holding text[start:end], without the
    surrounding white space; cut to about `limit` characters around the span."""
    left = 0
    for m in _END.finditer(text, 0, start):
        if m.end() <= start:
            left = m.end()
    m = _END.search(text, end)
    right = m.start() if m else len(text)
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


def normalized(text: str) -> str:
    return " ".join(text.split()).lower()
