"""What a Markdown table's cell counts (tables written here): its row's label, as in a table without the opening
"|" ("| Americas | 5.61 | 5.00 |" counts the Americas); in a row labelled by a period ("| 2017 | $453 billion |
$3,496 billion |"), the words heading its column ("Ecommerce Sales", "Total Retail Sales")."""
from __future__ import annotations

from auditor.document import Document
from auditor.extract import extract_figures


def measures(text: str) -> dict[str, tuple[str, str]]:
    return {f.text: (f.measure, f.period) for f in extract_figures(Document("t.md", text))}


def test_a_markdown_row_counts_what_its_label_names():
    found = measures("| Region | 2023 | 2024 |\n|---|---|---|\n| Americas | 5.61 | 5.00 |\n| Europe | 2.89 | 3.06 |\n")
    assert found["5.61"] == ("americas", "2023") and found["3.06"] == ("europe", "2024")


def test_a_row_of_a_period_counts_what_its_column_names():
    found = measures("| Year | Ecommerce Sales | Total Retail Sales |\n|---|---|---|\n"
                     "| 2016 | $390 billion | $3,375 billion |\n| 2017 | $453 billion | $3,496 billion |\n")
    assert found["$453 billion"] == ("ecommerce sales", "2017")
    assert found["$3,375 billion"] == ("total retail sales", "2016")
    # the same without the opening and closing "|"
    plain = measures("Year | Ecommerce Sales | Total Retail Sales\n2016 | $390 billion | $3,375 billion\n")
    assert plain["$390 billion"][0] == "ecommerce sales"
