"""A figure whose subject names its measure only by pointing back: "Rice exports reached $84.6m in 2022. In 2021
the figure had been $71.3m." "Inflation rose to 6.4% in June. A year earlier it stood at 5.1%."

The grammar: a clause whose subject is a pointing noun phrase ("the figure", "the total", "the comparable rate",
"the previous year's figure") or a pronoun ("it", "this"), joined to the figure by a verb of being or standing,
opening on nothing or on a time only, takes the measure and subject of the figure it points back at: the figures
before it in its own sentence and in the sentence before (of one passage) whose unit it shares. When those name
more than one measure, or the sentence before brings another subject in after them ("..., while imports fell"),
the pointing is not sure and the figure keeps no measure. The period is the figure's own, never the antecedent's.
"""
from __future__ import annotations

from typing import Mapping

from auditor import lazy_re
from auditor.grammar import lexicon
from auditor.grammar.frames import Frame, same_unit, written_in_digits
from auditor.grammar.links import RatioLink, continues
from auditor.grammar.segments import Segment
from auditor.extract.numbers import MULTIPLE_VERBS
from auditor.extract.periods import shifted
from auditor.model import Figure, Kind


_YEAR = r"(?:fy\s*)?(?:19|20)\d\d(?:-\d\d)?"
_MONTH = lexicon.alternation(lexicon.MONTH_NAMES)
_A_TIME = rf"(?:(?:{_MONTH})\s+)?{_YEAR}|(?:{_MONTH})|(?:the\s+)?(?:first|second|third|fourth)\s+quarter(?:\s+of\s+{_YEAR})?"
_TIME_OPENING = (rf"(?:(?:in|by|for|during|at\s+the\s+end\s+of|at\s+the\s+start\s+of)\s+(?:{_A_TIME})"
                 rf"|{lexicon.alternation(lexicon.POINTING_TIME_OPENINGS)})")
_SUBJECT = (rf"(?:(?:{lexicon.alternation(lexicon.POINTING_DETERMINERS)})\s+"
            rf"(?:(?:{lexicon.alternation(lexicon.POINTING_MODIFIERS)})\s+)?"
            rf"(?:{lexicon.alternation(lexicon.POINTING_NOUNS)})(?:\s+(?:for|in)\s+(?:{_A_TIME}))?|"
            rf"(?:{lexicon.alternation(lexicon.POINTING_POSSESSIVES)})\s+(?:{lexicon.alternation(lexicon.POINTING_NOUNS)})|"
            rf"(?:{lexicon.alternation(lexicon.POINTING_PRONOUNS)}))")
# the whole clause before the figure: an optional time, the pointing subject, an optional time, its verb
_POINTING_CLAUSE = lazy_re.compile(
    rf"^\W*(?:(?:{lexicon.alternation(lexicon.POINTING_CLAUSE_OPENINGS)})\s+|{_TIME_OPENING}\s*,?\s+)?{_SUBJECT}\s*,?\s+"
    rf"(?:{_TIME_OPENING}\s*,?\s+)?(?:(?:{lexicon.alternation(lexicon.POINTING_AUXILIARIES)})\s+)?"
    rf"(?:(?:{lexicon.alternation(lexicon.POINTING_TIME_ADVERBS)})\s+)?(?:{lexicon.alternation(lexicon.POINTING_LEVEL_VERBS)})\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|just\s+)?$")
# after the figure, a comparison or a whole: the figure is a gap or a share, not a level of the measure pointed at
_NOT_A_LEVEL_AFTER = lazy_re.compile(r"^\s*(?:higher|lower|more|less|fewer|above|below|up|down|of|ahead|behind|"
                                     r"short|over|under|per|a\s+year|each|every)\b")
_ANOTHER_SUBJECT_JOINS = lazy_re.compile(rf"(?:,\s*and\b|\b(?:{lexicon.alternation(lexicon.POINTING_OTHER_SUBJECT_JOINS)})\b)")
_AN_APPOSITION = lazy_re.compile(rf"^\W*(?:{lexicon.alternation(lexicon.POINTING_PRONOUN_APPOSITIONS)})\W*$")
_BARE_POINTING_NOUNS = frozenset(lexicon.POINTING_NOUNS)


def _clause_before(seg: Segment, k: int) -> str:
    """The words of figure k's clause before it: from the sentence's start, or from the last clause opening
    after the figure before it."""
    start = seg.slots[k - 1][1] if k else 0
    text = seg.skeleton[start:seg.slots[k][0]]
    last = max(text.rfind(";"), text.rfind(", and "), text.rfind(" and "), text.rfind(", while "),
               text.rfind(", whereas "), text.rfind(", when "))
    if last < 0:
        # (the figure before is of this clause: "rose to $4bn in 2022 from the figure of ...")
        return "" if k else text
    text = text[last:].lstrip(";,").lstrip()
    for join in ("and ", "while ", "whereas "):
        if text.startswith(join):
            text = text[len(join):]
    return text


def _clause_opens_inside(seg: Segment, k: int) -> bool:
    """Whether figure k's clause opens after words of its own sentence (a clause before it, no figure between)."""
    before = seg.skeleton[seg.slots[k - 1][1] if k else 0:seg.slots[k][0]]
    return len(_clause_before(seg, k).strip()) < len(before.strip())


def _named(figure: Figure) -> bool:
    return bool(figure.measure) and figure.measure.lower() not in _BARE_POINTING_NOUNS


def measures_pointed_back(segments: tuple[Segment, ...]) -> dict[str, tuple[str, str, Figure]]:
    """Figure id -> (measure, subject, the figure pointed at) for each figure whose subject points back at one measure named before it."""
    out: dict[str, tuple[str, str, Figure]] = {}
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, figure in enumerate(seg.figures):
            clause = _clause_before(seg, k)
            if _named(figure) or not _POINTING_CLAUSE.match(clause) or _AN_APPOSITION.match(clause) \
                    or _NOT_A_LEVEL_AFTER.match(seg.after(k, 30)):
                continue
            candidates = [f for f in seg.figures[:k] if same_unit(f, figure)]
            if not candidates and _clause_opens_inside(seg, k):
                continue  # "GDP growth in 2019 did not change and it was 4.1%": the pronoun's antecedent is the
                # sentence's own subject, named with no figure
            before = segments[i - 1] if i and continues(segments, i - 1, i) and not segments[i - 1].is_table_row else None
            if before is not None:
                earlier = [(m, f) for m, f in enumerate(before.figures) if same_unit(f, figure)]
                if earlier and _ANOTHER_SUBJECT_JOINS.search(before.skeleton[before.slots[earlier[-1][0]][1]:]):
                    continue  # "Exports rose to $4bn, while imports fell. The figure was $2bn": imports', unsaid
                candidates = [f for _, f in earlier] + candidates
            named = [f for f in candidates if _named(f)]
            measures = {lexicon.folded_words(f.measure) for f in named}
            if len(measures) != 1 or len(named) != len(candidates):
                continue  # no antecedent, or one of two measures: the pointing is not sure
            antecedent = named[-1]
            out[figure.id] = (antecedent.measure, antecedent.subject, antecedent)
    return out


# a level, then its multiple of an earlier time named by no figure: "$94.2m last year, more than three times the year
# before", "$84.6m in 2022, nearly three times the figure of 2021" (the level's own words and time before the comma)
_LEVEL_THEN_A_MULTIPLE = lazy_re.compile(r"^[^#;:]{0,40},\s*(?:(?:more|less)\s+than|nearly|almost|about|around|roughly|"
                                         r"over|under|some|just\s+(?:over|under))?\s*$")
_AN_EARLIER_TIME = (r"(?:the\s+)?(?:year|month|quarter)\s+(?:before|earlier)|(?:the\s+)?(?:previous|prior|preceding)\s+"
                    r"(?:year|month|quarter)|(?:a|one)\s+(?:year|month|quarter)\s+(?:before|earlier|ago)|"
                    r"(?:in\s+)?(?P<year>(?:19|20)\d\d)")
_MULTIPLE_OF_AN_EARLIER_TIME = lazy_re.compile(
    rf"^\s*(?:(?:that|the\s+(?:level|figure|total|amount|number))\s+(?:of|in|for)\s+|as\s+(?:much|many|high|large)\s+"
    rf"as\s+(?:in\s+)?)?(?:{_AN_EARLIER_TIME})\s*(?:[.;,]|$)")
# a verb of multiplication to its new level, the old one unsaid: "tripled to $84.6m in 2022."
_MULTIPLIED_TO_A_LEVEL = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,3}?to\s+(?:a\s+(?:record\s+)?)?$")
# ... and nothing after the new level that names the old one: "from", "compared with", "than", "since"
_ITS_OLD_NAMED = lazy_re.compile(r"\b(?:from|compared|than|since|against|on|over)\b")


def multiples_with_their_base_after(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                    linked: frozenset[str], pointed_back: Mapping[str, str]) -> list[RatioLink]:
    """A multiple of a level whose base the sentence names only by an earlier time ("Shipments reached $84.6m in
    2022, nearly three times the year before"; "Shipments tripled to $84.6m in 2022"), then the next sentence of the
    passage, which states the one level of that unit and measure, of that earlier time: "In 2021 the figure had been
    $29.2m." The base is paired only when its measure is the level's: named alike, or pointed back at it (then the
    level's own time may be unsaid: "$94.2m last year" in a text of no date)."""
    out = []
    for i in range(len(segments) - 1):
        seg, after = segments[i], segments[i + 1]
        if seg.is_table_row or after.is_table_row or not continues(segments, i, i + 1):
            continue
        for k, multiple in enumerate(seg.figures):
            if multiple.id in linked or multiple.kind is not Kind.MULTIPLE or multiple.value <= 1:
                continue
            earlier_year = ""
            if k and _LEVEL_THEN_A_MULTIPLE.match(seg.between(k - 1, k)):
                time = _MULTIPLE_OF_AN_EARLIER_TIME.match(seg.after(k, 60))
                if time is None:
                    continue
                level, earlier_year = seg.figures[k - 1], time.group("year") or ""
            elif multiple.text.lower() in MULTIPLE_VERBS and k + 1 < len(seg.figures) \
                    and _MULTIPLIED_TO_A_LEVEL.match(seg.between(k, k + 1)) \
                    and not _ITS_OLD_NAMED.search(seg.after(k + 1, 200)):
                level = seg.figures[k + 1]
            else:
                continue
            if not frames[level.id].is_level or not written_in_digits(level):
                continue
            olds = [f for f in after.figures if frames[f.id].is_level and same_unit(f, level) and written_in_digits(f)]
            if len(olds) != 1:
                continue
            if level.period:
                the_time_before = earlier_year or shifted(level.period, -1)
                if the_time_before == level.period or olds[0].period != the_time_before:
                    continue  # another time's level (and a period with no year cannot be counted back)
            elif pointed_back.get(olds[0].id) != level.id or olds[0].period_source not in ("stated", "attached") \
                    or earlier_year and olds[0].period != earlier_year:
                continue
            old = frames[olds[0].id].figure
            if lexicon.folded_words(old.measure) != lexicon.folded_words(frames[level.id].figure.measure) \
                    or not old.measure or (old.subject or level.subject) and old.subject != level.subject:
                continue  # another measure's level, or one whose pointing was not sure
            out.append(RatioLink(multiple, level, olds[0], "a multiple of a level on an earlier time, whose level "
                                  "the next sentence gives under the same measure or a subject pointing back at it",
                                  whole_multiple=multiple.text.lower() in MULTIPLE_VERBS and not multiple.qualifier))
    return out
