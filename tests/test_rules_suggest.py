"""`audit rules suggest`: a pack written from a trusted bulletin (fixtures/desk/, month t and
t+1) must pass `rules check` and `rules test`, bind the next month's figures, and flag a
changed figure there; and the selector keys it writes (relative periods, role) on their own."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.extract.periods import shifted
from auditor.rulefile.compiler import current_periods, period_matches

DESK = Path(__file__).resolve().parent.parent / "fixtures" / "desk"
MONTH_T = DESK / "labour-2025-04.txt"
MONTH_T1 = DESK / "labour-2025-05.txt"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("suggest") / "labour.yaml"
    result = run("rules", "suggest", MONTH_T, "-o", path)
    assert result.exit_code == 0, result.output
    return path


def test_the_pack_passes_rules_check_and_binds_in_both_months(pack):
    result = run("rules", "check", pack, MONTH_T, MONTH_T1)
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output


def test_the_pack_passes_its_own_examples(pack):
    result = run("rules", "test", pack)
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.output


def test_selectors_name_no_value_and_no_date(pack):
    text = pack.read_text(encoding="utf-8")
    rules_part = "\n".join(line.split("#")[0] for line in text.splitlines() if "pass:" not in line)
    for figure in ("1,250,400", "62,500", "5.0", "2025-04", "2024-04"):
        assert f" {figure}\n" not in rules_part and f"'{figure}'" not in rules_part
    assert "period: current" in text and "period: year-before" in text


def test_selectors_carry_the_links_and_groups_the_words_make(pack):
    """The old level of a change is bound by its link to the new level, and the employed and the
    unemployed by the group the meaning layer reads, not by a word that must stand nearby."""
    from ruamel.yaml import YAML

    rules = {r["id"]: r for r in YAML(typ="safe").load(pack.read_text(encoding="utf-8"))["rules"]}
    growth = next(r for r in rules.values() if r["id"].startswith("growth-rate"))
    assert growth["figures"]["old"].get("base_of") == "new"
    groups = {s.get("group") for r in rules.values() for s in r["figures"].values()}
    assert {"employed", "unemployed"} <= groups


def _rule_findings(report: Path, pack: Path) -> list[dict]:
    result = run("--rules", pack, "--format", "json", report)
    name = pack.read_text(encoding="utf-8").split("\nname: ")[1].split()[0]
    findings = json.loads(result.output)["documents"][0]["findings"]
    return [f for f in findings if f["check"].startswith(name + ".")]


def test_the_next_month_checks_out_with_the_pack(pack):
    findings = _rule_findings(MONTH_T1, pack)
    assert findings, "the pack binds nothing in the next month"
    assert all(f["status"] == "consistent" for f in findings), findings


def test_a_changed_figure_in_the_next_month_is_flagged(pack, tmp_path):
    # the unemployed: 60,100 of a labour force of 1,256,100; a rate of 4.8 per cent
    planted = tmp_path / "may.txt"
    planted.write_text(MONTH_T1.read_text(encoding="utf-8").replace("60,100", "66,100"), encoding="utf-8")
    result = run("--rules", pack, planted)
    assert result.exit_code == 1
    flagged = [f for f in _rule_findings(planted, pack) if f["status"] == "inconsistent"]
    assert any("66,100" in {x["text"] for x in f["figures"]} for f in flagged)


def test_a_report_without_relations_exits_1_and_an_unreadable_one_2(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("The committee met in May 2025 and agreed on nothing.", encoding="utf-8")
    assert run("rules", "suggest", plain).exit_code == 1
    assert run("rules", "suggest", tmp_path / "missing.txt").exit_code == 2


# --- the selector keys the suggester writes --------------------------------

@pytest.mark.parametrize("period, steps, unit, expected", [
    ("2025-01", -1, "month", "2024-12"), ("2024-12", 1, "month", "2025-01"),
    ("2025-Q1", -1, "quarter", "2024-Q4"), ("2025-H1", -1, "half", "2024-H2"),
    ("2025-03", -1, "year", "2024-03"), ("2025", -1, "month", "2025"),
])
def test_periods_step_by_month_quarter_half_and_year(period, steps, unit, expected):
    assert shifted(period, steps, unit) == expected


def test_relative_periods_count_from_the_latest_period_of_each_class():
    current = current_periods(["2024-03", "2025-03", "2025-02", "2025-Q1", "2024", ""])
    assert period_matches("current", "2025-03", current)
    assert not period_matches("current", "2025-02", current)
    assert period_matches("previous", "2025-02", current)
    assert period_matches("year-before", "2024-03", current)
    assert period_matches("current", "2025-Q1", current)  # each class has its own current period
    assert period_matches("current", "2024", current) and period_matches("previous", "2023", current)
    assert not period_matches("current", "", current)  # a figure with no period is no month


def _rule_pack(tmp_path: Path, selector: str) -> Path:
    path = tmp_path / "pack.yaml"
    path.write_text(f"""name: probe
rules:
  - id: one
    summary: probe
    message: "{{x}}"
    figures:
      x: {selector}
    assert: x == x
""", encoding="utf-8")
    return path


def test_period_and_role_keys_select_in_a_report(tmp_path):
    from auditor.rulefile import load_rules
    from auditor.rulefile.select import relations_for

    text = MONTH_T.read_text(encoding="utf-8")
    document = Document("t", text)
    figures = extract_figures(document)

    def bound(selector: str) -> set[str]:
        rules = load_rules([_rule_pack(tmp_path, selector)])
        assert not rules.errors, rules.errors
        return {f.text for r in relations_for(rules.rules[0], document, figures) for f in r.figures.values()}

    assert bound("{kind: count, period: previous}") == {"1,179,600"}
    assert bound("{unit: percent, period: year-before}") == {"5.6 per cent"}
    assert bound("{unit: percent, role: relative-change}") == {"20.3 per cent"}
    assert "8,300" in bound("{kind: count, role: change}") and "1,250,400" not in bound("{kind: count, role: change}")


def test_unknown_relative_period_or_role_is_a_rule_file_error(tmp_path):
    result = run("rules", "check", _rule_pack(tmp_path, "{period: year-befor}"))
    assert result.exit_code == 2 and "Did you mean 'year-before'" in result.output
    result = run("rules", "check", _rule_pack(tmp_path, "{role: levle}"))
    assert result.exit_code == 2 and "Did you mean 'level'" in result.output


def test_one_value_under_two_names_gives_no_rule():
    """Headline inflation in July and food inflation in August both 11.4%: a coincidence this
    month, so no rule says they are one measure; the same rate stated twice gives one."""
    from auditor.rulefile.suggest import consistent_relations

    def restatements(text):
        doc = Document("t.txt", text)
        return [r for r in consistent_relations(doc, extract_figures(doc)) if r.check == "same-measure-conflict"]

    two_names = ("Consumer prices, August 2020\n\nFood inflation rose to 11.4 per cent in August 2020. "
                 "Headline inflation was 11.4 per cent in July 2020, the statistician said.")
    one_name = ("Consumer prices, August 2020\n\nHeadline inflation rose to 10.5 per cent in August 2020. "
                "The statistician said headline inflation was 10.5 per cent in August 2020.")
    assert restatements(two_names) == []
    assert restatements(one_name) != []
