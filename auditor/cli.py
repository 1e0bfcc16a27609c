"""The command line: options wired to the pipeline and the renderers, nothing more."""
from __future__ import annotations

import dataclasses
import gc
import os
import sys

from auditor import __version__, relax_garbage_collection

# the command starts here: from now on, what is imported (click, the auditor's modules) is not walked
# by the collector again and again (see relax_garbage_collection; the command relaxes it anyway)
relax_garbage_collection()

import click  # noqa: E402

from auditor.model import InputError, Severity  # noqa: E402

FORMATS = ("text", "concise", "json", "sarif", "github", "markdown", "html")


class InputProblem(click.ClickException):
    """A rule-file or input error: exit 2, not 1 (1 means findings)."""

    exit_code = 2


class DefaultGroup(click.Group):
    """`audit REPORT...` runs the default command; `audit figures ...` a verb.

    The first word that is not an option decides: a verb name is always the verb (a report
    named like one is audited with `audit -- explain`), so options may come before it
    (`audit --rules pack.yml explain pack.rule`); anything else is a report."""

    default_command = "check"

    def __call__(self, *args, **kwargs):
        """The command run as a program (the `audit` script, `python -m auditor`; a test's
        CliRunner calls `main` instead): the process ends when this returns."""
        try:
            return super().__call__(*args, **kwargs)
        finally:
            # At exit Python collects garbage once more over every object still alive: the
            # modules' vocabularies, patterns and classes and the run's documents. That walk was
            # 20-25 ms of a one-page audit's 190; frozen, they are left out of it. The report is
            # written and flushed by then; a reference cycle still uncollected is left to the
            # operating system with the rest of the memory instead of being finalised.
            gc.freeze()

    def parse_args(self, ctx, args):
        verb = self._verb_position(args)
        if verb is not None:
            args = [args[verb], *args[:verb], *args[verb + 1:]]
        elif not args or args[0] not in ("--help", "-h", "--version"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def _verb_position(self, args) -> int | None:
        """Where the verb stands among `args`, or None when the first word that is not an
        option (or an option's value) is a report, or follows `--`."""
        takes_value = {name for param in self.commands[self.default_command].params
                       if isinstance(param, click.Option) and not param.is_flag and not param.count
                       for name in param.opts}
        i = 0
        while i < len(args):
            word = args[i]
            if word == "--":
                return None
            if word.startswith("-") and word != "-":
                i += 2 if word in takes_value else 1
                continue
            return i if word in self.commands else None
        return None

    def format_usage(self, ctx, formatter):
        formatter.write_usage(ctx.command_path, f"[OPTIONS] REPORT...  |  {ctx.command_path} COMMAND [ARGS]...")

    def format_options(self, ctx, formatter):
        """The options of `audit REPORT...` first (the command most runs are), then the verbs."""
        check = self.commands[self.default_command]
        check_ctx = click.Context(check, parent=ctx, info_name=ctx.info_name)
        records = [r for p in check.get_params(check_ctx)
                   if isinstance(p, click.Option) and (r := p.get_help_record(check_ctx)) is not None]
        records += [r for p in self.get_params(ctx) if p.name == "version" and (r := p.get_help_record(ctx))]
        with formatter.section("Options of audit REPORT..."):
            formatter.write_dl(records)
        self.format_commands(ctx, formatter)

    def invoke(self, ctx):
        """The last guard of the whole run: an exception nobody expected is an error (exit 2)
        in one line, never a traceback that exits 1, the code that means findings. Each
        document has its own guard (auditor.audit), so this one catches the rest: rule
        loading, rendering, a verb."""
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OSError as exc:  # e.g. standard output closed or full while writing
            raise InputProblem(f"{exc.strerror or exc}") from None
        except Exception as exc:
            from auditor.audit import internal_error_message

            raise InputProblem(internal_error_message(exc)) from None


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audit",
                      message=f"%(prog)s %(version)s (Python {sys.version.split()[0]})")
def main() -> None:
    """Check the figures in reports against each other.

    \b
    audit REPORT...        audit reports (the default command)
    audit figures REPORT   list the figures the auditor reads
    audit explain CHECK    document a built-in check
    audit corpus PATH...   audit a corpus on Dask, one row per finding
    audit rules check|test|list PATH   lint, test or list YAML rule packs
    """


def _console(color: bool | None, stderr: bool = False):
    from rich.console import Console

    if color is None:
        return Console(stderr=stderr, highlight=False)
    return Console(stderr=stderr, highlight=False, force_terminal=color, no_color=not color)


# options of both `audit` and `audit corpus`
_fail_on = click.option("--fail-on", type=click.Choice([s.value for s in Severity]), default="error",
                        show_default=True, help="Lowest severity of an inconsistency that makes the exit code 1.")
_exit_zero = click.option("--exit-zero", is_flag=True, help="Exit 0 even when inconsistencies are found.")
_rules = click.option("--rules", "rule_specs", multiple=True, metavar="PATH",
                      help="YAML rule file, folder of them, or bundled pack name (repeatable). "
                           "Without it, the project config file (.audit.toml or [tool.auditor]) is used.")
_no_config = click.option("--no-config", is_flag=True, help="Do not look for a project config file.")
_exclude = click.option("--exclude", "exclude", multiple=True, metavar="GLOB",
                        help="Leave out files that match GLOB (file name, path, or path inside a folder given; "
                             "repeatable; added to 'exclude' in the config file). Folder runs also leave out "
                             "README, SOURCES, CHANGELOG, licences and the like; -v lists what was left out.")


def _reports_to_audit(reports, exclude, no_config: bool, verbose: bool, config=None,
                      config_read: bool = False) -> list[str]:
    """REPORTS with folders expanded and what --exclude, the config's `exclude` and the names
    that are never reports leave out; with -v, what was left out is said on standard error.
    `config`, when `config_read`: find_config's answer, read once by the caller."""
    from auditor.rulefile.discovery import Config, find_config
    from auditor.sources import expand_paths

    patterns = list(exclude)
    if not no_config:
        if not config_read:
            config = find_config()
        if isinstance(config, Config):  # an unreadable config is reported with the rules it names
            patterns += config.exclude
    skipped: list = []
    paths = expand_paths(reports, patterns, skipped)
    if verbose:
        for left_out in skipped:
            click.echo(f"note: skipped {left_out.path} ({left_out.reason})", err=True)
    return paths


@main.command("check")
@click.argument("reports", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "output_format", type=click.Choice(FORMATS, case_sensitive=False), default="text",
              show_default=True, help="Output format.")
@_fail_on
@_exit_zero
@click.option("--show-consistent", "-v", "show_consistent", is_flag=True,
              help="List consistent relations too, and the files a folder run left out.")
@click.option("--show-found", is_flag=True,
              help="List the consistent relations found only by searching the figures' arithmetic "
                   "(arithmetic-found: 'four + two adds up to six'), which may hold by coincidence.")
@click.option("--statistics", is_flag=True,
              help="Instead of the findings, print how many there are of each check and status (as ruff --statistics).")
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: NO_COLOR, FORCE_COLOR, terminal).")
@click.option("--stdin-filename", default="<stdin>", help="The name to report for '-' (standard input).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write the report to FILE instead of standard output.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None,
              help="Suppress the findings recorded in this baseline file (see --write-baseline).")
@click.option("--write-baseline", type=click.Path(dir_okay=False), default=None,
              help="Record the current inconsistencies in FILE as the baseline, and exit 0.")
@_rules
@_no_config
@_exclude
@click.option("--all-content", is_flag=True,
              help="Read every visible text of a web page, not only its main content (menus, sidebars, "
                   "cookie banners and footers are left out by default), and a Word file's page headers "
                   "and footers.")
@click.option("--timeout-per-file", type=click.FloatRange(min=0), default=300, show_default=True, metavar="SECONDS",
              help="Time budget of one report; a report that takes longer is reported as an input error "
                   "and the others are still audited (0: no budget).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Audit the reports in N processes; the report is the same as with 1. "
                   "Default: one per core, when the reports are large enough to repay starting them.")
@click.option("--data", "data", type=click.Path(dir_okay=False), default=None, metavar="TABLE",
              help="Check each figure against this table of published values (CSV, SDMX-CSV, JSON or Parquet: "
                   "columns measure, group, period, value, unit, decimals); measure names map through the "
                   "rule packs' aliases.")
@click.option("--compare", is_flag=True,
              help="Compare the documents of the run with each other: the same measure, group and period with "
                   "different values, and headline figures of the first document (the release) that the others "
                   "do not state. The report is written once every document is audited.")
def check(reports, output_format, fail_on, exit_zero, show_consistent, show_found, statistics, color,
          stdin_filename, output, baseline, write_baseline, rule_specs, no_config, exclude, all_content,
          timeout_per_file, jobs, data, compare) -> None:
    """Audit REPORTS: files, folders, or '-' for standard input."""
    relax_garbage_collection()  # before the auditor's modules are imported: see there
    from auditor import suppress
    from auditor.audit import collect
    from auditor.model import AuditResult, DocumentAudit, RenderedDocument
    from auditor.parallel import audit_batch

    matcher = None
    if baseline:
        try:
            matcher = suppress.BaselineMatcher(baseline, suppress.load_baseline(baseline))
        except suppress.BaselineError as exc:
            raise InputProblem(str(exc)) from None
    from auditor.rulefile import rules_for_run
    from auditor.rulefile.discovery import find_config

    # the project's config file, read once for its rules and its excludes (a pyproject.toml is parsed whole)
    config = None if no_config else find_config()
    ruleset = rules_for_run(rule_specs, use_config=not no_config, config=config)
    desk, desk_errors = None, []
    if data or compare:  # (the table's reader and csv, json or pyarrow are imported only then)
        from auditor.desk import load_desk

        desk, desk_errors = load_desk(data, compare, ruleset.packs)
    paths = _reports_to_audit(reports, exclude, no_config, show_consistent, config, config_read=True)
    listing = _Listing(show_consistent, show_found, statistics)
    report = _Report(output_format.lower(), output, color, listing)
    audited = []  # before the baseline is applied: what --write-baseline records

    # what the end of the run reads of each document: the baseline to record, the whole report of a
    # format written at the end, and under -v each rule's reasons for binding nothing in each report
    keep_whole = bool(write_baseline) or report.needs_documents_at_finish or bool(show_consistent and ruleset.rules)
    keep_whole = keep_whole or bool(desk and desk.compare)  # compared once all are audited
    # the workers of a pool render each document's part of the report, unless the baseline
    # must be applied (or recorded) first, in this process
    render_in_worker = None if keep_whole or matcher else report.worker_renderer()

    def reported(outcomes):
        for outcome in outcomes:
            if isinstance(outcome, RenderedDocument):
                report.rendered(outcome.text)
                outcome = outcome.audit
            elif isinstance(outcome, DocumentAudit):
                if write_baseline:
                    audited.append(outcome)
                outcome = matcher.apply(outcome) if matcher else outcome
                report.document(outcome)
                if not keep_whole:  # a batch's memory is then one document's, however long it is
                    outcome = outcome.written()
            yield outcome

    outcomes = _with_progress(audit_batch(paths, stdin_filename, ruleset.rules, timeout_per_file or None, jobs,
                                          all_content, render_in_worker, desk), len(paths), color)
    if desk and desk.compare:
        outcomes = _compared(list(outcomes), desk)
    result = collect(reported(outcomes), [*ruleset.errors, *desk_errors])
    if write_baseline:
        try:
            written = suppress.write_baseline(AuditResult(tuple(audited)), write_baseline, __version__)
        except OSError as exc:
            raise InputProblem(f"{write_baseline}: cannot write baseline: {exc.strerror or exc}") from None
        click.echo(f"wrote {written} finding{'s' if written != 1 else ''} to baseline {write_baseline}", err=True)
    write_error = report.finish(result)
    if write_error is not None:  # the exit code is still decided in one place: AuditResult.exit_code
        result = dataclasses.replace(result, errors=result.errors + (write_error,))
    for doc in result.documents:  # what was left unread on purpose, so that nothing is lost silently
        for note in doc.notes:
            click.echo(f"note: {doc.path}:{note}", err=True)
    for error in result.errors:  # diagnostics go to stderr, one line each, never wrapped
        click.echo(f"error: {error}", err=True)
    if ruleset.errors:
        click.echo(f"note: {ruleset.describe_what_ran()}", err=True)
    if show_consistent and ruleset.rules:  # -v: a rule that bound nothing would otherwise drop out unseen
        _tell_unbound_rules(ruleset.rules, result)
    if write_baseline and not result.errors:
        sys.exit(0)
    sys.exit(result.exit_code(Severity(fail_on), exit_zero))


def _compared(outcomes: list, desk) -> list:
    """The outcomes of a run with the documents' findings against each other added."""
    from auditor.desk import across_documents
    from auditor.model import DocumentAudit

    documents = across_documents([o for o in outcomes if isinstance(o, DocumentAudit)], desk)
    compared = iter(documents)
    return [next(compared) if isinstance(o, DocumentAudit) else o for o in outcomes]


def _tell_unbound_rules(rules, result) -> None:
    """On standard error, each rule that stated no relation about a report, and why."""
    from auditor.document import Document
    from auditor.rulefile.diagnose import unbound_rules

    for doc in result.documents:
        stated = {f.check for f in doc.findings if f.rule_file}
        idle = [rule for rule in rules if rule.check_id not in stated]
        for miss in unbound_rules(idle, Document(doc.path, doc.text), doc.figures):
            click.echo(f"note: {miss}", err=True)


PROGRESS_MIN_FILES = 20  # a shorter batch is over before a bar would tell anything


def _with_progress(outcomes, total: int, color):
    """`outcomes` as they come, with a progress bar on standard error when it is a terminal
    and the batch is long. The bar is erased at the end; standard output is never touched."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        yield from outcomes
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=_console(color, stderr=True), transient=True) as bar:
        yield from bar.track(outcomes, total=total)


@dataclasses.dataclass(frozen=True)
class _Listing:
    """What the report lists: the options --show-consistent, --show-found and --statistics."""

    show_consistent: bool = False
    show_found: bool = False
    statistics: bool = False


class _Report:
    """The report being written, to standard output or to -o FILE, a document at a time
    where the format allows (auditor.render.stream). A failure to write (no permission,
    a full disk, a closed pipe) is kept as an error; it ends the writing, not the run."""

    def __init__(self, output_format: str, output: str | None, color, listing: _Listing):
        self.to_file = bool(output) and output != "-"
        self.where = output if self.to_file else "standard output"
        self.stream = None
        self.error: InputError | None = None
        if not self.to_file and sys.stdout is None:  # `audit report.txt >&-`
            self.error = InputError(self.where, "cannot write the report: it is closed")
            return
        self._step(lambda: self._open(output_format, output, color, listing))

    def _open(self, output_format: str, output: str | None, color, listing: _Listing) -> None:
        from auditor.render import stream

        if self.to_file:
            self.stream = open(output, "w", encoding="utf-8")

        def write(text: str) -> None:
            click.echo(text, nl=False, file=self.stream)

        if listing.statistics:
            self.writer = stream.StatisticsReport(write)
        elif output_format == "concise":
            self.writer = stream.ConciseReport(write, listing.show_consistent, listing.show_found)
        elif output_format == "text":
            if self.stream is None:
                console = _console(color)
            else:
                from rich.console import Console

                console = Console(file=self.stream, highlight=False, force_terminal=bool(color), no_color=not color)
            self.writer = stream.TextReport(console, listing.show_consistent, listing.show_found)
        elif output_format == "github":
            self.writer = stream.GithubReport(write)
        elif output_format == "json":
            self.writer = stream.JsonReport(write)
        else:  # machine formats are written as strings, never through rich
            self.writer = stream.WholeReport(output_format, write)

    @property
    def needs_documents_at_finish(self) -> bool:
        return getattr(self, "writer", None) is None or self.writer.needs_documents_at_finish

    def worker_renderer(self):
        """The function that renders a document's part of the report in a worker, if the format has one."""
        renderer = getattr(getattr(self, "writer", None), "worker_renderer", None)
        return renderer() if renderer else None

    def rendered(self, text: str) -> None:
        self._step(lambda: self.writer.rendered(text))

    def document(self, doc) -> None:
        self._step(lambda: self.writer.document(doc))

    def finish(self, result) -> InputError | None:
        """The end of the report; the error that stopped the writing, if one did."""
        self._step(lambda: self.writer.finish(result))
        if self.stream is not None:
            self._step(self.stream.close)
            try:
                self.stream.close()  # after a failure, which is told already
            except OSError:
                pass
        return self.error

    def _step(self, step) -> None:
        if self.error is not None:
            return
        try:
            step()
            if self.stream is None or not self.stream.closed:
                (self.stream or sys.stdout).flush()  # a full disk shows here, not at exit
        except OSError as exc:
            if not self.to_file:
                _silence_stdout()
            self.error = InputError(self.where, f"cannot write the report: {exc.strerror or exc}")


def _silence_stdout() -> None:
    """After standard output failed (full, or a closed pipe), point it at /dev/null so that
    Python's own flush at exit does not print a traceback of the same failure."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


@main.command("corpus")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--scheduler", metavar="ADDRESS",
              help="A running Dask scheduler (tcp://host:8786). Default: a local cluster on this machine.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True, metavar="N",
              help="Worker processes of the local cluster (without --scheduler).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write the rows to FILE: Parquet when it ends in .parquet, else JSON Lines "
                   "(default: JSON Lines on standard output).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=100, show_default=True, metavar="N",
              help="Reports per Dask task.")
@_rules
@_no_config
@_exclude
@_fail_on
@_exit_zero
def corpus(paths, scheduler, workers, output, chunk_size, rule_specs, no_config, exclude, fail_on, exit_zero) -> None:
    """Audit a corpus of reports on Dask: one row per finding, as JSON Lines or Parquet.

    Needs the `dask` extra (pip install '.[dask]'). Reports are read by the workers, so with
    --scheduler give paths they can read."""
    from auditor import corpus as corpus_mode
    from auditor.sources import STDIN

    if STDIN in paths:
        raise click.UsageError("audit corpus reads files and folders, not standard input ('-')")
    try:
        corpus_mode.require_dask()
        sink = corpus_mode.open_sink(output)
    except corpus_mode.ExtraMissing as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    from auditor.rulefile import rules_for_run

    ruleset = rules_for_run(rule_specs, use_config=not no_config)
    try:
        result = corpus_mode.run(_reports_to_audit(paths, exclude, no_config, verbose=False), sink, ruleset.rules, ruleset.errors, scheduler, workers,
                                 chunk_size)
    finally:
        sink.close()
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    sys.exit(result.exit_code(Severity(fail_on), exit_zero))


@main.command("figures")
@click.argument("reports", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.option("--color/--no-color", default=None)
@_no_config
@_exclude
@click.option("--all-content", is_flag=True,
              help="Read every visible text of a web page, not only its main content, and a Word file's page "
                   "headers and footers.")
def figures(reports, output_format, color, no_config, exclude, all_content) -> None:
    """List the figures read from REPORTS: value, interval, unit, kind, measure, period."""
    from auditor.extract import extract_figures
    from auditor.sources import read_document
    from auditor.model import InputError

    docs, failed = [], False
    for path in _reports_to_audit(reports, exclude, no_config, verbose=False):
        doc = read_document(path, all_content=all_content)
        if isinstance(doc, InputError):
            click.echo(f"error: {doc}", err=True)
            failed = True
            continue
        docs.append((doc, extract_figures(doc)))
    if output_format == "json":
        from auditor.render.common import json_text
        from auditor.render.json_report import figure_record

        click.echo(json_text([{"path": d.path, "figures": [figure_record(f) for f in figs]} for d, figs in docs]))
    else:
        from auditor.render.figures_table import render

        render(docs, _console(color))
    sys.exit(2 if failed else 0)


@main.command("explain")
@click.argument("check_id", required=False)
@click.option("--color/--no-color", default=None)
@_rules
@_no_config
def explain(check_id, color, rule_specs, no_config) -> None:
    """Document CHECK_ID, or list every built-in check. A rule of a pack is PACK.RULE,
    looked up in --rules PATH, else the project config's packs, else the bundled ones."""
    from auditor.checks import CHECKS

    console = _console(color)
    if not check_id:
        from rich.table import Table

        table = Table(box=None, show_header=False, pad_edge=False)
        table.add_column("check", style="bold", no_wrap=True)
        table.add_column("summary")
        for cid, chk in CHECKS.items():
            table.add_row(cid, chk.summary)
        console.print(table)
        return
    if check_id not in CHECKS and "." in check_id:  # a rule of a pack: "employment.remainder"
        from auditor.rulefile.commands import rule_markdown

        doc = rule_markdown(check_id, rule_specs, use_config=not no_config)
        if doc is not None:
            from rich.markdown import Markdown

            console.print(Markdown(doc))
            return
    if check_id not in CHECKS:
        import difflib

        close = difflib.get_close_matches(check_id, CHECKS, n=1)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        raise InputProblem(f"no check named '{check_id}'.{hint}")
    from rich.markdown import Markdown

    chk = CHECKS[check_id]
    console.print(Markdown(f"# {chk.id}\n\n{chk.summary}\n\n{chk.doc}"))


from auditor.rulefile.commands import rules_group  # noqa: E402  (click only; loaders import lazily)

main.add_command(rules_group)
