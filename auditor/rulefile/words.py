"""Matching the words of a selector against report text.

Phrases match word by word, case-insensitively, with plurals folded
("job seeker" matches "job-seekers"); a word ending in '*' matches any word it
begins ("employ*" matches "employed", "employment"). Hyphens and apostrophes
separate words, so spelling variants ("jobseekers" aside) meet.
"""
from __future__ import annotations

from dataclasses import dataclass

from auditor import lazy_re

_WORD = lazy_re.compile(r"[a-z0-9]+\*?")


def stem(word: str) -> str:
    """Fold the plural of an English noun ("vacancies" -> "vacancy", "jobs" -> "job")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return [stem(w) for w in _WORD.findall(text.lower().replace("’", "'").replace("'s", ""))]


@dataclass(frozen=True)
class Phrase:
    text: str
    parts: tuple[tuple[str, bool], ...]  # (folded word, is a prefix)

    @classmethod
    def of(cls, text: str) -> "Phrase":
        parts = []
        for raw in _WORD.findall(text.lower().replace("’", "'").replace("'s", "")):
            prefix = raw.endswith("*")
            word = raw.rstrip("*")
            parts.append((word if prefix else stem(word), prefix))
        return cls(text, tuple(parts))

    def positions_in(self, folded: list[str]) -> list[int]:
        n = len(self.parts)
        if n == 0:
            return []
        return [i for i in range(len(folded) - n + 1)
                if all(folded[i + j].startswith(w) if prefix else folded[i + j] == w
                       for j, (w, prefix) in enumerate(self.parts))]

    def equals(self, folded: list[str]) -> bool:
        return len(folded) == len(self.parts) and self.positions_in(folded) == [0]

    def occurs_in(self, folded: list[str]) -> bool:
        return bool(self.positions_in(folded))

    def names_measure(self, folded: list[str]) -> bool:
        """The phrase names this measure, not a part of it: the words around it
        do not narrow it to a sub-group ("new urban jobs in registered units" is
        not "new urban jobs"; "new urban jobs created" is)."""
        n = len(self.parts)
        for i in self.positions_in(folded):
            rest = folded[:i] + folded[i + n:]
            if not NARROWING.intersection(rest):
                return True
        return False


# Words that narrow a measure to a sub-group when they follow or precede it.
NARROWING = frozenset("in among of from for with under aged at within outside excluding including by".split())
