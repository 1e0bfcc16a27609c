"""Two figures compared in words ("7.75 million, up from 7.68 million",
"8.6%, below the 15.6% of a year ago"), also across a sentence that points back
("This was slower than the average 24-percent growth") and "X overtook Y"."""
from __future__ import annotations

import re
from typing import Iterator

from auditor import lazy_re
from auditor import expr, grammar, relations
from auditor.checks.base import Check
from auditor.checks.nearby import (
    by_sentence,
    counts_two_things,
    is_level,
    is_percent_level,
    is_ratio_level,
    layout,
    places,
    same_unit,
    written_in_digits,
)
from auditor.document import Document
from auditor.extract import context
from auditor.grammar.nearby import names_a_fall
from auditor.grammar import cues
from auditor.grammar.frames import Role
from auditor.model import Figure, Kind, Relation

ID = "comparison"
DOC = """\
## What it checks
Two figures of the same unit in one sentence, joined by words that say which is
larger: "up from", "down from", "higher than", "lower than", "above", "below",
"ahead of", "short of"; for two rates of change, "slowed from", "faster than". The figures must lie the way the words say.
A percentage said to be most of its whole is above one half, one said to be a minority below it:
"Most patients were elderly, at 57.2 percent", "The majority (61%) of members voted to accept", "A
minority of households, 38%, own an electric car" ("the most common cause ..., at 31%" is a
superlative, not a majority).
A percentage in brackets after the fraction the words give it as lies on the side the hedge says: "more than a
third of firms (31.2%)" is at least a third, "nearly one in four adults (26.1%)" at most a quarter, "just over one
death in every five took place at home (22.6%)" above a fifth; so is one set off by commas or dashes right after the
fraction's noun ("More than half of respondents, 47.2%, said", "Just under half of the workforce - 51.3% - is
female"; not after a clause with a verb of its own, nor one followed by "in 2019" or "of whom"); a bare fraction ("two-thirds of staff (64%)") is a
loose rounding, and one off its percentage is only undetermined.
One group counted as households (families, homes) and as the people in them has no fewer people than households:
"105 families or 321 persons", "2,906 households with 11,380 members", "4,210 people (1,090 households)" (a size per
household, "with 3 children each", is not read).
A sum of money said to cover another is no less than it: "The £42,000 grant covers the £39,500 shortfall", "$3.1m,
enough to cover the $2.8m repair bill" (one put up "to cover" another, an aim, only suggests it; "covers half of"
is not read).
A comparison set off by a comma after a base named by its noun is said of the clause's own figure: "Health gets
Rs 8,200 crore, against the budget estimate of Rs 7,900 crore, and up from the revised estimate of Rs 8,050 crore"
compares 8,200 with 8,050, not the two estimates; so is one after a figure that is itself compared ("58.2 per cent,
well short of the 65 per cent target, but above the 49.7 per cent of the last election").
A level said to lie above (below) a reference value, "the average", "the national mean", "the benchmark", is at
least (at most) the figure after the noun ("At 12.4 per cent, the vacancy rate is well above the regional average of
9.8 per cent"), or else the one given within six sentences before under the same name and modifiers ("Average spend
per visitor was £54. Londoners spent £71, above the average"); when several figures bear the name, the one whose
sentence shares a word with the level's is only likely.
A level given "at" in apposition beside words of standing that place it above (below) another figure of its unit and
role is at least (at most) it: "Unemployment is still above its pre-pandemic level of 3.5%, at 3.9%", "Unemployment, at
3.9%, is still above its pre-pandemic level of 3.5%", "At 48.7, the index remained in contraction territory, below the
50.0 mark" (not when a figure stands between the mark and "at": "above 5% in 12 regions, at 6.1% in the north").
A level said to lie between two others is at least the smaller and at most the larger ("At 4.2 per cent, Britain's
rate lies between Germany's 3.1 per cent and France's 5.0 per cent"). A figure hedged by "more than", "nearly" or
"up to", then the exact one in brackets, has the exact one on the hedge's side ("More than 1,200 homes (1,236)").
A comparative said before both its terms, each with its figure ("Sales were higher in Leeds (£4.1m) than in York
(£3.6m)"), puts the first on the side it says.
The bounds of a range lie low first: "estimated at between $2.8 billion and $3.2 billion", "rents ranged from €640
to €910" (not "the gap between 4.1% and 3.2%", "split between", nor a move "rose from 410 to 450"); an expected
range out of order is only undetermined.
A rate is compared past its own base, and with a level of another time in bare digits: "The
readmission rate (8.4 per 100 discharges) is below its 2019 level (9.1)".
A level may also be compared with an earlier time's level given in brackets, past figures of
another kind: "85% were seen within 30 minutes, up on the same time last year (83%)"; with each term of a list so
given ("more than sales in 2010 (US $983 million) and 2011 (US $1.3 billion)"), and with the level a clause of the
other time gives ("worth $1.4 billion, more than in 2011, when they were worth $1.3 billion").
So may a sentence with no level of its own that says a direction against an earlier time, the time's level after
"when" or in the next sentence opening on that time ("Back then", "At that time"), the present level the one said
before (past sentences with no figure), both naming what they count alike: "Exports reached $4.1 billion in 2023.
That was more than in 2022, when exports totalled $3.8 billion"; only a question unless the sentence opens on a
pronoun for the level before and its "when" clause gives the earlier one ("Ferry traffic went up compared with 2023.
Back then, ferries carried 2.65 million passengers").
A change said to be steeper, faster, smaller or milder than another change is at least (at most) its size: "fell 10.5
per cent to US$ 3.0 billion, a steeper decline than in 2014 (-8.2 per cent)", "slower growth than in 2022, when sales
rose 9.0%", "rose 4.4 percent, outpacing the 2.9 percent increase of 2019" (a rise set against a fall is not read).
An outcome set "against a target of" another figure is at most the target when the words say it fell short (missed,
below target), at least it when they say it passed it (exceeded, beat, went past): the last such word before the
outcome, else the first after the target, else a sentence with no figure just before ("VAT still fell short. ... VAT
brought in Rs 144.92 billion against a target of Rs 148.84 billion"); lists pair item by item ("came to Rs 0.67 billion
and Rs 0.8 billion, against targets of Rs 0.68 billion and Rs 0.92 billion respectively").

The first term may stand in the sentence before when the second sentence points back at it
("Exports grew 16.9 percent. This was markedly slower than the average 24-percent growth";
"... 5.9 arrests per officer. That is an increase on the average of 4.3, though still short of
the 7.7 of 2019"; "Imports rose 19.3 percent. Here too growth eased, from the 28.4-percent increase
of May"); this is read for percentages and ratios only, and for counts and amounts when the
sentence names the figure ("The figure was below the 412,300 carried in April"); "the total" after the parts of a whole
given within three sentences before is that whole, not the last part ("Of these, 24,100 owned their home and 20,950
rented. A further 160 gave no answer. The total was down from the 46,880 households of 2015"). "X overtook Y" compares X's figure
with the one the next sentence gives for Y.

A level said to cross a mark lies on the side of it the words give: "Entries dropped below 20,000 for
the first time. At 19,350, ..." (at most the mark), "admissions fell below 3,000 to 2,870", "Sales of
41,200 surpassed the previous record of 39,800", "With this figure, the council surpasses the £85
million budgeted, as well as the £79.1 million of 2022" (at least each mark); so does one kept on one side
of it or moved past it: "Turnout stayed above the 60% mark, at 61.8%", "climbed past the 5,000 mark, to
5,240". A round figure named as a mark ("the £50 threshold", "the 500 mark") is exact, not a rounding. A forecast
level is never an error.

The levels of a series listed after the words of its direction lie in that order: "Spending has
declined every year since 2015, with £412 million in 2016, £398 million in 2017 and £377 million in
2018" (each at most the one before; after "since 2015", the level of 2015 given before opens the
series); so do levels run "from" the first "to" the next ("rose every year: from $3.1 billion in 2019 to $3.4
billion in 2020, $3.6 billion in 2021 and ..."). Only a move at every step ("steadily", "every year") makes a
level out of order an error; "has fallen since 2010, with ..." or "almost all downhill, with ..." only
suggest the order, and a level that breaks it is undetermined.

## Why it matters
A comparison whose figures point the other way is a swapped or mistyped figure,
or a wrong word, and it reverses the story a reader takes away.

## Example
The waiting list stood at 7.75 million, up from 7.68 million in July.

## Fix
Correct the figure or the comparison word.
"""

_GREATER = cues.words(tuple(f"{v} from" for v in cues.SPEED_UP) + cues.COMPARATIVES_UP + cues.RISE_FROM + cues.EXCEEDING, " ")
_LESS = cues.words(tuple(f"{v} from" for v in cues.SLOW_DOWN) + cues.COMPARATIVES_DOWN + cues.FALL_FROM, " ")
_GAP = lazy_re.compile(rf"^[^\d;]{{0,30}}?\b(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\b[^\d;]{{0,25}}$", re.I)
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
_APPOSITIVE_FROM = lazy_re.compile(rf"^{_WORD_OR_YEAR_OR_COMMA}*,\s*(?:(?:but|and|yet|though)\s+)?{_APPOSITIVE}\s*(?:the\s+)?$", re.I)
# a second comparison of the clause's own figure after the first's term, joined by "and": "31,970 tonnes, lower than
# the 40,057 tonnes of December and lower too than the 35,087 tonnes of January 2008"
_AND_AGAIN_GAP = lazy_re.compile(rf"^{_WORD_OR_YEAR}{{0,40}}?\band\s+(?:(?:also|still|even|yet)\s+)?"
                                 rf"(?:(?P<gt>{_GREATER})|(?P<lt>{_LESS}))\b{_WORD_OR_YEAR}{{0,35}}$", re.I)
_TOO_BEFORE_THAN = lazy_re.compile(r"\s+(?:too|also|still)(?=\s+than\b)", re.I)


def _and_again(gap: str) -> re.Match | None:
    return _AND_AGAIN_GAP.match(_TOO_BEFORE_THAN.sub("", gap))


_DIFFERENCE_PHRASE = lazy_re.compile(rf"^\s*(?:[a-z]+\s+)?(?:{cues.words(cues.COMPARATIVES + cues.BIGGER)})"
                                r"\s+(?:[a-z]+\s+)?than\b", re.I)
_PER_BASE = lazy_re.compile(rf"\b(?:{cues.words(cues.PER_BASE + cues.OUT_OF_EVERY, ' ')})\s*$", re.I)
_OBJECT_OF_CHANGE = lazy_re.compile(rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.THAN, ' ')})\s*(?:the\s+)?$", re.I)
_QUALIFIER_WORDS = frozenset(cues.BOUNDS)
_RANK_POSITIONS = frozenset(cues.RANK_POSITIONS)
# the figure after "by" is the size of the difference, not what is compared with: "R812bn, exceeding the
# target by R32bn"
_BY_AMOUNT = lazy_re.compile(rf"\bby\s+(?:(?:{cues.words(cues.HEDGES_AMOUNT)})\s+)?$", re.I)
# a comparison word whose object is a noun, then a phrase of place or group the figure opens: "1.4 degrees
# above normal in 12 of the 16 regions" (12 counts the regions; normal is what 1.4 is above)
_OBJECT_THEN_PLACE = lazy_re.compile(r"^[^\d;]*?\b(?:above|below|over|under|beyond)\s+(?!than\b)[a-z]+"
                                     r"\s+(?:in|across|among|for)\s+$", re.I)
# the comparative's own object, then a comma and a conjunction opening the next clause: "412 mm, or 88 mm above
# normal, and 301 mm in February" (the next figure is no term of the comparison)
_OBJECT_THEN_CLAUSE = lazy_re.compile(r"^[^\d;]*?\b(?:above|below|over|under|beyond)\s+(?!than\b)(?:the\s+|its\s+)?"
                                      r"[a-z]+\s*,\s*(?:and|but|while|whereas)\s+$", re.I)
_OPEN_ENDED = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*(?:and|or)\s+(?:above|over|more|higher|greater|"
                              r"below|under|less|fewer|lower)\b\s*(?:[,;:)]|$)", re.I)


_DIGITS = lazy_re.compile(r"\d")
# a figure named as the base of a comparison by a noun phrase: "against the budget estimate of", "compared with the
# previous year's total of", "from the revised estimate of"
_NAMED_BASE_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS + cues.THAN, ' ')})\s+"
                                     r"(?:the\s+|a\s+|an\s+)?(?:[a-z'’-]+\s+){1,4}?(?:of|at)\s+(?:rs\.?\s*|us\$\s*)?$", re.I)


# a figure that is itself the object of a comparison: "well short of the 65 per cent target, but above the 49.7 per
# cent of the last election" (the second comparison is said of the clause's own figure, as after a named base)
_COMPARED_BEFORE = lazy_re.compile(rf"\b(?:{_GREATER}|{_LESS})\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$", re.I)


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


def _comparable(a: Figure, b: Figure) -> bool:
    if not (written_in_digits(a) and written_in_digits(b)):
        return False  # "six ... above six": number words name categories more often than amounts
    if is_percent_level(a) and is_percent_level(b):
        return True
    if a.unit == b.unit == "percent" and a.direction and b.direction:
        return True  # two rates of change: "up 17.9 percent, although growth slowed from 19.4 percent"
    if is_ratio_level(a) and b.kind is Kind.NUMBER and not b.unit and not b.direction:
        return True  # a rate, then its own level of another time in bare digits: "is below its 2008 level (10.7)"
    return is_level(a) and is_level(b) and same_unit(a, b) and a.unit == b.unit


# "an average of about 12,100 a day", "the median was 405": a level of the members, not the total
_AVERAGE_BEFORE = lazy_re.compile(rf"\b(?:average|mean|median)\s+(?:of\s+)?(?:(?:{cues.words(cues.APPROXIMATORS, ' ')})\s+)?$", re.I)
# a figure after a preposition of place or span is an adjunct of the clause, not its head: "across 38 match days"
_ADJUNCT_BEFORE = lazy_re.compile(r"\b(?:across|over|in|at|on|among|between|within|from|by|with)\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def _one_measure(document: Document, a: Figure, b: Figure) -> bool:
    """Whether two comparable figures can be levels of one thing: not counts of two nouns ("212 villages"
    against "151,000 people"), nor an average against a level no word makes one."""
    if not a.unit and not b.unit and counts_two_things(document, a, b):
        return False
    def average(f: Figure) -> bool:
        return bool(_AVERAGE_BEFORE.search(document.text[max(0, f.span.start - 40):f.span.start]))
    return average(a) == average(b)


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    crossings = list(relations.crossed_marks(meaning, ID))
    yield from crossings
    yield from relations.halves(meaning, ID)
    yield from relations.fractions(meaning, ID)
    yield from relations.group_members(meaning, ID)
    crossed = {frozenset(f.id for f in r.figures.values()) for r in crossings}
    ranked = {frozenset((link.larger.id, link.smaller.id)) for link in meaning.orders}
    where = places(document, figures)
    groups = by_sentence(document, figures, where)
    back = list(_pointing_back(document, where, groups, meaning.parts))
    pointed_at = {r.figures["second"].id for r in back}
    # the base of a rate belongs to its unit ("10.6 deaths per 1,000 population) is below its 2008 level (10.7)"):
    # the rate is compared with the figure after its base
    rated = [i for i, f in enumerate(figures) if meaning.frames[f.id].role is not Role.PER_BASE]
    lay = layout(document, figures)
    for i, j in zip(rated, rated[1:]):
        a, b = figures[i], figures[j]
        if where[a.id].sentence != where[b.id].sentence or not _comparable(a, b):
            continue
        named_base = _NAMED_BASE_BEFORE.search(document.text[max(0, a.span.start - 60):a.span.start]) \
            or _COMPARED_BEFORE.search(document.text[max(0, a.span.start - 40):a.span.start])
        if named_base:
            # "Health gets Rs 8,200 crore, against the budget estimate of Rs 7,900 crore, and up from the revised
            # estimate of Rs 8,450 crore": a base named by its noun is compared with; a comparison after it, set off by
            # a comma, is said of the clause's own figure, the last before it that is no base
            gap = document.text[a.span.end:b.span.start]
            if not (_APPOSITIVE_GAP.match(gap) or _APPOSITIVE_FROM.search(gap) or _and_again(gap)):
                continue
            heads = [f for f in lay.before_in_sentence(a) if _comparable(f, b) and not _NAMED_BASE_BEFORE.search(
                document.text[max(0, f.span.start - 60):f.span.start]) and not _OBJECT_OF_CHANGE.search(
                document.text[max(0, f.span.start - 30):f.span.start]) and not _COMPARED_BEFORE.search(
                document.text[max(0, f.span.start - 40):f.span.start])]
            if not heads:
                continue
            a = heads[-1]
        if not _one_measure(document, a, b):
            # "184,000 people in 212 villages, up from 151,000 people", "4.6 lakh spectators ..., an average of
            # 12,100 a day, up from 3.9 lakh": the appositive compares the clause's own level of b's kind,
            # not the count of another noun or the average beside it
            gap = document.text[a.span.end:b.span.start]
            if not (_APPOSITIVE_GAP.match(gap) or _APPOSITIVE_FROM.search(gap)):
                continue
            heads = [f for f in lay.before_in_sentence(a) if _comparable(f, b) and _one_measure(document, f, b)
                     and not _ADJUNCT_BEFORE.search(document.text[max(0, f.span.start - 20):f.span.start])]
            if not heads:
                continue
            a = heads[-1]
        if a.id in pointed_at and b.id in pointed_at:
            continue  # "That is below the 6.4% of March but above the 5.8% of 2023": both compare with the figure before
        if _PER_BASE.search(document.text[max(0, a.span.start - 15):a.span.start]):
            continue  # "94.0 males per 100 females, below the national 96.1": 100 is the ratio's base
        if _OBJECT_OF_CHANGE.search(document.text[max(0, a.span.start - 30):a.span.start]):
            continue  # "fell to 2.5% from 2.8% in December, below the 3.0% expected": 'below' is about 2.5%
        gap = document.text[figures[i].span.end:b.span.start]  # (from the named base on, when the comparison is the head's)
        if j > i + 1:  # (only bases stand between them: the words from the last base on, a year's digits masked)
            gap = _DIGITS.sub("#", document.text[figures[j - 1].span.end:b.span.start])
        if _OPEN_ENDED.match(gap):
            continue  # "the 4,948 that scored 300 and above, 1,455 were ...": 300 is a threshold, 'above' has no object
        if _BY_AMOUNT.search(gap) or _OBJECT_THEN_PLACE.match(gap) or _OBJECT_THEN_CLAUSE.match(gap):
            continue
        if _DIFFERENCE_PHRASE.match(gap):
            continue  # "168 students larger than the target of 7,000": 168 is the gap, the difference check's
        # "7.75 million people were waiting at the end of August, up from 7.68 million": the
        # appositive compares the clause's own figure however long the clause
        m = _GAP.match(gap) or _APPOSITIVE_GAP.match(gap) or _APPOSITIVE_FROM.search(gap) or _APPOSITIVE_THEN_WHEN.match(gap) \
            or (named_base and _and_again(gap))
        if not m:
            continue
        op = ">" if m.group("gt") else "<"
        words = (m.group("gt") or m.group("lt")).lower()
        if a.value < 0 and b.value < 0 and _SPEED.search(words):
            op = "<" if op == ">" else ">"  # "a drop of -6.4%, slower than -6.5%": the pace of a fall is its size
        elif a.value < 0 and b.value < 0 and words in _RANK_POSITIONS \
                and names_a_fall(document.text[where[a.id].sentence_start:a.span.start]):
            op = "<" if op == ">" else ">"  # "The steepest fall was in A (-15.87%), ahead of B (-10.48%)": falls ranked
        if b.qualifier and words in _QUALIFIER_WORDS:
            continue  # "each saw more than 1,000": a bound on the second figure, not a comparison
        if frozenset((a.id, b.id)) in crossed:
            continue  # read by the meaning layer as a crossing
        claim = expr.parse(f"first {op} second")
        yield Relation(ID, claim, {"first": a, "second": b}, f"{a.text} is said to be {words} {b.text}")
        # "worth US$1.4 billion, more than sales in 2010 (US $983 million) and 2011 (US $1.3 billion)": the terms
        # listed after the first, each named with its figure in brackets, are compared alike
        previous = b
        for c in figures[j + 1:]:
            gap = document.text[previous.span.end:c.span.start]
            bracketed = _BRACKETED_TERM_BEFORE.search(document.text[max(0, previous.span.start - 6):previous.span.start]) \
                and _NEXT_BRACKETED_TERM.match(gap)
            dated = _NEXT_DATED_TERM.match(gap) and _DATED_AFTER.match(document.text, c.span.end)
            if where[c.id].sentence != where[a.id].sentence or not (bracketed or dated) \
                    or not (_comparable(a, c) and _one_measure(document, a, c)) or c.qualifier \
                    or frozenset((a.id, c.id)) in ranked:
                break  # (a list the meaning layer reads as a ranking, "ahead of A (x) and B (y)", is the ranking's)
            yield Relation(ID, claim, {"first": a, "second": c}, f"{a.text} is said to be {words} {c.text}")
            previous = c
    yield from back
    yield from _overtaking(document, where, groups)
    yield from _appositive_across(document, figures, where)


_UP_FROM_BEFORE = lazy_re.compile(rf",\s*{_APPOSITIVE}\s*(?:the\s+)?$", re.I)
# the same with the earlier time named first and its level in brackets: "85% were seen within 30 minutes,
# up on the same time last year (83%)", "..., down from a year earlier (7,930)"
_EARLIER = cues.words(cues.EARLIER_TIME + ("same", "year", "quarter", "month"))
_UP_ON_A_TIME = lazy_re.compile(rf",\s*(?:(?P<gt>up|higher)|(?P<lt>down|lower))\s+(?P<prep>from|on|than)\s+"
                                rf"(?=[^(]*\b(?:{_EARLIER})\b)(?:[a-z0-9'’-]+\s+){{1,6}}\(\s*$", re.I)


def _appositive_across(document: Document, figures: tuple[Figure, ...], where) -> Iterator[Relation]:
    """"8,998 people had been waiting more than 18 months ..., up from 7,289": the appositive compares
    the clause's own figure even past figures of another kind ("18 months"); so does one that names
    the earlier time first and gives its level in brackets ("..., up on the same time last year (83%)")."""
    for k, b in enumerate(figures):
        if k == 0:
            continue
        m = _UP_FROM_BEFORE.search(document.text[max(0, b.span.start - 25):b.span.start])
        named_time = None if m else _UP_ON_A_TIME.search(document.text[max(0, b.span.start - 60):b.span.start])
        m = m or named_time
        if not m:
            continue
        previous = layout(document, figures).before_in_sentence(b)
        if not previous or (_comparable(previous[-1], b) and not named_time):
            continue  # the figure just before is comparable: the in-sentence pairing handles it
        comparable = [f for f in previous if _comparable(f, b)]
        if len(comparable) != 1:
            continue
        a = comparable[0]
        op = ">" if m.group("gt") else "<"
        words = (m.group("gt") or m.group("lt")).lower() + (f" {m.group('prep').lower()}" if named_time else "")
        yield Relation(ID, expr.parse(f"first {op} second"), {"first": a, "second": b},
                       f"{a.text} is said to be {words} {b.text}")


# --- a comparison whose first term stands in the sentence before ----------------------------
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
# between the cue and its figure: a few words, years allowed ("the 2021-2023 average of")
_CUE_TO_FIGURE = lazy_re.compile(rf"^(?!.*\b(?:{cues.words(cues.FORECAST_PARTICIPLES + cues.COPULAS + cues.HAVE)})\b)"
                            r"(?:[^\d;.,]|(?<![\d.])(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?(?![\d.]))*$")
# a second comparison in the same pointing-back sentence: ", though still well short of the ... 7.7"
_BACK_MORE = lazy_re.compile(
    rf"^[^,;\d.]{{0,40}}?(?:,\s*|\s)(?:(?:{cues.words(cues.BACK_JOINERS)})\s+)?(?:still\s+)?(?:\w+\s+){{0,2}}?"
    rf"(?:(?P<gt>{_BACK_GREATER})|(?P<lt>{_BACK_LESS}))\b", re.I)
_FROM_TO = lazy_re.compile(r"\s*(?:[a-z-]+\s+){0,3}?to\s+[-+−]?[$€£¥]?\d", re.I)
_SPEED = lazy_re.compile(rf"\b(?:{cues.words(cues.SPEED_STEMS)})", re.I)
_GROWTH_WORDS = lazy_re.compile(rf"^[\s-]*(?:\w+\s+){{0,2}}?(?:{cues.words(cues.GROWTH_NOUNS)})\b", re.I)


def _term_fits(a: Figure, b: Figure, document: Document) -> bool:
    """A figure the sentence before states, comparable with the one the pointing-back sentence names."""
    if not _comparable(a, b):
        if a.unit == b.unit == "percent" and a.direction and not b.direction:
            # "the average 24-percent growth": a rate of change written as a level
            return bool(_GROWTH_WORDS.match(document.text[b.span.end:b.span.end + 40]))
        return a.kind is b.kind and is_ratio_level(a) and is_ratio_level(b) and a.unit == b.unit
    return True


def _is_markup(text: str) -> bool:
    text = text.strip()
    return text.startswith("<!--") or not re.search(r"[A-Za-z]", text)


# "the total" said after the parts of a whole: that whole ("The report counted 45,210 deaths. Of these, 24,100 were men
# and 20,950 women. A further 160 were unrecorded. The total was down from the 46,880 deaths of 2015")
_TOTAL_ANAPHORS = frozenset(("the total", "the tally", "the count"))
_WHOLE_BACK = 3  # sentences back from the pointing sentence to the whole whose parts the sentence before gives


def _whole_of_parts(parts: tuple, previous: list[Figure], b: Figure, index: int, where) -> Figure | None:
    """The one whole whose parts end in the sentence before, given at most three sentences back, of b's unit."""
    ids = {f.id for f in previous}
    wholes = {link.whole.id: link.whole for link in parts
              if link.sure and any(p.id in ids for p in link.parts) and link.whole.id not in ids
              and 0 < index - where[link.whole.id].sentence <= _WHOLE_BACK
              and same_unit(link.whole, b) and link.whole.unit == b.unit and written_in_digits(link.whole)
              and not link.whole.qualifier}
    return next(iter(wholes.values())) if len(wholes) == 1 else None


def _pointing_back(document: Document, where, groups, parts: tuple = ()) -> Iterator[Relation]:
    sentences = context.sentences_cached(document.text)
    for index, sentence in groups.items():
        first = sentence[0]
        start = where[first.id].sentence_start
        opening = document.text[start:first.span.start]
        m = _BACK_OPENING.match(opening)
        if not m or not _CUE_TO_FIGURE.match(opening[m.end():]) or len(opening) - m.end() > 60:
            continue
        back = index - 1
        while back >= 0 and _is_markup(document.text[sentences[back].start:sentences[back].end]):
            back -= 1  # an HTML comment or a bare mark between the sentences
        if back < 0 or back not in groups:
            continue
        previous = groups[back]
        greater = bool(m.group("gt") or m.group("gt2"))
        cue = m.group("gt") or m.group("lt") or (m.group("gt2") or m.group("lt2")) + " from"
        terms = [(first, greater, cue.lower())]
        for before, after in zip(sentence, sentence[1:]):
            gap = document.text[before.span.end:after.span.start]
            more = _BACK_MORE.match(gap)
            if not more or not _CUE_TO_FIGURE.match(gap[more.end():]) or len(gap) - more.end() > 60:
                break
            terms.append((after, bool(more.group("gt")), (more.group("gt") or more.group("lt")).lower()))
        for b, greater, words in terms:
            if b.unit != "percent" and not is_ratio_level(b) and not m.group("noun"):
                continue  # "It was short of a quorum of 30": counts pointed back at are too often something else
                # (unless the opening names the figure: "The figure was below the 2.27 million counted in July")
            if _FROM_TO.match(document.text, b.span.end):
                continue  # "slowed from 1.7% to 1.1%": both ends stated here, not the figure before
            if b.qualifier and b.qualifier != ("more-than" if greater else "less-than"):
                continue  # "about 7 million": no firm figure to compare with
            speed = bool(_SPEED.search(words))
            candidates = [a for a in previous if a.id != b.id and _term_fits(a, b, document)
                          and (a.direction or not speed)]
            noun = " ".join((m.group("noun") or "").lower().split())
            if noun in _TOTAL_ANAPHORS and not speed:
                # (not the last part the sentence before gives: "Another 110 were not recorded. The total was ...")
                whole = _whole_of_parts(parts, previous, b, index, where)
                if whole is not None and _term_fits(whole, b, document):
                    candidates = [whole]
            if not candidates:
                continue
            a = candidates[-1]
            op = ">" if greater else "<"
            yield Relation(ID, expr.parse(f"first {op} second"), {"first": a, "second": b},
                           f"{a.text} is said to be {' '.join(words.split())} {b.text}", certain=len(candidates) == 1)


# --- "X overtook Y" with Y's figure in the next sentence -------------------------------------
_OVERTOOK = lazy_re.compile(rf"\b(?:{cues.words(cues.OVERTAKING, ' ')})"
                       r"\s+(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)")


def _overtaking(document: Document, where, groups) -> Iterator[Relation]:
    sentences = context.sentences_cached(document.text)
    for index, sentence in groups.items():
        place = where[sentence[0].id]
        text = document.text[place.sentence_start:place.sentence_end]
        m = _OVERTOOK.search(text)
        if not m:
            continue
        verb_at = place.sentence_start + m.start()
        if any(f.span.start > verb_at for f in sentence):
            continue  # Y's figure in the same sentence: the in-sentence comparison reads it
        before = [f for f in sentence if f.span.end <= verb_at and is_level(f) and not f.qualifier]
        if not before or index + 1 >= len(sentences):
            continue
        a = before[-1]
        nxt = sentences[index + 1]
        if not re.search(rf"\b{re.escape(m.group('name'))}\b", document.text[nxt.start:nxt.end]):
            continue
        candidates = [f for f in groups.get(index + 1, []) if is_level(f) and same_unit(f, a) and f.unit == a.unit
                      and not f.qualifier]
        if len(candidates) != 1:
            continue
        yield Relation(ID, expr.parse("first > second"), {"first": a, "second": candidates[0]},
                       f"{a.text} is said to have overtaken {m.group('name')} ({candidates[0].text})")


CHECK = Check(ID, "Two figures compared in words lie the other way round.", DOC, find)
