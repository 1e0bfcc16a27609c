"""Rules that bind nothing are told, with the selector key that matched nothing.

A pack written for one wording of a report goes stale when the wording changes; the rule
then states no relation and would drop out of the audit unseen. Each stale rule below
differs from a rule that binds in one key, and the message must name that key (and the
figure name it belongs to)."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.rulefile import load_rules
from auditor.rulefile.diagnose import unbound

REPORT = ("In March 2024 the county created 25,620 new jobs, 102.5 percent of the annual target of 25,000.\n\n"
          "The jobless rate stood at 4.3 percent in March 2024.\n")
SPLIT = ("In March 2024 the county created 25,620 new jobs, 102.5 percent of the annual target.\n"
         "That target had been set at 25,000 jobs.\n")
RATE = "The unemployment rate was 4.3 percent in March 2024.\n"

SHARE = {"unit": "percent", "pattern": "'{n} of the (\\w+ )?(plan|target)'"}
DONE = {"kind": "count", "position": "before", "measure": "[new jobs]"}
PLAN = {"like": "done", "near": "[target, plan]"}


def _pack(tmp_path: Path, share=None, done=None, plan=None, scope="sentence", name="pack.yaml") -> Path:
    def block(keys: dict) -> str:
        return "".join(f"      {k}: {v}\n" for k, v in keys.items())

    text = ("name: test-pack\nrules:\n  - id: share-of-target\n"
            "    summary: A result given as a percent of its target agrees with the target.\n"
            "    message: \"{done} is {share} of {plan}\"\n"
            f"    scope: {scope}\n    figures:\n"
            f"      share:\n{textwrap.indent(block(SHARE | (share or {})), '  ')}"
            f"      done:\n{textwrap.indent(block(DONE | (done or {})), '  ')}"
            f"      plan:\n{textwrap.indent(block(PLAN | (plan or {})), '  ')}"
            "    assert: done / plan == share\n")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _why(pack: Path, report: str = REPORT):
    ruleset = load_rules([pack])
    assert not ruleset.errors, ruleset.errors
    [rule] = ruleset.rules
    document = Document("report.txt", report)
    return unbound(rule, document, extract_figures(document))


def test_the_rule_as_written_binds(tmp_path):
    assert _why(_pack(tmp_path)) is None
    assert _why(_pack(tmp_path, scope="paragraph"), SPLIT) is None


STALE = [
    # (what changed, overrides of share/done/plan, report, scope, the name, the key)
    ("a unit the report does not use", {"share": {"unit": "percentage_point"}}, REPORT, "sentence", "share", "unit"),
    ("a kind the result is not", {"done": {"kind": "money"}}, REPORT, "sentence", "done", "kind"),
    ("a qualifier the share lacks", {"share": {"qualifier": "about"}}, REPORT, "sentence", "share", "qualifier"),
    ("another period", {"share": {"period": "'2023*'"}}, REPORT, "sentence", "share", "period"),
    ("a measure the report renamed", {"done": {"measure": "[new urban jobs]"}}, REPORT, "sentence", "done", "measure"),
    ("a cue word the report dropped", {"plan": {"near": "[quota]"}}, REPORT, "sentence", "plan", "near"),
    ("an excluding word the sentence has", {"share": {"not_near": "[target]"}}, REPORT, "sentence", "share", "not_near"),
    ("a pattern for the old wording", {"share": {"pattern": "'{n} of the (\\w+ )?plan'"}}, REPORT, "sentence",
     "share", "pattern"),
    ("a forecast where the report states a fact", {"done": {"modality": "expected"}}, REPORT, "sentence", "done",
     "modality"),
    ("a group the report does not name", {"done": {"group": "women"}}, REPORT, "sentence", "done", "group"),
    ("the target in the next sentence", {}, SPLIT, "sentence", "plan", "scope"),
    ("the result on the other side", {"done": {"position": "after"}}, REPORT, "sentence", "done", "position"),
]


@pytest.mark.parametrize("change, overrides, report, scope, name, key", STALE, ids=[s[0] for s in STALE])
def test_a_stale_rule_is_told_with_the_selector_key_that_matched_nothing(tmp_path, change, overrides, report,
                                                                        scope, name, key):
    why = _why(_pack(tmp_path, scope=scope, **overrides), report)
    assert why is not None, change
    assert (why.name, why.key) == (name, key), str(why)
    message = str(why)
    assert f"figure '{name}'" in message and f"'{key}'" in message
    assert "bound no figures in report.txt" in message
    assert why.nearest, message  # the nearest candidates it turned away are named
    assert all(r.figure.text in message for r in why.nearest)


def test_a_pattern_matches_whole_words_unless_written_otherwise(tmp_path):
    # "employment rate" inside "unemployment rate" is not the employment rate
    whole_word = _pack(tmp_path, share={"pattern": "'employment rate (was )?{n}'"})
    pack = load_rules([whole_word])
    [rule] = pack.rules
    assert rule.selectors[0].pattern.search("The unemployment rate was \ue000") is None
    assert rule.selectors[0].pattern.search("The employment rate was \ue000") is not None
    written = _pack(tmp_path, share={"pattern": "'(un)?employment rate (was )?{n}'"}, name="w.yaml")
    [rule] = load_rules([written]).rules
    assert rule.selectors[0].pattern.search("The unemployment rate was \ue000") is not None


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_rules_check_with_a_report_names_the_stale_rule_and_exits_1(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    good = run("rules", "check", _pack(tmp_path), report)
    assert good.exit_code == 0 and "each binding figures in 1 report" in good.stdout
    stale = run("rules", "check", _pack(tmp_path, share={"unit": "percentage_point"}, name="s.yaml"), report)
    assert stale.exit_code == 1
    assert "rule 'test-pack.share-of-target' bound no figures" in stale.stderr
    assert "figure 'share': no figure passes its 'unit'" in stale.stderr
    assert "1 of 1 rules bound no figures in any of 1 report: test-pack.share-of-target" in stale.stderr


def test_audit_verbose_tells_each_rule_that_bound_nothing(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    stale = _pack(tmp_path, plan={"near": "[quota]"})
    quiet = run("--rules", stale, report)
    assert "bound no figures" not in quiet.stderr
    loud = run("--rules", stale, "-v", report)
    assert "note:" in loud.stderr and "figure 'plan': no figure passes its 'near'" in loud.stderr
    assert "bound no figures" not in run("--rules", _pack(tmp_path, name="g.yaml"), "-v", report).stderr


def test_explain_documents_a_rule_of_a_pack_given_with_rules(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no config file names the pack
    pack = _pack(tmp_path)
    for args in (("explain", "test-pack.share-of-target", "--rules", pack),
                 ("--rules", pack, "explain", "test-pack.share-of-target")):
        out = run(*args)
        assert out.exit_code == 0, out.output
        assert "A result given as a percent of its target agrees with the target." in out.stdout
    assert run("explain", "test-pack.share-of-target").exit_code == 2  # not found without the pack


def test_rules_debug_traces_each_name_s_candidates_rejections_and_binding(tmp_path):
    pack = _pack(tmp_path)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "debug", "test-pack.share-of-target", str(report), str(pack)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == "figure 'share': 1 candidate(s)" and "candidate 102.5 percent (line 1" in lines[2]
    # the rate of the second paragraph is a percentage too, turned away by the pattern alone
    assert any(line.startswith("  rejected  4.3 percent (line 3; pattern:") for line in lines)
    assert lines[-1].startswith("bound share = 102.5 percent (line 1), done = 25,620 (line 1), plan = 25,000")
    assert lines[-1].endswith(": consistent")


def test_rules_debug_of_a_stale_rule_ends_on_the_key_that_matched_nothing(tmp_path):
    pack = _pack(tmp_path, plan={"near": "[quota]"})
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "debug", "test-pack.share-of-target", str(report), str(pack)])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == "bound nothing: figure 'plan': no figure passes its 'near'"
    unknown = CliRunner().invoke(main, ["rules", "debug", "test-pack.other", str(report), str(pack)])
    assert unknown.exit_code == 2 and "no rule 'test-pack.other'" in unknown.output
