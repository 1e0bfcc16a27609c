"""The quick paths taken for speed give what the general ones give: interval arithmetic on
points (the figures as written), a stated figure's precision cached by value, records copied
field by field, and patterns built from sets the same at every start (lazy_re's cache holds them)."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from auditor.interval import INF, Interval
from auditor.model import Figure, Finding, Kind, Severity, Span, Status, copied
from auditor.quantity import unit_factor, written_point
from auditor.wording import display_exponent


def general_product(a: Interval, b: Interval) -> Interval:
    ends = [x * y for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    return Interval(min(ends), max(ends))


def test_points_multiply_and_divide_as_intervals_do():
    for x, y in [(Fraction(7, 3), Fraction(-2, 5)), (Fraction(0), Fraction(9)), (Fraction(-1, 7), Fraction(-3))]:
        a, b = Interval.point(x), Interval.point(y)
        assert a * b == general_product(a, b)
        if y:
            assert a / b == general_product(a, Interval(1 / b.lo, 1 / b.hi))
    assert Interval.point(0).reciprocal() == Interval(-INF, INF)  # a zero point divides into everything
    assert Interval(Fraction(2), INF).reciprocal() == Interval(Fraction(0), Fraction(1, 2))
    assert Interval(-INF, Fraction(-4)).reciprocal() == Interval(Fraction(-1, 4), Fraction(0))


def figure(text: str, value: str, low: str, high: str, unit: str = "") -> Figure:
    return Figure("F1", text, Span(0, len(text), 1, 1), Decimal(value), Decimal(low), Decimal(high), unit, Kind.COUNT)


def test_a_value_in_its_unit_is_the_plain_value_divided_by_the_unit():
    from auditor.extract.units import UNIT_FACTORS
    from auditor.quantity import in_unit

    for unit in (*UNIT_FACTORS, "", "USD", "tonne"):
        for plain in (Fraction(0), Fraction(9417, 10000), Fraction(-3, 7), Fraction(123456789, 1000)):
            assert in_unit(plain, unit) == plain / unit_factor(unit)
            assert type(in_unit(plain, unit)) is Fraction


def test_halves_round_away_from_zero_on_both_sides():
    from auditor.wording import round_half_up

    assert round_half_up(Fraction(-25, 10), 0) == Decimal(-3)
    assert round_half_up(Fraction(25, 10), 0) == Decimal(3)
    assert round_half_up(Fraction(-1, 1000), -2) == Decimal("-0.00")
    assert str(round_half_up(Fraction(-1249, 100), 1)) == "-1E+1"


def test_a_written_point_is_one_value():
    point = written_point(figure("62.30%", "62.30", "62.295", "62.305", "percent"))
    assert point.lo is point.hi and point.lo == Fraction(6230, 100) * unit_factor("percent")


def test_precisions_equal_in_value_but_not_in_digits_are_kept_apart():
    # "12.0" and "12.00" are equal Decimals but shown to different precisions
    one = figure("12.0", "12.0", "12.0", "12.0")
    two = figure("12.00", "12.00", "12.00", "12.00")
    assert display_exponent(one, "", Fraction(12)) == -2
    assert display_exponent(two, "", Fraction(12)) == -3


def test_a_copied_record_is_what_replace_makes():
    f = figure("4,000", "4000", "3999.5", "4000.5")
    finding = Finding("sum-of-parts", Status.CONSISTENT, Severity.ERROR, "m", (f,))
    assert copied(f, id="F9", text="x") == dataclasses.replace(f, id="F9", text="x")
    assert copied(finding, figures=()) == dataclasses.replace(finding, figures=())
    assert finding.figures == (f,)  # the original is left as it was



def test_patterns_built_from_sets_are_the_same_at_every_start():
    code = "from auditor.extract import context; print(hash(context._FIGURE_LIKE_PATTERN))"
    root = str(Path(__file__).resolve().parent.parent)
    seen = {subprocess.run([sys.executable, "-c", code.replace("hash(", "(")], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}).stdout
            for seed in ("1", "2", "3")}
    assert len(seen) == 1 and next(iter(seen))


def test_a_slot_window_is_the_skeleton_right_before_and_after_it():
    from auditor.grammar.segments import Segment

    skeleton = "rose by #0# to #1# in the year to march"
    seg = Segment(0, 0, len(skeleton), 0, (), skeleton, ((8, 11), (15, 18)), False)
    for k, (start, end) in enumerate(seg.slots):
        for limit in (0, 3, start - 1, start, start + 1, 120):
            assert seg.before(k, limit) == skeleton[max(0, start - limit):start]
            assert seg.after(k, limit) == skeleton[end:end + limit]
    assert seg.before(1, 7) == "#0# to " and seg.after(0, 4) == " to "
    assert seg.before(0, 120) == "rose by "  # a window longer than the text before starts at its start


def test_the_programs_compiled_on_first_use_are_the_patterns_they_name():
    import re

    from auditor.extract import numbers

    for decimal_comma in (False, True):
        program = numbers._range_end_re(decimal_comma)
        assert program.pattern == numbers._number_body(decimal_comma) and program.flags & re.VERBOSE
        plain = re.compile(numbers._number_body(decimal_comma), re.VERBOSE)
        for text in ("3.5 per cent", "3,5 %", "12 million", "4,000"):
            found, expected = program.match(text), plain.match(text)
            assert (found and found.group()) == (expected and expected.group())
    comma = numbers._number_re(True)
    assert comma.pattern == numbers._NUMBER_START + numbers._number_body(True)
    assert [m.group() for m in comma.finditer("rose 3,5 % to 1.234,5 tonnes")] \
        == [m.group() for m in re.compile(comma.pattern, re.VERBOSE).finditer("rose 3,5 % to 1.234,5 tonnes")]
