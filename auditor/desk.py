"""A report against what lies outside it: the table of published values (`--data`) and
the other documents of the run (`--compare`).

The desk is set up once per run (`load_desk`): the table read and indexed by key, the
measure names of the rule packs' aliases. Each document then reads its statements
(auditor.grammar.statements) in its own audit, wherever that runs (`Desk.read`); the
table's relations are decided with the document's own, by the engine. Comparing
documents needs every document, so it runs at the end (`across_documents`), from the
statements each audit kept.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Sequence

from auditor.model import DocumentAudit, Finding, InputError, Relation


@dataclass(frozen=True)
class Beyond:
    """What one document gets from the desk: relations to decide, findings decided already,
    notes for standard error, and its statements, kept when documents are compared."""

    relations: tuple[Relation, ...] = ()
    findings: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()
    statements: tuple = ()


@dataclass(frozen=True)
class Desk:
    names: object  # auditor.checks.elsewhere.MeasureNames
    table_path: str = ""
    index: dict = field(default_factory=dict)  # key -> auditor.sources.data_table.Row
    compare: bool = False

    def read(self, document, figures) -> Beyond:
        from auditor import grammar
        from auditor.checks import data_table
        from auditor.grammar.statements import statements

        stated = statements(grammar.read(document, figures))
        kept = stated if self.compare else ()
        if not self.table_path:
            return Beyond(statements=kept)
        relations, unmatched = data_table.relations_against(self.index, self.names, stated, self.table_path)
        findings = data_table.no_row_findings(unmatched, self.index, self.names, self.table_path)
        checked = {r.figures["here"].id for r in relations}
        # every row whose period the document speaks of, and that no figure states
        periods = {s.figure.period for s in stated}
        rows_for_periods = sum(1 for key in self.index if key[2] in periods)
        used = {(r.related[0][1].line) for r in relations}
        note = (f"1:1: {len(relations)} figure{'s' if len(relations) != 1 else ''} checked against {self.table_path} "
                f"({len(checked)} distinct), {len(unmatched)} of a measure it has but no row for; "
                f"{rows_for_periods - len(used)} of its {rows_for_periods} rows for the periods of this document "
                "are stated nowhere in it")
        return Beyond(tuple(relations), tuple(findings), (note,), kept)


def load_desk(data: str | None, compare: bool, packs: Sequence = ()) -> tuple[Desk | None, list[InputError]]:
    """The desk of a run, or None when neither --data nor --compare is given; with the
    error that keeps the table out (the reports are still audited, and the run exits 2)."""
    if not data and not compare:
        return None, []
    from auditor.checks.elsewhere import MeasureNames

    aliases: dict[str, tuple[str, ...]] = {}
    for pack in packs:
        for key, phrases in getattr(pack, "aliases", {}).items():
            aliases.setdefault(key, ())
            aliases[key] += tuple(phrases)
    if not data:
        return Desk(MeasureNames(aliases), compare=True), []
    from auditor.sources.data_table import read_table

    table = read_table(data)
    if isinstance(table, InputError):
        return (Desk(MeasureNames(aliases), compare=True) if compare else None), [table]
    names = MeasureNames(aliases, [row.measure for row in table.rows])
    index, errors = {}, []
    for row in table.rows:
        from auditor.checks.elsewhere import group_of

        key = (names.of(row.measure, whole_only=True), group_of(row.group), row.period, row.unit)
        if key in index:  # two names of one measure, joined by an alias
            errors.append(InputError(table.path, f"the rows at lines {index[key].line} and {row.line} are the same "
                                                 f"measure ({key[0]}), group and period through the aliases",
                                     row.line, 1))
            return (Desk(names, compare=True) if compare else None), errors
        index[key] = row
    return Desk(names, table.path, index, compare), []


def across_documents(documents: list[DocumentAudit], desk: Desk) -> list[DocumentAudit]:
    """The documents with their findings against each other added, as the engine decides them."""
    from auditor.checks import across_documents as check
    from auditor.engine import decide_all
    from auditor.suppress import with_fingerprints

    relations, missing = check.compare([(d.path, d.figures, d.statements) for d in documents], desk.names)
    out = []
    for i, doc in enumerate(documents):
        added = decide_all(relations.get(i, ())) + tuple(missing.get(i, ()))
        out.append(with_fingerprints(replace(doc, findings=doc.findings + added)) if added else doc)
    return out
