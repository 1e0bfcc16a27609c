"""Where rule files come from: --rules, a project config file, bundled packs.

Cheap on purpose: only file-system look-ups (and tomllib when a config file
exists), so `audit report.txt` with no rules in play stays fast.

Config (the first found walking up from the current folder):
  .audit.toml or audit.toml      rules = ["rules/", "employment"]
                                 exclude = ["drafts/*", "*-notes.md"]
  pyproject.toml                 [tool.auditor] rules = [...], exclude = [...]
Paths are relative to the config file; a name that is not a path is a bundled pack.
`exclude` globs leave files out of a run, as `--exclude` does.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from auditor.model import InputError

CONFIG_FILES = (".audit.toml", "audit.toml")
RULE_SUFFIXES = (".yaml", ".yml")
MAX_CONFIG_BYTES = 1_000_000  # a pyproject.toml is a few kilobytes
CONFIG_KEYS = {"rules": "paths or bundled pack names", "exclude": "file globs"}


def bundled_rules_dir() -> Path | None:
    """The shipped packs: inside the wheel, or the source tree's rules/ in an editable install."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_bundled_rules", package.parent / "rules"):
        if candidate.is_dir():
            return candidate
    return None


def bundled_packs() -> dict[str, Path]:
    """Bundled pack name (its file name without .yaml) -> file."""
    folder = bundled_rules_dir()
    if folder is None:
        return {}
    return {p.stem: p for p in sorted(folder.iterdir()) if p.suffix in RULE_SUFFIXES and p.is_file()}


@dataclass(frozen=True)
class Config:
    """A project's config file: where it is, the rules it names and the files it leaves out."""

    path: Path
    rules: tuple[str, ...]
    exclude: tuple[str, ...] = ()


def find_config(start: Path | None = None) -> Config | InputError | None:
    """The nearest config file that configures the auditor, from `start` upward."""
    folder = (start or Path.cwd()).resolve()
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                return _read_config(candidate, table=None)
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            found = _read_config(pyproject, table=("tool", "auditor"))
            if found is not None:
                return found
    return None


def _read_config(path: Path, table: tuple[str, ...] | None) -> Config | InputError | None:
    import tomllib

    from auditor.limits import LimitError, load_toml

    try:
        with open(path, "rb") as src:
            raw = src.read(MAX_CONFIG_BYTES + 1)
        if len(raw) > MAX_CONFIG_BYTES:
            return InputError(str(path), f"config file is larger than {MAX_CONFIG_BYTES:,} bytes")
        data = load_toml(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return InputError(str(path), f"cannot read config: {exc}")
    except LimitError as exc:
        return InputError(str(path), f"config file {exc}")
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        column = getattr(exc, "colno", None)
        return InputError(str(path), f"malformed TOML: {str(exc).split(' (at line')[0]}", line, column)
    for key in table or ():
        data = data.get(key)
        if not isinstance(data, dict):
            return None  # a pyproject.toml without [tool.auditor]: keep looking upward
    where = "[tool.auditor]" if table else "the config file"
    unknown = sorted(set(data) - set(CONFIG_KEYS))
    if unknown:
        import difflib  # (only for a mistyped key: not imported at every start)

        hint = difflib.get_close_matches(unknown[0], CONFIG_KEYS, n=1)
        return InputError(str(path), f"unknown key '{unknown[0]}' in {where}"
                          + (f". Did you mean '{hint[0]}'?" if hint else f" (allowed: {', '.join(CONFIG_KEYS)})"))
    values = {}
    for key, what in CONFIG_KEYS.items():
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return InputError(str(path), f"'{key}' in {where} must be a list of {what}")
        values[key] = tuple(value)
    return Config(path, values["rules"], values["exclude"])


def resolve(specs: Sequence[str], base: Path | None = None) -> tuple[list[Path], list[InputError]]:
    """Rule files named by paths (files or folders) or bundled pack names."""
    files: list[Path] = []
    errors: list[InputError] = []
    packs = None
    for spec in specs:
        path = Path(spec)
        if base is not None and not path.is_absolute():
            path = base / path
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in RULE_SUFFIXES and p.is_file())
            if not found:
                errors.append(InputError(spec, "folder holds no .yaml or .yml rule files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            packs = bundled_packs() if packs is None else packs
            if spec in packs:
                files.append(packs[spec])
            else:
                import difflib  # (only for a mistyped pack)

                close = difflib.get_close_matches(spec, list(packs), n=1)
                hint = f" Did you mean the bundled pack '{close[0]}'?" if close else (
                    f" Bundled packs: {', '.join(packs)}." if packs else "")
                errors.append(InputError(spec, f"no rule file, folder or bundled pack by this name.{hint}"))
    unique: list[Path] = []
    for f in files:
        if f.resolve() not in {u.resolve() for u in unique}:
            unique.append(f)
    return unique, errors
