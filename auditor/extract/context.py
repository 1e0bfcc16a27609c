"""Reading the words around a number: sentences, clauses, qualifiers,
direction of change, and the measure a figure counts.

All heuristics here read the grammar of report prose (a noun phrase after the
number, a subject before "was"/"reached", a verb of change before it), never
the phrases of one report.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

# A sentence ends at . ! ? or a line break, when what follows starts a new one
# (reports often lose the space after a full stop: "created.The rate").
# A full stop after a digit ends a sentence too ("in 2023. Total"), unless a
# digit follows (a decimal point).
# Abbreviations whose full stop does not end a sentence ("No. 14", "Rs. 500").
_ABBREVIATIONS = ("No", "no", "Nos", "Rs", "Tk", "Dr", "Mr", "Mrs", "Ms", "St", "Fig", "fig", "Vol", "Art", "Sec", "pp",
                  "vs", "approx", "e.g", "i.e", "cf", "Inc", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                  "Sep", "Sept", "Oct", "Nov", "Dec")
_NOT_AFTER_ABBREVIATION = "".join(f"(?<!\\b{re.escape(a)})" for a in _ABBREVIATIONS)
_SENTENCE_END = re.compile(_NOT_AFTER_ABBREVIATION + r"(?<!\d)[.!?](?=[\"”’)]?\s|[\"”’)]?[A-Z“\"]|\s*$)|(?<=\d)[.!?](?=[\"”’)]?\s+[A-Z“\"(]|\s*$)|\n\s*\n|\n(?=\s*[A-Z!•*\-#|])|\n")
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:()]|\s(?:and|while|but|whereas|with|compared with|against|from)\s|\s[–—-]\s")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    out, start, paragraph = [], 0, 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            out.append(Sentence(start, end, paragraph))
        if "\n\n" in m.group() or re.match(r"\n\s*\n", text[m.start():m.start() + 3] or ""):
            paragraph += 1
        start = end
    if text[start:].strip():
        out.append(Sentence(start, len(text), paragraph))
    return out


@lru_cache(maxsize=8)
def sentences_cached(text: str) -> tuple[Sentence, ...]:
    return tuple(sentences(text))


def clause_bounds(text: str, sentence: Sentence, position: int) -> tuple[int, int]:
    """The clause of `sentence` around `position`."""
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


# --- qualifiers ------------------------------------------------------------
# (words before the figure, the qualifier it sets). Margins are in figures.py.
QUALIFIERS_BEFORE = [
    (r"(?:more than|over|above|exceeding|in excess of|upwards of|topped|exceeded|surpassed|beyond)", "more-than"),
    (r"(?:at least|no less than|no fewer than|a minimum of)", "at-least"),
    (r"(?:less than|fewer than|under|below|short of)", "less-than"),
    (r"(?:up to|at most|no more than|a maximum of|not more than)", "at-most"),
    (r"(?:nearly|almost|close to|just under|just short of)", "nearly"),
    (r"(?:about|around|approximately|approx\.|roughly|some|an estimated|estimated|circa|ca\.|~|an approximate)", "about"),
]
_QUALIFIER_RES = [(re.compile(rf"\b{p}\s*(?:a total of\s*)?$" if p[0] != "~" else rf"{p}\s*$", re.I), q)
                  for p, q in QUALIFIERS_BEFORE]


def qualifier_before(prefix: str) -> str:
    tail = prefix[-40:]
    for rx, q in _QUALIFIER_RES:
        if rx.search(tail):
            return q
    return ""


# --- direction of change ---------------------------------------------------
_DOWN = r"down|fell|fall|falls|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|lower|lowered|slid|slipped|shrank|shrunk|contracted|contraction|cut|reduced|reduction|minus|negative growth of|plunged|slumped|eased|came down|went down|loss of"
_UP = r"up|rose|rise|rises|rising|increased|increase|increases|grew|grow|grows|growth|higher|climbed|jumped|surged|soared|gained|gain|gains|expanded|added|went up|plus|improved|hike|hiked|raised"
_DIRECTION_BEFORE = re.compile(rf"\b(?P<d>{_DOWN})|\b(?P<u>{_UP})\b", re.I)
_CHANGE_PREP = re.compile(r"^\s*(?:by|of|to)?\s*(?:a|an|some|about|around|nearly|almost|more than|over)?\s*$", re.I)
_DIRECTION_AFTER = re.compile(rf"^\s*(?:(?P<d>lower|less|down|decrease|decline|drop|fall)\b|(?P<u>higher|more|up|increase|rise|growth|jump)\b)", re.I)


def direction(prefix: str, suffix: str) -> tuple[int, bool]:
    """(+1/-1/0, whether the verb says 'to': the figure is then a level, not a change)."""
    tail = prefix[-45:]
    last = None
    for m in _DIRECTION_BEFORE.finditer(tail):
        last = m
    if last is not None and _CHANGE_PREP.match(tail[last.end():]):
        to_level = bool(re.search(r"\bto\s*$", tail[last.end():], re.I))
        return (-1 if last.group("d") else 1), to_level
    m = _DIRECTION_AFTER.match(suffix[:30])
    if m:
        return (-1 if m.group("d") else 1), False
    return 0, False


# --- measures --------------------------------------------------------------
_STOP = set("""
a an the of in on at by for from to with and or but as than that which who whom whose was were is are be been being
had has have having will would could should may might can did do does this these those its their his her our your
it they he she we you i there here per each every all both either neither compared against versus vs during since
until till while when where after before between among including excluding about around nearly almost over under
up down more less than only just also still yet so such same other another new-found respectively year years month
months quarter quarters half week weeks day days period time times percent per cent its
""".split())
_VERB_TAIL = re.compile(
    r"""(?:\s*,)?\s+(?:has|have|had|was|were|is|are|will\ be|stood|stands|came|comes|reached|reaches|rose|fell|grew|
    increased|decreased|declined|dropped|climbed|jumped|surged|totalled|totaled|amounted|hit|topped|exceeded|
    recorded|registered|accounted|made\ up|went|remained|stayed|held|edged|slipped|eased|narrowed|widened|dipped|
    expanded|contracted|shrank|doubled|tripled|been|being|\w+ed)\b.*$""",
    re.I | re.X,
)
_NUMBERISH = re.compile(r"[\d%$£€¥₹₦]")
_LEADING = re.compile(r"^(?:the|a|an|total|overall|its|their|our|this|that|these|those)\s+", re.I)
_NUMBER_OF = re.compile(r"^(?:the\s+)?(?:total\s+)?(?:number|count|amount|volume|value|size|share|proportion)\s+of\s+", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def measure_after(suffix: str) -> str:
    """The noun phrase right after the number and unit ("new urban jobs had been...")."""
    words = []
    for m in _WORD.finditer(suffix[:80]):
        gap = suffix[(words[-1][1] if words else 0):m.start()]
        if _NUMBERISH.search(gap) or re.search(r"[,.;:()!?\"“”]", gap):
            break
        w = m.group()
        if w.lower() in _STOP or (w[0].isupper() and words and w.lower() not in ("i",)):
            break
        words.append((w, m.end()))
        if len(words) == 5:
            break
    return " ".join(w for w, _ in words)


def measure_before(clause_prefix: str) -> str:
    """The subject of the clause before the number ("the registered urban
    unemployment rate was 4.33 percent")."""
    text = _VERB_TAIL.sub("", clause_prefix)
    text = re.sub(r"\b(?:in|for|of|during|by|at|as of)\s+(?:the\s+)?(?:end\s+of\s+)?[\w\s-]*\d{4}.*$", "", text, flags=re.I)
    words = [m.group() for m in _WORD.finditer(text)]
    kept: list[str] = []
    for w in reversed(words):
        if w.lower() in _STOP and w.lower() != "of":
            break
        kept.append(w)
        if len(kept) == 6:
            break
    phrase = " ".join(reversed(kept)).strip()
    phrase = re.sub(r"^(?:of\s+)+|(?:\s+of)+$", "", phrase, flags=re.I)
    return phrase


def normalise_measure(phrase: str) -> str:
    phrase = phrase.lower().replace("’", "'").strip(" -")
    phrase = _NUMBER_OF.sub("", phrase)
    while True:
        new = _LEADING.sub("", phrase)
        if new == phrase:
            break
        phrase = new
    return re.sub(r"\s+", " ", phrase).strip()
