"""The terminal report (rich). The only module that imports rich for findings.

Report text is always passed as `rich.text.Text` (never as markup, so "[see
table 2]" prints as written) and figures are styled deliberately (no automatic
number highlighting). Rows are wrapped by hand with a hanging indent, so long
sentences wrap under their own column, never under the gutter, and carry no
trailing padding.
"""
from __future__ import annotations

from rich.console import Console
from rich.text import Text

from auditor.model import AuditResult, DocumentAudit, Finding, Severity, Status
from auditor.render.common import (
    counts, figures_give, fix_text, headline, listed, location, miss_text, ordered, readings_text, unused_location,
    unused_message, place_text,
)
from auditor.sources.sentences import sentence_bounds

STYLES = {
    Status.INCONSISTENT: "bold red",
    Status.IMPLIED: "cyan",
    Status.CONSISTENT: "green",
    Status.UNDETERMINED: "yellow",
}
LABELS = {s: s.value for s in Status}
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.NOTE: "bold blue"}
LABEL_WIDTH = 14  # "other reading" and the line-number gutter fit in it


def _sentences(doc: DocumentAudit, finding: Finding) -> list[tuple[int, Text]]:
    """(line, sentence) for each distinct sentence holding a figure of the finding,
    the finding's figures highlighted in its status colour."""
    shown: list[tuple[int, int, int]] = []
    for fig in finding.figures:
        if not (0 <= fig.span.start <= fig.span.end <= len(doc.text)):
            continue
        left, right = sentence_bounds(doc.text, fig.span.start, fig.span.end)
        if any(lo <= fig.span.start and fig.span.end <= hi for lo, hi, _ in shown):
            continue
        shown.append((left, right, fig.span.line))
    out = []
    style = STYLES[finding.status] + " underline"
    for left, right, line in shown:
        sentence = Text(doc.text[left:right].replace("\n", " ").replace("\t", " "))
        for fig in finding.figures:
            if left <= fig.span.start and fig.span.end <= right:
                sentence.stylize(style, fig.span.start - left, fig.span.end - left)
        out.append((line, sentence))
    return out


def _rows(console: Console, label: Text | str, body: Text, indent: int = 2) -> list[Text]:
    """`label` then `body` wrapped to the console width, continuation lines
    indented under the body (hanging indent), no trailing padding."""
    label = label if isinstance(label, Text) else Text(label, style="dim")
    gutter = indent + LABEL_WIDTH
    width = max(console.width - gutter, 20)
    lines = body.wrap(console, width, overflow="fold") if body.plain else [Text()]
    out = []
    for i, piece in enumerate(lines):
        piece.rstrip()
        row = Text(" " * indent)
        if i == 0:
            row.append_text(label)
            row.append(" " * max(LABEL_WIDTH - label.cell_len, 1))
        else:
            row.append(" " * LABEL_WIDTH)
        row.append_text(piece)
        out.append(row)
    return out


def _gutter(line: int | str) -> Text:
    return Text(f"{line:>{LABEL_WIDTH - 3}} │", style="dim")


def _finding(doc: DocumentAudit, finding: Finding, console: Console) -> list[Text]:
    head = Text()
    first = finding.figures[0] if finding.figures else None
    head.append(location(doc.path, first, page=False), style="bold")
    head.append(" ")
    if first is not None and first.span.page is not None:
        head.append(f"page {first.span.page} ", style="bold")
    # a severity means something only for what failed; other findings show their status instead
    if finding.status is Status.INCONSISTENT:
        head.append(finding.severity.value, style=SEVERITY_STYLES[finding.severity])
    else:
        head.append(LABELS[finding.status], style=STYLES[finding.status])
    head.append(" ")
    head.append(finding.check, style="magenta")
    if finding.suppression:
        head.append(f" (suppressed: {finding.suppression})", style="dim")
    if finding.rule_file:
        head.append(f" rule file {finding.rule_file}", style="dim")

    rows = [head]
    rows += _rows(console, "", Text(headline(finding), style="bold"))
    for line, sentence in _sentences(doc, finding):
        wrapped = _rows(console, _gutter(line), sentence)
        # continue the gutter bar on wrapped lines
        rows += [wrapped[0]] + [Text.assemble(" " * 2, _gutter(""), " ", r[2 + LABEL_WIDTH:]) for r in wrapped[1:]]
    if finding.status is Status.IMPLIED:
        value = Text(finding.computed, style=STYLES[Status.IMPLIED])
        if finding.implied:
            value = Text.assemble((finding.implied + " ", ""), value)
        value.append(" (not stated in the text)", style="dim")
        rows += _rows(console, "implied", value)
    else:
        if finding.stated:
            rows += _rows(console, "stated", Text(finding.stated))
        if finding.calculation or finding.computed:
            rows += _rows(console, "figures give", Text(figures_give(finding)))
        if finding.miss is not None:
            rows += _rows(console, "miss", Text(miss_text(finding), style=STYLES[Status.INCONSISTENT]))
        if finding.readings:
            rows += _rows(console, "other reading", Text(readings_text(finding)))
    for note in finding.notes:
        rows += _rows(console, "note", Text(note))
    for place in finding.related:
        rows += _rows(console, "see", Text(place_text(place)))
    fix = fix_text(finding)
    if fix:
        rows += _rows(console, "fix", Text(fix))
    return rows


def render(result: AuditResult, console: Console, show_consistent: bool = False, show_found: bool = False) -> None:
    """Print the findings of `result`: inconsistent, implied and undetermined ones
    (consistent and suppressed ones too with `show_consistent`, coincidental sums with
    `show_found`), the unused suppressions, and a summary line."""
    for doc in result.documents:
        render_document(doc, console, show_consistent, show_found)
    render_summary(result, console, show_consistent, show_found)


def render_document(doc: DocumentAudit, console: Console, show_consistent: bool = False,
                    show_found: bool = False) -> None:
    """The findings and unused suppressions of one document (printed as soon as it is audited)."""
    for finding in ordered(doc.findings):
        if not listed(finding, show_consistent, show_found):
            continue
        for row in _finding(doc, finding, console):
            console.print(row, highlight=False)
        console.print()
    for u in doc.unused_suppressions:
        line = Text()
        line.append(unused_location(doc.path, u), style="bold")
        line.append(" note", style=SEVERITY_STYLES[Severity.NOTE])
        line.append(" unused-suppression", style="magenta")
        for row in [line] + _rows(console, "", Text(unused_message(u))):
            console.print(row, highlight=False)
        console.print()


def render_summary(result: AuditResult, console: Console, show_consistent: bool = False,
                   show_found: bool = False) -> None:
    """The last line: what was read and checked in all documents, and what was not readable."""
    totals = {s: 0 for s in Status}
    suppressed = figures = unused = 0
    for doc in result.documents:
        figures += doc.figure_count
        suppressed += counts(doc)["suppressed"]
        unused += len(doc.unused_suppressions)
        for finding in doc.findings:
            totals[finding.status] += 1
    relations = sum(totals.values())
    files = len(result.documents)
    summary = Text()
    summary.append(f"{files} file{'s' if files != 1 else ''}, {figures} figures read, {relations} relations checked: ")
    open_ = totals[Status.INCONSISTENT] - suppressed
    summary.append(f"{open_} inconsistent", style=STYLES[Status.INCONSISTENT] if open_ else "")
    summary.append(f", {totals[Status.CONSISTENT]} consistent", style="green")
    summary.append(f", {totals[Status.IMPLIED]} implied", style="cyan")
    if totals[Status.UNDETERMINED]:
        summary.append(f", {totals[Status.UNDETERMINED]} undetermined", style="yellow")
    if suppressed:
        summary.append(f", {suppressed} inconsistent but suppressed", style="dim")
    if unused:
        summary.append(f", {unused} unused suppression{'s' if unused != 1 else ''}", style="blue")
    if result.errors:
        summary.append(f", {len(result.errors)} unreadable", style="bold red")
    found = sum(1 for doc in result.documents for f in doc.findings if f.found_by_search and f.status is Status.CONSISTENT)
    if not show_consistent and (totals[Status.CONSISTENT] - found or suppressed):
        summary.append("  (consistent and suppressed findings hidden; --show-consistent lists them)", style="dim")
    if found and not show_found:
        summary.append(f"  ({found} relation{'s' if found != 1 else ''} found only by searching the figures' "
                       "arithmetic hidden; --show-found lists them)", style="dim")
    console.print(summary, highlight=False)
