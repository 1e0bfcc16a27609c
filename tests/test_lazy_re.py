"""Patterns compiled on first use, and their programs kept between runs (auditor.lazy_re)."""
from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import auditor
from auditor import lazy_re


def test_a_lazy_pattern_answers_as_the_compiled_one():
    lazy = lazy_re.compile(r"(?P<n>\d+)\s*(?P<unit>kg|t)\b", re.I)
    real = re.compile(r"(?P<n>\d+)\s*(?P<unit>kg|t)\b", re.I)
    text = "12 KG, 7 t and 3kg"
    assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in real.finditer(text)]
    assert lazy.sub("#", text) == real.sub("#", text)
    assert lazy.groupindex == real.groupindex and lazy.groups == real.groups
    assert re.search(lazy.compiled, text).group() == "12 KG"


def test_an_invalid_pattern_fails_on_first_use_as_re_compile_would():
    broken = lazy_re.compile(r"(unclosed")  # nothing happens at import
    with pytest.raises(re.error):
        broken.search("x")


def test_a_library_imported_with_its_programs_kept_compiles_what_re_compile_would():
    standard = re.compile
    with lazy_re.imports_kept():
        with lazy_re.imports_kept():  # nested (or in two threads): re.compile comes back once, at the end
            kept = re.compile(r"^</?(?P<tag>address|article)(?=(\s|/?>|$))", re.I)
        assert re.compile is not standard
        raw = re.compile(rb"\d+")  # bytes, and a pattern compiled already, go to the standard compile
        again = re.compile(kept)
    assert re.compile is standard
    real = re.compile(r"^</?(?P<tag>address|article)(?=(\s|/?>|$))", re.I)
    assert (kept.pattern, kept.flags, kept.groupindex, kept.groups) == (real.pattern, real.flags, real.groupindex,
                                                                        real.groups)
    assert kept.match("</ARTICLE>").group("tag") == "ARTICLE" and kept.match("<div>") is None
    assert raw.findall(b"a 12 b 3") == [b"12", b"3"] and again is kept


def test_markdown_it_is_imported_with_its_programs_kept():
    probe = ("import re; from auditor import lazy_re; seen = []; kept = lazy_re._kept_compile\n"
             "def spy(pattern, flags=0):\n    seen.append(pattern)\n    return kept(pattern, flags)\n"
             "lazy_re._kept_compile = spy\n"
             "from auditor.sources.markdown import _parser; _parser()\n"
             "print(len(seen), re.compile is lazy_re._RE_COMPILE)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         cwd=Path(auditor.__file__).parent.parent).stdout.split()
    assert int(out[0]) >= 20 and out[1] == "True"


def _package_patterns():
    for module in pkgutil.walk_packages(auditor.__path__, "auditor."):
        if module.name.endswith("__main__"):  # runs the command line
            continue
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            if isinstance(value, lazy_re.LazyPattern):
                yield f"{module.name}.{name}", value


def test_every_program_kept_for_the_package_builds_the_pattern_re_compile_builds():
    patterns = list(_package_patterns())
    assert len(patterns) > 300  # the constants of the checks, extraction and grammar
    for where, lazy in patterns:
        built = lazy_re._build(lazy.pattern, lazy_re._program(lazy.pattern, lazy.flags))
        real = re.compile(lazy.pattern, lazy.flags)
        assert (built.flags, built.groups, built.groupindex) == (real.flags, real.groups, real.groupindex), where


_PROBE = """
import re, sys
from auditor import lazy_re
pattern = lazy_re.compile(r"(?P<year>(?:19|20)\\d\\d)(?:-(?P<to>\\d\\d))?", re.I)
print([m.groupdict() for m in pattern.finditer("from 2019-20 to 2021")])
"""


def _probe(env: dict) -> str:
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    assert done.stderr == ""
    return done.stdout


def test_programs_are_written_once_and_read_back_by_the_next_run(tmp_path):
    env = {**os.environ, "AUDIT_CACHE_DIR": str(tmp_path)}
    env.pop("AUDIT_NO_CACHE", None)
    first = _probe(env)
    files = list(tmp_path.iterdir())
    assert [f.suffix for f in files] == [".marshal"]
    written = files[0].stat().st_mtime_ns
    assert _probe(env) == first  # read back: same matches, and nothing new to write
    assert files[0].stat().st_mtime_ns == written


def test_a_corrupt_or_unusable_cache_is_ignored(tmp_path):
    env = {**os.environ, "AUDIT_CACHE_DIR": str(tmp_path)}
    env.pop("AUDIT_NO_CACHE", None)
    expected = _probe({**env, "AUDIT_NO_CACHE": "1"})
    assert list(tmp_path.iterdir()) == []  # turned off: no file
    _probe(env)
    (cache,) = tmp_path.iterdir()
    whole = cache.read_bytes()
    cache.write_bytes(whole[:len(whole) // 2])  # cut off (a disk filled while it was written): read as none
    assert _probe(env) == expected
    cache.write_bytes(b"\x00not marshal at all")
    assert _probe(env) == expected
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    assert _probe({**env, "AUDIT_CACHE_DIR": str(blocked / "sub")}) == expected


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("AUDIT_NO_CACHE", raising=False)
    monkeypatch.delenv("AUDIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert lazy_re._cache_path().parent == tmp_path / "report-auditor"
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path / "mine"))
    assert lazy_re._cache_path().parent == Path(tmp_path / "mine")
    monkeypatch.setenv("AUDIT_NO_CACHE", "1")
    assert lazy_re._cache_path() is None


def test_a_cache_grown_past_its_byte_budget_keeps_only_what_the_run_used(tmp_path):
    env = {**os.environ, "AUDIT_CACHE_DIR": str(tmp_path)}
    env.pop("AUDIT_NO_CACHE", None)
    _probe(env)
    (cache,) = tmp_path.iterdir()
    import marshal

    programs = marshal.loads(cache.read_bytes())
    stale = lazy_re._program(r"x", 0)
    bulky = (stale[0], b"\x00" * 100_000, *stale[2:])  # few entries, many bytes: old versions of a long pattern
    for number in range(60):
        programs[(f"stale pattern {number}", 0)] = bulky
    cache.write_bytes(marshal.dumps(programs))
    assert lazy_re._size(programs) > lazy_re._MOST_KEPT_BYTES
    _probe(env)  # compiles nothing new: the file is left as it is
    extra = r"(?P<other>\d+) more"
    subprocess.run([sys.executable, "-c", _PROBE + f"\nlazy_re.compile({extra!r}).search('3 more')"], env=env, check=True)
    kept = marshal.loads(cache.read_bytes())
    assert not any(pattern.startswith("stale") for pattern, _ in kept)
    assert (extra, 0) in kept and len(kept) >= 2


# -- case-blind patterns read ASCII text in lower case ----------------------------------------

_CASE_TEXTS = [
    "The Labour Force grew; UNEMPLOYMENT fell to 4.1% — the Jobless Rate of Ontario",
    "Über die ARBEITSLOSEN: the unemployed (Männer) numbered 2.1 million",  # other letters, other cases
    "the joblesſ rate, the unemployment raTe, ıncome and İmports, 5 \u212aM of road",  # letters folding into ASCII
    "",
]


def _case_blind_agrees(pattern: str, text: str) -> None:
    blind, folding = lazy_re.CaseBlind(pattern), re.compile(pattern, re.I)
    found = blind.search(text)
    expected = folding.search(text)
    assert (found and (found.span(), found.lastgroup)) == (expected and (expected.span(), expected.lastgroup))
    for pos, endpos in ((0, len(text)), (4, len(text) - 3), (len(text) // 2, len(text))):
        assert [(m.span(), m.lastgroup) for m in blind.finditer(text, pos, endpos)] == \
               [(m.span(), m.lastgroup) for m in folding.finditer(text, pos, endpos)]


def test_a_case_blind_pattern_finds_what_ignorecase_finds():
    for pattern in (r"\b(?:(?P<rate>(?:jobless|unemployment) rate)|(?P<force>labou?r force)|(?P<un>unemployed))\b",
                    r"(?<!un)employ\w*|imports?|income|km|\bs\w+", r"ss|s\b|\bi|k"):
        for text in _CASE_TEXTS:
            _case_blind_agrees(pattern, text)


def test_every_case_blind_pattern_of_the_package_finds_what_ignorecase_finds():
    texts = _CASE_TEXTS + [p.read_text(encoding="utf-8") for p in sorted(Path(auditor.__path__[0]).parent.glob("fixtures/*.txt"))]
    blind = [value for module in pkgutil.walk_packages(auditor.__path__, "auditor.")
             if not module.name.endswith("__main__")
             for value in vars(importlib.import_module(module.name)).values() if isinstance(value, lazy_re.CaseBlind)]
    assert len(blind) >= 3
    for pattern in blind:
        for text in texts:
            _case_blind_agrees(pattern.pattern, text)


def test_a_case_blind_pattern_is_written_in_lower_case():
    for pattern in (r"[A-Z]\w+", r"Rate", "caf\u00c9", r"\x41"):
        with pytest.raises(ValueError):
            lazy_re.CaseBlind(pattern).search("text")  # (checked when first used, as a pattern is compiled)
    lazy_re.CaseBlind(r"(?P<word>\w+)\W\S(?P=word)\b").search("text")  # escapes and group syntax are no letters


# -- the characters a match starts with -----------------------------------------------------

def _info(pattern: str, flags: int = 0) -> list[int]:
    from array import array

    words = array("I")
    words.frombytes(lazy_re._program(pattern, flags)[1])
    return list(words[:5])


_FIRST_TEXTS = _CASE_TEXTS + [
    "Exports ROSE 4.1% to $3.2bn in 2021, while imports fell; the Rate roſe, ınflation İncreased",
    "#0# rose by #1#, compared with #2# a year earlier; among them, 12,5 % in the ſouth",
    "  \t(see table 3) — down from 7 in Q2 2020-21, FY2019, 1Q'21",
]


def test_a_pattern_that_opens_on_a_boundary_is_given_the_characters_a_match_starts_with():
    # mask 4 (SRE_INFO_CHARSET): the engine skips to the next position holding one of them
    assert _info(r"\b(?:rose|fell|grew)\b")[2] == 4
    assert _info(r"(?<!all )\b(?:rose|fell)", re.I)[2] == 4
    assert _info(r"(?:the\s+)?(?:\d+|many)\s+years")[2] == 4  # past an optional piece
    # nothing to gain (a search for "^..." is tried at the start only) or nothing sure: left as re.compile makes it
    assert _info(r"^\s*(?:rose|fell)")[2] == 0
    assert _info(r"\b(?:.|x)y")[2] == 0 and _info(r"\b[^a]b")[2] == 0 and _info("\\b(?:\u00e9clair|x)", re.I)[2] == 0
    assert _info(r"\b(?:a|)")[3] == 0  # (may match nothing: no set)


def test_a_pattern_whose_every_match_opens_on_the_same_letters_is_given_them():
    # mask 1 (SRE_INFO_PREFIX), a skip of 0: the letters are found as a word in a text, then the whole pattern tried there
    assert _info(r"\bthe\s+(?:same\s+)?total")[2] == 1
    assert _info(r"(?<![\w-])\b(?:per\s+capita|per\s+head)")[2] == 1  # (the parser takes "per" out of both)
    assert _info(r"\bthe\s+total", re.I)[2] == 4  # case-blind: the set of their cases


def test_a_program_with_its_first_characters_finds_what_re_compile_finds():
    patterns = [(r"\b(?:rose|fell|grew)\b", 0), (r"\bthe\s+(?:same\s+)?(?:total|rate)", 0), (r"(?<!a )\b(?:per\s+\w+)", 0),
                (r"\b(?:Rose|FELL|ſee|kelvin|imports)\w*", re.I),
                (r"(?<!all )\b(?:rose|fell)", re.I), (r"(?:the\s+)?(?:\d+|many)\s+years", re.I),
                (r"(?:^\W*|[,;:(]|\bthat)\W*(?:[A-Za-z]+\s+){0,3}?(?:of|among)\s+", re.I),
                (r"(?=\d)(?<![\d.,])\d{1,3}(?:,\d{3})+", 0), (r"\b(?P<y>(?:19|20)\d\d)|#(?P<k>\d+)#", 0),
                (r"(?i:q[1-4])|\d+\s?(?:%|per\s+cent)", 0), (r"(?:\s|\d)+[a-z]", re.I)]
    for pattern, flags in patterns:
        mine, real = lazy_re._build(pattern, lazy_re._program(pattern, flags)), re.compile(pattern, flags)
        for text in _FIRST_TEXTS:
            for pos in (0, 3, len(text) // 2):
                assert [(m.span(), m.groups()) for m in mine.finditer(text, pos)] == \
                       [(m.span(), m.groups()) for m in real.finditer(text, pos)], (pattern, text)
            assert mine.sub("_", text) == real.sub("_", text) and mine.split(text) == real.split(text)


def test_every_pattern_of_the_package_with_its_first_characters_finds_what_re_compile_finds():
    texts = _FIRST_TEXTS + [p.read_text(encoding="utf-8")[:20_000]
                            for p in sorted(Path(auditor.__path__[0]).parent.glob("fixtures/*.txt"))[:6]]
    texts += [text.lower() for text in texts]
    given = 0
    for where, lazy in _package_patterns():
        from array import array
        from re import _compiler, _parser

        program = lazy_re._program(lazy.pattern, lazy.flags)
        plain = _compiler._code(_parser.parse(lazy.pattern, lazy.flags), lazy.flags)
        if array("I", plain).tobytes() == program[1]:
            continue  # no set added: the program is re.compile's
        given += 1
        mine, real = lazy_re._build(lazy.pattern, program), re.compile(lazy.pattern, lazy.flags)
        for text in texts:
            assert [(m.span(), m.groups()) for m in mine.finditer(text)] == \
                   [(m.span(), m.groups()) for m in real.finditer(text)], where
    assert given > 300

