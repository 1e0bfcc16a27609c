"""YAML rule packs: loading, selectors, binding, exact decisions, implied values, CLI."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.document import Document
from auditor.engine import decide_all
from auditor.extract import extract_figures
from auditor.model import Status
from auditor.rulefile import load_rules, relations_for_rules

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "rules" / "employment.yaml"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def write_pack(tmp_path: Path, rules_yaml: str, name: str = "pack.yaml", aliases: str = "") -> Path:
    path = tmp_path / name
    path.write_text(f"name: test-pack\n{aliases}rules:\n" + textwrap.indent(textwrap.dedent(rules_yaml), "  "),
                    encoding="utf-8")
    return path


def findings_for(path: Path, text: str):
    ruleset = load_rules([path])
    assert ruleset.errors == []
    document = Document("t.txt", text)
    return decide_all(relations_for_rules(ruleset.rules, document, extract_figures(document)))


def rule_findings(result_json: str) -> list[dict]:
    return [f for f in json.loads(result_json)["documents"][0]["findings"] if f["rule_file"]]


# --- the founding report's relations, through the bundled pack -----------------

@pytest.mark.parametrize("spec", [str(PACK), "employment"])
def test_employment_pack_on_the_fixture_report(bulletin, spec):
    result = run("--no-config", "--rules", spec, "--format", "json", str(bulletin))
    assert result.exit_code == 1
    found = rule_findings(result.stdout)
    by_rule = {}
    for f in found:
        by_rule.setdefault(f["check"], []).append(f)

    conflict = by_rule["employment.measure-stated-twice"]
    assert [f["status"] for f in conflict] == ["inconsistent"]
    located = {(x["text"], x["line"]) for x in conflict[0]["figures"]}
    assert located == {("484,000", 3), ("795,000", 9)}  # both locations

    plan = by_rule["employment.percent-of-plan"][0]
    assert plan["status"] == "implied" and "419,159 to 420,390" in plan["message"]

    rate = by_rule["employment.placement-rate-from-parts"][0]
    assert rate["status"] == "consistent" and "94.17%" in {x["text"] for x in rate["figures"]}

    ratios = [f for f in by_rule["employment.ratio-from-parts"] if "1.50" in {x["text"] for x in f["figures"]}]
    assert [f["status"] for f in ratios] == ["consistent"]
    assert rule_findings(result.stdout)[0]["rule_file"].endswith("employment.yaml")


def test_without_rules_no_rule_findings(bulletin):
    assert rule_findings(run("--no-config", "--format", "json", str(bulletin)).stdout) == []


def test_pack_examples_pass():
    result = run("rules", "test", str(PACK))
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.output


def test_failing_example_exits_1_and_names_its_line(tmp_path):
    path = write_pack(tmp_path, """\
        - id: plan
          summary: s
          message: "{done} of {plan}"
          scope: sentence
          figures:
            share: {unit: percent}
            done: {kind: count}
            plan: {kind: count, near: [plan]}
          assert: done / plan == share
          examples:
            pass:
              - "They created 1,050 jobs, 105 percent of the plan of 1,000."
            fail:
              - "They created 1,050 jobs, 105 percent of the plan of 1,000."
        """)
    result = run("rules", "test", str(path))
    assert result.exit_code == 1
    assert f"FAIL {path}:16:" in result.output and "fail example: not flagged" in result.output
    assert "1 passed, 1 failed" in result.output


def test_rules_check_ok_and_list():
    assert run("rules", "check", str(PACK)).exit_code == 0
    listed = run("rules", "list", "employment")
    assert listed.exit_code == 0 and "employment.percent-of-plan" in listed.output


def test_report_still_routes_to_check_with_a_verb_group_present(bulletin):
    assert run(str(bulletin), "--no-config").exit_code == 1


# --- deciding exactly --------------------------------------------------------

RATE_RULE = """\
    - id: rate
      summary: s
      message: "{part} of {whole} is {rate}"
      scope: sentence
      figures:
        rate: {unit: percent}
        part: {kind: count, position: before, occurrence: first}
        whole: {kind: count, position: before, occurrence: last}
      assert: part / whole == rate
    """


def test_boundary_is_exact_and_tolerance_can_tighten_or_widen(tmp_path):
    # 1 / 3 = 33.333...%: "33.3%" allows 33.25..33.35, so it holds
    text = "Of the 3 sites inspected, 1 of 3 passed, a rate of 33.3%."
    rule = RATE_RULE.replace("part: {kind: count, position: before, occurrence: first}",
                             "part: {kind: count, position: before, occurrence: 2}")
    assert [f.status for f in findings_for(write_pack(tmp_path, rule), text)] == [Status.CONSISTENT]
    # "33.35%" is consistent only at its lower rounding edge (33.345 < 33.333.. is false): inconsistent
    edge = "Of the 3 sites inspected, 1 of 3 passed, a rate of 33.35%."
    assert [f.status for f in findings_for(write_pack(tmp_path, rule), edge)] == [Status.INCONSISTENT]
    widened = rule + "  tolerance: {relative: '0.1%'}\n"
    assert [f.status for f in findings_for(write_pack(tmp_path, widened, "w.yaml"), edge)] == [Status.CONSISTENT]
    # scale 0 takes figures as exact: 33.3% is then not 1/3
    tightened = rule + "  tolerance: {scale: 0}\n"
    assert [f.status for f in findings_for(write_pack(tmp_path, tightened, "t.yaml"), text)] == [Status.INCONSISTENT]


def test_implied_value_when_one_optional_figure_is_missing(tmp_path):
    path = write_pack(tmp_path, """\
        - id: plan
          summary: s
          message: "{done} is {share} of {plan}"
          scope: sentence
          figures:
            share: {unit: percent, pattern: "{n} of the (\\\\w+ )?plan"}
            done: {kind: count, position: before}
            plan: {kind: count, near: [plan], optional: true}
          assert: done / plan == share
        """)
    (implied,) = findings_for(path, "The city created 484,000 new urban jobs, 115.3 percent of the annual plan.")
    assert implied.status is Status.IMPLIED
    assert implied.message.endswith("plan implied 419,159 to 420,390")
    assert "the unstated plan" in implied.message
    (stated,) = findings_for(path, "The city created 484,000 new urban jobs, 115.3 percent of the plan of 420,000.")
    assert stated.status is Status.CONSISTENT


def test_all_equal_groups_by_period_and_measure(tmp_path):
    path = write_pack(tmp_path, """\
        - id: twice
          summary: s
          message: "{jobs}"
          scope: document
          figures:
            jobs: {measure: new-jobs, kind: count, occurrence: all}
          assert: all_equal(jobs)
        """, aliases="aliases:\n  new-jobs: [new jobs, jobs added]\n")
    text = ("In 2022 the town created 1,200 new jobs. In 2023 the town created 1,900 new jobs.\n\n"
            "Looking back, 1,900 new jobs were created in 2023, and 1,300 new jobs in registered firms in 2023.")
    (finding,) = findings_for(path, text)
    assert finding.status is Status.CONSISTENT  # 2022 is not compared with 2023; a sub-group is not the measure
    assert sorted(f.text for f in finding.figures) == ["1,900", "1,900"]
    conflict = text.replace("Looking back, 1,900", "Looking back, 2,100")
    assert [f.status for f in findings_for(path, conflict)] == [Status.INCONSISTENT]


def test_sum_over_all_matches_and_nth_occurrence(tmp_path):
    path = write_pack(tmp_path, """\
        - id: parts
          summary: s
          message: "{parts} make {total}"
          scope: sentence
          figures:
            total: {kind: count, occurrence: 1}
            parts: {kind: count, position: after, occurrence: all}
          assert: sum(parts) == total
        """)
    assert [f.status for f in findings_for(path, "Hires were 930: 412 in March, 305 in April and 213 in May.")] \
        == [Status.CONSISTENT]
    assert [f.status for f in findings_for(path, "Hires were 941: 412 in March, 305 in April and 213 in May.")] \
        == [Status.INCONSISTENT]


def test_any_occurrence_checks_every_reading(tmp_path):
    path = write_pack(tmp_path, """\
        - id: share
          summary: s
          message: "{part} of {whole}"
          scope: sentence
          figures:
            share: {unit: percent}
            part: {kind: count, position: before}
            whole: {kind: count, position: before, like: part, occurrence: any}
          assert: pct(part, whole) == share
        """)
    (finding,) = findings_for(path, "Of 1,000 applicants and 800 interviews, 400 were hired, 50 percent of the total.")
    assert finding.status is Status.CONSISTENT and "other reading" in finding.message


def test_near_words_fold_plurals_and_take_wildcards(tmp_path):
    path = write_pack(tmp_path, """\
        - id: near
          summary: s
          message: "{a} {b}"
          scope: sentence
          figures:
            a: {kind: count, near: ["vacancy"]}
            b: {kind: count, near: ["employ*"]}
          assert: a >= b
        """)
    (finding,) = findings_for(path, "Firms posted 500 vacancies while 450 employment seekers applied.")
    assert finding.status is Status.CONSISTENT
    assert findings_for(path, "Firms posted 500 openings while 450 job seekers applied.") == ()


def test_a_missing_required_figure_binds_nothing(tmp_path):
    path = write_pack(tmp_path, RATE_RULE)
    assert findings_for(path, "The rate was 33.3% this year.") == ()


# --- a slow pattern cannot hang the run ----------------------------------------

def test_catastrophic_pattern_runs_in_linear_time(tmp_path):
    import time

    path = write_pack(tmp_path, """\
        - id: slow
          summary: s
          message: "{a}"
          figures:
            a: {pattern: "(a+)+b{n}"}
            b: {kind: count}
          assert: a == b
        """)
    text = "a" * 200_000 + " 5 and 5."
    start = time.perf_counter()
    findings_for(path, text)
    assert time.perf_counter() - start < 5  # a backtracking engine would take astronomically long


# --- discovery: --rules, config files, bundled packs -------------------------

def test_config_file_found_from_a_subfolder(tmp_path, monkeypatch, bulletin):
    (tmp_path / ".audit.toml").write_text('rules = ["employment"]\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    result = run("--format", "json", str(bulletin))
    assert any(f["check"] == "employment.measure-stated-twice" for f in rule_findings(result.stdout))
    assert rule_findings(run("--no-config", "--format", "json", str(bulletin)).stdout) == []


def test_pyproject_tool_auditor_with_relative_paths(tmp_path, monkeypatch, bulletin):
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "e.yaml").write_text(PACK.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nrules = ["local"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("--format", "json", str(bulletin))
    assert rule_findings(result.stdout)[0]["rule_file"] == str(tmp_path / "local" / "e.yaml")


def test_bad_config_is_exit_2(tmp_path, monkeypatch, bulletin):
    (tmp_path / ".audit.toml").write_text('rulez = ["employment"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run(str(bulletin))
    assert result.exit_code == 2
    assert "unknown key 'rulez' in the config file. Did you mean 'rules'?" in result.stderr


def test_unknown_pack_name_suggests_the_bundled_one(bulletin):
    result = run("--no-config", "--rules", "employmnet", str(bulletin))
    assert result.exit_code == 2
    assert "Did you mean the bundled pack 'employment'?" in result.stderr


def test_one_bad_rule_file_is_reported_and_the_rest_still_run(tmp_path, bulletin):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\nrules: [\n", encoding="utf-8")
    result = run("--no-config", "--rules", str(bad), "--rules", str(PACK), "--format", "json", str(bulletin))
    assert result.exit_code == 2
    assert rule_findings(result.stdout)  # the good pack ran
    errors = json.loads(result.stdout)["errors"]
    assert errors[0]["path"] == str(bad)
    assert f"rules from {PACK} still ran" in result.stderr


def test_bundled_packs_are_named_after_their_files():
    from auditor.rulefile.discovery import bundled_packs

    packs = bundled_packs()
    assert "employment" in packs
    ruleset = load_rules(list(packs.values()))
    assert ruleset.errors == []
    assert {p.name for p in ruleset.packs} == set(packs)


def test_no_rule_machinery_is_imported_without_rules(bulletin):
    code = ("import sys; from click.testing import CliRunner; from auditor.cli import main; "
            f"CliRunner().invoke(main, ['--no-config', {str(bulletin)!r}]); "
            "print(sorted(m for m in ('pydantic', 'ruamel.yaml', 're2', 'pint') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_measure_nearby_leaves_out_figures_that_only_inherit_the_measure(tmp_path):
    rule = """\
        - id: twice
          summary: s
          message: "{value}"
          scope: document
          figures:
            value: {measure: labour-force, kind: count, occurrence: all, measure_nearby: true}
          assert: all_equal(value)
        """
    path = write_pack(tmp_path, rule, aliases="aliases:\n  labour-force: [labour force, workforce]\n")
    text = ("In 2023 the labour force was 1,208,000, of whom 57,400 were unemployed.\n\n"
            "The workforce stood at 1,208,000 in 2023.")
    (finding,) = findings_for(path, text)
    assert finding.status is Status.CONSISTENT
    assert [f.text for f in finding.figures] == ["1,208,000", "1,208,000"]
