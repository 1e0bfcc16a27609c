"""Cross-validate the candidate scorer by series: each letter series of the corpus and each
paraphrase batch is held out in turn, a logistic regression per template is trained on the
rest, and the held-out candidates are decided as a shipped check would decide them.

Run in a scratch environment with scikit-learn (training only; nothing here ships):

    /tmp/lr27-venv/bin/python bench/learn/crossval.py /tmp/lr27-cands.jsonl RESULTS.md [VARIANTS [TEMPLATES]]

(VARIANTS: comma-separated, of "all candidates", "uncovered candidates only" and "surface features only"
(all candidates, without the meaning layer's links and the built-in findings); TEMPLATES likewise.)

Two decisions, per template, at several thresholds:
  (a) present-and-holds: a model that reads the arithmetic too; a set of figures is reported
      consistent when its best binding scores above the threshold and its arithmetic holds.
  (b) assertion: a model without the arithmetic (and without any value feature that gives the
      arithmetic away); a set is asserted when its best binding scores above the threshold, and an
      asserted set whose arithmetic fails is flagged inconsistent. A flag is a false alarm unless it
      holds two figures of an annotated inconsistent or ambiguous relation (the scorer's rule).
Each is counted over all candidates and over the "new" ones only: sets no built-in finding holds.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

TEMPLATES = ("equal", "order", "additive", "quotient", "growth")
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)
C = 0.3


def load(path: str):
    rows = defaultdict(list)
    words = {}
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            words[r["doc"]] = (r["fold"], r["words"])
            rows[r["template"]].append(r)
    return rows, words


SURFACE_ONLY = False  # the variant "surface features only": no link of the meaning layer, no built-in finding


def _surface(name: str) -> bool:
    return not ("link=" in name or "check=" in name or name.endswith("checked"))


def feature_dicts(rows, with_values: bool, template: str):
    out = []
    for r in rows:
        names = r["features"] + (r["values"] if with_values else [])
        if SURFACE_ONLY:
            names = [n for n in names if _surface(n)]
        if template not in ("equal", "order") or with_values:
            names = names + r["role_order"]
        out.append(dict.fromkeys(names, 1))
    return out


def fit(X, y):
    X = X.tocsr()
    X.indices = X.indices.astype(np.int32)  # liblinear takes 32-bit indices only
    X.indptr = X.indptr.astype(np.int32)
    model = LogisticRegression(C=C, max_iter=2000, solver="liblinear")
    model.fit(X, y)
    return model


def held_out_scores(rows, with_values: bool, template: str) -> np.ndarray:
    folds = sorted({r["fold"] for r in rows})
    dicts = feature_dicts(rows, with_values, template)
    y = np.array([r["label"] for r in rows])
    fold_of = np.array([r["fold"] for r in rows])
    scores = np.zeros(len(rows))
    for fold in folds:
        train, test = fold_of != fold, fold_of == fold
        if y[train].sum() == 0:
            continue
        vec = DictVectorizer()
        X = vec.fit_transform([d for d, t in zip(dicts, train) if t])
        model = fit(X, y[train])
        Xt = vec.transform([d for d, t in zip(dicts, test) if t]).tocsr()
        Xt.indices, Xt.indptr = Xt.indices.astype(np.int32), Xt.indptr.astype(np.int32)
        scores[test] = model.predict_proba(Xt)[:, 1]
    return scores


def best_bindings(rows, scores):
    """(doc, key set) -> (score, row) of its best-scoring binding."""
    best = {}
    for r, s in zip(rows, scores):
        k = (r["doc"], tuple(r["key"]))
        if k not in best or s > best[k][0]:
            best[k] = (s, r)
    return best


def annotated_sets(rows):
    """(doc, key set) -> verdict, for sets some annotated relation of this template binds."""
    out = {}
    for r in rows:
        if r["label"]:
            out[(r["doc"], tuple(r["key"]))] = r["verdict"]
    return out


def report(template, rows, scores_a, scores_b, words_total):
    truth = annotated_sets(rows)
    n_consistent = sum(1 for v in truth.values() if v == "consistent")
    n_inconsistent = sum(1 for v in truth.values() if v == "inconsistent")
    lines = [f"\n## {template}: {len(rows):,} bindings, {len(truth)} annotated sets reached "
             f"({n_consistent} consistent, {n_inconsistent} inconsistent)"]
    best_a, best_b = best_bindings(rows, scores_a), best_bindings(rows, scores_b)
    for scope in ("all", "new"):
        lines.append(f"\n### {scope} sets{' (no built-in finding holds them)' if scope == 'new' else ''}")
        lines.append("| threshold | (a) consistent findings | (a) precision | (a) recall of consistent | "
                     "(b) asserted | (b) precision | (b) flags | flags right | false alarms | per 1000 words | "
                     "consistent relations asserted (mutant catches) |")
        lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
        for t in THRESHOLDS:
            picked_a = [(k, r) for k, (s, r) in best_a.items() if s >= t and r["holds"] and (scope == "all" or not r["covered"])]
            right_a = sum(1 for k, _ in picked_a if truth.get(k) == "consistent")
            total_c = sum(1 for k, v in truth.items() if v == "consistent"
                          and (scope == "all" or not best_a[k][1]["covered"]))
            asserted = [(k, r) for k, (s, r) in best_b.items() if s >= t and (scope == "all" or not r["covered"])]
            right_b = sum(1 for k, _ in asserted if k in truth)
            flags = [(k, r) for k, r in asserted if not r["holds"]]
            flags_right = sum(1 for k, r in flags if truth.get(k) == "inconsistent")
            false_alarms = sum(1 for k, r in flags if not r["excused"])
            mutant_catches = sum(1 for k, r in asserted if truth.get(k) == "consistent")
            lines.append(f"| {t} | {len(picked_a)} | {right_a / max(1, len(picked_a)):.1%} | "
                         f"{right_a}/{total_c} | {len(asserted)} | {right_b / max(1, len(asserted)):.1%} | "
                         f"{len(flags)} | {flags_right} | {false_alarms} | {1000 * false_alarms / words_total:.2f} | "
                         f"{mutant_catches} |")
    return lines


def main() -> None:
    rows, words = load(sys.argv[1])
    words_total = sum(w for _, w in words.values())
    out = [f"# Cross-validated by series: {len(words)} documents, {words_total:,} words, "
           f"folds {sorted({f for f, _ in words.values()})}"]
    variants = sys.argv[3].split(",") if len(sys.argv) > 3 else ["all candidates", "uncovered candidates only"]
    templates = sys.argv[4].split(",") if len(sys.argv) > 4 else TEMPLATES
    for variant in variants:
        out.append(f"\n# Trained and tested on {variant}")
        global SURFACE_ONLY
        SURFACE_ONLY = variant == "surface features only"
        for template in templates:
            chosen = [r for r in rows[template] if not r["covered"]] if variant == "uncovered candidates only" else rows[template]
            scores_a = held_out_scores(chosen, True, template)
            scores_b = held_out_scores(chosen, False, template)
            lines = report(template, chosen, scores_a, scores_b, words_total)
            out += lines
            print("\n".join(lines), flush=True)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as f:
            f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
