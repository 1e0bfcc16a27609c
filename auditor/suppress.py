"""Fingerprints, inline suppressions and baselines.

Fingerprint: content-based, like semgrep's `match_based_id`: the check id, the
texts of the figures involved and the normalised sentence(s) they stand in.
Line numbers play no part, so editing another part of the file keeps it; a
second identical finding in the same document gets an occurrence suffix.

Inline directives (an HTML comment, invisible in rendered Markdown and
harmless in plain text; or the same words alone on a line, optionally after
`#`, `//`, `%`, `;` or `..`, for formats with no comments):

    <!-- audit: ignore[same-measure-conflict] -->   the next paragraph, or the
                                                    paragraph it ends
    <!-- audit: ignore -->                          every check there
    <!-- audit: disable[share-of-total] --> ... <!-- audit: enable[share-of-total] -->
    audit: ignore[same-measure-conflict]            plain-text form

A finding is suppressed when one of its figures lies in the directive's
reach and its check is named (or none is). A directive, or a check named in
one, that suppresses nothing is reported as unused (ruff's RUF100).

Baseline: a JSON file of known findings (`--write-baseline FILE`), matched by
path (relative to the baseline file) and fingerprint (`--baseline FILE`).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, replace

try:  # CPython's own SHA-256 (the same digests): hashlib loads OpenSSL's libcrypto, 2-3 ms of every start
    from _sha256 import sha256  # (Python 3.11)
except ImportError:
    try:
        from _sha2 import sha256  # (Python 3.12 on)
    except ImportError:
        from hashlib import sha256

from auditor import lazy_re
from auditor.document import Document
from auditor.model import AuditResult, DocumentAudit, Finding, Status, UnusedSuppression, copied
from auditor.sources.sentences import normalized, sentence_bounds

BASELINE_VERSION = 1

_IDS = r"(?:\[(?P<{0}>[^\]\n]*)\])?"
DIRECTIVE = lazy_re.compile(
    r"<!--[ \t]*audit:[ \t]*(?P<verb>ignore|disable|enable)[ \t]*" + _IDS.format("ids") + r"[ \t]*-->"
    r"|^[ \t]*(?:#|//|%|;|\.\.)?[ \t]*\[?audit:[ \t]*(?P<verb2>ignore|disable|enable)[ \t]*"
    + _IDS.format("ids2") + r"\]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_LINE = lazy_re.compile(r"\n[ \t]*\n")


MAX_BASELINE_BYTES = 64_000_000  # tens of thousands of findings; a larger file is not a baseline


class BaselineError(ValueError):
    """The baseline file cannot be read; the message is one line."""


# -- fingerprints -------------------------------------------------------------

class Fingerprinter:
    """Fingerprints the findings of one document one at a time, in order: duplicates get `:2`,
    `:3`, ... (a long document's findings are fingerprinted as each section's are written)."""

    def __init__(self, text: str):
        self.text = text
        self.seen: dict[str, int] = {}
        # the normalised sentence of each figure span, for the next finding: a figure stands in many
        self.sentence_of: dict[tuple[int, int], str] = {}

    def __call__(self, finding: Finding) -> str:
        base = self._base(finding)
        self.seen[base] = self.seen.get(base, 0) + 1
        return base if self.seen[base] == 1 else f"{base}:{self.seen[base]}"

    def stamped(self, finding: Finding) -> Finding:
        """`finding` with its fingerprint."""
        return copied(finding, fingerprint=self(finding))

    def forget_sentences(self) -> None:
        """Drop the sentences kept so far: no later finding holds those figures (a section written)."""
        self.sentence_of.clear()

    def _base(self, finding: Finding) -> str:
        text = self.text
        # the rule file by name only: the same rules given as ./rules/x.yml or rules/x.yml match
        parts = [finding.check, os.path.basename(finding.rule_file or "")]
        parts += [f.text for f in finding.figures]
        sentences = []
        for f in finding.figures:
            if 0 <= f.span.start <= f.span.end <= len(text):
                key = (f.span.start, f.span.end)
                sentence = self.sentence_of.get(key)
                if sentence is None:
                    left, right = sentence_bounds(text, f.span.start, f.span.end)
                    sentence = self.sentence_of[key] = normalized(text[left:right])
                if sentence not in sentences:
                    sentences.append(sentence)
        parts += sentences or [normalized(finding.message)]
        return sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def fingerprints(text: str, findings) -> list[str]:
    """One fingerprint per finding, in order; duplicates get `:2`, `:3`, ..."""
    return list(map(Fingerprinter(text), findings))


def with_fingerprints(audit: DocumentAudit) -> DocumentAudit:
    if all(f.fingerprint for f in audit.findings):
        return audit
    prints = fingerprints(audit.text, audit.findings)
    return replace(audit, findings=tuple(copied(f, fingerprint=p) for f, p in zip(audit.findings, prints)))


# -- inline directives -----------------------------------------------------------

@dataclass(frozen=True)
class Directive:
    """An inline directive: what it does, to which checks, and the text it reaches."""

    verb: str
    checks: tuple[str, ...]  # empty: every check
    start: int  # of the directive text
    end: int
    reach: tuple[int, int]  # offsets of text the directive covers

    @property
    def text(self) -> str:
        names = f"[{', '.join(self.checks)}]" if self.checks else ""
        return f"audit: {self.verb}{names}"


def _paragraph_after(text: str, pos: int) -> tuple[int, int]:
    nl = text.find("\n", pos)
    start = len(text) if nl < 0 else nl + 1
    while start < len(text) and text[start] in " \t\n":
        start += 1
    m = _BLANK_LINE.search(text, start)
    return start, (m.start() if m else len(text))


def _paragraph_around(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _BLANK_LINE.finditer(text, 0, pos):
        start = m.end()
    m = _BLANK_LINE.search(text, pos)
    return start, (m.start() if m else len(text))


def directives(text: str) -> list[Directive]:
    found = []
    for m in DIRECTIVE.finditer(text):
        verb = (m.group("verb") or m.group("verb2")).lower()
        ids = m.group("ids") if m.group("verb") else m.group("ids2")
        checks = tuple(sorted({c.strip() for c in (ids or "").split(",") if c.strip()}))
        found.append((verb, checks, m.start(), m.end()))
    out: list[Directive] = []
    for i, (verb, checks, start, end) in enumerate(found):
        if verb == "ignore":
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            alone = not text[line_start:start].strip() and not text[end:line_end].strip()
            reach = _paragraph_after(text, end) if alone else _paragraph_around(text, start)
        elif verb == "disable":
            stop = len(text)
            for verb2, checks2, start2, _ in found[i + 1:]:
                if verb2 == "enable" and (not checks2 or set(checks) <= set(checks2)):
                    stop = start2
                    break
            reach = (end, stop)
        else:
            continue  # an enable only closes a disable
        out.append(Directive(verb, checks, start, end, reach))
    return out


class InlineDirectives:
    """The inline directives of one document, applied to its findings one at a time: `apply`
    marks a finding they suppress, `unused` lists afterwards what suppressed nothing."""

    def __init__(self, text: str):
        self.found = directives(text)
        self.used: dict[tuple[int, str], bool] = {}
        for d in self.found:
            for c in d.checks or ("",):
                self.used[(d.start, c)] = False

    def apply(self, finding: Finding) -> Finding:
        hit = False
        for d in self.found:
            lo, hi = d.reach
            if not any(lo <= f.span.start < hi for f in finding.figures):
                continue
            if d.checks and finding.check not in d.checks:
                continue
            self.used[(d.start, finding.check if d.checks else "")] = True
            hit = True
        # only findings that would be reported need suppressing; a directive over a
        # consistent relation still counts as used (the relation is there)
        return copied(finding, suppression="inline") if hit and not finding.suppression else finding

    def unused(self, document: Document) -> tuple[UnusedSuppression, ...]:
        unused = []
        for d in self.found:
            idle = tuple(c for c in (d.checks or ("",)) if not self.used[(d.start, c)])
            if not idle:
                continue
            line, column = document.position(d.start)
            unused.append(UnusedSuppression("inline", tuple(c for c in idle if c), d.text, line, column))
        return tuple(unused)


def apply_inline(document: Document, audit: DocumentAudit) -> DocumentAudit:
    """Fingerprint every finding, mark those an inline directive suppresses and
    list the directives (or the check names in them) that suppressed nothing."""
    audit = with_fingerprints(audit)
    inline = InlineDirectives(audit.text)
    if not inline.found:
        return audit
    findings = tuple(map(inline.apply, audit.findings))
    return replace(audit, findings=findings, unused_suppressions=audit.unused_suppressions + inline.unused(document))


# -- baselines ---------------------------------------------------------------------

def _baseline_path(doc_path: str, baseline_file: str) -> str:
    if doc_path.startswith("<") or doc_path == "-":
        return doc_path
    base_dir = os.path.dirname(os.path.abspath(baseline_file))
    return os.path.relpath(os.path.abspath(doc_path), base_dir).replace(os.sep, "/")


def baseline_entries(result: AuditResult, baseline_file: str) -> list[dict]:
    entries = []
    for doc in result.documents:
        doc = with_fingerprints(doc)
        for f in doc.findings:
            if f.status is Status.INCONSISTENT and f.suppression != "inline":
                entries.append({"check": f.check, "path": _baseline_path(doc.path, baseline_file),
                                "fingerprint": f.fingerprint, "message": f.message})
    return entries


def write_baseline(result: AuditResult, baseline_file: str, tool_version: str = "") -> int:
    entries = baseline_entries(result, baseline_file)
    payload = {"version": BASELINE_VERSION, "tool": {"name": "report-auditor", "version": tool_version},
               "findings": entries}
    with open(baseline_file, "w", encoding="utf-8") as out:
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return len(entries)


def load_baseline(baseline_file: str) -> list[dict]:
    from auditor.limits import LimitError, load_json

    try:
        with open(baseline_file, "rb") as src:
            raw = src.read(MAX_BASELINE_BYTES + 1)
        if len(raw) > MAX_BASELINE_BYTES:
            raise BaselineError(f"{baseline_file}: baseline is larger than {MAX_BASELINE_BYTES:,} bytes")
        data = load_json(raw.decode("utf-8"))
    except OSError as exc:
        raise BaselineError(f"{baseline_file}: cannot read baseline: {exc.strerror or exc}") from None
    except LimitError as exc:
        raise BaselineError(f"{baseline_file}: not a baseline file: it {exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        where = f":{exc.lineno}:{exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise BaselineError(f"{baseline_file}{where}: not a baseline file (invalid JSON)") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list) or not all(
            isinstance(e, dict) and isinstance(e.get("fingerprint"), str) and isinstance(e.get("path"), str)
            for e in data["findings"]):
        raise BaselineError(f"{baseline_file}: not a baseline file (expected {{\"findings\": "
                            f"[{{\"path\", \"fingerprint\", ...}}]}}; write one with --write-baseline)")
    return data["findings"]


def apply_baseline(result: AuditResult, baseline_file: str, entries: list[dict]) -> AuditResult:
    """Mark findings recorded in the baseline; report entries for the audited
    files that no finding matches any more (fixed, or the sentence changed)."""
    matcher = BaselineMatcher(baseline_file, entries)
    return replace(result, documents=tuple(matcher.apply(doc) for doc in result.documents))


class BaselineMatcher:
    """`apply_baseline` a document at a time, in input order, for a report written as the
    documents are audited. An entry matches one finding only, in the first document of its path."""

    def __init__(self, baseline_file: str, entries: list[dict]):
        self.baseline_file = baseline_file
        self.remaining: dict[tuple[str, str], dict] = {(e["path"], e["fingerprint"]): e for e in entries}

    def apply(self, doc: DocumentAudit) -> DocumentAudit:
        doc = with_fingerprints(doc)
        path = _baseline_path(doc.path, self.baseline_file)
        findings = []
        for f in doc.findings:
            entry = self.remaining.pop((path, f.fingerprint), None)
            if entry is not None and not f.suppression:
                f = copied(f, suppression="baseline")
            findings.append(f)
        unused = tuple(
            UnusedSuppression("baseline", (e.get("check", ""),) if e.get("check") else (),
                              e.get("message", ""), fingerprint=e["fingerprint"])
            for (p, _), e in list(self.remaining.items()) if p == path
        )
        return replace(doc, findings=tuple(findings), unused_suppressions=doc.unused_suppressions + unused)


def fingerprinted(result: AuditResult) -> AuditResult:
    """The result with a fingerprint on every finding (for renderers given a bare result)."""
    return replace(result, documents=tuple(with_fingerprints(d) for d in result.documents))
