"""From a validated rule pack to compiled rules, or to positioned errors.

Compiling checks everything that can be known without a report: the
assertion is inside the whitelist and its names are bound, its dimensions
agree, every selector can match something (known units and kinds, a pattern
that compiles in RE2 and has its {n} placeholder), message placeholders name
figures, and ids are unique. Each problem is an `InputError` at the exact
file:line:column; a rule with an error is left out, the others still run.
"""
from __future__ import annotations

import ast
import difflib
import fnmatch
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Iterable, Mapping, Sequence

from auditor import lazy_re
from auditor import expr
from auditor.extract.units import CURRENCY_PREFIXES, UNIT_KINDS, UNIT_WORDS
from auditor.model import InputError, Kind, Severity
from auditor.rulefile import dimensions
from auditor.rulefile.loader import LoadedFile
from auditor.rulefile.words import Phrase

PLACEHOLDER = "{n}"
# The report text around a figure is searched with the figure replaced by this
# private-use character, so a user's pattern sees "{n}" where the figure stood.
FIGURE_MARK = "\ue000"
MAX_ASSERTION_CHARS = 1000
MAX_PATTERN_CHARS = 500
# A tolerance widens each figure's interval: 100 times its rounding, or its whole value
# either side, already accepts nearly anything; beyond that the arithmetic would only
# handle absurd magnitudes ("scale: 1e308").
MAX_TOLERANCE_SCALE = Decimal(100)
MAX_TOLERANCE_RELATIVE = Decimal(1)
RE2_MAX_MEM = 8 << 20  # bytes of compiled program: bounds time and memory of a user pattern
AGGREGATES = ("sum", "min", "max", "all_equal")
# the roles of auditor.grammar.frames.Role (listed, not imported: the grammar loads only when a rule runs)
ROLES = ("level", "change", "relative-change", "point-change", "share", "ratio", "multiple", "bound", "gap", "rank",
         "duration", "per-base")
MODALITIES = ("stated", "expected")
# the keys that bind a figure by what the words make it of another figure (grammar.Meaning.linked_pairs)
LINK_KEYS = ("base_of", "part_of", "whole_of", "same_as")
QUALIFIERS = ("more-than", "at-least", "less-than", "at-most", "nearly", "about", "none")
PERIOD_CLASSES = {
    "year": re.compile(r"^\d{4}$"),
    "half": re.compile(r"^(\d{4}-)?H[12]$"),
    "quarter": re.compile(r"^(\d{4}-)?Q[1-4]$"),
    "month": re.compile(r"^(\d{4}-)?\d\d$"),
    "fiscal-year": re.compile(r"^FY\d{4}(-\d\d)?$"),
    "range": re.compile(r"\.\."),
    "none": re.compile(r"^$"),
    "any": re.compile(r""),
}
# Periods relative to the report's own, so one rule finds "this month" in every issue: the
# report's current period of a class is the latest one its figures state (its month, its
# quarter, its year), and a figure matches when its period is that one, or one step or one
# year before it.
RELATIVE_PERIODS = ("current", "previous", "year-before")
# the classes a relative period is counted in, with the step `previous` takes
_STEPPED_CLASSES = {"month": "month", "quarter": "quarter", "half": "half", "year": "year", "fiscal-year": "year"}
_PERIOD_GLOB = lazy_re.compile(r"^[0-9A-Za-z*?.\-]+$")
_TEMPLATE_NAME = lazy_re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


@dataclass(frozen=True)
class CompiledSelector:
    name: str
    measures: tuple[tuple[str, tuple[Phrase, ...]], ...]  # (canonical measure, its phrases)
    near: tuple[Phrase, ...]
    not_near: tuple[Phrase, ...]
    near_scope: str
    measure_nearby: bool
    units: frozenset[str] | None
    kinds: frozenset[Kind] | None
    qualifiers: frozenset[str] | None
    roles: frozenset[str] | None
    modalities: frozenset[str] | None
    groups: frozenset[str] | None  # group names (lexicon.group_name), "" for a figure of no group
    period: str | None
    pattern: object | None  # a compiled re2 pattern
    occurrence: str | int
    position: str | None
    like: str | None
    optional: bool
    links: tuple[tuple[str, str], ...] = ()  # (LINK_KEYS item, another name of the rule)

    @property
    def is_list(self) -> bool:
        return self.occurrence == "all"

    @property
    def implied_unit(self) -> str:
        """The unit an implied value of this figure is shown in."""
        if self.units and len(self.units) == 1:
            return next(iter(self.units))
        if self.kinds and self.kinds <= {Kind.PERCENT}:
            return "percent"
        return ""


def anchor_of(selectors: Sequence[CompiledSelector]) -> CompiledSelector | None:
    """The name whose every match starts a binding: the first required single figure that is not
    bound by its link to another (that one binds after the figure it is linked to), else the first
    required single figure; None when every name is a list or optional."""
    singles = [s for s in selectors if not s.optional and not s.is_list]
    return next((s for s in singles if not s.links), singles[0] if singles else None)


@dataclass(frozen=True)
class CompiledRule:
    id: str
    summary: str
    message: str
    severity: Severity
    scope: str
    same_period: bool
    assertion: object  # expr.Compare or expr.Predicate
    selectors: tuple[CompiledSelector, ...]
    tolerance_scale: Decimal
    tolerance_relative: Decimal
    path: str
    line: int
    pack: str
    examples_pass: tuple[tuple[str, int, int], ...] = ()  # (text, line, column)
    examples_fail: tuple[tuple[str, int, int], ...] = ()
    doc: str = ""
    link: str = ""

    @property
    def check_id(self) -> str:
        """The id findings carry: the pack's name and the rule's id ("employment.remainder").
        Namespaced like Vale's Style.Rule, so no pack can shadow a built-in check or another pack."""
        return f"{self.pack}.{self.id}"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.selectors)

    def selector(self, name: str) -> CompiledSelector:
        return next(s for s in self.selectors if s.name == name)


@dataclass
class CompiledPack:
    name: str
    description: str
    path: str
    rules: list[CompiledRule] = field(default_factory=list)
    # alias key -> its phrases: also how --data and --compare match measure names
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


class _Problems:
    def __init__(self, loaded: LoadedFile):
        self.loaded = loaded
        self.errors: list[InputError] = []

    def at(self, path: Sequence[str | int], message: str, column_offset: int | None = None, key: bool = False):
        line, col = (self.loaded.positions.key(path) if key else self.loaded.positions.value(path))
        if column_offset is not None:
            col += column_offset
        self.errors.append(InputError(self.loaded.path, message, line, col))


def compile_file(loaded: LoadedFile, seen_ids: dict[str, str] | None = None) -> tuple[CompiledPack, list[InputError]]:
    """Compile every rule of a loaded file; `seen_ids` (id -> where) spans files."""
    pack = loaded.pack
    problems = _Problems(loaded)
    seen_ids = {} if seen_ids is None else seen_ids
    out = CompiledPack(pack.name, pack.description, loaded.path,
                       aliases={key: tuple(phrases) for key, phrases in pack.aliases.items()})
    aliases = {key: tuple(Phrase.of(p) for p in phrases) for key, phrases in pack.aliases.items()}
    for key, phrases in pack.aliases.items():
        if not phrases:
            problems.at(["aliases", key], f"alias '{key}' lists no phrases")
    for index, rule in enumerate(pack.rules):
        before = len(problems.errors)
        where = ["rules", index]
        line, col = loaded.positions.value(where)
        qualified = f"{pack.name}.{rule.id}"
        if qualified in seen_ids:
            problems.at(where + ["id"], f"duplicate rule id '{rule.id}' in pack '{pack.name}' "
                                        f"(first defined at {seen_ids[qualified]})")
        else:
            seen_ids[qualified] = f"{loaded.path}:{loaded.positions.value(where + ['id'])[0]}"
        compiled = _compile_rule(rule, where, aliases, problems, loaded, line)
        if compiled is not None and len(problems.errors) == before:
            out.rules.append(compiled)
    return out, sorted(problems.errors, key=lambda e: (e.line or 0, e.column or 0))


def _compile_rule(rule, where, aliases, problems: _Problems, loaded: LoadedFile, line: int) -> CompiledRule | None:
    names = list(rule.figures)
    selectors = []
    for name in names:
        selector = _compile_selector(name, rule.figures[name], where + ["figures", name], aliases, names, problems)
        if selector is not None:
            selectors.append(selector)
    if len(selectors) != len(names):
        return None
    by_name = {s.name: s for s in selectors}
    anchor = anchor_of(selectors)
    for s in selectors:
        if s.position and anchor is s:
            problems.at(where + ["figures", s.name, "position"],
                        f"'position' is relative to the rule's anchor (its first required single figure not bound by a link), "
                        f"and '{s.name}' is the anchor")
        elif s.position and anchor is None:
            problems.at(where + ["figures", s.name, "position"],
                        "'position' needs an anchor: a required figure without 'occurrence: all'")

    assertion = _compile_assertion(rule, where, by_name, problems, loaded)
    _check_template(rule.message, where + ["message"], names, problems)
    scale, relative = _tolerance(rule, where, problems)
    examples_pass, examples_fail = (), ()
    if rule.examples is not None:
        examples_pass = tuple((text, *loaded.positions.value(where + ["examples", "pass", i]))
                              for i, text in enumerate(rule.examples.pass_))
        examples_fail = tuple((text, *loaded.positions.value(where + ["examples", "fail", i]))
                              for i, text in enumerate(rule.examples.fail))
    if assertion is None or scale is None:
        return None
    return CompiledRule(
        id=rule.id, summary=rule.summary, message=rule.message, severity=Severity(rule.severity),
        scope=rule.scope, same_period=rule.same_period, assertion=assertion, selectors=tuple(selectors),
        tolerance_scale=scale, tolerance_relative=relative, path=loaded.path, line=line, pack=loaded.pack.name,
        examples_pass=examples_pass, examples_fail=examples_fail, doc=rule.doc or "", link=rule.link or "",
    )


def _did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f". Did you mean '{close[0]}'?" if close else ""


def _normalise_unit(raw: str) -> str | None:
    if raw == "none" or raw in UNIT_KINDS:
        return raw
    return UNIT_WORDS.get(raw.lower()) or CURRENCY_PREFIXES.get(raw)


def _compile_selector(name, sel, path, aliases, names, problems: _Problems) -> CompiledSelector | None:
    before = len(problems.errors)
    measures = []
    for i, raw in enumerate(_as_list(sel.measure)):
        here = path + ["measure"] + ([i] if isinstance(sel.measure, list) else [])
        if raw in aliases:
            measures.append((raw, aliases[raw]))
        elif not Phrase.of(raw).parts:
            problems.at(here, f"measure {raw!r} has no words, so it can never match")
        else:
            measures.append((" ".join(w for w, _ in Phrase.of(raw).parts), (Phrase.of(raw),)))
    if sel.measure is not None and not _as_list(sel.measure):
        problems.at(path + ["measure"], "an empty list of measures can never match")
    if sel.measure_nearby and sel.measure is None:
        problems.at(path + ["measure_nearby"], "measure_nearby needs a 'measure' to look for", key=True)

    def phrases(key: str, value) -> tuple[Phrase, ...]:
        items = _as_list(value)
        if value is not None and not items:
            problems.at(path + [key], f"an empty '{key}' list can never match" if key == "near"
                        else f"an empty '{key}' list excludes nothing; leave it out")
        out: list[Phrase] = []
        for i, raw in enumerate(items):
            if raw in aliases:  # an alias key stands for all its phrases
                out.extend(aliases[raw])
                continue
            phrase = Phrase.of(raw)
            if not phrase.parts:
                problems.at(path + [key] + ([i] if isinstance(value, list) else []),
                            f"{key} phrase {raw!r} has no words, so it can never match")
            out.append(phrase)
        return tuple(out)

    near, not_near = phrases("near", sel.near), phrases("not_near", sel.not_near)

    units = None
    if sel.unit is not None:
        units = set()
        for i, raw in enumerate(_as_list(sel.unit)):
            unit = _normalise_unit(raw)
            if unit is None:
                here = path + ["unit"] + ([i] if isinstance(sel.unit, list) else [])
                problems.at(here, f"unknown unit {raw!r}: no figure can have it"
                            + _did_you_mean(raw, list(UNIT_KINDS) + ["none"]))
            else:
                units.add("" if unit == "none" else unit)
    kinds = None
    if sel.kind is not None:
        kinds = set()
        for i, raw in enumerate(_as_list(sel.kind)):
            try:
                kinds.add(Kind(raw))
            except ValueError:
                here = path + ["kind"] + ([i] if isinstance(sel.kind, list) else [])
                problems.at(here, f"unknown kind {raw!r}: no figure can have it"
                            + _did_you_mean(raw, [k.value for k in Kind]))
    if units and kinds and len(problems.errors) == before:
        from auditor.extract.units import kind_of

        if not any(kind_of(u) in kinds or (u == "" and kinds - {Kind.PERCENT, Kind.MONEY}) for u in units):
            problems.at(path + ["kind"], f"unit {sorted(units)} and kind {sorted(k.value for k in kinds)} "
                        "never go together, so this selector can never match")
    qualifiers = None
    if sel.qualifier is not None:
        qualifiers = set()
        for i, raw in enumerate(_as_list(sel.qualifier)):
            if raw not in QUALIFIERS:
                here = path + ["qualifier"] + ([i] if isinstance(sel.qualifier, list) else [])
                problems.at(here, f"unknown qualifier {raw!r}" + _did_you_mean(raw, QUALIFIERS))
            qualifiers.add("" if raw == "none" else raw)
    roles = None
    if sel.role is not None:
        roles = frozenset(_as_list(sel.role))
        for i, raw in enumerate(_as_list(sel.role)):
            if raw not in ROLES:
                here = path + ["role"] + ([i] if isinstance(sel.role, list) else [])
                problems.at(here, f"unknown role {raw!r} (roles: {', '.join(ROLES)})" + _did_you_mean(raw, ROLES))
    modalities = None
    if sel.modality is not None:
        modalities = frozenset(_as_list(sel.modality))
        for i, raw in enumerate(_as_list(sel.modality)):
            if raw not in MODALITIES:
                here = path + ["modality"] + ([i] if isinstance(sel.modality, list) else [])
                problems.at(here, f"unknown modality {raw!r} (modalities: {', '.join(MODALITIES)})"
                            + _did_you_mean(raw, MODALITIES))
    groups = None
    if sel.group is not None:
        from auditor.grammar import lexicon  # (the grammar loads only for a rule that reads it)

        known = {lexicon.group_name(w) for w in lexicon.GROUP_WORDS}
        groups = set()
        for i, raw in enumerate(_as_list(sel.group)):
            group = "" if raw == "none" else lexicon.group_name(raw)
            if group and group not in known:
                here = path + ["group"] + ([i] if isinstance(sel.group, list) else [])
                problems.at(here, f"unknown group {raw!r}: the auditor reads groups such as 'women', 'rural', "
                            "'full-time', 'domestic', or 'none'" + _did_you_mean(raw, sorted(lexicon.GROUP_WORDS)))
            groups.add(group)
    links = []
    for key in LINK_KEYS:
        other = getattr(sel, key)
        if other is None:
            continue
        if other not in names or other == name:
            problems.at(path + [key], f"'{key}' must name another figure of this rule, not {other!r}"
                        + _did_you_mean(other, [n for n in names if n != name]))
        elif sel.occurrence == "all":
            problems.at(path + [key], f"'{key}' binds one figure by its link to another: it cannot go with "
                        "'occurrence: all'")
        links.append((key, other))
    # (a glob names digits or wildcards: a bare word such as 'year-befor' is a misspelt name)
    if sel.period is not None and sel.period not in PERIOD_CLASSES and sel.period not in RELATIVE_PERIODS \
            and (not _PERIOD_GLOB.match(sel.period) or not re.search(r"[0-9*?]", sel.period)):
        problems.at(path + ["period"], f"period {sel.period!r} is neither a period class "
                    f"({', '.join(PERIOD_CLASSES)}), a relative period ({', '.join(RELATIVE_PERIODS)}) "
                    "nor a glob over periods such as '2021' or '2024-0*'"
                    + _did_you_mean(sel.period, [*PERIOD_CLASSES, *RELATIVE_PERIODS]))
    pattern = None
    if sel.pattern is not None:
        pattern = _compile_pattern(sel.pattern, path + ["pattern"], problems)
    if isinstance(sel.occurrence, int) and sel.occurrence == 0:
        problems.at(path + ["occurrence"], "occurrence counts from 1 (or from -1 at the end); 0 never matches")
    if sel.like is not None and (sel.like not in names or sel.like == name):
        problems.at(path + ["like"], f"'like' must name another figure of this rule, not {sel.like!r}"
                    + _did_you_mean(sel.like, [n for n in names if n != name]))
    if sel.optional and sel.occurrence in ("all", "any"):
        problems.at(path + ["optional"], f"a figure with 'occurrence: {sel.occurrence}' cannot be optional: "
                    "only a single missing figure can be solved for")
    if len(problems.errors) != before:
        return None
    return CompiledSelector(
        name=name, measures=tuple(measures), near=near, not_near=not_near, near_scope=sel.near_scope,
        measure_nearby=sel.measure_nearby,
        units=frozenset(units) if units is not None else None, kinds=frozenset(kinds) if kinds is not None else None,
        qualifiers=frozenset(qualifiers) if qualifiers is not None else None, roles=roles, modalities=modalities,
        groups=frozenset(groups) if groups is not None else None, period=sel.period,
        pattern=pattern,
        occurrence=sel.occurrence, position=sel.position, like=sel.like, optional=sel.optional, links=tuple(links),
    )


def on_word_boundaries(pattern: str) -> str:
    r"""`pattern` held to whole words at its ends: a pattern that begins (ends) with a letter
    or digit gets `\b` there, so that "employment" no longer matches inside "Unemployment".
    A pattern that begins or ends otherwise (`.*ment`, `(un)?employment`, `\Bment`, an
    escape such as `\d`) is left as written: the writer said what its edges are."""
    def plain(ch: str) -> bool:
        return ch.isalnum() or ch == "_"

    if pattern and plain(pattern[0]):
        pattern = r"\b" + pattern
    if pattern and plain(pattern[-1]) and not (len(pattern) >= 2 and pattern[-2] == "\\"
                                               and pattern[-3:-2] != "\\"):
        pattern += r"\b"
    return pattern


def _compile_pattern(raw: str, path, problems: _Problems):
    if PLACEHOLDER not in raw:
        problems.at(path, f"pattern has no placeholder {PLACEHOLDER} for the figure, so it can never match one")
        return None
    if len(raw) > MAX_PATTERN_CHARS:
        problems.at(path, f"pattern is longer than {MAX_PATTERN_CHARS} characters")
        return None
    import re2

    options = re2.Options()
    options.log_errors = False  # errors are reported here, with their position
    options.case_sensitive = False
    options.max_mem = RE2_MAX_MEM
    try:
        return re2.compile(on_word_boundaries(raw).replace(PLACEHOLDER, re.escape(FIGURE_MARK)), options)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        hint = " (RE2 has no backreferences or lookaround; it runs in linear time)" if (
            "invalid escape" in detail or "invalid perl operator" in detail or "missing argument" in detail) else ""
        problems.at(path, f"pattern does not compile: {detail}{hint}")
        return None


def _value_column(loaded: LoadedFile, path) -> int:
    """Offset from the value's reported column to its first character of text."""
    node = loaded.positions.node(path)
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    return 1 if isinstance(node, (DoubleQuotedScalarString, SingleQuotedScalarString)) else 0


def _compile_assertion(rule, where, by_name, problems: _Problems, loaded: LoadedFile):
    path = where + ["assert"]
    text = rule.assert_
    if len(text) > MAX_ASSERTION_CHARS:
        problems.at(path, f"assertion is longer than {MAX_ASSERTION_CHARS} characters")
        return None
    # Columns: the ast's offsets are into the stripped text on its first line.
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    offset = _value_column(loaded, path) + lead
    single_line = "\n" not in stripped
    names = frozenset(by_name)

    def fail(message: str, column: int) -> None:
        problems.at(path, message, offset + column if single_line else None)

    try:
        assertion = expr.parse_assertion(stripped, names)
    except expr.ExpressionError as exc:
        message = _explain_rejection(str(exc), stripped, exc.column)
        if message.startswith("unknown name"):
            bad = message.split("'")[1] if "'" in message else ""
            message = (f"unknown name {bad!r}: the assertion can only use the names under 'figures' "
                       f"({', '.join(by_name)})" + _did_you_mean(bad, by_name))
        fail(message, exc.column)
        return None
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        # a literal too large to be a number, or nesting too deep to be an assertion
        fail(f"not a valid assertion: {type(exc).__name__}", 0)
        return None
    tree = ast.parse(stripped, mode="eval").body
    used = set(expr.names_in(assertion))
    for name in by_name:
        if name not in used:
            problems.at(where + ["figures", name], f"'{name}' is bound but the assertion does not use it", key=True)
    ok = _check_name_roles(tree, by_name, fail)
    try:
        dims = {name: dimensions.dimension_of_selector(
                    next(iter(s.units)) if s.units and len(s.units) == 1 else None,
                    next(iter(s.kinds)).value if s.kinds and len(s.kinds) == 1 else None)
                for name, s in by_name.items()}
        dimensions.check(stripped, dims)
    except dimensions.DimensionError as exc:
        fail(f"dimensions do not agree: {exc}", exc.column)
        return None
    return assertion if ok and used >= set(by_name) else None


_REJECTED = {
    "Attribute": "attribute access ('.')", "Subscript": "indexing ('[...]')", "Lambda": "a lambda",
    "ListComp": "a comprehension", "SetComp": "a comprehension", "DictComp": "a comprehension",
    "GeneratorExp": "a generator", "IfExp": "a conditional ('if ... else')", "BoolOp": "'and'/'or'",
    "NamedExpr": "an assignment (':=')", "Await": "'await'", "Yield": "'yield'", "JoinedStr": "an f-string",
    "List": "a list", "Tuple": "a tuple", "Dict": "a dict", "Set": "a set", "Starred": "unpacking ('*')",
    "Constant": "a constant that is not a number",
}


def _explain_rejection(message: str, text: str, column: int) -> str:
    """Say what was refused in the terms of the rule language."""
    allowed = "an assertion is arithmetic over the figure names"
    for node_type, words in _REJECTED.items():
        if message == f"{node_type} is not allowed in an expression":
            return f"{words} is not allowed: {allowed}"
    if message.startswith("calls are limited to"):
        functions = ", ".join(sorted([*expr.FUNCTIONS, *expr.PREDICATES]))
        try:
            for node in ast.walk(ast.parse(text, mode="eval")):
                if isinstance(node, ast.Call) and node.col_offset == column:
                    if isinstance(node.func, ast.Name):
                        return f"{node.func.id}() is not a function an assertion may call; they are {functions}"
                    return f"calling {ast.unparse(node.func)!r} is not allowed; only the functions {functions}"
        except (SyntaxError, ValueError, RecursionError):
            pass
        return f"this call is not allowed; only the functions {functions}"
    return message


def _check_name_roles(tree: ast.AST, by_name, fail) -> bool:
    """'all' names only as arguments of aggregates; optional names only where
    they can be solved for (outside functions, or one side of all_equal(a, b))."""
    ok = True

    def visit(node: ast.AST, call: str | None, direct: bool, call_arity: int) -> None:
        nonlocal ok
        if isinstance(node, ast.Name) and node.id in by_name:
            selector = by_name[node.id]
            if selector.is_list and not (direct and call in AGGREGATES):
                fail(f"'{node.id}' stands for every matching figure (occurrence: all); use it as an argument "
                     f"of {', '.join(a + '()' for a in AGGREGATES)}", node.col_offset)
                ok = False
            solvable = call is None or (call == "all_equal" and direct and call_arity == 2)
            if selector.optional and not solvable:
                fail(f"'{node.id}' is optional, so it may have to be solved for, which works through + - * / "
                     f"(or all_equal of two names) only; here it stands inside {call}()", node.col_offset)
                ok = False
            return
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            lists = any(isinstance(a, ast.Name) and a.id in by_name and by_name[a.id].is_list for a in node.args)
            for arg in node.args:
                visit(arg, node.func.id, True, 0 if lists else len(node.args))
            return
        for child in ast.iter_child_nodes(node):
            visit(child, call, False, call_arity)

    visit(tree, None, False, 0)
    return ok


def _check_template(template: str, path, names, problems: _Problems) -> None:
    for m in _TEMPLATE_NAME.finditer(template):
        name = m.group(1)
        if name is None:
            continue  # an escaped brace
        if name not in names:
            problems.at(path, f"message placeholder {{{name}}} names no figure of this rule"
                        + _did_you_mean(name, names))


def render_message(template: str, texts: dict[str, str]) -> str:
    """Fill {name} placeholders; never str.format, which would reach attributes."""
    def fill(m: re.Match) -> str:
        if m.group(0) in ("{{", "}}"):
            return m.group(0)[0]
        return texts.get(m.group(1), m.group(0))

    return _TEMPLATE_NAME.sub(fill, template)


def _decimal(raw, percent_ok: bool) -> Decimal | None:
    text = str(raw).strip()
    scale = Decimal(1)
    if percent_ok and text.endswith("%"):
        text, scale = text[:-1].strip(), Decimal("0.01")
    try:
        value = Decimal(text) * scale
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _tolerance(rule, where, problems: _Problems) -> tuple[Decimal | None, Decimal]:
    if rule.tolerance is None:
        return Decimal(1), Decimal(0)
    scale = _decimal(rule.tolerance.scale, percent_ok=False)
    relative = _decimal(rule.tolerance.relative, percent_ok=True)
    if scale is None or not 0 <= scale <= MAX_TOLERANCE_SCALE:
        problems.at(where + ["tolerance", "scale"], f"scale must be a decimal number from 0 to {MAX_TOLERANCE_SCALE}")
        scale = None
    if relative is None or not 0 <= relative <= MAX_TOLERANCE_RELATIVE:
        problems.at(where + ["tolerance", "relative"], "relative must be a share such as '0.5%' or '0.005', "
                    f"from 0 to {MAX_TOLERANCE_RELATIVE:%}")
        relative = Decimal(0)
    return scale, relative


def period_class(period: str) -> str | None:
    """The class of a dated period ("2024-03" is a month); None for a period without its year
    ("03"), a range or no period, which no relative period can name."""
    if period[:2] not in ("19", "20", "FY"):
        return None
    return next((name for name in _STEPPED_CLASSES if PERIOD_CLASSES[name].search(period)), None)


def current_periods(periods: Iterable[str]) -> dict[str, str]:
    """The report's current period of each class: the latest one stated."""
    latest: dict[str, str] = {}
    for period in periods:
        name = period_class(period)
        if name is not None and period > latest.get(name, ""):
            latest[name] = period  # (normalised periods of one class sort by time)
    return latest


def relative_period(which: str, period_class_name: str, current: Mapping[str, str]) -> str | None:
    """The period `which` ("current", "previous", "year-before") names in a report whose
    current periods are `current`; None when the report states no period of the class."""
    from auditor.extract.periods import shifted

    now = current.get(period_class_name)
    if now is None or which == "current":
        return now
    if which == "previous":
        return shifted(now, -1, _STEPPED_CLASSES[period_class_name])
    return shifted(now, -1)


def period_matches(selector_period: str, period: str, current: Mapping[str, str] | None = None) -> bool:
    """Whether a figure's period fits the selector's; `current` holds the report's current
    periods (see `current_periods`), which a relative period is counted from."""
    if selector_period in RELATIVE_PERIODS:
        name = period_class(period)
        return name is not None and period == relative_period(selector_period, name, current or {})
    if selector_period in PERIOD_CLASSES:
        return bool(PERIOD_CLASSES[selector_period].search(period)) if selector_period != "none" else period == ""
    return fnmatch.fnmatchcase(period, selector_period)
