#!/usr/bin/env python3
"""How far the code is from one reading (issue 10): it counts, in `auditor/`, the regular expressions the checks
write themselves, the cue word lists outside the lexicon, the word folders and stemmers, the text splitters and
the table readers, and lists where each is, so that a session can rerun it before and after a clean-up.

    python bench/one_reading.py [--list] [--root TREE]

What it counts (by reading the source with `ast`, never running it):
- check regexes: calls of `re.compile`/`lazy_re.compile` in `auditor/checks/`, and of `re.search`, `re.match`,
  `re.sub`, ... there with a pattern written in place (a pattern the grammar gives is not counted);
- cue word lists: module-level constants of grammar/, extract/, checks/ and relations/ outside the vocabulary modules
  (`grammar/lexicon.py`, and `extract/hedges.py`, which the lexicon re-exports) whose value is a tuple, list, set or
  frozenset of two or more word-like strings ("about", "close to"), or `"...".split()` of such words; counted
  apart for `grammar/cues.py` (the older checks' vocabularies) and `extract/` (which may not import the grammar);
- word folders: functions named fold/stem/singular/normalise..., or that lower a word and cut a plural ending;
- splitters: functions whose name says they cut text into sentences, clauses, segments or paragraphs;
- table readers: functions that cut a line into cells at "|" or tab;
- inline hedge alternations: string literals in the reading packages that spell two or more hedges as a regex
  alternation ("about\\s+|some\\s+|nearly") instead of building it from a named subset of `extract/hedges.py`.
The heuristics are coarse on purpose: `--list` shows what each count holds, to be judged by a reader.
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDLIKE = re.compile(r"[a-z][a-z'’. -]*\Z")
FOLDER_NAME = re.compile(r"(?:^|_)(?:fold(?:ed)?|stems?|stemmed|singular|normali[sz]ed?|lemma|roots?)(?:_|$)")
SPLITTER_NAME = re.compile(r"(?:^|_)(?:split|sentences|clauses|segments?|paragraphs|segment)(?:_|$)")
# where cue words are read (the CLI, renderers, sources and rule files name formats and fields, not cues)
READING_PACKAGES = ("auditor/grammar/", "auditor/extract/", "auditor/checks/", "auditor/relations/")
# the one place of the cue vocabularies: the lexicon, and below it the hedges and months the figure reader reads too
# (auditor/extract may not import the grammar), which the lexicon re-exports
VOCABULARY_MODULES = ("auditor/grammar/lexicon.py", "auditor/extract/hedges.py")
# two hedges written one after the other in a regex alternation
INLINE_HEDGES = re.compile(r"\b(?:about|some|nearly|almost|around|roughly)(?:\\s\+|\\s\*| )?\|"
                           r"(?:\(\?:)?(?:about|some|nearly|almost|around|roughly|just|over)\b")
REGEX_CALLS = {"search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"}
PLURAL_ENDINGS = {"s", "es", "ies", "'s"}


def _strings(node: ast.AST) -> list[str] | None:
    """The strings of a literal collection (or of `"a b c".split()`), None if it is not one."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("frozenset", "set", "tuple") \
            and len(node.args) == 1:
        return _strings(node.args[0])
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str) and not node.args:
        return node.func.value.value.split()
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        return values if len(values) == len(node.elts) else None
    return None


def _is_word_list(node: ast.AST) -> bool:
    values = _strings(node)
    return values is not None and len(values) >= 2 and all(WORDLIKE.match(v) for v in values)


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name):
            yield node, node.func.value.id, node.func.attr


def _is_word_folder(fn: ast.FunctionDef) -> bool:
    if FOLDER_NAME.search(fn.name):
        return True
    lowers = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "lower"
                 for n in ast.walk(fn))
    cuts_plural = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                      and n.func.attr in ("endswith", "removesuffix")
                      and any(s in PLURAL_ENDINGS for a in n.args for s in (_strings(a) or
                              ([a.value] if isinstance(a, ast.Constant) and isinstance(a.value, str) else [])))
                      for n in ast.walk(fn))
    return lowers and cuts_plural


def _is_table_reader(fn: ast.FunctionDef) -> bool:
    for n in ast.walk(fn):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "split" and n.args \
                and isinstance(n.args[0], ast.Constant) and n.args[0].value in ("|", "\t"):
            return True
    return False


def count(root: Path = ROOT) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted((root / "auditor").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if rel.startswith("auditor/checks/"):
            for node, owner, attr in _calls(tree):
                if owner in ("re", "lazy_re") and (attr == "compile" or attr in REGEX_CALLS and node.args
                                                   and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))):
                    found["check regexes"].append(f"{rel}:{node.lineno}")
        if rel not in VOCABULARY_MODULES and rel.startswith(READING_PACKAGES):
            for node in tree.body:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
                    if isinstance(node, ast.AnnAssign) and node.value is not None else []
                if targets and _is_word_list(node.value):
                    name = ", ".join(t.id for t in targets if isinstance(t, ast.Name))
                    where = "cue word lists in grammar/cues.py" if rel == "auditor/grammar/cues.py" else \
                        "cue word lists in extract/" if rel.startswith("auditor/extract/") else \
                        "cue word lists elsewhere"
                    found[where].append(f"{rel}:{node.lineno} {name}")
        if rel.startswith(READING_PACKAGES) and rel not in VOCABULARY_MODULES:
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and INLINE_HEDGES.search(node.value):
                    found["inline hedge alternations"].append(f"{rel}:{node.lineno}")
        if not rel.startswith(READING_PACKAGES + ("auditor/rulefile/", "auditor/sources/")):
            continue  # (the expression solver's roots and the CLI are no reading of words)
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if _is_word_folder(fn):
                found["word folders and stemmers"].append(f"{rel}:{fn.lineno} {fn.name}")
            if SPLITTER_NAME.search(fn.name.lower()):
                found["splitters"].append(f"{rel}:{fn.lineno} {fn.name}")
            if _is_table_reader(fn):
                found["table readers"].append(f"{rel}:{fn.lineno} {fn.name}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every place counted")
    parser.add_argument("--root", type=Path, default=ROOT, help="the tree to count (default: this one)")
    args = parser.parse_args()
    found = count(args.root)
    for kind in ("check regexes", "cue word lists elsewhere", "cue word lists in grammar/cues.py",
                 "cue word lists in extract/", "inline hedge alternations", "word folders and stemmers", "splitters",
                 "table readers"):
        print(f"{kind}: {len(found[kind])}")
        if args.list:
            for place in found[kind]:
                print(f"    {place}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
