"""Write the reference page of the built-in checks: `python -m auditor.checks.docs > docs/checks.md`.

The same doc strings feed `audit explain CHECK` and SARIF's rule help, so this
page can never say something the tool does not."""
from __future__ import annotations

from auditor.checks import CHECKS


def render() -> str:
    parts = ["# Built-in checks", "",
             "Generated from the checks' own documentation by `python -m auditor.checks.docs`; "
             "`audit explain CHECK` prints the same text.", ""]
    parts += [f"- [`{c.id}`](#{c.id}): {c.summary}" for c in CHECKS.values()]
    for check in CHECKS.values():
        body = check.doc.replace("## ", "### ")
        parts += ["", f"## {check.id}", "", f"{check.summary} Severity: {check.severity.value}.", "", body.rstrip()]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    print(render(), end="")
