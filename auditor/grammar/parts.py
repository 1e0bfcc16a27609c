"""A whole and its parts as the words right around figures tell them: the readings the checks
sum-of-parts, part-exceeds-whole, same-measure and total-between-groups once spelled as their own
patterns. Each function reads one thing and says it in its name; the checks decide which figures
to set against which, and with what arithmetic.

- a whole opening a list of its parts: "Of the 574,125 who sat, 300,995 were male and 273,130
  female" (`opens_a_list_of_parts`, `list_goes_on`, `is_residual_group`, `names_a_whole_left_over`);
- a part named apart from the whole it belongs to: "the rural population consisted of ..." (`names_a_whole_then_parts`),
  "Exports and imports together were worth ..." (`names_parts_then_their_total`), "Of this, ..." (`opens_on_the_whole_before`);
- a part after a whole in one sentence: "2,600 farms, including 1,900 with cattle" (`part_cue_in`), "299 members out
  of 321" (`part_out_of_whole_between`), "within the W budget" (`whole_after_within`), and a whole named again later
  ("in the budget": `named_whole_noun`, `names_the_whole_again`, `allocates_in`).
The vocabularies are lexicon's (PARTITIVES_EXHAUSTIVE, NAMED_WHOLE_NOUNS, ALLOCATING_STEMS, ...).
"""
from __future__ import annotations

import re
from functools import lru_cache

from auditor import lazy_re
from auditor.grammar import cues, lexicon

# ---- a whole, then the list of its parts (sum-of-parts) -----------------------------------------

# "Of the 574,125 who sat," "among the 41.7m males:" up to the whole: the opening of its sentence
_OF_START = lazy_re.compile(r"(?:^\W*(?:\d+\W+)?|[,;:(]|\bthat)\W*(?:[A-Za-z]+\s+){0,3}?(?:of|among|out of)\s+(?:the\s+|all\s+|a total of\s+)?"
                            r"(?:[A-Za-z'’-]+\s+){0,3}$", re.I)
# the words between two parts of one list: no figure, no semicolon, short
_LIST_GAP = lazy_re.compile(r"^[^\d;]{0,60}$")
# ... nor a word that ends the list: a total, a contrast, another whole ("of"), a rate ("per")
_LIST_ENDS = lazy_re.compile(r"\btotal|\bwhile\b|\bwhereas\b|\bof\b|\bper\b", re.I)
# between a whole and its first part: the part is per item, not a part ("each", "every", "per", "average")
_PER_ITEM = lazy_re.compile(r"\b(?:each|every|per|average)\b", re.I)
# after a list: each item has the amount ("30,000 each", "apiece", "respectively")
_EACH_AFTER = lazy_re.compile(r"^[^\d]{0,30}\b(?:each|apiece|respectively)\b", re.I)
_AND = lazy_re.compile(r"\band\b")
_COMMA_AND = lazy_re.compile(r",\s*and\b")
# a part's label: the words before its colon back to the last mark or verb ("Fully employed: 21.1m"), or else the
# words after it up to the next mark, "and" or "or" ("300,995 were male and")
_LABEL_BEFORE_COLON_STARTS = lazy_re.compile(r"[,;:(|\d]|\b(?:and|is|are|was|were|of)\b")
_LABEL_AFTER_ENDS = lazy_re.compile(r"[,;:.()|\d]|\band\b|\bor\b")
# a group that holds whoever the others leave out: "not economically active", "the rest", "others"
_RESIDUAL = lazy_re.compile(r"^\W*(?:are\s+|were\s+|is\s+|was\s+)?(?:not\b|non-|other\b|others\b|the\s+rest\b|the\s+remaining\b|"
                            r"remaining\b|neither\b|outside\b)", re.I)
_SENTENCE_STOP = lazy_re.compile(r"[.;\n]")
_REMAINING = lazy_re.compile(r"\b(?:the\s+)?(?:remaining|rest|other)\s*$", re.I)
# (a determiner after "of": "revenue of N2.10 trillion and allocations of N0.68 trillion, with the remaining ..."
# names a measure, not a whole taken apart)
_OF_WHOLE = lazy_re.compile(r"\b(?:among|of|out of|from)\s+(?:the|all|a total of)\s*$", re.I)


def opens_a_list_of_parts(lead: str) -> bool:
    """The words from a sentence's start up to a whole make it the whole a list takes apart:
    "Of the ", ", among all ", "that out of the registered "."""
    return _OF_START.search(lead) is not None


def list_goes_on(gap: str) -> bool:
    """The words between two figures may join two parts of one list: short, no figure, no semicolon, and no
    word that ends the list ("total", "while", "whereas", "of", "per")."""
    return _LIST_GAP.match(gap) is not None and _LIST_ENDS.search(gap) is None


def per_item_between(gap: str) -> bool:
    """The words between a whole and the figure after it make that figure per item: "each", "every", "per"."""
    return _PER_ITEM.search(gap) is not None


def each_after_list(words: str) -> bool:
    """The words after a list's last figure give each item the amount: " each", " apiece", " respectively"."""
    return _EACH_AFTER.match(words) is not None


def joined_by_and(gap: str) -> bool:
    """The words between two parts join them with "and" (a list's last item)."""
    return _AND.search(gap) is not None


def comma_and_in(gap: str) -> bool:
    """The words between two figures hold ", and": one list ends there and another begins."""
    return _COMMA_AND.search(gap) is not None


def part_label(text: str, start: int, end: int) -> str:
    """The label of a part at `start`-`end`: the words before its colon ("Fully employed: 21.1m" -> " Fully
    employed"), or else the words after it up to the next mark, "and" or "or" ("300,995 were male and" ->
    " were male ")."""
    head = text[max(0, start - 40):start]
    if head.rstrip().endswith(":"):
        return _LABEL_BEFORE_COLON_STARTS.split(head.rstrip()[:-1])[-1]
    return _LABEL_AFTER_ENDS.split(text[end:end + 50])[0]


def is_residual_group(label: str) -> bool:
    """A part's label names the group that holds the rest: "not employed", "others", "the remaining"."""
    return _RESIDUAL.match(label) is not None


def sentence_end(text: str, position: int) -> int:
    """Where the sentence (or its clause up to a semicolon) that runs through `position` ends."""
    end = _SENTENCE_STOP.search(text, position)
    return end.start() if end else len(text)


def names_a_whole_left_over(words: str) -> bool:
    """The words right before a figure make it what is left of a whole: "the remaining ", "the rest "."""
    return _REMAINING.search(words) is not None


def whole_taken_apart_before(words: str) -> bool:
    """The words right before a figure make it a whole that is taken apart: "Of the ", "among all "."""
    return _OF_WHOLE.search(words) is not None


# ---- parts listed here, the whole named and stated elsewhere (sum-of-parts) ---------------------

# "In 2001 the rural population consisted of A males and B females; in 2011 the figures were C and D
# respectively", "For the urban population the corresponding figures were ...", "By gender the labour
# force is Male: A and Female: B"
_NAMED_CUE = lazy_re.compile(
    r"^\W*(?:\d+\W+)?(?:(?:in|for|by|at)\s+(?:[\w-]+\s+){0,2}?)?(?:the\s+)?(?P<name>[a-z][a-z' -]{2,40}?)\s+(?:"
    r"consisted of|consists of|comprised|comprises|was made up of|is made up of|was split into|is split into|"
    r"was divided into|is divided into|was broken down into|the corresponding figures were|is|was)\s*(?P<colon>:?)\s*(?:[A-Z][A-Za-z -]{0,25}:\s*)?$"
    r"|^\W*(?:for|in)\s+(?:the\s+)?(?P<name2>[a-z][a-z' -]{2,40}?),?\s+the\s+(?:corresponding\s+)?figures\s+(?:were|are)\s*$",
    re.I)
# "Exports and imports together were worth", "Buses and trams combined carried"
_PARTS_THEN_NAME = lazy_re.compile(
    r"^\W*(?:in\s+[\w-]+,?\s+|[\w -]{1,25},\s+)?(?:the\s+)?(?P<name>[a-z][a-z -]{2,30}?)\s+and\s+(?:the\s+)?(?P<name2>[a-z][a-z -]{2,30}?)\s+"
    r"(?:together|combined)\s+(?:were worth|was worth|came to|amounted to|totall?ed|reached|stood at|were|was)\s*(?:some\s+|about\s+)?$",
    re.I)
_YEAR = lazy_re.compile(r"\b((?:19|20)\d\d)\b")


def names_a_whole_then_parts(lead: str) -> str | None:
    """The whole a sentence names before the list of its parts, from the sentence's start to its first
    figure: "In 2001 the rural population consisted of " -> "rural population" (its last "the" part)."""
    m = _NAMED_CUE.match(lead)
    if not m:
        return None
    return re.split(r"\bthe\b", m.group("name") or m.group("name2"), flags=re.I)[-1]


def names_parts_then_their_total(lead: str) -> tuple[str, str] | None:
    """The two parts a sentence names before the total they make together: "Exports and imports together
    were worth " -> ("Exports", "imports")."""
    m = _PARTS_THEN_NAME.match(lead)
    return (m.group("name"), m.group("name2")) if m else None


# "14,77,085 in 2001", "1,210 for the year 2011": the year a figure is stated for, right after it
_YEAR_SAID_AFTER = lazy_re.compile(r"^\W*(?:[a-z]+\s+){0,3}?(?:in|for|at|of)\s+(?:the\s+)?(?:year\s+)?((?:19|20)\d\d)\b", re.I)
# "... 1,41,234 females in 2011": the year right after a list's last figure
_LIST_YEAR_AFTER = lazy_re.compile(r"^\s+(?:[a-z-]+\s+)?in\s+((?:19|20)\d\d)\b", re.I)
_A_YEAR = lazy_re.compile(r"(?:19|20)\d\d")


def year_said_after(words: str) -> str | None:
    """The year the words right after a figure state it for: " in 2001" -> "2001", " for the year 2011"."""
    m = _YEAR_SAID_AFTER.match(words)
    return m.group(1) if m else None


def year_after_list(words: str) -> str | None:
    """The year right after a list's last figure: " females in 2011" -> "2011"."""
    m = _LIST_YEAR_AFTER.match(words)
    return m.group(1) if m else None


def is_a_year(period: str) -> bool:
    """A period that is one calendar year: "2011" (not "2011-Q2", "2011-12")."""
    return _A_YEAR.fullmatch(period) is not None


def years_in(words: str) -> list[str]:
    """The years written in the words ("1991", "2011"), in reading order."""
    return _YEAR.findall(words)


# ---- "... stood at Rs 1,17,010 crore. Of this, CGST accounted for Rs 20,578 crore, SGST for ..." (sum-of-parts)
_OF_THIS = lazy_re.compile(r"^\W*(?:Of|Out of)\s+(?:this|these|that|it|which|the total|this total|this amount|the sum)\s*,", re.I)
# "6.8% higher than the revised estimate of ₹2,47,300 crore": a figure of comparison, not the subject
# (or the level a "when" clause gives the time compared with: "compared to the same period in 2021, when only 187")
_EARLIER = lazy_re.compile(r"\b(?:than|from|against|compared (?:with|to)|versus)\b(?:[^.;\d]{0,30}|[^.;]{0,50},\s*when\s+"
                           r"(?:only\s+|just\s+|some\s+|about\s+|there\s+were\s+)?)$", re.I)
_INCLUDING = lazy_re.compile(r"\b(?:including|includ(?:es|ed)|among them|of which)\b(?![^;)]*(?:;|\)|\bwhile\b|\bwhereas\b))[^;)]*$", re.I)


def opens_on_the_whole_before(lead: str) -> bool:
    """A sentence opening "Of this," "Out of the total," takes apart the figure the sentence before ends on."""
    return _OF_THIS.match(lead) is not None


def compared_against_before(words: str) -> bool:
    """The words right before a figure make it the other side of a comparison: "than the revised estimate of "."""
    return _EARLIER.search(words) is not None


def picked_out_before(words: str) -> bool:
    """A figure stands in a clause that picks some parts out, "including ...", "of which ...", still open
    before it (no semicolon, closing bracket, "while" or "whereas" since)."""
    return _INCLUDING.search(words) is not None


# ---- a part after its whole in one sentence; a whole named again (part-exceeds-whole) -----------

_PART_CUE = lazy_re.compile(
    r"(?:\bof (?:which|whom|these|them|this|the total)|\bamong (?:which|whom|them|these)|\bincluding\b|\bwithin (?:this|the|that)\b|"
    r"\bwithin this total\b|\bout of which\b|\bof this\b)" + lexicon.NOT_PARTITIVE_AFTER, re.I)
# "3,418 homes, 1,205 of them social housing and 2,031 for private sale": an anaphor right after
# a figure makes that figure a part of what came before, not the whole of what follows; so does "of the total" closing
# its phrase ("Domestic films earned 2.90 billion pesos of the total, and imported films 3.10 billion pesos")
# ("1,900 of whom work in sales": "of whom" or "of which" right after a count and before the words of its clause)
# ("625,600 of the total labor force (4,077,100 people)": "of the total" and its noun, then the whole in brackets)
_ANAPHOR_AFTER = lazy_re.compile(r"\s*(?:of|among)\s+(?:(?:them|these|those|this)\b|the\s+total(?=\s*[,;.)])"
                                 r"|the\s+total\s+(?:[a-z-]+\s+){1,3}(?=\()"
                                 r"|(?:whom|which)\s+(?=[a-z]))", re.I)
# the part's noun and clause, then a verb of coming out of or being among a definite whole: " complaints the ombudsman
# upheld last year came out of the ", " were among the ", " were drawn from the "
_MEMBER_OF_THE_WHOLE = lazy_re.compile(
    rf"^[^\d.;:!?()]{{0,90}}?\b(?:{lexicon.alternation(lexicon.MEMBER_OF_A_WHOLE_PREDICATES)})\s+(?:the|its|their|all\s+the)\s+$", re.I)
# a plural noun right after a figure ("complaints", "schools"), not a word of its clause ("she", "inspected")
_NOUN_OPENING = lazy_re.compile(r"^\s+([a-z][a-z-]*s)\b(?!\s+(?:were|was|are|is)\b)")
_DASHED_ASIDE = lazy_re.compile(r"\s[—–]\s[^—–\d;.]{1,200}\s[—–](?=\s)")
_OUT_OF = lazy_re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:out of|of the|of all|of a total of|from a total of)\s+(?:the\s+)?$", re.I)
# the rest of the first figure's sentence (or title line), then a pronoun that takes the figure up, a predicate of
# part and the whole: "... without power\nThe figure is a fraction of the ", ". That is only a small share of all the "
_TAKEN_UP_AS_A_PART = lazy_re.compile(
    r"^[^\d.;:!?\n]{0,80}(?:[.!?]\s+|\s*\n\s*)(?:the\s+(?:figure|number|total|count|tally)|this|that|it)"
    r"(?:\s+(?:figure|number|total|count))?\s+"
    rf"(?:{lexicon.alternation(lexicon.PART_PREDICATE_VERBS)})\s+(?:only\s+|just\s+|but\s+)?an?\s+"
    rf"(?:(?:small|tiny|mere|minor)\s+)?(?:{lexicon.alternation(lexicon.PART_PREDICATE_NOUNS)})\s+of\s+"
    r"(?:all\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)
# a count in a phrase of place or span: "across 18 districts", "in 212 villages"
# (not "to", "at", "over", "by": "amounted to RMB 2,110 million", "over 5,000" name the whole itself)
_PLACE_BEFORE = lazy_re.compile(r"\b(?:across|from|among|within|in|between)\s+(?:the\s+|its\s+|their\s+|some\s+)?$", re.I)
_EACH_OF = lazy_re.compile(r"\beach\s+of\b", re.I)
_WHOLE_CUE = lazy_re.compile(r"\bwithin\s+(?:the|a|its)\s*$", re.I)
# "Imports rose to $4.1 billion, including machinery and fuel, while exports fell to $5.3 billion": a clause of
# contrast (or a semicolon, or ", but") after the cue ends the cue's list, which named its parts without figures;
# a figure after it is the next clause's, no part
_CUE_LIST_ENDS = lazy_re.compile(rf";|,\s*but\b|\b(?:{lexicon.alternation(cues.CONTRAST_JOINERS)})\b", re.I)
# Wholes that later sentences name with a definite article: "in the budget".
_NAMED_WHOLES = lazy_re.compile(rf"\b({cues.words(lexicon.NAMED_WHOLE_NOUNS, ' ')})$", re.I)
_ALLOCATES = lazy_re.compile(rf"\b(?:{cues.stems(lexicon.ALLOCATING_STEMS)}|{cues.words(lexicon.ALLOCATING_PHRASES, ' ')})\b",
                             re.I)


def part_cue_in(gap: str) -> re.Match | None:
    """A cue between a whole and a figure after it that makes the figure its part: "of which", "including",
    "among them", "within this total" (not "of this year's")."""
    return _PART_CUE.search(gap)


def part_list_ends(gap: str, after: int) -> bool:
    """A clause of contrast, ", but" or a semicolon after a part cue (from `after` on) ends the cue's list."""
    return _CUE_LIST_ENDS.search(gap, after) is not None


_ASIDE_CLOSED = lazy_re.compile(r"[^,;\d]*,\s*(?:and|while|whereas)\b", re.I)


def cue_aside_closed(gap: str, cue: re.Match) -> bool:
    """A cue opened after a comma heads an aside without amounts that the next ", and" closes: in "441,700 internet,
    including Wi-Fi, and 552,700 telephone lines" the figure after the aside is a peer of the whole, not its part
    (a list of several items may still run on: "including cars, vans, and 1,200 buses")."""
    return gap[:cue.start()].rstrip().endswith(",") and _ASIDE_CLOSED.match(gap, cue.end()) is not None


def anaphor_after(text: str, position: int) -> bool:
    """Right after a figure (at `position`), an anaphor makes it a part of what came before: "of them",
    "among these", "of the total,", "of whom work"."""
    return _ANAPHOR_AFTER.match(text, position) is not None


def part_out_of_whole_between(gap: str) -> bool:
    """The words between two figures make the first a part of the second: " out of ", " of the ", " of all "; or
    the next sentence takes the first up by a pronoun and calls it a small part of the second: "2,104 schools still
    without power. The figure is a fraction of the 38,610 public schools"."""
    return _OUT_OF.match(gap) is not None or _TAKEN_UP_AS_A_PART.match(gap) is not None


def member_of_the_whole_between(gap: str, after_whole: str) -> bool:
    """The first of two figures is the subject of a verb of coming out of, or being among, the second, a definite
    whole: "The 3,118 complaints the ombudsman upheld came out of the 11,406 she received" (an aside set off by
    dashes, with no figure, may stand between); the whole names no other noun than the part's ("The 412 pupils came
    out of the 306 schools" counts schools, not pupils)."""
    m = _MEMBER_OF_THE_WHOLE.match(_DASHED_ASIDE.sub(" ", gap))
    if m is None:
        return False
    part_noun, whole_noun = _NOUN_OPENING.match(gap), _NOUN_OPENING.match(after_whole)
    return whole_noun is None or part_noun is not None and lexicon.fold(part_noun.group(1)) == lexicon.fold(whole_noun.group(1))


def count_of_places_before(text: str, start: int, end: int) -> bool:
    """A figure (starting at `end`) counts places or spans: "across ", "in ", "among some "."""
    return _PLACE_BEFORE.search(text, start, end) is not None


def each_of_in(gap: str) -> bool:
    """The words between a whole and a figure say "each of": the figure is per member, no part."""
    return _EACH_OF.search(gap) is not None


def whole_after_within(words: str) -> bool:
    """The words right before a figure make it a whole the next figures are within: "within the "."""
    return _WHOLE_CUE.search(words) is not None


def named_whole_noun(measure: str) -> str | None:
    """The noun a whole may be named by again later ("the budget", "the workforce"), when its measure
    ends on one, lower case."""
    m = _NAMED_WHOLES.search(measure)
    return m.group(1).lower() if m else None


def allocates_in(text: str, start: int, end: int) -> bool:
    """The words name a share handed out of a whole: "allocated", "earmarked", "set aside", "provided"."""
    return _ALLOCATES.search(text, start, end) is not None


# a superlative in the clause before a level: "Mubarak Al-Kabeer Governorate was the least with a population of 258,813"
_RANKED_BEFORE = lazy_re.compile(rf"\bthe\s+(?:{cues.words(cues.SUPERLATIVES_NARROWING)})\b[^.;,]*$", re.I)


def ranked_member_before(text: str, start: int, end: int) -> bool:
    """Whether the words of a level's clause up to it rank it in a set ("was the least with a population of"): the level
    is one member's, no whole a later sentence may name again."""
    return _RANKED_BEFORE.search(text, start, end) is not None


@lru_cache(maxsize=None)
def names_the_whole_again(name: str) -> re.Pattern:
    """A later sentence naming the whole by its noun: "in the budget", "of this allocation"."""
    return re.compile(rf"\b(?:in|of|from|within|under)\s+(?:the|this|that)\s+(?:[a-z-]+\s+)?{name}\b", re.I)


# ---- a part or the rest of a measure, not its level (same-measure) ------------------------------

_THE_REST_BEFORE = lazy_re.compile(r"\b(?:the|its|their|all)\s+(?:remaining|other)\s+$", re.I)
_COMPOSED_OF_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PARTITIVES_EXHAUSTIVE)})\s+(?:some\s+|about\s+)?$", re.I)


def the_rest_before(text: str, start: int, end: int) -> bool:
    """The words up to a figure (at `end`) make it the rest of a group: "the remaining ", "all other "."""
    return _THE_REST_BEFORE.search(text, start, end) is not None


def composed_of_before(text: str, start: int, end: int) -> bool:
    """The words up to a figure (at `end`) make it a part a whole is made up of: "consisted of some "."""
    return _COMPOSED_OF_BEFORE.search(text, start, end) is not None


# ---- two groups' rates and the overall one (total-between-groups) ------------------------------

_CHANGE_OF_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(lexicon.CHANGE_OF_NOUNS)})\s+of\s+[^.;%]{{0,20}}$|"
                                    r"\b(?:up|down|by)\s+$", re.I)
_SPLIT_WORDS = lazy_re.compile(rf"\b(?:{cues.words(lexicon.SPLIT_OF_A_WHOLE_WORDS, ' ')})\b", re.I)


def change_named_before(words: str) -> bool:
    """The words right before a figure make it a change: "an increase of 7,184 (", "up ", "by "."""
    return _CHANGE_OF_BEFORE.search(words) is not None


def tells_a_split_of_one_whole(words: str) -> bool:
    """The words tell rates as shares of one whole ("Girls made up 51.1% of pupils"), not two groups' rates."""
    return _SPLIT_WORDS.search(words) is not None
