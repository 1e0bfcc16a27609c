"""The words that name a figure's group: "boys" in "1,48,047 boys", "females" in "and females for
16,62,258", else its measure (`label`), folded so that "women", "woman" and "females" are one word
(`norm`, `content_words`); and the two groups a gap is between ("women outnumbered men ... by
44,656", "recurrent spending is N2.05 trillion higher than capital expenditure": `named_gap`).

`norm` is this reading's own word folder (its synonyms of sex and age and its plural rule differ
from `lexicon.fold`'s); the difference and sum-of-parts checks read figures' groups with it.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from auditor import lazy_re
from auditor.document import Document, per_document_cache
from auditor.extract.periods import MONTHS
from auditor.grammar import lexicon
from auditor.model import Figure

_STOP = {"the", "a", "an", "of", "in", "on", "for", "to", "at", "by", "and", "or", "this", "that", "these", "those",
         "its", "their", "his", "her", "was", "were", "is", "are", "be", "been", "has", "have", "had", "with", "as",
         "from", "than", "there", "which", "who", "whom", "it", "they", "number", "total", "figure", "figures", "some",
         "about", "around", "nearly", "almost", "over", "under", "only", "just", "per", "cent", "percent", "all",
         "while", "whereas", "but", "also", "so", "then", "now", "still", "respectively", "accounted", "account",
         "accounting", "stood", "came", "reached", "made", "up", "out", "each", "other", "same", "year", "years",
         "million", "billion", "thousand", "trillion", "lakh", "crore", "people", "persons"}
_SYNONYMS = {"women": "female", "woman": "female", "females": "female", "men": "male", "man": "male",
             "males": "male", "boys": "boy", "girls": "girl", "children": "child"}
_CONJUNCTION = lazy_re.compile(r"\b(?:and|or|while|whereas|but|against|versus|compared)\b", re.I)


def norm(word: str) -> str:
    word = word.lower()
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_LETTER_WORD = lazy_re.compile(r"[A-Za-z][A-Za-z-]+")
_LABEL_END = lazy_re.compile(r"[,;:.()|\d\n]")
_OF_OPENING = lazy_re.compile(r"^\s*of\b", re.I)


def content_words(text: str) -> list[str]:
    return [norm(w) for w in _LETTER_WORD.findall(text) if w.lower() not in _STOP]


def label(document: Document, f: Figure) -> set[str]:
    """The words that name a figure: those right after it ("1,48,047 boys"), else those
    right before it ("and females for 16,62,258"), else its measure."""
    return set(_label(document.text, f))


@per_document_cache(maxsize=65536)
def _label(text: str, f: Figure) -> frozenset[str]:
    tail = _LABEL_END.split(text[f.span.end:f.span.end + 60], maxsplit=1)[0]
    tail = _CONJUNCTION.split(tail)[0]
    found = content_words(tail)
    partitive = _OF_OPENING.match(tail)  # "Women accounted for 52,310 of the applicants"
    if found and not partitive:
        return frozenset(found)
    before = text[max(0, f.span.start - 50):f.span.start]
    if before.rstrip().endswith(":"):  # "Labour Force: 80.3m"
        found = content_words(_LABEL_END.split(before.rstrip()[:-1])[-1])
        if found:
            return frozenset(found)
    head = _LABEL_END.split(before)[-1]
    head = _CONJUNCTION.split(head)[-1]
    found = content_words(head) + found
    if found:
        return frozenset(found)
    return frozenset(content_words(f.measure))


# "women outnumbered men in the district by 44,656", "boys outnumber girls by 6,813"
_OUTNUMBER = lazy_re.compile(r"(?P<a>[A-Za-z][A-Za-z -]{0,40}?)\s+(?:outnumber(?:s|ed)?|exceed(?:s|ed)?)\s+"
                        r"(?P<b>[A-Za-z][A-Za-z -]{0,40}?)\s+(?:[a-z ,-]{0,40}?\s)?by\s*$", re.I)
# "recurrent spending is N2.05 trillion higher than capital expenditure"
_SUBJECT = lazy_re.compile(r"(?P<a>[A-Za-z][A-Za-z -]{0,40}?)\s+(?:is|was|are|were|stood|came in|ran)\s+"
                      r"(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)
_THAN = lazy_re.compile(r"^\s*(?:(?P<more>higher|more|larger|greater|bigger|above)|(?P<less>lower|less|fewer|smaller|below))"
                   r"\s+than\s+(?:that\s+(?:of|for)\s+)?(?P<b>[A-Za-z][A-Za-z -]{0,40}?)\s*(?:[.,;]|$)", re.I)


def named_gap(before: str, after: str) -> tuple[str, str, bool] | None:
    """The names of the two groups a gap is between and whether the first is the bigger, from the
    sentence's words before the gap and after it: "women outnumbered men in the district by 44,656"
    (the first the bigger), "recurrent spending is N2.05 trillion higher than capital expenditure";
    None when the words name no such pair."""
    bigger = True
    clause = before.split(",")[-1]
    lowered = clause.lower()
    # (the searches are slow over a long clause: the words they need are looked for first)
    m = _OUTNUMBER.search(clause) if "outnumber" in lowered or "exceed" in lowered else None
    if m:
        a_name, b_name = m.group("a"), m.group("b")
    else:
        t = _THAN.match(after)
        m = _SUBJECT.search(clause) if t else None
        if not (m and t):
            return None
        a_name, b_name, bigger = m.group("a"), t.group("b"), bool(t.group("more"))
    a_name = re.split(r"\b(?:that|which|where|whom|who)\b", a_name)[-1]
    return a_name, b_name, bigger


# right after a level and its noun, the place it is of, named: "990,300 people in New South Wales" (a month or a year
# after "in" is a period, no place)
_PLACE_AFTER = lazy_re.compile(r"\s*(?:[a-z'’-]+\s+)?in\s+(?:the\s+)?(?P<place>[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+)*)")


def place_named_after(text: str, f: Figure) -> str:
    """The place a level's words name right after it ("990,300 people in New South Wales" -> "New South Wales"); ""
    when none, or when the name after "in" is a month."""
    m = _PLACE_AFTER.match(text, f.span.end, f.span.end + 60)
    if not m or m.group("place").split()[0].lower().rstrip(".") in MONTHS:
        return ""
    return m.group("place")


# after a count, the verb of its members' coming and the name of where from: "432,919 visitors arrived from the U.S.
# West" (the name capitalised: "came from abroad" names no one group)
_ORIGIN_AFTER = lazy_re.compile(rf"\s*(?:[a-z'’-]+\s+){{0,2}}?(?:{lexicon.alternation(lexicon.ORIGIN_VERBS)})\s+"
                                r"(?:(?:by\s+\w+|in|here|there|mainly|mostly|largely)\s+)?from\s+(?:the\s+)?"
                                r"(?P<origin>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")


def origin_named_after(text: str, f: Figure) -> str:
    """Where the members of a count came from, when the words after it say ("arrived from the U.S. West"); ""
    when they name no origin."""
    m = _ORIGIN_AFTER.match(text, f.span.end, f.span.end + 80)
    return m.group("origin") if m else ""


# a figure and a preposition right before a group word: the group names that figure ("92.1% among urban
# children and 84.6% ...": "urban" is the first figure's group, not the second's)
_GROUP_OF_THE_FIGURE_BEFORE = lazy_re.compile(r"\d\s*(?:%|per\s?cent|percent)?\s+(?:among|for|in|of)\s+(?:the\s+|all\s+)?"
                                         r"(?:[a-z-]+\s+)?$", re.I)


@lru_cache(maxsize=None)  # a handful of group vocabularies: each pattern's program is then kept between runs
def _group_word_before_the_end(group_pattern: str) -> lazy_re.LazyPattern:
    return lazy_re.compile(rf"\b(?:{group_pattern})\b[^%;]{{0,40}}$", re.I)


def group_named_before(text: str, f: Figure, group_pattern: str) -> bool:
    """Whether a group word (`group_pattern`, an alternation: "females?|women|girls") stands within 45 characters
    before a figure and names it: not when another figure and a preposition stand before the word, whose group it
    names ("92.1% among urban children and 84.6% ...": "urban" is the first figure's)."""
    window = text[max(0, f.span.start - 45):f.span.start]
    m = _group_word_before_the_end(group_pattern).search(window)
    return m is not None and not _GROUP_OF_THE_FIGURE_BEFORE.search(window, 0, m.start())


_CAPITALISED = lazy_re.compile(r"(?<![\w'’-])[A-Z][A-Za-z'’-]+")
_CAPITALISED_AFTER_A_WORD = lazy_re.compile(r"[a-z,;]\s+([A-Z][A-Za-z'’-]+)(?![\w-])")
_PERIOD_NAMES = frozenset({"quarter", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "term", "year", "month", "week"})


def names_in_sentence(text: str, start: int, end: int, figures: tuple[Figure, ...] = ()) -> frozenset[str]:
    """The capitalised words of the sentence text[start:end], months and words of a period left out: the
    places, bodies and groups it names ("Uganda ... with total transit traffic of 6,346,715 tons" is Uganda's
    traffic). Its first word is a name only as a possessive ("Kenya's tea exports") or when the text
    capitalises it inside a sentence too. Words written inside `figures` are their units', no names ("US$ 292
    billion")."""
    names = _names_in_sentence(text, start, end)
    if figures:
        names -= {w.lower() for f in figures for w in _LETTERS.findall(f.text)}
    return names


_LETTERS = lazy_re.compile(r"[A-Za-z]+")


def _names_in_sentence(text: str, start: int, end: int) -> frozenset[str]:
    sentence = text[start:end]
    words = [m.group() for m in _CAPITALISED.finditer(sentence)]
    if words and sentence.lstrip(" -•*\n").startswith(words[0]) and not words[0].endswith(("'s", "’s")) \
            and words[0] not in _capitalised_inside_sentences(text):
        words = words[1:]
    return frozenset(re.sub(r"['’]s$", "", w.lower()) for w in words
                     if w.lower() not in MONTHS and w.lower() not in _PERIOD_NAMES)


@per_document_cache(maxsize=64)
def _capitalised_inside_sentences(text: str) -> frozenset[str]:
    """The words the text capitalises after another word ("... with Kenya ahead"), read once per document; a word
    before an apostrophe counts too ("with Kenya's" capitalises Kenya)."""
    words = set()
    for word in _CAPITALISED_AFTER_A_WORD.findall(text):
        words.add(word)
        words.update(word[:i] for i, c in enumerate(word) if c in "'’" and i > 1)
    return frozenset(words)


# a paragraph's opening source phrase and the proper name of the source after it ("As per PDMA Balochistan reports")
_SOURCE_OPENING = lazy_re.compile(
    rf"\s*(?i:{lexicon.alternation(lexicon.SOURCE_OPENERS)})\s+(?:the\s+)?"
    r"(?P<source>[A-Z][\w&’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&’'-]*){0,4})")


def paragraph_source(text: str, offset: int) -> str:
    """The source a figure's paragraph opens on ("As per PDMA Balochistan reports, 166 deaths ... Meanwhile, 15,331
    houses ...": "pdma balochistan"), or "": each sentence of the paragraph reports that source's figures, so two
    paragraphs opened on two sources tell two sources' (and often two places') figures."""
    breaks = _blank_line_breaks(text)
    before = bisect.bisect_right(breaks, offset - 2)  # (the last break that ends at or before the figure)
    start = breaks[before - 1] + 2 if before else 0
    opening = _SOURCE_OPENING.match(text, start, min(len(text), start + 120))
    if opening is None:
        return ""
    return " ".join(opening.group("source").lower().split())


@per_document_cache(maxsize=4)
def _blank_line_breaks(text: str) -> tuple[int, ...]:
    """Where each "\n\n" of the text starts (overlapping ones too), found once per document: the same-measure check
    asks for the paragraph of both figures of every pair, and a search back from each figure read the whole of a long
    section without blank lines at every question."""
    breaks, at = [], text.find("\n\n")
    while at != -1:
        breaks.append(at)
        at = text.find("\n\n", at + 1)
    return tuple(breaks)
