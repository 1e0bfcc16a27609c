"""Whose the figures of a paragraph are, when an opening names it.

A sentence that opens with a preposition and a proper name, then a comma ("In the U.S. District Courts, cases
filed rose 23.6 percent ...", "At Heathrow, ...") names the subject of every figure after it in its paragraph, the
sentences without a name of their own too ("Cases terminated fell 4.8 percent"), until the next such opening. Two
figures scoped to different names are of two subjects, whatever the words of their measures. A figure before any
such opening in its paragraph has no scope: nothing is said of it.
"""
from __future__ import annotations

from bisect import bisect_right

from auditor import lazy_re
from auditor.document import per_document_cache
from auditor.extract import context
from auditor.grammar import lexicon
from auditor.model import Figure

# the preposition, an optional "the", then one to six capitalised words (joined by "of", "and", "&", "for"), then
# the comma that closes the opening: "In the U.S. Bankruptcy Courts,", "At Port of Felixstowe,"
_SCOPE_OPENING = lazy_re.compile(
    rf"\W{{0,3}}(?i:{lexicon.alternation(lexicon.SCOPE_OPENERS)})\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w.&’'-]{0,40}(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w.&’'-]{0,40}){0,5})\s*,")
_WORD = lazy_re.compile(r"[A-Za-z]+")


def _names_a_subject(name: str) -> bool:
    """A name of no period: "In March,", "In Q3," and "In Fiscal Year," say when, not whose."""
    words = [w.lower() for w in _WORD.findall(name)]
    return bool(words) and not all(w in lexicon.CAPITALISED_NON_NAMES or w in lexicon.SCOPE_NON_NAMES for w in words)


@per_document_cache(maxsize=8)
def _scope_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each stretch of text a scoping opening names: from the opening sentence to the end of its
    paragraph or to the next opening, whichever comes first."""
    spans: list[tuple[int, int, str]] = []
    open_at, paragraph, name = 0, -1, ""
    sentences = context.sentences_cached(text)
    previous_end = 0
    for s in sentences:
        # (a text of one paragraph a line breaks its paragraphs at line ends only: a new line after a sentence's end
        # is a new paragraph)
        if s.paragraph != paragraph or "\n" in text[previous_end:s.start]:
            if name:
                spans.append((open_at, s.start, name))
            paragraph, name = s.paragraph, ""
        previous_end = s.end
        # (the name may run past a sentence break the splitter reads in it: "In the U.S. District Courts,")
        opening = _SCOPE_OPENING.match(text, s.start, min(len(text), s.start + 300))
        if opening and _names_a_subject(opening.group("name")):
            if name:
                spans.append((open_at, s.start, name))
            open_at, name = s.start, " ".join(opening.group("name").lower().split())
    if name:
        spans.append((open_at, len(text), name))
    return tuple(spans)


def scope_of(text: str, figure: Figure) -> str:
    """The name an opening of its paragraph scopes `figure` to ("" when none does)."""
    spans = _scope_spans(text)
    k = bisect_right(_starts(text), figure.span.start) - 1
    return spans[k][2] if k >= 0 and figure.span.start < spans[k][1] else ""


@per_document_cache(maxsize=8)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(start for start, _, _ in _scope_spans(text))


def scoped_apart(text: str, figures) -> bool:
    """Whether some two of `figures` are scoped to two different names: two subjects' figures."""
    return len({scope_of(text, f) for f in figures} - {""}) > 1
