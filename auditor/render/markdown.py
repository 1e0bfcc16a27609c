"""A Markdown summary for a pull-request comment: a summary line and a table
of the inconsistent findings (suppressed ones listed apart), then the implied
values and unused suppressions."""
from __future__ import annotations

from auditor.model import AuditResult, Status
from auditor.render.common import (
    counts, figures_give, fix_text, headline, location, miss_text, one_line, ordered, unused_location, unused_message,
    place_text,
)


def _cell(text: str) -> str:
    text = " ".join(str(text).split())
    for ch in "\\|`*_[]<>$~":
        text = text.replace(ch, "\\" + ch)
    return text


def _code(text: str) -> str:
    return "`" + " ".join(str(text).split()).replace("`", "'").replace("|", "\\|") + "`"


def render(result: AuditResult) -> str:
    totals = {"figures": 0, "relations": 0, "inconsistent": 0, "consistent": 0, "implied": 0, "suppressed": 0}
    for doc in result.documents:
        c = counts(doc)
        totals["figures"] += len(doc.figures)
        totals["relations"] += len(doc.findings)
        for key in ("inconsistent", "consistent", "implied", "suppressed"):
            totals[key] += c[key]
    open_ = totals["inconsistent"] - totals["suppressed"]
    out = ["## Report audit", ""]
    files = len(result.documents)
    out.append(f"{'❌' if open_ else '✅'} **{open_} inconsistent** "
               f"in {files} file{'s' if files != 1 else ''}: {totals['figures']} figures read, "
               f"{totals['relations']} relations checked, {totals['consistent']} consistent, "
               f"{totals['implied']} implied" + (f", {totals['suppressed']} suppressed" if totals["suppressed"] else "")
               + ".")
    out.append("")
    rows, suppressed, implied, unused = [], [], [], []
    for doc in result.documents:
        for f in ordered(doc.findings):
            where = location(doc.path, f.figures[0] if f.figures else None)
            if f.related:  # the value it is compared with stands in another file
                where += " vs " + "; ".join(place_text(p) for p in f.related)
            if f.status is Status.INCONSISTENT:
                row = (f"| {_code(where)} | {_code(f.check)} | {f.severity.value} | {_cell(headline(f))} "
                       f"| {_cell(f.stated)} | {_cell(figures_give(f))} | {_cell(miss_text(f))} | {_cell(fix_text(f))} |")
                (suppressed if f.suppression else rows).append(row)
            elif f.status is Status.IMPLIED:
                implied.append(f"- {_code(where)} {_cell(one_line(f))}")
        for u in doc.unused_suppressions:
            unused.append(f"- {_code(unused_location(doc.path, u))} {_cell(unused_message(u))}")
    header = ["| Location | Check | Severity | Finding | Stated | Figures give | Miss | Fix |",
              "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    if rows:
        out += header + rows + [""]
    else:
        out += ["No inconsistencies found.", ""]
    if suppressed:
        out += ["<details><summary>Suppressed findings</summary>", ""] + header + suppressed + ["", "</details>", ""]
    if implied:
        out += ["**Implied values** (not stated in the text):", ""] + implied + [""]
    if unused:
        out += ["**Unused suppressions:**", ""] + unused + [""]
    if result.errors:
        out += ["**Could not be read:**", ""] + [f"- {_code(e.path)}: {_cell(e.message)}" for e in result.errors] + [""]
    return "\n".join(out)
