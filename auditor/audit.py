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


def audit_document(document: Document, checks: Iterable[str] | None = None) -> DocumentAudit:
    figures = extract_figures(document)
    relations = []
    for check_id in checks or CHECKS:
        relations.extend(CHECKS[check_id].find(document, figures))
    return DocumentAudit(document.path, document.text, figures, decide_all(relations))


def audit_paths(paths: Iterable[str], stdin_name: str = "<stdin>") -> AuditResult:
    documents, errors = [], []
    for path in paths:
        doc = read_document(path, stdin_name)
        if isinstance(doc, InputError):
            errors.append(doc)
        else:
            documents.append(audit_document(doc))
    return AuditResult(tuple(documents), tuple(errors), __version__)
