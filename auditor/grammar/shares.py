"""How words tie a percentage to the count it is a share of and name its whole: the tie between a part
and its share ("3,150 (37.5%)", "3,150, representing 37.5%", "It now makes up 14 per cent of"), the
whole a share names after it ("4.8% of GDP", "Of all dwellings, ..."), and the words around a level
that make it a whole (a total, those who took part) or no share's at all (a mark, a plan, a basis, a
narrowed base).

The share-of-total check asks these readings and decides which wholes to try and which arithmetic; a
reading of words takes the words the check looks at (a few characters around a figure, or the words
between two) and says what they mark, the windows being the check's; the last readings here put them
together into the counts a share is tied to (`parts_tied_to`, `count_share_pairs`, `parts_tied_in_a_row`,
`part_of_whole_before`, `shares_respectively`). Part of the meaning layer: it reads words, decides
nothing. Its vocabularies are lexicon's (the share-of-total block).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from auditor import lazy_re
from auditor.document import Document
from auditor.grammar import cues, lexicon
from auditor.grammar.links import counted_within, of_another_group  # (read by checks.share from here)
from auditor.grammar.nearby import between, by_sentence, is_level, same_unit, written_in_digits
from auditor.model import Figure

_SHARE_BEFORE_WHOLE = lexicon.alternation(lexicon.SHARE_BEFORE_WHOLE)

# --------------------------------------------------------------------------- a share tied to its part
# Words that tie a percentage to the count just before it.
_TIE = lazy_re.compile(
    rf"^\s*(?:(?:[a-z-]+\s+){{0,2}}\(|,?\s*(?:{cues.words(lexicon.SHARE_TIES, ' ')})\s"
    # a second verb of the part's own clause: "grew to US$2.1 billion and now makes up 14 per cent of ..."
    rf"|\s*and\s+(?:(?:{lexicon.alternation(lexicon.ADVERBS_BEFORE_A_SHARE_VERB)})\s+)?(?:{_SHARE_BEFORE_WHOLE})\s)",
    re.I,
)
# inside a bracket after a level, the words naming what the share right after them is of: "(cars 78%", and after
# the kinds listed before it, "(cars 78%; goods vehicles 14%"
_LABEL_IN_BRACKET = lazy_re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,2}\((?:[^()]{0,80}?[;,]\s*)?(?P<label>[A-Za-z][A-Za-z'’ -]{0,40}?)\s*:?\s*$")
# ... unless they name the rate itself ("1,768 deaths (CFR 3.7%)", "(share 12%)") or are words of the tie or a
# hedge: "(or 12.4%)", "(i.e. 40%)", "(about 12%)"
_ACRONYM = lazy_re.compile(r"\b[A-Z]{2,}\b")
_TIE_WORDS = frozenset(lexicon.SHARE_TIE_WORDS)
_NAMED_RATE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.NAMED_RATES)})\b", re.I)
_LONG_TIE = lazy_re.compile(
    r"^[^\d;.]{0,100}?,\s*(?:representing|accounting for|or|which is|making up|"
    r"(?:(?:giving|for|with|and)\s+)?(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}(?:rate|percentage|share|proportion|ratio)\s+(?:of\s+|is\s+|was\s+|stood at\s+|at\s+)?)", re.I)
# "a growth rate of 5.60 per cent", "an inflation rate of": rates that are not shares of a whole
_NOT_A_SHARE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.RATES_OF_NO_WHOLE)})\b", re.I)
_PAST_THE_TIE = lazy_re.compile(r"\d|[.;!?](?:\s|$)")
_ANAPHORIC_TIE = lazy_re.compile(
    rf"^[^\d;.!?]{{0,200}}[.!?]\s+(?:{lexicon.alternation(lexicon.PRONOUNS_FOR_A_PART)})\s+"
    rf"(?:(?:{lexicon.alternation(lexicon.ADVERBS_AFTER_A_PRONOUN)})\s+)?"
    rf"(?:{_SHARE_BEFORE_WHOLE})\s+(?:(?:{lexicon.alternation(cues.APPROXIMATORS)})\s+)?$", re.I)
_SENTENCE_END = lazy_re.compile(r"[.;!?]\s")
_SENTENCE_END_OR_CUT = lazy_re.compile(r"[.;!?](?:\s|$)")  # (the words after a figure are cut 40 characters on)
_PARTITIVE_AFTER = lazy_re.compile(rf"^\s+(?:[a-z]+\s+)?of (?:{lexicon.alternation(lexicon.PARTITIVE_PRONOUNS)})\b")
_JOINED_BY_AND = lazy_re.compile(r"^[^\d;.]{0,40}\band\s[^\d;.]{0,20}$")
_IN_APPOSITION = lazy_re.compile(rf"^\s*[a-z'’-]*(?:\s+[a-z'’-]+)?\s*(?:\(|,\s*(?:{lexicon.alternation(lexicon.APPOSITION_TIES)})?)\s*$", re.I)


def ties_share(gap: str) -> bool:
    """The words between a count and a percentage tie the percentage to it as its share: "3,150 (37.5%)",
    "3,150, representing 37.5%", "grew to US$2.1 billion and now makes up 14 per cent"."""
    tie = _TIE.match(gap)
    # a bracket ties only the percentage inside it: one the gap closes again held another figure, "5 MPs (0.8% of
    # MPs). The Greens won 7% of the vote" ties the 7% to nothing
    return bool(tie) and not (tie.group().rstrip().endswith("(") and ")" in gap[tie.end():])


def kind_labelled_in_bracket(gap: str) -> bool:
    """A bracket after a level whose words name the kind the percentage right after them is a share of:
    "3.2 million vehicles (cars 78%; goods vehicles 14%)"; not words that name the rate itself ("(CFR 3.7%)",
    "(share 12%)") nor words of the tie or a hedge ("(or 12.4%)", "(about 12%)")."""
    m = _LABEL_IN_BRACKET.match(gap)
    if not m:
        return False
    label = m.group("label")
    return not set(label.lower().split()) <= _TIE_WORDS and not _NAMED_RATE.search(label) and not _ACRONYM.search(label)


def pronoun_ties(gap: str) -> bool:
    """A pronoun opening the share's sentence and a verb of a share tie it to the level of the sentence before:
    "Broadcast revenue grew 4.4 per cent to US$2.1 billion. It now makes up 14 per cent of ..."."""
    return bool(_ANAPHORIC_TIE.match(gap))


def tied_from_afar(gap: str) -> bool:
    """A tie after a clause, set off by a comma, that reaches the share and stops there: "21,450 sat the paper,
    representing 36.4%", "..., giving a pass rate of 78.6%"; not a rate of no whole ("a growth rate of"), nor
    one past a figure or a sentence's end ("representing 36.4%. The proportion achieving a top grade was")."""
    tie = _LONG_TIE.match(gap)
    if not tie or _NOT_A_SHARE.search(gap):
        return False
    return not _PAST_THE_TIE.search(gap, tie.end())


def ends_a_sentence(words: str) -> bool:
    """Whether a sentence ends within the words (or at their end, where a window is cut)."""
    return bool(_SENTENCE_END_OR_CUT.search(words))


def partitive_after(words_after: str) -> bool:
    """A partitive right after a count makes it the whole of what follows: "1,200, of whom"."""
    return bool(_PARTITIVE_AFTER.match(words_after))


def joined_by_and(gap: str) -> bool:
    """Two counts joined by "and" with no figure or sentence's end between: "X males and Y females"."""
    return bool(_JOINED_BY_AND.match(gap))


def in_apposition(gap: str) -> bool:
    """A share right beside its count, at most two words between: "9,410 applicants, representing 71.3%",
    "9,410 (71.3%)"."""
    return bool(_IN_APPOSITION.match(gap))


def names_a_rate(words: str) -> bool:
    """The words name a rate: "rate", "percentage", "share", "proportion"."""
    return bool(_NAMED_RATE.search(words))


# --------------------------------------------------------------------------- shares listed "respectively"
_RESPECTIVELY = lazy_re.compile(r"\brespectively\b", re.I)
_SHARE_WORDS = lazy_re.compile(rf"\b(?:{cues.words(lexicon.SHARE_LIST_WORDS, ' ')}|{cues.stems(lexicon.SHARE_LIST_STEMS)})\b", re.I)


def shares_listed_respectively(sentence: str) -> bool:
    """A sentence that gives shares of listed parts "respectively": "The three accounted for 8.3, 43.8 and
    48.0 percent of the total respectively" (not rates of no whole: "growth of ... respectively")."""
    return bool(_RESPECTIVELY.search(sentence) and _SHARE_WORDS.search(sentence)) and not _NOT_A_SHARE.search(sentence)


# --------------------------------------------------------------------------- the words around a level
_REFERS_TO_TOTAL = lazy_re.compile(rf"\b(?:{cues.words(lexicon.OF_THE_WHOLE, ' ')}|of the \w+ who)\b", re.I)
# what those who took part achieved: "91,298 sat and 71,746 passed" (not "3,415 sat in June and 2,980 in November")
_OUTCOME = lazy_re.CaseBlind(rf"\b(?:{lexicon.alternation(lexicon.OUTCOME_VERBS)})\b")
_TOOK_PART = lazy_re.CaseBlind(rf"\b(?:{lexicon.alternation(lexicon.TOOK_PART_VERBS)})\b")
_TOTAL_WORDS = lazy_re.CaseBlind(rf"\b(?:{cues.words(lexicon.TOTAL_WORDS_AROUND, ' ')})\b")
_WORD = lazy_re.compile(r"[a-z]+")


def head_noun(measure: str) -> str:
    """The head noun of a measure phrase: its last word ('graduates' in 'college graduates')."""
    words = _WORD.findall(measure.lower().split(" who ")[0])
    return words[-1] if words else ""


def lead_in(text: str, start: int) -> str:
    """The words just before a figure, within its sentence ("GDP of" in "GDP of £2,730 billion")."""
    before = text[max(0, start - 30):start]
    return _SENTENCE_END.split(before)[-1]


def around(text: str, start: int, end: int) -> str:
    """The words either side of a figure, within its sentence: "of total revenue. Services revenue was
    $510 million" does not call the services figure a total."""
    before = _SENTENCE_END.split(text[max(0, start - 40):start])[-1]
    after = _SENTENCE_END_OR_CUT.split(text[end:end + 40])[0]
    return before + text[start:end] + after


def refers_to_total(sentence: str) -> bool:
    """The sentence says its share is of a whole: "of all", "of the total", "out of the", "overall"."""
    return bool(_REFERS_TO_TOTAL.search(sentence))


def says_total(words: str) -> bool:
    """Words around a level that call it a total, or the count of those who took part: "total", "in all",
    "sat", "registered"."""
    return bool(_TOTAL_WORDS.search(words))


def took_part(words: str) -> bool:
    """Words of taking part: "sat", "wrote", "registered", "applied"."""
    return bool(_TOOK_PART.search(words))


def outcome(words: str) -> bool:
    """Words of what those who took part achieved: "passed", "qualified", "were successful"."""
    return bool(_OUTCOME.search(words))


# --------------------------------------------------------------------------- what a share is of
_A_MARK = lazy_re.compile(rf"^[\s-]*(?:[a-z-]+\s+)?(?:{lexicon.alternation(lexicon.MARKS_AFTER_A_SHARE)})\b", re.I)
_A_BASIS = lazy_re.compile(rf"^[\s-]*(?:[a-z-]+\s+)?(?:{cues.words(cues.COUNTING_BASIS)})\b", re.I)
_PLAN = lazy_re.compile(rf"^\s*(?:of|the)\s+(?:the\s+)?(?:{lexicon.alternation(lexicon.PLAN_PERIODS)})?\s*"
                        rf"(?:{lexicon.alternation(lexicon.PLANS_A_SHARE_IS_OF)})", re.I)
_NARROWED_BASE = lazy_re.compile(rf"^\s*(?:{cues.words(lexicon.NARROWED_BASE_OPENINGS, ' ')})\b", re.I)
_BASE_AFTER = lazy_re.compile(r"^\s*(?:for|of|among|out of)\s+(?:the\s+|all\s+)?$", re.I)
_PERCENT_OF = lazy_re.compile(r"(?:%|per ?cent)\s+of\s+(?:the\s+)?(?P<base>[A-Za-z][\w-]*)", re.I)
_N_OF_THE = lazy_re.compile(rf"^\s*(?:of|out of)\s+(?:(?:{cues.words(lexicon.WHOLE_DETERMINERS)})\s+)?$", re.I)
_OF_BASE = lazy_re.compile(r"^\s*of\s+(?:the\s+)?(?:country's\s+|state's\s+|its\s+|their\s+)?"
                           r"(?P<base>[A-Za-z][\w-]*(?:\s+(?!(?:in|of|for|at|on|and|or|to|from|by|was|were|is|are|the|a)\b)[a-z][\w-]*){0,2})", re.I)
_ALL_BEFORE_A_NOUN = lazy_re.compile(r"^all\s+(?=[a-z])", re.I)
_NOT_A_BASE = frozenset(lexicon.NOT_A_NAMED_WHOLE)
_OF_ALL = lazy_re.compile(r"\W*(?:Of|Among|Out of)\s+(?:all\s+|the\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})\s*,")
# a subject whose parts the words after it list: "The unemployed in the first half of 2017 comprised of 1,277 ..."
_SUBJECT_MADE_UP_OF = lazy_re.compile(
    rf"\W*The\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{{3,}})\b[^.;:]{{0,60}}?\s(?:{lexicon.alternation(lexicon.PARTITIVES_EXHAUSTIVE)})\b")
# before the level a change starts from: "rose to 4,860 from 4,210", "down from 3.1 million"
_OLD_LEVEL_BEFORE = lazy_re.compile(r"\bfrom\s+(?:the\s+|a\s+)?(?:[a-z'’-]+\s+)?$", re.I)
_EARLIER_LEVEL_BEFORE = lazy_re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+|a\s+)?(?:[a-z'’-]+\s+)?$", re.I)


def a_mark_after(words_after: str) -> bool:
    """A percentage named as a mark, not a share: "the 50% milestone", "within the 15% benchmark"."""
    return bool(_A_MARK.match(words_after))


def a_basis_after(words_after: str) -> bool:
    """A percentage naming the basis the figure before is counted on: "68.2 Mt (100% basis)"."""
    return bool(_A_BASIS.match(words_after))


def of_a_plan_after(words_after: str) -> bool:
    """A percentage of a plan: "95.5% of the annual target", "102% of plan"."""
    return bool(_PLAN.match(words_after))


def narrowed_base_after(words_after: str) -> bool:
    """A rate whose base is narrowed after it to part of the whole: "100% among those willing to work"."""
    return bool(_NARROWED_BASE.match(words_after))


def base_follows(gap: str) -> bool:
    """The words between a percentage and the next figure make that figure its base: "26.0% for the 20,460"."""
    return bool(_BASE_AFTER.match(gap))


def of_the_between(gap: str) -> bool:
    """The words between two counts make the first a part of the second: "22 of the 41"."""
    return bool(_N_OF_THE.match(gap))


def names_its_base_after(words_after: str) -> bool:
    """A percentage followed by "of" and a noun phrase: "4.8% of GDP"."""
    return bool(_OF_BASE.match(words_after))


def base_named_after(words_after: str, text: str, sentence_start: int, start: int) -> str:
    """The whole a percentage names right after it ("4.8% of GDP"), if it names one ("45% of all arrivals"
    names "arrivals": "all" only says it is the whole of them); a percentage in brackets takes the base of one
    named before it in its sentence ("73.5% of GDP, from R2,463 billion (72.8%) a year earlier")."""
    m = _OF_BASE.match(words_after)
    if m and m.group("base").lower() not in _NOT_A_BASE:
        return _ALL_BEFORE_A_NOUN.sub("", m.group("base"))
    if sentence_start >= 0 and words_after[:1] == ")":
        earlier = list(_PERCENT_OF.finditer(text, sentence_start, start))
        if earlier and earlier[-1].group("base").lower() not in _NOT_A_BASE:
            return earlier[-1].group("base")
    return ""


_SHARE_NOUN_AFTER = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.WHOLE_NAMING_SHARE_NOUNS)})(?=\s+of\b)", re.I)


def after_share_noun(words_after: str) -> str:
    """The words after a noun of a share right after a percentage ("24.6 percent share of national output" -> " of national
    output"), where the whole is named as it is after a bare percentage; "" when no such noun follows."""
    m = _SHARE_NOUN_AFTER.match(words_after)
    return words_after[m.end():] if m else ""


# (a year is no figure between them: "Out of the 12.0 million tonnes moved in 2023, ...")
_NO_FIGURE = r"(?:[^.;:()\d]|\b(?:19|20)\d\d\b)"
_OPENS_ON_A_WHOLE = lazy_re.compile(rf"\W*(?:{lexicon.alternation(lexicon.WHOLE_OPENERS)})\s{_NO_FIGURE}{{0,80}}$", re.I)
# the words from a share to a level its base goes on to: " of its annual collection target of "
_BASE_RUNS_TO = lazy_re.compile(rf"\s*of\s{_NO_FIGURE}{{0,80}}$", re.I)
_NO_FIGURE_BETWEEN = lazy_re.compile(rf"{_NO_FIGURE}*$")


def level_is_the_named_whole(text: str, sentence_start: int, share: Figure, level: Figure) -> bool:
    """Whether the words make a level of a share's sentence the whole it is of: the share's base runs on to it ("93
    percent of its annual collection target of Rs 565.9 billion"), or the sentence opens on it as a whole ("Out of total
    traffic of 4.89 million, local airports contributed 57%"); not a level the share is said of ("26,830 tonnes is 49.7%
    of guidance")."""
    if level.span.start >= share.span.end:
        return bool(_BASE_RUNS_TO.match(text, share.span.end, level.span.start))
    return bool(_OPENS_ON_A_WHOLE.match(text, sentence_start, level.span.start)
                and _NO_FIGURE_BETWEEN.match(text, level.span.end, share.span.start))


def whole_opening(text: str, sentence_start: int, start: int) -> str | None:
    """The noun of a whole the sentence opens on before a figure: "Of all dwellings, 2,667,370 (92.7%) were
    occupied" -> "dwellings"; or its subject, when a verb says the figures after it make it up: "The unemployed in
    the first half of 2017 comprised of 1,277 Caymanians (or 71.7% of the total)" -> "unemployed"."""
    m = _OF_ALL.match(text, sentence_start, start) or _SUBJECT_MADE_UP_OF.match(text, sentence_start, start)
    return m.group("noun") if m else None


# a sentence that opens on the next item of a ranking: "Then came Heineken with 233.8 million hl (12.3%)"
_NEXT_ITEM_OPENING = lazy_re.compile(rf"\W*(?:{cues.words(cues.NEXT_IN_ORDER)})\b", re.I)


def opens_on_the_next_item(text: str, sentence_start: int) -> bool:
    """Whether a sentence opens on the next item of a ranking the sentences before told ("Then came Heineken with
    233.8 million hl (12.3%)", "Next was Carlsberg"): the level of the sentence before is its peer, no whole of its
    share."""
    return bool(_NEXT_ITEM_OPENING.match(text, sentence_start, sentence_start + 40))


def old_level_before(text: str, start: int) -> bool:
    """The level a change starts from, named by "from" in the 30 characters before it: "rose to 4,860 from 4,210"."""
    return bool(_OLD_LEVEL_BEFORE.search(text, max(0, start - 30), start))


def earlier_level_before(text: str, start: int) -> bool:
    """A level of an earlier period after "up from" or "down from" in the 30 characters before it."""
    return bool(_EARLIER_LEVEL_BEFORE.search(text, max(0, start - 30), start))


# --------------------------------------------------------------------------- the counts a share is tied to
# the opening of a sentence up to a level its fronted scope phrase gives: "Among doctoral students, who numbered",
# "Of the" (a relative clause of counting may follow the group's noun)
_FRONTED_SCOPE_UP_TO_LEVEL = lazy_re.compile(
    rf"\W*(?:{lexicon.alternation(lexicon.WHOLE_OPENERS)})\s+(?:[^\d,.;:]{{0,60}},\s*(?:who|which|that)\s+[a-z]+\s+"
    rf"(?:[a-z]+\s+)?|(?:all\s+)?(?:the|these|those|its|their)\s+)$", re.I)


def level_of_a_fronted_scope(text: str, sentence_start: int, level: Figure) -> bool:
    """Whether a level stands in the scope phrase a sentence opens on, before the main clause: "Among doctoral
    students, who numbered 11,800, the share of women was 49.6%", "Of the 11,800 doctoral students, 49.6% were
    women". The level is the group the share is taken within, its whole, not its part."""
    return bool(_FRONTED_SCOPE_UP_TO_LEVEL.match(text, sentence_start, level.span.start))


def parts_tied_to(document: Document, share: Figure, paragraph: list[Figure]) -> list[Figure]:
    """The counts a percentage may be tied to: 'A (P%)', 'A, representing P'.
    In "X males and Y females, representing P" the tie may reach back past Y."""
    before = [f for f in paragraph if f.span.end <= share.span.start and is_level(f) and written_in_digits(f)]
    if not before:
        return []
    part = before[-1]
    scope = None
    if len(before) > 1 and is_level(before[-2]) and counted_within(between(document, before[-2], part)):
        # "8,412,300 ballots in the 31 districts were valid (91.20%)": the count of the scope phrase says where the
        # level before it was counted; the clause, and its share, are that level's
        part, scope = before[-2], part
    if any(part.span.end <= f.span.start and f.span.end <= share.span.start and f.unit != "percent" and f is not scope
           for f in paragraph):
        return []  # another figure stands between them: "£131 billion, or 4.8% of GDP, down 0.7 points from 5.5%"
    gap = between(document, scope or part, share)
    if kind_labelled_in_bracket(gap):
        return []  # "3.2 million vehicles (cars 78%; goods vehicles 14%)": the share of a kind within the level before
        # the bracket, whose count is not given; the level is no part of anything there
    if ties_share(gap) and len(gap) <= 45:
        return [part]
    if pronoun_ties(gap):
        # "Broadcast revenue grew 4.4 per cent to US$2.1 billion. It now makes up 14 per cent of ...": the pronoun
        # opening the share's sentence points at the one level of the sentence before
        others = before[:-1]
        if others and not ends_a_sentence(between(document, others[-1], part)):
            return []
        return [part]
    if not tied_from_afar(gap):
        # (not "a growth rate of"; and "21,450 sat the paper, representing 36.4%. The proportion achieving a top
        # grade was 7.9%": the tie reaches its own share; a figure or a sentence's end after it leaves a later
        # share untied)
        return []
    parts = [part]
    partitive = partitive_after(document.text[part.span.end:part.span.end + 30])
    if len(before) > 1 and not partitive and joined_by_and(between(document, before[-2], part)):
        parts.insert(0, before[-2])  # "X males and Y females, representing P": either may be tied
    return parts


def parts_tied_in_a_row(document: Document, share: Figure, sentence: list[Figure]) -> list[Figure]:
    """Every count in the sentence tied to its own percentage, as in a row
    "A1-C6: 216,095 (63.17%); D7-E8: 91,151 (27%); F9: 34,825 (10.18%)"."""
    tied, percents = [], []
    for f in sentence:
        if f.unit == "percent" and f.direction == 0:
            parts = parts_tied_to(document, f, sentence)
            if len(parts) == 1 and parts[0] not in tied:
                tied.append(parts[0])
                percents.append(f)
    # only shares that split one whole between them add up to about 100%
    total = sum(s.value for s in percents)
    if len(tied) < 2 or abs(total - 100) > Decimal("0.6") * len(percents):
        return []
    return tied


def count_share_pairs(document: Document, figures: list[Figure], tight: bool = False) -> list[tuple[Figure, Figure]]:
    """(count, share) for every percentage tied to exactly one count; `tight` keeps only the
    "N (P%)" form with each count once, as in a breakdown list."""
    pairs = []
    for f in figures:
        if f.unit == "percent" and f.direction == 0 and f.value:
            parts = parts_tied_to(document, f, figures)
            if len(parts) != 1:
                continue
            if tight and (not ties_share(between(document, parts[0], f)) or any(parts[0] is c for c, _ in pairs)):
                continue
            pairs.append((parts[0], f))
    return pairs


def part_of_whole_before(document: Document, whole: Figure, paragraph: list[Figure]) -> Figure | None:
    """N in "N of the W ... (P%)", when W is the figure the percentage is tied to."""
    before = [f for f in paragraph if f.span.end <= whole.span.start]
    if before and is_level(before[-1]) and of_the_between(between(document, before[-1], whole)) \
            and before[-1].value <= whole.value:
        return before[-1]
    return None


def shares_respectively(document: Document, figures: tuple[Figure, ...], where) -> Iterator[tuple[Figure, Figure, Figure]]:
    """'... 1.02, 5.41 and 5.93 billion yuan. The three accounted for 8.3, 43.8 and 48.0 percent
    of the total respectively': each share with its part, in order, and the whole before the parts."""
    sentences = by_sentence(document, figures, where)
    for sentence, group in sentences.items():
        place = where[group[0].id]
        text = document.text[place.sentence_start:place.sentence_end]
        if _RESPECTIVELY.search(text) and not _NOT_A_SHARE.search(text):
            mirrored = _shares_then_their_amounts(document, group)
            if mirrored:
                yield from mirrored
                continue
        if not shares_listed_respectively(text):
            continue
        listed = [f for f in group if f.unit == "percent" and f.direction == 0 and not f.qualifier]
        if len(listed) < 2:
            continue
        # the shares are one list ("8.3, 43.8 and 48.0 percent"): a share told apart from it is of a subject the
        # sentence names ("Caymanians made up 46.5 percent ..., while Non-Caymanians and Permanent Residents had
        # a share of 45.8 and 7.7 percent, respectively"), and the levels before are no parts of them in order
        if not all(_ONE_LIST_GLUE.fullmatch(document.text[a.span.end:b.span.start]) for a, b in zip(listed, listed[1:])):
            continue
        earlier = sentences.get(sentence - 2, []) + sentences.get(sentence - 1, []) + group
        levels = [f for f in earlier if is_level(f) and written_in_digits(f) and f.span.start < listed[0].span.start]
        if len(levels) < len(listed) + 1:
            continue
        parts, whole = levels[-len(listed):], levels[-len(listed) - 1]
        if not all(same_unit(p, whole) for p in parts):
            continue
        if any(_NOT_ONE_LIST.search(document.text[a.span.end:b.span.start]) for a, b in zip(parts, parts[1:])):
            continue  # "(95% CI 365 736.3 to 365 981.2) in 2019 per million persons (p<0.05)": a range's two ends and a
            # bracketed aside are no list of parts; the shares name their own items ("neoplasms, which accounted for")
        yield from ((share, part, whole) for share, part in zip(listed, parts))


# the whole the shares after it are of: "Of the 1.92 million people who voted", "out of all the 4,800 applicants"
_WHOLE_OPENED_BEFORE = lazy_re.compile(
    rf"\b(?:of|out\s+of)\s+(?:(?:{lexicon.alternation(lexicon.WHOLE_DETERMINERS)})\s+)?$", re.I)
# what sets the amounts off as the shares' own, right after the shares' clause: a dash, a colon, a bracket or "or"
# ("58.3% backed it and 44.8% opposed it — 1.12 million and 0.86 million respectively")
_AMOUNTS_SET_OFF = lazy_re.compile(r"(?:[—–:(]|\s-\s|,\s*or|\bor)\s*$")
# between two amounts of one list: a comma or "and"
_AMOUNT_LIST_GLUE = lazy_re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# from the last amount to "respectively": the amounts' noun at most ("0.86 million voters respectively")
_THEN_RESPECTIVELY = lazy_re.compile(r"[^\d.;!?()]{0,40}?\brespectively\b", re.I)


def _shares_then_their_amounts(document: Document, group: list[Figure]) -> list[tuple[Figure, Figure, Figure]]:
    """Shares of a whole the sentence opens with, then the amounts they stand for set off as one list and paired
    "respectively": "Of the 1.92 million people who voted, 58.3% backed the first amendment and 44.8% the second
    -- 1.12 million and 0.86 million voters respectively". The mirror of the parts listed before their shares: each
    share with the amount in its place in the other list, of the whole before them."""
    text = document.text
    listed = [f for f in group if f.unit == "percent" and f.direction == 0 and not f.qualifier]
    if len(listed) < 2:
        return []
    amounts = [f for f in group if f.span.start > listed[-1].span.end]
    if len(amounts) != len(listed) or not all(is_level(f) and written_in_digits(f) for f in amounts):
        return []
    if not all(_AMOUNT_LIST_GLUE.fullmatch(text[a.span.end:b.span.start]) for a, b in zip(amounts, amounts[1:])):
        return []
    if not _THEN_RESPECTIVELY.match(text, amounts[-1].span.end) \
            or not _AMOUNTS_SET_OFF.search(text[listed[-1].span.end:amounts[0].span.start]):
        return []
    if any(listed[0].span.start < f.span.start < listed[-1].span.start and f not in listed for f in group):
        return []  # another figure among the shares: no plain list of them
    # (a number in words before them counts something else: "who voted in the two referendums")
    before = [f for f in group if f.span.end <= listed[0].span.start and written_in_digits(f)]
    if not before:
        return []
    whole = before[-1]
    if not (is_level(whole) and _WHOLE_OPENED_BEFORE.search(text, max(0, whole.span.start - 30), whole.span.start)):
        return []
    if not all(same_unit(a, whole) for a in amounts):
        return []
    return [(share, amount, whole) for share, amount in zip(listed, amounts)]


# between two levels, what makes them no list of parts: the word or dash of a range ("365 736.3 to 365 981.2",
# "12-15") or a bracket that opens or closes an aside
_NOT_ONE_LIST = lazy_re.compile(r"^\s*(?:to|-|–|—)\s*$|[()]")
# between two shares of one list: a comma or "and", a percent sign or word at most ("8.3, 43.8 and 48.0 percent")
_ONE_LIST_GLUE = lazy_re.compile(r"\s*(?:%|per\s*cent|percent)?\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)


# An amount in brackets right after a percentage: "reached 35.3 percent ($5.55 billion)", "18.1% (80)"
_AMOUNT_OF_THE_SHARE = lazy_re.compile(r"\d\s*(?:%|per\s*cent|percent|pct)\s*\(\s*$", re.I)


def amount_of_a_share_before(text: str, start: int) -> bool:
    """Whether the amount at `start` stands in brackets right after a share, which it is the amount of: the part
    the share is of its whole ("the share of trade with the CIS reached 35.3 percent ($5.55 billion)"), never the
    whole the sentence names."""
    return _AMOUNT_OF_THE_SHARE.search(text, max(0, start - 20), start) is not None


# a level in brackets after the share it is ("receiving 28% of Uruguayan exports of goods (3,277 million USD)")
_SHARE_THEN_BRACKET_BEFORE = lazy_re.compile(r"(?:%|\bper\s*cent|\bpercent)[^()%]{0,70}\(\s*$", re.I)


def in_brackets_after_its_share(text: str, f: Figure) -> bool:
    """Whether a level stands in brackets after the share it is, within 80 characters ("receiving 28% of Uruguayan
    exports of goods (3,277 million USD)"): a part given with its share, not the whole of another."""
    return bool(_SHARE_THEN_BRACKET_BEFORE.search(text, max(0, f.span.start - 80), f.span.start))
