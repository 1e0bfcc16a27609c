"""`audit rules check|test|list`: lint rule files, run their examples, list them.

Imported by the CLI at start-up, so only click is imported here; the loaders
are imported inside the commands.
"""
from __future__ import annotations

import sys

import click

PATHS_HELP = "Rule files, folders or bundled pack names (default: the project config, else the bundled packs)."


def _specs(paths: tuple[str, ...]) -> tuple[list[str], str]:
    """What to load when no PATH is given: the config's rules, else every bundled pack."""
    if paths:
        return list(paths), ""
    from auditor.rulefile.discovery import bundled_packs, find_config

    config = find_config()
    if config is not None and not hasattr(config, "message") and config.rules:
        return [str(config.path.parent / r) if (config.path.parent / r).exists() else r for r in config.rules], \
            f" (from {config.path})"
    return list(bundled_packs()), " (bundled)"


def _load(paths):
    from auditor.rulefile import RuleSet, load_rules
    from auditor.rulefile.discovery import resolve

    specs, origin = _specs(paths)
    files, errors = resolve(specs)
    ruleset = load_rules(files) if files else RuleSet()
    ruleset.errors[:0] = errors
    return ruleset, origin


def _report_errors(ruleset) -> None:
    for error in ruleset.errors:
        click.echo(f"error: {error}", err=True)


@click.group("rules")
def rules_group() -> None:
    """Check, test and list YAML rule packs (docs/rules.md)."""


@rules_group.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
def check_rules(paths) -> None:
    """Lint rule files without a report: YAML, keys, selectors, expressions, dimensions."""
    from auditor.rulefile.dryrun import dry_run

    ruleset, origin = _load(paths)
    for rule in ruleset.rules:  # run each rule as `audit` will: passing here means it cannot crash there
        errors, notes = dry_run(rule)
        ruleset.errors.extend(errors)
        for note in notes:
            click.echo(f"note: {note}", err=True)
    _report_errors(ruleset)
    good = sum(len(p.rules) for p in ruleset.packs)
    files = len(ruleset.files)
    summary = f"{good} rule{'s' if good != 1 else ''} in {files} file{'s' if files != 1 else ''}{origin}"
    if ruleset.errors:
        click.echo(f"{len(ruleset.errors)} error{'s' if len(ruleset.errors) != 1 else ''}; {summary} compiled", err=True)
        sys.exit(2)
    click.echo(f"ok: {summary}")


@rules_group.command("test")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-v", "--verbose", is_flag=True, help="List every example, not only the failing ones.")
def test_rules(paths, verbose) -> None:
    """Run each rule's own examples: `pass` texts must check out, `fail` texts must be flagged."""
    from auditor.rulefile.examples import run_examples

    ruleset, _ = _load(paths)
    _report_errors(ruleset)
    passed = failed = 0
    untested = []
    for rule in ruleset.rules:
        results = run_examples(rule)
        if not results:
            untested.append(rule.check_id)
        for result in results:
            if result.ok:
                passed += 1
                if verbose:
                    click.echo(f"ok   {result}")
            else:
                failed += 1
                click.echo(f"FAIL {result}")
    if untested:
        click.echo(f"note: no examples for {', '.join(untested)}", err=True)
    click.echo(f"{passed} passed, {failed} failed, {len(ruleset.rules)} rules")
    if ruleset.errors:
        sys.exit(2)
    sys.exit(1 if failed else 0)


@rules_group.command("list")
@click.argument("paths", nargs=-1, type=click.Path())
def list_rules(paths) -> None:
    """List the rules of PATHS (default: the project config, else the bundled packs)."""
    ruleset, origin = _load(paths)
    _report_errors(ruleset)
    for pack in ruleset.packs:
        click.echo(f"{pack.name}  {pack.path}{origin}")
        for rule in pack.rules:
            click.echo(f"  {rule.check_id:<40} {rule.severity.value:<8} {rule.summary}")
    if ruleset.errors:
        sys.exit(2)


def rule_markdown(check_id: str) -> str | None:
    """The documentation of a pack's rule ("employment.remainder"), from the
    project config's rules or the bundled packs; None when there is no such rule."""
    ruleset, _ = _load(())
    for rule in ruleset.rules:
        if rule.check_id == check_id:
            parts = [f"# {rule.check_id}", rule.summary, f"Rule file: `{rule.path}`, line {rule.line}."]
            if rule.doc:
                parts.append(rule.doc)
            for label, cases in (("Passes", rule.examples_pass), ("Flagged", rule.examples_fail)):
                parts.extend(f"**{label}:** {text}" for text, _, _ in cases)
            if rule.link:
                parts.append(rule.link)
            return "\n\n".join(parts)
    return None

