"""How well the held-out scores rank the annotated sets among the uncovered candidates, whatever
the threshold: average precision, and the precision of the 10, 25 and 50 best-scored sets.

    /tmp/lr27-venv/bin/python bench/learn/ranking.py /tmp/lr27-cands.jsonl order,equal,growth
"""
from __future__ import annotations

import sys

import crossval


def main() -> None:
    rows, _ = crossval.load(sys.argv[1])
    for template in sys.argv[2].split(","):
        chosen = [r for r in rows[template] if not r["covered"]]
        truth = crossval.annotated_sets(chosen)
        for with_values in (True, False):
            best = crossval.best_bindings(chosen, crossval.held_out_scores(chosen, with_values, template))
            ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
            hits, precisions = 0, []
            for k, (key, _) in enumerate(ranked, 1):
                if key in truth:
                    hits += 1
                    precisions.append(hits / k)
            average = sum(precisions) / max(1, len(truth))
            top = {n: sum(1 for key, _ in ranked[:n] if key in truth) for n in (10, 25, 50)}
            print(f"{template:9} {'(a) with values' if with_values else '(b) no arithmetic':18} sets {len(ranked):6} "
                  f"annotated {len(truth):4} (base rate {len(truth) / len(ranked):.2%})  average precision {average:.3f}  "
                  f"top 10: {top[10]}  top 25: {top[25]}  top 50: {top[50]}", flush=True)


if __name__ == "__main__":
    main()
