"""Levels dated by their own phrase, the levels changes are measured from among them.

A change's base ("10.1% below the 2,825 scheme completions in Q2 2019", "down 12.6% from the 1,315
recorded in Q2 2019") is a level of the earlier period its own phrase names: the same measure for the
same period as any other level of that name and date in the document. The base's own phrase often
names its measure only in part ("the 1,315 recorded"): the rest is the name of what moved from it,
the level the change arrived at or the subject of the verb of change ("The number of scheme
dwellings completed is down 12.6% from the 1,315 ..."). This module gives each such figure its name,
its written period and the evidence for both; `same-measure-conflict` compares the ones that agree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from auditor import lazy_re
from auditor.extract.periods import MONTHS, find_periods
from auditor.grammar import lexicon
from auditor.grammar.frames import Role
from auditor.model import Figure, Kind

_LEVEL_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PHYSICAL})
# the figure's own phrase after it, then the date it is of: "2,825 scheme completions in Q2 2019", "the 1,315 recorded
# in Q2 2019", "$3.2 billion for 2021" (a few words, no figure, no clause break between)
_DATED_PHRASE_AFTER = lazy_re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,4}?\s+(?:in|for|during)\s+(?:the\s+)?")
_DATE_LENGTH = 40
# the period before the one in force, said in the figure's own phrase: "34,690 units last year", "$3.49 trillion a year
# earlier", "last year's 15.2 million tons" (the extraction has moved the figure's period back by it)
_EARLIER_AFTER = lazy_re.compile(rf"(?:\s+[A-Za-z][\w'’-]*){{0,4}}?\s+(?:in\s+|of\s+|during\s+)?"
                                 rf"(?:{lexicon.alternation(lexicon.EARLIER_PERIOD_PHRASES)})\b", re.I)
_EARLIER_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.EARLIER_PERIOD_PHRASES)})['’]s\s+"
                                  rf"(?:[a-z][\w-]*\s+){{0,3}}(?:of\s+)?$", re.I)
# a date before the figure's noun, then "of" it or a possessive: "the 2019-20 outturn of 15.165 million tons", "2019's
# 4,802 completions"
_DATED_BEFORE = lazy_re.compile(r"(?:\b(?P<the>the)\s+(?P<date>\S+(?:\s+\S+){0,2}?)\s+(?:[a-z][\w-]*\s+){0,3}?of"
                                r"|(?P<date2>\S+(?:\s+\S+){0,2}?)['’]s\s+(?:[a-z][\w-]*\s+){0,3}?)\s*$")


@dataclass(frozen=True)
class DatedLevel:
    """A level with the period its own phrase dates it to and the words of its measure."""

    figure: Figure
    period: str  # as the date in its own phrase names it
    name: frozenset[str]  # the folded content words of its measure, with those of what moved from it
    earlier: bool  # the level a change is measured from


def name_words(measure: str) -> frozenset[str]:
    """The content words of a measure's name, folded, a participle read as the noun of its act ("dwellings
    completed" names what "dwelling completions" does)."""
    return frozenset(lexicon.act_stem(w) for w in lexicon.folded_words(measure)
                     if w not in lexicon.NAME_FILLER_WORDS and w not in MONTHS and len(w) > 2)


def _written_period(text: str, figure: Figure, sentence_start: int, sentence_end: int) -> str:
    """The period the figure's own phrase dates it by ("... completions in Q2 2019", "34,690 units last year", "the
    2019-20 outturn of 15.165 million tons"), or "" when its phrase names none."""
    if figure.period_source == "shifted":
        end = min(sentence_end, figure.span.end + 60)
        after = _EARLIER_AFTER.match(text, figure.span.end, end)
        if after and not any(ch.isdigit() for ch in text[figure.span.end:after.end()]) \
                or _EARLIER_BEFORE.search(text, max(sentence_start, figure.span.start - 60), figure.span.start):
            return figure.period
        return ""
    return _date_after(text, figure, sentence_end) or _date_before(text, figure, sentence_start)


def _date_before(text: str, figure: Figure, sentence_start: int) -> str:
    start = max(sentence_start, figure.span.start - 60)
    m = _DATED_BEFORE.search(text, start, figure.span.start)
    group = "date" if m and m.group("date") else "date2"
    if not m or any(ch.isdigit() for ch in text[m.end(group):figure.span.start]) \
            or set(text[m.end(group):figure.span.start].lower().split()) & lexicon.NOT_A_NOUN_OF_A_NAME:
        return ""
    mentions = find_periods(text[m.start(group):m.end(group)])
    last = mentions[-1] if mentions else None
    if last is None or last.end != m.end(group) - m.start(group) or not last.has_year or last.is_date or last.since:
        return ""
    return last.period


def _date_after(text: str, figure: Figure, sentence_end: int) -> str:
    m = _DATED_PHRASE_AFTER.match(text, figure.span.end, min(sentence_end, figure.span.end + 60))
    if not m or any(ch.isdigit() for ch in text[figure.span.end:m.end()]):
        return ""
    tail = text[m.end():min(sentence_end, m.end() + _DATE_LENGTH)]
    mentions = find_periods(tail)
    first = mentions[0] if mentions else None
    if first is None or first.start != 0 or not first.has_year or first.is_date or first.since:
        return ""
    return first.period


def dated_levels(text: str, figures: tuple[Figure, ...], frames, changes, sentence_of) -> tuple[DatedLevel, ...]:
    """The levels whose own phrase dates them, each with its name (see the module's note). `frames` maps a figure id
    to its frame, `changes` are the change links, `sentence_of(figure)` the bounds of its sentence."""
    moved_from: dict[str, Figure] = {}  # a base's id -> what names the measure that moved from it
    moved_to_period: dict[str, str] = {}
    for link in changes:
        new = link.news[0] if link.news else None
        namer = new if new is not None and name_words(new.measure) else link.change
        moved_from.setdefault(link.old.id, namer)
        if new is not None:
            moved_to_period.setdefault(link.old.id, new.period)
    out = []
    for f in figures:
        frame = frames.get(f.id)
        if frame is None or f.kind not in _LEVEL_KINDS or f.direction or f.qualifier or frame.modality != "stated" \
                or frame.role is not Role.LEVEL or not f.period:
            continue
        period = _written_period(text, f, *sentence_of(f))
        if not period or period != f.period:
            continue  # (a date the extraction read otherwise is no evidence of either)
        if _planned(text, f, *sentence_of(f)):
            continue  # "the 5,000 home sales targeted for 2021": a plan's figure, not the level the period reached
        own = name_words(f.measure)
        earlier = f.id in moved_from
        name = own
        if earlier:
            if moved_to_period.get(f.id) == f.period:
                continue  # a change within one period is a revision or a gap between groups, no earlier level
            name = own | name_words(moved_from[f.id].measure)
        if not name or name & _PLANS:
            continue
        out.append(DatedLevel(f, period, name, earlier))
    return tuple(out)


_PLANS = frozenset(lexicon.fold(w) for w in lexicon.PLAN_NOUNS)
_PLAN_WORDS = _PLANS | frozenset(lexicon.PLAN_PARTICIPLES) | frozenset(lexicon.MODAL_LEVEL_WORDS)


def _planned(text: str, figure: Figure, sentence_start: int, sentence_end: int) -> bool:
    """Whether the words right around the figure (four before it, six after) name a plan, a target or a forecast."""
    before = re.findall(r"[a-z][a-z'’-]*", text[max(sentence_start, figure.span.start - 40):figure.span.start].lower())
    after = re.findall(r"[a-z][a-z'’-]*", text[figure.span.end:min(sentence_end, figure.span.end + 60)].lower())
    return any(lexicon.fold(w) in _PLAN_WORDS or w in _PLAN_WORDS for w in before[-4:] + after[:6])
