"""`audit rules suggest`: a rule pack written from a bulletin the desk trusts.

The relations the built-in checks find consistent in the report become rules whose
selectors will find the same figures in next month's issue: by measure, kind, unit, the
group the words name, the period counted from the report's own (`period: current`,
`previous`, `year-before`) and the links the words make between them (`base_of`,
`part_of`, `same_as`), never by a figure's value or its place in the text.

No rule is written unproved. Each is compiled by the ordinary loader and run three ways:
on the report, where it must bind the very figures it came from and find them consistent
(a rule that binds other figures too would raise false alarms next month); on its pass
example, the report's own sentences; and on its fail example, the same sentences with one
figure changed. A relation no variant of its selectors can prove is left out, and said so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Iterator

from auditor import expr
from auditor.document import Document
from auditor.extract import context
from auditor.extract.periods import MONTH_NAMES, MONTH_SHORT_FORMS
from auditor.model import Figure, Relation, Status

# built-in checks whose relations are found by trying the arithmetic rather than read from
# the words: kept only when their figures share one sentence, where a coincidence is rare
_SEARCHED_NEEDS_ONE_SENTENCE = True
# how much a fail example changes a figure by: well beyond any rounding, either way
PLANT_FACTORS = (Decimal("1.5"), Decimal("0.5"), Decimal("3"))
# words that say nothing about which figure is meant: never chosen for a selector's `near`
_PLAIN_WORDS = frozenset("""a an the of in on at to from by for and or but was were is are be been has have
had it its this that these those as with per cent percent point points than which who while since over
year years month months quarter quarters earlier ago same period total all some about""".split())
_MONTH_WORDS = frozenset(MONTH_NAMES + MONTH_SHORT_FORMS)
_NUMBER_IN_TEXT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass
class SuggestedRule:
    data: dict  # the rule as the rule file writes it
    source: Relation  # the report's relation it was written from
    where: str  # "line 5: 62,500 / 1,250,400 = 5.0 per cent", for the desk editor


@dataclass
class Suggestion:
    name: str
    report: str
    rules: list[SuggestedRule] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # relations no rule could be proved for, and why


def suggest(document: Document, name: str) -> Suggestion:
    """The rules proved on `document` for each relation it states consistently."""
    from auditor import grammar
    from auditor.extract.figures import extract_with_notes

    figures = grammar.read(document, extract_with_notes(document)[0]).figures
    meaning = grammar.read(document, figures)
    suggestion = Suggestion(name, document.path)
    ids: set[str] = set()
    for relation in consistent_relations(document, figures):
        where = _where(relation)
        rule = _proved_rule(relation, document, figures, meaning, _unique_id(_rule_id(relation), ids))
        if rule is None:
            suggestion.left_out.append(f"{where}: no selectors found these figures alone")
            continue
        ids.add(rule["id"])
        suggestion.rules.append(SuggestedRule(rule, relation, where))
    return suggestion


# --- the relations the report states ---------------------------------------

def consistent_relations(document: Document, figures) -> list[Relation]:
    """The built-in checks' relations that hold in the report, each with the reading that
    fits as its figures, each set of figures once."""
    from auditor.audit import built_in_relations
    from auditor.engine import decide

    sentence_of = _sentence_index(document, figures)
    out, seen = [], set()
    for relation in built_in_relations(document, figures):
        if relation.unknown is not None:
            continue  # an implied value: nothing stated to check next month
        fitting = next((r for r in _readings(relation) if decide(r).status is Status.CONSISTENT), None)
        if fitting is None:
            continue
        key = frozenset(f.id for f in fitting.figures.values())
        if key in seen:
            continue
        if fitting.found_by_search and _SEARCHED_NEEDS_ONE_SENTENCE \
                and len({sentence_of[f.id] for f in fitting.figures.values()}) > 1:
            continue
        if _equal_under_two_names(fitting):
            continue
        seen.add(key)
        out.append(fitting)
    return out


def _equal_under_two_names(relation: Relation) -> bool:
    """One value stated for two differently named measures ("headline inflation 11.4%" in July,
    "food inflation 11.4%" in August): equal this month by coincidence, not by definition, so no
    rule for next month. A restatement under one name is kept."""
    from auditor.grammar import lexicon

    figures = list(relation.figures.values())
    if relation.check != "same-measure-conflict" or len(figures) != 2:
        return False
    a, b = (frozenset(lexicon.folded_words(f.measure)) for f in figures)
    return a != b


def _readings(relation: Relation) -> Iterator[Relation]:
    from dataclasses import replace

    yield replace(relation, readings=())
    for reading in relation.readings:
        yield replace(relation, figures=reading, readings=())


def _sentence_index(document: Document, figures) -> dict[str, int]:
    sentences = context.sentences_cached(document.text)
    return {f.id: next((i for i, s in enumerate(sentences) if s.start <= f.span.start < s.end), -1) for f in figures}


def _where(relation: Relation) -> str:
    first = min(relation.figures.values(), key=lambda f: f.span.start)
    return f"line {first.span.line}: {relation.message}"


# --- one rule ----------------------------------------------------------------

def _rule_id(relation: Relation) -> str:
    measure = next((f.measure for f in relation.figures.values() if f.measure), "")
    words = re.findall(r"[a-z0-9]+", measure.lower())[:4]
    return "-".join([relation.check, *words])[:60].strip("-")


def _unique_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def assertion_text(relation: Relation) -> str:
    """The relation's expression as a rule's `assert`. A change's direction can turn between
    issues ("rose" in May, "fell" in June), so an equation over a change compares sizes;
    that the words give the right direction is the built-in change-direction check's job."""
    compare = relation.expression
    if compare.op == "==" and any(f.direction for f in relation.figures.values()):
        compare = expr.Compare("==", _absolute(compare.left), _absolute(compare.right))
    return f"{_text(compare.left)} {compare.op} {_text(compare.right)}"


def _absolute(node):
    return node if isinstance(node, expr.Call) and node.function == "abs" else expr.Call("abs", (node,))


_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def _text(node, outer: int = 0, right_side: bool = False) -> str:
    """An expression tree written back as text the rule compiler parses."""
    if isinstance(node, expr.Name):
        return node.id
    if isinstance(node, expr.Num):
        value = Fraction(node.value)
        return str(value.numerator) if value.denominator == 1 else f"({value.numerator} / {value.denominator})"
    if isinstance(node, expr.Neg):
        return f"-{_text(node.operand, 3)}"
    if isinstance(node, expr.Call):
        return f"{node.function}({', '.join(_text(a) for a in node.args)})"
    own = _PRECEDENCE[node.op]
    text = f"{_text(node.left, own)} {node.op} {_text(node.right, own, True)}"
    return f"({text})" if own < outer or (right_side and own == outer) else text


def _proved_rule(relation: Relation, document: Document, figures, meaning, rule_id: str) -> dict | None:
    """The loosest rule that binds exactly this relation's figures in the report and passes
    its own examples; None when none does."""
    for rule in _variants(relation, document, figures, meaning, rule_id):
        if not _binds_exactly(rule, relation, document, figures):
            continue
        with_examples = _with_examples(rule, relation, document, figures)
        if with_examples is not None:
            return with_examples
    return None


def _variants(relation: Relation, document: Document, figures, meaning, rule_id: str) -> Iterator[dict]:
    """The rule from loose to tight: the figures' own frames; then each figure's measure named
    in its own clause; then a telling word of each figure's clause as well."""
    from auditor.rulefile.compiler import current_periods

    current = current_periods(f.period for f in figures)
    periods = {f.period for f in relation.figures.values() if f.period}
    base = {
        "id": rule_id,
        "summary": f"{relation.message} (suggested from the bulletin: {relation.check})",
        "message": re.sub(r"[A-Za-z_]\w*", lambda m: f"{{{m.group()}}}" if m.group() in relation.figures else m.group(),
                          assertion_text(relation)),
        "severity": "error",
        "scope": _scope(document, relation),
        "same_period": len(periods) <= 1,
        "figures": {name: _selector(f, meaning.frame(f), current) for name, f in relation.figures.items()},
        "assert": assertion_text(relation),
    }
    linked = _linked(relation, meaning)
    if linked:
        # the words' own links between the figures (a change's old level, a part's whole), so that next month's
        # issue binds the figure the text ties to the others even when another of its kind stands nearer
        base = {**base, "figures": {n: {**s, **linked.get(n, {})} for n, s in base["figures"].items()}}
    yield base
    for side in ("after", "before"):
        telling = {name: _telling_word(document, f, side) for name, f in relation.figures.items()}
        if any(telling.values()):
            yield {**base, "figures": {n: {**s, "near": telling[n]} if telling[n] else s
                                       for n, s in base["figures"].items()}}
    if any(f.measure for f in relation.figures.values()):
        yield {**base, "figures": {n: {**s, "measure_nearby": True} if "measure" in s else s
                                   for n, s in base["figures"].items()}}


def _linked(relation: Relation, meaning) -> dict[str, dict[str, str]]:
    """For each name of the relation the words link to another of its names: {link key: that name}
    (one key per name, and never both names of a pair, so the binding order has no cycle)."""
    out: dict[str, dict[str, str]] = {}
    for key in ("base_of", "part_of", "same_as"):
        pairs = meaning.linked_pairs[key]
        for name, figure in relation.figures.items():
            for other, partner in relation.figures.items():
                if name != other and name not in out and out.get(other, {}).get(key) != name \
                        and (figure.id, partner.id) in pairs:
                    out[name] = {key: other}
    return out


def _selector(figure: Figure, frame, current: dict[str, str]) -> dict:
    from auditor.rulefile.compiler import RELATIVE_PERIODS, period_class, relative_period

    selector: dict = {}
    measure_words = re.findall(r"[a-z0-9]+", figure.measure.lower())
    # a measure read as "october" or "march 2023" names the period, which next month's issue changes
    if measure_words and not any(w in _MONTH_WORDS or w.isdigit() for w in measure_words):
        selector["measure"] = figure.measure.lower()
    selector["kind"] = figure.kind.value
    selector["role"] = frame.role.value
    if figure.unit:
        selector["unit"] = figure.unit
    name = period_class(figure.period)
    relative = next((which for which in RELATIVE_PERIODS
                     if name and figure.period == relative_period(which, name, current)), None)
    if relative:
        selector["period"] = relative
    if frame.group:
        selector["group"] = frame.group
    return selector


def _scope(document: Document, relation: Relation) -> str:
    sentences = context.sentences_cached(document.text)
    held = [next((s for s in sentences if s.start <= f.span.start < s.end), None) for f in relation.figures.values()]
    if None in held:
        return "document"
    if len({s.start for s in held}) == 1:
        return "sentence"
    return "paragraph" if len({s.paragraph for s in held}) == 1 else "document"


def _telling_word(document: Document, figure: Figure, side: str) -> str | None:
    """The word of the figure's clause nearest to it on `side` ("after", "before") that
    names something: not a number, a month, a plain word or one of its measure's words
    ("62,500 were unemployed": "unemployed")."""
    from auditor.rulefile.words import words

    sentence = next((s for s in context.sentences_cached(document.text) if s.start <= figure.span.start < s.end), None)
    if sentence is None:
        return None
    start, end = context.clause_bounds(document.text, sentence, figure.span.start)
    if side == "after":
        candidates = re.findall(r"[a-z][a-z-]+", document.text[figure.span.end:end].lower())[:4]
    else:
        candidates = re.findall(r"[a-z][a-z-]+", document.text[start:figure.span.start].lower())[::-1]
    known = set(words(figure.measure))
    for word in candidates:
        if word not in _PLAIN_WORDS and word not in _MONTH_WORDS and not set(words(word)) & known:
            return word
    return None


# --- proving a rule ----------------------------------------------------------

def compile_rules(pack: dict, shown: str = "<suggested>"):
    """(compiled rules, errors) of a pack given as data, through the loader a file goes through."""
    from auditor.rulefile.compiler import compile_file
    from auditor.rulefile.loader import parse_rule_text

    loaded = parse_rule_text(pack_text(pack), shown)
    if isinstance(loaded, list):
        return [], loaded
    compiled, errors = compile_file(loaded)
    return compiled.rules, errors


def _compiled_one(rule: dict):
    rules, errors = compile_rules({"name": "suggested", "rules": [rule]})
    return rules[0] if rules and not errors else None


def _binds_exactly(rule: dict, relation: Relation, document: Document, figures) -> bool:
    """Whether the rule binds the relation's figures in the report, and nothing it would flag."""
    from auditor.engine import decide
    from auditor.rulefile.select import relations_for

    compiled = _compiled_one(rule)
    if compiled is None:
        return False
    wanted = {f.id for f in relation.figures.values()}
    stated = relations_for(compiled, document, figures)
    if any(decide(r).status is Status.INCONSISTENT for r in stated):
        return False
    return any({f.id for f in r.figures.values()} == wanted for r in stated)


def _with_examples(rule: dict, relation: Relation, document: Document, figures) -> dict | None:
    """The rule with the report's sentences as its pass example and the same sentences with
    one figure changed as its fail example; None when no excerpt passes."""
    from auditor.rulefile.examples import run_examples

    for start, text in _excerpts(document, relation):
        passing = {**rule, "examples": {"pass": [text]}}
        compiled = _compiled_one(passing)
        if compiled is None or not all(r.ok for r in run_examples(compiled)):
            continue
        for figure in sorted(relation.figures.values(), key=lambda f: f.span.start):
            for factor in PLANT_FACTORS:
                planted = with_figure_changed(text, figure, factor, offset=start)
                if planted is None:
                    continue
                both = {**rule, "examples": {"pass": [text], "fail": [planted]}}
                compiled = _compiled_one(both)
                if compiled is not None and all(r.ok for r in run_examples(compiled)):
                    return both
        return passing
    return None


def _excerpts(document: Document, relation: Relation) -> Iterator[tuple[int, str]]:
    """(where it starts in the report, text): the sentences holding the figures; then the same
    after the report's dateline, whose period the figures may take."""
    sentences = context.sentences_cached(document.text)
    spans = [f.span for f in relation.figures.values()]
    first = min(spans, key=lambda s: s.start).start
    last = max(spans, key=lambda s: s.end).end
    start = max((s.start for s in sentences if s.start <= first), default=0)
    end = min((s.end for s in sentences if s.end >= last), default=len(document.text))
    excerpt = document.text[start:end]
    start += len(excerpt) - len(excerpt.lstrip())
    excerpt = excerpt.strip()
    yield start, excerpt
    dated = next((s for s in sentences if re.search(r"\b(?:19|20)\d\d\b", document.text[s.start:s.end])), None)
    if dated is not None and dated.end <= start:
        prefix = document.text[dated.start:dated.end].strip() + "\n\n"
        yield start - len(prefix), prefix + excerpt


def with_figure_changed(text: str, figure: Figure, factor: Decimal, offset: int = 0) -> str | None:
    """`text` with the figure's number multiplied by `factor` and written the way it was
    (same decimals, same thousands separators); `offset` is where `text` starts in the
    figure's document. None for a figure written in words."""
    at = figure.span.start - offset
    if text[at:at + len(figure.text)] != figure.text:
        return None
    number = _NUMBER_IN_TEXT.search(figure.text)
    if number is None:
        return None
    written = number.group()
    decimals = len(written.split(".")[1]) if "." in written else 0
    value = Decimal(written.replace(",", "")) * factor
    new = f"{value:,.{decimals}f}" if "," in written else f"{value:.{decimals}f}"
    if new == written:
        return None
    start = at + number.start()
    return text[:start] + new + text[start + len(written):]


# --- the pack as YAML --------------------------------------------------------

def pack_text(pack: dict, comments: dict | None = None) -> str:
    """The pack as YAML through ruamel; `comments` adds what the desk editor reads."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(_commented(pack, comments or {}), out)
    return out.getvalue()


def _commented(pack: dict, comments: dict):
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString

    def plain(value):
        if isinstance(value, dict):
            return CommentedMap((k, plain(v)) for k, v in value.items())
        if isinstance(value, list):
            return CommentedSeq(plain(v) for v in value)
        if isinstance(value, str) and "\n" in value:
            return LiteralScalarString(value)
        return value

    data = plain(pack)
    if comments.get("header"):
        data.yaml_set_start_comment(comments["header"])
    for rule, note in zip(data["rules"], comments.get("rules", [])):
        rule.yaml_set_start_comment(note, indent=4)
        for name, selector in rule["figures"].items():
            told = comments.get("figures", {}).get((rule["id"], name))
            if told:
                rule["figures"].yaml_add_eol_comment(told, name)
    return data


def suggestion_text(suggestion: Suggestion) -> str:
    """The rule file of a suggestion, with comments a desk editor can follow."""
    header = (
        f"Rule pack suggested by `audit rules suggest` from {suggestion.report}.\n"
        "Each rule is a relation that bulletin states and the auditor found to hold. Its figures\n"
        "are found by measure, kind, unit, group, nearby words and the period counted from the\n"
        "report's own: 'current' is the latest month (quarter, year) the report states, 'previous'\n"
        "the one before, 'year-before' the same period a year earlier; 'base_of', 'part_of' and\n"
        "'same_as' prefer the figure the words tie to another of the rule. Edit freely, then run\n"
        "  audit rules check THIS-FILE next-issue.txt   # does every rule still find its figures?\n"
        "  audit --rules THIS-FILE next-issue.txt\n"
        "The pass example of each rule is the bulletin's own text; the fail example is the same\n"
        "text with one figure changed.")
    if suggestion.left_out:
        header += "\nLeft out (no selectors picked out these figures alone):\n" + "\n".join(
            f"  {line}" for line in suggestion.left_out)
    pack = {
        "name": suggestion.name,
        "description": f"Relations stated in {suggestion.report}, to be checked in every issue.",
        "rules": [r.data for r in suggestion.rules],
    }
    notes = [f"from {r.where}" for r in suggestion.rules]
    figures = {(r.data["id"], name): f"was {f.text!r} ({f.period or 'no period'})"
               for r in suggestion.rules for name, f in r.source.figures.items()}
    return pack_text(pack, {"header": header, "rules": notes, "figures": figures})


def pack_name(path: str) -> str:
    """A pack name from a report's file name: "Labour 2025-04.txt" -> "labour-2025-04"."""
    from pathlib import PurePath

    stem = re.sub(r"[^a-z0-9]+", "-", PurePath(path).stem.lower()).strip("-")
    return stem or "suggested"
