"""`audit rules check|test|list|suggest`: lint rule files, run their examples, list them, write one
from a trusted report.

Imported by the CLI at start-up, so only click is imported here; the loaders
are imported inside the commands.
"""
from __future__ import annotations

import sys

import click

PATHS_HELP = "Rule files, folders or bundled pack names (default: the project config, else the bundled packs)."


def _specs(paths: tuple[str, ...], use_config: bool = True) -> tuple[list[str], str]:
    """What to load when no PATH is given: the config's rules, else every bundled pack."""
    if paths:
        return list(paths), ""
    from auditor.rulefile.discovery import bundled_packs, find_config

    config = find_config() if use_config else None
    if config is not None and not hasattr(config, "message") and config.rules:
        return [str(config.path.parent / r) if (config.path.parent / r).exists() else r for r in config.rules], \
            f" (from {config.path})"
    return list(bundled_packs()), " (bundled)"


def _load(paths, use_config: bool = True):
    from auditor.rulefile import RuleSet, load_rules
    from auditor.rulefile.discovery import resolve

    specs, origin = _specs(paths, use_config)
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


def _split_reports(paths: tuple[str, ...]) -> tuple[tuple[str, ...], list[str]]:
    """(rule specs, reports): a path with a report's suffix (.txt, .md, .html, .docx, .pdf) is a report."""
    from pathlib import Path

    from auditor.sources import REPORT_SUFFIXES

    reports = [p for p in paths if Path(p).suffix.lower() in REPORT_SUFFIXES]
    return tuple(p for p in paths if p not in reports), reports


@rules_group.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
def check_rules(paths) -> None:
    """Lint rule files: YAML, keys, selectors, expressions, dimensions. Reports among PATHS
    (.txt, .md, .html, .docx, .pdf) are audited with the rules: each rule that binds no figures
    in a report is named with the selector key that matched nothing, and a rule that binds
    nothing in any of them (stale, or written for other reports) exits 1."""
    from auditor.rulefile.dryrun import dry_run

    paths, reports = _split_reports(paths)
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
    if reports:
        stale = _rules_binding_nothing(ruleset.rules, reports)
        if stale:
            click.echo(f"{len(stale)} of {good} rules bound no figures in any of {len(reports)} "
                       f"report{'s' if len(reports) != 1 else ''}: {', '.join(stale)}", err=True)
            sys.exit(1)
    click.echo(f"ok: {summary}" + (f", each binding figures in {len(reports)} report"
                                   f"{'s' if len(reports) != 1 else ''}" if reports else ""))


def _rules_binding_nothing(rules, reports: list[str]) -> list[str]:
    """Tell each rule that binds nothing in each report, and why; the ids of those that bind
    nothing in any report. A report that cannot be read is an input error (exit 2)."""
    from auditor.extract import extract_figures
    from auditor.model import InputError
    from auditor.rulefile.diagnose import unbound_rules
    from auditor.sources import read_document

    bound_somewhere: set[str] = set()
    for path in reports:
        document = read_document(path)
        if isinstance(document, InputError):
            click.echo(f"error: {document}", err=True)
            sys.exit(2)
        misses = {u.rule.check_id: u for u in unbound_rules(rules, document, extract_figures(document))}
        for rule in rules:
            if rule.check_id in misses:
                click.echo(f"warning: {misses[rule.check_id]}", err=True)
            else:
                bound_somewhere.add(rule.check_id)
    return [rule.check_id for rule in rules if rule.check_id not in bound_somewhere]


@rules_group.command("debug")
@click.argument("rule_id", metavar="RULE")
@click.argument("report", type=click.Path())
@click.argument("paths", nargs=-1, type=click.Path())
def debug_rule(rule_id, report, paths) -> None:
    """How RULE (PACK.RULE) binds in REPORT: each figure name's candidates, the nearest figures
    turned away with the selector keys that did it, and the relations stated. The rule is looked
    for in PATHS (rule files, folders or pack names), else the project config, else the bundled packs."""
    from auditor.extract import extract_figures
    from auditor.model import InputError
    from auditor.rulefile.diagnose import binding_trace
    from auditor.sources import read_document

    ruleset, _ = _load(paths)
    _report_errors(ruleset)
    rule = next((r for r in ruleset.rules if r.check_id == rule_id), None)
    if rule is None:
        known = ", ".join(r.check_id for r in ruleset.rules) or "none"
        click.echo(f"error: no rule '{rule_id}' among the rules loaded (known: {known})", err=True)
        sys.exit(2)
    document = read_document(report)
    if isinstance(document, InputError):
        click.echo(f"error: {document}", err=True)
        sys.exit(2)
    for line in binding_trace(rule, document, extract_figures(document)):
        click.echo(line)
    sys.exit(2 if ruleset.errors else 0)


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


@rules_group.command("suggest")
@click.argument("report", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-", show_default=True,
              help="Where to write the rule pack ('-': standard output).")
@click.option("--name", help="The pack's name (default: from the report's file name).")
def suggest_rules(report, output, name) -> None:
    """Write a rule pack of the relations REPORT states and the auditor finds consistent, with
    selectors that find the same figures in the next issue (by measure, role, nearby words and
    the period counted from the report's own, never by value or position). Each rule is proved
    on REPORT and carries its text as a pass example. Edit the pack, then run
    `audit --rules PACK next-issue.txt`."""
    import re

    from auditor.model import InputError
    from auditor.rulefile.schema import RULE_ID_PATTERN
    from auditor.rulefile.suggest import pack_name, suggest, suggestion_text
    from auditor.sources import read_document

    if name is not None and not re.match(RULE_ID_PATTERN, name):
        raise click.BadParameter("lower-case words joined by '-'", param_hint="--name")
    document = read_document(report)
    if isinstance(document, InputError):
        click.echo(f"error: {document}", err=True)
        sys.exit(2)
    suggestion = suggest(document, name or pack_name(report))
    for line in suggestion.left_out:
        click.echo(f"note: {report}: {line}", err=True)
    if not suggestion.rules:
        click.echo(f"error: {report}: the auditor found no consistent relation to write a rule for", err=True)
        sys.exit(1)
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(suggestion_text(suggestion))
    count = len(suggestion.rules)
    click.echo(f"wrote {count} rule{'s' if count != 1 else ''} to {'standard output' if output == '-' else output}"
               f" ({len(suggestion.left_out)} relation{'s' if len(suggestion.left_out) != 1 else ''} left out)",
               err=True)


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


def rule_markdown(check_id: str, paths: tuple[str, ...] = (), use_config: bool = True) -> str | None:
    """The documentation of a pack's rule ("employment.remainder"), from `paths` (rule files,
    folders or pack names), else the project config's rules, else the bundled packs; None
    when there is no such rule."""
    ruleset, _ = _load(tuple(paths), use_config)
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

