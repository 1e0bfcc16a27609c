"""The rate of change of a total against the rates of the parts that make it up ("3,194
liquidations, down 1.4% ... made up of 1,411 compulsory, up 4.9%, and 1,783 voluntary, down 5.9%")."""
from __future__ import annotations

from typing import Iterator

from auditor import expr, grammar
from auditor.checks.base import Check
from auditor.document import Document
from auditor.model import Figure, Relation

ID = "growth-of-parts"
DOC = """\
## What it checks
A total the text says its parts make up, where the total and every part are
each given with a rate of change over the same span ("up 9.9% year on year").
Each part's rate gives its earlier level; those earlier levels add up to the
total's earlier level, so the total's rate follows from the parts' (and lies
between the smallest and the largest of them). When each figure has several
rates (on the previous quarter, on a year earlier), they are paired in the order
the text gives them.

It reads the parts the meaning layer says exhaust their total ("made up of",
"split between", complementary groups, "the remaining"), and a level's rates
said beside it (", an increase of 4.9% on the previous quarter", "rose by 8.4%
to", or "This was a decrease of 1.4%" in the next sentence).

A rate of change followed by "with all (its) sub-sectors growing:" (segments, components, regions ...) and
each part's rate in brackets after its name ("rose 4.7 per cent, with all sub-sectors growing: motor
vehicles (17.8 per cent), wholesale trade (5.3 per cent) and retail trade (2.4 per cent)") lies between
the smallest and the largest of the parts' rates.

## Why it matters
A total's growth computed from another base or series than its parts' growth
cannot be reconciled with them: a reader who weights the parts' rates finds a
different figure.

## Example
Output reached 663.7 billion, up 8.9%: cars 486.7 billion, up 9.9%, and food
177.0 billion, up 12.0%. (The parts grew 9.9% and 12.0%, so the total grew at
least 9.9%, not 8.9%.)

## Fix
Recompute the total's rate from the same earlier levels as the parts' rates,
or check which rate belongs to another period.
"""


def _grown(level: str, rate: str, rate_figure: Figure) -> str:
    """The earlier level a level and its rate imply, as an expression."""
    sign = "+" if rate_figure.direction >= 0 else "-"
    return f"{level} / (1 {sign} abs({rate}))"


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    rates_of = meaning.level_rates
    for link in meaning.parts:
        if not link.exhaustive or len(link.parts) < 2 or link.signs:  # signed changes: no levels to grow
            continue
        whole_rates = rates_of.get(link.whole.id, ())
        part_rates = [rates_of.get(p.id, ()) for p in link.parts]
        if not whole_rates or any(len(r) != len(whole_rates) for r in part_rates):
            continue  # a part without a rate, or rates over other spans: nothing to pair
        for j, whole_rate in enumerate(whole_rates):
            names: dict[str, Figure] = {"whole": link.whole, "whole_rate": whole_rate}
            earlier = []
            for i, (part, rates) in enumerate(zip(link.parts, part_rates)):
                names[f"p{i}"], names[f"r{i}"] = part, rates[j]
                earlier.append(_grown(f"p{i}", f"r{i}", rates[j]))
            expression = expr.parse(f"{_grown('whole', 'whole_rate', whole_rate)} == {' + '.join(earlier)}")
            yield Relation(ID, expression, names,
                           f"{link.whole.text} ({whole_rate.text}) against its parts' rates "
                           f"({', '.join(r[j].text for r in part_rates)})", certain=link.closed)


    for link in meaning.rates_of_all_parts:
        sign = dict(link.signs)

        def signed(name: str, figure: Figure) -> str:
            return f"abs({name})" if sign.get(figure.id, 1) > 0 else f"(0 - abs({name}))"

        rate, low, high = signed("rate", link.rate), signed("lowest", link.lowest), signed("highest", link.highest)
        yield Relation(ID, expr.parse(f"({rate} - {low}) * ({high} - {rate}) >= 0"),
                       {"rate": link.rate, "lowest": link.lowest, "highest": link.highest},
                       f"{link.rate.text} between the rates of all its parts, {link.lowest.text} to {link.highest.text}")


CHECK = Check(ID, "A total's rate of change that its parts' rates cannot give.", DOC, find, relates_levels=True)
