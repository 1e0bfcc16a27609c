"""A whole and the parts the text says make it up ("2,89,281, made up of
1,48,047 boys and 1,41,234 girls")."""
from __future__ import annotations

from itertools import chain
from typing import Iterator

from auditor import expr
from auditor import grammar, relations
from auditor.checks.base import Check, links_first
from auditor.grammar.nearby import by_sentence, is_level, layout, places, same_unit, written_in_digits
from auditor.checks.difference import content_words, label
from auditor.document import Document
from auditor.grammar import lexicon
from auditor.grammar.parts import (
    comma_and_in,
    compared_against_before,
    each_after_list,
    is_a_year,
    is_residual_group,
    joined_by_and,
    list_goes_on,
    names_a_whole_left_over,
    names_a_whole_then_parts,
    names_parts_then_their_total,
    opens_a_list_of_parts,
    opens_on_the_whole_before,
    part_label,
    per_item_between,
    picked_out_before,
    sentence_end,
    whole_taken_apart_before,
    year_after_list,
    year_said_after,
    years_in,
)
from auditor.model import Figure, Relation

ID = "sum-of-parts"
DOC = """\
## What it checks
A total and the parts the text says make it up. The parts must add up to the
total within what rounding allows.

It reads:

- a whole, then "of which", "made up of", "split between", "consisting of" or
  "broken down into" ("break down as", "broke down as", "split as", "divided
  as"), then its parts: "12,480 pupils, split between 6,310 boys and 6,170
  girls", "The 3,186 road deaths break down as 1,402 pedestrians, ... and 295
  other road users" (a last part labelled "other" or "others" is the rest, so
  the list is whole); "of which", the calque "whose" right before an amount
  ("1,412.5 billion FCFA, whose 868.3 billion FCFA of fiscal receipts and
  544.2 billion FCFA of non-fiscal receipts"; after a noun of the whole's own,
  only before a place or kind: "300 firms, whose 2,000 employees" is the
  English relative) and "including" only when the
  parts leave nobody out: boys and girls, urban and rural, a last part "the
  rest";
- parts, then "make up", "a total of", "came to" or "add up to", then the
  whole: "4,200 grants to farmers and 1,850 to fishers, a total of 6,050"
  (after "led by", "including" or "mainly" right before the list, the parts
  are some of the whole, no more than it: part-exceeds-whole);
  amounts of the spans of a period, then "for a full-year" (or "for an annual
  total of", "for a first-quarter total of") and the period's level: "₦412.6bn
  in the first quarter, ₦398.1bn in the second, ₦455.7bn in the third and
  ₦501.2bn in the fourth, for a full-year ₦1.77trn" (not "for a full-year
  forecast of");
- a sum written out with "=" and "+", the whole either side, each term with
  its label in words or brackets: "229 = 102 (ruling party) + 81 (main
  opposition) + 46", "14,210 petrol + 6,385 diesel = 20,595" (not when another
  operator joins a term: part of a longer formula);
- parts, then a sentence whose total points back to them with a totalling verb:
  "... while the border gates saw 171,737. Arrivals in that month totaled
  1,168,988", "Together the two amounted to $792 million";
- a total its sentence says joins a counted number of things ("the two
  sources", "the three mills", "both ferries", with "together", "combined",
  "between them", "in all" or "altogether"), against that many levels of its
  unit told in the sentences before it (or after it, when the total comes
  first): "Ferry A carried 58,200 passengers. Ferry B carried 41,700. Combined,
  the two ferries carried 99,900" (a capacity is no part of what was done);
- a subject that lists its parts, each in brackets after its label, then a
  verb of a level (not of a move) and their whole: "Spending on the three
  programmes, meals (R4.12bn), transport (R1.87bn) and grants (R0.96bn),
  reached R6.95bn" (not when the list is only some of them, "including",
  nor after a verb of a move, "rose to": the brackets may hold where it rose
  from);
- a total, then sentences of the passage each stating levels of its unit,
  when the last is "the remaining" or "other", or their groups leave nobody
  out ("container cargo" and "non-container cargo"; a count of people and the
  adults and children, or women and men, counted after it): "In all, 2,140 appeals
  were heard. Tax appeals made up 1,020. Planning appeals made up 760.
  Licensing appeals made up the remaining 360" (without such words, and with
  the total marked one or a verb handing the parts out of it, they add up to
  no more than it: part-exceeds-whole);
- kinds named together, then their levels "respectively" for each of two
  years, against the level the passage states for each year, when the kinds
  leave nothing out: "Outbound and inbound calls rose from 41,500 and 38,100
  respectively in 2022 to 44,900 and 39,300 respectively in 2023. The centre
  handled 79,600 calls in 2022 and 84,200 in 2023";
- amounts opening a sentence, then "brought the total to" a figure, when no
  word calls them additions ("new", "further"): "Arrivals by air (2.1 million)
  and by sea (0.6 million) brought the total to 2.9 million" may add up to it,
  or to what they were added to, so a gap is only a question;
- parts, then the whole marked as a total: "north (2,140), centre (1,975) and
  south (1,935) - 6,050 in all";
- a part "out of" its whole, then, joined by "and" or "while", the other of
  two groups that exhaust it: "1,240 out of 2,010 applicants were women, and
  770 were men";
- a count of those with a grade "and above" ("4,555 pupils reached B plus and
  above"), against the counts of an examination's grades from A down to it;
- a whole, then a comma (or "with") and the groups that exhaust it, each
  amount before its noun: "9,640 pupils, 5,210 boys and 4,530 girls";
- a whole, then its parts in brackets, when they are complementary groups:
  "96 adoptions (51 boys and 45 girls)" (other labelled categories in brackets
  add up to no more than the whole: part-exceeds-whole);
- a whole, then a colon or dash and labelled amounts (after a dash, each
  amount may come first and be placed by "in", "from", "for", "on" or "at",
  not by a time: "A total of 8,800 homes were flooded - 5,600 in the delta and
  3,200 in the hill districts"), when a count says how many there are: "3 regions reported 6,050 cases: north (2,140), centre
  (1,975) and south (1,935)", or when the whole's clause calls it a total
  and the list's last item follows "and": "Total spending was €1.24 billion:
  €540 million on museums, €410 million on theatres and €290 million on
  libraries";
- a named total "A and B combined" ("road and rail maintenance combined came
  to €194 million"), against every statement of A and of B in the document;
- a level whose clause names two or more members joined by "and" ("Cocoa
  shipments to Ghana and Togo totalled 690 tonnes in 2022"), against the level
  each member has alone, of the same head noun (or flow: "output" and
  "produced"), unit and period, in the
  nearest of the six sentences either side that names that member and no
  other of the list (read only when every member has one; a gap is only a
  question unless the words call the level a total or a joint figure);
- a level, then a part "of them" (or "of whom", "of which" before the words
  of its clause) and, after it, the rest: "18,400 households; 6,250 of them
  rent and the remaining 12,150 own", "4,300 people, 1,900 of whom work in
  sales, with the remaining 2,400 in production";
- a sentence that splits the one level of the sentence before, its last part
  the remainder: "Admissions reached 61,240. Men accounted for 29,870 and women
  for the remaining 31,370";
- parts of a whole, then the next sentence's one amount named what is left,
  "the other", "the remaining" or a noun of the rest with the amount beside it:
  "Of these, 5,103 were container ships. The rest, 3,512, were bulk carriers"
  ("The remainder (1,187) ...");
- a whole, then its parts, the last after a verb of what is left ("leaving",
  "which leaves"): "Of the 48,250 places on offer, 31,420 were taken up,
  leaving 16,830 vacant" (not "leaving it 4 short of": a distance, no part);
- a level stated with its earlier level or its change in units, then its parts
  listed in the clauses of the sentences after it (semicolons, or a sentence
  each), each told the same way: "combined sales rose to 319.86 lt, from
  282.64 lt. Urea sold 183.95 lt against 172.11 lt; DAP 63.96 lt against
  51.48 lt; ... and complex fertilisers 64.23 lt against 51.97 lt" (or in
  the sentences before a whole called a total, back to another total); the
  levels add up to the level, the earlier levels to its earlier level, the
  changes to its change. Sure when the last part is "other" or "the rest",
  the groups leave nothing out, or the whole is called a total ("combined",
  "totalled") and the list closes on "and"; otherwise a gap is only a
  question, and read only when the parts are one sentence's list or of one
  noun. Not read when words pick parts out ("among", "including", "the
  largest"), for the lines of a list, or for a part of another flow;
- an anaphor for the whole, then clauses parted by semicolons, one part each:
  "Of this total, the primary industry was 512.4; the secondary 2,748.9; and
  the tertiary 3,419.1";
- the changes of parts against the change of their whole, when the parts'
  levels, each stated with its change in units, add up to the whole's level
  within three sentences: "air arrivals 41,215, up 2,840; sea arrivals 17,715,
  up 600; total 58,930, up 3,440" (only levels of three significant figures or
  more, so that their sum is no coincidence).

It still reads "Of the W ..., A were male and B female", parts whose whole is
named in another sentence, and "X and Y together were worth T". A list not read
to its end is reported only as plausible. A word and its negation leave nobody
out, with "non-" or a prefix glued to a stem of five letters or more ("valid" and
"invalid" ballots, "insured" and "uninsured"; not "come" and "income"). Groups that leave nobody out do not
when a member's measure names a kind between its group's word and the noun
the members share: "adult fiction e-book revenues" and "children's e-book
revenues" leave adult non-fiction out.

## Why it matters
When parts are revised and the total is not (or the reverse), the breakdown no
longer adds up, and readers who add it up stop trusting the table.

## Example
The district enrolled 12,480 pupils, split between 6,310 boys and 6,170 girls.
(6,310 + 6,170 = 12,480.)

## Fix
Correct the part or the total that is wrong, or say what the parts leave out.
"""


def _sentence_levels(sentence_figures: list[Figure], unit_of: Figure) -> list[Figure]:
    return [f for f in sentence_figures if is_level(f) and same_unit(f, unit_of) and not f.qualifier]


def _relation(parts: list[Figure], whole: Figure, certain: bool = True, readings=()) -> Relation:
    names = {f"p{i}": p for i, p in enumerate(parts)}
    return Relation(ID, expr.parse(" + ".join(names) + " == whole"), {**names, "whole": whole},
                    f"{' + '.join(p.text for p in parts)} against the total {whole.text}", certain=certain,
                    readings=tuple(readings))


# ---- "Of the W ..., A are X, B are Y and C are Z": a whole and a list of its parts --------------

_PAIRS = ({"male", "female"}, {"boy", "girl"}, {"urban", "rural"})


def _part_label(document: Document, f: Figure) -> str:
    return part_label(document.text, f.span.start, f.span.end)


def _exhaustive(document: Document, parts: list[Figure], colon_list: bool) -> bool:
    """The parts name groups that leave nobody out: male and female, urban and rural,
    a residual group ('not economically active', 'the rest'), or a 'Label: N' list
    introduced by the whole and a colon."""
    if colon_list:
        return True
    labels = [_part_label(document, p) for p in parts]
    words_of = [content_words(x) for x in labels]
    if any(not w or len(w) > 3 for w in words_of):
        return False
    if len(parts) == 2 and {w[-1] for w in words_of} in _PAIRS and all(len(w) == 1 for w in words_of):
        return True
    residual = [x for x in labels if is_residual_group(x)]
    return len(residual) == 1 and is_residual_group(labels[-1])


def _whole_then_list(document: Document, whole: Figure, levels: list[Figure], others: list[Figure]) -> Relation | None:
    """'Of the 574,125 who sat, 300,995 were male and 273,130 female'; 'Of the 41.7m males: Fully
    employed: 21.1m, Underemployed: 11m, Unemployed: 9.6m'."""
    text = document.text
    if not written_in_digits(whole):
        return None  # "(out of five)": number words name categories more often than totals
    sentence_start = max(text.rfind("\n", 0, whole.span.start), text.rfind(". ", 0, whole.span.start) + 1, 0)
    if not opens_a_list_of_parts(text[sentence_start:whole.span.start]):
        return None
    later = [f for f in levels if f.span.start > whole.span.end]
    if len(later) < 2:
        return None
    first_gap = text[whole.span.end:later[0].span.start]
    if any(whole.span.end < f.span.start < later[0].span.start for f in others) or ";" in first_gap \
            or len(first_gap) > 90 or per_item_between(first_gap):
        return None
    parts = [later[0]]
    for f in later[1:]:
        gap = text[parts[-1].span.end:f.span.start]
        if not list_goes_on(gap) or any(parts[-1].span.end < o.span.start < f.span.start for o in others):
            break
        parts.append(f)
    if len(parts) < 2:
        return None
    rest = text[parts[-1].span.end:sentence_end(text, parts[-1].span.end)]
    if each_after_list(rest):
        return None
    last_gap = text[parts[-2].span.end:parts[-1].span.start]
    labelled = all(_after_colon(text, p) for p in parts)
    colon_list = labelled and first_gap.count(":") >= 2  # "W ...: Label: A, Label: B"
    if not (colon_list or joined_by_and(last_gap)):
        return None
    if not _exhaustive(document, parts, colon_list):
        return None  # "Of the 500 students, 300 passed maths and 250 English": the groups overlap or leave some out
    return _relation(parts, whole)


def _after_colon(text: str, f: Figure) -> bool:
    """Whether a figure follows a colon ("Fully employed: 21.1m"), white space aside. (Read
    backwards from the figure: a copy of all the text before it would cost the length of the text.)"""
    i = f.span.start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1:i] == ":"


def _remainder(document: Document, whole: Figure, later: list[Figure]) -> Relation | None:
    """'Of the 2,771 graduates, 86 chose not to work and the remaining 2,685 were employed'."""
    if len(later) != 2 or not whole_taken_apart_before(document.text[max(0, whole.span.start - 20):whole.span.start]):
        return None
    rests = [f for f in later if names_a_whole_left_over(document.text[max(0, f.span.start - 20):f.span.start])]
    if len(rests) != 1:
        return None
    return _relation(later, whole)


# ---- parts listed here, the whole named and stated elsewhere ------------------------------------

_GENERIC = frozenset(lexicon.GENERIC_WHOLE_NOUNS)


def _own_year(document: Document, f: Figure) -> tuple[str | None, bool]:
    """The year a figure is stated for, and whether the words right after it say so ("14,77,085 in 2001")."""
    year = year_said_after(document.text[f.span.end:f.span.end + 40])
    if year:
        return year, True
    return (f.period if is_a_year(f.period or "") else None), False


class _Names:
    """The levels of a document by the words that name them (their measure's and their label's),
    indexed on first use: a name is looked up, not matched against every figure."""

    def __init__(self, document: Document, figures: tuple[Figure, ...]):
        self.document, self.figures = document, figures
        self._index: dict[str, list[Figure]] | None = None
        self._words: dict[str, set[str]] = {}

    def named(self, keys: set[str]) -> list[Figure]:
        """The levels named by every word of `keys`, in reading order."""
        if self._index is None:
            self._index = {}
            for f in self.figures:
                if is_level(f) and not f.qualifier:
                    self._words[f.id] = set(content_words(f.measure)) | label(self.document, f)
                    for word in self._words[f.id]:
                        self._index.setdefault(word, []).append(f)
        rarest = min((self._index.get(word, []) for word in keys), key=len)
        return [f for f in rarest if keys <= self._words[f.id]]


def _named_wholes(document: Document, names: _Names, name: str, year: str | None, unit_of: Figure,
                  exclude: set[str]) -> list[Figure]:
    keys = set(content_words(name))
    if not keys or keys <= _GENERIC:
        return []
    out = []
    for f in names.named(keys):
        if f.id in exclude or not same_unit(f, unit_of) or f.unit != unit_of.unit:
            continue
        if year is not None and _own_year(document, f)[0] != year:
            continue
        out.append(f)
    explicit = [f for f in out if _own_year(document, f)[1]]
    return explicit if year is not None and explicit else out


def _group_year(document: Document, parts: list[Figure], since: int) -> str | None:
    text = document.text
    after = year_after_list(text[parts[-1].span.end:parts[-1].span.end + 40])
    if after:
        return after
    years = years_in(text[since:parts[0].span.start])
    return years[-1] if years else None


def _named_elsewhere(document: Document, figures: tuple[Figure, ...], where, sentences) -> Iterator[Relation]:
    text = document.text
    names = _Names(document, figures)
    for sentence, group in sentences.items():
        levels = [f for f in group if is_level(f) and not f.qualifier and written_in_digits(f)]
        if not levels or len(levels) > 12:
            continue
        place = where[levels[0].id]
        name = names_a_whole_then_parts(text[place.sentence_start:levels[0].span.start])
        if name is not None and len(group) == len(levels) and len(levels) >= 2:
            yield from _named_groups(document, names, levels, name, place.sentence_start)
            continue
        if group[0] is not levels[0]:
            continue
        named = names_parts_then_their_total(text[place.sentence_start:levels[0].span.start])
        if named and len(group) <= 2:
            yield from _named_parts(document, figures, where, sentences, sentence, levels[0], named)


def _named_groups(document: Document, names: _Names, levels: list[Figure], name: str, start: int) -> Iterator[Relation]:
    text = document.text
    groups, current = [], [levels[0]]
    for f in levels[1:]:
        gap = text[current[-1].span.end:f.span.start]
        if ";" in gap or years_in(gap) or comma_and_in(gap):
            groups.append(current)
            current = [f]
        else:
            current.append(f)
    groups.append(current)
    since, first_exhaustive = start, None
    respectively = "respectively" in text[levels[-1].span.end:levels[-1].span.end + 30]
    for parts in groups:
        if len(parts) < 2:
            return
        labelled = all(_after_colon(text, p) for p in parts)
        exhaustive = _exhaustive(document, parts, False) or (labelled and len(parts) == 2 and _exhaustive_labels(
            document, parts))
        if first_exhaustive is None:
            first_exhaustive = exhaustive
        elif not exhaustive and respectively and first_exhaustive and len(parts) == len(groups[0]):
            exhaustive = True  # "in 2011 the figures were C and D respectively"
        year = _group_year(document, parts, since) if len(groups) > 1 or years_in(text[start:parts[0].span.start]) else None
        since = parts[-1].span.end
        if not exhaustive or (len(groups) > 1 and year is None):
            continue
        wholes = _named_wholes(document, names, name, year, parts[0], {f.id for f in levels})
        if not wholes or len(wholes) > 3:
            continue
        rel = _relation(parts, wholes[0], certain=len(wholes) == 1,
                        readings=[{**{f"p{i}": p for i, p in enumerate(parts)}, "whole": w} for w in wholes[1:]])
        yield Relation(rel.check, rel.expression, rel.figures, f"{rel.message} (the {name.strip()})",
                       readings=rel.readings, certain=rel.certain)


def _exhaustive_labels(document: Document, parts: list[Figure]) -> bool:
    keys = [content_words(_part_label(document, p)) for p in parts]
    return all(len(k) == 1 for k in keys) and {k[0] for k in keys} in _PAIRS


def _named_parts(document: Document, figures, where, sentences, sentence: int, whole: Figure,
                 names: tuple[str, str]) -> Iterator[Relation]:
    """'Exports and imports together were worth T': each part named in a nearby sentence."""
    keys = [content_words(n) for n in names]
    if not all(keys):
        return
    heads = [k[-1] for k in keys]
    if heads[0] == heads[1]:
        return
    pool = [f for s in range(sentence - 2, sentence + 4) for f in sentences.get(s, [])
            if f is not whole and is_level(f) and not f.qualifier and same_unit(f, whole) and f.unit == whole.unit
            and not (f.period and whole.period and f.period != whole.period)]
    chosen = []
    for head, other in (heads, heads[::-1]):
        named = [f for f in pool if head in label(document, f) and other not in label(document, f)]
        later = [f for f in named if f.span.start > whole.span.end]
        chosen.append(later or named)
    if not all(chosen) or len(chosen[0]) * len(chosen[1]) > 4:
        return
    readings = [{"p0": a, "p1": b, "whole": whole} for a in chosen[0] for b in chosen[1]]
    yield Relation(ID, expr.parse("p0 + p1 == whole"), readings[0],
                   f"{readings[0]['p0'].text} + {readings[0]['p1'].text} against the total {whole.text} "
                   f"({names[0].strip()} and {names[1].strip()} together)",
                   readings=tuple(readings[1:]), certain=len(readings) == 1)


# ---- "... stood at Rs 1,17,010 crore. Of this, CGST accounted for Rs 20,578 crore, SGST for ..." -----


def _outside_brackets(document: Document, f: Figure, sentence_start: int) -> bool:
    before = document.text[sentence_start:f.span.start]
    return before.count("(") <= before.count(")") and not picked_out_before(before)


def _of_this(document: Document, where, sentences) -> Iterator[Relation]:
    """Parts listed in a sentence that opens "Of this," are parts of the figure the sentence before ends on.
    The list need not name every part, so the parts may not exceed the whole."""
    for sentence, members in sentences.items():
        start = where[members[0].id].sentence_start
        if not opens_on_the_whole_before(document.text[start:members[0].span.start]):
            continue
        previous = [f for f in sentences.get(sentence - 1, ()) if is_level(f) and not f.qualifier
                    and not compared_against_before(document.text[max(0, f.span.start - 80):f.span.start])]
        if not previous:
            continue
        parts = [f for f in members if is_level(f) and not f.qualifier and written_in_digits(f)  # "402.3 ten thousand tons"
                 and _outside_brackets(document, f, start)]
        # the whole is the last figure before that can hold the parts ("between 3 and 14 March": not 3)
        wholes = [w for w in previous if parts and same_unit(w, parts[0]) and w.unit == parts[0].unit
                  and abs(w.value) >= max(abs(p.value) for p in parts)]
        if not wholes:
            continue
        whole = wholes[-1]
        parts = [f for f in parts if same_unit(f, whole) and f.unit == whole.unit]
        if len(parts) < 2:
            continue
        names = {f"p{i}": p for i, p in enumerate(parts)}
        yield Relation(ID, expr.parse(" + ".join(names) + " <= whole"), {**names, "whole": whole},
                       f"{' + '.join(p.text for p in parts)} as parts of {whole.text}")


def find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    meaning = grammar.read(document, figures)
    linked = chain(relations.sums(meaning, ID), relations.named_identities(meaning, ID, "+"),
                   relations.change_sums(meaning, ID))
    # a whole the links already read (its list exhaustive or not) is not read again by the older cues
    return links_first(linked, _find(document, figures), "whole", (link.whole.id for link in meaning.parts))


def _find(document: Document, figures: tuple[Figure, ...]) -> Iterator[Relation]:
    where = places(document, figures)
    sentences = by_sentence(document, figures, where)
    yield from _named_elsewhere(document, figures, where, sentences)
    yield from _of_this(document, where, sentences)
    in_sentence = layout(document, figures).sentences
    for whole in figures:
        if not is_level(whole) or whole.qualifier:
            continue
        place = where[whole.id]
        levels = _sentence_levels(in_sentence[place.sentence], whole)
        later = [f for f in levels if f.span.start > whole.span.end]
        remainder = _remainder(document, whole, later)
        if remainder is not None:
            yield remainder
            continue
        level_ids = {f.id for f in levels}
        others = [f for f in in_sentence[place.sentence] if f.id not in level_ids and f.span.start > whole.span.end]
        listed = _whole_then_list(document, whole, levels, others)
        if listed is not None:
            yield listed
            continue
        # a whole then its partitive ('of which'), parts then a totalling word: the meaning layer's links

CHECK = Check(ID, "Parts said to make up a total do not add up to it.", DOC, find, relates_levels=True)
