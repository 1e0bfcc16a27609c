"""A change said to go one way between two levels that go the other
("rose to 4.4 percent from 4.8 percent")."""
from __future__ import annotations

from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.checks.base import Check, links_first
from auditor.document import Document
from auditor.grammar.measures import judged_direction
from auditor.grammar.move_words import (
    bare_ends,
    base_word_before,
    breaks_the_clause,
    fronted_base,
    move_direction,
    reached_word_before,
    revision_direction,
)
from auditor.grammar.nearby import is_level, is_percent_level, is_ratio_level, layout, same_unit
from auditor.model import Figure, Relation

ID = "change-direction"
DOC = """\
## What it checks
A sentence that names a change and both of its ends ("employment increased to
48.07 million from 47.87 million", "the rate fell from 4.8 percent to 4.4
percent", "the share dropped in the south, to 32.5 percent from 54 percent"), a level then the one it moved from ("12,480 taxis (down from 13,905
a year earlier)", "8,410, up 4.2% on the year, and a sharp jump from 6,920 in
March"), or a series told step by step ("stood at 4.1 in 1990. By
2000 it had come down to 3.2", "to £2.40 in 2021, before falling back to £2.25"; the level reached may follow a colon:
"Numbers climbed again in the following year: 3,980,450 in 2022-23"), or a level a still verb gives, then
a move of the same subject named again in a later clause ("coverage in the surveyed districts is 72.4%, but counting
the islands as well, coverage drops to 66.0%": the same measure taken another way; not another subject or group, nor a
level itself moved to). The new level must lie on the side of the old
one that the words say. A step from the sentence before is an error only when the series itself moves ("it",
"the number"), or a mover named in the very words that sentence named the level with ("Licence fee income was N$48.2
million in 2019. Income from licence fees fell back to N$45.7 million in 2020"; not fewer words, which may name a wider
measure), to a level of a later time than the one level of its unit that sentence gave; otherwise it is only
likely. So is a level given for an earlier time after a move ("grew to 7.6 million in August. A month earlier it
had stood at 7.4 million"), and one after a noun of change said of its own year against the same measure's level,
in the same words, of an earlier year a few sentences before ("In 2021, 41,200 runners entered. There was a sharp
rise in 2022 as 46,300 runners entered").

A move judged better or worse rather than up or down takes its sign from the
measure: "the claims ratio improved to 63.9% from 65.4%" (less of a claim, a cost,
a loss, unemployment ... is better), "liquidity improved from 37.0 percent to 41.9
percent" (any other measure is read as better when higher). That reading is only
likely: levels the other way are undetermined, never an error. So are two levels
"N, compared with M last year" after a sentence without figures that says which
way their measure went ("Pass rates have fallen." or "the deteriorating energy
availability factor (EAF)" before "The EAF was 55% compared with 59% last year"):
the sentence before may speak of a wider measure. When it names the measure by the very words the levels' sentence
names it with and says its way by a verb of change ("Thefts of bicycles have risen on last year." before "Theft of a
bicycle was reported in 1,240 cases, compared to 1,180 in 2011"), levels the other way are an error. So are two
levels after a colon, "that number was N in 2024 compared to M in 2023", of a change the clause before the colon names
one way only ("The same decline showed up in the number of late entries: ..."). The sentence before may give the size
of the move, so long as it gives no level ("The number of meals served has gone up by 12% over five years. In 2023-24,
5,480 meals were served, against 4,910 in 2018-19").
Words of direction that name the measure say no move: a comparative opening a noun phrase ("Higher education
enrolment stood at 41,200, compared with 43,600", "the lower house", "lower-income households"), a noun of change that
is the subject of a verb of level ("Export growth came to 4.1%, against 4.6%"); a verb of change beside them still
does ("Higher education spending rose to"). A few words leading from the level reached to the level left say the way
over a word of change earlier in the clause ("the fastest increase in plumbing at 5.8%, down from 6.2%": a fall, the
noun of change naming the measure).

## Why it matters
A rise that the figures show as a fall (or the reverse) usually means the two
levels were swapped or one was mistyped, and the headline verb is then wrong.

## Example
Unemployment rose to 2.21 million from 2.27 million. (2.21 million is lower.)

## Fix
Correct the verb, or the level that is wrong.
"""


def _level_pair(f: Figure, g: Figure) -> bool:
    if is_percent_level(f) and is_percent_level(g):
        return True
    # (a ratio stated as a level moves like one: "the sex ratio ... edged up from 1,019 to 1,028")
    return (is_level(f) and is_level(g) or is_ratio_level(f) and is_ratio_level(g)) and same_unit(f, g)


_WORDS_FROM_THE_LEVEL_TO_ITS_BASE = 4


def _way_between(text: str, new: Figure, old: Figure) -> int:
    """The way a short run of words from the level reached to the level left says ("5.8%, down from 6.2%",
    "8,410, up from"), or 0 when the level left comes first or the words say none."""
    if new.span.end > old.span.start:
        return 0
    between = text[new.span.end:old.span.start]
    if len(between.split()) > _WORDS_FROM_THE_LEVEL_TO_ITS_BASE:
        return 0
    return move_direction(between)


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    return links_first(relations.steps(grammar.read(document, figures), ID), _find(document, figures), "new")


def _find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    lay = layout(document, figures)
    where, in_sentence = lay.where, lay.sentences
    text = document.text
    meaning = grammar.read(document, figures)
    for old in figures:
        if not base_word_before(text[max(0, old.span.start - 40):old.span.start]):
            continue
        sentence = where[old.id].sentence
        news = [f for f in in_sentence[sentence] if f is not old and _level_pair(f, old)
                and reached_word_before(text[max(0, f.span.start - 25):f.span.start])
                # ("dipped to 86 from 88, and housebreaking stands at 932": another clause's level)
                and not breaks_the_clause(text[min(f.span.end, old.span.end):max(f.span.start, old.span.start)])]
        if not news:
            continue
        # "fell to 2.5% from 2.8%, while services eased to 4.4%": the level reached next to the old one
        new = min(news, key=lambda f: abs(f.span.start - old.span.start))
        if meaning.frame(old).modality == "expected" and meaning.frame(new).modality == "stated":
            continue  # "Exports rose to $4.1bn against a target of $4.5bn": a target is no level a stated move is from
        between_them = [f for f in in_sentence[sentence]
                        if min(new.span.end, old.span.end) <= f.span.start < max(new.span.start, old.span.start)]
        if between_them:
            continue
        first = min(old.span.start, new.span.start)
        clause_start = max(where[old.id].sentence_start, text.rfind(",", 0, first) + 1, text.rfind(";", 0, first) + 1)
        revision = revision_direction(text[clause_start:first])
        if revision is not None:
            # "revised the May increase from 0.7% to 0.4%": two vintages of one figure, moved the way the
            # revision says, if it says one
            if revision == 0:
                continue
            yield Relation(ID, expr.parse(f"new {'>' if revision > 0 else '<'} old"), {"new": new, "old": old},
                           f"a revision {'up' if revision > 0 else 'down'} from {old.text} to {new.text}")
            continue
        sign = move_direction(text[clause_start:first])
        way_to_old = _way_between(text, new, old) if sign else 0
        if way_to_old:
            # "the strongest increase in manufacturing at 5.8%, down from 6.2%": the words that lead from the level
            # reached to the one left say how the two moved; a noun of change before them may name the measure
            # (a rate of growth), not the move (with no word of change before them, "stood at 7.75 million, up from
            # 7.68 million" is the comparison check's)
            sign = way_to_old
        if sign == 0 and old.span.start < new.span.start and fronted_base(text, clause_start, old.span.start):
            # "From 8,200 in 2019, the number of apprentices rose to 8,600 in 2022": the verb between the two
            sign = move_direction(text[old.span.end:new.span.start])
        if sign == 0 and bare_ends(text, clause_start, first):
            before = max(where[old.id].sentence_start, text.rfind(",", 0, clause_start - 1) + 1,
                         text.rfind(";", 0, clause_start - 1) + 1)
            sign = move_direction(text[before:clause_start])
        judged = False
        if sign == 0:
            # "the claims ratio improved to 63.9% from 65.4%": better or worse, read as down or up by the
            # measure's words, which only suggest it
            sign = judged_direction(text[clause_start:first], text[where[old.id].sentence_start:first])
            judged = True
        if sign == 0:
            continue
        op = ">" if sign > 0 else "<"
        yield Relation(ID, expr.parse(f"new {op} old"), {"new": new, "old": old},
                       f"{'a rise' if sign > 0 else 'a fall'} from {old.text} to {new.text}"
                       + (" (a move judged better or worse, its sign read from the measure)" if judged else ""),
                       certain=not judged)


CHECK = Check(ID, "A change said to rise (or fall) between levels that show the opposite.", DOC, find, relates_levels=True)
