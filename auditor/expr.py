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
import math
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from fractions import Fraction
from functools import lru_cache
from typing import Callable, Mapping, Union

from auditor.interval import INF, Bound, Interval

Node = Union["Num", "Name", "BinOp", "Neg", "Call"]


class ExpressionError(ValueError):
    """An expression outside the whitelist; `column` is 0-based inside the text."""

    def __init__(self, message: str, column: int = 0):
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Num:
    """A number of an expression."""

    value: Fraction


@dataclass(frozen=True)
class Name:
    """A name of an expression, bound to an interval (a figure's) when it is evaluated."""

    id: str


@dataclass(frozen=True)
class BinOp:
    """An arithmetic operation of two expressions."""

    op: str  # + - * /
    left: Node
    right: Node


@dataclass(frozen=True)
class Neg:
    """The negation of an expression."""

    operand: Node


@dataclass(frozen=True)
class Call:
    """A call of one of the whitelisted functions."""

    function: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Compare:
    """A comparison of two expressions: an assertion to decide."""

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


def _between(*xs: Interval) -> Interval:
    """Any value from the least to the greatest: a year is between(365, 366) days."""
    return Interval(min(x.lo for x in xs), max(x.hi for x in xs))


def _pct(part: Interval, whole: Interval) -> Interval:
    """The share part/whole as a fraction (compare it with a percent figure)."""
    return part / whole


# -- a rate per year over several years ---------------------------------------------------
# "grew at a compound annual rate of 9.6% from KSh 6.9 million in 2013 to KSh 10.9 million in 2017":
# the rate g with (1 + g) ** years == new / old. An "average annual" rate is worked out three ways by
# statistics offices and newsrooms (exponential, as census offices do: ln(new / old) / years; compound;
# simple: (new / old - 1) / years), and these lie in that order, so it may lie anywhere between the first
# and the last. Roots and logarithms are not rational: their bounds are worked out to ROOT_DIGITS digits,
# rounded outwards, so that the interval still holds the true value.
MAX_YEARS = 100
ROOT_DIGITS = 12


def _whole_years(years: Interval) -> int:
    n = years.lo
    if n != years.hi or not isinstance(n, Fraction) or n.denominator != 1 or not 1 <= n <= MAX_YEARS:
        raise ArithmeticError(f"a number of years must be a whole number from 1 to {MAX_YEARS}")
    return int(n)


def _integer_root(z: int, n: int) -> int:
    """The largest whole r with r ** n <= z (z >= 0), by Newton's method on integers."""
    if z < 2:
        return z
    r = 1 << -(-z.bit_length() // n)  # above the root: Newton's steps then fall to it
    while True:
        s = ((n - 1) * r + z // r ** (n - 1)) // n
        if s >= r:
            return r
        r = s


def _root_bound(x: Bound, n: int, upper: bool) -> Bound:
    """x ** (1 / n) rounded down (or up) to ROOT_DIGITS decimals; x below zero counts as zero."""
    if not isinstance(x, Fraction):
        return x if x > 0 else Fraction(0)  # an infinite end
    if x <= 0:
        return Fraction(0)
    scale = 10 ** ROOT_DIGITS
    floor = _integer_root(x.numerator * scale ** n // x.denominator, n)
    below = Fraction(floor, scale)
    return below + Fraction(1, scale) if upper and below ** n != x else below


def _log_bound(x: Bound, upper: bool) -> Bound:
    """ln(x), rounded down (or up) by more than the error of Decimal's correctly rounded logarithm."""
    if not isinstance(x, Fraction):
        return x if x > 0 else -INF
    if x <= 0:
        return -INF
    with localcontext() as context:
        context.prec = ROOT_DIGITS + 8
        log = Fraction((Decimal(x.numerator) / Decimal(x.denominator)).ln())
    slack = Fraction(1, 10 ** ROOT_DIGITS)
    return log + slack if upper else log - slack


def _compound_rate(ratio: Interval, years: Interval) -> Interval:
    """The yearly rate g with (1 + g) ** years == ratio: the compound annual growth rate (CAGR)."""
    n = _whole_years(years)
    return Interval(_root_bound(ratio.lo, n, upper=False) - 1, _root_bound(ratio.hi, n, upper=True) - 1)


def _average_rate(ratio: Interval, years: Interval) -> Interval:
    """The yearly rates an "average annual" rate may mean: from the exponential, ln(ratio) / years,
    to the simple, (ratio - 1) / years (the compound rate lies between them)."""
    n = _whole_years(years)
    low = _log_bound(ratio.lo, upper=False)
    return Interval(low / n if isinstance(low, Fraction) else low, (ratio.hi - 1) / n if isinstance(ratio.hi, Fraction) else ratio.hi)


FUNCTIONS: dict[str, Callable[..., Interval]] = {
    "sum": _sum,
    "min": _min,
    "max": _max,
    "abs": lambda x: abs(x),
    "between": _between,
    "pct": _pct,
    "compound_rate": _compound_rate,
    "average_rate": _average_rate,
}
# functions whose last argument is a count of years, written as a whole number in the expression
YEARLY_FUNCTIONS = ("compound_rate", "average_rate")


def parse(text: str, names: frozenset[str] | None = None) -> Compare:
    """Parse one comparison. `names`, when given, are the only names allowed."""
    return _parse_any_names(text) if names is None else _parse(text, names)


@lru_cache(maxsize=4096)
def _parse_any_names(text: str) -> Compare:
    # checks parse the same few expressions for every relation they find; trees are immutable
    return _parse(text, None)


# An assertion states one relation between a handful of figures. Past these sizes it is
# not a relation a reader could check, and deciding or solving it could take unbounded time.
MAX_NODES = 500
MAX_DEPTH = 100  # a sum of 60 names nests 60 deep: Python nests a + b + c to the left
MAX_CONSTANT_BITS = 100  # about 10**30: "1000000" or "0.01" is what an assertion needs


def _syntax_tree(text: str) -> ast.expr:
    """The `ast` of one expression, refused when it is too large or too deep to be an assertion.
    (Python's parser itself stops at 200 nested brackets, with a SyntaxError or MemoryError.)"""
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError as exc:
        raise ExpressionError(f"not a valid expression: {exc.msg}", max((exc.offset or 1) - 1, 0)) from None
    except (MemoryError, RecursionError, ValueError):  # ValueError: a NUL byte in the text
        raise ExpressionError("not a valid expression: nested too deeply or not text", 0) from None
    count, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if depth > MAX_DEPTH:
            raise ExpressionError(f"the expression nests more than {MAX_DEPTH} levels deep", getattr(node, "col_offset", 0))
        if count > MAX_NODES:
            raise ExpressionError(f"the expression has more than {MAX_NODES} parts", getattr(node, "col_offset", 0))
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return tree


def _parse(text: str, names: frozenset[str] | None) -> Compare:
    tree = _syntax_tree(text)
    if not isinstance(tree, ast.Compare) or len(tree.ops) != 1:
        raise ExpressionError("an assertion must be exactly one comparison such as 'a / b == p'", tree.col_offset)
    op = _COMPARES.get(type(tree.ops[0]))
    if op is None:
        raise ExpressionError("only ==, <=, <, >=, > compare", tree.col_offset)
    return Compare(op, _node(tree.left, names), _node(tree.comparators[0], names))


def _node(n: ast.AST, names: frozenset[str] | None) -> Node:
    if isinstance(n, ast.Constant) and type(n.value) in (int, float):
        # bounded, so that no arithmetic on it can grow without limit (a 5,000-digit literal
        # is already refused by the parser, as a ValueError above)
        if (type(n.value) is float and not math.isfinite(n.value)) or (
                type(n.value) is int and n.value.bit_length() > MAX_CONSTANT_BITS):
            raise ExpressionError("a number in an assertion must be finite and below 10**30", n.col_offset)
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
        call = Call(n.func.id, tuple(_node(a, names) for a in n.args))
        if call.function in YEARLY_FUNCTIONS and not _counts_years(call):
            raise ExpressionError(f"{call.function}(ratio, years) takes a ratio and a whole number of years "
                                  f"from 1 to {MAX_YEARS}", n.col_offset)
        return call
    if isinstance(n, ast.Call):
        raise ExpressionError(f"calls are limited to {', '.join(sorted(FUNCTIONS))}", n.col_offset)
    what = type(n).__name__
    raise ExpressionError(f"{what} is not allowed in an expression", getattr(n, "col_offset", 0))


def _counts_years(call: Call) -> bool:
    """A yearly function's arguments: a ratio, then the years as a number written in the expression
    (so that no figure can ask for a root of any degree)."""
    if len(call.args) != 2 or not isinstance(call.args[1], Num):
        return False
    years = call.args[1].value
    return years.denominator == 1 and 1 <= years <= MAX_YEARS


# Predicates a rule may assert instead of one comparison. `all_equal(x, y, ...)`
# holds when one value lies inside every argument's interval; rule files
# desugar it into comparisons once their names are bound to figures.
PREDICATES = ("all_equal",)


@dataclass(frozen=True)
class Predicate:
    """A call of one of the whitelisted predicates (`all_equal(a, b)`): an assertion to decide."""

    function: str
    args: tuple[Node, ...]


def parse_assertion(text: str, names: frozenset[str] | None = None) -> Compare | Predicate:
    """Parse a rule's assertion: one comparison, or one predicate call such as
    `all_equal(a, b)`. The same whitelist as `parse`; nothing is evaluated."""
    tree = _syntax_tree(text)
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



def substituted(node: Node | Compare, name: str, by: Node) -> Node | Compare:
    """The tree with every occurrence of the name `name` put as `by` ("change" as "change / 52")."""
    if isinstance(node, Name):
        return by if node.id == name else node
    if isinstance(node, (BinOp, Compare)):
        return replace(node, left=substituted(node.left, name, by), right=substituted(node.right, name, by))
    if isinstance(node, Neg):
        return replace(node, operand=substituted(node.operand, name, by))
    if isinstance(node, Call):
        return replace(node, args=tuple(substituted(arg, name, by) for arg in node.args))
    return node

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


# Solving for an unknown that occurs more than once goes through sympy, whose general
# solver can search without end (1/(x+1) + ... + 1/(x+40) == b). It is used only for an
# equation that is linear or quadratic in the unknown once its fractions are cleared.
MAX_SOLVE_DEGREE = 2


def unsolvable(compare: Compare, unknown: str) -> str | None:
    """Why `solve` will not work out `unknown` from this comparison, or None when it will try."""
    count = names_in(compare).count(unknown)
    if count <= 1:
        return None
    if compare.op != "==":
        return f"cannot solve for {unknown}: it occurs {count} times in an inequality"
    degree = _equation_degree(compare, unknown)
    if degree is None:
        return f"cannot solve for {unknown}: it occurs {count} times in a relation that calls a function"
    if degree > MAX_SOLVE_DEGREE:
        return f"cannot solve for {unknown}: the relation is of degree {degree} in it (at most {MAX_SOLVE_DEGREE} is solved)"
    return None


def _degrees(node: Node, unknown: str) -> tuple[int, int] | None:
    """(degree of the numerator, of the denominator) in `unknown` of the node written as one
    fraction, an upper bound computed from the tree without expanding anything; None when
    the node calls a function."""
    if isinstance(node, Name):
        return (1, 0) if node.id == unknown else (0, 0)
    if isinstance(node, Num):
        return (0, 0)
    if isinstance(node, Neg):
        return _degrees(node.operand, unknown)
    if isinstance(node, Call):
        return None  # sympy is given + - * / only (see _solve_with_sympy)
    left, right = _degrees(node.left, unknown), _degrees(node.right, unknown)
    if left is None or right is None:
        return None
    (ln, ld), (rn, rd) = left, right
    if node.op in "+-":  # a/b + c/d = (ad + cb) / bd
        return max(ln + rd, rn + ld), ld + rd
    if node.op == "*":
        return ln + rn, ld + rd
    return ln + rd, ld + rn  # (a/b) / (c/d) = ad / bc


def _equation_degree(compare: Compare, unknown: str) -> int | None:
    """The degree in `unknown` of left - right == 0 with its fractions cleared (an upper bound)."""
    degrees = _degrees(BinOp("-", compare.left, compare.right), unknown)
    return None if degrees is None else degrees[0]


def solve(compare: Compare, unknown: str, env: Mapping[str, Interval]) -> Interval | None:
    """The interval of values of `unknown` for which the comparison can hold; None when it
    cannot be worked out (see `unsolvable`)."""
    if unsolvable(compare, unknown) is not None:
        return None
    left_has = unknown in names_in(compare.left)
    side, other = (compare.left, compare.right) if left_has else (compare.right, compare.left)
    if names_in(compare).count(unknown) > 1:
        return _solve_with_sympy(compare, unknown, env)  # an equation of degree <= 2 (unsolvable said so)
    target = evaluate(other, env)
    if compare.op != "==":
        flip = not left_has
        op = {"<=": ">=", "<": ">", ">=": "<=", ">": "<"}[compare.op] if flip else compare.op
        target = Interval(-INF, target.hi) if op in ("<=", "<") else Interval(target.lo, INF)
    return _invert(side, unknown, target, env)


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
