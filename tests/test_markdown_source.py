"""Markdown read as the page a reader sees: what is not prose gives no figure, and every figure
points at its line and column in the Markdown file."""
from __future__ import annotations

import json
import time

import pytest

from auditor.extract import extract_figures
from auditor.sources import document_from_bytes, read_document

REPORT = """\
---
issue: 42
version: 2.5
---
# Jobs report 2023

Employment **rose** to 1,204 thousand[^1], see [the release](https://stats.example.org/jobs?v=3.5 "table 7")
and `series 88` ![chart of 99 bars](chart-11.png) at www.example.org/page/77 for details.

```python
rate = 0.061  # not a figure
```

- Men in work: 640 thousand
- Women in work: 564 thousand

> Unemployment fell to 6.1%.

| Region | 2023 |
|---|---:|
| North | *431* |

[^1]: Seasonally adjusted, 12 regions.
"""


def figures_of(source: str, name: str = "r.md"):
    doc = document_from_bytes(name, source.encode("utf-8"))
    return doc, extract_figures(doc)


def test_only_the_prose_gives_figures():
    _, figures = figures_of(REPORT)
    texts = [f.text for f in figures]
    assert "1,204 thousand" in texts and "640 thousand" in texts and "6.1%" in texts and "431" in texts
    for not_prose in ("42", "2.5", "3.5", "7", "88", "99", "11", "77", "0.061", "1"):
        assert not_prose not in texts, not_prose
    assert "12" in texts  # a footnote's own text is prose


@pytest.mark.parametrize("figure, line", [
    ("1,204 thousand", 7), ("640 thousand", 14), ("564 thousand", 15), ("6.1%", 17), ("431", 21), ("12", 23),
])
def test_positions_are_the_markdown_files_line_and_column(figure, line):
    doc, figures = figures_of(REPORT)
    found = next(f for f in figures if f.text == figure)
    assert found.span.line == line
    source_line = REPORT.splitlines()[line - 1]
    assert source_line[found.span.column - 1:found.span.column - 1 + len(figure)] == figure


def test_a_wrapped_paragraph_keeps_the_lines_of_the_file():
    doc, figures = figures_of("Spending was 412.5 million dollars, of which\n  126.0 million went on *transport*.\n")
    assert [(f.text, f.span.line, f.span.column) for f in figures] == [
        ("412.5 million dollars", 1, 14), ("126.0 million", 2, 3)]


def test_escapes_entities_and_nested_lists_map_back():
    source = "1. Costs &amp; fees \\* rose\n   - to 7.5% in *May*, then\n     to 8.25%\n"
    doc, figures = figures_of(source)
    assert "&" in doc.text and "&amp;" not in doc.text and "\\" not in doc.text
    assert [(f.text, f.span.line, f.span.column) for f in figures] == [("7.5%", 2, 9), ("8.25%", 3, 9)]


def test_a_markdown_table_is_read_as_a_table():
    source = ("| Club | 2023 | 2024 |\n|---|---|---|\n| Season tickets | **18,250** | 19,400 |\n\n"
              "In 2023 the club sold season tickets numbering 18,520.\n")
    doc, figures = figures_of(source)
    cell = next(f for f in figures if f.text == "18,250")
    assert (cell.span.line, cell.span.column, cell.period) == (3, 22, "2023")
    from auditor.audit import audit_document

    findings = [f for f in audit_document(doc).findings if f.check == "table-vs-text"]
    assert findings and findings[0].status.value == "inconsistent"


def test_suppression_comments_still_work_in_markdown(tmp_path):
    from auditor.audit import audit_document
    from auditor.suppress import apply_inline

    text = ("<!-- audit: ignore[same-measure-conflict] -->\n"
            "By the end of 2023 the city had hired 1,240 new teachers.\n"
            "By the end of 2023 the city reported 1,420 new teachers.\n")
    doc = document_from_bytes("r.md", text.encode())
    audit = apply_inline(doc, audit_document(doc))
    conflicts = [f for f in audit.findings if f.check == "same-measure-conflict" and f.status.value == "inconsistent"]
    assert conflicts and all(f.suppression == "inline" for f in conflicts)


def test_the_same_text_as_txt_is_read_raw():
    doc = document_from_bytes("r.txt", b"See `version 2.5` now.\n")
    assert [f.text for f in extract_figures(doc)] == ["2.5"]


@pytest.mark.parametrize("unit", ["[", "![", "[^", "[a][", "<!--", "[a]: b\n", "- ", "> ", "*a"])
def test_pathological_markdown_is_read_in_linear_time(unit):
    source = unit * (300_000 // len(unit))
    started = time.perf_counter()
    doc = document_from_bytes("x.md", source.encode())
    assert time.perf_counter() - started < 5
    assert doc.text.endswith("\n")


def test_cli_reports_markdown_positions(tmp_path):
    from click.testing import CliRunner

    from auditor.cli import main

    path = tmp_path / "r.md"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["figures", "--format", "json", str(path)])
    records = json.loads(result.output)[0]["figures"]
    lines = REPORT.splitlines()
    for r in records:
        assert lines[r["line"] - 1][r["column"] - 1:].startswith(r["text"]), r


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(["# ", "## ", "- ", "1. ", "> ", "| ", " |", "|---|", "**", "*", "_", "`", "```", "[", "]",
                           "(", ")", "![", "[^1]", "<!-- audit: ignore -->", "<b>", "</b>", "&amp;", "\\*", "http://x.io/5",
                           "    ", "\n", "\n\n", " ", "rose", "to", "jobs", "12", "4.5%", "1,204", "$3 billion", "---\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_any_markdown_is_read_and_every_figure_points_at_its_own_text(pieces):
    """The figure's characters stand in the source from its line and column on, in order; markup the
    page does not show may stand between them ("12<b>12" is shown as 1212)."""
    source = "".join(pieces)
    doc = document_from_bytes("r.md", source.encode("utf-8"))
    lines = source.split("\n")
    for figure in extract_figures(doc):
        rest = "\n".join(lines[figure.span.line - 1:])[figure.span.column - 1:]
        assert rest.startswith(figure.text[0]), (source, figure.text, figure.span)
        at = 0
        for ch in figure.text.replace(" ", ""):
            found = rest.find(ch, at)
            assert found >= 0, (source, figure.text, figure.span)
            at = found + 1


def test_an_html_table_in_markdown_is_read_with_its_cells_at_their_place():
    source = ("# Report\n\n<table>\n  <tr><th>Region</th><th>2023</th></tr>\n"
              "  <tr><td>North</td><td>1,204</td></tr>\n</table>\n\n<div class=\"share-bar\">Share 312</div>\n")
    doc, figures = figures_of(source)
    assert "North | 1,204" in doc.text and "312" not in doc.text
    cell = next(f for f in figures if f.text == "1,204")
    line = source.splitlines()[cell.span.line - 1]
    assert line[cell.span.column - 1:].startswith("1,204")


def _check_fixtures():
    from pathlib import Path

    return sorted((Path(__file__).resolve().parent.parent / "fixtures" / "checks").glob("*.md"))


@pytest.mark.parametrize("path", _check_fixtures(), ids=lambda p: p.stem)
def test_the_check_fixtures_read_as_markdown_give_their_findings_on_their_lines(path):
    """tests/test_checks.py reads these fixtures as plain text; read as Markdown (their `<!-- expect -->`
    marks left out, quotes, tables and wrapped lines as a reader sees them) every finding must stay
    on the line that expects it."""
    from auditor.audit import audit_document
    from test_checks import REPORTED, expectations

    audit = audit_document(read_document(str(path)))
    got: dict = {}
    for finding in audit.findings:
        if finding.status in REPORTED:
            got.setdefault(finding.span.line, set()).add((finding.status.value, finding.check))
    assert got == expectations(path.read_text(encoding="utf-8"))
