"""Read every tune-side annotated report the way the auditor does, and keep what the
candidate experiment needs: the figures with their frames and places, the links of the
meaning layer between figures, the figure sets the built-in checks already relate, and
the annotated relations mapped onto the auditor's figures.

Run with the project's interpreter (it imports the auditor and the scorer):

    PYTHONPATH=. /work/main/.venv/bin/python bench/learn/dataset.py /tmp/lr27-docs.pickle

The blind validation reports (tune series t, s, q and the r-files with even numbers) and every
holdout folder are never read: `tune_side_reports` leaves them out by name before opening anything.
"""
from __future__ import annotations

import ast
import dataclasses
import pickle
import sys
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, "/work/shared/bench")
from score import load_relations  # noqa: E402  (the scorer's own reading of an annotation)

from auditor import grammar  # noqa: E402
from auditor.audit import built_in_relations  # noqa: E402
from auditor.document import Document  # noqa: E402
from auditor.engine import decide_all  # noqa: E402
from auditor.extract.figures import extract_with_notes  # noqa: E402
from auditor.grammar.frames import unit_class  # noqa: E402
from auditor.grammar.nearby import places  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PARAPHRASE_BATCHES = ("tune", "fresh-tune", "g-tune", "h-tune", "i-tune", "j-tune")


def is_blind(path: Path) -> bool:
    """The validation reports of the corpus's tune folder (series t, s, q; r with an even number)."""
    name = path.name
    if name[0] in "tsq":
        return True
    return name[0] == "r" and name[1:3].isdigit() and int(name[1:3]) % 2 == 0


def tune_side_reports() -> list[tuple[str, Path]]:
    """(fold, report path) of every annotated report the experiment may read: the corpus's tune
    reports by letter series, the paraphrase tune halves by batch."""
    out = []
    for path in sorted((ROOT / "bench/corpus/tune").glob("*.txt")):
        if not is_blind(path):
            out.append((path.name[0], path))
    for batch in PARAPHRASE_BATCHES:
        for path in sorted((ROOT / "bench/paraphrase" / batch).glob("*.txt")):
            out.append((f"para-{batch}", path))
    return [(fold, p) for fold, p in out if p.with_suffix(".yaml").exists()]


@dataclass
class Fig:
    id: str
    index: int  # place among the document's figures
    start: int
    end: int
    text: str
    low: Fraction | None  # as a plain number: percentages and points as fractions (12.4% -> 0.124)
    high: Fraction | None
    value: Fraction
    unit_class: tuple
    kind: str
    role: str
    direction: int
    modality: str
    head: str
    measure: str
    period: str
    period_source: str
    qualifier: str
    group: str
    sentence: int
    paragraph: int
    slot: int


@dataclass
class Annotated:
    kind: str
    verdict: str
    expr: str
    template: tuple | None  # see `template_of`: (name, roles) over annotation names
    figures: dict[str, str | None]  # annotation name -> auditor figure id (None: not extracted)


@dataclass
class Doc:
    name: str
    fold: str
    text: str
    words: int
    figures: list[Fig]
    links: dict[frozenset, set[str]]  # figure-id pair -> the link types of the meaning layer joining them
    checked: list[tuple[str, frozenset, str, bool]]  # (check, figure ids, status, certain) of the built-in findings
    annotated: list[Annotated] = field(default_factory=list)


def _as_number(x, unit: str) -> Fraction | None:
    if x is None:
        return None
    q = Fraction(x)
    if unit == "basis_point":
        return q / 10000
    return q / 100 if unit in ("percent", "percentage_point") else q


def _figures_of(link) -> list:
    """Every figure a link object holds, in its fields and in tuples of them (one level down)."""
    found = []
    if dataclasses.is_dataclass(link):
        values = [getattr(link, f.name) for f in dataclasses.fields(link)]
    elif isinstance(link, (tuple, list)):
        values = list(link)
    else:
        values = list(vars(link).values()) if hasattr(link, "__dict__") else []
    for v in values:
        if hasattr(v, "span") and hasattr(v, "value"):
            found.append(v)
        elif isinstance(v, (tuple, list)):
            for w in v:
                if hasattr(w, "span") and hasattr(w, "value"):
                    found.append(w)
                elif isinstance(w, (tuple, list)):
                    found.extend(x for x in w if hasattr(x, "span") and hasattr(x, "value"))
    return found


def link_pairs(meaning) -> dict[frozenset, set[str]]:
    pairs: dict[frozenset, set[str]] = {}
    for name, links in vars(meaning).items():
        if name in ("figures", "segments") or not isinstance(links, tuple):
            continue
        for link in links:
            figs = _figures_of(link)[:12]  # a long list link: its neighbours are enough
            for i, a in enumerate(figs):
                for b in figs[i + 1:]:
                    if a.id != b.id:
                        pairs.setdefault(frozenset((a.id, b.id)), set()).add(name)
    for name, ids in meaning.linked_pairs.items():
        for a, b in ids:
            if a != b:
                pairs.setdefault(frozenset((a, b)), set()).add(name)
    return pairs


def read_document(fold: str, path: Path) -> Doc:
    text = path.read_text(encoding="utf-8")
    document = Document(str(path), text)
    extracted, _ = extract_with_notes(document)
    meaning = grammar.read(document, extracted)
    figures = meaning.figures
    where = places(document, figures)
    figs = []
    for k, f in enumerate(figures):
        frame = meaning.frames[f.id]
        figs.append(Fig(f.id, k, f.span.start, f.span.end, f.text, _as_number(f.low, f.unit), _as_number(f.high, f.unit),
                        _as_number(f.value, f.unit), unit_class(f), f.kind.value, frame.role.value, frame.direction or f.direction,
                        frame.modality, frame.head, f.measure, f.period, f.period_source, f.qualifier, frame.group,
                        where[f.id].sentence, where[f.id].paragraph, frame.slot))
    relations = built_in_relations(document, figures)
    findings = decide_all(relations)
    checked = [(x.check, frozenset(g.id for g in x.figures), x.status.value, True) for x in findings]
    doc = Doc(path.name, fold, text, len(text.split()), figs, link_pairs(meaning), checked)
    by_span = [(g.start, g.end, g.id) for g in figs]
    for rel in load_relations(text, path.with_suffix(".yaml")):
        ids = {}
        for name, fig in rel.figs.items():
            # the auditor's figure that holds the annotated number (its digits), else any that overlaps
            hit = [fid for s, e, fid in by_span if s < fig.num_end and fig.num_start < e] or \
                  [fid for s, e, fid in by_span if s < fig.end and fig.start < e]
            ids[name] = hit[0] if hit else None
        doc.annotated.append(Annotated(rel.kind, rel.verdict, rel.expr or "", template_of(rel.expr, list(rel.figs)), ids))
    return doc


# ---------------------------------------------------------------- templates of the annotations
def _name(node) -> str | None:
    """A figure name, allowing a constant scale on it (x * 10000000, x / 100)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)):
        if isinstance(node.right, ast.Constant):
            return _name(node.left)
        if isinstance(node.left, ast.Constant) and isinstance(node.op, ast.Mult):
            return _name(node.right)
    return None


def template_of(expr: str | None, names: list[str]):
    """The candidate template an annotated expression is an instance of, with its roles:
    ("equal", {a, b}), ("order", (greater, smaller)), ("additive", total, {p, q}),
    ("quotient", numerator, denominator, result), ("growth", {the two levels or change}, rate);
    None for a shape outside the generator (sums of more parts, four-figure identities)."""
    if not expr:
        return None
    try:
        tree = ast.parse(expr, mode="eval").body
    except SyntaxError:
        return None
    if not (isinstance(tree, ast.Compare) and len(tree.ops) == 1):
        return None
    op, left, right = tree.ops[0], tree.left, tree.comparators[0]
    if isinstance(op, ast.Eq):
        a, b = _name(left), _name(right)
        if a and b and a != b:
            return ("equal", frozenset((a, b)))
        if isinstance(left, ast.BinOp) and b:
            x, y = _name(left.left), _name(left.right)
            if isinstance(left.op, ast.Add) and x and y and len({x, y, b}) == 3:
                return ("additive", b, frozenset((x, y)))
            if isinstance(left.op, ast.Sub) and x and y and len({x, y, b}) == 3:
                return ("additive", x, frozenset((y, b)))
            if isinstance(left.op, ast.Div) and isinstance(left.left, ast.Name) and isinstance(left.right, ast.Name) \
                    and len({left.left.id, left.right.id, b}) == 3:
                return ("quotient", left.left.id, left.right.id, b)
        growth_names = {n.id for n in ast.walk(left) if isinstance(n, ast.Name)}
        if b and len(growth_names) == 2 and b not in growth_names and isinstance(left, ast.BinOp):
            return ("growth", frozenset(growth_names), b)
        return None
    if isinstance(op, (ast.Gt, ast.GtE, ast.Lt, ast.LtE)):
        a, b = left.id if isinstance(left, ast.Name) else None, right.id if isinstance(right, ast.Name) else None
        if a and b and a != b:
            return ("order", (a, b) if isinstance(op, (ast.Gt, ast.GtE)) else (b, a))
    return None


def load(path: Path) -> list[Doc]:
    """The documents `main` wrote (pickled from this file run as a script, so as __main__'s classes)."""
    class _Unpickler(pickle.Unpickler):
        def find_class(self, module, name):
            return globals()[name] if module in ("__main__", "dataset") else super().find_class(module, name)
    with open(path, "rb") as f:
        return _Unpickler(f).load()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/lr27-docs.pickle")
    docs = []
    for fold, path in tune_side_reports():
        docs.append(read_document(fold, path))
    out.write_bytes(pickle.dumps(docs))
    print(f"{len(docs)} documents, {sum(len(d.figures) for d in docs)} figures, "
          f"{sum(len(d.annotated) for d in docs)} annotated relations -> {out}")


if __name__ == "__main__":
    main()
