"""A ratio's base as the words right after it tell it: the readings the ratio check once spelled as its
own patterns. A round base the ratio is scaled to ("1,084 females per 1,000 males"), a base that
holds a count of its own ("4.2 for each of the 12 libraries"), an amount per a unit ("27.4 pence per
kWh") and the words that name what the base counts. The meaning layer's own ratios are grammar.links'.
"""
from __future__ import annotations

import re

from auditor import lazy_re
from auditor.grammar import lexicon
from auditor.model import Figure, Kind

# "1,084 females per 1,000 males": a ratio scaled to a round base
_PER_ROUND_BASE = lazy_re.compile(r"^\s*(?:[a-z-]+\s+){0,2}(?:per|for every)\s+(?P<base>1,?000,?000|100,?000|10,?000|1,?000|100)\b"
                                  r"(?:\s+(?P<noun>[a-z]{3,}))?", re.I)
# a base that holds a count of its own: "for each of the 12 libraries", "per one of its 40 branches"
_BASE_COUNTED_AFTER = lazy_re.compile(r"^\s*(?:[a-z-]+\s+)?(?:per|for\s+(?:each|every)|to\s+(?:each|every))\s+(?:one\s+)?of\b",
                                      re.I)
# an amount per a unit, its own noun before "per": "27.4 pence per kWh", "2.5 litres per head"
_PER_UNIT_AFTER = lazy_re.compile(r"^\s*(?:[a-z]+\s+)?(?:per|a|an|for\s+each)\s+[a-z]", re.I)


def round_base_after(words: str) -> tuple[int, str | None] | None:
    """The round base the words right after a ratio scale it to, and the noun of what the base counts:
    " females per 1,000 males" -> (1000, "males"); " per 100,000" -> (100000, None)."""
    m = _PER_ROUND_BASE.match(words)
    return (int(m.group("base").replace(",", "")), m.group("noun")) if m else None


def base_counted_after(words: str) -> bool:
    """The words right after a ratio make its base a count of its own after it: " for each of the 12 ..."."""
    return _BASE_COUNTED_AFTER.match(words) is not None


def amount_per_unit_after(words: str) -> bool:
    """The words right after a figure make it an amount per a unit: " pence per kWh", " litres a head"
    (unlike links.is_amount_per_unit, per a time too)."""
    return _PER_UNIT_AFTER.match(words) is not None


def _names_for(noun: str) -> str:
    """A pattern for the words that name what a ratio's base counts ("per 1,000 males": males, men, boys)."""
    noun = noun.lower()
    for words in lexicon.RATIO_BASE_NOUN_FAMILIES:
        if any(noun.startswith(w) for w in words):
            return r"\b(?:" + "|".join(words) + ")"
    return r"\b" + re.escape(noun[:5])


def names_the_base(noun: str, words: str) -> bool:
    """The words name what a ratio's base counts (`noun`, or one of its family: "males", "men", "boys")."""
    return re.search(_names_for(noun), words, re.I) is not None


_PROPORTION = lazy_re.compile(r"\sin\s")


def is_proportion(figure: Figure) -> bool:
    """A proportion written "one in five" or "3 in 10": a part over its whole, never an amount per span of time nor
    the whole over the part."""
    return figure.kind is Kind.RATIO and bool(_PROPORTION.search(figure.text))
