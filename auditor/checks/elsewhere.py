"""Figures against values stated elsewhere: in a table of published values, in another document.

One key per stated value, so values stated in different places meet in a dictionary.

A key is (measure, group, period, unit). Measures are compared by their folded words
("New urban jobs" and "new urban jobs" meet), and a rule pack's `aliases` join the names
of one measure ("urban jobs created" and a table's "NEW_URBAN_JOBS" meet under the alias
key they are listed in). Every lookup is a dictionary lookup: comparing thousands of
figures with thousands of rows is linear, never a product.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from auditor import expr
from auditor.grammar import lexicon
from auditor.grammar.statements import Statement
from auditor.model import Figure, Place, Relation
from auditor.rulefile.words import NARROWING, Phrase, words

# group names that mean the same people: a table's SEX code "F" is a report's "women"
_SAME_GROUP = {"female": "woman", "women": "woman", "male": "man", "men": "man", "total": "", "all": ""}
Key = tuple[str, str, str, str]


class MeasureNames:
    """Canonical measure names, through the aliases of the rule packs in play."""

    def __init__(self, aliases: Mapping[str, Sequence[str]] = (), measures: Sequence[str] = ()):
        """`measures`: names that stand for themselves (a data table's), found inside a longer
        measure as an alias phrase is ("hotel occupancy averaged" is the table's "hotel occupancy")."""
        self._exact: dict[tuple[str, ...], str] = {}
        self._prefixes: list[tuple[Phrase, str]] = []  # "employ*": matched by scanning, they are few
        for key, phrases in dict(aliases).items():
            for phrase in (key, *phrases):
                parsed = Phrase.of(phrase)
                if any(prefix for _, prefix in parsed.parts):
                    self._prefixes.append((parsed, key))
                elif parsed.parts:
                    self._exact.setdefault(tuple(w for w, _ in parsed.parts), key)
        for measure in measures:
            folded = tuple(words(measure))
            if folded:
                self._exact.setdefault(folded, " ".join(folded))

    def of(self, measure: str, whole_only: bool = False) -> str:
        """The canonical name of a measure: its alias key when it is one of the key's phrases,
        or (unless `whole_only`) when the measure begins with one and narrows it no further
        ("new urban jobs created" is new urban jobs; "new urban jobs in registered units" is
        not); else its folded words."""
        folded = words(measure)
        exact = self._exact.get(tuple(folded))
        if exact is not None:
            return exact
        for phrase, key in self._prefixes:
            if phrase.equals(folded) or (not whole_only and phrase.names_measure(folded)):
                return key
        if not whole_only:
            # the longest phrase the measure begins with, followed by no narrowing word: "new urban
            # jobs created" is new urban jobs; "youth unemployment rate" is not the unemployment rate
            for size in range(len(folded) - 1, 0, -1):
                key = self._exact.get(tuple(folded[:size]))
                if key is not None and not NARROWING.intersection(folded[size:]):
                    return key
        return " ".join(folded)


def group_of(name: str) -> str:
    folded = " ".join(words(name))
    return _SAME_GROUP.get(folded, folded)


_GROUP_AFTER = frozenset(lexicon.GROUP_AFTER_A_HEAD)


def statement_key(names: MeasureNames, statement: Statement) -> Key:
    f = statement.figure
    measure, group = f.measure, statement.group
    folded = words(measure)
    if group and group in folded:
        at = folded.index(group)
        if at >= 2 and folded[at - 1] in _GROUP_AFTER:  # "unemployment rate for women": the rate, of a group
            measure = " ".join(folded[:at - 1])
        else:  # "merchandise exports", "public debt": the word names the measure, not a group of people
            group = ""
    return names.of(measure), group_of(group), f.period, f.unit


def described(statement: Statement, key: Key) -> str:
    """"unemployment rate for women (2024-Q2)": the figure's measure, its group when the measure
    does not name it already, and its period."""
    f = statement.figure
    group = f" for {statement.group}" if key[1] and statement.group not in words(f.measure) else ""
    return f"{f.measure}{group} ({f.period})"


def is_specific(measure: str) -> bool:
    """A measure named well enough that two documents naming it mean the same thing:
    two words at least, or one long one ("people" or "total" alone could be anything)."""
    folded = words(measure)
    return len(folded) >= 2 or (len(folded) == 1 and len(folded[0]) > 5)


SAME_VALUE = expr.parse("there == here")


def same_value(check: str, here: Figure, there: Figure, place: Place, message: str, headline: str) -> Relation:
    """The relation "the figure here states the value there": `there` stands outside the document
    (a table's row, another report's figure), so the finding shows `here` and points to `place`.
    `there` is the left side: a failing finding's "stated" is the report's figure, and the value
    that would agree with it is the one stated elsewhere."""
    return Relation(check, SAME_VALUE, {"there": there, "here": here}, message,
                    related=(("there", place),), failing_headline=headline)
