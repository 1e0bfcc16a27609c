"""The one vocabulary every stage speaks: plain immutable values, no I/O.

A `Figure` is a number as a reader reads it; a `Relation` is an arithmetic
claim over figures; a `Finding` is what deciding a relation produced; an
`AuditResult` gathers the findings and errors of a run and knows the exit code.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum


class Kind(str, Enum):
    """What sort of quantity a figure is."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage-point"
    RATIO = "ratio"
    MULTIPLE = "multiple"
    PHYSICAL = "physical"
    RANK = "rank"
    NUMBER = "number"  # a bare number whose kind the text does not say


class Status(str, Enum):
    INCONSISTENT = "inconsistent"
    CONSISTENT = "consistent"
    IMPLIED = "implied"
    UNDETERMINED = "undetermined"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return {"note": 1, "warning": 2, "error": 3}[self.value]


def copied(value, **changes):
    """`dataclasses.replace(value, **changes)` for the frozen records here that check nothing
    when made (no __post_init__: Figure, Finding): the fields copied as they are. replace()
    passes every field through the generated __init__ again, which on a long report took
    more time than the work it served (renumbering a section's figures, fingerprinting)."""
    new = object.__new__(type(value))
    new.__dict__.update(value.__dict__)
    new.__dict__.update(changes)
    return new


@dataclass(frozen=True)
class Span:
    """Where a piece of text stands: 0-based, end-exclusive code-point offsets,
    1-based line and column of its first character, and the page for paged input."""

    start: int
    end: int
    line: int
    column: int
    page: int | None = None


@dataclass(frozen=True)
class Figure:
    """One number in the prose, read the way a reader reads it.

    `value`, `low` and `high` are in the figure's own unit with scale words
    applied ("3.028 million" -> 3028000). `low`/`high` of None mean unbounded.
    `direction` is +1 or -1 when the text states a signed change ("down 2.3%"), else 0.
    """

    id: str
    text: str
    span: Span
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    unit: str = ""
    kind: Kind = Kind.NUMBER
    measure: str = ""
    period: str = ""
    qualifier: str = ""
    direction: int = 0
    subject: str = ""
    # "year-on-year", "quarter-on-quarter" or "month-on-month" when the text
    # says what the change is measured against; "" otherwise.
    change_of: str = ""
    # where `period` comes from, for readers that weigh a pairing by it: "column" (a table's
    # header), "stated" (named in the figure's clause), "sentence" (earlier in its sentence),
    # "paragraph" (in force from an earlier sentence), "default" (the document's: its title or
    # first year), "shifted" (a relative phrase, "a year earlier", moved one of those), "" (none)
    period_source: str = ""


@dataclass(frozen=True)
class Place:
    """Somewhere outside the finding's own document that the finding rests on: the figure
    another report states, or the row of a data table. `line`/`column` are 1-based;
    `start`/`end` are code-point offsets into that document (None for a table row)."""

    path: str
    line: int
    column: int
    text: str  # what stands there, as written: "4.4%", "484000"
    label: str  # what it is, for a reader: "the same figure in report.txt", "the table's row"
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Relation:
    """An arithmetic claim over named figures, found by a check or stated by a rule.

    `expression` is an `auditor.expr` tree whose names are keys of `figures`;
    `unknown` names a quantity the text does not state (solved for and reported
    as implied). `readings` offers alternative bindings for the same claim
    ("70 percent of the total" with two totals in view).
    """

    check: str
    expression: object
    figures: dict[str, Figure]
    message: str
    severity: Severity = Severity.ERROR
    unknown: str | None = None
    unknown_unit: str = ""
    rule_file: str | None = None
    rule_line: int | None = None
    readings: tuple[dict[str, Figure], ...] = ()
    # False when the check is unsure the text relates these figures: a relation
    # that fails is then reported as undetermined, never as an error.
    certain: bool = True
    # Another meaning of the same words, as (label, expression): "a 0.3% rise" between two
    # percentages may mean 0.3 percentage points. When only it fits, the wording is the error.
    alternative: tuple[str, object] | None = None
    # A looser claim the words make even where they leave `expression` only likely, as (what the words
    # assert, expression): "two-thirds (64%)" is likely two-thirds to the nearest point, and said to be
    # near two-thirds whatever the rounding. An uncertain relation whose looser claim fails too is asserted.
    asserted_within: tuple[str, object] | None = None
    # What to do when it fails (a rule's "Fix" section); "" takes the built-in check's.
    fix: str = ""
    # True when no words state the relation and a search of the figures' arithmetic found it
    # ("four + two adds up to six"): it may hold by coincidence, so its consistent finding is
    # listed only on request (--show-found).
    found_by_search: bool = False
    # Figures bound by name that stand outside the document (a data table's row, another
    # report's figure), with where they stand: the finding points to them instead of listing them.
    related: tuple[tuple[str, Place], ...] = ()
    # what a failing relation means in a reader's words, when the check knows it better than
    # the wording of its arithmetic ("the table gives 484,000")
    failing_headline: str = ""


@dataclass(frozen=True)
class Miss:
    """How far the figures are from the stated value, as a reader computes it: from the
    figures as written, computed minus stated, in the unit a reader counts it in.

    `amount` is signed, in `unit` ("points" for percentages, a currency code, "" for a
    count), at the stated precision plus one digit; `text` is the same unsigned and worded
    ("7.7 points", "2.69 trillion GBP (35% of the stated 7.7 trillion GBP)"); `at_least`
    is the smallest miss the figures' rounding allows, set only when rounding matters."""

    amount: Decimal
    unit: str
    text: str
    at_least: str = ""
    relative: str = ""  # "39%": the miss as a share of the stated value, for counts and money


@dataclass(frozen=True)
class Reading:
    """Another binding of the same claim ("70 percent of the total" with two totals in view)."""

    calculation: str  # "2,685 / 2,771"
    value: str  # what it gives: "96.9%"
    fits: bool


@dataclass(frozen=True)
class Finding:
    """What deciding one relation produced.

    `message` is the whole decision in one line (the JSON `message`); the fields after
    `suppression` hold its parts for the renderers, which never read them out of the
    message text."""

    check: str
    status: Status
    severity: Severity
    message: str
    figures: tuple[Figure, ...]
    stated: str = ""
    computed: str = ""
    rule_file: str | None = None
    # Set after deciding, by auditor.suppress: a content-based id that survives
    # edits elsewhere in the file, and "inline" or "baseline" when suppressed.
    fingerprint: str = ""
    suppression: str = ""
    # the problem in the reader's terms: "the three parts add up to 3,118,324, not the 1,084,214 stated"
    headline: str = ""
    relation: str = ""  # what the relation is: "70 percent as a share of its whole"
    calculation: str = ""  # the left side with the figures written in: "495,000 / 795,000"
    # the stated and computed values as a reader computes them, in `unit` (None: not a number)
    stated_value: Decimal | None = None
    computed_value: Decimal | None = None
    computed_point: str = ""  # computed_value as text: "62.3%"
    unit: str = ""
    miss: Miss | None = None
    readings: tuple[Reading, ...] = ()
    fix: str = ""  # what to do, from the check's documentation
    consistent_value: str = ""  # the stated value that would agree with the other figures
    implied: str = ""  # the name of the quantity an implied finding works out ("plan")
    notes: tuple[str, ...] = ()  # qualifications: "the text does not make clear ..."
    found_by_search: bool = False  # see Relation.found_by_search
    # the other documents or data rows the finding compares its figures with (--data, --compare)
    related: tuple[Place, ...] = ()

    @property
    def span(self) -> Span | None:
        return self.figures[0].span if self.figures else None


@dataclass(frozen=True)
class InputError:
    """A problem with an input (report or rule file) that stops it being audited."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class UnusedSuppression:
    """An inline `audit: ignore[...]` directive or a baseline entry that matched no finding."""

    kind: str  # "inline" or "baseline"
    checks: tuple[str, ...]
    text: str
    line: int | None = None
    column: int | None = None
    fingerprint: str = ""


@dataclass(frozen=True)
class DocumentAudit:
    """What the audit of one document found: its figures, findings, unused suppressions and notes."""

    path: str
    text: str
    figures: tuple[Figure, ...]
    findings: tuple[Finding, ...]
    unused_suppressions: tuple[UnusedSuppression, ...] = ()
    # What was left unread on purpose (a 500-digit number, a sentence of 10,000 numbers), as
    # "line:column: what"; told on standard error, never a finding, never a change of exit code
    notes: tuple[str, ...] = ()
    # set by `written`: how many figures there were once they are no longer held
    figures_read: int | None = None
    # what each figure states (auditor.grammar.statements), kept only for `--compare`, which
    # matches the statements of all documents once every document is audited
    statements: tuple = ()

    @property
    def figure_count(self) -> int:
        return len(self.figures) if self.figures_read is None else self.figures_read

    def written(self) -> DocumentAudit:
        """What a run keeps of a document once its report is written: the findings' verdicts
        and the counts that the summary and the exit code read, without the text and the
        figures, which for an archive of 100,000 reports no memory could hold."""
        return DocumentAudit(self.path, "", (), tuple(replace(f, figures=()) for f in self.findings),
                             self.unused_suppressions, self.notes, self.figure_count)

    def verdicts(self) -> DocumentAudit:
        """Less than `written`: what the end of a run reads of a document whose part of the report
        is written already (a RenderedDocument): each finding's check, status, severity and
        suppression, which the exit code reads, and the notes and counts. A worker of a pool sends
        this back with the document's text: making, pickling and reading back the `written`
        findings took 2.2 ms a report of 2-5 KB, these 1.2 ms (of some 35 ms to audit it), and
        the reading back is done by the one main process for all the workers."""
        return DocumentAudit(self.path, "", (), tuple(Finding(f.check, f.status, f.severity, "", (), suppression=f.suppression)
                                                      for f in self.findings),
                             self.unused_suppressions, self.notes, self.figure_count)


@dataclass(frozen=True)
class RenderedDocument:
    """A document audited in a worker process and rendered there: what the run keeps of it
    (`DocumentAudit.verdicts`) and its part of the report, which the main process only writes.
    Rendering where the audit ran keeps the main process free, so two workers use two cores."""

    audit: DocumentAudit
    text: str


@dataclass(frozen=True)
class AuditResult:
    """The audits of a run's documents, with the input and rule errors met on the way."""

    documents: tuple[DocumentAudit, ...] = ()
    errors: tuple[InputError, ...] = ()
    tool_version: str = ""

    def exit_code(self, fail_on: Severity = Severity.ERROR, exit_zero: bool = False) -> int:
        """0 clean, 1 a finding at or above `fail_on`, 2 an input or rule error.

        The one place the exit code is decided (black's and httpie's rule)."""
        if self.errors:
            return 2
        if exit_zero:
            return 0
        for doc in self.documents:
            for finding in doc.findings:
                if (finding.status is Status.INCONSISTENT and not finding.suppression
                        and finding.severity.rank >= fail_on.rank):
                    return 1
            if doc.unused_suppressions and fail_on is Severity.NOTE:  # reported as notes
                return 1
        return 0
