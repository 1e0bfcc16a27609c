"""Bind the figures of one document to a compiled rule, giving `Relation`s.

Selectors read only what extraction provides (measure, unit, kind, qualifier,
period, span) and the words of the text around a figure, never one report's
phrasing. A rule's first required single figure is its anchor: every match of
the anchor starts one binding, and each other name takes the candidate nearest
to it within the rule's scope (same sentence first, then earlier text, then
later), unless its `occurrence` says otherwise. A rule with no anchor (every
name is `occurrence: all`) binds one group per scope, period and measure. A name with a link
key (`base_of: rate`) prefers, among its candidates, those the meaning layer reads as so linked to
the figure bound to the other name.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from itertools import product
from typing import Iterable, Iterator, Sequence

from auditor import expr
from auditor.document import Document
from auditor.extract import context
from auditor.model import Figure, Relation
from auditor.rulefile.compiler import (FIGURE_MARK, CompiledRule, CompiledSelector, anchor_of, current_periods,
                                      period_matches, render_message)
from auditor.rulefile.words import words

MAX_READINGS = 8


@dataclass
class _Seen:
    """One figure with the text around it, computed once per document."""

    figure: Figure
    order: int
    sentence: int
    paragraph: int
    document: Document
    sentence_bounds: tuple[int, int]
    clause_bounds: tuple[int, int]
    # the report's current period of each class, shared by its figures: `period: current`
    current_periods: dict[str, str] = dataclasses.field(default_factory=dict)
    report_figures: Sequence[Figure] = ()  # every figure of the report, which the meaning layer reads together

    @cached_property
    def meaning(self):
        """The meaning layer's reading of the report (read only for a rule that asks: the layer is
        built once per report and cached, so every figure of the report shares it)."""
        from auditor import grammar

        return grammar.read(self.document, self.report_figures)

    @cached_property
    def role(self) -> str:
        return self.meaning.frame(self.figure).role.value

    @cached_property
    def modality(self) -> str:
        return self.meaning.frame(self.figure).modality

    @cached_property
    def group(self) -> str:
        from auditor.grammar import lexicon

        group = self.meaning.frame(self.figure).group
        return lexicon.group_name(group) if group else ""

    def linked(self, key: str, others: Iterable[Figure]) -> bool:
        """Whether the words make this figure what `key` says of one of `others` ('base_of': its old level)."""
        pairs = self.meaning.linked_pairs[key]
        return any((self.figure.id, other.id) in pairs for other in others)

    @cached_property
    def clause_words(self) -> list[str]:
        return words(self.document.text[self.clause_bounds[0]:self.clause_bounds[1]])

    @cached_property
    def sentence_words(self) -> list[str]:
        return words(self.document.text[self.sentence_bounds[0]:self.sentence_bounds[1]])

    @cached_property
    def measure_words(self) -> list[str]:
        return words(self.figure.measure)

    @cached_property
    def marked_sentence(self) -> str:
        """The sentence with the figure replaced by FIGURE_MARK, spaces collapsed."""
        text = self.document.text
        start, end = self.sentence_bounds
        marked = text[start:self.figure.span.start] + FIGURE_MARK + text[self.figure.span.end:end]
        return re.sub(r"\s+", " ", marked)

    def scope_key(self, scope: str) -> int:
        return {"sentence": self.sentence, "paragraph": self.paragraph}.get(scope, 0)


def _contexts(document: Document, figures: Sequence[Figure]) -> list[_Seen]:
    sentences = context.sentences_cached(document.text)
    current = current_periods(f.period for f in figures)
    out, index = [], 0
    for order, figure in enumerate(figures):
        start = figure.span.start
        while index + 1 < len(sentences) and sentences[index].end <= start:
            index += 1
        if sentences:
            sentence = sentences[index]
            clause = context.clause_bounds(document.text, sentence, start)
            out.append(_Seen(figure, order, index, sentence.paragraph, document, (sentence.start, sentence.end), clause,
                             current, figures))
        else:
            whole = (0, len(document.text))
            out.append(_Seen(figure, order, 0, 0, document, whole, whole, current, figures))
    return out


def _around(selector: CompiledSelector, seen: _Seen) -> list[str]:
    return seen.clause_words if selector.near_scope == "clause" else seen.sentence_words


def _measure_of(selector: CompiledSelector, seen: _Seen) -> str | None:
    """None when the figure's measure is not one the selector names; else the
    measure it is grouped under: the alias key when the measure is exactly one
    of its phrases, else the measure itself ("rural workers finding new jobs"
    names new jobs, but is not the same measure as "new jobs")."""
    if not selector.measures:
        return ""
    measures = selector.measures
    if selector.measure_nearby:
        around = _around(selector, seen)
        measures = tuple((c, ps) for c, ps in measures if any(p.occurs_in(around) for p in ps))
    for canonical, phrases in measures:
        if any(p.equals(seen.measure_words) for p in phrases):
            return canonical
    for canonical, phrases in measures:
        if any(p.names_measure(seen.measure_words) for p in phrases):
            return " ".join(seen.measure_words)
    return None


def matches(selector: CompiledSelector, seen: _Seen) -> str | None:
    """None when the figure does not fit the selector, else its canonical measure."""
    figure = seen.figure
    if selector.units is not None and figure.unit not in selector.units:
        return None
    if selector.kinds is not None and figure.kind not in selector.kinds:
        return None
    if selector.qualifiers is not None and figure.qualifier not in selector.qualifiers:
        return None
    if selector.period is not None and not period_matches(selector.period, figure.period, seen.current_periods):
        return None
    if selector.roles is not None and seen.role not in selector.roles:
        return None
    if selector.modalities is not None and seen.modality not in selector.modalities:
        return None
    if selector.groups is not None and seen.group not in selector.groups:
        return None
    measure = _measure_of(selector, seen)
    if measure is None:
        return None
    around = _around(selector, seen)
    if selector.near and not any(p.occurs_in(around) for p in selector.near):
        return None
    if selector.not_near and any(p.occurs_in(around) for p in selector.not_near):
        return None
    if selector.pattern is not None and selector.pattern.search(seen.marked_sentence) is None:
        return None
    return measure


def _nearness(anchor: _Seen, other: _Seen) -> tuple[int, int, int]:
    """Same sentence first; then earlier text before later (reports state parts
    before the figure built from them); then by distance."""
    after = other.figure.span.start > anchor.figure.span.start
    return abs(other.sentence - anchor.sentence), int(after), abs(other.figure.span.start - anchor.figure.span.start)


def _order(selectors: Sequence[CompiledSelector], anchor: CompiledSelector | None) -> list[CompiledSelector]:
    """Binding order: the anchor, required singles, readings, lists, optional; a
    name that must be `like` another, or is bound by its link to another, comes after it."""
    rank = lambda s: (s is not anchor, s.optional, s.occurrence == "any", s.is_list)  # noqa: E731
    pending = sorted(selectors, key=rank)
    ordered: list[CompiledSelector] = []
    while pending:
        for s in pending:
            waits_for = {s.like} | {other for _, other in s.links} if s is not anchor else set()
            if not waits_for & {p.name for p in pending if p is not s}:
                ordered.append(s)
                pending.remove(s)
                break
        else:  # a cycle of 'like's: keep the listed order
            ordered.extend(pending)
            break
    return ordered


def _periods_agree(figures: Iterable[Figure]) -> bool:
    """Figures with no period go with any; a year goes with its own months and
    quarters ("2024" with "2024-03"), since a paragraph's year is often all the
    text says of a figure."""
    periods = sorted({f.period for f in figures if f.period}, key=len)
    return all(p == q or q.startswith(p + "-") for i, p in enumerate(periods) for q in periods[i + 1:])


def _pick(selector: CompiledSelector, pool: list[_Seen], anchor: _Seen | None) -> list[_Seen]:
    """The candidates the selector binds: one, several readings, or all."""
    if not pool:
        return []
    by_position = sorted(pool, key=lambda s: s.figure.span.start)
    occurrence = selector.occurrence
    if occurrence == "all":
        return by_position
    if isinstance(occurrence, int):
        index = occurrence - 1 if occurrence > 0 else occurrence
        return [by_position[index]] if -len(by_position) <= index < len(by_position) else []
    if occurrence == "first":
        return by_position[:1]
    if occurrence == "last":
        return by_position[-1:]
    ranked = sorted(pool, key=lambda s: _nearness(anchor, s)) if anchor is not None else by_position
    return ranked[:MAX_READINGS] if occurrence == "any" else ranked[:1]


def relations_for(rule: CompiledRule, document: Document, figures: Sequence[Figure]) -> list[Relation]:
    """Every relation the rule states about this document."""
    seen = _contexts(document, figures)
    candidates: dict[str, list[tuple[_Seen, str]]] = {}
    for selector in rule.selectors:
        candidates[selector.name] = [(s, m) for s in seen if (m := matches(selector, s)) is not None]
    anchor = anchor_of(rule.selectors)
    order = _order(rule.selectors, anchor)
    out: list[Relation] = []
    done: set[frozenset] = set()
    for binding in (_anchored(rule, anchor, order, candidates) if anchor else _grouped(rule, order, candidates)):
        relation = _relation(rule, binding)
        if relation is None:
            continue
        key = frozenset((name, tuple(f.id for f in figs)) for name, figs in binding.items() if figs)
        if key in done:
            continue
        done.add(key)
        out.append(relation)
    return out


Binding = dict[str, list[Figure]]  # name -> its figures (several for 'all' and for 'any' readings)


def _anchored(rule: CompiledRule, anchor: CompiledSelector, order, candidates) -> Iterator[Binding]:
    scope = rule.scope
    for anchor_seen, _ in _anchor_matches(rule, anchor, candidates[anchor.name]):
        binding: Binding = {anchor.name: [anchor_seen.figure]}
        chosen: dict[str, list[_Seen]] = {anchor.name: [anchor_seen]}
        used = {anchor_seen.figure.id}
        complete = True
        for selector in order[1:]:
            pool = []
            for seen, _ in candidates[selector.name]:
                f = seen.figure
                if f.id in used or seen.scope_key(scope) != anchor_seen.scope_key(scope):
                    continue
                if rule.same_period and not _periods_agree([f, *(x.figure for xs in chosen.values() for x in xs[:1])]):
                    continue
                if selector.position == "before" and f.span.start >= anchor_seen.figure.span.start:
                    continue
                if selector.position == "after" and f.span.start <= anchor_seen.figure.span.start:
                    continue
                if selector.like is not None and selector.like in chosen:
                    model = chosen[selector.like][0].figure
                    if (f.unit, f.kind) != (model.unit, model.kind):
                        continue
                pool.append(seen)
            picked = _pick(selector, _linked_first(rule, selector, pool, chosen), anchor_seen)
            if not picked and not selector.optional:
                complete = False
                break
            chosen[selector.name] = picked
            binding[selector.name] = [s.figure for s in picked]
            if selector.occurrence == "any":
                used.update(s.figure.id for s in picked[:1])
            else:
                used.update(s.figure.id for s in picked)
        if complete:
            yield binding


def _linked_first(rule: CompiledRule, selector: CompiledSelector, pool: list[_Seen],
                  chosen: dict[str, list[_Seen]]) -> list[_Seen]:
    """The candidates the words link, as the selector's link keys ask, to the figures already bound
    to the names the keys give, when there are any; else the whole pool, so that a text that links
    nothing still binds the nearest figure."""
    wanted = [(key, [s.figure for s in chosen[other]]) for key, other in selector.links if other in chosen]
    if not wanted or not pool:
        return pool
    linked = [seen for seen in pool if all(seen.linked(key, figures) for key, figures in wanted)]
    return linked or pool



def _anchor_matches(rule: CompiledRule, anchor: CompiledSelector, matched):
    """Anchor candidates, narrowed by its own occurrence within each scope."""
    if anchor.occurrence in ("nearest", "any"):
        return matched
    groups: dict[int, list[_Seen]] = {}
    for seen, _ in matched:
        groups.setdefault(seen.scope_key(rule.scope), []).append(seen)
    kept = {id(s) for group in groups.values() for s in _pick(anchor, group, None)}
    return [(s, m) for s, m in matched if id(s) in kept]


def _grouped(rule: CompiledRule, order, candidates) -> Iterator[Binding]:
    """Rules without an anchor: one binding per scope, period and measure."""
    def key(seen: _Seen, measure: str):
        return (seen.scope_key(rule.scope), seen.figure.period if rule.same_period else "", measure)

    groups: dict[str, dict[tuple, list[_Seen]]] = {}
    for selector in order:
        for seen, measure in candidates[selector.name]:
            groups.setdefault(selector.name, {}).setdefault(key(seen, measure), []).append(seen)
    keys = sorted({k for per_name in groups.values() for k in per_name}, key=repr)
    for k in keys:
        binding: Binding = {}
        complete = True
        for selector in order:
            pool = [s for s in groups.get(selector.name, {}).get(k, [])
                    if not any(s.figure in figs for figs in binding.values())]
            picked = _pick(selector, pool, None)
            if not picked and not selector.optional:
                complete = False
                break
            binding[selector.name] = [s.figure for s in picked]
        if complete:
            yield binding


# --- from a binding to a Relation ------------------------------------------

def _expand(node, lists: dict[str, list[str]]):
    """Replace each 'all' name inside an aggregate by the names of its figures."""
    if isinstance(node, expr.Call):
        args = []
        for arg in node.args:
            if isinstance(arg, expr.Name) and arg.id in lists:
                args.extend(expr.Name(n) for n in lists[arg.id])
            else:
                args.append(_expand(arg, lists))
        return expr.Call(node.function, tuple(args))
    if isinstance(node, expr.BinOp):
        return expr.BinOp(node.op, _expand(node.left, lists), _expand(node.right, lists))
    if isinstance(node, expr.Neg):
        return expr.Neg(_expand(node.operand, lists))
    if isinstance(node, expr.Compare):
        return expr.Compare(node.op, _expand(node.left, lists), _expand(node.right, lists))
    return node


def _comparison(assertion, lists: dict[str, list[str]]) -> expr.Compare | None:
    """The assertion as one comparison over the bound names (all_equal desugared)."""
    if isinstance(assertion, expr.Compare):
        return _expand(assertion, lists)
    args: list = []
    for arg in assertion.args:
        if isinstance(arg, expr.Name) and arg.id in lists:
            args.extend(expr.Name(n) for n in lists[arg.id])
        else:
            args.append(_expand(arg, lists))
    if len(args) < 2:
        return None  # one figure is trivially equal to itself: nothing to check
    if len(args) == 2:
        return expr.Compare("==", args[0], args[1])
    # one value inside every interval <=> the largest low end <= the smallest high end
    return expr.Compare("==", expr.Call("max", tuple(args)), expr.Call("min", tuple(args)))


def _widen(figure: Figure, scale: Decimal, relative: Decimal) -> Figure:
    """The figure with the rule's tolerance applied to its interval."""
    if scale == 1 and relative == 0:
        return figure
    margin = abs(figure.value) * relative
    low = None if figure.low is None else figure.value - (figure.value - figure.low) * scale - margin
    high = None if figure.high is None else figure.value + (figure.high - figure.value) * scale + margin
    return dataclasses.replace(figure, low=low, high=high)


def _relation(rule: CompiledRule, binding: Binding) -> Relation | None:
    missing = [name for name in rule.names if not binding.get(name)]
    if len(missing) > 1:
        return None  # two unknowns: nothing can be worked out
    lists: dict[str, list[str]] = {}
    figures: dict[str, Figure] = {}
    alternatives: list[tuple[str, list[Figure]]] = []
    texts: dict[str, str] = {}
    for selector in rule.selectors:
        bound = binding.get(selector.name) or []
        if not bound:
            texts[selector.name] = f"the unstated {selector.name.replace('_', ' ')}"
            continue
        if selector.is_list:
            names = [f"{selector.name}[{i}]" for i in range(1, len(bound) + 1)]
            lists[selector.name] = names
            for n, f in zip(names, bound):
                figures[n] = _widen(f, rule.tolerance_scale, rule.tolerance_relative)
            texts[selector.name] = _join(f.text for f in bound)
        else:
            figures[selector.name] = _widen(bound[0], rule.tolerance_scale, rule.tolerance_relative)
            texts[selector.name] = bound[0].text
            if selector.occurrence == "any" and len(bound) > 1:
                alternatives.append((selector.name, bound))
    compare = _comparison(rule.assertion, lists)
    if compare is None:
        return None
    unknown = missing[0] if missing else None
    readings = []
    if alternatives:
        names = [name for name, _ in alternatives]
        for combo in product(*(figs for _, figs in alternatives)):
            if all(f is figs[0] for f, (_, figs) in zip(combo, alternatives)):
                continue  # the main reading
            reading = dict(figures)
            for name, f in zip(names, combo):
                reading[name] = _widen(f, rule.tolerance_scale, rule.tolerance_relative)
            readings.append(reading)
            if len(readings) >= MAX_READINGS:
                break
    return Relation(
        check=rule.check_id,
        expression=compare,
        figures=figures,
        message=render_message(rule.message, texts),
        severity=rule.severity,
        unknown=unknown,
        unknown_unit=rule.selector(unknown).implied_unit if unknown else "",
        rule_file=rule.path,
        rule_line=rule.line,
        readings=tuple(readings),
        fix=_rule_fix(rule),
    )


def _rule_fix(rule) -> str:
    """The rule's own "## Fix" section, else a pointer to the rule (its file and line)."""
    from auditor.checks.base import doc_section

    return doc_section(rule.doc or "", "Fix") or f"Check the figures against rule '{rule.check_id}' ({rule.path}:{rule.line})."


def _join(texts: Iterable[str]) -> str:
    items = list(texts)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
