"""Frozen audit results of the fixture reports, for the renderer snapshots.

The renderers are tested on results saved from the fixture reports, not on a
fresh audit, so that a change in extraction or in a check (other modules,
tested on their own) does not rewrite every rendering snapshot. Refresh them
after such a change with:

    python tests/_frozen.py            # rewrites tests/render_inputs/*.json
    python -m pytest tests/test_render_snapshots.py --snapshot-update
"""
from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = Path(__file__).resolve().parent / "render_inputs"
REPORTS = {
    "bulletin": "fixtures/employment-bulletin-2021.txt",
    "city-budget": "fixtures/render/city-budget.md",
    "bulletin-html": "fixtures/render/bulletin.html",
    # reports in the styles of the corpus, written for the reader's wording: money in
    # trillions, a growth rate, a pass rate, points, a ratio and a change the wrong way
    "budget-outturn": "fixtures/reader/budget-outturn.txt",
    "quarterly-results": "fixtures/reader/quarterly-results.md",
    "exam-results": "fixtures/reader/exam-results.txt",
    "labour-survey": "fixtures/reader/labour-survey.md",
    "jobs-market": "fixtures/reader/jobs-market.txt",
}
TOOL_VERSION = "0.0.0-test"

from auditor.model import (  # noqa: E402
    AuditResult, DocumentAudit, Figure, Finding, InputError, Kind, Miss, Reading, Severity, Span, Status,
    UnusedSuppression,
)


def _dec(d):
    return None if d is None else str(d)


def _figure(f: Figure) -> dict:
    return {"id": f.id, "text": f.text, "span": [f.span.start, f.span.end, f.span.line, f.span.column, f.span.page],
            "value": _dec(f.value), "low": _dec(f.low), "high": _dec(f.high), "unit": f.unit, "kind": f.kind.value,
            "measure": f.measure, "period": f.period, "qualifier": f.qualifier, "direction": f.direction,
            "subject": f.subject}


def dump(result: AuditResult) -> dict:
    docs = []
    for d in result.documents:
        docs.append({
            "path": d.path, "text": d.text, "figures": [_figure(f) for f in d.figures],
            "findings": [{"check": f.check, "status": f.status.value, "severity": f.severity.value,
                          "message": f.message, "stated": f.stated, "computed": f.computed,
                          "rule_file": f.rule_file, "fingerprint": f.fingerprint, "suppression": f.suppression,
                          "figures": [_figure(x) for x in f.figures], **_reader_fields(f)} for f in d.findings],
            "unused": [{"kind": u.kind, "checks": list(u.checks), "text": u.text, "line": u.line,
                        "column": u.column, "fingerprint": u.fingerprint} for u in d.unused_suppressions],
        })
    return {"documents": docs, "errors": [[e.path, e.message, e.line, e.column] for e in result.errors]}


def _reader_fields(f: Finding) -> dict:
    """The fields the renderers read (headline, miss, readings, fix ...)."""
    return {"headline": f.headline, "relation": f.relation, "calculation": f.calculation,
            "stated_value": _dec(f.stated_value), "computed_value": _dec(f.computed_value),
            "computed_point": f.computed_point, "unit": f.unit,
            "miss": None if f.miss is None else [str(f.miss.amount), f.miss.unit, f.miss.text, f.miss.at_least,
                                                 f.miss.relative],
            "readings": [[r.calculation, r.value, r.fits] for r in f.readings], "fix": f.fix,
            "consistent_value": f.consistent_value, "implied": f.implied, "notes": list(f.notes),
            "found_by_search": f.found_by_search}


def _load_reader_fields(x: dict) -> dict:
    dec = lambda v: None if v is None else Decimal(v)  # noqa: E731
    miss = x.get("miss")
    return dict(headline=x.get("headline", ""), relation=x.get("relation", ""), calculation=x.get("calculation", ""),
                stated_value=dec(x.get("stated_value")), computed_value=dec(x.get("computed_value")),
                computed_point=x.get("computed_point", ""), unit=x.get("unit", ""),
                miss=None if miss is None else Miss(Decimal(miss[0]), *miss[1:]),
                readings=tuple(Reading(*r) for r in x.get("readings", ())), fix=x.get("fix", ""),
                consistent_value=x.get("consistent_value", ""), implied=x.get("implied", ""),
                notes=tuple(x.get("notes", ())), found_by_search=x.get("found_by_search", False))


def _load_figure(x: dict) -> Figure:
    dec = lambda v: None if v is None else Decimal(v)  # noqa: E731
    return Figure(x["id"], x["text"], Span(*x["span"]), Decimal(x["value"]), dec(x["low"]), dec(x["high"]),
                  x["unit"], Kind(x["kind"]), x["measure"], x["period"], x["qualifier"], x["direction"],
                  x["subject"])


def load(data: dict) -> AuditResult:
    docs = []
    for d in data["documents"]:
        findings = tuple(
            Finding(f["check"], Status(f["status"]), Severity(f["severity"]), f["message"],
                    tuple(_load_figure(x) for x in f["figures"]), f["stated"], f["computed"], f["rule_file"],
                    fingerprint=f["fingerprint"], suppression=f["suppression"], **_load_reader_fields(f))
            for f in d["findings"])
        unused = tuple(UnusedSuppression(u["kind"], tuple(u["checks"]), u["text"], u["line"], u["column"],
                                         u["fingerprint"]) for u in d["unused"])
        docs.append(DocumentAudit(d["path"], d["text"], tuple(_load_figure(x) for x in d["figures"]), findings,
                                  unused))
    errors = tuple(InputError(*e) for e in data["errors"])
    return AuditResult(tuple(docs), errors, TOOL_VERSION)


def frozen(name: str) -> AuditResult:
    return load(json.loads((INPUTS / f"{name}.json").read_text(encoding="utf-8")))


def refresh() -> None:
    import os

    from auditor.audit import audit_paths

    os.chdir(ROOT)
    INPUTS.mkdir(exist_ok=True)
    for name, path in REPORTS.items():
        data = dump(audit_paths([path]))
        (INPUTS / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"froze {path} -> {INPUTS / (name + '.json')}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    refresh()
