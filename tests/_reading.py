"""What the auditor makes of a short text written in a test: its meaning, and the verdicts of one
check on it. Shared by the tests of the meaning layer's constructions."""
from __future__ import annotations

from auditor import grammar
from auditor.audit import audit_document
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.grammar.frames import Role
from auditor.model import Status


def meaning_of(text: str) -> grammar.Meaning:
    doc = Document("t.txt", text)
    return grammar.read(doc, extract_figures(doc))


def role_of(text: str, figure: str) -> Role:
    """The role the meaning layer gives the one figure of `text` written `figure`."""
    meaning = meaning_of(text)
    (found,) = [f for f in meaning.figures if f.text == figure]
    return meaning.frame(found).role


def verdicts(text: str, check: str) -> list[tuple[Status, tuple[str, ...]]]:
    """(status, figures as written) of each finding of `check` on `text`."""
    findings = audit_document(Document("t.txt", text), checks=[check]).findings
    return [(f.status, tuple(x.text for x in f.figures)) for f in findings]


def statuses(text: str, check: str) -> list[Status]:
    """The status of each finding of `check` on `text`."""
    return [status for status, _ in verdicts(text, check)]


def errors(text: str, check: str) -> list[tuple[str, ...]]:
    """The figures of each finding of `check` on `text` that says they contradict each other."""
    return [figures for status, figures in verdicts(text, check) if status is Status.INCONSISTENT]


def whole_audit_verdicts(text: str) -> list[tuple[str, Status, tuple[str, ...]]]:
    """(check, status, figures as written) of each finding of a whole audit (every check), as a reader gets them."""
    findings = audit_document(Document("t.txt", text)).findings
    return [(f.check, f.status, tuple(x.text for x in f.figures)) for f in findings]


def whole_audit_errors(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(check, figures) of each finding of a whole audit that says its figures contradict each other."""
    return [(check, figures) for check, status, figures in whole_audit_verdicts(text) if status is Status.INCONSISTENT]


def unit_comparisons_in_orders(monkeypatch, paragraph: str, paragraphs: int) -> int:
    """How many times the order reading compares one figure's unit with another's on `paragraphs` copies of
    `paragraph` ("{k}" numbers each copy): a count that grows with the square of a section's length when a
    reading looks back through every figure placed before, for each figure."""
    from auditor.grammar import order

    calls = [0]
    real = order.same_unit

    def counted(a, b):
        calls[0] += 1
        return real(a, b)

    meaning = meaning_of("\n\n".join(paragraph.replace("{k}", str(k)) for k in range(paragraphs)))
    monkeypatch.setattr(order, "same_unit", counted)
    order.stated_orders(meaning.segments, meaning.frames)
    return calls[0]


def load_rule_errors(folder, figures: dict[str, str], assertion: str) -> list:
    """The load errors of a rule file of one rule, written in `folder`, binding `figures` (name -> selector in
    YAML flow style) and asserting `assertion`."""
    from auditor.rulefile import load_rules

    lines = "".join(f"      {name}: {selector}\n" for name, selector in figures.items())
    path = folder / "rules.yaml"
    path.write_text(f"name: r\nrules:\n  - id: r\n    summary: s\n    message: m\n    figures:\n{lines}"
                    f"    assert: {assertion}\n", encoding="utf-8")
    return load_rules([path]).errors
