"""Work a one-page audit's start no longer does: load OpenSSL for the fingerprints, compile the readings'
patterns afresh in every process, write docstrings of dataclasses from their signatures, or let the
collector walk click's and the model's objects again and again while they are imported."""
from __future__ import annotations

import hashlib
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import auditor
from auditor import lazy_re, suppress

ROOT = Path(auditor.__file__).resolve().parent.parent  # the tree whose auditor is tested, run as it is
FIXTURE = ROOT / "fixtures" / "employment-bulletin-2021.txt"

# a whole run of the command on the fixture, in a fresh process, with a probe's lines before and after it
_RUN = """
import sys
from auditor.cli import main
sys.argv[0] = "audit"
try:
    main.main(sys.argv[1:])
except SystemExit:
    pass
"""


def _python(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=str(ROOT),
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_one_page_audit_never_imports_hashlib():
    done = _python(_RUN + "print('hashlib' in sys.modules, '_hashlib' in sys.modules, file=sys.stderr)",
                   "--no-config", "--format", "json", str(FIXTURE))
    assert '"fingerprint": "' in done.stdout  # the findings were fingerprinted all the same
    assert done.stderr.split()[-2:] == ["False", "False"]


def test_a_fingerprint_digest_is_sha256():
    for text in ("", "share-of-total\x1fa.yml\x1f41.2%\x1fThe share was 41.2%.", "ünïcode ‰ 中"):
        data = text.encode("utf-8")
        assert suppress.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()


def test_the_collector_is_relaxed_before_click_is_imported():
    probe = """
import gc, sys
seen = {}
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in ("click", "auditor.model"):
            seen.setdefault(name, gc.get_threshold()[0])
        return None
sys.meta_path.insert(0, Watch())
import auditor.cli
print(seen["click"], seen["auditor.model"])
"""
    done = _python(probe)
    assert [int(t) > 700 for t in done.stdout.split()] == [True, True]  # 700: the default threshold


def test_the_readings_compile_no_pattern_outside_the_kept_programs_while_a_report_is_read():
    # patterns written with re.compile, re.search, re.findall ... in the grammar or the figure reader are
    # parsed and compiled in every process; lazy_re's are read back from the programs kept between runs
    probe = """
import re, sys
import auditor.audit, auditor.cli, auditor.parallel, auditor.render.text
callers = set()
compile_as_re_does = re._compile
def watched(pattern, flags):
    caller = sys._getframe(2).f_code.co_filename.replace("\\\\", "/")
    if "/auditor/grammar/" in caller or "/auditor/extract/" in caller:
        callers.add(caller.rsplit("/auditor/", 1)[1] + ": " + str(pattern)[:40])
    return compile_as_re_does(pattern, flags)
re._compile = watched
""" + _RUN + "print(sorted(callers), file=sys.stderr)"
    done = _python(probe, "--no-config", str(FIXTURE))
    assert done.stdout  # the report was written
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_the_dataclasses_of_a_one_page_audit_have_docstrings_of_their_own():
    # a dataclass without one gets a docstring written from inspect.signature of the class, at every start
    probe = _RUN + """
import dataclasses
bare = sorted(f"{module.__name__}.{cls.__qualname__}" for name, module in list(sys.modules.items())
              if name.startswith("auditor") for cls in vars(module).values()
              if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == name
              and "__doc__" in vars(cls) and (cls.__doc__ or "").startswith(cls.__name__ + "("))
print(bare, file=sys.stderr)
"""
    done = _python(probe, "--no-config", str(FIXTURE))
    assert done.stderr.strip().splitlines()[-1] == "[]"


def _escaped_then_spaced(phrases, space: str) -> str:
    """The alternation as re.escape writes each phrase, each escaped space written as `space`."""
    return "|".join(re.escape(p).replace(r"\ ", space) for p in sorted(phrases, key=len, reverse=True))


def test_a_vocabulary_escaped_at_once_is_each_phrase_escaped_with_any_space():
    letters = [chr(i) for i in range(128)] + list("éß’–—\u00a0中")
    draw = random.Random(31)
    for _ in range(3000):
        phrases = tuple("".join(draw.choice(letters) for _ in range(draw.randint(0, 5)))
                        for _ in range(draw.randint(0, 5)))
        for space in (r"\s+", " ", r"[\ \-]", "\\"):
            assert lazy_re.alternation(phrases, space) == _escaped_then_spaced(phrases, space), (phrases, space)
    # a phrase holding the character the phrases are joined with while escaped is escaped on its own
    assert lazy_re.alternation(("a\x00b", "c.d")) == "a\x00b|c\\.d"
    assert re.fullmatch(lazy_re.alternation(("per cent", "p.c.")), "per \n cent")
    assert not re.fullmatch(lazy_re.alternation(("per cent", "p.c.")), "pxcx")


def test_a_run_reads_the_config_file_once_for_its_rules_and_its_excludes(tmp_path, monkeypatch):
    import json

    from click.testing import CliRunner

    from auditor.cli import main
    from auditor.rulefile import discovery

    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nrules = ["employment"]\nexclude = ["old/*"]\n',
                                             encoding="utf-8")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "march.txt").write_text("Turnover was $3.1 million, up from $2.9 million.\n", encoding="utf-8")
    (tmp_path / "april.txt").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    reads = []
    read_as_before = discovery._read_config
    monkeypatch.setattr(discovery, "_read_config",
                        lambda *args, **keywords: reads.append(args) or read_as_before(*args, **keywords))
    result = CliRunner().invoke(main, ["--format", "json", str(tmp_path)])
    documents = json.loads(result.stdout)["documents"]
    assert [d["path"] for d in documents] == [str(tmp_path / "april.txt")]  # the excluded folder is left out
    assert any(f["check"].startswith("employment.") for d in documents for f in d["findings"])  # the rules bind
    assert len(reads) == 1
    # a config that cannot be read is said once, as before
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nrules = "employment\n', encoding="utf-8")
    broken = CliRunner().invoke(main, ["--format", "json", str(tmp_path / "april.txt")])
    assert broken.exit_code == 2 and broken.stderr.count("malformed TOML") == 1
