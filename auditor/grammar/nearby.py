"""Where figures stand relative to each other: sentence, paragraph, the words
between them, and what the words right around a figure say of it (a gap between two
others, the old level a change is from, its own share after it). Part of the meaning
layer: the checks query it; it reads text and figures, decides nothing."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

from auditor import lazy_re
from auditor.document import Document, per_document_cache
from auditor.extract import context
from auditor.extract.periods import find_periods
from auditor.grammar.frames import LEVEL_KINDS, same_unit, written_in_digits
from auditor.grammar.links import (CHANGE_TO_OLD, counted_noun, REACHED_LEVEL, SPAN_ON_SPAN, names_a_part_of_the_base, past_the_change,
                                   scale_left_out, takes_olds_in_order, time_then_and)
from auditor.grammar import cues, lexicon
from auditor.grammar.segments import subheadings
from auditor.grammar.tables import is_change_column, is_row_label, is_table_row
from auditor.model import Figure, Kind



@dataclass(frozen=True)
class Place:
    """Which sentence and paragraph a figure stands in, and the sentence's span."""

    sentence: int
    paragraph: int
    sentence_start: int
    sentence_end: int


@per_document_cache(maxsize=8)
def _places(text: str, offsets: tuple[int, ...]) -> tuple[Place, ...]:
    sentences = context.sentences_cached(text)
    out, i = [], 0
    for offset in offsets:
        while i + 1 < len(sentences) and sentences[i].end <= offset:
            i += 1
        s = sentences[i] if sentences else context.Sentence(0, len(text), 0)
        out.append(Place(i, s.paragraph, s.start, s.end))
    return tuple(out)


def places(document: Document, figures: tuple[Figure, ...]) -> dict[str, Place]:
    """Where each figure stands (by id); every check of one audit gets the same dict."""
    if _last_places[0] is not document.text or _last_places[1] is not figures:
        spots = _places(document.text, tuple(f.span.start for f in figures))
        _last_places[:] = [document.text, figures, {f.id: p for f, p in zip(figures, spots)}]
    return _last_places[2]


_last_places: list = [None, None, None]


@dataclass(frozen=True)
class Layout:
    """Where every figure of a document stands, indexed once per document: a check that
    looks for the figures of one sentence or paragraph reads them here instead of
    scanning every figure of the document for each figure it starts from."""
    where: dict[str, Place]
    order: dict[str, int]  # figure id -> its index in the document's figures
    sentences: dict[int, tuple[Figure, ...]]  # every figure, by sentence, in reading order
    paragraphs: dict[int, tuple[Figure, ...]]

    def in_sentence(self, f: Figure) -> tuple[Figure, ...]:
        return self.sentences[self.where[f.id].sentence]

    def in_paragraph(self, f: Figure) -> tuple[Figure, ...]:
        return self.paragraphs[self.where[f.id].paragraph]

    def after_in_sentence(self, f: Figure) -> list[Figure]:
        """The figures after `f` in its sentence (in the document's order of figures)."""
        k = self.order[f.id]
        return [g for g in self.in_sentence(f) if self.order[g.id] > k]

    def before_in_sentence(self, f: Figure) -> list[Figure]:
        k = self.order[f.id]
        return [g for g in self.in_sentence(f) if self.order[g.id] < k]


_last_layout: list = [None, None, None]


def layout(document: Document, figures: tuple[Figure, ...]) -> Layout:
    """The layout of `figures` in `document`; every check of one audit gets the same object."""
    if _last_layout[0] is not document.text or _last_layout[1] is not figures:
        where = places(document, figures)
        sentences: dict[int, list[Figure]] = {}
        paragraphs: dict[int, list[Figure]] = {}
        for f in figures:
            sentences.setdefault(where[f.id].sentence, []).append(f)
            paragraphs.setdefault(where[f.id].paragraph, []).append(f)
        _last_layout[:] = [document.text, figures, Layout(
            where, {f.id: k for k, f in enumerate(figures)},
            {k: tuple(v) for k, v in sentences.items()}, {k: tuple(v) for k, v in paragraphs.items()})]
    return _last_layout[2]


def between(document: Document, a: Figure, b: Figure) -> str:
    """The text between two figures, in reading order."""
    first, second = (a, b) if a.span.start <= b.span.start else (b, a)
    return document.text[first.span.end:second.span.start]


def grouped(figures: tuple[Figure, ...] | list[Figure], where: dict[str, Place], by: str) -> dict[int, list[Figure]]:
    """Every figure grouped by its "sentence" or "paragraph", in reading order."""
    groups: dict[int, list[Figure]] = {}
    for f in figures:
        groups.setdefault(getattr(where[f.id], by), []).append(f)
    return groups


def is_level(f: Figure) -> bool:
    return f.direction == 0 and f.kind in LEVEL_KINDS


def is_ratio_level(f: Figure) -> bool:
    """A ratio stated as a level that can itself change ("earnings per share 1.75")."""
    return f.direction == 0 and f.kind is Kind.RATIO


def is_percent_level(f: Figure) -> bool:
    return f.direction == 0 and f.unit == "percent"


_GAP_AMOUNT = lazy_re.compile(rf"\b(?:{cues.words(cues.GAP_NOUNS)})\s+of\s+(?:(?:{cues.words(cues.HEDGES_SHORT)})\s+)?$|"
                         rf"\b(?:{cues.stems(cues.GAP_VERB_STEMS)}|{cues.words(cues.GAP_VERBS)})\b(?:[^.;]|\.\d){{0,120}}"
                         rf"\bby\s+(?:(?:{cues.words(cues.HEDGES)})\s+)?$", re.I)


def is_gap_amount(document: Document, f: Figure) -> bool:
    """A figure given as the distance between two others ("a shortfall of Rs 165.8 billion",
    "exceeded ... by 7,820"), not as a level of its own."""
    return bool(_GAP_AMOUNT.search(document.text[max(0, f.span.start - 160):f.span.start]))




_LOWER_CASE_WORD = lazy_re.compile(r"[a-z][a-z-]+")


def words(text: str) -> set[str]:
    return {w for w in _LOWER_CASE_WORD.findall(text.lower())}


# A sentence that opens by pointing back: "That amounts to a 0.6% decline from 4.5%".
_POINTS_BACK = lazy_re.compile(rf"^\W*(?:according to [^,]{{0,40}},\s*)?(?:{cues.words(cues.POINTING_BACK)})\b", re.I)


@dataclass(frozen=True)
class Pairing:
    """The earlier level a change was paired with by their words, and the new ones."""

    old: Figure
    news: tuple[Figure, ...]  # the level the change describes, nearest reading first
    certain: bool


def pair_by_words(document: Document, change: Figure, sentence: list[Figure], previous_sentence: list[Figure],
                  old_fits, used_olds: set[str]) -> Pairing | None:
    """The old level a change's words point to ("... from O", "... than O") and the
    level it describes: the nearest one before it in the sentence or, when the
    sentence points back ("That amounts to ..."), in the sentence before."""
    after = [f for f in sentence if f.span.start > change.span.end]
    if not after or not old_fits(after[0]) or not written_in_digits(after[0]):
        return None  # "compared with the previous three months": a span of time, not a level
    old = after[0]
    between = document.text[change.span.end:old.span.start]
    if not CHANGE_TO_OLD.match(SPAN_ON_SPAN.sub(" ", between)) or REACHED_LEVEL.search(between) \
            or past_the_change(between):
        return None  # (not "rose 8% on a year earlier to 10,152": the level after 'to' is the new one)
    if time_then_and(between):
        return None  # "17 per cent lower than in 2009 and 22,660 were seriously injured": the base is named by its time
    if second_comparison(between):
        return None  # "or 10.9 percent wider than a year earlier but narrower than its all-time high of $77.357 billion":
        # the change named its base in words; the figure is the second comparison's
    if names_a_part_of_the_base(between):
        return None  # "up 5% over the prior year, which included a $15M gain": a part of the base, not its level
    used_olds.add(old.id)
    later = [f for f in sentence if f.span.start > old.span.end]
    if later and _FROM_IN_WORDS.search(between) and _TO_NEW_LEVEL.match(document.text, old.span.end, later[0].span.start) \
            and later[0].direction == 0 and same_unit(later[0], old):
        # "fell 14.3% (from 4.9 to 4.2) in Georgia": the move's own "from O to N" names the new level
        # too; a level said before the change ("among 36 states, ...") is not it
        used_olds.add(later[0].id)
        return Pairing(old, (later[0],), True)
    before = [f for f in sentence if f.span.end < change.span.start]
    if before and before[-1].direction != 0 and before[-1].unit == change.unit:
        return None  # another change stands between: the pairs are not clear
    if before and later and before[-1].unit == change.unit and takes_olds_in_order(
            document.text[before[-1].span.end:change.span.start], document.text[old.span.end:later[0].span.start]):
        return None  # "18.9% and 2.3% fewer than the 211 and 175": the second change is the second old level's
    fits_new = lambda f: f.direction == 0 and f.unit == old.unit and same_unit(f, old) and f.id not in used_olds \
        and not weight_of_the_subject(document, f)  # noqa: E731
    news = [f for f in before if fits_new(f)]
    certain = bool(news)
    if not news and not before:
        news = [f for f in previous_sentence if fits_new(f)]
        if change.period and any(f.period == change.period for f in news):
            # "... the 2020-21 crop at 33.337 million tons, up ... from the 2019-20 outturn of 15.165 million tons.
            # The 2020-21 crop was 5% larger than ...": a level of another period is no new level of this change
            news = [f for f in news if f.period in ("", change.period)]
        opening = _sentence_opening(document, change)
        # "That amounts to ...", or a subject naming the level's measure: "... revenue of $106.0 million.
        # Sales came in 35% higher than the prior-year quarter's $78.5 million"
        certain = len(news) == 1 and bool(_POINTS_BACK.match(opening) or _names_the_measure(opening, news[0]))
    if not news:
        return None
    if scale_left_out(news[-1], old):
        certain = False  # "rose 4.17% to US$ 23,732.96 million from US$ 22,783.85": the old level's "million" left out
    return Pairing(old, tuple(reversed(news)), certain)


# a relative clause giving the subject's share of a whole, "Food, which accounts for 16.5%, rose by 5.2% compared to
# 7.1%", "(5.7% up from 5.2%) which accounts for 28.4% of the basket": a fact about the subject (its weight), not the
# level its change moved to; so is a predicate joined to the change by "and", said of the same subject: "Online sales
# grew 9.4% and made up 14.7% of all sales, against 13.9% a year before" (the share moved, not the sales' growth rate)
_WEIGHT_CLAUSE = lazy_re.compile(rf"\b(?:which|that|and)\s+(?:{lexicon.alternation(lexicon.SHARE_BEFORE_WHOLE)})\s+"
                                 r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|over\s+)?$", re.I)


@per_document_cache(maxsize=4)
def _sentence_starts(text: str) -> list[int]:
    return [s.start for s in context.sentences_cached(text)]


# words alone in brackets, as a series' qualifier after its name: "Nominal AWE (total pay)", "GDP (current prices)"
_QUALIFIER_IN_BRACKETS = lazy_re.compile(r"\(\s*([A-Za-z][A-Za-z'’ -]{1,40}?)\s*\)")
_QUALIFIER_REACH = 120  # how far before a figure, in its sentence, the name of its series is looked for


def series_qualifier(document: Document, figure: Figure) -> frozenset[str]:
    """The words of the last bracket of words only before a figure in its sentence: the qualifier of the series the
    figure measures ("Nominal AWE (total pay) grew by 2.5%" and "Nominal AWE (regular pay) rose by 2.7%" are two
    series, whatever else their clauses share); empty when the sentence gives none."""
    sentences = context.sentences_cached(document.text)
    sentence = sentences[max(0, bisect_right(_sentence_starts(document.text), figure.span.start) - 1)]
    last = None
    for last in _QUALIFIER_IN_BRACKETS.finditer(document.text, max(sentence.start, figure.span.start - _QUALIFIER_REACH),
                                                figure.span.start):
        pass
    return frozenset(lexicon.plain_words(last.group(1).lower())) if last else frozenset()


def weight_of_the_subject(document: Document, f: Figure) -> bool:
    """A percentage a relative clause gives as its subject's share of a whole ("which accounts for 16.5%"): no level
    a change of the subject moves to or from."""
    return f.unit == "percent" and _WEIGHT_CLAUSE.search(document.text, max(0, f.span.start - 40), f.span.start) is not None


_FROM_IN_WORDS = lazy_re.compile(r"\bfrom\b", re.I)
_TO_NEW_LEVEL = lazy_re.compile(r"\s*to\s*", re.I)
# "and" or "but", then a second comparative: "wider than a year earlier but narrower than its all-time high of ..."
_SECOND_COMPARISON = lazy_re.compile(rf"\b(?:and|but|yet)\s+(?:still\s+|also\s+)?"
                                     rf"(?:{lexicon.alternation(lexicon.BASE_AFTER_CHANGE_UP + lexicon.BASE_AFTER_CHANGE_DOWN)})\b", re.I)


def second_comparison(words: str) -> bool:
    """Whether the words after a change open a second comparison ("wider than a year earlier but narrower than ..."):
    the figure after it is that comparison's, not the change's old level."""
    return bool(_SECOND_COMPARISON.search(words))


def _names_the_measure(opening: str, level: Figure) -> bool:
    """Whether the words before a change (its subject) name the measure of a level, or another name of it, and no
    narrower one: "Health spending grows by 9.0%" names a part of "Total spending ... EUR 46.0 billion", not it."""
    tokens = [lexicon.fold(w) for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", opening)]
    said = set(tokens)
    own = {lexicon.fold(w) for w in lexicon.folded_words(level.measure)}
    named = own - _NOT_A_MEASURE_WORD
    named |= {w for group in lexicon.MEASURE_SYNONYMS if named & group for w in group}
    if not said & named:
        return False
    first = next(i for i, w in enumerate(tokens) if w in named)
    modifier = tokens[first - 1] if first else ""
    return not (modifier and modifier not in own and modifier not in _NOT_A_MEASURE_WORD
                and not modifier.endswith(("'s", "’s")) and "total" in own)


_NOT_A_MEASURE_WORD = frozenset({"the", "a", "an", "of", "in", "on", "for", "to", "and", "total", "number", "its", "their"})


def _sentence_opening(document: Document, f: Figure) -> str:
    start = max(document.text.rfind(". ", 0, f.span.start) + 2, document.text.rfind("\n", 0, f.span.start) + 1, 0)
    return document.text[start:f.span.start]


# ("the Department reported on Tuesday that the US$4.22 billion figure ...": "on" before a day names when, not a base)
_OLD_LEVEL_CUE = lazy_re.compile(
    rf"\b(?!on\s+(?:{'|'.join(cues.WEEKDAY_NAMES)}|{'|'.join(cues.MONTH_NAMES)}|\d)\b)"
    rf"(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS + cues.THAN + cues.BASE_ON + cues.EARLIER_OF, ' ')})"
    # (the words between hold no verb: "on census day was 5,412,380" names the new level's time, not a base)
    rf"(?![\w.])\s*(?:the\s+)?(?:(?!(?:{cues.words(cues.COPULAS)})\b)[a-z]+\s+){{0,3}}$", re.I)


def orient_pair(document: Document, change: Figure, a: Figure, b: Figure) -> tuple[list[dict], bool] | None:
    """Which of two levels is the old one a change is measured from: the one the
    words mark ("from", "than", "against"); in a table row either, and the reading
    is certain only under a header that names the column a change. None when
    nothing says."""
    readings = []
    for new, old in ((a, b), (b, a)):
        prefix = document.text[max(0, old.span.start - 40):old.span.start]
        readings.append((bool(_OLD_LEVEL_CUE.search(prefix)), {"new": new, "old": old, "change": change}))
    cued = [bindings for marked, bindings in readings if marked]
    if len(cued) == 1:
        return cued, True
    if not is_table_row(document, change):
        earlier = _earlier_by_its_own_period(document, change, a, b) if not cued else None
        if earlier is None:
            return None
        # "Post offices numbered 2,140 in 2018 and 1,655 in 2023, a fall of 485": no word marks the base, but each
        # level names its own period, and a change between two periods runs from the earlier to the later
        return [{"new": b if earlier is a else a, "old": earlier, "change": change}], True
    # in a table row the columns' periods say which level is the earlier: that reading first
    ordered = [bindings for _, bindings in readings]
    if a.period and b.period and a.period != b.period and len(a.period) == len(b.period):
        ordered.sort(key=lambda bindings: bindings["old"].period)
    return ordered, is_change_column(document, change)


# a period as the extractor writes it, a year first and then its part: "2023", "2023-Q2", "2023-06", "2023-01..09"
_PERIOD_SHAPE = lazy_re.compile(r"^(?:19|20)\d\d(?:-(?:Q[1-4]|H[12]|\d\d)(?:\.\.\d\d)?)?$")


# a level opening brackets, a currency sign or a word or two before it at most: "(£41.9m", "(about 1,987 million"
_IN_BRACKETS_BEFORE = lazy_re.compile(r"\(\s*(?:[^\s()\d]+\s*){0,2}$")
# right after a change, the words that name its base: "up 9.0% on the year before", "31% more than in 2019"
_BASE_NAMED_AFTER = lazy_re.compile(rf"\s*(?:(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS + cues.THAN + cues.BASE_ON)})\b"
                                    r"|(?:[a-z]+\s+){0,2}(?:than|year[\s-]on[\s-]year|on\s+the\s+year)\b)", re.I)
_CONTRAST_OR_CONCESSION = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(('but', 'yet', 'still') + cues.CONTRAST_JOINERS + lexicon.CONCESSIONS)})\b", re.I)
# a change's own span or rhythm, said in the words beside it (up to the figures or clause breaks around it)
_OWN_SPAN = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.OWN_SPAN_OF_A_CHANGE)}|"
                            r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+(?:years?|months?|quarters?))\b",
                            re.I)
_OWN_SPAN_REACH = 60  # how far around a change its own span is looked for, in its clause


def _own_span_said(document: Document, change: Figure) -> bool:
    """Whether the words around a change, in its clause and up to the nearest figure, give it a span of its own."""
    text = document.text
    before = text[max(0, change.span.start - _OWN_SPAN_REACH):change.span.start]
    before = re.split(r"[\d;:.]", before)[-1]
    after = text[change.span.end:change.span.end + _OWN_SPAN_REACH]
    after = re.split(r"[\d;:]|\.\s", after)[0]
    return bool(_OWN_SPAN.search(before) or _OWN_SPAN.search(after))


def _earlier_by_its_own_period(document: Document, change: Figure, a: Figure, b: Figure) -> Figure | None:
    """Of two levels each dated in its own clause, to two periods of one shape ("in 2018" and "in 2023", "Q2 2019" and
    "Q2 2021"), the earlier: the old level of the change between them. None when a period is inherited from an earlier
    sentence or the document, when the periods are of two shapes (a year and a quarter: a part and its whole) or
    equal, or when the change names a period of its own other than the later one's (its own span: "rose 3% last
    month")."""
    if a.period_source != "stated" or b.period_source != "stated" or a.period == b.period:
        return None
    if not (_PERIOD_SHAPE.match(a.period) and _PERIOD_SHAPE.match(b.period)) \
            or re.sub(r"\d", "0", a.period) != re.sub(r"\d", "0", b.period):
        return None
    earlier, later = (a, b) if a.period < b.period else (b, a)
    if change.period_source == "stated" and change.period != later.period or _own_span_said(document, change):
        return None
    if any(_IN_BRACKETS_BEFORE.search(document.text, max(0, f.span.start - 20), f.span.start) for f in (a, b)):
        return None  # "£48.2m in 2023 (£41.9m in 2024), up 19%": a level in brackets is an aside to the one before
    first, *_, last = sorted((change, a, b), key=lambda f: f.span.start)
    if _CONTRAST_OR_CONCESSION.search(document.text, first.span.end, last.span.start) \
            or ";" in document.text[first.span.end:last.span.start]:
        # "... but were still short of the $70.4 billion received in 2014": a second comparison; "Secondary schools had
        # 15,840 pupils in 2014; in 2015 primary schools had 16,310": two clauses, each with a subject of its own
        return None
    if _BASE_NAMED_AFTER.match(document.text, change.span.end):
        return None  # "up 9.0% on the year before": the change names its own base, which other readings weigh
    for level in (a, b):
        if level.span.start > change.span.end and REACHED_LEVEL.search(document.text[change.span.end:level.span.start]):
            # "picked up by 9.9 per cent to $69 billion in 2017": a move to its new level from the period before it,
            # whatever other period's level the sentence gives
            return None
    return earlier


def by_sentence(document: Document, figures: tuple[Figure, ...], where: dict[str, Place]) -> dict[int, list[Figure]]:
    """Figures grouped by sentence (a table row is a sentence), without row labels."""
    labels = _row_labels(document, figures)
    groups: dict[int, list[Figure]] = {}
    for f in figures:
        if f.id not in labels:
            groups.setdefault(where[f.id].sentence, []).append(f)
    return groups


_last_labels: list = [None, None, None]


def _row_labels(document: Document, figures: tuple[Figure, ...]) -> set[str]:
    """The ids of the figures that label a table row, found once for the checks that all ask."""
    if _last_labels[0] is not document.text or _last_labels[1] is not figures:
        _last_labels[:] = [document.text, figures, {f.id for f in figures if is_row_label(document, f)}]
    return _last_labels[2]



# a level, then its own share of a whole in apposition or brackets: "4.31 million children ..., 30% of all
# children", "up from 4.23 million (29%)", "3.01 million, or 21%", "567 million hl in 2018, a 29.8 percent share"
# (or with a bare "or": "1.16 million or 58.6 per cent of the expatriate population")
_OWN_SHARE_AFTER = lazy_re.compile(rf"(?:\s+(?:[a-z'’-]+|(?:19|20)\d\d(?:[/-]\d\d)?|(?:{lexicon.alternation(lexicon.SCOPE_PREPOSITIONS)})\s+(?:the\s+)?\d[\d,]*)){{0,12}}?\s*(?:(?:,\s*(?:or\s+)?|\s+or\s+)(?:an?\s+)?(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?|\(\s*)"
                                   r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b)"
                                   # (not a change: "€412.6 million for 2027, 4.8% more than", "up 3%")
                                   r"(?!\s*(?:more|less|fewer|higher|lower|up|down|above|below|over|under|increase|"
                                   r"rise|fall|drop|decline|growth|gain|than|on|from|year|a\s+year|points?)\b)", re.I)

# ... or the share first, then "or" and the level: "Three per cent or 15,301 candidates sat in Siaya", "12%, or 840"
_OWN_SHARE_BEFORE = lazy_re.compile(r"(?:%|\bper\s*cent|\bpercent)\s*,?\s+or\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)


def given_with_its_share(document: Document, f: Figure) -> bool:
    """Whether a level is followed, in its clause, by its own share of a whole ("4.23 million (29%)",
    "3.01 million, or 21%"), or comes right after it ("3% or 15,301"): a part, so no whole of another share."""
    return bool(_OWN_SHARE_AFTER.match(document.text, f.span.end, min(len(document.text), f.span.end + 140))
                or _OWN_SHARE_BEFORE.search(document.text, max(0, f.span.start - 30), f.span.start))


def moved_another_thing(document: Document, change: Figure, levels: Iterable[Figure]) -> bool:
    """Whether a change names what moved right after it ("a 400,000 rise in the dog population") and one of the
    levels counts another thing ("interviews with 8,000 households"): their measures share no word."""
    if not context.moved_measure(document.text[change.span.end:change.span.end + 100]):
        return False
    moved = set(lexicon.folded_words(change.measure)) - _MINOR_MEASURE_WORDS
    return bool(moved) and any(moved.isdisjoint(counted) for counted in (
        set(lexicon.folded_words(level.measure)) - _MINOR_MEASURE_WORDS for level in levels) if counted)


_MINOR_MEASURE_WORDS = frozenset(lexicon.SCOPE_FREE_WORDS)


# a count of items, then "with" and the bound the items pass: "nine with over 25% growth", "12 ports with growth of
# more than 10%" (the bound picks out the items counted; it is no change of a level the sentence gives)
_COUNT_WITH_BEFORE = lazy_re.compile(rf"(?:\b\d[\d,]*|\b(?:{lexicon.alternation(lexicon.SMALL_COUNTS)}))"
                                     r"(?:\s+[a-z]+){0,2}\s+with\s+(?:[a-z]+\s+){0,4}$")


def threshold_of_counted_items(document: Document, change: Figure) -> bool:
    """Whether a bound on a rate ("over 25%") follows a count of items and "with": the mark the counted items
    pass, not a change between two levels."""
    if change.qualifier in ("", "about"):
        return False
    before = document.text[max(0, change.span.start - 60):change.span.start].lower()
    return bool(_COUNT_WITH_BEFORE.search(before))


def counts_two_things(document: Document, a: Figure, b: Figure) -> bool:
    """Whether two counts each have a plural noun right after them, and not the same one: "14.2 million
    passengers ... on 118,400 flights", "46,200 runners from 142 nations"."""
    nouns = set()
    for f in (a, b):
        noun = counted_noun(document.text[f.span.end:f.span.end + 60])
        if noun is None:
            return False
        nouns.add(noun)
    return len(nouns) == 2


# the two ends of a range written side by side, "41% to 61%", "12-15%", "between 41% and 61%": two levels of one
# unit, neither a change, joined by "to" or a dash (or "and" after "between"); not "from 8.0% to 9.0%", a move
# between two levels, each a cell of its own
_RANGE_JOIN = lazy_re.compile(r"^\s*(?:to|-|–)\s*$", re.I)
_BETWEEN_JOIN = lazy_re.compile(r"^\s*and\s*$", re.I)
_BETWEEN_BEFORE = lazy_re.compile(r"\bbetween\s*$", re.I)
_FROM_BEFORE = lazy_re.compile(r"\bfrom\s*$", re.I)


def _a_range(text: str, low: Figure, high: Figure) -> bool:
    return not low.direction and not high.direction and ends_of_a_range(text, low, high)


def ends_of_a_range(text: str, low: Figure, high: Figure) -> bool:
    """Whether two figures of one unit are the ends of a range, changes or levels: "between 24% and 28%",
    "rose 3-5%" (not "from 8.0% to 9.0%", a move)."""
    if low.unit != high.unit:
        return False
    join = text[low.span.end:high.span.start]
    before = text[max(0, low.span.start - 12):low.span.start]
    if _RANGE_JOIN.match(join):
        return not _FROM_BEFORE.search(before)
    return bool(_BETWEEN_JOIN.match(join) and _BETWEEN_BEFORE.search(before))


def in_a_range(text: str, figures: tuple[Figure, ...], k: int) -> bool:
    """Whether the k-th figure is one end of a range written side by side ("41% to 61%")."""
    return k + 1 < len(figures) and _a_range(text, figures[k], figures[k + 1]) \
        or k > 0 and _a_range(text, figures[k - 1], figures[k])


# (difference) a contrast between two clauses: "jumped from 85,904 to 98,158, whereas the other ..."
_CONTRAST = lazy_re.compile(r"\b(?:whereas|while|but|although)\b|;", re.I)
_PER_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(cues.PER_BASE, ' ')})\s*$", re.I)


def contrast_between(words: str) -> bool:
    """A contrast or a semicolon in the words between figures ("whereas", "while", "but", "although", ";"):
    two clauses, likely of two measures."""
    return bool(_CONTRAST.search(words))


def per_before(words: str) -> bool:
    """"per" or "for every" ending the words before a figure: "91.9 cases per 100,000"."""
    return bool(_PER_BEFORE.search(words))


# a period stated right after a figure, nothing but a preposition between: "9.5% in September", "4,100 for 2024"
_PERIOD_AFTER = lazy_re.compile(r"^[\s,]*(?:in|for|during|of)?\s*(?:the\s+)?$", re.I)


def states_its_period(text: str, f: Figure, clause_start: int, next_start: int) -> bool:
    """Whether a figure's own words state its period: one right after it ("9.5% in September"), or one in
    its clause before it (neither a date nor a "since")."""
    after = text[f.span.end:min(next_start, f.span.end + 40)]
    for p in find_periods(after):
        if _PERIOD_AFTER.match(after[:p.start]) and not p.is_date and not p.since:
            return True
    before = text[clause_start:f.span.start]
    return any(not p.is_date and not p.since for p in find_periods(before))


# "18.7% of the region's 1,146 schools": a share "of" what its last word names
_OF_NOUN = lazy_re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?P<words>(?:[\w'’,.-]+\s+){0,2}[A-Za-z'’-]+)")


def whole_named_after(text: str, end: int) -> str | None:
    """The words of the "of" phrase right after a share (up to three words): "of the region's 1,146 schools"
    gives "region's 1,146 schools"."""
    m = _OF_NOUN.match(text, end)
    return m.group("words") if m else None



# a word of falling in a sentence: "The steepest fall was in A (-15.87%), ahead of B": falls ranked by their size
_FALL_NAMED = lazy_re.compile(rf"\b(?:{cues.words(cues.FALL_STEMS)})", re.I)


def names_a_fall(words: str) -> bool:
    return bool(_FALL_NAMED.search(words))


_PERIOD_NAME = (r"(?:(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q[1-4]|"
                r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:19|20)\d\d)")
# the stretch a change runs over, named in its clause: "between the second quarter of 2017 and the second quarter
# of 2018", "over the last four quarters", "in the twelve months to"
_SPAN_OF_A_CHANGE = lazy_re.compile(
    rf"\b(?:between|from)\s+(?:the\s+)?{_PERIOD_NAME}[^.;#\d]{{0,12}}(?:\d{{4}}[^.;#\d]{{0,4}})?\s*(?:and|to)\s+(?:the\s+)?{_PERIOD_NAME}|"
    rf"\b(?:over|in|during)\s+the\s+(?:last|past|previous|latest|preceding)\s+"
    rf"(?:{lexicon.alternation(lexicon.SPAN_OF_A_CHANGE_COUNTS)})\s+(?:{lexicon.alternation(lexicon.SPAN_OF_A_CHANGE_NOUNS)})\b|"
    rf"\b(?:in|over)\s+the\s+(?:{lexicon.alternation(lexicon.SPAN_OF_A_CHANGE_COUNTS)})\s+"
    rf"(?:{lexicon.alternation(lexicon.SPAN_OF_A_CHANGE_NOUNS)})\s+(?:to|ending|ended)\b", re.I)


def names_a_span_of_change(clause: str) -> bool:
    return bool(_SPAN_OF_A_CHANGE.search(clause))


# the breaks of the clause a change stands in (same-measure): ";", ", and ", ", but ", ", while ", ", reflecting "
_CHANGE_CLAUSE_BREAK = lazy_re.compile(r";|,\s+(?:and|but|while|whereas|reflecting)\s")


def clause_names_a_span_of_change(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of the sentence that holds a change (from `start` to `end` in it) names the stretch it runs
    over: "Between the second quarter of 2017 and the second quarter of 2018 productivity rose 1.3%"."""
    opens = max((m.end() for m in _CHANGE_CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    closes = next((m.start() for m in _CHANGE_CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    return names_a_span_of_change(sentence[opens:closes])


# ", and the hiring rate held at ": a clause whose subject is a rate, its name, then the verb that gives its level
_RATE_OPENS_ITS_CLAUSE = lazy_re.compile(r"(?:[,;]|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)\s+(?:the|its|their)\s+"
                                         r"(?P<name>(?:[a-z'’-]+\s+){1,3}?)(?:rate|share|proportion|percentage)\s+"
                                         r"(?:[a-z]+\s+){1,3}$", re.I)


def rate_named_opening_its_clause(words: str) -> str | None:
    """The name of a rate whose clause the words before a figure open ("and the hiring rate held at": "hiring")."""
    opening = _RATE_OPENS_ITS_CLAUSE.search(words)
    return opening.group("name") if opening else None


# a subject set apart as one part of a total ("The northern plant alone produced"): not the whole a column counts
_ONE_PART_ALONE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.ALONE_WORDS)})\b", re.I)
# after a figure, in its clause, a time that counts back from the year its sentence named: "the year before"
_BEFORE_THE_YEAR_SAID = lazy_re.compile(r"[^.;:#\d]{0,40}?\b(?:(?:the|a)\s+year\s+(?:before|earlier)|"
                                        r"the\s+(?:previous|preceding|prior)\s+year)\b", re.I)


def one_part_alone(words: str) -> bool:
    return bool(_ONE_PART_ALONE.search(words))


def the_year_before_said(text: str, start: int, end: int) -> bool:
    return _BEFORE_THE_YEAR_SAID.match(text, start, end) is not None


# a year written as such: "2018" (not "20185")
_WRITTEN_YEAR = lazy_re.compile(r"\b(?:19|20)\d\d(?!\d)")


def years_written_in(words: str) -> list[str]:
    """The years the words write, in reading order: "in 2018, ... the year before" -> ["2018"]."""
    return _WRITTEN_YEAR.findall(words)


def under_parallel_subheadings(text: str, a: int, b: int) -> bool:
    """Whether offsets a < b of `text` stand under two different subheadings in parallel."""
    found = subheadings(text)
    starts = [start for start, _ in found]
    i, j = bisect_right(starts, a), bisect_right(starts, b)
    if not i or j == i:
        return False  # the first is in no section, or both are in one
    first, second = found[i - 1][1], found[j - 1][1]
    return first != second and 2 * len(first & second) >= max(len(first), len(second))


# an amount's bracket opening right after another amount, with no words but a hedge before it: "Rs 117.14 crore
# (Rs 1,171.4 million)", "KSh 219.9 billion (US$2.4 billion)", "(about US$2 billion)"
_BRACKET_RIGHT_AFTER = lazy_re.compile(r"\s*\(\s*(?:or\s+|about\s+|approximately\s+|roughly\s+|some\s+|around\s+)?")


def restated_in_brackets(text: str, first: Figure, second: Figure) -> bool:
    """Whether `second` restates `first` in brackets right after it, in another scale or currency: both amounts
    of one kind and one period ("Rs 117.14 crore (Rs 1,171.4 million)", "KSh 219.9 billion (US$2.4 billion) in
    December 2016"); one level told twice, not a second level. Not an earlier value in brackets, which is of
    another period ("17,537 (16,429 in 2022)"), nor a count beside an amount ("$4.2 million (312 grants)")."""
    return bool(_BRACKET_RIGHT_AFTER.fullmatch(text, first.span.end, second.span.start)) \
        and first.kind is second.kind and first.kind is Kind.MONEY and first.period == second.period \
        and first.direction == second.direction == 0
