"""`audit rules check` runs each compiled rule the way `audit` will, so that a pack which
passes the check cannot fail in an audit.

Compiling proves the rule well formed; it does not run it. Here each rule is bound and
decided twice over:

- on its own examples, through the same selection and engine as `audit`;
- on made-up figures that bind every name (two figures for an `occurrence: all` name),
  and once more with each optional name left unbound, so that its value is solved for
  (the path no example may take, and the one where an optional name used on both
  sides of the assertion once raised KeyError).

Anything that raises is an error at the rule's line (or the example's); an optional
name that can never be solved for is a note.
"""
from __future__ import annotations

from decimal import Decimal

from auditor.document import Document
from auditor.engine import decide_all
from auditor.model import Figure, InputError, Kind, Span


def dry_run(rule) -> tuple[list[InputError], list[str]]:
    """(errors, notes) from running `rule` on its examples and on made-up figures."""
    from auditor.audit import internal_error_message
    from auditor.extract import extract_figures
    from auditor.rulefile.select import relations_for

    errors: list[InputError] = []
    for expected, cases in (("pass", rule.examples_pass), ("fail", rule.examples_fail)):
        for text, line, column in cases:
            document = Document(f"<{rule.id} example>", text)
            try:
                decide_all(relations_for(rule, document, extract_figures(document)))
            except Exception as exc:  # what `audit` would have hit on a report like this one
                errors.append(InputError(rule.path, f"rule '{rule.check_id}' fails on its {expected} example: "
                                                    f"{internal_error_message(exc)}", line, column))
    notes: list[str] = []
    optional = [s.name for s in rule.selectors if s.optional]
    for missing in (None, *optional):
        try:
            findings = _decide_made_up(rule, missing)
        except Exception as exc:
            when = f"with '{missing}' left out to be solved for" if missing else "with every figure bound"
            errors.append(InputError(rule.path, f"rule '{rule.check_id}' fails {when}: "
                                                f"{internal_error_message(exc)}", rule.line, None))
            continue
        for finding in findings:
            if missing and "cannot solve for" in finding.message:
                notes.append(f"{rule.path}:{rule.line}: rule '{rule.check_id}': {finding.message.split(': ')[-1]}; "
                             "when the report leaves it out, the rule reports it as undetermined")
    return errors, notes


def _decide_made_up(rule, missing: str | None):
    from auditor.rulefile.select import _relation

    binding: dict[str, list[Figure]] = {}
    serial = 0
    for selector in rule.selectors:
        if selector.name == missing:
            binding[selector.name] = []
            continue
        binding[selector.name] = []
        for _ in range(2 if selector.is_list else 1):
            serial += 1
            binding[selector.name].append(_made_up_figure(serial, selector.implied_unit))
    relation = _relation(rule, binding)
    return decide_all([relation]) if relation is not None else ()


def _made_up_figure(serial: int, unit: str) -> Figure:
    """A figure like one a report states: a rounded value with an interval around it."""
    value = Decimal(90 + 7 * serial) / (100 if unit == "percent" else 1)
    half = Decimal("0.5") / (100 if unit == "percent" else 1)
    return Figure(id=f"X{serial}", text=str(value), span=Span(0, 1, 1, 1), value=value, low=value - half,
                  high=value + half, unit=unit, kind=Kind.PERCENT if unit == "percent" else Kind.NUMBER)
