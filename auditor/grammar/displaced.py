"""Those an event displaced, among those it affected.

A disaster's situation report counts the people an event touched with one verb ("Typhoon
Rosita has affected 66,348 families with 257,643 persons") and then, a sentence or a bullet
later, some of them by the state they are in ("9 ECs remain open, sheltering 105 families or
321 persons"; "Another 227 families or 1,106 persons are staying with relatives"). Each such
count is part of the affected count of the same noun (families within families, persons within
persons): no more than it. Those in shelters and those staying elsewhere are distinct groups;
other states ("displaced", "evacuated") may hold them, so only the first two are added up.

The verb that governs a count is the nearest cue right before it ("has affected 66,348",
"sheltering 105") or, if none, the first after its noun in its sentence ("31,900 families were
affected", "227 families ... are staying with relatives").
"""
from __future__ import annotations

import re

from auditor import lazy_re
from auditor.extract.periods import prior_before
from auditor.grammar import lexicon
from auditor.grammar.frames import Frame, Role
from auditor.grammar.segments import Segment
from auditor.grammar.within import MemberLink
from auditor.model import Figure, Kind

_STATE_OF_CUE = {cue: state for state, cues in lexicon.DISPLACED_STATES.items() for cue in cues}
_CUE = lazy_re.compile(rf"\b(?:(?P<affected>{lexicon.alternation(lexicon.AFFECTED_WORDS)})"
                       rf"|(?P<state>{lexicon.alternation(tuple(_STATE_OF_CUE))}))\b", re.I)
_NOUN_AFTER = lazy_re.compile(r"\s+(?P<noun>[A-Za-z]+)\b")
# the words right before a count where the verb that governs it stands ("has affected some 66,348")
_VERB_REACH = 30
# "Another 227 families", "A further 2,115 families": a group added to those just counted, which the frames read
# as a change; it is a count of its own state
_ADDED_GROUP = lazy_re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", re.I)
# an affected count set apart as one place's ("In Sarangani province alone, 31,900 families were affected") is a
# member's, no whole for what follows
_ONE_PLACES = lazy_re.compile(r"^\W*(?:[Ii]n|[Aa]t|[Ff]or)\s+(?:the\s+)?[A-Z]|\b[Aa]lone\b")  # (a capital: a name, not "In all")
# sentences after an affected count where a part's state may be given: the report's next few bullets
_REACH = 4
# ... and where the words plainly follow on from it (a part above it further away is only doubtful)
_SURE_REACH = 2
# where a figure's period came from when its own words name it
_OWN_SOURCES = frozenset({"stated", "sentence"})


def _counted_noun(document_text: str, seg: Segment, figure: Figure) -> str:
    """The noun the count is written with, folded to one way of counting ("persons" and "people": "person");
    "" when it is no noun that counts people."""
    m = _NOUN_AFTER.match(document_text, figure.span.end, seg.end)
    return lexicon.AFFECTED_COUNT_NOUNS.get(lexicon.fold(m.group("noun")), "") if m else ""


def _governing_cue(document_text: str, seg: Segment, figure: Figure, start: int):
    """The cue that says what the count is of: the last right before it, from `start` (past the count of the same
    noun before it in its sentence, whose verb it is: "affected 3,400 households; 5,100 households were relocated"),
    else the first after it in its sentence (up to a semicolon: the next clause is another statement)."""
    found = None
    start = max(start, figure.span.start - _VERB_REACH, document_text.rfind(";", start, figure.span.start) + 1)
    for found in _CUE.finditer(document_text, start, figure.span.start):
        pass
    if found is not None:
        return found
    end = document_text.find(";", figure.span.end, seg.end)
    return _CUE.search(document_text, figure.span.end, seg.end if end < 0 else end)


def displaced_within_affected(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                              bases: frozenset[str] = frozenset()) -> list[MemberLink]:
    """Each count of people in a displaced state within the nearest affected count of the same noun a few
    sentences before it."""
    links = []
    wholes: dict[str, tuple[int, Figure]] = {}  # the last affected count of each noun: (sentence, figure)
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue  # (a table's rows are the table checks')
        last_of_noun: dict[str, int] = {}  # where the last count of each noun in the sentence ends
        for f in seg.figures:
            frame = frames[f.id]
            if f.kind != Kind.COUNT or f.id in bases or frame.modality != "stated" or f.value <= 0 or f.qualifier:
                continue
            added = _ADDED_GROUP.search(document_text, max(seg.start, f.span.start - 20), f.span.start)
            if not (frame.is_level or added and frame.role == Role.CHANGE):
                continue
            noun = _counted_noun(document_text, seg, f)
            if noun and prior_before(document_text, seg.start, f.span.start):
                continue  # ("Last year's monsoon affected 2,900 people": a count the words date before the time in
                # view is another event's, neither a whole nor a part of this one's)
            cue = _governing_cue(document_text, seg, f, last_of_noun.get(noun, seg.start)) if noun else None
            if noun:
                last_of_noun[noun] = f.span.end
            if cue is None:
                continue
            if cue.group("affected"):
                if not added and not _ONE_PLACES.search(document_text[seg.start:f.span.start]):
                    wholes[noun] = (i, f)
                continue
            whole = wholes.get(noun)
            if whole is None or i - whole[0] > _REACH or f.period != whole[1].period \
                    and (whole[1].period or f.period_source in _OWN_SOURCES) \
                    or whole[0] == i and ";" in document_text[whole[1].span.end:f.span.start]:
                continue  # (a count of another time, or of one its own words name, is of another event; so may be
                # one a semicolon sets apart from the affected count: "affected 3,400 households; 5,100 were relocated
                # after the 2019 fire")
            state = _STATE_OF_CUE[" ".join(cue.group("state").lower().split())]
            links.append(MemberLink(f, whole[1], sure=i - whole[0] <= _SURE_REACH,
                                    member=frozenset({state}) if state else frozenset()))
    return links
