#!/usr/bin/env python3
"""Write batch k (phrasings 41-48, decoys 105-120) and check every annotation with the scorer's arithmetic."""
import ast, re, sys
from pathlib import Path
sys.path.insert(0, "/work/shared/bench")
sys.dont_write_bytecode = True
import score
sys.path.insert(0, str(Path(__file__).parent))
from items_k import ITEMS, DECOYS

OUT = Path(__file__).resolve().parent.parent  # bench/paraphrase
TUNE, HOLD = OUT / "k-tune", OUT / "k-holdout"
OPS = {ast.Eq: "==", ast.LtE: "<=", ast.Lt: "<", ast.GtE: ">=", ast.Gt: ">"}
problems = []


def point_env(text, figs):
    env = {}
    for k, spec in figs.items():
        f = score.locate(text, k, spec)
        iv = f.interval(text, loose=False)
        mid = (iv.lo + iv.hi) / 2
        env[k] = score.Iv(mid, mid)
    return env


def side_value(node, env):
    if isinstance(node, ast.BinOp):
        return score.BINOPS[type(node.op)](side_value(node.left, env), side_value(node.right, env))
    if isinstance(node, ast.UnaryOp):
        return -side_value(node.operand, env)
    if isinstance(node, ast.Constant):
        return score._iv(node.value)
    return env[node.id]


def fmt(v):
    if abs(v - round(v)) < 1e-9 and abs(v) >= 1:
        return f"{int(round(v)):,}"
    if abs(v) >= 1000:
        return f"{v:,.1f}"
    s = f"{v:.5f}"
    return s


def note_values(text, rel):
    tree = ast.parse(rel["expr"], mode="eval").body
    env = point_env(text, rel["figs"])
    lhs = side_value(tree.left, env).lo
    rhs = side_value(tree.comparators[0], env).lo
    ls = ast.unparse(tree.left)
    rs = ast.unparse(tree.comparators[0])
    return f"{ls} = {fmt(lhs)}; {rs} = {fmt(rhs)} (needs {OPS[type(tree.ops[0])]})"


def holds(text, rel, loose):
    figs = {k: score.locate(text, k, v) for k, v in rel["figs"].items()}
    r = score.Relation(rel["id"], rel["kind"], "consistent", rel["expr"], figs)
    return r.holds(text, loose)


def check_figs(name, text, figs):
    for k, spec in figs.items():
        t, _, nth = spec.partition("#")
        count = text.count(t)
        if count == 0:
            problems.append(f"{name}: figure {spec!r} not found")
            continue
        if not nth and count > 1:
            problems.append(f"{name}: figure {spec!r} occurs {count} times")
        pos = -1
        for _ in range(int(nth) if nth else 1):
            pos = text.find(t, pos + 1)
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + len(t)] if pos + len(t) < len(text) else " "
        if before.isdigit() or (before in ",." and pos > 1 and text[pos - 2].isdigit()):
            problems.append(f"{name}: figure {spec!r} inside a longer number (before)")
        if t[-1].isdigit() and (after.isdigit() or (after in ",." and pos + len(t) + 1 < len(text) and text[pos + len(t) + 1].isdigit())):
            problems.append(f"{name}: figure {spec!r} inside a longer number (after)")


def shape(name, text):
    words = len(text.split())
    sentences = len(re.findall(r"[.!?](?:\s|$)", text))
    if not 30 <= words <= 160:
        problems.append(f"{name}: {words} words")
    if not 2 <= sentences <= 6:
        problems.append(f"{name}: {sentences} sentences")
    return words, sentences


def yaml_rel(rel, verdict, note):
    figs = ", ".join(f'{k}: "{v}"' for k, v in rel["figs"].items())
    return (f"  - id: {rel['id']}\n    kind: {rel['kind']}\n    figures: {{{figs}}}\n"
            f"    expr: \"{rel['expr']}\"\n    verdict: {verdict}\n    note: \"{note}\"\n")


def write(folder, stem, text, header, rels_yaml):
    (folder / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
    body = "relations:\n" + "\n".join(rels_yaml) if rels_yaml else "relations: []\n"
    (folder / f"{stem}.yaml").write_text(header + body, encoding="utf-8")


def main():
    for d in (TUNE, HOLD):
        d.mkdir(parents=True, exist_ok=True)
        for p in d.iterdir():
            p.unlink()
    seen = set()
    for it in ITEMS:
        fam, n = it["fam"], it["n"]
        stem = f"{fam}-{n}"
        assert stem not in seen, stem
        seen.add(stem)
        folder = TUNE if n % 2 == 1 else HOLD
        text = it["text"].strip()
        rels = it["rels"]
        for r in rels:
            r.setdefault("kind", fam)
        shape(stem, text)
        cons_yaml = []
        for r in rels:
            check_figs(stem, text, r["figs"])
            try:
                okl, oks = holds(text, r, True), holds(text, r, False)
            except Exception as e:
                problems.append(f"{stem}:{r['id']} error {e}")
                continue
            if not (okl and oks):
                problems.append(f"{stem}:{r['id']} does not hold (loose {okl}, strict {oks})")
            cons_yaml.append(yaml_rel(r, "consistent", f"{r['note']}: {note_values(text, r)}"))
        header = (f"# Paraphrase suite, family {fam}, phrasing {n}: {it['style']}.\n"
                  f"# Consistent version. Format: see /work/shared/bench/score.py.\n")
        write(folder, stem, text, header, cons_yaml)
        # broken
        old, new = it["broken"]
        if text.count(old) != 1:
            problems.append(f"{stem}: broken target {old!r} occurs {text.count(old)} times")
            continue
        btext = text.replace(old, new)
        ow, nw = score.NUMBER.search(old), score.NUMBER.search(new)
        ov, nv = float(ow.group(0).replace(",", "")), float(nw.group(0).replace(",", ""))
        pctlike = any(u in old for u in ("%", "per cent", "percent", "point", "pp", "pts"))
        if not (abs(nv - ov) >= 0.1 * abs(ov) or (pctlike and abs(nv - ov) >= 1)):
            problems.append(f"{stem}: broken change too small {old!r}->{new!r}")
        brels, nbad = [], 0
        for r in rels:
            br = dict(r)
            br["figs"] = {k: (v.replace(old, new) if old in v else v) for k, v in r["figs"].items()}
            touched = any(old in v for v in r["figs"].values()) or any(
                (lambda t: t in old or old in t)(v.partition('#')[0]) for v in r["figs"].values())
            check_figs(stem + "-broken", btext, br["figs"])
            try:
                okl, oks = holds(btext, br, True), holds(btext, br, False)
            except Exception as e:
                problems.append(f"{stem}-broken:{r['id']} error {e}")
                continue
            if okl != oks:
                problems.append(f"{stem}-broken:{r['id']} loose {okl} strict {oks} differ")
            if okl:
                brels.append(yaml_rel(br, "consistent", f"{r['note']} (unaffected by the change of '{old}'): {note_values(btext, br)}"))
            else:
                nbad += 1
                brels.append(yaml_rel(br, "inconsistent", f"{r['note']}; '{old}' changed to '{new}': {note_values(btext, br)}"))
        if nbad == 0:
            problems.append(f"{stem}-broken: no relation fails")
        bheader = (f"# Paraphrase suite, family {fam}, phrasing {n}, broken: '{old}' -> '{new}'.\n"
                   f"# Format: see /work/shared/bench/score.py.\n")
        write(folder, stem + "-broken", btext, bheader, brels)
    for d in DECOYS:
        n = d["n"]
        folder = TUNE if n <= 112 else HOLD
        text = d["text"].strip()
        shape(f"decoy-{n}", text)
        header = (f"# Decoy {n}: {d['trap']}.\n"
                  f"# No relation is stated or implied between these figures; any flag is a false alarm.\n")
        write(folder, f"decoy-{n}", text, header, [])
    for p in problems:
        print("PROBLEM", p)
    print(f"items {len(ITEMS)}, decoys {len(DECOYS)}, problems {len(problems)}")


if __name__ == "__main__":
    main()
