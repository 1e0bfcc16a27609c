"""Orders a clause states over the list of figures it governs: a superlative heads a list of items, each
named with its figure, and the list runs from the end of the order the superlative names ("The widest gap was
in trade (25.5%), with information next (25.1%), then finance (24.9%)"; "the deepest falls were in Denmark and
Spain (-78.38% and -50.44%)"; "the largest fall, at 23.9%, with drops of 9.1% in Ecuador and 6.5% in Latvia").

One reading for every such list, whatever its superlative: the cue is any superlative of size, told by its form
("-est", "most ...", "least ...") and read against the lexicon only for the words that look like one and are not
(NOT_SUPERLATIVES) and for which end of the order it names (SUPERLATIVES_LOW_END); the list is the run of figures
after it joined as items (a name before each figure or after it, or a bare "A and B"); the direction is the
superlative's end, and an order of falls is one of sizes.

What the words assert and what they only suggest:
- a superlative said of one item ("the widest gap", "the largest fall") puts that item, the first of the list,
  at least every other item in it: asserted;
- a word that places an item right after the one before ("next", "then", "followed by") orders those two: asserted;
- the rest of a list under a plural superlative of the top ("the sharpest rises came in A, B, C and D") is usually
  listed from the top, not always: only likely, so a list out of order is undetermined, never an error; the bottom
  few ("the lowest debt levels were in A, B and C") are listed in any order, often downwards like the whole ranking.
"""
from __future__ import annotations

from bisect import bisect_left

from auditor import lazy_re
from auditor.grammar import cues, lexicon
from auditor.grammar.frames import Frame, Role, same_unit, written_in_digits
from auditor.grammar.rankings import leads_to_its_figure, ranked_against_its_past
from auditor.grammar.segments import Segment
from auditor.model import Figure

# "the widest gap", "the world's largest fall", "the five sharpest rises", "the most visited parks", "its biggest
# markets", "Kenya's largest buyers"
_SUPERLATIVE = lazy_re.compile(rf"\b(?:the|its|their|[a-z]+['’]s)\s+(?:[a-z]+['’]s?\s+|(?:{lexicon.alternation(lexicon.SMALL_COUNTS)})\s+)?(?:single\s+|very\s+)?"
                               r"(?P<sup>(?:most|least)\s+[a-z]{3,}|[a-z]{2,}est)\b(?P<words>(?:[\s-]+[a-z]{2,}){0,4})", screened=True)
_NOT_SUPERLATIVE = frozenset(lexicon.NOT_SUPERLATIVES)
_LOW_END = frozenset(lexicon.SUPERLATIVES_LOW_END)
_FALL_NOUNS = frozenset(cues.CHANGE_NOUNS_DOWN + lexicon.FALL_HEADS)
_CHANGE_NOUNS = frozenset(cues.CHANGE_NOUNS_UP + lexicon.RISE_HEADS) | _FALL_NOUNS
_CHANGES = (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE)
_RANKED = (Role.LEVEL, Role.SHARE, Role.RATIO, *_CHANGES)
_SENTENCE_BREAK = lazy_re.compile(r"[;]|\.\s")

# An item's name in the words joining two figures: letters only (a year or another figure ends the list)
_NAME = r"[a-z][a-z'’.&-]*(?:\s+[a-z][a-z'’.&-]*){0,7}?"
_JOIN = r"(?:,\s*(?:and\s+then\s+|and\s+|then\s+|with\s+|followed\s+by\s+)?|\s+(?:and|then|with)\s+(?:then\s+)?|\s*followed\s+by\s+)"
# each item named before its figure: "), France (", ", with information and communication next (", ", with drops of "
# (the item before may close with its figure's noun: "Spain, with 18.1 million visits, France, with 12.4 million")
_NAME_FIRST = lazy_re.compile(rf"^\s*(?P<noun>[a-z]{{3,}}\s*)?\)?{_JOIN}(?:the\s+)?(?P<name>{_NAME})\s*(?:\(\s*|,?\s+(?:at|with|on|of)\s+|:\s*)$")
# ... or after it: "9.1 per cent in Ecuador and " (6.5 per cent in Latvia)
_NAME_AFTER = lazy_re.compile(rf"^\s*\)?\s+(?:in|for|at|by|among)\s+(?:the\s+)?(?P<name>{_NAME})\s*"
                              r"(?:,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)$")
# ... or the names all said before the figures: "Denmark and Spain (-78.38% and -50.44%)"
_BARE = lazy_re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_SEQUENCER = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.LIST_SEQUENCERS)})\b")
_BREAKERS = frozenset(w for w in lexicon.LIST_ITEM_BREAKERS if " " not in w)
_MOST_GLUE = 100  # characters between two items of a list
_NOT_IN_A_NOUN_PHRASE = frozenset(lexicon.NOT_IN_A_NOUN_PHRASE)


def _join(glue: str, measure_noun: str, in_brackets: bool) -> str | None:
    """How the words between two figures join them as items of one list: "named" when the later item has its own name
    (before its figure, or after it), "bare" when the names were all said before the figures ("Denmark and Spain
    (-78.38% and -50.44%)"); None when they do not join items: words that make one a base, another time, a whole
    or a move, a new statement about the measure ranked ("the highest rate was in transport (24.0%), and the rates in
    manufacturing (14.8%) ... were also above the average"), or a breakdown of one item in its brackets ("in Kano (9.5%
    for men and 11.2% for women)")."""
    if len(glue) > _MOST_GLUE or "#" in glue:
        return None
    m = _NAME_FIRST.match(glue)
    if m is None and not in_brackets:
        m = _NAME_AFTER.match(glue)
    if m is not None:
        words = m.group("name").replace("’", "'").split()
        if m.groupdict().get("noun"):
            words.append(m.group("noun").strip())
            if words[-1].endswith("er"):  # (a comparative, "higher", "lower": the figure compared, no item)
                return None
        named = _BREAKERS.isdisjoint(words) and (not measure_noun or measure_noun not in map(lexicon.fold, words))
        return "named" if named else None
    return "bare" if _BARE.match(glue) else None


def _in_brackets(seg: Segment, k: int) -> bool:
    """Figure k stands inside brackets opened just before it."""
    before = seg.before(k, _MOST_GLUE)
    return before.rfind("(") > before.rfind(")")


def _rankable(frame: Frame, f: Figure) -> bool:
    return frame.role in _RANKED and frame.modality == "stated" and written_in_digits(f) and f.qualifier in ("", "about")


def _alike(first: Figure, g: Figure) -> bool:
    """Items of one order: one unit, one time."""
    return same_unit(first, g) and first.period == g.period


def _named_apart(first: Figure, g: Figure) -> bool:
    """A later item with a measure of its own: an item's name ("Kaduna at 8.1%") or another measure ("the highest
    vacancy rate was in Kendal (9.5%), with unemployment at 12.0%"), which the words do not tell apart; its order
    is then only likely."""
    return bool(g.measure) and g.measure != first.measure


def _head_noun(words: str) -> str:
    """The head of the noun phrase a superlative opens: its last word before a word of another kind ("the lowest
    debt levels in the region" -> "levels", "the widest gap between" -> "gap"); "" when none follows."""
    head = ""
    for word in words.replace("-", " ").split():
        if word in _NOT_IN_A_NOUN_PHRASE:
            break
        head = word
    return head


def _plural(noun: str) -> bool:
    return noun.endswith("s") and lexicon.fold(noun) != noun


def ordered_lists(segments: tuple[Segment, ...], frames: dict[str, Frame]):
    """The order links of every list a superlative heads (see the module's docstring)."""
    from auditor.grammar.order import OrderLink  # (order.py reads this module's links into its own)
    out = []
    for seg in segments:
        if seg.is_table_row or len(seg.figures) < 2:
            continue
        starts = [slot[0] for slot in seg.slots]
        said = [m for m in _SUPERLATIVE.finditer(seg.skeleton) if m.group("sup") not in _NOT_SUPERLATIVE
                and not m.group("sup").startswith(("most recent", "least recent"))]
        for n, cue in enumerate(said):
            stop = said[n + 1].start() if n + 1 < len(said) else len(seg.skeleton)
            first = bisect_left(starts, cue.end())
            if first == len(starts) or starts[first] >= stop or ranked_against_its_past(seg.skeleton, cue.end("sup")):
                continue
            lead = seg.skeleton[cue.end():seg.slots[first][0]]
            if len(lead) > 120 or "#" in lead or _SENTENCE_BREAK.search(lead) or not leads_to_its_figure(lead):
                continue
            head = seg.figures[first]
            noun = _head_noun(cue.group("words"))
            items, placed_next = [first], [False]
            bare = set()  # items joined without a name of their own: their order is only likely
            for k in range(first + 1, len(seg.figures)):
                glue = seg.between(k - 1, k)
                join = _join(glue, lexicon.fold(noun), _in_brackets(seg, k - 1)) if seg.slots[k][0] < stop else None
                if join is None or not _alike(head, seg.figures[k]):
                    break
                items.append(k)
                placed_next.append(bool(_SEQUENCER.search(glue)))
                if join == "bare":
                    bare.add(seg.figures[k].id)
            figures = [seg.figures[k] for k in items]
            if len(figures) < 2 or not all(_rankable(frames[f.id], f) for f in figures):
                continue
            sup = cue.group("sup")
            low = sup.split()[0] in _LOW_END or sup.startswith("least")
            # (under a noun of change every item is a change, whatever its frame: "the steepest fall, at 18.4%, with
            # declines of 7.2% in zinc"; else a list of changes and levels together is one a frame misread, never certain)
            of_changes = lexicon.fold(noun) in _CHANGE_NOUNS
            changes = {True} if of_changes else {frames[f.id].role in _CHANGES for f in figures}
            sure = len(changes) == 1 and all(not f.qualifier for f in figures)
            sizes = True in changes and (lexicon.fold(noun) in _FALL_NOUNS or all(f.value < 0 for f in figures))
            one_item = not _plural(noun) and not sup.startswith(("most ", "least "))
            grammar = f"a list of items under 'the {sup}{' ' + noun if noun else ''}'"

            def link(a: Figure, b: Figure, why: str, certain: bool):
                larger, smaller = (b, a) if low else (a, b)
                certain = certain and sure and not _named_apart(head, a) and not _named_apart(head, b) \
                    and a.id not in bare and b.id not in bare
                out.append(OrderLink(larger, smaller, f"{grammar}: {why}", certain=certain, sizes=sizes))

            for i in range(1, len(figures)):
                if placed_next[i]:
                    link(figures[i - 1], figures[i], "the next item placed after the one before", True)
                elif i == 1 and one_item:
                    link(figures[0], figures[1], "the item the superlative is said of against the next", True)
                elif not low:  # (the bottom few of an order are listed in any order, often downwards like the
                    # whole ranking: "the lowest debt levels were in A (40.5%), B (34.3%) and C (17%)")
                    link(figures[i - 1], figures[i], "listed from the end the superlative names, likely", False)
                if i > 1 and one_item:
                    link(figures[0], figures[i], "the item the superlative is said of against a later one", True)
    return out
