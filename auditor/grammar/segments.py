"""Sentences and their figures, read once per document.

The reasoning splitter is `extract.context.sentences` (the one figures are read
with); here each sentence also gets its *skeleton*: its text in lower case with
every figure replaced by a placeholder `#k#` (k its index in the sentence), so that
the grammar of links is written over words and figure slots, never over digits.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

from auditor import lazy_re
from auditor.document import Document, per_document_cache
from auditor.extract import context
from auditor.grammar.tables import aligned_row
from auditor.model import Figure

SLOT = lazy_re.compile(r"#(\d+)#")


@dataclass(frozen=True)
class Segment:
    """A sentence (or a table row) and its figures, with its words where each figure stands."""

    index: int
    start: int
    end: int
    paragraph: int
    figures: tuple[Figure, ...]
    skeleton: str
    # offsets in `skeleton` where each figure's slot starts and ends
    slots: tuple[tuple[int, int], ...]
    is_table_row: bool

    def slot_of(self, figure: Figure) -> int:
        return self.figures.index(figure)

    # (after and before run some 700,000 times on a megabyte of reports: each slot is read once)
    def after(self, k: int, limit: int = 120) -> str:
        """The skeleton after figure k's slot."""
        end = self.slots[k][1]
        return self.skeleton[end:end + limit]

    def before(self, k: int, limit: int = 120) -> str:
        start = self.slots[k][0]
        return self.skeleton[start - limit if start > limit else 0:start]

    def between(self, i: int, j: int) -> str:
        return self.skeleton[self.slots[i][1]:self.slots[j][0]]


def prose_neighbours(segments: tuple[Segment, ...]) -> Iterator[tuple[Segment, int, Figure, Figure]]:
    """Each two figures side by side in a sentence of prose (a table's rows left out): the sentence,
    the first one's slot, and the two figures."""
    for seg in segments:
        if seg.is_table_row:
            continue
        for k in range(len(seg.figures) - 1):
            yield seg, k, seg.figures[k], seg.figures[k + 1]


def segment(document: Document, figures: tuple[Figure, ...]) -> tuple[Segment, ...]:
    text = document.text
    sentences = context.sentences_cached(text)
    starts = [s.start for s in sentences]
    members: dict[int, list[Figure]] = {}
    for f in figures:
        i = max(0, bisect.bisect_right(starts, f.span.start) - 1)
        members.setdefault(i, []).append(f)
    out = []
    for i, s in enumerate(sentences):
        figs = members.get(i, [])
        pieces, slots, cursor, length = [], [], s.start, 0
        for k, f in enumerate(figs):
            head = text[cursor:max(cursor, f.span.start)].lower()
            pieces.append(head)
            length += len(head)
            slot = f"#{k}#"
            slots.append((length, length + len(slot)))
            pieces.append(slot)
            length += len(slot)
            cursor = max(cursor, f.span.end)
        pieces.append(text[cursor:s.end].lower())
        raw = text[s.start:s.end]
        out.append(Segment(i, s.start, s.end, s.paragraph, tuple(figs), "".join(pieces), tuple(slots),
                           raw.count("|") >= 2 or raw.count("\t") >= 2 or _rows_aligned_with_spaces(raw)))
    return tuple(out)


def _rows_aligned_with_spaces(raw: str) -> bool:
    """Whether a "sentence" is a row of a plain-text table, or rows the splitter ran together: lines whose
    columns are set apart by runs of spaces ("North      12,400   13,020    5.0%"). Its figures are cells
    side by side, not words of a clause relating them (nor a title, however short the line)."""
    return any(aligned_row(line) for line in raw.splitlines())


MOST_SUBHEADING_WORDS = 12  # the most words a plain-text subheading holds
# A plain-text subheading: a paragraph of one short capitalised line with no closing punctuation, after the
# first paragraph (the title): "Egg-type chicks hatched up 18 percent", "Broiler-type chicks hatched up 1 percent".
# Two such subheadings in parallel (most words shared, the group named differing) open sections of two groups,
# so one measure's name under each may be two groups' measure ("Eggs in incubators totaled 47.2 million" under
# the first, "... 635 million" under the second). A summary's subheading ("Highlights") over a restated figure
# has no parallel: the body restates it.
_SUBHEADING = lazy_re.compile(r"(?<=\n\n)[ \t]*[A-Z][^\n.:;!?]{0,90}[^\n.:;!?,\s][ \t]*(?=\n\n|\n?\Z)")


@per_document_cache(maxsize=8)
def subheadings(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """Each subheading's start and its words."""
    return tuple((m.start(), frozenset(re.findall(r"[a-z]{3,}", m.group().lower()))) for m in _SUBHEADING.finditer(text)
                 if len(m.group().split()) <= MOST_SUBHEADING_WORDS)


def under_two_subheadings(text: str, a: int, b: int) -> bool:
    """Whether offsets a < b of `text` stand in two sections, the later one opened by a subheading after the first
    offset: a file of several stories, each with its headline, whose "this month" is each story's own."""
    starts = [start for start, _ in subheadings(text)]
    return bisect.bisect_right(starts, b) > bisect.bisect_right(starts, a)
