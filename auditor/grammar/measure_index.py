"""A document-wide index of stated levels, keyed on what they measure and their unit.

A figure whose frame needs a partner the sentence does not give (a share whose whole is
named, "35 percent of all seaborne cargo", but stated two paragraphs up) looks the partner
up here instead of reading a new phrasing: the levels whose measure or clause names the
partner's head noun ("Cargo handled at the harbour reached 12.0 million tonnes"), in the
same unit, nearest first.

Such a link rests on words alone, no syntax ties the two figures: it is weaker than any
link the sentence states. A check may take it as evidence when the arithmetic holds; a
miss through it proves nothing (another level of the same name may be meant).

Every key is a dictionary key and every answer a bounded list, so building the index is
linear in the document and a lookup costs the candidates it returns.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterable

from auditor import lazy_re
from auditor.grammar import lexicon
from auditor.grammar.frames import unit_class
from auditor.grammar.within import clause_words
from auditor.model import Figure

# heads that name no measure of their own ("of the total", "of all"): no key
_NOT_A_HEAD = frozenset(lexicon.GENERIC_MEASURE_NOUNS) | frozenset({"all", "whole", "share", "percent", "cent"})
# words after the head of a whole's name: what qualifies it
_ENDS_A_NAME = frozenset(lexicon.PREPOSITIONS) | frozenset(lexicon.PART_LABEL_PREPOSITIONS) | frozenset(
    {"of", "with", "and", "or", "that", "which", "who"})
# words of a name that name nothing themselves: "the number of the passengers" is filed under "passenger"
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our"})
_PARTICIPLE = lazy_re.compile(r"[a-z]{3,}ed")
# a clause's words indexed at most: the words near a figure name what it counts
_MAX_WORDS = 40
# the candidates a lookup passes over at most for each one it may return: a key shared by every level of a long
# report is not walked to its end for each figure that asks
_STEPS_PER_ANSWER = 8


def key_of(word: str) -> str:
    """The key a measure word is filed under: its family's name when it has synonyms ("turnover" and "sales" ->
    "revenue"), else its stem ("arrivals" -> "arrival", "spending" -> "spend")."""
    folded = lexicon.fold(word)
    return lexicon.SYNONYM_KEY.get(folded) or lexicon.stem(folded)


def head_key(name: str) -> str:
    """The key of the head noun of a whole's name ("all overseas guest arrivals" -> "arrival"): the last word
    before a preposition or a participle that opens what qualifies it ("freight orders booked abroad", "the
    aggregate with"); "" when that word names no measure of its own ("the total")."""
    words = lexicon.folded_words(name)
    head = ""
    for i, word in enumerate(words):
        if word in _ENDS_A_NAME or (i > 0 and _PARTICIPLE.fullmatch(word)):
            break
        head = word
    return key_of(head) if head and head not in _NOT_A_HEAD and len(head) > 2 else ""


def name_keys(name: str, limit: int = 4) -> tuple[str, ...]:
    """The keys of the words that name a measure ("online spending" -> "online", "spend"): every word of
    the name but those that name no measure of their own, in order, at most `limit`."""
    keys: list[str] = []
    for word in lexicon.folded_words(name):
        if word in _ENDS_A_NAME or word in _NOT_A_HEAD or word in _DETERMINERS or len(word) <= 2:
            continue
        key = key_of(word)
        if key not in keys:
            keys.append(key)
    return tuple(keys[:limit])


class MeasureIndex:
    """The levels of a document by (measure word, unit class), each list in reading order."""

    def __init__(self, levels: Iterable[Figure], words_of: Callable[[Figure], Iterable[str]],
                 filed: dict[str, tuple[Figure, frozenset[str]]] | None = None):
        """`levels`: the figures that may be looked up; `words_of`: the folded words that say what one
        counts (its measure and its clause). `filed`: figure id -> (the figure, the keys it is filed under),
        read and filled, shared by the indexes of one reading of a document (see `of_levels`)."""
        self._by_key: dict[tuple[str, tuple], list[Figure]] = {}
        filed = {} if filed is None else filed
        for figure in levels:
            unit = unit_class(figure)
            kept = filed.get(figure.id)
            if kept is not None and kept[0] is figure:
                keys = kept[1]
            else:
                keys = frozenset(key_of(w) for w in list(words_of(figure))[:_MAX_WORDS]
                                 if len(w) > 2 and w not in _DETERMINERS)
                filed[figure.id] = (figure, keys)
            for key in keys:
                self._by_key.setdefault((key, unit), []).append(figure)
        self._starts = {key: [f.span.start for f in figures] for key, figures in self._by_key.items()}

    def nearest(self, head: str, like: Figure, at: int, fits: Callable[[Figure], bool], limit: int) -> list[Figure]:
        """Up to `limit` levels filed under the head key `head` in the unit of `like` that `fits` accepts,
        nearest to offset `at` first (the earlier of two as near), among the `limit` * _STEPS_PER_ANSWER nearest."""
        key = (head, unit_class(like))
        figures = self._by_key.get(key, ())
        if not head or not figures:
            return []
        starts = self._starts[key]
        right = bisect_left(starts, at)
        left = right - 1
        out: list[Figure] = []
        steps = limit * _STEPS_PER_ANSWER  # each step takes or passes one candidate
        while len(out) < limit and steps > 0 and (left >= 0 or right < len(figures)):
            steps -= 1
            if right >= len(figures) or (left >= 0 and at - starts[left] <= starts[right] - at):
                candidate, left = figures[left], left - 1
            else:
                candidate, right = figures[right], right + 1
            if fits(candidate):
                out.append(candidate)
        return out


def of_levels(levels: Iterable[Figure], text: str, meaning) -> MeasureIndex:
    """The index of `levels` under the words of their measure and of their clause: what each one counts.
    Three checks index the levels of one reading (restatements, growth, shares), mostly the same figures:
    each figure's keys are worked out once and kept with the reading (`meaning.filed_measure_keys`). Keeping
    them is safe because they depend only on the figure (its measure) and on its clause in `text`, the reading's
    own text; a figure object the reading does not hold (a copy with another measure) is filed anew."""
    return MeasureIndex(levels, lambda f: (
        *lexicon.folded_words(f.measure), *clause_words(text, meaning.segment_of(f), meaning.frame(f).slot)),
                        meaning.filed_measure_keys)
