"""Why a rule bound no figures in a report: the selector key that matched nothing.

A rule whose selector stops matching (the report reworded "new jobs" as "jobs created",
a table moved its unit into the header) states no relation, so it drops out of the audit
without a word. `audit rules check RULES REPORT...` and `audit --rules ... -v` ask this
module why: for the first figure name that no figure of the report fits, which selector
key turned away the figures that came closest (those failing the fewest keys), and what
each of them is; or, when every name has candidates, which binding condition (scope,
period, position, like) kept them apart.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from auditor.document import Document
from auditor.model import Figure
from auditor.rulefile.compiler import CompiledRule, CompiledSelector, anchor_of, period_matches
from auditor.rulefile.select import _around, _contexts, _measure_of, _Seen, relations_for

NEAREST_SHOWN = 3  # rejected candidates named in a message


@dataclass(frozen=True)
class Rejection:
    """One figure a selector turned away, and the keys that did it."""

    figure: Figure
    keys: tuple[tuple[str, str], ...]  # (selector key, what the figure has instead)

    def __str__(self) -> str:
        why = "; ".join(f"{key}: {detail}" for key, detail in self.keys)
        return f"{self.figure.text} (line {self.figure.span.line}; {why})"


@dataclass(frozen=True)
class Unbound:
    """A rule that bound nothing in one report, and why."""

    rule: CompiledRule
    report: str
    name: str  # the rule's figure name that could not be bound
    key: str  # the selector (or binding) key that matched nothing
    detail: str
    nearest: tuple[Rejection, ...] = ()

    def __str__(self) -> str:
        text = (f"{self.rule.path}:{self.rule.line}: rule '{self.rule.check_id}' bound no figures in "
                f"{self.report}: figure '{self.name}': {self.detail}")
        if self.nearest:
            text += "; nearest rejected: " + ", ".join(str(r) for r in self.nearest)
        return text


def rejections(selector: CompiledSelector, seen: _Seen) -> tuple[tuple[str, str], ...]:
    """Every key of `selector` the figure fails, with what the figure has instead
    (the same tests as `select.matches`, all of them, not only the first)."""
    figure = seen.figure
    out: list[tuple[str, str]] = []
    if selector.units is not None and figure.unit not in selector.units:
        out.append(("unit", f"is '{figure.unit or 'none'}', not {_listed(selector.units)}"))
    if selector.kinds is not None and figure.kind not in selector.kinds:
        out.append(("kind", f"is '{figure.kind.value}', not {_listed(k.value for k in selector.kinds)}"))
    if selector.qualifiers is not None and figure.qualifier not in selector.qualifiers:
        out.append(("qualifier", f"is '{figure.qualifier or 'none'}', not {_listed(selector.qualifiers)}"))
    if selector.period is not None and not period_matches(selector.period, figure.period, seen.current_periods):
        out.append(("period", f"is '{figure.period or 'none'}', not '{selector.period}'"))
    if selector.roles is not None and seen.role not in selector.roles:
        out.append(("role", f"is '{seen.role}', not {_listed(selector.roles)}"))
    if selector.modalities is not None and seen.modality not in selector.modalities:
        out.append(("modality", f"is '{seen.modality}', not {_listed(selector.modalities)}"))
    if selector.groups is not None and seen.group not in selector.groups:
        out.append(("group", f"is '{seen.group or 'none'}', not {_listed(g or 'none' for g in selector.groups)}"))
    if _measure_of(selector, seen) is None:
        key = "measure_nearby" if selector.measure_nearby and _measure_without_nearby(selector, seen) else "measure"
        out.append((key, f"is '{figure.measure or 'none'}', not {_listed(c for c, _ in selector.measures)}"))
    around = _around(selector, seen)
    if selector.near and not any(p.occurs_in(around) for p in selector.near):
        out.append(("near", f"none of its words in the figure's {selector.near_scope}"))
    if selector.not_near and any(p.occurs_in(around) for p in selector.not_near):
        out.append(("not_near", f"one of its words is in the figure's {selector.near_scope}"))
    if selector.pattern is not None and selector.pattern.search(seen.marked_sentence) is None:
        out.append(("pattern", "does not match the figure's sentence"))
    return tuple(out)


def _measure_without_nearby(selector: CompiledSelector, seen: _Seen) -> bool:
    from dataclasses import replace

    return _measure_of(replace(selector, measure_nearby=False), seen) is not None


def _listed(values) -> str:
    items = sorted(f"'{v}'" for v in values)
    return items[0] if len(items) == 1 else "any of " + ", ".join(items)


def unbound(rule: CompiledRule, document: Document, figures: Sequence[Figure]) -> Unbound | None:
    """Why `rule` states no relation about this document, or None when it states one."""
    if relations_for(rule, document, figures):
        return None
    seen = _contexts(document, figures)
    candidates = {s.name: [x for x in seen if not rejections(s, x)] for s in rule.selectors}
    for selector in rule.selectors:
        if selector.optional or candidates[selector.name]:
            continue
        ranked = sorted((Rejection(x.figure, rejections(selector, x)) for x in seen),
                        key=lambda r: (len(r.keys), r.figure.span.start))
        nearest = tuple(ranked[:NEAREST_SHOWN])
        if not nearest:
            return Unbound(rule, document.path, selector.name, "figures", "the report has no figures")
        key = nearest[0].keys[0][0]
        return Unbound(rule, document.path, selector.name, key, f"no figure passes its '{key}'", nearest)
    return _binding_failure(rule, document.path, candidates)


def _binding_failure(rule: CompiledRule, report: str, candidates: dict[str, list[_Seen]]) -> Unbound:
    """Every required name has candidates, but no anchor candidate binds them all: the first
    condition that left a name with none, for the first anchor candidate."""
    anchor = anchor_of(rule.selectors)
    if anchor is None:
        name = next(s.name for s in rule.selectors if not s.optional)
        return Unbound(rule, report, name, "scope",
                       f"no {rule.scope} holds a candidate for every name with the same period and measure")
    first = candidates[anchor.name][0]
    for selector in rule.selectors:
        if selector is anchor or selector.optional:
            continue
        pool = [x for x in candidates[selector.name] if x.figure.id != first.figure.id]
        for key, keep in _binding_conditions(rule, selector, first):
            narrowed = [x for x in pool if keep(x)]
            if not narrowed:
                return Unbound(rule, report, selector.name, key,
                               f"its {len(pool)} candidate(s) fail the rule's '{key}' with the anchor "
                               f"'{anchor.name}' ({first.figure.text}, line {first.figure.span.line})",
                               tuple(Rejection(x.figure, ((key, _binding_detail(key, rule, x, first)),))
                                     for x in pool[:NEAREST_SHOWN]))
            pool = narrowed
    return Unbound(rule, report, anchor.name, "assert", "the figures bind, but the assertion cannot be stated over them")


def _binding_conditions(rule: CompiledRule, selector: CompiledSelector, anchor: _Seen):
    """The conditions `select._anchored` puts on a candidate beside the anchor, in its order."""
    scope = rule.scope
    yield "scope", lambda x: x.scope_key(scope) == anchor.scope_key(scope)
    if rule.same_period:
        from auditor.rulefile.select import _periods_agree

        yield "same_period", lambda x: _periods_agree([x.figure, anchor.figure])
    if selector.position == "before":
        yield "position", lambda x: x.figure.span.start < anchor.figure.span.start
    if selector.position == "after":
        yield "position", lambda x: x.figure.span.start > anchor.figure.span.start


def _binding_detail(key: str, rule: CompiledRule, seen: _Seen, anchor: _Seen) -> str:
    if key == "scope":
        return f"not in the anchor's {rule.scope}"
    if key == "same_period":
        return f"period '{seen.figure.period or 'none'}' against '{anchor.figure.period or 'none'}'"
    return "on the wrong side of the anchor"


def unbound_rules(rules: Sequence[CompiledRule], document: Document, figures: Sequence[Figure]) -> list[Unbound]:
    """Each rule that bound nothing in the document, with why."""
    return [u for rule in rules if (u := unbound(rule, document, figures)) is not None]


TRACE_REJECTED_SHOWN = 5  # per figure name, the nearest figures a selector turned away


def binding_trace(rule: CompiledRule, document: Document, figures: Sequence[Figure]) -> list[str]:
    """How `rule` binds in the document, as lines to print (`audit rules debug`): for each of its
    figure names, the figures that pass every selector key and the nearest ones turned away with
    the keys that did it; then the relations the rule states, or why it states none."""
    from auditor.engine import decide

    seen = _contexts(document, figures)
    lines = [f"rule '{rule.check_id}' ({rule.path}:{rule.line}) in {document.path}: {len(figures)} figures"]
    for selector in rule.selectors:
        judged = sorted(((rejections(selector, x), x) for x in seen), key=lambda r: (len(r[0]), r[1].figure.span.start))
        passing = [x for keys, x in judged if not keys]
        turned_away = [Rejection(x.figure, keys) for keys, x in judged if keys]
        optional = " (optional)" if selector.optional else ""
        lines.append(f"figure '{selector.name}'{optional}: {len(passing)} candidate(s)")
        lines.extend(f"  candidate {x.figure.text} (line {x.figure.span.line}, column {x.figure.span.column})"
                     for x in passing)
        lines.extend(f"  rejected  {r}" for r in turned_away[:TRACE_REJECTED_SHOWN])
        if len(turned_away) > TRACE_REJECTED_SHOWN:
            lines.append(f"  ... and {len(turned_away) - TRACE_REJECTED_SHOWN} more rejected")
    relations = relations_for(rule, document, figures)
    if not relations:
        miss = unbound(rule, document, figures)
        lines.append(f"bound nothing: figure '{miss.name}': {miss.detail}" if miss else "bound nothing")
    for relation in relations:
        finding = decide(relation)
        bound = ", ".join(f"{name} = {f.text} (line {f.span.line})" for name, f in relation.figures.items())
        lines.append(f"bound {bound}: {finding.status.value}")
    return lines
