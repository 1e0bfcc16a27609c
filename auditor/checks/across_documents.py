"""One figure across the documents of a run (`audit --compare release.txt report.txt`)."""
from __future__ import annotations

from typing import Iterator

from auditor.checks.base import Check
from auditor.document import Document
from auditor.model import Figure, Relation, Severity

ID = "cross-document-conflict"
MISSING_ID = "headline-not-in-report"
DOC = """\
## What it checks
With `--compare`, the same measure for the same group and period, in the same unit,
stated in two documents of the run (a press release and the report it announces,
this month's bulletin and the database notes). Each document's figure must meet
the first document's within what their rounding allows: "4.2%" and "4.17%" agree,
"4.2%" and "4.4%" do not. Measures are matched by name, and through the `aliases` of
the rule packs in play.

## Why it matters
The release is written from an early draft of the report, or the report is revised
after the release is signed off. Readers quote the release, experts read the report:
when they differ, the office has published two values for one figure.

## Example
The release says "the unemployment rate rose to 4.4% in the second quarter of
2024"; the report says "the unemployment rate was 4.2% in the second quarter of
2024".

## Fix
Find the source of the figure and correct the document that is wrong; if the two
are different measures, name them differently.
"""

MISSING_DOC = """\
## What it checks
With `--compare`, each figure in the title and first paragraph of the first
document named (the release's headline figures) must be stated in one of the other
documents: the same measure, group, period and unit, or the same value in the same
unit and period under other words.

## Why it matters
A headline figure that the report does not contain cannot be checked by a reader;
it is often one that was changed in the release alone, or dropped from the report
in a late edit.

## Example
The release leads with "exports reached $12.6 billion in 2023"; the report states
exports of $12.1 billion for 2023 under the heading "goods exports", and nowhere
$12.6 billion.

## Fix
State the figure in the report, or correct the release to the figure the report
gives.
"""


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    """Nothing from one document alone: see `compare`, which the run calls with --compare."""
    return iter(())


def compare(documents, names):
    """For documents as (path, figures, statements) in run order: {document index: its
    relations with the other documents}, and {index: its headline findings that no other
    document states}. Every statement is looked up once in an index: linear in the figures."""
    from auditor.checks.elsewhere import described, is_specific, same_value, statement_key
    from auditor.model import Place

    index: dict[tuple, list[tuple[int, object]]] = {}
    for i, (_, _, statements) in enumerate(documents):
        for statement in statements:
            if is_specific(statement.figure.measure):
                index.setdefault(statement_key(names, statement), []).append((i, statement))
    relations: dict[int, list[Relation]] = {}
    for key, stated in index.items():  # (in the order keys were first stated: a stable report)
        first_doc, first = stated[0]
        # each statement is compared with the first in another document: the first document's
        # with the second document's, every other document's with the first document's
        second = next(((i, s) for i, s in stated if i != first_doc), None)
        if second is None:
            continue
        for i, statement in stated:
            if statement is first:
                continue
            there_doc, there = (second if i == first_doc else (first_doc, first))
            path, there = documents[there_doc][0], there.figure
            place = Place(path, there.span.line, there.span.column, there.text, f"the same figure in {path}",
                          there.span.start, there.span.end)
            here = statement.figure
            what = described(statement, key)
            relations.setdefault(i, []).append(same_value(
                ID, here, there, place, f"{what} against {path}",
                f"{what}: {here.text} here, but {there.text} in {path}"))
    return relations, _missing_headlines(documents, names, index)


def _missing_headlines(documents, names, index):
    from auditor.checks.elsewhere import described, statement_key
    from auditor.model import Finding, Place, Status
    from auditor.quantity import interval_of

    if len(documents) < 2:
        return {}
    release, _, statements = documents[0]
    by_unit_period: dict[tuple[str, str], list] = {}
    for path, figures, _ in documents[1:]:
        for f in figures:
            by_unit_period.setdefault((f.unit, f.period), []).append(f)
    others = ", ".join(path for path, _, _ in documents[1:])
    out = []
    for statement in statements:
        if not statement.lead:
            continue
        key = statement_key(names, statement)
        if any(i != 0 for i, _ in index.get(key, ())):
            continue  # stated elsewhere: compared by the conflict check
        f = statement.figure
        iv = interval_of(f)
        if any(interval_of(g).meets(iv) for g in by_unit_period.get((f.unit, f.period), ())):
            continue  # the same value, in other words
        what = described(statement, key)
        reason = f"no other document of the run ({others}) states {what}, nor the value {f.text}"
        out.append(Finding(MISSING_ID, Status.INCONSISTENT, Severity.WARNING, f"{what}: headline figure {f.text}; "
                           + reason, (f,), stated=f.text,
                           headline=f"headline figure {f.text} ({what}) is not in {others}",
                           relation=f"{what} in {others}", notes=(reason,), fix=_fix(),
                           related=tuple(Place(path, 1, 1, "", f"{path}, which does not state it")
                                         for path, _, _ in documents[1:])))
    return {0: out} if out else {}


def _fix() -> str:
    from auditor.checks.base import doc_section

    return doc_section(MISSING_DOC, "Fix")


CHECK = Check(ID, "The same measure, group and period is stated with values that cannot both hold in two "
                  "documents of the run (with --compare).", DOC, find, needs="--compare")
MISSING_CHECK = Check(MISSING_ID, "A headline figure of the release (the first document) is stated in no other "
                                  "document of the run (with --compare).", MISSING_DOC, find, Severity.WARNING,
                      "--compare")
