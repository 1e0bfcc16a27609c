"""Orders the words state between figures of one measure: places in a ranking given one
sentence at a time ("India was the top market, with 96,990 ... The UK was the second
biggest source at 61,618, with Germany in third place with 37,933"), and a record against
the one it beat ("an all-time high of 115,100 units ... The previous peak, 113,780 units").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from auditor import lazy_re
from auditor.grammar import cues, lexicon
from auditor.grammar.frames import Frame, Role, same_unit, written_in_digits
from auditor.grammar.segments import Segment
from auditor.model import Figure

_SUPERLATIVE_FIRSTS = ("top", "largest", "biggest", "highest", "leading", *lexicon.MOST_RANKING)  # the first place, said alone
_PLACES = {**lexicon.ORDINAL_PLACES, **{w: 1 for w in _SUPERLATIVE_FIRSTS}, "runner-up": 2, "best-selling": 1,
           "more than any other": 1}
_ORDINAL = lexicon.alternation((*lexicon.ORDINAL_PLACES, "top"))
_HIGH = lexicon.alternation(lexicon.RANK_HIGH)
_SINGLE = lexicon.alternation(_SUPERLATIVE_FIRSTS)
# "the second biggest source", "in third place", "ranked fourth", "the top generating market",
# "the largest market": a place in an order of size, said in the figure's clause; not "the highest
# since 1960" (against its own past)
# "First place went to", "took second spot": a place named as a noun, not the one left ("from third place")
_PLACE = lazy_re.compile(rf"\b(?:the\s+(?P<ord>{_ORDINAL})[\s-]+(?:{_HIGH})|the\s+(?:[a-z]+['’]s?\s+)?(?P<sup>{_SINGLE})"
                    rf"|(?<!from\s)(?P<ord2>{_ORDINAL})\s+(?:place|position|spot)|ranked\s+(?P<ord3>{_ORDINAL}))\b"
                    rf"(?![^#]{{0,40}}\b(?:since|on\s+record|ever)\b)")
# a place said by a verb, before or after the figure: "France was second at €4.6 billion",
# "€4.1 billion, ranked first among destinations", "Ford was runner-up on 2,380"
# a word of an item's name: not a function word ("in the second with 4,100" names no item)
_ITEM_WORD = r"(?!(?:the|in|of|for|a|an|its|their|during|and|was|were|is|are|with|by)\b)[a-z][a-z'’.-]*"
_VERB_PLACE = lazy_re.compile(rf"\b(?:was|were|is|are|came|finished|ranked|placed|stood)\s+(?:the\s+)?"
                         rf"(?:(?P<ord>{_ORDINAL})\b(?!\s+(?:quarter|half|time|year|month|week|consecutive))"
                         rf"|(?P<runner>runner-up))|\bthe\s+(?P<best>best-selling)\b|(?P<any>more\s+than\s+any\s+other)\b"
                         # "Gold topped the export earnings list at $3.41bn; cashew nuts, the runner-up, earned ...", "Germany
                         # headed the list of source countries, with 1.7 million tourists"
                         rf"|(?P<topped>\b(?:{lexicon.alternation(lexicon.HEAD_OF_LIST)})\b[^#]{{0,50}}\b(?:list|table|chart|rankings?|league)\b)"
                         rf"|,\s*the\s+(?P<runner2>runner-up)\s*,"
                         # "China led with 450 tonnes", "Ford topped the market at 2,380"
                         rf"|(?P<led>\b(?:{lexicon.alternation(lexicon.HEAD_OF_LIST)})\s+(?:the\s+[a-z]+\s+)?(?:with|at|on)\s+#)"
                         # a place on a list's item, without a verb: "..., Australia second with 270 tonnes and Russia third
                         # with 245", "with Ghana third on 412"
                         rf"|(?:^|,|\band\b)\s*(?:with\s+)?(?:the\s+)?(?:{_ITEM_WORD}\s+){{1,3}}(?P<bare>{_ORDINAL})\s+(?:with|at|on)\s+#")
# the next place after the one said just before: "..., followed by India with 455,000", "Services came next",
# "Italians followed with 913,000 arrivals"
_NEXT_PLACE = lazy_re.compile(r"\b(?:followed\s+by|followed\s+(?:is|was|with)|came\s+next|next\s+came|was\s+next|were\s+next)\b")
_NEXT_NEAR = 2  # sentences from the place before to "next came": a sentence on the leader may stand between
_NEW_RECORD = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.NEW_RECORD)})\b")
_OLD_RECORD = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.OLD_RECORD)})\b")
_CLAUSE_BREAK = lazy_re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\.\s")
_NEAR = 3  # sentences a ranking or a record may run over


# a heading over a list that says the list is ranked: "The biggest single-round attendances:",
# "Top ten markets by arrivals:", "The five lowest-scoring districts:"
_RANKED_HEADING = lazy_re.compile(rf"\b(?:(?P<high>{lexicon.alternation(cues.SUPERLATIVES_HIGH)})|"
                                  rf"(?P<low>{lexicon.alternation(cues.SUPERLATIVES_LOW)}))\b[^:;.]*:\s*$")  # ("top #0# markets": a count)
# an item of such a list, one a line: the figure first ("371,212 - round 15, 2013"), or a short
# label before it ("- Kenya: 412,000", "2. Kenya 412,000")
_LIST_ITEM = lazy_re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])?\s*(?:[^#\n]{1,40}?[:\s–—-]\s*)?#0#")
_ITEM_NUMBER = lazy_re.compile(r"^\s*\d{1,2}[.)]\s*$")
_NUMBERED_ITEM = lazy_re.compile(r"^\s*(?:[^#\n]{1,200}?[:\s–—-]\s*)?#0#")  # after its "2." split off
_MIN_RANKED = 3
_RANKABLE = (Role.LEVEL, Role.SHARE, Role.RATIO)  # levels, rates and ratios; not changes
_MOST_RANKED = 100


# "solar farms out-generated wind turbines in May, by 3.12 TWh to 2.84 TWh", "Electric cars outsold petrol
# models, with 96,412 registrations to petrol's 2,918": a verb of outdoing, then the score "A to B"
_OUTDOING = lazy_re.compile(r"\b(?:out-?[a-z]{3,}(?:ed|d)|outsold|outnumbered|outran|outgrew|outshone|beat|topped|overtook|"
                            r"surpassed|exceeded|outstripped|outpaced|led)\b(?!\s+by\b)")
_SCORE_TO = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}(?:to|against|versus|vs\.?)\s+(?:[a-z'’-]+\s+){0,2}$")
# "At 9.4 million tonnes, Egypt's imports were second only to Indonesia's 11.2 million tonnes"
_SECOND_ONLY_TO = lazy_re.compile(r"^[^#;.]{0,60}\bsecond\s+only\s+to\s+(?:[a-z'’-]+\s+){0,3}$")


def _beaten(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    out = []
    for k in range(len(seg.figures) - 1):
        a, b = seg.figures[k], seg.figures[k + 1]
        if not (frames[a.id].is_level and frames[b.id].is_level and same_unit(a, b) and a.unit == b.unit
                and written_in_digits(a) and written_in_digits(b)):
            continue
        if _SCORE_TO.match(seg.between(k, k + 1)) and _OUTDOING.search(_clause_before(seg, k)):
            out.append(OrderLink(a, b, "a verb of outdoing, then the score 'A to B'"))
        elif _SECOND_ONLY_TO.match(seg.between(k, k + 1)):
            out.append(OrderLink(b, a, "'second only to' the figure after it"))
    return out


@dataclass(frozen=True)
class OrderLink:
    """`larger` is said to be at least `smaller`. `certain` is False when the words only suggest
    the order (the items after "ahead of" are usually, not always, listed largest first): a
    failing order is then undetermined, not an error."""
    larger: Figure
    smaller: Figure
    grammar: str
    certain: bool = True


def _clause_before(seg: Segment, k: int) -> str:
    """The words of the figure's clause before it, after the figure before it: "the largest" said of
    the first figure of "the largest buyer, taking 412,000, followed by India with 455,000" is not
    said of the second."""
    before = seg.before(k, 120)
    return _SLOT.split(_CLAUSE_BREAK.split(before)[-1])[-1]


_SLOT = lazy_re.compile(r"#\d+#")


def _place(seg: Segment, k: int, clause_before: str) -> int:
    """The place in an order of size the figure's clause gives it, 0 if none. `clause_before`
    is _clause_before(seg, k), which the caller reads too."""
    words = clause_before + " #" + seg.after(k, 70).split(",")[0]
    m = None
    for m in _PLACE.finditer(words):
        pass
    if m is not None:
        return _PLACES[m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("sup")]
    # a verb's place, in the figure's clause up to the next figure ("..., ranked first among ...")
    clause = clause_before + " #" + _CLAUSE_BREAK.split(seg.after(k, 60).split("#")[0])[0]
    v = None
    for v in _VERB_PLACE.finditer(clause):
        pass
    if v is None:
        return 0
    if v.group("any") or v.group("topped") or v.group("led"):
        return 1
    return _PLACES[(v.group("ord") or v.group("bare") or v.group("runner") or v.group("runner2") or v.group("best")).lower()]


def ranked_lists(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    """A heading that names a ranking, then its items a line each: each item at least the next
    (at most, for a ranking of the lowest)."""
    links: list[OrderLink] = []
    for i, heading in enumerate(segments):
        # the heading may count its items ("The five busiest airports", "Top 10 markets"), nothing else
        counts_only = all(not f.unit and f.value <= _MOST_RANKED for f in heading.figures)
        m = _RANKED_HEADING.search(heading.skeleton) if counts_only else None
        if m is None:
            continue
        items: list[Figure] = []
        numbered = False
        paragraph = heading.paragraph
        for seg in segments[i + 1:]:
            if not seg.figures and _ITEM_NUMBER.match(seg.skeleton):
                numbered = True
                continue  # "1." of a numbered list, split off as a sentence of its own
            if seg.paragraph == paragraph + 1 and not items and heading.skeleton.rstrip().endswith(":"):
                paragraph = seg.paragraph  # "The top 10 causes:", a blank line, then the list
            # a numbered item may carry a longer label ("2. Other external causes of accidental injury
            # (includes drowning, ...) — 34,096")
            item = _NUMBERED_ITEM if numbered else _LIST_ITEM
            numbered = False
            if seg.paragraph != paragraph or seg.is_table_row or not seg.figures \
                    or not item.match(seg.skeleton):  # a table's rows may rank by any of its columns
                break
            f = seg.figures[0]
            if frames[f.id].role not in _RANKABLE or f.qualifier or (items and not (same_unit(items[0], f) and
                                                                           f.unit == items[0].unit)):
                break
            items.append(f)
        if len(items) < _MIN_RANKED:
            continue
        for a, b in zip(items, items[1:]):
            larger, smaller = (a, b) if m.group("high") else (b, a)
            links.append(OrderLink(larger, smaller, "items under a heading that ranks them, one a line"))
    return links


# a list in order of size after the first item's figure: "21 per cent came from Tunisia, followed by
# Pakistan (15 per cent), Algeria (10 per cent)"; "450 tonnes, ahead of Australia (270 tonnes) and Russia";
# "€527.6m, behind media (€933.3m) and advertising (€772.5m)"
_LIST_OPENER = lazy_re.compile(r"(?:,|\()\s*(?:(?:and|then|closely|just|well|far|some\s+way)\s+)*"
                               r"(?:(?P<followed>followed\s+by)|(?P<ahead>ahead\s+of)|(?P<behind>behind))\s")
# from one item's figure to the next item's: its brackets close, then a name ("), Algeria (")
_LIST_GLUE = lazy_re.compile(r"^[^#;:.]{0,25}?(?:,|\band\b)\s*(?:the\s+)?[A-Za-z][^#;:.]{0,40}?$")


_CHANGES = (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE)
_A_BASE = lazy_re.compile(r"\b(?:from|than|against|on|over)\s+(?:the\s+)?$")
_LOWEST = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SUPERLATIVES_LOW)})\b")
# an item names something: "Pakistan (", "Riverside at", "the US with"; not "the" before a figure the
# opener compares with. A word of two letters after "the" is a name's abbreviation ("the UK", "the EU").
_NAME_WORD = lazy_re.compile(r"\b(?!(?:the|and|with|at|of|some|about|nearly|around|almost|just|over|under|its|their)\b)"
                             r"[a-z][a-z'’-]{2,}|\bthe\s+[a-z]{2}\b")


def _in_list(frame: Frame, first: Figure) -> bool:
    f = frame.figure
    return frame.role in _RANKABLE and not f.qualifier and same_unit(f, first) and f.unit == first.unit \
        and frame.modality == "stated" and f.period == first.period


def _list_items(seg: Segment, first: int, opener_end: int, reference: Figure, frames: dict[str, Frame]) -> list[Figure]:
    """The items of a list after an opener, from figure `first` on: each named, of the reference figure's unit,
    role and period, a change beside an item's figure skipped."""
    items: list[Figure] = []
    previous_end = opener_end
    for k in range(first, len(seg.figures)):
        if seg.slots[k][0] < opener_end:
            continue  # the first item's own change, before the opener
        glue = seg.skeleton[previous_end:seg.slots[k][0]]
        frame = frames[seg.figures[k].id]
        if frame.role in _CHANGES and items and "(" not in glue:
            previous_end = seg.slots[k][1]
            continue  # "(270 tonnes, +1.9%)": the item's change, beside its figure
        named = _NAME_WORD.search(glue) and (not items or _LIST_GLUE.match(glue.lstrip(" )")))
        # a first figure of no period named ("Brazil took 41.2%, followed by the US at 30.5% in 2023 and
        # 32.1% in 2024"): the list is of its first item's period
        ref = reference if reference.period else items[0] if items else replace(reference, period=frame.figure.period)
        if not named or not _in_list(frame, ref):
            break
        items.append(seg.figures[k])
        previous_end = seg.slots[k][1]
    return items


# "slipped to second place behind Brazil (69.4 million tonnes) ..., shipping 24.1 million tonnes": a place
# behind a rival whose figure is in brackets, then the subject's own figure later in its clause
_PLACE_BEHIND = lazy_re.compile(r"\b(?:place|spot|position|ranked\s+[a-z]+|came\s+[a-z]+|finished\s+[a-z]+)\s+"
                                r"(?:(?:just|well|far|some\s+way)\s+)?behind\s+(?:the\s+)?[A-Za-z][^#;:]{0,40}?\(\s*$")
_SUBJECT_FIGURE_AFTER = lazy_re.compile(r"^[^#;:()]{0,20}?\)[^#;:()]{0,100}?,\s*(?:with|at|[a-z]{3,}ing)\s+"
                                        r"(?:(?:some|about|nearly|around|almost|just)\s+)?$")


def places_behind(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """A subject placed behind a rival whose figure stands in brackets, the subject's figure after it."""
    out = []
    for k in range(len(seg.figures) - 1):
        rival, own = seg.figures[k], seg.figures[k + 1]
        if _PLACE_BEHIND.search(seg.before(k, 80)) and _SUBJECT_FIGURE_AFTER.match(seg.between(k, k + 1)) \
                and _in_list(frames[own.id], rival) and _in_list(frames[rival.id], rival):
            out.append(OrderLink(rival, own, "a place behind a rival's figure, then the subject's"))
    return out


# a sentence that opens with the list following the one before: "It was followed by Australia with 270 tonnes
# and Russia with 245 tonnes" (the first item's place is _NEXT_PLACE's)
_FOLLOWED_OPENING = lazy_re.compile(r"^\W*(?:it|this|they|these|that)\s+(?:was|were|is|are|will\s+be)\s+"
                                    r"(?:(?:closely|then|in\s+turn)\s+)?followed\s+by\s")


def followed_lists(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """The figure before "followed by" is at least each item of the list after it, and each item at
    least the next; "ahead of" says only that the first is at least each item. Items must name
    something between them and be of the first figure's unit, role and period: "exports were 4,200
    tonnes in May, followed by 5,100 tonnes in June" is a sequence in time, not an order of size."""
    out: list[OrderLink] = []
    opening = _FOLLOWED_OPENING.match(seg.skeleton)
    if opening and seg.figures and _in_list(frames[seg.figures[0].id], seg.figures[0]):
        items = _list_items(seg, 0, opening.end(), seg.figures[0], frames)
        out += [OrderLink(a, b, "a list after 'followed by', in order of size") for a, b in zip(items, items[1:])]
    for m in _LIST_OPENER.finditer(seg.skeleton):
        # the first item's figure: the last before the opener, past its own change in brackets ("(+4.7%)")
        firsts = [k for k in range(len(seg.figures)) if seg.slots[k][1] <= m.start()]
        while firsts and frames[seg.figures[firsts[-1]].id].role in _CHANGES \
                and "(" in seg.skeleton[seg.slots[firsts[-1]][0] - 2:seg.slots[firsts[-1]][0]]:
            firsts.pop()
        if not firsts:
            continue
        head = firsts[-1]
        if not _in_list(frames[seg.figures[head].id], seg.figures[head]) or _A_BASE.search(seg.before(head, 20)):
            continue  # "rose to 412 from 351, ahead of the 395 expected": 'ahead of' is said of 412
        first = seg.figures[head]
        items = _list_items(seg, head + 1, m.end(), first, frames)
        if not items:
            continue
        lowest_first = bool(_LOWEST.search(_clause_before(seg, head) + " " + seg.after(head, 20).split("#")[0]))
        if m.group("followed"):
            for a, b in zip([first] + items, items):
                out.append(OrderLink(b, a, "a list after 'followed by' the lowest, in order of size") if lowest_first
                           else OrderLink(a, b, "a list after 'followed by', in order of size"))
        elif m.group("behind"):  # "ranked fourth, behind media (€933.3m), advertising (€772.5m) and transfers (€532.6m)"
            out += [OrderLink(item, first, "'behind' a list") for item in items]
            out += [OrderLink(a, b, "items listed after 'behind', largest first", certain=False)
                    for a, b in zip(items, items[1:])]
        elif not lowest_first:
            out += [OrderLink(first, item, "'ahead of' a list") for item in items]
            # the list itself is usually written largest first; the words do not say so
            out += [OrderLink(a, b, "items listed after 'ahead of', largest first", certain=False)
                    for a, b in zip(items, items[1:])]
    return out


_IN_ORDER = lazy_re.compile(rf"\b(?:(?P<down>{lexicon.alternation(lexicon.IN_ORDER_DOWN)})|"
                            rf"(?P<up>{lexicon.alternation(lexicon.IN_ORDER_UP)}))\b")
_FIRST_ITEM = lazy_re.compile(r"^[^#;.]{0,160}$")  # from the words of order to the first item's figure
# the sentence before names the first of the order when the list "followed" it or "came next"
_CONTINUES = lazy_re.compile(r"^[\s,:-]*(?:(?:there\s+)?(?:followed|came|come|were|was|are|is)(?:\s+next)?|next)\b")


def in_order_lists(seg: Segment, previous: Segment | None, frames: dict[str, Frame]) -> list[OrderLink]:
    """A list said to run in order of size: each item at least the next ("in order of importance", "in
    descending order"), or at most ("in ascending order"). When the list "followed" in that order, the
    first figure of the sentence before heads it, uncertainly: it is likely, not said, to be the leader."""
    m = _IN_ORDER.search(seg.skeleton)
    if m is None:
        return []
    ks = [k for k in range(len(seg.figures)) if seg.slots[k][0] >= m.end()]
    if not ks or not _FIRST_ITEM.match(seg.skeleton[m.end():seg.slots[ks[0]][0]]) \
            or not _NAME_WORD.search(seg.skeleton[m.end():seg.slots[ks[0]][0]]):
        return []
    first = seg.figures[ks[0]]
    if not _in_list(frames[first.id], first):
        return []
    items, previous_end = [first], seg.slots[ks[0]][1]
    for k in ks[1:]:
        glue = seg.skeleton[previous_end:seg.slots[k][0]]
        if not (_NAME_WORD.search(glue) and _LIST_GLUE.match(glue.lstrip(" )"))) or not _in_list(frames[seg.figures[k].id], first):
            break
        items.append(seg.figures[k])
        previous_end = seg.slots[k][1]
    grammar = "a list said to run in order of size"
    out = [OrderLink(a, b, grammar) if m.group("down") else OrderLink(b, a, grammar) for a, b in zip(items, items[1:])]
    if m.group("down") and previous is not None and previous.figures and _CONTINUES.match(seg.skeleton[m.end():]):
        head = previous.figures[0]
        if _in_list(frames[head.id], first) and not previous.is_table_row:
            out.append(OrderLink(head, first, "the level before a list that follows it in order of size", certain=False))
    return out


# a clause after the leader's that gives another item's figure: ", while match receipts came to", "; the
# tankers carried"
_RIVAL_CLAUSE = lazy_re.compile(r"(?:;|,\s*(?:while|whereas|and|but)\b)[^#;]*$")
_WHOLE_WORDS = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.OVERALL_WORDS)}|all|combined|altogether)\b")
_ANY_SUPERLATIVE = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SUPERLATIVES_HIGH + cues.SUPERLATIVES_LOW)})\b")
_EARLIER = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.EARLIER_TIME)})\b")  # "while a year earlier it had"


def _rivals(seg: Segment, k: int, frames: dict[str, Frame]) -> list[OrderLink]:
    """The leader of a ranking and the other items its sentence gives in clauses of their own: "Advertising was
    the largest income stream at £90k, while match receipts came to £77k". The other item is likely one
    of those ranked, but the words do not say so (it may be a cost beside an income): uncertain."""
    leader = seg.figures[k]
    out = []
    for j in range(k + 1, len(seg.figures)):
        g = seg.figures[j]
        glue = _RIVAL_CLAUSE.search(seg.between(j - 1, j))
        if glue is None or not _in_list(frames[g.id], leader) or not _NAME_WORD.search(glue.group()) \
                or _A_BASE.search(seg.before(j, 20)) or _WHOLE_WORDS.search(glue.group()) or _ANY_SUPERLATIVE.search(glue.group()) or _EARLIER.search(glue.group()):
            # "..., while a year earlier it had 41,200": the same item's past; "while total sales reached"; "while
            # English produced the most failures, with 74,038": a ranking of its own, of another measure
            continue
        out.append(OrderLink(leader, g, "the leader of a ranking and another item its sentence gives", certain=False))
    return out


# a list of items that came after the leader said just before: "Nairobi (135,061) and Tsavo (114,002) came close behind"
_CAME_BEHIND = lazy_re.compile(r"^\)?\s*(?:came|come|were|was|are|is|followed|trailed|finished|ranked)\s+"
                               r"(?:(?:close|closely|just|not\s+far|far|well|some\s+way)\s+)?behind\s*[.;]?\s*$")


def _came_behind(seg: Segment, leader: Figure, frames: dict[str, Frame]) -> list[OrderLink]:
    """Each item of a list that "came behind" the leader is at most the leader; the list is likely, not said,
    to run largest first."""
    if not seg.figures or not _CAME_BEHIND.match(seg.after(len(seg.figures) - 1)):
        return []
    items = list(seg.figures)
    if not all(_in_list(frames[g.id], leader) for g in items) or not _NAME_WORD.search(seg.before(0)) \
            or not all(_NAME_WORD.search(seg.between(j - 1, j)) for j in range(1, len(items))):
        return []
    out = [OrderLink(leader, g, "an item that came behind the leader") for g in items]
    out += [OrderLink(a, b, "items that came behind the leader, largest first", certain=False) for a, b in zip(items, items[1:])]
    return out


# "the lowest since 1960, which was 374", "the highest since 2007 (9.4%)": the year named had a level at
# least as low (high) as the one the sentence ranks
_SINCE_A_YEAR = lazy_re.compile(rf"\bthe\s+(?:(?P<high>{lexicon.alternation(cues.SUPERLATIVES_HIGH)})|"
                                rf"(?P<low>{lexicon.alternation(cues.SUPERLATIVES_LOW)}))\s+(?:[a-z-]+\s+){{0,3}}?"
                                r"since\s+(?:19|20)\d\d\b(?:\s*,?\s*(?:which|when\s+(?:it|they|the\s+[a-z]+))\s+"
                                r"(?:was|were|stood\s+at|reached|came\s+to|totalled|totaled)\s+|\s*\(\s*)(?=#\d+#)")


def _since_a_year(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """The level said to be the lowest (highest) since a year, against the level that year had."""
    out = []
    for m in _SINCE_A_YEAR.finditer(seg.skeleton):
        k = next(j for j, slot in enumerate(seg.slots) if slot[0] == m.end())
        then = seg.figures[k]
        # the level ranked: the nearest before, of the same unit and role, not the base of a comparison
        # (of another period by definition: not _in_list, which asks for one period)
        ranked = [j for j in range(k) if seg.slots[j][1] <= m.start() and frames[seg.figures[j].id].role is frames[then.id].role
                  and same_unit(seg.figures[j], then) and seg.figures[j].unit == then.unit
                  and not seg.figures[j].qualifier and not _A_BASE.search(seg.before(j, 20))]
        if not ranked or frames[then.id].role not in _RANKABLE or then.qualifier:
            continue
        now = seg.figures[ranked[-1]]
        grammar = f"the {'highest' if m.group('high') else 'lowest'} since the year whose level follows"
        out.append(OrderLink(then, now, grammar) if m.group("high") else OrderLink(now, then, grammar))
    return out


_AVERAGE_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.AVERAGE_WORDS)})\s+(?:[a-z]+\s+)?$")
# "peaking above 30,000": the words may stand a little before the figure ("with the number peaking above")
_EXTREME_BEFORE = lazy_re.compile(rf"\b(?:(?P<peak>{lexicon.alternation(lexicon.PEAK_WORDS)})|"
                                  rf"(?P<trough>{lexicon.alternation(lexicon.TROUGH_WORDS)}))\s+(?:[a-z]+\s+)?$")


def _average_and_extremes(seg: Segment, frames: dict[str, Frame]) -> list[OrderLink]:
    """A series' average and its peak (or low) in one sentence: the peak is at least the average, the low
    at most. "handled an average of 23,000 movements a day, with the number peaking above 30,000"."""
    averages = [k for k in range(len(seg.figures)) if _AVERAGE_BEFORE.search(seg.before(k, 40))]
    if len(averages) != 1:
        return []  # two averages: which one the peak belongs to is not said
    mean = seg.figures[averages[0]]
    out = []
    for k, f in enumerate(seg.figures):
        m = _EXTREME_BEFORE.search(seg.before(k, 40))
        # (a bound on the peak too: "peaking above 30,000")
        if m is None or k == averages[0] or frames[f.id].role not in (frames[mean.id].role, Role.BOUND) \
                or frames[mean.id].role not in _RANKABLE or not same_unit(f, mean) or f.unit != mean.unit:
            continue
        if m.group("peak"):
            out.append(OrderLink(f, mean, "a series' peak against its average"))
        else:
            out.append(OrderLink(mean, f, "a series' low against its average"))
    return out


def stated_orders(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[OrderLink]:
    links: list[OrderLink] = ranked_lists(segments, frames)
    placed: list[tuple[int, int, Figure]] = []  # (segment, place, figure)
    records: list[tuple[int, bool, Figure]] = []  # (segment, new, figure)
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if not frame.is_level or frame.modality != "stated" or f.qualifier or not written_in_digits(f):
                continue
            before = _clause_before(seg, k)  # (read once for the three questions below)
            place = _place(seg, k, before)
            if not place and placed and seg.index - placed[-1][0] <= _NEXT_NEAR and same_unit(placed[-1][2], f) \
                    and _NEXT_PLACE.search(before):
                place = placed[-1][1] + 1
            if place:
                placed.append((seg.index, place, f))
            if place == 1:
                links += _rivals(seg, k, frames)
            clause = before + " " + seg.after(k, 30)
            if _OLD_RECORD.search(clause):
                records.append((seg.index, False, f))
            elif _NEW_RECORD.search(clause):
                records.append((seg.index, True, f))
        leaders = [f for s, place, f in placed if place == 1 and 0 < seg.index - s <= _NEXT_NEAR]
        if leaders:
            links += _came_behind(seg, leaders[-1], frames)
        links += _beaten(seg, frames)
        links += _since_a_year(seg, frames)
        links += _average_and_extremes(seg, frames)
        links += followed_lists(seg, frames) + places_behind(seg, frames)
        links += in_order_lists(seg, segments[seg.index - 1] if seg.index else None, frames)
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
    # one order per pair of figures: a certain reading over a likely one ("Cocoa topped the list at $2.12bn;
    # gold, the runner-up, earned $1.40bn" is places 1 and 2, and also the leader against another item)
    sure = {(link.larger.id, link.smaller.id) for link in links if link.certain}
    return [link for link in links if link.certain or (link.larger.id, link.smaller.id) not in sure]
