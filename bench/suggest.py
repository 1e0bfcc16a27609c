"""How well a pack suggested from month t serves month t+1 (issue 15).

For each series in bench/bulletins/ (t.txt, t1.txt; sources in SOURCES.md):

  (a) binding: the share of the pack's rules that bind figures in t+1, unedited;
  (b) planted: for each rule that binds, one of its figures in t+1 is changed so that the
      relation breaks beyond rounding (the change is chosen with the engine on the true
      binding); the share of those planted changes the audit with the pack flags;
  (c) false alarms: inconsistent findings of the pack's rules on the true t+1.

The audit is `auditor.audit.audit_document` with the pack's compiled rules, which is what
`audit --rules pack.yaml` runs. Usage: python bench/suggest.py [-v]
"""
from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path

from auditor import grammar
from auditor.audit import audit_document
from auditor.document import Document
from auditor.engine import decide
from auditor.extract.figures import extract_with_notes
from auditor.model import Status
from auditor.rulefile import load_rules
from auditor.rulefile.select import relations_for
from auditor.rulefile.suggest import PLANT_FACTORS, pack_name, suggest, suggestion_text, with_figure_changed

BULLETINS = Path(__file__).parent / "bulletins"


def read(path: Path) -> Document:
    return Document(str(path), path.read_text(encoding="utf-8"))


def pack_from(t: Path, folder: Path):
    suggestion = suggest(read(t), pack_name(t.parent.name))
    if not suggestion.rules:
        return []
    path = folder / f"{t.parent.name}.yaml"
    path.write_text(suggestion_text(suggestion), encoding="utf-8")
    ruleset = load_rules([path])
    assert not ruleset.errors, ruleset.errors
    return ruleset.rules


def flagged(rule, document: Document) -> bool:
    audit = audit_document(document, rules=[rule])
    return any(f.check == rule.check_id and f.status is Status.INCONSISTENT for f in audit.findings)


def planted_text(relation, document: Document) -> str | None:
    """The document with one of the relation's figures changed so the relation breaks."""
    for name, figure in relation.figures.items():
        for factor in PLANT_FACTORS:
            scaled = dataclasses.replace(
                figure, value=figure.value * factor,
                low=None if figure.low is None else figure.low * factor,
                high=None if figure.high is None else figure.high * factor)
            broken = dataclasses.replace(relation, figures={**relation.figures, name: scaled}, readings=())
            if decide(broken).status is not Status.INCONSISTENT:
                continue
            text = with_figure_changed(document.text, figure, factor)
            if text is not None:
                return text
    return None


def main(verbose: bool) -> int:
    rules_total = bound_total = planted_total = caught_total = false_alarms = 0
    with tempfile.TemporaryDirectory() as folder:
        for series in sorted(p for p in BULLETINS.iterdir() if p.is_dir()):
            rules = pack_from(series / "t.txt", Path(folder))
            following = read(series / "t1.txt")
            figures = grammar.read(following, extract_with_notes(following)[0]).figures
            bound = planted = caught = alarms = 0
            for rule in rules:
                stated = relations_for(rule, following, figures)
                if not stated:
                    if verbose:
                        print(f"  {series.name}: {rule.id} binds nothing in t+1")
                    continue
                bound += 1
                alarms += sum(decide(r).status is Status.INCONSISTENT for r in stated)
                text = planted_text(stated[0], following)
                if text is None:
                    continue
                planted += 1
                hit = flagged(rule, Document(following.path, text))
                caught += hit
                if verbose and not hit:
                    print(f"  {series.name}: {rule.id}: planted change not flagged")
            print(f"{series.name:<20} rules {len(rules):>2}  bound {bound:>2}  planted {planted:>2}  "
                  f"caught {caught:>2}  false alarms {alarms}")
            rules_total += len(rules)
            bound_total += bound
            planted_total += planted
            caught_total += caught
            false_alarms += alarms
    print()
    print(f"(a) rules binding in t+1 without edits: {bound_total}/{rules_total} = {_share(bound_total, rules_total)}")
    print(f"(b) planted changes flagged:            {caught_total}/{planted_total} = {_share(caught_total, planted_total)}")
    print(f"(c) false alarms on the true t+1:       {false_alarms}")
    return 0


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "n/a"


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:]))
