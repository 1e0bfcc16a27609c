"""The pipeline: read -> figures -> relations -> evaluate, for each input."""
from __future__ import annotations

from typing import Iterable

from auditor import __version__
from auditor.checks import CHECKS
from auditor.document import Document
from auditor.engine import decide_all
from auditor.extract import extract_figures
from auditor.model import AuditResult, DocumentAudit, InputError
from auditor.sources import read_document
from auditor.suppress import apply_inline


def audit_document(document: Document, checks: Iterable[str] | None = None) -> DocumentAudit:
    figures = extract_figures(document)
    relations, seen = [], set()
    for check_id in checks or CHECKS:
        for relation in CHECKS[check_id].find(document, figures):
            key = frozenset(f.id for f in relation.figures.values())
            if key in seen:
                continue  # the same figures already related by an earlier check
            seen.add(key)
            relations.append(relation)
    return DocumentAudit(document.path, document.text, figures, decide_all(relations))


def audit_paths(paths: Iterable[str], stdin_name: str = "<stdin>") -> AuditResult:
    documents, errors = [], []
    for path in paths:
        doc = read_document(path, stdin_name)
        if isinstance(doc, InputError):
            errors.append(doc)
        else:
            documents.append(apply_inline(doc, audit_document(doc)))  # fingerprints, inline suppressions
    return AuditResult(tuple(documents), tuple(errors), __version__)
