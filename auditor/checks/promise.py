"""A promise or threshold ("more than 60,000") against the result reported for it."""
from __future__ import annotations

from typing import Iterator

from auditor import expr, grammar
from auditor.checks.base import Check
from auditor.grammar.nearby import is_level, layout, same_unit, words
from auditor.document import Document
from auditor.grammar import lexicon
from auditor.grammar.plans import promise_in, said_to_be_met
from auditor.model import Figure, Relation

ID = "promise-vs-result"
DOC = """\
## What it checks
A target stated as a bound ("helping more than 60,000 people", "at least 1,000
additional officers"), with a word that makes it a promise ("pledged", "target",
"aim") before it in its sentence, that the text says was met ("fully fulfilled", "achieved",
"exceeded"), against the result it reports for the same measure in the same or
the next sentence. The result must lie within the bound.

## Why it matters
"The pledge was met" is a claim a reader can check against the number given;
when the number falls short, the claim is false.

## Example
The government pledged to help more than 60,000 people into work, and the pledge
was met: 83,000 people were placed.

## Fix
Correct the claim or the result.
"""

_STOP = frozenset(lexicon.FUNCTION_WORDS_OF_A_CLAIM)


def _stems(text: str) -> set[str]:
    """Crude stems, so that 'difficulties' and 'difficulty' meet."""
    return {w[:5] for w in words(text) if w not in _STOP and len(w) > 2}


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    lay = layout(document, figures)
    where = lay.where
    meaning = grammar.read(document, figures)
    for bound in figures:
        if bound.qualifier not in ("more-than", "at-least", "less-than", "at-most") or not is_level(bound):
            continue
        sentence = where[bound.id].sentence
        text_span = [where[bound.id].sentence_start, where[bound.id].sentence_end]
        nearby = lay.sentences[sentence] + lay.sentences.get(sentence + 1, ())
        results = [f for f in nearby if f is not bound and is_level(f) and not f.qualifier and same_unit(f, bound)
                   and f.span.start > bound.span.start]
        if not results:
            continue
        result = results[0]
        text_span[1] = where[result.id].sentence_end
        if not said_to_be_met(document.text[text_span[0]:text_span[1]]) \
                or not promise_in(document.text[where[bound.id].sentence_start:bound.span.start]):
            continue
        if meaning.frame(bound).head and meaning.frame(result).head \
                and meaning.frame(bound).head != meaning.frame(result).head:
            continue  # "pledged 60,000 new jobs and met 4,500 representatives": another measure
        common = _stems(bound.measure + " " + document.text[bound.span.end:bound.span.end + 60]) & _stems(
            result.measure + " " + document.text[result.span.end:result.span.end + 60])
        if not common:
            continue
        op = ">=" if bound.qualifier in ("more-than", "at-least") else "<="
        yield Relation(ID, expr.parse(f"result {op} bound"), {"result": result, "bound": bound},
                       f"{result.text} against the promise of {document.text[bound.span.start - 10:bound.span.end].strip()}")


CHECK = Check(ID, "A promise said to be met is not met by the result reported.", DOC, find, relates_levels=True)
