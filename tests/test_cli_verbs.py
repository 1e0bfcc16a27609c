"""`audit --help` shows the audit's options; a verb is never shadowed by a file name."""
from __future__ import annotations

from click.testing import CliRunner

from auditor.cli import main

CONTRADICTION = ("In 2023 the club sold 18,523 season tickets.\n\n"
                 "By the end of 2023 the club had sold 18,253 season tickets.\n")


def run(*args):
    return CliRunner().invoke(main, list(args), prog_name="audit", catch_exceptions=False)


def test_help_lists_the_options_of_the_default_command_and_the_verbs():
    out = run("--help")
    assert out.exit_code == 0
    for option in ("--format", "--fail-on", "--show-consistent", "--show-found", "--statistics", "--rules",
                   "--baseline", "--jobs", "--version"):
        assert option in out.stdout, option
    assert "Usage: audit [OPTIONS] REPORT...  |  audit COMMAND [ARGS]..." in out.stdout
    for verb in ("explain", "figures", "rules", "corpus"):
        assert f"\n  {verb} " in out.stdout, verb


def test_a_verb_wins_over_a_file_of_its_name_and_double_dash_audits_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for verb in ("explain", "figures", "rules"):
        (tmp_path / verb).write_text(CONTRADICTION, encoding="utf-8")
    assert "same-measure-conflict" in run("explain").stdout  # the list of checks
    assert "bound no figures" not in run("explain").stdout
    audited = run("--format", "concise", "--", "explain")
    assert audited.exit_code == 1
    assert audited.stdout.startswith("explain:1:23: same-measure-conflict inconsistent")
    assert run("--format", "concise", "--", "figures", "rules").stdout.count("same-measure-conflict") == 2


def test_options_before_a_verb_go_to_the_verb():
    out = run("--no-color", "explain", "ratio")
    assert out.exit_code == 0 and "ratio" in out.stdout
    wrong = run("--format", "json", "explain")  # an audit option the verb does not take: a usage error
    assert wrong.exit_code == 2 and "No such option" in wrong.output
