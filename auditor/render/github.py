"""GitHub Actions workflow commands: one annotation per inconsistent finding
(and per unused suppression), shown on the pull request's diff.

Format (ruff's `github` output): `::error title=...,file=...,line=..,col=..,
endLine=..,endColumn=..::message`; `col`/`endColumn` are omitted when the span
crosses lines. Suppressed findings are not annotated.
"""
from __future__ import annotations

from typing import Sequence

from auditor.model import AuditResult, DocumentAudit, InputError, Status
from auditor.render.common import end_position, one_line, relative_path, unused_message

COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: AuditResult) -> str:
    return "".join(document_lines(doc) for doc in result.documents) + error_lines(result.errors)


def document_lines(doc: DocumentAudit) -> str:
    """The annotations of one document (written as soon as it is audited), one a line."""
    lines = []
    path = relative_path(doc.path)
    for f in doc.findings:
        if f.status is not Status.INCONSISTENT or f.suppression or not f.figures:
            continue
        fig = f.figures[0]
        end_line, end_column = end_position(fig)
        props = [f"title={_prop(f'audit ({f.check})')}", f"file={_prop(path)}", f"line={fig.span.line}"]
        if end_line == fig.span.line:
            props += [f"col={fig.span.column}", f"endLine={end_line}", f"endColumn={end_column}"]
        else:
            props += [f"endLine={end_line}"]
        lines.append(f"::{COMMANDS[f.severity.value]} {','.join(props)}::{_data(one_line(f))}")
    for u in doc.unused_suppressions:
        props = [f"title={_prop('audit (unused-suppression)')}", f"file={_prop(path)}"]
        if u.line:
            props.append(f"line={u.line}")
        lines.append(f"::notice {','.join(props)}::{_data(unused_message(u))}")
    return "".join(line + "\n" for line in lines)


def error_lines(errors: Sequence[InputError]) -> str:
    lines = []
    for e in errors:
        props = [f"title={_prop('audit (input error)')}", f"file={_prop(relative_path(e.path))}"]
        if e.line:
            props.append(f"line={e.line}")
        lines.append(f"::error {','.join(props)}::{_data(e.message)}")
    return "".join(line + "\n" for line in lines)
