"""A table cell restated in the prose ("Energy ... 9.5%" beside a row "Energy | ... | 9.5").

The tables themselves, and which rows a clause names, are read by the one table model
(`auditor.grammar.tables`); this check decides which prose figure restates which cell.
"""
from __future__ import annotations

import re
from typing import Iterator

from auditor import expr
from auditor.checks.base import Check
from auditor.document import Document
from auditor.extract.context import verb_direction
from auditor.extract.periods import shifted
from auditor import grammar
from auditor.grammar import lexicon
from auditor.grammar.links import acronyms_spelled_out
from auditor.grammar.move_words import (
    against_a_year,
    change_noun_before,
    change_verb_before,
    leads_to_new_level,
    links_back_to_base,
    of_an_earlier_time,
    old_value_before,
    year_of_the_clause,
)
from auditor.grammar.nearby import (in_a_range, one_part_alone, places, states_its_period, the_year_before_said,
                                    whole_named_after, written_in_digits, years_written_in)
from auditor.grammar.plans import mark_or_joint_before, names_a_plan, plan_mark_after, plan_word_before, proposed
from auditor.grammar.tables import (  # noqa: F401  (by_table: ranking reads it from here)
    Row,
    RowIndex,
    bare_cell,
    by_table,
    cells_by_period,
    coordinated_rows,
    heads_old_value,
    is_change_header,
    label_words,
    level_cells,
    match_rows,
    names_a_change,
    new_column,
    of_one_period,
    rows_named_after,
    rows_named_by_share_clause,
    says_percent,
    says_scale,
    scales_of,
    series_step,
    table_headings,
    tables,
)
from auditor.model import Figure, Kind, Relation
from auditor.quantity import interval_of

ID = "table-vs-text"
DOC = """\
## What it checks
A figure in the prose that restates a cell of a table in the same report: the
prose names the row ("energy", "employment") and the period of one of the
table's columns ("in August", or none when it speaks of the latest column).
The prose figure must equal the cell, taking into account the table's scale
("('000)", "In millions of €") and a table of percentages written without the
% sign ("Annual inflation, %").

In a table of the value before, the change and the value after ("Existing
fare | Increase | New fare"), a level the prose gives after a change ("with
the 20c increase, the adult fare will now cost R14.50") restates the row's
"New" cell, and a change it gives for the row ("raised by R0.10") the row's
change cell; a level the prose gives after its change for the row ("will go up
by Rs5.92 to Rs90.69") must also be the row's "Old" cell moved by that change.
A change someone proposes or recommends is not read.

A row is named by the words of its label, or, when other labels share its head
word, by its other words alone ("kerosene" for "Kerosene oil" beside "Light
diesel oil"; a word two labels have names neither).

A figure whose words name no row's label but every word of the measure a
table's heading names ("Euro area annual inflation and its components, %"
over the prose "Annual inflation in the euro area is expected to reach 2.1%")
is the value of that table's total row ("All-items HICP", "Total", "All
workers"), when one table's heading fits.

A share whose clause after it holds every word of one row's label, of three
words at least ("74% of patients were seen within 18 weeks" beside a row
"Patients seen within 18 weeks") names that row.

A rate of change the prose gives between two years, the one its clause names and
the one after it ("in 2014 ..., leaving consumption per head 18.4% below its 2004
level", "up 12% on 2019", "has fallen 18% since 2004"), in a report with a table of
year rows whose level column is headed by a word of the change's measure ("| Year |
Litres of alcohol per head per year |"), is the change between that column's two
cells (a question when several columns fit).

A level the prose gives with its rate of change beside it, of one measure
("received 600,962 patient visits in April to June 2014, 3% more than in the
same quarter of 2013"; a headline "Smartphone shipments drop 6% to 355.2
million"), whose precise value a row holds in a column of its period beside
the row's level of the year before (600,962; 355.2 in a table "in millions of
units"), restates that row: the row's one rate of change ("18,585 (+3%)",
"-6.0%") must equal the prose's. Sure when the prose says the change is on
the year before; a change named as of another comparison ("on the previous
quarter") is not the row's.

In a table of two level columns of no period, one headed by a plan ("Heading |
Target | Collection", "Budget | Actual"), a figure of the row the prose names
restates the plan's cell when a plan word stands right before it ("against a
target of Rs 99.09 billion", also after the row's outcome in the same
sentence), else the outcome's ("Income tax brought in Rs 120 billion"). A cell
may carry a scale word ("Rs 120bn", "$517 billion").

A part or a share the prose ties to a whole of its own that no table cell
holds ("Pensioner households spent EUR 1,480, of which EUR 610 on housing, a
share of 41.2%") breaks down another group's whole: it restates no row's cell,
whichever row's label it names.

Rows the prose names side by side, joined by "and", right before one figure
("the ferry fare and the bus fare at R12.40") each hold that figure.

An acronym the text defines in brackets ("value-added tax (VAT)") names the
row of the words it stands for ("VAT brought in ..." names "Value added tax").

In a table whose rows are the periods of a series ("| Year | Coffee exports |
Tea exports |"), a level the prose gives for one of those periods ("Coffee
exports brought in $1.42 billion in 2023", "up from the $1.18 billion earned the
year before") restates that row's cell in the column whose header its words
name, more of them than any other column of its unit (other names of one
measure count alike: "online" and "ecommerce"). Its period must be written in
its clause, or be "the year before" a year its sentence writes ("last year"
counts from a time of writing the text does not fix); a subject set apart as
one part ("The northern plant alone produced"), a group's figure ("for
children") and a forecast restate no cell, and a figure whose measure has
words the header does not ("wool exports to women-owned firms") is only a
question, unless its sentence gives the same measure's level of another
period equal to that period's cell ("Complaints to the regulator fell to
14,205 in 2022 from 15,990 a year earlier" under "| 2021 | 15,990 |" of
"Complaints"): the column then counts what the sentence counts. When the
prose gives two values for one cell (two sources' estimates), a miss is only a
question.

## Why it matters
Tables and text are often written at different times; when a table is revised
and the summary is not (or the reverse), the report gives two values for one
figure and a reader cannot tell which is right.

## Example
Energy should record the highest annual rate in September (9.5%, compared with
9.2% in August), beside the table row `Energy | ... | 9.2 | 9.5` with columns
`... | Aug 2018 | Sep 2018`.

## Fix
Correct the prose or the table so that both give the same value.
"""


# --------------------------------------------------------------------------- the check

MAX_READINGS = 4


def _prose_candidate(f: Figure) -> bool:
    if not f.unit and f.value < 100 and re.fullmatch(r"\d+", f.text.strip()):
        return False  # "in Wards 7 and 8": small bare integers name things more often than they count them
    return f.direction == 0 and not f.qualifier and written_in_digits(f) and f.kind in (
        Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.NUMBER, Kind.PHYSICAL)


def _comparable(prose: Figure, cell: Figure, row: Row, column: int) -> str | None:
    """The expression that says prose == cell, or None when the two cannot be the same figure."""
    if cell.direction != 0 or cell.qualifier:
        return None
    header = row.headers[column] if column < len(row.headers) else ""
    if prose.unit == "percent":
        if cell.unit == "percent":
            return "c == p"
        # a bare number is a percentage only under its own column's "%", or in a table titled
        # "%" none of whose columns says what it holds
        in_percent = says_percent(header) or (
            not any(says_percent(h) for h in row.headers if h)
            and says_percent(" ".join([row.title, row.label])))
        if not cell.unit and cell.kind is Kind.NUMBER and in_percent:
            return "c / 100 == p"
        return None
    if prose.unit != cell.unit:
        return None
    # (a cell whose unit only the table's marker gives, "(million tonnes)", "(€ '000)", took its scale with it)
    marked = cell.unit and bare_cell(cell.text)
    if says_scale(" ".join([row.title, row.label, header])) and not says_scale(cell.text) and not marked:
        return None  # "(thousands)": the cell's scale is in words the extractor did not apply
    level = {Kind.COUNT, Kind.MONEY, Kind.PHYSICAL, Kind.NUMBER}
    if prose.kind not in level or cell.kind not in level:
        return None
    if prose.unit == "" and Kind.MONEY in (prose.kind, cell.kind) and prose.kind is not cell.kind:
        return None
    return "c == p"


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    rows = tables(document, figures)
    if not rows:
        return
    cell_ids = {c.id for r in rows for c in r.cells if c is not None}
    yield from _changes_beside_restated_levels(document, figures, rows)
    yield from _changes_between_table_years(document, figures, rows, cell_ids)
    paired: set[str] = set()  # the prose figures a row's label or a table's heading named
    for relation in _named_rows(document, figures, rows, cell_ids):
        paired.add((relation.figures.get("p") or relation.figures["n"]).id)
        yield relation
    yield from _levels_of_series_rows(document, figures, rows, cell_ids, paired)


def _named_rows(document: Document, figures: tuple[Figure, ...], rows: list[Row], cell_ids: set[str]) -> Iterator[Relation]:
    """The prose figures whose words name a row (its label, a table heading's total, a plan beside it)."""
    text = document.text
    table_lines = {r.line for r in rows}
    index = RowIndex(rows)
    where = places(document, figures)
    acronyms = acronyms_spelled_out(text)  # "value-added tax (VAT)": "VAT" names the row "Value added tax"
    of_another_whole = _of_another_whole(grammar.read(document, figures), rows, cell_ids)
    previous: Figure | None = None
    previous_rows: list[Row] = []
    previous_changed: list[Row] = []  # the rows the previous figure, a change, was a change of
    for k, f in enumerate(figures):
        line_start = text.rfind("\n", 0, f.span.start) + 1
        line_end = text.find("\n", f.span.start)
        if f.id in cell_ids or line_start in table_lines or "|" in text[line_start:line_end if line_end >= 0 else len(text)]:
            previous, previous_rows, previous_changed = None, [], []
            continue
        place = where[f.id]
        same_sentence = previous is not None and where[previous.id].sentence == place.sentence
        clause_start = previous.span.end if same_sentence else place.sentence_start
        before = text[clause_start:f.span.start]
        candidate = _prose_candidate(f)
        # a change ("raised by Rs5.01") is no cell's level, but the row it names is the one the level
        # after it belongs to
        named = match_rows(_acronyms_spelled(before, acronyms), f, index) \
            if candidate or (f.direction and written_in_digits(f)) else []
        if not named and candidate and index.titled:
            # no row's label in the words, but every word of a table heading's measure: the row of its total
            named = index.named_by_title(label_words(before) | label_words(f.measure))
        matched = named if candidate else []
        named_after = rows_named_after(text[f.span.end:min(f.span.end + 50, place.sentence_end)], index)
        if not named_after and f.unit == "percent":
            # "74% of patients were seen within target": a share whose clause after it holds every word of a row
            named_after = rows_named_by_share_clause(text[f.span.end:min(f.span.end + 100, place.sentence_end)], index)
        if named_after:
            matched = named_after  # "from 8.0% in Central region to 9.0% in East region"
        if mark_or_joint_before(text[max(clause_start, f.span.start - 40):f.span.start]) or \
                plan_mark_after(text, f.span.end):
            matched = []  # "together achieved 98.4%", "the 15 per cent target": not one cell's value
        changed_rows = named if f.direction else []
        if change_verb_before(text[max(clause_start, f.span.start - 30):f.span.start]) or (
                f.unit == "percent" and change_noun_before(text[max(place.sentence_start, f.span.start - 40):f.span.start])):
            matched, changed_rows = [], named  # "expanding 7.2%": a rate of change, not a level the table restates
        linked = borrowed = False
        # "against a target of Rs 99.09 billion": a plan word right before the figure
        plan_said = plan_word_before(text[max(clause_start, f.span.start - 40):f.span.start])
        if not matched and same_sentence and previous_rows and (links_back_to_base(before) or plan_said):
            # ("brought in Rs 120 billion in the period, against a target of Rs 99.09 billion": the same row's plan)
            matched, linked = previous_rows, True
        elif same_sentence and previous_changed and leads_to_new_level(before) \
                and (not matched or matched == previous_changed):
            # "light diesel oil will go up by Rs5.92 to Rs90.69": the row whose change was just given (whether or
            # not the level's own measure names it again)
            matched, borrowed = previous_changed, True
            if len(previous_changed) == 1 and _prose_candidate(f):
                relation = _moved_from_the_old_cell(previous, f, previous_changed[0])
                if relation is not None:
                    yield relation
        previous, previous_rows, previous_changed = f, matched, changed_rows
        # "the authority had proposed a Rs1 increase": a change asked for, not the one the table gives
        # (searched only for a figure the answer matters to: the search runs from the sentence's start)
        if len(changed_rows) == 1 and written_in_digits(f) and not proposed(text, place.sentence_start, f):
            relation = _change_restated(f, changed_rows[0], index.levels)
            if relation is not None:
                yield relation
        if not matched or not _prose_candidate(f) or f.id in of_another_whole:
            continue
        if in_a_range(text, figures, k):
            continue  # "a 95% confidence interval of 41% to 61%": the ends of a range, not one cell's value
        nxt = min(figures[k + 1].span.start if k + 1 < len(figures) else len(text), place.sentence_end)
        explicit = states_its_period(text, f, clause_start, nxt)
        old = old_value_before(text[max(clause_start, f.span.start - 60):f.span.start]) or of_an_earlier_time(
            text[max(place.sentence_start, f.span.start - 120):f.span.start])
        # "brought in Rs 120 billion, against a target of Rs 99.09 billion": a figure set against the one before
        # is no level of its row, unless it is the row's plan (in a table with a plan column)
        plan_only = bool(old or linked) and not explicit
        if plan_only and not plan_said:
            continue
        of = whole_named_after(text, f.span.end) if f.unit == "percent" else None
        # "18.7% of the region's 1,146 schools": a share of what its head noun names
        of_head = label_words(of.split()[-1]) if of else frozenset()
        # "With the Rs5 increase, petrol will now sell at Rs123.30": a level in a sentence that states
        # a change, with no word of the old level before it, is the level after the change
        # (a verb of change in its own clause: another clause's may be another row's)
        after_change = (borrowed or bool(verb_direction(before))) and not proposed(text, place.sentence_start, f)
        # "the MSF rate and the Bank Rate to 5.15 per cent": rows named side by side, joined by "and",
        # right before the figure: it is each row's value
        each = coordinated_rows(before, matched) if len(matched) > 1 and not linked and not borrowed else None
        for rows in ([[row] for row in each] if each else [matched]):
            relation = _relation(f, rows, explicit, of_head, index.levels, after_change, only_new=borrowed,
                                 plan_said=plan_said, plan_only=plan_only)
            if relation is not None:
                yield relation


_TABLE_SCALES = (1, 1_000, 1_000_000, 1_000_000_000)


def _of_another_whole(meaning, rows: list[Row], cell_ids: set[str]) -> frozenset[str]:
    """The prose figures the words tie to a whole of the prose that no cell of the tables holds: the parts of it
    ("Pensioner households spent EUR 1,480, of which EUR 610 on housing") and the shares of it ("..., a share of
    41.2%"). They break down another whole than the table's (another group's), so they restate no row's cell
    however the row's label is named; a whole the table holds ("spent EUR 3,250, of which EUR 1,020 on housing"
    beside a total row of 3,250) leaves them the row's."""
    # (a cell's value in any unit, and under any scale a table's words may give it: "(thousands)", "(EUR million)")
    in_tables = {c.value * scale for row in rows for c in row.cells if c is not None for scale in _TABLE_SCALES}

    def another(whole: Figure) -> bool:
        return whole.id not in cell_ids and whole.value not in in_tables

    shares = {link.share.id for link in meaning.part_shares
              if link.whole is not None and link.part.id not in cell_ids and another(link.whole)}
    parts = {p.id for link in meaning.parts if another(link.whole) for p in link.parts if p.id not in cell_ids}
    return frozenset(shares | parts)


def _changes_beside_restated_levels(document: Document, figures: tuple[Figure, ...], rows: list[Row]) -> Iterator[Relation]:
    """A level the prose gives with its rate of change beside it, of one measure ("received 600,962 patient
    visits during April to June 2014, 3% more than in the same quarter of 2013"; "Smartphone shipments drop
    6% to 355.2 million"), whose precise value a table row holds in a column of its period (600,962; 355.2
    under "(shipments in millions of units)"), beside its level of the year before: the row's one rate of
    change ("18,585 (+3%)", "-6.0%") is the prose's, told again. Sure when the prose says it is on the year
    before ("than in the same quarter of 2013", "from a year earlier"); else a question. A change the prose
    names as of another comparison ("quarter-on-quarter") is not the row's, nor is a row's whose other
    level is of another period than the year before (its rate may span other columns)."""
    text = document.text
    where = places(document, figures)
    in_rows: dict[int, list[Figure]] = {}  # the figures of each row's line, by the row's offset
    line_of = {r.line: r for r in rows}
    for f in figures:
        line = text.rfind("\n", 0, f.span.start) + 1
        if line in line_of:
            in_rows.setdefault(line, []).append(f)
    by_value: dict = {}  # a precise level cell's value (scaled as its table says) -> (row, column, cell)
    headings = table_headings(text, rows)
    for row in rows:
        for column, cell in level_cells(row):
            if cell.unit or not _precise_digits(cell):
                continue
            for scale in scales_of(row, column, headings[row.table]):
                by_value.setdefault(cell.value * scale, []).append((row, column, cell, scale))
    if not by_value:
        return
    for k in range(len(figures) - 1):
        pair = (figures[k], figures[k + 1])
        for level, change in (pair, pair[::-1]):
            if level.direction or level.unit or level.qualifier or not _precise_digits(level) \
                    or not change.direction or change.unit != "percent" or change.measure != level.measure \
                    or not level.measure or where[level.id].sentence != where[change.id].sentence \
                    or level.span.start in line_of or text.rfind("\n", 0, level.span.start) + 1 in line_of:
                continue
            held = [h for h in by_value.get(level.value, ()) if of_one_period(level.period, h[2].period)]
            if len(held) != 1:
                continue
            row, column, cell, scale = held[0]
            rates = [f for f in in_rows.get(row.line, ()) if f.direction and f.unit == "percent"]
            if len(rates) != 1 or rates[0].direction != change.direction:
                continue
            # the row's other level: what its change is from
            others = [c for i, c in level_cells(row) if i != column and c.period and c.unit == cell.unit]
            year_apart = len(others) == 1 and cell.period and others[0].period == shifted(cell.period, -1, "year")
            if not year_apart or change.change_of and change.change_of != "year-on-year":
                # a row of other periods may give its rate over another span than its levels' ("Jan 12 to Feb 12 |
                # Feb 11 to Feb 12"); "3% on the previous quarter" is not the row's change on the year before
                continue
            sentence = text[where[change.id].sentence_start:where[change.id].sentence_end]
            said = bool(change.change_of) or others[0].period[:4] in sentence
            yield Relation(ID, _SAME_CHANGE, {"p": change, "c": rates[0]},
                           f"{change.text} restates the table cell {rates[0].text} ({row.label.strip()}), the change "
                           f"of its {cell.text}", certain=said)
            yield Relation(ID, expr.parse(f"c * {scale} == p"), {"p": level, "c": cell},
                           f"{level.text} restates the table cell {cell.text} ({row.label.strip()})")


def _levels_of_series_rows(document: Document, figures: tuple[Figure, ...], rows: list[Row], cell_ids: set[str],
                           paired: set[str]) -> Iterator[Relation]:
    """A level the prose gives for a period ("Coffee exports brought in $1.42 billion in 2023", "up from the $1.18
    billion earned the year before") in a report with a table whose rows are the periods of a series ("| Year |
    Coffee exports | Tea exports |", "| 2023 | $1,420 million | $612 million |"): it restates the cell of its
    period's row in the column whose header its words name, more of its words than any other column of its unit
    ("coffee exports"). The period must be written in the figure's clause, or be "the year before" a year its
    sentence writes: "last year" counts from a time of writing the text does not fix. A subject set apart as
    one part ("The northern plant alone produced"), a group's figure ("for children") or a forecast is not the
    column's level; a figure whose measure has words the header does not ("wool exports to women-owned firms")
    only a question. When the prose gives
    another value for the same cell ("The Commerce Department puts 2018 online spending at $513.61 billion"
    beside "$517.36 billion online in 2018"), the table restates one of them: only a question."""
    text = document.text
    columns = []  # (header words, {period: cell}, {period: row}, column index) of each level column of a series
    for table in by_table(rows):
        for i, header in enumerate(table[0].headers):
            if not header or is_change_header(header):
                continue
            periods = cells_by_period(table, i)
            if periods and len(periods) >= 2 and all(series_step(p) and not c.direction for p, c in periods.items()):
                row_of = {c.period: row for row in table if len(row.cells) > i and (c := row.cells[i]) is not None}
                columns.append((_measure_words(header), periods, row_of, i))
    if not columns:
        return
    where = places(document, figures)
    frames = grammar.read(document, figures).frames
    # (prose figure, cell, expression, whether its period is written for it, whether its measure says nothing the
    # header does not, the column's number)
    readings = []
    for f in figures:
        if f.id in cell_ids or f.id in paired or not _prose_candidate(f) or not f.period:
            continue
        place = where[f.id]
        line_start = text.rfind("\n", 0, f.span.start) + 1
        if "|" in text[line_start:place.sentence_end]:
            continue
        before = text[place.sentence_start:f.span.start]
        dated = f.period_source == "stated" or (
            # "in 2018, ... the $449.88 billion they spent the year before": a year its sentence wrote, moved by
            # a phrase of its own clause that counts from that year
            f.period_source == "shifted" and f.period[:4].isdigit()
            and str(int(f.period[:4]) + 1) in years_written_in(before)
            and the_year_before_said(text, f.span.end, place.sentence_end))
        near = text[max(place.sentence_start, f.span.start - 40):f.span.start]
        if mark_or_joint_before(near) or plan_word_before(near) or plan_mark_after(text, f.span.end) \
                or change_verb_before(text[max(place.sentence_start, f.span.start - 30):f.span.start]) \
                or proposed(text, place.sentence_start, f):
            continue  # a sum of several, a plan, a rate of change or a proposal: not the row's level
        if one_part_alone(before):
            continue  # "The northern plant alone produced 2,115 GWh": one part of what the column counts
        frame = frames[f.id]
        if frame.modality != "stated":
            continue  # a forecast, a plan: not the column's level
        words = _measure_words(f.measure) | _measure_words(before)
        fitting = []  # (words in common, cell, expression, header words, number) of each column of the figure's period and unit
        for n, (header_words, periods, row_of, i) in enumerate(columns):
            cell = periods.get(f.period)
            if cell is None or cell.qualifier:
                continue
            expression = _comparable(f, cell, row_of[f.period], i)
            if expression is not None:
                fitting.append((len(header_words & words), cell, expression, header_words, n))
        fitting.sort(key=lambda fit: -fit[0])
        if not fitting or fitting[0][0] == 0 or len(fitting) > 1 and fitting[1][0] == fitting[0][0]:
            continue  # no column's header named, or two named alike: the words do not say which the figure is
        if frame.group and not _measure_words(frame.group) & fitting[0][3]:
            continue  # a group's figure the header does not name ("emergency admissions for children")
        # sure only when the figure's own measure says nothing the header does not ("coffee exports" under
        # "Coffee exports"); more words may narrow it to a part ("wool exports to women-owned firms")
        readings.append((f, fitting[0][1], fitting[0][2], dated, _measure_words(f.measure) <= fitting[0][3],
                         fitting[0][4]))
    values: dict[str, set] = {}  # each cell's values in the prose
    for f, cell, _, _, _, _ in readings:
        values.setdefault(cell.id, set()).add(f.value)
    borne_out = _columns_borne_out(readings, where)
    for f, cell, expression, dated, named, column in readings:
        if dated:
            yield Relation(ID, expr.parse(expression), {"p": f, "c": cell},
                           f"{f.text} restates the table cell {cell.text} ({cell.period}, {cell.measure})",
                           certain=(named or (where[f.id].sentence, column) in borne_out) and len(values[cell.id]) == 1)


def _columns_borne_out(readings: list, where) -> set[tuple]:
    """The (sentence, column) pairs where a sentence's measure is shown to be the column's: two figures of one
    measure in one sentence ("Complaints to the regulator fell to 14,205 in 2022 from 15,990 a year earlier"),
    one of them equal to the column's cell of its own period ("| 2021 | 15,990 |" under "Complaints"). A header
    shorter than the sentence's name ("Complaints") may be of a wider measure, but not one whose cell for the
    other period the sentence gives exactly: the column counts what the sentence counts, and its other
    period's cell is then that measure's too."""
    by_sentence: dict[tuple, list] = {}
    for f, cell, _, _, _, column in readings:
        by_sentence.setdefault((where[f.id].sentence, column, f.measure), []).append((f, cell))
    borne_out = set()
    for (sentence, column, _), pairs in by_sentence.items():
        if len({cell.period for _, cell in pairs}) >= 2 and any(f.value == cell.value and f.unit == cell.unit
                                                                 for f, cell in pairs):
            borne_out.add((sentence, column))
    return borne_out


def _measure_words(text: str) -> frozenset:
    """The words of a label or clause, each other name of one measure given as its family's
    ("online sales" and "U.S. Ecommerce Sales" share "ecommerce"; "revenue" and "sales" one word)."""
    return frozenset(_NAME_KEYS.get(w, w) for w in label_words(text)) | frozenset(
        _NAME_KEYS[w] for w in lexicon.folded_words(text) if w in _NAME_KEYS)


_NAME_KEYS = lexicon.SYNONYM_KEY | lexicon.KIND_SYNONYM_KEY


def _changes_between_table_years(document: Document, figures: tuple[Figure, ...], rows: list[Row],
                                 cell_ids: set[str]) -> Iterator[Relation]:
    """A rate of change in the prose between two years ("consumption fell 0.3% in 2014, leaving consumption per head
    18.4% below its 2004 level"), where a table's rows are labelled by years and one of its level columns is headed
    by words of the change's measure ("| Year | Litres of alcohol per head per year |"): the change from the cell of
    the year it is measured against to the cell of the year its clause names. A question unless exactly one
    column's header shares a word with the measure."""
    text = document.text
    columns = []  # (header words, {year: cell}) of each level column of a table of year rows
    for table in by_table(rows):
        for i, header in enumerate(table[0].headers):
            if not header or is_change_header(header):
                continue
            years = cells_by_period(table, i)
            if years and len(years) >= 2 and all(series_step(p) == "year" and not c.direction for p, c in years.items()):
                columns.append((label_words(header), years))
    if not columns:
        return
    where = places(document, figures)
    for f in figures:
        if f.id in cell_ids or f.unit != "percent" or f.qualifier:
            continue
        against = against_a_year(text[f.span.end:f.span.end + 40])
        place = where[f.id]
        year = year_of_the_clause(text[place.sentence_start:f.span.start])
        if against is None or year is None or year == against[0]:
            continue
        direction = against[1] or f.direction
        if not direction:
            continue
        measure = label_words(f.measure)
        fitting = [(words & measure, years) for words, years in columns
                   if against[0] in years and year in years and words & measure]
        if not fitting:
            continue
        _, years = fitting[0]
        old, new = years[against[0]], years[year]
        falls = direction < 0 and f.value > 0
        claim = expr.parse("(o - n) / o == c" if falls else "(n - o) / o == c")
        yield Relation(ID, claim, {"c": f, "n": new, "o": old},
                       f"{f.text} as the change from the table's {old.text} ({old.period}) to its {new.text} ({new.period})",
                       certain=len(fitting) == 1)


def _acronyms_spelled(words: str, acronyms: dict[str, str]) -> str:
    """The words with each acronym the text defines followed by the words it stands for, in both forms of a
    hyphened word ("VAT" -> "VAT value-added tax value added tax"): a row may be labelled by the acronym
    ("SDF") or by its words either way."""
    for acronym, phrase in acronyms.items():
        if acronym in words:
            spelled = f"{acronym} {phrase} {phrase.replace('-', ' ')}" if "-" in phrase else f"{acronym} {phrase}"
            words = re.sub(rf"\b{acronym}\b", lambda _: spelled, words)
    return words


def _precise_digits(f: Figure) -> bool:
    """Four significant digits at least ("600,962", "355.2"): a value no other cell holds by chance."""
    return len(f.text.strip("0., ")) >= 4 and sum(ch.isdigit() and ch != "0" for ch in f.text) >= 3


def _sum_of_the_rows(f: Figure, cells: list[Figure]) -> bool:
    """Whether a text figure whose words name several rows is the sum of their cells (in its unit)."""
    if len(cells) < 2 or any(c.unit != f.unit for c in cells):
        return False
    total = interval_of(cells[0])
    for cell in cells[1:]:
        total = total + interval_of(cell)
    return total.meets(interval_of(f))


def _plan_or_outcome(row: Row, levels: list, plan_said: bool, explicit: bool) -> int | None:
    """In a row of two level columns of no period, one headed by a plan ("Target | Collection", "Budget |
    Actual", "Estimate | Outturn"), the column a prose figure restates: the plan's when a plan word stands
    right before the figure ("against a target of Rs 99.09 billion"), else the outcome's. None when the
    columns are of periods or of other measures, or when the prose names a period of its own (the table's
    may be another)."""
    if len(levels) != 2 or explicit or any(cell.period for _, cell in levels):
        return None
    plans = [i for i, _ in levels if i < len(row.headers) and names_a_plan(row.headers[i])]
    if len(plans) != 1:
        return None
    return plans[0] if plan_said else next(i for i, _ in levels if i != plans[0])


def _relation(f: Figure, matched: list[Row], explicit: bool, of_head: frozenset, levels_of,
              after_change: bool = False, only_new: bool = False, plan_said: bool = False,
              plan_only: bool = False) -> Relation | None:
    """`after_change`: the figure is the level a change arrives at, so a row's "New ..." column holds
    it; `only_new`: the row was named for that change only, so only such a column may be read;
    `plan_said`: a plan word stands right before the figure ("a target of"); `plan_only`: only a row's
    plan column may be read (the figure is set against another)."""
    readings, certain = [], True
    columns: dict[int, set[int]] = {}
    for row in matched:
        levels, latest = levels_of(row)
        new = new_column(row, levels) if after_change else None
        if only_new and new is None:
            continue
        told = _plan_or_outcome(row, levels, plan_said, explicit) if new is None else None
        if plan_only and told is None:
            continue
        for i, cell in levels:
            if new is not None:
                if i != new:
                    continue  # "Existing price | New price": the level after the change is the new one's
            elif told is not None:
                if i != told:
                    continue  # "Target | Collection": the figure is the plan's or the outcome's, as its words say
            elif cell.period and f.period:
                if cell.period != f.period:
                    continue
                if not explicit and cell.period != latest:
                    certain = False
            elif cell.period or f.period or len(levels) != 1:
                if not (len(levels) == 1 and not cell.period):
                    continue
            if of_head and not of_head & label_words(" ".join([row.headers[i], row.label, row.title])):
                continue  # the column holds another share than the one the text names
            expression = _comparable(f, cell, row, i)
            if expression is None:
                continue
            readings.append((expression, {"p": f, "c": cell}))
            if len(readings) > MAX_READINGS:
                return None  # too many cells fit (a table given again): the rest need not be read
            columns.setdefault(id(row), set()).add(i)
    if not readings:
        return None
    if any(len(c) > 1 for c in columns.values()):
        certain = False  # candidates, passes and rate in one row: the text has not said which column it restates
    expressions = {e for e, _ in readings}
    if len(expressions) != 1:
        return None
    if len(columns) > 1 and _sum_of_the_rows(f, [b["c"] for _, b in readings]):
        return None  # "full-time or part-time, 12,624": the words name two rows, and the figure is their sum
    bindings = [b for _, b in readings]
    cells = ", ".join(dict.fromkeys(b["c"].text for b in bindings))
    return Relation(ID, expr.parse(expressions.pop()), bindings[0],
                    f"{f.text} restates the table cell {cells} ({matched[0].label.strip()})",
                    readings=tuple(bindings[1:]), certain=certain)


def _change_restated(f: Figure, row: Row, levels_of) -> Relation | None:
    """A change the prose gives for a row ("petrol, raised by Rs5.01") against the row's one change
    column ("Increase"), in a table of the value before, the change and the value after: the
    same amount, whatever sign each is written with."""
    if new_column(row, levels_of(row)[0]) is None:
        return None  # in a table of periods a change column may compare other periods than the text
    changes = [(i, cell) for i, cell in enumerate(row.cells)
               if cell is not None and i < len(row.headers) and names_a_change(row.headers[i])]
    if len(changes) != 1 or changes[0][1].unit != f.unit or changes[0][1].kind is not f.kind:
        return None
    column, cell = changes[0]
    return Relation(ID, _SAME_CHANGE, {"p": f, "c": cell},
                    f"{f.text} restates the table cell {cell.text} ({row.label.strip()}, {row.headers[column].strip()})")


def _moved_from_the_old_cell(change: Figure, new: Figure, row: Row) -> Relation | None:
    """A change the prose gives for a row and the level it leads to ("Kerosene will become Rs5.46 costlier and
    will therefore be priced at Rs96.26"), in a table of the value before, the change and the value after: the
    row's old cell ("Existing price", "Old fare") moved by the prose's change is the prose's new level."""
    olds = [cell for i, cell in enumerate(row.cells) if cell is not None and i < len(row.headers)
            and heads_old_value(row.headers[i])]
    if len(olds) != 1 or olds[0].unit != new.unit or olds[0].kind is not new.kind or change.unit != new.unit \
            or olds[0].direction or olds[0].qualifier or not change.direction:
        return None
    claim = _MOVED_UP if change.direction > 0 else _MOVED_DOWN
    return Relation(ID, claim, {"o": olds[0], "c": change, "n": new},
                    f"{new.text} as the table's {olds[0].text} ({row.label.strip()}) moved by {change.text}")


_MOVED_UP = expr.parse("o + abs(c) == n")
_MOVED_DOWN = expr.parse("o - abs(c) == n")
_SAME_CHANGE = expr.parse("abs(c) == abs(p)")


CHECK = Check(ID, "A figure in the prose does not match the table cell it restates.", DOC, find)
