"""One measure of one period and subject, named across paragraphs.

A report names a level once ("Dairy output reached 1,250 tonnes in 2023") and then speaks of it far
away by the same name: a rate of change whose two levels stand in other paragraphs ("In 2022, dairy
output was 1,100 tonnes" ... "The 13.6% increase in dairy output"), or a share whose part and whole
are named by their noun phrases ("There were 8,400 new business registrations in 2022" ... "Sole
traders made up 47.3% of all new business registrations in 2022").

The key of a level is its measure's name as grammar.measures reads it from the noun phrase that holds
the figure (the folded head and its other words, a possessor among them) and the words of its clause
that say whose it is (measures.subject_words); then its period and unit. Every stated level written in
digits outside a table row is indexed once, so each query looks at the levels of one name only. A query
finds a level only when the name, the subject, the period and the unit all agree and every level so
found has one value (a level restated is one level): two different measures that share a unit ("exports",
"re-exports"), two years, or a region's and the nation's never meet under one key. Where the words of a
change or a share name no subject and the levels' clauses name one ("The mill employed 1,253 workers"),
the levels of exactly one subject are read, and the reading is only suggested.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from auditor import lazy_re
from auditor.grammar import lexicon
from auditor.extract.periods import prior_before, shifted
from auditor.grammar.frames import Frame, Role, same_unit, written_in_digits
from auditor.grammar import measures
from auditor.grammar.segments import Segment
from auditor.model import Figure
from auditor.quantity import interval_of


_OWN_PERIOD = frozenset({"stated", "attached", "sentence", "column"})  # a period the figure's own words give
_MAX_SUBJECTS = 12  # subjects of one measure a document may name and a reader still tell apart


@dataclass(frozen=True)
class NamedLevel:
    """A level with the name of its measure and the words of whose it is."""

    figure: Figure
    name: measures.MeasureName
    whose: frozenset[str]  # the words of its clause that say whose it is


def key_of(name: measures.MeasureName, whose: frozenset[str]) -> tuple:
    """The words that must agree for two statements to be of one measure of one subject."""
    return name.head, name.words | whose


# the roles of a change a level may be reached by ("rose 12.5% to 6,480", "fell 0.4 points to 5.1%")
_CHANGE_ROLES = (Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE)


class NamedLevels:
    """The document's stated levels, indexed by the name of their measure and their subject."""

    def __init__(self, segments: tuple[Segment, ...], frames: dict[str, Frame], percentages: bool = False):
        """`percentages`: index the levels written as percentages (a rate, a share: what a change in points moves
        between) instead of the levels in other units."""
        self._by_key: dict[tuple, list[NamedLevel]] = {}
        self._by_name: dict[tuple, list[NamedLevel]] = {}  # the same levels by their name alone, any subject
        self._alone_under_a_name: set[str] | None = None  # ids of levels no other level shares a name with
        self._heads: dict[str, list[frozenset[str]]] | None = None  # the words of the names, by head
        self._keys_by_head: dict[str, list[tuple]] | None = None  # the keys of every name, by its head
        self._original: dict[str, Figure] = {}  # a level read of the period before the one carried, as extracted
        self._in_tables: dict[tuple, list[tuple[Figure, int]]] = {}  # table cells by their label's name: (cell, table)
        for seg in segments:
            if seg.is_table_row:
                self._file_table_cells(seg, frames)
                continue
            named_here: dict[str, tuple[measures.MeasureName, frozenset[str]]] = {}  # this sentence's named levels
            for k, f in enumerate(seg.figures):
                frame = frames[f.id]
                if frame.role is not (Role.SHARE if percentages else Role.LEVEL) or frame.modality != "stated" \
                        or f.direction or f.qualifier or not written_in_digits(f) \
                        or (f.unit == "percent") != percentages:
                    continue
                name = measures.name_of(seg, k)
                told = _VERB_OF_OBJECT.search(seg.before(k, 40)) if name.shape in (measures.NOUN_AFTER, "") else None
                if not name.head and told:
                    # "The mill produced 8,940 tonnes": the verb's noun is the measure, whose the subject says
                    name = measures.name_after(" " + lexicon.VERB_MEASURE_NOUNS[told.group("verb")], "a verb's noun")
                    told = None
                if not name.head and k > 0 and frames[seg.figures[k - 1].id].role in _CHANGE_ROLES \
                        and _REACHED.match(seg.between(k - 1, k)) and f.measure:
                    # "Hotel nights rose 12.5% to 6,480": the level a change reached is of the change's measure
                    name = measures.name_after(" " + f.measure.lower(), "the level a change reached")
                whose = None
                if not name.head and k > 0 and seg.figures[k - 1].id in named_here:
                    # "Coffee exports reached $4.12 billion in 2023 and $3.66 billion in 2022": a level set against
                    # the one before it, each of its own period, is of the measure and subject said once for both
                    first = seg.figures[k - 1]
                    if f.period and first.period and f.period != first.period and same_unit(f, first) \
                            and _set_against(seg.between(k - 1, k)) and _only_a_period_after(seg.after(k, _MAX_BETWEEN)):
                        name, whose = named_here[first.id]
                # (a level named by the one it is set against is no item of a list: "... in 2023 and $3.66 billion")
                if not name.head or (measures.listed(seg, k) and whose is None) or measures.a_part(seg, k) \
                        or measures.added(seg, k) or measures.taken_from(seg, k) \
                        or name.shape == measures.NOUN_AFTER and measures.narrowed(seg, k):
                    continue  # one of a list, a part of a whole, or narrowed by what follows: no name of its own
                step = prior_before(seg.before(k, 80), 0, len(seg.before(k, 80))) \
                    if f.period_source not in _OWN_PERIOD else ""
                if step:
                    # "A year earlier, grain shipments were 3.05 million tonnes": the period before the one carried,
                    # which its words date as surely as the level it is set against
                    # (the reading of figures may have moved it already: "shifted")
                    self._original[f.id] = f
                    moved = f.period if f.period_source == "shifted" else shifted(f.period, -1, step)
                    f = replace(f, period=moved, period_source="stated")
                level = NamedLevel(f, name, measures.subject_words(seg, k, name) if whose is None else whose)
                named_here[seg.figures[k].id] = (name, level.whose)
                self._by_key.setdefault(key_of(name, level.whose), []).append(level)
                self._by_name.setdefault(key_of(name, frozenset()), []).append(level)
                if told and name.shape == measures.NOUN_AFTER:
                    # "The dealers sold 41,200 cars": also "car sales", the noun of the verb with the object's words
                    noun = measures.name_after(" " + lexicon.VERB_MEASURE_NOUNS[told.group("verb")], "a verb's noun")
                    if noun.head:
                        also = replace(level, name=replace(noun, words=name.words | {name.said}))
                        self._by_key.setdefault(key_of(also.name, also.whose), []).append(also)
                        self._by_name.setdefault(key_of(also.name, frozenset()), []).append(also)

    def part_and_fuller_whole(self, part: tuple, whole: tuple, period: str = "") -> tuple[Figure, Figure, bool] | None:
        """The one level of the name `part` of `period` (undated with none), and the one level of that period whose
        name has the whole's head and all its words and more (none of the part's own), when exactly one such
        exists: "of total revenues" names "Total industry revenues" when no other total of revenues is stated."""
        parts = [level.figure for level in self._by_name.get(part, ()) if level.figure.period == period]
        head, words = whole
        fuller = [level.figure for w in self._names_of_head().get(head, ()) if words < w and not (w & part[1])
                  for level in self._by_name[(head, w)] if level.figure.period == period]
        if len(fuller) > 1:
            # of several fuller names, the one the text calls a total: "of total revenues" is "Total industry
            # revenues", not "Streaming revenues"
            fuller = [f for f in fuller if lexicon.TOTALITY_WORDS.intersection(f.measure.lower().split())]
        if len(parts) != 1 or len(fuller) != 1 or not same_unit(parts[0], fuller[0]):
            return None
        return parts[0], fuller[0], False

    def part_narrowing_whole(self, marks: frozenset[str], whole: tuple, period: str) -> tuple[Figure, Figure, bool] | None:
        """The part a share names by a word that, set before the whole's noun, names a level of its own: "Online
        purchases made up 11% of all retail sales" is "Online retail sales were 9.3 billion rand"; "Wind made up
        25% of total electricity generation" is "Wind generation was 24.0 TWh". The part is the one level of
        `period` whose name has the whole's head and every word of `marks` (the part's words, none of them the
        whole's), the whole the one level of that period named by the whole's name, or by a fuller one without
        the marks, its clause naming every subject the part's does; and whether the part's name says the whole's
        other words too ("Online retail sales" of "retail sales"; "Wind generation" of "electricity generation"
        may be of a narrower whole: unsure). None unless exactly one of each is found."""
        head, words = whole
        if not marks or marks & words:
            return None
        names = self._names_of_head().get(head, ())
        parts = [(w, level) for w in names if marks <= w for level in self._by_name[(head, w)]
                 if level.figure.period == period]
        wholes = [level for w in names if words <= w and not (w & marks) for level in self._by_name[(head, w)]
                  if level.figure.period == period]
        exact = [level for level in wholes if level.name.words == words]
        wholes = exact or wholes
        if len(wholes) > 1:
            # of several fuller names, the one the text calls a total
            wholes = [level for level in wholes if lexicon.TOTALITY_WORDS.intersection(level.figure.measure.lower().split())]
        whole = _one([level.figure for level in wholes])
        # (a level of another unit is no part of it: "audiobook unit sales rose 9% to 48 million units" beside dollars)
        parts = [(w, level) for w, level in parts if whole is not None and same_unit(level.figure, whole)]
        part = _one([level.figure for _, level in parts])
        if part is None or whole is None \
                or any(not level.whose <= wholes[0].whose for _, level in parts):
            return None
        said_all = all(w - marks and w - marks <= words | wholes[0].name.words for w, _ in parts)
        return part, whole, said_all

    def named_once(self, f: Figure) -> bool:
        """Whether `f` is the only level stated under its name, of any subject and period."""
        if self._alone_under_a_name is None:  # found once, on the first query: most documents never ask
            self._alone_under_a_name = {levels[0].figure.id for levels in self._by_name.values() if len(levels) == 1}
        return f.id in self._alone_under_a_name

    def _names_of_head(self) -> dict[str, list[frozenset[str]]]:
        """The words of every name, by its head word (built on the first query)."""
        if self._heads is None:
            self._heads = {}
            for head, words in self._by_name:
                self._heads.setdefault(head, []).append(words)
        return self._heads

    def as_extracted(self, f: Figure | None) -> Figure | None:
        """The figure as the document's reading has it (a level read of the period before carries its own)."""
        return self._original.get(f.id, f) if f is not None else None

    def _by_subject(self, name: tuple) -> dict[frozenset[str], list[Figure]]:
        """The levels of a name grouped by the words of whose they are; {} for a name of more subjects than a
        reader could tell apart (the queries stay linear in the levels of one name)."""
        groups: dict[frozenset[str], list[Figure]] = {}
        for level in self._by_name.get(name, ()):
            groups.setdefault(level.whose, []).append(level.figure)
        return groups if len(groups) <= _MAX_SUBJECTS else {}

    def part_and_whole(self, part: tuple, whole: tuple, periods: frozenset[str]) -> tuple[Figure, Figure, bool] | None:
        """The one level of the name `part` and the one of the name `whole`, of one of `periods`, the part's clause
        naming no subject the whole's does not ("The county recorded 14,250 births in 2022" ... "Twin births
        numbered 412 in 2022"; "The firm hired 1,250 new staff" ... "The firm hired 515 women"), and whether both
        name the same one; None unless exactly one such pair is found (a region's whole is no whole of the nation's
        part)."""
        parts = self._by_subject(part)
        found = []
        for whose, wholes in self._by_subject(whole).items():
            w = _one([f for f in wholes if f.period in periods])
            if w is None:
                continue
            mine = [(subject, f) for subject, figures in parts.items() if subject <= whose for f in figures
                    if f.period in periods and same_unit(f, w)]
            p = _one([f for _, f in mine])
            if p is not None:
                found.append((p, w, all(subject == whose for subject, _ in mine)))
        return found[0] if len(found) == 1 else None

    def _file_table_cells(self, row: Segment, frames: dict[str, Frame]) -> None:
        """File each level of a table row under the name its label gives ("Coffee exports ($ million)" in the row's
        or the column's head: "coffee exports"), with its table (the paragraph the rows make up)."""
        for f in row.figures:
            frame = frames[f.id]
            if frame.role is not Role.LEVEL or frame.modality != "stated" or f.direction or f.qualifier \
                    or not written_in_digits(f) or f.unit == "percent" or not f.measure or not f.period:
                continue
            name = measures.name_after(" " + _BRACKETED.sub(" ", f.measure.lower()), "a table's label")
            if name.head:
                self._in_tables.setdefault(key_of(name, frozenset()), []).append((f, row.paragraph))

    def in_one_table(self, key: tuple, now: frozenset[str], before: frozenset[str]) -> tuple[Figure, Figure] | None:
        """The one cell of `key` of a period of `now` and the one of a period of `before`, of one unit and one
        table, when the document's tables hold no other cells of that name for those periods."""
        cells = self._in_tables.get(key, ())
        new = _one([f for f, _ in cells if f.period in now])
        old = _one([f for f, _ in cells if f.period in before])
        if new is None or old is None or not same_unit(new, old) \
                or len({table for f, table in cells if f.period in now | before}) != 1:
            return None
        return new, old

    def new_and_old(self, name: tuple, now: frozenset[str], before: frozenset[str]) -> tuple[Figure, Figure] | None:
        """The one level of `name` of a period of `now` and the one of a period of `before`, whose clauses name
        one subject, when exactly one subject has both."""
        found = []
        for levels in self._by_subject(name).values():
            new = _one([f for f in levels if f.period in now])
            old = _one([f for f in levels if f.period in before and new is not None and same_unit(f, new)])
            if new is not None and old is not None:
                found.append((new, old))
        return found[0] if len(found) == 1 else None

    def the_one_step(self, key: tuple, periods_before) -> tuple[Figure, Figure] | None:
        """The one level of `key` of a period and the one of a period before it (`periods_before(period)`), of one
        unit, when the levels of `key` make exactly one such pair; None when they make none or several."""
        by_period: dict[str, list[Figure]] = {}
        for level in self._by_key.get(key, ()):
            if level.figure.period:
                by_period.setdefault(level.figure.period, []).append(level.figure)
        found = []
        for period, levels in by_period.items():
            new = _one(levels)
            if new is None:
                continue
            old = _one([f for before in periods_before(period) for f in by_period.get(before, ()) if same_unit(f, new)])
            if old is not None:
                found.append((new, old))
                if len(found) > 1:
                    return None  # (each query stops at the second pair: linear in the levels of the name)
        return found[0] if found else None

    def new_and_old_of_a_near_name(self, key: tuple, now: frozenset[str], before: frozenset[str]) -> tuple[Figure, Figure] | None:
        """The levels of a period of `now` and of `before` under the one other name of `key`'s head that says more or
        less than `key` ("exports" and "coffee exports"), when exactly one such name has both; None when none or
        several have (a rate of "exports" beside levels of "coffee exports" and "tea exports" is of neither)."""
        if self._keys_by_head is None:  # built on the first query: most documents never ask
            self._keys_by_head = {}
            for other in self._by_key:
                self._keys_by_head.setdefault(other[0], []).append(other)
        head, words = key
        others = self._keys_by_head.get(head, ())
        if len(others) > _MAX_SUBJECTS:
            return None
        found = []
        for other in others:
            if other[1] == words or not (words < other[1] or other[1] < words):
                continue
            new = self.the_level(other, now)
            old = self.the_level(other, before, like=new) if new is not None else None
            if old is not None:
                found.append((new, old))
        return found[0] if len(found) == 1 else None

    def names_levels(self, key: tuple, periods: frozenset[str]) -> bool:
        """Whether any sentence states a level of `key` for one of `periods`, agreeing or not."""
        return any(level.figure.period in periods for level in self._by_key.get(key, ()))

    def the_level(self, key: tuple, periods: frozenset[str], like: Figure | None = None) -> Figure | None:
        """The one level of `key` stated for one of `periods` (of `like`'s unit when given); None when
        none is, or the levels found disagree (two values under one name: which one is meant?)."""
        return _one([level.figure for level in self._by_key.get(key, ())
                     if level.figure.period in periods and (like is None or same_unit(level.figure, like))])


# the words that set a level against the one before it, and the words of a period: what may stand between two levels
# of one name ("$4.12 billion in 2023 and $3.66 billion in 2022")
_SET_AGAINST = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.LEVEL_SET_AGAINST_LEVEL)})\b")
_WORD_OR_NUMBER = lazy_re.compile(r"[a-z]+|\d+")
_WORDS_OF_A_PERIOD = frozenset(lexicon.PERIOD_WORDS) | frozenset(lexicon.PERIOD_PHRASE_WORDS) \
    | frozenset(lexicon.MONTHS_BUT_MAY) | {"may"}
_MAX_BETWEEN = 60  # characters between two levels set against each other: a clause, no more


def _set_against(between: str) -> bool:
    """Whether the words between two levels set the second against the first and say nothing else but their
    periods: "in 2023 and", "last year, against", "in fiscal 2023, up from" (not "in Kenya and", "and imports")."""
    words = between.lower()
    if len(words) > _MAX_BETWEEN or any(mark in words for mark in ".;:()#"):
        return False
    against = list(_SET_AGAINST.finditer(words))
    if len(against) != 1:
        return False
    rest = words[:against[0].start()] + " " + words[against[0].end():]
    return all(w.isdigit() or w in _WORDS_OF_A_PERIOD for w in _WORD_OR_NUMBER.findall(rest))


# where the words that qualify a level end: a comma, a clause mark or another figure
_QUALIFIERS_END = lazy_re.compile(r"[,.;:()#]")


def _only_a_period_after(after: str) -> bool:
    """Whether the words after a level, up to its clause's end, say nothing but its period: "in 2022" (not "in Natal
    in 2022", "of raw sugar")."""
    return all(w.isdigit() or w in _WORDS_OF_A_PERIOD for w in _WORD_OR_NUMBER.findall(_QUALIFIERS_END.split(after, 1)[0]))


def _one(found: list[Figure]) -> Figure | None:
    """The level the figures found state, when they are of one period and agree (a level restated is one)."""
    if not found or len({f.period for f in found}) > 1:
        return None
    first = interval_of(found[0])
    return found[0] if all(interval_of(f).meets(first) for f in found[1:]) else None


_YEARS = lazy_re.compile(r"\b(?:19|20)\d\d\b")
# a unit in brackets after a table's label: "Coffee exports ($ million)"
_BRACKETED = lazy_re.compile(r"\([^()]{0,40}\)")
# a verb whose object the figure counts, right before it: "sold 41,200 cars", "exported some 3,100 tonnes of"
_VERB_OF_OBJECT = lazy_re.compile(rf"\b(?P<verb>{lexicon.alternation(tuple(lexicon.VERB_MEASURE_NOUNS))})\s+"
                                  rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# between a change and the level it reached: "rose 12.5% to 6,480", "up 4%, reaching 912"
_REACHED = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*,?\s*(?:to|reaching|at)\s+$")
# a comparison of one span with the one before: "year on year", "month-on-month"
_ON_THE_SAME = lazy_re.compile(r"\b(?:year|month|quarter|week)[\s-]on[\s-](?:year|month|quarter|week)\b")
# the words of a change right after its figure, before a base it names: "% increase", "per cent year on year"
_OWN_WORDS = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*(?:[a-z-]+\s+){0,3}$")


def _the_periods_before(change: Figure) -> frozenset[str]:
    """The periods a change of `change.period` is measured from: the year before for a year, or for a
    part of a year the same part a year before when the words say year-on-year (the step before when they
    say month-on-month or quarter-on-quarter); both when they say neither (the query then needs one)."""
    from auditor.extract.periods import shifted
    from auditor.grammar.links import _period_before

    comparison = change.change_of or ""
    if comparison.startswith(("year", "annual")):
        return frozenset({shifted(change.period, -1, "year")}) - {change.period}
    before = _period_before(change.period)
    if comparison:
        return before - {shifted(change.period, -1, "year")} or before
    return before


# a heading line of a markdown source: a section of its own, whose levels speak of other things than the next's
_HEADING_LINE = lazy_re.compile(r"(?m)^#{1,6}[ \t]")


def _sections(text: str):
    """The section a text offset falls in: the number of heading lines before it (read once per document)."""
    starts = [m.start() for m in _HEADING_LINE.finditer(text)]
    return lambda offset: bisect_right(starts, offset)


def _a_level_like(frame: Frame, level: Figure) -> bool:
    """Whether the frame's figure is a level in the unit of `level` (a percentage as a percentage is)."""
    if level.unit == "percent":
        return frame.role is Role.SHARE and frame.figure.unit == "percent"
    return frame.is_level and same_unit(frame.figure, level)


def changes_between_named_levels(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                 linked: frozenset[str], text: str = "") -> list:
    """A change whose levels its sentence does not give, its measure named by the words of the change ("The
    13.6% increase in dairy output", "Dairy output, which rose 13.6% in 2023"): from the one level of that
    name and subject stated for the period before, to the one stated for the change's own period, wherever
    in the document they stand ("Dairy output reached 1,250 tonnes in 2023" ... "In 2022, dairy output was
    1,100 tonnes"; a change in points between the percentages of that name: "The jobless rate fell 0.4 points to
    5.1% in 2023" ... "In 2022 the jobless rate was 5.5%"). Not when the change names another span ("since
    2019", "over two years") or a base that is no period before it, nor when its sentence states a level of
    the unit other than the one it reached ("rose 12.5% to 6,480": that one may be the new level), nor across a
    markdown heading. Sure when both
    levels' clauses date them, the change's own clause dates it, names the old level's year as its base or
    refers back ("the 13.6% increase"), the change's words name the levels' subject, and a change of a month
    or quarter says what it is measured on; else only suggested."""
    from auditor.grammar.links import (_BASE_NAMED, _CLAUSE_BREAK, _NEAR_PERIOD, _OTHER_SPAN, _PERIOD_AS_BASE,
                                       ChangeLink)

    levels_of: dict[bool, NamedLevels] = {}  # built when first asked: the levels in units, and the percentages
    section = _sections(text)
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for c, change in enumerate(seg.figures):
            cf = frames[change.id]
            if change.id in linked or cf.role not in (Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE) \
                    or not cf.direction or cf.modality != "stated" or change.qualifier:
                continue
            # (a change in points moves between two percentages: "The jobless rate fell 0.4 points to 5.1% in 2023"
            # ... "In 2022 the jobless rate was 5.5%")
            in_points = cf.role is Role.POINT_CHANGE
            # ("year on year" names the comparison the change is of, no base)
            after = _ON_THE_SAME.sub(" ", _CLAUSE_BREAK.split(seg.after(c, 80), 1)[0])
            # a base the change's own words name ("18.4% on 2022", "an 18.4% rise compared with its rival"), not a
            # cause further on ("came from road projects"), must be the period before
            if _OTHER_SPAN.search(after) or _OTHER_SPAN.search(seg.before(c, 60)) \
                    or any(_OWN_WORDS.match(after[:base.start()]) and not _PERIOD_AS_BASE.match(base.group("rest"))
                           for base in _BASE_NAMED.finditer(after)):
                continue
            name, whose = measures.change_name_of(seg, c)
            if not name.head:
                continue
            if in_points not in levels_of:
                levels_of[in_points] = NamedLevels(segments, frames, percentages=in_points)
            named = levels_of[in_points]
            key = key_of(name, whose)
            if not change.period:
                # "Pension assets grew by N17 billion in a single month" ... "pension assets, which stood at N8.74
                # trillion in January, had risen to N8.91 trillion by February": a change that names no period is of
                # the one step between two periods the name's levels make (none when they make two)
                pair = named.the_one_step(key, lambda period: _the_periods_before(replace(change, period=period)))
                if pair is None or any(_a_level_like(frames[f.id], pair[0]) for f in seg.figures) \
                        or not section(pair[0].span.start) == section(pair[1].span.start) == section(change.span.start) \
                        or cf.role is Role.CHANGE and not same_unit(pair[0], change):
                    continue
                new, old = (named.as_extracted(f) for f in pair)
                out.append(ChangeLink(change, old, (new,), cf.direction, False,
                                      "a change named by its measure, of no period, between the two levels of that "
                                      "measure of a period and the one before, stated elsewhere"))
                continue
            now, before = frozenset({change.period}), _the_periods_before(change)
            new = named.the_level(key, now)
            old = named.the_level(key, before, like=new) if new is not None else None
            # (else the levels of one subject the change's words do not name: "The firm employed 1,250 staff" ...
            # "Staff numbers rose 8%" may be the firm's, or another's: unsure)
            strict = old is not None
            if not strict and not whose:
                pair = named.new_and_old(key, now, before)
                new, old = pair if pair is not None else (None, None)
            near_name = False
            if (new is None or old is None) and not named.names_levels(key, now | before):
                # no level of the change's own name: the one name of its head that says more or less ("Exports rose
                # 12.4%" ... "Coffee exports reached $4.12 billion"), tied by the words alone, so only suggested
                pair = named.new_and_old_of_a_near_name(key, now, before)
                new, old = pair if pair is not None else (new, old)
                near_name = pair is not None
            in_table = False
            if new is None and not in_points and named.the_level(key, before) is None \
                    and not named.names_levels(key, now | before):
                # no sentence states either level of that name: a table may ("| Coffee exports | 3,660 | 4,120 |"),
                # tied to the change by the label's words alone, so only suggested
                pair = named.in_one_table(key, now, before)
                new, old = pair if pair is not None else (None, None)
                in_table = pair is not None
            # (a level of the unit in the change's sentence must be the new level itself: "Hotel nights rose 9.5% to
            # 6,480 in 2023", the old one stated elsewhere; the levels of another section speak of other things)
            if new is None or old is None or cf.role is Role.CHANGE and not same_unit(new, change) \
                    or any(_a_level_like(frames[f.id], new) and f.id != new.id for f in seg.figures) \
                    or not section(new.span.start) == section(old.span.start) == section(change.span.start):
                continue
            # (a change that names the old level's year as its base dates itself: "up 12.5% compared with 2022"; a
            # change of a month or quarter that names no comparison may be on the year or on the step before)
            certain = strict and not in_table and not near_name and new.period_source in _NEAR_PERIOD and old.period_source in _NEAR_PERIOD \
                and (change.period_source in _NEAR_PERIOD or name.referring or old.period[:4] in _YEARS.findall(after)) \
                and (len(change.period) == 4 or bool(change.change_of))
            new, old = named.as_extracted(new), named.as_extracted(old)
            out.append(ChangeLink(change, old, (new,), cf.direction, certain,
                                  "a change named by its measure, between that measure's levels of its period and "
                                  "the period before, stated " + ("in a table" if in_table else "elsewhere")))
    return out


# a part named before a verb of a share: "Scheme dwellings made up", "Sole traders accounted for"
_PART_VERB_BEFORE = lazy_re.compile(
    # (or a copula: "Digital revenues are now 45 per cent of total revenues")
    rf"\s(?:{lexicon.alternation(lexicon.SHARE_BEFORE_WHOLE)}|are|were|is|was)\s+(?:(?:now|still|already|also|only|just)\s+)?"
    rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# the whole after the share, named as all of a measure: "of all new dwelling completions", "of the total sales"
_OF_ALL_THE = lazy_re.compile(r"^\s*of\s+(?:all\s+(?:the\s+)?|the\s+total\s+|total\s+|the\s+)")
_CLAUSE_OPEN = lazy_re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b|\.\s|#\d+#|,")
# between the share and its part: the whole's phrase, then "with" ("..., with 3,610 sole traders")
_WITH_PART = lazy_re.compile(rf"^\s*of\s+[^#;:()]{{1,80}}?,\s*(?:with|or|that\s+is|i\.e\.)\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")


# after "of all" and the whole, a copula and the part: "41.2% of all new staff were women"
_PART_AFTER_WHOLE = lazy_re.compile(r"^(?P<whole>[a-z' -]{1,60}?)\s(?:were|was|are|is)\s+(?P<part>[a-z' -]{1,60})")
# "women's share of all new hires was", "the share of women in new hires stood at": the share's own name, then a verb
# of a level before the figure
_SHARE_OF = lazy_re.compile(r"\b(?:share|proportion|percentage)\s+of\s+(?:all\s+(?:the\s+)?|the\s+total\s+|total\s+)?")
# after the figure, its noun of a share and the whole: "38.5% share of all farm exports"
_SHARE_OF_AFTER = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*(?:market\s+)?(?:share|portion|slice)\s+of\s+"
                                  r"(?:all\s+(?:the\s+)?|the\s+total\s+|total\s+|the\s+)?")
_IN_WHOLE = lazy_re.compile(r"\s(?:in|among|of)\s+(?:all\s+(?:the\s+)?|the\s+total\s+|total\s+|the\s+)?")
_POSSESSOR_END = lazy_re.compile(r"(?:'s|’s|s'|s’)\s*$")


def _named_share_of(clause: str) -> tuple[measures.MeasureName, measures.MeasureName]:
    """The part and the whole a share names by "share of" before a verb of a level: the possessor and the phrase
    after "share of" ("Women's share of all new hires was 41.2%"), or the phrases after "share of" and after "in"
    ("The share of women in new hires stood at 41.2%"); NO_NAME twice when the clause is not so."""
    verb = measures.LEVEL_VERB_BEFORE.search(clause)
    said = list(_SHARE_OF.finditer(clause[:verb.start()])) if verb else []
    if not said:
        return measures.NO_NAME, measures.NO_NAME
    of, named = said[-1], clause[said[-1].end():verb.start()]
    possessor = _POSSESSOR_END.search(clause[:of.start()])
    if possessor:
        head = clause[:of.start()][:possessor.start()]
        return (measures.name_before(head + ("s" if possessor.group().startswith("s") else ""), "a possessor's share"),
                measures.name_after(named, "a whole after 'share of'"))
    if not clause[:of.start()].rstrip().endswith("the"):
        return measures.NO_NAME, measures.NO_NAME
    into = _IN_WHOLE.search(named)
    if not into:
        return measures.NO_NAME, measures.NO_NAME
    return (measures.name_after(named[:into.start()], "a part after 'the share of'"),
            measures.name_after(named[into.end():], "a whole after 'in'"))


def _alone(segments: tuple[Segment, ...], frames: dict[str, Frame], f: Figure) -> bool:
    """Whether `f` is the one level of its unit in its sentence ("82 TWh in the north and 64 TWh in the south"
    names two)."""
    return not any(g is not f and frames[g.id].is_level and same_unit(g, f) for g in segments[frames[f.id].segment].figures)


def shares_between_named_levels(segments: tuple[Segment, ...], frames: dict[str, Frame], placed: frozenset[str],
                                text: str = "") -> list:
    """A share whose part and whole the words name, and whose sentence states neither ("Scheme dwellings made up
    50.6% of all new dwelling completions in Q2 2021"): the part is the one level of the subject's name stated
    for the share's period ("2,539 scheme dwellings were completed this quarter"), the whole the one level of
    the name after "of all" or "of the" ("There were 5,021 new dwelling completions in Q2 2021"), wherever they
    stand; a part the sentence gives after the whole, "with N" of the part's own noun, is that part ("..., with
    3,610 sole traders registered"). Nothing when another figure of the share's sentence could be its part or
    whole, when either name finds no
    level or two that disagree, or when the part is no smaller than the whole. Sure when the share's clause
    dates it and both levels are dated near them."""
    from auditor.grammar.links import _NEAR_PERIOD, PartShareLink

    named: NamedLevels | None = None
    section = _sections(text)
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for s, share in enumerate(seg.figures):
            frame = frames[share.id]
            if share.id in placed or frame.role is not Role.SHARE or share.unit != "percent" \
                    or share.direction or frame.modality != "stated":
                continue
            # a figure of the sentence may be the part or the whole: then the sentence is read, not the names; but
            # for the part in a phrase after the whole, "with N" of the part's own noun ("Sole traders made up
            # 47.3% of all new registrations in 2022, with 3,610 sole traders registered")
            # (a figure of another clause, after a semicolon, is no part of this one's)
            others = [k for k, f in enumerate(seg.figures) if f.unit != "percent"
                      and ";" not in (seg.between(s, k) if k > s else seg.between(k, s))]
            strangers: list[int] = []
            if others and (len(others) > 1 or others[0] < s or not _WITH_PART.match(seg.between(s, others[0]))):
                # (figures of the sentence not given as the part: the names are read, but only when none of them is
                # of the unit of the part and whole found, "eBook unit sales jumped 210% to 377 million units" beside
                # a share of dollar sales, since one of that unit may be either)
                strangers, others = others, []
            before = _CLAUSE_OPEN.split(seg.before(s, 120))[-1]
            verb = _PART_VERB_BEFORE.search(" " + before)
            whole_said = _OF_ALL_THE.match(seg.after(s, 100))
            after = seg.after(s, 100)
            predicate = _PART_AFTER_WHOLE.match(after[whole_said.end():]) if whole_said and not verb else None
            if verb and whole_said:
                part_name = measures.name_before(before[:max(0, verb.start() - 1)], "a part named before its verb of a share")
                whole_name = measures.name_after(after[whole_said.end():], "a whole named after 'of all'")
            elif _POSSESSOR_END.search(before) and _SHARE_OF_AFTER.match(after):
                # "Wheat's 38.5% share of all farm exports": the possessor's share of the whole after "share of"
                owner = before[:_POSSESSOR_END.search(before).start()]
                part_name = measures.name_before(owner + ("s" if _POSSESSOR_END.search(before).group().startswith("s")
                                                          else ""), "a possessor's share")
                whole_name = measures.name_after(after[_SHARE_OF_AFTER.match(after).end():], "a whole after 'share of'")
            elif predicate and not before.strip():
                # "41.2% of all new staff were women": the share opens its clause, the part is the predicate
                whole_name = measures.name_after(predicate.group("whole"), "a whole named after 'of all'")
                part_name = measures.name_after(predicate.group("part"), "a part after the whole and 'were'")
            else:
                part_name, whole_name = _named_share_of(before)
            if not part_name.head or not whole_name.head or key_of(part_name, frozenset()) == key_of(whole_name, frozenset()):
                continue
            if named is None:
                named = NamedLevels(segments, frames)
            periods = frozenset({share.period})
            if others:
                whole = named.the_level(key_of(whole_name, frozenset()), periods)
                said = measures.name_of(seg, others[0])
                # (the part counted by its own noun, "with 3,610 sole traders", or by the whole's, "or 312,900 doses")
                part = seg.figures[others[0]] if whole is not None and (
                    said.head == part_name.head and said.words <= part_name.words
                    or said.head in whole_name.words | {whole_name.head} and not said.words - whole_name.words) \
                    and same_unit(seg.figures[others[0]], whole) else None
            else:
                pair = named.part_and_whole(key_of(part_name, frozenset()), key_of(whole_name, frozenset()), periods)
                if pair is not None and abs(pair[0].value) >= abs(pair[1].value):
                    pair = None  # (a level of the bare name smaller than the part is another's: "Its revenues rose
                    # to US$ 2.9 billion", streaming's, is no "total revenues" of digital revenues of US$ 6.7 billion)
                if pair is None:
                    # (a whole named by fewer words than its one level of the share's period, "of total revenues"
                    # for "Total industry revenues went up ... to US$ 15.0 billion": the subject the longer name
                    # adds is the report's own, or there would be a second total)
                    pair = named.part_and_fuller_whole(key_of(part_name, frozenset()), key_of(whole_name, frozenset()),
                                                       share.period)
                if pair is None:
                    # (a part named by a word that, set before the whole's noun, names a level: "Online purchases made
                    # up 11% of all retail sales" ... "Online retail sales were 9.3 billion rand")
                    pair = named.part_narrowing_whole(part_name.words or frozenset({part_name.said}),
                                                      key_of(whole_name, frozenset()), share.period)
                part, whole, one_subject = pair if pair is not None else (None, None, False)
            if part is None or abs(part.value) >= abs(whole.value) or any(same_unit(seg.figures[k], whole) for k in strangers) \
                    or not section(part.span.start) == section(whole.span.start) == section(share.span.start):
                continue
            near = _NEAR_PERIOD | {"paragraph"}
            # (a part whose clause names no subject, of a whole whose clause names one, may be another's: unsure)
            part, whole = named.as_extracted(part), named.as_extracted(whole)
            # (or, with no period anywhere, each name the name of one level in the whole document)
            undated = not (share.period or part.period or whole.period) and named.named_once(part) \
                and named.named_once(whole) and _alone(segments, frames, part) and _alone(segments, frames, whole)
            # (a share its paragraph dates, whose part is stated and dated in that paragraph: "Postpaid subscriptions
            # were 4.5 million at the end of 2018. Postpaid lines made up 6.6% of all subscriptions.")
            dated_here = share.period_source == "paragraph" and part.period_source in _NEAR_PERIOD \
                and segments[frames[part.id].segment].paragraph == seg.paragraph
            certain = ((share.period_source in _NEAR_PERIOD or dated_here) and part.period_source in near
                       and whole.period_source in near or undated) and (bool(others) or one_subject)
            out.append(PartShareLink(part, share, whole, (), "a share naming its part before its verb and its whole "
                                     "after 'of all', both stated elsewhere", certain=certain))
    return out


# a figure whose phrase says it is a part of an earlier total: "with 25.57 billion yuan of the total"
_OF_THE_TOTAL_AFTER = lazy_re.compile(r"^\s*of\s+the\s+total(?=\s*[,;.)]|\s*$)")
# a possessor's market share, its noun and verb (and perhaps a change) before the figure: "client games' market share
# tumbled 17.2% YOY to", "Domestic films' market share rose to"
_MARKET_SHARE = lazy_re.compile(r"(?:'s|’s|s'|s’)\s+market\s+share\s+(?P<rest>[^;:,.]{0,80})$")
_WORD = lazy_re.compile(r"[a-z][a-z'’-]*")
# where the possessor's phrase begins: after a clause's opening word or mark
_OWNER_CLAUSE = lazy_re.compile(r"[,;:]|#\d+#|\b(?:and|but|while|whereas|as|with|when|although)\b")
# between two parts of a sentence, the second's verb left out: "of the total, and imported films"
_GAPPED_PART = lazy_re.compile(r"^\s*(?:of\s+the\s+total)?\s*,?\s*(?:and|while|whereas)\s+(?P<who>[a-z][a-z'’ -]{0,40})$")
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "whose"})


def _same_noun(a: str, b: str) -> bool:
    """Two folded words of one noun, the one perhaps its gerund ("game" and "gaming", "film" and "filming")."""
    return a == b or _root(a) == _root(b)


def _root(word: str) -> str:
    """A folded word without a gerund's "-ing" or a silent final "e" ("gaming" and "game": gam)."""
    if len(word) >= 6 and word.endswith("ing"):
        word = word[:-3]
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def _opens_with(sentence: str, owner: list[str]) -> bool:
    """Whether the sentence opens with the owner's words: its first words hold each of them ("Client gaming still
    holds ..." for "client games")."""
    opening = [lexicon.fold(w) for w in _WORD.findall(sentence.lower()[:60])][:len(owner) + 2]
    return all(any(_same_noun(lexicon.fold(w), o) for o in opening) for w in owner if w != "the")


def market_shares_of_parts_of_the_total(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                        placed: frozenset[str], text: str = "") -> list:
    """A subject's market share whose sentence states neither part nor whole ("Domestic films' market share rose to
    45.3%"), when the document states the subject's level as a part "of the total" in a sentence that opens with
    the subject's name ("Domestic films earned 2.90 billion pesos of the total"): the share is that level's share of
    the total, the last level of its unit before that sentence, in its paragraph or the one before, of no other
    period ("Revenue of the national cinema industry rose 12% to 6.40 billion pesos"). Only suggested: a market
    share may be of another measure than the one the level counts (of sales by volume, of users)."""
    from auditor.grammar.links import PartShareLink

    section = _sections(text)
    levels = [(seg, k, f) for seg in segments if not seg.is_table_row for k, f in enumerate(seg.figures)
              if frames[f.id].is_level and frames[f.id].modality == "stated" and f.unit != "percent"
              and not f.direction and not f.qualifier and written_in_digits(f)]
    # each part "of the total" with the level it is a part of (a list of them is short: few sentences say it)
    parts = []
    for i, (seg, k, f) in enumerate(levels):
        if not _OF_THE_TOTAL_AFTER.match(seg.after(k, 30)):
            continue
        earlier = [(s, g) for s, _, g in levels[:i] if s.index < seg.index and seg.paragraph - s.paragraph <= 1
                   and same_unit(g, f) and section(g.span.start) == section(f.span.start)]
        if not earlier or _OF_THE_TOTAL_AFTER.match(earlier[-1][0].after(earlier[-1][0].figures.index(earlier[-1][1]), 30)):
            continue
        total = earlier[-1][1]
        if abs(f.value) < abs(total.value) and not (f.period and total.period and f.period != total.period):
            parts.append((seg.skeleton, f, total))  # (whose: the words that open its sentence)
            # the next parts of the sentence, their verb left out: ", and imported films 3.10 billion pesos"
            for j in range(k + 1, len(seg.figures)):
                gapped = _GAPPED_PART.match(seg.between(j - 1, j))
                g = seg.figures[j]
                if not gapped or not (frames[g.id].is_level and same_unit(g, f) and abs(g.value) < abs(total.value)):
                    break
                parts.append((gapped.group("who"), g, total))
    if not parts:
        return []
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for s, share in enumerate(seg.figures):
            frame = frames[share.id]
            if share.id in placed or frame.role is not Role.SHARE or share.unit != "percent" or share.direction \
                    or frame.modality != "stated":
                continue
            # (the possessor, its market share and the figure in one clause, no "of" naming another whole)
            said = _MARKET_SHARE.search(seg.before(s, 160))
            if not said or said.group("rest").startswith("of "):
                continue
            # the possessor's words, back to the opening of its clause ("while imported films'": imported films)
            owner = _WORD.findall(_OWNER_CLAUSE.split(seg.before(s, 160)[:said.start()].lower())[-1])
            if not owner or len(owner) > 4 or owner[0] in _POSSESSIVE_PRONOUNS:
                continue  # ("their market share": whose, the words do not say here)
            found = [(f, total) for whose, f, total in parts if _opens_with(whose, owner)
                     and (not f.period or not share.period or f.period == share.period)
                     and section(f.span.start) == section(share.span.start)]
            if len(found) != 1:
                continue
            part, total = found[0]
            if any(same_unit(f, part) for f in seg.figures):
                continue  # (a level of the part's unit in the share's sentence may be its part: that one is read there)
            out.append(PartShareLink(part, share, total, (), "a subject's market share, of the level its sentence "
                                     "gives as a part of the total and that total", certain=False))
    return out
