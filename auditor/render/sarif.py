"""SARIF 2.1.0 for GitHub code scanning, hand-written as dicts (as ruff and
sqlfluff do) and validated in the tests against the official OASIS schema.

Results are the inconsistent findings (level from their severity) and the
unused suppressions (level note). Suppressed findings stay in the log with
`suppressions` (inSource for inline directives, external for the baseline),
which code scanning shows as dismissed. Every result has a region and a
content-based `partialFingerprints` entry; `columnKind` is unicodeCodePoints,
because our columns count code points.
"""
from __future__ import annotations

from auditor.model import AuditResult, Finding, Status
from auditor.render.common import (
    UNUSED_SUPPRESSION,
    artifact_uri,
    check_info,
    end_position,
    first_paragraph,
    fix_text,
    json_text,
    one_line,
    readings_text,
    unused_message,
)
from auditor.suppress import fingerprinted

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_NAME = "report-auditor"
FINGERPRINT_KEY = "auditFinding/v1"
LEVELS = {"error": "error", "warning": "warning", "note": "note"}


def _rule(check_id: str, default_level: str) -> dict:
    summary, doc = check_info(check_id)
    return {
        "id": check_id,
        "name": "".join(w.capitalize() for w in check_id.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": first_paragraph(doc) or summary},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": default_level},
        "properties": {"tags": ["report-audit"]},
    }


def _region(fig) -> dict:
    end_line, end_column = end_position(fig)
    # no charOffset: for HTML, DOCX and PDF our offsets index the extracted text, not the file
    return {"startLine": fig.span.line, "startColumn": fig.span.column,
            "endLine": end_line, "endColumn": end_column, "snippet": {"text": fig.text}}


def _location(uri: str, fig, message: str | None = None, id_: int | None = None) -> dict:
    loc: dict = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": _region(fig)}}
    if id_ is not None:
        loc["id"] = id_
    if message:
        loc["message"] = {"text": message}
    return loc


def _place_location(place, id_: int) -> dict:
    """Another file's value the finding compares with: a report's figure, a data table's row."""
    region: dict = {"startLine": place.line, "startColumn": place.column}
    if place.text and place.start is not None:
        region.update({"endLine": place.line, "endColumn": place.column + len(place.text),
                       "snippet": {"text": place.text}})
    return {"id": id_, "physicalLocation": {"artifactLocation": {"uri": artifact_uri(place.path)}, "region": region},
            "message": {"text": f"{place.label}: {place.text}" if place.text else place.label}}


def _message(f: Finding) -> str:
    text = one_line(f)
    if f.readings:
        text += f" (other reading: {readings_text(f)})"
    if fix_text(f):
        text += f" Fix: {fix_text(f)}"
    return text


def render(result: AuditResult) -> str:
    """The SARIF log as a string (written with click.echo, never rich)."""
    result = fingerprinted(result)
    rules: list[dict] = []
    index: dict[str, int] = {}

    def rule_index(check_id: str, level: str) -> int:
        if check_id not in index:
            index[check_id] = len(rules)
            rules.append(_rule(check_id, level))
        return index[check_id]

    try:  # every built-in check is a rule, so rule indexes are stable across runs
        from auditor.checks import CHECKS

        for cid, chk in CHECKS.items():
            rule_index(cid, LEVELS[chk.severity.value])
    except Exception:  # pragma: no cover - registry being rebuilt; rules still come from findings
        pass

    results, artifacts = [], []
    for doc in result.documents:
        uri = artifact_uri(doc.path)
        artifacts.append({"location": {"uri": uri}})
        for f in doc.findings:
            if f.status is not Status.INCONSISTENT:
                continue
            level = LEVELS[f.severity.value]
            entry: dict = {
                "ruleId": f.check,
                "ruleIndex": rule_index(f.check, level),
                "level": level,
                "message": {"text": _message(f)},
                "locations": [_location(uri, f.figures[0]) if f.figures else
                              {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": 1}}}],
                "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
                "properties": {"status": f.status.value, "stated": f.stated, "computed": f.computed,
                               "figures": [x.text for x in f.figures]},
            }
            related = [_location(uri, x, f"{x.text}", i) for i, x in enumerate(f.figures[1:], start=1)]
            related += [_place_location(place, i) for i, place in enumerate(f.related, start=len(related) + 1)]
            if related:
                entry["relatedLocations"] = related
            if f.rule_file:
                entry["properties"]["ruleFile"] = f.rule_file
            if f.figures and f.figures[0].span.page is not None:
                entry["properties"]["page"] = f.figures[0].span.page
            if f.suppression:
                entry["suppressions"] = [{
                    "kind": "inSource" if f.suppression == "inline" else "external",
                    "justification": "audit: ignore directive" if f.suppression == "inline" else "baseline file",
                }]
            results.append(entry)
        for u in doc.unused_suppressions:
            entry = {
                "ruleId": UNUSED_SUPPRESSION,
                "ruleIndex": rule_index(UNUSED_SUPPRESSION, "note"),
                "level": "note",
                "message": {"text": unused_message(u)},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                                    "region": {"startLine": u.line or 1,
                                                               **({"startColumn": u.column} if u.column else {})}}}],
                "partialFingerprints": {FINGERPRINT_KEY: u.fingerprint or f"{u.kind}:{u.text}"},
            }
            results.append(entry)

    run = {
        "tool": {"driver": {"name": TOOL_NAME, "version": result.tool_version or "0",
                            "semanticVersion": result.tool_version or "0.0.0", "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
        "invocations": [{
            "executionSuccessful": not result.errors,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": e.message},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e.path)},
                                                     **({"region": {"startLine": e.line}} if e.line else {})}}]}
                for e in result.errors
            ],
        }],
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json_text(log) + "\n"
