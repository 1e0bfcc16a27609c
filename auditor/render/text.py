"""The terminal report (rich). The only module that imports rich for findings."""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from auditor.model import AuditResult, DocumentAudit, Finding, Severity, Status

STYLES = {
    Status.INCONSISTENT: "bold red",
    Status.IMPLIED: "cyan",
    Status.CONSISTENT: "green",
    Status.UNDETERMINED: "yellow",
}
LABELS = {
    Status.INCONSISTENT: "inconsistent",
    Status.IMPLIED: "implied",
    Status.CONSISTENT: "consistent",
    Status.UNDETERMINED: "undetermined",
}


def _sentence_of(text: str, start: int, end: int, limit: int = 220) -> tuple[int, int]:
    """Bounds of the sentence around [start, end), cut to `limit` characters."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(".", 0, max(start - 1, 0)))
    left = left + 1 if left >= 0 else 0
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    if right - left > limit:
        left = max(left, start - limit // 2)
        right = min(right, end + limit // 2)
    return left, right


def _excerpt(doc: DocumentAudit, finding: Finding) -> Text:
    if not finding.figures:
        return Text()
    first = finding.figures[0]
    left, right = _sentence_of(doc.text, first.span.start, first.span.end)
    excerpt = Text(doc.text[left:right].strip("\n").replace("\n", " "))
    offset = left + (len(doc.text[left:right]) - len(doc.text[left:right].lstrip("\n")))
    for f in finding.figures:
        if left <= f.span.start and f.span.end <= right:
            excerpt.stylize(STYLES[finding.status] + " underline", f.span.start - offset, f.span.end - offset)
    return excerpt


def _finding(doc: DocumentAudit, finding: Finding) -> Text:
    span = finding.span
    where = f"{doc.path}:{span.line}:{span.column}" if span else doc.path
    line = Text()
    line.append(where, style="bold")
    line.append(" ")
    line.append(LABELS[finding.status], style=STYLES[finding.status])
    line.append(" ")
    line.append(f"[{finding.check}]", style="dim")
    line.append("\n  ")
    line.append(finding.message)
    others = [f for f in finding.figures[1:] if f.span.line != (span.line if span else None)]
    for f in others:
        line.append(f"\n  also {doc.path}:{f.span.line}:{f.span.column} ", style="dim")
        line.append(f.text, style="bold")
    excerpt = _excerpt(doc, finding)
    if excerpt:
        line.append("\n  │ ", style="dim")
        line.append_text(excerpt)
    return line


def render(result: AuditResult, console: Console, show_consistent: bool = False) -> None:
    shown = {Status.INCONSISTENT, Status.IMPLIED, Status.UNDETERMINED}
    if show_consistent:
        shown.add(Status.CONSISTENT)
    totals = {s: 0 for s in Status}
    figures = 0
    for doc in result.documents:
        figures += len(doc.figures)
        order = sorted(doc.findings, key=lambda f: (list(Status).index(f.status), f.span.start if f.span else 0))
        for finding in order:
            totals[finding.status] += 1
            if finding.status in shown:
                console.print(_finding(doc, finding), highlight=False)
                console.print()
    relations = sum(totals.values())
    summary = Text()
    summary.append(f"{len(result.documents)} file{'s' if len(result.documents) != 1 else ''}, ")
    summary.append(f"{figures} figures, {relations} relations checked: ")
    summary.append(f"{totals[Status.INCONSISTENT]} inconsistent", style=STYLES[Status.INCONSISTENT] if totals[Status.INCONSISTENT] else "")
    summary.append(f", {totals[Status.CONSISTENT]} consistent", style="green")
    summary.append(f", {totals[Status.IMPLIED]} implied", style="cyan")
    if totals[Status.UNDETERMINED]:
        summary.append(f", {totals[Status.UNDETERMINED]} undetermined", style="yellow")
    if not show_consistent and totals[Status.CONSISTENT]:
        summary.append("  (consistent relations hidden; --show-consistent lists them)", style="dim")
    console.print(summary, highlight=False)
