"""Time the whole command on each input format against the same words as plain text.

    python bench/documents/speed.py [--pages 24] [--runs 5] [--keep DIR]

The reports of reports.py are written one to a page, cycling through them until there are
--pages of them, in each format: .txt (a table row as "cell | cell | cell", the way the PDF,
Word and web-page readers pass a row on), .md, .html, .docx, a .pdf with the tables ruled (as
fpdf2 draws them), one with the tables aligned without rules, and a .pdf of the prose alone
(against a .txt of the prose alone).
Each file is audited with `python -m auditor --format json --no-config FILE` in a fresh
process, with bytecode caching on (as an installed copy runs) and a cache of compiled patterns
of its own, filled by a first, untimed round; the time is the CPU seconds (user + system) of
that process, the best of --runs (the files are run in turn in each round).
The ratio is the format's best time over its plain text's; the budget is 1.20. The median of the
ratios within each round is shown beside it: on a shared machine the two differ by a few hundredths.

Needs fpdf2 and python-docx (the test extras).
"""
from __future__ import annotations

import argparse
import html
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import pdf_page, plain, table_rows, word_body  # noqa: E402
from reports import REPORTS  # noqa: E402

BUDGET = 1.20


def pages(count: int) -> list[dict]:
    """`count` reports, cycling through REPORTS; a report's title carries its place in the
    document so that no two pages are the same words. The euro sign is written "EUR " in
    every format: fpdf2's core fonts have no glyph for it."""
    out = []
    for k in range(count):
        report = dict(REPORTS[k % len(REPORTS)])
        report["title"] = f"{report['title']} (part {k + 1})"
        report["paragraphs"] = [p.replace("€", "EUR ") for p in report["paragraphs"]]
        out.append(report)
    return out


def blocks(report: dict, tables: bool) -> list[str]:
    """The report as plain-text blocks: title, paragraph, [caption, table,] paragraph."""
    first, second = (plain(p) for p in report["paragraphs"])
    if not tables:
        return [report["title"], first, second]
    table = "\n".join(" | ".join(c for c in row if c) for row in table_rows(report))
    return [report["title"], first, report["table"]["caption"], table, second]


def write_txt(reports, path: Path, tables: bool = True) -> None:
    path.write_text("\n\n".join(b for r in reports for b in blocks(r, tables)) + "\n", encoding="utf-8")


def write_md(reports, path: Path) -> None:
    parts = []
    for r in reports:
        table = table_rows(r)
        lines = ["| " + " | ".join(table[0]) + " |", "|---" * len(table[0]) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in table[1:]]
        first, second = (plain(p) for p in r["paragraphs"])
        parts += [f"# {r['title']}", first, r["table"]["caption"], "\n".join(lines), second]
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def write_html(reports, path: Path) -> None:
    body = []
    for r in reports:
        first, second = (html.escape(plain(p)) for p in r["paragraphs"])
        table = "<table>\n" + "\n".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                                        for row in table_rows(r)) + "\n</table>"
        body.append(f"<h1>{html.escape(r['title'])}</h1>\n<p>{first}</p>\n<p>{html.escape(r['table']['caption'])}</p>\n"
                    f"{table}\n<p>{second}</p>")
    path.write_text("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Reports</title></head><body>\n"
                    "<main>\n" + "\n".join(body) + "\n</main>\n</body></html>\n", encoding="utf-8")


def write_docx(reports, path: Path) -> None:
    import docx

    document = docx.Document()
    for r in reports:
        word_body(document, r)
    document.save(str(path))


def write_pdf(reports, path: Path, tables: bool = True, ruled: bool = True) -> None:
    from fpdf import FPDF

    document = FPDF()
    for r in reports:
        pdf_page(document, r, tables, ruled)
    document.output(str(path))


# The auditor runs as installed: with its modules' bytecode cached (PYTHONDONTWRITEBYTECODE would
# compile every module from source in every run, a cost no installed copy pays).
_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cpu_seconds(path: Path, cache: Path) -> float:
    """The CPU time (user + system) of `audit --format json FILE` in a new process, its compiled
    patterns kept in `cache` (not the user's cache folder, which other checkouts rewrite)."""
    command = [sys.executable, "-m", "auditor", "--format", "json", "--no-config", str(path)]
    environment = {**_ENVIRONMENT, "AUDIT_CACHE_DIR": str(cache)}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
    _, _, usage = os.wait4(process.pid, 0)  # the child's own usage, in microseconds (os.times counts ticks)
    process.returncode = 0
    return usage.ru_utime + usage.ru_stime


def round_times(files: dict[str, Path], runs: int, cache: Path) -> dict[str, list[float]]:
    """`runs` times of each file, the files taken in turn in every round, so that a busy moment
    on a shared machine falls on all of them alike; a first round, untimed, fills the cache."""
    for path in files.values():
        cpu_seconds(path, cache)
    times: dict[str, list[float]] = {name: [] for name in files}
    for _ in range(runs):
        for name, path in files.items():
            times[name].append(cpu_seconds(path, cache))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=24, help="reports in each document, one a page (24)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each command; the best is kept (5)")
    parser.add_argument("--keep", help="write the documents to this folder and keep them")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="audit-speed-"))
    folder.mkdir(parents=True, exist_ok=True)
    reports = pages(args.pages)
    files = {name: folder / name for name in ("same.txt", "same.md", "same.html", "same.docx", "same.pdf",
                                              "unruled.pdf", "prose.txt", "prose.pdf")}
    write_txt(reports, files["same.txt"])
    write_txt(reports, files["prose.txt"], tables=False)
    write_md(reports, files["same.md"])
    write_html(reports, files["same.html"])
    write_docx(reports, files["same.docx"])
    write_pdf(reports, files["same.pdf"])
    write_pdf(reports, files["unruled.pdf"], ruled=False)
    write_pdf(reports, files["prose.pdf"], tables=False)
    with tempfile.TemporaryDirectory(prefix="audit-speed-cache-") as cache:
        times = round_times(files, args.runs, Path(cache))
    best = {name: min(t) for name, t in times.items()}
    print(f"{args.pages} pages, CPU seconds of `audit --format json FILE`, best of {args.runs}; "
          "ratio = best over best, and the median of the ratios within a round")
    print(f"{'input':<24} {'seconds':>8} {'text':>8} {'ratio':>7} {'median':>7}")
    worst = 0.0
    for name, label, base in [("same.md", "Markdown", "same.txt"), ("same.html", "web page", "same.txt"),
                              ("same.docx", "Word", "same.txt"), ("same.pdf", "PDF with tables", "same.txt"),
                              ("unruled.pdf", "PDF, tables unruled", "same.txt"),
                              ("prose.pdf", "PDF without tables", "prose.txt")]:
        ratio = best[name] / best[base]
        median = statistics.median(a / b for a, b in zip(times[name], times[base]))
        worst = max(worst, ratio)
        flag = "" if ratio <= BUDGET else f"  over the {BUDGET:.2f} budget"
        print(f"{label:<24} {best[name]:8.3f} {best[base]:8.3f} {ratio:7.2f} {median:7.2f}{flag}")
    if not args.keep:
        for path in files.values():
            path.unlink()
        folder.rmdir()
    sys.exit(0 if worst <= BUDGET else 1)


if __name__ == "__main__":
    main()
