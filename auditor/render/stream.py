"""Writing a report while its documents are still being audited.

Text and GitHub annotations are written a document at a time, as soon as it and every
document before it are audited; the summary line (text) and the input errors (GitHub)
come last. The JSON report is written the same way, its opening with the first document
and its close at the end. The other formats are one value each (a SARIF log, an HTML page,
a Markdown comment) and are written when the run is over. Either way the bytes are those of
rendering the whole result at once.

Each writer has `document(doc)`, called in input order, and `finish(result)`, called once
with the whole result; `write` is how a piece of text reaches the output. A writer whose
piece of a document is plain text also has `worker_renderer()`, the function that renders
it (run in the worker process that audited the document, under `--jobs`), and
`rendered(text)`, which writes what that function returned.
"""
from __future__ import annotations

from typing import Callable

from auditor.model import AuditResult, DocumentAudit

Write = Callable[[str], None]


class WholeReport:
    """A format that is one value: nothing until the end."""

    needs_documents_at_finish = True  # the others need only what DocumentAudit.written keeps

    def __init__(self, output_format: str, write: Write):
        self.output_format, self.write = output_format, write

    def document(self, doc: DocumentAudit) -> None:
        pass

    def finish(self, result: AuditResult) -> None:
        from auditor import render

        self.write(render.render_string(result, self.output_format))


class _RenderedByDocument:
    """A format whose piece of each document is plain text from one function: the function
    (`worker_renderer`) may run in the worker that audited the document, and `rendered`
    writes what it returned; here `document` does both."""

    @staticmethod
    def worker_renderer() -> Callable[[DocumentAudit], str]:
        raise NotImplementedError

    def document(self, doc: DocumentAudit) -> None:
        self.rendered(self.worker_renderer()(doc))

    def rendered(self, text: str) -> None:
        raise NotImplementedError


class JsonReport(_RenderedByDocument, WholeReport):
    """The JSON report, one value, written a piece at a time: its opening with the first
    document's entry, each further entry as it comes, the errors and the close at the end."""

    needs_documents_at_finish = False

    def __init__(self, write: Write):
        super().__init__("json", write)
        self.between = ""  # written before the next entry; "" until the opening is written

    @staticmethod
    def worker_renderer() -> Callable[[DocumentAudit], str]:
        from auditor.render import json_report

        return json_report.document_json

    def rendered(self, entry) -> None:
        """A document's entry, as `worker_renderer` wrote it (a string; for a long document, a
        json_report.SpooledText, written a piece at a time)."""
        from auditor import __version__
        from auditor.render import json_report

        if not self.between:
            before, self.between = json_report.opening(__version__)
        else:
            before = self.between
        if isinstance(entry, str):
            self.write(before + entry)
            return
        self.write(before)
        for chunk in entry.chunks():
            self.write(chunk)

    def finish(self, result: AuditResult) -> None:
        from auditor.render import json_report

        if self.between:
            self.write(json_report.closing(result))
        else:  # no document: the report is written whole
            self.write(json_report.render(result))


class TextReport:
    """The terminal report: each document's findings, then the summary line."""

    needs_documents_at_finish = False

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

    needs_documents_at_finish = False

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


class GithubReport(_RenderedByDocument):
    """GitHub annotations: each document's, then the input errors'."""

    needs_documents_at_finish = False

    def __init__(self, write: Write):
        self.write = write

    @staticmethod
    def worker_renderer() -> Callable[[DocumentAudit], str]:
        from auditor.render import github

        return github.document_lines

    def rendered(self, lines: str) -> None:
        self.write(lines)

    def finish(self, result: AuditResult) -> None:
        from auditor.render import github

        self.write(github.error_lines(result.errors))
