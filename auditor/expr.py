"""Arithmetic claims as small immutable trees.

Built-in checks and rule files both state relations as text such as
``"part / whole == share"``. The text is parsed with Python's `ast` and only a
whitelist of node types is turned into a tree; nothing is ever evaluated as
code. Trees are decided over exact intervals (`auditor.interval`), and solved
for one unknown by inverting the path to it (exact) or, when the unknown occurs
more than once, with sympy (imported only then).
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Callable, Mapping, Union

from auditor.interval import INF, Interval

Node = Union["Num", "Name", "BinOp", "Neg", "Call"]


class ExpressionError(ValueError):
    """An expression outside the whitelist; `column` is 0-based inside the text."""

    def __init__(self, message: str, column: int = 0):
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Num:
    value: Fraction


@dataclass(frozen=True)
class Name:
    id: str


@dataclass(frozen=True)
class BinOp:
    op: str  # + - * /
    left: Node
    right: Node


@dataclass(frozen=True)
class Neg:
    operand: Node


@dataclass(frozen=True)
class Call:
    function: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Compare:
    op: str  # == <= < >= >
    left: Node
    right: Node


_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_COMPARES = {ast.Eq: "==", ast.LtE: "<=", ast.Lt: "<", ast.GtE: ">=", ast.Gt: ">"}


def _sum(*xs: Interval) -> Interval:
    total = Interval.point(0)
    for x in xs:
        total = total + x
    return total


def _min(*xs: Interval) -> Interval:
    return Interval(min(x.lo for x in xs), min(x.hi for x in xs))


def _max(*xs: Interval) -> Interval:
    return Interval(max(x.lo for x in xs), max(x.hi for x in xs))


def _pct(part: Interval, whole: Interval) -> Interval:
    """The share part/whole as a fraction (compare it with a percent figure)."""
    return part / whole


FUNCTIONS: dict[str, Callable[..., Interval]] = {
    "sum": _sum,
    "min": _min,
    "max": _max,
    "abs": lambda x: abs(x),
    "pct": _pct,
}


def parse(text: str, names: frozenset[str] | None = None) -> Compare:
    """Parse one comparison. `names`, when given, are the only names allowed."""
    return _parse_any_names(text) if names is None else _parse(text, names)


@lru_cache(maxsize=4096)
def _parse_any_names(text: str) -> Compare:
    # checks parse the same few expressions for every relation they find; trees are immutable
    return _parse(text, None)


def _parse(text: str, names: frozenset[str] | None) -> Compare:
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError as exc:
        raise ExpressionError(f"not a valid expression: {exc.msg}", max((exc.offset or 1) - 1, 0)) from None
    if not isinstance(tree, ast.Compare) or len(tree.ops) != 1:
        raise ExpressionError("an assertion must be exactly one comparison such as 'a / b == p'", tree.col_offset)
    op = _COMPARES.get(type(tree.ops[0]))
    if op is None:
        raise ExpressionError("only ==, <=, <, >=, > compare", tree.col_offset)
    return Compare(op, _node(tree.left, names), _node(tree.comparators[0], names))


def _node(n: ast.AST, names: frozenset[str] | None) -> Node:
    if isinstance(n, ast.Constant) and type(n.value) in (int, float):
        return Num(Fraction(str(n.value)))
    if isinstance(n, ast.Name):
        if names is not None and n.id not in names:
            raise ExpressionError(f"unknown name {n.id!r}", n.col_offset)
        return Name(n.id)
    if isinstance(n, ast.BinOp) and type(n.op) in _BINOPS:
        return BinOp(_BINOPS[type(n.op)], _node(n.left, names), _node(n.right, names))
    if isinstance(n, ast.UnaryOp) and isinstance(n.op, (ast.USub, ast.UAdd)):
        inner = _node(n.operand, names)
        return Neg(inner) if isinstance(n.op, ast.USub) else inner
    if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in FUNCTIONS and not n.keywords:
        return Call(n.func.id, tuple(_node(a, names) for a in n.args))
    if isinstance(n, ast.Call):
        raise ExpressionError(f"calls are limited to {', '.join(sorted(FUNCTIONS))}", n.col_offset)
    what = type(n).__name__
    raise ExpressionError(f"{what} is not allowed in an expression", getattr(n, "col_offset", 0))


# Predicates a rule may assert instead of one comparison. `all_equal(x, y, ...)`
# holds when one value lies inside every argument's interval; rule files
# desugar it into comparisons once their names are bound to figures.
PREDICATES = ("all_equal",)


@dataclass(frozen=True)
class Predicate:
    function: str
    args: tuple[Node, ...]


def parse_assertion(text: str, names: frozenset[str] | None = None) -> Compare | Predicate:
    """Parse a rule's assertion: one comparison, or one predicate call such as
    `all_equal(a, b)`. The same whitelist as `parse`; nothing is evaluated."""
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError as exc:
        raise ExpressionError(f"not a valid expression: {exc.msg}", max((exc.offset or 1) - 1, 0)) from None
    if isinstance(tree, ast.Call) and isinstance(tree.func, ast.Name) and tree.func.id in PREDICATES:
        if tree.keywords or not tree.args:
            raise ExpressionError(f"{tree.func.id}() takes one or more names, and no keywords", tree.col_offset)
        return Predicate(tree.func.id, tuple(_node(a, names) for a in tree.args))
    return parse(text, names)


def names_in(node: Node | Compare) -> list[str]:
    """Every name in the tree, in order, with repeats."""
    if isinstance(node, Name):
        return [node.id]
    if isinstance(node, (BinOp, Compare)):
        return names_in(node.left) + names_in(node.right)
    if isinstance(node, Neg):
        return names_in(node.operand)
    if isinstance(node, (Call, Predicate)):
        return [n for a in node.args for n in names_in(a)]
    return []


def evaluate(node: Node, env: Mapping[str, Interval]) -> Interval:
    if isinstance(node, Num):
        return Interval.point(node.value)
    if isinstance(node, Name):
        return env[node.id]
    if isinstance(node, Neg):
        return -evaluate(node.operand, env)
    if isinstance(node, BinOp):
        a, b = evaluate(node.left, env), evaluate(node.right, env)
        op = node.op
        return a + b if op == "+" else a - b if op == "-" else a * b if op == "*" else a / b
    if isinstance(node, Call):
        return FUNCTIONS[node.function](*(evaluate(a, env) for a in node.args))
    raise TypeError(node)


def holds(compare: Compare, env: Mapping[str, Interval]) -> bool:
    """True when some choice of values inside every interval satisfies the comparison."""
    return compares(compare.op, evaluate(compare.left, env), evaluate(compare.right, env))


def compares(op: str, a: Interval, b: Interval) -> bool:
    """`holds` for sides already evaluated."""
    if op == "==":
        return a.meets(b)
    if op == "<=":
        return a.lo <= b.hi
    if op == "<":
        return a.lo < b.hi
    if op == ">=":
        return a.hi >= b.lo
    if op == ">":
        return a.hi > b.lo
    raise KeyError(op)


def solve(compare: Compare, unknown: str, env: Mapping[str, Interval]) -> Interval | None:
    """The interval of values of `unknown` for which the comparison can hold."""
    left_has = unknown in names_in(compare.left)
    side, other = (compare.left, compare.right) if left_has else (compare.right, compare.left)
    target = evaluate(other, env)
    if compare.op != "==":
        flip = not left_has
        op = {"<=": ">=", "<": ">", ">=": "<=", ">": "<"}[compare.op] if flip else compare.op
        target = Interval(-INF, target.hi) if op in ("<=", "<") else Interval(target.lo, INF)
    if names_in(side).count(unknown) == 1 and unknown not in names_in(other):
        return _invert(side, unknown, target, env)
    return _solve_with_sympy(compare, unknown, env)


def _invert(node: Node, unknown: str, target: Interval, env: Mapping[str, Interval]) -> Interval | None:
    """Walk from the comparison down to the unknown, undoing each operation."""
    while not isinstance(node, Name):
        if isinstance(node, Neg):
            node, target = node.operand, -target
            continue
        if not isinstance(node, BinOp):
            return None  # inside a function: no exact inverse
        in_left = unknown in names_in(node.left)
        known = evaluate(node.right if in_left else node.left, env)
        if node.op == "+":
            target = target - known
        elif node.op == "-":
            target = target + known if in_left else known - target
        elif node.op == "*":
            target = target / known
        else:
            target = target * known if in_left else known / target
        node = node.left if in_left else node.right
    return target


def _solve_with_sympy(compare: Compare, unknown: str, env: Mapping[str, Interval]) -> Interval | None:
    import sympy  # slow to import: only here

    def build(n: Node):
        if isinstance(n, Num):
            return sympy.Rational(n.value.numerator, n.value.denominator)
        if isinstance(n, Name):
            return sympy.Symbol(n.id)
        if isinstance(n, Neg):
            return -build(n.operand)
        if isinstance(n, BinOp):
            a, b = build(n.left), build(n.right)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[n.op]
        raise ExpressionError("an implied value can only be solved for through + - * /")

    solutions = sympy.solve(sympy.Eq(build(compare.left), build(compare.right)), sympy.Symbol(unknown))
    result = None
    for solution in solutions:
        node = _from_sympy(solution)
        if node is None:
            continue
        value = evaluate(node, env)
        result = value if result is None else result.hull(value)
    return result


def _from_sympy(expr) -> Node | None:
    import sympy

    if expr.is_Rational:
        return Num(Fraction(int(expr.p), int(expr.q)))
    if expr.is_Symbol:
        return Name(str(expr))
    if expr.is_Add:
        parts = [_from_sympy(a) for a in expr.args]
        if None in parts:
            return None
        node = parts[0]
        for p in parts[1:]:
            node = BinOp("+", node, p)
        return node
    if expr.is_Mul:
        parts = [_from_sympy(a) for a in expr.args]
        if None in parts:
            return None
        node = parts[0]
        for p in parts[1:]:
            node = BinOp("*", node, p)
        return node
    if expr.is_Pow and expr.exp == -1:
        base = _from_sympy(expr.base)
        return None if base is None else BinOp("/", Num(Fraction(1)), base)
    if isinstance(expr, sympy.Pow) and expr.exp.is_Integer and expr.exp > 0:
        base = _from_sympy(expr.base)
        if base is None:
            return None
        node = base
        for _ in range(int(expr.exp) - 1):
            node = BinOp("*", node, base)
        return node
    return None
