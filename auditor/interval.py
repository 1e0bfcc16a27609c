"""Exact interval arithmetic over rationals.

Finite bounds are `Fraction`s, so no verdict flips on a binary rounding error;
an unbounded side is a float infinity, which compares correctly with Fractions.
We use rationals rather than mpmath's `iv` because mpmath's intervals have
binary floating-point ends: outward rounding keeps them safe, but a relation
that holds exactly at a boundary ("161.98 + 139.71 = 301.69") deserves an exact
answer, not a widened one.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

INF = float("inf")
Bound = Fraction | float  # a float only when infinite


def to_fraction(value: Decimal | int | Fraction) -> Fraction:
    return value if isinstance(value, Fraction) else Fraction(value)


def _mul(a: Bound, b: Bound) -> Bound:
    if a == 0 or b == 0:  # 0 * inf is 0 for interval ends
        return Fraction(0)
    if type(a) is float or type(b) is float:
        # an infinite end: only the signs matter. (Fraction * float converts the Fraction
        # to a float, which raises OverflowError past 1e308.)
        return INF if (a > 0) == (b > 0) else -INF
    return a * b


def _add(a: Bound, b: Bound) -> Bound:
    """a + b for interval ends. An infinite end wins: Fraction + float would convert the
    Fraction to a float (OverflowError past 1e308). inf + -inf cannot occur: a low end
    is never +inf and a high end never -inf."""
    if type(a) is float:
        return a
    if type(b) is float:
        return b
    return a + b


def _at_most(a: Bound, b: Bound) -> bool:
    """a <= b. Two rationals are compared by their cross products: Fraction's own comparison
    first checks the other operand against the numbers ABCs, which took most of its time
    (whether two intervals meet is asked some 30,000 times on a megabyte of reports)."""
    if type(a) is Fraction and type(b) is Fraction:
        return a.numerator * b.denominator <= b.numerator * a.denominator  # (denominators are positive)
    return a <= b


@dataclass(frozen=True)
class Interval:
    """The values from lo to hi, exact (Fractions); an unbounded side is a float infinity."""

    lo: Bound
    hi: Bound

    @classmethod
    def point(cls, value: Decimal | int | Fraction) -> Interval:
        v = to_fraction(value)
        return cls(v, v)

    @classmethod
    def of(cls, low: Decimal | None, high: Decimal | None) -> Interval:
        return cls(-INF if low is None else to_fraction(low), INF if high is None else to_fraction(high))

    @property
    def bounded(self) -> bool:
        return self.lo != -INF and self.hi != INF

    @property
    def midpoint(self) -> Fraction | None:
        return (self.lo + self.hi) / 2 if self.bounded else None

    def __contains__(self, x: Fraction) -> bool:
        return self.lo <= x <= self.hi

    def __add__(self, o: Interval) -> Interval:
        return Interval(_add(self.lo, o.lo), _add(self.hi, o.hi))

    def __sub__(self, o: Interval) -> Interval:
        return Interval(_add(self.lo, -o.hi), _add(self.hi, -o.lo))

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __mul__(self, o: Interval) -> Interval:
        if self.lo is self.hi and o.lo is o.hi and type(self.lo) is Fraction and type(o.lo) is Fraction:
            # two points (the figures as written): one product instead of four and their
            # comparisons (rational arithmetic is most of the time a decision takes)
            value = self.lo * o.lo
            return Interval(value, value)
        ends = [_mul(a, b) for a in (self.lo, self.hi) for b in (o.lo, o.hi)]
        return Interval(min(ends), max(ends))

    def contains_zero(self) -> bool:
        return self.lo <= 0 <= self.hi

    def reciprocal(self) -> Interval:
        if self.lo is self.hi and type(self.lo) is Fraction and self.lo:  # a point: one division
            value = 1 / self.lo
            return Interval(value, value)
        if self.contains_zero():
            return Interval(-INF, INF)
        # (an end is a float only when infinite)
        lo = Fraction(0) if type(self.hi) is float else 1 / self.hi
        hi = Fraction(0) if type(self.lo) is float else 1 / self.lo
        return Interval(min(lo, hi), max(lo, hi))

    def __truediv__(self, o: Interval) -> Interval:
        if type(o.lo) is Fraction and type(o.hi) is Fraction and type(self.lo) is Fraction \
                and type(self.hi) is Fraction and (o.lo > 0 or o.hi < 0):
            # finite ends and a divisor of one sign: each end of the quotient is one division
            # of two ends (x / b grows with x when b > 0), where multiplying by the reciprocal
            # takes two divisions, four products and their comparisons
            if o.hi < 0:  # a / b = (-a) / (-b)
                return (-self) / (-o)
            if self.lo is self.hi and o.lo is o.hi:  # two points (the figures as written)
                value = self.lo / o.lo
                return Interval(value, value)
            lo = self.lo / (o.hi if self.lo >= 0 else o.lo)
            hi = self.hi / (o.lo if self.hi >= 0 else o.hi)
            return Interval(lo, hi)
        return self * o.reciprocal()

    def __abs__(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(Fraction(0), max(-self.lo, self.hi))

    def meets(self, o: Interval) -> bool:
        return _at_most(self.lo, o.hi) and _at_most(o.lo, self.hi)

    def intersect(self, o: Interval) -> Interval | None:
        lo, hi = max(self.lo, o.lo), min(self.hi, o.hi)
        return Interval(lo, hi) if lo <= hi else None

    def gap(self, o: Interval) -> Fraction:
        """How far apart two intervals are (0 when they meet)."""
        if self.meets(o):
            return Fraction(0)
        return o.lo - self.hi if self.hi < o.lo else self.lo - o.hi

    def hull(self, o: Interval) -> Interval:
        return Interval(min(self.lo, o.lo), max(self.hi, o.hi))
