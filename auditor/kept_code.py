"""The methods `@dataclass` writes, compiled once and kept between runs.

`dataclasses.dataclass` writes each class's `__init__`, `__repr__`, `__eq__`, `__hash__`
(and, for a frozen class, `__setattr__` and `__delattr__`) as Python source text and
compiles it with `exec` when the class is made. About 60 of the auditor's 80 dataclasses
are made at every start: some 370 small functions compiled, 25-30 ms, a tenth of a
one-page audit. The texts are the same at every start, so, as Python keeps bytecode in
`__pycache__` and `lazy_re` keeps regex programs, the compiled code objects are kept in
a file of the same cache folder (`$AUDIT_CACHE_DIR`, ...; `AUDIT_NO_CACHE=1` turns it
off), keyed by their source text, and read back at the next start.

Nothing else changes: `dataclasses` calls `exec` by its module-global name, and `keep()`
sets that name to `_exec_kept`, which runs the code object that compiling the same text
gives (same file name "<string>", no inherited `__future__` flags, as `exec` of the text
from `dataclasses` compiles it) in the same namespaces. Only the auditor's own classes are
kept (another library's are compiled as before), so the file stays small: reading it back
must cost less than the compiling it saves. Any other `exec` is untouched.
The file belongs to one Python version and optimisation level (its name and its first
entry say which); a missing, corrupt or unwritable file only costs the compiling.
"""
import atexit
import builtins
import contextlib
import marshal
import os
import sys
import threading

from auditor import lazy_re

# the Python that wrote the file, and its optimisation level (-O), which compiling depends on
_WRITTEN_BY = f"{sys.version} -O{sys.flags.optimize}"
_MOST_KEPT = 2_000  # code objects in the file; all the auditor's dataclasses make about 460
_lock = threading.Lock()
_codes: dict | None = None  # source text -> code object, read on first use
_used: set = set()
_changed = False


def keep() -> None:
    """From now on, the code `@dataclass` compiles comes from the kept file, or is compiled and added to it."""
    import dataclasses

    if _path() is not None:
        dataclasses.exec = _exec_kept  # the module's global `exec`; the builtin stays as it is


def _exec_kept(source, globals=None, locals=None):
    """`exec` as `dataclasses` calls it: a source text, its class's module's globals and a fresh namespace."""
    global _codes, _changed
    if not isinstance(source, str) or not str((globals or {}).get("__name__", "")).startswith("auditor."):
        # another library's dataclass (the globals are its module's): compiled as ever, and not kept
        return builtins.exec(builtins.compile(source, "<string>", "exec", dont_inherit=True), globals, locals)
    with _lock:
        if _codes is None:
            _codes = _read()
        code = _codes.get(source)
        if code is None:
            code = builtins.compile(source, "<string>", "exec", dont_inherit=True)
            if not _changed:
                atexit.register(_write)
            _codes[source] = code
            _changed = True
        _used.add(source)
    return builtins.exec(code, globals, locals)


def _path():
    folder = lazy_re.cache_folder()
    return None if folder is None else folder / f"dataclass-code-{sys.implementation.cache_tag}.marshal"


def _read() -> dict:
    path = _path()
    try:
        with open(path, "rb") as stream:
            # read whole, then unmarshalled: marshal.load on a file reads it a few bytes per
            # object, which took 10-15 ms of every start for this file alone (against 1 ms)
            kept = marshal.loads(stream.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    # written by this very Python (a code object's meaning changes between versions, even within one tag)
    if not isinstance(kept, dict) or kept.get("python") != _WRITTEN_BY or not isinstance(kept.get("codes"), dict):
        return {}
    return kept["codes"]


def _write() -> None:
    path = _path()
    if not _changed or path is None or _codes is None:
        return
    # the code of classes an older version of the auditor had: keep only what this run used
    codes = _codes if len(_codes) <= _MOST_KEPT else {source: _codes[source] for source in _used}
    import tempfile

    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".code-")
        with os.fdopen(handle, "wb") as stream:
            marshal.dump({"python": _WRITTEN_BY, "codes": codes}, stream)
        os.replace(temporary, path)  # readers see the old file or the new one, never half
    except (OSError, ValueError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
