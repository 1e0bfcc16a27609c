"""What a run leaves out: files that are not reports in a folder, --exclude, the config's exclude."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from auditor.cli import main
from auditor.sources import expand_paths

CONFLICT = ("By the end of 2023 the city had hired 1,240 new teachers.\n"
            "By the end of 2023 the city reported 1,420 new teachers.\n")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no config file of the repository is found from here
    reports = tmp_path / "reports"
    (reports / "drafts").mkdir(parents=True)
    (reports / "q1.md").write_text("Exports rose to $5.2 billion in 2020.\n", encoding="utf-8")
    (reports / "drafts" / "q2.md").write_text(CONFLICT, encoding="utf-8")
    for name in ("SOURCES.md", "README.txt", "CHANGELOG.md", "Licence.txt", "CONTRIBUTING.md"):
        (reports / name).write_text(CONFLICT, encoding="utf-8")
    return reports


def audited(*args):
    result = CliRunner().invoke(main, ["--format", "json", *args])
    return result, [d["path"] for d in json.loads(result.stdout)["documents"]]


def test_a_folder_run_skips_files_that_are_not_reports(folder):
    result, paths = audited(str(folder))
    assert paths == [str(folder / "drafts" / "q2.md"), str(folder / "q1.md")]
    assert result.exit_code == 1  # the draft contradicts itself; none of the skipped files was read


def test_verbose_says_what_was_skipped_and_why(folder):
    result, _ = audited("-v", str(folder))
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: skipped")]
    assert len(notes) == 5 and all(line.endswith("(not a report)") for line in notes)
    assert not [line for line in audited(str(folder))[0].stderr.splitlines() if line.startswith("note: skipped")]


def test_a_file_named_on_the_command_line_is_audited_whatever_its_name(folder):
    _, paths = audited(str(folder / "SOURCES.md"))
    assert paths == [str(folder / "SOURCES.md")]


@pytest.mark.parametrize("pattern", ["drafts/*", "q2.*", "*/drafts/*"])
def test_exclude_globs_match_the_path_inside_the_folder_the_name_or_the_path(folder, pattern):
    result, paths = audited("--exclude", pattern, "-v", str(folder))
    assert paths == [str(folder / "q1.md")]
    assert result.exit_code == 0
    assert f"note: skipped {folder / 'drafts' / 'q2.md'} (excluded by '{pattern}')" in result.stderr


def test_exclude_is_repeatable_and_applies_to_files_named_too(folder):
    _, paths = audited("--exclude", "q1.md", "--exclude", "drafts/*", str(folder), str(folder / "drafts" / "q2.md"))
    assert paths == []


def test_the_config_files_exclude_adds_to_the_command_lines(folder):
    (folder.parent / ".audit.toml").write_text('exclude = ["drafts/*"]\n', encoding="utf-8")
    assert audited(str(folder))[1] == [str(folder / "q1.md")]
    assert audited("--exclude", "q1.md", str(folder))[1] == []
    assert audited("--no-config", str(folder))[1] == [str(folder / "drafts" / "q2.md"), str(folder / "q1.md")]


def test_a_misspelt_config_key_is_an_error_that_names_exclude(folder):
    (folder.parent / ".audit.toml").write_text('exlude = ["drafts/*"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, [str(folder / "q1.md")])
    assert result.exit_code == 2 and "Did you mean 'exclude'?" in result.stderr


def test_expand_paths_reports_what_it_left_out(folder):
    skipped = []
    assert expand_paths([str(folder)], ["drafts/*"], skipped) == [str(folder / "q1.md")]
    assert {(s.path.rsplit("/", 1)[-1], s.reason) for s in skipped} == {
        ("q2.md", "excluded by 'drafts/*'"), ("SOURCES.md", "not a report"), ("README.txt", "not a report"),
        ("CHANGELOG.md", "not a report"), ("Licence.txt", "not a report"), ("CONTRIBUTING.md", "not a report")}
