"""Renderers read a finding's fields, never its message text.

The message is the whole decision in one line for the JSON contract; the headline, the
numbers, the miss and the fix a renderer shows come from the finding's own fields. So a
finding whose message is garbled renders exactly as before in every format but JSON, and
JSON differs only in its "message" values.
"""
from __future__ import annotations

import ast
import json
from dataclasses import replace

from io import StringIO

import pytest
from rich.console import Console

from _frozen import ROOT, frozen
from auditor.model import AuditResult
from auditor.render import render_string, text

GARBLED = "zzz 12345 / 67890 = 99.9%, stated 13579; off by 24680 (55%); other reading: 1 / 2 = 3"
RENDER_DIR = ROOT / "auditor" / "render"


def _rendered(result: AuditResult, fmt: str) -> str:
    if fmt != "text":
        return render_string(result, fmt)
    out = StringIO()
    text.render(result, Console(file=out, width=100, color_system=None, highlight=False), show_consistent=True)
    return out.getvalue()


def _garbled(result: AuditResult) -> AuditResult:
    docs = tuple(replace(d, findings=tuple(replace(f, message=GARBLED) for f in d.findings)) for d in result.documents)
    return replace(result, documents=docs)


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("fmt", ["text", "sarif", "github", "markdown", "html"])
@pytest.mark.parametrize("name", ["bulletin", "city-budget"])
def test_a_garbled_message_changes_nothing_a_renderer_prints(name, fmt):
    result = frozen(name)
    assert _rendered(_garbled(result), fmt) == _rendered(result, fmt)
    assert "24680" not in _rendered(_garbled(result), fmt)


def test_json_carries_the_message_as_given_and_the_fields_beside_it():
    result = frozen("bulletin")
    plain = json.loads(render_string(result, "json"))
    garbled = json.loads(render_string(_garbled(result), "json"))
    for doc_a, doc_b in zip(plain["documents"], garbled["documents"]):
        for a, b in zip(doc_a["findings"], doc_b["findings"]):
            assert b["message"] == GARBLED
            assert {k: v for k, v in a.items() if k != "message"} == {k: v for k, v in b.items() if k != "message"}
    conflict = next(f for f in plain["documents"][0]["findings"] if f["check"] == "same-measure-conflict")
    assert conflict["miss"] == {"amount": "-311000", "unit": "", "text": "311,000 (39% of the stated value)",
                                "at_least": None}


_MATCHERS = {"match", "search", "fullmatch", "findall", "finditer", "split", "sub", "subn"}


def _reads_message_with_a_pattern(tree: ast.AST) -> list[int]:
    """Lines where a regular-expression call is given something's `.message`."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _MATCHERS:
            for arg in ast.walk(ast.Module(body=[ast.Expr(a) for a in node.args], type_ignores=[])):
                if isinstance(arg, ast.Attribute) and arg.attr == "message":
                    lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("module", sorted(RENDER_DIR.glob("*.py")), ids=lambda p: p.name)
def test_no_renderer_runs_a_pattern_over_a_message(module):
    assert _reads_message_with_a_pattern(ast.parse(module.read_text(encoding="utf-8"))) == []


def test_the_scan_finds_a_pattern_run_over_a_message():
    # the scan above must be able to fail: this is what the old renderers did
    assert _reads_message_with_a_pattern(ast.parse("m = _CALC.match(finding.message)\n")) == [1]
