"""The JSON report: the fixed contract of DESIGN.md section 5."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Iterable, Iterator, Sequence

from auditor.document import Document
from auditor.model import AuditResult, DocumentAudit, Figure, Finding, Place, Status, UnusedSuppression, copied
from auditor.render.common import one_line_json, Raw, end_position, json_text, json_text_at, unused_message
from auditor.suppress import Fingerprinter, InlineDirectives, fingerprinted, with_fingerprints

TOOL_NAME = "report-auditor"
SCHEMA_PATH = "auditor/schemas/output.schema.json"  # the published JSON Schema of this output


def _decimal(d: Decimal | None) -> str | None:
    if d is None:
        return None
    text = format(d.normalize(), "f")
    return text


def _decimal_as_shown(d: Decimal | None) -> str | None:
    """A decimal at the precision it is shown at ("62.30" keeps its digits), never in exponent form."""
    return None if d is None else format(d, "f")


def figure_record(f: Figure) -> dict:
    return {
        "id": f.id,
        "text": f.text,
        "start": f.span.start,
        "end": f.span.end,
        "line": f.span.line,
        "column": f.span.column,
        **({"page": f.span.page} if f.span.page is not None else {}),
        "value": _decimal(f.value),
        "low": _decimal(f.low),
        "high": _decimal(f.high),
        "unit": f.unit,
        "kind": f.kind.value,
        "measure": f.measure,
        "period": f.period,
        "qualifier": f.qualifier,
        "direction": f.direction,
        "subject": f.subject,
        "change_of": f.change_of,
    }


def finding_record(f: Finding) -> dict:
    span = f.span
    end_line, end_column = end_position(f.figures[0]) if f.figures else (None, None)
    return {
        "check": f.check,
        "rule_file": f.rule_file,
        "status": f.status.value,
        "severity": f.severity.value,
        "message": f.message,
        "stated": f.stated,
        "computed": f.computed,
        "headline": f.headline,
        "stated_value": _decimal_as_shown(f.stated_value),
        "computed_value": _decimal_as_shown(f.computed_value),
        "unit": f.unit,
        "miss": None if f.miss is None else {
            "amount": _decimal_as_shown(f.miss.amount), "unit": f.miss.unit, "text": f.miss.text,
            "at_least": f.miss.at_least or None},
        "readings": [{"calculation": r.calculation, "value": r.value, "fits": r.fits} for r in f.readings],
        "fix": f.fix,
        "consistent_value": f.consistent_value or None,
        "notes": list(f.notes),
        "line": span.line if span else None,
        "column": span.column if span else None,
        "end_line": end_line,
        "end_column": end_column,
        **({"page": span.page} if span and span.page is not None else {}),
        "fingerprint": f.fingerprint,
        "suppressed": f.suppression or None,
        "figures": [{"id": x.id, "text": x.text, "start": x.span.start, "end": x.span.end,
                     "line": x.span.line, "column": x.span.column,
                     **({"page": x.span.page} if x.span.page is not None else {})} for x in f.figures],
        # (an addition to the contract: the values in other files the finding compares with)
        **({"related": [place_record(p) for p in f.related]} if f.related else {}),
    }


def place_record(p: Place) -> dict:
    return {"path": p.path, "line": p.line, "column": p.column, "text": p.text, "label": p.label,
            "start": p.start, "end": p.end}


def unused_record(u: UnusedSuppression) -> dict:
    return {"kind": u.kind, "checks": list(u.checks), "text": u.text, "line": u.line, "column": u.column,
            "fingerprint": u.fingerprint or None, "message": unused_message(u)}


def summary(doc: DocumentAudit) -> dict:
    suppressed = sum(1 for f in doc.findings if f.suppression and f.status is Status.INCONSISTENT)
    return _summary(len(doc.figures), Counter(f.status for f in doc.findings), suppressed,
                    len(doc.unused_suppressions))


def _summary(figures: int, statuses: Counter, suppressed: int, unused: int) -> dict:
    return {
        "figures": figures,
        "relations": sum(statuses.values()),
        "inconsistent": statuses[Status.INCONSISTENT],
        "consistent": statuses[Status.CONSISTENT],
        "implied": statuses[Status.IMPLIED],
        "undetermined": statuses[Status.UNDETERMINED],
        "suppressed": suppressed,
        "unused_suppressions": unused,
    }


def document_record(doc: DocumentAudit) -> dict:
    return {
        "path": doc.path,
        "figures": [figure_record(f) for f in doc.figures],
        "findings": [finding_record(f) for f in doc.findings],
        "unused_suppressions": [unused_record(u) for u in doc.unused_suppressions],
        "summary": summary(doc),
    }


def document_json(doc: DocumentAudit) -> str:
    """One document's entry of the report's "documents", as `render` writes it: written as
    each document is audited, while later ones still are, then given to `render`."""
    return json_text_at(document_record(with_fingerprints(doc)), DOCUMENT_DEPTH)


DOCUMENT_DEPTH = 2  # the report is a dict, "documents" a list in it, a document an item of that


def document_json_by_sections(document: Document, parts: Iterable) -> tuple[DocumentAudit, SpooledText]:
    """A long document's entry, the text `document_json` writes for its whole audit, written
    from its sections' audits (auditor.audit.audit_sections) as they come: each section's figures
    and findings are fingerprinted, suppressed, written to temporary files and dropped, so the
    memory a document of any length needs is one section's. Returns what the run keeps of the
    document (as DocumentAudit.written keeps it, with only the findings the exit code reads:
    the inconsistent ones) and the entry."""
    from auditor.audit import told_notes

    fingerprint, inline = Fingerprinter(document.text), InlineDirectives(document.text)
    figures, findings = _RecordFile(), _RecordFile()
    statuses: Counter = Counter()
    suppressed, failing, notes, told = 0, [], [], []
    for part in parts:
        for f in part.figures:
            figures.add(figure_record(f))
        for x in part.findings:
            x = inline.apply(fingerprint.stamped(x))
            findings.add(finding_record(x))
            statuses[x.status] += 1
            suppressed += bool(x.suppression) and x.status is Status.INCONSISTENT
            if x.status is Status.INCONSISTENT:
                failing.append(copied(x, figures=()))
        fingerprint.forget_sentences()  # a section's findings hold its own figures only
        notes.extend(part.notes)
        told.extend(part.told)
    unused = inline.unused(document)
    record = {"path": document.path, "figures": [_RECORDS] if figures.count else [],
              "findings": [_RECORDS] if findings.count else [],
              "unused_suppressions": [unused_record(u) for u in unused],
              "summary": _summary(figures.count, statuses, suppressed, len(unused))}
    # the entry with each list's records in their place
    pieces = json_text_at(record, DOCUMENT_DEPTH).split(_RECORDS)
    entry = [pieces[0]]
    for held, after in zip([held for held in (figures, findings) if held.count], pieces[1:]):
        entry += [held.file, after]
    kept = DocumentAudit(document.path, "", (), tuple(failing), unused, told_notes(document, notes) + tuple(told),
                         figures_read=figures.count)
    return kept, SpooledText(entry)


_RECORDS = Raw("\x00records\x00")  # stands for a list's records while the entry around them is written
# what stands between two records of a document's list
_BETWEEN_RECORDS = json_text_at({"records": [_RECORDS, _RECORDS]}, DOCUMENT_DEPTH).split(_RECORDS)[1]


class _RecordFile:
    """Records of one of a document's lists (figures, findings), written as JSON text to a
    temporary file as they come."""

    def __init__(self):
        import tempfile  # (a long document's only: see lazy_re)

        self.file = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.count = 0

    def add(self, record: dict) -> None:
        self.file.write(one_line_json(record) if not self.count else _BETWEEN_RECORDS + one_line_json(record))
        self.count += 1


document_json.by_sections = document_json_by_sections  # how auditor.audit.audit_one writes a long document


class SpooledText:
    """A text too long to hold as one string: strings and files (read from their start)."""

    def __init__(self, pieces: list):
        self.pieces = pieces

    def chunks(self, size: int = 1 << 20) -> Iterator[str]:
        for piece in self.pieces:
            if isinstance(piece, str):
                yield piece
                continue
            piece.seek(0)
            while chunk := piece.read(size):
                yield chunk
            piece.close()


def render(result: AuditResult, documents_json: Sequence[str] | None = None) -> str:
    """The JSON report as a string (written with sys.stdout / click.echo, never rich).
    `documents_json`: the entries of `result.documents` as `document_json` wrote them."""
    if documents_json is None:
        result = fingerprinted(result)
        documents = [document_record(d) for d in result.documents]
    else:
        documents = [Raw(entry) for entry in documents_json]
    return _report_text(result.tool_version, documents, result.errors)


def _report_text(tool_version: str, documents: list, errors) -> str:
    payload = {
        "version": 1,
        "tool": {"name": TOOL_NAME, "version": tool_version},
        "documents": documents,
        "errors": [{"path": e.path, "line": e.line, "column": e.column, "message": e.message} for e in errors],
    }
    return json_text(payload) + "\n"


_ENTRY = Raw("\x00entry\x00")  # stands for a document's entry while the report around it is written


def opening(tool_version: str) -> tuple[str, str]:
    """What `render` writes before the first document's entry, and between two entries: a
    report written a document at a time is the same text, and a batch of any size needs the
    memory of one document."""
    head, between, _ = _report_text(tool_version, [_ENTRY, _ENTRY], ()).split(_ENTRY)
    return head, between


def closing(result: AuditResult) -> str:
    """What `render` writes after the last document's entry (there was one at least)."""
    return _report_text(result.tool_version, [_ENTRY], result.errors).split(_ENTRY)[1]
