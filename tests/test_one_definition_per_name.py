"""A module-level pattern or table is defined once: a second assignment to the same name silently
replaces the first for every function of the module, whatever the comment above the first says
(grammar/links.py once held three different _FROM_BEFORE patterns, and all its readings ran with
the last). A name may be extended from itself ("X = X | more")."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "auditor"


def _redefined(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} if node.value else set()
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                if target.id in seen and target.id not in reads:
                    twice.append(target.id)
                seen.add(target.id)
    return twice


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_module_level_constant_is_defined_once(path):
    assert _redefined(path.read_text(encoding="utf-8")) == []


def test_a_second_definition_is_found():
    assert _redefined("_A = 1\n_B = 2\n_A = 3\n") == ["_A"]
    assert _redefined("_A = {1}\n_A = _A | {2}\n") == []
