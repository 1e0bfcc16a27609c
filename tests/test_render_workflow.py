"""The workflow around the renderers: the README's commands, as a new user
runs them, and the pre-commit hooks."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys

from ruamel.yaml import YAML

from _frozen import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert m, f"README has no section {title!r}"
    return m.group(1)


def _commands() -> list[list[str]]:
    block = re.search(r"```sh\n(.*?)```", _section("Output formats and workflow"), re.S).group(1)
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.startswith("audit ")]


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return env


def test_readme_commands_run_for_every_format(tmp_path):
    shutil.copytree(ROOT / "fixtures" / "render", tmp_path / "fixtures" / "render")
    shutil.copy(ROOT / "fixtures" / "employment-bulletin-2021.txt", tmp_path / "fixtures")
    commands = _commands()
    formats = {c[c.index("--format") + 1] for c in commands if "--format" in c}
    assert formats == {"json", "sarif", "github", "markdown", "html"}
    for command in commands:
        proc = subprocess.run([sys.executable, "-m", "auditor", *command[1:]], cwd=tmp_path, capture_output=True,
                              text=True, env=_env(), timeout=120)
        assert proc.returncode == 1, (command, proc.stderr)
        assert "Traceback" not in proc.stderr
        if "-o" in command:
            written = tmp_path / command[command.index("-o") + 1]
            assert written.stat().st_size > 500, command
        else:
            assert "employment-bulletin-2021" in proc.stdout or "bulletin.html" in proc.stdout, command


def test_readme_quick_start_is_unchanged():
    quick = _section("Quick start")
    assert "pip install -e '.[test]'" in quick and "audit fixtures/employment-bulletin-2021.txt" in quick


def _hooks() -> list[dict]:
    return YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_pre_commit_hooks_manifest():
    hooks = {h["id"]: h for h in _hooks()}
    assert set(hooks) == {"audit", "audit-rules"}
    for hook in hooks.values():  # pre-commit's required keys (clientlib MANIFEST_HOOK_DICT)
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"
    audit = hooks["audit"]
    assert audit["entry"] == "audit check" and set(audit["types_or"]) == {"plain-text", "markdown"}
    assert hooks["audit-rules"]["entry"] == "audit rules check"
    files = re.compile(hooks["audit-rules"]["files"])
    assert files.search("rules/population.yml") and files.search("pkg/.audit/local.yaml")
    assert not files.search("docs/rules.md") and not files.search("reports/2021.yml")


def test_audit_hook_entry_takes_filenames_like_pre_commit(tmp_path):
    clean = tmp_path / "clean.md"
    clean.write_text("Exports rose to $5.2 billion in 2020.\n", encoding="utf-8")
    entry = shlex.split(_hooks()[0]["entry"])
    run = lambda *files: subprocess.run([sys.executable, "-m", "auditor", *entry[1:], *files],  # noqa: E731
                                        capture_output=True, text=True, env=_env(), timeout=120)
    assert run(str(clean)).returncode == 0
    assert run(str(clean), str(ROOT / "fixtures" / "employment-bulletin-2021.txt")).returncode == 1
