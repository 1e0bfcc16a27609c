"""How words compare one figure with another: the comparative between them ("up from", "higher than",
"slowed from"), a base a noun names before one ("against the budget estimate of"), the words that
leave a figure out of a comparison (the size of a gap, a ratio's base, an open-ended bound), a
sentence that points back at the figure before ("This was slower than ..."), and "X overtook Y".

The comparison check asks these readings and decides which figures they relate; each reading takes
the words the check looks at (a few characters before a figure, or the words between two) and says
what they mark. The windows are the check's. Part of the meaning layer: it reads words, decides nothing.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from auditor import lazy_re
from auditor.grammar import cues, lexicon


class Compared(NamedTuple):
    """What comparison words say: whether the first figure is the greater, and the words that say so."""
    greater: bool
    words: str


class PointedBack(NamedTuple):
    """A sentence opening that points back at the figure before and compares it with its own first figure:
    the direction, the comparison's words and the noun that named the figure, if one did ("the total"); when the
    subject is a noun of change ("The drop in garment shipments was larger than"), its direction (1 up, -1 down) and
    the words naming what changed: the figure pointed back at is that change, and the two are compared in size."""
    greater: bool
    words: str
    noun: str
    change: int = 0
    named: str = ""  # the words that name what changed: "garment shipments over July-December 2019-20"


def _compared(m: re.Match) -> Compared:
    said = m.groupdict()  # (a reading of one way only has no "gt": "within the ceiling of")
    return Compared(bool(said.get("gt")), (said.get("gt") or said["lt"]).lower())


# --------------------------------------------------------------------------- words between two figures
_GREATER = cues.words(tuple(f"{v} from" for v in cues.SPEED_UP) + cues.COMPARATIVES_UP + cues.RISE_FROM + cues.EXCEEDING, " ")
_LESS = cues.words(tuple(f"{v} from" for v in cues.SLOW_DOWN) + cues.COMPARATIVES_DOWN + cues.FALL_FROM, " ")
# (not a verb of trailing in the passive, "trailed by": _PASSIVE_GAP reads it, the other way round)
_GAP = lazy_re.compile(rf"^[^\d;]{{0,30}}?\b(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\b(?!\s+by\b)[^\d;]{{0,25}}$", re.I)
# an order verb in the passive, its agent the other item, named before its figure: "3,400 entries, trailed by France with",
# "41 million tonnes, was overtaken by road freight, at", "42 medals were surpassed by Ethiopia's" (the agent a name, never
# a figure: "beaten by 3,000 votes" gives the margin, not the rival)
_PASSIVE_GAP = lazy_re.compile(
    rf"^[^\d;]{{0,30}}?\b(?:(?:was|were|is|are|been|being|be)\s+)?(?:[a-z]+ly\s+)?"
    rf"(?:(?P<lt>{cues.words(lexicon.OUTDONE_PARTICIPLES)})|(?P<gt>{cues.words(lexicon.TRAILED_PARTICIPLES)}))\s+by\s+"
    r"(?:the\s+)?(?!(?:a|an|some|about|nearly|almost|around|roughly|just|only|over|under|more|less|fewer)\b)"
    r"[a-z][a-z'’.&-]*(?:\s+[a-z][a-z'’.&-]*){0,3}?"
    r"\s*(?:\(\s*|,?\s*(?:with|at|on)\s+(?:the\s+)?|\s+of\s+(?:the\s+)?|['’]s?\s+)$", re.I)
# ... the other term named by its place or time and its figure given in a clause of it: "Inflation in Lima, at 3.1%, was
# lower than in Cusco, where it reached 2.8%", "more than in 2019, when it stood at"
_GAP_THEN_CLAUSE = lazy_re.compile(rf"^[^\d;]{{0,30}}?\b(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\s+(?:in|at|on|for)\s+"
                                   r"[^\d;,]{1,30},\s*(?:where|when)\s+[^\d;,]{0,40}$", re.I)
# an appositive comparison after the figure's clause, which may name its period: "41.9 percent in
# December 2012, well clear of the statutory minimum of 20.0 percent"
_A_YEAR_TOKEN = r"(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d)"
_WORD_OR_YEAR = rf"(?:[^\d;,]|{_A_YEAR_TOKEN})"
_APPOSITIVE_WORDS = rf"^{_WORD_OR_YEAR}{{0,40}},\s*(?:\w+\s+)?(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\b"
_WORD_OR_YEAR_OR_COMMA = rf"(?:[^\d;]|{_A_YEAR_TOKEN})"
_APPOSITIVE_GAP = lazy_re.compile(rf"{_APPOSITIVE_WORDS}{_WORD_OR_YEAR}{{0,35}}$", re.I)

# the same with the other term's time named after the comparison and its figure given in a clause of that time: "worth
# $1.4 billion in 2015, more than in 2011, when they were worth $1.3 billion"
_APPOSITIVE_THEN_WHEN = lazy_re.compile(rf"{_APPOSITIVE_WORDS}{_WORD_OR_YEAR}{{0,25}},\s*when\s+[^\d;,]{{0,40}}$", re.I)

# an appositive after the new level: ", up from", ", down from"
_APPOSITIVE = rf"(?:(?P<gt>{cues.words(cues.APPOSITIVE_UP, ' ')})|(?P<lt>{cues.words(cues.APPOSITIVE_DOWN, ' ')}))"
# (the clause may name years, and the comparison may open with a conjunction after another appositive: "0.25% of
# GNI, the same level as in 2003, but up from 0.23% in 2002")
_APPOSITIVE_FROM = lazy_re.compile(rf"^{_WORD_OR_YEAR_OR_COMMA}*,\s*(?:(?:{cues.words(cues.APPOSITIVE_JOINERS)})\s+)?{_APPOSITIVE}\s*(?:the\s+)?$", re.I)
# a second comparison of the clause's own figure after the first's term, joined by "and": "31,970 tonnes, lower than
# the 40,057 tonnes of December and lower too than the 35,087 tonnes of January 2008"
_AND_AGAIN_GAP = lazy_re.compile(rf"^{_WORD_OR_YEAR}{{0,40}}?\band\s+(?:(?:{cues.words(cues.AGAIN_ADVERBS)})\s+)?"
                                 rf"(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\b{_WORD_OR_YEAR}{{0,35}}$", re.I)
_TOO_BEFORE_THAN = lazy_re.compile(rf"\s+(?:{cues.words(cues.TOO_ADVERBS)})(?=\s+than\b)", re.I)


def _and_again(gap: str) -> re.Match | None:
    return _AND_AGAIN_GAP.match(_TOO_BEFORE_THAN.sub("", gap))


def appositive(gap: str) -> bool:
    """The words between two figures end in an appositive comparison of the clause's own figure, however
    long the clause: "7.75 million people were waiting at the end of August, up from 7.68 million"."""
    return bool(_APPOSITIVE_GAP.match(gap) or _APPOSITIVE_FROM.search(gap))


def compared_again(gap: str) -> bool:
    """An appositive comparison, or a second one after the first's term joined by "and" ("lower than the
    40,057 tonnes of December and lower too than ...")."""
    return appositive(gap) or bool(_and_again(gap))


# the object of a comparison set right after a determiner: "the", "its", or a possessive of a time or owner ("last
# year's", "the same month's")
_DETERMINER = r"(?:the|its|their|(?:the\s+)?(?:[a-z]+\s+)?[a-z0-9]+(?:['’]s|s['’]))\s+"
_SUBJECT_LINK = lexicon.alternation(lexicon.SUBJECT_LINKS)
_DEGREE = lexicon.alternation(lexicon.DEGREE_WORDS)
# a base named by "up on" or "down on", in the clause or as its appositive: "exports of 12,400 tonnes were down on the",
# "221.5 million kg, down on the"
_ON_A_BASE = lazy_re.compile(
    rf"^(?:[^\d;]{{0,30}}?\s|{_WORD_OR_YEAR}{{0,40}},\s*(?:(?:{_DEGREE})\s+)?)"
    rf"(?:(?P<gt>{lexicon.alternation(lexicon.ON_A_BASE_UP)})|(?P<lt>{lexicon.alternation(lexicon.ON_A_BASE_DOWN)}))"
    rf"\s+(?:{_DETERMINER})?$", re.I)
# "over" or "under" as a comparative, after a verb of being or a degree word and before a determined object: "4,100
# people, well under the", "spending was over its"
_OVER_UNDER = lazy_re.compile(
    rf"^{_WORD_OR_YEAR}{{0,60}}?(?:,\s*)?\b(?:(?:{_SUBJECT_LINK})\s+(?:(?:{_DEGREE})\s+){{0,2}}|(?:{_DEGREE})\s+)"
    rf"(?:(?P<gt>{lexicon.alternation(lexicon.POSITION_OVER)})|(?P<lt>{lexicon.alternation(lexicon.POSITION_UNDER)}))"
    rf"\s+{_DETERMINER}$", re.I)
# "within" a mark named by its noun: "a deficit of 2.1% of GDP, well within the EU ceiling of"
_INSIDE_A_MARK = lazy_re.compile(
    rf"^{_WORD_OR_YEAR}{{0,60}}?(?:,\s*(?:(?:{_DEGREE})\s+)?)?\b(?P<lt>{lexicon.alternation(lexicon.INSIDE_A_MARK)})\s+{_DETERMINER}"
    rf"(?:[a-z'’-]+\s+){{0,3}}?(?:{lexicon.alternation(lexicon.MARK_NOUNS + cues.PLAN_MARKS)})\s+(?:of|at)\s+$", re.I)


def _set_against_a_determined_object(gap: str) -> re.Match | None:
    """A comparison whose object is the figure right after a determiner: "down on the", "well under the", "within the
    EU ceiling of"."""
    return _ON_A_BASE.match(gap) or _OVER_UNDER.match(gap) or _INSIDE_A_MARK.match(gap)


def comparison_between(gap: str, after_a_named_base: bool) -> Compared | None:
    """What the words between two figures say of the first against the second: a comparative or a move
    from ("higher than", "up from", "slowed from"), one whose other term's place or time gives its figure in a clause
    ("lower than in Cusco, where it reached"), an appositive one after the first's clause, one whose
    other term's time is given in a "when" clause after it; after a base named by its noun, also a second
    comparison joined by "and"."""
    passive = _PASSIVE_GAP.match(gap)
    if passive:
        compared = _compared(passive)
        return Compared(compared.greater, f"{compared.words} by")
    m = _GAP.match(gap) or _GAP_THEN_CLAUSE.match(gap) or _APPOSITIVE_GAP.match(gap) or _APPOSITIVE_FROM.search(gap) or _APPOSITIVE_THEN_WHEN.match(gap) \
        or (after_a_named_base and _and_again(gap)) or _set_against_a_determined_object(gap)
    if m and _TRAILER_THEN_ITS_FIGURE.search(gap):
        # "42%, while Bharti was close behind at 41.4%": the word of trailing has no object; the figure after it is
        # the trailer's own, so the first figure is the one ahead
        return Compared(True, "ahead of")
    return _compared(m) if m else None


# a word of trailing with no object, then the preposition of the trailer's own figure: "was close behind at", "trailing,
# with" (not "behind Kenya at", whose object is named: the first figure trails it)
_TRAILER_THEN_ITS_FIGURE = lazy_re.compile(rf"\b(?:{cues.words(cues.POSITIONS_BEHIND)})\s*,?\s*"
                                           rf"(?:{lexicon.alternation(lexicon.TRAILER_FIGURE_PREPOSITIONS)})\s+(?:the\s+)?$", re.I)


# (not after a verb of being, which makes the figure before the comparison's subject: "a harvest of 2.6 million tonnes
# was smaller than")
_DIFFERENCE_PHRASE = lazy_re.compile(rf"^\s*(?:(?!(?:{lexicon.alternation(lexicon.SUBJECT_LINKS)})\s)[a-z]+\s+)?"
                                     rf"(?:{cues.words(cues.COMPARATIVES + cues.BIGGER)})"
                                     r"\s+(?:[a-z]+\s+)?than\b", re.I)
# the figure after "by" is the size of the difference, not what is compared with: "R812bn, exceeding the
# target by R32bn"
_BY_AMOUNT = lazy_re.compile(rf"\bby\s+(?:(?:{cues.words(cues.HEDGES_AMOUNT)})\s+)?$", re.I)
# a comparison word whose object is a noun, then a phrase of place or group the figure opens: "1.4 degrees
# above normal in 12 of the 16 regions" (12 counts the regions; normal is what 1.4 is above)
_OBJECT_THEN_PLACE = lazy_re.compile(rf"^[^\d;]*?\b(?:{cues.words(cues.POSITIONS_WITH_AN_OBJECT)})\s+(?!than\b)[a-z]+"
                                     rf"\s+(?:{cues.words(cues.PLACE_PREPOSITIONS)})\s+$", re.I)
# the comparative's own object, then a comma and a conjunction opening the next clause: "412 mm, or 88 mm above
# normal, and 301 mm in February" (the next figure is no term of the comparison)
_OBJECT_THEN_CLAUSE = lazy_re.compile(rf"^[^\d;]*?\b(?:{cues.words(cues.POSITIONS_WITH_AN_OBJECT)})\s+(?!than\b)"
                                      rf"(?:the\s+|its\s+)?[a-z]+\s*,\s*(?:{cues.words(cues.CLAUSE_JOINERS)})\s+$", re.I)
# a comparative whose object is a noun, then a clause of cause or concession with a subject of its own: "GDP per head
# grew 0.3%, less than GDP because the population grew 0.1%" (the next figure is the clause's, no term)
_OBJECT_THEN_REASON = lazy_re.compile(rf"^[^\d;]{{0,60}}?\b(?:{cues.words(cues.COMPARATIVES_UP + cues.COMPARATIVES_DOWN)})\s+"
                                      r"(?:the\s+|its\s+|their\s+)?[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2}?\s*,?\s*"
                                      rf"(?:{cues.words(cues.REASON_OPENERS)})\s+[^\d;]{{0,80}}$", re.I)
# "the 4,948 that scored 300 and above": a threshold with no object
_OPEN_ENDED = lazy_re.compile(rf"^\s*(?:%|per\s*cent|percent)?\s*(?:and|or)\s+(?:{cues.words(cues.OPEN_ENDED_BOUNDS)})\b"
                              r"\s*(?:[,;:)]|$)", re.I)


def compares_nothing(gap: str) -> bool:
    """Words between two figures that leave the second out of any comparison of the first: an open-ended
    bound ("scored 300 and above"), the size of the difference after "by" ("exceeding the target by
    R32bn"), the comparison's own object followed by a place or group ("1.4 degrees above normal in 12 of
    the 16 regions") or by the next clause ("88 mm above normal, and 301 mm in February", "less than GDP because the
    population grew 0.1%"), or a difference
    said before "than" ("168 students larger than the target of 7,000": 168 is the gap)."""
    return bool(_OPEN_ENDED.match(gap) or _BY_AMOUNT.search(gap) or _OBJECT_THEN_PLACE.match(gap)
                or _OBJECT_THEN_CLAUSE.match(gap) or _OBJECT_THEN_REASON.match(gap) or _DIFFERENCE_PHRASE.match(gap))


_DIGITS = lazy_re.compile(r"\d")


def digits_masked(words: str) -> str:
    """The words with each digit replaced by "#", so that a year between bases reads as no figure."""
    return _DIGITS.sub("#", words)


# --------------------------------------------------------------------------- words before a figure
# a figure named as the base of a comparison by a noun phrase: "against the budget estimate of", "compared with the
# previous year's total of", "from the revised estimate of"
_NAMED_BASE_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS + cues.THAN, ' ')})\s+"
                                     r"(?:the\s+|a\s+|an\s+)?(?:[a-z'’-]+\s+){1,4}?(?:of|at)\s+(?:rs\.?\s*|us\$\s*)?$", re.I)
# a figure that is itself the object of a comparison: "well short of the 65 per cent target, but above the 49.7 per
# cent of the last election" (the second comparison is said of the clause's own figure, as after a named base);
# its determiner may be a possessive of a time or owner: "7.3% above last year's 60.4 million tonnes and above the
# target of 62 million" (the target is compared with the clause's own figure, not with last year's)
_COMPARED_BEFORE = lazy_re.compile(rf"\b(?:{_GREATER}|{_LESS})\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+"
                                   r"|(?:the\s+)?(?:[a-z]+\s+)?[a-z0-9]+(?:['’]s|s['’])\s+)?$", re.I)
# the base of a comparison or a change right before a figure: "from the", "compared with", "than"
_BASE_WORD_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.THAN, ' ')})\s*(?:the\s+)?$", re.I)
_PER_BASE_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(cues.PER_BASE + cues.OUT_OF_EVERY, ' ')})\s*$", re.I)
# "an average of about 12,100 a day", "the median was 405": a level of the members, not the total
_AVERAGE_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(cues.AVERAGES)})\s+(?:of\s+)?(?:(?:{cues.words(cues.APPROXIMATORS, ' ')})\s+)?$", re.I)
# a figure after a preposition of place or span is an adjunct of the clause, not its head: "across 38 match days"
_ADJUNCT_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(cues.ADJUNCT_PREPOSITIONS)})\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def base_named_before(words: str) -> bool:
    """The words before a figure name it as the base of a comparison by a noun phrase: "against the budget
    estimate of", "compared with the previous year's total of"."""
    return bool(_NAMED_BASE_BEFORE.search(words))


def compared_before(words: str) -> bool:
    """The words before a figure make it the object of a comparison: "well short of the", "above the"."""
    return bool(_COMPARED_BEFORE.search(words))


def base_word_before(words: str) -> bool:
    """A base word ends the words before a figure, the figure a change or comparison is from: "from the",
    "compared with", "than" (comparison and share-of-total read the same 30 characters)."""
    return bool(_BASE_WORD_BEFORE.search(words))


def per_base_before(words: str) -> bool:
    """A per-base word ends the words before a figure, which is the base of a ratio: "per", "for every",
    "out of every"."""
    return bool(_PER_BASE_BEFORE.search(words))


def average_before(words: str) -> bool:
    """The words before a figure make it an average of members: "an average of about", "the median"."""
    return bool(_AVERAGE_BEFORE.search(words))


def adjunct_before(words: str) -> bool:
    """A preposition of place or span ends the words before a figure: "across 38 match days"."""
    return bool(_ADJUNCT_BEFORE.search(words))


# --------------------------------------------------------------------------- the next term of a list
# a term of a comparison named with its figure in brackets, and the next term of its list: "(US $983 million) and 2011 (US"
_BRACKETED_TERM_BEFORE = lazy_re.compile(r"\(\s*(?:[a-z]{1,3}\s*)?$", re.I)
_NEXT_BRACKETED_TERM = lazy_re.compile(r"^\s*\)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:in\s+|for\s+|to\s+)?"
                                       r"[^\d()#;,.]{0,25}?(?:(?:19|20)\d\d)?\s*\(\s*(?:[a-z]{1,3}\s*)?$", re.I)
# ... or each dated after it: "0.25% ..., up from 0.23% in 2002 and 0.22% in 2001"
# (the term's time a year, a span of years or one before the text's own: "in 2019–2020", "the year before"; the
# comparison's word may come again before the next term: "up from 34,517 the year before and from 38,317 in 2019–2020")
_TERM_TIME = r"(?:(?:in|for|during)\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?|the\s+(?:year|month|quarter)\s+(?:before|earlier)|a\s+year\s+(?:earlier|ago|before))"
_DATED_AFTER = lazy_re.compile(r"\s+(?:in|for|during)\s+(?:19|20)\d\d\b", re.I)
_NEXT_DATED_TERM = lazy_re.compile(rf"^\s+{_TERM_TIME}\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:(?:from|than|on)\s+)?$", re.I)


def next_bracketed_term(words_before_term: str, gap: str) -> bool:
    """A term named with its figure in brackets ("(US $983 million"), and the words after it opening the next
    term of its list the same way (") and 2011 (US")."""
    return bool(_BRACKETED_TERM_BEFORE.search(words_before_term) and _NEXT_BRACKETED_TERM.match(gap))


def next_dated_term(gap: str, text: str, end: int) -> bool:
    """A term dated after its figure, then the next term of the list, itself dated after its figure (which
    ends at `end`): "0.23% in 2002 and 0.22% in 2001", "34,517 the year before and from 38,317 in 2019–2020"."""
    return bool(_NEXT_DATED_TERM.match(gap) and _DATED_AFTER.match(text, end))


# --------------------------------------------------------------------------- an appositive past other figures
_UP_FROM_BEFORE = lazy_re.compile(rf",\s*{_APPOSITIVE}\s*(?:the\s+)?$", re.I)
# the same with the earlier time named first and its level in brackets: "85% were seen within 30 minutes,
# up on the same time last year (83%)", "..., down from a year earlier (7,930)"
_EARLIER = cues.words(cues.EARLIER_TIME + ("same", "year", "quarter", "month"))
_UP_ON_A_TIME = lazy_re.compile(rf",\s*(?:(?P<gt>up|higher)|(?P<lt>down|lower))\s+(?P<prep>from|on|than)\s+"
                                rf"(?=[^(]*\b(?:{_EARLIER})\b)(?:[a-z0-9'’-]+\s+){{1,6}}\(\s*$", re.I)


class Appositive(NamedTuple):
    """An appositive comparison right before a figure: its direction, its words, and whether it names the
    earlier time before the figure in brackets."""
    greater: bool
    words: str
    names_the_time: bool


def appositive_before(text: str, start: int) -> Appositive | None:
    """An appositive comparison ending right before the figure at `start`: ", up from", ", down from the"
    (25 characters back), or one naming the earlier time first with the level in brackets: ", up on the same
    time last year (" (60 characters back)."""
    m = _UP_FROM_BEFORE.search(text[max(0, start - 25):start])
    if m:
        return Appositive(*_compared(m), False)
    m = _UP_ON_A_TIME.search(text[max(0, start - 60):start])
    if m:
        return Appositive(bool(m.group("gt")), f"{(m.group('gt') or m.group('lt')).lower()} {m.group('prep').lower()}", True)
    return None


# --------------------------------------------------------------------------- a sentence pointing back
# "Imports came to $139.71 billion, up 19.3 percent. Here too growth eased, from the 28.4-percent
# increase of May"; "Exports grew 16.9 percent. This was markedly slower than the average 24-percent
# growth"; "... 5.9 arrests per officer. That is a big increase on the average of 4.3 arrests per
# officer, though still well short of the 2016-2019 average of 7.7."
_BACK_GREATER = (cues.words(cues.SPEED_UP + cues.COMPARATIVES_UP, " ") +
                 rf"|(?:an?\s+)?(?:\w+\s+)?(?:{cues.words(cues.CHANGE_NOUNS_UP)})\s+(?:on|over|from)")
_BACK_LESS = (cues.words(cues.SLOW_DOWN + cues.COMPARATIVES_DOWN + cues.SHY_OF, " ") +
              rf"|(?:an?\s+)?(?:\w+\s+)?(?:{cues.words(cues.CHANGE_NOUNS_DOWN)})\s+(?:on|from)")
# the sentence opens by pointing back at the figure before: "This was", "Zhao said that was", "Here too growth eased"
_BACK_OPENING = lazy_re.compile(
    rf"^\W*(?:(?:[\w'’.-]+\s+){{1,4}}?(?:{cues.words(cues.SAYING_VERBS)})\s+(?:that\s+)?)?"
    rf"(?:{cues.words(cues.DEMONSTRATIVES)}|(?P<noun>{cues.words(cues.FIGURE_ANAPHORS, ' ')}))\s+"
    rf"(?:\w+\s+){{0,2}}?(?:{cues.words(cues.LINKING_VERBS, ' ')})\s+(?:\w+\s+){{0,2}}?"
    rf"(?:(?P<gt>{_BACK_GREATER})|(?P<lt>{_BACK_LESS}))\b"
    r"|^\W*(?:\w+\s+){0,3}?(?:growth|the (?:growth|increase|rise|decline|fall)(?: rate)?|the rate|the pace(?: of growth)?)\s+"
    rf"(?:\w+\s+)?(?:(?P<gt2>{cues.words(cues.SPEED_UP + cues.SPEED_UP_MORE, ' ')})|"
    rf"(?P<lt2>{cues.words(cues.SLOW_DOWN + cues.SLOW_DOWN_MORE)}))"
    r",?\s+from\b",
    re.I)
_NOUNS_UP = tuple(w for w in cues.CHANGE_NOUNS_UP if w != "up")  # (nouns: not the adverbs "up", "down")
_NOUNS_DOWN = tuple(w for w in cues.CHANGE_NOUNS_DOWN if w != "down")
# a subject that names the change of the sentence before by its noun, then a comparative of size and "than": "The drop in
# garment shipments over July-December 2019-20 was larger than the 5.84 per cent growth" (the words before the
# sentence's first figure: their digits are times, no figures), "The rise in rents was steeper than"
_CHANGE_SUBJECT_OPENING = lazy_re.compile(
    rf"^\W*the\s+(?:[a-z-]+\s+)?(?:(?P<up>{cues.words(_NOUNS_UP)})|(?P<down>{cues.words(_NOUNS_DOWN)}))"
    rf"\s+(?:in|of)\s+(?P<named>[^;:,]{{1,80}}?)\s(?:{cues.words(cues.LINKING_VERBS, ' ')})\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:(?P<gt>{cues.words(lexicon.CHANGE_SIZE_LARGER, ' ')})|(?P<lt>{cues.words(lexicon.CHANGE_SIZE_SMALLER, ' ')}))\s+than\b",
    re.I)
# between the cue and its figure: a few words, years allowed ("the 2021-2023 average of")
_CUE_TO_FIGURE = lazy_re.compile(rf"^(?!.*\b(?:{cues.words(cues.FORECAST_PARTICIPLES + cues.COPULAS + cues.HAVE)})\b)"
                                 r"(?:[^\d;.,]|(?<![\d.])(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?![\d.]))*$")
_MOST_CUE_TO_FIGURE = 60  # characters from the cue to its figure
# a second comparison in the same pointing-back sentence: ", though still well short of the ... 7.7"
_BACK_MORE = lazy_re.compile(
    rf"^[^,;\d.]{{0,40}}?(?:,\s*|\s)(?:(?:{cues.words(cues.BACK_JOINERS)})\s+)?(?:still\s+)?(?:\w+\s+){{0,2}}?"
    rf"(?:(?P<gt>{_BACK_GREATER})|(?P<lt>{_BACK_LESS}))\b", re.I)


def _cue_reaches_figure(words: str, cue_end: int) -> bool:
    return bool(_CUE_TO_FIGURE.match(words[cue_end:])) and len(words) - cue_end <= _MOST_CUE_TO_FIGURE


def points_back(opening: str) -> PointedBack | None:
    """A sentence's words before its first figure that point back at the figure before and compare it with
    that first figure: "This was markedly slower than the", "That is a big increase on the average of", "Here
    too growth eased, from the"; the cue a few words from the figure, no verb of a forecast or copula between."""
    m = _BACK_OPENING.match(opening)
    if not m:
        m = _CHANGE_SUBJECT_OPENING.match(opening)
        if m is None or not _cue_reaches_figure(opening, m.end()):
            return None
        return PointedBack(bool(m.group("gt")), (m.group("gt") or m.group("lt")).lower() + " than", "", 1 if m.group("up") else -1,
                           m.group("named").lower())
    if not _cue_reaches_figure(opening, m.end()):
        return None
    greater = bool(m.group("gt") or m.group("gt2"))
    cue = m.group("gt") or m.group("lt") or (m.group("gt2") or m.group("lt2")) + " from"
    return PointedBack(greater, cue.lower(), " ".join((m.group("noun") or "").lower().split()))


def compared_back_again(gap: str) -> Compared | None:
    """A second comparison in a pointing-back sentence, between its figures: ", though still well short of the
    2016-2019 average of"."""
    m = _BACK_MORE.match(gap)
    if not m or not _cue_reaches_figure(gap, m.end()):
        return None
    return _compared(m)


_FROM_TO = lazy_re.compile(r"\s*(?:[a-z-]+\s+){0,3}?to\s+[-+−]?[$€£¥]?\d", re.I)
_SPEED = lazy_re.compile(rf"\b(?:{cues.words(cues.SPEED_STEMS)})", re.I)
_GROWTH_WORDS = lazy_re.compile(rf"^[\s-]*(?:\w+\s+){{0,2}}?(?:{cues.words(cues.GROWTH_NOUNS)})\b", re.I)
_A_LETTER = lazy_re.compile(r"[A-Za-z]")


def move_to_after(text: str, end: int) -> bool:
    """A move's other end right after a figure: "slowed from 1.7% to 1.1%"."""
    return bool(_FROM_TO.match(text, end))


def says_speed(words: str) -> bool:
    """Comparison words about the pace of a change: "slowed from", "faster than", "eased"."""
    return bool(_SPEED.search(words))


def growth_named_after(words: str) -> bool:
    """The words after a percentage name it a rate of growth: "the average 24-percent growth"."""
    return bool(_GROWTH_WORDS.match(words))


def is_markup(text: str) -> bool:
    """A stretch of text that says nothing: an HTML comment or a bare mark between sentences."""
    text = text.strip()
    return text.startswith("<!--") or not _A_LETTER.search(text)


# --------------------------------------------------------------------------- "X overtook Y"
_OVERTOOK = lazy_re.compile(rf"\b(?:{cues.words(cues.OVERTAKING, ' ')})"
                            r"\s+(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)", screened=True)


class Overtaking(NamedTuple):
    """Where a verb of overtaking stands in its sentence, and the name of what was overtaken."""
    at: int
    name: str


def overtaking(sentence: str) -> Overtaking | None:
    """"X overtook Y": the first verb of overtaking in a sentence, and the capitalised name after it."""
    m = _OVERTOOK.search(sentence)
    return Overtaking(m.start(), m.group("name")) if m else None


def names(text: str, name: str) -> bool:
    """Whether the text names `name` as a whole word."""
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


# --------------------------------------------------------------------------- a comparative, then both terms' figures
# "The private sector stayed well ahead, with 4.92 million holders against 3.53 million in the public sector",
# "Unemployment was higher in the west than in the east: 8.4% against 6.1%", "Rural incomes lagged, at $2,140
# compared with $3,870": a predicative comparative (after a verb of being or staying, or a verb of leading or
# trailing) says the clause's own figure lies above (below) the figure the joiner sets against it
_PREDICATE_COMPARATIVE = lazy_re.compile(
    rf"\b(?:(?:{lexicon.alternation(lexicon.PREDICATE_VERBS)})\s+(?:(?:{lexicon.alternation(lexicon.DEGREE_WORDS)})\s+){{0,2}}"
    rf"(?:(?P<gt>{lexicon.alternation(lexicon.PREDICATE_COMPARATIVES_UP)})|(?P<lt>{lexicon.alternation(lexicon.PREDICATE_COMPARATIVES_DOWN)}))"
    rf"|(?P<gt2>{lexicon.alternation(lexicon.LEADING_VERBS)})|(?P<lt2>{lexicon.alternation(lexicon.TRAILING_VERBS)}))\b", re.I)
_MOST_COMPARATIVE_TO_TERM = 80  # characters from the comparative to the first term's figure
# between the comparative and the first term: no figure but a year, no other clause, no amount the comparative is
# said against in words ("more than half", "faster than expected")
_ANOTHER_CLAUSE = lazy_re.compile(rf"[;]|\b(?:{lexicon.alternation(lexicon.OTHER_CLAUSE_OPENERS)})\b", re.I)
_AGAINST_WORDS = lazy_re.compile(rf"\bthan\s+(?:(?:{lexicon.alternation(lexicon.AMOUNTS_IN_WORDS)})\b|[^a-z\s])", re.I)
# between the two terms: the first term's own words, then a joiner ("against", "compared with", "versus")
_TERMS_JOINED = lazy_re.compile(rf"^[^\d;:()]{{0,40}}?(?:,\s*|\s+)(?:{lexicon.alternation(lexicon.TERMS_JOINERS)})"
                                r"\s+[^\d;:,()]{0,20}$", re.I)

CLAUSE_REACH = 160  # characters of a sentence before the first term where its comparative may stand
# a sentence opening on a comparative of number whose other term "than" names: "More boys than girls", "Fewer homes
# were sold in March than" (the rest of the opening is checked as any comparative's); not a sentence adverb ("More
# recently,", "More broadly,") nor a participle ("Less developed countries")
_OPENING_COMPARATIVE = lazy_re.compile(
    rf"^\W*(?:(?P<gt>{lexicon.alternation(lexicon.OPENING_COMPARATIVES_UP)})|(?P<lt>{lexicon.alternation(lexicon.OPENING_COMPARATIVES_DOWN)}))"
    r"\s+(?!than\b)(?![a-z]+(?:ly|ed)\b)(?![a-z]+\s*,)(?=[a-z][^\d;]{0,100}?\bthan\b)", re.I)

_DIGIT_RUNS = lazy_re.compile(r"[\d.,]*\d")
_YEAR_ONLY = lazy_re.compile(r"(?:19|20)\d\d")


def comparative_over_terms(sentence_before: str, gap: str) -> Compared | None:
    """A predicative comparative in the words of a sentence before a figure ("stayed well ahead, with", "was higher
    in the west than in the east:", "lagged, at"), or a sentence opening on a comparative of number with its "than"
    ("More boys than girls sat the test:", "Fewer homes were sold in March than in February,"), and a joiner between
    the figure and the next ("against", "compared with"): the first figure is the clause's own term, the second the
    other's. None when a figure other than a year, another clause or an amount in words ("more than half") stands
    between the comparative and the first figure."""
    if not _TERMS_JOINED.match(gap):
        return None
    found = None
    for found in _PREDICATE_COMPARATIVE.finditer(sentence_before, max(0, len(sentence_before) - CLAUSE_REACH)):
        pass
    if found is None:
        found = _OPENING_COMPARATIVE.match(sentence_before)
        if found is None or len(sentence_before) > CLAUSE_REACH:
            return None
        reach = CLAUSE_REACH
    else:
        reach = _MOST_COMPARATIVE_TO_TERM
    rest = sentence_before[found.end():]
    if len(rest) > reach or _ANOTHER_CLAUSE.search(rest) or _AGAINST_WORDS.search(rest) \
            or any(not _YEAR_ONLY.fullmatch(token) for token in _DIGIT_RUNS.findall(rest)):
        return None
    said = found.groupdict()
    return Compared(bool(said["gt"] or said.get("gt2")), " ".join(found.group().lower().split()))


# --------------------------------------------------------------------------- a comparative with its standard left out
# "Pass rates were a little better among second-time candidates: 48.4%", "Urban households do much better, with 59.5 in
# every 1000", "The higher rate came in 2014 - 3.1": a predicative comparative (or "the higher" before its noun and a verb
# of being or coming) with no "than", and the clause's own figure handed to it by a colon, ", with", "at" (", at"), a
# dash or a bracket. What it is compared with is left out: the figure of the same measure the sentences just before gave.
class ElidedStandard(NamedTuple):
    """A comparative said of a sentence's first figure, its other term left out: whether the figure is the greater
    (None when "better" or "worse" leave the way to the measure), the comparative's words and the words naming what is
    compared (the subject, or the noun after "the higher")."""
    greater: bool | None
    words: str
    subject: str


_ELIDED_WAY = (rf"(?:(?P<gt>{lexicon.alternation(lexicon.ELIDED_COMPARATIVES_UP)})|"
               rf"(?P<lt>{lexicon.alternation(lexicon.ELIDED_COMPARATIVES_DOWN)})|"
               rf"(?P<better>{lexicon.alternation(lexicon.JUDGED_COMPARATIVES_UP)})|"
               rf"(?P<worse>{lexicon.alternation(lexicon.JUDGED_COMPARATIVES_DOWN)}))")
_ELIDED_PREDICATE = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.PREDICATE_VERBS + lexicon.ELIDED_STANDARD_VERBS)})\s+"
    rf"(?:(?:{lexicon.alternation(lexicon.DEGREE_WORDS)})\s+){{0,2}}{_ELIDED_WAY}\b"
    rf"|\b(?:(?P<gt2>{lexicon.alternation(lexicon.ELIDED_LEADING_VERBS)})|"
    rf"(?P<lt2>{lexicon.alternation(lexicon.ELIDED_TRAILING_VERBS)}))\b(?!\s+by\b)", re.I)  # (not "the firm led by")
_ELIDED_NOUN_PHRASE = lazy_re.compile(
    rf"\bthe\s+{_ELIDED_WAY}\s+(?P<noun>{lexicon.alternation(lexicon.ELIDED_FIGURE_NOUNS)})\s+(?:came|comes|was|were|is|occurred|stood)\b", re.I)
# from the comparative to the figure: words and years only, then what hands the figure over
_ELIDED_TO_FIGURE = lazy_re.compile(
    rf"^(?P<rest>(?:[^\d;:,()]|{_A_YEAR_TOKEN}){{0,80}}?)"
    rf"(?::\s*|,\s*(?:{lexicon.alternation(lexicon.ELIDED_FIGURE_INTRODUCERS)})\s+|\s+at\s+|\s+[-–—]\s*|\s*\(\s*)$", re.I)
_THAN = lazy_re.compile(r"\bthan\b", re.I)
_SUBJECT_CLAUSE_BREAK = lazy_re.compile(r"[,;:]")


def elided_standard(opening: str) -> ElidedStandard | None:
    """The comparative, its other term left out, in a sentence's words before its first figure: "Pass rates were a
    little better among those sitting the test for the second time:", "The higher rate came in 2014 -". None when a
    "than" or another clause stands between the comparative and the figure."""
    found = None
    for found in _ELIDED_PREDICATE.finditer(opening):
        pass
    subject = ""
    if found is not None:
        subject = _SUBJECT_CLAUSE_BREAK.split(opening[:found.start()])[-1]
    else:
        for found in _ELIDED_NOUN_PHRASE.finditer(opening):
            pass
        if found is None:
            return None
        subject = found.group("noun")
    rest = _ELIDED_TO_FIGURE.match(opening[found.end():])
    if rest is None or _THAN.search(rest.group("rest")) or _ANOTHER_CLAUSE.search(rest.group("rest")) \
            or not lexicon.folded_words(subject):
        return None
    said = found.groupdict()
    greater = True if said["gt"] or said.get("gt2") else False if said["lt"] or said.get("lt2") else None
    return ElidedStandard(greater, " ".join(found.group().lower().split()), " ".join(subject.lower().split()))


_SIGNED = ("+", "-", "\u2212", "\u2013")


def sizes_its_comparative(opening: str, figure_text: str) -> bool:
    """Whether the figure is the size of the comparative's own move: a signed figure in brackets right after it
    ("production was marginally weaker (-1%)" says it fell 1% on its own earlier level, not that it was below the
    figure said before). A bare level in brackets ("better among second-timers (48.4%)") is no move."""
    return opening.rstrip().endswith("(") and figure_text.lstrip().startswith(_SIGNED)


_OTHER_TERM = lazy_re.compile(rf"\b(?:than|{lexicon.alternation(lexicon.TERMS_JOINERS)})\b", re.I)


def names_the_other_term(rest_of_sentence: str) -> bool:
    """Whether the words after the figure name the comparison's other term after all ("at 8.4%, than in the east",
    "8.4% against 6.1%"): the comparison is then another reading's."""
    return bool(_OTHER_TERM.search(rest_of_sentence))


# words of a subject that name no measure: "those", "among", "the"
_NOT_NAMING_A_MEASURE = frozenset(("the", "those", "these", "this", "that", "their", "its", "among", "with", "from", "for",
                                   "and", "also", "still", "even", "here", "there", "they", "them", "which", "who"))
_RATE_NOUNS = frozenset(lexicon.fold(w) for w in lexicon.ELIDED_RATE_NOUNS)


_POINTING_PRONOUNS = frozenset(("it", "they", "this", "that", "these", "those"))
_TIME_WORDS = frozenset(lexicon.fold(w) for w in (*cues.MONTH_NAMES, "year", "month", "quarter", "week", "day", "period"))


def measure_words(subject: str) -> frozenset[str]:
    """The words of a comparative's subject that may name its measure (folded; "Pass rates" -> pass, rate); none when
    a pronoun is the subject ("In April they were higher"): it points at the measure of the sentence before."""
    said = lexicon.folded_words(subject)
    if said and said[-1] in _POINTING_PRONOUNS:
        return frozenset()
    return frozenset(w for w in said if len(w) > 2 and w not in _NOT_NAMING_A_MEASURE and w not in _TIME_WORDS)


def names_a_rate(subject_words: frozenset[str]) -> bool:
    """Whether a subject names a rate ("the higher rate", "pass rates"): a figure per a base or in percent."""
    return bool(subject_words & _RATE_NOUNS)


# --------------------------------------------------------------------------- the largest part's change and the whole's
_LARGEST_CHANGE_BEFORE = lazy_re.compile(
    rf"\bthe\s+(?:single\s+)?(?:{lexicon.alternation(lexicon.CHANGE_SUPERLATIVES)})\s+(?:[a-z-]+\s+)?"
    rf"(?P<noun>{lexicon.alternation(lexicon.LARGEST_PART_CHANGE_NOUNS)})s?\b[^\d;]{{0,25}}$", re.I)
_WHOLE_CHANGE_WORDS = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.WHOLE_CHANGE_WORDS)})\b", re.I)
_FALL_NOUNS = frozenset(lexicon.LARGEST_PART_FALL_NOUNS)


def largest_part_change_before(words: str) -> int:
    """+1 when the words before a figure name it the largest rise among parts ("with the largest rise,", "had the
    biggest annual increase, up"), -1 the steepest fall, 0 neither."""
    m = _LARGEST_CHANGE_BEFORE.search(words)
    if m is None:
        return 0
    return -1 if m.group("noun").lower() in _FALL_NOUNS else 1


def names_the_whole(words: str) -> bool:
    """The words of a change's clause before it say it is the whole's: "sales of all fertilisers", "In all, capacity"."""
    return bool(_WHOLE_CHANGE_WORDS.search(words))


# --------------------------------------------------------------------------- one subject between two figures
# "Cases this year are 440% higher than the 2,841 of 2019, but lower than the 31,000 cases of 2018": a subject said to
# lie above one figure and below another puts the first below the second, whether or not its own figure is given
_COMPARED_BEFORE_WAY = lazy_re.compile(rf"\b(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$",
                                       re.I)
_BUT_THE_OTHER_WAY = lazy_re.compile(
    rf"^{_WORD_OR_YEAR}{{0,60}}?,?\s+(?:{lexicon.alternation(lexicon.TURNING_JOINERS)})\s+(?:(?:{lexicon.alternation(lexicon.DEGREE_WORDS)})\s+){{0,2}}"
    rf"(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$", re.I)


def between_two_figures(words_before_first: str, gap: str) -> bool | None:
    """Whether a subject compared with a first figure ("higher than the") and, after a turning joiner, the other way
    with the next ("but lower than the") puts the first below the second (True) or above it (False); None when the
    words do not say so."""
    first = _COMPARED_BEFORE_WAY.search(words_before_first)
    second = _BUT_THE_OTHER_WAY.match(gap)
    if first is None or second is None or bool(first.group("gt")) == bool(second.group("gt")):
        return None
    return bool(first.group("gt"))


# two counts joined by a preposition on each side of a comparison, the second pair's nouns left out: "412 clinics in
# 61 districts, up from 398 in 58", "4,100 pupils at 38 schools, against 3,900 at 35": the terms mirror each other, so
# each figure is compared with its counterpart, not the nearest figure across the comparison
_MIRRORED_PREPOSITION = rf"(?P<prep>{lexicon.alternation(lexicon.MIRRORED_TERM_PREPOSITIONS)})"
_MIRRORED_GLUE = lazy_re.compile(rf"^\s+(?:[a-z'’-]+\s+){{0,2}}{_MIRRORED_PREPOSITION}\s+$", re.I)
_MIRROR_GLUE = lazy_re.compile(rf"^\s+{_MIRRORED_PREPOSITION}\s+$", re.I)


def mirrored_terms(first_pair_gap: str, second_pair_gap: str) -> bool:
    """Whether the words between a comparison's first two figures ("services in") and between the two after it ("in")
    join them by one preposition, the second pair's nouns left out."""
    first, second = _MIRRORED_GLUE.match(first_pair_gap), _MIRROR_GLUE.match(second_pair_gap)
    return bool(first and second and first.group("prep").lower() == second.group("prep").lower())
