from fractions import Fraction as Q

import pytest

from auditor import expr
from auditor.interval import INF, Interval


def iv(a, b):
    return Interval(Q(a), Q(b))


def test_arithmetic_is_exact_at_boundaries():
    # 161.98 + 139.71 == 301.69 exactly at the edge of every interval
    a, b, t = iv("161.975", "161.985"), iv("139.705", "139.715"), iv("301.685", "301.695")
    assert (a + b).meets(t)
    assert not (a + b).meets(iv("301.7001", "302"))


def test_division_by_an_interval_containing_zero_is_unbounded():
    assert iv(1, 2) / iv(-1, 1) == Interval(-INF, INF)


@pytest.mark.parametrize("a, b", [
    (iv(3, 5), iv(2, 4)), (iv(-3, 5), iv(2, 4)), (iv(-5, -3), iv(2, 4)), (iv(3, 5), iv(-4, -2)),
    (iv(-3, 5), iv(-4, -2)), (iv(0, 5), iv("0.5", 4)), (iv(-5, 0), iv(-4, -1)), (iv(7, 7), iv(3, 3)),
    (iv(-7, -7), iv(3, 3)), (iv(7, 7), iv(-3, -3)), (iv("1.95", "2.05"), iv("14.95", "15.05")),
    (Interval(Q(2), INF), iv(3, 4)), (Interval(-INF, Q(2)), iv(-4, -3)), (iv(1, 2), Interval(Q(3), INF)),
])
def test_division_by_an_interval_of_one_sign_is_the_product_with_its_reciprocal(a, b):
    # each end of the quotient is taken from one division of two ends: the same exact interval as
    # a times the reciprocal of b, whatever the signs, and a point over a point is one point
    quotient = a / b
    assert quotient == a * b.reciprocal()
    if a.lo == a.hi and b.lo == b.hi:
        assert quotient.lo == quotient.hi == a.lo / b.lo


def test_unbounded_multiplication():
    assert (Interval(Q(2), INF) * iv(3, 4)) == Interval(Q(6), INF)


def test_parse_rejects_code():
    for bad in ("__import__('os')", "a.b == 1", "(lambda: 1)() == 1", "[x for x in a] == 1", "open('f') == 1",
                "a if b else c", "a == b == c"):
        with pytest.raises(expr.ExpressionError):
            expr.parse(bad)


def test_parse_reports_column_of_offending_name():
    with pytest.raises(expr.ExpressionError) as err:
        expr.parse("a / zz == p", frozenset({"a", "p"}))
    assert err.value.column == 4


def test_holds_and_solve():
    env = {"a": iv("483500", "484500"), "p": iv("1.1525", "1.1535")}
    compare = expr.parse("a / plan == p")
    plan = expr.solve(compare, "plan", env)
    assert int(plan.lo) == 419159 and int(plan.hi) == 420390


def test_solve_with_repeated_unknown_uses_sympy():
    env = {"t": iv(10, 10)}
    got = expr.solve(expr.parse("x + x == t"), "x", env)
    assert got == iv(5, 5)


@pytest.mark.parametrize("share, status, twice", [
    ("5.2%", "consistent", True),   # 5.1499% -> 5.15% -> 5.2%: a share rounded in two steps
    ("5.1%", "consistent", False),  # rounded once, as it should be
    ("5.3%", "inconsistent", False),
])
def test_a_percentage_rounded_in_two_steps_fits_with_a_note(share, status, twice):
    from auditor.audit import audit_document
    from auditor.document import Document
    text = f"Of the 456,612 deaths recorded, 23,515 ({share}) were due to heart disease."
    found = [f for f in audit_document(Document("t.txt", text), checks=["share-of-total"]).findings]
    assert [f.status.value for f in found] == [status]
    assert ("rounded in two steps" in found[0].message) is twice


def test_two_step_rounding_widens_by_half_a_unit_of_the_next_decimal_only():
    from auditor.audit import audit_document
    from auditor.document import Document
    # 5.1499% cannot be written 5.16% by any rounding; 5.15% (one step, half-up at 5.145) fits
    for share, status in (("5.16%", "inconsistent"), ("5.15%", "consistent")):
        text = f"Of the 456,612 deaths recorded, 23,515 ({share}) were due to heart disease."
        found = audit_document(Document("t.txt", text), checks=["share-of-total"]).findings
        assert [f.status.value for f in found] == [status]


def test_a_bound_percentage_that_misses_is_decided_without_two_step_rounding():
    from auditor.document import Document
    from auditor.engine import decide
    from auditor.extract import extract_figures
    from auditor.model import Relation

    # a bound has one end: "more than 9.2%" is never a rounded figure (once a crash, found by the fuzzer)
    rate, bound = extract_figures(Document("t.txt", "The rate was 5.1%, against more than 9.2% before."))
    assert bound.high is None
    finding = decide(Relation("test", expr.parse("a == b"), {"a": rate, "b": bound}, "a rate against a bound"))
    assert finding.status.value == "inconsistent"
