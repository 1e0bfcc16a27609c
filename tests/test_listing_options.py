"""--format concise, --statistics and --show-found, through the command line."""
from __future__ import annotations

import re

from click.testing import CliRunner

from auditor.cli import main

CONTRADICTION = ("In 2023 the club sold 18,523 season tickets.\n\n"
                 "By the end of 2023 the club had sold 18,253 season tickets.\n")
# three shares that add up to 100%: a relation only a search of the figures' arithmetic finds
SHARES = "Grades in the north: A-C: 5,310 (53.1%); D-E: 3,090 (30.9%); F: 1,600 (16.0%).\n"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_concise_prints_one_ruff_style_line_per_finding_and_a_summary():
    out = run("--format", "concise", "--stdin-filename", "r.txt", "-", input=CONTRADICTION)
    assert out.exit_code == 1
    lines = out.stdout.splitlines()
    assert lines[-1] == "Found 1 inconsistency in 1 file."
    assert re.fullmatch(r"r\.txt:1:23: same-measure-conflict inconsistent season tickets \(2023\): 18,523 here, "
                        r"but 18,253 elsewhere; off by 270 \(1\.5% of the stated value\)", lines[0]), lines[0]
    assert len(lines) == 2


def test_concise_on_a_clean_report_says_so_and_exits_0():
    out = run("--format", "concise", "-", input="Exports rose to $5.2 billion in 2020.\n")
    assert out.exit_code == 0 and out.stdout == "No inconsistencies in 1 file.\n"


def test_a_relation_found_by_searching_is_listed_only_with_show_found():
    for flags in ((), ("--show-consistent",)):
        out = run("--format", "concise", *flags, "-", input=SHARES).stdout
        assert "arithmetic-found" not in out, flags
    assert "share-of-total consistent" in run("--format", "concise", "-v", "-", input=SHARES).stdout
    found = run("--format", "concise", "--show-found", "-", input=SHARES).stdout
    assert "arithmetic-found consistent 53.1% + 30.9% + 16.0% add up to 100%" in found
    assert "share-of-total" not in found  # --show-found alone does not list every consistent relation
    summary = run("-", input=SHARES).stdout
    assert "--show-found lists them" in " ".join(summary.split())


def test_statistics_count_each_check_and_status_and_add_up_to_the_relations_checked():
    report = CONTRADICTION + "\n" + SHARES
    out = run("--statistics", "-", input=report)
    assert out.exit_code == 1  # the exit code is the audit's, whatever is printed
    rows = [line.split() for line in out.stdout.splitlines()]
    table = {(row[1], row[2]): int(row[0]) for row in rows[:-1]}
    assert table[("same-measure-conflict", "inconsistent")] == 1
    assert table[("arithmetic-found", "consistent")] == 1
    assert table[("share-of-total", "consistent")] == 3
    assert rows[-1] == [str(sum(table.values())), "total"]
    checked = run("--format", "json", "-", input=report).stdout
    assert f'"relations": {sum(table.values())}' in checked
