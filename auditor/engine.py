"""Decide relations: every relation becomes exactly one `Finding`.

A relation is consistent when some choice of true values inside every figure's
interval satisfies it (DESIGN.md section 3), inconsistent when none does, and
implied when it names an unknown the text does not state.
"""
from __future__ import annotations

from functools import lru_cache

from auditor import expr, wording
from auditor.interval import INF, Interval
from auditor.model import Figure, Finding, Relation, Severity, Status
from auditor.quantity import format_interval, interval_of
from auditor.wording import describe as _describe


def _display_unit(node, figures: dict[str, Figure]) -> str:
    names = expr.names_in(node)
    return figures[names[0]].unit if len(names) == 1 and names[0] in figures else ""


def _unit_of_comparison(compare: expr.Compare, figures: dict[str, Figure]) -> str:
    unit = _display_unit(compare.right, figures) or _display_unit(compare.left, figures)
    if unit:
        return unit
    # every figure in one unit and no product of figures: the sides are in that unit too
    units = {figures[n].unit for n in expr.names_in(compare) if n in figures}
    if len(units) == 1 and not _multiplies_figures(compare):
        return units.pop()
    return ""


def _multiplies_figures(node) -> bool:
    if isinstance(node, expr.BinOp):
        if node.op in "*/" and expr.names_in(node.left) and expr.names_in(node.right):
            return True
        return _multiplies_figures(node.left) or _multiplies_figures(node.right)
    if isinstance(node, (expr.Compare,)):
        return _multiplies_figures(node.left) or _multiplies_figures(node.right)
    if isinstance(node, expr.Neg):
        return _multiplies_figures(node.operand)
    if isinstance(node, expr.Call):
        return any(_multiplies_figures(a) for a in node.args)
    return False




def decide(relation: Relation, truncation: bool = True) -> Finding:
    """The finding of one relation. `truncation` False when the document's other percentages show it rounds
    them (one written above every value it stands for), so that a percentage only cutting explains is an error."""
    if relation.unknown:
        return _implied(relation)
    compare = relation.expression
    unit = _unit_of_comparison(compare, relation.figures)
    readings = (relation.figures,) + tuple(relation.readings)
    outcomes = []
    for figures in readings:
        env = _environment(figures)
        left, right = expr.evaluate(compare.left, env), expr.evaluate(compare.right, env)
        outcomes.append((figures, expr.compares(compare.op, left, right), left, right))
    fitting = [o for o in outcomes if o[1]]
    chosen = fitting[0] if fitting else outcomes[0]
    figures, ok, left, right = chosen
    twice = not ok and _rounded_twice(compare, figures, left)
    truncated = truncation and not ok and not twice and _truncated(compare, figures, left)
    ok = ok or twice or truncated
    stated = _describe(compare.right, figures) if isinstance(compare.right, expr.Name) else format_interval(right, unit)
    computed = format_interval(left, unit)
    calculation = _describe(compare.left, figures)
    detail = f"{calculation} = {computed}, stated {stated}"
    miss = None if ok else wording.miss_of(compare, figures, unit, left, right)
    if miss is not None:
        detail += f"; off by {miss.text}"
    notes: list[str] = []
    if twice:
        notes.append(f"only if {_describe(compare.right, figures)} was rounded in two steps (to one more decimal first)")
        detail += " " + notes[-1]
    if truncated:
        notes.append(f"only if {_describe(compare.right, figures)} was truncated "
                     "(cut after its last digit, not rounded)")
        detail += " " + notes[-1]
    other_readings = wording.readings_of(compare, outcomes, figures, unit)
    if other_readings:
        detail += "; other reading: " + wording.readings_text(other_readings)
    # a figure that stands in another file (a table's row, another report's figure) is pointed to
    # in `related`, not listed with the document's own
    elsewhere = {name for name, _ in relation.related}
    shown = [{n: f for n, f in r.items() if n not in elsewhere} for r in (figures, *readings)]
    all_figures = _ordered_figures(shown[0], shown[1:])
    status = Status.CONSISTENT if ok else Status.INCONSISTENT if asserted(relation, readings) else Status.UNDETERMINED
    severity = relation.severity if status is not Status.UNDETERMINED else Severity.NOTE
    if status is Status.INCONSISTENT and not relation.certain:
        notes.append(f"{relation.asserted_within[0]}, and even that fails")
        detail += f" ({notes[-1]})"
    if status is Status.UNDETERMINED:
        notes.append("the text does not make clear that these figures are related")
        detail += f" ({notes[-1]})"
    elif not ok and relation.alternative is not None:
        fits = _alternative_fits(relation.alternative[1], readings)
        if fits is not None:
            # the arithmetic holds under another meaning of the words: a wording error, not a wrong figure
            severity = Severity.WARNING
            notes.append(f"{relation.alternative[0]} it fits: {fits}")
            detail += f"; {notes[-1]}"
    computed_value, computed_point = wording.computed_point(compare, figures, unit)
    # (a constant, "a + b == 1" for shares, is written in the unit: "100%", not "1")
    stated_text = stated if isinstance(compare.right, (expr.Name, expr.Num)) else _describe(compare.right, figures)
    headline = relation.message
    if not ok:
        headline = relation.failing_headline or wording.headline(compare, figures, computed_point or computed,
                                                                 stated_text, relation.message)
    return Finding(
        check=relation.check,
        status=status,
        severity=severity,
        message=f"{relation.message}: {detail}",
        figures=all_figures,
        stated=stated,
        computed=computed,
        rule_file=relation.rule_file,
        headline=headline,
        relation=relation.message,
        calculation=calculation,
        stated_value=wording.stated_point(compare, figures, unit),
        computed_value=computed_value,
        computed_point=computed_point,
        unit=unit,
        miss=miss,
        readings=other_readings,
        fix=_fix(relation),
        consistent_value="" if ok else wording.consistent_value(compare, figures, unit),
        notes=tuple(notes),
        found_by_search=relation.found_by_search,
        related=tuple(place for _, place in relation.related),
    )


def asserted(relation: Relation, readings) -> bool:
    """The one decision whether the text asserts a relation that fails (DESIGN.md section 2): an
    asserted relation fails as an error, a plausible one as a question (undetermined). Asserted
    when the words state the relation for certain, or state a looser form of it that fails as
    well under every reading ("two-thirds (45%)": a fraction in words may be rounded loosely, not
    as far as that)."""
    if relation.certain:
        return True
    if relation.asserted_within is None:
        return False
    looser = relation.asserted_within[1]
    return not any(expr.holds(looser, _environment(figures)) for figures in readings)


def _fix(relation: Relation) -> str:
    """What to do about a finding of this relation: its rule's or its check's "Fix" section."""
    return relation.fix or _check_fix(relation.check)


@lru_cache(maxsize=None)  # one per check
def _check_fix(check_id: str) -> str:
    from auditor.checks import CHECKS
    from auditor.checks.base import doc_section

    check = CHECKS.get(check_id)
    return doc_section(check.doc, "Fix") if check is not None else ""


def _rounded_twice(compare: expr.Compare, figures: dict[str, Figure], left: Interval) -> bool:
    """Whether a stated percentage fits when it was rounded in two steps, as tables often are
    (5.1499% -> 5.15% -> 5.2%): its interval widened by half a unit of the next decimal."""
    if compare.op != "==" or not isinstance(compare.right, expr.Name):
        return False
    stated = figures.get(compare.right.id)
    if stated is None or stated.unit != "percent" or stated.low is None or stated.high is None \
            or not stated.low < stated.high:  # (a bound, "more than 40%", has one end: never rounded)
        return False
    iv = interval_of(stated)
    step = (iv.hi - iv.lo) / 10
    return left.meets(Interval(iv.lo - step, iv.hi + step))


def _rounded_percentage_stated(compare: expr.Compare, figures: dict[str, Figure]) -> Figure | None:
    """The percentage an equality states on its right, when it stands for an interval of rounding (written with
    no hedge and not exact): the figure whose writing, rounded or cut, `_truncated` and `_percentage_rounded_up`
    read; None otherwise."""
    if compare.op != "==" or not isinstance(compare.right, expr.Name):
        return None
    stated = figures.get(compare.right.id)
    if stated is None or stated.unit != "percent" or stated.low is None or stated.high is None \
            or stated.qualifier or not stated.low < stated.high:
        return None
    return stated


def _truncated(compare: expr.Compare, figures: dict[str, Figure], left: Interval) -> bool:
    """Whether a stated percentage fits when it was cut after its last digit instead of rounded, as some
    publishers and much software write them (17,497 of 120,013 is 14.579%, written 14.5%): its interval moved up
    by half a unit of its last digit, [14.5%, 14.6%). A publisher's convention, not an error: the figure is
    consistent, with a note saying what it rests on."""
    stated = _rounded_percentage_stated(compare, figures)
    if stated is None:
        return False
    iv = interval_of(stated)
    half = (iv.hi - iv.lo) / 2
    if not left.bounded or left.hi - left.lo > half:
        # the other figures must give the value finer than the stated figure's last digit: cutting read at the
        # edge of their rounding would stack one loose reading on another ("2.4 million" over "2.0 million" is
        # 14.6% to 25.6%: "14%" is no cut of that)
        return False
    return left.meets(Interval(iv.lo + half, iv.hi + half))


def _environment(figures: dict[str, Figure]) -> dict[str, Interval]:
    """Each bound name's figure as the interval of plain numbers it stands for."""
    return {name: interval_of(f) for name, f in figures.items()}


def _alternative_fits(compare: expr.Compare, readings) -> str | None:
    """How the alternative expression fits the first reading it fits, or None."""
    for figures in readings:
        env = _environment(figures)
        if expr.holds(compare, env):
            unit = _unit_of_comparison(compare, figures)
            return f"{_describe(compare.left, figures)} = {format_interval(expr.evaluate(compare.left, env), unit)}"
    return None


def _ordered_figures(first: dict[str, Figure], readings) -> tuple[Figure, ...]:
    seen, out = set(), []
    for figures in (first, *readings):
        for f in figures.values():
            if f.id not in seen:
                seen.add(f.id)
                out.append(f)
    return tuple(out)


def _implied(relation: Relation) -> Finding:
    figures = tuple(relation.figures.values())
    reason = expr.unsolvable(relation.expression, relation.unknown)
    if reason is not None:
        return Finding(relation.check, Status.UNDETERMINED, Severity.NOTE, f"{relation.message}: {reason}",
                       figures, rule_file=relation.rule_file, headline=relation.message, relation=relation.message,
                       notes=(reason,))
    env = _environment(relation.figures)
    value = expr.solve(relation.expression, relation.unknown, env)
    if value is None or (value.lo == -INF and value.hi == INF):
        reason = f"{relation.unknown} cannot be worked out from the figures given"
        return Finding(relation.check, Status.UNDETERMINED, Severity.NOTE, f"{relation.message}: {reason}",
                       figures, rule_file=relation.rule_file, headline=relation.message, relation=relation.message,
                       notes=(reason,))
    computed = format_interval(value, relation.unknown_unit)
    return Finding(
        check=relation.check,
        status=Status.IMPLIED,
        severity=Severity.NOTE,
        message=f"{relation.message}: {relation.unknown} implied {computed}",
        figures=figures,
        computed=computed,
        rule_file=relation.rule_file,
        headline=relation.message,
        relation=relation.message,
        unit=relation.unknown_unit,
        implied=relation.unknown,
    )


def decide_all(relations) -> tuple[Finding, ...]:
    """The findings of one document's relations. A percentage that fits only when cut after its last digit
    ("14.5%" for 14.58%) is written by the document's convention, unless the document shows it rounds: another
    stated percentage that fits only rounded up ("13%" for 12.71%) is a document that rounds, where cutting is
    no convention but an error."""
    relations = tuple(relations)
    rounds = any(_percentage_rounded_up(r) for r in relations)
    return tuple(decide_bounded(r, truncation=not rounds) for r in relations)


def _percentage_rounded_up(relation: Relation) -> bool:
    """Whether the text asserts the relation and its stated percentage fits only as rounded up: every value
    the other figures give is below the value written."""
    compare = relation.expression
    if relation.unknown or not relation.certain or not isinstance(compare, expr.Compare):
        return False
    stated = _rounded_percentage_stated(compare, relation.figures)
    if stated is None:
        return False
    try:
        env = _environment(relation.figures)
        left = expr.evaluate(compare.left, env)
        return expr.compares("==", left, expr.evaluate(compare.right, env)) and left.hi < interval_of(stated).midpoint
    except (ArithmeticError, KeyError, TypeError, ValueError):
        return False


def decide_bounded(relation: Relation, truncation: bool = True) -> Finding:
    """`decide`, with arithmetic that cannot be carried out (figures of absurd magnitude,
    a division by an exact zero) reported as an undetermined finding with its reason
    rather than as an exception: the text's figures are at fault, not the auditor."""
    try:
        return decide(relation, truncation)
    except ArithmeticError as exc:  # OverflowError, ZeroDivisionError, decimal.Overflow ...
        reason = (f"cannot be computed exactly ({type(exc).__name__}: "
                  "the figures are too large or too small to work with)")
        return Finding(relation.check, Status.UNDETERMINED, Severity.NOTE, f"{relation.message}: {reason}",
                       tuple(relation.figures.values()), rule_file=relation.rule_file, headline=relation.message,
                       relation=relation.message, notes=(reason,))
