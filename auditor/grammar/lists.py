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

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from auditor import lazy_re
from auditor.grammar import cues, lexicon
from auditor.grammar.frames import Frame, Role, same_unit, written_in_digits
from auditor.grammar.links import GroupsLink, PartsLink, RatioLink, ShareLink, SharesLink, continues
from auditor.grammar.segments import SLOT, Segment
from auditor.model import Figure, Kind

# "- pedestrians: 1,512", "• Target: 6,240 classrooms", "2) Completed – 5,418": a marker, a label, the figure
# (the last line of a paragraph ends on the blank line after it)
_LINE = lazy_re.compile(r"^\s*(?:[-*•–]|\(?\d{1,2}[.)])\s+(?P<label>[^#:\n]{1,60}?)\s*(?::|\s[–—-])\s*#0#[^#\n]{0,40}\n*$")


# "Dhaka: 2,914.": a sentence that is one line of a table in prose, a label of words, a colon and the figure
_SENTENCE_LINE = lazy_re.compile(r"^\s*(?P<label>[a-z][a-z'’ -]{0,40}?)\s*:\s*#0#\s*\.?\s*$")


@dataclass(frozen=True)
class LabelledList:
    """Labelled lines with one figure each, after the lead sentence that introduces them."""

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
        in_prose = 0  # lines written as sentences of their own: "Dhaka: 2,914. Chattogram: 1,377."
        while j < len(segments) and len(segments[j].figures) == 1 and continues(segments, j - 1, j):
            m = _LINE.match(segments[j].skeleton)
            if m is None and (m := _SENTENCE_LINE.match(segments[j].skeleton)) is not None:
                in_prose += 1
            if m is None:
                break
            lines.append((" ".join(m.group("label").lower().split()), segments[j].figures[0]))
            j += 1
        # a lead ending in a colon, or a table in prose: three or more sentences, each a label, a colon and its figure
        tabled = in_prose == len(lines) >= 3
        if len(lines) >= 2 and (lead.skeleton.rstrip().endswith(":") or tabled) and not lead.is_table_row:
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


# "Pledged: 500 new classrooms. Delivered: 512 (102.4%).", "Target: 6,240 homes; completed: 5,418, or 86.8%": fields of
# a label and a colon in running text (a form, a scorecard), one the target's and then the result's, which carries
# its share of the target right after it, in brackets or after ", or". Each field opens its sentence or clause.
_PLAN_FIELD = lazy_re.compile(r"(?:^|[.;])\s*(?P<label>[a-z][a-z'’ -]{0,30}?)\s*:\s*#(?P<slot>\d+)#", screened=True)
_ATTAINMENT_AFTER = lazy_re.compile(
    r"\s*(?:\(\s*#(?P<bracketed>\d+)#\s*\)"
    rf"|,\s*or\s+#(?P<ored>\d+)#(?=\s*(?:[.;]|$|of\s+(?:the\s+|its\s+)?(?:{lexicon.alternation(lexicon.LIST_TARGET_LABELS)})\b)))")
_FIELD_LABEL_WORDS = 3  # "Pledged", "Classrooms delivered", "New homes completed": a label, not a clause


def plans_of_fields(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[ShareLink]:
    """A target's field and the next field, the result's, with its share of the target after it: "Pledged: 500.
    Delivered: 512 (102.4%)". Only when both labels are short and name a target and a result (linear: each
    sentence's fields are read once, with the one before)."""
    out = []
    target = None  # the last target's figure, while the passage goes on
    for i, seg in enumerate(segments):
        if i and not continues(segments, i - 1, i):
            target = None
        for m in _PLAN_FIELD.finditer(seg.skeleton):
            label = " ".join(m.group("label").split())
            figure = seg.figures[int(m.group("slot"))]
            if len(label.split()) > _FIELD_LABEL_WORDS or figure.unit == "percent":
                target = None
                continue
            if _TARGET.search(label):
                target = figure
                continue
            after = _ATTAINMENT_AFTER.match(seg.skeleton, m.end())
            if target is not None and after and _RESULT.search(label) and same_unit(target, figure):
                share = seg.figures[int(after.group("bracketed") or after.group("ored"))]
                if share.unit == "percent" and frames[share.id].role is not Role.CHANGE:
                    out.append(ShareLink(share, target, figure, "a target's field, then the result's with its share "
                                                                "of the target ('Pledged: 500. Delivered: 512 (102.4%)')"))
            target = None
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


# --- the counts of an examination's grades ----------------------------------------------------------
# Each candidate gets one overall grade: counts of distinct letter grades ("A-(Minus) 4,645; B+(Plus)
# 10,975", "C plain went to 44,792 candidates", "33,399 had Es", "141 students attained a mean grade
# of A") are disjoint parts of the candidates who sat, and add up to no more than them.
_GRADE = r"(?P<g>[A-E])(?P<m>\s*(?:\+|-|–|plain)?\s*(?:\(\s*(?:[Pp]lus|[Mm]inus)\s*\))?)"
_GRADE_BEFORE = lazy_re.compile(rf"(?:^|[\s;:,])(?:and\s+)?{_GRADE}\s*(?:(?:went|go|goes)\s+to\s+|to\s+)?$")
_GRADE_AFTER = lazy_re.compile(r"\s*(?:[a-z]+\s+)?(?:attained|obtained|got|scored|had|earned|achieved|received)\s+"
                               r"(?:an?\s+)?(?:(?:overall|mean|average)\s+){0,2}(?:grades?\s+(?:of\s+)?)?"
                               r"(?P<g>[A-E])(?P<m>[+\-]|s\b)?(?![\w+\-])")
_TOOK_THE_EXAM = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SAT_AN_EXAM)})\b")
_GRADES_MIN = 6  # distinct grades: fewer may be a few results quoted, not a distribution
_GRADE_PARAGRAPHS = 2  # paragraphs between two grades of one distribution, at most
_WHOLE_PARAGRAPHS = 6  # paragraphs between the distribution and the count of those who sat


def _grade(document_text: str, seg: Segment, f: Figure) -> str | None:
    """The letter grade a count is labelled with, just before it or after it, normalised ("B+", "C", "E")."""
    before = document_text[max(seg.start, f.span.start - 24):f.span.start]
    m = _GRADE_BEFORE.search(before) or _GRADE_AFTER.match(document_text, f.span.end, min(seg.end, f.span.end + 80))
    if m is None:
        return None
    mark = (m.group("m") or "").lower()
    return m.group("g") + ("+" if "+" in mark or "plus" in mark else "-" if any(c in mark for c in "-–") or "minus" in mark
                           else "")


def grade_distributions(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[PartsLink]:
    """The counts of distinct letter grades in a run of nearby paragraphs, as disjoint parts of the
    nearest count of the candidates who sat (its clause says they sat, wrote or took it) of the same
    period. A grade named twice ends the reading: the text gives more than one distribution."""
    graded: list[tuple[Segment, Figure, str]] = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for f in seg.figures:
            if frames[f.id].is_level and f.kind.value == "count" and written_in_digits(f) and not f.qualifier:
                grade = _grade(document_text, seg, f)
                if grade:
                    graded.append((seg, f, grade))
    out = []
    run: list[tuple[Segment, Figure, str]] = []
    for item in graded + [None]:
        if item is not None and run and item[0].paragraph - run[-1][0].paragraph <= _GRADE_PARAGRAPHS \
                and item[2] not in {g for _, _, g in run}:
            run.append(item)
            continue
        if item is not None and run and item[2] in {g for _, _, g in run} \
                and item[0].paragraph - run[-1][0].paragraph <= _GRADE_PARAGRAPHS:
            run = []  # a grade named twice: several distributions, none read
            continue
        if len(run) >= _GRADES_MIN and len({g[0] for _, _, g in run}) >= 3:
            link = _of_those_who_sat(document_text, segments, frames, run)
            if link is not None:
                out.append(link)
            out += _grades_and_above(document_text, segments, frames, run)
        run = [item] if item is not None else []
    return out


def _of_those_who_sat(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                      run: list[tuple[Segment, Figure, str]]) -> PartsLink | None:
    parts = tuple(f for _, f, _ in run)
    periods = {f.period for f in parts if f.period}
    if len(periods) > 1:
        return None
    first, last = run[0][0].paragraph, run[-1][0].paragraph
    ids = {f.id for f in parts}
    paragraphs = [seg.paragraph for seg in segments]  # in reading order: only the run's neighbours are read
    near = segments[bisect_left(paragraphs, first - _WHOLE_PARAGRAPHS):bisect_right(paragraphs, last + _WHOLE_PARAGRAPHS)]
    wholes = [f for seg in near if not seg.is_table_row for f in seg.figures
              if f.id not in ids and frames[f.id].is_level and f.kind.value == "count" and written_in_digits(f)
              and not f.qualifier and frames[f.id].modality == "stated" and (not periods or f.period in periods)
              and _TOOK_THE_EXAM.search(document_text[f.span.end:min(seg.end, f.span.end + 40)].lower())
              and same_unit(f, parts[0])]
    if not wholes:
        return None
    middle = parts[len(parts) // 2].span.start
    whole = min(wholes, key=lambda w: abs(w.span.start - middle))
    return PartsLink(whole, parts, False, "the counts of distinct letter grades, within those who sat", True,
                     disjoint=True)


# "88,929 candidates with C Plus and above", "the grade of C+ and above: that number was 88,929"
_AND_ABOVE = lazy_re.compile(r"\b(?P<g>[A-E])(?P<m>\s*(?:\+|-|–|\(?\s*[Pp]lus\s*\)?|\(?\s*[Mm]inus\s*\)?))?"
                             r"\s+(?:and|or)\s+(?:above|better|higher)\b")
_AND_ABOVE_REACH = 80  # characters either side of the count, in its sentence


def _rank(grade: str) -> int:
    """A grade's place from the top: A+ 0, A 1, A- 2, B+ 3, ..."""
    return (ord(grade[0]) - ord("A")) * 3 + {"+": 0, "": 1, "-": 2}[grade[1:]]


def _grades_and_above(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                      run: list[tuple[Segment, Figure, str]]) -> list[PartsLink]:
    """A count of those with a grade "and above" ("88,929 candidates with C Plus and above") is the sum
    of the distribution's counts of that grade and every grade above it, when the distribution names
    every letter from A down to it."""
    grades = {g: f for _, f, g in run}
    ids = {f.id for f in grades.values()}
    first, last = run[0][0].paragraph, run[-1][0].paragraph
    paragraphs = [seg.paragraph for seg in segments]
    near = segments[bisect_left(paragraphs, first - _WHOLE_PARAGRAPHS):bisect_right(paragraphs, last + _WHOLE_PARAGRAPHS)]
    out = []
    # the counts in reach, in reading order (a colon may end the segment the phrase stands in: "the grade
    # of C+ and above: that number was 88,929")
    counts = [f for seg in near if not seg.is_table_row for f in seg.figures if f.kind.value == "count"]
    for f in counts:
        if f.id in ids or not frames[f.id].is_level or not written_in_digits(f) \
                or f.qualifier or frames[f.id].modality != "stated":
            continue
        lo, hi = max(0, f.span.start - _AND_ABOVE_REACH), f.span.end + _AND_ABOVE_REACH  # (bounded searches)
        begin = max(document_text.rfind(". ", lo, f.span.start) + 1, document_text.rfind("\n", lo, f.span.start), lo)
        end = min([hi, *(i for i in (document_text.find(". ", f.span.end, hi), document_text.find("\n", f.span.end, hi))
                         if i >= 0)])
        # (the phrase is this count's when no other count stands nearer it: "that number was 88,929
        # (15.41%) in 2016, compared to 169,492 in 2015")
        named = {_normalised(m) for m in _AND_ABOVE.finditer(document_text, begin, end)
                 if min((o for o in counts if begin <= o.span.start < end), key=lambda o: _distance(o, m.start())) is f}
        if len(named) != 1:
            continue
        threshold = named.pop()
        above = [g for g in grades if _rank(g) <= _rank(threshold)]
        letters = {g[0] for g in above}
        if threshold not in grades or letters != {chr(c) for c in range(ord("A"), ord(threshold[0]) + 1)} \
                or len(above) < 2:
            continue  # the distribution does not name every letter down to the threshold
        parts = tuple(grades[g] for g in sorted(above, key=_rank))
        out.append(PartsLink(f, parts, True, "the counts of a grade and every grade above it, against those "
                             "with that grade and above", True))
    return out


def _normalised(m) -> str:
    mark = (m.group("m") or "").lower()
    return m.group("g") + ("+" if "+" in mark or "plus" in mark else "-" if any(c in mark for c in "-–") or "minus" in mark
                           else "")


def _distance(f: Figure, at: int) -> int:
    return f.span.start - at if f.span.start >= at else at - f.span.end


# --- a table's row for all of a thing, and its rows for kinds of it ---------------------------------
# "| All emergency department attendances | 582,377 | 600,962 |" and "| Emergency attendances that were
# categorised as triage 2 | 62,845 | 67,968 |": a row whose label says "all" (or "total") and names a thing holds,
# column by column, every row whose label names the same head noun with more words
_ROW_LABEL = lazy_re.compile(r"^\s*\|?\s*(?P<label>[^|\n]{1,100}?)\s*\|")
_CHANGE_HEADER = lazy_re.compile(r"\b(?:change|difference|diff|growth|variation|increase|decrease|rise|fall|gain|"
                                 r"loss|net|share|rate|ratio|average|mean|median|per)\b|%")
_LABEL_CUT = lazy_re.compile(r"\s(?:that|which|who|with|at|in|by|from|for|on|to|of|per)\s")
_MOST_TABLE_ROWS = 60


def _row_label(seg: Segment) -> str:
    m = _ROW_LABEL.match(seg.skeleton)
    return " ".join(SLOT.sub(" ", m.group("label")).split()) if m else ""  # ("triage 2": a figure in a label)


def _label_head(label: str) -> str:
    """The stem of the thing a row's label names: the last word before a clause or a phrase that narrows it."""
    cut = _LABEL_CUT.search(" " + label + " ")
    words = (" " + label + " ")[:cut.start()].split() if cut else label.split()
    words = [w for w in words if w not in ("total", "all", "overall")]
    if len(words) > 1 and len(words[-1]) > 4 and words[-1].endswith("ed"):
        words.pop()  # "Appeals allowed": the noun before the participle
    return lexicon.stem(words[-1]) if words else ""


def table_subset_rows(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[PartsLink]:
    """Each table's row for all of a thing ("All emergency department attendances") with its rows for a kind
    of that thing, named by the same head noun and more words ("Emergency attendances that were categorised as
    triage 2"): in each column of levels of one unit that no header calls a change, a rate or a share, the
    kind's cell is no larger than the whole's."""
    out: list[PartsLink] = []
    i = 0
    while i < len(segments):
        if not segments[i].is_table_row:
            i += 1
            continue
        j = i
        while j < len(segments) and segments[j].is_table_row:
            j += 1
        table = segments[i:j]
        i = j
        if len(table) > _MOST_TABLE_ROWS:
            continue
        header = table[0].skeleton if not table[0].figures or _CHANGE_HEADER.search(table[0].skeleton) else ""
        header_cells = header.split("|")
        labels = [_row_label(seg) for seg in table]
        for w, whole_row in enumerate(table):
            label = labels[w]
            words = label.split()
            if len(words) < 2 or words[0] not in ("all", "total") or not whole_row.figures \
                    or words[1] in cues.TOTAL_EXCEPT or _CHANGE_HEADER.search(label):
                continue
            head = _label_head(label)
            if len(head) < 3:
                continue
            for p, part_row in enumerate(table):
                part_label = labels[p]
                if p == w or not part_row.figures or not part_label or part_label.split()[0] in ("all", "total") \
                        or _CHANGE_HEADER.search(part_label) \
                        or _label_head(part_label) != head \
                        or len(part_label.split()) <= len(words) - 1:
                    continue
                for column in _level_cells(whole_row, frames):
                    whole = _level_cells(whole_row, frames)[column]
                    part = _level_cells(part_row, frames).get(column)
                    cell = header_cells[column] if column < len(header_cells) else ""
                    if part is None or _CHANGE_HEADER.search(cell) or part.unit != whole.unit \
                            or not same_unit(part, whole) or not (_additive(part) and _additive(whole)):
                        continue
                    out.append(PartsLink(whole, (part,), False, "a table's row for all of a thing, and its row "
                                                                  "for a kind of it named by the same noun"))
    return out


def _additive(f: Figure) -> bool:
    """A cell that adds up: money, a physical amount, or a whole count ("112.4" with no unit may be an index)."""
    return f.kind in (Kind.MONEY, Kind.PHYSICAL) or f.kind is Kind.COUNT and f.value == int(f.value)


def _level_cells(row: Segment, frames: dict[str, Frame]) -> dict[int, Figure]:
    """The row's cells that open on a level written in digits, by column (the bars before them)."""
    cells: dict[int, Figure] = {}
    for k, f in enumerate(row.figures):
        column = row.skeleton[:row.slots[k][0]].count("|")
        if column in cells or not written_in_digits(f):
            continue
        before = row.skeleton[:row.slots[k][0]].rsplit("|", 1)[-1]
        if before.strip() or not frames[f.id].is_level or f.unit == "percent":
            cells.setdefault(column, None)  # (a cell that opens on words, or holds a change: no level)
            continue
        cells[column] = f
    return {c: f for c, f in cells.items() if f is not None}


# "- Domestic: +6.0%;": a line of a list, its marker, its label and a colon (the figure after it)
_ITEM_LINE = lazy_re.compile(r"[ \t]*[-*•–][ \t]+(?P<label>[^:\n]{1,60}?)[ \t]*:")
_ITEMS_AROUND = 40  # list lines read on each side of a figure's own: a bound, however long the list


def item_parent(text: str, offset: int) -> str:
    """The label of the item a figure's list line comes under when a flattened list repeats labels, or "".

    A nested list flattened by the page keeps its sub-items' labels and loses their indent:

        - Passenger traffic (RPMs): +5.4%;
        - Domestic: +6.0%;
        - Capacity (ASMs): +5.1%;
        - Domestic: +6.7%;

    A label said more than once in one run of list lines names a group within each of the items between
    (its figures are the traffic's and the capacity's domestic changes, two measures); its line comes under the
    nearest line before it whose label the run says once."""
    line_start = text.rfind("\n", 0, offset) + 1
    own = _ITEM_LINE.match(text, line_start)
    if own is None or own.end() > offset:
        return ""
    starts = [line_start]
    before = line_start
    while before > 0 and len(starts) <= _ITEMS_AROUND:  # the run's lines before the figure's
        previous = text.rfind("\n", 0, before - 1) + 1
        if _ITEM_LINE.match(text, previous) is None:
            break
        starts.insert(0, previous)
        before = previous
    mine = len(starts) - 1
    after = text.find("\n", line_start)
    while after != -1 and len(starts) - mine <= _ITEMS_AROUND and _ITEM_LINE.match(text, after + 1):
        starts.append(after + 1)
        after = text.find("\n", after + 1)
    labels = [" ".join(_ITEM_LINE.match(text, s).group("label").lower().split()) for s in starts]
    said = {label: labels.count(label) for label in labels}
    if said[labels[mine]] < 2:
        return ""
    for label in reversed(labels[:mine]):
        if said[label] == 1:
            return label
    return ""


# "Licensed Stores: 16,287 in Q2 2021, ...": a line that opens on a short label and a colon, a list marker or none
_LABELLED_LINE = lazy_re.compile(r"[ \t]*(?:[-*•–][ \t]+)?(?P<head>[A-Za-z][A-Za-z&'’ ()/-]{0,40}?)[ \t]*:[ \t]")


# a bulleted line that opens on an item's name, then a comma or a colon: "• Middle East, 11.5%. Load factor dropped
# 1.5 percentage points to 73.9%.", "- Transfer passengers: 2.2 million"
_NAMED_BULLET = lazy_re.compile(r"[ \t]*[-*•–][ \t]+(?P<head>[A-Za-z][A-Za-z&'’ ()/.-]{0,40}?)[ \t]*[,:][ \t]")
_BULLET = lazy_re.compile(r"[ \t]*[-*•–][ \t]+\S")


def _head_of_a_line_in_a_run(text: str, offset: int, head, neighbour) -> str:
    """The folded `head` group of the line a figure stands on, when that line opens on `head` before the figure and
    the line before or after it opens on `neighbour`, or "": one line of a run of parallel lines."""
    line_start = text.rfind("\n", 0, offset) + 1
    own = head.match(text, line_start)
    if own is None or own.end() > offset:
        return ""
    previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start else -1
    line_end = text.find("\n", offset)
    in_a_run = previous >= 0 and previous < line_start and neighbour.match(text, previous) is not None \
        or line_end != -1 and neighbour.match(text, line_end + 1) is not None
    return " ".join(own.group("head").lower().split()) if in_a_run else ""


def bullet_item_head(text: str, offset: int) -> str:
    """The name a figure's bulleted line opens on, when the line before or after it is bulleted too, or "": the
    items of one list are parallel, each of its own thing, so the name heads every figure of its line ("• Middle
    East, 11.5%. Load factor dropped 1.5 points to 73.9%." and "• Africa, 8%. Load factor was flat at 72.0%." give
    two regions' load factors)."""
    return _head_of_a_line_in_a_run(text, offset, _NAMED_BULLET, _BULLET)


def row_label(text: str, offset: int) -> str:
    """The label of the line a figure stands on when that line and the one before or after it each open on a label
    and a colon, or "": a run of such lines is a table flattened a row to a line ("Company-operated Stores: 16,656
    ..., 468 new stores", "Licensed Stores: 16,287 ..., 425 new stores", "Total: 32,943 ..., 893 new stores"), each
    line one row's figures."""
    return _head_of_a_line_in_a_run(text, offset, _LABELLED_LINE, _LABELLED_LINE)
