"""Each output format: the things a reviewer or a tool relies on."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from io import StringIO

import jsonschema
import pytest
from click.testing import CliRunner
from rich.console import Console

from _frozen import ROOT, frozen
from auditor.cli import main
from auditor.render import github, html, markdown, render_string, sarif, text

SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
OUTPUT_SCHEMA = json.loads((ROOT / "auditor" / "schemas" / "output.schema.json").read_text(encoding="utf-8"))
BULLETIN = ROOT / "fixtures" / "employment-bulletin-2021.txt"
CITY = ROOT / "fixtures" / "render" / "city-budget.md"


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture(autouse=True)
def _at_repo_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def _errors(validator_cls, schema, instance) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator_cls(schema).iter_errors(instance)]


# -- JSON --------------------------------------------------------------------------

def test_output_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(OUTPUT_SCHEMA)


@pytest.mark.parametrize("paths", [[BULLETIN], [CITY], [BULLETIN, CITY, "missing.txt"]])
def test_json_from_the_cli_validates_against_the_committed_schema(paths):
    data = json.loads(run("--format", "json", *map(str, paths)).stdout)
    assert _errors(jsonschema.Draft202012Validator, OUTPUT_SCHEMA, data) == []


def test_the_schema_rejects_what_breaks_the_contract():
    data = json.loads(run("--format", "json", str(BULLETIN)).stdout)
    broken = json.loads(json.dumps(data))
    broken["documents"][0]["findings"][0]["status"] = "wrong"
    assert _errors(jsonschema.Draft202012Validator, OUTPUT_SCHEMA, broken)
    broken = json.loads(json.dumps(data))
    broken["documents"][0]["figures"][0]["value"] = 484000.0  # a float, not a decimal string
    assert _errors(jsonschema.Draft202012Validator, OUTPUT_SCHEMA, broken)


def test_json_marks_suppressed_findings_and_unused_directives():
    doc = json.loads(run("--format", "json", str(CITY)).stdout)["documents"][0]
    suppressed = [f for f in doc["findings"] if f["suppressed"]]
    assert [(f["check"], f["suppressed"]) for f in suppressed] == [("same-measure-conflict", "inline")]
    assert [(u["kind"], u["checks"], u["line"]) for u in doc["unused_suppressions"]] == [
        ("inline", ["share-of-total"], 23)]
    assert all(re.fullmatch(r"[0-9a-f]{32}(:\d+)?", f["fingerprint"]) for f in doc["findings"])


# -- SARIF -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["bulletin", "city-budget", "bulletin-html"])
def test_sarif_validates_against_the_official_schema(name):
    log = json.loads(sarif.render(frozen(name)))
    assert _errors(jsonschema.Draft4Validator, SARIF_SCHEMA, log) == []


def test_sarif_from_the_cli_validates_and_has_what_github_needs():
    result = run("--format", "sarif", str(BULLETIN), str(CITY))
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    assert _errors(jsonschema.Draft4Validator, SARIF_SCHEMA, log) == []
    assert log["$schema"] and log["version"] == "2.1.0"
    run_ = log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    for rule in rules:  # GitHub's list: id, short and full description, help
        assert rule["id"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
    assert len({r["id"] for r in rules}) == len(rules)
    results = run_["results"]
    assert results, "the bulletin has an inconsistency"
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]
        assert not loc["artifactLocation"]["uri"].startswith("/")  # relative to the repository root
        assert loc["region"]["startLine"] >= 1
        if r["ruleId"] != "unused-suppression":
            assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(loc["region"])
        assert r["partialFingerprints"]
    conflict = next(r for r in results if r["ruleId"] == "same-measure-conflict"
                    and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".txt"))
    region = conflict["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 36, 43)
    assert conflict["level"] == "error"
    assert [x["physicalLocation"]["region"]["startLine"] for x in conflict["relatedLocations"]] == [9]
    suppressed = [r for r in results if r.get("suppressions")]
    assert [s["kind"] for r in suppressed for s in r["suppressions"]] == ["inSource"]
    assert any(r["ruleId"] == "unused-suppression" and r["level"] == "note" for r in results)


def test_sarif_never_reports_consistent_relations():
    log = json.loads(sarif.render(frozen("bulletin")))
    assert {r["properties"]["status"] for r in log["runs"][0]["results"] if "properties" in r} == {"inconsistent"}


def test_sarif_rejected_by_the_schema_when_broken():
    """The vendored schema really checks: a result without a message fails."""
    log = json.loads(sarif.render(frozen("bulletin")))
    del log["runs"][0]["results"][0]["message"]
    assert _errors(jsonschema.Draft4Validator, SARIF_SCHEMA, log)


# -- GitHub annotations -------------------------------------------------------------

def test_github_annotation_lines():
    out = github.render(frozen("bulletin"))
    lines = out.splitlines()
    assert lines[0].startswith("::error title=audit (same-measure-conflict),file=fixtures/employment-bulletin-2021.txt,"
                               "line=3,col=36,endLine=3,endColumn=43::")
    assert "(39%25 of the stated value)" in lines[0]  # % escaped as GitHub requires
    assert len(lines) == 1  # consistent and implied relations are not annotated


def test_github_escapes_properties_and_skips_suppressed():
    result = frozen("city-budget")
    out = github.render(result)
    assert "same-measure-conflict" not in out  # suppressed inline
    assert out.startswith("::notice title=audit (unused-suppression),file=fixtures/render/city-budget.md,line=23::")
    doc = result.documents[0]
    renamed = replace(result, documents=(replace(doc, path="a,b:c.md"),))
    assert "file=a%2Cb%3Ac.md" in github.render(renamed)


# -- Markdown -------------------------------------------------------------------------

def test_markdown_table_for_a_pull_request_comment():
    out = markdown.render(frozen("bulletin"))
    table = [line for line in out.splitlines() if line.startswith("|")]
    assert table[0].startswith("| Location | Check |")
    assert len(table) == 3  # header, rule, one inconsistency
    assert "`fixtures/employment-bulletin-2021.txt:3:36`" in table[2] and "311,000 (39% of the stated value)" in table[2]
    assert all(line.count("|") == table[0].count("|") for line in table)


def test_markdown_escapes_pipes_in_report_text():
    result = frozen("bulletin")
    doc = result.documents[0]
    f = doc.findings[0]
    tricky = replace(f, headline="a | b: 484,000 here, 795,000 there", calculation="1 | 2")
    out = markdown.render(replace(result, documents=(replace(doc, findings=(tricky,)),)))
    row = next(line for line in out.splitlines() if "a \\| b" in line)
    assert "1 \\| 2" in row
    assert row.count("|") - row.count("\\|") == 9  # eight columns


def test_markdown_escapes_dollars_so_github_does_not_render_math():
    result = frozen("bulletin")
    doc = result.documents[0]
    money = replace(doc.findings[0], headline="profit: $30.4 million - $25.0 million is 5, not the $6 stated",
                    calculation="$30.4 million - $25.0 million", stated="$6")
    out = markdown.render(replace(result, documents=(replace(doc, findings=(money,)),)))
    assert "\\$30.4 million - \\$25.0 million" in out and " $30.4" not in out


def test_markdown_says_so_when_clean():
    out = run("--format", "markdown", "-", input="Exports rose to $5.2 billion in 2020.\n").stdout
    assert "No inconsistencies found." in out and "✅" in out


# -- HTML -------------------------------------------------------------------------------

def test_html_links_every_checked_figure_to_its_finding():
    result = frozen("bulletin")
    page = html.render(result)
    doc = result.documents[0]
    checked = {x.id for f in doc.findings for x in f.figures}
    for fid in checked:
        m = re.search(rf'<a class="fig (\w+)[^"]*" id="d1-{fid}" href="#(d1-finding-\d+)"', page)
        assert m, fid
        assert f'id="{m.group(2)}"' in page
    red = re.findall(r'<a class="fig inconsistent" id="d1-(F\d+)"', page)
    assert sorted(red) == sorted(x.id for f in doc.findings if f.status.value == "inconsistent" for x in f.figures)
    assert "<script" not in page and "http" not in page.split("<body>")[1]  # self-contained


def test_html_escapes_report_text():
    result = frozen("city-budget")
    page = html.render(result)
    assert "&lt;!-- audit: ignore[share-of-total] --&gt;" in page
    assert "[see table 2]" in page
    assert "<!-- audit" not in page


# -- terminal ---------------------------------------------------------------------------

def _text(result, width=100, **kw) -> str:
    out = StringIO()
    text.render(result, Console(file=out, width=width, highlight=False, **kw))
    return out.getvalue()


def test_text_wraps_long_sentences_under_their_column():
    out = _text(frozen("bulletin"), width=60, color_system=None)
    assert all(len(line) <= 60 for line in out.splitlines())
    gutter = [line for line in out.splitlines() if "│" in line]
    assert len({line.index("│") for line in gutter}) == 1  # wrapped lines keep the gutter


def test_text_colours_the_involved_figures_only_when_asked():
    coloured = _text(frozen("bulletin"), force_terminal=True, color_system="standard")
    assert re.search(r"\x1b\[[0-9;]*31m484,000\x1b\[0m", coloured)  # the figure, in red
    assert "\x1b[" not in _text(frozen("bulletin"), color_system=None)


def test_text_shows_stated_computed_miss_and_other_reading():
    out = _text(frozen("city-budget"), color_system=None)
    assert "(suppressed" not in out  # hidden by default
    full = StringIO()
    text.render(frozen("bulletin"), Console(file=full, width=100, color_system=None), show_consistent=True)
    full = full.getvalue()
    assert re.search(r"stated\s+795,000", full) and re.search(r"miss\s+off by 311,000", full)
    assert re.search(r"other reading\s+495,000 / 795,000", full)
    assert re.search(r"implied\s+plan 419,159 to 420,390 \(not stated in the text\)", full)


def test_cli_brackets_in_report_text_are_printed_as_written():
    report = "In 2020 [see table 2] the city created 10,200 new jobs. By the end of 2020 the city created 12,900 new jobs.\n"
    for fmt in ("text", "html"):
        out = run("--format", fmt, "--stdin-filename", "r.txt", "-", input=report).stdout
        assert "[see table 2]" in out, fmt


def test_cli_output_file_and_diagnostics_on_stderr(tmp_path):
    target = tmp_path / "out.sarif"
    result = run("--format", "sarif", "-o", str(target), str(BULLETIN), str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "missing.txt" in result.stderr and "Traceback" not in result.stderr
    log = json.loads(target.read_text(encoding="utf-8"))
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False
    assert _errors(jsonschema.Draft4Validator, SARIF_SCHEMA, log) == []


def test_cli_output_to_an_unwritable_place_is_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["--format", "json", "-o", str(tmp_path / "no" / "such" / "dir.json"),
                                       str(BULLETIN)])
    assert result.exit_code == 2 and "cannot write" in result.output


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "markdown", "html"])
def test_every_format_is_reachable_from_the_cli(fmt):
    result = run("--format", fmt.upper(), str(BULLETIN))
    assert result.exit_code == 1
    assert result.stdout == render_string(_fresh(), fmt)


def _fresh():
    from auditor.audit import audit_paths

    return audit_paths([str(BULLETIN)])


def test_render_string_rejects_unknown_formats():
    with pytest.raises(ValueError):
        render_string(frozen("bulletin"), "xml")


def test_text_report_to_a_file_is_plain(tmp_path):
    target = tmp_path / "audit.txt"
    result = run("-o", str(target), str(BULLETIN), env={"FORCE_COLOR": "1"})
    assert result.exit_code == 1 and result.stdout == ""
    written = target.read_text(encoding="utf-8")
    assert "same-measure-conflict" in written and "\x1b[" not in written
