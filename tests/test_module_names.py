"""No module binds one top-level name twice unless the second binding builds on the first.

Grammar modules hold hundreds of pattern constants; a second `_CUE = ...` written further down
silently replaces the first, and every reader above the second that meant the first now reads
another pattern (this happened in grammar/links.py more than once when two changes were merged).
pyflakes reports a function or import defined twice, but not a rebound constant, so this test does.
A rebinding that reads the old value (`UNIT_WORDS = {**SIGNS, **UNIT_WORDS}`) extends it and is fine.
"""

import ast
from pathlib import Path

import pytest

import auditor

PACKAGE = Path(auditor.__file__).parent


def bound_names(node: ast.stmt) -> list[str]:
    """The plain names a top-level statement binds (not attributes or items)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        names = []
        for target in node.targets:
            parts = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
            names += [part.id for part in parts if isinstance(part, ast.Name)]
        return names
    if isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def names_read(node: ast.stmt) -> set[str]:
    value = getattr(node, "value", None)
    if value is None:
        return set()
    return {sub.id for sub in ast.walk(value) if isinstance(sub, ast.Name)}


def silent_rebindings(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for each top-level name bound again without reading itself."""
    first_line: dict[str, int] = {}
    found = []
    for node in ast.parse(source).body:
        for name in bound_names(node):
            if name in first_line and name not in names_read(node):
                found.append((name, first_line[name], node.lineno))
            first_line.setdefault(name, node.lineno)
    return found


def test_the_lint_finds_a_constant_bound_twice():
    source = "_CUE = 'a'\ndef read(): return _CUE\n_CUE = 'b'\n"
    assert silent_rebindings(source) == [("_CUE", 1, 3)]


def test_the_lint_allows_a_constant_that_extends_itself_and_item_assignments():
    source = "WORDS = {'a': 1}\nWORDS['b'] = 2\nWORDS = {**WORDS, 'c': 3}\nWORDS.update(d=4)\n"
    assert silent_rebindings(source) == []


def test_the_lint_finds_a_function_defined_twice():
    assert silent_rebindings("def f():\n    pass\n\n\ndef f():\n    pass\n") == [("f", 1, 5)]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_rebinds_a_top_level_name(path):
    assert silent_rebindings(path.read_text(encoding="utf-8")) == []
