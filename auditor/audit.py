"""The pipeline: read -> figures -> relations -> evaluate, for each input."""
from __future__ import annotations

from typing import Iterable, Sequence

from auditor import __version__, grammar
from auditor.checks import CHECKS
from auditor.document import Document
from auditor.engine import decide_all
from auditor.extract import extract_figures
from auditor.model import AuditResult, DocumentAudit, InputError
from auditor.sources import read_document
from auditor.suppress import apply_inline


def audit_document(document: Document, checks: Iterable[str] | None = None, rules: Sequence = ()) -> DocumentAudit:
    """`rules` are compiled user rules (auditor.rulefile.load_rules(...).rules)."""
    figures = grammar.read(document, extract_figures(document)).figures  # as the meaning layer reads them
    relations: list = []
    # figure id -> the sets of figures earlier relations covered that hold it, and whether
    # that relation was certain; indexed so each new relation looks at its own figures' sets only
    covered: dict[str, list[tuple[frozenset[str], bool]]] = {}
    for check_id in checks or CHECKS:
        for relation in CHECKS[check_id].find(document, figures):
            key = frozenset(f.id for f in relation.figures.values())
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
    if rules:  # user rules state their own relations; a built-in one on the same figures does not hide them
        from auditor.rulefile import relations_for_rules

        relations.extend(relations_for_rules(rules, document, figures))
    return DocumentAudit(document.path, document.text, figures, decide_all(relations))


def audit_paths(paths: Iterable[str], stdin_name: str = "<stdin>", rules: Sequence = (),
                rule_errors: Iterable[InputError] = ()) -> AuditResult:
    """`rule_errors` (from loading rule files) are reported with the input errors: exit 2."""
    documents, errors = [], list(rule_errors)
    for path in paths:
        doc = read_document(path, stdin_name)
        if isinstance(doc, InputError):
            errors.append(doc)
        else:
            documents.append(apply_inline(doc, audit_document(doc, rules=rules)))  # fingerprints, inline suppressions
    return AuditResult(tuple(documents), tuple(errors), __version__)
