"""Stand-ins for `auditor.pool._audit_chunk` that fail inside a worker process, by the
name of a report: `dies.txt` kills the worker as the out-of-memory killer would, `slow.txt`
takes ten seconds to audit and `raises.txt` raises inside the audit. Workers import this
module by name, so it lives on the tests' path."""
from __future__ import annotations

import os
import time

from auditor import audit, pool

_real_audit_document = audit.audit_document


def _faulty_audit_document(document, *args, **kwargs):
    name = os.path.basename(document.path)
    if name == "slow.txt":
        time.sleep(10)
    if name == "raises.txt":
        raise ZeroDivisionError("injected in a worker")
    return _real_audit_document(document, *args, **kwargs)


def audit_with_faults(paths: list[str]):
    if any(os.path.basename(p) == "dies.txt" for p in paths):
        os._exit(9)
    audit.audit_document = _faulty_audit_document
    return pool._audit_chunk(paths)
