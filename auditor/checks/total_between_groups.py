"""An overall rate against the rates of the groups that make it up
("5.2% ... for males 5.1%, and for females 5.4%")."""
from __future__ import annotations

from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.checks.base import Check, links_first
from auditor.grammar.nearby import by_sentence, is_percent_level, places
from auditor.document import Document
from auditor.grammar.labels import group_named_before
from auditor.grammar.parts import change_named_before, tells_a_split_of_one_whole
from auditor.model import Figure, Relation

ID = "total-between-groups"
DOC = """\
## What it checks
An overall figure followed, in its sentence or the next, by the same measure
for two groups that make up the whole population must lie between the groups'
figures: it is a weighted average of them. Rates and amounts alike. The groups
may also come first, in one sentence or over two, with the overall figure
marked after them ("61.4% in the north. In the south it was 55.2%, giving an
overall coverage of 58.3%").

A group is read from the words around its figure: "58.2% for boys", "among
women", "men earning €19.70", "the female rate was 6.5%". The groups must be
complementary (boys and girls, men and women, urban and rural, public and
private, full-time and part-time, north and south, domestic and international,
and the like). Two shares that add up to 100%,
or words such as "share" or "made up", mark a split of one whole and are skipped.

## Why it matters
An overall rate outside its groups' range is arithmetically impossible: one of the
three figures belongs to another measure, period or series.

## Example
The completion rate was 66.0%, with 58.2% for boys and 64.1% for girls.
(66.0% is not between 58.2% and 64.1%.)

## Fix
Check which of the three figures was taken from another table or series.
"""

# total lies between a and b: its distance from their midpoint is at most half their spread
BETWEEN = expr.parse("abs(2 * total - a - b) <= abs(a - b)")
_GROUP_PAIRS = [("males?|men|boys", "females?|women|girls"), ("urban", "rural")]


def _shares_of_a_whole(document: Document, a: Figure, b: Figure) -> bool:
    """"Girls made up 51.1% of pupils, and boys 48.9%": a split of one whole, not two groups' rates."""
    if abs(a.value + b.value - 100) <= 1:
        return True
    around = document.text[max(0, min(a.span.start, b.span.start) - 60):max(a.span.end, b.span.end) + 30]
    return tells_a_split_of_one_whole(around)


def _group_figure(document: Document, figures: list[Figure], word: str) -> Figure | None:
    found = [f for f in figures if is_percent_level(f) and group_named_before(document.text, f, word)]
    return found[0] if len(found) == 1 else None


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    return links_first(relations.between_groups(grammar.read(document, figures), ID), _find(document, figures), "total")


def _find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    where = places(document, figures)
    sentences = by_sentence(document, figures, where)
    for sentence, group in sentences.items():
        for first_word, second_word in _GROUP_PAIRS:
            a = _group_figure(document, group, first_word)
            b = _group_figure(document, group, second_word)
            if a is None or b is None or a is b or _shares_of_a_whole(document, a, b):
                continue
            shared = meaning.frame(a).group
            if shared and shared == meaning.frame(b).group:
                continue  # "for adult men 3.9% and for adult women 3.8%": one group both are of, a part of everyone
            earlier = [f for f in group if f.span.end <= min(a.span.start, b.span.start) and is_percent_level(f)]
            if not earlier:  # the sentence before, in the same paragraph: a new paragraph starts another topic
                earlier = [f for f in sentences.get(sentence - 1, []) if is_percent_level(f)
                           and where[f.id].paragraph == where[a.id].paragraph]
                if len(earlier) > 1:
                    # "Youth unemployment was 11.6%, three times the rate of those aged 25 and over (3.7%). Among
                    # women it was 4.0% and among men 4.2%": a sentence of several rates is a breakdown of its own
                    # (or a rate and its earlier level): which, if any, is the overall one no word says
                    continue
            if not earlier:
                continue
            total = earlier[-1]
            if change_named_before(document.text[max(0, total.span.start - 40):total.span.start]):
                continue  # "an increase of 7,184 (3.4%)": a rate of change, not the overall rate
            figures_bound = {"a": a, "b": b, "total": total}
            message = f"{total.text} overall against {a.text} and {b.text} for its groups"
            yield Relation(ID, BETWEEN, figures_bound, message)


CHECK = Check(ID, "An overall rate lies outside the rates of the groups that make it up.", DOC, find)
