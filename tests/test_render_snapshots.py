"""Snapshots of every output format on the fixture reports (syrupy).

Rendered from frozen audit results (tests/_frozen.py), so these snapshots move
only when a renderer changes. After an intended change to a renderer:
`python -m pytest tests/test_render_snapshots.py --snapshot-update`, then read
the diff of tests/__snapshots__/.
"""
from __future__ import annotations

from dataclasses import replace
from io import StringIO

import pytest
from rich.console import Console

from _frozen import REPORTS, ROOT, frozen
from auditor.model import AuditResult, InputError
from auditor.render import render_string, text

MACHINE_FORMATS = ("json", "sarif", "github", "markdown", "html", "concise", "statistics")


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch):
    monkeypatch.chdir(ROOT)  # SARIF and GitHub paths are relative to the working directory


def _text(result: AuditResult, show_consistent: bool = False) -> str:
    out = StringIO()
    text.render(result, Console(file=out, width=100, color_system=None, highlight=False),
                show_consistent=show_consistent)
    return out.getvalue()


def _multi() -> AuditResult:
    a, b = frozen("bulletin"), frozen("city-budget")
    return replace(a, documents=a.documents + b.documents,
                   errors=(InputError("reports/missing.txt", "cannot read: No such file or directory"),))


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_text(name, snapshot):
    assert _text(frozen(name)) == snapshot


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_text_show_consistent(name, snapshot):
    assert _text(frozen(name), show_consistent=True) == snapshot


@pytest.mark.parametrize("fmt", MACHINE_FORMATS)
@pytest.mark.parametrize("name", sorted(REPORTS))
def test_machine_format(name, fmt, snapshot):
    assert render_string(frozen(name), fmt) == snapshot


@pytest.mark.parametrize("fmt", ("text",) + MACHINE_FORMATS)
def test_several_files_and_an_unreadable_one(fmt, snapshot):
    result = _multi()
    assert (_text(result) if fmt == "text" else render_string(result, fmt)) == snapshot
