"""What a one-page audit's start does not do: build patterns no input asked for, walk the imported
modules' objects with the default collector, or walk every live object once more at exit."""
from __future__ import annotations

import gc
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from auditor import lazy_re
from auditor.cli import main
from auditor.grammar import lexicon

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "employment-bulletin-2021.txt"


def _python(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=str(ROOT),
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def _escaped_then_spaced(phrases) -> str:
    """The alternation as it was first written: re.escape, then each escaped space made any white space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def test_a_phrase_alternation_is_what_escaping_and_spacing_wrote():
    letters = [chr(i) for i in range(128)] + list("éß’–—\u00a0\u2009中")
    draw = random.Random(11)
    for _ in range(5000):
        phrases = tuple("".join(draw.choice(letters) for _ in range(draw.randint(0, 6))) for _ in range(draw.randint(1, 4)))
        assert lexicon.alternation(phrases) == _escaped_then_spaced(phrases), phrases
    assert lexicon.alternation(("a \\ b", "of which")) == _escaped_then_spaced(("a \\ b", "of which"))
    assert re.fullmatch(lexicon.alternation(("per  cent", "k+")), "per \n cent")


def test_a_built_pattern_is_written_on_first_use_and_answers_as_re_compile():
    calls = []

    def build() -> str:
        calls.append(1)
        return r"(?P<n>\d+)\s*(?P<unit>kg|t)\b"

    built = lazy_re.built(build, re.I)
    assert calls == [] and isinstance(built, lazy_re.LazyPattern)
    text = "12 KG, 7 t and 3kg"
    real = re.compile(build(), re.I)
    assert [m.groupdict() for m in built.finditer(text)] == [m.groupdict() for m in real.finditer(text)]
    assert built.pattern == real.pattern and built.groupindex == real.groupindex
    assert len(calls) == 2  # once here for `real`, once for the built pattern, never again
    built.search("5 t")
    assert len(calls) == 2


def test_a_report_without_a_table_never_builds_the_table_markers():
    probe = ("import sys\nfrom auditor.cli import main\nfrom auditor.extract import figures\n"
             "try:\n    main.main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(*['pattern' in vars(p) for p in (figures._UNIT_MARKER, figures._PHYSICAL_MARKER, figures._IN_SCALE)],"
             " file=sys.stderr)")
    prose = _python(probe, "--no-config", str(FIXTURE))
    assert prose.stderr.split() == ["False", "False", "False"]
    table = _python(probe, "--no-config", str(ROOT / "fixtures" / "checks" / "table-arithmetic.md"))
    assert "True" in table.stderr.split()


def test_the_collector_is_relaxed_before_the_auditor_is_imported_and_frozen_at_exit():
    probe = """
import atexit, gc, sys
seen = {}
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "auditor.audit":
            seen["threshold"] = gc.get_threshold()[0]
        return None
sys.meta_path.insert(0, Watch())
atexit.register(lambda: print(seen["threshold"], gc.get_freeze_count() > 0, file=sys.stderr))
from auditor.cli import main
sys.argv[0] = "audit"
main()
"""
    done = _python(probe, "--no-config", str(FIXTURE))
    threshold, frozen = done.stderr.split()[-2:]
    assert int(threshold) > 700 and frozen == "True"  # 700: the default threshold
    assert done.stdout  # the report was written before the objects were frozen


def test_a_run_called_in_process_freezes_nothing():
    before = gc.get_freeze_count()
    result = CliRunner().invoke(main, ["--no-config", str(FIXTURE)])
    assert result.exit_code in (0, 1) and gc.get_freeze_count() == before
