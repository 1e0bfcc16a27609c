"""Built-in checks: relations a report states on its own, found with no rules.

The registry below is the one table of checks; each lives in its own module.
"""
from __future__ import annotations

from auditor.checks import same_measure
from auditor.checks.base import Check

CHECKS: dict[str, Check] = {
    check.id: check
    for check in (
        same_measure.CHECK,
    )
}

__all__ = ["CHECKS", "Check"]
