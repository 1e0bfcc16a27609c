"""The code @dataclass writes, compiled once and kept between runs (auditor.kept_code)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

# a process that makes dataclasses after importing the auditor and prints what they are made of
_PROBE = r"""
import dataclasses, json, sys
import auditor
from auditor.model import Figure, Span


@dataclasses.dataclass(frozen=True)
class Harvest:
    crop: str
    tonnes: float = 0.0
    fields: tuple = ()


@dataclasses.dataclass(order=True)
class Shelf:
    label: str
    books: int = dataclasses.field(default=0, compare=False)


def described(cls):
    out = {}
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__", "__lt__"):
        f = cls.__dict__.get(name)
        if hasattr(f, "__code__"):
            c = f.__code__
            out[name] = [c.co_code.hex(), repr(c.co_consts), c.co_names, c.co_varnames, c.co_flags, c.co_filename,
                         repr(f.__annotations__), repr(f.__defaults__), f.__qualname__]
    return out


h = Harvest("wheat", 2.5)
print(json.dumps({"classes": [described(c) for c in (Harvest, Shelf, Figure, Span)],
                  "behaviour": [repr(h), h == Harvest("wheat", 2.5), hash(h) == hash(Harvest("wheat", 2.5)),
                                Shelf("a", 3) < Shelf("b", 1), Shelf("a", 3) == Shelf("a", 9)],
                  "kept": dataclasses.__dict__.get("exec") is not None}))
"""


def _probe(env: dict) -> dict:
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    assert done.stderr == ""
    return json.loads(done.stdout)


def _env(folder, **more) -> dict:
    env = {**os.environ, "AUDIT_CACHE_DIR": str(folder), **more}
    if "AUDIT_NO_CACHE" not in more:
        env.pop("AUDIT_NO_CACHE", None)
    return env


def test_kept_code_makes_the_classes_compiling_makes(tmp_path):
    compiled = _probe(_env(tmp_path, AUDIT_NO_CACHE="1"))
    assert not compiled["kept"]  # turned off: dataclasses' exec is the builtin
    assert list(tmp_path.iterdir()) == []
    first = _probe(_env(tmp_path))  # compiles and writes the file
    (kept,) = tmp_path.glob("dataclass-code-*.marshal")
    written = kept.stat().st_mtime_ns
    again = _probe(_env(tmp_path))  # reads it back, nothing new to write
    assert kept.stat().st_mtime_ns == written
    assert first["kept"] and again["kept"]
    import marshal

    sources = marshal.loads(kept.read_bytes())["codes"]
    assert any("period_source" in source for source in sources)  # the auditor's Figure is kept
    assert not any("tonnes" in source for source in sources)  # the probe's own Harvest is no class of the auditor's
    assert first["classes"] == again["classes"] == compiled["classes"]
    assert first["behaviour"] == again["behaviour"] == compiled["behaviour"] == [
        "Harvest(crop='wheat', tonnes=2.5, fields=())", True, True, True, True]


def test_a_corrupt_or_foreign_code_file_is_ignored(tmp_path):
    expected = _probe(_env(tmp_path, AUDIT_NO_CACHE="1"))
    _probe(_env(tmp_path))
    (kept,) = tmp_path.glob("dataclass-code-*.marshal")
    kept.write_bytes(b"\x00not marshal at all")
    assert _probe(_env(tmp_path))["classes"] == expected["classes"]
    import marshal

    kept.write_bytes(marshal.dumps({"python": "another Python", "codes": {"x": compile("1", "<string>", "exec")}}))
    assert _probe(_env(tmp_path))["classes"] == expected["classes"]
    assert marshal.loads(kept.read_bytes())["python"].startswith(sys.version)  # written again by this one
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    assert _probe(_env(blocked / "sub"))["classes"] == expected["classes"]
