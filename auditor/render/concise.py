"""One line per finding, as ruff's concise output: `path:line:column: check status headline`.

The same findings as the terminal report (the options that list consistent, suppressed and
found relations apply alike), each on one line that a grep, an editor's quickfix list or a
diff reads, then one summary line.
"""
from __future__ import annotations

from auditor.model import AuditResult, DocumentAudit, Status
from auditor.render.common import listed, location, one_line, ordered, unused_location, unused_message


def document_lines(doc: DocumentAudit, show_consistent: bool = False, show_found: bool = False) -> str:
    lines = []
    for f in ordered(doc.findings):
        if not listed(f, show_consistent, show_found):
            continue
        where = location(doc.path, f.figures[0] if f.figures else None, page=False)
        status = f.status.value + (f" (suppressed: {f.suppression})" if f.suppression else "")
        lines.append(f"{where}: {f.check} {status} {one_line(f)}")
    for u in doc.unused_suppressions:
        lines.append(f"{unused_location(doc.path, u)}: unused-suppression note {unused_message(u)}")
    return "".join(line.replace("\n", " ") + "\n" for line in lines)


def summary_line(result: AuditResult) -> str:
    """"Found 2 inconsistencies in 3 files." (ruff's "Found 2 errors."), and what was unreadable."""
    open_ = sum(1 for d in result.documents for f in d.findings
                if f.status is Status.INCONSISTENT and not f.suppression)
    files = len(result.documents)
    text = (f"Found {open_} inconsistenc{'ies' if open_ != 1 else 'y'} in {files} file{'s' if files != 1 else ''}"
            if open_ else f"No inconsistencies in {files} file{'s' if files != 1 else ''}")
    if result.errors:
        text += f"; {len(result.errors)} unreadable"
    return text + ".\n"


def render(result: AuditResult, show_consistent: bool = False, show_found: bool = False) -> str:
    return "".join(document_lines(d, show_consistent, show_found) for d in result.documents) + summary_line(result)
