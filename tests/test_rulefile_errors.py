"""Broken and hostile rule files: exact messages, exit 2, nothing executed; the
published JSON Schema is current."""
from __future__ import annotations

import builtins
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from _reading import load_rule_errors
from auditor import expr
from auditor.cli import main
from auditor.rulefile import load_rules
from auditor.rulefile.loader import parse_rule_text

ROOT = Path(__file__).resolve().parent.parent
BROKEN = sorted((ROOT / "fixtures" / "rules" / "broken").glob("*.yaml"))
PACK = ROOT / "rules" / "employment.yaml"


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_rule_file_gives_the_expected_messages(path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the expected messages name paths relative to the repository
    relative = str(path.relative_to(ROOT))
    result = CliRunner().invoke(main, ["rules", "check", relative], catch_exceptions=False)
    assert result.exit_code == 2
    expected = path.with_suffix(".expected").read_text(encoding="utf-8")
    assert result.stderr == expected


def test_every_broken_fixture_has_expected_messages():
    assert len(BROKEN) >= 10
    for path in BROKEN:
        assert path.with_suffix(".expected").is_file(), path


def test_audit_with_a_broken_rule_file_is_exit_2_without_traceback(bulletin):
    result = CliRunner().invoke(main, ["--no-config", "--rules", str(BROKEN[0]), str(bulletin)])
    assert result.exit_code == 2 and result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


HOSTILE = [
    "__import__('os').system('echo pwned') == a",
    "a.__class__.__bases__ == a",
    "(lambda: a)() == a",
    "[x for x in (a,)] == a",
    "getattr(a, 'real') == a",
    "eval('1') == a",
    "a if a else a == a",
    "a[0] == a",
    "f'{a}' == a",
    "sum(*a) == a",
    "sum(a, start=1) == a",
    "(a := 1) == a",
    "a == 1e999",
    "a == " + "9" * 5000,
    "(" * 500 + "a" + ")" * 500 + " == a",
    "a == a\n__import__('os')",
    "a == b; import os",
    "'a' == a",
    "a == None",
    "a == True or a",
]


@pytest.mark.parametrize("assertion", HOSTILE)
def test_hostile_assertions_are_rejected_at_load(assertion, tmp_path, monkeypatch):
    """Nothing in a rule file reaches eval, exec, compile, sympify or parse_expr."""
    import sympy
    import sympy.parsing.sympy_parser as sympy_parser

    def forbidden(*args, **kwargs):
        raise AssertionError("a rule file reached a code-executing function")

    load_rules([PACK])  # import the loader's lazy dependencies before anything is patched
    text = (f"name: hostile\nrules:\n  - id: r\n    summary: s\n    message: m\n"
            f"    figures:\n      a: {{kind: count}}\n      b: {{kind: count}}\n"
            f"    assert: {json.dumps(assertion)}\n")
    # (builtins.compile stays: ast.parse is built on it, in parse-only mode)
    for module, name in ((builtins, "eval"), (builtins, "exec"), (sympy, "sympify"), (sympy_parser, "parse_expr")):
        monkeypatch.setattr(module, name, forbidden)
    loaded = parse_rule_text(text, "hostile.yaml")
    assert not isinstance(loaded, list)
    from auditor.rulefile.compiler import compile_file

    pack, errors = compile_file(loaded)
    assert pack.rules == []
    assert errors and all(e.path == "hostile.yaml" and e.line == 9 and e.column for e in errors)


def test_dunder_import_fixture_runs_nothing(tmp_path):
    marker = Path("/tmp/audit-rule-pwned")  # what the fixture's expression would create
    if marker.exists():
        marker.unlink()
    ruleset = load_rules([ROOT / "fixtures" / "rules" / "broken" / "dunder-import.yaml"])
    assert ruleset.rules == [] and ruleset.errors
    assert not marker.exists()


def test_parse_assertion_only_raises_expression_errors():
    for text in ("", "a ==", "a == b == c", "all_equal()", "all_equal(a, key=b)", "a < b < c", "not a"):
        with pytest.raises(expr.ExpressionError):
            expr.parse_assertion(text)


# --- dimensions -----------------------------------------------------------------

@pytest.mark.parametrize("figures, assertion, ok", [
    ({"jobs": "{kind: count}", "plan": "{kind: count}", "p": "{unit: percent}"}, "jobs / plan == p", True),
    ({"jobs": "{kind: count}", "plan": "{kind: count}", "p": "{unit: percent}"}, "pct(jobs, plan) == p", True),
    ({"jobs": "{kind: count}", "money": "{unit: CNY}", "p": "{unit: percent}"}, "pct(jobs, money) == p", False),
    ({"a": "{unit: CNY}", "b": "{kind: money}"}, "a <= b", True),
    ({"a": "{unit: CNY}", "b": "{unit: USD}"}, "a <= b", False),
    ({"rate": "{unit: percent}", "gap": "{unit: percentage_point}", "t": "{unit: percent}"}, "t - rate == gap", True),
    ({"a": "{kind: count}", "b": "{near: [x]}"}, "a + b == 2 * a", True),  # b's dimension is unknown
    ({"a": "{kind: count}", "b": "{unit: tonne}"}, "max(a, b) == a", False),
])
def test_dimension_check_at_load(tmp_path, figures, assertion, ok):
    errors = load_rule_errors(tmp_path, figures, assertion)
    assert (errors == []) is ok, errors
    if not ok:
        assert "dimensions do not agree" in errors[0].message


# --- the published schema -------------------------------------------------------

def test_committed_schema_is_current():
    from auditor.rulefile.schema import json_schema_text

    committed = (ROOT / "auditor" / "schemas" / "rules.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema_text(), "regenerate with: python -m auditor.rulefile.schema"


def test_schema_validates_the_packs_and_rejects_unknown_keys():
    import jsonschema
    from ruamel.yaml import YAML

    schema = json.loads((ROOT / "auditor" / "schemas" / "rules.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in (ROOT / "rules").glob("*.yaml"):
        validator.validate(YAML(typ="safe").load(path.read_text(encoding="utf-8")))
    typo = YAML(typ="safe").load((ROOT / "fixtures/rules/broken/unknown-keys.yaml").read_text(encoding="utf-8"))
    assert not validator.is_valid(typo)


def test_every_schema_property_is_described():
    schema = json.loads((ROOT / "auditor" / "schemas" / "rules.schema.json").read_text(encoding="utf-8"))
    for name, definition in [("RulePack", schema), *schema["$defs"].items()]:
        for prop, spec in definition.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{prop} has no description"


def test_unreadable_and_non_utf8_rule_files(tmp_path):
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"name: x\nrules: []\n# caf\xe9\n")
    (error,) = load_rules([bad]).errors
    assert (error.line, error.column, error.message) == (3, 6, "rule file is not valid UTF-8")
    (missing,) = load_rules([tmp_path / "none.yaml"]).errors
    assert "cannot read rule file" in missing.message
    assert os.path.basename(missing.path) == "none.yaml"


def test_any_assertion_text_compiles_or_gives_positioned_errors():
    """Whatever a rule file says in `assert`, loading ends in rules or in errors, never an exception."""
    from hypothesis import given, settings, strategies as st

    from auditor.rulefile.compiler import compile_file

    alphabet = st.sampled_from(list("ab()+-*/<=>=!., _'\"[]{}:;0123456789e") + ["sum", "pct", "all_equal", " == ",
                                                                              "__import__", "lambda", "1e999"])

    @settings(max_examples=200, deadline=None)
    @given(st.lists(alphabet, max_size=20).map("".join))
    def check(assertion):
        text = ("name: h\nrules:\n  - id: r\n    summary: s\n    message: m\n"
                "    figures:\n      a: {kind: count}\n      b: {kind: count}\n"
                f"    assert: {json.dumps(assertion)}\n")
        loaded = parse_rule_text(text, "h.yaml")
        if isinstance(loaded, list):
            assert all(e.line for e in loaded)
            return
        pack, errors = compile_file(loaded)
        assert bool(pack.rules) != bool(errors)
        assert all(e.line in (7, 8, 9) for e in errors)  # the assertion, or a name it leaves unused

    check()
