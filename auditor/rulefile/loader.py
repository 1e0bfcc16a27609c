"""Read a rule file: YAML with positions (ruamel round-trip), then the models.

Every problem becomes an `InputError` naming file:line:column; nothing here
raises past its caller. The parsed YAML is kept beside the validated pack so
that the compiler can point at the exact value it rejects.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from auditor.model import InputError

MAX_RULE_FILE_BYTES = 2_000_000  # a rule file is a page of YAML, not a data dump


@dataclass(frozen=True)
class Positions:
    """1-based positions of the nodes of one parsed YAML document."""

    root: Any

    def _walk(self, path: Sequence[str | int]):
        """The deepest (node, parent, last key) reachable along `path`."""
        node, parent, key = self.root, None, None
        for part in path:
            try:
                child = node[part]
            except (KeyError, IndexError, TypeError):
                break
            node, parent, key = child, node, part
        return node, parent, key

    def value(self, path: Sequence[str | int]) -> tuple[int, int]:
        """Where the value at `path` starts (or the deepest existing node on the way)."""
        node, parent, key = self._walk(path)
        if parent is not None and hasattr(parent, "lc"):
            try:
                line, col = parent.lc.item(key) if isinstance(key, int) else parent.lc.value(key)
                return line + 1, col + 1
            except (KeyError, IndexError, TypeError, AttributeError):
                pass
        if hasattr(node, "lc"):
            return node.lc.line + 1, node.lc.col + 1
        return 1, 1

    def key(self, path: Sequence[str | int]) -> tuple[int, int]:
        """Where the key that ends `path` stands (for unknown and duplicate keys)."""
        *head, last = path
        node, _, _ = self._walk(head)
        if hasattr(node, "lc") and isinstance(last, str):
            try:
                line, col = node.lc.key(last)
                return line + 1, col + 1
            except (KeyError, TypeError, AttributeError):
                pass
        return self.value(path)

    def node(self, path: Sequence[str | int]):
        return self._walk(path)[0]


@dataclass(frozen=True)
class LoadedFile:
    path: str
    pack: Any  # schema.RulePack
    positions: Positions


def read_rule_file(path: str | Path) -> LoadedFile | list[InputError]:
    """Parse and validate one rule file; a list of errors when it is not one."""
    shown = str(path)
    try:
        with open(path, "rb") as src:  # at most one byte past the limit: a 50 MB file is not read whole
            raw = src.read(MAX_RULE_FILE_BYTES + 1)
    except OSError as exc:
        return [InputError(shown, f"cannot read rule file: {exc.strerror or exc}")]
    if len(raw) > MAX_RULE_FILE_BYTES:
        return [InputError(shown, f"rule file is larger than {MAX_RULE_FILE_BYTES:,} bytes")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[:exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return [InputError(shown, "rule file is not valid UTF-8", line, column)]
    return parse_rule_text(text, shown)


MAX_FLOW_DEPTH = 50  # a rule file nests a few levels; ruamel takes seconds to refuse 5,000 '['


def _too_deep(text: str) -> tuple[int, int] | None:
    """Where [ and { (YAML flow collections) first nest past MAX_FLOW_DEPTH, or None. Read
    in one pass before the parser, skipping quoted text and comments; block nesting by
    indentation is refused quickly by the parser itself."""
    depth, quote, line, column, previous = 0, "", 1, 0, "\n"
    escaped = False
    for ch in text:
        column += 1
        if ch == "\n":
            line, column = line + 1, 0
            if quote != '"':
                quote = "" if quote == "#" else quote
        if escaped:
            escaped = False
        elif quote == '"':
            escaped = ch == "\\"
            quote = "" if ch == '"' else quote
        elif quote == "'":
            quote = "" if ch == "'" else quote
        elif quote == "#":
            pass
        elif ch in "\"'":
            quote = ch
        elif ch == "#" and previous.isspace():
            quote = "#"
        elif ch in "[{":
            depth += 1
            if depth > MAX_FLOW_DEPTH:
                return line, column
        elif ch in "]}":
            depth = max(depth - 1, 0)
        previous = ch
    return None


def parse_rule_text(text: str, shown: str) -> LoadedFile | list[InputError]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    deep = _too_deep(text)
    if deep is not None:
        return [InputError(shown, f"malformed YAML: nested more than {MAX_FLOW_DEPTH} levels deep", *deep)]

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True  # the compiler needs to know where a quoted value's text starts
    yaml.allow_duplicate_keys = False
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(str(exc.problem or exc.context or "malformed YAML").split())
        if "duplicate key" in problem:
            problem = problem.split(" with value")[0]
        return [InputError(shown, f"malformed YAML: {problem}",
                           mark.line + 1 if mark else None, mark.column + 1 if mark else None)]
    except YAMLError as exc:  # no position known
        return [InputError(shown, f"malformed YAML: {' '.join(str(exc).split())}")]
    except RecursionError:
        return [InputError(shown, "malformed YAML: nested too deeply")]
    if not isinstance(data, dict):
        return [InputError(shown, "a rule file is a mapping with 'name' and 'rules' (see docs/rules.md)", 1, 1)]
    shared = _first_shared_node(data)
    if shared is not None:
        return [InputError(shown, "YAML aliases (*name) are not allowed in rule files: write the value out "
                                  "(an alias can make a small file expand without bound)", *shared)]
    positions = Positions(data)

    from pydantic import ValidationError

    from auditor.rulefile.schema import RulePack

    try:
        pack = RulePack.model_validate(data)
    except ValidationError as exc:
        return _validation_errors(exc, positions, shown)
    return LoadedFile(shown, pack, positions)


def _first_shared_node(root) -> tuple[int, int] | None:
    """Where a mapping or list is reached a second time (a YAML alias), or None."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        if id(node) in seen:
            lc = getattr(node, "lc", None)
            return (lc.line + 1, lc.col + 1) if lc is not None else (1, 1)
        seen.add(id(node))
        stack.extend(node.values() if isinstance(node, dict) else node)
    return None


# --- turning pydantic's errors into file:line:column messages --------------

def _model_at(loc: Sequence[str | int]):
    """The model whose keys are valid at `loc` (for 'did you mean')."""
    from auditor.rulefile import schema

    if len(loc) == 0:
        return schema.RulePack
    if len(loc) == 2 and loc[0] == "rules":
        return schema.Rule
    if len(loc) == 4 and loc[0] == "rules" and loc[2] == "figures":
        return schema.Selector
    if len(loc) == 3 and loc[0] == "rules" and loc[2] == "tolerance":
        return schema.Tolerance
    if len(loc) == 3 and loc[0] == "rules" and loc[2] == "examples":
        return schema.Examples
    return None


def _keys_of(model) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _data_path(loc: Sequence[str | int], positions: Positions) -> list[str | int]:
    """The prefix of a pydantic `loc` that exists in the YAML (pydantic adds
    union branch tags such as 'str' or 'list[str]' that are not keys)."""
    node, path = positions.root, []
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            if isinstance(node, dict) and isinstance(part, str) and not path[-1:] == [part]:
                path.append(part)  # a missing or unknown key: still the place to point at
            break
        path.append(part)
    return path


def dotted(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _validation_errors(exc, positions: Positions, shown: str) -> list[InputError]:
    errors: list[InputError] = []
    seen: set[tuple] = set()
    suggested: set[tuple] = set()  # (parent loc, key) a 'did you mean' already names
    for err in exc.errors():
        if err["type"] == "extra_forbidden":
            model = _model_at(tuple(err["loc"])[:-1])
            if model is not None:
                for close in difflib.get_close_matches(str(err["loc"][-1]), _keys_of(model), n=1, cutoff=0.6):
                    suggested.add((tuple(err["loc"])[:-1], close))
    for err in exc.errors():
        if err["type"] == "missing" and (tuple(err["loc"])[:-1], err["loc"][-1]) in suggested:
            continue  # "unknown key 'asert'. Did you mean 'assert'?" says it already
        loc = tuple(err["loc"])
        kind = err["type"]
        if kind == "extra_forbidden":
            key = loc[-1]
            model = _model_at(loc[:-1])
            message = f"unknown key '{key}'"
            if model is not None:
                where = {"RulePack": "rule pack", "Rule": "rule", "Selector": "figure selector",
                         "Tolerance": "tolerance", "Examples": "examples"}[model.__name__]
                message += f" in {where}"
                close = difflib.get_close_matches(str(key), _keys_of(model), n=1, cutoff=0.6)
                message += f". Did you mean '{close[0]}'?" if close else f" (allowed: {', '.join(_keys_of(model))})"
            line, col = positions.key(loc)
            entry = (line, col, message)
            path = loc
        else:
            path = tuple(_data_path(loc, positions))
            if kind == "missing":
                line, col = positions.value(path[:-1]) if path else (1, 1)
                message = f"{dotted(path)}: missing required key '{path[-1]}'" if path else "missing key"
            else:
                line, col = positions.value(path)
                message = f"{dotted(path)}: {_friendly(err)}"
            entry = (line, col, path)
        if entry in seen:
            continue  # one message per place (a union reports once per branch)
        seen.add(entry)
        errors.append(InputError(shown, message, line, col))
    return sorted(errors, key=lambda e: (e.line or 0, e.column or 0))


def _friendly(err: dict) -> str:
    msg = err["msg"]
    if err["type"] in ("string_type", "list_type") and len(err["loc"]) and err["loc"][-1] in ("str", "list[str]"):
        return "expected a string or a list of strings"
    if err["type"] == "string_pattern_mismatch":
        pattern = (err.get("ctx") or {}).get("pattern", "")
        if pattern.startswith("^[a-z0-9]"):
            return f"{err['input']!r} is not an id: use lower-case letters, digits and '-'"
        return f"{err['input']!r} is not a name: use letters, digits and '_', not starting with a digit"
    return msg
