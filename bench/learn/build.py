"""Generate the candidates of every tune-side document with their features and labels, and
say what the generator reaches (its recall ceiling) and how many candidates it makes.

    PYTHONPATH=. /work/main/.venv/bin/python bench/learn/build.py /tmp/lr27-docs.pickle /tmp/lr27-cands.jsonl
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dataset  # noqa: E402
from candidates import (annotated_bindings, binding_key, covered_by_checks, excused_sets, features, generate,  # noqa: E402
                        holds, role_order_features, value_features)


def main() -> None:
    docs = dataset.load(Path(sys.argv[1]))
    out = open(sys.argv[2], "w")
    reached, annotated, made, words = Counter(), Counter(), Counter(), 0
    for d, doc in enumerate(docs):
        words += doc.words
        wanted = annotated_bindings(doc)
        for key in wanted:
            annotated[key[0]] += 1
        excused = excused_sets(doc)
        seen = set()
        for c in generate(doc):
            bkey = binding_key(c)
            label = bkey in wanted
            if label and bkey not in seen:
                reached[c.template] += 1
                seen.add(bkey)
            made[c.template] += 1
            record = {
                "doc": d, "name": doc.name, "fold": doc.fold, "words": doc.words, "template": c.template,
                "key": sorted(c.key), "binding": list(c.ids), "label": label, "verdict": wanted.get(bkey, ""),
                "holds": holds(c.template, c.figs), "covered": covered_by_checks(doc, c.key),
                # the scorer's rule: a flag holding two figures of an inconsistent or ambiguous relation is no false alarm
                "excused": any(len(c.key & s) >= 2 for s in excused),
                "features": sorted(features(doc, c)), "values": sorted(value_features(c)),
                "role_order": sorted(role_order_features(c)),
            }
            out.write(json.dumps(record) + "\n")
    out.close()
    print(f"{len(docs)} documents, {words:,} words")
    print("template   annotated  reached  ceiling  candidates  per 1000 words")
    for t in ("equal", "order", "additive", "quotient", "growth"):
        print(f"{t:10} {annotated[t]:9} {reached[t]:8} {reached[t] / max(1, annotated[t]):8.1%} {made[t]:11,} "
              f"{1000 * made[t] / words:14.1f}")
    total_annotated = sum(1 for doc in docs for a in doc.annotated if a.verdict in ("consistent", "inconsistent"))
    print(f"all annotated consistent/inconsistent relations: {total_annotated}; reached {sum(reached.values())} "
          f"({sum(reached.values()) / total_annotated:.1%}); candidates {sum(made.values()):,} "
          f"({1000 * sum(made.values()) / words:.0f} per 1000 words)")


if __name__ == "__main__":
    main()
