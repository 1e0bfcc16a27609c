"""`audit --data TABLE` and `audit --compare`, end to end through the command line."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "fixtures" / "desk" / "data"
COMPARE = ROOT / "fixtures" / "desk" / "compare"
LABOUR = DATA / "labour-q2-2024.txt"
LABOUR_TABLE = DATA / "labour-q2-2024.csv"


def run(*args: str):
    return CliRunner().invoke(main, ["--no-config", *args], catch_exceptions=False)


def findings(output: str, check: str, status: str = "inconsistent") -> list[tuple[str, dict]]:
    report = json.loads(output)
    return [(d["path"], f) for d in report["documents"] for f in d["findings"]
            if f["check"] == check and f["status"] == status]


def planted(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1, "a plant must name one place"
    target = tmp_path / source.name
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


# -- against a data table ---------------------------------------------------------------

def test_true_report_agrees_with_its_table_and_every_statement_is_checked():
    result = run("--format", "json", "--data", str(LABOUR_TABLE), str(LABOUR))
    assert result.exit_code == 0, result.output
    checked = findings(result.stdout, "data-table-mismatch", "consistent")
    assert len(checked) >= 5
    for _, f in checked:  # each names the row it was checked against
        assert f["related"][0]["path"] == str(LABOUR_TABLE) and f["related"][0]["line"] > 1


def test_a_figure_that_differs_from_its_row_is_an_error_pointing_at_the_row(tmp_path):
    report = planted(tmp_path, LABOUR, "412,600", "421,600")
    result = run("--format", "json", "--data", str(LABOUR_TABLE), str(report))
    assert result.exit_code == 1
    [(_, f)] = findings(result.stdout, "data-table-mismatch")
    assert f["figures"][0]["text"] == "421,600" and f["severity"] == "error"
    row = next(i for i, line in enumerate(LABOUR_TABLE.read_text().splitlines(), 1) if "412600" in line)
    assert (f["related"][0]["path"], f["related"][0]["line"]) == (str(LABOUR_TABLE), row)
    assert f["consistent_value"] == "412,600"


def test_rounding_the_published_value_is_not_a_difference(tmp_path):
    # the table publishes 5.31 at one decimal (5.3): the report may say 5.3% or 5.31%, not 5.4%
    table = tmp_path / "t.csv"
    table.write_text("measure,period,value,unit\nunemployment rate,2024-Q2,5.31,percent\n", encoding="utf-8")
    for stated, fails in (("5.3%", False), ("5.31%", False), ("5.4%", True)):
        report = tmp_path / "r.txt"
        report.write_text(f"The unemployment rate was {stated} in the second quarter of 2024.\n", encoding="utf-8")
        result = run("--format", "json", "--data", str(table), str(report))
        assert bool(findings(result.stdout, "data-table-mismatch")) is fails, stated


def test_sdmx_codes_map_to_the_reports_words_through_the_packs_aliases(tmp_path):
    report = planted(tmp_path, DATA / "prices-march-2024.txt", "Food inflation was 4.7%", "Food inflation was 4.9%")
    table = DATA / "prices-march-2024.sdmx.csv"
    with_aliases = run("--format", "json", "--rules", str(DATA / "prices-aliases.yaml"), "--data", str(table), str(report))
    [(_, f)] = findings(with_aliases.stdout, "data-table-mismatch")
    assert f["figures"][0]["text"] == "4.9%" and "CPI_FOOD_YOY" in f["related"][0]["label"]
    without = run("--format", "json", "--data", str(table), str(report))  # the codes name nothing in the text
    assert not findings(without.stdout, "data-table-mismatch", "consistent")


def test_parquet_tables_are_read_when_pyarrow_is_installed(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = tmp_path / "t.parquet"
    pq.write_table(pa.table({"measure": ["unemployed people"], "period": ["2024-Q2"], "value": [412600]}), table)
    result = run("--format", "json", "--data", str(table), str(planted(tmp_path, LABOUR, "412,600", "412,900")))
    assert [f["figures"][0]["text"] for _, f in findings(result.stdout, "data-table-mismatch")] == ["412,900"]


def test_a_figure_of_a_known_measure_without_a_row_is_a_note(tmp_path):
    report = planted(tmp_path, LABOUR, "912 dollars in the second quarter of 2024", "912 dollars in the first quarter of 2024")
    result = run("--format", "json", "--data", str(LABOUR_TABLE), str(report))
    [(_, f)] = findings(result.stdout, "data-table-no-row", "undetermined")
    assert f["severity"] == "note" and "2024-Q2" in f["notes"][0]


BAD_TABLES = {
    "missing column": ("measure,period,unit\nunemployment rate,2024-Q2,percent\n", ":1:1: no value column"),
    "unparseable value": ("measure,period,value\nunemployment rate,2024-Q2,5.3\nemployment rate,2024-Q2,6x8.4\n",
                          ":3:25: value '6x8.4' is not a number"),
    "duplicate key": ("measure,period,value\nunemployment rate,2024-Q2,5.3\nUnemployment rate,2024-Q2,5.4\n",
                      ":3:1: duplicate row"),
    "bad period": ("measure,period,value\nunemployment rate,spring,5.3\n", ":2:19: period 'spring'"),
}


@pytest.mark.parametrize("name", sorted(BAD_TABLES))
def test_a_bad_table_is_one_error_line_with_its_position_and_exit_2(tmp_path, name):
    content, where = BAD_TABLES[name]
    table = tmp_path / "bad.csv"
    table.write_text(content, encoding="utf-8")
    result = run("--format", "json", "--data", str(table), str(LABOUR))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"{table}{where}" in errors[0], result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)  # the report is still audited
    assert [d["path"] for d in report["documents"]] == [str(LABOUR)]
    assert report["errors"][0]["path"] == str(table)


def test_invalid_utf8_and_unreadable_tables_are_errors_too(tmp_path):
    table = tmp_path / "bad.csv"
    table.write_bytes(b"measure,period,value\nunemployment r\xe9te,2024-Q2,5.3\n")
    result = run("--data", str(table), str(LABOUR))
    assert result.exit_code == 2 and f"{table}:2:15: not valid UTF-8" in result.stderr
    result = run("--data", str(tmp_path / "missing.csv"), str(LABOUR))
    assert result.exit_code == 2 and "missing.csv: cannot read the data table" in result.stderr


def test_a_difference_reaches_every_output_format(tmp_path):
    report = planted(tmp_path, LABOUR, "412,600", "421,600")
    for fmt in ("text", "concise", "github", "markdown", "html"):
        result = run("--format", fmt, "--no-color", "--data", str(LABOUR_TABLE), str(report))
        assert result.exit_code == 1 and "data-table-mismatch" in result.stdout, fmt
        assert "labour-q2-2024.csv:5:" in result.stdout, fmt  # where the table's value stands
    sarif = json.loads(run("--format", "sarif", "--data", str(LABOUR_TABLE), str(report)).stdout)
    [res] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "data-table-mismatch"]
    assert res["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("labour-q2-2024.csv")
    assert res["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 5


def test_explain_documents_the_new_checks():
    for check in ("data-table-mismatch", "data-table-no-row", "cross-document-conflict", "headline-not-in-report"):
        result = run("explain", check, "--no-color")
        assert result.exit_code == 0
        for heading in ("What it checks", "Why it matters", "Example", "Fix"):
            assert heading in result.stdout


def test_the_table_reader_is_not_imported_without_data():
    code = ("import sys; from auditor.cli import main\n"
            "try: main(['--no-config', '--format', 'json', sys.argv[1]])\n"
            "except SystemExit: pass\n"
            "print([m for m in sys.modules if m in ('auditor.sources.data_table', 'auditor.desk', 'csv')], file=sys.stderr)")
    run_ = subprocess.run([sys.executable, "-c", code, str(LABOUR)], capture_output=True, text=True, cwd=ROOT)
    assert run_.stderr.strip().splitlines()[-1] == "[]"


# -- across documents ------------------------------------------------------------------

def pair(name: str, folder: Path = COMPARE) -> list[str]:
    return [str(folder / f"{name}-release.txt"), str(folder / f"{name}-report.txt")]


def test_true_pairs_agree_within_rounding():
    result = run("--format", "json", "--compare", *pair("prices"))  # 3.2% in the release, 3.17% in the report
    assert result.exit_code == 0
    checked = findings(result.stdout, "cross-document-conflict", "consistent")
    assert any(f["figures"][0]["text"] == "3.17%" and f["related"][0]["text"] == "3.2%" for _, f in checked)


def test_a_changed_headline_is_an_error_naming_both_documents(tmp_path):
    release = planted(tmp_path, COMPARE / "labour-release.txt", "Employment reached 7.35 million",
                      "Employment reached 7.45 million")
    report = COMPARE / "labour-report.txt"
    result = run("--format", "json", "--compare", str(release), str(report))
    assert result.exit_code == 1
    [(path, f)] = findings(result.stdout, "cross-document-conflict")
    assert path == str(report) and f["figures"][0]["text"] == "7,352,000"
    assert f["related"][0]["path"] == str(release) and f["related"][0]["text"] == "7.45 million"
    offset = release.read_text(encoding="utf-8").index("7.45 million")
    assert f["related"][0]["start"] == offset
    sarif = json.loads(run("--format", "sarif", "--compare", str(release), str(report)).stdout)
    [res] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "cross-document-conflict"]
    uris = {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            res["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"]}
    assert {Path(u).name for u in uris} == {"labour-release.txt", "labour-report.txt"}


def test_a_headline_the_report_does_not_state_is_a_warning(tmp_path):
    report = planted(tmp_path, COMPARE / "tourism-report.txt",
                     "\n\nSpending. Tourism receipts were 3.46 billion euros in 2023.", "")
    result = run("--format", "json", "--compare", str(COMPARE / "tourism-release.txt"), str(report))
    assert result.exit_code == 0  # a warning does not fail by default (--fail-on warning makes it)
    [(path, f)] = findings(result.stdout, "headline-not-in-report")
    assert path.endswith("tourism-release.txt") and f["severity"] == "warning"
    assert f["figures"][0]["text"] == "3.46 billion euros" and f["related"][0]["path"] == str(report)


def test_documents_are_compared_only_with_compare():
    result = run("--format", "json", *pair("labour"))
    assert not findings(result.stdout, "cross-document-conflict", "consistent")
