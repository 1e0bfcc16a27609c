"""`audit rules test`: run every rule's own examples (semgrep --test, sqlfluff
YAML cases). A `pass` text must bind the rule and find nothing inconsistent (an
example that binds nothing proves nothing); a `fail` text must give at least
one inconsistent finding. Each example is audited with its own rule only.
"""
from __future__ import annotations

from dataclasses import dataclass

from auditor.document import Document
from auditor.engine import decide_all
from auditor.extract import extract_figures
from auditor.model import Status
from auditor.rulefile.select import relations_for


@dataclass(frozen=True)
class ExampleResult:
    rule_id: str
    path: str
    line: int
    column: int
    expected: str  # "pass" or "fail"
    ok: bool
    detail: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.rule_id}: {self.expected} example: {self.detail}"


def run_examples(rule) -> list[ExampleResult]:
    results = []
    for expected, cases in (("pass", rule.examples_pass), ("fail", rule.examples_fail)):
        for text, line, column in cases:
            document = Document(f"<{rule.id} example>", text)
            findings = decide_all(relations_for(rule, document, extract_figures(document)))
            inconsistent = [f for f in findings if f.status is Status.INCONSISTENT]
            if expected == "pass":
                ok = bool(findings) and not inconsistent
                detail = ("ok" if ok else "the rule bound no figures" if not findings
                          else f"flagged: {inconsistent[0].message}")
            else:
                ok = bool(inconsistent)
                detail = ("ok" if ok else "the rule bound no figures" if not findings
                          else f"not flagged: {findings[0].message}")
            results.append(ExampleResult(rule.check_id, rule.path, line, column, expected, ok, detail))
    return results
