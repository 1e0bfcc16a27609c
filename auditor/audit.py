"""The pipeline: read -> figures -> relations -> evaluate, for each input.

Each input is audited inside one guard: whatever goes wrong with one document (a bug
of ours, a library failing on hostile bytes, the time budget running out) becomes an
`InputError` for that document, and the other documents are still audited. A crash is
therefore never read as findings (exit 1); it is an error (exit 2) with the document's name.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

from auditor import __version__, grammar
from auditor.checks import CHECKS
from auditor.document import Document, forget_documents
from auditor.engine import decide_all
from auditor.grammar.move_words import of_a_base_year_named
from auditor.extract.figures import extract_with_notes
from auditor.model import AuditResult, DocumentAudit, InputError, RenderedDocument, copied
from auditor.sources import STDIN, read_document, shown_path
from auditor.suppress import apply_inline


def audit_document(document: Document, checks: Iterable[str] | None = None, rules: Sequence = (),
                   desk=None, sections_map=map) -> DocumentAudit:
    """`rules` are compiled user rules (auditor.rulefile.load_rules(...).rules); `desk` what
    the document is compared with beyond itself (auditor.desk.Desk: --data, --compare).
    A long document is audited section by section (see `section_bounds`), each section by
    `audit_section` through `sections_map` (like `map`; auditor.parallel.SectionPool.map
    audits them in several processes)."""
    bounds = section_bounds(document.text)
    if len(bounds) == 1:
        part = _audit_part(document, checks, rules, desk)
    else:
        part = _joined(audit_sections(document, bounds, checks, rules, desk, sections_map))
    return DocumentAudit(document.path, document.text, part.figures, part.findings,
                         notes=told_notes(document, part.notes) + part.told, statements=part.statements)


def told_notes(document: Document, notes) -> tuple[str, ...]:
    """The (offset, note) pairs of a document's audit as told on standard error, in text order."""
    notes = sorted(notes)
    told = tuple(f"{line}:{column}: {note}" for (line, column), note in
                 ((document.position(offset), note) for offset, note in notes[:MAX_NOTES]))
    if len(notes) > MAX_NOTES:  # a dump of a megabyte would give thousands of the same note
        told += (f"{told[-1].split(':')[0]}:1: and {len(notes) - MAX_NOTES:,} more places like these",)
    return told


@dataclass(frozen=True)
class _Part:
    """The audit of a document or of one of its sections, in that text's own offsets."""

    figures: tuple
    findings: tuple
    notes: tuple[tuple[int, str], ...]  # (offset, note): told on standard error
    told: tuple[str, ...] = ()  # notes already placed ("1:1: ..."), from the desk
    statements: tuple = ()


def audit_section(section: tuple) -> _Part:
    """One section of a long document (path, text, checks, rules, desk), audited as a document
    of its own: in this process, or in a worker."""
    path, text, checks, rules, desk = section
    return _audit_part(Document(path, text), checks, rules, desk)


def _audit_part(document: Document, checks: Iterable[str] | None, rules: Sequence, desk) -> _Part:
    try:
        return _read_and_decide(document, checks, rules, desk)
    finally:
        forget_documents()  # what the caches of this text hold is of no use to the next


def _read_and_decide(document: Document, checks: Iterable[str] | None, rules: Sequence, desk) -> _Part:
    extracted, unread = extract_with_notes(document)
    readable = _in_readable_paragraphs(document, extracted)
    notes = [(offset, note) for offset, note in unread]
    if len(readable) != len(extracted):
        kept = {f.id for f in readable}
        left = [f for f in extracted if f.id not in kept]
        notes.append((left[0].span.start, f"{len(left):,} figures in paragraphs of more than "
                                          f"{MAX_FIGURES_PER_PARAGRAPH} are listed but not checked"))
    figures = grammar.read(document, readable).figures  # as the meaning layer reads them
    relations = built_in_relations(document, figures, checks)
    if rules:  # user rules state their own relations; a built-in one on the same figures does not hide them
        from auditor.rulefile import relations_for_rules

        relations.extend(relations_for_rules(rules, document, figures))
    beyond = desk.read(document, figures) if desk is not None else None  # the figures' statements
    if beyond is not None:
        relations.extend(beyond.relations)
    if len(readable) != len(extracted):  # the figures left unread are still listed, as extracted
        read = {f.id: f for f in figures}
        figures = tuple(read.get(f.id, f) for f in extracted)
    if beyond is None:
        return _Part(figures, decide_all(relations), tuple(notes))
    return _Part(figures, decide_all(relations) + beyond.findings, tuple(notes), beyond.notes, beyond.statements)


# A document longer than this is read in sections of about SECTION_CHARS, cut at paragraph
# breaks: the analysis of a section is dropped once its findings are made, so memory stays
# bounded, and what a report relates lies within a chapter (120,000 characters are some 18,000
# words, 40 pages). Figures of different sections are not related: a figure restated 40 pages
# on is compared only when both statements fall in one section.
SECTION_CHARS = 120_000
MAX_WHOLE_CHARS = 180_000  # up to this length a document is one section


def section_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each section of `text`: one for most documents; for a long one, sections
    of equal length as near as a paragraph break (else a line break, else a space) allows."""
    if len(text) <= MAX_WHOLE_CHARS:
        return [(0, len(text))]
    count = -(-len(text) // SECTION_CHARS)
    bounds, start = [], 0
    for k in range(1, count):
        target = len(text) * k // count
        floor = max(start + 1, target - SECTION_CHARS // 2)  # never a section of less than half the length
        cut = next((at + len(mark) for mark in ("\n\n", "\n", " ") if (at := text.rfind(mark, floor, target)) >= 0), target)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def audit_sections(document: Document, bounds: list[tuple[int, int]], checks: Iterable[str] | None = None,
                   rules: Sequence = (), desk=None, sections_map=map) -> Iterator[_Part]:
    """The audit of each section of a long document (`bounds`), in order and as each comes from
    `sections_map`, moved to the whole text: figures numbered on from the sections before, every
    offset in the whole text. A caller that writes each section's part and drops it holds one
    section's audit at a time (`map` and SectionPool.map both hand them over one by one)."""
    sections = ((document.path, document.text[start:end], checks, rules, desk) for start, end in bounds)
    count = 0  # figures of the sections before
    # (the sections' audits first: zip then reads them to their end, and a pool's map ends normally)
    for part, (start, _) in zip(sections_map(audit_section, sections), bounds):
        figures, moved = [], {}
        for f in part.figures:
            count += 1
            moved[f.id] = copied(f, id=f"F{count}", span=document.span(f.span.start + start, f.span.end + start))
            figures.append(moved[f.id])
        notes = [(offset + start, note) for offset, note in part.notes]
        if start == 0:
            notes.append((0, f"a long document: read in {len(bounds)} sections of about {SECTION_CHARS:,} "
                             "characters, and figures of different sections are not related"))
        yield _Part(tuple(figures),
                    tuple(copied(x, figures=tuple(moved.get(f.id, f) for f in x.figures)) for x in part.findings),
                    tuple(notes), part.told,
                    # only the first section holds the document's lead
                    tuple(replace(s, figure=moved[s.figure.id], lead=s.lead and start == 0) for s in part.statements))


def _joined(parts: Iterable[_Part]) -> _Part:
    """The sections' audits (from `audit_sections`) as one audit of the whole document."""
    figures, findings, notes, told, statements = [], [], [], [], []
    for part in parts:
        figures.extend(part.figures)
        findings.extend(part.findings)
        notes.extend(part.notes)
        told.extend(part.told)
        statements.extend(part.statements)
    return _Part(tuple(figures), tuple(findings), tuple(notes), tuple(told), tuple(statements))


def built_in_relations(document: Document, figures: tuple, checks: Iterable[str] | None = None) -> list:
    """The relations the built-in checks state about a document whose figures the meaning
    layer has read, each set of figures related once, by the most specific check."""
    relations: list = []
    # figure id -> the sets of figures earlier relations covered that hold it, and whether
    # that relation was certain; indexed so each new relation looks at its own figures' sets only
    covered: dict[str, list[tuple[frozenset[str], bool]]] = {}
    per_bases = _per_bases(document, figures)
    for check_id in checks or CHECKS:
        for relation in CHECKS[check_id].find(document, figures):
            key = frozenset(f.id for f in relation.figures.values())
            if len(key) < len(relation.figures):
                continue  # one figure bound to two names ("the share of 4,27,153 in 4,27,153") relates nothing
            if CHECKS[check_id].relates_levels and not per_bases.isdisjoint(key):
                continue  # "153 prisoners per 100,000 of the population": the 100,000 is no level, part or whole
            relation = _of_the_base_year_named(relation, document.text)
            if relation is None:
                continue  # "122,824, unchanged from 122,872 a year earlier and 7.6 percent fewer than in 2014"
            # these figures are already related by an earlier, more specific check, unless that
            # check was unsure and this one is sure
            holding = min((covered.get(fid, ()) for fid in key), key=len, default=())
            if any(key <= earlier and (sure or not relation.certain) for earlier, sure in holding):
                continue
            for reading in (relation.figures, *relation.readings):
                ids = frozenset(f.id for f in reading.values())
                for fid in ids:
                    covered.setdefault(fid, []).append((ids, relation.certain))
            relations.append(relation)
    return relations


def _per_bases(document: Document, figures: tuple) -> frozenset[str]:
    """The figures the meaning layer reads as the base a rate is stated on ("per 100,000", "for every 1,000")."""
    if not figures:
        return frozenset()
    frames = grammar.read(document, figures).frames
    return frozenset(fid for fid, frame in frames.items() if frame.role is grammar.Role.PER_BASE)


def _of_the_base_year_named(relation, text: str):
    """`relation` with only its readings whose old level is of the year its change's words name as the base ("7.6
    percent fewer than in 2014" is measured from 2014's level, not from "122,872 a year earlier"); None when no
    reading is left."""
    readings = [r for r in (relation.figures, *relation.readings)
                if "change" not in r or "old" not in r or of_a_base_year_named(r["change"], r["old"], text)]
    if len(readings) == 1 + len(relation.readings):
        return relation
    return replace(relation, figures=readings[0], readings=tuple(readings[1:])) if readings else None


# The most figures one paragraph of a real report holds is about 35 (a sentence is cut off
# at 100 numbers by the extraction). The checks relate the figures of a paragraph pairwise,
# so a "paragraph" of thousands (100,000 one-number lines) would take quadratic time and
# mean nothing. Its figures are extracted and listed, but no check reads them.
MAX_FIGURES_PER_PARAGRAPH = 300
MAX_NOTES = 10  # notes told per document


def _in_readable_paragraphs(document: Document, figures: tuple) -> tuple:
    from collections import Counter

    from auditor.grammar.nearby import places

    if len(figures) <= MAX_FIGURES_PER_PARAGRAPH:
        return figures
    where = places(document, figures)
    paragraphs = Counter(where[f.id].paragraph for f in figures)
    if max(paragraphs.values()) <= MAX_FIGURES_PER_PARAGRAPH:
        return figures
    return tuple(f for f in figures if paragraphs[where[f.id].paragraph] <= MAX_FIGURES_PER_PARAGRAPH)


def audit_paths(paths: Iterable[str], stdin_name: str = "<stdin>", rules: Sequence = (),
                rule_errors: Iterable[InputError] = (), timeout: float | None = None) -> AuditResult:
    """`rule_errors` (from loading rule files) are reported with the input errors: exit 2.
    `timeout` is the time budget of one document in seconds (None: no budget)."""
    return collect(audit_each(paths, stdin_name, rules, timeout), rule_errors)


def audit_each(paths: Iterable[str], stdin_name: str = "<stdin>", rules: Sequence = (),
               timeout: float | None = None, all_content: bool = False, desk=None,
               sections_map=map, render=None) -> Iterator[DocumentAudit | RenderedDocument | InputError]:
    """Each input audited in this process, in order, as soon as it is done (the sections of a
    long one through `sections_map`: see `audit_document`). `render`: see `audit_one`."""
    for item in inputs(paths, stdin_name):
        yield item if isinstance(item, InputError) else audit_one(item, stdin_name, rules, timeout, all_content, desk,
                                                                   sections_map, render)


def inputs(paths: Iterable[str], stdin_name: str = "<stdin>") -> Iterator[str | InputError]:
    """The paths in order, with each '-' after the first replaced by the reason it is not read:
    a second read would see an empty stream and audit nothing, silently."""
    stdin_read = False
    for path in paths:
        if path == STDIN and stdin_read:
            yield InputError(stdin_name, "standard input ('-') is given more than once; it can be read only once")
            continue
        stdin_read = stdin_read or path == STDIN
        yield path


def collect(outcomes: Iterable[DocumentAudit | InputError], rule_errors: Iterable[InputError] = ()) -> AuditResult:
    """The result of a run from its outcomes in input order; rule errors come first."""
    documents, errors = [], list(rule_errors)
    for outcome in outcomes:
        (errors if isinstance(outcome, InputError) else documents).append(outcome)
    return AuditResult(tuple(documents), tuple(errors), __version__)


def audit_one(path: str, stdin_name: str = "<stdin>", rules: Sequence = (),
              timeout: float | None = None, all_content: bool = False, desk=None,
              sections_map=map, render=None) -> DocumentAudit | RenderedDocument | InputError:
    """One input audited, or the reason it could not be: never raises for the input's sake.
    `all_content`: a web page is read whole, not only its main content. `render`, the function
    that writes a document's part of the report: when it can write a long document section by
    section (`render.by_sections`, the JSON report's), a long document comes back written, as a
    RenderedDocument, and its audit is never held whole."""
    name = stdin_name if path == STDIN else shown_path(path)
    try:
        with time_budget(timeout):
            doc = read_document(path, stdin_name, all_content)
            if isinstance(doc, InputError):
                return doc
            bounds = section_bounds(doc.text)
            by_sections = getattr(render, "by_sections", None)
            if by_sections is not None and len(bounds) > 1:
                return RenderedDocument(*by_sections(doc, audit_sections(doc, bounds, None, rules, desk, sections_map)))
            return apply_inline(doc, audit_document(doc, rules=rules, desk=desk, sections_map=sections_map))  # fingerprints, inline suppressions
    except OverBudget:
        return InputError(name, f"took longer than {timeout:g} s to audit (--timeout-per-file), so it was left out; "
                                "please report it if it is an ordinary report")
    except Exception as exc:  # the guard of one document: see the module's docstring
        return InputError(name, internal_error_message(exc))


def internal_error_message(exc: BaseException) -> str:
    """One line for an unexpected exception: what it was, and that it is our bug to fix."""
    detail = " ".join(str(exc).split())[:200]
    return (f"internal error ({type(exc).__name__}{': ' + detail if detail else ''}); "
            "this is a bug in the auditor, please report it with the input that caused it")


class OverBudget(BaseException):
    """Raised inside a document's audit when its time budget runs out. A BaseException,
    so that no `except Exception` of a library on the way (a PDF parser's) swallows it."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Interrupt the body after `seconds` with OverBudget (SIGALRM: the main thread of a
    Unix process only; elsewhere the body runs without a budget). The last defence
    against an input that is slow for a reason no limit foresaw."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise OverBudget()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
