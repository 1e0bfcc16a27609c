"""Dimension check of an assertion at load time, with pint.

Adding jobs to yuan, or comparing a percent with a count, is an error in the
rule file, not a verdict about a report, so it is caught before any report is
read. Each name gets a dimension from its selector's unit or kind; a name whose
selector says neither is unknown and fits anywhere. Counts get a dimension of
their own (pint treats them as dimensionless, like percents), so that
`jobs == rate` is caught.

The assertion has already passed `auditor.expr`'s whitelist when this runs; the
walk here only reads the tree for positions.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from auditor import expr
from auditor.model import Kind

COUNT_DIMENSION = "[counted]"
MONEY_DIMENSION = "[money]"  # money of a currency the rule does not name


@lru_cache(maxsize=1)
def _registry():
    """The shared registry, with the two dimensions rules need and pint lacks."""
    from auditor.extract.units import registry

    ureg = registry()
    for definition, name in ((f"counted_item = {COUNT_DIMENSION}", "counted_item"),
                             (f"money_of_any_currency = {MONEY_DIMENSION}", "money_of_any_currency")):
        if name not in ureg:
            ureg.define(definition)
    return ureg


class DimensionError(ValueError):
    def __init__(self, message: str, column: int):
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Dim:
    """A pint dimensionality, or None for "unknown" (fits anything)."""

    value: object | None  # pint UnitsContainer
    number: bool = False  # a literal number: dimensionless in * and /, adaptable in + - and comparisons

    def describe(self) -> str:
        if self.value is None:
            return "an unknown quantity"
        parts = dict(self.value)
        if not parts:
            return "a pure number (percent, ratio)"
        names = []
        for dim, exp in parts.items():
            label = {COUNT_DIMENSION: "count", MONEY_DIMENSION: "money"}.get(dim)
            if label is None and dim.startswith("[currency_"):
                label = dim[len("[currency_"):-1]
            label = label or dim.strip("[]")
            names.append(label if exp == 1 else f"{label}^{exp}")
        return " × ".join(names)


UNKNOWN = Dim(None)


def dimension_of_selector(unit: str | None, kind: str | None) -> Dim:
    """The dimension a selector's unit (preferred) or kind gives its figure."""
    ureg = _registry()
    if unit and unit != "none":
        return Dim(ureg.Quantity(1, unit).dimensionality)
    if kind is None:
        return UNKNOWN
    kind = Kind(kind)
    if kind is Kind.COUNT:
        return Dim(ureg.Quantity(1, "counted_item").dimensionality)
    if kind is Kind.MONEY:
        return Dim(ureg.Quantity(1, "money_of_any_currency").dimensionality)
    if kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.RATIO, Kind.MULTIPLE):
        return Dim(ureg.Quantity(1, "").dimensionality)
    return UNKNOWN  # physical, rank, bare number: the selector does not say


def _same(a: Dim, b: Dim) -> bool:
    if a.value is None or b.value is None or a.number or b.number:
        return True
    x, y = dict(a.value), dict(b.value)
    if MONEY_DIMENSION in x or MONEY_DIMENSION in y:  # "money" agrees with any one currency
        fold = lambda d: {(MONEY_DIMENSION if k.startswith("[currency_") else k): v for k, v in d.items()}  # noqa: E731
        x, y = fold(x), fold(y)
    return x == y


def _pick(a: Dim, b: Dim) -> Dim:
    """The more informative of two agreeing dimensions."""
    if a.value is None or a.number:
        return b
    return a


def check(text: str, dims: Mapping[str, Dim]) -> None:
    """Raise DimensionError (0-based column in `text`) where the dimensions clash."""
    tree = ast.parse(text, mode="eval").body
    _walk(tree, dims)


def _walk(node: ast.AST, dims: Mapping[str, Dim]) -> Dim:
    if isinstance(node, ast.Constant):
        return Dim(None, number=True)
    if isinstance(node, ast.Name):
        return dims.get(node.id, UNKNOWN)
    if isinstance(node, ast.UnaryOp):
        return _walk(node.operand, dims)
    if isinstance(node, ast.BinOp):
        a, b = _walk(node.left, dims), _walk(node.right, dims)
        if isinstance(node.op, (ast.Add, ast.Sub)):
            if not _same(a, b):
                verb = "add" if isinstance(node.op, ast.Add) else "subtract"
                raise DimensionError(f"cannot {verb} {b.describe()} {'to' if verb == 'add' else 'from'} "
                                     f"{a.describe()}", node.col_offset)
            return _pick(a, b)
        if a.value is None and not a.number or b.value is None and not b.number:
            return UNKNOWN
        left = a.value if not a.number else _registry().Quantity(1, "").dimensionality
        right = b.value if not b.number else _registry().Quantity(1, "").dimensionality
        result = left * right if isinstance(node.op, ast.Mult) else left / right
        return Dim(result, number=a.number and b.number)
    if isinstance(node, ast.Compare):
        a, b = _walk(node.left, dims), _walk(node.comparators[0], dims)
        if not _same(a, b):
            raise DimensionError(f"cannot compare {a.describe()} with {b.describe()}", node.col_offset)
        return Dim(None)
    if isinstance(node, ast.Call):
        function = node.func.id  # type: ignore[attr-defined]  (whitelisted: a plain name)
        args = [_walk(arg, dims) for arg in node.args]
        if function == "pct":
            if len(args) != 2:
                raise DimensionError("pct(part, whole) takes two arguments", node.col_offset)
            if not _same(args[0], args[1]):
                raise DimensionError(f"pct(part, whole): the part is {args[0].describe()} but the whole is "
                                     f"{args[1].describe()}", node.col_offset)
            return Dim(_registry().Quantity(1, "").dimensionality)
        if function in expr.YEARLY_FUNCTIONS:
            # (the parser has made sure the years are a whole number written in the expression)
            dimensionless = _registry().Quantity(1, "").dimensionality
            if args[0].value is not None and not args[0].number and args[0].value != dimensionless:
                raise DimensionError(f"{function}(ratio, years): the ratio is {args[0].describe()}, not a ratio of "
                                     "two amounts of one unit", node.col_offset)
            return Dim(dimensionless)
        if function == "abs" and len(args) != 1:
            raise DimensionError("abs() takes one argument", node.col_offset)
        if not args:
            raise DimensionError(f"{function}() needs at least one argument", node.col_offset)
        result = args[0]
        for arg, arg_node in zip(args[1:], node.args[1:]):
            if not _same(result, arg):
                raise DimensionError(f"{function}() mixes {result.describe()} with {arg.describe()}",
                                     arg_node.col_offset)
            result = _pick(result, arg)
        return Dim(None) if function == "all_equal" else result
    return UNKNOWN
