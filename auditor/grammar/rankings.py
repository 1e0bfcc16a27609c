"""Rankings told in words, as the words around figures tell them: the readings the ranking check once
spelled as its own patterns. A superlative and the figure it ranks first ("the highest rate (9.5%)",
"grew by 14.6 per cent, making it the fastest-growing"), the cue that carries a stated order on
("Next come food at", "then services at"), a runner-up ("came a close second with"), a listing's
labelled lines ("Physics - A-C: 4,310"), a table's "Rank" header and the overall rate a best and a
worst part stand either side of ("an overall pass percentage of").
The ranking check decides which figures to set in which order; the meaning layer's own orders are
grammar.order's. The vocabularies are cues' (SUPERLATIVES_HIGH, NEXT_IN_ORDER, RANK_HEADERS, ...).
"""
from __future__ import annotations

import re
from typing import Iterator

from auditor import lazy_re
from auditor.grammar import cues, lexicon

_HIGH = cues.words(cues.SUPERLATIVES_HIGH)
_LOW = cues.words(cues.SUPERLATIVES_LOW)
# (its determiner may be a possessive that names the field ranked: "the world's largest fall", "Africa's busiest port")
_SUPERLATIVE = lazy_re.compile(rf"\b(?:the|its|their|(?:the\s+)?[a-z]+['’]s)\s+(?:(?:single|very|overall|{cues.words(cues.RANK_ORDINALS)})\s+)?"
                               rf"(?:(?P<high>{_HIGH})|(?P<low>{_LOW}))\b", re.I)
# "the highest since 2007", "the largest number on record": against its own past, not a ranking
_AGAINST_PAST = lazy_re.compile(r"[\s-]*(?:[\w-]+\s+){0,4}?(?:since|on record|ever|in (?:\d+|history|recent|(?:the )?(?:last|past)))\b", re.I)
# the words from a superlative to the figure it ranks: "the highest rate (", "the most passes, with ", "the biggest
# improvement, a " (an apposition naming the figure: "a 249.5 per cent leap")
_LEADS_TO_ITS_FIGURE = lazy_re.compile(r"(?:\(|\bat|\bwith|\bof|,(?:\s*an?\b)?|:|\bwas|\bis)\s*$")
# ... unless they make it a base: "the highest since 2007 compared with", "the lowest than"
_BASE_IN_LEAD = lazy_re.compile(rf"\b(?:{cues.words(cues.RANKING_BASE_WORDS)})\b", re.I)
# a figure, then the superlative it earns: "grew by 14.6 per cent, making it the"
_MAKING_IT = lazy_re.compile(rf"[^\d;]{{0,40}}?,\s*(?:{cues.words(cues.MAKING_IT, ' ')})\s+(?:it|them)\s*", re.I)
# a sentence's end between a superlative and a figure after it
_SENTENCE_END = lazy_re.compile(r"[;.]\s")


def superlatives_in(text: str, start: int, end: int) -> Iterator[re.Match]:
    """The superlatives between `start` and `end`: "the highest", "its second largest"; the group "high"
    or "low" says which end of the order they name."""
    return _SUPERLATIVE.finditer(text, start, end)


def ranked_against_its_past(text: str, position: int) -> bool:
    """Right after a superlative (at `position`), words that set it against its own past: "since 2007",
    "on record", "in a decade"."""
    return _AGAINST_PAST.match(text, position) is not None


def leads_to_its_figure(lead: str) -> bool:
    """The words from a superlative to the figure after it give that figure as the one ranked:
    "the highest rate (", "the most passes, with ", "the lowest was ", not "the highest rate compared with "."""
    return _LEADS_TO_ITS_FIGURE.search(lead) is not None and _BASE_IN_LEAD.search(lead) is None


def making_it_between(words: str) -> bool:
    """The words from a figure to a superlative give the figure the superlative: ", making it " (the)."""
    return _MAKING_IT.fullmatch(words) is not None


def crosses_a_sentence(words: str) -> bool:
    """The words hold a sentence's end (or a semicolon), so what they join are not one statement's."""
    return _SENTENCE_END.search(words) is not None


# ---- an order carried on: "Next come food at 2.7%, then services at 1.3%" ---------------------
_NEXT = lazy_re.compile(rf"(?:^|[\s,;(])(?:{cues.words(cues.NEXT_IN_ORDER)})"
                        r"\s+(?P<item>[^\d;.]{1,60}?)\s*(?:\bat|\bwith|\bon|:|\()\s*$", re.I)
_CHANGE_VERB = lazy_re.compile(rf"\b(?:{cues.words(cues.RANK_BREAKERS)})\b", re.I)
_SECOND = lazy_re.compile(rf"\b(?:{cues.words(cues.SECOND_VERBS)})\s+"
                          r"(?:in\s+)?(?:a\s+)?(?:\w+\s+)?second\b(?:\s+place)?[^\d;.]{0,30}$", re.I)


# ... or the item before the cue: "The United States comes next with", "Germany was next at"
# (the item one noun phrase: "Vienna, meanwhile, came next with" opens another topic)
_NEXT_AFTER_ITEM = lazy_re.compile(r"(?:^|[;(]|\.\s)\s*(?P<item>[^\d;.,]{1,60}?)\s+(?:comes|come|came|was|is|ranks|ranked)\s+next"
                                   r"\s*(?:\bat|\bwith|\bon|:|\(|,)\s*$", re.I)


def carries_the_order_on(words: str) -> bool:
    """The words before a figure name the next item of a stated order: "Next come food at", "then services
    at", "and finally industrial goods at", "followed by X with", "The United States comes next with"; not when
    the item's words break the order ("then fell to")."""
    cue = _NEXT.search(words) or _NEXT_AFTER_ITEM.search(words)
    return cue is not None and _CHANGE_VERB.search(cue.group("item")) is None


def names_the_second_place(lead: str) -> bool:
    """A sentence opens by putting its figure second: "Edmonton came a close second with "."""
    return _SECOND.search(lead) is not None


# ---- the rivals a superlative's figure is set against --------------------------------------------
# "The lowest rate was in Tartu, at 3.2%, compared with 4.8% in Tallinn and 5.1% in Narva", "Cork handled the least
# freight, 312,000 tonnes, against 405,000 tonnes at Galway": the words from the ranked figure to the first rival's
# (the words of a level set against another, but "from" and "after": "3.2%, up from 4.8% in Tallinn" is a move)
# (or the others' plural noun: "Algeria had the largest fall, at 23.9 per cent, with drops of 9.1 per cent in Ecuador")
_SET_AGAINST = lazy_re.compile(rf"^[^\d;.]{{0,30}}?\b(?:(?:{lexicon.alternation(tuple(w for w in lexicon.LEVEL_SET_AGAINST if w not in ('from', 'after')))})"
                               r"\s+(?:the\s+|a\s+)?|with\s+[a-z]+s\s+of\s+)$", re.I)
# ... each rival named by its place after its figure ("in Tallinn", "at Galway"; not a month: that is a time)
_NAMED_BY_PLACE = rf"(?:[a-z]+\s+){{0,2}}?(?:in|at|for|among|on)\s+(?:the\s+)?(?!(?i:{cues.words(cues.MONTH_NAMES)})\b)[A-Z][a-z'’-]{{2,}}"
_RIVAL_NAMED = lazy_re.compile(rf"\s*{_NAMED_BY_PLACE}")  # (matched at the figure's end)
# ... and the next rival of the list after the place: " in Tallinn and ", " at Galway, "
_NEXT_RIVAL = lazy_re.compile(rf"^\s*{_NAMED_BY_PLACE}[^\d;.]{{0,30}}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|a\s+)?$")


def sets_against_rivals(words: str) -> bool:
    """The words after a superlative's figure set it against the figures of its rivals: ", compared with "."""
    return _SET_AGAINST.match(words) is not None


def rival_named(text: str, end: int) -> bool:
    """A rival's figure (ending at `end`) is named by its place right after it: " in Tallinn"."""
    return _RIVAL_NAMED.match(text, end) is not None


def next_rival(words: str) -> bool:
    """The words from one rival's figure to the next name the first by its place and go on to the next:
    " in Tallinn and "."""
    return _NEXT_RIVAL.match(words) is not None


# ---- the items after a superlative's figure that "came next" ------------------------------------
# "Gauteng registered the most new firms (14,220); the Western Cape (9,870) and KwaZulu-Natal (7,450) came next": the
# words after the last item's figure put the items after the first
_CAME_NEXT = lazy_re.compile(rf"\s*[),]?\s*(?:{cues.words(cues.SECOND_VERBS + ('were', 'are'))})\s+(?:next|behind|further\s+back)\b",
                             re.I)
# ... the items joined by "and" or a comma, each named before its figure: ") and KwaZulu-Natal ("
_NEXT_ITEM = lazy_re.compile(r"^\s*\)?\s*(?:,\s*(?:and\s+)?|and\s+)[^\d;.()]{1,40}?(?:\(|,|\bwith|\bat|\bon)\s*$", re.I)
# ... and the first item opening its clause after the superlative's: "; the Western Cape (", ". Cape Town ("
_FIRST_NEXT_ITEM = lazy_re.compile(r"(?:;|\.)\s+[^\d;.()]{1,40}?(?:\(|,|\bwith|\bat|\bon)\s*$", re.I)


def came_next_after(text: str, end: int) -> bool:
    """The words after a figure (ending at `end`) put its item, and those listed with it, next after the first:
    ") came next", " were next", ") followed behind"."""
    return _CAME_NEXT.match(text, end) is not None


def opens_the_next_items(words: str) -> bool:
    """The words from a superlative's figure open a new clause naming the first of the items next after it."""
    return _FIRST_NEXT_ITEM.search(words) is not None


def joins_the_next_items(words: str) -> bool:
    """The words between two items' figures join the items: ") and KwaZulu-Natal (", ", Limpopo with "."""
    return _NEXT_ITEM.match(words) is not None


# ---- a listing of labelled lines: "X - A1-C6: 223,737 (65.3%)" --------------------------------
_LABEL_BEFORE = lazy_re.compile(r"(?:^|[;–—|]\s*|\)\s*[;,]\s*)(?P<label>[A-Z][\w+\-/]*(?:\s*[\w+\-/]+){0,2})\s*:\s*$")
# the end of an item's clause: ", while ...", ", and ...", ";"
_CLAUSE_END = lazy_re.compile(rf",\s*(?:{cues.words(cues.CLAUSE_JOINERS)})\b|;")
_LISTING_TOTAL = lazy_re.compile(rf"(?:{cues.words(cues.LISTING_TOTAL_LABELS)})\b", re.I)
# a line's head before its label: "Physics - ", "Physics: ", "Physics | "
_LINE_HEAD_END = lazy_re.compile(r"\s[–—-]\s|:|\|")


def label_before_colon(words: str) -> str | None:
    """The label a figure's line gives it right before a colon, from the line's start or the last ";", dash or
    bracket: "(65.3%); A1-C6: " -> "A1-C6", "Physics - A1-C6: " -> "Physics - A1-C6"."""
    m = _LABEL_BEFORE.search(words)
    return m.group("label") if m else None


def names_the_label(words: str, label: str) -> bool:
    """The words name a listing's label as a word of its own: "scoring A1-C6" names "A1-C6", not "A1"."""
    return re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", words) is not None


def up_to_clause_end(words: str) -> str:
    """The words up to the end of their clause (", while", ", and", ";")."""
    return _CLAUSE_END.split(words)[0]


def line_head(words: str) -> str:
    """The head of a listing's line, before its dash, colon or bar: "Physics - A-C: " -> "Physics"."""
    return _LINE_HEAD_END.split(words)[0].strip()


def is_listing_total(head: str) -> bool:
    """A listing's line head that names its total, not an item: "Total", "All schools"."""
    return _LISTING_TOTAL.match(head) is not None


# ---- an overall rate between the best and the worst part: "an overall pass percentage of 99.69%" ---
_OVERALL = rf"(?:{cues.words(cues.OVERALL_WORDS)})"
_RATE_NOUN = lazy_re.compile(rf"\s+((?:[a-z][\w-]*\s+){{0,2}}?(?:{cues.words(cues.RATE_NOUNS)}))"
                             r"\s*(?:\(|,|:|of|at|was|with|,?\s*with)\s*", re.I)


def rate_noun_after_superlative(words: str) -> str | None:
    """The rate a superlative ranks by, the words from it to its figure being only that: " pass percentage ("
    -> "pass percentage"."""
    m = _RATE_NOUN.fullmatch(words)
    return m.group(1).lower() if m else None


def overall_rate_before(phrase: str) -> re.Pattern:
    """The words before a figure that make it the overall level of the rate `phrase`: "an overall pass
    percentage of ", "the national pass percentage was "."""
    return re.compile(rf"\b{_OVERALL}\s+{re.escape(phrase)}\s+(?:\w+\s+){{0,3}}?(?:of|was|is|at|stood at|came to|:)?\s*$", re.I)


# ---- a table ranked by its "Rank" column ------------------------------------------------------
_RANK_HEADER = lazy_re.compile(rf"^\W*(?:{cues.words(cues.RANK_HEADERS)})\W*$", re.I)
_LOW_END = lazy_re.compile(rf"\b(?:{cues.words(cues.SUPERLATIVES_LOW)})\b", re.I)


def is_rank_header(header: str) -> bool:
    """A table's label header that numbers its rows as places: "Rank", "Position"."""
    return _RANK_HEADER.match(header) is not None


def names_the_low_end(words: str) -> bool:
    """The words (a title, a header) rank lowest first: "lowest", "fewest", "smallest"."""
    return _LOW_END.search(words) is not None
