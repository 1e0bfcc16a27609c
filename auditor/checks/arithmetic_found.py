"""Arithmetic that holds between nearby figures, found without a cue word.

Reports only what checks out: without words that tie the figures together, a
failed sum is no evidence of an error (most nearby figures are unrelated), so
this check never flags. It shows the reviewer which relations were verified.
"""
from __future__ import annotations

from itertools import combinations, permutations
from typing import Iterator

from auditor import expr
from auditor.checks.base import Check
from auditor.grammar.nearby import is_level, places
from auditor.grammar.tables import is_table_row
from auditor.document import Document
from auditor.grammar.frames import unit_class
from auditor.interval import Interval
from auditor.model import Figure, Relation, Severity
from auditor.quantity import interval_of, precise

ID = "arithmetic-found"
DOC = """\
## What it checks
Nearby figures (one paragraph, or one table) that add up, subtract, or divide
into a percentage stated beside them, with no cue word saying so: parts and
their total, two levels and their difference, two levels and the growth rate
between them, a count and the share it makes of another. Each relation that
holds within rounding is reported as consistent.

## Why it matters
It tells the reviewer which arithmetic in the text has been verified. It never
flags a failure: without words tying figures together, a sum that does not hold
says nothing.

## Example
Exports were $161.98 billion and imports $139.71 billion; trade in June was
worth $301.69 billion. (161.98 + 139.71 = 301.69: consistent.)

## Fix
Nothing to fix: these are the relations that check out.
"""

MAX_WINDOW = 24  # figures considered together; bounds the search on long tables
# parsed once: this check runs over every window of every report
PAIR_SUM = expr.parse("a + b == total")
DIFFERENCE = expr.parse("a - b == abs(change)")
SHARE = expr.parse("a / b == p")
RISE = expr.parse("(a - b) / b == p")
FALL = expr.parse("(b - a) / b == p")


class _Bounds:
    """Each figure's exact interval, float copies of its ends for pre-filters that only rule
    pairs out (with a margin), and its unit class; computed once per document."""

    def __init__(self, figures: tuple[Figure, ...]):
        self.exact = {f.id: interval_of(f) for f in figures}
        self.rough = {fid: (float(iv.lo), float(iv.hi)) for fid, iv in self.exact.items()}
        self.unit = {f.id: unit_class(f) for f in figures}  # same_unit(a, b) is unit[a] == unit[b]
        self.size = {fid: abs(lo) for fid, (lo, _) in self.rough.items()}

    def parts(self, total: Figure, pool: list[Figure]) -> list[Figure]:
        """The figures of `pool` (all of `total`'s unit) that may be parts of `total`: material ones."""
        t_lo, t_hi = self.rough[total.id]
        width, size = t_hi - t_lo, self.size
        # material(f, total), with its float test written out: it runs for every pair of a window
        return [f for f in pool if f is not total and (
            size[f.id] > width if abs(size[f.id] - width) > 1e-9 * (size[f.id] + width + 1) else self.material(f, total))]

    def material(self, part: Figure, total: Figure) -> bool:
        """A part larger than the total's rounding: "four + 16,4m" adds nothing a reader could check."""
        size, width = self.size[part.id], self.rough[total.id][1] - self.rough[total.id][0]
        if abs(size - width) > 1e-9 * (size + width + 1):
            return size > width
        part_iv, total_iv = self.exact[part.id], self.exact[total.id]
        return abs(part_iv.lo) > total_iv.hi - total_iv.lo

    def by_unit(self, pool: list[Figure]) -> dict[tuple, list[Figure]]:
        """The figures of `pool` by unit class, each list in the order of `pool`."""
        groups: dict[tuple, list[Figure]] = {}
        for f in pool:
            groups.setdefault(self.unit[f.id], []).append(f)
        return groups


def _exact_sum(intervals) -> Interval:
    total = Interval.point(0)
    for iv in intervals:
        total = total + iv
    return total


def _rough_ratio(a, b) -> tuple[float, float] | None:
    """The float ends of a / b, or None when b may be zero."""
    (a_lo, a_hi), (b_lo, b_hi) = a, b
    if b_lo <= 0 <= b_hi:
        return None
    ends = [x / y for x in (a_lo, a_hi) for y in (b_lo, b_hi)]
    return min(ends), max(ends)


def _roughly_related(ratio: tuple[float, float] | None, p_lo, p_hi, p_abs) -> bool:
    """A fast float pre-filter with a wide margin; the exact interval test decides."""
    if ratio is None:
        return True
    share_lo, share_hi = ratio
    slack = 1e-6 * (1 + p_abs + abs(share_hi))
    if share_lo - slack <= p_hi and p_lo <= share_hi + slack:
        return True
    grow_lo, grow_hi = share_lo - 1, share_hi - 1
    return (grow_lo - slack <= p_hi and p_lo <= grow_hi + slack) or (grow_lo - slack <= -p_lo and -p_hi <= grow_hi + slack)


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    # windows slide over the whole document, not paragraph by paragraph: a total
    # is often stated a paragraph or two before its parts
    where = places(document, figures)
    paragraph_of = {f.id: where[f.id].paragraph for f in figures}
    # the paragraph of each figure that stands in a table row: cells add up within their table
    table_of = {f.id: paragraph_of[f.id] for f in figures if is_table_row(document, f)}
    bounds = _Bounds(figures)
    precise_figures = [precise(f) for f in figures]
    step = MAX_WINDOW // 3
    for start in range(0, max(len(figures) - step, 1), step):
        # the figures the window before did not hold: a relation among the others alone was found there
        new = {f.id for f in figures[start + MAX_WINDOW - step if start else 0:start + MAX_WINDOW]}
        window = [f for f, keep in zip(figures[start:start + MAX_WINDOW], precise_figures[start:start + MAX_WINDOW]) if keep]
        yield from _in_window(window, new, paragraph_of, table_of, bounds)


def _in_window(window: list[Figure], new: set[str], paragraph_of: dict[str, int], table_of: dict[str, int],
               bounds: _Bounds) -> Iterator[Relation]:
    """The relations among the (precise) figures of one window. Sums of consecutive parts depend on
    the window (the shortest runs in it win); every other relation holds or not whatever else the
    window holds, so only those with a figure the window before did not hold are tried."""
    levels = [f for f in window if is_level(f)]
    changes = [f for f in window if f.direction != 0 and f.unit != "percent"]
    percents = [f for f in window if f.unit == "percent"]
    # for each total, the parts that may add up to it: of its unit, larger than its rounding ("four + 16,4m")
    parts_of = {}
    for pool in (levels, changes):
        of_unit = bounds.by_unit(pool)
        for t in pool:
            parts_of[t.id] = _in_block_of(t, bounds.parts(t, of_unit[bounds.unit[t.id]]), table_of)
    yield from _runs(levels + changes, parts_of, bounds)
    yield from _pair_sums(levels, parts_of, new, bounds)
    yield from _differences(levels, changes, new, bounds)
    yield from _percent_sums(percents, new, paragraph_of, bounds)
    yield from _shares(levels, percents, new, paragraph_of, bounds)


def _in_block_of(total: Figure, parts: list[Figure], table_of: dict[str, int]) -> list[Figure]:
    """The `parts` that may add up to `total`: cells of two different tables are not parts of one
    sum ("44.0 nurses per 10,000" and "960 nurses" are no parts of a weight of "1000.0" three tables
    down); a cell and a prose figure may be (the prose's "39 gold, 41 silver and 33 bronze" and the
    table's total of 113)."""
    table = table_of.get(total.id)
    if table is None:  # a total in prose: any part (most totals; no test per pair)
        return parts
    return [p for p in parts if table_of.get(p.id, table) == table]


def _runs(totals: list[Figure], parts_of: dict[str, list[Figure]], bounds: _Bounds) -> Iterator[Relation]:
    """Sums of consecutive parts: a + b (+ c ...) == total, among levels and among changes."""
    iv, rough = bounds.exact, bounds.rough
    for t in totals:
        same = parts_of[t.id]
        runs = []
        t_lo, t_hi = rough[t.id]
        slack = 1e-9 * (abs(t_lo) + abs(t_hi) + 1)
        # parts none of which can be below zero: a run's lower end only grows, so a run past the total ends the search
        ends = [rough[f.id] for f in same]
        growing = all(lo >= 0 for lo, _ in ends)
        for i in range(len(same)):
            acc_lo = acc_hi = 0.0
            for j in range(i, min(i + 12, len(same))):
                lo, hi = ends[j]
                acc_lo, acc_hi = acc_lo + lo, acc_hi + hi
                if growing and acc_lo - slack > t_hi:
                    break
                # floats only rule runs out, with a margin; the exact sum decides
                if j > i and acc_lo - slack <= t_hi and t_lo <= acc_hi + slack \
                        and _exact_sum(iv[f.id] for f in same[i:j + 1]).meets(iv[t.id]):
                    runs.append((i, j))
        # the shortest runs only: "7.2 + 9,730 + 2,750" fits 12,480 by rounding when "9,730 + 2,750" does exactly
        for i, j in sorted(runs, key=lambda r: r[1] - r[0]):
            if any(i <= a and b <= j and (a, b) != (i, j) for a, b in runs):
                continue
            parts = same[i:j + 1]
            names = {f"p{k}": f for k, f in enumerate(parts)}
            expression = expr.parse(" + ".join(names) + " == total")
            yield Relation(ID, expression, {**names, "total": t},
                           f"{' + '.join(p.text for p in parts)} adds up to {t.text}", severity=Severity.NOTE, found_by_search=True)


def _pair_sums(levels: list[Figure], parts_of: dict[str, list[Figure]], new: set[str], bounds: _Bounds) -> Iterator[Relation]:
    """Two parts anywhere in the window: a + b == total (a float pre-filter, the exact test decides)."""
    iv, rough = bounds.exact, bounds.rough
    for t in levels:
        same = parts_of[t.id]
        if len(same) < 3:  # a pair of parts stands two apart at least
            continue
        t_lo, t_hi = rough[t.id]
        slack = 1e-9 * (abs(t_hi) + 1)
        above, below = t_hi + slack, t_lo - slack
        ends = [rough[f.id] for f in same]
        # the window's new figures are its last: the parts from `first_new` on
        first_new = next((k for k, f in enumerate(same) if f.id in new), len(same))
        t_new = t.id in new
        for i, a in enumerate(same):
            a_lo, a_hi = ends[i]
            # neighbours were tried as a run above; an old total and part take a new part
            for k in range(i + 2 if t_new or a.id in new else max(i + 2, first_new), len(same)):
                b_lo, b_hi = ends[k]
                if a_lo + b_lo > above or a_hi + b_hi < below:
                    continue
                b = same[k]
                if (iv[a.id] + iv[b.id]).meets(iv[t.id]):
                    yield Relation(ID, PAIR_SUM, {"a": a, "b": b, "total": t},
                                   f"{a.text} + {b.text} adds up to {t.text}", severity=Severity.NOTE, found_by_search=True)


def _differences(levels: list[Figure], changes: list[Figure], new: set[str], bounds: _Bounds) -> Iterator[Relation]:
    """A change between two levels: a - b == change."""
    iv, rough, unit = bounds.exact, bounds.rough, bounds.unit
    for c in changes:
        c_iv = iv[c.id] if c.value >= 0 else -iv[c.id]
        c_lo, c_hi = float(c_iv.lo), float(c_iv.hi)
        margin = 1e-9 * (abs(c_hi) + 1)
        for a, b in permutations([f for f in levels if unit[f.id] == unit[c.id] and f.unit == c.unit], 2):
            if c.id not in new and a.id not in new and b.id not in new:
                continue
            a_lo, a_hi = rough[a.id]
            b_lo, b_hi = rough[b.id]
            if a_lo - b_hi > c_hi + margin or a_hi - b_lo < c_lo - margin:
                continue
            # the levels' rounding must leave the difference known to within half of it
            width = (iv[a.id].hi - iv[a.id].lo) + (iv[b.id].hi - iv[b.id].lo)
            if width * 2 < abs(c_iv.lo) and (iv[a.id] - iv[b.id]).meets(c_iv):
                yield Relation(ID, DIFFERENCE, {"a": a, "b": b, "change": c},
                               f"{c.text} is the difference between {a.text} and {b.text}", severity=Severity.NOTE, found_by_search=True)


def _percent_sums(percents: list[Figure], new: set[str], paragraph_of: dict[str, int], bounds: _Bounds) -> Iterator[Relation]:
    """Percentages that add up to 100."""
    # shares that split one whole are stated together: levels of one paragraph (figures of a
    # paragraph stand together, so the combinations come in the order they would over all)
    together: dict[int, list[Figure]] = {}
    for f in percents:
        if not f.direction:
            together.setdefault(paragraph_of[f.id], []).append(f)
    for size in (2, 3):
        for combo in (combo for group in together.values() for combo in combinations(group, size)):
            if not any(f.id in new for f in combo):
                continue
            total = _exact_sum(bounds.exact[f.id] for f in combo)
            if total.meets(Interval.point(1)) and max(f.value for f in combo) < 100:
                names = {f"p{k}": f for k, f in enumerate(combo)}
                yield Relation(ID, expr.parse(" + ".join(names) + " == 1"), names,
                               f"{' + '.join(f.text for f in combo)} add up to 100%", severity=Severity.NOTE, found_by_search=True)


def _shares(levels: list[Figure], percents: list[Figure], new: set[str], paragraph_of: dict[str, int],
            bounds: _Bounds) -> Iterator[Relation]:
    """a / b == p and (a - b) / b == p."""
    iv, rough, unit = bounds.exact, bounds.rough, bounds.unit
    bases: dict[str, tuple[list[Figure], list[Figure]]] = {}  # a -> the bases it may be read against, and the new ones
    ratios: dict[tuple[str, str], tuple[float, float] | None] = {}  # every percentage of a paragraph tries the same pairs

    def bases_of(a: Figure) -> tuple[list[Figure], list[Figure]]:
        if a.id not in bases:
            # its base stands before it (in its paragraph or an earlier one)
            every = [b for b in levels if b is not a and unit[b.id] == unit[a.id] and b.value != 0
                     and paragraph_of[b.id] <= paragraph_of[a.id]]
            bases[a.id] = every, [b for b in every if b.id in new]
        return bases[a.id]

    for p in percents:
        p_lo, p_hi = rough[p.id]
        p_abs = max(abs(p_lo), abs(p_hi))
        for a in levels:
            if paragraph_of[a.id] != paragraph_of[p.id]:
                continue  # a percentage is stated beside the count it describes
            every, new_bases = bases_of(a)
            for b in every if p.id in new or a.id in new else new_bases:
                key = (a.id, b.id)
                if key not in ratios:
                    ratios[key] = _rough_ratio(rough[a.id], rough[b.id])
                if not _roughly_related(ratios[key], p_lo, p_hi, p_abs):
                    continue
                if p.direction == 0:
                    if (iv[a.id] / iv[b.id]).meets(iv[p.id]):
                        yield Relation(ID, SHARE, {"a": a, "b": b, "p": p},
                                       f"{a.text} is {p.text} of {b.text}", severity=Severity.NOTE, found_by_search=True)
                    continue
                growth = (iv[a.id] - iv[b.id]) / iv[b.id]
                signed = iv[p.id] if p.direction >= 0 or p.value < 0 else -iv[p.id]
                if growth.meets(signed):
                    rel = RISE if p.direction >= 0 or p.value < 0 else FALL
                    yield Relation(ID, rel, {"a": a, "b": b, "p": p},
                                   f"{p.text} is the change from {b.text} to {a.text}", severity=Severity.NOTE, found_by_search=True)


CHECK = Check(ID, "Arithmetic between nearby figures that checks out (never flags).", DOC, find, Severity.NOTE)
