"""Writing a report while its documents are still being audited.

Text and GitHub annotations are written a document at a time, as soon as it and every
document before it are audited; the summary line (text) and the input errors (GitHub)
come last. The other formats are one value each (a JSON document, a SARIF log, an HTML
page, a Markdown comment) and are written when the run is over. Either way the bytes are
those of rendering the whole result at once.

Each writer has `document(doc)`, called in input order, and `finish(result)`, called once
with the whole result; `write` is how a piece of text reaches the output.
"""
from __future__ import annotations

from typing import Callable

from auditor.model import AuditResult, DocumentAudit

Write = Callable[[str], None]


class WholeReport:
    """A format that is one value: nothing until the end."""

    def __init__(self, output_format: str, write: Write):
        self.output_format, self.write = output_format, write

    def document(self, doc: DocumentAudit) -> None:
        pass

    def finish(self, result: AuditResult) -> None:
        from auditor import render

        self.write(render.render_string(result, self.output_format))


class JsonReport(WholeReport):
    """The JSON report, one value too; each document's entry is written as it comes, so
    that the report is not all written after the last audit."""

    def __init__(self, write: Write):
        super().__init__("json", write)
        self.documents_json: list[str] = []

    def document(self, doc: DocumentAudit) -> None:
        from auditor.render import json_report

        self.documents_json.append(json_report.document_json(doc))

    def finish(self, result: AuditResult) -> None:
        from auditor.render import json_report

        self.write(json_report.render(result, self.documents_json))


class TextReport:
    """The terminal report: each document's findings, then the summary line."""

    def __init__(self, console, show_consistent: bool, show_found: bool = False):
        self.console, self.show_consistent, self.show_found = console, show_consistent, show_found

    def document(self, doc: DocumentAudit) -> None:
        from auditor.render import text

        text.render_document(doc, self.console, self.show_consistent, self.show_found)

    def finish(self, result: AuditResult) -> None:
        from auditor.render import text

        text.render_summary(result, self.console, self.show_consistent, self.show_found)


class ConciseReport:
    """One line per finding, each document's as it comes, then the summary line."""

    def __init__(self, write: Write, show_consistent: bool, show_found: bool = False):
        self.write, self.show_consistent, self.show_found = write, show_consistent, show_found

    def document(self, doc: DocumentAudit) -> None:
        from auditor.render import concise

        self.write(concise.document_lines(doc, self.show_consistent, self.show_found))

    def finish(self, result: AuditResult) -> None:
        from auditor.render import concise

        self.write(concise.summary_line(result))


class StatisticsReport(WholeReport):
    """Counts per check and status (--statistics), written at the end."""

    def __init__(self, write: Write):
        super().__init__("statistics", write)

    def finish(self, result: AuditResult) -> None:
        from auditor.render import statistics

        self.write(statistics.render(result))


class GithubReport:
    """GitHub annotations: each document's, then the input errors'."""

    def __init__(self, write: Write):
        self.write = write

    def document(self, doc: DocumentAudit) -> None:
        from auditor.render import github

        self.write(github.document_lines(doc))

    def finish(self, result: AuditResult) -> None:
        from auditor.render import github

        self.write(github.error_lines(result.errors))
