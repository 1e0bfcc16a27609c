"""The command line end to end: exit codes, formats, stdin, bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from auditor.cli import main


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def test_fixture_flags_the_two_new_urban_jobs_figures(bulletin):
    result = run("--format", "json", str(bulletin))
    assert result.exit_code == 1
    doc = json.loads(result.stdout)["documents"][0]
    flagged = [f for f in doc["findings"] if f["status"] == "inconsistent" and f["check"] == "same-measure-conflict"]
    assert len(flagged) == 1
    assert sorted(x["text"] for x in flagged[0]["figures"]) == ["484,000", "795,000"]


def test_json_follows_the_contract(bulletin):
    data = json.loads(run("--format", "json", str(bulletin)).stdout)
    assert data["version"] == 1 and data["tool"]["name"] and data["errors"] == []
    doc = data["documents"][0]
    text = bulletin.read_text(encoding="utf-8")
    for fig in doc["figures"]:
        assert text[fig["start"]:fig["end"]] == fig["text"]
        for key in ("id", "value", "low", "high", "unit", "measure", "period", "line", "column"):
            assert key in fig
    for finding in doc["findings"]:
        assert finding["status"] in {"inconsistent", "consistent", "implied", "undetermined"}
        assert finding["severity"] in {"error", "warning", "note"}
        for fig in finding["figures"]:
            assert text[fig["start"]:fig["end"]] == fig["text"]
    assert set(doc["summary"]) >= {"figures", "relations", "inconsistent", "consistent", "implied"}
    assert doc["summary"]["figures"] == len(doc["figures"])


def test_scaled_and_percent_values_are_decimal_strings(bulletin):
    figs = {f["text"]: f for f in json.loads(run("--format", "json", str(bulletin)).stdout)["documents"][0]["figures"]}
    assert figs["3.028 million"]["value"] == "3028000"
    assert (figs["3.028 million"]["low"], figs["3.028 million"]["high"]) == ("3027500", "3028500")
    assert figs["94.17%"]["value"] == "94.17" and figs["94.17%"]["unit"] == "percent"
    assert figs["more than 60,000"["more than ".__len__():]]["high"] is None


def test_clean_report_exits_zero():
    result = run("-", input="Exports rose to $5.2 billion in 2020.\n")
    assert result.exit_code == 0


def test_stdin_is_read_and_named():
    text = "In 2021 the city created 10,200 new jobs. By the end of 2021 the city had created 12,900 new jobs.\n"
    result = run("--format", "json", "--stdin-filename", "city.txt", "-", input=text)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["documents"][0]["path"] == "city.txt"


def test_exit_zero_and_fail_on(bulletin):
    assert run("--exit-zero", str(bulletin)).exit_code == 0
    assert run("--fail-on", "warning", str(bulletin)).exit_code == 1


def test_unreadable_path_is_exit_2_with_one_line(tmp_path, bulletin):
    missing = tmp_path / "nope.txt"
    result = run("--format", "json", str(missing), str(bulletin))
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [d["path"] for d in data["documents"]] == [str(bulletin)]  # the others are still audited
    assert data["errors"][0]["path"] == str(missing)


def test_invalid_utf8_names_line_and_column(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"first line\nsecond \xff line\n")
    result = run(str(bad))
    assert result.exit_code == 2
    assert f"{bad}:2:8: is not valid UTF-8" in result.output


def test_bad_format_is_usage_error(bulletin):
    assert CliRunner().invoke(main, ["--format", "xml", str(bulletin)]).exit_code == 2


def test_text_output_has_no_escapes_when_not_a_terminal(bulletin):
    result = run(str(bulletin))
    assert "\x1b[" not in result.output
    assert "inconsistent" in result.output and "same-measure-conflict" in result.output


def test_force_color_and_no_color(bulletin):
    coloured = run("--color", str(bulletin)).output
    assert "\x1b[" in coloured
    assert "\x1b[" not in run("--no-color", str(bulletin)).output


def test_report_text_with_brackets_is_not_eaten_as_markup():
    text = "In 2020 [see table 2] the city created 10,200 new jobs. By the end of 2020 the city created 12,900 new jobs.\n"
    result = run("-", input=text)
    assert result.exit_code == 1 and "[see table 2]" in result.output


def test_explain_documents_a_check_and_suggests_names():
    out = run("explain", "same-measure-conflict").output
    for heading in ("What it checks", "Why it matters", "Example", "Fix"):
        assert heading in out
    bad = CliRunner().invoke(main, ["explain", "same-measure"])
    assert bad.exit_code == 2 and "Did you mean 'same-measure-conflict'" in bad.output


def test_figures_command_lists_figures(bulletin):
    data = json.loads(run("figures", "--format", "json", str(bulletin)).stdout)
    texts = [f["text"] for f in data[0]["figures"]]
    assert "484,000" in texts and "2021" not in texts


def _subprocess(*args, input=None, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "auditor", *args], input=input, capture_output=True,
                          text=True, env=env, timeout=60)


def test_real_process_exit_codes_and_no_traceback(tmp_path, bulletin):
    assert _subprocess(str(bulletin)).returncode == 1
    assert _subprocess("-", input="Revenue was $3 million in 2019.\n").returncode == 0
    proc = _subprocess(str(tmp_path / "missing.txt"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    assert len([line for line in (proc.stdout + proc.stderr).splitlines() if "missing.txt" in line]) == 1


def test_real_process_honours_no_color_and_force_color(bulletin):
    assert "\x1b[" in _subprocess(str(bulletin), env_extra={"FORCE_COLOR": "1"}).stdout
    plain = _subprocess(str(bulletin), env_extra={"FORCE_COLOR": "1", "NO_COLOR": "1"}).stdout
    assert "\x1b[31m" not in plain and "\x1b[1;31m" not in plain


def test_version():
    assert "audit" in _subprocess("--version").stdout
