"""Figures as numbers in arithmetic, and numbers back as readable text."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from auditor.extract.units import UNIT_DISPLAY, UNIT_FACTORS
from auditor.interval import INF, Interval, to_fraction
from auditor.model import Figure

UNIT_LABELS = {**{unit: f" {shown}" for unit, shown in UNIT_DISPLAY.items()},
               "percent": "%", "percentage_point": " pp", "basis_point": " bp", "per_mille": "‰", "times": "×"}


@lru_cache(maxsize=None)  # a handful of units
def unit_factor(unit: str) -> Fraction:
    return Fraction(UNIT_FACTORS.get(unit, "1"))


def interval_of(figure: Figure) -> Interval:
    """The figure's interval as plain numbers (94.17% -> about 0.9417)."""
    return _interval(figure.low, figure.high, figure.unit)


def precise(figure: Figure) -> bool:
    """Whether a figure's rounding is within 2% of it: precise enough that arithmetic meeting it is evidence of a
    relation, not a coincidence (a coarse figure, "1,000" read as anything from 500 to 1,500, fits too many)."""
    return figure.low is not None and figure.high is not None and figure.value != 0 \
        and (figure.high - figure.low) <= abs(figure.value) / 50


def written_point(figure: Figure) -> Interval:
    """The one value the figure writes, as a plain number (a reader computes with 70, not with
    69.5 to 70.5)."""
    return _interval(figure.value, figure.value, figure.unit)


def in_unit(plain: Fraction, unit: str) -> Fraction:
    """A plain number in `unit` (0.9417 -> 94.17 percent). Most units are plain numbers, and
    a rational division is slow: the others multiply by their whole number of units per one
    (asked some 100,000 times on a megabyte of reports)."""
    per_one = _UNITS_PER_ONE.get(unit)
    return plain if per_one is None else plain * per_one


# the units that are no plain numbers, each as the whole number of them in one (100 percent)
_UNITS_PER_ONE = {unit: 1 / Fraction(factor) for unit, factor in UNIT_FACTORS.items()}


@lru_cache(maxsize=1 << 16)
def _interval(low: Decimal | None, high: Decimal | None, unit: str) -> Interval:
    # cached: every check and the engine ask for the same figures' intervals, and exact
    # rationals are slow to build (equal Decimals give equal Fractions, so the key may be by value)
    factor = unit_factor(unit)
    if low is not None and low == high:  # a point, as one value: interval.Interval's arithmetic is quicker on it
        value = to_fraction(low) * factor
        return Interval(value, value)
    iv = Interval.of(low, high)
    return Interval(iv.lo * factor, iv.hi * factor)


def format_number(x: Fraction | float, unit: str = "", digits: int = 4) -> str:
    """A readable rendering of an exact value in `unit` (given as a plain number)."""
    if isinstance(x, float) and x in (INF, -INF):  # only a float is infinite
        return "∞" if x > 0 else "-∞"
    value = in_unit(x if isinstance(x, Fraction) else Fraction(x), unit)
    d = Decimal(value.numerator) / Decimal(value.denominator)
    magnitude = abs(d)
    if magnitude >= 1000:
        text = f"{d:,.0f}"
    elif magnitude >= 1 or magnitude == 0:
        text = f"{d:,.{max(digits - len(str(int(magnitude))), 1)}f}".rstrip("0").rstrip(".")
    else:
        text = f"{d:.{digits}g}" if magnitude >= Decimal("1e-4") else f"{d:.3e}"
    label = UNIT_LABELS.get(unit, f" {unit}" if unit else "")
    return text + label


def format_interval(iv: Interval, unit: str = "") -> str:
    if iv.lo == iv.hi:
        return format_number(iv.lo, unit)
    # (only a float bound is infinite: comparing a rational with a float is slow)
    if isinstance(iv.hi, float) and iv.hi == INF:
        return f"more than {format_number(iv.lo, unit)}"
    if isinstance(iv.lo, float) and iv.lo == -INF:
        return f"less than {format_number(iv.hi, unit)}"
    lo, hi = format_number(iv.lo, unit), format_number(iv.hi, unit)
    return lo if lo == hi else f"{lo} to {hi}"
