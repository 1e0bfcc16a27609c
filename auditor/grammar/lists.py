"""Lists of labelled figures under a lead sentence that ends in a colon:

    The 4,286 road deaths recorded last year break down by road user as follows:
    - motorcycle riders: 1,904
    - pedestrians: 1,512

Releases put breakdowns, shares, groups beside their overall figure, and a plan beside its result
in such lists. A list is read once here, as a lead and its labelled lines, and stated as the links
the rest of the meaning layer already has: parts of a whole, shares of one whole, two groups and
their overall figure, a result as a share of its target.
"""
from __future__ import annotations

from dataclasses import dataclass

from auditor import lazy_re
from auditor.grammar import cues, lexicon
from auditor.grammar.frames import Frame, Role, same_unit, written_in_digits
from auditor.grammar.links import GroupsLink, PartsLink, RatioLink, ShareLink, SharesLink, continues
from auditor.grammar.segments import Segment
from auditor.model import Figure

# "- pedestrians: 1,512", "• Target: 6,240 classrooms", "2) Completed – 5,418": a marker, a label, the figure
_LINE = lazy_re.compile(r"^\s*(?:[-*•–]|\(?\d{1,2}[.)])\s+(?P<label>[^#:\n]{1,60}?)\s*(?::|\s[–—-])\s*#0#[^#\n]{0,40}$")


@dataclass(frozen=True)
class LabelledList:
    lead: Segment
    labels: tuple[str, ...]  # each line's label, folded to lower case
    figures: tuple[Figure, ...]


def labelled_lists(segments: tuple[Segment, ...]) -> list[LabelledList]:
    """Each run of labelled lines with one figure each, after a lead ending in a colon."""
    out = []
    i = 0
    while i < len(segments):
        lead = segments[i]
        lines = []
        j = i + 1
        while j < len(segments) and len(segments[j].figures) == 1 and continues(segments, j - 1, j):
            m = _LINE.match(segments[j].skeleton)
            if m is None:
                break
            lines.append((" ".join(m.group("label").lower().split()), segments[j].figures[0]))
            j += 1
        if len(lines) >= 2 and lead.skeleton.rstrip().endswith(":") and not lead.is_table_row:
            out.append(LabelledList(lead, tuple(label for label, _ in lines), tuple(f for _, f in lines)))
        i = max(j, i + 1)
    return out


def _words(phrases: tuple[str, ...]):
    return lazy_re.compile(rf"\b(?:{lexicon.alternation(phrases)})\b")


_BREAKDOWN, _EXHAUSTIVE, _SHARE_LEAD = (_words(lexicon.LIST_BREAKDOWN_LEADS), _words(lexicon.LIST_EXHAUSTIVE_LEADS),
                                        _words(lexicon.LIST_SHARE_LEADS))
_RATE = _words(("rate", "rates", "growth"))
_TARGET, _RESULT, _ATTAINMENT = (_words(lexicon.LIST_TARGET_LABELS), _words(lexicon.LIST_RESULT_LABELS),
                                 _words(lexicon.LIST_ATTAINMENT_LABELS))


def _is_total(label: str) -> bool:
    """The line of the whole: "Total", "All members"; not "All other sectors", "Total excluding fuel"."""
    words = label.split()
    return label in lexicon.LIST_TOTAL_LABELS or words[0] in ("total", "all", "overall") \
        and not (len(words) > 1 and words[1] in cues.TOTAL_EXCEPT)


def parts_of_lists(lists: list[LabelledList], frames: dict[str, Frame]) -> list[PartsLink]:
    """The lines as parts of the one whole their lead states, or of the list's line labelled a total."""
    out = []
    for lst in lists:
        totals = [f for label, f in zip(lst.labels, lst.figures) if _is_total(label)]
        parts = tuple(f for label, f in zip(lst.labels, lst.figures) if not _is_total(label))
        if not _BREAKDOWN.search(lst.lead.skeleton) and not totals:
            continue
        levels = [f for f in lst.lead.figures if frames[f.id].role is Role.LEVEL and written_in_digits(f)]
        wholes = totals or levels
        if len(wholes) != 1 or len(parts) < 2:
            continue
        whole = wholes[0]
        if not all(frames[f.id].role is Role.LEVEL and same_unit(f, whole) for f in parts):
            continue
        exhaustive = bool(totals or _EXHAUSTIVE.search(lst.lead.skeleton))
        out.append(PartsLink(whole, parts, exhaustive, "a lead ending in a colon, then its parts, one a line",
                             disjoint=True))
    return out


def shares_of_lists(lists: list[LabelledList], frames: dict[str, Frame]) -> list[SharesLink]:
    """Percentages listed under a lead that says what one whole came from or breaks down into: all of it."""
    out = []
    for lst in lists:
        if not all(f.unit == "percent" and frames[f.id].role is Role.SHARE and not f.qualifier for f in lst.figures):
            continue
        if any(_is_total(label) for label in lst.labels) or _RATE.search(lst.lead.skeleton):
            continue  # rates of groups, not shares of one whole
        if _SHARE_LEAD.search(lst.lead.skeleton) and len(lst.figures) >= 2:
            out.append(SharesLink(lst.figures, "a lead saying where one whole came from, then its shares, one a line"))
    return out


def groups_of_lists(lists: list[LabelledList], frames: dict[str, Frame]) -> list[GroupsLink]:
    """Two lines for complementary groups and one for the overall figure ("Rural areas: 71.8%",
    "Urban areas: 41.6%", "Nigeria: 62.9%"): the overall figure lies between theirs."""
    out = []
    for lst in lists:
        if len(lst.figures) != 3:
            continue
        words = [set(lexicon.folded_words(label)) for label in lst.labels]
        for pair in lexicon.PAIRED_GROUPS:
            spelled = pair | {w + "s" for w in pair}
            grouped = [k for k, w in enumerate(words) if len(w & spelled) == 1]
            rest = [k for k in range(3) if k not in grouped]
            if len(grouped) != 2 or len(rest) != 1 or (words[grouped[0]] & spelled) == (words[grouped[1]] & spelled):
                continue
            overall = rest[0]
            label = lst.labels[overall]
            # the overall line says "total", or names the place the groups divide ("Nigeria"): one word
            # that is no group of any pair ("East" beside "North" and "South" is a third region)
            if not (_is_total(label) or (len(label.split()) == 1 and label.isalpha() and label not in lexicon.GROUP_WORDS)):
                continue
            figures = lst.figures
            if all(same_unit(figures[k], figures[overall]) for k in grouped):
                out.append(GroupsLink(figures[overall], (figures[grouped[0]], figures[grouped[1]]),
                                      "a lead ending in a colon, then two groups and the overall figure, one a line"))
            break
    return out


def plans_of_lists(lists: list[LabelledList], frames: dict[str, Frame]) -> list[ShareLink]:
    """A target, the result and the result as a share of the target, each on its own line."""
    out = []
    for lst in lists:
        def labelled(words) -> list[Figure]:
            return [f for label, f in zip(lst.labels, lst.figures) if words.search(label)]
        targets, results = labelled(_TARGET), labelled(_RESULT)
        shares = [f for f in labelled(_ATTAINMENT) if f.unit == "percent"]
        if len(targets) == 1 and len(results) == 1 and len(shares) == 1 and same_unit(targets[0], results[0]) \
                and targets[0] is not results[0]:
            out.append(ShareLink(shares[0], targets[0], results[0],
                                 "a target, the result and its share of the target, one a line"))
    return out


# "| Women | 562 |": a table row of a label and one figure
_ROW = lazy_re.compile(r"^\|\s*(?P<label>[^|#\n]{1,60}?)\s*\|\s*#0#\s*\|?\s*$")
# "Women make up 38.4% of the members": a group, a verb of sharing, the share, the whole
_GROUP_SHARE_BEFORE = lazy_re.compile(rf"(?P<group>[a-z'’-]+)\s+(?:{lexicon.alternation(lexicon.SHARE_BEFORE_WHOLE)})"
                                      r"\s+(?:about\s+|some\s+|nearly\s+|just\s+(?:over|under)\s+)?$")
_OF_WHOLE_AFTER = lazy_re.compile(r"^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){0,2}?(?P<whole>[a-z'’-]+)\b")
_ROWS_REACH = 12  # segments between a share and the table it is read against


def table_row_shares(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[ShareLink]:
    """A group's share of a whole said in a sentence ("Women make up 38.4% of the members") and a table
    near it with a row for the group and a row for all of the whole ("| Women | 562 |", "| All members |
    1,464 |"): the share is the one row over the other."""
    rows = {i: (" ".join(m.group("label").lower().split()), seg.figures[0]) for i, seg in enumerate(segments)
            if seg.is_table_row and len(seg.figures) == 1 and (m := _ROW.match(seg.skeleton))}
    if not rows:
        return []
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, share in enumerate(seg.figures):
            if frames[share.id].role is not Role.SHARE or share.unit != "percent" or share.qualifier:
                continue
            group, whole = _GROUP_SHARE_BEFORE.search(seg.before(k, 60)), _OF_WHOLE_AFTER.match(seg.after(k, 60))
            if group is None or whole is None:
                continue
            near = [rows[j] for j in range(i - _ROWS_REACH, i + _ROWS_REACH + 1) if j in rows]
            group_stem, whole_stem = lexicon.stem(group.group("group")), lexicon.stem(whole.group("whole"))
            parts = [f for label, f in near if group_stem in {lexicon.stem(w) for w in label.split()}]
            wholes = [f for label, f in near if _is_total(label)
                      and (len(label.split()) == 1 or whole_stem in {lexicon.stem(w) for w in label.split()})]
            if len(parts) == 1 and len(wholes) == 1 and same_unit(parts[0], wholes[0]):
                out.append(ShareLink(share, wholes[0], parts[0], "a group's share said in a sentence, and the table's "
                                                                 "rows for the group and for all"))
    return out


# "Loan-to-deposit ratio", "ratio of loans to deposits": a ratio's label that names its two terms
_RATIO_LABEL = lazy_re.compile(r"^(?:[a-z'’-]+\s+)?(?P<a>[a-z]+)[-\s]to[-\s](?P<b>[a-z]+)\s+ratio\b|"
                               r"^ratio\s+of\s+(?:the\s+)?(?P<c>[a-z]+)\s+to\s+(?:the\s+)?(?P<d>[a-z]+)")


def ratios_of_lists(lists: list[LabelledList], frames: dict[str, Frame]) -> list[RatioLink]:
    """A line labelled by a ratio of two named terms ("Loan-to-deposit ratio: 77.2%") and the list's lines
    for the two terms ("Gross loans: ₱1.86 trillion", "Deposits: ₱2.41 trillion")."""
    out = []
    for lst in lists:
        for label, r in zip(lst.labels, lst.figures):
            m = _RATIO_LABEL.match(label)
            if m is None:
                continue
            a, b = (lexicon.stem(m.group("a") or m.group("c")), lexicon.stem(m.group("b") or m.group("d")))
            stems = [(f, {lexicon.stem(w) for w in lexicon.folded_words(lab)}) for lab, f in zip(lst.labels, lst.figures)
                     if f is not r]
            numerators = [f for f, words in stems if a in words and b not in words]
            denominators = [f for f, words in stems if b in words and a not in words]
            if len(numerators) == 1 and len(denominators) == 1 and same_unit(numerators[0], denominators[0]):
                out.append(RatioLink(r, numerators[0], denominators[0], "a line labelled by a ratio of two terms, "
                                                                        "and the lines of the terms"))
    return out
