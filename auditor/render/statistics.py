"""Counts per check and status, as `ruff --statistics`: the shape of a batch at a glance."""
from __future__ import annotations

from collections import Counter

from auditor.model import AuditResult, Status
from auditor.render.common import STATUS_ORDER


def rows(result: AuditResult) -> list[tuple[int, str, str]]:
    """(count, check, status) for every check and status that has findings, most first;
    suppressed inconsistencies are counted apart, as "suppressed"."""
    counts: Counter = Counter()
    for doc in result.documents:
        for f in doc.findings:
            status = "suppressed" if f.suppression and f.status is Status.INCONSISTENT else f.status.value
            counts[(f.check, status)] += 1
        if doc.unused_suppressions:
            counts[("unused-suppression", "note")] += len(doc.unused_suppressions)
    order = [s.value for s in STATUS_ORDER] + ["suppressed", "note"]
    return [(n, check, status) for (check, status), n in
            sorted(counts.items(), key=lambda item: (order.index(item[0][1]), -item[1], item[0][0]))]


def render(result: AuditResult) -> str:
    table = rows(result)
    if not table:
        return "No relations checked.\n"
    total = sum(n for n, _, _ in table)
    count_width = len(str(total))
    check_width = max(len(check) for _, check, _ in table)
    lines = [f"{n:>{count_width}}  {check:<{check_width}}  {status}" for n, check, status in table]
    lines.append(f"{total:>{count_width}}  total")
    return "\n".join(lines) + "\n"
