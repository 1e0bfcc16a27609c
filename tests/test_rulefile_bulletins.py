"""The bundled employment pack on bulletins written in other styles, unedited:
each fixture's expected findings live beside it (NAME.expected.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from auditor.audit import audit_paths
from auditor.rulefile import rules_for_run

ROOT = Path(__file__).resolve().parent.parent
BULLETINS = sorted(p for p in (ROOT / "fixtures" / "bulletins").iterdir() if p.suffix in (".txt", ".md"))


def expected_for(report: Path) -> list[dict]:
    sidecar = report.with_name(report.stem + ".expected.yaml")
    return YAML(typ="safe").load(sidecar.read_text(encoding="utf-8"))["findings"]


def test_at_least_two_other_styles():
    assert len(BULLETINS) >= 2


@pytest.mark.parametrize("report", BULLETINS, ids=lambda p: p.name)
def test_pack_finds_exactly_the_expected_relations(report):
    ruleset = rules_for_run(["employment"], use_config=False)
    assert ruleset.errors == []
    result = audit_paths([str(report)], rules=ruleset.rules)
    got = sorted((f.check, f.status.value, tuple(x.text for x in f.figures))
                 for f in result.documents[0].findings if f.rule_file)
    want = expected_for(report)
    assert got == sorted((e["rule"], e["status"], tuple(e["figures"])) for e in want)
    for entry in want:
        if "implied" in entry:
            (finding,) = [f for f in result.documents[0].findings
                          if f.check == entry["rule"] and f.status.value == "implied"]
            assert finding.message.endswith(f"implied {entry['implied']}")


SEED = ROOT.parent / "shared" / "seed" / "liaoning-employment-2021.txt"
VERDICTS = {"inconsistent": {"inconsistent"}, "consistent": {"consistent"}, "unverifiable": {"implied"},
            "ambiguous": {"consistent", "inconsistent"}}


@pytest.mark.skipif(not SEED.is_file(), reason="the founding report is not beside this checkout")
def test_pack_expresses_every_annotated_relation_of_the_founding_report():
    """Each hand-annotated relation is found by some rule of the pack, with the annotated verdict."""
    annotation = YAML(typ="safe").load(SEED.with_suffix(".yaml").read_text(encoding="utf-8"))["relations"]
    ruleset = rules_for_run(["employment"], use_config=False)
    findings = [f for f in audit_paths([str(SEED)], rules=ruleset.rules).documents[0].findings if f.rule_file]
    missing = []
    for relation in annotation:
        wanted = [text.strip() for text in relation["figures"].values()]
        found = [f for f in findings
                 if all(any(w.startswith(x.text) for x in f.figures) for w in wanted)
                 and f.status.value in VERDICTS[relation["verdict"]]]
        if not found:
            missing.append(relation["id"])
    assert missing == []
