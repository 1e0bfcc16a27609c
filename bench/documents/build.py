"""Build the document corpus: each report of reports.py as Markdown and as a saved web page (10
each), as a PDF (6) and as a Word file (4), with what each format adds around a report and is
not part of it: front matter, code, links, images and footnotes in Markdown; menus, tickers,
sidebars, cookie banners, share bars, comments and footers on web pages (in three page
structures: <main>, <article> only, neither); page headers and footers in Word. Beside each
file, NAME.expected holds the figures that belong to the report, one a line, in order.

    python bench/documents/build.py [OUT]     (default: bench/documents/corpus)

fpdf2 and python-docx write the PDF and DOCX files (pip install fpdf2).
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reports import REPORTS  # noqa: E402

MARK = re.compile(r"\{([^{}]+)\}")


def plain(text: str) -> str:
    return MARK.sub(r"\1", text)


def expected(report: dict) -> list[str]:
    figures = [m.group(1) for p in report["paragraphs"] for m in MARK.finditer(p)]
    for row in report["table"]["rows"]:
        figures += row[1:]
    return figures


def table_rows(report: dict) -> list[list[str]]:
    """The table as rows of cells, the header first (its corner cell empty)."""
    table = report["table"]
    return [[""] + table["header"]] + table["rows"]


# -- Markdown ---------------------------------------------------------------------------------
def markdown(report: dict, k: int) -> str:
    paragraphs = [plain(p) for p in report["paragraphs"]]
    rows = table_rows(report)
    table = "\n".join(["| " + " | ".join(r) + " |" for r in rows[:1]] + ["|---" * len(rows[0]) + "|"]
                      + ["| " + " | ".join(r) + " |" for r in rows[1:]])
    first = paragraphs[0].replace(". ", f"[^{k + 1}]. ", 1)
    return f"""---
title: "{report['title']}"
issue: {40 + k}
version: 2.{k}
date: 2024-0{1 + k % 9}-15
---

# {report['title']}

![Chart {k + 3}: the last 12 months](charts/chart-{k + 3}.png)

{first}

See the [full release](https://stats.example.org/releases/{k + 7}?id=2024&v=2.{k} "release {k + 7}") and the
data at https://data.example.org/series/{k + 11}?page=3 for details.

{report['table']['caption']}

{table}

{paragraphs[1]}

```python
rows = load("table_{k + 2}.csv", skip=4)  # {k + 9} columns
```

The series code is `SER-{k + 31}-B`.

[^{k + 1}]: Source: the national statistics office.
"""


# -- web pages --------------------------------------------------------------------------------
FURNITURE_TOP = """<header class="site-header"><a href="/">Daily Bulletin</a>
<nav class="main-nav"><ul><li><a href="/markets">Markets 24/7</a></li><li><a href="/top">Top 10 stories</a></li>
<li><a href="/2024">Archive 2024</a></li></ul></nav></header>
<div class="ticker">FTSE 7,412.3 +0.4% | Brent $82.15 -1.2% | EUR/USD 1.0834</div>
<div id="cookie-banner" class="cookie-consent"><p>We use 3 kinds of cookies and keep them for 90 days.
<button>Accept all 3</button></p></div>"""
FURNITURE_SIDE = """<aside class="sidebar"><h3>Most read</h3><ol><li>5 things to know about rates</li>
<li>Prices up 12% in a year</li></ol><p>Poll: 64% say yes</p></aside>"""
FURNITURE_BOTTOM = """<div class="share-bar">Share 312 | Tweet 48</div>
<section class="comments"><h3>1,204 comments</h3><p>Reader 17 wrote: it was 30% worse in 2019.</p></section>
<footer class="site-footer"><p>Daily Bulletin, 14 Broad Street, London EC2 1AB. Call 0800 123 456.</p>
<p>&copy; 2024 Bulletin Media Ltd. Registered company 01234567.</p></footer>"""


def web_page(report: dict, k: int) -> str:
    rows = table_rows(report)
    table = "<table>\n" + "\n".join(
        "<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{html.escape(c)}</{'th' if i == 0 else 'td'}>" for c in r) + "</tr>"
        for i, r in enumerate(rows)) + "\n</table>"
    body = (f"<h1>{html.escape(report['title'])}</h1>\n<p class=\"byline\">By our statistics desk</p>\n"
            f"<p>{html.escape(plain(report['paragraphs'][0]))}</p>\n<p>{html.escape(report['table']['caption'])}</p>\n"
            f"{table}\n<p>{html.escape(plain(report['paragraphs'][1]))}</p>")
    structure = k % 3
    if structure == 0:  # <main> holds the article
        page = f"{FURNITURE_TOP}\n<main><article>\n{body}\n</article>\n{FURNITURE_SIDE}</main>\n{FURNITURE_BOTTOM}"
    elif structure == 1:  # an <article>, no <main>
        page = f"{FURNITURE_TOP}\n<div class=\"layout\"><article class=\"story\">\n{body}\n</article>\n{FURNITURE_SIDE}</div>\n{FURNITURE_BOTTOM}"
    else:  # neither: the furniture is told by its class and id only
        page = (FURNITURE_TOP.replace("<header", "<div").replace("</header>", "</div>").replace("<nav", "<div")
                .replace("</nav>", "</div>")
                + f"\n<div id=\"content\"><div class=\"story-body\">\n{body}\n</div></div>\n"
                + FURNITURE_SIDE.replace("<aside", "<div").replace("</aside>", "</div>")
                + FURNITURE_BOTTOM.replace("<footer", "<div").replace("</footer>", "</div>"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(report['title'])} | Daily Bulletin</title>
<script>window.dataLayer = [{{page: {k + 100}}}];</script></head>
<body>
{page}
</body></html>
"""


# -- PDF and Word ---------------------------------------------------------------------------
def pdf_page(document, report: dict, tables: bool = True, ruled: bool = True) -> None:
    """One report on a new page of an fpdf2 document: title, paragraph, caption, table (ruled,
    or aligned without rules), paragraph (without the caption and the table when not `tables`)."""
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.multi_cell(0, 6, report["title"])
    document.ln(2)
    document.multi_cell(0, 6, plain(report["paragraphs"][0]))
    document.ln(2)
    if tables:
        document.multi_cell(0, 6, report["table"]["caption"])
        with document.table(text_align=("LEFT",) + ("RIGHT",) * len(report["table"]["header"]),
                            borders_layout="ALL" if ruled else "NONE", first_row_as_headings=False) as table:
            for cells in table_rows(report):
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        document.ln(2)
    document.multi_cell(0, 6, plain(report["paragraphs"][1]))


def pdf(report: dict, path: Path) -> None:
    from fpdf import FPDF

    document = FPDF()
    pdf_page(document, report)
    document.output(str(path))


def word_body(document, report: dict) -> None:
    """One report in a python-docx document: heading, paragraph, caption, table, paragraph."""
    document.add_heading(report["title"], 1)
    document.add_paragraph(plain(report["paragraphs"][0]))
    document.add_paragraph(report["table"]["caption"])
    rows = table_rows(report)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, cells in enumerate(rows):
        for j, cell in enumerate(cells):
            table.cell(i, j).text = cell
    document.add_paragraph(plain(report["paragraphs"][1]))


def word(report: dict, path: Path) -> None:
    import docx

    document = docx.Document()
    word_body(document, report)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Statistical bulletin no. 17, 2024"
    section.footer.paragraphs[0].text = "Printed 12 March 2025 - page 1 of 3"
    document.save(str(path))


def build(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for k, report in enumerate(REPORTS):
        figures = "\n".join(expected(report)) + "\n"
        outputs = {"md": markdown(report, k), "html": web_page(report, k)}
        for suffix, text in outputs.items():
            (out / f"{report['name']}.{suffix}").write_text(text, encoding="utf-8")
        if k < 6:
            pdf(report, out / f"{report['name']}.pdf")
        if k < 4:
            word(report, out / f"{report['name']}.docx")
        (out / f"{report['name']}.expected").write_text(figures, encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "corpus")
