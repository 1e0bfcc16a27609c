"""One self-contained HTML file: the report text with every checked figure
highlighted (inconsistent ones in red), each linked to its finding, and the
findings beside it, each linking back. No scripts, fonts or requests: inline
CSS only, so the file opens offline and can be attached to a review.

Everything from the report is escaped with `html.escape`.
"""
from __future__ import annotations

from html import escape

from auditor.model import AuditResult, DocumentAudit, Finding, Status
from auditor.render.common import (
    counts, figures_give, fix_text, headline, location, miss_text, one_line, ordered, readings_text, unused_location,
    unused_message, place_text,
)

PRIORITY = {Status.INCONSISTENT: 0, Status.IMPLIED: 1, Status.UNDETERMINED: 2, Status.CONSISTENT: 3}

CSS = """
:root { --red:#c62828; --red-bg:#ffebee; --green:#2e7d32; --green-bg:#e8f5e9; --cyan:#00838f;
        --cyan-bg:#e0f7fa; --amber:#8d6e00; --amber-bg:#fff8e1; --grey:#616161; --grey-bg:#f1f1f1; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fafafa; }
header { padding: 14px 24px; background: #263238; color: #fff; }
header h1 { margin: 0 0 4px; font-size: 19px; }
header p { margin: 0; color: #cfd8dc; }
.doc { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 20px; padding: 18px 24px; }
.doc > h2 { grid-column: 1 / -1; margin: 0; font-size: 17px; word-break: break-all; }
.report { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 16px 20px; margin: 0;
          white-space: pre-wrap; overflow-wrap: anywhere; font: 14.5px/1.7 Georgia, "Times New Roman", serif; }
.findings { display: flex; flex-direction: column; gap: 10px; }
.fig { text-decoration: none; border-radius: 3px; padding: 0 2px; color: inherit; border-bottom: 2px solid; }
.fig.inconsistent { background: var(--red-bg); border-color: var(--red); color: var(--red); font-weight: 700; }
.fig.implied { background: var(--cyan-bg); border-color: var(--cyan); }
.fig.undetermined { background: var(--amber-bg); border-color: var(--amber); }
.fig.consistent { background: var(--green-bg); border-color: var(--green); }
.fig.suppressed { background: var(--grey-bg); border-color: var(--grey); color: var(--grey); font-weight: 400; }
.finding { background: #fff; border: 1px solid #ddd; border-left: 5px solid var(--grey); border-radius: 6px; padding: 10px 14px; }
.finding.inconsistent { border-left-color: var(--red); }
.finding.implied { border-left-color: var(--cyan); }
.finding.undetermined { border-left-color: var(--amber); }
.finding.consistent { border-left-color: var(--green); }
.finding.suppressed { opacity: .7; }
.finding:target { outline: 3px solid #1565c0; }
.finding h3 { margin: 0 0 4px; font-size: 14px; font-weight: 600; }
.finding .where, .figs .where { white-space: nowrap; } .finding .where { font: 12.5px ui-monospace, "DejaVu Sans Mono", monospace; color: var(--grey); word-break: break-all; }
.badge { display: inline-block; font-size: 11.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em;
         border-radius: 3px; padding: 0 6px; margin-right: 6px; color: #fff; background: var(--grey); }
.badge.inconsistent { background: var(--red); } .badge.implied { background: var(--cyan); }
.badge.consistent { background: var(--green); } .badge.undetermined { background: var(--amber); }
.check { font: 12.5px ui-monospace, "DejaVu Sans Mono", monospace; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0 0; font-size: 13.5px; }
dt { color: var(--grey); } dd { margin: 0; }
.miss { color: var(--red); font-weight: 600; }
.figs a { margin-right: 6px; }
.summary-counts b.inconsistent { color: #ff8a80; }
.legend { margin-top: 6px; font-size: 12.5px; } .legend .fig { color: #1b1b1b; } .legend .fig.inconsistent { color: var(--red); }
.unused { font-size: 13.5px; color: var(--grey); }
.errors { margin: 18px 24px; padding: 10px 14px; background: var(--red-bg); border-radius: 6px; }
dd { min-width: 0; overflow-wrap: anywhere; }
.index { margin: 18px 24px 0; padding: 10px 14px; background: #fff; border: 1px solid #ddd; border-radius: 6px; }
.index h2 { margin: 0 0 4px; font-size: 16px; }
.index ol { margin: 0; padding-left: 22px; } .index li { margin: 3px 0; overflow-wrap: anywhere; }
.index .counts { color: var(--grey); font-size: 13.5px; }
details.collapsed > summary { cursor: pointer; font-weight: 600; color: var(--green); padding: 4px 0; }
details.collapsed > .finding { margin-top: 10px; }
.fig.found { border-bottom-style: dotted; }
/* narrow screens: the report and its findings stacked, one column each */
@media (max-width: 820px) {
  header { padding: 12px 14px; }
  .doc { grid-template-columns: minmax(0, 1fr); gap: 12px; padding: 12px; }
  .report { padding: 12px; font-size: 14px; }
  .index, .errors { margin: 12px; }
  dl { grid-template-columns: minmax(0, 1fr); } dt { margin-top: 4px; }
  .finding .where { white-space: normal; }
}
"""


LEGEND = ('<p class="legend"><span class="fig inconsistent">inconsistent</span> <span class="fig implied">implied</span> '
          '<span class="fig undetermined">undetermined</span> <span class="fig consistent">consistent</span> '
          '<span class="fig suppressed">suppressed</span> — click a figure to see its finding</p>')


def _figure_links(doc: DocumentAudit, findings: list[Finding]) -> dict[str, tuple[Finding, int, list[int]]]:
    """For each figure id in a finding: the finding it links to (the most severe),
    that finding's number, and the numbers of every finding it appears in."""
    out: dict[str, tuple[Finding, int, list[int]]] = {}
    for number, f in enumerate(findings, start=1):
        for fig in f.figures:
            if fig.id not in out:
                out[fig.id] = (f, number, [number])
                continue
            best, best_no, numbers = out[fig.id]
            numbers.append(number)
            key = (bool(f.suppression), PRIORITY[f.status])
            if key < (bool(best.suppression), PRIORITY[best.status]):
                out[fig.id] = (f, number, numbers)
    return out


def _status_class(f: Finding) -> str:
    if f.suppression:
        return "suppressed"
    return f.status.value + (" found" if f.found_by_search and f.status is Status.CONSISTENT else "")


def _text(doc: DocumentAudit, anchor: str, findings: list[Finding]) -> str:
    links = _figure_links(doc, findings)
    figures = sorted({fig.id: fig for f in findings for fig in f.figures}.values(), key=lambda g: g.span.start)
    out, pos = [], 0
    for fig in figures:
        if fig.span.start < pos or fig.span.end > len(doc.text):
            continue  # overlapping or outside the text: leave it plain
        finding, number, numbers = links[fig.id]
        out.append(escape(doc.text[pos:fig.span.start]))
        title = f"{finding.status.value}: {one_line(finding)}"
        if len(numbers) > 1:
            title += f" (findings {', '.join(map(str, numbers))})"
        out.append(f'<a class="fig {_status_class(finding)}" id="{anchor}-{escape(fig.id)}" '
                   f'href="#{anchor}-finding-{number}" title="{escape(title)}">{escape(doc.text[fig.span.start:fig.span.end])}</a>')
        pos = fig.span.end
    out.append(escape(doc.text[pos:]))
    return "".join(out)


def _finding(doc: DocumentAudit, anchor: str, number: int, f: Finding) -> str:
    rows = []
    if f.status is Status.IMPLIED:
        rows.append(("implied", escape(f"{f.implied} {f.computed}".strip()) + " <i>(not stated in the text)</i>"))
    else:
        if f.stated:
            rows.append(("stated", escape(f.stated)))
        if f.calculation or f.computed:
            rows.append(("figures give", escape(figures_give(f))))
        if f.miss is not None:
            rows.append(("miss", f'<span class="miss">{escape(miss_text(f))}</span>'))
        if f.readings:
            rows.append(("other reading", escape(readings_text(f))))
    rows += [("note", escape(note)) for note in f.notes]
    rows += [("see", escape(place_text(place))) for place in f.related]
    if fix_text(f):
        rows.append(("fix", escape(fix_text(f))))
    figs = " ".join(f'<a href="#{anchor}-{escape(x.id)}">{escape(x.text)}</a>'
                    f' <span class="where">{"p" + str(x.span.page) + " " if x.span.page else ""}'
                    f'{x.span.line}:{x.span.column}</span>' for x in f.figures)
    rows.append(("figures", f'<span class="figs">{figs}</span>'))
    body = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    suppressed = f' <span class="badge">suppressed: {escape(f.suppression)}</span>' if f.suppression else ""
    return (f'<article class="finding {_status_class(f)} {f.status.value}" id="{anchor}-finding-{number}">'
            f'<div><span class="badge {f.status.value}">{f.status.value}</span>'
            f'<span class="check">{escape(f.check)}</span> · {f.severity.value}{suppressed}</div>'
            f'<h3>{number}. {escape(headline(f))}</h3>'
            f'<div class="where">{escape(location(doc.path, f.figures[0] if f.figures else None))}</div>'
            f'<dl>{body}</dl></article>')


def _count_line(c: dict[str, int], relations: int) -> str:
    """The counts of each outcome, which add up to the relations checked."""
    open_ = c["inconsistent"] - c["suppressed"]
    parts = [f'<b class="inconsistent">{open_} inconsistent</b>']
    if c["suppressed"]:
        parts.append(f'{c["suppressed"]} suppressed')
    parts += [f'{c["undetermined"]} undetermined', f'{c["implied"]} implied', f'{c["consistent"]} consistent']
    return " · ".join(parts) + f" = {relations} relation{'s' if relations != 1 else ''} checked"


def _collapsed(cards: list[str], label: str) -> str:
    """Cards closed under a summary line: what checks out is there to look up, not to read.
    (A link to a card inside opens it: browsers open a closed <details> they navigate into.)"""
    if not cards:
        return ""
    return f'<details class="collapsed"><summary>{label}</summary>{"".join(cards)}</details>'


def _cards(doc: DocumentAudit, anchor: str, findings: list[Finding]) -> str:
    """The findings to read first (inconsistent, implied, undetermined, suppressed), then
    the consistent ones collapsed, those a search of the arithmetic found apart."""
    shown, consistent, found = [], [], []
    for number, f in enumerate(findings, start=1):
        card = _finding(doc, anchor, number, f)
        if f.status is Status.CONSISTENT and not f.suppression:
            (found if f.found_by_search else consistent).append(card)
        else:
            shown.append(card)
    return ("".join(shown)
            + _collapsed(consistent, f"{len(consistent)} consistent relation{'s' if len(consistent) != 1 else ''}")
            + _collapsed(found, f"{len(found)} relation{'s' if len(found) != 1 else ''} found only by searching "
                                "the figures' arithmetic (may hold by coincidence)"))


def render(result: AuditResult, title: str = "Report audit") -> str:
    sections, index = [], []
    totals = {"figures": 0, "relations": 0, **{key: 0 for key in counts(DocumentAudit("", "", (), ()))}}
    for i, doc in enumerate(result.documents, start=1):
        anchor = f"d{i}"
        c = counts(doc)
        totals["figures"] += len(doc.figures)
        totals["relations"] += len(doc.findings)
        for key, n in c.items():
            totals[key] += n
        findings = ordered(doc.findings)
        unused = "".join(f'<p class="unused">{escape(unused_location(doc.path, u))}: {escape(unused_message(u))}</p>'
                         for u in doc.unused_suppressions)
        index.append(f'<li><a href="#{anchor}">{escape(doc.path)}</a> '
                     f'<span class="counts">{_count_line(c, len(doc.findings))}</span></li>')
        sections.append(
            f'<section class="doc" id="{anchor}"><h2>{escape(doc.path)}</h2>'
            f'<pre class="report">{_text(doc, anchor, findings)}</pre>'
            f'<div class="findings">{_cards(doc, anchor, findings) or "<p>No relations found.</p>"}{unused}</div>'
            f'</section>')
    errors = ""
    if result.errors:
        errors = '<div class="errors"><b>Could not be read:</b><ul>' + "".join(
            f"<li>{escape(str(e))}</li>" for e in result.errors) + "</ul></div>"
    files = len(result.documents)
    summary = (f'<p class="summary-counts">{_count_line(totals, totals["relations"])} — '
               f'{totals["figures"]} figures read, {files} file{"s" if files != 1 else ""}</p>')
    nav = f'<nav class="index"><h2>Files</h2><ol>{"".join(index)}</ol></nav>' if files > 1 else ""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
            f"<header><h1>{escape(title)}</h1>{summary}{LEGEND}</header>{errors}{nav}{''.join(sections)}"
            f"<footer style=\"padding:8px 24px;color:#757575;font-size:12px\">report-auditor "
            f"{escape(result.tool_version)}</footer></body></html>\n")
