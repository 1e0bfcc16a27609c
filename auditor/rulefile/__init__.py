"""User rules: YAML rule packs that bind figures by selectors and state their
relation as an expression (docs/rules.md).

    load_rules(paths)                -> RuleSet: compiled rules + positioned errors
    relations_for_rules(rules, doc, figures) -> the Relations they state about a document

Importing this package is cheap; ruamel, pydantic, pint and re2 are imported
only when a rule file is actually loaded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from auditor.model import InputError


@dataclass
class RuleSet:
    """The rules and rule packs of a run, with the errors of the files they came from."""

    rules: list = field(default_factory=list)  # CompiledRule
    packs: list = field(default_factory=list)  # CompiledPack
    errors: list[InputError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every file read, good or bad

    @property
    def failed_files(self) -> set[str]:
        return {e.path for e in self.errors}

    def describe_what_ran(self) -> str:
        """One line for a run with rule errors: what was still applied."""
        good = [p for p in self.packs if p.rules]
        if not good:
            return "the built-in checks ran; no rule file could be used"
        count = sum(len(p.rules) for p in good)
        return (f"the built-in checks and {count} rule{'s' if count != 1 else ''} from "
                f"{', '.join(p.path for p in good)} still ran")


def load_rules(paths: Sequence[str | Path]) -> RuleSet:
    """Load, validate and compile rule files. Errors are values: a bad file or
    rule is reported and left out; the rest are returned compiled."""
    from auditor.rulefile.compiler import compile_file
    from auditor.rulefile.loader import read_rule_file

    result = RuleSet()
    seen_ids: dict[str, str] = {}
    for path in paths:
        result.files.append(str(path))
        loaded = read_rule_file(path)
        if isinstance(loaded, list):
            result.errors.extend(loaded)
            continue
        pack, errors = compile_file(loaded, seen_ids)
        result.packs.append(pack)
        result.rules.extend(pack.rules)
        result.errors.extend(errors)
    return result


NOT_LOOKED_UP = object()  # a config file not looked for yet (None: there is none)


def rules_for_run(specs: Sequence[str], use_config: bool = True, start: Path | None = None,
                  config=NOT_LOOKED_UP) -> RuleSet:
    """The rules of one run: `--rules` specs when given, else the project
    config file found from `start` (the current folder) upward, else none.
    `config`: find_config's answer when the caller has it already (the command reads the
    file once, for the rules and the excludes). Nothing heavy is imported when no rules are in play."""
    from auditor.rulefile.discovery import find_config, resolve

    result = RuleSet()
    base = None
    if not specs and use_config:
        if config is NOT_LOOKED_UP:
            config = find_config(start)
        if isinstance(config, InputError):
            result.errors.append(config)
            return result
        if config is not None:
            specs, base = config.rules, config.path.parent
    if not specs:
        return result
    files, errors = resolve(specs, base)
    loaded = load_rules(files) if files else RuleSet()
    loaded.errors[:0] = errors
    return loaded


def relations_for_rules(rules: Sequence, document, figures) -> list:
    """The relations every rule states about one document."""
    from auditor.rulefile.select import relations_for

    out = []
    for rule in rules:
        out.extend(relations_for(rule, document, figures))
    return out
