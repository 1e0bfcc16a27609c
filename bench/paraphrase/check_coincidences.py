#!/usr/bin/env python3
"""List arithmetic coincidences between the figures of each report (sums, differences, shares,
growth rates, ratios, points, restatements) under the scorer's loose reading.

For a decoy every hit is a defect (a 'side by side' figure pair that would pass a relation);
for a family report, hits other than the annotated relation are worth a look.
    python bench/paraphrase/check_coincidences.py [files...]
"""
import itertools
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/bench")
sys.dont_write_bytecode = True
import score  # noqa: E402

FIG = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
                 r"(\s?(?:%|per cent|percent|percentage points|pp|points|basis points|"
                 r"(?:thousand|million|billion|trillion|bn|m|tn|trn)\b))?")


def figures(text):
    out = []
    for m in FIG.finditer(text):
        whole, frac, suf = m.group(1), m.group(2), (m.group(3) or "").strip()
        digits = whole.replace(",", "")
        if not frac and not suf and 1900 <= int(digits) <= 2100 and "," not in whole:
            continue  # a year
        spec = m.group(0)
        f = score.Fig("x", spec, m.start(), m.end(), m.start(), m.start() + len(whole) + (len(frac) + 1 if frac else 0))
        iv = f.interval(text, loose=True)
        if suf in ("points", "pp"):
            iv = score.Iv(iv.lo / 100, iv.hi / 100)
        if suf == "basis points":
            iv = score.Iv(iv.lo / 10000, iv.hi / 10000)
        pct = suf in ("%", "per cent", "percent", "percentage points", "pp", "points", "basis points")
        out.append((spec, iv, pct))
    return out


def eq(a, b):
    return a.lo <= b.hi and b.lo <= a.hi


def hits(text):
    figs = figures(text)
    found = []
    plain = [f for f in figs if not f[2]]
    pcts = [f for f in figs if f[2]]
    for (sa, a, _), (sb, b, _) in itertools.permutations(plain, 2):
        if eq(a, b) and sa < sb:
            found.append(f"{sa} == {sb}")
        if b.lo > 0:
            r = a / b
            for sp, p, _ in pcts:
                if eq(r, p):
                    found.append(f"{sa} / {sb} == {sp}")
                if eq(r - 1, p):
                    found.append(f"{sa} / {sb} - 1 == {sp}")
                if eq(1 - r, p) and a.hi < b.lo:
                    found.append(f"1 - {sa} / {sb} == {sp}")
            for sc, c, _ in plain:
                if sc in (sa, sb):
                    continue
                for k in (1, 1000):
                    if eq(r * k, c):
                        found.append(f"{sa} / {sb} * {k} == {sc}")
        for sc, c, _ in plain:
            if sc in (sa, sb) or sa > sb:
                continue
            if eq(a + b, c):
                found.append(f"{sa} + {sb} == {sc}")
            if eq(a - b, c) or eq(b - a, c):
                found.append(f"|{sa} - {sb}| == {sc}")
    for (sa, a, _), (sb, b, _) in itertools.combinations(pcts, 2):
        if eq(a + b, score.Iv(1, 1)):
            found.append(f"{sa} + {sb} == 100%")
        for sc, c, _ in pcts:
            if sc not in (sa, sb) and (eq(a - b, c) or eq(b - a, c)):
                found.append(f"|{sa} - {sb}| == {sc} (points)")
            if sc not in (sa, sb) and eq(a + b, c):
                found.append(f"{sa} + {sb} == {sc}")
    if len(pcts) >= 3:
        tot = sum((p for _, p, _ in pcts), score.Iv(0, 0))
        if eq(tot, score.Iv(1, 1)):
            found.append("all percentages add to 100%")
    return sorted(set(found))


def main():
    files = [Path(a) for a in sys.argv[1:]] or sorted(Path(__file__).parent.glob("*/*.txt"))
    for p in files:
        h = hits(p.read_text(encoding="utf-8"))
        if h:
            print(f"{p.parent.name}/{p.name}: " + "; ".join(h))


if __name__ == "__main__":
    main()
