#!/usr/bin/env python3
"""Build the paraphrase and decoy suite (tune/, holdout/, fresh-tune/, fresh-holdout/, g-tune/, g-holdout/, h-tune/, h-holdout/,
i-tune/, i-holdout/, j-tune/, j-holdout/) from the data in items.py.

Writes F-n.txt/.yaml, F-n-broken.txt/.yaml and decoy-n.txt/.yaml, and checks each item
with the scorer's own interval arithmetic: every consistent relation must hold (loose and
strict reading), the broken text must differ by exactly one figure and make its relation fail,
figure strings must occur once and not inside a longer number. Run from anywhere:
    python bench/paraphrase/build.py
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/bench")
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import score  # noqa: E402
from items import DECOYS, ITEMS  # noqa: E402

# phrasing n -> folder; decoy n -> folder
PHRASING_FOLDER = {**{n: "tune" for n in (1, 3, 5, 7)}, **{n: "holdout" for n in (2, 4, 6, 8)},
                   **{n: "fresh-tune" for n in (9, 11)}, **{n: "fresh-holdout" for n in (10, 12)},
                   **{n: "g-tune" for n in (13, 14, 15, 16)}, **{n: "g-holdout" for n in (17, 18, 19, 20)},
                   **{n: "h-tune" for n in (21, 23)}, **{n: "h-holdout" for n in (22, 24)},
                   **{n: "i-tune" for n in (25, 27, 29, 31)}, **{n: "i-holdout" for n in (26, 28, 30, 32)},
                   **{n: "j-tune" for n in (33, 35, 37, 39)}, **{n: "j-holdout" for n in (34, 36, 38, 40)}}
DECOY_FOLDER = {**{n: "tune" for n in range(1, 13)}, **{n: "holdout" for n in range(13, 25)},
                **{n: "fresh-tune" for n in range(25, 31)}, **{n: "fresh-holdout" for n in range(31, 37)},
                **{n: "g-tune" for n in range(37, 49)}, **{n: "g-holdout" for n in range(49, 61)},
                **{n: "h-tune" for n in range(61, 67)}, **{n: "h-holdout" for n in range(67, 73)},
                **{n: "i-tune" for n in range(73, 81)}, **{n: "i-holdout" for n in range(81, 89)},
                **{n: "j-tune" for n in range(89, 97)}, **{n: "j-holdout" for n in range(97, 105)}}
FOLDERS = ("tune", "holdout", "fresh-tune", "fresh-holdout", "g-tune", "g-holdout", "h-tune", "h-holdout", "i-tune", "i-holdout", "j-tune", "j-holdout")
# length limits (words, sentences): batches up to h keep 30-120 words (decoys 20-120) and 2-5 sentences;
# batches i and j (phrasings 25-40, decoys 73-104) allow 30-150 words and 2-6 sentences
LIMITS_ITEM = {"old": ((30, 120), (2, 5)), "i": ((30, 150), (2, 6))}
LIMITS_DECOY = {"old": ((20, 120), (2, 5)), "i": ((30, 150), (2, 6))}
PHRASINGS = sorted(PHRASING_FOLDER)
problems: list[str] = []


def q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def check_figure(text: str, spec: str, where: str) -> None:
    t, _, nth = spec.partition("#")
    count = text.count(t)
    if count == 0:
        problems.append(f"{where}: figure {spec!r} not found")
        return
    if count > 1 and not nth:
        problems.append(f"{where}: figure {spec!r} occurs {count} times")
    pos = text.find(t)
    before = text[pos - 2:pos] if pos >= 2 else text[:pos]
    after = text[pos + len(t):pos + len(t) + 2]
    if t[0].isdigit() and (before[-1:].isdigit() or re.search(r"\d[.,]$", before)):
        problems.append(f"{where}: figure {spec!r} sits inside a longer number")
    if t[-1].isdigit() and (after[:1].isdigit() or re.match(r"[.,]\d", after)):
        problems.append(f"{where}: figure {spec!r} sits inside a longer number")


def values(text: str, figs: dict[str, str], expr: str) -> str:
    """Point values of both sides, for the note."""
    env = {}
    for k, spec in figs.items():
        f = score.locate(text, k, spec)
        iv = f.interval(text, loose=False)
        env[k] = (iv.lo + iv.hi) / 2
    m = re.match(r"(.*?)(==|<=|>=|<|>)(.*)", expr)
    lhs, op, rhs = m.group(1).strip(), m.group(2), m.group(3).strip()
    ev = lambda e: eval(e, {"__builtins__": {}}, dict(env))  # noqa: E731  (our own expressions)
    def fmt(v):
        if v == 0 or abs(v) < 1:
            return f"{v:.5g}"
        digits = len(str(int(abs(v))))
        out = f"{v:,.{max(0, 6 - digits)}f}"
        return out.rstrip("0").rstrip(".") if "." in out else out
    return f"{lhs} = {fmt(ev(lhs))}; {rhs} = {fmt(ev(rhs))} (needs {op})"


def holds(text: str, figs: dict[str, str], expr: str, loose: bool) -> bool:
    env = {k: score.locate(text, k, v).interval(text, loose) for k, v in figs.items()}
    return score.evaluate(expr, env)


def num(s: str) -> float:
    m = score.NUMBER.search(s)
    return float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))


def write(folder: Path, name: str, text: str, header: list[str], rels: list[dict]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text.strip() + "\n", encoding="utf-8")
    out = [f"# {h}" for h in header]
    if not rels:
        out.append("relations: []")
    else:
        out.append("relations:")
        for r in rels:
            figs = ", ".join(f"{k}: {q(v)}" for k, v in r["figures"].items())
            out += [f"  - id: {r['id']}", f"    kind: {r['kind']}", f"    figures: {{{figs}}}",
                    f"    expr: {q(r['expr'])}", f"    verdict: {r['verdict']}", f"    note: {q(r['note'])}", ""]
    (folder / f"{name}.yaml").write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def words_sentences(text: str) -> tuple[int, int]:
    w = len(text.split())
    s = len(re.findall(r"[.!?](?=\s|$)", text.strip())) + text.strip().count("\n")
    return w, s


def build_item(it: dict) -> None:
    fam, n = it["family"], it["n"]
    name = f"{fam}-{n}"
    if n not in PHRASING_FOLDER:
        problems.append(f"{name}: phrasing {n} has no folder")
        return
    folder = HERE / PHRASING_FOLDER[n]
    text = it["text"].strip()
    w, s = words_sentences(text)
    (w0, w1), (s0, s1) = LIMITS_ITEM["i" if n >= 25 else "old"]
    if not (w0 <= w <= w1) or not (s0 <= s <= s1):
        problems.append(f"{name}: {w} words, {s} sentences")
    old, new = it["broken"]
    if text.count(old) != 1:
        problems.append(f"{name}: broken target {old!r} occurs {text.count(old)} times")
        return
    btext = text.replace(old, new)
    # the changed characters: old/new without their common prefix and suffix
    pre = 0
    while pre < min(len(old), len(new)) and old[pre] == new[pre]:
        pre += 1
    suf = 0
    while suf < min(len(old), len(new)) - pre and old[-1 - suf] == new[-1 - suf]:
        suf += 1
    c0 = text.find(old) + pre
    c1 = text.find(old) + len(old) - suf
    shift = len(new) - len(old)

    def moved(spec):
        t, _, nth = spec.partition("#")
        f = score.locate(text, "x", spec)
        if f.start < c1 and c0 < f.end or (c0 == c1 and f.start <= c0 <= f.end):
            return btext[f.start:f.end + shift] + ("#" + nth if nth else ""), True
        return spec, False

    rels, brels = [], []
    for r in it["relations"]:
        figs = r["figures"]
        for k, v in figs.items():
            check_figure(text, v, name)
        if not holds(text, figs, r["expr"], loose=True) or (not r.get("rounded") and not holds(text, figs, r["expr"], loose=False)):
            problems.append(f"{name}:{r['id']} does not hold: {values(text, figs, r['expr'])}")
        note = f"{r['why']}: {values(text, figs, r['expr'])}"
        rels.append(dict(id=r["id"], kind=fam, figures=figs, expr=r["expr"], verdict="consistent", note=note))
        bfigs = {k: moved(v)[0] for k, v in figs.items()}
        for k, v in bfigs.items():
            check_figure(btext, v, name + "-broken")
        touched = any(moved(v)[1] for v in figs.values())
        ok = holds(btext, bfigs, r["expr"], loose=True)
        if touched and ok and len(it["relations"]) == 1:
            problems.append(f"{name}-broken:{r['id']} still holds: {values(btext, bfigs, r['expr'])}")
        verdict = "consistent" if ok else "inconsistent"
        bnote = (f"{r['why']}; {old!r} changed to {new!r}: {values(btext, bfigs, r['expr'])}" if touched
                 else f"{r['why']} (unaffected by the change of {old!r}): {values(btext, bfigs, r['expr'])}")
        brels.append(dict(id=r["id"], kind=fam, figures=bfigs, expr=r["expr"], verdict=verdict, note=bnote))
    if not any(b["verdict"] == "inconsistent" for b in brels):
        problems.append(f"{name}-broken: no relation fails")
    if not any(moved(v)[1] for r in it["relations"] for v in r["figures"].values()):
        problems.append(f"{name}: broken target {old!r} is in no relation")
    a, b = num(old), num(new)
    pointish = "%" in old or "per cent" in old or "point" in old
    if not (pointish and abs(a - b) >= 1) and abs(a - b) / a < 0.1:
        problems.append(f"{name}: change {old!r} -> {new!r} is too small")
    write(folder, name, text, [f"Paraphrase suite, family {fam}, phrasing {n}: {it['style']}.",
                               "Consistent version. Format: see /work/shared/bench/score.py."], rels)
    write(folder, name + "-broken", btext, [f"Paraphrase suite, family {fam}, phrasing {n}, broken: {old!r} -> {new!r}.",
                                            "Format: see /work/shared/bench/score.py."], brels)


def build_decoy(d: dict) -> None:
    n = d["n"]
    name = f"decoy-{n}"
    if n not in DECOY_FOLDER:
        problems.append(f"{name}: decoy {n} has no folder")
        return
    folder = HERE / DECOY_FOLDER[n]
    text = d["text"].strip()
    w, s = words_sentences(text)
    (w0, w1), (s0, s1) = LIMITS_DECOY["i" if n >= 73 else "old"]
    if not (w0 <= w <= w1) or not (s0 <= s <= s1):
        problems.append(f"{name}: {w} words, {s} sentences")
    write(folder, name, text, [f"Decoy {n}: {d['trap']}.",
                               "No relation is stated or implied between these figures; any flag is a false alarm."], [])


def main() -> None:
    for sub in FOLDERS:
        for old in (HERE / sub).glob("*"):
            if old.suffix in (".txt", ".yaml"):
                old.unlink()
    seen = set()
    for it in ITEMS:
        key = (it["family"], it["n"])
        if key in seen:
            problems.append(f"duplicate {key}")
        seen.add(key)
        build_item(it)
    dseen = set()
    for d in DECOYS:
        if d["n"] in dseen:
            problems.append(f"duplicate decoy {d['n']}")
        dseen.add(d["n"])
        build_decoy(d)
    if sorted(dseen) != sorted(DECOY_FOLDER):
        problems.append(f"decoys {sorted(set(DECOY_FOLDER) - dseen)} missing")
    fams = sorted({f for f, _ in seen})
    for f in fams:
        ns = sorted(n for g, n in seen if g == f)
        if ns != PHRASINGS:
            problems.append(f"family {f} has phrasings {ns}")
    print(f"{len(ITEMS)} items in {len(fams)} families, {len(DECOYS)} decoys")
    for p in problems:
        print("PROBLEM", p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
