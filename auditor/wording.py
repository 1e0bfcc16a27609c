"""A decided relation in the reader's terms: the headline, the miss and the fix.

The engine decides; this module only words what it decided, with exact arithmetic:
the point values a reader would compute from the figures as written (not the
interval ends), shown at the stated figure's precision plus one digit, percentages
missed by points, money with scale words. Every renderer reads the fields this
fills in and never the message text.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from auditor import expr
from auditor.extract.units import UNIT_DISPLAY
from auditor.interval import Interval
from auditor.model import Figure, Kind, Miss, Reading
from auditor.quantity import UNIT_LABELS, format_interval, format_number, in_unit, unit_factor, written_point

_PERCENT_LIKE = ("percent", "percentage_point")
# the labels figures are shown with, but a change in points written out ("2.2 points")
_UNIT_SUFFIX = {**UNIT_LABELS, "percentage_point": " points"}
_MISS_UNIT = {"percent": "points", "percentage_point": "points", "basis_point": "bp", "per_mille": "‰",
              **{unit: UNIT_DISPLAY[unit] for unit in ("degree_Celsius", "degree_Fahrenheit")}}
# the scale words money is read with ("2.69 trillion GBP"), largest first
SCALE_WORDS = ((12, "trillion"), (9, "billion"), (6, "million"))
_COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
# a miss is given with its interval when rounding of the figures accounts for more than
# this share of it: the reader's point estimate alone would then overstate the error
ROUNDING_MATTERS = Fraction(1, 10)
_OP_WORDS = {"<=": "at most", "<": "less than", ">=": "at least", ">": "more than", "==": "equal to"}


# -- describing an expression --------------------------------------------------------

def describe(node, figures: dict[str, Figure]) -> str:
    """The expression with each name written as its figure: "495,000 / 795,000"."""
    if isinstance(node, expr.Name):
        f = figures.get(node.id)
        return f.text if f else node.id
    if isinstance(node, expr.Num):
        return format_number(node.value)
    if isinstance(node, expr.Neg):
        return f"-{describe(node.operand, figures)}"
    if isinstance(node, expr.BinOp):
        return f"{_operand(node.left, node.op, False, figures)} {node.op} {_operand(node.right, node.op, True, figures)}"
    if isinstance(node, expr.Call):
        if node.function == "abs" and len(node.args) == 1 and isinstance(node.args[0], expr.Name):
            return describe(node.args[0], figures)  # a figure read as a size: written as it stands
        if node.function == "between" and len(node.args) == 2:
            return f"({describe(node.args[0], figures)} to {describe(node.args[1], figures)})"
        if node.function in expr.YEARLY_FUNCTIONS and len(node.args) == 2:
            ratio, years = describe(node.args[0], figures), describe(node.args[1], figures)
            if node.function == "compound_rate":
                return f"({ratio})^(1/{years}) - 1"
            return f"the yearly rate of {ratio} over {years} years"
        return f"{node.function}({', '.join(describe(a, figures) for a in node.args)})"
    return "?"


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def _operand(node, parent_op: str, right: bool, figures: dict[str, Figure]) -> str:
    """An operand, in parentheses where the arithmetic needs them ("a / (b - c)")."""
    text = describe(node, figures)
    if isinstance(node, expr.BinOp):
        inner, outer = _PRECEDENCE[node.op], _PRECEDENCE[parent_op]
        if inner < outer or (right and inner == outer and parent_op in "-/"):
            return f"({text})"
    return text


# -- exact points and their display ---------------------------------------------------

def point_environment(figures: dict[str, Figure]) -> dict[str, Interval]:
    """Each figure as the one value written (a reader computes with 70, not with 69.5 to 70.5)."""
    return {name: written_point(f) for name, f in figures.items()}


def point_of(node, figures: dict[str, Figure]) -> Fraction | None:
    """The value of `node` computed from the figures as written, or None (a division by zero)."""
    return _point_in(node, _points_or_none(figures))


def _points_or_none(figures: dict[str, Figure]) -> dict[str, Interval] | None:
    """`point_environment`, or None when a figure's value cannot be made a number. The last
    one is kept: a decision words its computed value, its stated value and its miss from the
    same figures one after another (the dict is held, so another one is never taken for it)."""
    held_figures, held_points = _last_points[0]
    if held_figures is figures:
        return held_points
    try:
        points = point_environment(figures)
    except (ArithmeticError, TypeError):
        points = None
    _last_points[0] = (figures, points)  # (one tuple, replaced whole: a reader sees a pair, never half of two)
    return points


_last_points: list = [(None, None)]  # the figures _points_or_none read last, and their points


def _point_in(node, env: dict[str, Interval] | None) -> Fraction | None:
    """`point_of` with the figures' points already made (both sides of a claim use them)."""
    if env is None:
        return None
    try:
        value = expr.evaluate(node, env)
    except (ArithmeticError, TypeError):
        return None
    # (the two ends of a point are mostly one object: no rational comparison is needed then)
    return value.lo if (value.lo is value.hi or value.lo == value.hi) and isinstance(value.lo, Fraction) else None


def round_half_up(x: Fraction, exponent: int) -> Decimal:
    """`x` rounded to a multiple of 10**exponent, halves away from zero, exactly."""
    # in integers: |x| / 10**exponent + 1/2, floored, is (2|n| + d) // 2d for n/d scaled
    numerator, denominator = abs(x.numerator), x.denominator
    if exponent >= 0:
        denominator *= 10 ** exponent
    else:
        numerator *= 10 ** -exponent
    whole = (2 * numerator + denominator) // (2 * denominator)
    return Decimal(-whole if x.numerator < 0 else whole).scaleb(exponent)  # (the sign without a rational comparison)


def stated_figure(compare: expr.Compare, figures: dict[str, Figure]) -> Figure | None:
    """The figure the right-hand side states, when it names exactly one."""
    names = [n for n in expr.names_in(compare.right) if n in figures]
    return figures[names[0]] if len(set(names)) == 1 else None


def display_exponent(stated: Figure | None, unit: str, *values: Fraction) -> int:
    """The power of ten a computed value and its miss are shown to: one digit past the
    stated figure's own precision (the width of its rounding, or its last written digit),
    and no decimals when every value is whole and the stated figure is too."""
    exponent = _one_digit_past(stated, unit, values)
    # whole values against a figure written without decimals (a count, a sum of money): no
    # decimals to add; a rate keeps its extra digit ("45% growth, but ... is 35.0%")
    if exponent == -1 and unit not in _PERCENT_LIKE and all(in_unit(v, unit).denominator == 1 for v in values):
        exponent = 0
    return exponent


def _one_digit_past(stated: Figure | None, unit: str, values: tuple[Fraction, ...]) -> int:
    """The power of ten one digit past the stated figure's own precision (four significant digits of the
    largest value when nothing is stated)."""
    exponent = None
    if stated is not None:
        step = None
        if stated.low is not None and stated.high is not None and stated.high > stated.low:
            step = stated.high - stated.low
        elif stated.value:
            step = Decimal(1).scaleb(min(stated.value.as_tuple().exponent, 0))
        if step is not None:
            exponent = _step_exponent(step, stated.unit, unit)
    if exponent is None:  # nothing stated to take the precision from: four significant digits
        largest = max((abs(in_unit(v, unit)) for v in values if v), default=Fraction(1))
        exponent = _adjusted(largest) - 3
    return exponent


@lru_cache(maxsize=4096)
def _step_exponent(step: Decimal, stated_unit: str, unit: str) -> int:
    """One digit past a stated figure's precision `step`, in the unit shown, which may differ
    from the figure's own ("-change / 100"). Cached: a Fraction of a Decimal is slow to make,
    and a report's figures have few precisions (equal steps give equal fractions)."""
    return _adjusted(Fraction(step) * unit_factor(stated_unit) / unit_factor(unit)) - 1


def _adjusted(x: Fraction) -> int:
    """The power of ten of the first significant digit of a positive `x`."""
    numerator, denominator = x.numerator, x.denominator
    exponent = len(str(numerator)) - len(str(denominator))  # right or one too high
    # 10**exponent > n/d, in integers
    if (denominator * 10 ** exponent > numerator) if exponent >= 0 else (denominator > numerator * 10 ** -exponent):
        exponent -= 1
    return exponent


def is_money(unit: str, figures: dict[str, Figure]) -> bool:
    return bool(unit) and any(f.unit == unit and f.kind is Kind.MONEY for f in figures.values())


def format_amount(plain: Fraction, unit: str, exponent: int, money: bool, suffix: str | None = None) -> str:
    """`plain` (a plain number) in `unit`, rounded to 10**exponent of that unit: "62.3%",
    "2.69 trillion GBP", "311,000". `suffix` replaces the unit's own label."""
    value = in_unit(plain, unit)
    label = _UNIT_SUFFIX.get(unit, f" {unit}" if unit else "") if suffix is None else suffix
    if money:
        for power, word in SCALE_WORDS:
            if abs(value) >= Fraction(10) ** power:
                places = min(exponent - power, 0)
                scaled = f"{round_half_up(value / Fraction(10) ** power, max(places, -3)):,f}"
                if places < -3 and "." in scaled:
                    scaled = scaled.rstrip("0").rstrip(".")  # an exact figure (a target) has no rounding to show
                return f"{scaled} {word}{label}"
    rounded = round_half_up(value, min(exponent, 0))
    if exponent > 0:  # a count shown to the hundred: the digits past it are not known
        rounded = round_half_up(value, exponent).quantize(Decimal(1))
    return f"{rounded:,f}{label}"


def relative(miss: Fraction, stated: Fraction) -> str:
    """The miss as a percentage of the stated value, to two significant digits: "39%"."""
    share = abs(miss / stated) * 100
    if share >= 10:
        return f"{round_half_up(share, 0):,f}%"
    exponent = _adjusted(share) - 1 if share else 0
    return f"{round_half_up(share, min(exponent, 0)):f}%"


# -- the parts of a finding ------------------------------------------------------------

def between(compare: expr.Compare, figures: dict[str, Figure]) -> tuple[str, str, str] | None:
    """(total, a, b) when the claim is "total lies between a and b", written
    abs(2 * total - a - b) <= abs(a - b): an overall rate between its groups' rates."""
    left, right = compare.left, compare.right
    if compare.op != "<=" or not (isinstance(left, expr.Call) and left.function == "abs"
                                  and isinstance(right, expr.Call) and right.function == "abs"):
        return None
    inner, span = left.args[0], right.args[0]
    if not (isinstance(span, expr.BinOp) and span.op == "-" and isinstance(span.left, expr.Name)
            and isinstance(span.right, expr.Name)):
        return None
    a, b = span.left.id, span.right.id
    ends = {expr.Name(a), expr.Name(b)}
    if not (isinstance(inner, expr.BinOp) and inner.op == "-" and isinstance(inner.left, expr.BinOp)
            and inner.left.op == "-" and {inner.right, inner.left.right} == ends  # the ends in either order
            and isinstance(inner.left.left, expr.BinOp) and inner.left.left.op == "*"
            and inner.left.left.left == expr.Num(Fraction(2)) and isinstance(inner.left.left.right, expr.Name)):
        return None
    total = inner.left.left.right.id
    if {total, a, b} - set(figures):
        return None
    return total, a, b


def _between_points(names: tuple[str, str, str], figures: dict[str, Figure]) -> tuple[Fraction, Fraction, Figure]:
    """(the total, the nearest end of its groups' range, the figure at that end), as written."""
    env = point_environment(figures)
    total = env[names[0]].lo
    nearest = min(names[1:], key=lambda n: abs(total - env[n].lo))
    return total, env[nearest].lo, figures[nearest]


def miss_of(compare: expr.Compare, figures: dict[str, Figure], unit: str, left: Interval,
            right: Interval) -> Miss | None:
    """How far the figures are from the stated value: computed minus stated, from the
    figures as written; with the smallest miss their rounding allows when that differs."""
    env = _points_or_none(figures)
    computed, stated = _point_in(compare.left, env), _point_in(compare.right, env)
    if computed is None or stated is None:
        return None
    stated_fig = stated_figure(compare, figures)
    groups = between(compare, figures)
    if groups is not None:  # how far the total lies outside its groups' range
        computed, stated, stated_fig = _between_points(groups, figures)
        left = right = Interval.point(computed)  # (the least miss of this shape is not worded)
    amount = computed - stated
    exponent = display_exponent(stated_fig, unit, computed, stated)
    money = is_money(unit, figures)
    miss_unit = _MISS_UNIT.get(unit, unit)
    suffix = f" {miss_unit}" if unit in _MISS_UNIT and unit not in ("per_mille",) else None
    text = format_amount(abs(amount), unit, exponent, money, suffix)
    rel = None
    if stated and unit not in _MISS_UNIT:
        rel = relative(amount, stated)
        text += f" ({rel} of the stated value)"
    at_least = ""
    gap = left.gap(right)
    if groups is None and right.bounded and left.bounded and gap < abs(amount) * (1 - ROUNDING_MATTERS):
        # to its first significant digit at least: a least miss of 0.4 against whole figures is "0.4", never "0"
        shown_gap = abs(in_unit(gap, unit))
        at_least = format_amount(gap, unit, min(exponent, _adjusted(shown_gap)) if shown_gap else exponent, money, suffix)
    return Miss(amount=round_half_up(in_unit(amount, unit), min(exponent, 0)), unit=miss_unit,
                text=text, at_least=at_least, relative=rel or "")


def computed_point(compare: expr.Compare, figures: dict[str, Figure], unit: str) -> tuple[Decimal | None, str]:
    """The left side from the figures as written, as a number in `unit` and as text, at the
    stated precision plus one digit."""
    env = _points_or_none(figures)
    computed, stated = _point_in(compare.left, env), _point_in(compare.right, env)
    if computed is None:
        return None, ""
    exponent = display_exponent(stated_figure(compare, figures), unit, computed,
                                *([stated] if stated is not None else []))
    shown = in_unit(computed, unit)
    if shown.denominator != 1:  # at least two significant digits: "0.029%", never "0.0%"
        exponent = min(exponent, _adjusted(abs(shown)) - 1)
    text = format_amount(computed, unit, exponent, is_money(unit, figures))
    return round_half_up(in_unit(computed, unit), min(exponent, 0)), text


def stated_point(compare: expr.Compare, figures: dict[str, Figure], unit: str) -> Decimal | None:
    stated = point_of(compare.right, figures)
    if stated is None:
        return None
    fig = stated_figure(compare, figures)
    exponent = display_exponent(fig, unit, stated) + 1  # the stated figure's own precision
    return round_half_up(in_unit(stated, unit), min(exponent, 0))


def consistent_value(compare: expr.Compare, figures: dict[str, Figure], unit: str) -> str:
    """The stated value that would agree with the other figures: the computed value at the
    stated figure's own precision. Only for an equation that states one figure."""
    if compare.op != "==" or not isinstance(compare.right, expr.Name) or compare.right.id not in figures:
        return ""
    if isinstance(compare.left, expr.Name) and compare.left.id in figures:
        return figures[compare.left.id].text  # a restatement: the other statement is the value
    computed = point_of(compare.left, figures)
    if computed is None:
        return ""
    stated = figures[compare.right.id]
    # at the stated figure's own precision: "12 + 7" against a stated 21 agrees with a stated 19, not 20
    exponent = _one_digit_past(stated, unit, (computed,)) + 1
    return format_amount(computed, unit, exponent, is_money(unit, figures))


def readings_of(compare: expr.Compare, outcomes, chosen_figures, unit: str) -> tuple[Reading, ...]:
    """The other bindings of the same claim, each with what it gives (from the figures as
    written, like the chosen one) and whether it fits."""
    out = []
    for figures, fits, left, _ in outcomes:
        if figures is chosen_figures:
            continue
        _, value = computed_point(compare, figures, unit)
        if not value:  # (no value from the figures as written: a division by zero) the interval
            value = format_interval(left, unit)
        out.append(Reading(describe(compare.left, figures), value, bool(fits)))
    return tuple(out)


MAX_READINGS_SHOWN = 2  # the other readings listed in full; the rest are counted (all were tried)


def readings_text(readings: tuple[Reading, ...]) -> str:
    """The other readings: what each gives and whether it fits; past the first few, a count."""
    shown = [f"{r.calculation} = {r.value} ({'fits' if r.fits else 'does not fit'})"
             for r in readings[:MAX_READINGS_SHOWN]]
    more = len(readings) - len(shown)
    if more > 0:
        shown.append(f"{more} more reading{'s' if more != 1 else ''}")
    return "; ".join(shown)


def _parts_word(count: int) -> str:
    return _COUNT_WORDS.get(count, str(count))


def _summands(node) -> list | None:
    """The terms of a plain sum of figures ("a + b + c"), or None."""
    if isinstance(node, expr.Name):
        return [node]
    if isinstance(node, expr.BinOp) and node.op == "+":
        left, right = _summands(node.left), _summands(node.right)
        return left + right if left is not None and right is not None else None
    return None


def headline(compare: expr.Compare, figures: dict[str, Figure], computed: str, stated_text: str,
             relation_message: str) -> str:
    """The problem in the reader's terms, for a relation that does not hold:
    "the three parts add up to 3,118,324, not the 1,084,214 stated"."""
    left, op = compare.left, compare.op
    stated = stated_text
    groups = between(compare, figures)
    if groups is not None:
        total, a, b = (figures[n].text for n in groups)
        return f"{total} overall is not between {a} and {b}, the figures of its groups"
    terms = _summands(left)
    if terms is not None and len(terms) >= 2:
        parts = f"the {_parts_word(len(terms))} parts add up to {computed}"
        if op == "==":
            return f"{parts}, not the {stated} stated"
        if op in ("<=", "<"):
            return f"{parts}, more than the whole of {stated}"
    if isinstance(left, expr.Name) and isinstance(compare.right, expr.Name) and op == "==" \
            and " is given as " in relation_message:
        return f"{figures[left.id].text} is given as {stated}, which it does not round to"  # "64% ... (two-thirds)"
    if isinstance(left, expr.Name) and isinstance(compare.right, expr.Name) and op == "==":
        measure = relation_message.split(" is stated twice")[0] if " is stated twice" in relation_message else ""
        lead = f"{measure}: " if measure else ""
        return f"{lead}{figures[left.id].text} here, but {stated} elsewhere"
    if isinstance(left, expr.Name) and op in ("<=", "<") and isinstance(compare.right, expr.Name):
        if " is said to be " in relation_message:  # a comparison in words, not a part and its whole
            return f"{relation_message.split(' (')[0]}, but is larger"
        return f"{figures[left.id].text} is given as part of {stated}, but is larger"
    growth = _growth(left, figures)
    if growth is not None and op == "==":
        old, new = growth
        fig = stated_figure(compare, figures)
        word = "fall" if fig is not None and (fig.direction < 0 or fig.value < 0) else "growth"
        return f"{stated} {word}, but {old} to {new} is {computed}"
    gap = _gap(left, figures)
    if gap is not None and op == "==":
        return f"the gap between {gap[0]} and {gap[1]} is {computed}, not the {stated} stated"
    extreme = _extreme(compare.right, figures)
    if extreme is not None and isinstance(left, expr.Name) and op in (">=", ">", "<=", "<"):
        word = "largest" if op in (">=", ">") else "smallest"
        return f"{figures[left.id].text} is not the {word}: {extreme} is {'larger' if word == 'largest' else 'smaller'}"
    if op == "==":
        if isinstance(left, expr.BinOp) and left.op == "/" and isinstance(compare.right, expr.Name) \
                and figures.get(compare.right.id) is not None and figures[compare.right.id].unit == "percent":
            whole = describe(left.right, figures)
            if _summands(left.right) is not None and len(_summands(left.right)) >= 2:
                total = point_of(left.right, figures)
                if total is not None:  # the whole a reader adds up first
                    part_unit = figures[_summands(left.right)[0].id].unit
                    whole = f"{format_amount(total, part_unit, 0, is_money(part_unit, figures))} ({whole})"
            return f"{describe(left.left, figures)} of {whole} is {computed}, not the {stated} stated"
        return f"{describe(left, figures)} is {computed}, not the {stated} stated"
    if isinstance(left, expr.Name):
        return f"{describe(left, figures)} is not {_OP_WORDS[op]} {describe(compare.right, figures)}"
    return f"{describe(left, figures)} ({computed}) is not {_OP_WORDS[op]} {describe(compare.right, figures)}"


def _gap(node, figures: dict[str, Figure]) -> tuple[str, str] | None:
    """(a, b) when `node` is the size of a difference of two figures, abs(a - b)."""
    if not (isinstance(node, expr.Call) and node.function == "abs" and len(node.args) == 1):
        return None
    inner = node.args[0]
    if isinstance(inner, expr.BinOp) and inner.op == "-" and isinstance(inner.left, expr.Name) \
            and isinstance(inner.right, expr.Name) and {inner.left.id, inner.right.id} <= set(figures):
        return figures[inner.left.id].text, figures[inner.right.id].text
    return None


def _extreme(node, figures: dict[str, Figure]) -> str | None:
    """The figure `max(...)` or `min(...)` of figures picks, as written (from the values written)."""
    if not (isinstance(node, expr.Call) and node.function in ("max", "min") and node.args
            and all(isinstance(a, expr.Name) and a.id in figures for a in node.args)):
        return None
    values = point_environment({a.id: figures[a.id] for a in node.args})
    pick = max if node.function == "max" else min
    return figures[pick(values, key=lambda n: values[n].lo)].text


def _growth(node, figures: dict[str, Figure]) -> tuple[str, str] | None:
    """(old, new) when `node` is a relative change "(new - old) / old" or "(old - new) / old"."""
    if not (isinstance(node, expr.BinOp) and node.op == "/" and isinstance(node.right, expr.Name)):
        return None
    top = node.left
    if not (isinstance(top, expr.BinOp) and top.op == "-" and isinstance(top.left, expr.Name)
            and isinstance(top.right, expr.Name)):
        return None
    old = node.right.id
    if old not in figures or {top.left.id, top.right.id} - set(figures) or old not in (top.left.id, top.right.id):
        return None
    new = top.left.id if top.right.id == old else top.right.id
    return figures[old].text, figures[new].text
