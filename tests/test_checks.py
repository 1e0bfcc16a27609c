"""Every built-in check, both ways, on fixture reports that mark what they expect.

The line where a finding is reported (its first figure) ending in `<!-- expect: STATUS CHECK, ... -->` must get exactly those
kinds of finding (by status and check) among its inconsistent, consistent and implied
findings; a line without a mark must get none of them.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.audit import audit_document
from auditor.checks import CHECKS
from auditor.checks.base import DOC_HEADINGS
from auditor.document import Document
from auditor.model import Status

CHECK_FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "checks").glob("*.md"))
_EXPECT = re.compile(r"<!--\s*expect:\s*(.*?)\s*-->")
REPORTED = {Status.INCONSISTENT, Status.CONSISTENT, Status.IMPLIED}


def expectations(text: str) -> dict[int, set[tuple[str, str]]]:
    out = {}
    for number, line in enumerate(text.splitlines(), 1):
        m = _EXPECT.search(line)
        if m:
            out[number] = {tuple(item.split()) for item in m.group(1).split(",")}
    return out


@pytest.mark.parametrize("path", CHECK_FIXTURES, ids=lambda p: p.stem)
def test_fixture_findings_match_inline_expectations(path):
    text = path.read_text(encoding="utf-8")
    audit = audit_document(Document(str(path), text))
    got: dict[int, set[tuple[str, str]]] = {}
    for finding in audit.findings:
        if finding.status in REPORTED:
            line = finding.span.line if finding.span else 0  # where the finding is reported
            got.setdefault(line, set()).add((finding.status.value, finding.check))
    assert got == expectations(text)


def test_every_check_has_a_fixture_that_flags_it_and_one_that_passes_it():
    marks = Counter()
    for path in CHECK_FIXTURES:
        for counter in expectations(path.read_text(encoding="utf-8")).values():
            marks.update(counter)
    for check_id in CHECKS:
        if CHECKS[check_id].needs:  # compares with a table or other documents: tests/test_desk.py
            continue
        if check_id == "arithmetic-found":  # never flags, by design
            assert marks[("consistent", check_id)]
            continue
        assert marks[("inconsistent", check_id)] or marks[("implied", check_id)], check_id
        assert marks[("consistent", check_id)] or marks[("implied", check_id)], check_id


@pytest.mark.parametrize("check_id", list(CHECKS))
def test_every_check_is_documented_with_the_same_headings(check_id):
    doc = CHECKS[check_id].doc
    positions = [doc.index(f"## {h}") for h in DOC_HEADINGS]
    assert positions == sorted(positions)


def test_consistent_and_unrelated_text_raises_nothing():
    text = ("Exports climbed 24 percent to $874.3 billion, while imports surged 27.6 percent to $829.37 billion.\n"
            "The male rate rose 0.2 pts to 10.8% and the female rate fell 0.3 pts to 14.5%.\n")
    audit = audit_document(Document("x.txt", text))
    assert not [f for f in audit.findings if f.status is Status.INCONSISTENT]


def test_an_uncertain_whole_is_undetermined_not_an_error():
    text = ("The council counted 346,094 candidates who sat the examination.\n\n"
            "Social studies had the most passes, with 257,828 (81.0%) candidates passing.\n")
    audit = audit_document(Document("x.txt", text))
    assert [f.status for f in audit.findings if f.check == "share-of-total"] == [Status.UNDETERMINED]


def test_every_defined_measure_term_holds_one_of_the_words_looked_for_first():
    """defined-measure reads the terms only in clauses that hold one of TERM_WORDS: every match of
    every pattern in TERMS must hold one (read from the parsed patterns, letters only where certain)."""
    from re import _constants as sre, _parser as parser

    from auditor.grammar.defined_terms import _TERM, TERM_WORDS

    def holds_a_word(items: list, run: str = "") -> bool:  # `run`: the letters just before `items`
        for k, (op, av) in enumerate(items):
            rest = list(items[k + 1:])
            if op is sre.LITERAL:
                run += chr(av).lower()
                if any(w in run for w in TERM_WORDS):
                    return True
            elif op is sre.SUBPATTERN:
                return holds_a_word(list(av[3]) + rest, run)
            elif op is sre.BRANCH:
                return all(holds_a_word(list(b) + rest, run) for b in av[1])
            elif op is not sre.AT:  # a class, repeat or lookaround: its letters may differ or be missing
                if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and holds_a_word(list(av[2])):
                    return True
                run = ""
        return False

    assert holds_a_word(list(parser.parse(_TERM.pattern, re.I)))
    assert not holds_a_word(list(parser.parse("(?:labou?r[- ]force )?participation|males", re.I)))


def test_checks_reference_page_is_current():
    from auditor.checks.docs import render

    page = Path(__file__).resolve().parent.parent / "docs" / "checks.md"
    assert page.read_text(encoding="utf-8") == render(), "run: python -m auditor.checks.docs > docs/checks.md"


_WORDS = ["rose", "fell", "to", "from", "of", "which", "total", "representing", "respectively", "and", "per",
          "cent", "%", "million", "billion", "yuan", "$", "than", "higher", "up", "down", "made up of", "|",
          "the remaining", "ratio of", "among", "males", "females", "pledge", "met", "more than", ".", ",", "\n",
          "(", ")", "percentage points", "a year earlier", "2021", "Q3", "in June"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS),
                          st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False).map(str),
                          st.integers(min_value=0, max_value=10**6).map(lambda n: f"{n:,}")), max_size=60))
def test_checks_never_raise_on_arbitrary_figure_laden_text(tokens):
    audit = audit_document(Document("x.txt", " ".join(tokens)))
    for finding in audit.findings:
        assert finding.figures and finding.status in Status


CLEAN_REPORTS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "clean").glob("*.*"))


@pytest.mark.parametrize("path", CLEAN_REPORTS, ids=lambda p: p.stem)
def test_a_correct_report_raises_no_error(path):
    """Whole reports in many styles whose figures all agree (subgroups beside totals, several periods
    and series, forecasts, per-1,000 rates, tables with units in their headers): every flag is a false alarm."""
    audit = audit_document(Document(str(path), path.read_text(encoding="utf-8")))
    flagged = [f"{f.check}: {f.message}" for f in audit.findings if f.status is Status.INCONSISTENT]
    assert flagged == []


@pytest.mark.parametrize("path", [p for p in CLEAN_REPORTS if p.suffix == ".md"], ids=lambda p: p.stem)
def test_a_correct_markdown_report_read_as_markdown_raises_no_error(path):
    """The same, read as `audit` reads a .md file: bold marks gone, tables in their Markdown layout."""
    from auditor.sources import read_document

    audit = audit_document(read_document(str(path)))
    flagged = [f"{f.check}: {f.message}" for f in audit.findings if f.status is Status.INCONSISTENT]
    assert flagged == []


def test_a_change_in_basis_points_between_old_and_new_rate_columns():
    from tests._reading import verdicts
    text = ("| Rate | Previous (%) | Revised (%) | Change (bps) |\n|---|---|---|---|\n"
            "| Repo rate | 6.50 | 6.25 | -25 |\n| Bank rate | 6.75 | 6.50 | -50 |\n")
    assert [status.value for status, _ in verdicts(text, "table-arithmetic")] == ["consistent", "inconsistent"]


def test_arithmetic_found_adds_no_cells_of_two_tables():
    from tests._reading import verdicts
    text = ("| Ward | Nurses | Rate per 10,000 |\n|---|---|---|\n| North | 960 | 44.0 |\n\n"
            "Staff weights are shown below.\n\n| Group | Weight |\n|---|---|\n| All | 1004.0 |\n\n"
            "Doctors numbered 41 and nurses 960 this year, 1,001 staff in all.\n")
    found = [figures for _, figures in verdicts(text, "arithmetic-found")]
    assert ("960", "44.0", "1004.0") not in found and ("44.0", "960", "1004.0") not in found
    assert any("1,001" in figures for figures in found)  # prose figures still add up across the text


def test_a_total_row_below_one_of_its_rows_is_an_index_not_a_sum():
    from tests._reading import verdicts
    text = ("| Sector | Aug 2024 | Jul 2024 |\n|---|---:|---:|\n| Food stores | 104.6 | 104.9 |\n"
            "| Non-store retailing | 168.5 | 165.1 |\n| All retailing | 112.4 | 111.7 |\n")
    assert verdicts(text, "table-arithmetic") == []


def test_a_relation_binding_one_figure_twice_is_dropped(monkeypatch):
    """A part that is its own whole ("the share of 427,153 in 427,153") relates nothing: whichever
    check builds it, the audit keeps only relations whose names are bound to distinct figures."""
    from auditor import expr
    from auditor.audit import built_in_relations
    from auditor.checks.base import Check
    from auditor.document import Document
    from auditor.extract import extract_figures
    from auditor.model import Relation

    doc = Document("t.txt", "Of the 427,153 candidates, 425,563 passed, or 99.69 per cent.")
    figures = extract_figures(doc)
    whole, part, share = figures

    def find(document, found):
        yield Relation("fake", expr.parse("part / whole == share"), {"part": whole, "whole": whole, "share": share}, "self")
        yield Relation("fake", expr.parse("part / whole == share"), {"part": part, "whole": whole, "share": share}, "ok")

    doc_text = "".join(f"## {heading}\nx\n" for heading in DOC_HEADINGS)
    monkeypatch.setitem(CHECKS, "fake", Check("fake", "A fake check.", doc_text, find))
    assert [r.message for r in built_in_relations(doc, figures, ["fake"])] == ["ok"]
