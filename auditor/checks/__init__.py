"""Built-in checks: relations a report states on its own, found with no rules.

The registry below is the one table of checks; each lives in its own module.
"""
from __future__ import annotations

from auditor.checks import (
    across_documents,
    arithmetic_found,
    change_direction,
    change_with_rate,
    comparison,
    data_table,
    defined_measure,
    difference,
    growth,
    growth_of_parts,
    part_of_whole,
    percent_of_plan,
    promise,
    ranking,
    ratio,
    same_measure,
    share,
    sum_of_parts,
    table_arithmetic,
    table_vs_text,
    total_between_groups,
)
from auditor.checks.base import Check

CHECKS: dict[str, Check] = {
    check.id: check
    for check in (
        same_measure.CHECK,
        share.CHECK,
        percent_of_plan.CHECK,
        growth.CHECK,
        difference.CHECK,
        ratio.CHECK,
        sum_of_parts.CHECK,
        growth_of_parts.CHECK,
        part_of_whole.CHECK,  # after the sums: a list the text says exhausts its whole is the stronger claim
        promise.CHECK,
        change_direction.CHECK,
        change_with_rate.CHECK,
        comparison.CHECK,
        ranking.CHECK,
        total_between_groups.CHECK,
        defined_measure.CHECK,
        table_vs_text.CHECK,
        table_arithmetic.CHECK,
        arithmetic_found.CHECK,  # last: it only adds what the cued checks did not find
        # against what lies outside the document: run only with --data and --compare (auditor.desk)
        data_table.CHECK,
        data_table.NO_ROW_CHECK,
        across_documents.CHECK,
        across_documents.MISSING_CHECK,
    )
}

__all__ = ["CHECKS", "Check"]
