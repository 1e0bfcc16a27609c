"""Rule files bind figures by what the meaning layer reads: `modality`, `group`, and the link keys
(`base_of`, `part_of`, `whole_of`, `same_as`) that prefer the figure the words tie to another name's
figure over the nearest one. Invented sentences; each test fails when the key is ignored."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from auditor.cli import main
from auditor.document import Document
from auditor.extract import extract_figures
from auditor.rulefile import load_rules
from auditor.rulefile.select import relations_for


def _bound(tmp_path: Path, figures_yaml: str, assertion: str, text: str, same_period: bool = True) -> list[dict]:
    """name -> figure text, one dict per relation the rule states about `text`."""
    path = tmp_path / "pack.yaml"
    path.write_text(f"""name: t
rules:
  - id: r
    message: m
    summary: s
    same_period: {str(same_period).lower()}
    figures:
{figures_yaml}
    assert: "{assertion}"
""", encoding="utf-8")
    rules = load_rules([path])
    assert not rules.errors, rules.errors
    document = Document("t.txt", text)
    relations = relations_for(rules.rules[0], document, tuple(extract_figures(document)))
    return [{name: f.text for name, f in r.figures.items()} for r in relations]


GROWTH_FROM_AN_EARLIER_SENTENCE = ("Revenue was $78.5 million in 2022, and costs were $40.1 million. "
                                   "In 2023 revenue rose 45% to $106.0 million.")


def test_base_of_binds_the_old_level_the_words_measure_a_change_from(tmp_path):
    figures = """      rate: {role: relative-change}
      new: {kind: money, role: level, position: after}
      old: {kind: money, role: level%s}"""
    linked = _bound(tmp_path, figures % ", base_of: rate", "new / old - 1 == rate", GROWTH_FROM_AN_EARLIER_SENTENCE,
                    same_period=False)
    nearest = _bound(tmp_path, figures % "", "new / old - 1 == rate", GROWTH_FROM_AN_EARLIER_SENTENCE,
                     same_period=False)
    assert linked == [{"rate": "45%", "new": "$106.0 million", "old": "$78.5 million"}]
    assert nearest[0]["old"] == "$40.1 million"  # what the key saves the rule from


def test_a_name_bound_by_a_link_is_no_anchor_even_when_listed_first(tmp_path):
    """Listed first, the old level would start a binding from every money figure; bound by its link it
    waits for the change, so the $40.1 million of costs starts none."""
    figures = """      old: {kind: money, role: level, base_of: rate}
      rate: {role: relative-change}"""
    assert _bound(tmp_path, figures, "old * rate > 0", GROWTH_FROM_AN_EARLIER_SENTENCE, same_period=False) \
        == [{"old": "$78.5 million", "rate": "45%"}]


PARTS_AFTER_ANOTHER_FIGURE = ("Employers created 1,250 jobs in March. The register listed 1,300 vacancies. "
                              "Of those jobs, 810 were full-time.")


def test_whole_of_and_part_of_bind_the_figures_the_words_make_part_and_whole(tmp_path):
    figures = """      part: {kind: count, near: full-time}
      whole: {kind: count, position: before%s}"""
    text = PARTS_AFTER_ANOTHER_FIGURE
    assert _bound(tmp_path, figures % ", whole_of: part", "part <= whole", text) == [{"part": "810", "whole": "1,250"}]
    assert _bound(tmp_path, figures % "", "part <= whole", text)[0]["whole"] == "1,300"  # the nearer sentence
    figures = """      whole: {kind: count, near: employers}
      part: {kind: count%s}"""
    assert _bound(tmp_path, figures % ", part_of: whole", "part <= whole", text) == [{"whole": "1,250", "part": "810"}]
    assert _bound(tmp_path, figures % "", "part <= whole", text)[0]["part"] == "1,300"


def test_same_as_binds_the_figure_the_words_restate(tmp_path):
    text = "Imports were Rs 98.2 crore, while output reached Rs 117.14 crore (Rs 1,171.4 million) in 2023."
    figures = """      first: {near: output, unit: INR, occurrence: first}
      again: {unit: INR%s}"""
    assert _bound(tmp_path, figures % ", same_as: first", "first == again", text, same_period=False) \
        == [{"first": "Rs 117.14 crore", "again": "Rs 1,171.4 million"}]
    assert _bound(tmp_path, figures % "", "first == again", text, same_period=False)[0]["again"] == "Rs 98.2 crore"


def test_modality_and_group_select_by_the_frame(tmp_path):
    text = ("The unemployment rate for women was 6.1% and for men 5.2% in 2025. "
            "The ministry expects the rate to fall to 5.0% in 2026.")
    one = "      x: {unit: percent%s}"
    def bound(key: str) -> set[str]:
        return {r["x"] for r in _bound(tmp_path, one % key, "x == x", text)}
    assert bound(", modality: expected") == {"5.0%"}
    assert bound(", modality: stated") == {"6.1%", "5.2%"}
    assert bound(", group: female") == {"6.1%"}  # another spelling of the group the text calls women
    assert bound(", group: [men, none]") == {"5.2%", "5.0%"}


def test_link_and_frame_keys_are_checked_with_their_place_in_the_file(tmp_path):
    runner = CliRunner()
    for selector, message in (("{base_of: nobody}", "'base_of' must name another figure of this rule"),
                              ("{modality: forecast}", "unknown modality 'forecast'"),
                              ("{group: wimen}", "Did you mean 'women'")):
        path = tmp_path / "bad.yaml"
        path.write_text(f"name: t\nrules:\n  - id: r\n    message: m\n    summary: s\n    figures:\n"
                        f"      x: {selector}\n      y: {{}}\n    assert: x == y\n", encoding="utf-8")
        result = runner.invoke(main, ["rules", "check", str(path)], catch_exceptions=False)
        assert result.exit_code == 2, result.output
        assert message in result.output and f"{path}:7:" in result.output, result.output
