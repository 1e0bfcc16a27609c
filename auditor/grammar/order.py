"""Orders the words state between figures of one measure: places in a ranking given one
sentence at a time ("India was the top market, with 96,990 ... The UK was the second
biggest source at 61,618, with Germany in third place with 37,933"), and a record against
the one it beat ("an all-time high of 115,100 units ... The previous peak, 113,780 units").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from auditor import lazy_re
from auditor.grammar import lexicon
from auditor.grammar.frames import Frame, same_unit, written_in_digits
from auditor.grammar.segments import Segment
from auditor.model import Figure

_SUPERLATIVE_FIRSTS = ("top", "largest", "biggest", "highest", "leading")  # the first place, said alone
_PLACES = {**lexicon.ORDINAL_PLACES, **{w: 1 for w in _SUPERLATIVE_FIRSTS}, "runner-up": 2, "best-selling": 1,
           "more than any other": 1}
_ORDINAL = lexicon.alternation((*lexicon.ORDINAL_PLACES, "top"))
_HIGH = lexicon.alternation(lexicon.RANK_HIGH)
_SINGLE = lexicon.alternation(_SUPERLATIVE_FIRSTS)
# "the second biggest source", "in third place", "ranked fourth", "the top generating market",
# "the largest market": a place in an order of size, said in the figure's clause; not "the highest
# since 1960" (against its own past)
_PLACE = lazy_re.compile(rf"\b(?:the\s+(?P<ord>{_ORDINAL})[\s-]+(?:{_HIGH})|the\s+(?P<sup>{_SINGLE})"
                    rf"|in\s+(?P<ord2>{_ORDINAL})\s+(?:place|position|spot)|ranked\s+(?P<ord3>{_ORDINAL}))\b"
                    rf"(?![^#]{{0,40}}\b(?:since|on\s+record|ever)\b)")
# a place said by a verb, before or after the figure: "France was second at €4.6 billion",
# "€4.1 billion, ranked first among destinations", "Ford was runner-up on 2,380"
_VERB_PLACE = lazy_re.compile(rf"\b(?:was|were|is|are|came|finished|ranked|placed|stood)\s+(?:the\s+)?"
                         rf"(?:(?P<ord>{_ORDINAL})\b(?!\s+(?:quarter|half|time|year|month|week|consecutive))"
                         rf"|(?P<runner>runner-up))|\bthe\s+(?P<best>best-selling)\b|(?P<any>more\s+than\s+any\s+other)\b")
# the next place after the one said just before: "..., followed by India with 455,000", "Services came next"
_NEXT_PLACE = lazy_re.compile(r"\b(?:followed\s+by|came\s+next|next\s+came|was\s+next|were\s+next)\b")
_NEW_RECORD = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.NEW_RECORD)})\b")
_OLD_RECORD = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.OLD_RECORD)})\b")
_CLAUSE_BREAK = lazy_re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\.\s")
_NEAR = 3  # sentences a ranking or a record may run over


@dataclass(frozen=True)
class OrderLink:
    """`larger` is said to be at least `smaller`."""
    larger: Figure
    smaller: Figure
    grammar: str


def _clause_before(seg: Segment, k: int) -> str:
    """The words of the figure's clause before it, after the figure before it: "the largest" said of
    the first figure of "the largest buyer, taking 412,000, followed by India with 455,000" is not
    said of the second."""
    before = seg.before(k, 120)
    return re.split(r"#\d+#", _CLAUSE_BREAK.split(before)[-1])[-1]


def _place(seg: Segment, k: int) -> int:
    """The place in an order of size the figure's clause gives it, 0 if none."""
    words = _clause_before(seg, k) + " #" + seg.after(k, 40).split(",")[0]
    m = None
    for m in _PLACE.finditer(words):
        pass
    if m is not None:
        return _PLACES[m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("sup")]
    # a verb's place, in the figure's clause up to the next figure ("..., ranked first among ...")
    clause = _clause_before(seg, k) + " #" + _CLAUSE_BREAK.split(seg.after(k, 60).split("#")[0])[0]
    v = None
    for v in _VERB_PLACE.finditer(clause):
        pass
    if v is None:
        return 0
    if v.group("any"):
        return 1
    return _PLACES[(v.group("ord") or v.group("runner") or v.group("best")).lower()]


def stated_orders(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    links: list[OrderLink] = []
    placed: list[tuple[int, int, Figure]] = []  # (segment, place, figure)
    records: list[tuple[int, bool, Figure]] = []  # (segment, new, figure)
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if not frame.is_level or frame.modality != "stated" or f.qualifier or not written_in_digits(f):
                continue
            place = _place(seg, k)
            if not place and placed and seg.index - placed[-1][0] <= 1 and same_unit(placed[-1][2], f) \
                    and _NEXT_PLACE.search(_clause_before(seg, k)):
                place = placed[-1][1] + 1
            if place:
                placed.append((seg.index, place, f))
            clause = _clause_before(seg, k) + " " + seg.after(k, 30)
            if _OLD_RECORD.search(clause):
                records.append((seg.index, False, f))
            elif _NEW_RECORD.search(clause):
                records.append((seg.index, True, f))
    # consecutive places of one unit, near one another: each at least the next
    for i, (s, place, f) in enumerate(placed):
        for s2, place2, g in placed[i + 1:]:
            if s2 - s > _NEAR:
                break
            if place2 == place + 1 and same_unit(f, g) and f.unit == g.unit:
                links.append(OrderLink(f, g, f"places {place} and {place2} in an order of size"))
                break
    # a new record against the previous one
    for i, (s, new, f) in enumerate(records):
        for s2, new2, g in records[i + 1:]:
            if s2 - s > _NEAR:
                break
            if new != new2 and same_unit(f, g) and f.unit == g.unit:
                links.append(OrderLink(f if new else g, g if new else f, "a new record against the previous one"))
                break
    return links
