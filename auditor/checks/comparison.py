"""Two figures compared in words ("7.75 million, up from 7.68 million",
"8.6%, below the 15.6% of a year ago"), also across a sentence that points back
("This was slower than the average 24-percent growth") and "X overtook Y"."""
from __future__ import annotations

from typing import Iterator

from auditor import expr, grammar, relations
from auditor.checks.base import Check
from auditor.grammar.nearby import (
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
from auditor.grammar.measures import less_is_better
from auditor.grammar.nearby import names_a_fall
from auditor.grammar import comparisons, cues, lexicon
from auditor.grammar.frames import Role
from auditor.model import Figure, Kind, Relation

ID = "comparison"
DOC = """\
## What it checks
Two figures of the same unit in one sentence, joined by words that say which is
larger: "up from", "down from", "higher than", "lower than", "above", "below",
"ahead of", "short of"; for two rates of change, "slowed from", "faster than". The figures must lie the way the words say.
So must a base named by "up on" or "down on" ("Exports of 12,400 tonnes were down on the 11,900 tonnes of 2022"), a
figure set "over" or "under" another after a degree word or a verb of being ("employed 4,100 people, well under the
4,900 it had planned"; not "over the 12 months", "under the new scheme"), one "within" a cap named by its noun ("a
deficit of 3.1% of GDP, well within the EU ceiling of 3.5%"), and the subject of a comparative after a verb of being,
however its noun phrase names it ("The 2023 harvest of 2.6 million tonnes was smaller than the 2.9 million tonnes of
2022"; "168 students larger than the target" gives the gap, no term).
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
Two counts joined by a preposition on each side of a comparison, the second pair's nouns left out, are compared each
with its counterpart: "412 clinics in 61 districts, up from 398 in 58" sets 412 above 398 and 61 above 58.
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
(£3.6m)"), puts the first on the side it says; so does one whose first term is the clause's own, its figure set off
right after it ("Mortgages grew faster, at 9.6 percent a year, than loans, at 5.7 percent", "Exports grew faster,
9.6%, than imports at 5.7%"); "better" or "worse" so is only likely, its way read from the measure's words ("did
better, 48.4%, than first-timers at 47.5%"; "fared worse on unemployment (8.1%) than the south (6.2%)": less
unemployment is better). A comparative said of the clause before both its terms' figures, joined by "against", "compared with" or "versus",
puts the first on its side: after a verb of being or staying ("Rents were far higher, at €1,420 against €1,310 in the
regions", "stayed well ahead with 3,412 deliveries, against 2,980"), a verb of trailing or leading ("Rural incomes
lagged, at $2,140 compared with $3,870"), or opening the sentence with its "than" ("More boys than girls sat the test:
4,120 against 3,860"); not an attributive comparative ("Higher education spending"), one of another clause, nor one
said against an amount in words ("more than half"). A clause of contrast
whose comparative names no other term compares its one figure (the one set off right after the comparative, when
the clause gives more) with the clause it is set against, opened by "while", "whereas" or "but": a pace ("The north
grew 8.4 per cent, while the south, at 9.1 per cent, grew more slowly", "..., but the average mortgage has grown
faster, at 9.6 percent, from KSh 6.9 million to KSh 10.9 million") surely, a rate's level ("while Tartu's rate, at
4.1%, was lower") only likely. Two rates each on a base of one size are compared ("3.5 per 1,000, lagging behind urban
households at 50 per 1,000"), and the other term's figure may stand in a clause of its place or time ("lower than in
Cusco, where it reached 2.8%"). Two years' levels in one sentence lie the way its words say: "More applications were
filed in 2013 than in 2012, the annual totals being 433,360 and 414,649 respectively" (the noun may have modifiers:
"More U.S. trademark applications"), "the number of applicants
(1,203,000) fell slightly from 2015 (1,257,000)".
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
rose 9.0%", "rose 4.4 percent, outpacing the 2.9 percent increase of 2019", "outstripping the growth in wages, 6.9 percent" (a rise
set against a fall is not read).
An outcome set "against a target of" another figure is at most the target when the words say it fell short (missed,
below target), at least it when they say it passed it (exceeded, beat, went past): the last such word before the
outcome, else the first after the target, else a sentence with no figure just before ("VAT still fell short. ... VAT
brought in Rs 144.92 billion against a target of Rs 148.84 billion"); lists pair item by item ("came to Rs 0.67 billion
and Rs 0.8 billion, against targets of Rs 0.68 billion and Rs 0.92 billion respectively").

The first term may stand in the sentence before when the second sentence points back at it
("Exports grew 16.9 percent. This was markedly slower than the average 24-percent growth";
"... 5.9 arrests per officer. That is an increase on the average of 4.3, though still short of
the 7.7 of 2019"; "Imports rose 19.3 percent. Here too growth eased, from the 28.4-percent increase
of May"); so when its subject names that change by its noun, which must go the change's way, with a word of what
changed that the change's own sentence uses ("The drop in imports" points at no fall of exports), and the two changes
are compared in size ("Garment exports shrank by 6.21 per cent. The drop in garment shipments was larger than the
5.84 per cent fall of all exports"); this is read for percentages and ratios only, and for counts and amounts when the
sentence names the figure ("The figure was below the 412,300 carried in April"); "the total" after the parts of a whole
given within three sentences before is that whole, not the last part ("Of these, 24,100 owned their home and 20,950
rented. A further 160 gave no answer. The total was down from the 46,880 households of 2015"). "X overtook Y" compares X's figure
with the one the next sentence gives for Y.
A comparative with no "than", said of a sentence's first figure that a colon, ", with", ", at", a dash or a bracket
hands to it ("Pass rates were a little better among second-time candidates: 48.4%", "Urban households do much better,
with 59.5 in every 1000", "Imports trailed, at 3,900 tonnes", "The higher rate came in 2014 - 3.1"), compares it with
the figure of its unit the two sentences before gave whose words share most with the comparative's subject ("pass
rate"; a subject naming a rate is matched by a rate), the nearer of two alike; a pronoun ("It was lower in April, at
5.0%") points at the one such figure of the sentence before. A subject sharing no word with that one figure, a tie, and
"better" or "worse" (whose way is the measure's) only suggest the order. Not a comparative before its noun ("Higher
prices"), "the lower house", a figure after a bare comma or in another clause, nor one whose other term the sentence
names after it ("than", "against"). A signed figure in brackets right after such a comparative ("tin output was slightly
weaker (-1%)") is the size of the subject's own move on its earlier level: its sign must go the comparative's way, and
it is set against no figure said before.

One subject said to lie above one figure and, after "but", "yet" or "while", below the next (or the other way) puts the
first below the second, its own figure given in another kind or not at all: "Cases this year are 440% higher than the
2,841 cases of 2019, but lower than the 31,000 cases of 2018".

A part's rate of change named the largest of the parts' ("with the largest rise, 58 per cent, in complex
fertilisers", "had the biggest annual increase, up 57 per cent") is at least the whole's, the one rate of change of
that way in its sentence or the one before whose clause names the whole ("sales of all fertilisers jumped 28 per
cent", "In all, capacity grew 41 per cent"): a whole's rate is an average of its parts'. Only likely: the words may
rank some parts only.

A level said to cross a mark lies on the side of it the words give: "Entries dropped below 20,000 for
the first time. At 19,350, ..." (at most the mark), "admissions fell below 3,000 to 2,870", "Sales of
41,200 surpassed the previous record of 39,800", "With this figure, the council surpasses the £85
million budgeted, as well as the £79.1 million of 2022" (at least each mark); so does one kept on one side
of it or moved past it: "Turnout stayed above the 60% mark, at 61.8%", "climbed past the 5,000 mark, to
5,240", "overshot its target of 50,000 connections by reaching 56,318", "stayed within the cap of 3.5%, at 3.1%" ("by
adding 300" gives what was added, no level); a wider whole's rate or level is such a mark ("Kisumu's jobless rate,
9.2%, exceeded the national rate of 7.4%"). A round figure named as a mark ("the £50 threshold", "the 500 mark") is exact, not a rounding. A forecast
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

_QUALIFIER_WORDS = frozenset(cues.BOUNDS)
_RANK_POSITIONS = frozenset(cues.RANK_POSITIONS)


def _before(document: Document, f: Figure, reach: int) -> str:
    """The `reach` characters before a figure."""
    return document.text[max(0, f.span.start - reach):f.span.start]


def _a_base(document: Document, f: Figure) -> bool:
    """Whether the words before a figure make it the base of a comparison: named by its noun ("against the budget
    estimate of") or the object of a comparative ("above the")."""
    return comparisons.base_named_before(_before(document, f, 60)) or comparisons.compared_before(_before(document, f, 40))


def _mirrored_counterparts(document: Document, figures, where, i: int, j: int):
    """The two pairs of counterparts when the comparison's terms mirror each other: a figure, a noun and a preposition
    before the first term's figure, the same preposition and a figure after the second's; None otherwise."""
    if i == 0 or j + 1 >= len(figures):
        return None
    before, a, b, after = figures[i - 1], figures[i], figures[j], figures[j + 1]
    if len({where[f.id].sentence for f in (before, a, b, after)}) != 1:
        return None
    if not comparisons.mirrored_terms(document.text[before.span.end:a.span.start],
                                      document.text[b.span.end:after.span.start]):
        return None
    if not (_comparable(before, b) and _comparable(a, after)):
        return None
    # (the comparison's words are said of the counts before the preposition; the counts after it give their scope,
    # "in 46 matches" and "in 46", which the words leave in any order: "(111 in 46 matches), edging out Derby (109 in 46)")
    return ((before, b),)


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


def _rates_on_one_base(frames, figures: tuple[Figure, ...], i: int, j: int) -> bool:
    """Two rates each stated on its own base of one size: "3.5 per 1,000, lagging behind urban ones at 50 per 1,000"
    (the words alone may read one as a ratio and the other as a count)."""
    if j + 1 >= len(figures) or not (written_in_digits(figures[i]) and written_in_digits(figures[j])):
        return False
    base_a, base_b = figures[i + 1], figures[j + 1]
    return frames[figures[i].id].role is frames[figures[j].id].role is Role.RATIO \
        and frames[base_a.id].role is frames[base_b.id].role is Role.PER_BASE and base_a.value == base_b.value \
        and not figures[i].direction and not figures[j].direction


def _one_measure(document: Document, a: Figure, b: Figure) -> bool:
    """Whether two comparable figures can be levels of one thing: not counts of two nouns ("212 villages"
    against "151,000 people"), nor an average against a level no word makes one."""
    if not a.unit and not b.unit and counts_two_things(document, a, b):
        return False
    return comparisons.average_before(_before(document, a, 40)) == comparisons.average_before(_before(document, b, 40))


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
        if where[a.id].sentence != where[b.id].sentence \
                or not (_comparable(a, b) or _rates_on_one_base(meaning.frames, figures, i, j)):
            continue
        named_base = _a_base(document, a)
        if named_base:
            # "Health gets Rs 8,200 crore, against the budget estimate of Rs 7,900 crore, and up from the revised
            # estimate of Rs 8,450 crore": a base named by its noun is compared with; a comparison after it, set off by
            # a comma, is said of the clause's own figure, the last before it that is no base
            heads = [f for f in lay.before_in_sentence(a) if _comparable(f, b)
                     and not comparisons.base_named_before(_before(document, f, 60))
                     and not comparisons.base_word_before(_before(document, f, 30))
                     and not comparisons.compared_before(_before(document, f, 40))]
            if not comparisons.compared_again(document.text[a.span.end:b.span.start]) or not heads:
                # "higher than the 2,841 cases of 2019, but lower than the 31,000 cases of 2018": one subject (its own
                # figure of another kind, or none) said to lie between the two puts them in order
                yield from _between(document, a, b, j == i + 1)
                continue
            a = heads[-1]
        if not _one_measure(document, a, b):
            # "184,000 people in 212 villages, up from 151,000 people", "4.6 lakh spectators ..., an average of
            # 12,100 a day, up from 3.9 lakh": the appositive compares the clause's own level of b's kind,
            # not the count of another noun or the average beside it
            if not comparisons.appositive(document.text[a.span.end:b.span.start]):
                continue
            heads = [f for f in lay.before_in_sentence(a) if _comparable(f, b) and _one_measure(document, f, b)
                     and not comparisons.adjunct_before(_before(document, f, 20))]
            if not heads:
                continue
            a = heads[-1]
        if a.id in pointed_at and b.id in pointed_at:
            continue  # "That is below the 6.4% of March but above the 5.8% of 2023": both compare with the figure before
        if comparisons.per_base_before(_before(document, a, 15)):
            continue  # "94.0 males per 100 females, below the national 96.1": 100 is the ratio's base
        if comparisons.base_word_before(_before(document, a, 30)):
            continue  # "fell to 2.5% from 2.8% in December, below the 3.0% expected": 'below' is about 2.5%
        gap = document.text[figures[i].span.end:b.span.start]  # (from the named base on, when the comparison is the head's)
        if j > i + 1:  # (only bases stand between them: the words from the last base on, a year's digits masked)
            gap = comparisons.digits_masked(document.text[figures[j - 1].span.end:b.span.start])
        if comparisons.compares_nothing(gap):
            continue  # "300 and above", "by R32bn", "above normal in 12 of the 16 regions", "168 students larger than"
        # "7.75 million people were waiting at the end of August, up from 7.68 million": the
        # appositive compares the clause's own figure however long the clause
        compared = comparisons.comparison_between(gap, bool(named_base))
        said_before = False
        if compared is None and not named_base and not a.qualifier and not b.qualifier \
                and frozenset((a.id, b.id)) not in ranked and a.direction == b.direction and a.value >= 0 <= b.value:
            # (not two falls, whose comparative may be of their size, nor a rise set against a fall)
            # "Rural incomes lagged, at $2,140 compared with $3,870": the comparative stands before both terms (only
            # a rate's base may stand between them: "8.1 per 1,000 against 7.2 per 1,000")
            # (a sentence longer than the comparative's reach is read from the reach on: its opening is too far)
            compared = comparisons.comparative_over_terms(
                document.text[max(where[a.id].sentence_start, a.span.start - comparisons.CLAUSE_REACH - 1):a.span.start], gap)
            said_before = compared is not None
        if compared is None:
            continue
        op = ">" if compared.greater else "<"
        words = compared.words
        if a.value < 0 and b.value < 0 and comparisons.says_speed(words):
            op = "<" if op == ">" else ">"  # "a drop of -6.4%, slower than -6.5%": the pace of a fall is its size
        elif a.value < 0 and b.value < 0 and words in _RANK_POSITIONS \
                and names_a_fall(document.text[where[a.id].sentence_start:a.span.start]):
            op = "<" if op == ">" else ">"  # "The steepest fall was in A (-15.87%), ahead of B (-10.48%)": falls ranked
        if b.qualifier and words in _QUALIFIER_WORDS:
            continue  # "each saw more than 1,000": a bound on the second figure, not a comparison
        if frozenset((a.id, b.id)) in crossed:
            continue  # read by the meaning layer as a crossing
        claim = expr.parse(f"first {op} second")
        mirrored = _mirrored_counterparts(document, figures, where, i, j) if a is figures[i] else None
        if mirrored is not None:
            # "412 clinics in 61 districts, up from 398 in 58": each count against its counterpart
            for first, second in mirrored:
                yield Relation(ID, claim, {"first": first, "second": second},
                               f"{first.text} is said to be {words} {second.text} (terms that mirror each other)")
            continue
        if said_before:
            # ("stayed well ahead with 4.92 account holders, against 3.53 million": a scale word written once may be
            # both figures', and the words do not say whether it is)
            yield Relation(ID, claim, {"first": a, "second": b}, f"{a.text} is said to be {'above' if op == '>' else 'below'} "
                           f"{b.text} (a comparative, '{words}', then its two terms' figures)",
                           certain=not grammar.scale_left_out(a, b))
            continue
        yield Relation(ID, claim, {"first": a, "second": b}, f"{a.text} is said to be {words} {b.text}")
        # "worth US$1.4 billion, more than sales in 2010 (US $983 million) and 2011 (US $1.3 billion)": the terms
        # listed after the first, each named with its figure in brackets, are compared alike
        previous = b
        for c in figures[j + 1:]:
            gap = document.text[previous.span.end:c.span.start]
            bracketed = comparisons.next_bracketed_term(_before(document, previous, 6), gap)
            dated = comparisons.next_dated_term(gap, document.text, c.span.end)
            if where[c.id].sentence != where[a.id].sentence or not (bracketed or dated) \
                    or not (_comparable(a, c) and _one_measure(document, a, c)) or c.qualifier \
                    or frozenset((a.id, c.id)) in ranked:
                break  # (a list the meaning layer reads as a ranking, "ahead of A (x) and B (y)", is the ranking's)
            yield Relation(ID, claim, {"first": a, "second": c}, f"{a.text} is said to be {words} {c.text}")
            previous = c
    yield from back
    yield from _elided_standard(document, where, groups, meaning.frames, pointed_at)
    yield from _overtaking(document, where, groups)
    yield from _appositive_across(document, figures, where)
    yield from _largest_part_against_its_whole(document, where, groups, meaning.frames)


_WHOLE_BACK_REACH = 160  # characters of a sentence before the whole's change where the words naming the whole stand


def _largest_part_against_its_whole(document: Document, where, groups, frames) -> Iterator[Relation]:
    """"Sales of all fertilisers jumped 28 per cent, with the largest rise, 58 per cent, in complex fertilisers": a
    whole's rate of change is an average of its parts', so the part with the largest rise rose at least as much as
    the whole (the steepest fall fell at least as far). The whole's change is the one rate of the same way, in the
    sentence or the one before, whose clause names the whole ("all", "overall", "in all", "as a whole"). Only likely:
    the words may rank some parts only."""
    for index, sentence in groups.items():
        for x in sentence:
            if x.unit != "percent" or x.qualifier or frames[x.id].role not in (Role.RELATIVE_CHANGE, Role.SHARE):
                continue  # (a rate the superlative names a change may read as a bare percentage: "the largest rise, 58%")
            start = where[x.id].sentence_start
            way = comparisons.largest_part_change_before(document.text[max(start, x.span.start - 80):x.span.start])
            if not way or _way(x) not in (0, way):
                continue
            wholes = []
            for y in [f for f in groups.get(index - 1, []) + sentence if f.span.start < x.span.start]:
                y_start = where[y.id].sentence_start
                if y.unit == "percent" and not y.qualifier and frames[y.id].role is Role.RELATIVE_CHANGE \
                        and _way(y) == way and comparisons.names_the_whole(
                            document.text[max(y_start, y.span.start - _WHOLE_BACK_REACH):y.span.start]):
                    wholes.append(y)
            if len(wholes) != 1:
                continue
            y = wholes[0]
            yield Relation(ID, expr.parse("abs(first) >= abs(second)"), {"first": x, "second": y},
                           f"{x.text}, the change named the largest of the parts', is said to be at least the whole's {y.text} in size",
                           certain=False)


def _between(document: Document, a: Figure, b: Figure, side_by_side: bool) -> Iterator[Relation]:
    first_below = comparisons.between_two_figures(_before(document, a, 40), document.text[a.span.end:b.span.start])
    if first_below is not None and side_by_side and _one_measure(document, a, b) and not a.qualifier and not b.qualifier:
        yield Relation(ID, expr.parse(f"first {'<' if first_below else '>'} second"), {"first": a, "second": b},
                       f"{a.text} is said to be {'below' if first_below else 'above'} {b.text} (one subject said to lie "
                       f"between them)")


def _appositive_across(document: Document, figures: tuple[Figure, ...], where) -> Iterator[Relation]:
    """"8,998 people had been waiting more than 18 months ..., up from 7,289": the appositive compares
    the clause's own figure even past figures of another kind ("18 months"); so does one that names
    the earlier time first and gives its level in brackets ("..., up on the same time last year (83%)")."""
    for k, b in enumerate(figures):
        if k == 0:
            continue
        said = comparisons.appositive_before(document.text, b.span.start)
        if said is None:
            continue
        previous = layout(document, figures).before_in_sentence(b)
        if not previous or (_comparable(previous[-1], b) and not said.names_the_time):
            continue  # the figure just before is comparable: the in-sentence pairing handles it
        comparable = [f for f in previous if _comparable(f, b)]
        if len(comparable) != 1:
            continue
        a = comparable[0]
        op = ">" if said.greater else "<"
        yield Relation(ID, expr.parse(f"first {op} second"), {"first": a, "second": b},
                       f"{a.text} is said to be {said.words} {b.text}")


# --- a comparison whose first term stands in the sentence before ----------------------------
# "Exports grew 16.9 percent. This was markedly slower than the average 24-percent growth"
# (grammar.comparisons reads the pointing-back words)


def _term_fits(a: Figure, b: Figure, document: Document) -> bool:
    """A figure the sentence before states, comparable with the one the pointing-back sentence names."""
    if not _comparable(a, b):
        if a.unit == b.unit == "percent" and a.direction and not b.direction:
            # "the average 24-percent growth": a rate of change written as a level
            return comparisons.growth_named_after(document.text[b.span.end:b.span.end + 40])
        return a.kind is b.kind and is_ratio_level(a) and is_ratio_level(b) and a.unit == b.unit
    return True


# "the total" said after the parts of a whole: that whole ("The report counted 45,210 deaths. Of these, 24,100 were men
# and 20,950 women. A further 160 were unrecorded. The total was down from the 46,880 deaths of 2015")
_TOTAL_ANAPHORS = frozenset(cues.TOTAL_ANAPHORS)
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
        opening = comparisons.points_back(document.text[start:first.span.start])
        if opening is None:
            continue
        back = index - 1
        while back >= 0 and comparisons.is_markup(document.text[sentences[back].start:sentences[back].end]):
            back -= 1  # an HTML comment or a bare mark between the sentences
        if back < 0 or back not in groups:
            continue
        previous = groups[back]
        terms = [(first, opening.greater, opening.words)]
        for before, after in zip(sentence, sentence[1:]):
            more = comparisons.compared_back_again(document.text[before.span.end:after.span.start])
            if more is None:
                break
            terms.append((after, more.greater, more.words))
        for b, greater, words in terms:
            if b.unit != "percent" and not is_ratio_level(b) and not opening.noun:
                continue  # "It was short of a quorum of 30": counts pointed back at are too often something else
                # (unless the opening names the figure: "The figure was below the 2.27 million counted in July")
            if comparisons.move_to_after(document.text, b.span.end):
                continue  # "slowed from 1.7% to 1.1%": both ends stated here, not the figure before
            if b.qualifier and b.qualifier != ("more-than" if greater else "less-than"):
                continue  # "about 7 million": no firm figure to compare with
            speed = comparisons.says_speed(words)
            candidates = [a for a in previous if a.id != b.id and _term_fits(a, b, document)
                          and (a.direction or not speed)]
            if opening.change:
                # "Garment exports shrank by 6.21 per cent. The drop in garment shipments was larger than the 5.84 per
                # cent growth ...": the change the noun names, its way the noun's; the two compared in size
                # (of what the noun names: "Exports fell 3.1%. The drop in imports was larger than ..." points at no
                # figure the sentence before gives)
                named = {w for w in lexicon.folded_words(opening.named) if len(w) > 3 and w not in _NOT_NAMING_A_CHANGE}
                candidates = [a for a in candidates if _way(a) == opening.change and not a.qualifier and not b.qualifier
                              and named & set(lexicon.folded_words(
                                  document.text[sentences[back].start:a.span.start]))]
                if len(candidates) != 1:
                    continue
                a = candidates[0]
                op = ">" if greater else "<"
                yield Relation(ID, expr.parse(f"abs(first) {op} abs(second)"), {"first": a, "second": b},
                               f"{a.text} is said to be {' '.join(words.split())} {b.text} in size")
                continue
            if opening.noun in _TOTAL_ANAPHORS and not speed:
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


# --- a comparative with its other term left out: "Pass rates were a little better among second-timers: 48.4%" ----
_ELIDED_BACK = 2  # sentences back where the left-out term may stand
_MARKUP_PASSED = 2  # sentences of bare markup passed over on the way
_WORDS_BEFORE_A_TERM = 120  # characters of its sentence before a candidate term that may name its measure
_WORDS_AFTER_A_TERM = 40


def _names_the_measure(document: Document, a: Figure, subject: frozenset[str], place, role: Role) -> int:
    """How many of the subject's words the candidate term's sentence says around it; a subject naming a rate also
    names a figure given per a base or in percent."""
    said = set(lexicon.folded_words(document.text[max(place.sentence_start, a.span.start - _WORDS_BEFORE_A_TERM):a.span.start]
                                    + " " + document.text[a.span.end:min(place.sentence_end, a.span.end + _WORDS_AFTER_A_TERM)]))
    shared = len(subject & said)
    if not shared and comparisons.names_a_rate(subject) \
            and (is_ratio_level(a) or is_percent_level(a) or role in (Role.RATIO, Role.SHARE)):
        shared = 1
    return shared


def _elided_standard(document: Document, where, groups, frames, pointed_at: set[str]) -> Iterator[Relation]:
    """A sentence's first figure said to be higher (better, lower ...) with no "than": the other term is the figure
    of the same measure the two sentences before gave, the one whose words share most with the comparative's subject
    (the nearest of those). "better" and "worse" take their way from the measure and are only likely."""
    sentences = context.sentences_cached(document.text)
    for index, sentence in groups.items():
        b = sentence[0]
        place = where[b.id]
        said = comparisons.elided_standard(document.text[place.sentence_start:b.span.start])
        if said is None or b.id in pointed_at or b.qualifier or not written_in_digits(b) \
                or frames[b.id].role is Role.PER_BASE:
            continue
        if comparisons.names_the_other_term(document.text[b.span.end:place.sentence_end]):
            continue  # "was higher in the west, at 8.4%, than in the east": both terms said; another reading's
        if comparisons.sizes_its_comparative(document.text[place.sentence_start:b.span.start], b.text):
            # "output was marginally weaker (-1%)": the subject against its own earlier level, moved by the figure,
            # whose sign must then go the comparative's way
            greater = said.greater
            if greater is None:
                greater = said.words.split()[-1] == "better"
                if less_is_better(said.subject):
                    greater = not greater
            yield Relation(ID, expr.parse(f"first {'>' if greater else '<'} 0"), {"first": b},
                           f"{b.text} is said to be a move {'up' if greater else 'down'} (a comparative, "
                           f"'{said.words}', sized by its own signed figure)", certain=said.greater is not None)
            continue
        subject = comparisons.measure_words(said.subject)  # (none for "it", "they": the sentence before's measure)
        best, best_score, tied = None, 0, False
        just_before: list[Figure] = []  # the terms that fit in the sentence just before
        back, seen = index - 1, 0
        while back >= max(0, index - _ELIDED_BACK - _MARKUP_PASSED) and seen < _ELIDED_BACK:
            if comparisons.is_markup(document.text[sentences[back].start:sentences[back].end]):
                back -= 1  # (an HTML comment or a bare mark between the sentences)
                continue
            for a in groups.get(back, ())[::-1]:  # (the nearest first: a tie keeps it)
                if a.qualifier or not written_in_digits(a) or frames[a.id].role is Role.PER_BASE \
                        or not _term_fits(a, b, document):
                    continue
                if not seen:
                    just_before.append(a)
                score = _names_the_measure(document, a, subject, where[a.id], frames[a.id].role)
                if score > best_score:
                    best, best_score, tied = a, score, False
                elif score and score == best_score:
                    tied = True
            back -= 1
            seen += 1
        if best is None:
            # no word of the subject said beside a term: the one term of its unit in the sentence just before, if
            # there is one (a pronoun, "It was lower in April, at 5.0%", points at it; a noun only likely does)
            if len(just_before) != 1:
                continue
            best, tied = just_before[0], bool(subject)  # (a noun matching nothing is as unsure as a tie)
        greater = said.greater
        if greater is None:  # "better", "worse": the way is the measure's
            greater = said.words.split()[-1] == "better"
            if less_is_better(said.subject):
                greater = not greater
        op = ">" if greater else "<"
        yield Relation(ID, expr.parse(f"first {op} second"), {"first": b, "second": best},
                       f"{b.text} is said to be {'above' if greater else 'below'} {best.text} (a comparative, "
                       f"'{said.words}', whose other term is the figure of its measure said before)",
                       certain=said.greater is not None and not tied)


# words of a change's noun phrase that name no measure: "The drop in garment shipments over July-December"
_NOT_NAMING_A_CHANGE = frozenset(("over", "from", "with", "during", "between", "since", "that", "this", "year", "month",
                                  "quarter", "half", "period", "first", "last", "same", "whole", "total", "overall",
                                  *(lexicon.fold(m) for m in cues.MONTH_NAMES)))


def _way(change: Figure) -> int:
    """A change's way: 1 up, -1 down, 0 when neither its verb nor its sign says."""
    if change.value < 0:
        return -1
    return (change.direction > 0) - (change.direction < 0)


# --- "X overtook Y" with Y's figure in the next sentence -------------------------------------
def _overtaking(document: Document, where, groups) -> Iterator[Relation]:
    sentences = context.sentences_cached(document.text)
    for index, sentence in groups.items():
        place = where[sentence[0].id]
        said = comparisons.overtaking(document.text[place.sentence_start:place.sentence_end])
        if said is None:
            continue
        verb_at = place.sentence_start + said.at
        if any(f.span.start > verb_at for f in sentence):
            continue  # Y's figure in the same sentence: the in-sentence comparison reads it
        before = [f for f in sentence if f.span.end <= verb_at and is_level(f) and not f.qualifier]
        if not before or index + 1 >= len(sentences):
            continue
        a = before[-1]
        nxt = sentences[index + 1]
        if not comparisons.names(document.text[nxt.start:nxt.end], said.name):
            continue
        candidates = [f for f in groups.get(index + 1, []) if is_level(f) and same_unit(f, a) and f.unit == a.unit
                      and not f.qualifier]
        if len(candidates) != 1:
            continue
        yield Relation(ID, expr.parse("first > second"), {"first": a, "second": candidates[0]},
                       f"{a.text} is said to have overtaken {said.name} ({candidates[0].text})")


CHECK = Check(ID, "Two figures compared in words lie the other way round.", DOC, find)
