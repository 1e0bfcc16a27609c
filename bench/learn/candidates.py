"""The candidate generator and its features, over the documents `dataset.py` read.

A candidate is a set of two or three figures and a template, in each of its bindings
(which figure is the total, the share, the greater one...):

  equal     a == b                        two figures of one unit class
  order     greater > smaller             two figures of one unit class, both directions
  additive  total == p + q                three of one unit class (percent with points allowed)
  quotient  numerator / denominator == r  r a percentage or ratio, the other two of one class
  growth    rate == x / y - 1 (or 1 - x / y, or x / (y - x))   rate a percentage, x and y of one class

Window: pairs up to PAIR_SPAN figures apart or in one paragraph (and equal pairs with the
same measure head up to FAR_SPAN apart); triples up to TRIPLE_SPAN figures apart, or in one
paragraph up to PARAGRAPH_TRIPLE_SPAN apart. Every loop is bounded by these spans, so the
candidates grow linearly with the document.

Features never name a phrase: places (clause, sentence, paragraph, figures between), the
cue-vocabulary families of `auditor.grammar.lexicon` found between and around the figures,
frame fields (role, unit class, measure head, period, direction, qualifier, group, modality),
the meaning layer's links and the built-in checks' findings between them. Value features
(which is larger, the template's arithmetic, the value ratio) are kept apart: the assertion
model (b) is trained without them.
"""
from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from auditor.grammar import lexicon  # noqa: E402

PAIR_SPAN = 8
FAR_SPAN = 40
TRIPLE_SPAN = 5
PARAGRAPH_TRIPLE_SPAN = 10
CUE_WINDOW = 400  # characters of text between two figures read for cue words
AROUND = 80  # characters read before the first figure and after the last
PERCENTISH = {("percent",), ("percentage_point",), ("basis_point",)}
RESULT_CLASSES = {("percent",), ("", "ratio"), ("times",)}


# ---------------------------------------------------------------- cue families
def _families() -> tuple[dict[str, set[str]], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """Every vocabulary of the lexicon as a family: its one-word entries by folded word, its
    phrases by their first folded word."""
    singles: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, value in vars(lexicon).items():
        if not name.isupper() or name.startswith("_") or not isinstance(value, (tuple, frozenset, set, list)):
            continue
        for entry in value:
            if not isinstance(entry, str) or not re.fullmatch(r"[a-z][a-z'’ -]*", entry):
                continue
            words = tuple(lexicon.fold(w) for w in entry.split())
            if len(words) == 1:
                singles.setdefault(words[0], set()).add(name)
            elif words:
                phrases.setdefault(words[0], []).append((words, name))
    return singles, phrases


SINGLES, PHRASES = _families()
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def families_in(text: str) -> set[str]:
    words = [lexicon.fold(w) for w in _WORD.findall(text)]
    found: set[str] = set()
    for k, w in enumerate(words):
        found |= SINGLES.get(w, set())
        for phrase, name in PHRASES.get(w, ()):
            if tuple(words[k:k + len(phrase)]) == phrase:
                found.add(name)
    return found


def _window(text: str, start: int, end: int) -> str:
    if end - start <= CUE_WINDOW:
        return text[start:end]
    half = CUE_WINDOW // 2
    return text[start:start + half] + " " + text[end - half:end]


# ---------------------------------------------------------------- intervals (exact)
INF = None


def _iv(f) -> tuple:
    return (f.low, f.high)


def _meets(a: tuple, b: tuple) -> bool:
    lo = max((x for x in (a[0], b[0]) if x is not None), default=None)
    hi = min((x for x in (a[1], b[1]) if x is not None), default=None)
    return lo is None or hi is None or lo <= hi


def _add(a, b):
    return (None if a[0] is None or b[0] is None else a[0] + b[0], None if a[1] is None or b[1] is None else a[1] + b[1])


def _sub(a, b):
    return _add(a, (None if b[1] is None else -b[1], None if b[0] is None else -b[0]))


def _div(a, b):
    """a / b for b of one sign; None when b may be zero or a bound is open (nothing can be refuted)."""
    if None in a or None in b or b[0] <= 0 <= b[1]:
        return None
    qs = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(qs), max(qs))


def holds(template: str, figs: tuple) -> bool:
    """Whether some values inside the figures' rounding satisfy the template's equation."""
    if template == "equal":
        return _meets(_iv(figs[0]), _iv(figs[1]))
    if template == "order":
        g, s = figs
        return g.high is None or s.low is None or g.high >= s.low
    if template == "additive":
        t, p, q = figs
        return _meets(_iv(t), _add(_iv(p), _iv(q)))
    if template == "quotient":
        n, d, r = figs
        got = _div(_iv(n), _iv(d))
        return got is None or _meets(got, _iv(r))
    if template == "growth":
        x, y, g = figs
        rate = _iv(g)
        neg = (None if rate[1] is None else -rate[1], None if rate[0] is None else -rate[0])
        for a, b in ((x, y), (y, x)):
            q = _div(_iv(a), _iv(b))
            if q is None:
                return True
            moved = (q[0] - 1, q[1] - 1)
            if _meets(moved, rate) or _meets(moved, neg):
                return True
            base = _sub(_iv(b), _iv(a))  # a change and the new level: rate = change / (new - change)
            q = _div(_iv(a), base)
            if q is not None and (_meets(q, rate) or _meets(q, neg)):
                return True
        return False
    raise ValueError(template)


# ---------------------------------------------------------------- generator
@dataclass
class Candidate:
    template: str
    figs: tuple  # the binding, in the template's order of roles
    key: frozenset  # the figure ids

    @property
    def ids(self) -> tuple:
        return tuple(f.id for f in self.figs)


def _additive_classes(figs) -> bool:
    classes = {f.unit_class for f in figs}
    return len(classes) == 1 or classes <= PERCENTISH


def generate(doc) -> list[Candidate]:
    figs = doc.figures
    out: list[Candidate] = []
    n = len(figs)
    for i in range(n):
        a = figs[i]
        for j in range(i + 1, min(n, i + FAR_SPAN + 1)):
            b = figs[j]
            if a.unit_class != b.unit_class:
                continue
            near = j - i <= PAIR_SPAN or a.paragraph == b.paragraph
            if near or (a.head and a.head == b.head):
                out.append(Candidate("equal", (a, b), frozenset((a.id, b.id))))
            if near:
                out.append(Candidate("order", (a, b), frozenset((a.id, b.id))))
                out.append(Candidate("order", (b, a), frozenset((a.id, b.id))))
    for i in range(n):
        for j in range(i + 1, min(n, i + PARAGRAPH_TRIPLE_SPAN + 1)):
            for k in range(j + 1, min(n, i + PARAGRAPH_TRIPLE_SPAN + 1)):
                trio = (figs[i], figs[j], figs[k])
                if k - i > TRIPLE_SPAN and len({f.paragraph for f in trio}) > 1:
                    continue
                key = frozenset(f.id for f in trio)
                if _additive_classes(trio):
                    for t in range(3):
                        rest = tuple(f for m, f in enumerate(trio) if m != t)
                        out.append(Candidate("additive", (trio[t],) + rest, key))
                for r in range(3):
                    rest = [f for m, f in enumerate(trio) if m != r]
                    if trio[r].unit_class not in RESULT_CLASSES or rest[0].unit_class != rest[1].unit_class:
                        continue
                    out.append(Candidate("quotient", (rest[0], rest[1], trio[r]), key))
                    out.append(Candidate("quotient", (rest[1], rest[0], trio[r]), key))
                    if trio[r].unit_class == ("percent",):
                        out.append(Candidate("growth", (rest[0], rest[1], trio[r]), key))
    return out


# ---------------------------------------------------------------- labels
def annotated_bindings(doc) -> dict[tuple, str]:
    """(template, binding ids) of each annotated consistent or inconsistent relation -> its verdict;
    growth and equal by figure set (their roles do not fix an order)."""
    out = {}
    for a in doc.annotated:
        if a.verdict not in ("consistent", "inconsistent") or not a.template or None in a.figures.values():
            continue
        m, t = a.figures, a.template
        if t[0] == "equal":
            key = ("equal", frozenset(m[x] for x in t[1]))
        elif t[0] == "order":
            key = ("order", (m[t[1][0]], m[t[1][1]]))
        elif t[0] == "additive":
            key = ("additive", (m[t[1]], frozenset(m[x] for x in t[2])))
        elif t[0] == "quotient":
            key = ("quotient", (m[t[1]], m[t[2]], m[t[3]]))
        else:
            key = ("growth", (frozenset(m[x] for x in t[1]), m[t[2]]))
        out[key] = a.verdict
    return out


def binding_key(c: Candidate) -> tuple:
    ids = c.ids
    if c.template == "equal":
        return ("equal", frozenset(ids))
    if c.template == "order":
        return ("order", ids)
    if c.template == "additive":
        return ("additive", (ids[0], frozenset(ids[1:])))
    if c.template == "quotient":
        return ("quotient", ids)
    return ("growth", (frozenset(ids[:2]), ids[2]))


def excused_sets(doc) -> list[frozenset]:
    """Figure sets of annotated inconsistent or ambiguous relations: a flag that holds two of one is no
    false alarm (the scorer's rule)."""
    return [frozenset(v for v in a.figures.values() if v) for a in doc.annotated
            if a.verdict in ("inconsistent", "ambiguous")]


def covered_by_checks(doc, key: frozenset) -> bool:
    """Whether a built-in finding already holds all of these figures."""
    return any(key <= ids for _, ids, status, _ in doc.checked if status in ("consistent", "inconsistent"))


# ---------------------------------------------------------------- features
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b|\.\s")


def _bucket(n: int, edges=(0, 1, 2, 4, 8)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def pair_features(doc, a, b, prefix: str, feats: dict) -> None:
    """Features of two figures of a candidate (a before b in the text or not: the order is a feature)."""
    x, y = (a, b) if a.index < b.index else (b, a)
    feats[f"{prefix}first={'a' if x is a else 'b'}"] = 1
    if x.sentence == y.sentence:
        between = doc.text[x.end:y.start]
        place = "sentence" if _CLAUSE_BREAK.search(between) else "clause"
    elif x.paragraph == y.paragraph:
        place = "paragraph"
    elif y.paragraph - x.paragraph == 1:
        place = "next-paragraph"
    else:
        place = "far"
    feats[f"{prefix}place={place}"] = 1
    feats[f"{prefix}between={_bucket(y.index - x.index - 1)}"] = 1
    feats[f"{prefix}roles={a.role}|{b.role}"] = 1
    feats[f"{prefix}kinds={a.kind}|{b.kind}"] = 1
    feats[f"{prefix}same_class={a.unit_class == b.unit_class}"] = 1
    feats[f"{prefix}head={'same' if a.head and a.head == b.head else 'none' if not (a.head and b.head) else 'differ'}"] = 1
    wa, wb = set(a.measure.lower().split()), set(b.measure.lower().split())
    feats[f"{prefix}measure_overlap={bool(wa & wb)}"] = 1
    feats[f"{prefix}period={'same' if a.period and a.period == b.period else 'none' if not (a.period or b.period) else 'differ'}"] = 1
    feats[f"{prefix}period_sources={a.period_source}|{b.period_source}"] = 1
    feats[f"{prefix}group={'same' if a.group == b.group else 'differ'}"] = 1
    feats[f"{prefix}qualifiers={bool(a.qualifier)}|{bool(b.qualifier)}"] = 1
    feats[f"{prefix}directions={a.direction}|{b.direction}"] = 1
    feats[f"{prefix}modality={a.modality}|{b.modality}"] = 1
    for link in doc.links.get(frozenset((a.id, b.id)), ()):
        feats[f"{prefix}link={link}"] = 1
    for check, ids, status, _ in doc.checked:
        if a.id in ids and b.id in ids:
            feats[f"{prefix}check={check}"] = 1
            feats[f"{prefix}checked"] = 1


def text_features(doc, figs, feats: dict) -> None:
    first = min(figs, key=lambda f: f.index)
    last = max(figs, key=lambda f: f.index)
    for fam in families_in(_window(doc.text, first.end, last.start)):
        feats[f"between:{fam}"] = 1
    for fam in families_in(doc.text[max(0, first.start - AROUND):first.start]):
        feats[f"before:{fam}"] = 1
    for fam in families_in(doc.text[last.end:last.end + AROUND]):
        feats[f"after:{fam}"] = 1
    feats[f"text_order={''.join(str(sorted(figs, key=lambda f: f.index).index(f)) for f in figs)}"] = 1
    feats[f"sentences={_bucket(len({f.sentence for f in figs}), (1, 2, 3))}"] = 1
    feats[f"paragraphs={_bucket(len({f.paragraph for f in figs}), (1, 2))}"] = 1
    feats[f"span={_bucket(last.index - first.index, (1, 2, 3, 5, 8, 12, 20))}"] = 1


def _magnitude(f) -> Fraction:
    return abs(f.value)


def value_features(c: Candidate) -> dict:
    """What the figures' values say: the arithmetic, and how far apart they are."""
    feats = {f"holds={holds(c.template, c.figs)}": 1}
    a, b = c.figs[0], c.figs[1]
    va, vb = _magnitude(a), _magnitude(b)
    if va and vb:
        ratio = abs(math.log10(float(va / vb)))
        feats[f"value_ratio={_bucket(int(ratio * 10), (0, 1, 3, 10, 20))}"] = 1
    feats[f"first_larger={va > vb}"] = 1
    return feats


def role_order_features(c: Candidate) -> dict:
    """Which figure of the binding is the largest: shares are of larger wholes, totals exceed their parts.
    (Not the template's arithmetic; the assertion model may read it except for equal and order, where
    it is the arithmetic.)"""
    if c.template in ("equal", "order"):
        return {}
    mags = [_magnitude(f) for f in c.figs]
    if c.template == "additive":
        return {f"total_largest={mags[0] >= max(mags[1:])}": 1}
    if c.template == "quotient":
        return {f"numerator_smaller={mags[0] <= mags[1]}": 1}
    return {f"x_larger={mags[0] >= mags[1]}": 1}


def features(doc, c: Candidate) -> dict:
    feats: dict = {"bias": 1}
    f = c.figs
    if c.template in ("equal", "order"):
        pair_features(doc, f[0], f[1], "", feats)
    elif c.template == "additive":
        pair_features(doc, f[1], f[2], "parts:", feats)
        pair_features(doc, f[0], f[1], "total-part:", feats)
        pair_features(doc, f[0], f[2], "total-part:", feats)
    elif c.template == "quotient":
        pair_features(doc, f[0], f[1], "num-den:", feats)
        pair_features(doc, f[0], f[2], "num-result:", feats)
        pair_features(doc, f[1], f[2], "den-result:", feats)
    else:
        pair_features(doc, f[0], f[1], "levels:", feats)
        pair_features(doc, f[0], f[2], "level-rate:", feats)
        pair_features(doc, f[1], f[2], "level-rate:", feats)
    for k, fig in enumerate(f):
        feats[f"slot{k}:role={fig.role}"] = 1
        feats[f"slot{k}:kind={fig.kind}"] = 1
    text_features(doc, f, feats)
    return feats
