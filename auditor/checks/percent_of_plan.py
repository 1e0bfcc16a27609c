"""A result given as a percentage of a plan or target ("115.3 percent of the annual plan")."""
from __future__ import annotations

from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.checks.base import Check, links_first
from auditor.document import Document
from auditor.grammar.frames import Role
from auditor.grammar.links import is_amount_per_unit
from auditor.grammar.nearby import between, is_gap_amount, is_level, layout, same_unit
from auditor.grammar.plans import (
    gap_after,
    names_a_plan,
    own_share_after,
    plan_named_after,
    plan_word_after,
    plan_word_before,
    result_clause_before,
)
from auditor.model import Figure, Relation

ID = "percent-of-plan"
DOC = """\
## What it checks
A result stated as a percentage of its plan, target or budget ("484,000 new
urban jobs, 115.3 percent of the annual plan"). When the plan is stated too, the
percentage must match result / plan; when it is not, the plan it implies is
reported with the interval the rounding allows. A target, goal, quota,
ceiling or cap stated "of N" is set by decision: its trailing zeros were
chosen, not rounded, so "a target of 2,000 km" is 2,000 exactly.

## Why it matters
Plan fulfilment rates are quoted in headlines; a rate that does not match the
plan published elsewhere, or that implies an implausible plan, is a mistake a
reader can catch with a calculator.

## Example
484,000 new urban jobs were created, 115.3 percent of the annual plan.
(Implied plan: 419,159 to 420,390.)

## Fix
State the plan, or correct the rate or the result so that result / plan gives it.
"""

EXPRESSION = expr.parse("result / plan == rate")


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    return links_first(relations.plan_shares(grammar.read(document, figures), ID), _find(document, figures), "share")


def _find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    lay = layout(document, figures)
    meaning = grammar.read(document, figures)
    for rate in figures:
        if rate.unit != "percent" or rate.direction != 0:
            continue
        m = plan_named_after(document.text[rate.span.end:rate.span.end + 60])
        if not m:
            continue
        # (a span of time is no result: "In the first 11 months the government has brought in 93 percent of its target")
        same_sentence = [f for f in lay.in_sentence(rate) if is_level(f) and meaning.frame(f).role is not Role.DURATION]
        # the outcome is neither the plan itself ("the planning target of 7,000") nor a gap to it
        # ("168 students larger than the target")
        results = [f for f in same_sentence if f.span.end <= rate.span.start
                   and not plan_word_before(document.text[max(0, f.span.start - 40):f.span.start])
                   and not gap_after(document.text[f.span.end:f.span.end + 40])
                   and not plan_word_after(document.text[f.span.end:f.span.end + 30])
                   and not is_gap_amount(document, f)]
        if not results:
            # the share first, then the result in a clause of its own: "met 96.4% of its housing target, completing
            # 18,740 homes against a goal of 20,000"
            results = [f for f in same_sentence if f.span.start >= rate.span.end
                       and result_clause_before(document.text[rate.span.end:f.span.start])
                       and not plan_word_before(document.text[max(0, f.span.start - 40):f.span.start])
                       and not gap_after(document.text[f.span.end:f.span.end + 40])
                       and not plan_word_after(document.text[f.span.end:f.span.end + 30])
                       and not is_gap_amount(document, f)][:1]
        if not results:
            continue
        result = results[-1]
        if len(between(document, result, rate)) > 120:
            continue
        plans = [f for f in lay.in_paragraph(rate) if f is not result and is_level(f) and same_unit(f, result)
                 and names_a_plan(
                     document.text[max(0, f.span.start - 50):f.span.end + 30])
                 # "while recurrent expenditure gets N573.09 billion, or 41 per cent": another part, with its own share
                 and not own_share_after(document.text, f.span.end)
                 # "£16.8 billion, 8.9% of the health budget, or about £294 per head": an amount per head is no plan
                 and not is_amount_per_unit(document.text[f.span.end:f.span.end + 40])]
        if plans:
            readings = [{"result": result, "plan": p, "rate": rate} for p in plans]
            yield Relation(ID, EXPRESSION, readings[0], f"{rate.text} of the {m.group('what').lower()}",
                           readings=tuple(readings[1:]))
        else:
            yield Relation(ID, EXPRESSION, {"result": result, "rate": rate},
                           f"{result.text} is {rate.text} of the {m.group('what').lower()}",
                           unknown="plan", unknown_unit=result.unit)


CHECK = Check(ID, "A result given as a percentage of a plan or target; the plan is checked or implied.", DOC, find, relates_levels=True)
