#!/usr/bin/env python3
"""Fuzz the whole pipeline in-process: generated inputs in, crashes and slow inputs out.

    python bench/fuzz.py --count 100000 [--processes N] [--seed S] [--out bench/fuzz-out]

Each input goes through what `audit` does to a file (decode or parse, extract, read,
check, decide, render JSON and SARIF), but without the per-document guard, so that any
exception escaping is counted as a crash. Families of inputs: number-heavy prose from a
small grammar with extreme numbers, random Unicode, random bytes, tables, Markdown,
HTML, mutated DOCX and PDF files, and hostile YAML rule files. Prints inputs tried,
crashes, slow inputs (under 100 KB and over --slow seconds) and the rate; writes each
crashing or slow input to the output folder as a reproducer (`audit FILE`).

Deterministic: input i of seed s is the same on every run, whichever process makes it.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import multiprocessing
import os
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SLOW_SECONDS = 2.0
SMALL = 100_000  # inputs under this many bytes must never be slow

# --- generators ----------------------------------------------------------------------

MEASURES = ["new urban jobs", "exports", "the unemployment rate", "revenue", "graduates", "the labour force",
            "imports", "households", "GDP", "the trade surplus", "vacancies", "output"]
VERBS = ["rose", "fell", "reached", "was", "grew by", "declined by", "totalled", "accounted for", "exceeded"]
UNITS = ["", " percent", "%", " per cent", " percentage points", " million", " billion", " yuan", " crore",
         " lakh", " tonnes", " km", " people", "万", "亿元", " bn", "m", " times", " basis points"]
CURRENCY = ["", "", "$", "Rs ", "€", "£", "NOK ", "¥"]
QUALIFIERS = ["", "", "about ", "more than ", "nearly ", "at least ", "less than ", "up to "]
LINKS = [", of which ", ", up from ", " compared with ", ", or ", " out of ", " against ", " and ", ", down ",
         " of the plan of ", " percent of the annual target of ", " (", "), ", "; ", " versus "]


def extreme_number(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.35:
        return str(rng.randint(0, 10 ** rng.randint(1, 7)))
    if choice < 0.5:
        return f"{rng.randint(0, 999)}.{rng.randint(0, 99999)}"
    if choice < 0.6:
        return "0." + "0" * rng.randint(0, 400) + str(rng.randint(1, 9))
    if choice < 0.7:
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(20, 400)))
    if choice < 0.8:
        groups = [str(rng.randint(1, 999))] + [f"{rng.randint(0, 999):03d}" for _ in range(rng.randint(1, 60))]
        return rng.choice([",", " ", ".", "\u00a0", "\u202f"]).join(groups)
    if choice < 0.9:
        return f"{rng.randint(1, 9)}e{rng.randint(-400, 400)}"
    return rng.choice(["0", "0.0", "-0", "1/3", "one third", "forty", "doubled", "halved", "9" * 30,
                       "1,00,00,000", "32,79,860", "0.5", "100", "1e308", "−12.5", "+3"])


def prose(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(1, 12)):
        parts = [rng.choice(MEASURES).capitalize(), " ", rng.choice(VERBS), " "]
        for k in range(rng.randint(1, 5)):
            if k:
                parts.append(rng.choice(LINKS))
            parts += [rng.choice(QUALIFIERS), rng.choice(CURRENCY), extreme_number(rng), rng.choice(UNITS)]
            if rng.random() < 0.3:
                parts.append(f" in {rng.randint(1990, 2030)}")
        sentences.append("".join(parts) + rng.choice([".", ". ", ".\n", "\n\n", "; "]))
    return "".join(sentences)


def random_unicode(rng: random.Random) -> str:
    alphabet = "0123456789 ,.%|()-+\n\t$€¥亿万元abcdefxyzé\u00a0\u202f\u200b\u0301\U0001F600\ufeff\u2028"
    if rng.random() < 0.5:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3000)))
    return "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(0, 1500))
                   ).encode("utf-8", "ignore").decode("utf-8", "ignore")


def random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 4000)))


def table(rng: random.Random) -> str:
    columns = rng.randint(1, 12)
    rows = [" | ".join(rng.choice(["Region", "Total", "2023", "2024", "Change", "Share (%)", "In millions"])
                       for _ in range(columns))]
    rows.append(" | ".join("---" for _ in range(columns)))
    for _ in range(rng.randint(0, 40)):
        rows.append(" | ".join(rng.choice([extreme_number(rng), rng.choice(MEASURES), "", "-", "n/a"])
                               for _ in range(columns)))
    body = "\n".join(("| " + r + " |") if rng.random() < 0.8 else r for r in rows)
    return (prose(rng) + "\n\n" if rng.random() < 0.5 else "") + body + "\n"


def markdown(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 10)):
        kind = rng.random()
        if kind < 0.2:
            pieces.append("#" * rng.randint(1, 6) + " " + prose(rng))
        elif kind < 0.4:
            pieces.append("\n".join(f"{rng.choice(['-', '*', '1.'])} {prose(rng)}" for _ in range(rng.randint(1, 5))))
        elif kind < 0.55:
            pieces.append(table(rng))
        elif kind < 0.65:
            pieces.append(f"<!-- audit: ignore[{rng.choice(['sum-of-parts', 'ratio', 'x'])}] -->\n" + prose(rng))
        elif kind < 0.75:
            pieces.append("> " + prose(rng))
        else:
            pieces.append(prose(rng))
    return "\n\n".join(pieces)


def html(rng: random.Random) -> str:
    tags = ["p", "div", "td", "tr", "table", "li", "ul", "span", "b", "br", "script", "style", "pre", "h1", "svg"]
    out = []
    depth = rng.randint(0, 3000) if rng.random() < 0.05 else rng.randint(0, 20)
    for _ in range(depth):
        out.append(f"<{rng.choice(tags)}>")
    for _ in range(rng.randint(1, 8)):
        out.append(f"<{rng.choice(tags)}>{prose(rng)}")
        if rng.random() < 0.3:
            out.append(rng.choice(["&amp;", "&#x10FFFF;", "&#99999999;", "&nbsp;", "<!--", "-->", "<![CDATA[",
                                   "&bogus;", "</", "<>"]))
    return "<html><body>" + "".join(out) + "</body></html>"


_BASES: dict[str, bytes] = {}


def _base(kind: str) -> bytes:
    """A small real DOCX or PDF holding a report, made once per process."""
    if kind not in _BASES:
        text = "Exports rose 12% to $5.6 billion from $5.0 billion. Of the 1,200 graduates, 950 (79.2%) found jobs."
        if kind == "pdf":
            from fpdf import FPDF

            pdf = FPDF()
            pdf.add_page()
            pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 7, text)
            _BASES[kind] = bytes(pdf.output())
        else:
            import docx

            document = docx.Document()
            document.add_paragraph(text)
            table_ = document.add_table(rows=2, cols=3)
            for i, cell in enumerate(table_.rows[0].cells + table_.rows[1].cells):
                cell.text = ["Region", "2023", "2024", "North", "1,200", "1,350"][i]
            buffer = io.BytesIO()
            document.save(buffer)
            _BASES[kind] = buffer.getvalue()
    return _BASES[kind]


def mutated(rng: random.Random, kind: str) -> bytes:
    data = bytearray(_base(kind))
    for _ in range(rng.randint(1, 20)):
        op = rng.random()
        at = rng.randrange(len(data)) if data else 0
        if op < 0.5 and data:
            data[at] = rng.getrandbits(8)
        elif op < 0.7:
            del data[at:at + rng.randint(1, 200)]
        elif op < 0.9:
            data[at:at] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 50)))
        else:
            data = data[:rng.randint(0, len(data))]
    return bytes(data)


def hostile_yaml(rng: random.Random) -> str:
    assertions = ["a == b", "a / b == c", "a + b == b * 2", "sum(a) == b", "a.__class__ == b", "__import__('os')",
                  "(lambda: 1)() == a", "[x for x in a] == b", "f'{a}' == b", "10**10**10 == a", "a" + " + a" * 300,
                  "(" * 500 + "a" + ")" * 500 + " == b", "1e999 == a", "9" * 5000 + " == a", "a == b == c", "a <> b",
                  "max(a, b) == min(a)", "abs(a) == b / 0", "all_equal(a, b, c)", "a == " + "1/(b+1) + " * 40 + "0"]
    pattern = rng.choice(["{n} jobs", "(a+)+{n}", "{n}\\1", "(?=x){n}", "[" + "a" * 600 + "]{n}", "{n}" * 100, "x"])
    scale = rng.choice(["1", "0.5", "1e308", "-1", "abc", "1e-999999", "100"])
    body = (f"name: p\nrules:\n  - id: r\n    summary: s\n    message: \"{{a}}\"\n"
            f"    figures:\n      a: {{measure: jobs}}\n      b: {{measure: plan, optional: {rng.choice(['true', 'false'])}}}\n"
            f"      c: {{pattern: '{pattern}'}}\n    assert: \"{rng.choice(assertions)}\"\n"
            f"    tolerance: {{scale: \"{scale}\"}}\n")
    extra = rng.choice(["", "x: !!python/object/apply:os.system ['echo hi']\n",
                        "a: &a [" + "x, " * 9 + "x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n",
                        "deep: " + "[" * 5000 + "]" * 5000 + "\n", "\x00\xff", "{{{{", "- - - -"])
    return body + extra if rng.random() < 0.5 else extra + body


FAMILIES = ["prose", "unicode", "bytes", "table", "markdown", "html", "docx", "pdf", "yaml"]


def generate(seed: int, index: int) -> tuple[str, str, bytes]:
    """(family, file name, bytes) of input `index` of run `seed`."""
    rng = random.Random(f"{seed}:{index}")
    family = FAMILIES[index % len(FAMILIES)]
    if family == "prose":
        return family, "fuzz.txt", prose(rng).encode("utf-8")
    if family == "unicode":
        return family, "fuzz.txt", random_unicode(rng).encode("utf-8", "surrogatepass")
    if family == "bytes":
        return family, rng.choice(["fuzz.txt", "fuzz.md", "fuzz.html"]), random_bytes(rng)
    if family == "table":
        return family, "fuzz.md", table(rng).encode("utf-8")
    if family == "markdown":
        return family, "fuzz.md", markdown(rng).encode("utf-8")
    if family == "html":
        return family, "fuzz.html", html(rng).encode("utf-8", "surrogatepass")
    if family in ("docx", "pdf"):
        return family, f"fuzz.{family}", mutated(rng, family)
    return family, "rules.yaml", hostile_yaml(rng).encode("utf-8", "surrogateescape")


# --- running one input ---------------------------------------------------------------

def run_one(name: str, data: bytes) -> None:
    """What `audit FILE` does, minus the guard: any exception escapes to the caller."""
    from auditor.model import AuditResult, InputError

    if name.endswith(".yaml"):
        from auditor.rulefile.compiler import compile_file
        from auditor.rulefile.dryrun import dry_run
        from auditor.rulefile.loader import parse_rule_text

        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return
        loaded = parse_rule_text(text, name)
        if isinstance(loaded, list):
            return
        pack, _ = compile_file(loaded)
        for rule in pack.rules:
            dry_run(rule)
        return
    from auditor.audit import audit_document
    from auditor.render import render_string
    from auditor.sources import document_from_bytes
    from auditor.suppress import apply_inline

    doc = document_from_bytes(name, data)
    if isinstance(doc, InputError):
        result = AuditResult((), (doc,), "fuzz")
    else:
        result = AuditResult((apply_inline(doc, audit_document(doc)),), (), "fuzz")
    for fmt in ("json", "sarif"):
        render_string(result, fmt)


def _work(args) -> list[tuple]:
    seed, start, stop, slow = args
    out = []
    for index in range(start, stop):
        family, name, data = generate(seed, index)
        # CPU seconds, not wall-clock ones: on a shared machine (or under `nice`) the wall
        # clock counts other programs' time, and every input would look slow now and then
        began = time.process_time()
        try:
            run_one(name, data)
            problem = None
        except Exception:
            problem = traceback.format_exc(limit=-3).strip().splitlines()[-1]
        elapsed = time.process_time() - began
        if problem or (elapsed > slow and len(data) < SMALL):
            out.append((index, family, name, data, problem, elapsed))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="first input index (to resume or re-run one)")
    parser.add_argument("--slow", type=float, default=SLOW_SECONDS, help="CPU seconds that make an input slow")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "fuzz-out")
    args = parser.parse_args()
    chunk = 200
    jobs = [(args.seed, i, min(i + chunk, args.start + args.count), args.slow)
            for i in range(args.start, args.start + args.count, chunk)]
    began = time.perf_counter()
    crashes = slow = tried = 0
    args.out.mkdir(parents=True, exist_ok=True)
    by_family: dict[str, int] = {}
    with multiprocessing.Pool(args.processes) as pool:
        for job, found in zip(jobs, pool.imap(_work, jobs)):
            tried += job[2] - job[1]
            for index, family, name, data, problem, elapsed in found:
                digest = hashlib.sha1(data).hexdigest()[:10]
                path = args.out / f"{'crash' if problem else 'slow'}-{family}-{index}-{digest}{Path(name).suffix}"
                path.write_bytes(data)
                if problem:
                    crashes += 1
                    by_family[family] = by_family.get(family, 0) + 1
                else:
                    slow += 1
                print(f"{'CRASH' if problem else 'SLOW '} #{index} {family} {elapsed:.2f}s {problem or ''} -> {path}",
                      flush=True)
            if tried % 10_000 < chunk:
                rate = tried / (time.perf_counter() - began)
                print(f"... {tried} inputs, {crashes} crashes, {slow} slow, {rate:.0f}/s", flush=True)
    elapsed = time.perf_counter() - began
    print(f"inputs tried: {tried}\ncrashes: {crashes} {by_family or ''}\nslow inputs (>{args.slow:g} s of CPU, <100 KB): {slow}\n"
          f"time: {elapsed:.0f} s with {args.processes} process(es), {tried / elapsed:.0f} inputs/s\n"
          f"reproducers: {args.out}")
    return 1 if crashes or slow else 0


if __name__ == "__main__":
    sys.exit(main())
