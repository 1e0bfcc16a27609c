"""What a figure measures, read from the noun phrase that holds it, and the period its own
clause names: the keys on which two statements of one measure are paired.

A figure's measure is named in one of a few shapes:

- "<noun phrase> of N": the head before "of" ("Its population of 845,000", "revenue of €614m");
- "N <noun phrase>", also "the N of <period> <noun phrase>" ("51,300 patients", "the $14.9
  billion of 2023 exports");
- "<noun phrase> <verb of level> N": the subject before a copula, a verb of a level reached or a
  reported value ("the March jobless rate is given as 5.7%", "exports were worth $14.2 billion",
  "unemployment fell to 5.2%").

The head is folded, an empty head ("rate", "figure", "total") gives way to the word before it
("the jobless rate" is "jobless"), and other names of one measure (lexicon.MEASURE_SYNONYMS) are
keyed by one of them. A phrase opened by a definite word or a possessive ("its population of",
"last year's 53,100 patients", "the $14.9 billion of") refers to something said before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from auditor import lazy_re
from auditor.document import per_document_cache
from auditor.extract import context
from auditor.extract.periods import find_periods
from auditor.grammar import cues, lexicon
from auditor.grammar.segments import Segment


@dataclass(frozen=True)
class MeasureName:
    """The name of a figure's measure, read as a head noun and its other words."""

    head: str  # the folded head, keyed by its family of names ("jobless" and "unemployment" alike)
    said: str  # the folded head as written
    words: frozenset[str]  # the phrase's other content words (modifiers, a possessor): "timber" of "timber exports"
    referring: bool  # opened by a definite word or a possessive: it may refer back
    shape: str  # which shape named it

    @property
    def synonym_of(self) -> bool:
        """Whether the head is keyed by another name of its measure."""
        return self.head != self.said


NO_NAME = MeasureName("", "", frozenset(), False, "")
CHANGE_NOUN_THEN_MEASURE = "a change, then its noun and the measure"  # "a 12% rise in the area planted"
CHANGE_OF_FIGURE_IN_MEASURE = "a noun of change 'of' the figure, then 'in' the measure"  # "the rise of 610 in staff"
# the shapes that name a change's measure in the words after the change itself
MEASURE_AFTER_A_CHANGE = (CHANGE_NOUN_THEN_MEASURE, CHANGE_OF_FIGURE_IN_MEASURE)
NOUN_AFTER = "the figure, then its noun"  # the shape whose predicate may narrow it ("3,000 cars were electric")
GIVEN_AS_OBJECT = "a verb giving its object 'as' the figure"  # "the report puts the year's cargo total at"

_TOKEN = lazy_re.compile(r"#\d+#|[a-z][a-z'’-]*|\d+|[^\sa-z\d]")
_DEFINITE = frozenset({"the", "its", "their", "this", "these", "those", "his", "her", "our"})
_PERIOD = frozenset(lexicon.PERIOD_WORDS) | frozenset(lexicon.MONTH_NAMES + lexicon.MONTH_SHORT_FORMS) | frozenset(
    """fiscal financial fy h1 h2 q1 q2 q3 q4 first second third fourth half end current previous past prior same""".split())
# (the hedges, and the words of "a total of", stepped over before a figure)
_HEDGES = frozenset(lexicon.HEDGES_BEFORE_A_MEASURE_NAME) | frozenset({"a", "an", "total", "of"})
_STOP = frozenset(context.STOP_WORDS)
_PREPOSITIONS = frozenset(lexicon.PREPOSITIONS)
_EMPTY = frozenset(lexicon.EMPTY_HEADS)
_SCOPE_FREE = frozenset(lexicon.SCOPE_FREE_WORDS)
# heads that say nothing of what is counted ("845,000 people", "a change of")
_NOT_A_HEAD = frozenset({"people", "person", "individual", "unit", "case", "item", "time", "one", "other", "part",
                         "average", "share", "half", "majority", "bulk", "rest", "remainder", "percent", "cent",
                         "point", "year", "month", "week", "day", "quarter"}) \
    | frozenset(lexicon.fold(w) for w in lexicon.CHANGE_NOUNS) | frozenset({"change", "loss", "difference", "gap"})
_LEVEL_VERB = lazy_re.compile(
    rf"\b(?:(?:{lexicon.alternation(('is', 'was', 'are', 'were', 'has been', 'had been'))})\s+"
    rf"(?:{lexicon.alternation(lexicon.REPORTED_AS)})|{lexicon.alternation(lexicon.LEVEL_VERBS)})\s+"
    rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
_OF_BEFORE = lazy_re.compile(rf"\s+of\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# after the figure, "of" and a period before the noun: "the $14.9 billion of 2023 exports"
_OF_PERIOD_AFTER = lazy_re.compile(r"^\s+of\s+(?:(?:19|20)\d\d|(?:last|this|the)\s+(?:year|month|quarter)'s?)\s+")
_CLAUSE_OPEN = lazy_re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b|\.\s|#\d+#")
_GIVEN_AS = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.GIVEN_AS_VERBS)})\s+(?P<object>[^#,;]{{1,60}}?)\s+"
                           rf"(?:as|at)\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
_AT_AFTER_PHRASE = lazy_re.compile(rf"\s*,\s*at\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# a figure in apposition to the phrase before it: "the museum's visitors, 421,300 in all, came", "its staff, some
# 2,300, were"
_APPOSITION_BEFORE = lazy_re.compile(rf"[a-z]\s*,\s*(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
_APPOSITION_AFTER = lazy_re.compile(rf"^\s*(?:(?:{lexicon.alternation(lexicon.TOTAL_AFTER_WHOLE)})\s*)?"
                                    r"(?:(?:in|for|during|over)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:-\d\d)?|(?:last|this|past|whole|"
                                    r"full)\s+(?:year|quarter|month|season)|year|quarter|month|period)\s*)?(?:,|—|–|\s-\s)")
_WITH_AT = lazy_re.compile(rf"\bwith\s+(?P<phrase>[a-z'’ -]{{1,50}}?)\s+at\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
_AT_OPENS = lazy_re.compile(rf"^\W*at\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
_COMMA_AFTER = lazy_re.compile(r"^\s*,\s*(?P<rest>[^#,;]*)")
# a period phrase that ends a subject: "turnover for the year", "sales in 2023", "output in the first quarter"
_TRAILING_PERIOD = lazy_re.compile(
    r"(?:\s+(?:for|in|during|over|of|at|by|as\s+of)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|previous|"
    r"current|same|whole|full|fiscal|financial|calendar|latest)\s+){0,2}(?:year|quarter|month|week|half|period|season|"
    rf"(?:19|20)\d\d(?:-\d\d)?|q[1-4]|h[12]|{'|'.join(lexicon.MONTH_NAMES)})(?:\s+(?:19|20)\d\d(?:-\d\d)?)?)\s*$")
_RELATIVE = lazy_re.compile(rf"\b(?P<p>{lexicon.alternation(tuple(lexicon.RELATIVE_PERIODS))})(?:'s|’s)?\b")


# participles that are nouns of a measure themselves ("the amount needed", no: "speed", "feed", "seed", "bed")
_NOUN_LIKE_PARTICIPLES = frozenset({"speed", "feed", "seed", "bed", "need", "shed", "steed", "weed", "reed", "breed",
                                    "hundred", "bred"})


def _phrase_back(tokens: list[str]) -> tuple[list[str], bool]:
    """The noun phrase that ends the tokens, read backwards to its determiner, without period
    words; and whether a definite word or a possessive opens it."""
    words: list[str] = []
    referring = False
    for tok in reversed(tokens):
        if tok in _DEFINITE:
            referring = True
            break
        if tok.endswith(("'s", "’s")):
            base = tok[:-2]
            if base in _PERIOD or base.isdigit():
                referring = True
                continue  # "last year's": when, not whose
            words.append(base)  # "Bengal's output": the possessor is the phrase's subject, not a reference back
            continue
        if tok in _PERIOD or tok.isdigit():
            continue  # "the March jobless rate", "the 2023 exports"
        if not tok[0].isalpha() or tok in _STOP and lexicon.fold(tok) not in _EMPTY or len(words) >= 5:
            break  # ("total", "number": words of a verb or of no measure elsewhere, an empty head here)
        words.append(tok)
    return list(reversed(words)), referring


def _name(words: list[str], referring: bool, shape: str) -> MeasureName:
    folded = [lexicon.fold(w) for w in words if (w not in _STOP or lexicon.fold(w) in _EMPTY) and w not in _PERIOD]
    if not folded:
        return NO_NAME
    if len(folded) > 1 and folded[-1].endswith("ed") and folded[-1] not in _NOUN_LIKE_PARTICIPLES:
        folded = folded[:-1]  # a participle after its noun names no measure: "vaccine doses delivered", "tonnes handled"
    head = folded[-1]
    rest = folded[:-1]
    if head in _EMPTY:
        if not rest:
            return NO_NAME
        head, rest = rest[-1], rest[:-1]  # "the jobless rate": jobless
    if head in _NOT_A_HEAD or len(head) < 3:
        return NO_NAME
    return MeasureName(lexicon.SYNONYM_KEY.get(head, head), head, frozenset(rest) - _NOT_A_HEAD - _SCOPE_FREE, referring,
                       shape)


# "landings of mackerel", "royalties from mining": a noun and a bare phrase after it that names what the compound
# "mackerel landings", "mining royalties" does
_NAMING_PREPOSITIONS = frozenset({"of", "from"})


def _named_back(text: str, grammar: str) -> MeasureName:
    """The measure named by the noun phrase that ends `text`, read backwards. A noun with a bare
    phrase after "of" (or "from") is headed by that noun: "landings of mackerel" names what "mackerel
    landings" does, "royalties from mining" what "mining royalties" does, "the wholesale value of fish
    landings" a value (an empty head, "the number of graduates", gives way to what it counts, as before)."""
    tokens = _TOKEN.findall(text)
    words, referring = _phrase_back(tokens)
    of = len(tokens) - len(words) - 1
    if words and 0 < of < len(tokens) and tokens[of] in _NAMING_PREPOSITIONS and len(words) <= 4 \
            and tokens[of - 1][0].isalpha() and tokens[of - 1] not in _STOP and tokens[of - 1] not in _PERIOD \
            and lexicon.fold(tokens[of - 1]) not in _EMPTY and lexicon.fold(tokens[of - 1]) not in _NOT_A_HEAD:
        before, referring = _phrase_back(tokens[:of])
        if before:
            return _name(words + before, referring, grammar)
    return _name(words, referring, grammar)


def name_of(seg: Segment, slot: int) -> MeasureName:
    """The measure of the figure at `slot`, named by the noun phrase that holds it."""
    return _name_in(seg.before(slot, 120), seg.after(slot, 100), seg.figures[slot].unit)


# The same figure's name is asked for by several readings and checks (same-measure twice,
# the named levels): it is read once per document from the words around the figure's slot.
@per_document_cache(maxsize=1 << 16)
def _name_in(skeleton_before: str, skeleton_after: str, unit: str) -> MeasureName:
    """`name_of` a figure of `unit`, from the skeleton's 120 characters before its slot and 100 after."""
    clause = _CLAUSE_OPEN.split(skeleton_before)[-1]
    of = _OF_BEFORE.search(clause)
    if of:
        name = _named_back(clause[:of.start()], "a phrase, then 'of' the figure")
        if name.head:
            return name
    after_name = NO_NAME
    if unit not in ("percent", "percentage_point", "basis_point"):
        after = skeleton_after
        period_of = _OF_PERIOD_AFTER.match(after)
        if period_of:
            after = " " + after[period_of.end():]
        words = context.measure_after(after).lower().split()
        if words and words[0] in _PREPOSITIONS:
            words = []  # "0.452 across its 40 schools": no noun follows the figure
        before = _TOKEN.findall(clause[-30:])
        while before and before[-1] in _HEDGES:
            before.pop()
        referring = bool(before) and (before[-1] in _DEFINITE or before[-1].endswith(("'s", "’s"))
                                      and (before[-1][:-2] in _PERIOD or before[-1][:-2].isdigit()))
        after_name = _name(words, referring, NOUN_AFTER)
    if after_name.head:
        return after_name
    given = _GIVEN_AS.search(clause)
    if given:
        # "the bulletin gives the May inflation rate as 3.6%": the verb's object names the figure
        name = _named_back(_TRAILING_PERIOD.sub("", given.group("object")), GIVEN_AS_OBJECT)
        if name.head:
            return name
    with_at = _WITH_AT.search(clause)
    if with_at:
        # "With turnout at 63% in the referendum": the absolute phrase names the figure
        name = _named_back(with_at.group("phrase"), "'with' a phrase 'at' the figure")
        if name.head:
            return name
    apposition = _APPOSITION_BEFORE.search(clause)
    if apposition and _APPOSITION_AFTER.match(skeleton_after[:40]):
        # "The museum's 2023 visitors, 421,300 in all, came from": the figure set off by commas after a phrase
        name = _named_back(clause[:apposition.start()], "a phrase, then the figure set off by commas")
        if name.head:
            return name
    at = _AT_AFTER_PHRASE.search(clause)
    if at:
        # "The jobless rate, at 7.4 per cent, is": the phrase before the aside
        name = _named_back(clause[:at.start()], "a phrase, then 'at' the figure in an aside")
        if name.head:
            return name
    if _AT_OPENS.match(clause):
        # "At 2.14 million, last year's arrivals were": the figure fronted, its phrase after the comma
        rest = _COMMA_AFTER.match(skeleton_after)
        if rest:
            tokens = _TOKEN.findall(rest.group("rest"))
            referring = False
            while tokens and (tokens[0] in _DEFINITE or tokens[0] in _PERIOD or tokens[0].isdigit()
                              or tokens[0].endswith(("'s", "’s")) and tokens[0][:-2] in _PERIOD):
                referring = referring or tokens[0] in _DEFINITE or tokens[0].endswith(("'s", "’s"))
                tokens.pop(0)
            name = _name(context.measure_after(" " + " ".join(tokens)).lower().split(), referring,
                         "the figure fronted with 'at', then its phrase")
            if name.head:
                return name
    verb = _LEVEL_VERB.search(clause)
    if verb:
        # "Turnover for the year amounted to": the period is no part of the phrase
        subject = _TRAILING_PERIOD.sub("", clause[:verb.start()])
        # "Mining royalties collected by the treasury came to": a participle's phrase after the measure says who
        # did what with it; the measure stands before it
        subject = _PARTICIPLE_PHRASE.split(subject, 1)[0]
        # "the occupancy rate of the hotels stood at", "clinic visits in the district reached": the measure
        # before the preposition, and whose it is after it, a word of the name ("the occupancy rate",
        # said after, names less)
        tail = subject[subject.rfind(",") + 1:]
        whose = _OF_WHOSE.search(tail)
        name = _named_back(tail[:whose.start()] if whose else subject, "a subject, then a verb of level")
        if name.head and whose:
            name = replace(name, words=name.words | (_content_words(tail[whose.end():]) - _NOT_A_HEAD - _PERIOD))
        if name.head:
            return name
    return NO_NAME


def stated_period(seg: Segment, slot: int) -> tuple[str, str]:
    """The period the figure's own clause names: ("named", "") when it names one by date (the
    figure's period then holds it), ("relative", "last year") when by its place relative to
    the report, ("", "") when it names none (the period is carried from before)."""
    start, end = _clause_span(seg, slot)
    return _period_named_in(seg.skeleton[start:end])


def _period_named_in(text: str) -> tuple[str, str]:
    if _dated(text):
        return "named", ""
    relative = _RELATIVE.search(text)
    if relative:
        said, period = relative.group("p"), lexicon.RELATIVE_PERIODS[relative.group("p")]
        if relative.end() > relative.end("p") and said.startswith("the ") and period.startswith("this "):
            # "the year's cargo total": the possessive of the period in view names the period the text tells
            # of (carried from before), not one counted from the time of writing as "this year" is
            return "", ""
        return "relative", period
    return "", ""


# "at the end of June", "by the close of the second quarter": a level told at a point in time, the period's last day
_AT_THE_END = lazy_re.compile(r"\b(?:end|close)\s+of\b")


def told_at_the_end(seg: Segment, slot: int) -> bool:
    """Whether the figure's clause tells it at the end of its period ("Reserves stood at $41.6 billion at the end of
    June"): a stock at a point in time, the same at the end of a month and of the quarter that month closes."""
    start, end = _clause_span(seg, slot)
    return bool(_AT_THE_END.search(seg.skeleton, start, end))


def own_stated_period(seg: Segment, slot: int) -> tuple[str, str]:
    """`stated_period` with the dates after "than" or "compared with" left out: those are the periods of the
    level compared with, not the figure's ("54,488 births were registered - 612 fewer than in 2015")."""
    start, end = _clause_span(seg, slot)
    return _period_named_in(_THE_COMPARED_PERIOD.sub(" ", seg.skeleton[start:end]))


_THE_COMPARED_PERIOD = lazy_re.compile(r"\b(?:than|compared\s+(?:with|to)|as\s+against)\s+(?:in\s+|during\s+|for\s+)?"
                                      r"(?:the\s+same\s+[a-z]+\s+(?:of|in)\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d(?:[-/]\d\d)?\b"
                                      # a later figure set against this one, and its own date: "puts the year's
                                      # total at #0#, against #1# in 2022" (2022 is #1#'s period)
                                      r"|\b(?:against|versus|compared\s+(?:with|to))\s+(?:the\s+)?#\d+#\s+"
                                      r"(?:[a-z]+\s+){0,3}?(?:in|for|during)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d"
                                      r"(?:[-/]\d\d)?\b",
                                      re.I)

_CLAUSE_END = lazy_re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b|\.\s")


def _clause_span(seg: Segment, slot: int) -> tuple[int, int]:
    at, end = seg.slots[slot]
    head = seg.skeleton[:at]
    opens = [m.end() for m in _CLAUSE_END.finditer(head)]
    start = opens[-1] if opens else 0
    closes = _CLAUSE_END.search(seg.skeleton, end)
    return start, closes.start() if closes else len(seg.skeleton)


@lru_cache(maxsize=4096)
def _dated(text: str) -> bool:
    return any(not p.since for p in find_periods(text))


def subject_words(seg: Segment, slot: int, name: MeasureName) -> frozenset[str]:
    """The content words of the figure's clause before it that are not its measure, period,
    verb or source: whose figure it is ("The port handled", "Its rival handled"). The level a change
    arrives at is whose the change is: "Coffee production rose 20.3 per cent to 1.84 million bags" and "Tea
    production rose 4.1 per cent to 0.52 million bags" are two subjects' levels."""
    if slot and seg.figures[slot - 1].direction and _ARRIVES_AT.match(seg.between(slot - 1, slot)):
        slot -= 1
    before = seg.before(slot, 120)
    clause = _REPORTED_CLAUSE.split(_CLAUSE_OPEN.split(before)[-1])[-1]
    given = _GIVEN_AS.search(clause) if name.shape == GIVEN_AS_OBJECT else None
    if given and not _OWN_POSSESSIVE.match(given.group("object")):
        # "The authority's annual report puts the year's passenger total at": the verb's subject is who tells the
        # figure (`teller_words`); whose the figure is, its object says ("puts the port's cargo at")
        return _whose_words(given.group("object"), name)
    if before[:len(before) - len(clause)].endswith("#"):
        # after another figure, its own noun phrase up to the list's comma or "and" is no subject of this
        # one's: "54,488 births, 56,728 deaths"
        clause = _NOUN_OF_THE_FIGURE_BEFORE.sub("", clause, count=1)
        if slot and not clause.strip():
            # nothing between: a second object of the verb before, whose subject it shares ("US retailers announced
            # 3,892 store closures and 4,962 store openings")
            return subject_words(seg, slot - 1, name)
    return _whose_words(clause, name)


# an object opened by a possessive pronoun ("The rival port's report puts its cargo at"): the teller's own measure
_OWN_POSSESSIVE = lazy_re.compile(r"(?:its|their|his|her|our)\b")


def teller_words(seg: Segment, slot: int, name: MeasureName) -> frozenset[str]:
    """The content words of the subject of a verb that gives the figure's measure as its object ("The authority's
    annual report puts the year's passenger total at"): who tells the figure. Mostly a source, but it may be
    whose the figure is too ("The rival port's report puts its cargo at"), so a reading that sets them aside
    can only ask."""
    if name.shape != GIVEN_AS_OBJECT:
        return frozenset()
    clause = _REPORTED_CLAUSE.split(_CLAUSE_OPEN.split(seg.before(slot, 120))[-1])[-1]
    given = _GIVEN_AS.search(clause)
    if not given or _OWN_POSSESSIVE.match(given.group("object")):
        return frozenset()  # (whose the figure is, then: `subject_words` holds the teller's words)
    return _whose_words(clause[:given.start()], name)


def _whose_words(clause: str, name: MeasureName) -> frozenset[str]:
    """The words of `clause` that are not the measure's name, a period, a verb, a source or a hedge."""
    out = set()
    for tok in _TOKEN.findall(clause):
        if not tok[0].isalpha() or tok in _STOP or tok in _PERIOD or tok.endswith(("'s", "’s")) and tok[:-2] in _PERIOD \
                or "-" in tok and _dated(tok):
            continue  # (a span of months written as one word, "July-September", is a period too)
        w = lexicon.fold(tok)
        if w in _SOURCE or w in _TOTALLING or tok.endswith("ed") or tok.endswith("ly") or w in _VERBS or w in name.words \
                or w in (name.head, name.said) or w in _EMPTY or w in _HEDGES:
            continue
        out.add(w)
    return frozenset(out)


# between a change and the level it arrives at, in one clause: "rose 20.3 per cent to 1.84 million", "fell 6%
# to 355.2 million", "up 4.1% at 0.52 million"
_ARRIVES_AT = lazy_re.compile(r"^\s*(?:per\s*cent|percent|%|points?|percentage\s+points?)?\s*,?\s*(?:to|at)\s+"
                              r"(?:(?:about|around|some|nearly|almost|over|just\s+over|roughly|a\s+record)\s+)?$", re.I)
# "In all", "Overall", "Altogether": a word that sums what is told, no subject of its own
_TOTALLING = frozenset(lexicon.fold(w) for phrase in lexicon.TOTAL_AFTER_WHOLE for w in phrase.split())
_NOUN_OF_THE_FIGURE_BEFORE = lazy_re.compile(r"^[^,;]*?(?:,|\band\b|\bor\b)")
# "X told analysts that revenue of ...", "the report said exports were": the reported clause is the figure's
_REPORTED_CLAUSE = lazy_re.compile(r"\bthat\b|\b(?:said|says|say|told|tells|noted|notes|added|adds|stated|states|"
                                   r"showed|shows|reported|reports|estimated|estimates)\b")
_SOURCE = frozenset(lexicon.fold(w) for w in lexicon.SOURCE_WORDS)
_VERBS = frozenset(lexicon.fold(w) for w in context.STOP_WORDS) | frozenset(
    lexicon.fold(w) for phrase in lexicon.LEVEL_VERBS + lexicon.REPORTED_AS + lexicon.GIVEN_AS_VERBS
    for w in phrase.split()) \
    | frozenset({"worth", "has", "have", "had", "make", "treat", "handle", "sell", "sold", "take", "took", "out"})

# after the figure's noun phrase, a predicate or a relative clause that narrows it: "3,000 cars were
# electric", "the 1,200 patients who were admitted" (a value or a report of it does not: "were a
# record", "were recorded")
_NARROWED_AFTER = lazy_re.compile(
    r"^\s*(?:[a-z'’-]+\s+){0,4}?(?:who|which|that|whom|of\s+whom|of\s+which|(?:were|was|are|is)\s+(?![a-z]+ed\b)(?!(?:a|an|the|worth|"
    r"about|some|nearly|up|down|in|at|on|for|from|to|by|also|still|now|again|#\d+#|recorded|reported|registered|logged|"
    r"counted|given|put|estimated|stated|listed|shown|valued|one|among|higher|lower|more|less)\b)[a-z])")


# a passive verb after the figure's phrase: "12,460 homes were damaged", "1,200 patients were admitted"
# (another figure may stand among the words: a count in apposition, "#0# families or #1# persons were affected")
_PASSIVE_AFTER = lazy_re.compile(r"^\s*(?:(?:[a-z'’-]+|#\d+#)\s+){0,4}?(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
                                 r"(?P<verb>[a-z]+ed)\b")
_WORD_BEFORE = lazy_re.compile(r"(?P<verb>[a-z]+ed)\s+(?:(?:about|some|nearly|almost|around|roughly|a\s+total\s+of)\s+)?$")


def verb_of(seg: Segment, slot: int) -> str:
    """The stem of the verb that says what was done to what the figure counts ("treated 51,300
    patients", "12,460 homes were damaged"); "" for a verb of a level or of reporting ("reached",
    "were recorded"), which any measure takes."""
    m = _PASSIVE_AFTER.match(seg.after(slot, 80)) or _WORD_BEFORE.search(seg.before(slot, 40))
    if not m or lexicon.fold(m.group("verb")) in _VERBS or m.group("verb") in _REPORTING:
        return ""
    return lexicon.stem(m.group("verb"))


# a figure's own noun, then the comma or "and" to the next figure of a list: "#0# divorces and #1#"
_OWN_NOUN_THEN_GLUE = lazy_re.compile(r"^\s+[a-z'’-]+(?:\s+[a-z'’-]+)?\s*(?:,|and|,\s*and)\s*$")


def told_by(seg: Segment, slot: int) -> str:
    """The stem of the verb in the past participle that tells the figure, a verb of reporting included
    ("recorded 8,412 arrivals", "54,488 births were registered"); in a list of figures each with its own
    noun, the verb that tells the list, before it or after it ("logged 3,716 divorces and 9,208 weddings",
    "54,488 births, 56,728 deaths and 29,229 marriages were registered"); "" when none does."""
    first = last = slot
    while first > 0 and _OWN_NOUN_THEN_GLUE.match(seg.between(first - 1, first)):
        first -= 1
    # (a passive verb after the list tells every item of it: "54,488 births, 56,728 deaths and 29,229 marriages
    # were registered")
    while last + 1 < len(seg.figures) and _OWN_NOUN_THEN_GLUE.match(seg.between(last, last + 1)):
        last += 1
    m = _PASSIVE_AFTER.match(seg.after(last, 80)) or _WORD_BEFORE.search(seg.before(first, 40))
    return lexicon.stem(m.group("verb")) if m else ""


_REPORTING = frozenset({"recorded", "reported", "registered", "logged", "counted", "estimated", "stated", "listed",
                        "shown", "given", "valued", "measured", "calculated", "released", "published", "announced"})


# the counted as the subject of what they did, right after their noun: "158,930 candidates got a pass" (one
# adverb may stand before the verb: "candidates also scored")
_ATTAINED_AFTER = lazy_re.compile(rf"^\s*[a-z'’-]+\s+(?:[a-z]+ly\s+|also\s+|still\s+)?"
                                  rf"(?:{lexicon.alternation(lexicon.ATTAINMENT_VERBS_AFTER_A_COUNT)})\b")


def narrowed(seg: Segment, slot: int) -> bool:
    """Whether words after the figure narrow what it counts to a part of its measure."""
    after = seg.after(slot, 80)
    return bool(_NARROWED_AFTER.match(after) or _ATTAINED_AFTER.match(after))


# after a count's noun, a phrase that picks out some of its kind: "75 candidates with hearing loss passed",
# "212 patients aged over 80", "1,146 candidates who scored grade A"; or, a few words on, what they achieved
_SUBGROUP_AFTER = lazy_re.compile(
    rf"^\s*(?:[a-z'’-]+\s+){{0,3}}?[a-z'’-]+\s+(?:(?:with|without|who|whom|whose|aged)\b|"
    rf"(?:[a-z'’-]+\s+){{0,3}}?(?:{lexicon.alternation(lexicon.ATTAINMENT_VERBS_AFTER_A_COUNT)})\b)")


def a_subgroup(seg: Segment, slot: int) -> bool:
    """Whether the words after the figure's noun pick out some of its kind, those with a trait or those who did
    something: a definite phrase that names only the noun ("the 212,640 candidates") is no restatement of it."""
    return bool(_SUBGROUP_AFTER.match(seg.after(slot, 80)))


# figures joined by commas or "and": "179,330, 187,320 and 3,573 spaces exist in Universities, ..."
_LIST_GLUE = lazy_re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$")


_PART_VERB_BEFORE = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.SHARE_BEFORE_WHOLE + lexicon.CONTRIBUTING_VERBS)})\s+"
    rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")


def a_part(seg: Segment, slot: int) -> bool:
    """Whether a verb of a part stands before the figure: "cancer accounted for 4,143 deaths"."""
    return bool(_PART_VERB_BEFORE.search(seg.before(slot, 60)))


_ADDED_BEFORE = lazy_re.compile(rf"\b(?:another|(?:a|an)\s+(?:{lexicon.alternation(lexicon.ADDED_WORDS)}))\s+"
                                rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")


# "Of these, 260 residents", "among them 14 children": a partitive with no figure between it and this one
_PARTITIVE_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PARTITIVES_OPEN)})\b[^#]*$")


def taken_from(seg: Segment, slot: int) -> bool:
    """Whether a partitive before the figure takes it out of a whole told before: "Of these, 260
    residents were injured in the old quarter"."""
    return bool(_PARTITIVE_BEFORE.search(seg.before(slot, 60)))


# "In all, 54,488 births", "Altogether some 4,100 homes": a word of totalling opens the figure's clause
# the figure's own words end at a comma, another figure or a clause of time or cause: "... were closed in 2019
# after the new rules came in"
_TOTALLED_CLAUSE_END = lazy_re.compile(r"[,;:.(]|#\d+#|\b(?:after|before|as|because|when|while|since|thanks|despite|"
                                       r"although|though|but|and|according)\b")
_NOISE_AFTER = frozenset({"were", "was", "are", "is", "been", "have", "has", "had", "in", "all", "total", "over", "the",
                          "during", "across", "throughout", "year", "month", "quarter", "week"})
_TOTALLED_BEFORE = lazy_re.compile(rf"(?:^|[.;:])\s*(?:{lexicon.alternation(lexicon.TOTAL_AFTER_WHOLE)})\s*,?\s*"
                                   rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")


def totalled(seg: Segment, slot: int) -> bool:
    """Whether a word of totalling opens the figure's sentence right before it, and nothing after the figure's
    noun and verb narrows it: "In all, 54,488 births were registered over the year" tells the whole of what
    it counts ("In all, 1,960 admissions were recorded in the children's wing" a part)."""
    if not _TOTALLED_BEFORE.search(seg.before(slot, 40).lower()):
        return False
    said = _TOTALLED_CLAUSE_END.split(seg.after(slot, 80), 1)[0]
    name = name_of(seg, slot)
    own = {name.head, name.said} | name.words
    return not [w for w in _TOKEN.findall(said) if w[0].isalpha() and w not in _STOP and w not in _PERIOD
                and w not in _PREPOSITIONS and not w.endswith("ed") and w not in _NOISE_AFTER and lexicon.fold(w) not in own]


def added(seg: Segment, slot: int) -> bool:
    """Whether the figure is a further part: "Another 227 families", "a further 1,106 persons"."""
    return bool(_ADDED_BEFORE.search(seg.before(slot, 40)))


def listed(seg: Segment, slot: int) -> bool:
    """Whether the figure is one of a list of figures, each of its own place, time or kind."""
    return slot > 0 and bool(_LIST_GLUE.match(seg.between(slot - 1, slot))) \
        or slot + 1 < len(seg.figures) and bool(_LIST_GLUE.match(seg.between(slot, slot + 1)))




_BETTER = frozenset(lexicon.BETTER_WORDS)
_WORSE = frozenset(lexicon.WORSE_WORDS)
_LESS_IS_BETTER = frozenset(lexicon.LOWER_IS_BETTER)


def judged_direction(words: str, measure_words: str = "") -> int:
    """The way a level moved when the words judge the move rather than give its sign: "the claims ratio
    improved to 63.9%" went down (less of a claim, a cost, a loss ... is better: LOWER_IS_BETTER), "liquidity
    improved from 37.0 percent" went up (any other measure is read as better when higher); a deterioration
    the other way. The last judging word counts; 0 when none does. The polarity is a reading of the measure's
    words, never stated: an order built on it is only suggested. `measure_words` (default `words`) name the
    measure, when they reach beyond the judging clause ("The claims ratio, however, improved")."""
    folded = lexicon.folded_words(words)
    judged = 0
    for w in folded:
        if w in _BETTER:
            judged = 1
        elif w in _WORSE:
            judged = -1
    if not judged:
        return 0
    return -judged if less_is_better(measure_words or words) else judged


def less_is_better(measure_words: str) -> bool:
    """Whether the words name a measure less of which is better (a cost, a loss, unemployment: LOWER_IS_BETTER); any
    other measure is read as better when higher. A reading of the words, never stated."""
    return bool(_LESS_IS_BETTER & set(lexicon.folded_words(measure_words)))


# --- the measure a change is of ------------------------------------------------------------------
# after a change's figure, its noun and the measure: "the 46% increase in ticket revenue", "a 12% fall
# on last year's passenger numbers"
_CHANGE_NOUN_AFTER = lazy_re.compile(rf"^\s*(?:(?:{lexicon.alternation(lexicon.CHANGE_MODIFIERS)})\s+)?"
                                     rf"(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s+(?:in|of|on)\s+")
# before a change's figure, the verb of change: "ticket revenue rose 48%", "exports have fallen by some 6%"
_CHANGE_VERB_BEFORE = lazy_re.compile(
    rf"\b(?:(?:has|have|had|was|were)\s+)?(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})"
    rf"\s+(?:by\s+)?(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?"
    rf"(?:(?:a|an)\s+(?:(?:{lexicon.alternation(lexicon.CHANGE_MODIFIERS)})\s+)?)?$")
# after a change's figure, its noun with no measure after it: "freight revenue's 13.1% rise in 2022", "the sector's
# 4% fall" (the measure is the possessor before the figure)
_CHANGE_NOUN_ALONE_AFTER = lazy_re.compile(rf"^\s*(?:(?:{lexicon.alternation(lexicon.CHANGE_MODIFIERS)})\s+)?"
                                           rf"(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\b")
_UNDERWENT_BEFORE = lazy_re.compile(rf"\s(?:{lexicon.alternation(lexicon.UNDERWENT_VERBS)})\s+(?:a|an)\s+"
                                    rf"(?:(?:{lexicon.alternation(lexicon.CHANGE_MODIFIERS)})\s+)?(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
_POSSESSIVE_END = lazy_re.compile(r"(?:'s|’s|s'|s’)\s*$")
# "the ticket revenue of the museum", "passenger numbers on the ferry": the measure, then whose it is
_PARTICIPLE_PHRASE = lazy_re.compile(r"\s+[a-z]{3,}ed\s+(?:by|to|from|for|under|through|via)\s+")
_OF_WHOSE = lazy_re.compile(r"\s+(?:of|at|for|on|in|from)\s+(?:the|its|their)\s+")


# after the last figure of a list, "respectively" gives each figure the subject in its place
_RESPECTIVELY_AFTER = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent|percentage\s+points?)?\s*,?\s*respectively\b")
_CHANGE_VERB = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\b")
_SUBJECTS_SPLIT = lazy_re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BOTH = lazy_re.compile(r"^\s*(?:both|each\s+of)\s+")


def _respective_subject(seg: Segment, slot: int) -> str | None:
    """The subject a figure of a list closed by "respectively" takes from the list of subjects before the
    verb of change: "both the volume and the value of fish landings fell ..., by 9.9 and 7.5% respectively"
    gives 7.5% "the value of fish landings" and 9.9 "the volume of fish landings" (a phrase after "of" on the
    last subject is all of theirs); None when the figure is in no such list or the subjects do not match it."""
    first = slot
    while first > 0 and _LIST_GLUE.match(seg.between(first - 1, first)):
        first -= 1
    last = slot
    while last + 1 < len(seg.figures) and _LIST_GLUE.match(seg.between(last, last + 1)):
        last += 1
    if last == first or not _RESPECTIVELY_AFTER.match(seg.after(last, 30)):
        return None
    clause = _CLAUSE_OPEN.split(seg.before(first, 200))[-1]
    verbs = list(_CHANGE_VERB.finditer(clause))
    if not verbs:
        return None
    subject = _BOTH.sub("", clause[:verbs[-1].start()].rsplit(",", 1)[-1])
    items = [item.strip() for item in _SUBJECTS_SPLIT.split(subject.strip()) if item.strip()]
    if len(items) != last - first + 1:
        return None
    tail = items[-1].find(" of ")
    if tail > 0:
        items = [item if " of " in item else item + items[-1][tail:] for item in items]
    return items[slot - first]


# a noun of change, then "of" the figure: "the sector's double-digit growth of", "a rise of some"; the words
# between a possessor and the noun only grade the change ("sharp", "year-on-year"), else they name another measure
_CHANGE_NOUN_OF_BEFORE = lazy_re.compile(
    rf"(?:^|\s)(?P<grades>(?:(?:{lexicon.alternation(lexicon.CHANGE_MODIFIERS)}|(?:[a-z]+|#\d+#)(?:-[a-z]+)+)\s+){{0,2}})"
    rf"(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s+of\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$", screened=True)
# after the figure, "in" and the measure: "a rise of 6% in hotel occupancy"
_IN_NOT_A_MEASURE = frozenset(lexicon.IN_NOT_A_MEASURE)
_IN_MEASURE_AFTER = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*in\s+")

# adverbs between a subject and its verb: "digital revenues now make up"
_ADVERBS_BEFORE_VERB = frozenset({"now", "still", "already", "also", "alone", "together", "currently", "again",
                                  "jointly", "respectively", "collectively"})


def _noun_phrase_back(text: str, shape: str) -> MeasureName:
    """The noun phrase that ends `text`, read back to its determiner or to a word that is no noun of it (a
    verb, a preposition, another possessive, a figure): "welcomed hotel occupancy" is "hotel occupancy"."""
    words: list[str] = []
    referring = False
    tokens = _TOKEN.findall(text)
    while tokens and tokens[-1] in _ADVERBS_BEFORE_VERB:
        tokens.pop()
    for tok in reversed(tokens):
        if tok in _DEFINITE:
            referring = True
            break
        if not tok[0].isalpha() or tok in _STOP or tok.endswith(("ed", "'s", "’s")) or lexicon.fold(tok) in _VERBS \
                or len(words) >= 4:
            break
        words.append(tok)
    return _name(list(reversed(words)), referring, shape)


LEVEL_VERB_BEFORE = _LEVEL_VERB  # a verb of a level that ends the words before a figure ("the share ... stood at")


def name_before(text: str, shape: str) -> MeasureName:
    """The measure named by the noun phrase that ends `text` ("Scheme dwellings" of "Scheme dwellings made up")."""
    return _noun_phrase_back(text, shape)


def name_after(text: str, shape: str) -> MeasureName:
    """The measure named by the noun phrase that opens `text`, after a definite word or a period
    ("the new dwelling completions in Q2" is "new dwelling completions")."""
    referring = False
    for token in _TOKEN.finditer(text):
        tok = token.group()
        if tok in _DEFINITE or tok in _PERIOD or tok.isdigit() or tok.endswith(("'s", "’s")) and tok[:-2] in _PERIOD:
            referring = True
            continue
        if tok in lexicon.TOTALITY_WORDS:
            continue  # "of total revenues", "of all sales": the whole of the measure named after it
        if tok.startswith("#"):
            return NO_NAME
        return _name(context.measure_after(" " + text[token.start():]).lower().split(), referring, shape)
    return NO_NAME


# a short phrase after a preposition that ends the antecedent of "which": whose it is ("Exports to Asia, which rose")
_WHOSE_AFTER_NOUN = lazy_re.compile(r"\s(?:of|to|in|from|at|for|on|across)\s+(?:the\s+|its\s+|their\s+)?"
                                    r"(?P<whose>(?:[a-z'’-]+\s+){0,2}[a-z'’-]+)\s*$")


def _relative_antecedent(seg: Segment, slot: int, clause: str) -> tuple[MeasureName, frozenset[str]] | None:
    """The noun phrase a relative pronoun that opens the figure's clause stands for ("The container division,
    which grew 14.2%": "the container division"; "Exports to Asia, which rose": exports, with "asia" among its
    words), and whose it is; None when no relative pronoun opens the clause (a figure right before it names no measure: "sales of
    $4m, which rose")."""
    before = seg.before(slot, 200)
    head = before[:len(before) - len(clause)]
    if not head.endswith(", which"):
        return None
    text = head[:-len(", which")]
    shape = "a measure, then 'which' and its verb of change"
    whose = _WHOSE_AFTER_NOUN.search(text)
    if whose:
        # (a word of the name, not only whose it is: "Exports to Asia" may be a part of "exports")
        name = _noun_phrase_back(text[:whose.start()], shape)
        if name.head:
            return replace(name, words=name.words | (_content_words(whose.group("whose")) - _NOT_A_HEAD - _PERIOD)), \
                frozenset()
    return _noun_phrase_back(text, shape), frozenset()


def _change_noun_of(seg: Segment, slot: int) -> tuple[MeasureName, frozenset[str]] | None:
    """The measure a change named by a noun of change with the figure after "of" is of: the possessor before
    the noun ("the bulk segment's increase of 8.6%") or the phrase after the figure's "in" ("a rise of 6% in
    hotel occupancy"); None when the noun does not stand there, NO_NAME when it names no measure."""
    clause = _CLAUSE_END.split(seg.before(slot, 120))[-1]
    m = _CHANGE_NOUN_OF_BEFORE.search(clause)
    if not m:
        return None
    before = clause[:m.start()].rstrip()
    if before.endswith(("'s", "’s", "s'", "s’")) and not m.group("grades").startswith(("a ", "an ")):
        possessor = before[:-2] if before.endswith(("'s", "’s")) else before[:-1]
        return _noun_phrase_back(possessor, "a possessor, then its noun of change 'of' the figure"), frozenset()
    after = seg.after(slot, 100)
    into = _IN_MEASURE_AFTER.match(after)
    if into:
        tokens = _TOKEN.findall(after[into.end():])
        referring = False
        while tokens and (tokens[0] in _DEFINITE or tokens[0] in _PERIOD or tokens[0].isdigit()
                          or tokens[0].endswith(("'s", "’s")) and tokens[0][:-2] in _PERIOD):
            referring = True
            tokens.pop(0)
        if not tokens or tokens[0] in _IN_NOT_A_MEASURE:
            return NO_NAME, frozenset()  # "an increase of 22% in comparison with": how the change is told
        words = context.measure_after(" " + " ".join(t for t in tokens if not t.startswith("#"))).lower().split()
        return _name(words, referring, CHANGE_OF_FIGURE_IN_MEASURE), frozenset()
    return NO_NAME, frozenset()


# a relative clause set off by commas before the verb: ", which makes up about #1# of GDP,"
_RELATIVE_ASIDE = lazy_re.compile(r",\s*(?:which|who|whose|whom)\b[^,;()]{1,80},")


def change_name_of(seg: Segment, slot: int) -> tuple[MeasureName, frozenset[str]]:
    """The measure a change's figure is of, named by the noun phrase after its noun of change ("the 46%
    increase on last year's ticket revenue"), by the possessor of a noun of change with the figure after
    "of" ("the bulk segment's increase of 8.6%", also "a rise of 6% in hotel occupancy"), or by the
    subject of its verb of change ("Ticket revenue of the museum rose 48%"; in a relative clause, the
    phrase the pronoun stands for: "The bulk segment, which rose 8.6%"), and the words of whose it is
    when a phrase after "of the" says so ("museum"); NO_NAME when no shape holds."""
    after = _CHANGE_NOUN_AFTER.match(seg.after(slot, 100))
    if after:
        tokens = _TOKEN.findall(seg.after(slot, 100)[after.end():])
        # "the 21% rise in ...": a definite change refers to one told before
        before = _TOKEN.findall(seg.before(slot, 12))
        referring = bool(before) and before[-1] in _DEFINITE
        while tokens and (tokens[0] in _DEFINITE or tokens[0] in _PERIOD or tokens[0].isdigit()
                          or tokens[0].endswith(("'s", "’s")) and tokens[0][:-2] in _PERIOD):
            referring = True
            tokens.pop(0)
        words = context.measure_after(" " + " ".join(t for t in tokens if not t.startswith("#"))).lower().split()
        name = _name(words, referring, CHANGE_NOUN_THEN_MEASURE)
        if name.head:
            return name, frozenset()
    respective = _respective_subject(seg, slot)
    # (a relative clause closed by commas is an aside: "Household spending, which makes up about #1# of GDP, grew")
    clause = _CLAUSE_OPEN.split(_RELATIVE_ASIDE.sub(" ", seg.before(slot, 120)))[-1]
    if respective is None:
        by_noun = _change_noun_of(seg, slot)
        if by_noun is not None:
            return by_noun
        noun_after = _CHANGE_NOUN_ALONE_AFTER.match(seg.after(slot, 40))
        possessor = _POSSESSIVE_END.search(clause) if noun_after else None
        if possessor:
            # "freight revenue's 13.1% rise": the possessor is the measure
            return _noun_phrase_back(clause[:possessor.start()] + ("s" if possessor.group().startswith("s") else ""),
                                     "a possessor, the figure, then its noun of change"), frozenset()
        underwent = _UNDERWENT_BEFORE.search(clause) if noun_after else None
        if underwent:
            # "Card payments posted a 12.8% rise": the subject of a verb whose object is the change
            return _named_back(_TRAILING_PERIOD.sub("", _ADVERB_AT_END.sub("", clause[:underwent.start()].rstrip())),
                               "a measure, a verb it underwent, then the change"), frozenset()
    verb = _CHANGE_VERB_BEFORE.search(clause)
    if not verb and respective is None:
        return NO_NAME, frozenset()
    if respective is None and not clause[:verb.start()].strip():
        antecedent = _relative_antecedent(seg, slot, clause)
        if antecedent is not None:
            return antecedent
    subject = _TRAILING_PERIOD.sub("", respective if respective is not None else clause[:verb.start()].rstrip())
    whose = frozenset()
    of = _OF_WHOSE.search(subject)
    if of:
        whose = _content_words(subject[of.end():])
        subject = subject[:of.start()]
    with_at = subject.rfind(", with ")
    if with_at >= 0:
        # "China was the most improved market, with visitor numbers rising by 32,605": the change is of
        # what the main clause speaks of
        whose = whose | _content_words(subject[:with_at])
        subject = subject[with_at + len(", with "):]
    # an adverb between the measure and its verb is no word of the measure ("National output thus rose"), nor is
    # a comma that sets off the change ("Freight revenue, up 11.3%", "Revenue, however, rose")
    subject = _ADVERB_AT_END.sub("", subject.rstrip().rstrip(",")).rstrip().rstrip(",")
    return _named_back(subject, "a measure, then its verb of change"), whose


_ADVERB_AT_END = lazy_re.compile(rf"(?:\s+(?:{lexicon.alternation(tuple(sorted(context.ADVERBS)))}))+\s*$")


def _content_words(text: str) -> frozenset[str]:
    return frozenset(lexicon.fold(w) for w in _TOKEN.findall(text) if w[0].isalpha() and w not in _STOP)


# --- the measure of the levels of a move ----------------------------------------------------------
# "SUBJECT VERB from A [words] to B" and "SUBJECT VERB to B [words] from A": the words between the two levels
# are A's own noun or a time ("from 80m items five years ago to 62m", "to 3.4 million this year from 2.7 million
# in 2022"), no measure of B's
# (a span of time in the gap is a figure of its own: "five years ago")
_FROM_A_TO_B = lazy_re.compile(r"\bfrom\s+#(?P<a>\d+)#(?P<gap>(?:[^#;:,()]|#\d+#){0,48}?)\s+to\s+#(?P<b>\d+)#")
_TO_B_FROM_A = lazy_re.compile(r"\bto\s+#(?P<b>\d+)#(?P<gap>(?:[^#;:()]|#\d+#){0,48}?)\s+from\s+#(?P<a>\d+)#")
# "SUBJECT VERB B [a time], up from A": the subject stands before B
_B_UP_FROM_A = lazy_re.compile(r"#(?P<b>\d+)#(?P<gap>(?:[^#;:()]|#\d+#){0,40}?),\s*(?:up|down|higher|lower)\s+"
                               r"from\s+#(?P<a>\d+)#")
_SLOT = lazy_re.compile(r"#(\d+)#")
# a count of spans of time, then the word placing it back: "four seasons ago", "two years earlier"
_AGO = lazy_re.compile(rf"\s+[a-z]+\s+(?:{lexicon.alternation(lexicon.TIME_BACK_WORDS)})\b")
# a participle and its phrase after the subject's noun: "parcel volumes handled by the depot", "loans made in the
# region": whose or where, no part of what is measured
_PARTICIPLE_AFTER = lazy_re.compile(r"\s+[a-z]+(?:ed|en)\s+(?:by|at|in|on|through|across)\s.*$")
_MOVE_VERB_WORDS = frozenset(w for phrase in lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN + lexicon.LEVEL_VERBS
                             + lexicon.MOVE_VERBS + lexicon.AUXILIARIES for w in phrase.split()) - {"to", "at", "in"}
_SUBJECT_OPEN = lazy_re.compile(r"[;:(]|,\s+(?:and|but|while|whereas|which|who)\b|\.\s|#\d+#|,")


def _move_subject(before: str) -> str:
    """The noun phrase before a move's verb, as a measure ("The daily postbag has shrunk" -> "daily postbag");
    "" when no verb of a move, or no noun phrase, stands there."""
    clause = _SUBJECT_OPEN.split(before)[-1]
    tokens = clause.split()
    verbs = 0
    while tokens and (tokens[-1] in _MOVE_VERB_WORDS or tokens[-1].endswith("ly") and len(tokens[-1]) > 4):
        verbs += tokens[-1] in _MOVE_VERB_WORDS
        tokens.pop()
    if not verbs or not tokens:
        return ""
    subject = _PARTICIPLE_AFTER.sub("", " ".join(tokens))
    return context.normalise_measure(context.measure_before(subject + " "))


def move_pairs(seg: Segment) -> list[tuple[int, int, int]]:
    """The slots (B, A) of each move "from A [words] to B", "to B [words] from A" or "B [words], up from A" of
    one unit, and where the move's words start in the skeleton (its subject and verb stand before)."""
    out = []
    if "from" not in seg.skeleton:
        return out
    for pattern in (_FROM_A_TO_B, _TO_B_FROM_A, _B_UP_FROM_A):
        for m in pattern.finditer(seg.skeleton):
            a, b = int(m.group("a")), int(m.group("b"))
            if a < len(seg.figures) and b < len(seg.figures) and seg.figures[a].unit == seg.figures[b].unit \
                    and all(seg.figures[int(k.group(1))].unit != seg.figures[a].unit or _AGO.match(m.group("gap"), k.end())
                            for k in _SLOT.finditer(m.group("gap"))):
                out.append((b, a, m.start()))
    return out


def move_measures(seg: Segment) -> dict[int, str]:
    """The measure of each level of a move "SUBJECT VERB from A to B" (or "to B from A") whose own words name
    none: both levels are the subject's ("The daily postbag has shrunk from 80m items five years ago to 62m":
    62m is daily postbag). Keyed by slot; B when no noun of its own follows it, A only when no measure was
    read for it at all (80m keeps "items")."""
    out: dict[int, str] = {}
    for b, a, start in move_pairs(seg):
        subject = _move_subject(seg.skeleton[max(0, start - 160):start])
        if not subject or context.is_generic(subject):
            continue
        own = _own_noun(seg, b)
        if (not own or context.is_generic(own)) and b not in out \
                and not set(seg.figures[b].measure.split()) & set(subject.split()):
            out[b] = subject  # (a measure read with a word of the subject's is kept: "tractor sales units")
        if not _own_noun(seg, a) and a not in out and not set(seg.figures[a].measure.split()) & set(subject.split()):
            # "from $2.40 at the start of the decade": after the verb of the move, an old level's measure is its own
            # noun or the subject's (one with a noun keeps it, "from 10,000 units": its period, often carried
            # from the new level's, is no sure ground to pair it with other levels of the subject's)
            out[a] = subject
    return out


def _own_noun(seg: Segment, k: int) -> str:
    """The noun phrase right after the figure, without a time that opens it ("8,200 tonnes last year")."""
    words = context.measure_after(seg.after(k, 100)).split()
    return "" if words and words[0] in _PERIOD else " ".join(words)


def move_periods(seg: Segment) -> set[int]:
    """The new levels of moves "from A <A's time> to B" that name no time of their own: the time said of A is
    not B's ("shrunk from 80m in 2019 to 62m": 62m is of no stated period)."""
    out = set()
    for m in _FROM_A_TO_B.finditer(seg.skeleton) if "from" in seg.skeleton else ():
        a, b = int(m.group("a")), int(m.group("b"))
        if b >= len(seg.figures) or not seg.figures[b].period or seg.figures[b].period != seg.figures[a].period:
            continue
        end = _CLAUSE_END.search(seg.skeleton, seg.slots[b][1])
        after = seg.skeleton[seg.slots[b][1]:end.start() if end else len(seg.skeleton)]
        if _dated(m.group("gap")) and not _dated(after.split(",")[0]):
            out.add(b)
    return out
    return out


# the words of a count's noun right after its figure, up to a word of grammar ("3.1 million new subscriptions in
# November", "1.3 million data subscriptions,")
_NOUN_AFTER_COUNT = lazy_re.compile(r"^\s+((?:[a-z][a-z'’-]*\s+){0,2}?[a-z][a-z'’-]*)(?=\s*(?:[,.;:)]|$|\s(?:in|on|at|for|to|"
                                    r"from|during|over|this|last|and|or|taking|bringing|ahead|than|while|as|with)\b))")
_NEW_WORDS = frozenset({"new", "additional", "extra", "more", "fresh"})  # a gain's count is of new ones


def noun_after_count(seg: Segment, slot: int) -> frozenset[str]:
    """The folded words of the noun a count's figure is followed by, "new" and its like left out (a gain's count is
    of new ones): "added 3.1 million new subscriptions in November" -> {"subscription"}; empty when no noun
    follows."""
    noun = _NOUN_AFTER_COUNT.match(seg.after(slot, 60))
    return frozenset(lexicon.folded_words(noun.group(1))) - _NEW_WORDS if noun else frozenset()


# after a figure and its noun, "in" and the place or kind the count is of: "1,125,600 overnight stays in Iceland",
# "496,400 overnight stays in hotels" (not a time: "in June", "in 2022", "in the same period", "in the spring"; nor a
# whole: "in all regions")
_WHERE_AFTER_NOUN = lazy_re.compile(r"\s*(?:[a-z'’-]+\s+){0,3}?in\s+(?:the\s+)?(?P<where>[A-Za-z][\w'’-]*)")
_NOT_A_WHERE = frozenset(cues.MONTH_NAMES) | frozenset({
    "all", "total", "same", "first", "second", "third", "fourth", "last", "previous", "period", "quarter", "year",
    "month", "week", "half", "recent", "current", "this", "that", "each", "every", "terms", "value", "volume", "a", "an",
    "spring", "summer", "autumn", "fall", "winter", "season", "morning", "afternoon", "evening", "night", "weekend"})


def where_after_noun(text: str, f) -> str:
    """The folded place or kind the words after a figure's noun put it in ("overnight stays in hotels" -> "hotel"),
    "" when they name none. Two counts of one measure put in different places count different things."""
    m = _WHERE_AFTER_NOUN.match(text, f.span.end, f.span.end + 60)
    if m is None or m.group("where").lower() in _NOT_A_WHERE:
        return ""
    return lexicon.fold(m.group("where"))


# a participle right after a level that says what it counts: "810,962 tonnes exported", "41,200 cars sold"
_COUNTING_PARTICIPLE_AFTER = lazy_re.compile(rf"\s+(?P<verb>{lexicon.alternation(tuple(lexicon.VERB_MEASURE_NOUNS))})\b",
                                             re.IGNORECASE)


def measure_told_by_a_participle_after(text: str, end: int) -> str:
    """The measure noun a participle right after a level (ending at `end`) says it counts: "810,962 tonnes
    exported" -> "exports"; "" when none follows."""
    participle = _COUNTING_PARTICIPLE_AFTER.match(text, end, end + 30)
    return lexicon.VERB_MEASURE_NOUNS[participle.group("verb").lower()] if participle else ""


# a basis of definition: of prices ("at constant prices", "current market price"), of adjustment, of netting
_DEFINITION = lazy_re.compile(rf"\b(?:(?:constant|current)\s+(?:market\s+)?prices?|"
                              rf"(?:{lexicon.alternation(lexicon.DEFINITION_BASIS_WORDS)})\b)", re.I)


def bases_of_definition_in(text: str) -> set[str]:
    """The bases of definition a sentence names, by their first word ("at constant prices" -> "constant", "seasonally
    adjusted" -> "seasonally"): two figures of one measure on two bases are two figures, not one told twice."""
    return {m.group().lower().split()[0] for m in _DEFINITION.finditer(text)}


# a share followed by "of" and the whole it is a share of: "34% of households own a car"
_OF_A_WHOLE_AFTER = lazy_re.compile(r"\s*(?:per\s*cent|percent|%)?\s+of\s+(?!(?:them|these|those|whom|which)\b)", re.I)
_SHARE_CLAUSE_END = lazy_re.compile(r"[.;:](?:\s|$)|$")
_FIGURE_WORDS = frozenset({"per", "cent", "percent", "about", "some", "nearly", "almost", "around", "only", "just"})


def what_a_share_of_a_whole_counts(text: str, f) -> frozenset[str] | None:
    """The words that say which part of its whole a share "N% of X" is, read from "of" to the end of its clause:
    "34% of households own a car" -> {household, own, car}; None for a figure that is no share of a named whole.
    Two shares of one whole ("households") are one measure only when these words agree: "94.5 per cent of rural
    households used an improved source" and "51.4 per cent of rural households used an improved source that was on
    the premises" are two parts of it."""
    if f.unit not in ("percent", "per_mille") or not _OF_A_WHOLE_AFTER.match(text, f.span.end, f.span.end + 20):
        return None
    end = _SHARE_CLAUSE_END.search(text, f.span.end, f.span.end + 240).start()
    return frozenset(lexicon.fold(w) for w in _TOKEN.findall(text[f.span.end:end].lower())
                     if w[0].isalpha() and w not in _STOP and w not in _FIGURE_WORDS)
