"""What every renderer shares: positions, the wording of a finding's fields,
check descriptions and the order findings are shown in. No I/O, no rich.

Renderers decide nothing: statuses, severities and suppressions come from the
finding; this module only lays them out the same way in every format.
"""
from __future__ import annotations

import json
import os

from auditor import wording
from auditor.model import DocumentAudit, Figure, Finding, Place, Status, UnusedSuppression

STATUS_ORDER = (Status.INCONSISTENT, Status.IMPLIED, Status.UNDETERMINED, Status.CONSISTENT)
UNUSED_SUPPRESSION = "unused-suppression"
UNUSED_SUPPRESSION_SUMMARY = "A suppression (inline directive or baseline entry) that matched no finding."
UNUSED_SUPPRESSION_DOC = """## What it checks
An `audit: ignore[...]` or `audit: disable[...]` directive, or a baseline entry, that suppresses nothing.

## Why it matters
A stale suppression hides nothing today but will silently hide a real inconsistency that appears there later.

## Example
`<!-- audit: ignore[share-of-total] -->` above a paragraph that no longer states a share.

## Fix
Delete the directive, or regenerate the baseline with `--write-baseline`.
"""

def headline(finding: Finding) -> str:
    """The problem in the reader's terms (a finding built without one: its whole message)."""
    return finding.headline or finding.message


def figures_give(finding: Finding) -> str:
    """"495,000 / 795,000 = 62.26%": the calculation at the stated precision plus one digit,
    with the range the figures' rounding allows when rounding matters to the verdict."""
    value = finding.computed_point or finding.computed
    if not finding.calculation or finding.calculation == value:
        return value
    text = f"{finding.calculation} = {value}"
    if finding.miss is not None and finding.miss.at_least and finding.computed != value:
        text += f" ({finding.computed} allowing for rounding)"
    return text


def miss_text(finding: Finding) -> str:
    """"off by 7.7 points", and the least miss rounding allows when that differs much."""
    if finding.miss is None:
        return ""
    text = f"off by {finding.miss.text}"
    if finding.miss.at_least:
        text += f", at least {finding.miss.at_least} allowing for rounding"
    return text


def readings_text(finding: Finding) -> str:
    return wording.readings_text(finding.readings)


def fix_text(finding: Finding) -> str:
    """What to do: the check's fix, and the stated value that would agree with the figures."""
    if finding.status in (Status.CONSISTENT, Status.IMPLIED):
        return ""
    text = finding.fix
    if finding.consistent_value:
        text += f"{' ' if text else ''}A stated {finding.consistent_value} would agree with the other figures."
    return text


def place_text(place: Place) -> str:
    """Where a finding's other value stands: "official.csv:4:32 (the table's row for new urban jobs: 484000)"."""
    where = f"{place.path}:{place.line}:{place.column}"
    return f"{where} ({place.label}: {place.text})" if place.text else f"{where} ({place.label})"


def one_line(finding: Finding) -> str:
    """The finding on one line, for annotations and the concise format: the headline and the miss."""
    text = headline(finding)
    if finding.status is Status.IMPLIED:
        return f"{text}: {finding.implied} implied {finding.computed}".replace(":  implied", ": implied")
    miss = miss_text(finding)
    if miss:
        text += f"; {miss}"
    if finding.notes:
        text += f" ({'; '.join(finding.notes)})"
    if finding.related:
        text += f" [see {'; '.join(place_text(p) for p in finding.related)}]"
    return text


def listed(finding: Finding, show_consistent: bool = False, show_found: bool = False) -> bool:
    """Whether a listing of findings shows this one: what failed or is implied always; what
    checks out and what is suppressed with --show-consistent; a relation that a search of the
    figures' arithmetic found ("four + two adds up to six"), which may hold by coincidence,
    only with --show-found."""
    if finding.found_by_search and finding.status is Status.CONSISTENT:
        return show_found
    return show_consistent or not (finding.status is Status.CONSISTENT or finding.suppression)


def ordered(findings) -> list[Finding]:
    return sorted(findings, key=lambda f: (STATUS_ORDER.index(f.status), bool(f.suppression),
                                           f.span.start if f.span else 0))


def end_position(fig: Figure) -> tuple[int, int]:
    """1-based line and column just after the figure's last character."""
    lines = fig.text.split("\n")
    if len(lines) == 1:
        return fig.span.line, fig.span.column + len(fig.text)
    return fig.span.line + len(lines) - 1, len(lines[-1]) + 1


def location(path: str, fig: Figure | None, page: bool = True) -> str:
    """`path:line:column`, and ` (page N)` for paged input unless `page` is False."""
    if fig is None:
        return path
    where = f"{path}:{fig.span.line}:{fig.span.column}"
    return where + (f" (page {fig.span.page})" if page and fig.span.page is not None else "")


def unused_location(path: str, u: UnusedSuppression) -> str:
    return f"{path}:{u.line}:{u.column}" if u.line is not None else path


def unused_message(u: UnusedSuppression) -> str:
    if u.kind == "baseline":
        check = f" [{u.checks[0]}]" if u.checks else ""
        return f"baseline entry{check} matches no finding any more: {u.text}"
    names = ", ".join(u.checks)
    return f"unused suppression: '{u.text}'" + (f" suppresses no {names} finding" if names else " suppresses nothing")


def counts(doc: DocumentAudit) -> dict[str, int]:
    out = {s.value: 0 for s in Status}
    for f in doc.findings:
        out[f.status.value] += 1
    out["suppressed"] = sum(1 for f in doc.findings if f.suppression and f.status is Status.INCONSISTENT)
    return out


def check_info(check_id: str) -> tuple[str, str]:
    """(one-line summary, markdown doc) of a built-in check, or generic text for a rule."""
    if check_id == UNUSED_SUPPRESSION:
        return UNUSED_SUPPRESSION_SUMMARY, UNUSED_SUPPRESSION_DOC
    try:
        from auditor.checks import CHECKS
    except Exception:  # pragma: no cover - the registry is being rebuilt
        CHECKS = {}
    check = CHECKS.get(check_id)
    if check is not None:
        return check.summary, check.doc
    summary = f"Relation '{check_id}' stated by a rule file."
    return summary, f"## What it checks\n{summary}\n\n## Fix\nSee the rule file that defines `{check_id}`.\n"


def first_paragraph(markdown: str, heading: str = "What it checks") -> str:
    from auditor.checks.base import doc_section

    return doc_section(markdown, heading) or " ".join(markdown.split())


def relative_path(path: str) -> str:
    """A path relative to the working directory (the repository root in CI), with
    forward slashes; paths outside it stay absolute."""
    if path.startswith("<") or path == "-":
        return path.strip("<>")
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, os.getcwd())
    if relative.startswith(".."):
        return absolute.replace(os.sep, "/")
    return relative.replace(os.sep, "/")


def artifact_uri(path: str) -> str:
    """A URI reference for SARIF: relative and percent-encoded, or file:// when absolute."""
    from pathlib import Path
    from urllib.parse import quote

    rel = relative_path(path)
    if os.path.isabs(rel):
        return Path(rel).as_uri()
    return quote(rel)


# -- JSON ---------------------------------------------------------------------------

class Raw(str):
    """JSON text already written (by `json_text_at`), placed in a value as it is."""


def json_text_at(value, depth: int) -> str:
    """`value` as `json_text` writes it `depth` levels deep in a larger value: the inner
    lines indented for that depth, so that it can be placed there as `Raw` text."""
    out: list[str] = []
    _json_into(value, out, "\n" + "  " * depth, depth)
    return "".join(out)


def json_text(value) -> str:
    """`value` as JSON: containers indented by two spaces as `json.dumps(indent=2)` does, down
    to the records, which take one line each: a dict in a list two or more levels down (a
    figure, a finding, a SARIF result or rule). One record a line reads well, greps and diffs
    well, and is written by json's C encoder at once: a long report holds hundreds of
    thousands of values, and json's indenting writer is pure Python, one call per value."""
    out: list[str] = []
    _json_into(value, out, "\n", 0)
    return "".join(out)


_json_str = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes strings with
# how json writes a value of each plain type, looked up by exact type (subclasses of str and int
# take the slower way below, which json treats alike)
_PLAIN = {str: _json_str, int: int.__repr__, bool: lambda b: "true" if b else "false", type(None): lambda _: "null"}
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)
# json's C encoder, made once with the settings _RECORD_ENCODER.encode makes it with at every call
# (a record is a dict, never a bare string): a long report writes a record tens of thousands of times
_ENCODE_RECORD = None if json.encoder.c_make_encoder is None else json.encoder.c_make_encoder(
    None, _RECORD_ENCODER.default, _json_str, None, _RECORD_ENCODER.key_separator, _RECORD_ENCODER.item_separator,
    False, False, True)


def one_line_json(record: dict) -> str:
    """A record on one line, as json.dumps(record, ensure_ascii=False) writes it."""
    if _ENCODE_RECORD is None:
        return _RECORD_ENCODER.encode(record)
    return "".join(_ENCODE_RECORD(record, 0))
RECORD_DEPTH = 3  # a dict in a list at this depth or deeper is a record


def _json_into(value, out: list[str], newline: str, depth: int) -> None:
    write = _PLAIN.get(type(value))
    if write is not None:
        out.append(write(value))
    elif isinstance(value, Raw):
        out.append(value)
    elif isinstance(value, str):
        out.append(_json_str(value))
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, (list, tuple, dict)):
        if not value:
            out.append("{}" if isinstance(value, dict) else "[]")
            return
        inner = newline + "  "
        separator = inner
        if isinstance(value, dict):
            out.append("{")
            for key, item in value.items():
                key = _json_str(key if isinstance(key, str) else _json_key(key))
                write = _PLAIN.get(type(item))
                if write is not None:  # most values: written here, without a call per value
                    out.append(f"{separator}{key}: {write(item)}")
                else:
                    out.append(f"{separator}{key}: ")
                    _json_into(item, out, inner, depth + 1)
                separator = "," + inner
            out.append(newline + "}")
        else:
            out.append("[")
            records = depth + 1 >= RECORD_DEPTH
            for item in value:
                out.append(separator)
                if records and isinstance(item, dict):
                    out.append(one_line_json(item))
                else:
                    _json_into(item, out, inner, depth + 1)
                separator = "," + inner
            out.append(newline + "]")
    else:
        out.append(json.dumps(value))  # a float (NaN and infinities as json writes them), or json's TypeError


def _json_key(key) -> str:
    """A key that is not a string, as json writes it."""
    if isinstance(key, float):
        return json.dumps(key)
    if key is True or key is False or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
