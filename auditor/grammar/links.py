"""Links between figures that the grammar of a sentence states.

Each finder below reads one general construction over a sentence skeleton (figures
as slots `#k#`) and the figures' frames, and names it in `grammar`:

- a whole, then a partitive, then its parts ("W, of which A and B"; "W, split between A and B");
- parts, then a word of totalling, then their whole ("A and B make up the W"; "A and B, a total of W");
- a fronted whole, then its parts ("Of the W, A ... and B ...");
- a change, a comparative or a base preposition, then the old level ("C above last year's O");
  the new level is "to N" after it or the level the clause states before the change;
- a ratio naming its base ("R X for every Y"), and the two levels the sentence sets against each other;
  a ratio naming its terms ("the ratio of urban to rural income"); an amount per head;
- groups: an overall figure, then the same measure for two complementary groups;
- shares: a part beside its share; shares exhausted by "the remaining" or a count; "that amounts to";
- restatements: a conversion in brackets; a title's figure in the body;
- named identities: "N more on A than on B", "A and B combined came to N", "A outnumbered B, giving D";
- series steps: "came down to 3.3, went up to 3.7".

Each link type below says in its docstring what it reads. A link says only what the text relates;
whether it holds is the engine's to decide.
"""
from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Iterator, Mapping, NamedTuple

from auditor import lazy_re
from auditor.document import per_document_cache
from auditor.extract.context import QUALIFIER_PHRASES, moved_measure, verb_direction
from auditor.extract.numbers import MULTIPLE_VERBS, SCALES
from auditor.extract.figures import DATELINE_REACH
from auditor.extract.periods import MONTHS, find_periods, shifted, year_in_view
from auditor.extract.units import CURRENCY_PREFIXES, UNIT_WORDS, conversion_factor, kind_of
from auditor.grammar import cues, lexicon
from auditor.grammar.labels import names_in_sentence
from auditor.grammar.frames import CHANGE_SPAN, COMPARATIVE_AFTER, Frame, Role, change_after_a_move, same_unit, written_in_digits
from auditor.grammar.segments import MOST_SUBHEADING_WORDS, SLOT, Segment, prose_neighbours, under_two_subheadings
from auditor.grammar import measures
from auditor.grammar.move_words import base_years_named_after, changed_by_amount_before, rate_beside_change, subject_of_its_own_moves
from auditor.grammar.measures import judged_direction
from auditor.grammar.within import clause_words, months_of, names_near, proper_names_only
from auditor.model import Figure, Kind


@dataclass(frozen=True)
class PartsLink:
    """A whole and the parts the text says it is made of (or holds)."""

    whole: Figure
    parts: tuple[Figure, ...]
    exhaustive: bool  # the parts make up the whole (else they lie within it)
    grammar: str
    closed: bool = True  # the list was read to its end (else a part may have been missed)
    share: Figure | None = None  # "A and B make up 78.6% of the W": the parts' share of the whole
    disjoint: bool = False  # the parts are categories of one breakdown, so they add up to no more than the whole
    sure: bool = True  # False when the words only suggest this whole: "them" may be either group a sentence named
    # the parts are changes told with direction words that do not all go the whole's way ("employment grew by
    # 1,100: part-time up 28,900, full-time down 27,900"): each part's sign against the whole's (+1 with it,
    # -1 against it), so they add up as signed amounts; empty when they all add
    signs: tuple[int, ...] = ()


@dataclass(frozen=True)
class ChangeLink:
    """A change and the two levels the text says it moved between."""

    change: Figure
    old: Figure
    news: tuple[Figure, ...]  # the level the change arrives at, likeliest first
    direction: int
    certain: bool
    grammar: str


@dataclass(frozen=True)
class GroupsLink:
    """An overall figure and the same measure for the groups that make up its population."""
    overall: Figure
    groups: tuple[Figure, Figure]
    grammar: str


@dataclass(frozen=True)
class SharesLink:
    """Shares of one whole that the words say exhaust it: "A took 48.2%, B 37.5% and the rest 14.3%"."""
    shares: tuple[Figure, ...]
    grammar: str
    # what the shares add up to, in their own unit: all of it (1), or 100 for shares written as bare
    # percentages ("the structure of the three industries was 16.3:41.0:42.7")
    whole: int = 1
    # False when only a count says how many shares there are ("the two parties (48% and 41%)"): the count names
    # how many are listed, not that they are all of the whole, so they add up to no more than it
    sure: bool = True


@dataclass(frozen=True)
class NamedWholeSharesLink:
    """Shares the words give of one named whole, for different subjects, without saying they
    exhaust it: "227,241 votes, 50.02 percent of the total votes" ... "7.38 percent of the total
    votes". Together they are no more than all of it."""
    shares: tuple[Figure, ...]
    whole: str  # the whole as the words name it: "total votes"
    # "the total", "all": the words name one whole, not each subject's own
    total: bool


@dataclass(frozen=True)
class ShareLink:
    """A share of a named whole and the part it amounts to: "38.7% of the 2,418 ... That amounts to 736"."""
    share: Figure
    whole: Figure
    part: Figure
    grammar: str
    certain: bool = True  # False: the words leave open whether the share is of this part and whole


@dataclass(frozen=True)
class SameAsLink:
    """One amount written twice in different notations: "Rs 117.14 crore (Rs 1,171.4 million)",
    or in two units of one dimension: "12 miles (19 km)", where `factor` says how many of the
    second's unit one of the first's is."""
    first: Figure
    second: Figure
    grammar: str
    factor: Fraction = Fraction(1)
    # a percentage of a reference restated as its gap to it: "88% of the average" is "12% below the average"
    # (-1: first == 1 - second; +1: first == 1 + second)
    complement: int = 0
    # False when words alone tie the two (no syntax): a mismatch is then a question, not an error
    certain: bool = True


@dataclass(frozen=True)
class HeadlineLink:
    """A figure in the title line and the body figures that may restate it, likeliest first.
    `certain`: one body figure only, of the title figure's period, whose clause holds every word
    of the title figure's measure: the body then restates the title, and a miss is a contradiction."""
    title: Figure
    body: tuple[Figure, ...]
    certain: bool
    grammar: str = "a figure in the title, restated in the text"
    # the words alone pick the first body figure (its measure, or its move from the title's old level), not
    # its value fitting the title's: then it is the one restatement, and no other body figure is a reading
    sole: bool = False


@dataclass(frozen=True)
class ChangePairLink:
    """A change stated both in units and as a rate, with the level it arrived at:
    "388500 hectares, an increase of 22000 hectares or 0.6%", "12,607, down 4.5% (583 units)"."""
    level: Figure
    amount: Figure
    rate: Figure
    direction: int
    grammar: str
    level_is_old: bool = False  # "rose by 546,000, a 35.4% increase from 1.54 million": the level moved from


@dataclass(frozen=True)
class PartShareLink:
    """A part and the share it is of a whole: "1,243,772 candidates, representing 79.77 per cent",
    "3.63 million users (a share of 10.0%)", "22.66 million (67.4%)". `whole` is the figure the
    words name ("of the 2,418 candidates"); else `candidates` are the nearest levels before it,
    within a bounded stretch of text, that could be the whole, nearest first."""
    part: Figure
    share: Figure
    whole: Figure | None
    candidates: tuple[Figure, ...]
    grammar: str
    # the share says it is "of the total": of the one total of its period, if the text gives one
    of_total: bool = False
    # the whole's name when the clause gives it before the part and no level in view has those
    # words ("made up most of all residential constructions with 24,727 (87.0%)")
    named: str = ""
    # whether the words tie the three surely (a part and whole found by their names elsewhere may not be)
    certain: bool = True


@dataclass(frozen=True)
class NamedIdentityLink:
    """A figure the words define from two named measures stated elsewhere: a gap ("spent N11.86
    trillion more on recurrent expenditure than on capital expenditure": result = a - b) or a total
    ("spending on recurrent and capital expenditure combined came to N44.62 trillion": result = a + b).
    `a` and `b` hold every statement of each measure (the readings)."""
    result: Figure
    operator: str  # "-" or "+"
    a: tuple[Figure, ...]
    b: tuple[Figure, ...]
    grammar: str
    certain: bool = True  # False: the words leave out terms the measure may hold ("net profit": tax)


@dataclass(frozen=True)
class StepLink:
    """A level the words say a series moved to from the level stated before it: "stood at 5.9. By 1980
    it had come down to 3.3, went up to 3.7 in 1985, fell back to 3.3 in 1990"."""
    new: Figure
    old: Figure
    direction: int
    certain: bool
    grammar: str


@dataclass(frozen=True)
class SpanAverageLink:
    """An average per day, week or month and the total over a span of known length: "12,400 arrests,
    an average of 34 a day over the year" (total / 365 = average)."""
    average: Figure
    total: Figure
    count: int  # days, weeks, months or years in the span
    per: str  # "day", "week", "month" or "year"
    span: str  # the words or figure that give the span: "the year", "30 days"
    grammar: str
    certain: bool = True


@dataclass(frozen=True)
class ProportionLink:
    """Two shares of one whole, each with the amount it stands for beside it: "Party A won 12.4% (nearly
    2.1 million votes) ... Party B took 3.1%, or just over 520,000 votes". The whole is one, so the
    amounts are in the proportion of their shares (first_part / first_share == second_part / second_share).
    `certain`: the paragraph names that whole by the amounts' noun ("of the vote", "vote share"); else the
    shares may be rates of wholes of their own, and a miss is only a question."""
    first_part: Figure
    first_share: Figure
    second_part: Figure
    second_share: Figure
    grammar: str
    certain: bool = True


@dataclass(frozen=True)
class RatioLink:
    """A ratio and the two figures the text says it divides."""

    ratio: Figure
    numerator: Figure
    denominator: Figure
    grammar: str
    per: Figure | None = None  # the base the ratio is stated on: "3.1 doctors for every 1,000 residents"
    certain: bool = True  # False: the words leave open whether the total is the one divided
    # "doubled", "halved" with no qualifier: a multiple said in a word is the nearest whole one
    # (2,350 from 1,200 has doubled; 2,900 has not), as a whole number in digits stands for its rounding
    whole_multiple: bool = False
    # the denominator counts a definite set ("the 40 branches", "its 12 schools"): exact, not a rounded count
    exact_denominator: bool = False


# ("... of 79,600 places — the capacity of the estate — by 7,820": "by" gives a gap, not a labelled part;
# "... and 2,100 in the south — totalled 17,510": a verb of totalling gives the whole)
# (nor an article before an amount, nor a relative clause: "251 bankruptcies – a 7.6 percent increase compared to
# the month before – which led to 1,242 lost jobs" is an aside on the whole, then what it brought, no breakdown)
_NOT_A_LIST_ITEM = (r"(?:more|less|fewer|over|under|nearly|almost|about|around|up|down|twice|double|half|roughly|some|"
                    r"just|only|still|well|far|by|which|who|an?(?=\s+#)|an?\s+(?:increase|rise|fall|drop|decline|gain|jump|addition)|"
                    rf"{lexicon.alternation(lexicon.TOTAL_BEFORE_WHOLE)})\b")
# after a dash and an amount, words of a time or a total, which make no label of a part: "— 4,200 in March", "— 7,500 in all"
_TIME_OR_TOTAL_AFTER_A_DASH = (rf"(?:{lexicon.alternation(lexicon.TIMES_WITHIN_A_YEAR + lexicon.PERIOD_WORDS + cues.MONTH_NAMES)}"
                               r"|may|all|total|the\s+(?:end|start|beginning|middle|first|second|third|fourth|last|past|same))")
# after an amount, "by" opens its label ("1.5 million by rail"), not a gap as it does before one
_NOT_AN_ITEM_LABEL = _NOT_A_LIST_ITEM.replace("by|", "", 1)
# ("the 86 finalists of this year's championship": "of this" before a time is a determiner, not a partitive)
_OPEN = lazy_re.compile(rf"^(?P<gap>[^#;.]{{0,80}}?)[\s,;(:–—-]*\b(?P<cue>{lexicon.alternation(lexicon.PARTITIVES_OPEN)}|"
                   rf"{lexicon.alternation(lexicon.PARTITIVES_EXHAUSTIVE)}|"
                   rf"(?:{lexicon.alternation(lexicon.PARTITIVES_BEFORE_AN_AMOUNT)})(?=\s+#))\b"
                   # ("break down as follows in the annex": the breakdown is elsewhere; "as follows:" opens it here)
                   r"(?!\s+follows\b(?!\s*:))"
                   rf"{lexicon.NOT_PARTITIVE_AFTER}|"
                   # (after a dash, "— more than twice as many as the 6,212": a comparison, not a list)
                   # (an aside without figures between two commas may part the whole from the rest of its clause:
                   # "1,833,164 pilgrims, from inside the Kingdom and from abroad, had come ...: 1,611,310 foreign")
                   rf"^(?P<listgap>[^;.:,]{{0,60}}?(?:,[^#;.:,()]{{1,60}},[^#;.:,]{{1,60}}?)?)\s*(?P<colon>:|\s[–—-]\s)\s*(?!{_NOT_A_LIST_ITEM})"
                   # the label before each amount ("roads ₦180 billion"), or after it when a colon opens
                   # the list ("1,250 staff: 810 full-time"; after a dash, "— 108,755 in all" is the total), or
                   # after a dash a place or source after it ("— 4,200 in the north", "— $4.2 billion from oil"; not a
                   # time: "— 4,200 in March" may be one month of the whole)
                   rf"(?=[a-z][a-z' -]{{1,30}}(?:\(\s*)?#|(?<=:)\s*#\d+#\s*(?!{_NOT_AN_ITEM_LABEL})[A-Za-z]"
                   rf"|(?<=[–—-]\s)#\d+#\s+(?:in|from|for|on|at)\s+(?:the\s+)?(?!{_TIME_OR_TOTAL_AFTER_A_DASH}\b)[a-z])")
_WORD_IN = lazy_re.compile(r"[a-z]")
_LABEL_THEN_DASH = lazy_re.compile(r"[a-z)]\s+[–—-]\s*$")
# a bracket opening on a time as its first item's label: "(2Q 2016", "(FY2022", "(1H 2016", "(June 2023"
_BRACKET_BEFORE_A_TIME = lazy_re.compile(r"\s*\(\s*(?:[a-z0-9]{1,2}\s*)?", re.I)


def _opens_a_bracket_labelled_by_a_period(label: str) -> bool:
    """The words between a figure and a colon are a bracket opened on a period with its year and nothing else: the
    list after the colon gives the figure's measure at other times ("(2Q 2016: 80.5; 1Q 2017: 96.6)")."""
    mentions = [p for p in find_periods(label) if p.has_year]
    return bool(mentions) and _BRACKET_BEFORE_A_TIME.fullmatch(label, 0, mentions[0].start) is not None \
        and not label[mentions[-1].end:].strip()
_PLACE_OR_KIND_AFTER = lazy_re.compile(r"^\s*(?:in|of|for|from|at|on|among|within)\b")
_TOTALLING = lazy_re.compile(rf"\b(?:(?P<jointly>together|combined|jointly)\s+)?(?P<cue>{lexicon.alternation(lexicon.TOTAL_BEFORE_WHOLE)}|"
                        rf"{lexicon.alternation(lexicon.SHARE_BEFORE_WHOLE)}|"
                        # "for a total intake of" ("and a total distribution of" may follow figures per share)
                        rf"for\s+a\s+(?:total|combined)\s+[a-z-]+\s+of|"
                        # "..., #2# in the third and #3# in the fourth, for a full-year #4#": spans of a period, then
                        # the period they make up (not "for a full-year forecast of": no noun but one of a total)
                        rf"for\s+(?:an?|the)\s+(?:{lexicon.alternation(lexicon.WHOLE_SPAN_WORDS)})"
                        rf"(?:\s+(?:{lexicon.alternation(lexicon.WHOLE_SPAN_TOTAL_NOUNS)})\s+of)?(?=\s+#)|"
                        # "..., giving total trade of $22.2 billion", "making a combined output of"
                        rf"(?:giving|making|yielding)\s+(?:a\s+)?(?:total|combined)\s+(?:[a-z-]+\s+)?of)\b(?!\s+of\b)|"
                        rf"\b(?P<together>together|combined|jointly|between\s+them)\s+(?:[a-z]+\s+){{0,2}}(?=#)")
# after a list's last part, "and" (or a word of contrast) and a new subject before the word of totalling: that subject's
# own level follows, not the list's whole ("..., and Honduras totaled"; not "and together they totaled", "and these")
# "and" opening another place, group or sector (not a time: "fell to 269 in May and in June rose to 361")
_ANOTHER_SCOPE_AFTER_AND = lazy_re.compile(rf"\band\s+(?:in|for|among|at|across)\s+(?:the\s+)?(?!(?:{lexicon.alternation(cues.MONTH_NAMES + lexicon.PERIOD_WORDS + ('next', 'following', 'same', 'first', 'second', 'third', 'fourth', 'last'))})\b)[a-z]")
_NEXT_ITEM_BEFORE_CUE = lazy_re.compile(r"(?:,\s*|\s)(?:and|while|whereas|but)\s+(?!(?:together|combined|jointly|between|all|"
                                        r"they|these|those|this|both|the\s+two|the\s+three|in\s+all)\b)[a-z][^#;]{0,40}$")
_TOTAL_WORD = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.TOTAL_BEFORE_WHOLE)})\b(?!\s+of\b)")
_SCOPE_TOTAL_WORD = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.SCOPE_TOTALS)})\b")
_DEFINITE_AFTER_CUE = lazy_re.compile(r"\s+(?:the|all|its|their)\b")
_SHARE_ONLY = frozenset(lexicon.SHARE_BEFORE_WHOLE) - frozenset(lexicon.TOTAL_BEFORE_WHOLE)
_DEFINITE_WHOLE = lazy_re.compile(r"^\s*(?:all\s+)?(?:the|its|their|all)\b")
_SHARE_OF_WHOLE = lazy_re.compile(r"^\s*of\s+(?:the\s+|all\s+|their\s+|its\s+)?(?:[a-z'’-]+\s+){0,3}?$")
_ASIDE = lazy_re.compile(r"\([^()]*\)")
# a bracket opened by the partitive itself, right after the whole's noun: "15,331 houses (including ...)"
_BRACKET_OPENS_CUE = lazy_re.compile(r"^[^#()]{0,80}\(\s*$")
# words that hedge a list as some of its items only: before its first item ("comprising items such as"), or
# right after its last ("..., among others", "..., etc.")
_LIST_HEDGE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.LIST_HEDGES)})\b")
_LIST_GOES_ON_AFTER = lazy_re.compile(rf"^[^#;.,]{{0,40}}?,?\s*(?:{lexicon.alternation(lexicon.LIST_HEDGES_AFTER)})\b")
_FIGURELESS_ASIDE = lazy_re.compile(r"\s*\([^()#]*\)")
_FIGURELESS_DASHED_ASIDE = lazy_re.compile(r"\s[—–]\s[^—–#;.]{1,200}\s[—–](?=\s)")


def without_dashed_asides(skeleton: str) -> str:
    """The skeleton with each figureless aside between a pair of dashes blanked, offsets kept."""
    return _FIGURELESS_DASHED_ASIDE.sub(lambda m: " " * len(m.group()), skeleton)
_RESPECTIVE_AMOUNTS = lazy_re.compile(r"^(?P<gap>[^#;.]{0,120}?)\s*(?::|\s[–—-]\s?|\(|,)\s*"
                                 r"(?P<list>#\d+#(?:\s*,\s*#\d+#)*,?\s+and\s+#\d+#)\s*\)?,?\s*respectively\b")
_KINDS_NAMED = lazy_re.compile(r"\bof\s+(?P<kinds>[^#]*?\band\s+[a-z'’-]+(?:\s+[a-z'’-]+)?)")
_LIST_SEPARATOR = lazy_re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# (a list item's bullet or an opening quote may stand before it: '• Of the ...', 'said, "out of the ...')
_FRONTED_BEFORE = lazy_re.compile(r"(?:^|[,:;(]|\bthat|\band|\bbut)[\s\"“‘'•·*–—-]*(?:of|out\s+of|among|not\s+(?:all|every\s+one)\s+of|"
                             rf"{lexicon.alternation(lexicon.FRONTED_PARTITIVE_FROM)})\s+(?!(?:which|whom)\b)"
                             r"(?:the\s+|these\s+|those\s+|all\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){0,3}$")  # ("of which": a partitive)
# "among them are (almost)": the figure after the copula is a member of what the pronoun points at
_PRONOUN_THEN_COPULA = lazy_re.compile(r"\b(?:of|among)\s+(?:them|these|those|it)\s+(?:are|were|is|was)\s+(?:[a-z'’-]+\s+){0,2}$")
# the next figure joined as another member of a list: "nurses, more than #1# midwives"
_PLAIN_LIST_JOIN = lazy_re.compile(rf"^\s*[a-z'’ -]{{0,40}}(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:{lexicon.alternation(cues.APPROXIMATORS)})\s+)?$")
# the fronted whole's words up to its comma; a threshold in them is the whole's ("of the 4,948 candidates
# that scored 300 and above, ..."), not a part, and so is the span it was counted over ("Of the 13 million passports
# issued over the last two years, 6.7 million ...")
_FRONTED_AFTER = lazy_re.compile(r"^(?:[^#;:,]|#\d+#(?=\s+(?:and|or)\s+(?:above|over|more|higher|below|under|less|fewer)\b)"
                                 r"|(?<=last\s|past\s)#\d+#){0,60},")
# "Not all of the 3,412 registered clinics are open: only 2,906 renewed their licences": a whole denied in full, then
# after a colon the part that is so, said to be "only" (the clause may run to its colon)
_NOT_ALL_THEN_ONLY = lazy_re.compile(r"^[^#;:,.]{0,100}:\s*(?:only|just|merely|but)\s+$")
_NOT_ALL_OF = lazy_re.compile(r"\bnot\s+(?:all|every\s+one)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?$")
# "..., which have realized access to ...": a relative clause of possession on the whole, comparing nothing
_SUBSET_RELATIVE = lazy_re.compile(r"^[^#;.,]{0,30},\s*(?:which|who|that)\s+(?:have|has|had)\s+(?!been\b)"
                                   r"(?![^#]*\b(?:than|compared|from|against|since|per|each|average|more|less|fewer|up|"
                                   r"down|increase|decrease|rise|fall|before|ago)\b)[^#;.]{0,80}$")
_OTHER_TIME = lazy_re.compile(r"\b(?:19|20)\d\d\b|\b(?:last|previous|earlier|ago|before|formerly|once)\b")
_WITH_CONTRIBUTOR = lazy_re.compile(rf"^[^#;.,()]{{0,30}},\s*with\s+(?:the\s+)?(?:[a-z'’-]+\s+){{1,4}}?"
                                    rf"(?:{lexicon.alternation(lexicon.CONTRIBUTING_VERBS)})\s+"
                                    rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# "920,000 pupils, with 310,000 attending private schools": a whole, then "with" a count and a participle
# clause that narrows it to a subset; the count may repeat the whole's noun ("with 310,000 pupils attending")
_WITH_COUNT = lazy_re.compile(rf"^[^#;.,()]{{0,30}},\s*with\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# "..., with tax revenue at ", "..., with the non-tax revenue of ": a member of the whole named by a word of its head
_WITH_MEMBER_AT = lazy_re.compile(rf"^[^#;.,()]{{0,30}},\s*with\s+(?:the\s+|its\s+|their\s+)?(?:[a-z'’&-]+\s+){{0,3}}?"
                                  rf"(?P<head>[a-z'’-]+)\s+(?:at|of)\s+(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# the words that join the next item of such a list, before its member's name: " and ", ", "
_LIST_JOIN_LEAD = lazy_re.compile(r"^\s*(?:,\s*and|,|and|;)\s+")
# after an amount, where it came from or where it went (not a time: "$4.2 billion in March" may be the whole's month)
_SOURCE_AFTER_AN_AMOUNT = lazy_re.compile(rf"^\s*(?:from|in|by|for|to)\s+(?:the\s+)?(?!{_TIME_OR_TOTAL_AFTER_A_DASH}\b|#)[a-z]")
# (or a past participle then a preposition: "with 1,300 employed in farming", "with 610 registered abroad"; not
# what is expected or a change: "with 6,000 planned by 2030", "with 300 added")
_NOT_NARROWING_ED = lexicon.NOT_NARROWING_ING + lexicon.EXPECTED + lexicon.EXPECTED_BY_OTHERS + lexicon.CHANGE_VERBS_UP \
    + lexicon.CHANGE_VERBS_DOWN + ("needed", "required", "wanted", "sought", "proposed", "scheduled", "due")
_NARROWING_PARTICIPLE = lazy_re.compile(rf"^\s*(?P<noun>(?:[a-z'’-]+\s+){{0,2}}?)(?!(?:{lexicon.alternation(_NOT_NARROWING_ED)})\b)"
                                        rf"(?:[a-z]{{2,}}ing\b|[a-z]{{2,}}ed\s+(?:in|at|on|by|from|abroad|overseas|locally|"
                                        rf"outside|inside|under|as|with)\b)")
_NOT_A_SUBSET_WORD = frozenset({"more", "fewer", "less", "extra", "additional", "further", "new", "other"})
_IN_BODY = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:in|of|into|on)\s+(?:the|a|an|its|their)\s+$")
_BODY_SIZE = lazy_re.compile(r"^-(?:member|seat|strong)\b")
_SPLIT_THOUSANDS = lazy_re.compile(r"\d{3}(?![\d.,])")  # (then its unit, if any: "140 tonnes")
_SHORT_GROUP = lazy_re.compile(r"\d{1,3}")
_FRONTED_PART = lazy_re.compile(r"^\W*including\s+(?:some\s+|about\s+)?#0#[^#;:,]{0,60},\s*"
                           r"(?:[a-z'’-]+\s+){0,3}?#1#")
# "4,300 people, 1,900 of whom work in sales, with the remaining 2,600 ...": "of whom" or "of which" right after a
# count, no comma between, then the words of its clause (no amount): the count is a part, as before "of them"
_RELATIVE_PART_AFTER = lazy_re.compile(rf"^\s+of\s+(?:whom|which)\s+(?!(?:{lexicon.alternation(lexicon.HEDGES)})\b)[a-z]")
_NESTED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PARTITIVES_OPEN)})\b")
# the whole's own words, then its parts in brackets, each with its label ("(42 male and 28 female)")
_BRACKETED_PARTS = lazy_re.compile(r"^(?P<noun>[^#;.()]{0,40}?)\s*\((?P<list>[^()#;]{0,25}#\d+#[^()]{0,160}?)\)")
# a share's parts in brackets, the first said to be a kind of the share's count: "(6% being ... and 4% ...)"
_BRACKETED_SHARES = lazy_re.compile(rf"^[^#;.()]{{0,60}}?\s*\(\s*(?P<list>#\d+#\s+(?:{lexicon.alternation(lexicon.COPULAS_OF_A_KIND)})\s"
                                    r"[^()#;]{0,80}?(?:#\d+#[^()#;]{0,80}?){1,5})\)")
# after a whole's noun, a comma and two or more amounts each followed by a label that a preposition opens,
# the last after "and", up to the clause's end: "64 concerts, 40 at home and 24 on tour"
_PART_LABEL = rf"(?:{lexicon.alternation(lexicon.PART_LABEL_PREPOSITIONS)})\s+[a-z][a-z' -]{{0,30}}?"
_APPOSED_PARTS = lazy_re.compile(rf"^(?P<noun>(?:\s+(?!(?:are|were|is|was|has|have|had|be|been)\b)[a-z][a-z'’-]*){{0,5}}),"
                                 rf"\s*(?P<list>#\d+#\s+{_PART_LABEL}(?:,\s*#\d+#\s+{_PART_LABEL}){{0,6}},?\s+and\s+"
                                 rf"#\d+#\s+{_PART_LABEL})\s*(?=[.;]|$)")
# "9,640 pupils, 5,210 boys and 4,530 girls", "..., with 5,210 boys against 4,530 girls": amounts before their nouns
_APPOSED_GROUPS = lazy_re.compile(r"^(?P<noun>(?:\s+(?!(?:are|were|is|was|has|have|had|be|been)\b)[a-z][a-z'’-]*){0,5}),"
                                  r"\s*(?:with\s+)?(?P<list>#\d+#\s+[a-z][a-z'’-]*(?:,\s*#\d+#\s+[a-z][a-z'’-]*){0,4},?\s+"
                                  r"(?:and|against|versus|to)\s+#\d+#\s+[a-z][a-z'’-]*)\s*(?=[.;]|$)")
_LABEL_FROM = lazy_re.compile(r"#\d+#(?:\s+from\b)?")
_AVERAGED = lazy_re.compile(r"\baverag(?:ed|es|ing)\b")
# words in the brackets that make them something else than a breakdown: periods, bases, changes, shares
_NOT_A_BREAKDOWN = lazy_re.compile(rf"\b(?:19|20)\d\d\b|%|\bper\b|\b(?:{lexicon.alternation(lexicon.NOT_A_BREAKDOWN)})\b")
_REMAINDER = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.REMAINDER_WORDS)})\b")
# "(1,600 hectares to fire and 950 to logging)": "to" before a word opens a part's label; before an amount it
# makes a range ("(1,600 to 1,900)"), no breakdown
_TO_LABEL = lazy_re.compile(r"\bto\s+(?=[a-z])")
_CLAUSE_END = lazy_re.compile(r";|\.\s|:\s")
_SENTENCE_END = lazy_re.compile(r"\.\s")
_CLAUSE_END_BUT_A_COUNT = lazy_re.compile(r";(?!\s*$)|\.\s|:\s")  # (the glue ends at the next part)
_CONTRAST_WORD = lazy_re.compile(r"\b(?:while|whereas|but|although)\b")
# the clause after a part of a whole, joined by "and", up to the next part: ", and "
_AND_THE_OTHER = lazy_re.compile(r"^[^#;.:]{0,60}?,?\s+(?:and|while|whereas)\s+$")
# reading back from a total, a contrast opens another list: "from 4,606 to 6,464, while Cyprus reported 28 ... a total of 273"
_CONTRAST = lazy_re.compile(r";|\.\s|:\s|\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b")
_NEW_CLAUSE = lazy_re.compile(r",\s*(?:and|but|while|whereas)\b|;")
_PART_ANAPHORS = frozenset({"of this", "of these", "of those", "of them"})
# a count in a phrase of place or origin: "across 18 districts", "from 58 countries", "in 212 villages", "on the four
# floors" (not "to", "at", "over", "by": "rose to 16.34 million", "came in at", "over 5,000" name the level itself)
_PLACE_PHRASE_BEFORE = lazy_re.compile(r"\b(?:across|from|among|within|in|on|between)\s+(?:the\s+|its\s+|their\s+|some\s+)?$", re.I)
# a per-item phrase: its base ("179 for each of the 120 members") and the amount per item before it
_PER_ITEM_BASE_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PER_BASE)})\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)
_PER_ITEM_AFTER = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+)?(?:{lexicon.alternation(lexicon.PER_BASE)})\b", re.I)
_PREDICATE = lazy_re.compile(r",\s*(?!including\b|excluding\b|representing\b|accounting\b|making\b|comprising\b"
                        rf"|(?:{lexicon.alternation(lexicon.ING_NOUNS)})\b)[a-z]+(?:ed|ing)\b")
# after the last part, in its sentence, a remainder with no figure of its own: the parts leave some of the whole out
# (a remainder word right after the last part labels that part as the rest, which is stated: "..., 511 car
# occupants and 295 other road users", "... and 1,200 others")
_REST_UNSTATED = lazy_re.compile(rf"^(?!\s*(?:{lexicon.alternation(lexicon.REMAINDER_WORDS)})\b)"
                                 rf"[^#.;]*?\b(?:{lexicon.alternation(lexicon.REMAINDER_WORDS)})\b[^#]*?(?:[.;]|$)")
_NET_QUANTITY = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.NET_QUANTITIES)})\b", re.I)
# "Total spending on culture was €1.26 billion: ...": a whole named a total in its own clause, before a colon list
_TOTAL_NAMED_BEFORE = lazy_re.compile(r"\b(?:total|overall|combined|aggregate)\b[^#;:.]{0,60}$")
# a closed list: its last item after "and"
_LAST_ITEM_JOINED = lazy_re.compile(r"\band\s+(?:[a-z'’-]+\s+){0,4}$")
_TOTAL_IN_GAP = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.TOTAL_AFTER_WHOLE)})\s*$")
# after a colon, a word that makes what follows an amount per member: "each pharmacist serves", "every bus carries"
_EACH_OPENS = lazy_re.compile(r"^\W*(?:each|every|per|on\s+average)\b", re.I)
_DISTRIBUTIVE = lazy_re.compile(r"\b(?:each|every|all|both|some|none|most|many|any|one|several|either|neither)\s*$")
_PREPOSITION = lazy_re.compile(r"\b(?:from|on|since|than|over|against|compared)\b")


def _is_part_of(frame: Frame, whole: Frame) -> bool:
    f, w = frame.figure, whole.figure
    # (a change is a part of a change only: "1,017 (2022) - a gain of 326" lists no part of the 1,017)
    return same_unit(f, w) and (frame.role in (Role.LEVEL, Role.BOUND) or frame.role is whole.role is Role.CHANGE) \
        and written_in_digits(f)


# the last part right after a verb of what is left: "31,420 were taken up, leaving 16,830 vacant" (not a gap
# or a pronoun: "leaving a gap of", "leaving it 9 short")
_LEFT_OVER_BEFORE = lazy_re.compile(rf"(?:,\s*|\s)(?:{lexicon.alternation(lexicon.LEFT_OVER_VERBS)})\s+"
                                    r"(?:only\s+|just\s+|the\s+remaining\s+|another\s+)?$")
# after it, a comparative or a gap makes the figure a distance from a mark, not a part: "leaving 12 short of"
_NOT_LEFT_OVER_AFTER = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+)?(?:short|more|fewer|less|behind|ahead|below|above|over|under|"
                                       r"up|down|higher|lower|away)\b")


def _left_over_last(seg: Segment, parts: list[Figure]) -> bool:
    """Whether the last of two or more parts is what the others leave of the whole: "Of the 48,250 places
    on offer, 31,420 were taken up, leaving 16,830 vacant". The verb says the parts make up the whole."""
    if len(parts) < 2:
        return False
    k = seg.slot_of(parts[-1])
    return bool(_LEFT_OVER_BEFORE.search(seg.between(seg.slot_of(parts[-2]), k))) \
        and not _NOT_LEFT_OVER_AFTER.match(seg.after(k, 30))


def _complementary(parts: tuple[Figure, ...], text_after: str, whole: Figure | None = None) -> bool:
    words = set(lexicon.folded_words(text_after))
    for f in parts:
        words |= set(lexicon.folded_words(f.measure))
    # a whole named by one member of a group is that member, so the group's members cannot make it up: "Palm oil
    # exports rose to 1.36 million tonnes", then sentences of other exports and of "CPO imports"
    named = set(lexicon.folded_words(whole.measure)) if whole is not None else set()
    # (a group and its negation leave nobody out: "domestic" and "non-domestic", "members" and "non-members")
    return any(len(group & words) >= 2 and not group & named and not _narrowed_past(parts, group)
               for group in lexicon.COMPLEMENTARY_GROUPS) \
        or any(group <= words for group in lexicon.COMPLEMENTARY_ALL) \
        or any(_negation_of(w, words) for w in words)


def _exclusive_degrees(text: str) -> bool:
    """Whether the words of a list label its items with degrees that exclude each other: "3,872 fully and
    11,465 partly", "(2,100 completely, 5,300 partially)"."""
    words = set(lexicon.folded_words(text))
    return any(pair <= words for pair in lexicon.EXCLUSIVE_DEGREES)


def _negation_of(word: str, words: set[str]) -> bool:
    """Whether `word` is another of `words` negated by a prefix ("invalid" of "valid", "non-domestic" of "domestic")."""
    if word.startswith("non-"):
        return word[4:] in words
    return any(word.startswith(prefix) and len(word) - len(prefix) >= lexicon.NEGATED_STEM_MIN
               and word[len(prefix):] in words for prefix in lexicon.NEGATING_PREFIXES)


def _narrowed_past(parts: tuple[Figure, ...], group: frozenset[str]) -> bool:
    """Whether a part's measure names a kind beyond its word of the group, so the group's members no longer
    leave anything out: "adult fiction e-book revenues" and "children's e-book revenues" leave adult
    non-fiction out (the words all the parts' measures share are the whole's, no narrowing)."""
    named = [[w for w in lexicon.folded_words(f.measure) if w not in _MINOR_WORDS] for f in parts]
    shared = set.intersection(*(set(words) for words in named)) if len(named) > 1 else set()
    if not shared or not all(set(words) & group for words in named):
        return False  # (measures not read as one noun, each with its word of the group: the words around decide)
    # a word between the group's word and the shared noun narrows the member ("adult fiction e-book"); words
    # before or after them are the clause's ("yuan and rural stores", "capital spending takes")
    for words in named:
        at = next(n for n, w in enumerate(words) if w in group)
        noun = next((n for n, w in enumerate(words) if w in shared and n > at), at)
        if any(w not in group for w in words[at + 1:noun]):
            return True
    return False


def _shares_a_word(f: Figure, others: tuple[Figure, ...]) -> bool:
    """Whether a figure's measure shares a content word with any of the others' ("recurrent spending",
    "capital spending takes")."""
    words = set(lexicon.folded_words(f.measure)) - _MINOR_WORDS
    return any(words & set(lexicon.folded_words(o.measure)) for o in others)


# words that tie no two figures to one measure: function words, months and words of time
_MINOR_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "for", "to", "and", "total", "number",
                          *(lexicon.fold(w) for w in MONTHS), *(lexicon.fold(w) for w in lexicon.PERIOD_WORDS)})


@dataclass
class _List:
    """The figures of a list read from a sentence, and whether the list was read to its end."""

    parts: list[Figure]
    closed: bool  # the list ends where its clause or a figure of its kind ends it, not where reading gave up
    text: str  # the words of the list


def _gathered(seg: Segment, frames: dict[str, Frame], slots: range | list[int], whole: Frame, joined, breaks=_CLAUSE_END,
              contrast=None, longest_glue: int = 140) -> _List:
    """Figures in `slots` (read in that order) that list parts of `whole`; `joined(k, previous)`
    is the skeleton that joins slot k to the part read before it. The list's words end with those
    after its last part, up to the clause's end: they name that part's group ("... and 21,798 are
    partially damaged")."""
    found = _gathered_parts(seg, frames, slots, whole, joined, breaks, contrast or _CONTRAST, longest_glue)
    if found.parts:
        last = max(seg.slot_of(f) for f in found.parts)
        found.text += _UP_TO_CLAUSE_END.match(seg.after(last, 60)).group()
    return found


def _gathered_parts(seg: Segment, frames: dict[str, Frame], slots: range | list[int], whole: Frame, joined,
                    breaks=_CLAUSE_END, contrast=_CONTRAST, longest_glue: int = 140) -> _List:
    parts: list[Figure] = []
    words = ""
    previous = None
    labelled = False  # the list's first part came after a label and a colon: so may the others
    last_glue = ""  # the words before the part read last
    for k in slots:
        # "Ontario (61,340) and Quebec (8,920) — the figures were compiled by the provinces — together account
        # for 70,260": an aside set off by a pair of dashes, with no figure of its own, stands outside the clause
        glue = without_dashed_asides(joined(k, previous))
        if parts:
            glue = _without_own_change_asides(glue, seg, frames)
            if _ANOTHER_SUBJECTS_CHANGE.search(glue):
                # "of which 1,450 tonnes went to Asia, and imports increased 4% to 1,900 tonnes": a clause of its own,
                # its subject and its verb of change, tells another measure, no further part
                return _List(parts, True, words)
        frame = frames[seg.figures[k].id]
        if not same_unit(frame.figure, whole.figure):
            continue  # "(23%)" after a part says its share; the list goes on
        # "split into (a) part-time: 12,400 and (b) seasonal: 9,400": a label's colon before each part
        # ends no clause, when the list's first part has one too
        written = glue  # (the list's words keep the labels: they may name its groups)
        label = _LABEL_COLON.search(glue)
        if label and (not parts or labelled):
            labelled = True
            glue = glue[:label.start()]
        # "..., a total of W": W is a total, not one more part (a first part has nothing to total:
        # "Of the ₹1.78 lakh crore collected, the states' share came to ₹0.47 lakh crore")
        # "..., of whom Milan 2,906, on a national total of 38,410": a figure the words call the whole country's
        # (or state's) total is the scope the whole sits in, not one more of its parts
        if breaks.search(glue) and not _REMAINDER.search(glue) or _NESTED.search(glue) and parts \
                or (_TOTAL_WORD.search(glue) or _SCOPE_TOTAL_WORD.search(glue)) and parts:
            return _List(parts, True, words)
        if len(glue) > longest_glue:
            return _List(parts, False, words)
        if parts and _LEFT_OVER_BEFORE.search(glue) and _REMAINDER.search(last_glue):
            # "sold 832,440: mills 821,640 and exporters the remaining 10,800, which leaves 53,878 unsold": the
            # remainder closed the list; what is left after it is left of another whole
            return _List(parts, True, words)
        # (a verb of what is left right before the figure names the last part: ", leaving 16,830 vacant")
        if not _is_part_of(frame, whole) or _PREDICATE.search(glue) and not (parts and _LEFT_OVER_BEFORE.search(glue)):
            return _List(parts, True, words)  # "40 stores, of which 12 are franchised, employing 3,800 staff"
        if parts and not (_JOINS_LIST_ITEMS.search(glue) or _CONTRAST_WORD.search(glue) or _REMAINDER.search(glue)
                          or _GAP_RESULT.search(glue)):
            return _List(parts, True, words)  # "60 inspectors each made 31 visits": a clause's subject and object
        if parts and _EARLIER_VALUE_GLUE.search(glue):
            return _List(parts, True, words)  # "71% (454) met the standard, up from 66% (422) the year before"
        if parts and _sibling_of_the_whole(frame.figure, whole.figure) and not any(
                lexicon.folded_words(p.measure)[:1] == lexicon.folded_words(whole.figure.measure)[:1] for p in parts):
            # (when the parts before are named otherwise: "sales in the north, ... in the south" under "sales in the
            # three regions" are parts named alike)
            return _List(parts, True, words)  # "loans to households were $291bn, of which mortgages $214bn, and loans to businesses $236bn"
        if parts and contrast.search(glue) and frame.head and not _shares_a_word(
                frame.figure, (whole.figure, *parts)):
            return _List(parts, True, words)  # "410 were rated good, while 2,300 teachers were observed"
        parts.append(frame.figure)
        words += written
        previous = k
        last_glue = glue
    return _List(parts, True, words)


# after a listed part (and its label), its own change told by a finite verb: "287,400 hectares of rice, increased
# 0.5%, and ...", "urban sales of 61.2 billion, grew by 5.8%, and ..."
_PART_CHANGE_TOLD_BY_A_VERB = lazy_re.compile(rf",\s*(?:{lexicon.alternation(lexicon.FINITE_CHANGE_VERBS)})\s+(?:by\s+)?#(?P<slot>\d+)#"
                                              r"(?:\s+(?:year[\s-]on[\s-]year|y-o-y|yoy))?\s*(?=,|$|\s+and\b)")


# "and", a subject of one word (with its article) and a finite verb of change: a clause of its own
_ANOTHER_SUBJECTS_CHANGE = lazy_re.compile(rf",?\s+and\s+(?:(?:the|its|their)\s+)?[a-z'’-]+\s+"
                                           rf"(?:{lexicon.alternation(lexicon.FINITE_CHANGE_VERBS)})\b")


def _without_own_change_asides(glue: str, seg: Segment, frames: dict[str, Frame]) -> str:
    """The words between two listed parts with the first part's own rate of change, told by a finite verb in a
    comma aside, blanked out: the aside is said of the part before, and its verb opens no clause of its own that
    would end the list ("of which 287,400 hectares of rice, increased 0.5%, and 135,200 hectares of oilseeds")."""
    def blank(m: re.Match) -> str:
        slot = int(m.group("slot"))
        if slot >= len(seg.figures) or frames[seg.figures[slot].id].role not in (Role.RELATIVE_CHANGE, Role.POINT_CHANGE):
            return m.group()
        return "," + " " * (len(m.group()) - 1)
    return _PART_CHANGE_TOLD_BY_A_VERB.sub(blank, glue)


# what joins two items of a list: a comma, a conjunction, brackets, a dash or a slash ("2,140 boys and 1,975
# girls", "north (2,140), centre (1,975)"); words alone join no list
_JOINS_LIST_ITEMS = lazy_re.compile(r"[,;/&()\[\]+–—-]|\b(?:and|or|plus|nor|with|to)\b")


def _sibling_of_the_whole(part: Figure, whole: Figure) -> bool:
    """Whether a figure is named by the whole's own head noun with another qualifier of the same
    kind ("loans to businesses" after the whole "loans to households"): the whole's sibling, not its part."""
    mine, theirs = lexicon.folded_words(part.measure), lexicon.folded_words(whole.measure)
    # (a part that only adds to the whole's name, "public debt in bonds" under "public debt", is a part)
    return len(theirs) >= 3 and theirs[1] in _QUALIFYING_PREPOSITIONS and tuple(mine[:2]) == tuple(theirs[:2]) \
        and tuple(mine[:len(theirs)]) != tuple(theirs)


_QUALIFYING_PREPOSITIONS = frozenset({"to", "of", "for", "from", "in", "on", "by", "with"})


# words that make the next figure an earlier value of the part before, not another part
# after "in which", a subject and its verb: "in which it closed above", "in which prices rose by"
_RELATIVE_SUBJECT_VERB = lazy_re.compile(r"^\s*(?:it|they|he|she|we|there|(?:the|its|their|a|an)\s+(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+|"
                                         r"[a-z'’-]+s)\s+(?:[a-z'’-]+ed|was|were|is|are|had|has|have|rose|fell|grew|closed|"
                                         r"won|lost|took|made|saw|got|went|came|ran|fought|held)\b")
# (or a noun of change and its base: "comprising 2,065 black and 13,991 white rhinos, an increase from the 2,056 black")
_EARLIER_VALUE_GLUE = lazy_re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bthan\b"
                                      r"|\b(?:increase|rise|decrease|fall|decline|drop|gain|growth|jump)\s+from\b")
# a label's colon right before a part: "(b) seasonal: #2#" (a colon of a time, "10:30", is no label's)
_LABEL_COLON = lazy_re.compile(r"(?<![\d:]):\s*$")


_VERB_THEN_PREPOSITION = lazy_re.compile(r"^\s*(?P<verb>[a-z]+)\s+(?P<prep>to|in|into|from|for|at|on|by)\s+[a-z]")
_PREPOSITION_AFTER = lazy_re.compile(r"^\s*(?:(?P<verb>[a-z]+)\s+)?(?P<prep>to|in|into|from|for|at|on|by)\s+[a-z]")


def _one_verb_one_preposition(seg: Segment, parts) -> bool:
    """Whether the parts are sorted one way: the first part's verb and preposition, each later part with the same
    preposition and the verb left out or said again ("of which 21,300 went to Europe, 9,800 to Asia and 8,900 to
    the Americas"), so no part counts what another does. ("2,950 passed and 610 were fined": two verbs, which
    may both hold of one.)"""
    if len(parts) < 2:
        return False
    first = _VERB_THEN_PREPOSITION.match(seg.after(seg.slot_of(parts[0]), 40))
    if first is None:
        return False
    for part in parts[1:]:
        later = _PREPOSITION_AFTER.match(seg.after(seg.slot_of(part), 40))
        if later is None or later.group("prep") != first.group("prep") \
                or later.group("verb") not in (None, first.group("verb")):
            return False
    return True


# the end of the words a part's own clause says of it: a mark, another figure, or a word that joins the next clause
_PART_CLAUSE_END = lazy_re.compile(r"[,;.:()#]|\b(?:and|or|while|whereas|but|with)\b")
_CLAUSE_WORD = lazy_re.compile(r"[a-z][a-z'-]*")


def _words_said_after(seg: Segment, part: Figure) -> list[str]:
    """The words of a part's clause after it, up to the next mark or joining word: "were planned admissions"."""
    after = seg.after(seg.slot_of(part), 60).lower()
    end = _PART_CLAUSE_END.search(after)
    return _CLAUSE_WORD.findall(after[:end.start() if end else len(after)])


def _one_word_apart(seg: Segment, parts) -> bool:
    """Whether the parts are sorted one way: each part's clause says the same words of it but one, a word before a
    head noun they share ("21,530 were emergency admissions ... and 16,710 were planned admissions", "23
    subdivisions had normal rainfall and 12 subdivisions had deficient rainfall"): the parts are the values of one
    attribute of that noun, so no part counts what another does. (Words of different length, "2,950 passed and
    610 were fined", or a varying last word, "were operating" and "were closed", say nothing of the kind.)"""
    if len(parts) < 2:
        return False
    said = [_words_said_after(seg, p) for p in parts]
    size = len(said[0])
    if size < 2 or any(len(words) != size for words in said):
        return False
    varying = [n for n in range(size) if len({words[n] for words in said}) > 1]
    return len(varying) == 1 and varying[0] < size - 1 and len({words[varying[0]] for words in said}) == len(parts)


# right before a part, a named member's verb and its preposition ("Safaricom accounted for"), or the preposition
# alone when the verb is left out ("Airtel for"): the word before it is the verb, or a later member's name
_PREPOSITION_BEFORE_PART = lazy_re.compile(r"(?P<word>[a-z][\w'-]*)\s+(?P<prep>for|to)\s*$", re.I)


def _one_preposition_before(seg: Segment, parts) -> bool:
    """Whether each part follows a member's name and one preposition, the first after a verb the others leave out
    ("of which Safaricom accounted for 11.8 million, Airtel for 2.4 million and Orange for 2.2 million"): the
    members' own amounts, so no part counts what another does."""
    if len(parts) < 2:
        return False
    found = [_PREPOSITION_BEFORE_PART.search(seg.before(seg.slot_of(p), 40)) for p in parts]
    if any(m is None for m in found) or len({m.group("prep").lower() for m in found}) != 1:
        return False
    verb = found[0].group("word").lower()
    # (the later members are named, not the verb said again with no name: "rose to 5 and rose to 3" names nobody)
    return all(m.group("word").lower() != verb for m in found[1:])


# a part in brackets after a name of a few words that "from" or "in" opens, or, for a later part, that a comma or
# "and" joins to the list: "from Yobe (16) and Adamawa (3)" (the skeleton is in lower case)
_FIRST_NAMED_IN_BRACKETS = lazy_re.compile(r"\b(?:from|in)\s+[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,3}\s*\(\s*$")
_NEXT_NAMED_IN_BRACKETS = lazy_re.compile(r"^\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,3}\s*\(\s*$")


def _places_in_brackets(seg: Segment, parts) -> bool:
    """Whether the parts are the counts, in brackets, of places (or other members by name) one preposition of
    origin or location lists ("19 confirmed cases, from Yobe (16) and Adamawa (3)"): each counted thing is from
    one of them, so no part counts what another does."""
    if len(parts) < 2 or not _FIRST_NAMED_IN_BRACKETS.search(seg.before(seg.slot_of(parts[0]), 60)):
        return False
    slots = [seg.slot_of(p) for p in parts]
    return all(_NEXT_NAMED_IN_BRACKETS.match(seg.between(a, b)) for a, b in zip(slots, slots[1:]))


# right before a part, one preposition and the label of what the part counts, after the list's last mark: "on
# diesel drives 61,270", ", and on electric and hybrid drives 153,150"
_PREPOSITION_THEN_LABEL = lazy_re.compile(r"(?:^|[,;]|\band)\s*(?P<prep>on|to|in|for|from|at)\s+(?:the\s+)?[a-z][a-z'’-]*"
                                          r"(?:\s+[a-z][a-z'’-]*){0,4}\s*$")


_FIRST_PREPOSITION_THEN_LABEL = lazy_re.compile(r"\b(?P<prep>on|to|in|for|from|at)\s+(?:the\s+)?[a-z][a-z'’-]*"
                                                r"(?:\s+[a-z][a-z'’-]*){0,4}\s*$")


def _one_preposition_opening_each_label(seg: Segment, parts) -> bool:
    """Whether each part comes right after one preposition and the label of its kind, the same preposition for
    all ("Thereof fell on petrol drives 198,410, on diesel drives 61,270 and on electric and hybrid drives
    153,150", "went to Europe 21,300, to Asia 9,800"): one attribute sorts them, so no part counts what another
    does."""
    if len(parts) < 2:
        return False
    slots = [seg.slot_of(p) for p in parts]
    found = [_FIRST_PREPOSITION_THEN_LABEL.search(seg.before(slots[0], 60))]  # (the first after its verb: "fell on")
    found += [_PREPOSITION_THEN_LABEL.search(seg.between(a, b)) for a, b in zip(slots, slots[1:])]
    return all(m is not None for m in found) and len({m.group("prep") for m in found}) == 1


def _sorted_one_way(seg: Segment, parts) -> bool:
    """Whether the words sort the parts by one attribute, so that together they are no more than their whole."""
    return _one_verb_one_preposition(seg, parts) or _one_word_apart(seg, parts) or _one_preposition_before(seg, parts) \
        or _places_in_brackets(seg, parts) or _one_preposition_opening_each_label(seg, parts)


def _link(whole: Figure, found: _List, exhaustive: bool, grammar: str) -> PartsLink:
    return PartsLink(whole, tuple(found.parts), exhaustive and len(found.parts) >= 2, grammar, found.closed)


# "1.42 million tons, an increase of 1.0% over the year before, including ...": the whole's change in an
# apposition between the whole and its partitive
# (or its comparative: "2,110 million yuan, 9.9% higher than in 2013, including ...")
# (or its change in units and, after "or", its rate: "388,500 hectares, an increase of 22,000 hectares or 0.6% over the
# previous year, of which ...")
_CHANGE_ASIDE = lazy_re.compile(rf"^(?P<lead>[^#;.]{{0,40}}?)(?P<aside>,\s*(?:(?:(?:an?\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})"
                                r"\s+of|up|down)\s+(?:by\s+)?#(?P<k>\d+)#|#(?P<k2>\d+)#\s*(?:higher|lower|more|less|up|down)\b)"
                                r"(?:[^#,;.()]{0,20}?\s+or\s+#(?P<rate>\d+)#)?[^#,;.()]{0,40})(?=,)")


def _without_change_aside(seg: Segment, frames: dict[str, Frame], after: str) -> str:
    """`after` (the skeleton after a whole) with the whole's own rate of change blanked out, so that
    a partitive after it is read as the whole's: "..., up 4.1% on last year, of which ..."."""
    m = _CHANGE_ASIDE.match(after)
    if m is None:
        return after
    change = frames[seg.figures[int(m.group("k") or m.group("k2"))].id]
    rate = frames[seg.figures[int(m.group("rate"))].id] if m.group("rate") else None
    if rate is not None and (change.role is not Role.CHANGE or rate.role is not Role.RELATIVE_CHANGE):
        return after  # (a change in units, then "or" and its rate, and nothing else)
    if rate is None and change.role not in (Role.RELATIVE_CHANGE, Role.POINT_CHANGE):
        return after
    return after[:m.start("aside")] + " " * len(m.group("aside")) + after[m.end("aside"):]


def _split_number(seg: Segment, k: int) -> bool:
    """Whether the k-th figure is a piece of one number that a stray space after its thousands comma
    split ("to 10, 636, with ...", "Of the total 925, 762 spaces"): a bare group of one to three digits,
    a comma and a space, then a bare group of three."""
    def pair(j: int) -> bool:
        return 0 <= j < len(seg.figures) - 1 and bool(_SHORT_GROUP.fullmatch(seg.figures[j].text)) \
            and bool(_SPLIT_THOUSANDS.match(seg.figures[j + 1].text)) and seg.between(j, j + 1) == ", "
    return pair(k) or pair(k - 1)


def _wholes_then_lists(seg: Segment, frames: dict[str, Frame], used: set[int], pattern, reach: int):
    """Each level (or bound) written in digits that no link has used yet, with the match of
    `pattern` (which has a group "list") after it and the slots of the figures in that list."""
    for w in range(len(seg.figures) - 2):
        whole = frames[seg.figures[w].id]
        m = pattern.match(seg.after(w, reach)) if w not in used else None
        if m is not None and whole.role in (Role.LEVEL, Role.BOUND) and written_in_digits(whole.figure):
            yield w, whole, m, [int(x) for x in SLOT.findall(m.group("list"))]


# an amount taken from a whole that the words name as a total: "exported 162,220 tonnes of cocoa beans from a total
# output of 187,355 tonnes", "shipped 4.2 million tonnes out of its entire production of 5.1 million tonnes" (not "rose
# to 412 from 388": no total named)
_FROM_A_TOTAL = lazy_re.compile(r"^[^#;.]{0,40}?\b(?:from|out\s+of)\s+(?:a|an|the|its|their)\s+(?:total|entire|overall|combined|whole)\s+"
                                r"(?:[a-z'’-]+\s+){1,2}?of\s+(?:some\s+|about\s+|nearly\s+)?$")
# (a level a move reached is no amount taken from a total: "rose to 192,220 tonnes from a total output of ...")
_REACHED_BEFORE = lazy_re.compile(r"\b(?:to|reached|reaching|hit|hitting)\s+(?:a\s+|an\s+)?(?:[a-z'’-]+\s+){0,2}$")
_SELECTED_FROM = lazy_re.compile(rf"^[^#;.]{{0,80}}?\b(?:were|was|are|is|been|be|being)\s+(?:[a-z]+ly\s+)?"
                                 rf"(?:{lexicon.alternation(lexicon.SELECTED_FROM)})\s+(?:a\s+(?:pool|field|total)\s+of\s+|"
                                 rf"the\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?$")

# whatever the verb, a count "from a pool of", "out of a field of" or "from among" the count after it: the noun names
# the set it was chosen from ("appointed 214 magistrates from a pool of 1,618 applicants", "95 scholarships from
# among 1,430 students")
_FROM_A_POOL = lazy_re.compile(rf"^[^#;.]{{0,60}}?\b(?:(?:from|out\s+of)\s+(?:a|an|the|its|their)\s+(?:[a-z'’-]+\s+)?"
                               rf"(?:{lexicon.alternation(lexicon.POOL_NOUNS)})\s+of|from\s+among(?:\s+the)?)\s+"
                               rf"(?:some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$")
# the pool goes on past its first amount: "from a pool of $40 million set aside this year and $25 million carried
# over" is the sum of both
_POOL_GOES_ON = lazy_re.compile(r"^[^#;.]{0,40}?\b(?:and|plus)\s+(?:a\s+further\s+|another\s+|some\s+)?#")

# "bringing the first-quarter total to", "taking the year's tally to", "lifting the count so far to"
# (or, without "the", a span's running measure: "bringing first-quarter exports to", "taking year-to-date sales to";
# or a measure called a total by its adjective: "bringing total trade to", "took combined sales to");
# the total's noun may take what it counts and where or since when, in prepositional phrases without figures:
# "bringing the total number of cases in the province to", "taking the death toll from the floods to",
# "lifting its tally of medals at the games to" (a figure between, "from 61% to 68%", is a move, not a total)
_RUNNING_TOTAL = lazy_re.compile(r"^[^#;.]{0,60}?\b(?:bringing|brings|brought|taking|takes|took|lifting|lifts|lifted|pushing|"
                                 r"pushes|pushed|raising|raises|raised)\s+(?:(?:the|its|their|this)\s+(?:[a-z0-9'’-]+\s+){0,3}?"
                                 r"(?:total|tally|count|sum|number|toll|headcount)|"
                                 rf"(?:the\s+|its\s+|their\s+)?(?:{lexicon.alternation(lexicon.TOTAL_ADJECTIVES_OF_A_RUNNING_TOTAL)})"
                                 r"\s+[a-z'’-]+(?:\s+[a-z'’-]+)?|(?:the\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+)?"
                                 r"(?:first-quarter|first-half|half-year|year-to-date|cumulative|season's|year's|month's)"
                                 r"\s+[a-z'’-]+)"
                                 r"(?:\s+(?:of|from|in|on|at|across|among|within|since)\s+[^#;.,:()]{1,50}?)?"
                                 r"\s+(?:so\s+far\s+|to\s+date\s+|for\s+the\s+[a-z]+\s+)?"
                                 r"(?:to|at)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$")


_ADDED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.ADDED_WORDS + ('new', 'another', 'latest', 'recent'))})\b")


def selections(seg: Segment, frames: dict[str, Frame]) -> list[PartsLink]:
    """A number chosen from a pool, the pool after it: "The 86 finalists were drawn from 1,412 teams";
    and an amount added to a running total: "14,200 cars were sold in March, bringing the first-quarter
    total to 41,900" (no more than the total it adds to)."""
    out = []
    for k in range(len(seg.figures) - 1):
        part, total = seg.figures[k], seg.figures[k + 1]
        if frames[part.id].is_level and frames[total.id].is_level and same_unit(part, total) \
                and written_in_digits(total) and _RUNNING_TOTAL.match(seg.between(k, k + 1)):
            # "Arrivals by air (2.1 million) and by sea (0.6 million) brought the total to 2.9 million": amounts
            # listed before the verb are each added in, so together no more than the total; when they open the
            # sentence and no word calls them additions ("new", "further"), they may be all of it (a question)
            found = _gathered(seg, frames, range(k, -1, -1), frames[total.id],
                              lambda j, prev: "" if prev is None else seg.between(j, prev), _CLAUSE_END)
            found.parts.reverse()
            if len(found.parts) < 2:
                out.append(PartsLink(total, (part,), False, "an amount, then 'bringing the total to' the total it adds to"))
                continue
            parts = tuple(found.parts)
            out.append(PartsLink(total, parts, False, "amounts listed, then 'bringing the total to' the total they add to",
                                 found.closed, disjoint=True))
            if seg.slot_of(parts[0]) == 0 and not _ADDED.search(seg.skeleton[:seg.slots[k + 1][0]]):
                out.append(PartsLink(total, parts, True, "amounts opening the sentence, then 'bringing the total to' "
                                                         "the total they may make up", False))
    for k in range(len(seg.figures) - 1):
        part, pool = seg.figures[k], seg.figures[k + 1]
        if frames[part.id].is_level and frames[pool.id].is_level and same_unit(part, pool) \
                and written_in_digits(pool) and _SELECTED_FROM.match(seg.between(k, k + 1)):
            out.append(PartsLink(pool, (part,), False, "a number chosen from a pool, then the pool"))
        elif frames[part.id].is_level and frames[pool.id].is_level and same_unit(part, pool) \
                and written_in_digits(pool) and _FROM_A_TOTAL.match(seg.between(k, k + 1)) \
                and not _REACHED_BEFORE.search(seg.before(k, 40)):
            out.append(PartsLink(pool, (part,), False, "an amount taken from a total named as one, then the total"))
        elif frames[part.id].is_level and frames[pool.id].is_level and same_unit(part, pool) \
                and written_in_digits(pool) and _FROM_A_POOL.match(seg.between(k, k + 1)) \
                and not _POOL_GOES_ON.match(seg.after(k + 1, 50)) and not _REACHED_BEFORE.search(seg.before(k, 40)):
            # ("from among" may name places the number is spread over, not a set it is drawn from: "recruited 2,400
            # teachers from among 16 regions"; a pool's noun names the set)
            out.append(PartsLink(pool, (part,), False, "a number, then 'from a pool of' (or 'from among') the set it "
                                                       "was chosen from", sure="among" not in seg.between(k, k + 1)))
    return out


# an amount per a unit or head, the noun after "per" not a time: "€18.40 per inhabitant", "$5,530 a tonne",
# "41.2 cents a share" (not "1,250 jobs a year": a flow over a time is a total all the same)
_PER_UNIT_AFTER = lazy_re.compile(r"^\s*(?:[a-z]+\s+)?(?:per|a|an|for\s+each|for\s+every)\s+(?!(?:day|week|month|year|"
                                  r"quarter|hour|night|season|annum|cent|fortnight|decade|minute|second)s?\b)[a-z]", re.I)
def is_amount_per_unit(words_after: str) -> bool:
    """Whether the words right after a figure make it an amount per a unit or head ("€18.40 per
    inhabitant", "$5,530 a tonne"), not per a time: such an amount is no whole of parts."""
    return bool(_PER_UNIT_AFTER.match(words_after))


# a count's noun right after it: households (families), or the people in them
HOUSEHOLD_NOUN_AFTER = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.HOUSEHOLD_NOUNS)})\b")
MEMBER_NOUN_AFTER = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.MEMBER_NOUNS)})\b")


# a figure opening its line, then the gap of an aligned column before a label: a row's rank or number
_ROW_NUMBER_BEFORE = lazy_re.compile(r"(?:^|\n)[ \t]*$")
_COLUMN_GAP_AFTER = lazy_re.compile(r"^(?: {2,}|\t)[ \t]*[A-Za-z]")


# between two amounts after a colon: the two sides of a tally or comparison, or a range ("17,906 to 14,692")
_SIDES_SET_AGAINST = lazy_re.compile(r"\s*(?:to|against|vs\.?|versus)\s*")


def without_holdings(links: list[PartsLink], seg: Segment, frames: dict[str, Frame]) -> list[PartsLink]:
    """The part links of a sentence less the counts of what a whole has rather than of its members: a count of
    another noun than the whole's, written right after its digits, that a word of having governs ("48
    hospitals, including 12 private hospitals, with 9,800 beds"; "Of the 1,240 companies, which employ 86,000
    people, 310 are exporters"). No bed is a hospital: the count holds no part of the whole's. A link left with
    no part is dropped; one that lost a part no longer exhausts its whole."""
    out = []
    for link in links:
        kept = tuple(p for p in link.parts if not _a_holding_of(link.whole, p, seg, frames))
        if kept == link.parts:
            out.append(link)
        elif kept:
            out.append(replace(link, parts=kept, exhaustive=False))
    return out


def _a_holding_of(whole: Figure, part: Figure, seg: Segment, frames: dict[str, Frame]) -> bool:
    if whole.unit or part.unit or part not in seg.figures:
        return False
    whole_head = frames[whole.id].head
    if not whole_head:
        return False
    k = seg.slot_of(part)
    # the count's own noun, right after its digits (past one adjective), other than the whole's; not a
    # participle's clause or a preposition's ("with 310,000 attending private schools", "with 310,000 in
    # private schools" count the whole's pupils)
    after = lexicon.plain_words(seg.after(k, 40))[:2]
    # (an adjective in "-ed" may stand before the noun, "1.9 million registered patients", not before a preposition:
    # "with 310,000 enrolled in private schools")
    noun = after[1] if len(after) == 2 and after[0].endswith("ed") else after[0] if after else ""
    # (a group of people, "with 5,210 boys against 4,530 girls", is a part of any whole of people)
    if not noun or noun in _NO_NOUN_OF_ITS_OWN or noun.endswith(("ing", "ed")) \
            or noun in lexicon.POPULATION_GROUP_MODIFIERS or whole_head in (lexicon.fold(w) for w in after):
        return False
    return bool(_HOLDING_BEFORE.search(seg.before(k, 60)))


# words after a count that open no noun of its own: a preposition, a verb of being, "of", "more"
_NO_NOUN_OF_ITS_OWN = _MINOR_WORDS | frozenset(lexicon.PREPOSITIONS) | frozenset(lexicon.PART_LABEL_PREPOSITIONS) \
    | frozenset({"are", "were", "is", "was", "being", "had", "have", "more", "fewer", "less", "or", "than", "who",
                 "which", "that", "them", "whom", "each", "per", "percent", "per cent", "times"})
_HOLDING_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.HOLDING_WORDS)})"
                                  rf"(?:\s+(?:{lexicon.alternation(lexicon.HOLDING_FILLERS)}))?\s*$")


# after a list's last part read, a comma or "and" and the next figure: the list goes on ("24 women, and five children")
_THE_LIST_GOES_ON = lazy_re.compile(r"^\s*[a-z][a-z '’-]{0,30}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
# between two figures, a noun and a comma: the first is an item of a list the second continues ("18 search dogs, 651")
_AN_ITEM_OF_A_LIST_BEFORE = lazy_re.compile(r"^\s*[a-z][a-z '’-]{0,40},\s*$")


# a closing bracket (and the dash that closes an aside), then a verb of a level right before the whole
_BRACKET_THEN_LEVEL_VERB = lazy_re.compile(
    rf"^\s*\)\s*(?:[—–,]\s*|\s-\s*)?(?:(?:{lexicon.alternation(lexicon.SUBJECT_LEVEL_VERBS)})\s+"
    rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?)$")
# between two bracketed parts: the bracket closes, a comma or "and", the next label, and the bracket opens
_NEXT_BRACKETED_PART = lazy_re.compile(r"^\s*\)\s*(?:,\s*(?:and\s+)?|and\s+)[a-z][a-z' -]{0,50}\(\s*$")
# before the first part: the subject and its first label, no clause of its own and no list of some items only
_SUBJECT_OPENING = lazy_re.compile(r"^[^;:#()]{0,160}\(\s*$")


# words that pick some items out of a whole, then the first item's label and the bracket it opens (or the item
# itself): "led by resurfacing (", "including "
_SOME_OF_THE_WHOLE_RIGHT_BEFORE = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.SOME_ITEMS_BEFORE_A_LIST)})"
    r"\s+(?:[a-z][a-z' -]{0,40}\(\s*)?$")


def _bracketed_subject_parts(seg: Segment, frames: dict[str, Frame]) -> tuple[Figure, tuple[Figure, ...]] | None:
    """The whole and parts of a sentence whose subject lists its parts, each in brackets after its label, then
    takes a verb of a level and the whole: "Spending on meals (R4.12bn), transport (R1.87bn) and grants (R0.96bn)
    reached R6.95bn", "Spending on the three programmes -- meals (R4.12bn), ... -- was R6.95bn". Every figure before
    the whole is a part: the list is all the subject names. None when the sentence reads otherwise."""
    n = len(seg.figures)
    if n < 3 or seg.is_table_row:
        return None
    w = n - 1
    whole = frames[seg.figures[w].id]
    if whole.role is not Role.LEVEL or not written_in_digits(whole.figure) or whole.figure.qualifier:
        return None
    # (a count in words in the subject says how many parts it lists: "the three programmes")
    first = next((k for k in range(w) if written_in_digits(seg.figures[k])), w)
    counts = seg.figures[:first]
    if w - first < 2 or any(c.value != w - first for c in counts):
        return None
    if not _BRACKET_THEN_LEVEL_VERB.match(seg.between(w - 1, w)) \
            or not _SUBJECT_OPENING.match(SLOT.sub(" ", seg.before(first, 200))):
        return None
    opening = SLOT.sub(" ", seg.before(first, 200))
    if _SOME_OF_THE_WHOLE.search(opening) or _CLAUSE_END.search(without_dashed_asides(opening[:-1])):
        return None  # "Spending, led by meals (...)", "Imports fell, while spending on meals (...)"
    if not all(_NEXT_BRACKETED_PART.match(seg.between(k, k + 1)) for k in range(first, w - 1)):
        return None
    if any(_SOME_OF_THE_WHOLE.search(seg.between(k, k + 1)) for k in range(first, w - 1)):
        return None
    parts = tuple(seg.figures[first:w])
    if not all(_is_part_of(frames[f.id], whole) and not frames[f.id].figure.qualifier for f in parts):
        return None
    return whole.figure, parts


def parts_links(seg: Segment, frames: dict[str, Frame]) -> list[PartsLink]:
    if seg.is_table_row or len(seg.figures) < 2:
        return []
    out: list[PartsLink] = []
    used: set[int] = set()
    n = len(seg.figures)
    # a whole, then a partitive, then its parts
    for w, whole in enumerate(seg.figures):
        wf = frames[whole.id]
        if wf.role not in (Role.LEVEL, Role.CHANGE, Role.BOUND) or w in used \
                or not written_in_digits(whole):
            continue
        if names_an_average(seg.before(w, 80)):
            continue  # "the average wage reached 7,946 yuan, of which male 8,692": group values, not parts
        if _ROW_NUMBER_BEFORE.search(seg.before(w, 80)) and _COLUMN_GAP_AFTER.match(seg.after(w, 10)):
            continue  # "1  Ardrossan - Brodick      842": the rank or number opening an aligned row, not a whole
        if _PER_UNIT_AFTER.match(seg.after(w, 40)):
            continue  # "€96.4 million, or €18.40 per inhabitant, of which €14.9 million": an amount per head is no whole
        # "179,990 lines (down from 207,549 a year before), made up of ...": an aside in brackets is skipped
        after = seg.after(w, 200)
        m = _OPEN.match(after)
        if m and m.group("cue") and _BRACKET_OPENS_CUE.search(after[:m.start("cue")]):
            pass  # "15,331 houses (including 3,872 fully and 11,465 partly)": the brackets hold the parts themselves
        elif not m or not m.group("colon"):
            after = _ASIDE.sub(lambda aside: " " * len(aside.group()), after)
            if ")" in after[:60]:
                continue  # the figure stands inside brackets: the partitive after them is not about it
            after = _without_change_aside(seg, frames, after)
            m = _OPEN.match(after)
        gap = m and (m.group("gap") if m.group("cue") else m.group("listgap"))
        opened = seg.before(w, 60)
        if m and m.group("colon") and opened.rfind("(") > opened.rfind(")"):
            continue  # "- Medium (100,000 to 1 million): 24 resorts, 5.41 million": a class's bound in its label, no whole
        if m and m.group("colon") and _opens_a_bracket_labelled_by_a_period(gap):
            continue  # "net profit of GEL 79.9 million (2Q 2016: GEL 80.5 million; 1Q 2017: GEL 96.6 million)": items
            # labelled by times are the same measure then, told for comparison, not parts of it
        if m and m.group("colon") and m.group("colon").strip() != ":" and _LABEL_THEN_DASH.search(opened):
            continue  # "Kuwait - 605, Thailand - 703 and New Zealand - 812": a figure told after its label and a dash is an
            # item of a list told that way; the next label and dash open its peer, not its parts
        # ("96 councillors in all: 41 Labour, ...": before a colon, "in all" marks the whole a total)
        if not m or _DISTRIBUTIVE.search(gap) and not (m.group("colon") and _TOTAL_IN_GAP.search(gap)) \
                or m.group("cue") and SLOT.search(gap):
            continue  # "Wards 1, 7 and 8, each of which saw more than 1,000": a quantifier, not a partitive
        # (the plural "comprise" like "comprised": "Grants and loans comprise €4.8 million")
        if m.group("cue") and m.group("cue").lower() in ("comprised", "comprise") and (
                _DEFINITE_AFTER_CUE.match(after, m.end("cue"))
                or w > 0 and same_unit(seg.figures[w - 1], whole) and _COORDINATED.search(seg.between(w - 1, w))):
            continue  # "A and B comprised (the) €41.2 million": the whole follows; the parts came first
        if _NEW_CLAUSE.search(gap):
            continue  # "2.31 million tonnes, up 4.2%, and exports including clinker ...": another clause's partitive
            # (or colon list: "5,100 units, the firm said, and it expects more: 3,200 ...")
        if m.group("cue") in _PART_ANAPHORS and not gap.strip() or _RELATIVE_PART_AFTER.match(after):
            continue  # "€6.1bn of this, chemicals €2.3bn", "1,900 of whom work in sales": a part of an earlier whole
        if m.group("colon") and _NET_QUANTITY.search(whole.measure):
            continue  # "Net migration was 34,500: 91,200 arrived and 56,700 left": two flows, not parts
        count_slots = [int(x) for x in SLOT.findall(gap)]  # "split three ways: roads ₦180 billion, ..."
        if wf.role is Role.CHANGE and (len(gap.split()) > 3 or _PREPOSITION.search(gap)):
            continue  # "a decrease of 8.5 from the previous year, of which ...": the whole is the level before
        cue_end = seg.slots[w][1] + m.end()
        first = next((k for k in range(w + 1, n) if seg.slots[k][0] >= cue_end), None)
        if first is None or _NEW_CLAUSE.search(seg.skeleton[cue_end:seg.slots[first][0]]):
            continue  # "298,500 arrived by sea, including cruise passengers ..., and 173,200 crossed land borders"
        if m.group("cue") in lexicon.PARTITIVES_BEFORE_AN_AMOUNT and _WORD_IN.search(gap) \
                and not _PLACE_OR_KIND_AFTER.match(seg.after(first, 20)):
            continue  # "300 firms, whose 2,000 employees": the English relative, a noun of the firms' own; the calque
            # follows the bare amount ("amounts to 48,200, whose 26,900 men") or opens a place or kind
            # ("1,245 cases in the week, whose 1,380 in Kasai", "whose 868.3 billion FCFA of fiscal receipts")
        if m.group("colon") and _EACH_OPENS.match(seg.skeleton[cue_end:seg.slots[first][0]]):
            continue  # "450 pharmacists: each pharmacist serves 8,000 inhabitants": an amount per member, no breakdown
        if m.group("colon") and _COMPARED_AFTER_A_DASH.search(seg.skeleton[cue_end:seg.slots[first][0]]):
            continue  # "buy 10 bags a year - compared to 140 bags in 2014": a dash that opens a comparison, no breakdown
        if m.group("cue") and " ".join(m.group("cue").lower().split()) == "in which" \
                and _RELATIVE_SUBJECT_VERB.match(seg.skeleton[cue_end:seg.slots[first][0]]):
            continue  # "212 sessions in which it closed above 4,000": a relative clause of its own, not a breakdown
        found = _gathered(seg, frames, range(first, n), wf,
                          lambda k, prev: seg.skeleton[cue_end:seg.slots[k][0]] if prev is None else seg.between(prev, k))
        if not found.parts:
            continue
        if found.parts[0].value > whole.value and not whole.unit and _PLACE_PHRASE_BEFORE.search(seg.before(w, 25)):
            continue  # "41,200 homes across 18 districts, of which 9,850 were destroyed": a count of place too small
            # to hold the part is no whole; "which" points past it
        if m.group("colon") and len(found.parts) == 2 \
                and _SIDES_SET_AGAINST.fullmatch(seg.between(seg.slot_of(found.parts[0]), seg.slot_of(found.parts[1]))):
            continue  # "outnumbered men by 3,214: 17,906 to 14,692": two sides set against each other, not parts
        if HOUSEHOLD_NOUN_AFTER.match(seg.after(w, 30)) and MEMBER_NOUN_AFTER.match(seg.after(seg.slot_of(found.parts[0]), 30)):
            continue  # "2,040 households comprising 7,880 residents": the people in the households, not a part of them
        cue = " ".join(m.group("cue").split()) if m.group("cue") else "a colon or dash, then labelled amounts"
        # "14 states reported 2,984 cases - Bauchi (1,306), ...": as many parts as the count before says
        if count_slots and (len(count_slots) > 1 or seg.figures[count_slots[0]].value != len(found.parts)):
            continue  # a figure between the whole and its colon list must count the parts
        counted = bool(count_slots) or any(
            f.value == len(found.parts) and frames[f.id].role is Role.LEVEL and f.kind is not Kind.MONEY
            for f in seg.figures[:w])
        # "96 councillors in all: 41 Labour, ...": a whole the words call a total, then a colon: its whole breakdown
        exhaustive = cue in lexicon.PARTITIVES_EXHAUSTIVE or _complementary(tuple(found.parts), found.text) \
            or bool(_REMAINDER.search(found.text)) or _left_over_last(seg, found.parts) \
            or (not m.group("cue") and (counted or bool(_TOTAL_IN_GAP.search(gap)))) \
            or bool(m.group("colon") and len(found.parts) >= 2 and _TOTAL_NAMED_BEFORE.search(seg.before(w, 80))
                    and _LAST_ITEM_JOINED.search(seg.between(seg.slot_of(found.parts[-2]), seg.slot_of(found.parts[-1]))))
        if _LIST_HEDGE.search(seg.skeleton[cue_end:seg.slots[first][0]]) \
                or _LIST_GOES_ON_AFTER.match(seg.after(seg.slot_of(found.parts[-1]), 60)):
            exhaustive = False  # "comprises items such as ...", "... and N2.3trn for debt, among others": some items only
        if _REST_UNSTATED.match(seg.after(seg.slot_of(found.parts[-1]), 120)):
            exhaustive = False  # "25,100 men and 26,900 women live in the centre, the rest in outlying villages"
        last = seg.slot_of(found.parts[-1])
        if last + 1 < n and same_unit(seg.figures[last + 1], whole) and not written_in_digits(seg.figures[last + 1]) \
                and _THE_LIST_GOES_ON.match(seg.between(last, last + 1)):
            exhaustive = False  # "66 people including 37 men, 24 women, and five children": a part in words after the
            # parts read goes on with the list, so those read are not all of it
        if m.group("cue") and len(found.parts) > 1 and w > 0 and same_unit(seg.figures[w - 1], whole) \
                and _AN_ITEM_OF_A_LIST_BEFORE.match(seg.between(w - 1, w)):
            # "4,440 rescuers, 18 search dogs, 651 machines and vehicles including 146 ambulances, 42,711 tents, ...":
            # the whole is an item of a list, so the items after its first part may be the list's next items, not
            # its parts; only the first is sure to be one
            found.parts = found.parts[:1]
            exhaustive = False
        link = _link(whole, found, exhaustive, f"a whole, then '{cue}', then its parts")
        # degrees that exclude each other ("3,872 fully and 11,465 partly") sort the parts one way, so they add up to
        # no more than the whole; the list may leave other degrees out, so not to it
        sorted_one_way = _exclusive_degrees(found.text) or _sorted_one_way(seg, found.parts)
        out.append(replace(link, disjoint=True) if sorted_one_way else link)
        used.update({w, *(seg.slot_of(p) for p in found.parts)})
    # a whole, then its parts in brackets: "70 civil partnerships (42 male and 28 female)"
    for w, whole, m, slots in _wholes_then_lists(seg, frames, used, _BRACKETED_PARTS, 200):
        if len(slots) < 2 or used.intersection(slots) \
                or _NOT_A_BREAKDOWN.search(SLOT.sub(" ", _TO_LABEL.sub(" ", m.group("list")))):
            continue  # "(2,120 in 2022 and 2,300 in 2023)", "(down from 207,549)": not parts
        # (inside the brackets a semicolon or colon parts the items: "(adults: 3,110; children: 2,420)")
        found = _gathered(seg, frames, range(slots[0], slots[-1] + 1), whole,
                          lambda k, prev: seg.skeleton[seg.slots[w][1]:seg.slots[k][0]] if prev is None else seg.between(prev, k),
                          _SENTENCE_END, _CONTRAST_WORD)
        if [seg.slot_of(f) for f in found.parts] != slots:
            continue  # every figure in the brackets must be a part of the whole
        exhaustive = _complementary(tuple(found.parts), m.group("list"))
        out.append(replace(_link(whole.figure, found, exhaustive, "a whole, then its parts in brackets"), disjoint=True))
        used.update({w, *slots})
    # a share, then in brackets shares each said to be a kind of what it counts: "10% as degraded forest (6% being
    # high-intensity degradation and 4% moderate)", "47% were in work (35% were full-time and 12% part-time)". The
    # verb of being makes each a part of the share's own count; shares in brackets without it are often the rates
    # of groups ("5.1% (4.8% for men and 5.5% for women)"), which no sum bounds
    for w in range(n - 2):
        whole = frames[seg.figures[w].id]
        m = _BRACKETED_SHARES.match(seg.after(w, 200)) if w not in used else None
        if m is None or whole.role is not Role.SHARE:
            continue
        slots = [int(x) for x in SLOT.findall(m.group("list"))]
        parts = [frames[seg.figures[k].id] for k in slots]
        if len(slots) < 2 or used.intersection(slots) or slots[0] != w + 1 \
                or not all(p.role is Role.SHARE and same_unit(p.figure, whole.figure) for p in parts) \
                or _NOT_A_BREAKDOWN.search(SLOT.sub(" ", m.group("list"))) \
                or not _LAST_ITEM_JOINED.search(seg.between(slots[-2], slots[-1]) + " "):
            continue  # ("(6% in 2022 and 4% in 2023)", "(up from 8%)": no parts)
        out.append(PartsLink(whole.figure, tuple(p.figure for p in parts), False,
                             "a share, then in brackets shares each said to be a kind of it", disjoint=True))
        used.update({w, *slots})
    # a whole, then a comma and its parts in apposition, each amount before its label, the last after "and":
    # "The orchestra played 64 concerts, 40 at home and 24 on tour"
    for w, whole, m, slots in _wholes_then_lists(seg, frames, used, _APPOSED_PARTS, 200):
        # ("240 from owners and 190 from the street": "from" opens a label that names a source, not a base)
        if len(slots) < 2 or used.intersection(slots) or _NOT_A_BREAKDOWN.search(_LABEL_FROM.sub(" ", m.group("list"))) \
                or names_an_average(seg.before(w, 80) + m.group("noun")) or _AVERAGED.search(seg.before(w, 40)):
            continue  # "640 units, 120 more than in May and 40 above target": comparisons, not parts
            # ("averaged 412 visitors a day, 300 on weekdays and 560 at weekends": an average's groups)
        parts = [frames[seg.figures[k].id] for k in slots]
        if not all(p.is_level and same_unit(p.figure, whole.figure) and written_in_digits(p.figure)
                   and _is_part_of(p, whole) for p in parts):
            continue
        first_item = _GAPPED_FIRST_ITEM.match(seg.between(w, slots[0])) or _PARALLEL_FIRST_ITEM.match(seg.between(w, slots[0])) \
            or _NOUN_THEN_PARALLEL_ITEM.match(seg.between(w, slots[0]))
        if first_item and re.match(rf"\s*{first_item.group('prep')}\b", seg.after(slots[0], 20)):
            used.update({w, *slots})  # (nor is any later item the whole of those after it)
            continue  # "17 occurred in gold mines, 9 in platinum mines, 7 in coal mines": the first item, its verb gapped after
            # ("11,030 from China and Hong Kong, 7999 from India and 4459 from the Philippines": labelled as they are)
        if _LIST_OPENED_BEFORE.search(seg.before(w, 40)):
            used.update({w, *slots})
            continue  # "followed by 31,995 New Zealand citizens, 23,900 on student visas and 16,800 on residency
            # visas", "which included 11,030 from China, ...": the figure is an item of a list the words opened, not its whole
        # (labels set side by side in apposition name categories that do not overlap: "240 dogs and 190 cats")
        out.append(PartsLink(whole.figure, tuple(p.figure for p in parts), False,
                             "a whole, then its parts in apposition, each before its label", disjoint=True))
        used.update({w, *slots})
    # a whole, then a comma (or "with") and its groups in apposition, each amount before its noun, when the groups
    # leave nobody out: "The school had 9,640 pupils, 5,210 boys and 4,530 girls" (not "4,200 staff, 310 shops and
    # 12 warehouses": other things counted)
    for w, whole, m, slots in _wholes_then_lists(seg, frames, used, _APPOSED_GROUPS, 200):
        parts = [frames[seg.figures[k].id] for k in slots]
        if len(slots) < 2 or used.intersection(slots) or not _complementary(tuple(p.figure for p in parts), m.group("list")) \
                or not all(p.is_level and _is_part_of(p, whole) for p in parts):
            continue
        out.append(PartsLink(whole.figure, tuple(p.figure for p in parts), True,
                             "a whole, then the groups that exhaust it in apposition, each amount before its noun"))
        used.update({w, *slots})
    # a whole naming its kinds, then their amounts in that order: "3,846 cases of robbery, kidnapping
    # and cult violence - 2,117, 1,164 and 765 respectively"
    for w, whole, m, slots in _wholes_then_lists(seg, frames, used, _RESPECTIVE_AMOUNTS, 300):
        parts = [seg.figures[k] for k in slots]
        kinds = _KINDS_NAMED.search(m.group("gap"))
        if kinds is None or used.intersection(slots) or not all(_is_part_of(frames[p.id], whole) for p in parts):
            continue  # no kinds named after the figure: it is the list's first item ("of $511m, $440m and ...")
        exhaustive = len(_LIST_SEPARATOR.split(kinds.group("kinds").strip())) == len(parts)
        out.append(PartsLink(whole.figure, tuple(parts), exhaustive, "a whole naming its kinds, then their amounts "
                                                                     "'respectively'"))
        used.update({w, *slots})
    # a fronted whole: "Of the 3,200 firms surveyed, 1,100 ...", "... said that out of the W who sat, A and B"
    for w in range(n - 1):
        whole = frames[seg.figures[w].id]
        if w in used or whole.role not in (Role.LEVEL, Role.BOUND) or not written_in_digits(whole.figure) \
                or not _FRONTED_BEFORE.search(seg.before(w, 80)):
            continue
        # "Of the 118 picks (those of the top-ranked members), 115 ...": an aside without figures is skipped
        if _NOT_ALL_OF.search(seg.before(w, 40)):
            # (a whole denied in full is no list's whole: only the one part after its colon is read)
            if w + 1 < n and _NOT_ALL_THEN_ONLY.match(seg.between(w, w + 1)) and frames[seg.figures[w + 1].id].is_level \
                    and same_unit(seg.figures[w + 1], whole.figure) and written_in_digits(seg.figures[w + 1]):
                out.append(PartsLink(whole.figure, (seg.figures[w + 1],), False,
                                     "a whole denied in full ('not all of the W ...'), then 'only' its part"))
                used.update({w, w + 1})
            continue
        words = _FRONTED_AFTER.match(_FIGURELESS_ASIDE.sub("", seg.after(w, 160)))
        if words is None or _split_number(seg, w):
            continue
        first = w + 1 + len(SLOT.findall(words.group()))  # past the whole's threshold, if any
        # (a semicolon right before a count goes on with the list: "Of the 312 schools inspected, 183 were rated good;
        # 91 were rated adequate and 62 were rated poor")
        found = _gathered(seg, frames, range(first, n), whole, lambda k, prev: seg.between(w if prev is None else prev, k),
                          _CLAUSE_END_BUT_A_COUNT)
        if found.parts and _PRONOUN_THEN_COPULA.search(seg.before(w, 80)) \
                and _PLAIN_LIST_JOIN.match(seg.between(w, seg.slot_of(found.parts[0]))):
            continue  # "Among them are 705,000 nurses, 40,000 midwives and ...": the pronoun is the whole, each its part
        if found.parts:
            last = seg.slot_of(found.parts[-1])
            # "..., 115 give it a thumbs-up and three a thumbs-down": the other of two groups that exhaust
            # the whole, a number word after "and", is the last part
            other = seg.figures[last + 1] if last + 1 < n else None
            if other is not None and not written_in_digits(other) and frames[other.id].is_level \
                    and same_unit(other, whole.figure) and _AND_THE_OTHER.match(seg.between(last, last + 1)) \
                    and _complementary((), seg.between(last, last + 1) + " "
                                       + _UP_TO_CLAUSE_END.match(seg.after(last + 1, 60)).group()):
                found = _List([*found.parts, other], found.closed, found.text + seg.between(last, last + 1)
                              + _UP_TO_CLAUSE_END.match(seg.after(last + 1, 60)).group())
            # a word of the rest says the list is complete only among the parts ("..., and the remaining 3,200");
            # said of the whole before them it names the whole ("Of the 1,517 children adopted from other countries,
            # the largest numbers came from Colombia (235), India (223) ...": a selection of the largest)
            opening = seg.between(w, seg.slot_of(found.parts[0]))
            among_parts = found.text[len(opening):] if found.text.startswith(opening) else found.text
            exhaustive = _complementary(tuple(found.parts), found.text) or bool(_REMAINDER.search(among_parts)) \
                or _left_over_last(seg, found.parts)
            if not _REMAINDER.search(among_parts) and _REST_UNSTATED.match(seg.after(last, 120)):
                exhaustive = False  # "Of the 52,000 residents, 25,100 men and 20,900 women live in the centre, the rest ..."
                # (not when a part is the rest: "..., and the remaining 35 were users of buses and other vehicles")
            link = _link(whole.figure, found, exhaustive, "a fronted whole ('of the W, ...'), then its parts")
            out.append(replace(link, disjoint=True) if _sorted_one_way(seg, found.parts) else link)
            used.update({w, *(seg.slot_of(p) for p in found.parts)})
    # a whole, then "with" and what a named member contributes to it: "Exports rose to $5.2 billion, with oil
    # accounting for $3.1 billion and gas $1.2 billion", "10,636 visitors, with Malaysia providing 1,640"
    for w in range(n - 1):
        whole = frames[seg.figures[w].id]
        if w in used or w + 1 in used or not whole.is_level or not written_in_digits(whole.figure) \
                or not _WITH_CONTRIBUTOR.match(_ASIDE.sub(" ", seg.between(w, w + 1))) or _split_number(seg, w) \
                or names_an_average(seg.before(w, 80)):
            continue  # (the pattern crosses no bracket: "(including 29,555 on imports), with cess making up 8,754"
            # closes an aside the figure stands in)
        found = _gathered(seg, frames, range(w + 1, n), whole, lambda k, prev: "" if prev is None else seg.between(prev, k))
        if found.parts and used.isdisjoint(seg.slot_of(p) for p in found.parts) \
                and all(p.period == whole.figure.period for p in found.parts):  # (not "..., with oil at $6.1bn in 2022")
            # (members that leave nobody out make it up: "Applications reached 1,240, with women accounting for 610
            # and men for 590")
            out.append(_link(whole.figure, found, len(found.parts) >= 2 and _complementary(tuple(found.parts), found.text),
                             "a whole, then 'with' a member contributing a part"))
            used.update({w, *(seg.slot_of(p) for p in found.parts)})
    # a whole, then "with" its members' amounts: each named by the member, a word of the whole's head and "at" or
    # "of" ("Total revenue stood at $7.5 billion, with tax revenue at $4.2 billion and non-tax revenue at $3.1
    # billion"), or named after the amount by where it came from ("..., with $4.2 billion from tax and $3.1 billion
    # from other sources"). No more than the whole together; all of it when the members leave nothing out.
    # ("Exports were $7.5 billion, with imports at $4.2 billion": another measure, no member of the whole)
    for w in range(n - 2):
        whole = frames[seg.figures[w].id]
        if w in used or w + 1 in used or not whole.is_level or whole.modality != "stated" \
                or not written_in_digits(whole.figure) or _split_number(seg, w) or names_an_average(seg.before(w, 80)):
            continue
        opening = _ASIDE.sub(" ", seg.between(w, w + 1))
        member = _WITH_MEMBER_AT.match(opening)
        if member and lexicon.fold(member.group("head")) != whole.head \
                or not member and not (_WITH_COUNT.match(opening) and _SOURCE_AFTER_AN_AMOUNT.match(seg.after(w + 1, 40))):
            continue
        found = _gathered(seg, frames, range(w + 1, n), whole, lambda k, prev: "" if prev is None else seg.between(prev, k))
        if len(found.parts) < 2 or not used.isdisjoint(seg.slot_of(p) for p in found.parts) \
                or any(p.period != whole.figure.period for p in found.parts):
            continue
        following = found.parts[1:]
        if not all(_WITH_MEMBER_AT.match("x, with " + _LIST_JOIN_LEAD.sub("", seg.between(seg.slot_of(found.parts[i]), seg.slot_of(p))))
                   if member else _SOURCE_AFTER_AN_AMOUNT.match(seg.after(seg.slot_of(p), 40))
                   for i, p in enumerate(following)):
            continue  # each part named the same way as the first: a list of members, not one member and other figures
        exhaustive = _complementary(tuple(found.parts), found.text) or bool(_REMAINDER.search(found.text)) \
            or _left_over_last(seg, found.parts)
        out.append(_link(whole.figure, found, exhaustive, "a whole, then 'with' its members' amounts"))
        used.update({w, *(seg.slot_of(p) for p in found.parts)})
    # a whole, then "with" a count and a participle clause narrowing it: "Enrolment stood at 920,000 pupils, with
    # 310,000 attending private schools", "The fleet numbered 540 vessels, with 120 flying a foreign flag"
    for w in range(n - 1):
        whole, part = frames[seg.figures[w].id], frames[seg.figures[w + 1].id]
        if w in used or w + 1 in used or not (whole.is_level and part.is_level) \
                or not same_unit(whole.figure, part.figure) or not written_in_digits(whole.figure) \
                or not written_in_digits(part.figure) or whole.figure.period != part.figure.period \
                or "stated" != whole.modality or "stated" != part.modality or _split_number(seg, w) \
                or not _WITH_COUNT.match(seg.between(w, w + 1)) or names_an_average(seg.before(w, 80)):
            continue
        narrowed = _NARROWING_PARTICIPLE.match(seg.after(w + 1, 60))
        noun = narrowed and narrowed.group("noun").split()
        if narrowed is None or noun and (lexicon.fold(noun[-1]) != whole.head or len(noun) > 1 and noun[0] in _NOT_A_SUBSET_WORD):
            continue  # ("200 beds, with 300 patients waiting": a count of another thing; "with 300 more arriving")
        out.append(PartsLink(whole.figure, (part.figure,), False, "a whole, then 'with' a count and a participle "
                                                                    "clause narrowing it"))
        used.update({w, w + 1})
    # a count, then the body it is counted in, named by its size: "winning 311 seats in the 403-member Assembly"
    for k in range(n - 1):
        part, whole = frames[seg.figures[k].id], frames[seg.figures[k + 1].id]
        if k not in used and k + 1 not in used and part.is_level and whole.is_level \
                and same_unit(part.figure, whole.figure) and written_in_digits(part.figure) \
                and written_in_digits(whole.figure) and _IN_BODY.match(seg.between(k, k + 1)) \
                and _BODY_SIZE.match(seg.after(k + 1, 10)):
            out.append(PartsLink(whole.figure, (part.figure,), False, "a count, then the body it is in, named by its size"))
            used.update({k, k + 1})
    # a fronted part: "Including 3,612 repeat offenders, 2,904 drivers were fined"
    if n >= 2 and 0 not in used and 1 not in used and _FRONTED_PART.match(seg.skeleton):
        part, whole = frames[seg.figures[0].id], frames[seg.figures[1].id]
        if whole.role in (Role.LEVEL, Role.BOUND) and written_in_digits(whole.figure) and _is_part_of(part, whole):
            out.append(PartsLink(whole.figure, (part.figure,), False, "a fronted part ('including P, W')"))
            used.update({0, 1})
    # parts, then a word of totalling, then their whole (or their share of it: "make up 78.6% of the W")
    for m in _TOTALLING.finditer(seg.skeleton):
        w = next((k for k in range(n) if seg.slots[k][0] >= m.end()), None)
        last = max((k for k in range(n) if seg.slots[k][1] <= m.start()), default=None)
        if w is None or last is None or w in used:
            continue
        lead = seg.skeleton[m.end():seg.slots[w][0]]
        if SLOT.search(lead) or _CLAUSE_END.search(lead) or len(lead) > 40 or _REMAINDER_LEAD.match(lead):
            continue  # ("other taxes made up the remaining R44 billion": the last part, not the parts' whole)
        if _NEXT_ITEM_BEFORE_CUE.search(without_dashed_asides(seg.skeleton[:m.start()]), seg.slots[last][1]):
            continue  # "El Salvador received US$2,566.5 million, Guatemala US$5,984.8 million, and Honduras totaled
            # US$2,811.8 million": the verb's subject is the list's next item, whose own level follows
        share = None
        # (not the amount the share stands for: "made up 9 per cent of revenue at €1.6m")
        if frames[seg.figures[w].id].role is Role.SHARE and w + 1 < n and _SHARE_OF_WHOLE.match(seg.between(w, w + 1)) \
                and not _SHARE_OF_NAME_THEN_PART.match(seg.between(w, w + 1)):
            share, w = seg.figures[w], w + 1
        if share is None and m.group("cue") and " ".join(m.group("cue").split()) in _SHARE_ONLY \
                and not _DEFINITE_WHOLE.match(lead) and not m.group("jointly"):
            # "rooftop installations accounted for 1,530 MW": a part, not the sum of the figures before;
            # "adults (3,110) and children (2,420) account for the hospital's 5,530 patients": a definite whole
            # (a verb the parts share, "together account for 94,410", makes their sum the whole)
            continue
        whole = frames[seg.figures[w].id]
        if whole.role not in (Role.LEVEL, Role.BOUND) or not written_in_digits(whole.figure):
            continue
        found = _gathered(seg, frames, range(last, -1, -1), whole,
                          lambda k, prev: seg.skeleton[seg.slots[k][1]:m.start()] if prev is None else seg.between(k, prev),
                          _CONTRAST)
        found.parts.reverse()
        if found.parts and frames[found.parts[-1].id].role is Role.BOUND and found.parts[-1].value <= whole.figure.value:
            continue  # "whose revenues exceeded €1 billion for the first time, totalling €1,048m": the bound before the
            # word of totalling is a threshold the whole passed, no part of it
        if found.parts and names_an_average(seg.before(seg.slot_of(found.parts[0]), 80)):
            continue  # "Average spend was £38 for day visitors and £96 for staying visitors, a total of £240.5
            # million": groups' averages are no parts of a total
        if len(found.parts) >= (1 if share else 2) and used.isdisjoint(seg.slot_of(p) for p in found.parts):
            # "Outlays, led by resurfacing (€3.40m) and lighting (€2.15m), came to €7.40m": words right before the
            # list that pick some items out of the whole leave the rest unnamed, so the parts are no more than it
            some_only = bool(_SOME_OF_THE_WHOLE_RIGHT_BEFORE.search(SLOT.sub(" ", seg.before(seg.slot_of(found.parts[0]), 40))))
            out.append(PartsLink(whole.figure, tuple(found.parts), share is None and not some_only,
                                 "parts, then a word of totalling, "
                                 "then the whole" + (" and their share of it" if share else ""), found.closed, share))
            used.update({w, *(seg.slot_of(p) for p in found.parts)})
    # the subject's parts, each in brackets after its label, then a verb of a level and their whole: "Spending on
    # meals (R4.12bn), transport (R1.87bn) and grants (R0.96bn) reached R6.95bn" (the level is the subject's, and
    # the subject is what the brackets break down)
    subject_list = _bracketed_subject_parts(seg, frames) if not used else None
    if subject_list is not None:
        whole, parts = subject_list
        out.append(PartsLink(whole, parts, True, "a subject listing its parts in brackets, then a verb of a level and "
                                                 "their whole", True))
        used.update(seg.slot_of(f) for f in (whole, *parts))
    # "Totalling NZ$48.6 million, this year's grants went to marae (NZ$21.3 million), museums (NZ$19.9
    # million) and archives (NZ$11.4 million)": a total fronted by a participle, then its parts
    if 0 not in used and _FRONTED_TOTAL.match(seg.before(0, 40)) and frames[seg.figures[0].id].is_level:
        whole = seg.figures[0]
        rest = [f for f in seg.figures[1:] if same_unit(f, whole)]
        if len(rest) >= 2 and all(frames[f.id].is_level and written_in_digits(f) and f.value < whole.value for f in rest):
            out.append(PartsLink(whole, tuple(rest), True, "a total fronted by 'Totalling', then its parts", True))
            used.update(range(n))
    # a part, then "of" its whole: "92 million of Germany's 83.2 million inhabitants", "412 of the 9,614 stopped"
    chained: set[int] = set()  # wholes of this reading, which may be parts of the next: "a city within a metro
    # area of 12.87 million, which in turn is part of a country of 10.64 million"
    for k in range(n - 1):
        part, whole = frames[seg.figures[k].id], frames[seg.figures[k + 1].id]
        if k in used and k not in chained or k + 1 in used or not part.is_level \
                or whole.role not in (Role.LEVEL, Role.BOUND) \
                or not same_unit(part.figure, whole.figure) or not written_in_digits(part.figure) \
                or not written_in_digits(whole.figure) or not (_PART_OF_WHOLE.match(seg.between(k, k + 1))
                                                               or _COUNTED_IN_WHOLE.match(seg.between(k, k + 1))
                                                               or _OUT_OF.match(seg.between(k, k + 1))) \
                or k > 0 and RATIO_IN_WORDS.match(seg.between(k - 1, k)):
            continue  # ("9 in 10 of the 2,350 firms": the 10 is a ratio's base, no part)
        # "299 members out of 321 rate it outperform, and 22 rate it underperform": the other of a pair of
        # groups that exhaust the whole, in the clause joined after it, is the rest of the whole
        rest = k + 2 if k + 2 < n and k + 2 not in used else None
        if rest is not None and frames[seg.figures[rest].id].is_level and same_unit(seg.figures[rest], part.figure) \
                and written_in_digits(seg.figures[rest]) and _AND_THE_OTHER.match(seg.between(k + 1, rest)) \
                and _complementary((), seg.between(k + 1, rest) + " " + _UP_TO_CLAUSE_END.match(seg.after(rest, 60)).group()):
            out.append(PartsLink(whole.figure, (part.figure, seg.figures[rest]), True,
                                 "a part, then 'of' its whole, and the other of two groups that exhaust it", True))
            used.update({k, k + 1, rest})
            continue
        # "The 9,800 emergency cases came out of 3,650 night shifts": "out of" after a verb of the part's clause says
        # where the part came from; a whole of another noun is then no set the part's members belong to
        part_noun = _measure_noun(part.figure)
        sure = not (part_noun and whole.head and part_noun != whole.head
                    and _out_of_after_a_predicate(seg.between(k, k + 1), part_noun))
        out.append(PartsLink(whole.figure, (part.figure,), False, "a part, then 'of' its whole", sure=sure))
        used.update({k, k + 1})
        chained.add(k + 1)
    # a whole, then a relative clause on it that counts those of its members that have something: "1,286
    # villages, which have realized access to hardened roads villages 1,174", "2,140 clinics, which have
    # 1,760 clinics with a doctor" (the same head noun, the same period)
    for k in range(n - 1):
        whole, part = frames[seg.figures[k].id], frames[seg.figures[k + 1].id]
        if k in used or k + 1 in used or not (whole.is_level and part.is_level) or not whole.head \
                or whole.head != part.head or not same_unit(whole.figure, part.figure) \
                or whole.figure.period != part.figure.period or not written_in_digits(whole.figure) \
                or not written_in_digits(part.figure) or not _SUBSET_RELATIVE.match(seg.between(k, k + 1)) \
                or _OTHER_TIME.search(_UP_TO_CLAUSE_END.match(seg.after(k + 1, 60)).group()):
            continue  # ("which had 2,310 villages in 2015": the whole's members at another time)
        out.append(PartsLink(whole.figure, (part.figure,), False, "a whole, then a relative clause with 'which have' "
                                                                    "that counts a subset of its noun"))
        used.update({k, k + 1})
    # parts, then their whole with a word that marks it a total: "..., Afar 9,120 - 108,755 in all"
    for w in range(1, n):
        whole = frames[seg.figures[w].id]
        if w in used or whole.role not in (Role.LEVEL, Role.BOUND) or not written_in_digits(whole.figure) \
                or not _TOTAL_AFTER.match(seg.after(w, 60)):
            continue
        if "(" in seg.before(w, 30).rsplit("#", 1)[-1]:
            continue  # "stood at 5.9 (843 deaths in total)": a total in brackets qualifies the figure before it
        found = _gathered(seg, frames, range(w - 1, -1, -1), whole,
                          lambda k, prev: seg.between(k, w if prev is None else prev), _CONTRAST)
        found.parts.reverse()
        if found.parts and _everyones_statistic(seg, whole.figure, found.parts, _TOTAL_AFTER.match(seg.after(w, 60)).group()):
            continue
        if len(found.parts) >= 2 and used.isdisjoint(seg.slot_of(p) for p in found.parts):
            out.append(_link(whole.figure, found, True, "parts, then the whole and a word that marks it a total"))
            used.update({w, *(seg.slot_of(p) for p in found.parts)})
    out.extend(_written_sums(seg, frames, used))
    out.extend(_members_in_absolute_clauses(seg, frames, used))
    return out


_MEMBER_FIGURE_AFTER = lazy_re.compile(
    rf"^[^#;.()]{{0,100}}?,\s*(?:with\s+)?(?:the\s+)?(?P<owner>(?:[a-z'’-]+\s+){{0,3}}?[a-z-]+)['’]s?\s+(?:own\s+)?"
    rf"(?:{lexicon.alternation(lexicon.MEMBER_FIGURE_NOUNS)})\s+(?:{lexicon.alternation(lexicon.MEMBER_FIGURE_VERBS)})\s+"
    rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$", screened=True)
_NOT_A_MEMBER = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.NOT_A_MEMBER_POSSESSOR + cues.MONTH_NAMES)})\b|\d")


_AGGREGATE_SCOPE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.OVERALL_WORDS + lexicon.AGGREGATE_SCOPE_NOUNS)})\b")
_SENTENCE_BREAK = lazy_re.compile(r"[.;:]\s")


def _clause_start(seg: Segment, k: int) -> int:
    """Where the clause of figure k starts in the skeleton: after the last stop, semicolon or colon before it."""
    start = seg.slots[k][0]
    before = seg.skeleton[max(0, start - 200):start]
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(before)]
    return max(0, start - 200) + (breaks[-1] if breaks else 0)


def _members_in_absolute_clauses(seg: Segment, frames: dict[str, Frame], used: set[int]) -> list[PartsLink]:
    """A whole, then an absolute clause that gives a member's own level of it: "14,206 offences were recorded in
    England and Wales, the Metropolitan Police area's figure being 3,918", "..., with the northern region's figure
    at 3,010". The member is part of the whole (another time's figure is not: "the previous quarter's figure")."""
    out = []
    for w in range(len(seg.figures) - 1):
        m = _MEMBER_FIGURE_AFTER.match(seg.between(w, w + 1))
        if m is None or w in used or w + 1 in used or _NOT_A_MEMBER.search(m.group("owner")):
            continue
        whole, part = frames[seg.figures[w].id], frames[seg.figures[w + 1].id]
        if not (whole.is_level and part.is_level) or not same_unit(whole.figure, part.figure) \
                or not written_in_digits(whole.figure) or not written_in_digits(part.figure) \
                or (whole.figure.period and part.figure.period and whole.figure.period != part.figure.period):
            continue
        # sure only when the whole's clause calls it the aggregate ("nationally", "across the country", "the
        # country's"): otherwise the owner may be a peer the whole is compared with ("Britain recorded 2,100 deaths,
        # Germany's figure being 3,400"), and a part above the whole is only a question
        clause = seg.skeleton[_clause_start(seg, w):seg.slots[w + 1][0]]
        out.append(PartsLink(whole.figure, (part.figure,), False, "a whole, then a member's own figure in an absolute "
                                                                  "clause ('the X's figure being N')",
                             sure=bool(_AGGREGATE_SCOPE.search(clause))))
        used.update({w, w + 1})
    return out


# A sum written out with symbols: "229 = 102 (ruling party) + 81 (main opposition) + 46", "14,210 petrol + 6,385
# diesel = 20,595". Between two terms, an optional label (words, or words in brackets) and the sign; the sign
# says the parts make up the whole, whatever the words around it. The label may stand after the sign, before its
# term, as well: "hydro 4,210 + thermal 2,880 = 7,090", "salaries €3.2m + goods €1.1m = total €4.3m"
_TERM_LABEL = r"\s*(?:\([^()#=+]{0,40}\)|[^\W\d][^#=+()\n.;:]{0,40}?)?\s*"
_PLUS_BETWEEN = lazy_re.compile(rf"^{_TERM_LABEL}\+{_TERM_LABEL}$")
_EQUALS_BETWEEN = lazy_re.compile(rf"^{_TERM_LABEL}={_TERM_LABEL}$", screened=True)
# an operator next to a written sum's first or last term would make it part of a longer formula ("x 2", "- 5", "/ 3")
_OPERATOR_BEFORE = lazy_re.compile(r"[-+=×*/÷−]\s*$")
_OPERATOR_AFTER = lazy_re.compile(rf"^{_TERM_LABEL}[-+=×*/÷−]")


def _written_sums(seg: Segment, frames: dict[str, Frame], used: set[int]) -> list[PartsLink]:
    """The whole and its parts of a sum written with '=' and '+', the whole either side of the '=' sign."""
    out = []
    n = len(seg.figures)
    for e in range(n - 1):
        if not _EQUALS_BETWEEN.match(seg.between(e, e + 1)):
            continue
        # the side of single terms (the whole) and the side of terms joined by '+' (the parts)
        right = [e + 1]
        while right[-1] + 1 < n and _PLUS_BETWEEN.match(seg.between(right[-1], right[-1] + 1)):
            right.append(right[-1] + 1)
        left = [e]
        while left[0] > 0 and _PLUS_BETWEEN.match(seg.between(left[0] - 1, left[0])):
            left.insert(0, left[0] - 1)
        if (len(left) > 1) == (len(right) > 1):
            continue  # "a + b = c + d", or "1 USD = 605 CFA francs": no one whole
        whole, parts = (right[0], left) if len(left) > 1 else (left[0], right)
        first, last = min(left[0], right[0]), max(left[-1], right[-1])
        if _OPERATOR_BEFORE.search(seg.before(first, 5)) or _OPERATOR_AFTER.match(seg.after(last, 45)):
            continue
        if used.intersection((whole, *parts)):
            continue  # read by the words already ("... = 25,499 vehicles in all")
        w = frames[seg.figures[whole].id]
        if not written_in_digits(w.figure) or not all(
                written_in_digits(seg.figures[k]) and same_unit(seg.figures[k], w.figure) for k in parts):
            continue
        out.append(PartsLink(w.figure, tuple(seg.figures[k] for k in parts), True,
                             "a sum written out with '=' and '+'"))
        used.update({whole, *parts})
    return out


# the bounds of one range: "between 2 and 2.5 million", "from 1.2 to 1.5 million", "2 to 2.5 million", "40-45"
_RANGE_OPENS = lazy_re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_JOIN = lazy_re.compile(r"^\s*(?:and|to|-|–)\s*$")
_RANGE_JOIN_BARE = lazy_re.compile(r"^\s*(?:to|-|–)\s*$")


def _range_bounds(seg: Segment, j: int, k: int) -> bool:
    """Whether figures j and k (neighbours) are the lower and upper bounds of one range."""
    if k >= len(seg.figures) or k != j + 1 or seg.figures[j].value > seg.figures[k].value:
        return False
    between = seg.between(j, k)
    opened = _RANGE_OPENS.search(seg.before(j, 12))
    return bool(_RANGE_JOIN.match(between) if opened else _RANGE_JOIN_BARE.match(between))


# "2.6 million of the region's 9.1 million residents", "2.6 million out of 9.1 million": the first is set inside the
# second; "Of the city's 480,000 households, 126,000 rent": the second inside the first
_OF_BETWEEN = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:of|out\s+of)\s+(?:[a-z'’-]+\s+){0,5}$", re.I)
# words that join two figures side by side, or set one against the other: no part and its whole
_SIDE_BY_SIDE = lazy_re.compile(r"\b(?:and|or|but|while|whereas|against|compared|versus|from|to|than)\b", re.I)
_FRONTED_CLOSES = lazy_re.compile(r"^[^#,;()]{0,40},\s*$")
_OF_FRONTED = lazy_re.compile(r"^\W*(?:of|out\s+of)\s+(?:the|its|their|all)\b[^#,;]{0,40}$", re.I)


def _inner_of_pair(seg: Segment, pair: list[Figure]) -> list[Figure]:
    """The one of two levels of a sentence that its words set inside the other, as a list ([] if neither)."""
    a, b = (seg.slot_of(f) for f in pair)
    if b != a + 1 or pair[0].value > pair[1].value and not _OF_FRONTED.match(seg.before(a, 60)):
        return []
    if _OF_BETWEEN.match(seg.between(a, b)) and not _SIDE_BY_SIDE.search(seg.between(a, b)) \
            and pair[0].value <= pair[1].value:
        return [pair[0]]
    if _OF_FRONTED.match(seg.before(a, 60)) and _FRONTED_CLOSES.match(seg.between(a, b)) \
            and pair[1].value <= pair[0].value:
        return [pair[1]]
    return []


def anaphoric_parts(segments: tuple[Segment, ...], frames: dict[str, Frame],
                    bases: frozenset[str] = frozenset()) -> list[PartsLink]:
    """Parts whose whole an anaphor names: "Among it, summer grain 318,700 tons ...", "Within that total,
    the automotive sector accounted for 412,000 jobs" (the whole: the last level of its unit in the sentence
    before), and "15.1 GW ..., 9.4 GW of it in Scotland" (the level before in the same sentence)."""
    out: list[PartsLink] = []
    told_as_parts: set[int] = set()
    # (a sentence is asked as the next one, then as itself)
    parts_after_their_total = cache(lambda k: _parts_after_their_total(segments, k, frames))

    for i, seg in enumerate(segments):
        if not seg.figures or seg.is_table_row:
            continue
        opening = _ANAPHORIC_OPENING.match(seg.skeleton)
        named = _named_fronted_parts(segments, i, frames, bases) if not opening and i > 0 else None
        if named is not None:
            out.append(named)
            opening = True  # (its parts are read: no other reading of the sentence's opening)
        # (an anaphor opening a paragraph points to the sentence before it all the same: "The survey covered
        # 8,420 firms.\n\nOf these, 2,105 reported losses")
        elif opening and i > 0:
            first = frames[seg.figures[0].id]
            if opening.group("verb") and not first.is_level:
                # "The standouts included a 15 per cent rise - 809,443 visitors - ...": the first level is a part
                first = next((frames[f.id] for f in seg.figures if frames[f.id].is_level and written_in_digits(f)),
                             first)
            # the anaphor points to a whole that can hold the part: of several in the sentence before, the one
            # no smaller than the part, when only one is ("71,208 patients ... the 15 key tests. Of these, 17,090")
            before = i - 1
            if opening.group("verb") and before > 0 and _POINTS_BACK.match(segments[before].skeleton) \
                    and not any(same_unit(f, first.figure) for f in segments[before].figures):
                # "There were 3,194 liquidations. This was a decrease of 1.4%. This was made up of 1,411 ...":
                # a sentence pointing back in between holds no level of the parts' unit; "this" is the same one
                before -= 1
            skipped = False
            while before > 0 and i - before <= _FIGURELESS_BETWEEN \
                    and not any(same_unit(f, first.figure) for f in segments[before].figures) \
                    and not segments[before].is_table_row and seg.paragraph - segments[before - 1].paragraph <= 2:
                # "Inspectors visited 3,400 shops. Most were in the city centre. Of them, 3,150 passed": sentences
                # with no figure of the part's unit between do not end the reference, but "them" may be what they
                # name (doubtful)
                before -= 1
                skipped = True
            wholes = [f for f in segments[before].figures if frames[f.id].role in (Role.LEVEL, Role.BOUND)
                      and same_unit(f, first.figure) and written_in_digits(f)]
            if len(wholes) > 1:  # a bracketed figure is an aside on a member ("Bauchi (1,306)"), not what "them" is
                wholes = [f for f in wholes if not _bracketed(segments[before], f)] or wholes
            if len(wholes) > 1 and first.head:  # "11 clinics reported 1,432 cases. Among them were 1,510 cases"
                wholes = [f for f in wholes if frames[f.id].head == first.head] or wholes
            if len(wholes) > 1:
                wholes = [f for f in wholes if f.value >= first.figure.value]
            if len(wholes) == 1:
                whole = frames[wholes[0].id]
                # (after a verb of including, the items may be parted by semicolons: the sentence is the list)
                # (a sentence whose subject is the whole and whose verb lists its parts is one list, however long
                # the asides on each part: "This was made up of 1,411 compulsory liquidations, an increase of 4.9%
                # on the previous quarter ..., and 1,783 creditors voluntary liquidations")
                verb = opening.group("verb")
                # (a count in words among the parts a verb lists counts something else: "across Tate's four branches")
                slots = [k for k in range(len(seg.figures)) if written_in_digits(seg.figures[k])] if verb \
                    else range(len(seg.figures))
                # (so is a sentence whose clauses, parted by semicolons, each hold one part: "Of this, tax revenue
                # was N3.12 trillion; non-tax revenue was N1.02 trillion; and grants were N0.37 trillion")
                listed = verb or _one_part_a_clause(seg, whole.figure)
                found = _gathered(seg, frames, slots, whole,
                                  lambda k, prev: seg.skeleton[opening.end():seg.slots[k][0]] if prev is None
                                  else seg.between(prev, k), _SENTENCE_END if listed else _CLAUSE_END,
                                  contrast=_LIST_BREAK if listed else None,  # (a semicolon parts the items)
                                  longest_glue=_LONGEST_SENTENCE_LIST_GLUE if listed else 140)
                if found.parts and verb and _PREPOSITION_BEFORE.search(
                        seg.skeleton[opening.end():seg.slots[seg.slot_of(found.parts[0])][0]]):
                    continue  # "That was made up of flights to 38 countries": the figure after a preposition is no part
                if found.parts:
                    exhaustive = len(found.parts) >= 2 and (_complementary(tuple(found.parts), found.text)
                                                            or opening.group("verb") in lexicon.PARTITIVES_EXHAUSTIVE
                                                            or _rest_named_last(seg, seg.slot_of(found.parts[-1]))
                                                            or _left_over_last(seg, found.parts))
                    parts, grammar = tuple(found.parts), "an anaphor for the whole before ('among it', 'within that total'), then parts"
                    further = _further_part(segments[i + 1] if i + 1 < len(segments) else None, seg, whole, frames)
                    if further is not None:
                        # "A further 1,623 were recorded as gender unspecified": after groups that split the
                        # whole between them, the one more group that the split left out
                        parts, grammar = (*parts, further), grammar + ", then 'a further' part"
                    out.append(PartsLink(whole.figure, parts, exhaustive and not skipped, grammar, found.closed,
                                         sure=not skipped,
                                         # (a further part stands in the next sentence: the words of its clause are its own)
                                         disjoint=further is None and _sorted_one_way(seg, parts)))
        # "Between 2 and 2.5 million of them are ...": the bounds of one range are one part, read at its upper bound
        lead = 1 if _range_bounds(seg, 0, 1) else 0
        # (a paragraph may open on the part: "Thailand welcomed 28.2 million visitors.\n\nAsian markets supplied 17.6
        # million of them", as it may open on an anaphor)
        if len(seg.figures) > lead and i > 0 and _OF_IT.match(seg.after(lead, 40)) \
                and (continues(segments, i - 1, i) or _opens_the_next_paragraph(segments, i)):
            part = frames[seg.figures[lead].id]
            # (the whole may be a change: "Employers added 48,000 jobs. Manufacturing accounted for 12,000 of them")
            wholes = [f for f in segments[i - 1].figures if same_unit(f, part.figure)
                      and (frames[f.id].is_level or frames[f.id].role is Role.CHANGE)]
            inner = []
            if len(wholes) == 2:
                # "Migrants make up 2.6 million of the 9.1 million residents. 3.1 million of them ...": "them" is
                # likeliest the group the sentence before set inside a larger one (only doubtful above it: it may
                # be the larger one)
                inner = _inner_of_pair(segments[i - 1], wholes)
                wholes = inner or wholes
            if len(wholes) == 1 and part.role is Role.LEVEL:
                # "Machinery accounted for €6.1bn of this, chemicals for €2.3bn, the balance being €0.9bn"
                # (a range's lower bound is no part of its own: "between 1.2 to 1.5 million are Pakistanis")
                slots = [k for k in range(lead + 1, len(seg.figures)) if not _range_bounds(seg, k, k + 1)]
                rest = _gathered(seg, frames, slots, frames[wholes[0].id],
                                 lambda k, prev: seg.between(lead if prev is None else prev, k))
                found = (part.figure, *rest.parts)
                exhaustive = len(found) >= 2 and (bool(_REMAINDER.search(rest.text)) or _left_over_last(seg, list(found)))
                out.append(PartsLink(wholes[0], found, exhaustive and not inner,
                                     "a part, then 'of them' pointing to the level of the sentence before", rest.closed,
                                     sure=not inner))
        remainder = _remainder_split(seg, segments[i - 1] if i > 0 else None, frames)
        if remainder is not None:
            out.append(remainder)
        # (a sentence opening on an anaphor has had its parts read above)
        total = _counted_total(segments, i, frames) or _total_of_the_sentence_before(segments, i, frames) or (
            None if opening else parts_after_their_total(i))
        if i + 1 < len(segments) and total is None and not opening and i not in told_as_parts and (
                parts_after_their_total(i + 1) is None):
            total = _parts_in_sentences_after_a_total(segments, i, frames)
            # (a sentence of the parts is none's total: "642 complaints. 418 complaints." are two parts)
            if total is not None:
                told_as_parts.update(frames[f.id].segment for f in total.parts)
        if total is not None:
            out.append(total)
        if not opening and i not in told_as_parts:
            # (another reading may have read the level's parts already: this one adds their earlier levels or changes)
            listed = parts_told_like_their_whole(segments, i, frames)
            if total is not None:  # (its earlier levels' link, when both read the same parts of the same level)
                same = listed and listed[0].whole is total.whole and set(listed[0].parts) == set(total.parts)
                listed = listed[1:] if same else []
            out.extend(listed)
            told_as_parts.update(frames[f.id].segment for link in listed for f in link.parts)
        for k in range(1, len(seg.figures)):
            if _OF_IT.match(seg.after(k, 40)):
                part = frames[seg.figures[k].id]
                # "1,100 of these reported losses and 2,400 of them debts": a level that is itself a part
                # of the same anaphor is a sibling, and "them" points past it
                before = [j for j in range(k - 1, -1, -1) if same_unit(seg.figures[j], part.figure)
                          and not _ANAPHORIC_PART.match(seg.after(j, 40))]
                if before and before[0] == k - 1 and _range_bounds(seg, k - 1, k):
                    continue  # "between 2 and 2.5 million of them": the lower bound of its range is no whole
                if len(before) > 1 and seg.figures[before[0]].value < part.figure.value \
                        and _PLACE_PHRASE_BEFORE.search(seg.before(before[0], 25)) \
                        and seg.figures[before[1]].value >= part.figure.value:
                    # "214 films from 58 countries, 61 of them world premieres": a count too small to hold
                    # the part, in a phrase of place or origin, is no antecedent; "them" points past it
                    before = before[1:]
                # "21,480 questions, 179 for each of the 120 members, and ministers answered 19,332 of them": the
                # base of a per-item phrase and the amount per item, too small to hold the part, are an aside
                # on the level before them; "them" points past both
                per_item = [j for j in before[:2] if seg.figures[j].value < part.figure.value
                            and (_PER_ITEM_BASE_BEFORE.search(seg.before(j, 25)) or _PER_ITEM_AFTER.match(seg.after(j, 25)))]
                if per_item and per_item == before[:len(per_item)] and len(before) > len(per_item) \
                        and seg.figures[before[len(per_item)]].value >= part.figure.value:
                    before = before[len(per_item):]
                # ("Appeals were lodged in 2,940 procedures; the chamber upheld 612 of them": "them" reaches
                # past a semicolon to the level right before it, as it reaches into the sentence before)
                # (a part may be a bound: "more than 22 million of them adults")
                if before and frames[seg.figures[before[0]].id].role is Role.LEVEL and part.role in (Role.LEVEL, Role.BOUND) \
                        and not _CLAUSE_END.search(seg.between(before[0], k).replace(";", " ") if before[0] == k - 1
                                                   else seg.between(before[0], k)):
                    rest = _rest_after_anaphoric_part(seg, k, frames)
                    sibling = _sibling_after_anaphoric_part(seg, k, frames) if rest is None else None
                    if sibling is not None:
                        # "29.9 million patients, 22 million of them adults and 8 million children": two parts of
                        # one breakdown, which make up the whole when their groups leave nobody out
                        figure, complementary = sibling
                        out.append(PartsLink(seg.figures[before[0]], (part.figure, figure), complementary,
                                             "a part 'of them' with its noun, and another part with its own: "
                                             + ("groups that leave nobody out" if complementary else "two kinds"),
                                             disjoint=True))
                        continue
                    if rest is not None:
                        # "18,400 households; 6,250 of them rent and the remaining 12,150 own": the part and the
                        # rest make up the whole
                        out.append(PartsLink(seg.figures[before[0]], (part.figure, rest), True,
                                             "a part 'of them' and, after it, 'the remaining' rest of the level before"))
                        continue
                    out.append(PartsLink(seg.figures[before[0]], (part.figure,), False,
                                         "a part, then 'of it' or 'of them' pointing to the level before"))
        for k in range(len(seg.figures)):
            link = _part_of_a_named_whole(segments, i, k, frames)
            if link is not None:
                out.append(link)
    return out


_COMPARED_AFTER_A_DASH = lazy_re.compile(r"\b(?:compared|against|versus|vs\.?|than|(?:up|down)\s+from)\b")


def _opens_the_next_paragraph(segments: tuple[Segment, ...], i: int) -> bool:
    """Segment i opens the paragraph of prose right after segment i - 1's."""
    return 0 < segments[i].paragraph - segments[i - 1].paragraph <= 2 and not segments[i - 1].is_table_row \
        and not segments[i].is_table_row

def _one_part_a_clause(seg: Segment, unit_of: Figure) -> bool:
    """Whether a sentence's semicolons part it into two or more clauses, each holding one figure of a unit
    (others beside it, "or 49.8 per cent", aside), the last opening on "and": a list of one item a clause."""
    clauses, cut = [], 0
    for m in _SEMICOLON.finditer(seg.skeleton):
        clauses.append((cut, m.start()))
        cut = m.end()
    clauses.append((cut, len(seg.skeleton)))
    if len(clauses) < 2 or not _LAST_ITEM.match(SLOT.sub(" ", seg.skeleton[clauses[-1][0]:clauses[-1][1]])):
        return False
    counts = [0] * len(clauses)
    for (start, _), f in zip(seg.slots, seg.figures):
        if same_unit(f, unit_of) and f.unit == unit_of.unit:
            counts[sum(1 for c, _ in clauses[1:] if c <= start)] += 1
    return all(n == 1 for n in counts)


_SEMICOLON = lazy_re.compile(";")


# "Of the total budget outlay, 1.03 trillion is for ... while 506 billion ...": a fronted partitive with a noun
# phrase and no figure names its whole by its noun, however far back it was stated
_NAMED_FRONTED = lazy_re.compile(r"^\W*(?:of|out\s+of|among|within)\s+(?:the|these|those|this|that)\s+"
                                 r"(?P<total>(?:total|overall|entire|whole|combined)\s+)?"
                                 r"(?P<np>(?:[a-z'’-]+\s+){0,2}[a-z'’-]+)\s*,\s*")
_NEXT_TOP_PART = lazy_re.compile(r"(?:,|;)\s*(?:while|whereas|but|and\s+the\s+rest|with\s+the\s+rest)\b|;")
_NAMED_FRONTED_REACH = 12  # sentences back
_FIGURELESS_BETWEEN = 3  # sentences with no figure an anaphor reads back over
_NAMED_FRONTED_PARAGRAPHS = 4  # paragraphs back
_CLAUSE_WORDS_BEFORE = lazy_re.compile(r"[^#;.:]{0,80}$")
_CLAUSE_WORDS_AFTER = lazy_re.compile(r"[^#;.:]{0,100}")


def _named_fronted_parts(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame],
                         bases: frozenset[str] = frozenset()) -> PartsLink | None:
    """Parts after a fronted partitive whose noun phrase names the whole: "Of the total budget outlay, 1.03
    trillion takas is for ..., while 506.42 billion takas ...", "Among the new hires, 2,020 were women". The
    whole is the nearest level before, a dozen sentences back at most, of the first part's unit and period,
    whose head noun is a word of the phrase (or, a level naming no head, whose clause says the word: "At
    1.63 trillion taka, it is the biggest budget"). When the sentence before holds a level of the unit that
    does not name it, the whole is only as sure as the words: a part above it is doubtful unless the phrase
    calls it a total or the head noun names it."""
    seg = segments[i]
    m = _NAMED_FRONTED.match(seg.skeleton)
    if m is None or not seg.figures or seg.slots[0][0] < m.end():
        return None
    first = frames[seg.figures[0].id]
    if not first.is_level or not written_in_digits(first.figure) or first.modality != "stated":
        return None
    named = {_stem(w) for w in lexicon.folded_words(m.group("np"))} - {_stem(w) for w in _MINOR_WORDS} \
        - _NOT_A_NAMED_WHOLE - {_stem(w) for w in lexicon.PERIOD_WORDS}
    named = {w for w in named if len(w) >= 3}
    if not named or all(w.endswith(("ing", "ed")) for w in m.group("np").split()):
        return None  # ("Of those waiting": a participle names what was done, not which level counts them)
    # "Of those who sat, ...": a relative clause names the whole by the verb of the level's own clause ("412,680
    # candidates sat the examination"), which the level's measure, a noun phrase, ends before
    by_verb = m.group("np").startswith(("who ", "that "))
    fits: list[tuple[Frame, bool]] = []
    for j in range(i - 1, max(-1, i - 1 - _NAMED_FRONTED_REACH), -1):
        where = segments[j]
        if where.is_table_row or seg.paragraph - where.paragraph > _NAMED_FRONTED_PARAGRAPHS:
            break
        for k in range(len(where.figures)):
            frame = frames[where.figures[k].id]
            f = frame.figure
            if not frame.is_level or not same_unit(f, first.figure) or f.unit != first.figure.unit \
                    or not written_in_digits(f) or frame.modality != "stated" or f.qualifier or f.id in bases \
                    or f.period and first.figure.period and f.period != first.figure.period:
                continue  # (the old level a change is measured from is no whole: "an increase on the 598,731")
            words_before = _CLAUSE_WORDS_BEFORE.search(where.before(k, 80)).group()
            if frame.head:
                by_head = _stem(frame.head) in named or bool(named & {_stem(w) for w in lexicon.folded_words(f.measure)}) \
                    or (by_verb and bool(named & {_stem(w) for w in lexicon.folded_words(
                        _CLAUSE_WORDS_AFTER.match(where.after(k, 60)).group().split(",")[0])}))
                if not by_head:
                    continue
            else:
                around = words_before + " " + _CLAUSE_WORDS_AFTER.match(_ASIDE.sub(" ", where.after(k, 160))).group()
                if not named & {_stem(w) for w in lexicon.folded_words(around)}:
                    continue
                by_head = False
            # (how many of the phrase's words the level's measure and its clause's words up to a comma say)
            said = named & {_stem(w) for w in lexicon.folded_words(
                f.measure + " " + words_before + " " + _CLAUSE_WORDS_AFTER.match(where.after(k, 80)).group().split(",")[0])}
            fits.append((frame, by_head, len(said)))
        if fits:
            break
    if not fits:
        return None
    # the nearest sentence naming the whole: its first level that names it, the one it is about ("a total of
    # 76,391 cases, almost half of the 139,937 cases last year. Of these cases, ..."), among those its words
    # name most fully ("Within the secondary industry," the secondary industry's level, not the primary's);
    # with several as fit, only doubtful
    most = max(n for _, _, n in fits)
    fits = [(frame, by_head) for frame, by_head, n in fits if n == most]
    whole, by_head = fits[0]
    # (sure only of the one level of its unit its sentence states: "612,480 patients were waiting, ... on the
    # 598,731 waiting in February. Of those waiting, ...": either may be meant)
    where = segments[frames[whole.figure.id].segment]
    alone = not any(g is not whole.figure and same_unit(g, whole.figure) and frames[g.id].is_level
                    for g in where.figures)
    by_head = by_head and len(fits) == 1 and alone
    found = _gathered(seg, frames, range(len(seg.figures)), whole,
                      lambda k, prev: seg.skeleton[m.end():seg.slots[k][0]] if prev is None else seg.between(prev, k))
    if not found.parts:
        return None
    parts = list(found.parts)
    # "1.03 trillion is for running costs, including 165 billion for debts and 15 billion for loans, while 506
    # billion is for development": a part's own parts after "including" end where a clause of contrast opens
    # the next part of the whole
    last = seg.slot_of(parts[-1])
    if last + 1 < len(seg.figures) and _NESTED.search(seg.between(last, last + 1)):
        nested = True
        for k in range(last + 1, len(seg.figures)):
            glue = seg.between(k - 1, k)
            if _SENTENCE_END.search(glue):
                break
            if _NESTED.search(glue):
                nested = True
            elif _NEXT_TOP_PART.search(glue):
                nested = False
            frame = frames[seg.figures[k].id]
            if not nested and same_unit(frame.figure, whole.figure) and _is_part_of(frame, whole):
                parts.append(frame.figure)
                nested = True  # (one part per clause of contrast)
    sure = (bool(m.group("total")) or by_head) and len(fits) == 1 and alone
    # (a whole sentences away is found by its noun only: the parts lie within it, whatever words say they
    # split it, and the sum of parts is no more than it)
    return PartsLink(whole.figure, tuple(parts), False,
                     "a fronted 'of the' and a noun phrase naming a whole stated before, then parts", found.closed,
                     sure=sure)


# "women made up 4,020 of the new hires": a count, then "of the" and a noun phrase with no figure that ends
# the clause; the phrase names an earlier figure's thing ("3,850 teachers were hired")
# (the phrase ends at a verb: "96,000 of the emigrants were citizens" names the emigrants, not the citizens)
_OF_THE_NAMED = lazy_re.compile(r"^\s*of\s+(?:the|these|those)\s+"
                                r"(?P<np>(?:(?!(?:were|was|are|is|had|has|have)\b)[a-z'’-]+\s+){0,2}[a-z'’-]+)\s*"
                                r"(?:[.,;:)]|$|(?:who|that|which|in|at|on|this|last|so|were|was|are|is|had|has|have)\b)")
_WORDS_NEAR = lazy_re.compile(r"[^#;.:()]{0,60}")
_WORDS_BEFORE = lazy_re.compile(r"[^#;.:()]{0,60}$")
_SUFFIXES = ("ing", "ed", "ers", "er", "es", "e", "s")


def _stem(word: str) -> str:
    """A word without its ending of inflection or agent: "hired", "hires" -> "hir"; "teachers" -> "teach"."""
    w = lexicon.fold(word)
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[:-len(suffix)]
    return w


def _part_of_a_named_whole(segments: tuple[Segment, ...], i: int, k: int, frames: dict[str, Frame]) -> PartsLink | None:
    """A count "of the" noun phrase that names what an earlier level of its unit counts, in its sentence
    or the one before in the passage: "Some 3,850 teachers were hired this year; women made up 4,020 of the
    new hires". The phrase's head must share its stem with a word of that level's clause, and only one
    level may fit."""
    seg = segments[i]
    named = _OF_THE_NAMED.match(seg.after(k, 60))
    part = frames[seg.figures[k].id]
    if named is None or not part.is_level or not written_in_digits(part.figure) or part.modality != "stated":
        return None
    head = _stem(named.group("np").split()[-1])
    if len(head) < 3 or head in _MINOR_WORDS or head in _NOT_A_NAMED_WHOLE:
        return None
    places = [(seg, j) for j in range(k - 1, -1, -1)]
    if i > 0 and continues(segments, i - 1, i) and not segments[i - 1].is_table_row:
        places += [(segments[i - 1], j) for j in range(len(segments[i - 1].figures) - 1, -1, -1)]
    fits = []
    for where, j in places:
        whole = frames[where.figures[j].id]
        if not whole.is_level or not same_unit(whole.figure, part.figure) or not written_in_digits(whole.figure) \
                or whole.modality != "stated" or part.figure.period and whole.figure.period \
                and part.figure.period != whole.figure.period:
            continue
        words = " ".join((_WORDS_BEFORE.search(where.before(j, 60)).group(), whole.figure.measure,
                          _WORDS_NEAR.match(where.after(j, 60)).group()))
        if head in {_stem(w) for w in lexicon.folded_words(words)}:
            fits.append(whole.figure)
    if len(fits) != 1:
        return None
    # ("hired 3,850 teachers and 2,900 nurses. Women made up 4,020 of the hires": the phrase may name both)
    where = segments[frames[fits[0].id].segment]
    if any(f is not fits[0] and f is not part.figure and same_unit(f, part.figure) and frames[f.id].is_level
           and (where is not seg or where.slot_of(f) < k) for f in where.figures):
        return None
    return PartsLink(fits[0], (part.figure,), False, "a part, then 'of the' and a noun phrase naming what an "
                                                     "earlier level counts")


# heads of a phrase after "of the" that name a kind of total, not a thing counted
_NOT_A_NAMED_WHOLE = frozenset({"total", "tot", "sum", "figur", "number", "amount", "remaind", "rest", "balanc",
                                "oth", "other", "kind", "typ", "sort"})


_UP_TO_CLAUSE_END = lazy_re.compile(r"[^#,;.:()]*")
_FURTHER_OPENING = lazy_re.compile(r"^\s*(?:a\s+further|another|an\s+additional|a\s+remaining|the\s+remaining|"
                                   r"the\s+other|the\s+rest,?)\s+#0#")


def _further_part(seg: Segment | None, previous: Segment, whole: Frame, frames: dict[str, Frame]) -> Figure | None:
    """The one figure of a sentence that opens on "A further N" right after a sentence of parts, when
    it is of the whole's unit: one more part of the same whole."""
    if seg is None or seg.paragraph != previous.paragraph or seg.is_table_row or not _FURTHER_OPENING.match(seg.skeleton):
        return None
    figure = seg.figures[0]  # the one the opening names, and the sentence's only figure of the whole's unit
    if [f for f in seg.figures if same_unit(f, whole.figure)] != [figure]:
        return None
    return figure if written_in_digits(figure) and frames[figure.id].role in (Role.LEVEL, Role.CHANGE) \
        and figure.value < whole.figure.value else None


def _opens_brackets(seg: Segment, figure: Figure) -> bool:
    return seg.before(seg.slot_of(figure), 3).rstrip().endswith("(")


def _bracketed(seg: Segment, figure: Figure) -> bool:
    k = seg.slot_of(figure)
    return seg.before(k, 3).rstrip().endswith("(") and seg.after(k, 3).lstrip().startswith(")")


def _remainder_split(seg: Segment, previous: Segment | None, frames: dict[str, Frame]) -> PartsLink | None:
    """A sentence that splits the level of the sentence before, its last part the remainder: "Hospital
    admissions reached 61,240. Men accounted for 29,870 and women for the remaining 31,370"."""
    if previous is None or previous.paragraph != seg.paragraph or seg.is_table_row or len(seg.figures) < 2:
        return None
    parts = [f for f in seg.figures if frames[f.id].is_level and written_in_digits(f)]
    if len(parts) != len(seg.figures) or not all(same_unit(p, parts[0]) for p in parts):
        return None  # a rate, a change or another unit among them: not a plain split
    if not _REMAINDER_LAST.search(seg.before(len(seg.figures) - 1, 40)):
        return None  # (not "elsewhere": "Its rival employs 3,900, of whom 800 work elsewhere" splits no level before)
    wholes = [f for f in previous.figures if frames[f.id].is_level and same_unit(f, parts[0]) and written_in_digits(f)
              and f.value > max(p.value for p in parts)]
    if len(wholes) != 1:
        return None
    if _TOLD_AS_A_PART_AFTER.match(previous.after(previous.slot_of(wholes[0]), 30)):
        return None  # "Container ships made up 5,103 of them. The port's own fleet has 412 boats; the rest, 96, are
        # pilot boats": a level told as a part of a larger whole is not the whole the next sentence splits
    return PartsLink(wholes[0], tuple(parts), True, "parts splitting the level of the sentence before, the last "
                                                    "'the remaining'", True)


# a level told as a part of a larger whole right after it: "5,103 of them", "5,103 of the total"
_TOLD_AS_A_PART_AFTER = lazy_re.compile(r"^\s*of\s+(?:them|these|those|which|whom|the\s+total|all)\b")
_ONE_OF_A_PAIR = lazy_re.compile(r"^\s*(?:,\s*)?(?:and|or)\s+(?:[a-z]{1,3}\.?\s*)?$")


def _total_of_the_sentence_before(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame]) -> PartsLink | None:
    """A total that opens its sentence with a totalling verb and a word pointing back, after a
    sentence of its parts: "Arrivals via the main gates stood at 997,258, while the border gates
    saw 171,737. The number of arrivals in that month totaled 1,168,988"."""
    seg, previous = segments[i], segments[i - 1] if i > 0 else None
    if previous is None or previous.is_table_row or seg.is_table_row or not continues(segments, i - 1, i):
        return None
    k = next((k for k, f in enumerate(seg.figures) if written_in_digits(f)), None)
    # figures in words before it count what it adds up ("Together the two amounted to")
    if k is None or not (_TOTAL_POINTING_BACK.search(_A_FIGURE.sub("n", seg.before(k, 120)))
                         or k == 0 and _THESE_N.match(seg.before(k, 120)) and _ALL_OF_THEM.match(seg.after(k, 60))
                         or _named_combined(seg, k, previous)):
        return None  # ("These 1,944 cases were all concluded in the quarter")
    total = seg.figures[k]
    if k + 1 < len(seg.figures) and same_unit(seg.figures[k + 1], total) and _ONE_OF_A_PAIR.match(seg.between(k, k + 1)):
        return None  # "collections under these headings came to Rs 0.67 billion and Rs 0.8 billion": one of a list, no total
    parts = [f for f in previous.figures if same_unit(f, total)]
    if not frames[total.id].is_level or not 2 <= len(parts) <= _MOST_PARTS_BEFORE_TOTAL \
            or not all(frames[f.id].is_level and written_in_digits(f) and not f.qualifier for f in parts):
        return None  # a change, a rate or a bound among them, or a list too long to be all the parts
    slots = [previous.slot_of(f) for f in parts]
    if any(_LEVEL_AGAINST_BASE.search(previous.between(a, b)) for a, b in zip(slots, slots[1:])):
        return None  # "arrivals reached 3.92 million, compared to 3.73 million the year before": a level and its base
    if any(moved_from_to(previous, b) is previous.figures[a] for a, b in zip(slots, slots[1:]) if b == a + 1):
        return None  # "sales shrank from $3.1 million to only $53.5 thousand": one measure at two times, no parts
    return PartsLink(total, tuple(parts), True, "a total pointing back to the parts of the sentence before", True)


# words that set one level against another, its base: no two parts of one whole stand so
_LEVEL_AGAINST_BASE = lazy_re.compile(
    rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS + cues.THAN + cues.AS_AGAINST, ' ')})\b", re.I)


# "Together, the two sources supplied", "Between them the three mills milled", "the four ports handled ... in all":
# a count of things and a word that joins them, before (or right after) a total
_JOINT_MARK = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.JOINT_MARKS + lexicon.TOTAL_AFTER_WHOLE)})\b")
_COUNTED_THINGS = lazy_re.compile(r"(?:^|\W)(?:the|these|those|its|their|all)\s+$")
_BOTH = lazy_re.compile(r"(?:^|\W)both\s+(?:the\s+|these\s+|those\s+)?[a-z'’-]+\s+(?:[a-z'’-]+\s+){0,3}$", screened=True)
_CAPACITY = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CAPACITY_WORDS)})\b")
_ANOTHER_BEFORE = lazy_re.compile(rf"\b(?:another|an?\s+(?:{lexicon.alternation(lexicon.ADDED_WORDS)}))\s+$")
_MOST_COUNTED_PARTS = 6
_SENTENCES_PER_PART = 2  # sentences read back (or on) for each part a count asks for


def _counted_total(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame]) -> PartsLink | None:
    """A total its sentence says joins a counted number of things: "the two sources", "the three
    sub-sectors", "both airports", with "together", "combined", "between them", "in all" or "altogether".
    Its parts are that many levels of its unit stated before it in the passage, each in its clause ("Wind
    farms generated 18.6 TWh. Solar added another 7.1 TWh. Together, the two sources supplied 27.3 TWh"),
    or, when the passage before has too few, stated after it ("The three sub-sectors together employed
    9,840 workers. Mining employed 4,120, quarrying 3,310 and utilities 2,410"). The count says the parts
    are all of them. A part and its total are both measures of capacity or neither ("3,450 MW of capacity"
    is no part of "generated 5,200 MW")."""
    seg = segments[i]
    if seg.is_table_row:
        return None
    for k, f in enumerate(seg.figures):
        count = None
        if f.kind is Kind.COUNT and f.value == int(f.value) and 2 <= f.value <= _MOST_COUNTED_PARTS \
                and not f.unit and _COUNTED_THINGS.search(seg.before(k, 20)):
            count, first = int(f.value), k + 1
        if count is None:
            continue
        total = next((j for j in range(first, len(seg.figures)) if seg.figures[j].kind is not Kind.COUNT
                      or seg.figures[j].unit or written_in_digits(seg.figures[j])), None)
        if total is None or not _JOINT_MARK.search(seg.skeleton[:seg.slots[total][1] + 30]) \
                or _CLAUSE_END.search(seg.between(k, total)):
            continue
        return _counted_parts(segments, i, total, count, frames, k)
    if seg.figures and _BOTH.search(seg.before(0, 60)) and _JOINT_MARK.search(seg.skeleton[:seg.slots[0][1] + 30]):
        return _counted_parts(segments, i, 0, 2, frames, None)  # "Both plants together produced 41,900 tonnes"
    return None


def _counted_parts(segments: tuple[Segment, ...], i: int, t: int, count: int, frames: dict[str, Frame],
                   counter: int | None) -> PartsLink | None:
    seg = segments[i]
    total = frames[seg.figures[t].id]
    if not total.is_level or not written_in_digits(total.figure) or total.figure.qualifier or total.modality != "stated":
        return None
    capacity = bool(_CAPACITY.search(SLOT.sub(" ", seg.skeleton)))

    def part(where: Segment, j: int) -> bool | None:
        """True: a part; False: not of the total's unit; None: of its unit but no part (the reading stops)."""
        frame = frames[where.figures[j].id]
        f = frame.figure
        if not same_unit(f, total.figure) or f.unit != total.figure.unit:
            return False
        if _OLD_MARK_BEFORE.search(where.before(j, 60)):
            return False  # "up from 39.0 TWh": the earlier level of a part, not another part
        added = frame.role is Role.CHANGE and _ANOTHER_BEFORE.search(where.before(j, 30))
        if not (frame.is_level or added) or not written_in_digits(f) or f.qualifier or frame.modality != "stated" \
                or abs(f.value) >= abs(total.figure.value) \
                or f.period and total.figure.period and f.period != total.figure.period \
                or bool(_CAPACITY.search(SLOT.sub(" ", where.skeleton))) != capacity:
            return None
        return True

    def gather(places) -> list[Figure] | None:
        found: list[Figure] = []
        for where, j in places:
            verdict = part(where, j)
            if verdict is None:
                return None
            if verdict:
                found.append(where.figures[j])
                if len(found) == count:
                    return found
        return None

    def back():
        yield from ((seg, j) for j in range(t - 1, -1, -1) if j != counter)
        for m in range(i - 1, max(-1, i - 1 - _SENTENCES_PER_PART * count), -1):
            if segments[m].is_table_row or not continues(segments, m, m + 1):
                return
            yield from ((segments[m], j) for j in range(len(segments[m].figures) - 1, -1, -1))

    def on():
        yield from ((seg, j) for j in range(t + 1, len(seg.figures)))
        for m in range(i + 1, min(len(segments), i + 1 + _SENTENCES_PER_PART * count)):
            if segments[m].is_table_row or not continues(segments, m - 1, m):
                return
            yield from ((segments[m], j) for j in range(len(segments[m].figures)))

    parts = gather(back())
    grammar = "a total its sentence says joins a count of things ('the two sources together'), after that many parts"
    if parts is None:
        parts = gather(on())
        grammar = "a total its sentence says joins a count of things ('the three sub-sectors together'), then that many parts"
    else:
        parts.reverse()
    if parts is None:
        return None
    return PartsLink(total.figure, tuple(parts), True, grammar, True)


# "from 4.12 and 1.77 million tonnes respectively in 2020 to 5.12 and 1.82 million tonnes respectively in 2021"
_RESPECTIVE_GROUP = lazy_re.compile(r"(?P<list>#\d+#(?:\s*,\s*#\d+#)*,?\s+and\s+#\d+#)\s*,?\s*respectively\b"
                                    r"(?:\s+(?:in|for|during|at\s+end-?|by\s+end-?)?\s*(?P<year>(?:19|20)\d\d)\b)?")
_KINDS_PAIRED = lazy_re.compile(r"\b(?:[a-z'’-]+\s*,\s*)*[a-z'’-]+\s+and\s+(?:the\s+)?[a-z'’-]+\b")
_WHOLE_REACH = 2  # sentences either side where the total of a year's parts may be stated


def respective_parts_by_year(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[PartsLink]:
    """Kinds named together, then their levels 'respectively' for each of two years: "Waste from both the
    non-domestic and domestic sectors went up - from A and B respectively in 2020 to C and D respectively
    in 2021". Each year's levels are parts of the level of their unit the passage states for that year
    ("6.94 million tonnes of waste was generated in 2021"); they make it up when the kinds leave nothing out
    (imports and exports, a group and its negation), else they are no more than it (a question)."""
    out: list[PartsLink] = []
    for i, seg in enumerate(segments):
        if seg.is_table_row or "respectively" not in seg.skeleton:
            continue
        groups = list(_RESPECTIVE_GROUP.finditer(seg.skeleton))
        if len(groups) < 2:
            continue
        kinds = _KINDS_PAIRED.search(SLOT.sub(" ", seg.skeleton[:groups[0].start()]))
        if kinds is None:
            continue
        complete = _complementary((), kinds.group())
        near = [m for m in range(max(0, i - _WHOLE_REACH), min(len(segments), i + _WHOLE_REACH + 1))
                if m != i and not segments[m].is_table_row
                and all(continues(segments, x, x + 1) for x in range(min(i, m), max(i, m)))]
        for g in groups:
            slots = [int(x) for x in SLOT.findall(g.group("list"))]
            parts = [seg.figures[k] for k in slots]
            if g.group("year") is None or not all(frames[p.id].is_level and written_in_digits(p) and not p.qualifier
                                                  and same_unit(p, parts[0]) and p.unit == parts[0].unit for p in parts):
                continue
            wholes = [f for m in near for f in segments[m].figures
                      if frames[f.id].is_level and written_in_digits(f) and not f.qualifier and frames[f.id].modality == "stated"
                      and same_unit(f, parts[0]) and f.unit == parts[0].unit and f.period == g.group("year")
                      and all(abs(f.value) > abs(p.value) for p in parts)]
            if len(wholes) != 1:
                continue
            out.append(PartsLink(wholes[0], tuple(parts), complete, "kinds named together, then their levels "
                                 "'respectively' for a year, against the level stated for that year", complete))
    return out


# "There were 41,200 places in apprenticeships, 30,500 in technical colleges and 12,600 in adult programmes. Of these,
# 38,900, 31,700 and 9,050 places were filled in apprenticeships, technical colleges and adult programmes,
# respectively": a sentence that points back at a list ("Of these", "Of them", "Among them") and gives its amounts
# "respectively" for labels, each the label of one level of the list before: each amount is a part of its label's level
_POINTS_BACK_AT_A_LIST = lazy_re.compile(r"^\W*(?:of|out\s+of|among|within)\s+(?:these|them|those|this|that|which)\b", re.I)
_AMOUNTS_THEN_LABELS = lazy_re.compile(
    rf"(?P<amounts>#\d+#(?:\s*,\s*#\d+#)*,?\s+and\s+#\d+#)[^#;]{{0,60}}?\b(?:{lexicon.alternation(lexicon.PART_LABEL_PREPOSITIONS)})"
    r"\s+(?P<labels>[^#;]{3,200}?),?\s+respectively\b")
_LABEL_AFTER_AMOUNT = lazy_re.compile(
    rf"^\s*(?:[a-z'’-]+\s+){{0,3}}?(?:{lexicon.alternation(lexicon.PART_LABEL_PREPOSITIONS)})\s+(?P<label>[^#,;.()]{{2,60}}?)"
    r"\s*(?=,|\band\b|\.|;|$)")
_LABEL_LIST_SPLIT = lazy_re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _label_key(label: str) -> tuple[str, ...]:
    return tuple(w for w in lexicon.folded_words(label) if w not in ("the", "a", "an"))


def respective_parts_of_listed_wholes(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[PartsLink]:
    """Amounts given "respectively" for labels, after words pointing back at the sentence before, within the levels
    that sentence gives for the same labels (each amount before its label after a preposition): one part each."""
    out: list[PartsLink] = []
    for i, seg in enumerate(segments):
        if i == 0 or seg.is_table_row or "respectively" not in seg.skeleton or not _POINTS_BACK_AT_A_LIST.match(seg.skeleton):
            continue
        m = _AMOUNTS_THEN_LABELS.search(seg.skeleton)
        before = segments[i - 1]
        if m is None or before.is_table_row:
            continue
        amounts = [seg.figures[int(x)] for x in SLOT.findall(m.group("amounts"))]
        labels = [_label_key(label) for label in _LABEL_LIST_SPLIT.split(m.group("labels").strip())]
        if len(labels) != len(amounts) or len(set(labels)) != len(labels):
            continue
        levels: dict[tuple[str, ...], Figure] = {}
        for k, f in enumerate(before.figures):
            label = _LABEL_AFTER_AMOUNT.match(before.after(k, 80))
            if label is not None:
                levels.setdefault(_label_key(label.group("label")), f)
        for part, label in zip(amounts, labels):
            whole = levels.get(label)
            if whole is None or not (frames[part.id].is_level and frames[whole.id].is_level and same_unit(part, whole)
                                     and part.unit == whole.unit and written_in_digits(part) and not part.qualifier):
                continue
            out.append(PartsLink(whole, (part,), False, "amounts given 'respectively' for the labels of the list "
                                 "the words point back at, each within its label's level"))
    return out


# a verb that hands out a share of something already named: "Wheat took 9,870 hectares, maize 6,540"
_SHARING_VERB = lazy_re.compile(r"\b(?:took|takes|accounted\s+for|accounts\s+for|made\s+up|makes\s+up|went\s+to|goes\s+to|"
                                r"came\s+from|comes\s+from|covered|covers|was\s+spent\s+on|were\s+spent\s+on)\b")


def _parts_after_their_total(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame]) -> PartsLink | None:
    """A sentence stating one total, then one listing amounts of its unit for labelled members:
    "Farmers planted 17,510 hectares this year. Wheat took 9,870 hectares, maize 6,540 hectares and rice
    2,100 hectares." The list need not exhaust the total (no more than it, together); sure when a
    verb hands the amounts out of it ("took", "accounted for"), else only a question."""
    seg, previous = segments[i], segments[i - 1] if i > 0 else None
    if previous is None or previous.is_table_row or seg.is_table_row or len(seg.figures) < 2 \
            or not continues(segments, i - 1, i):
        return None
    totals = [f for f in previous.figures if frames[f.id].is_level and written_in_digits(f)
              and f.kind in (Kind.MONEY, Kind.PHYSICAL, Kind.COUNT)]
    first_level = next((f for f in seg.figures if frames[f.id].is_level), None)
    if len(totals) > 1 and first_level is not None:
        # (a sentence may state a flow's volume and its value, "exports grew to 1.12 million mt, and their value to
        # $763.45 million": the amounts after, of one unit, are parts of the total of theirs)
        totals = [f for f in totals if same_unit(f, first_level) and f.unit == first_level.unit]
    if len(totals) != 1 or any(f is not totals[0] and same_unit(f, totals[0]) for f in previous.figures):
        return None
    total = totals[0]
    if names_an_average(previous.before(previous.slot_of(total), 80)):
        return None  # "Per capita income was 47,462 yuan. Urban residents 42,815 yuan": an average has no parts
    # (each part may carry its rate of change, all before it or all after it: "Domestic passengers rose
    # 6.5% to 5,120 and international passengers rose 4.2% to 3,520")
    # (or its share of the total after it: "Supermarkets accounted for 9,420 million rand, or 49.8 per cent; ...")
    slots = [k for k, f in enumerate(seg.figures) if frames[f.id].role not in (Role.RELATIVE_CHANGE, Role.SHARE)]
    rates = len(seg.figures) - len(slots)
    # (a sentence that opens on the one classification its amounts sort the total by, "By product, exports of flat and
    # long products came to A and B respectively, 6.6 percent and 25.3 percent more than a year earlier, while exports
    # of semi-finished products came to C", lists categories, whatever changes it gives them and however it joins them)
    sorted_by = _one_classification(seg)
    if len(slots) < 2 or rates and not sorted_by \
            and not (rates == len(slots) and (slots[0] == 1 or slots[0] == 0 and slots[1] == 2)):
        return None
    parts = [seg.figures[k] for k in slots]
    if names_an_average(seg.before(slots[0], 80)):
        return None  # "6,984 people ... The median body mass index was 27.4 for men": members' averages are no parts
    if not all(same_unit(f, total) and frames[f.id].is_level and written_in_digits(f) and not f.qualifier
               and f.value < total.value and f.period == total.period and frames[f.id].modality == "stated"
               for f in parts) \
            or any(_CONTRAST.search(SLOT.sub(" ", glue)) and not (sorted_by and _names_the_same_kind_after_a_contrast(
                       SLOT.sub(" ", glue), seg.figures[slots[0]].measure))
                   or len(SLOT.sub("", glue)) >= _LONGEST_LIST_GLUE * (2 if rates else 1)
                   for glue in (seg.between(a, b) for a, b in zip(slots, slots[1:]))):
        return None  # another unit, period or kind of figure among them, or clauses of their own
    # (members that leave nobody out, "domestic routes ... and international routes", make up the total, as do
    # as many members as the total's sentence counts: "The three pillar industries, A, B and C, reached W")
    counted = any(f.kind is Kind.COUNT and not written_in_digits(f) and f.value == len(parts)
                  and previous.slot_of(f) < previous.slot_of(total) and _COUNTED_MEMBERS.match(previous.after(k, 40))
                  for k, f in enumerate(previous.figures)) and _of_the_totals_measure(seg, slots, total)
    exhaustive = counted or _complementary(tuple(parts), SLOT.sub(" ", seg.skeleton)) or _rest_named_last(seg, slots[-1])
    classified = sorted_by and all(_may_sort(f, total, frames) for f in parts)
    if rates and not (exhaustive or classified):
        return None  # "The UK was second at 61,618 up 5 percent, Germany third with 37,933 up 26 percent": a ranking
    def group(k: int) -> str:  # (a part after its rate, "international passengers rose 4.2% to 3,520", is the rate's group)
        rate = frames[seg.figures[k - 1].id] if k > 0 else None
        return frames[seg.figures[k].id].group or (rate.group if rate and rate.role is Role.RELATIVE_CHANGE else "")
    # (the categories of a classification are told apart by the words of their measure: "motor claims", "home claims";
    # amounts "respectively" after a list of kinds are told apart by their places in it: "flat and long products came
    # to A and B respectively")
    respective = _RESPECTIVE_GROUP.search(seg.skeleton) if classified else None
    spread = {int(x) for x in SLOT.findall(respective.group("list"))} if respective else set()
    labels = {(frames[seg.figures[k].id].head, group(k) if exhaustive else "",
               seg.figures[k].measure if classified else "", k if k in spread else -1) for k in slots}
    if len(labels) != len(parts) and not counted:
        return None  # not one label per member: "Exports rose to 4.1 million. Exports to Asia were 2.2 million"
    sure = exhaustive or classified or bool(_SHARING_VERB.search(seg.skeleton)) and total.kind is not Kind.COUNT
    return PartsLink(total, tuple(parts), exhaustive, "a total, then a sentence of amounts of its unit for labelled members",
                     sure, disjoint=sure)


def _names_the_same_kind_after_a_contrast(glue: str, measure: str) -> bool:
    """Whether the one contrast between two listed categories is "while" or "whereas" and the clause after it names
    a noun of the first category's measure again ("exports of flat and long products ..., while exports of
    semi-finished products came to"), so that it goes on with the classification; not a turn to another measure
    ("..., but debt rose to", "..., while debt rose to")."""
    found = _CONTRAST.findall(glue)
    if len(found) != 1 or found[0] not in ("while", "whereas"):
        return False
    named = {w for w in lexicon.folded_words(measure) if len(w) > 3}
    return bool(named.intersection(lexicon.folded_words(glue[glue.index(found[0]):])))


def _one_classification(seg: Segment) -> bool:
    """Whether a sentence opens on the one classification its amounts sort the total by ("By segment, retail brought in
    $5.23 billion and wholesale $3.36 billion"): its members are categories that do not overlap, so together they are
    no more than the total. Not when it sorts by two ("By sex, ...; by age, ..."), which count everyone twice."""
    return _SORTED_BY.match(seg.skeleton) is not None and len(_SORTED_BY_ANYWHERE.findall(seg.skeleton)) == 1


# "By segment, ", "Broken down by type of care, ", "Split by region of origin, " (a classifier noun from the lexicon)
_SORTED_BY_PHRASE = (rf"(?:(?:{lexicon.alternation(lexicon.BREAKDOWN_VERBS)})\s+)?by\s+"
                     rf"(?:{lexicon.alternation(lexicon.BREAKDOWN_CLASSIFIERS)})\b(?:\s+of\s+[a-z'’-]+(?:\s+[a-z'’-]+)?)?\s*,")
_SORTED_BY = lazy_re.compile(rf"^\W*{_SORTED_BY_PHRASE}", re.I)
_SORTED_BY_ANYWHERE = lazy_re.compile(rf"\bby\s+(?:{lexicon.alternation(lexicon.BREAKDOWN_CLASSIFIERS)})\b", re.I)


def _of_the_totals_measure(seg: Segment, slots: list[int], total: Figure) -> bool:
    """Whether the amounts' clauses speak of one measure: the subjects before their verbs are one noun
    or words of the total's measure ("the automobile industry's output rose ..., agricultural
    processing's rose": a possessive leaves the measure unsaid; "chemicals RMB110.4 billion" has no
    verb); not "Alpha's deposits rose 4.0% to $230 billion and Beta's lending rose 2.0% to $150 billion"."""
    measure = set(lexicon.folded_words(total.measure))
    subjects = set()
    start = 0
    for k in slots:
        clause = SLOT.sub(" ", seg.skeleton[start:seg.slots[k][0]])
        start = seg.slots[k][1]
        said = _SUBJECT_THEN_VERB.search(clause)
        if said and not said.group("subject").endswith(("'s", "’s")):
            subjects |= set(lexicon.folded_words(said.group("subject")))
    return len(subjects) <= 1 or subjects <= measure


_SUBJECT_THEN_VERB = lazy_re.compile(r"(?P<subject>[a-z'’-]+)\s+(?:(?:also|then)\s+)?(?:rose|fell|grew|went|increased|decreased|"
                                     r"climbed|dropped|declined|was|were|came|reached|totalled|totaled|stood|amounted)\b")
# a count's plural noun: "three (traditional pillar) industries"
_COUNTED_MEMBERS = lazy_re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?[a-z-]+s\b")
# between the two numbers of a ratio in words: "9 in 10", "three out of four"
RATIO_IN_WORDS = lazy_re.compile(r"^\s*(?:in|out\s+of)\s*$", re.I)
_PREPOSITION_BEFORE = lazy_re.compile(r"\b(?:to|from|in|at|by|for|on|with|across|over|between|among)\s+(?:the\s+|some\s+)?$")
_LONGEST_SENTENCE_LIST_GLUE = 300  # characters of asides between two parts a verb lists (bounded: linear)
_LONGEST_LIST_GLUE = 60  # characters between two listed amounts; more make clauses of their own


# (not "together" or "combined": "A and B together were worth T" names its parts itself)
_TOTAL_MARK = lazy_re.compile(rf"\b(?:total|aggregate|{lexicon.alternation(tuple(w for w in lexicon.TOTAL_AFTER_WHOLE if w not in cues.JOINT_MARKS))})\b")
_MOST_PART_SENTENCES = 6
_MOST_BRIDGING_SENTENCES = 2  # sentences of no level a total's run of parts reads across
_MOST_PARAGRAPHS_CROSSED = 3  # and paragraph breaks
_SPLIT_LEAD = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.LIST_EXHAUSTIVE_LEADS + lexicon.PARTITIVES_EXHAUSTIVE)})\b")
_BARE_COUNT_ENDS = lazy_re.compile(r"^\s*(?:[.,;]|$|and\b)")
_GAP_BEFORE = lazy_re.compile(r"\b(?:by|than)\s+(?:some\s+|about\s+|nearly\s+|almost\s+|just\s+)?$")


def _levels_of(seg: Segment, unit_of: Figure, frames: dict[str, Frame]) -> tuple[list[int], list[int]] | None:
    """The slots of a sentence's levels of a figure's unit: those it states, and those it gives as the
    earlier value of a change ("from 39.0 TWh"); None when one of them is hedged, in words or expected."""
    news, olds = [], []
    for j, f in enumerate(seg.figures):
        frame = frames[f.id]
        if not same_unit(f, unit_of) or f.unit != unit_of.unit or frame.role is not Role.LEVEL:
            continue
        if f.qualifier or not written_in_digits(f) or frame.modality != "stated":
            return None
        (olds if _OLD_MARK_BEFORE.search(seg.before(j, 60)) else news).append(j)
    return news, olds


# a superlative ranking members: "the busiest cargo airport", "World's busiest airports"
_RANKS_MEMBERS = lazy_re.compile(rf"\b(?:{lexicon.alternation(cues.SUPERLATIVES_HIGH + cues.SUPERLATIVES_LOW)})\b")


_TOTAL_NAMED = lazy_re.compile(r"\btotal\s+((?:[a-z'’-]+\s+){0,3}[a-z'’-]+)")


def _calls_itself_a_total(seg: Segment, k: int) -> bool:
    """The level's sentence, after it, names the level's own measure a total: "Service revenues expanded ... to 138.4
    billion, with voice accounting for 60 per cent of total service revenues"."""
    own = set(lexicon.folded_words(seg.figures[k].measure))
    return bool(own) and any(own <= set(lexicon.folded_words(m.group(1)))
                             for m in _TOTAL_NAMED.finditer(SLOT.sub(" ", seg.after(k, 200)).lower()))


def _counts_within(part_head: str, total_head: str) -> bool:
    """Whether a count of `part_head` may be part of a count of `total_head`: the same noun, or a group of people
    (adults, children, women) within a count of people."""
    if part_head == total_head:
        return True
    return total_head in lexicon.PEOPLE_HEADS and (part_head in lexicon.GROUP_WORDS
                                                   or part_head in lexicon.IRREGULAR_SINGULARS)


def _parts_in_sentences_after_a_total(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame]) -> PartsLink | None:
    """A sentence stating one level of a unit, then sentences of the passage each stating levels of that unit
    (with their changes and earlier values), each smaller: "Card spending reached €8.2 billion in May. Online
    purchases rose 9% to €3.1 billion. Spending in shops came to €5.1 billion." The parts are told one by one;
    the words seldom say they are all of the total, nor that the later levels are parts of it at all, so the
    parts are no more than the total, a question unless the total is marked one ("in total", "overall") and
    they are money or amounts of a stuff, or a verb hands them out of it ("accounted for"); they make it up
    when the last is "the remaining" or "other", or their groups leave nobody out (domestic and non-domestic)."""
    seg = segments[i]
    if seg.is_table_row or _a_list_line(segments, i):
        return None  # (a line of a list is the sibling of the lines after it, not their total)
    candidates = [j for j, f in enumerate(seg.figures) if frames[f.id].is_level and written_in_digits(f)
                  and f.kind in (Kind.MONEY, Kind.PHYSICAL, Kind.COUNT)]
    if not candidates:
        return None
    total = seg.figures[candidates[0]]
    if names_an_average(seg.before(candidates[0], 80)):
        return None  # "income per capita was 47,462 yuan": groups' averages are no parts of it
    levels = _levels_of(seg, total, frames)
    if levels is None or levels[0] != candidates[:1] or total.qualifier or frames[total.id].modality != "stated":
        return None  # one stated level of its unit in the sentence (its earlier value aside)
    parts: list[Figure] = []
    words, sharing = "", True
    # (the passage may dwell on the total or a part in sentences that state no level of the unit, "That is 240 more
    # than in May.", "It is the second annual rise in a row.", and may go on in the next paragraph, a part each: "...
    # 7,315 people were waiting.\n\nThere were 4,102 adults on the list ...\n\nThere were 3,413 children ..."; the
    # words then say less plainly that the levels after are the total's parts, so only parts that leave nothing out
    # are read)
    bridged = crossed = 0
    sorted_by = False
    for m in range(i + 1, min(len(segments), i + 1 + _MOST_PART_SENTENCES + _MOST_BRIDGING_SENTENCES)):
        where = segments[m]
        if where.is_table_row or _ANAPHORIC_OPENING.match(where.skeleton):
            break
        if not continues(segments, m - 1, m):
            if len(parts) >= 2 and _complementary(tuple(parts), words, total):
                break  # (groups that leave nobody out are all the parts: the next paragraph tells something else)
            if crossed >= _MOST_PARAGRAPHS_CROSSED or not _opens_the_next_paragraph(segments, m) \
                    or _a_list_line(segments, m) or not _the_one_level_of_its_paragraph(segments, i, total, frames):
                break  # (a paragraph of two levels of the unit, "4.6 million in September ... 42.7 million over
                # January-September", leaves open which one the next paragraph breaks down)
            crossed += 1
        if _RANKS_MEMBERS.search(where.skeleton):
            break  # "Hong Kong was the busiest cargo airport with 4.6 million tonnes": a ranking picks the leaders out
            # of the whole, and the lists after it (other rankings, by region) are no run of its parts
        found = _levels_of(where, total, frames)
        if found is None:
            return None
        news, olds = found
        if not news and not olds and bridged < _MOST_BRIDGING_SENTENCES \
                and not any(frames[f.id].is_level and f.kind is total.kind for f in where.figures):
            bridged += 1
            continue
        if not news or any(_TOTAL_MARK.search(where.before(j, 60)) or _OF_IT.match(where.after(j, 40))
                           or _GAP_BEFORE.search(where.before(j, 30)) or _bracketed(where, where.figures[j]) for j in news):
            break  # another total ("the total cattle herd"), a part of an anaphor's, a gap ("outnumbered men by"), an aside
        if total.kind is Kind.COUNT and any(not _counts_within(frames[where.figures[j].id].head, frames[total.id].head)
                                            and not _BARE_COUNT_ENDS.match(where.after(j, 20)) for j in news):
            break  # a count of other things ("866 schools" after "290,004 candidates"); not a bare "the remaining 215.
        if any(_NET_QUANTITY.search(where.before(j, 60) + " " + where.figures[j].measure) for j in news):
            break  # "The negative balance of foreign trade amounted to $3.902 billion": what is left when one flow
            # is taken from another, no part of their sum
        if any(_calls_itself_a_total(where, j) for j in news):
            break  # "Service revenues expanded to 138.4 billion, ... 60 per cent of total service revenues": a part its
            # own sentence calls a total is split further, and the levels after it may be its parts, not its peers
        if not parts and news:
            # (the first part's sentence may open on the one classification the run sorts the total by: "By
            # category, knitwear earnings slid 5.16 per cent to $8.205 billion ...": its categories do not overlap)
            sorted_by = _one_classification(where) and all(_may_sort(where.figures[j], total, frames) for j in news)
        if (bridged or crossed) and not sorted_by \
                and not all(_named_as_a_kind_of(where.figures[j], total, frames) for j in news):
            break  # (across a paragraph or an aside, "Finished steel consumption rose to 3.58 million mt.\n\nSteel
            # exports grew to 1.12 million mt": a level of another measure is no part)
        for j in news:
            f = where.figures[j]
            if f.value >= total.value or f.period and total.period and f.period != total.period \
                    or f.period and any(p.period and p.period != f.period for p in parts):
                return None  # a level of another period (or parts of two periods), or one the total cannot hold
            parts.append(f)
            # (the words that label the part: groups that leave nobody out must name the parts read, not other
            # figures of their sentences: "voice up 12% and non-voice up 28%" beside "Service revenues ... to 138.4")
            words += " " + SLOT.sub(" ", where.before(j, 60))
        sharing = sharing and bool(_SHARING_VERB.search(where.skeleton))
    if len(parts) < 2 or len({frames[f.id].segment for f in parts}) < 2:
        return None  # (parts in one sentence are that sentence's list: other readings read it)
    exhaustive = _complementary(tuple(parts), words, total) or _rest_named_last(segments[frames[parts[-1].id].segment],
                                                                          frames[parts[-1].id].slot)
    # (the total's sentence may end on words that say the sentences after it split it: "Admissions reached
    # 96,420, made up as follows.", "..., broken down by type:")
    exhaustive = exhaustive or bool(_SPLIT_LEAD.search(SLOT.sub(" ", seg.after(candidates[0], 200)))
                                    and "#" not in seg.after(candidates[0], 200))
    marked = bool(_TOTAL_MARK.search(seg.before(candidates[0], 60)))
    if not (exhaustive or marked or sharing or sorted_by):
        return None  # "A received $15.4bn. B received $3.3bn. C ...": levels side by side, the first no total
    if (bridged or crossed) and not (exhaustive or sorted_by):
        return None  # (across a paragraph or a sentence of no level, only parts that leave nothing out, or the
        # categories of a classification, are read)
    sure = exhaustive or sorted_by or total.kind is not Kind.COUNT
    return PartsLink(total, tuple(parts), exhaustive, "a total, then sentences of the passage each stating levels "
                                                      "of its unit", sure, disjoint=sure)


def _named_as_a_kind_of(part: Figure, total: Figure, frames: dict[str, Frame]) -> bool:
    """Whether a level's measure names it a kind of a total's: a count of the same noun or of a group of people
    within a count of people ("homeless adults" of "people"), or an amount whose measure has the total's head noun
    ("exports of flat products" of "exports"); not a measure of no word the total's lacks."""
    part_head, total_head = frames[part.id].head, frames[total.id].head
    if not total_head or set(lexicon.folded_words(part.measure)) <= set(lexicon.folded_words(total.measure)):
        return False  # the total's own measure again ("Seasonally adjusted: employment fell to 9,806,900"): another
        # statement of it, another series or time, not a part
    if total.kind is Kind.COUNT:
        return _counts_within(part_head, total_head)
    return part_head == total_head or total_head in lexicon.folded_words(part.measure)


def _the_one_level_of_its_paragraph(segments: tuple[Segment, ...], i: int, total: Figure, frames: dict[str, Frame]) -> bool:
    """Whether a level is the only level of its unit its paragraph states."""
    paragraph = segments[i].paragraph
    k = i
    while k > 0 and segments[k - 1].paragraph == paragraph:
        k -= 1
    return not any(f is not total and frames[f.id].is_level and same_unit(f, total)
                   for seg in segments[k:i + 1] for f in seg.figures)


_SOME_OF_THE_WHOLE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.SOME_OF_THE_WHOLE)})\b")
_MOST_LISTED_PARTS = 12
# the parts told with their earlier levels ("at 183.95 lt against 172.11 lt") or with their changes in units
# ("grew $112 billion (0.92%) to $12.25 trillion"): the kinds of figure of the unit each part's clause holds, in order
_WITH_OLD, _WITH_CHANGE = ("new", "old"), ("change", "new")


def _unit_pattern(seg: Segment, total: Figure, frames: dict[str, Frame]) -> list[tuple[int, str]] | None:
    """The figures of a total's unit in a sentence, each as 'new' (a level it states), 'old' (an earlier level
    it sets a level against) or 'change' (a change in units); None when one is hedged or of another kind."""
    out = []
    for j, f in enumerate(seg.figures):
        frame = frames[f.id]
        if not same_unit(f, total) or f.unit != total.unit:
            continue
        if f.qualifier or not written_in_digits(f) or frame.modality != "stated":
            return None
        if frame.role is Role.LEVEL:
            out.append((j, "old" if _OLD_MARK_BEFORE.search(seg.before(j, 60)) else "new"))
        elif frame.role is Role.CHANGE:
            out.append((j, "change"))
        else:
            return None
    return out


def parts_told_like_their_whole(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame]) -> list[PartsLink]:
    """A level stated with its earlier level or its change in units, then its parts listed in the clauses of
    the sentences after it, each part told the same way: "combined sales rose to 319.86 lt, from 282.64 lt.
    Urea sold 183.95 lt against 172.11 lt; DAP 63.96 lt against 51.48 lt; ...", "Household debt went up by
    $212 billion to $17.50 trillion. ... Mortgage balances grew $112 billion to $12.25 trillion. Credit card
    balances grew $50 billion to $1.13 trillion. ..." (a sentence per part, sentences with no figure before
    them aside); or the parts told so in the sentences before it, when none after: "Burglary dipped to 86
    from 88, and housebreaking stands at 932 compared to 1,102. ... Crimes against property numbered 3,009,
    in comparison to last year's 3,243" (back to a level called a total, "Altogether 619 crimes against the
    person", which is another whole). The levels add up to the level, the earlier levels to its earlier
    level, the changes to its change. Sure when the last part is "other" or "the rest", the parts' groups
    leave nothing out, or the whole is called a total and the list closes on "and"; else only plausible (a
    question when they do not add up): the text does not say it has listed every part. Not read when words
    pick some parts out ("among them", "including", "the largest"), nor when a part is as large as the
    whole or of another period, nor for the lines of a list (siblings, not a whole and its parts)."""
    seg = segments[i]
    if seg.is_table_row or _a_list_line(segments, i):
        return []
    news = [j for j, f in enumerate(seg.figures) if frames[f.id].is_level and written_in_digits(f)
            and f.kind in (Kind.MONEY, Kind.PHYSICAL, Kind.COUNT)]
    if not news:
        return []
    total = seg.figures[news[0]]
    own = _unit_pattern(seg, total, frames)
    if own is None or names_an_average(seg.before(news[0], 80)) \
            or _SOME_OF_THE_WHOLE.search(SLOT.sub(" ", seg.skeleton[seg.slots[news[0]][1]:])):
        return []
    kinds = [kind for _, kind in own]
    pattern = _WITH_OLD if kinds == list(_WITH_OLD) else _WITH_CHANGE if kinds == list(_WITH_CHANGE) else None
    if pattern is None:
        return []  # the whole told with one earlier level or one change, and no other figure of its unit
    whole = {kind: seg.figures[j] for j, kind in own}
    # (a level told like the one before it is an item of their list, not the whole of the next ones)
    # (across a paragraph's end too: "Lending grew by CHF 18.6 billion to CHF 1,204.3 billion.\n\nMortgage lending
    # grew by CHF 14.2 billion to CHF 1,061.7 billion. ..." makes mortgage lending the first part, not a whole)
    sibling = i > 0 and bool(_told_in(segments[i - 1], total, pattern, frames))
    items = [] if sibling else _parts_told_after(segments, i, total, pattern, frames)
    after = bool(items)
    if items is not None and not items:
        items = _parts_told_before(segments, i, total, pattern, frames)
    items = _until_another_noun(items, frames[total.id].head, frames)
    if not items or len(items) < 2:
        return []
    groups = [group for group, _ in items]
    for group in groups:
        new = group["new"]
        if new.value >= whole["new"].value or new.period and whole["new"].period and new.period != whole["new"].period:
            return []  # a level the whole cannot hold, or one of another period
        if "old" in group and group["old"].value >= whole["old"].value:
            return []
    parts = tuple(group["new"] for group in groups)
    if _siblings_of(total, parts, frames):
        return []
    last_clause = items[-1][1]
    clause_words = " ".join(opening for _, opening in items)
    # (a whole marked a total, "combined sales of the main fertilisers", whose list closes on "and": every part)
    marked = _WHOLE_MARKED.search(seg.before(news[0], 60)) and _LAST_ITEM.match(last_clause)
    sure = bool(_REMAINDER.search(last_clause) or marked) or _complementary(parts, clause_words, whole["new"])
    heads = {frames[p.id].head for p in parts}
    if not sure and not (after and (len({frames[p.id].segment for p in parts}) == 1 or len(heads) == 1 and "" not in heads)):
        # levels of several measures told alike, a sentence each, are no list of parts ("Net debt fell 8.0
        # percent to $410 million from $445.6 million", after revenue's and profit's sentences): unless the
        # words say the list is whole, it is one sentence's list, or its parts are of one noun, after the whole
        return []
    grammar = "a level with its {}, and its parts told the same way, a clause each".format(
        "earlier level" if pattern == _WITH_OLD else "change in units")
    other = "old" if pattern == _WITH_OLD else "change"
    links = [PartsLink(whole["new"], parts, True, grammar, closed=sure)]
    if other == "old":
        return links + [PartsLink(whole["old"], tuple(group["old"] for group in groups), True, grammar, closed=sure)]
    changes = tuple(group["change"] for group in groups)
    signs = _signs_against(whole["change"], changes, frames)
    if signs is None:
        return links  # changes whose directions the words leave partly open: their sum is no claim
    return links + [PartsLink(whole["change"], changes, True, grammar, closed=sure, signs=signs)]


def _signs_against(whole: Figure, changes: tuple[Figure, ...], frames: dict[str, Frame]) -> tuple[int, ...] | None:
    """Each part change's sign against the whole change, read from their direction words ("up 28,900", "a fall of
    27,900"): () when they all go one way (a plain sum), None when some have a direction and some none, or a part
    is written with its own sign (the words then do not say how the amounts combine)."""
    whole_way = frames[whole.id].direction
    ways = [frames[c.id].direction for c in changes]
    if all(way == whole_way for way in ways):
        return ()
    if 0 in ways or any(c.value < 0 for c in (whole, *changes)):
        return None
    # (a whole with no direction word is a size: "the net change was 1,100"; its parts' signs are then taken
    # against the first part's way, and the sum compared by size)
    return tuple(way * (whole_way or ways[0]) for way in ways)


_Told = list[tuple[dict[str, Figure], str]]  # the parts read, each its figures by kind and the words of its clause


def _told_in(where: Segment, total: Figure, pattern: tuple[str, ...], frames: dict[str, Frame]) -> _Told | None | bool:
    """The parts a sentence tells as the whole was told, one a clause, in reading order; None when its figures
    of the whole's unit are told otherwise (the list has ended); False when words pick parts out, two parts
    share a clause, or a part is of another flow (no list at all)."""
    found = _unit_pattern(where, total, frames)
    size = len(pattern)
    if not found or len(found) % size or [k for _, k in found] != list(pattern) * (len(found) // size):
        return None
    out: _Told = []
    start = 0
    for g in range(0, len(found), size):
        opening = SLOT.sub(" ", where.skeleton[start:where.slots[found[g][0]][0]])
        if _SOME_OF_THE_WHOLE.search(opening):
            return False  # "Among the products that gained most were copper, at $2.1 billion ..."
        if g and not (_NEW_PART_CLAUSE.search(opening) and _NAMING_WORD.search(_LINKING_WORDS.sub(" ", opening))):
            # two parts in one clause, or a clause that names no part ("rose to 2,100 tonnes from 1,600 tonnes
            # and to 1,300 tonnes from 1,200 tonnes": one subject's two levels, or two subjects' respectively)
            return False
        if _other_flow(total.measure, where.figures[found[g][0]].measure):
            return False  # "production slipped to 978.9 million kg ... exports dropped to 191.4 million kg"
        out.append(({kind: where.figures[j] for j, kind in found[g:g + size]}, opening))
        start = where.slots[found[g + size - 1][0]][1]
    return out


def _siblings_of(whole: Figure, parts: tuple[Figure, ...], frames: dict[str, Frame]) -> bool:
    """Whether levels told like a whole are its siblings, not its parts: each is of the whole's noun, and none
    keeps the word that narrows the whole ("Glove exports slipped to 18,630 tonnes from 19,410 tonnes. Tyre
    exports gained to 7,210 tonnes ..., and condom exports fell to 1,120 tonnes ..."): kinds of exports told
    one after another. (A whole of the bare noun, "Exports rose to ...", or one the parts narrow further,
    "palm oil exports" and "palm kernel oil exports", may still hold them.)"""
    head = frames[whole.id].head
    if not head or any(frames[p.id].head != head for p in parts):
        return False
    narrowing = set(lexicon.folded_words(whole.measure)) - _MINOR_WORDS - {head} - set(cues.WHOLE_MARKS)
    return bool(narrowing) and not any(narrowing & set(lexicon.folded_words(p.measure)) for p in parts)


def _until_another_noun(items: _Told | None, head: str, frames: dict[str, Frame]) -> _Told | None:
    """The items up to the first that names its level by another noun than the whole's, when the first item names
    it by the whole's own noun: "Total palm oil stocks fell to 2.03 million tonnes from 2.04 million tonnes. Crude
    palm oil stocks fell to 996,730 tonnes ... Processed stocks rose to ... CPO production slipped to 1.651
    million tonnes from ...": the stocks are the total's parts, the production is another measure told the
    same way. (Parts with nouns of their own, "Household debt ... Mortgage balances ... Credit card balances
    ... All other debt", stay a list: a remainder last may take the whole's noun.)"""
    if not items or not head or frames[items[0][0]["new"].id].head != head:
        return items
    for k, (group, _) in enumerate(items):
        own = frames[group["new"].id].head
        if own and own != head:
            return items[:k]
    return items


def _parts_told_after(segments: tuple[Segment, ...], i: int, total: Figure, pattern: tuple[str, ...],
                      frames: dict[str, Frame]) -> _Told | None:
    """The parts told in the sentences after the whole's (None: words say there is no list)."""
    items: _Told = []
    m, skipped = i + 1, 0
    while m < len(segments) and len(items) < _MOST_LISTED_PARTS:
        where = segments[m]
        if where.is_table_row or _ANAPHORIC_OPENING.match(where.skeleton) or _a_subheading(segments, m):
            break  # (a subheading opens another section: "Bus ridership" after a paragraph on hospital appointments)
        if not where.figures and not items and skipped < _FIGURELESS_BETWEEN:
            m, skipped = m + 1, skipped + 1  # "Every category of debt grew on the previous quarter."
            continue
        # (the parts continue the passage, or open the paragraph after the whole's, which ends on it or on
        # sentences with no figure: a paragraph of the whole, then a paragraph of its parts)
        if not (continues(segments, m - 1, m) or not items and where.paragraph - segments[i].paragraph == 1):
            break
        told = _told_in(where, total, pattern, frames)
        if told is False:
            return None
        if told is None:
            break
        items += told
        m += 1
    return items


def _parts_told_before(segments: tuple[Segment, ...], i: int, total: Figure, pattern: tuple[str, ...],
                       frames: dict[str, Frame]) -> _Told | None:
    """The parts told in the sentences before the whole's, back to one that tells otherwise or calls its level
    a total (in reading order; None: words say there is no list)."""
    runs: list[_Told] = []
    m, skipped = i - 1, 0
    while m >= 0 and sum(map(len, runs)) < _MOST_LISTED_PARTS and continues(segments, m, m + 1):
        where = segments[m]
        if where.is_table_row or _a_list_line(segments, m):
            break
        if not where.figures:
            if skipped == _FIGURELESS_BETWEEN or _a_subheading(segments, m):
                break
            m, skipped = m - 1, skipped + 1  # "Thefts from vehicles, however, have risen on last year."
            continue
        if _WHOLE_MARKED.search(where.skeleton[:where.slots[0][0]]) or _TOTAL_MARK.search(where.skeleton):
            break  # "Altogether 619 crimes against the person": another whole
        told = _told_in(where, total, pattern, frames)
        if told is False:
            return None
        if told is None:
            break
        runs.append(told)
        if _ANAPHORIC_OPENING.match(where.skeleton):
            break
        m -= 1
    return [item for run in reversed(runs) for item in run]


# a subheading's words: a short line with no closing punctuation ("Bus ridership", "Exports by region")
# (at most MOST_SUBHEADING_WORDS words: the plain-text subheadings of segments are counted the same way)
_SUBHEADING_LINE = lazy_re.compile(r"\s*[^\s#.!?;:,][^#.!?;:]{0,90}[^\s#.!?;:,]\s*")




def _a_subheading(segments: tuple[Segment, ...], i: int) -> bool:
    """Whether a sentence is a subheading: a paragraph of its own, a short line with no figure and no closing
    punctuation. It opens a section on another subject, so a passage's list does not run across it."""
    seg = segments[i]
    return not seg.figures and not seg.is_table_row and len(seg.skeleton.split()) <= MOST_SUBHEADING_WORDS \
        and _SUBHEADING_LINE.fullmatch(seg.skeleton) is not None \
        and all(segments[k].paragraph != seg.paragraph for k in (i - 1, i + 1) if 0 <= k < len(segments))


def _a_list_line(segments: tuple[Segment, ...], i: int) -> bool:
    """Whether a sentence is a line of a list: it opens on a marker, or on a label and a colon as a sentence
    beside it does, or follows a lead ending in a colon ("Overnight stays in the region: 4,918,000 in 2023,
    against 4,533,000" alone is a sentence put as a heading, not a list's line)."""
    def labelled(k: int) -> bool:
        return 0 <= k < len(segments) and bool(_LABEL_LINE.match(segments[k].skeleton))
    return bool(_LIST_LINE.match(segments[i].skeleton)) or labelled(i) and (labelled(i - 1) or labelled(i + 1)) \
        or i > 0 and segments[i - 1].skeleton.rstrip().endswith(":")


# the words of a clause that name no part: conjunctions, prepositions, articles, verbs of being
_LINKING_WORDS = lazy_re.compile(r"\b(?:and|or|to|at|from|by|of|in|on|for|the|a|an|while|with|against|compared|"
                                 r"was|were|is|are|then|also|respectively)\b")
_NAMING_WORD = lazy_re.compile(r"[a-z]{2,}")
# a line of a bulleted or numbered list: "- Import VAT: 18,240 million, up 3.5% from 17,615 million"
_LIST_LINE = lazy_re.compile(r"^\s*(?:[-*•–]\s|\(?\d{1,2}[.)]\s)")
# (or, its marker dropped, a label and a colon: "Import VAT: 18,240 million, up 3.5% from 17,615 million")
_LABEL_LINE = lazy_re.compile(r"^\s*[^#:;.\n]{1,60}:\s*#")
# a whole's own clause marks it as a total: "combined sales ... rose to", "total spending was"
_WHOLE_MARKED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.TOTAL_AFTER_WHOLE + lexicon.TOTAL_VERBS + ('total', 'aggregate'))})\b[^#;.]*$")
_LAST_ITEM = lazy_re.compile(r"^\W*and\b")
# a new clause before a further part: a semicolon, or a comma or "and" starting the next item
_NEW_PART_CLAUSE = lazy_re.compile(r";|,|\band\b")


def _named_combined(seg: Segment, k: int, previous: Segment) -> bool:
    """ "The combined burned area, the agency added, ...: 18,426 hectares" after a sentence of the
    parts: a sentence opening on "the combined (or total) <noun>", its first figure that total, and a
    word of its noun said in the sentence before (not "The total debt" after revenue and spending)."""
    m = _COMBINED_OPENING.match(seg.skeleton)
    if m is None or m.end() > seg.slots[k][0]:
        return False
    named = set(lexicon.folded_words(m.group("noun"))) - _MINOR_WORDS
    return bool(named & set(lexicon.folded_words(SLOT.sub(" ", previous.skeleton))))


_COMBINED_OPENING = lazy_re.compile(r"^\W*the\s+(?:combined|total|overall|aggregate)\s+(?P<noun>(?:[a-z'’-]+\s+){0,2}[a-z'’-]+)\b")
_FRONTED_TOTAL = lazy_re.compile(r"^\W*(?:totall?ing|in\s+total|altogether|all\s+told|amounting\s+to)\s+(?:some\s+|about\s+)?"
                                 r"(?:[a-z]{0,3}[$€£¥₹₦]\s?)?$")
_THESE_N = lazy_re.compile(r"^\W*(?:these|those)\s+$")
_ALL_OF_THEM = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:were\s+|are\s+|was\s+)?(?:all|together|altogether|in\s+all|combined)\b")
# "22 million of them adults and 8 million children": the part's noun right after "of them", then the next part
# (the group may follow a preposition: "610 of them from women and 590 from men", "of them in towns and 590 in villages")
_GROUP_PREPOSITION = r"(?:(?:from|in|among|by|for)\s+(?:the\s+)?)?"
_NOUN_AFTER_ANAPHOR = lazy_re.compile(rf"^\s*of\s+(?:them|these|those|whom|which)\s+(?:were\s+|are\s+)?{_GROUP_PREPOSITION}(?P<noun>[a-z'’-]+)"
                                      r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:some|about|nearly|almost|over|more\s+than)\s+)?$")
_NOUN_AFTER_SIBLING = lazy_re.compile(rf"^\s*(?:were\s+|are\s+)?{_GROUP_PREPOSITION}(?P<noun>[a-z'’-]+)\b(?!\s+of\b)")


def _sibling_after_anaphoric_part(seg: Segment, k: int, frames: dict[str, Frame]) -> tuple[Figure, bool] | None:
    """The part right after the part "of them" at slot k, each with its own noun and no other words ("22 million of
    them adults and 8 million children"), of its unit, a level or bound; and whether the two nouns name groups
    that leave nobody out (lexicon.COMPLEMENTARY_GROUPS). None when there is no such second part."""
    if k + 1 >= len(seg.figures):
        return None
    part, sibling = seg.figures[k], seg.figures[k + 1]
    joined = _NOUN_AFTER_ANAPHOR.match(seg.between(k, k + 1))
    named = _NOUN_AFTER_SIBLING.match(seg.after(k + 1, 30))
    if joined is None or named is None or not same_unit(part, sibling) \
            or frames[sibling.id].role not in (Role.LEVEL, Role.BOUND) or not written_in_digits(sibling):
        return None
    groups = {lexicon.group_name(joined.group("noun")), lexicon.group_name(named.group("noun"))}
    if len(groups) < 2:
        return None
    return sibling, any(groups <= {lexicon.IRREGULAR_SINGULARS.get(w, w) for w in g} | g
                        for g in lexicon.COMPLEMENTARY_GROUPS)


def _rest_after_anaphoric_part(seg: Segment, k: int, frames: dict[str, Frame]) -> Figure | None:
    """The level right after the part at slot k, in its clause, that the words name as the rest ("and the
    remaining 12,150", "with the rest, 2,600"): of the part's unit, a level written in digits."""
    if k + 1 >= len(seg.figures):
        return None
    rest, part = seg.figures[k + 1], seg.figures[k]
    if not (same_unit(rest, part) and frames[rest.id].role is Role.LEVEL and written_in_digits(rest)
            and written_in_digits(part)) or _CLAUSE_END.search(seg.between(k, k + 1)) \
            or not _rest_named_last(seg, k + 1):
        return None
    return rest


_MOST_PARTS_BEFORE_TOTAL = 4
_A_FIGURE = lazy_re.compile(r"#\d+#")
# "... in that month totaled", "Together they came to", "The two combined amounted to"; not "All other
# categories together amounted to" (another part, its "together" its own)
# (not after words that set the parts against another time: "Comparing these figures with those of the first
# quarter, net job creation among men amounted to 16,400": a change between the two, no total of the parts)
_TOTAL_POINTING_BACK = lazy_re.compile(
    r"^(?![^#]*\b(?:other|others|remaining|rest|comparing|compared|against)\b)(?=[^#]*\b(?:that|those|these|both|the\s+n|they)\b)[^#]*"
    r"\b(?:totall?ed|totall?ing|came\s+to|amounted\s+to|added\s+up\s+to|in\s+total|combined)\s+(?:\w+\s+){0,2}$", screened=True)
# ("all other grains yielded 1,240 thousand tonnes": "all other" names the rest as well)
_REMAINDER_LAST = lazy_re.compile(rf"\b(?:the|its|their|all)\s+(?:{lexicon.alternation(('remaining', 'remainder', 'rest', 'balance', 'other'))})"
                             r"\b[^#]{0,20}$")
# after the last part, its clause says it is from or in somewhere else: "and 73,000 came from elsewhere"
_ELSEWHERE_LAST = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+){{0,3}}?(?:{lexicon.alternation(lexicon.ELSEWHERE)})\b")


def _rest_named_last(seg: Segment, k: int) -> bool:
    """Whether the part at slot k, the last of a list, is named as what the others leave: "the other
    73,000", "the remaining 215", "73,000 came from elsewhere"."""
    return bool(_REMAINDER_LAST.search(seg.before(k, 40)) or _ELSEWHERE_LAST.match(seg.after(k, 40)))


def group_links(seg: Segment, frames: dict[str, Frame], previous: Segment | None,
                following: Segment | None = None) -> list[GroupsLink]:
    """Two figures of one unit for complementary groups ("58.2% for boys and 64.7% for girls") and the
    overall figure of that unit stated before them, in their sentence or the one before; or the groups
    told over two sentences ("81.2% in the north. In the south it was 74.5%, giving a national figure
    of 77.9%") and the overall figure the second one marks after them."""
    # (an average duration, such as life expectancy in years, is a rate of its groups too)
    grouped = [f for f in seg.figures if frames[f.id].group and frames[f.id].role in _GROUP_ROLES]
    if previous is not None and grouped and previous.paragraph == seg.paragraph and not seg.is_table_row:
        earlier = [f for f in previous.figures if frames[f.id].group and frames[f.id].role in _GROUP_ROLES]
        if len(earlier) == 1 and len(grouped) == 1:
            a, b = earlier[0], grouped[0]
            overall = [f for f in seg.figures[seg.slot_of(b) + 1:]
                       if not frames[f.id].group and same_unit(f, a) and written_in_digits(f)
                       and _OVERALL_BEFORE.search(seg.before(seg.slot_of(f), 40))][:1]
            if overall and _complementary_groups(frames[a.id].group, frames[b.id].group) and same_unit(a, b) \
                    and _averages(a, overall[0], seg, previous):
                return [GroupsLink(overall[0], (a, b), "two complementary groups over two sentences, "
                                                       "then the overall figure")]
    for a, b in zip(grouped, grouped[1:]):
        ga, gb = frames[a.id].group, frames[b.id].group
        if ga == gb or not same_unit(a, b) or not any({ga, gb} <= g | {w + "s" for w in g}
                                                       for g in lexicon.COMPLEMENTARY_GROUPS):
            continue
        if a.unit == "percent" and abs(a.value + b.value - 100) <= 1:
            continue  # "boys 48.9%, girls 51.1%": a split of one whole, not two groups' rates
        if _SPLIT_WORDS.search(seg.skeleton[:seg.slots[seg.slot_of(b)][1] + 30]):
            continue  # "men made up 52% and women 48%" (words after the pair speak of something else)
        if _INCLUDING_RIGHT_BEFORE.search(seg.before(seg.slot_of(a), 30)):
            continue  # "166 deaths (including 68 men, 43 women and 55 children)": counts of the parts a whole
            # includes, which add up to it, not two groups' rates it lies between
        # the overall figure may name a group of another kind than the pair's: "the average life expectancy
        # of city residents ..., of which male ..., female ..." is the city's everyone
        candidates = [f for f in seg.figures[:seg.slot_of(a)] if _overall_of(frames[f.id].group, ga)]
        if not candidates:  # "among men 7.1% and among women 8.4%, giving an overall rate of 9.2%"
            # (a number word is no overall figure: "lies between the two, at 75.2%")
            candidates = [f for f in seg.figures[seg.slot_of(b) + 1:]
                          if not frames[f.id].group and written_in_digits(f) and (_OVERALL_BEFORE.search(seg.before(seg.slot_of(f), 40))
                                                         or _OVERALL_AFTER.match(seg.after(seg.slot_of(f), 40))
                                                         or _BETWEEN_THE_PAIR_BEFORE.search(seg.before(seg.slot_of(f), 60))
                                                         or _BETWEEN_THE_PAIR_AFTER.match(seg.after(seg.slot_of(f), 60)))][:1]
        if not candidates and following is not None and following.paragraph == seg.paragraph:
            # "... 4.1% on domestic routes and 2.7% on international ones. Across the whole network, 3.6%"
            candidates = [f for f in following.figures
                          if _OVERALL_BEFORE.search(following.before(following.slot_of(f), 40))][:1]
        from_before = False
        if not candidates and previous is not None and previous.paragraph == seg.paragraph:
            candidates, from_before = list(previous.figures), True
        overall = [f for f in candidates if same_unit(f, a) and frames[f.id].role in _GROUP_ROLES
                   and _overall_of(frames[f.id].group, ga) and written_in_digits(f)]
        rates_before = [f for f in candidates if same_unit(f, a) and frames[f.id].role in _GROUP_ROLES] if from_before else []
        if len(rates_before) > 1:
            # "Youth unemployment was 11.6%, three times the rate of those aged 25 and over (3.7%). Among women
            # it was 4.0% and among men 4.2%": a sentence of several rates is a breakdown of its own (or a rate
            # and its earlier level); which, if any, is the overall one no word says
            continue
        if overall and not _averages(a, overall[-1], seg, previous, following):
            continue
        if overall:
            return [GroupsLink(overall[-1], (a, b), "an overall figure, then the same measure for two "
                                                     "complementary groups")]
    return []


_GROUP_ROLES = (Role.LEVEL, Role.SHARE, Role.DURATION)


def _overall_of(group: str, pair_group: str) -> bool:
    """Whether a figure of `group` may be the overall figure of a pair of complementary groups one of
    which is `pair_group`: it names no group, or a place of residence when the pair is of another
    kind ("city" over "male" and "female": everyone in the city)."""
    if not group:
        return True
    family = _group_family(group)
    return family is not None and family <= _PLACES_OF_RESIDENCE and family is not _group_family(pair_group)


# the pairs of groups an overall figure may itself belong to, for a pair of another kind within it
# ("city residents ..., of which male ..., female ..."); compass points name places, not residents
_PLACES_OF_RESIDENCE = frozenset({"urban", "rural", "city", "countryside"})


def _group_family(group: str) -> frozenset | None:
    return next((g for g in lexicon.COMPLEMENTARY_GROUPS if group in g or group.rstrip("s") in g), None)


def _averages(group: Figure, overall: Figure, *segments: Segment | None) -> bool:
    """Whether the groups' measure is a rate or an average, so that everyone's figure lies between
    theirs: a percentage, or words like "per capita" or "average" where the figures stand. Counts
    ("males 16,17,602 and females 16,62,258") add up to everyone's instead."""
    if group.unit == "percent":
        return True
    return any(seg is not None and f in seg.figures and _INTENSIVE.search(seg.before(seg.slot_of(f), 80))
               for seg in segments for f in (group, overall))


_INTENSIVE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.INTENSIVE_WORDS)})\b")


def _complementary_groups(ga: str, gb: str) -> bool:
    return ga != gb and any({ga, gb} <= g | {w + "s" for w in g} for g in lexicon.COMPLEMENTARY_GROUPS)


def remainder_share_next(seg: Segment, previous: Segment | None, frames: dict[str, Frame]) -> list[SharesLink]:
    """ "Women signed 52.3% of the new contracts. Men accounted for the other 47.7%.": a sentence whose
    one share is 'the other' or 'the remaining' completes the one share of the sentence before."""
    if previous is None or previous.paragraph != seg.paragraph or seg.is_table_row or previous.is_table_row:
        return []
    mine = [k for k in range(len(seg.figures)) if frames[seg.figures[k].id].role is Role.SHARE]
    theirs = [f for f in previous.figures if frames[f.id].role is Role.SHARE]
    if len(theirs) != 1 or not mine:
        return []
    if len(mine) == 1 and _REMAINDER_SHARE_NEXT.search(seg.before(mine[0], 40)):
        return [SharesLink((theirs[0], seg.figures[mine[0]]), "a share, then 'the other' share in the next sentence")]
    if len(mine) >= 2 and len(mine) == len(seg.figures) and _REST_OPENS.match(seg.skeleton):
        # "Domestic visitors made up 63.5% of guests. The rest came from abroad: 18.7% from the UK, 9.6% ..."
        return [SharesLink((theirs[0], *(seg.figures[k] for k in mine)),
                           "a share, then the rest split in the next sentence")]
    return []


def share_before_the_rest(links: list[SharesLink], seg: Segment, previous: Segment | None,
                          frames: dict[str, Frame], before_previous: Segment | None = None) -> list[SharesLink]:
    """ "Households spend 41.2% of their budget on food. Housing takes 23.6%, transport 11.9%, and everything
    else 23.3%.": a sentence that lists shares from its first figure on, the last 'the rest', after a sentence
    of one share, continues that sentence's whole; the share before is one of the parts. (A sentence of its
    own whole names it: "of their spending in town, ..." after a share, or a share "of" a whole of its own.)"""
    if previous is None or previous.paragraph != seg.paragraph or seg.is_table_row or previous.is_table_row:
        return links
    theirs = [f for f in previous.figures if f.unit == "percent"]
    if len(theirs) != 1 or frames[theirs[0].id].role is not Role.SHARE or theirs[0].direction:
        return links
    # "This is up from 41.7% at the end of 2020.": the share of an earlier time, no part of the whole the list goes on
    # with; the list's first part is the one share of the sentence that one points back at ("North America accounts
    # for 45.6%."), if any, and the list alone is no whole
    earlier = _introduced_as_base(previous.before(previous.slot_of(theirs[0]), 40))
    if earlier:
        pointed_at = _share_pointed_back_at(previous, before_previous, frames)
        if pointed_at is None:
            return [link for link in links if link.grammar != _LAST_THE_REMAINING]
        theirs = [pointed_at]
    out = []
    for link in links:
        first = seg.slot_of(link.shares[0])
        if link.sure and link.whole == 1 and first == 0 and len(link.shares) == len(seg.figures) \
                and not _WHOLE_OF_ITS_OWN_BEFORE.search(seg.before(first, 200)) \
                and not any(_SHARE_OF_SLOT.match(seg.after(seg.slot_of(f), 60)) or _OWN_WHOLE_AFTER.match(seg.after(seg.slot_of(f), 30))
                            for f in link.shares) \
                and link.grammar == _LAST_THE_REMAINING:
            link = SharesLink((theirs[0], *link.shares), "a share, then the other parts of its whole in the next "
                                                         "sentence, the last 'the rest'")
        out.append(link)
    return out


# a sentence opening on a pronoun for the sentence before's figure, then a verb of being or a comparison: "This is up
# from", "That was down from", "It compares with"
_OPENS_POINTING_BACK = lazy_re.compile(r"^\W*(?:this|that|it)\s+(?:is|was|has|had|compares|represents|marks)\b", re.I)


def _share_pointed_back_at(previous: Segment, before_previous: Segment | None, frames: dict[str, Frame]) -> Figure | None:
    """The one share, of no move, of the sentence before `previous` when `previous` opens by pointing back at it."""
    if before_previous is None or before_previous.paragraph != previous.paragraph or before_previous.is_table_row \
            or not _OPENS_POINTING_BACK.match(previous.skeleton):
        return None
    shares = [f for f in before_previous.figures if f.unit == "percent"]
    if len(shares) != 1 or frames[shares[0].id].role is not Role.SHARE or shares[0].direction:
        return None
    return shares[0]


# a whole named before the first share of a sentence: "Of their spending in town, ...", "Within the budget, ..."
_WHOLE_OF_ITS_OWN_BEFORE = lazy_re.compile(r"\b(?:of|within|in)\s+(?:the|their|its|his|her|this|that|these)\b")


_REST_OPENS = lazy_re.compile(r"^\W*(?:the\s+(?:rest|remainder|balance|others)|all\s+the\s+others)\b[^#]*(?::|\bsplit\b|"
                              r"\bdivided\b|\bshared\b|\bbetween\b|\bamong\b)")
# right before the share, so that "the other group's rate was 7.1%" is not read as the rest of a whole
_REMAINDER_SHARE_NEXT = lazy_re.compile(r"\b(?:the|its|their)\s+(?:remaining|other|rest\s+of|remainder\s+of|balance\s+of)\s+$")


# a noun, then "and" or "&" right before "other": one category's name ("housing, water, electricity, gas and other
# fuels (4.6 percent)"), not the rest of a whole ("France 30% and other countries 30%")
_NOUN_AND_BEFORE = lazy_re.compile(r"[a-z]\s+(?:and|&)\s+$")


def _left_over_share(seg: Segment, run: list[int]) -> bool:
    """Whether the last share of a list is what the others leave of their whole, after a verb of what is left:
    "Maize covered 46.3% of the area and beans 21.9%, leaving 31.8% for other crops". Not when the words between
    the shares set them apart in time or compare them ("61% in 2019 and 58% in 2024, leaving ..."): then the
    shares are of different wholes."""
    k = run[-1]
    if not _LEFT_OVER_BEFORE.search(seg.between(run[-2], k)) or _NOT_LEFT_OVER_AFTER.match(seg.after(k, 30)):
        return False
    return not any(_SHARES_SET_APART.search(seg.between(a, b)) for a, b in zip(run, run[1:]))


_SHARES_SET_APART = lazy_re.compile(rf"\b(?:19|20)\d\d\b|\b(?:{lexicon.alternation(lexicon.SHARES_SET_APART)})\b", re.I)


def _remainder_named(glue: str) -> bool:
    """Whether the words between two shares name the second as the rest of their whole ("and the remaining")."""
    m = _REMAINDER_SHARE.search(glue)
    return bool(m) and not (m.group().startswith("other") and _NOUN_AND_BEFORE.search(glue, 0, m.start())) \
        and not _MOVES_AFTER_THE_WORD.match(m.group())


# the remainder word as the subject of a verb of moving or changing: "the balance has shifted over time, from civil
# R&D at 87% ...", "the rest grew 4%": the figures after it are the levels it moved between or its change, not the
# part that closes the list
_MOVES_AFTER_THE_WORD = lazy_re.compile(
    rf"^[a-z]+\s+(?:(?:{lexicon.alternation(lexicon.AUXILIARIES)})\s+){{0,2}}"
    rf"(?:{lexicon.alternation(lexicon.MOVE_VERBS + lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\b")


_LAST_THE_REMAINING = "shares listed, the last 'the remaining'"


# "influenced by higher electricity supply (by 7.5%), food production (by 19.2%)": a percentage "by" opens is the
# amount of a change, whatever way the words say it went, never a share of a whole
# (in brackets only: "followed by 26%" may list a share)
_BY_AMOUNT_BEFORE = lazy_re.compile(r"\(\s*by\s+$", re.I)


# a list under a change noun in the plural gives each item's own change: "the largest relative increases were seen in
# forestry (10.7%), electricity and water (6.4%) and other manufacturing (7.4%)" are no shares that 'other' completes
_CHANGES_LISTED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PLURAL_CHANGE_NOUNS)})\b")


def share_lists(seg: Segment, frames: dict[str, Frame]) -> list[SharesLink]:
    """Shares listed one after another that the words say exhaust one whole: the last is 'the remaining'
    or 'the other', their number is the count before them ("three industries: ... 8.6%, 41.7%, 49.7%"),
    or they are of groups that exhaust a population ("women ... 52.3%; men ... the other 47.7%")."""
    shares = [k for k in range(len(seg.figures)) if frames[seg.figures[k].id].role is Role.SHARE
              and not _BY_AMOUNT_BEFORE.search(seg.before(k, 12))
              and not _CHANGES_LISTED.search(_NEW_CLAUSE.split(seg.before(k, 160))[-1])]
    out = []
    run: list[int] = []
    split_rest = False  # "the remainder was split between Japan (14.2%) and South Korea (13.3%)"
    # the share of a leader that a list of the others follows after many words: "The EU took 29.12% of that total
    # and was the leading market, ahead of Russia with 21.09%, ... and other markets with 0.03%"
    leader: list[int] = []
    whole_from = 0  # the first slot of the whole the shares are of
    for k in shares:
        glue = seg.between(run[-1], k) if run else ""
        leads = bool(run) and len(run) == 1 and not _LIST_BREAK.search(glue) and bool(_AHEAD_OF_THE_REST.search(glue))
        # a share "of that" (or "of it", "of which") is of the part just told, so it opens a whole of its own:
        # "1,364 tons went to the Netherlands, 31% of all exports; 86% of that left through Callao and the
        # remaining 14% through Paita"
        if _OF_THE_PART_BEFORE.match(seg.after(k, 30)):
            whole_from = k  # (a share "of that" opens a whole of its own: shares before it are another whole's)
        if run and _OF_THE_PART_BEFORE.match(seg.after(k, 30)):
            if split_rest:
                out.append(SharesLink(tuple(seg.figures[j] for j in run), "shares listed, the rest split"))
            run, split_rest = [], False
        if run and (len(glue) > 80 or _LIST_BREAK.search(glue)):
            if split_rest:
                out.append(SharesLink(tuple(seg.figures[j] for j in run), "shares listed, the rest split"))
            leader = run if leads else []
            run, split_rest = [], False
        elif split_rest and not _AND_OR_COMMA.fullmatch(glue):
            out.append(SharesLink(tuple(seg.figures[j] for j in run), "shares listed, the rest split"))
            run, split_rest = [], False
        run.append(k)
        if len(run) >= 2 and not split_rest and (_remainder_named(seg.between(run[-2], k)) or _left_over_share(seg, run)):
            if _SPLIT_BETWEEN.search(seg.between(run[-2], k)):
                split_rest = True  # the shares that follow are the rest's parts too
                continue
            # a list that runs on past its 'other' share ("other countries at 2% and Japanese visitors at 1%")
            # is not closed by it: its shares add up to no more than the whole
            runs_on = _list_runs_on(seg, k, shares)
            # (a share its sentence told before the list, across a break, may be one of the whole's too: "Central
            # Province sits behind contributing 22 percent, while Choiseul contributed 15 percent, ... and other
            # provinces the remaining 11 percent": the listed shares add up to no more than the whole)
            told_before = any(whole_from <= j < (leader + run)[0] for j in shares)
            out.append(SharesLink(tuple(seg.figures[j] for j in leader + run), _LAST_THE_REMAINING,
                                  sure=not runs_on and not told_before))
            run, leader = [], []
    if split_rest and len(run) >= 2:
        out.append(SharesLink(tuple(seg.figures[j] for j in run), "shares listed, the rest split"))
    if not out and len(shares) >= 2 and not _SHARE_OF_SLOT.match(seg.after(shares[0], 60)):
        listed = tuple(seg.figures[j] for j in shares)
        counts = [f for f in seg.figures[:shares[0]] if f.value == len(listed) and _COUNTED.match(seg.after(seg.slot_of(f), 30))]
        if counts:
            # "split three ways": a verb of dividing says the shares are all of the whole, not some of it
            divided = bool(_DIVIDED_BEFORE_COUNT.search(seg.before(seg.slot_of(counts[-1]), 30)))
            out.append(SharesLink(listed, "as many shares as the count before them", sure=divided))
    if not out:
        out = _shares_under_a_structure_lead(seg, frames) or _shares_of_bands_that_cover_all(seg, frames)
    # a share said of each of several members ("European and other Pacific visitors at 5% each") stands for more
    # than itself, so the listed shares add up to less than their whole: no more than it is all they say
    out = [replace(link, sure=False) if any(_FOR_EACH_MEMBER.match(seg.after(seg.slot_of(f), 20)) for f in link.shares)
           else link for link in out]
    listed = {f.id for link in out for f in link.shares}
    return out + _structure_chains(seg) + [link for link in opposite_outcome_shares(seg, frames)
                                            if not listed.intersection(f.id for f in link.shares)]


def _list_runs_on(seg: Segment, k: int, shares: list[int]) -> bool:
    """Whether another share follows share k in the same list: near, with no break of the list between."""
    later = [j for j in shares if j > k]
    if not later:
        return False
    glue = seg.between(k, later[0])
    return len(glue) <= 80 and not _LIST_BREAK.search(glue)


# right after a share: it is each member's of those just named ("at 5% each", "3 per cent apiece")
_FOR_EACH_MEMBER = lazy_re.compile(rf"^\W{{0,3}}(?:{lexicon.alternation(lexicon.SHARE_OF_EACH_MEMBER)})\b")


# each outcome's words, as patterns: (pattern of one outcome, pattern of its opposite)
_OUTCOME_PAIRS = tuple((lazy_re.compile(rf"\b(?:{lexicon.alternation(one)})\b"), lazy_re.compile(rf"\b(?:{lexicon.alternation(other)})\b"))
                       for one, other in lexicon.OPPOSITE_OUTCOMES)
# between the two shares: a coordination ("and", "while", ";", ", but"), no new subject with a figure
_OUTCOME_GLUE = lazy_re.compile(r"^[^:.]{0,80}?(?:;|,?\s+and|,?\s+but|,?\s+while|,?\s+whereas|,?\s+so|,)\s+(?:the\s+other\s+|the\s+remaining\s+|another\s+)?$")


_OWN_WHOLE_AFTER = lazy_re.compile(r"^\s*of\s+[a-z#]")  # "38% of girls failed": a whole of its own


def opposite_outcome_shares(seg: Segment, frames: dict[str, Frame]) -> list[SharesLink]:
    """Two shares side by side of one event's opposite outcomes: "Some 62% of pupils passed the exam and 38%
    failed", "81.2% of patients were seen within four hours; 18.8% waited longer", "Ambulances reached 75% of calls
    in time, so 25% missed the target". Together they are the whole. The first's clause (from the clause's start)
    holds one outcome's words and the second's the other's; the second names no whole of its own ("38% of girls"),
    and the sentence states no third percentage."""
    percents = [k for k, f in enumerate(seg.figures) if f.unit == "percent"]
    if seg.is_table_row or len(percents) != 2:
        return []  # (not "62% passed maths, 58% passed English and 12% failed both": outcomes of several events)
    k, j = percents
    a, b = seg.figures[k], seg.figures[j]
    if not all(frames[f.id].role is Role.SHARE and not f.direction and frames[f.id].modality == "stated" for f in (a, b)):
        return []
    glue = seg.between(k, j)  # (a duration may stand between: "within #1# hours; ")
    if not _OUTCOME_GLUE.match(glue) or _OWN_WHOLE_AFTER.match(seg.after(j, 30)):
        return []
    first = _CLAUSE_BREAK.split(seg.before(k, 80))[-1] + " " + glue
    second = _CLAUSE_BREAK.split(seg.after(j, 80))[0]
    if any(one.search(first) and other.search(second) and not other.search(first) and not one.search(second)
           for one, other in _OUTCOME_PAIRS):
        return [SharesLink((a, b), "two shares of opposite outcomes of one event")]
    return []


def _shares_under_a_structure_lead(seg: Segment, frames: dict[str, Frame]) -> list[SharesLink]:
    """A sentence that opens on the structure of one whole and then lists its parts' shares, each in its own
    clause: "In the structure of GDP, agriculture accounted for 12.06%; industry accounted for 36.92%; ...".
    "Structure" and "composition" name the whole divided into all its parts, so three or more shares, and no
    other figure in the sentence (no earlier level, no change), add up to all of it."""
    if seg.is_table_row or len(seg.figures) < 3 or not _STRUCTURE_LEAD.match(seg.skeleton):
        return []
    shares = seg.figures
    if not all(f.unit == "percent" and frames[f.id].role is Role.SHARE and not f.direction and not f.qualifier
               and frames[f.id].modality == "stated" for f in shares):
        return []
    if any(_LIST_BREAK.search(seg.between(k, k + 1)) or _COMPARED_LEAD.search(seg.between(k, k + 1))
           for k in range(len(shares) - 1)) \
            or any(_OF_THE_PART_BEFORE.match(seg.after(k, 30)) for k in range(len(shares))):
        return []
    return [SharesLink(tuple(shares), "a sentence opening on the structure of one whole, then its parts' shares")]


def _shares_of_bands_that_cover_all(seg: Segment, frames: dict[str, Frame]) -> list[SharesLink]:
    """Shares each labelled by a band of ages or sizes, the bands running on from 0 (or "under N") without a gap to
    an open top ("0-14, 24.7%; 15-64, 68.1%; 65 and over, 7.2%"): the bands cover everyone, so the shares are all
    of the whole. The figures of the bands' bounds are the sentence's other figures."""
    shares = [k for k, f in enumerate(seg.figures) if f.unit == "percent"]
    if len(shares) < 2 or seg.is_table_row:
        return []
    expected_low = Decimal(0)
    previous_end = -1
    for n, k in enumerate(shares):
        share = seg.figures[k]
        if frames[share.id].role is not Role.SHARE or share.direction or share.qualifier:
            return []
        bounds = list(range(previous_end + 1, k))  # the figures between the last share and this one: its band
        glue = seg.skeleton[seg.slots[previous_end][1] if previous_end >= 0 else 0:seg.slots[k][0]]
        last = n == len(shares) - 1
        if len(bounds) == 2 and not last and _CLOSED_BAND.search(glue):
            low, high = (seg.figures[j] for j in bounds)
        elif len(bounds) == 1 and n == 0 and _UNDER_BAND.search(glue):
            low, high = None, seg.figures[bounds[0]]  # "under 15"
        elif len(bounds) == 1 and last and _OPEN_BAND.search(glue):
            low, high = seg.figures[bounds[0]], None  # "65 and over"
        else:
            return []
        if any(f.unit or f.value != f.value.to_integral_value() for f in (low, high) if f is not None):
            return []
        if (low.value if low is not None else Decimal(0)) != expected_low:
            return []
        if high is not None:
            expected_low = high.value + 1 if low is not None else high.value
        previous_end = k
    return [SharesLink(tuple(seg.figures[k] for k in shares), "shares of bands that run on from 0 to an open top")]


# the label of a band before its share: "0-14, ", "; 15-64: ", "; 15 to 64, "
_CLOSED_BAND = lazy_re.compile(r"#\d+#\s*(?:-|\u2013|to)\s*#\d+#\s*(?:years?\s+)?[,:]?\s*(?:[a-z]+\s+){0,2}$")
_UNDER_BAND = lazy_re.compile(r"\b(?:under|below|less\s+than)\s+#\d+#\s*(?:years?\s+)?[,:]?\s*(?:[a-z]+\s+){0,2}$")
_OPEN_BAND = lazy_re.compile(r"#\d+#\s*(?:\+|(?:years?\s+)?(?:and|or)\s+(?:over|above|older|more))\s*[,:]?\s*(?:[a-z]+\s+){0,2}$")


# the sentence opens on the structure of a whole: "In the structure of GDP, ...", "The composition of exports: ..."
_STRUCTURE_LEAD = lazy_re.compile(r"^\W*(?:in\s+)?(?:the\s+)?(?:structure|composition)\s+of\s+[a-z]")


def _structure_chains(seg: Segment) -> list[SharesLink]:
    """The structure of a counted whole written as a chain of its parts' percentages: "the structure of
    the three industries moved from 16.3:41.0:42.7 in 2013 to 15.7:40.0:44.3 in 2014". Each chain is as
    long as the count says, and its members are percentages (one has decimals or is 10 or more): they
    add up to 100."""
    out = []
    k, n = 0, len(seg.figures)
    while k < n:
        j = k
        while j + 1 < n and seg.between(j, j + 1) == ":":
            j += 1
        if j > k:
            chain = seg.figures[k:j + 1]
            lead = [m for m in _STRUCTURE_OF.finditer(seg.skeleton[:seg.slots[k][0]])]
            if lead and not _CLAUSE_END.search(seg.skeleton[lead[-1].end():seg.slots[k][0]]):
                count = lead[-1].group("k")
                counted = seg.figures[int(count)].value if count is not None else _NUMBER_WORDS.get(lead[-1].group("word"))
                if counted == len(chain) and all(f.unit == "" and f.value >= 0 for f in chain) \
                        and any("." in f.text or f.value >= 10 for f in chain):
                    out.append(SharesLink(tuple(chain), "the structure of a counted whole, its parts' percentages "
                                                        "written 'a:b:c'", whole=100))
        k = j + 1
    return out


_STRUCTURE_OF = lazy_re.compile(r"\b(?:structure|composition|make-?up|proportions)\s+of\s+(?:the\s+|its\s+|their\s+)?"
                                r"(?:#(?P<k>\d+)#|(?P<word>two|three|four|five|six))\s+[a-z'’-]+")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


# (a word of the whole's name may join letters with "&": "of business R&D")
_OF_NAMED_WHOLE = lazy_re.compile(r"^\s*\)?\s*of\s+(?P<det>the\s+total\s+|all\s+the\s+|all\s+|the\s+|total\s+)?(?P<whole>[a-z'’&-]+(?:\s+[a-z'’&-]+){0,2}?)"
                             r"\s*(?=[,.;:()]|$|\s(?:in|at|for|and|while|who|which|with|to|on|were|was|are|is)\b)")


_OWN_REFERENCE = frozenset(lexicon.fold(w) for w in lexicon.OWN_REFERENCE_WHOLES)


def named_whole_shares(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                       exhaustive: frozenset[str]) -> list[NamedWholeSharesLink]:
    """Shares of a whole named the same way ("of the total votes"), for the same period, across the
    document; a share stated again (the same value) counts once. Shares already read as exhausting
    a whole are that link's. The shares are of one whole for certain when the words say "the total"
    or "all" and each is for a subject named otherwise (parties, firms): "52% of all staff were
    women" and "61% of all staff were graduates" overlap."""
    groups: dict[tuple, list[Figure]] = {}
    names: dict[str, frozenset[str]] = {}
    for seg in segments:
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if frame.role is not Role.SHARE or frame.direction or frame.modality != "stated" or f.id in exhaustive \
                    or f.qualifier or f.unit != "percent":
                continue
            m = _OF_NAMED_WHOLE.match(seg.after(k, 80))
            whole = tuple(w for w in lexicon.folded_words(m.group("whole")) if w not in ("total", "all")) if m else ()
            if _OWN_REFERENCE.intersection(whole):
                continue
            if frame.group:
                continue  # "Men made up 95.9% of prisoners ... 17% of prisoners were aged 50 or over": a group's share
                # splits the whole by its own kind (complementary_shares reads the pair); another kind's overlaps it  # "82% of capacity", "118 per cent of normal": each subject's own reference, no part of a whole
            if whole:  # "of the total" alone names no whole: applicants by subject, by origin, ...
                det = m.group("det") or ""
                total = "total" in det or "all" in det
                members = groups.setdefault((whole, f.period, total), [])
                if not any(g.value == f.value for g in members):
                    members.append(f)
                    names[f.id] = names_near(document_text, seg, k)
    links = []
    for (whole, _, total), shares in groups.items():
        if len(shares) >= 2:
            subjects = [names[f.id] for f in shares]
            distinct = all(subjects) and len(set(subjects)) == len(subjects)
            links.append(NamedWholeSharesLink(tuple(shares), " ".join(whole), total and distinct))
    return links


# a share of a whole, said with a verb before it or the whole after it: "Males make up 51% of all cases"
_SHARE_VERB_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.SHARE_BEFORE_WHOLE + ('makes up', 'make up'))})"
                                     r"\s+(?:about\s+|some\s+|nearly\s+|just\s+(?:over|under)\s+)?$")
_IN_SHARE = lazy_re.compile(r"\bin\s+(?:about\s+|some\s+|nearly\s+|just\s+(?:over|under)\s+)?$")


def complementary_shares(seg: Segment, frames: dict[str, Frame], exhaustive: frozenset[str]) -> list[NamedWholeSharesLink]:
    """"Males make up 51% of all suspected cases and females 49%": the shares of one whole taken by
    two complementary groups are together no more than all of it. (Not two groups' own rates: "the
    pass rate was 61% for boys and 58% for girls" says no "of" and no verb of sharing.)"""
    shares = [k for k in range(len(seg.figures)) if frames[seg.figures[k].id].role is Role.SHARE
              and frames[seg.figures[k].id].group and seg.figures[k].unit == "percent"
              and not seg.figures[k].qualifier and frames[seg.figures[k].id].modality == "stated"
              and seg.figures[k].id not in exhaustive]
    out = []
    for i, j in zip(shares, shares[1:]):
        ga, gb = frames[seg.figures[i].id].group, frames[seg.figures[j].id].group
        if not any({ga, gb} <= g | {w + "s" for w in g} for g in lexicon.PAIRED_GROUPS) or ga == gb:
            continue
        if any(_IN_SHARE.search(seg.before(k, 20)) for k in (i, j)):
            continue  # "women were convicted in 71.3% of cases and men in 84.6%": each group's own cases
        wholes = [_OF_NAMED_WHOLE.match(seg.after(k, 80)) for k in (i, j)]
        named = [frozenset(lexicon.folded_words(m.group("whole"))) if m else None for m in wholes]
        if any(w is not None and _OWN_REFERENCE & w for w in named):
            continue  # "the north-west had 118 per cent of normal, the north-east 84 per cent": each its own normal
        if any(w is not None and {ga, gb} & w for w in named) or (named[0] and named[1] and named[0] != named[1]):
            continue  # "15.4% of exports and 21.2% of imports": the groups are the wholes, two of them
        # (the first share's whole may stand between them: "52,610 (59 per cent) of the students placed
        # in degree programmes were male and 36,876 (41 per cent) were female")
        if (wholes[0] or _SHARE_VERB_BEFORE.search(seg.before(i, 40))) and len(seg.between(i, j)) <= 100:
            out.append(NamedWholeSharesLink((seg.figures[i], seg.figures[j]), f"same whole, for {ga} and {gb}", True))
    return out


# "Of all votes cast, the Greens took 46%, ...": the whole fronted before the shares of it
_FRONTED_WHOLE = lazy_re.compile(r"^\W*(?:of|among)\s+(?:all\s+(?:the\s+)?|the\s+(?:total\s+)?)(?P<whole>[a-z][a-z'’ -]{1,40}?)\s*,")
# between two shares of a list, the next subject: ", Labour ", " and the Liberals ", ", the Liberals with "
# (not the same subject's earlier share: "61.2% of operations, up from 58.7%")
_NEXT_SUBJECT = lazy_re.compile(r"^\s*(?:(?:of|to)\s+(?:the\s+|all\s+)?[a-z'’&-]+(?:\s+[a-z'’&-]+)?)?\s*(?:,|;|,?\s*and)\s+"
                                rf"(?:(?:{lexicon.alternation(lexicon.NEXT_IN_A_RANKED_LIST)})\s+)?"
                                rf"(?!(?:{cues.words(cues.APPOSITIVE_UP + cues.APPOSITIVE_DOWN + cues.BASE_PREPOSITIONS)})\b)"
                                r"(?:the\s+)?[a-z][a-z'’.&-]*(?:\s+[a-z][a-z'’.&-]*){0,2}?\s+(?:(?:took|won|got|had|held|secured|polled|"
                                r"drew|claimed|with|on|at)\s+)?$")
_SHARE_CLOSES = lazy_re.compile(r"^\s*(?:(?:of|to)\s+(?:the\s+|all\s+)?[a-z'’&-]+(?:\s+[a-z'’&-]+)?)?\s*(?:[,;.)]|and\b|$)")
_CONTRIBUTED = lazy_re.compile(r"\b(?:contributed|contributes|contributing)\s+(?:(?:some|about|nearly|around|almost|just|over)\s+)?$")
_TO_NAMED_WHOLE = lazy_re.compile(r"^\s*to\s+(?P<det>the\s+total\s+|the\s+|total\s+)?(?P<whole>[a-z'’-]+(?:\s+[a-z'’-]+){0,2}?)"
                                  r"\s*(?=[,.;:)]|$|\s(?:in|at|for|and|while)\b)")


# beside a share of a list, the amount it stands for in brackets: "93% of business R&D (£24.2 billion) and defence
# R&D 7% (£1.7 billion)"; after the first share's whole, the one year the list is of: "93% of business R&D in 2019"
_AMOUNT_IN_BRACKETS = lazy_re.compile(r"\s*\(#(?P<slot>\d+)#\)")
_YEAR_OF_THE_LIST = lazy_re.compile(rf"^(?P<whole>\s*\)?\s*(?:of|to)\s+[^#;:,()]{{1,60}}?)\s+(?:in|during)\s+"
                                    rf"(?:(?:{lexicon.alternation(lexicon.MONTHS_BUT_MAY)})\s+)?[12]\d{{3}}\b(?=\s*[,;.(]|\s+and\b|$)")


# the whole named by a noun of a share right before the first share: "the largest share of reported malaria cases, 47%"
_SHARE_OF_NAMED_WHOLE_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.WHOLE_NAMING_SHARE_NOUNS)})\s+of\s+"
                                               r"(?:the\s+|all\s+)?(?P<whole>[a-z'’&-]+(?:\s+[a-z'’&-]+){0,3}?)\s*[,:]\s*$")


def _without_asides(text: str, first: bool) -> str:
    """`text` after a share of a list without what the list's grammar lets stand beside it: the amount the share
    stands for in brackets, and, after the first share, the year of its whole (a later share with a year of its
    own is of another time, and stops the list)."""
    if first:
        year = _YEAR_OF_THE_LIST.match(text)
        if year:
            text = year.group("whole") + text[year.end():]
    return _AMOUNT_IN_BRACKETS.sub("", text)


def listed_shares_of_one_whole(seg: Segment, frames: dict[str, Frame], exhaustive: frozenset[str]) -> list[NamedWholeSharesLink]:
    """Subjects listed with their shares of one whole the words name once, fronted ("Of all votes
    cast, the Greens took 46%, Labour 38% and the Liberals 14%") or after the first share ("The Greens
    took 46% of the vote, Labour 38% and the Liberals 14%"): together no more than all of it. Each share
    follows its subject and closes its clause; "Of all voters, 46% backed reform and 38% wanted..."
    gives shares as subjects of their own verbs, which may overlap. A share may have the amount it stands
    for in brackets beside it, and the first share's whole the one year of the list ("Civil R&D made up 93%
    of business R&D in 2019 (£24.2 billion) and defence R&D 7% (£1.7 billion)")."""
    shares = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.SHARE and f.unit == "percent"
              and frames[f.id].modality == "stated" and f.id not in exhaustive]
    if len(shares) < 2 or seg.is_table_row:
        return []
    first = shares[0]

    def after(k: int, width: int) -> str:
        return _without_asides(seg.after(k, width), k == first)

    def amount_in_brackets_between(a: int, b: int) -> bool:
        """Whether the one figure between shares a and b is the amount in brackets beside a."""
        return b == a + 2 and any(int(m.group("slot")) == a + 1 for m in _AMOUNT_IN_BRACKETS.finditer(seg.between(a, b)))

    fronted = _FRONTED_WHOLE.match(seg.skeleton)
    # (or "contributed 24.1 per cent to GDP": a verb of contributing gives the whole after "to")
    named = _OF_NAMED_WHOLE.match(after(first, 80)) or (
        _TO_NAMED_WHOLE.match(after(first, 80)) if _CONTRIBUTED.search(seg.before(first, 40)) else None)
    # (a whole named before the first share by a noun of a share, "the largest share of cases, 47%, followed by ...":
    # a ranking, whose later members' figures the words tie to that whole less closely; a sum above 100% is only a
    # question, and leaves each pair's order to the ranking)
    named_before = None if named else _SHARE_OF_NAMED_WHOLE_BEFORE.search(seg.before(first, 80))
    named = named or named_before
    if fronted and SLOT.search(seg.skeleton[:fronted.end()]) or not (fronted or named):
        return []
    run = [first]
    for k in shares[1:]:
        if k != run[-1] + 1 and not amount_in_brackets_between(run[-1], k) \
                or not _NEXT_SUBJECT.match(_without_asides(seg.between(run[-1], k), run[-1] == first)):
            break
        run.append(k)
    if len(run) < 2 or not all(_SHARE_CLOSES.match(after(k, 60)) for k in run) \
            or any(frames[seg.figures[k].id].group for k in run) \
            or not fronted and _OVERALL_BEFORE.search(seg.before(first, 60)) \
            or any(_OF_NAMED_WHOLE.match(seg.after(k, 80)) for k in run[1:]) \
            or any(_IN_SHARE.search(seg.before(k, 20)) for k in run):
        # (a later share with a whole of its own, "... and 38% of seats"; each group's own cases,
        # "women were convicted in 71.3% of cases and men in 84.6%"; groups' own rates beside the
        # overall one, "Nationally, 74% of pupils passed, with rural schools at 71% ...")
        return []
    whole = (fronted or named).group("whole")
    if _OWN_REFERENCE.intersection(lexicon.folded_words(whole)):
        return []  # "June rainfall was 91 per cent of normal, July 112 per cent": each month its own normal
    return [NamedWholeSharesLink(tuple(seg.figures[k] for k in run), whole, named_before is None)]


# after a share of a named whole, "with" and the next share: "34% of total income, with "
_WITH_NEXT_SHARE = lazy_re.compile(r"^\s*(?:of|to)\s+(?:the\s+|all\s+|total\s+)?[a-z'’&-]+(?:\s+[a-z'’&-]+){0,2}?"
                                   r"\s*,\s*with\s+(?:(?:about|some|nearly|around|almost|another|a\s+further)\s+)?$")
# after a share of such a list, where it came from or went, then the next share: " coming from fundraising, ",
# " from legacies and "
# (the share's source, then either the next share or the end of the clause)
_SOURCE_PHRASE = rf"^\s*(?:(?:{lexicon.alternation(lexicon.VERBS_OF_A_SOURCE)})\s+)?(?:from|to|on|in)\s+(?!#)[a-z][^#;:()]{{0,60}}?"
_SOURCE_THEN_NEXT = lazy_re.compile(_SOURCE_PHRASE + r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
_SOURCE_CLOSES = lazy_re.compile(_SOURCE_PHRASE + r"(?:[.;]|$)")


def shares_with_their_sources(seg: Segment, frames: dict[str, Frame], exhaustive: frozenset[str]) -> list[NamedWholeSharesLink]:
    """A share of a named whole, then "with" the shares of its other sources or uses, each named after it by where it
    came from or went: "Fees made up 34% of total income, with 11% coming from fundraising, 11% from legacies and 4%
    from rent". One whole's shares, each of another source: together no more than all of it."""
    shares = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.SHARE and f.unit == "percent"
              and frames[f.id].modality == "stated" and f.id not in exhaustive and not f.direction and not f.qualifier]
    if len(shares) < 3 or seg.is_table_row:
        return []
    for first in shares:
        named = _OF_NAMED_WHOLE.match(seg.after(first, 80))
        if first + 1 not in shares or named is None or not _WITH_NEXT_SHARE.match(seg.between(first, first + 1)) \
                or _OWN_REFERENCE.intersection(lexicon.folded_words(named.group("whole"))):
            continue
        run = [first, first + 1]
        while run[-1] + 1 in shares and _SOURCE_THEN_NEXT.match(seg.between(run[-1], run[-1] + 1)):
            run.append(run[-1] + 1)
        if len(run) >= 3 and _SOURCE_CLOSES.match(seg.after(run[-1], 80)) \
                and not any(frames[seg.figures[k].id].group for k in run) \
                and sum(seg.figures[k].high or seg.figures[k].value for k in run[1:]) < 100:
            # (shares after "with" that make up all of a whole on their own split it another way than the first:
            # "Online sales made up 30% of total sales, with 60% coming from Europe, 25% from Asia and 15% from the US")
            return [NamedWholeSharesLink(tuple(seg.figures[k] for k in run), named.group("whole"), True)]
    return []


# the first share of a gapped list names its whole after "of" and a verb of sorting: "98.9% of the city's days were
# classed as good", "3% area of the country got excess rainfall"
# (or, the whole fronted, the verb alone: "Of the 240 schools inspected, 52% were rated good")
_SORTING_VERB = (r"(?:were|was|had\s+been|have\s+been|got|received|fell|lay)\s+(?:(?:classed|rated|classified|graded|judged|"
                 r"assessed|counted|recorded|reported)\s+)?(?:as\s+|in\s+|into\s+|under\s+)?")
_SORTED_WHOLE_AFTER = lazy_re.compile(rf"^\s*(?:[a-z]+\s+)?of\s+(?P<whole>[^#;:,()]{{3,50}}?)\s+{_SORTING_VERB}")
_SORTED_AFTER = lazy_re.compile(rf"^\s*{_SORTING_VERB}")
_FRONTED_SORTED_WHOLE = lazy_re.compile(r"^\W*(?:of|among)\s+(?:all\s+)?(?:the\s+)?(?:#\d+#\s+)?(?P<whole>[a-z][a-z'’ -]{1,40}?)\s*,")
# from a category's words to the next share: "good or moderate air quality, ", " normal and "
_NEXT_IN_GAPPED_LIST = lazy_re.compile(r"^[^#;:()]{1,120}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
# a later share's category: a few words, no verb of its own ("67% normal", "1.1% as unhealthy for sensitive groups"),
# up to the next comma, "and" or the end of the sentence
_GAPPED_CATEGORY = lazy_re.compile(r"^\s*(?P<as>as\s+|in\s+)?(?P<words>[a-z][a-z' -]{0,50}?)\s*(?=,|;|\.|\band\b|$)")
_OWN_VERB = lazy_re.compile(r"\b(?:[a-z]+ed|were|was|are|is|had|has|have|said|says|say|want|wants|think|thinks|use|uses|"
                            r"own|owns|support|supports|oppose|opposes|favour|favours|prefer|prefers|will|would|do|does|did)\b")


def gapped_share_lists(seg: Segment, frames: dict[str, Frame], exhaustive: frozenset[str]) -> list[NamedWholeSharesLink]:
    """Shares of one whole sorted into categories, the first naming the whole and the verb that sorts it, the
    others with the verb left out: "98.9% of the city's days were classed as good or moderate, 1.1% as unhealthy
    for sensitive groups, and 0% as very unhealthy"; "3% area of the country got excess rainfall, 67% normal
    and 30% deficient". One whole sorted one way: together no more than all of it. ("40% of adults smoke, 30%
    drink": each share has a verb of its own, and the groups may overlap.)"""
    shares = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.SHARE and f.unit == "percent"
              and frames[f.id].modality == "stated" and f.id not in exhaustive and not f.direction and not f.qualifier]
    if len(shares) < 3 or seg.is_table_row:
        return []
    out = []
    fronted = _FRONTED_SORTED_WHOLE.match(seg.skeleton)
    for first in shares:
        named = _SORTED_WHOLE_AFTER.match(seg.after(first, 120))
        if named is None and fronted and first == shares[0] and _SORTED_AFTER.match(seg.after(first, 60)):
            named = fronted
        if named is None:
            continue
        run = [first]
        for k in shares[shares.index(first) + 1:]:
            if k != run[-1] + 1 or not _NEXT_IN_GAPPED_LIST.match(seg.between(run[-1], k)):
                break
            category = _GAPPED_CATEGORY.match(seg.after(k, 60))
            # (after "as" the words are the category, participles too: "7.5% as closed")
            if category is None or not category.group("as") and _OWN_VERB.search(category.group("words")):
                break
            run.append(k)
        if len(run) >= 3:
            out.append(NamedWholeSharesLink(tuple(seg.figures[k] for k in run), named.group("whole").strip(), True))
            break
    return out


# from a leader's share of a named whole to the first of the rest, named with its share in brackets: " of all customers,
# ahead of Liquid Telecom (", " of sea arrivals came from Tunisia, followed by Pakistan ("
_RANKED_REST_OPENS = lazy_re.compile(rf"^[^#;:()]{{0,100}}?,\s*(?:{lexicon.alternation(lexicon.RANKED_LIST_OPENERS)})\s+"
                                     r"[^#;:(),]{1,50}?\(\s*$")
# from one name's bracketed share to the next: "), Algeria (", ") and Guinea ("
_NEXT_NAME_IN_BRACKETS = lazy_re.compile(r"^\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)[^#;:(),]{1,50}?\(\s*$")
_OF_AFTER = lazy_re.compile(r"^\s*of\s")
_LAST_NAME_BEFORE_A_BRACKET = lazy_re.compile(r"(?P<name>[^,()]*)\(\s*$")


def ranked_shares_in_brackets(seg: Segment, frames: dict[str, Frame], exhaustive: frozenset[str]) -> list[NamedWholeSharesLink]:
    """A leader's share of a named whole, then the rest of a ranked list, each name with its share in brackets:
    "21% of sea arrivals came from Tunisia, followed by Pakistan (15%), Algeria (10%) and Iraq (9%)". The bracketed
    shares take the leader's measure (the whole, read by the figures' measure: a list's lead names what each item
    counts) and each is another name's: shares of one whole, together no more than all of it."""
    shares = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.SHARE and f.unit == "percent"
              and frames[f.id].modality == "stated" and f.id not in exhaustive and not f.direction and not f.qualifier]
    if len(shares) < 3 or seg.is_table_row:
        return []
    for first in shares:
        lead = seg.figures[first]
        # (the leader's whole, after "of", is what its measure names: "of sea arrivals came from Tunisia")
        if not _OF_AFTER.match(seg.after(first, 10)) or not lead.measure or frames[lead.id].group \
                or _OWN_REFERENCE.intersection(lexicon.folded_words(lead.measure)) \
                or first + 1 not in shares or not _RANKED_REST_OPENS.match(seg.between(first, first + 1)):
            continue
        run, names = [first], []
        while run[-1] + 1 in shares and (len(run) == 1 or _NEXT_NAME_IN_BRACKETS.match(seg.between(run[-1], run[-1] + 1))):
            listed = seg.figures[run[-1] + 1]
            if listed.measure != lead.measure or not _BRACKET_CLOSES.match(seg.after(run[-1] + 1, 5)):
                break
            names.append(_LAST_NAME_BEFORE_A_BRACKET.search(seg.between(run[-1], run[-1] + 1)).group("name").strip())
            run.append(run[-1] + 1)
        if len(run) >= 3 and len(set(names)) == len(names):
            # (each listed name's share is of the leader's whole, but a name may hold another, "the EU (30%), Germany
            # (12%)": a sum above 100% is only a question, and the list's order, read by the ranking, stays its own)
            return [NamedWholeSharesLink(tuple(seg.figures[k] for k in run), lead.measure, False)]
    return []


def member_share_lists(seg: Segment, frames: dict[str, Frame], exhaustive: frozenset[str]) -> list[NamedWholeSharesLink]:
    """The members of a plural noun listed after "were"/"are", each with its share after its label:
    "The busiest routes were Asia-US East Coast (34%), South America-US East Coast (13%) and intercoastal
    (5%)", "The regions hit hardest were Ardennes 14.7%; Vosges 8.8%; Jura 4.7%". Shares of one breakdown
    add up to no more than all of it; the words do not say each is of the same whole (they may be rates
    of each member's own), so a sum above 100% is only a question."""
    shares = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.SHARE and f.unit == "percent"
              and frames[f.id].modality == "stated" and f.id not in exhaustive and not f.direction]
    if len(shares) < 3 or seg.is_table_row or shares != list(range(shares[0], shares[0] + len(shares))):
        return []
    lead = _MEMBERS_ARE.search(seg.before(shares[0], 200))
    if lead is None or _RATE_OR_CHANGE.search(lead.group()):
        return []  # ("the poverty rates were ...": each member's own rate)
    bracketed = lead.group("open") == "("
    for a, b in zip(shares, shares[1:]):
        glue = _MEMBER_GLUE.match(seg.between(a, b))
        if glue is None or (glue.group("open") == "(") != bracketed:
            return []  # each member's label, then its share, the same way each time
    if not _MEMBERS_END.match(seg.after(shares[-1], 20)) or bracketed != seg.after(shares[-1], 3).lstrip().startswith(")"):
        return []
    return [NamedWholeSharesLink(tuple(seg.figures[k] for k in shares), lead.group("noun"), False)]


# "the principal routes ... were <label> (", "The provinces most affected were <label> "
_MEMBERS_ARE = lazy_re.compile(r"\b(?P<noun>[a-z][a-z'’-]+s)\b[^#;:()]{0,60}?\s(?:were|are)(?:\s*:)?\s+(?!#)[^#;:()]{1,80}?\s*"
                               r"(?P<open>\(?)\s*$", re.I)
_MEMBER_GLUE = lazy_re.compile(r"^\s*\)?\s*(?:,|;|,?\s+and)\s+(?!#)[^#;:()]{1,80}?\s*(?P<open>\(?)\s*$")
_MEMBERS_END = lazy_re.compile(r"^\s*\)?\s*(?:[.;]|$)")
# nouns of each member's own rate or level, not of shares of one whole: "the poverty rates were ...", "the lowest debt
# levels were in A (40.5%), B ..."
_OWN_RATE_NOUNS = (lexicon.RATE_NOUNS_NOT_SHARES + lexicon.CHANGE_NOUNS
                   + ('rates', 'growth', 'inflation', 'yield', 'yields', 'return', 'returns', 'margin', 'margins', 'interest',
                      'each', 'per', 'level', 'ratio', 'index', 'score', 'density'))
_RATE_OR_CHANGE = lazy_re.compile(rf"\b(?:{lexicon.alternation(_OWN_RATE_NOUNS)})(?:e?s)?\b", re.I)


# a share with its label right after it, as one item of a list: "53% wheat, 35% maize and 20% rice"
_LABEL_CLOSES = lazy_re.compile(r"^\s*[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?\s*(?:[,;.)]|and\b|or\b|$)")
_SPLIT_BEFORE = lazy_re.compile(r"\b(?:split|splits|divided|divides|broken\s+down|broke\s+down|breaks\s+down|made\s+up\s+of|"
                                r"comprised|comprising|consisted\s+of|consisting\s+of)\s+(?:as\s+|into\s+)?$")
_BY_KIND_FRONTED = lazy_re.compile(r"^\W*by\s+[a-z'’-]+(?:\s+[a-z'’-]+)?\s*,")


def labelled_share_lists(seg: Segment, frames: dict[str, Frame]) -> tuple[list, list]:
    """Shares each followed by its label, listed after words that divide a whole: "The harvest split
    53% wheat, 35% maize and 20% rice" (a split exhausts the whole: 100% together), "By crop, the
    harvest was 53% wheat, 35% maize and 12% rice" (shares of one whole: no more than 100%). Not groups'
    own rates ("93% urban and 88% rural"). Returns the split lists and the lists of one whole."""
    shares = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.SHARE and f.unit == "percent"
              and frames[f.id].modality == "stated"]
    if len(shares) < 2 or seg.is_table_row or shares != list(range(shares[0], shares[0] + len(shares))):
        return [], []  # (the shares side by side, one list)
    if not all(_LABEL_CLOSES.match(seg.after(k, 40)) for k in shares) or any(frames[seg.figures[k].id].group for k in shares):
        return [], []
    before = seg.before(shares[0], 60)
    listed = tuple(seg.figures[k] for k in shares)
    if _SPLIT_BEFORE.search(before):
        return [SharesLink(listed, "shares each with its label after words that split a whole")], []
    if _BY_KIND_FRONTED.match(seg.skeleton):
        return [], [NamedWholeSharesLink(listed, "whole divided by kind", True)]
    return [], []


_COUNTED = lazy_re.compile(r"^\s*(?:[a-z]+\s+)?(?:industries|sectors|groups|categories|parties|regions|types|components|"
                      r"sources|parts|ways)\b")
# a verb of dividing right before the count: "is split three ways", "divided into four parts"
_DIVIDED_BEFORE_COUNT = lazy_re.compile(r"\b(?:split|divided|shared|carved\s+up|broken\s+down)\s+(?:up\s+)?(?:into\s+)?$")


def plan_shares(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[ShareLink]:
    """A result as a share of its plan, with the plan stated: "104% of the R1.83 trillion budgeted",
    "against a target of ₦11.2 trillion, or 93% of the goal", "This represents 112% of the €3.2bn forecast".
    The result is the level of the plan's unit before the share, in its sentence or (after an anaphor) the one before."""
    out = []
    for i, seg in enumerate(segments):
        for k, share in enumerate(seg.figures):
            if frames[share.id].role is not Role.SHARE:
                continue
            after = seg.after(k, 80)
            plan = None
            m = _SHARE_OF_SLOT.match(after)
            if m and k + 1 < len(seg.figures) and _PLAN_AFTER.match(seg.after(k + 1, 30)):
                plan = seg.figures[k + 1]  # "104% of the R1.83 trillion budgeted"
            elif _OF_THE_PLAN.match(after):
                # (or the plan's verb after its figure and noun: "Of the 500 ambulances the ministry promised, ...")
                named = [j for j in range(k) if _PLAN_BEFORE.search(seg.before(j, 30))] \
                    or [j for j in range(k) if _PLAN_VERB_AFTER.match(seg.after(j, 60))][:1]
                plan = seg.figures[named[-1]] if named else None  # "against a target of W, ..., or 93% of the goal"
                if plan is None and i > 0 and segments[i - 1].paragraph == seg.paragraph:
                    # "'We will connect 60,000 homes,' it promised. It connected 52,938, or 88.2% of the
                    # promised number": the one figure the sentence before expects or promises
                    expected = [f for f in segments[i - 1].figures if frames[f.id].modality == "expected"
                                and frames[f.id].is_level and written_in_digits(f)]
                    plan = expected[0] if len(expected) == 1 else None
                    if plan is None and _POINTS_BACK.match(seg.skeleton):
                        # "... against a budget estimate of Rs 2,46,000 crore. This is 78.9 per cent of the
                        # target": the one figure the sentence before names as a plan
                        previous = segments[i - 1]
                        named = [f for j, f in enumerate(previous.figures) if _PLAN_BEFORE.search(previous.before(j, 30))]
                        plan = named[0] if len(named) == 1 else None
            elif _MET_PLAN_BY.search(seg.before(k, 60)):
                # "fulfilled the annual goal in a 91.7%, being the goal of 45,000 homes", "completed the
                # annual plan by 91.7%": the plan the sentence names, before the share or after it
                named = [j for j in range(len(seg.figures)) if j != k and _PLAN_BEFORE.search(seg.before(j, 30))]
                plan = seg.figures[named[0]] if len(named) == 1 else None
            if plan is None or frames[plan.id].role not in (Role.LEVEL, Role.BOUND):
                continue
            if _A_TIMES_OWN_PLAN.match(after) and plan.period and share.period and plan.period != share.period:
                continue  # "96.2 per cent of that year's goal": the goal of the share's own time, not the plan of 2025
            results = [f for f in seg.figures[:k] if f is not plan and same_unit(f, plan) and frames[f.id].is_level]
            if not results and i > 0 and _POINTS_BACK.match(seg.skeleton):
                results = [f for f in segments[i - 1].figures if f is not plan and same_unit(f, plan)
                           and frames[f.id].is_level]
            if len(results) == 1:
                out.append(ShareLink(share, plan, results[0], "a result, then its share of the plan the text states"))
        out += _done_of_a_plan(seg, frames)
    return out


def _done_of_a_plan(seg: Segment, frames: dict[str, Frame]) -> list[ShareLink]:
    """A result "of" a plan a participle names ("312 km of the planned 486 km", "₦19.2trn spent of ₦22.94trn
    allocated", "4,120 delivered against 5,000 planned"), and the one share of the sentence that gives how much of
    the plan is done: either in brackets or apposition right after the pair ("... (88.7%)", ", a rate of 88.7%"), or
    before it, in a clause that says it measures the plan done ("is 64.2% complete, with", "execution stood at
    83.7%:"). A share of the sentence's own ("turnout was 64%, with 312 of the planned 486 stations open") is none."""
    if seg.is_table_row:
        return []
    shares = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.SHARE and f.unit == "percent"
              and not f.direction and not f.qualifier]
    if len(shares) != 1:
        return []
    k = shares[0]
    share = seg.figures[k]
    # (a share right after the plan takes a modality from the plan's participle: "of the 500 promised, a rate of
    # 92.4%" is a stated share all the same; a share before the pair must be stated)
    stated = frames[share.id].modality == "stated"
    if _SHARE_OF_SLOT.match(seg.after(k, 80)):
        return []  # "41% of the 500": a share of the figure it names
    for j in range(len(seg.figures) - 1):
        result, plan = seg.figures[j], seg.figures[j + 1]
        if not (same_unit(result, plan) and frames[result.id].is_level and frames[plan.id].is_level
                and written_in_digits(result) and written_in_digits(plan)):
            continue
        pair = _RESULT_OF_PLAN.match(seg.between(j, j + 1))
        if pair is None or not (pair.group("participle") or _PLAN_PARTICIPLE_AFTER.match(seg.after(j + 1, 30))):
            continue
        if k == j + 2 and _SHARE_OF_THE_PAIR.match(seg.between(j + 1, k)):
            return [ShareLink(share, plan, result, "a result of a plan a participle names, then its share done")]
        if k < j and stated and _DONE_THEN_PAIR.match(seg.between(k, j)) \
                and (_PLAN_DONE.search(_share_clause(seg, k)) or _OF_A_PLAN_NOUN.match(seg.after(k, 40))):
            return [ShareLink(share, plan, result, "a share of a plan done, then the result of the plan a participle names")]
    return []


def _share_clause(seg: Segment, k: int) -> str:
    """The words of figure k's clause before it, and the two words after it."""
    before = seg.before(k, 90)
    opened = max((m.end() for m in _DONE_CLAUSE_OPENS.finditer(before)), default=0)
    return before[opened:] + " " + seg.after(k, 25)


_PLAN_PARTICIPLE_WORDS = lexicon.alternation(lexicon.PLAN_PARTICIPLES)
# between a result and its plan: "of the planned", "spent of", "of the", "laid out of", "against" (up to three words,
# the result's noun and participle, may stand before "of": "classrooms were built of the")
_RESULT_OF_PLAN = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+){{0,3}}?(?:of|out\s+of|against)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
                                  rf"(?:(?P<participle>{_PLAN_PARTICIPLE_WORDS})\s+)?$")
# a participle of planning right after the plan and its noun: "₦22.94trn allocated", "500,000 children targeted"
_PLAN_PARTICIPLE_AFTER = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+){{0,2}}?(?:{_PLAN_PARTICIPLE_WORDS})\b")
# after the pair, its share: "(88.7%)", ", or 88.7%", ", a delivery rate of 88.7%", " - 88.7% -"
_SHARE_OF_THE_PAIR = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s*){0,4}?(?:\(|,\s*or\s+|,\s*(?:an?|the)\s+(?:[a-z'’-]+\s+){0,2}?rate\s+of\s+|"
                                     r"[—–]\s*|,\s*(?:i\.e\.|that\s+is|equivalent\s+to)\s+)(?:some\s+|about\s+)?$")
# between a share and the pair after it: "complete, with", ":", "done,", "—"
_DONE_THEN_PAIR = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:[a-z'’-]+\s*)?(?:,\s*with|:|,|[—–])\s*(?:some\s+|about\s+)?$")
_PLAN_DONE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PLAN_DONE_WORDS)})\b")
# "88.1% of target, 4,120 delivered against 5,000 planned": the share names the plan it is of
_OF_A_PLAN_NOUN = lazy_re.compile(rf"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+)?(?:{lexicon.alternation(lexicon.PLAN_NOUNS)})\b")
_DONE_CLAUSE_OPENS = lazy_re.compile(r"[;:.]\s|,\s*(?:and|but|while|whereas)\b|#\d+#")


# (an alternation for the patterns below; _PLAN_WORDS, further down, is the set of folded plan nouns)
_PLAN_ALTERNATION = lexicon.alternation(lexicon.PLAN_NOUNS + ("budgeted", "planned", "forecast", "projected", "targeted",
                                                              "expected", "aim", "estimated", "promised", "pledged"))
# a figure, its noun and a subject, then a verb of promising or planning: "500 ambulances the health ministry promised"
_PLAN_VERB_AFTER = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){1,5}?(?:promised|pledged|planned|targeted|budgeted|committed)\b")
_PLAN_AFTER = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+)?(?:{_PLAN_ALTERNATION})\b")
_PLAN_BEFORE = lazy_re.compile(rf"\b(?:{_PLAN_ALTERNATION})\s+(?:of\s+)?(?:about\s+|some\s+)?$")
_MET_PLAN_BY = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.MET_WORDS + ('completed', 'completing', 'fulfilling', 'meeting', 'achieving'))})"
                              rf"\s+(?:the|its|their|this|that)\s+(?:[a-z'’-]+\s+)?(?:{_PLAN_ALTERNATION})\s+"
                              r"(?:in|by|at|to)\s+(?:a\s+|an\s+)?$")
# a plan the words give a time of its own: "of that year's goal", "of the month's target", "of 2024's plan"
_A_TIMES_OWN_PLAN = lazy_re.compile(rf"^\s*of\s+(?:the\s+|that\s+|this\s+|last\s+|next\s+)?(?:year|month|quarter|season|week|"
                                    rf"#\d+#|(?:19|20)\d\d)['’]s?\s+(?:[a-z'’-]+\s+)?(?:{_PLAN_ALTERNATION})\b")
_OF_THE_PLAN = lazy_re.compile(rf"^\s*of\s+(?:the|its|their|this|that)\s+(?:[a-z'’-]+\s+)?(?:{_PLAN_ALTERNATION})\b")


def share_then_amount(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[ShareLink]:
    """ "38.7% of the 2,418 candidates passed. That amounts to 736 ...": a share of a whole,
    then the part it comes to, named by an anaphor in the next sentence."""
    out = []
    for i in range(1, len(segments)):
        seg = segments[i]
        m = _AMOUNTS_TO.match(seg.skeleton)
        if not m or not seg.figures:
            continue
        part = seg.figures[0]
        previous = segments[i - 1]
        for k in range(len(previous.figures) - 1):
            share, whole = previous.figures[k], previous.figures[k + 1]
            if frames[share.id].role is Role.SHARE and frames[whole.id].role is Role.LEVEL \
                    and _SHARE_OF_WHOLE.match(previous.between(k, k + 1)) and same_unit(whole, part) \
                    and frames[part.id].role is Role.LEVEL:
                out.append(ShareLink(share, whole, part, "a share of a whole, then 'that amounts to' the part"))
                break
    return out


# "That works out at 31%", "This represents a take-up rate of 12.5%": a sentence opening on an anaphor
# that gives the share of what the sentence before counted
# (after words that say the sentence restates the one before, the pronoun may be left out: "Put another way, that is
# 38% of them", "In other words, 38% of them live alone")
_ANAPHORIC_SHARE = lazy_re.compile(
    rf"^\W*(?:(?P<connective>{lexicon.alternation(lexicon.RESTATING_CONNECTIVES)})\s*,?\s+)?"
    r"(?:(?:that|this|it)\s+(?:is|was|represents|represented|works\s+out\s+(?:at|to)|worked\s+out\s+(?:at|to)|"
    r"amounts\s+to|amounted\s+to|comes\s+to|came\s+to|equals|equalled|equaled|equates\s+to|means|meant|gives|gave)\s+"
    r"(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:rate|share|proportion)\s+of\s+)?|(?(connective)|(?!)))"
    r"(?:(?:about|some|nearly|almost|roughly|around|just|only)\s+)?#0#")


_SHARE_ENDS = lazy_re.compile(r"^\s*(?:[.,;)]|$|(?:of|among|for|in)\s)")


def one_part_of_one_whole(parts: list[PartsLink], frames: dict[str, Frame]) -> dict[int, PartsLink]:
    """For each sentence that reads exactly one part of one whole (both in it), that reading: what
    a share beside it, or "that" in the next sentence, can only be about."""
    in_segment: dict[int, list[PartsLink]] = {}
    for link in parts:
        where = {frames[f.id].segment for f in (link.whole, *link.parts)}
        if len(where) == 1:
            in_segment.setdefault(where.pop(), []).append(link)
    return {i: links[0] for i, links in in_segment.items() if len(links) == 1 and len(links[0].parts) == 1}


def share_before_its_part(segments: tuple[Segment, ...], frames: dict[str, Frame],
                          one_part: dict[int, PartsLink], placed: frozenset[str]) -> list[ShareLink]:
    """ "Women now make up 41 per cent of the police force. Of its 23,400 officers, 8,900 are women.": a
    sentence whose one figure is a share, then the next sentence of the passage reads one part of one
    whole, and the part's clause names the share's subject: the share is the part over the whole."""
    out = []
    for i, seg in enumerate(segments[:-1]):
        if len(seg.figures) != 1 or seg.is_table_row or i + 1 not in one_part or not continues(segments, i, i + 1):
            continue
        share = seg.figures[0]
        if share.id in placed or frames[share.id].role is not Role.SHARE or share.unit != "percent":
            continue
        link, after = one_part[i + 1], segments[i + 1]
        part = link.parts[0]
        k = after.slot_of(part)
        subject = set(lexicon.folded_words(_CLAUSE_BREAK.split(seg.before(0, 80))[-1])) - _MINOR_WORDS - _SHARE_VERB_WORDS
        said = set(lexicon.folded_words(after.after(k, 40).split(".")[0] + " " + part.measure)) - _MINOR_WORDS
        if subject & said and _same_whole(seg, after, link.whole):
            out.append(ShareLink(share, link.whole, part, "a share, then its part of one whole in the next sentence"))
    return out


def _same_whole(seg: Segment, after: Segment, whole: Figure) -> bool:
    """Whether the whole a lone share is "of" ("41 per cent of the police force") is the whole of the next
    sentence: they share a word, or the next names its whole through "its" after a singular noun ("the
    police force" ... "Of its 23,400 officers"), "their" after a plural one."""
    of = _OF_WHOLE_AFTER.match(seg.after(0, 60))
    if of is None:
        return False
    named = [w for w in lexicon.folded_words(of.group("whole")) if w not in _MINOR_WORDS]
    w = after.slot_of(whole)
    if set(named) & (set(lexicon.folded_words(whole.measure + " " + after.before(w, 30))) - _MINOR_WORDS):
        return True
    pronoun = _POSSESSIVE_BEFORE.search(after.before(w, 12))
    return bool(named and pronoun) and (pronoun.group(1) == "their") == of.group("whole").split()[-1].endswith("s")


_OF_WHOLE_AFTER = lazy_re.compile(r"^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?P<whole>[a-z][a-z'’ -]{1,40}?)\s*(?:[.,;]|$)")
_POSSESSIVE_BEFORE = lazy_re.compile(r"\b(its|their)\s+$")
# the words of a share's clause that say it is one, not what it is of: "make up", "account for", "now"
_SHARE_VERB_WORDS = frozenset({"make", "makes", "made", "up", "account", "accounts", "accounted", "for", "now", "are",
                               "is", "was", "were", "represent", "represents", "form", "forms", "comprise", "comprises"})


def share_after_part(segments: tuple[Segment, ...], frames: dict[str, Frame],
                     one_part: dict[int, PartsLink]) -> list[ShareLink]:
    """ "Just 2,105 of 8,420 applicants got a place. That works out at 25%.": a part of a whole, then
    the next sentence gives its share through an anaphor. Only when the sentence before read one part
    of one whole (`one_part`, by sentence), so "that" has one thing to point at."""
    out = []
    for i in range(1, len(segments)):
        seg, link = segments[i], one_part.get(i - 1)
        if link is None or not seg.figures \
                or frames[seg.figures[0].id].role is not Role.SHARE or not _ANAPHORIC_SHARE.match(seg.skeleton) \
                or not _SHARE_ENDS.match(seg.after(0, 30)):
            continue  # ("It was 31% colder than usual": a comparison, not a share)
        if any(frames[f.id].role is Role.SHARE for f in segments[i - 1].figures):
            continue  # the sentence before gave a share of its own: "that" may be about it
        out.append(ShareLink(seg.figures[0], link.whole, link.parts[0], "a part of a whole, then its share after 'that is'"))
    return out


# after a share, what makes it the share of a count: "31 per cent of seats", "a 31% share", "a 31% stake"
_SHARE_NAMED_AFTER = lazy_re.compile(r"^\s*(?:of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){0,2}?(?P<noun>[a-z][a-z'’-]+)\b(?!\s*#)"
                                     r"|(?P<share>share|stake|slice|portion|proportion)\b)")
_WHOLE_BEFORE_SHARE = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s*)?,\s*(?:some\s+|about\s+|nearly\s+|almost\s+|roughly\s+)?$")
_OF_THEM_THEN_APPOSED = lazy_re.compile(r"^\s*of\s+(?:them|these|those|it)\b[^#;.()]{0,40},\s*(?:or\s+)?"
                                         r"(?:(?:some|about|around|roughly|nearly|almost)\s+)?$")
_OF_THEM_THEN_BRACKET = lazy_re.compile(r"^\s*of\s+(?:them|these|those|it)\b[^#;.()]{0,40}\(\s*$")
# "31% of the 8,420 seats (2,105)": the share, its whole, then the part in brackets
_WHOLE_THEN_BRACKETED_PART = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,3}?\(\s*$")
# "47.5% of the 3.2 million workers, some 1.52 million people,": the part in apposition after its whole
_WHOLE_THEN_APPOSED_PART = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s*){0,5}?,\s*(?:or\s+)?(?:(?:some|about|around|roughly|"
                                           r"nearly|almost|just\s+over|just\s+under)\s+)?$")
# "2.9 million people attended a match, roughly #1#": a fraction in apposition to the clause of the part before
_PART_THEN_APPOSED_FRACTION = lazy_re.compile(r"^[^#;.:]{0,80}?,\s*(?:or\s+|that\s+is\s+)?(?:(?:some|about|around|roughly|"
                                              r"nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$")
# "#1# of the country's #2#"
_FRACTION_OF_A_NAMED_WHOLE = lazy_re.compile(r"^\s*(?:out\s+)?of\s+(?:(?:the|all|its|their)\s+)?(?:[a-z-]+['’]s?\s+)?$")
_APPOSITION_CLOSES = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s*){0,2}(?:[,.;)]|$)")


_RATE_HEADS = frozenset({"rate", "share", "proportion", "percentage", "turnout", "occupancy", "coverage", "uptake",
                         "utilisation", "utilization", "compliance"})
# a rate, then its part and whole set out: "Turnout was 58.3%: 2.91 million of ...", "Occupancy stood at
# 94.1%, with 23,520 of the 25,400 beds in use"
_SET_OUT_AFTER = lazy_re.compile(r"^\s*(?:[:–—]|\s-|,\s*with)\s*(?:[a-z'’-]+\s+){0,3}$")
_SET_OUT_RIGHT_AFTER = lazy_re.compile(r"^\s*[:–—]\s*(?:some\s+|about\s+|nearly\s+|almost\s+)?$")


def shares_beside_a_part(segments: tuple[Segment, ...], frames: dict[str, Frame], one_part: dict[int, PartsLink],
                         linked: frozenset[str]) -> list[ShareLink]:
    """A share in the sentence of one part of one whole, said to be of the thing counted: "Women won 31
    per cent of seats - 2,105 out of 8,420", "With 2,105 seats out of 8,420, women hold a 31% share";
    and a share of a whole with the part in brackets or in apposition after it: "Some 25% of the 8,420
    seats (2,105) went to women", "47.5% of the 3.2 million workers, some 1.52 million people,". Only a share no other reading has placed, in a sentence with no other share."""
    out = []
    for i, seg in enumerate(segments):
        shares = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.SHARE and f.unit == "percent"]
        if len(shares) != 1 or seg.is_table_row or seg.figures[shares[0]].id in linked:
            continue
        k = shares[0]
        share = seg.figures[k]
        if k + 2 < len(seg.figures) and _SHARE_OF_SLOT.match(seg.between(k, k + 1) + "#0#") \
                and (_WHOLE_THEN_BRACKETED_PART.match(seg.between(k + 1, k + 2))
                     and seg.after(k + 2, 5).lstrip().startswith(")")
                     or _WHOLE_THEN_APPOSED_PART.match(seg.between(k + 1, k + 2))
                     and _APPOSITION_CLOSES.match(seg.after(k + 2, 40))):
            whole, part = seg.figures[k + 1], seg.figures[k + 2]
            if frames[whole.id].is_level and frames[part.id].is_level and same_unit(whole, part) \
                    and written_in_digits(whole) and written_in_digits(part):
                out.append(ShareLink(share, whole, part, "a share of a whole, then the part in brackets or apposition"))
            continue
        # "arrivals reached 1.48 million, 35% of them from Europe (512,000)": the whole before, "of them"
        # pointing back to it, then the part in brackets
        # (or in apposition: "handled 21.4 million passengers, 62 per cent of them on international flights, or 14.9 million")
        if 0 < k < len(seg.figures) - 1 and _WHOLE_BEFORE_SHARE.match(seg.between(k - 1, k)) \
                and (_OF_THEM_THEN_BRACKET.match(seg.between(k, k + 1)) and seg.after(k + 1, 5).lstrip().startswith(")")
                     or _OF_THEM_THEN_APPOSED.match(seg.between(k, k + 1)) and _APPOSITION_CLOSES.match(seg.after(k + 1, 40))):
            whole, part = seg.figures[k - 1], seg.figures[k + 1]
            if frames[whole.id].is_level and frames[part.id].is_level and same_unit(whole, part) \
                    and written_in_digits(whole) and written_in_digits(part) and part.value <= whole.value:
                out.append(ShareLink(share, whole, part, "a whole, its share 'of them', then the part in brackets"))
            continue
        link = one_part.get(i)
        named = _SHARE_NAMED_AFTER.match(seg.after(k, 60))
        # a share after the pair, in its clause, named as the pair's rate: ", a turnout of 58.6%",
        # ", putting the pass rate at 74%"
        last = max(seg.slot_of(f) for f in (link.whole, *link.parts)) if link is not None else None
        # (a rate above 100%, "an occupancy rate of 109.8%", is a ratio of two levels, not a part's share)
        rate = last is not None and last < k and frames[share.id].head in _RATE_HEADS and share.value <= 100 \
            and not _CONTRAST.search(seg.between(last, k))
        # ... or before the pair, which a colon or dash sets out: "Turnout was 58.3%: 2.91 million of the 5.12 million"
        first = min(seg.slot_of(f) for f in (link.whole, *link.parts)) if link is not None else None
        # (a colon or dash right before the part sets it out whatever the share's noun: "Car ownership stood at
        # 37.5%: 3,150 of the 8,400 households surveyed")
        rate = rate or first is not None and first > k and share.value <= 100 \
            and bool(_SET_OUT_AFTER.match(seg.between(k, first))) \
            and (frames[share.id].head in _RATE_HEADS or bool(_SET_OUT_RIGHT_AFTER.match(seg.between(k, first))))
        if link is None or (named is None and not rate):
            continue
        heads = {frames[f.id].head for f in (link.whole, *link.parts)} - {""}
        if rate or named.group("share") or lexicon.fold(named.group("noun")) in heads:
            out.append(ShareLink(share, link.whole, link.parts[0], "a share in the sentence of one part of one whole"))
    return out


def rates_named_for_a_part(segments: tuple[Segment, ...], frames: dict[str, Frame], parts: list[PartsLink],
                           linked: frozenset[str]) -> list[ShareLink]:
    """A rate named after what one of a whole's parts did: "approved 315 applications and refused 85,
    400 decisions in all; the approval rate was 82%" (approval: approved / all decisions). The rate's
    own word and the part's verb or noun share their root ("approv-al", "approv-ed"; "complet-ion",
    "complet-ed"); the whole and its parts stand in the rate's sentence or the one before. Exactly
    one part of the whole may match, and the parts must exhaust the whole (or be the one part the
    sentence after a rate alone in its sentence sets out)."""
    by_segment: dict[int, list[PartsLink]] = {}
    placed_parts = frozenset(p.id for link in parts for p in link.parts)
    for link in parts:
        where = {frames[f.id].segment for f in (link.whole, *link.parts)}
        if len(where) == 1:
            by_segment.setdefault(where.pop(), []).append(link)
    out = []
    for i, seg in enumerate(segments):
        for k, share in enumerate(seg.figures):
            frame = frames[share.id]
            if frame.role is not Role.SHARE or share.unit != "percent" or share.id in linked \
                    or frame.head not in _RATE_HEADS or share.value > 100:
                continue
            # the rate's own words ("approval" of "approval rate"; a rate noun itself, "turnout", "occupancy")
            named = [w for w in share.measure.lower().split() if (w != frame.head or w not in _PLAIN_RATE_HEADS)
                     and len(w) >= 4]
            named += [verb for w in named for verb in lexicon.RATE_NOUN_VERBS.get(w, ())]
            if not named:
                continue  # "the rate was 82%": no word says of which part
            if narrows_its_base(seg.after(k, 40)):
                continue  # "an employment rate of 100% among those willing to work": a narrower base than the whole
            found = False
            # the breakdown in the rate's sentence, the one before, or (after a rate alone in its sentence) the next:
            # "Turnout reached 67.3%. Of the 5.82 million people on the register, 4.11 million voted."
            alone = len(seg.figures) == 1
            for j in (i, i - 1, i + 1) if alone else (i, i - 1):
                if j != i and not (0 <= j < len(segments) and continues(segments, min(i, j), max(i, j))):
                    continue
                if j == i + 1 and j + 1 < len(segments) and by_segment.get(j + 1) and continues(segments, j, j + 1):
                    continue  # "Of the 18,420 nurses, 13,152 passed. Of the 9,310 midwives, 6,020 passed.": which one?
                for link in by_segment.get(j, []) if j >= 0 else []:
                    if j == i and (seg.slot_of(link.whole) > k or len(link.parts) < 2):
                        continue  # the rate comes after the breakdown it names a part of (one part: see shares_beside_a_part)
                    # (words the part shares with its whole name the whole, not the part: "labor force" of
                    # "labor force participation rate" against "a labor force of 1,612.4 thousand, of whom ...")
                    whole_words = set(_words_of_part(segments[j], link.whole))
                    matching = [p for p in link.parts if any(_same_root(w, x) for w in named
                                                              for x in set(_words_of_part(segments[j], p)) - whole_words)]
                    # (only a sure reading: a plausible one would stand in the way of the share check's own)
                    if len(matching) == 1 and (link.exhaustive or j == i + 1 and len(link.parts) == 1):
                        found = True
                        out.append(ShareLink(share, link.whole, matching[0], "a rate named after what one part of a whole did"))
            if not found:
                out += _rate_of_the_second_count(seg, frames, k, named, placed_parts)
    return out


def names_demand_over_offer(words_before: str) -> bool:
    """Whether the words right before a percentage name it the ratio of what was bid or asked for to what was on
    offer ("an oversubscription of 133.92%", "a performance rate of 58.1%"): no share of a whole the figures
    before it are parts of; it may pass 100%."""
    return bool(_DEMAND_OVER_OFFER.search(words_before[-40:]))


def narrows_its_base(text_after: str) -> bool:
    """Whether the words after a rate (lower case) narrow its base to those who did something: "... of 100% among
    those willing to work" is no share of the whole named before."""
    return bool(_RESTRICTED_BASE_AFTER.match(text_after))


# a rate whose base its words narrow after it: "an employment rate of 100% among those willing to work"
_RESTRICTED_BASE_AFTER = lazy_re.compile(r"^\s*among\s+(?:those|the\s+ones|people|persons)\s+(?:who|willing|able|"
                                         r"wishing|seeking|looking|that|with|in)\b")


def _rate_of_the_second_count(seg: Segment, frames: dict[str, Frame], k: int, named: list[str],
                              placed_parts: frozenset[str]) -> list[ShareLink]:
    """ "3,415 pupils sat the exam and 2,980 passed, a pass rate of 91.3%": exactly two counts of one
    unit before the rate in its sentence, the second with no noun of its own (it takes the first's
    measure) and a verb the rate is named after; the rate is the second over the first. Not when either is
    already read as a part ("Of these, 1,187,900 were employed and 62,500 were unemployed") or the
    two verbs are one and its negation ("employed", "unemployed"): two groups of one whole."""
    counts = [f for f in seg.figures[:k] if frames[f.id].is_level and written_in_digits(f)]
    if len(counts) != 2 or not same_unit(*counts) or counts[1].value >= counts[0].value \
            or placed_parts.intersection(f.id for f in counts) or counts[0].measure != counts[1].measure:
        return []
    whole, part = counts
    between = seg.between(seg.slot_of(whole), seg.slot_of(part))
    after = [w for w in _WORD.findall(seg.after(seg.slot_of(part), 30).lower()) if w not in _AUXILIARIES][:1]
    if not _AND_THEN.search(between) or not after or not any(_same_root(w, after[0]) for w in named):
        return []
    first = [w for w in _WORD.findall(between.lower()) if w not in _AUXILIARIES]
    if any(_same_root(_NEGATION.sub("", after[0]), _NEGATION.sub("", w)) for w in first):
        return []
    return [ShareLink(seg.figures[k], whole, part, "a rate named after the verb of a count that follows a whole's")]


_NEGATION = lazy_re.compile(r"^(?:un|in|non-?|dis)(?=[a-z]{4})")
# words of a clause that tie no two clauses to one measure: auxiliaries, verbs of saying, hedges
# (one set: a second definition further down once replaced this one for every reading)
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "saw", "see",
                          "sees", "seen", "said", "showed", "show", "shows", "also", "again", "around", "about",
                          "nearly", "some", "almost", "by", "of", "to", "then", "later", "eventually", "gone", "went",
                          "go", "goes"})
# the second count's clause joined to the first's: "... sat the exam and 2,980 passed"
_AND_THEN = lazy_re.compile(r"(?:,\s*|\s)and\s+(?:only\s+|just\s+|some\s+)?$")


_PLAIN_RATE_HEADS = frozenset({"rate", "share", "proportion", "percentage", "ratio"})
_ROOT = 5  # letters two words must share at their start to be one root: "approv-al", "approv-ed"


def _same_root(a: str, b: str) -> bool:
    """Whether two words are forms of one root: a common beginning of five letters at least, or
    the whole of the shorter one when it has four ("pass", "passed")."""
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    reach = min(shorter, _ROOT) if shorter > 4 else 4
    return a[:reach] == b[:reach]


def _words_of_part(seg: Segment, part: Figure) -> list[str]:
    """The verb before a part or after it, and its own measure's words: "approved 315 planning
    applications", "4.11 million voted"."""
    before = _WORD.findall(seg.before(seg.slot_of(part), 40).lower())[-2:]
    after = [w for w in _WORD.findall(seg.after(seg.slot_of(part), 30).lower()) if w not in _AUXILIARIES][:1]
    return before + after + part.measure.lower().split()




# a sentence that opens with a partitive and a count ("Of the 12,940 people released ...", "Among its 410
# members, ..."): the count is the whole the clause's shares are of
_FRONTED_WHOLE_COUNT = lazy_re.compile(r"^\W*(?:of|among|out\s+of)\s+(?:all\s+)?(?:the\s+|those\s+|these\s+|its\s+|their\s+|our\s+)?$", re.I)


# a sentence opening on a partitive pronoun for what the sentence before counted: "Of them,", "Among these,"
# (or, with no comma, when the part given with its share in brackets follows: "Of these 5,103 (60.7%) were container
# ships": a whole's own share would be all of it, so the figure is the part)
_OF_THEM_OPENS = lazy_re.compile(r"^\W*(?:of|among|out\s+of)\s+(?:them|these|those)\s*(?:,|(?=#0#\s*\(\s*(?:or\s+)?#1#))")


def _breakdown_named_before(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame]) -> str:
    """The whole the sentence before segment i names for the last share it gives, "58.6 per cent of the expatriate
    population" -> "expatriate population", when that share ends the sentence's figures, in segment i's paragraph;
    or "" (a generic whole, "of the total", names none)."""
    if i == 0 or segments[i - 1].paragraph != segments[i].paragraph or segments[i - 1].is_table_row:
        return ""
    previous = segments[i - 1]
    if not previous.figures or frames[previous.figures[-1].id].role is not Role.SHARE:
        return ""
    phrase = _SHARE_OF_PHRASE.match(previous.after(len(previous.figures) - 1, 60))
    if phrase is None:
        return ""
    words = []
    for word in phrase.group("phrase").split():
        if word in _ENDS_A_NAME:
            break  # "of all approved projects in the quarter": the name ends at its preposition
        words.append(word)
    return "" if not words or lexicon.fold(words[-1]) in _NOT_A_WHOLE else " ".join(words)


_ENDS_A_NAME = frozenset({"in", "at", "on", "for", "from", "during", "by", "with", "and", "or", "as", "to"})


_STEM = 6  # letters two forms of one word share: "expatriate", "expatriates"


def _names_again(phrase: str, words: str) -> bool:
    """Whether the words name a content word of the phrase again, in any form ("Arab expatriates" names the
    "expatriate population" again); "Men accounted for" names nothing of "those hospitalised"."""
    stems = {w[:_STEM] for w in lexicon.folded_words(phrase) if len(w) > 3} - _NO_THING_STEMS
    return bool(stems) and any(w[:_STEM] in stems for w in lexicon.folded_words(words))


_NO_THING_STEMS = frozenset(w[:_STEM] for w in ("those", "total", "population", "number", "people", "persons"))


class _PairFound(NamedTuple):
    """A part and its share as first read, before the document's other pairs are known."""
    segment: int
    slot: int  # the first of the two in its segment
    part: Figure
    share: Figure
    whole: Figure | None  # the whole the sentence itself gives
    noun: str  # the noun the share is "of"
    named_whole: re.Match | None  # "of the votes cast": a whole named by words, found among the levels later
    share_slot: int


_SCOPE_AFTER_A_NOUN = lazy_re.compile(
    rf"\s*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){{0,2}}\s+(?:{lexicon.alternation(lexicon.SCOPE_PREPOSITIONS)})"
    r"\s+(?:(?:the|all|its|their|our)\s+)?$", re.I)


def counted_within(glue: str) -> bool:
    """Whether the words between a level and the count after it make the count open a phrase of the place or set
    the level was counted over: the level's noun, a scope preposition, then the count ("8,412,300 ballots in the 31
    districts", "702,114 votes across 12 wards")."""
    return bool(_SCOPE_AFTER_A_NOUN.match(glue))


def part_shares(segments: tuple[Segment, ...], frames: dict[str, Frame],
                parts: list[PartsLink], document_text: str = "", bases: frozenset[str] = frozenset()) -> list[PartShareLink]:
    whole_of = {p.id: link.whole for link in parts for p in link.parts}
    named_wholes = _NamedWholes(document_text, segments, frames)
    found: list[_PairFound] = []
    in_apposition: set[str] = set()  # parts told in apposition to a level before them
    for i, seg in enumerate(segments):
        if seg.is_table_row or "respectively" in seg.skeleton:
            continue  # "A and B, representing P and Q respectively": the share check reads such lists
        told_before = _share_of_the_level_before(segments, i, frames)
        if told_before is not None:
            found.append(told_before)
        for k in range(len(seg.figures) - 1):
            x, y = frames[seg.figures[k].id], frames[seg.figures[k + 1].id]
            glue = seg.between(k, k + 1)
            if names_demand_over_offer(glue):
                continue  # "accepted KSh 20.6 billion of the KSh 36.6 billion bid, a performance rate of 152.41%": bids over the offer
            # a share whose own amount follows it ("... and merchandise made up 9 per cent of revenue at €1.6m") is
            # that amount's, not the level's before it
            amount_after = k + 2 < len(seg.figures) and bool(_SHARE_OF_NAME_THEN_PART.match(seg.between(k + 1, k + 2)))
            if x.role is Role.LEVEL and y.role is Role.SHARE and y.figure.unit == "percent" and _PART_THEN_SHARE.match(glue) \
                    and not amount_after:
                part, share = x.figure, y.figure
                if k > 0 and whole_of.get(seg.figures[k - 1].id) is part:
                    # "1,420 of the 2,000 applicants were admitted, that is 71%": the share is the part's
                    part = seg.figures[k - 1]
                elif k > 0 and frames[seg.figures[k - 1].id].is_level and counted_within(seg.between(k - 1, k)):
                    # "8,412,300 ballots in the 31 districts were valid (91.20%)": the count of the scope phrase says
                    # where the level before it was counted; the clause, and its share, are that level's
                    part = seg.figures[k - 1]
                elif k > 0 and not seg.figures[k - 1].direction and same_unit(seg.figures[k - 1], part) \
                        and _APPOSITIVE_LEVEL.match(seg.between(k - 1, k)):
                    # "attendance averaged 52,340, a total of 994,460, or 96.9% of the 54,000 seats": a level in
                    # apposition tells the one before it again in other terms; the share may be of either
                    in_apposition.add(part.id)
            elif x.role is Role.SHARE and y.role is Role.LEVEL and x.figure.unit == "percent" \
                    and (_SHARE_THEN_PART.match(glue) or _SHARE_OF_NAME_THEN_PART.match(glue)) \
                    and not (found and found[-1].share is x.figure):
                # (a share in apposition after its part is that part's, not the next one's as well:
                # "232 were for fire, or 2.2 percent, 6,365 were for medical emergencies, or 61 percent")
                part, share = y.figure, x.figure
            elif x.role is Role.SHARE and x.figure.unit == "percent" and _SHARE_OF_SLOT.match(glue + "#0#") \
                    and (j := _next_not_a_duration(seg, frames, k + 1)) is not None and same_unit(y.figure, seg.figures[j]) \
                    and _OR_AMOUNT.match(SLOT.sub(" ", seg.between(k + 1, j))) and frames[seg.figures[j].id].is_level:
                # "41% of Germany's 512 TWh of net generation, or 260 TWh": the share, its whole, then the part
                # (past a span in the words between: "were seen within four hours, or 121,800")
                part, share = seg.figures[j], x.figure
            else:
                continue
            j = seg.slot_of(part)
            if part is x.figure and changed_by_amount_before(seg.before(j, 160)):
                continue  # "total employment was greater by 1,134 persons (or 2.8%)": an amount of change and its rate
            if part is x.figure and _FRONTED_WHOLE_COUNT.match(seg.skeleton[:seg.slots[j][0]]) \
                    and not (j == 0 and _OF_THEM_OPENS.match(seg.skeleton)):
                continue  # "Of the 12,940 people released, 58% were released on licence": the count is the whole
            if not written_in_digits(part) or (part is x.figure and j > 0 and same_unit(seg.figures[j - 1], part)
                                                and whole_of.get(part.id) is not seg.figures[j - 1]
                                                and _COORDINATED.search(seg.between(j - 1, j))):
                continue  # "300,995 were male and 273,130 female, representing 52.43 percent": whose share?
            s_slot = seg.slot_of(share)
            after_share = seg.after(s_slot, 80)
            phrase = _SHARE_OF_PHRASE.match(after_share)
            if phrase and _PLAN_WORDS & set(lexicon.folded_words(phrase.group("phrase"))):
                continue  # "107.0% of the annual plan": a result against its target, not a part of a whole
            named = _SHARE_OF_NOUN.match(after_share)
            whole = None
            if _SHARE_OF_SLOT.match(after_share) and s_slot + 1 < len(seg.figures) and seg.figures[s_slot + 1] is not part \
                    and same_unit(seg.figures[s_slot + 1], part):
                whole = seg.figures[s_slot + 1]
            elif s_slot < j and j + 1 < len(seg.figures) and same_unit(seg.figures[j + 1], part) \
                    and _CLOSED_THEN_OF_SLOT.match(seg.after(j, 80)):
                whole = seg.figures[j + 1]  # "one in six (16.0%, 121,043) of the 758,645 attendances"
            inherited = whole_of.get(part.id)
            # ("640 of the 2,310 buses, 28% of the total": "the total" names no other whole than the part's own)
            generic = bool(named) and lexicon.fold(named.group("noun")) in _NOT_A_WHOLE
            # ("87% of the budget: R3.1bn of R3.5bn allocated": a colon after the share sets out its part and whole)
            spelt_out = part is y.figure and ":" in glue
            if whole is None and inherited is not None and (spelt_out or
                    not named or generic or _names_the_whole(document_text, segments, frames[inherited.id], phrase)):
                whole = inherited  # "Of the 421,964 ..., 203,417 (39.7% of those who wrote)": the share names its own base
            named_whole = _OF_NAMED_WHOLE.match(after_share) if whole is None and document_text else None
            found.append(_PairFound(i, min(j, s_slot), part, share, whole, named.group("noun") if named else "",
                                    named_whole, s_slot))
    # another pair's part is a part too, not the whole ("19% (2,372 units), ahead of Ford with 9% (1,084 units)")
    pair_parts = {pair.part.id for pair in found}
    named_in_sentence: dict[int, str] = {}  # segment -> the whole a clause named before its first pair's part
    # segment -> the whole an opening partitive pronoun named for the breakdown it tells, and that breakdown's part
    breakdown_of_a_pronoun: dict[int, tuple[Figure, Figure]] = {}
    out = []
    for i, k, part, share, whole, noun, named_whole, s_slot in found:
        sure = True
        if named_whole:
            whole, sure = named_wholes.find(part, named_whole, segments[i], s_slot, pair_parts)
        going_on = breakdown_of_a_pronoun.get(i - 1) if whole is None and k == 0 and i > 0 and not noun \
            and segments[i].slot_of(part) == 0 and segments[i - 1].paragraph == segments[i].paragraph else None
        if going_on is not None and same_unit(going_on[0], part) and going_on[0].value > part.value \
                and _one_measure(going_on[1], part):
            # "Of these, 124,700 (47.4%) passed with 30%. 81,300 (30.9%) passed with 40%": a sentence that opens on a
            # bare part and its share goes on with the breakdown the pronoun of the sentence before opened
            whole = going_on[0]
            breakdown_of_a_pronoun[i] = going_on
        if whole is None and k == 0 and i > 0 and not noun and _OF_THEM_OPENS.match(segments[i].skeleton):
            # "The fund received 1,840 applications. Of them, 27.5 per cent were approved, a total of 506": the
            # pronoun names the one level of the part's unit in the sentence before (the words, not the sizes, say so)
            levels = [f for f in segments[i - 1].figures if frames[f.id].is_level and same_unit(f, part)
                      and written_in_digits(f)]
            # (beside a part told with its share, "Active borrowers numbered 312,500, or 36.4% of the 858,500
            # inhabitants. Of these, ...", the pronoun may name the part as well as the whole: no one level; a part
            # whose whole that sentence does not give, "263,034 (48.9%) of pupils wrote mathematics. Of these, ...",
            # is the one thing it counts)
            whole = levels[0] if len(levels) == 1 and (levels[0].id not in pair_parts or not any(
                same_unit(f, part) and f.value > levels[0].value for f in segments[i - 1].figures)) else None
            if whole is not None:
                breakdown_of_a_pronoun[i] = (whole, part)
        fronted = _BASE_BEFORE_PART.search(segments[i].before(segments[i].slot_of(part))) if whole is None else None
        # (a share that names its own base, "15.4% of those hospitalised", is not of the opening's whole)
        # (nor is one naming only "the total", which is the opening's whole: "(or 71.7% of the total)")
        may_open = whole is None and not fronted and (not noun or lexicon.fold(noun) in _NOT_A_WHOLE)
        opening = (_FRONTED_BASE.match(segments[i].skeleton) or _SUBJECT_MADE_UP_OF.match(segments[i].skeleton)) \
            if may_open else None
        if opening:
            # a sentence opening with the whole's noun ("Of all calls, 232 were for fire, or 2.2 percent"), or whose
            # subject it breaks down ("The unemployed ... comprised of 1,277 Caymanians (or 71.7% of the total)"):
            # the nearest earlier level whose clause has every word of it; if none, the share is read as side by
            # side. The whole may have been told as a part of a larger whole before ("1,780 persons or 4.1 percent
            # were unemployed"), but not as a part of the whole of that name ("14,260 approved projects, or 64.3
            # percent of all approved projects ... Of all approved projects, 1,840 ..."), nor as another pair's of
            # this sentence
            words = set(lexicon.folded_words(opening.group("base")))
            others = frozenset(p.id for p in segments[i].figures) & pair_parts \
                | frozenset(pair.part.id for pair in found if pair.noun and lexicon.fold(pair.noun) in words)
            whole = _level_named_before(segments, i, k, part, words, frames, document_text, others)
        # (a later pair of the sentence keeps the whole its first pair's clause named: "made up the largest
        # component of all arrivals with 33.1 percent (14,445) recorded for males and 33.0 percent (14,396) for
        # females")
        name = (fronted.group("base") or fronted.group("bracketed")) if fronted else \
            named_in_sentence.get(i) if whole is None and not opening and not noun else None
        if name:
            named_in_sentence[i] = name
            # the clause names the whole before the part: the nearest earlier level whose own
            # clause has every word of that name (another pair's part may be it), or else none in view
            whole = _level_named_before(segments, i, k, part, set(lexicon.folded_words(name)), frames, document_text)
            out.append(PartShareLink(part, share, whole, (), "a part and its share, the whole named before the part",
                                     named="" if whole is not None else name))
            continue
        continued = _breakdown_named_before(segments, i, frames) \
            if whole is None and not opening and not noun and s_slot == segments[i].slot_of(part) + 1 \
            and _BRACKET_OPENS.match(segments[i].between(s_slot - 1, s_slot)) else None
        if continued and _names_again(continued, segments[i].before(s_slot)):
            # "... 1.16 million or 58.6 per cent of the expatriate population. Arab expatriates number about 620,100
            # (31.4 per cent)": a bare share after its part, in a sentence naming the whole again, goes on with the
            # breakdown the sentence before names the whole of: the level in view that whole's words name (no part
            # of another pair), else the whole the share implies
            named_level = _level_named_before(segments, i, k, part, set(lexicon.folded_words(continued)), frames,
                                              document_text, pair_parts)
            out.append(PartShareLink(part, share, named_level, (), "a bare share going on with the breakdown of the "
                                     "whole the sentence before names", named="" if named_level else continued))
            continue
        candidates: list[Figure] = []
        if whole is None:
            folded = lexicon.fold(noun) if noun and noun not in _NOT_A_WHOLE else ""
            for f in _figures_before(segments, i, k):
                # (a bound, "over 48,000 candidates", says only where a whole lies: no share is read against it)
                if f.id not in pair_parts and frames[f.id].role is Role.LEVEL and same_unit(f, part) \
                        and f.value > part.value and written_in_digits(f) \
                        and (not folded or folded in lexicon.folded_words(f.measure)) \
                        and not of_another_group(part, f):  # ("rejected ballots" are no part of "valid votes")
                    candidates.append(f)
                    if len(candidates) == _MAX_WHOLES:
                        break
            # the old level of a change ("..., when there were 584,300") is another period's: no whole of this
            # period's share while a level of this period may be
            candidates = [f for f in candidates if f.id not in bases] or candidates
        if whole is not None or candidates:
            of_total = bool(_OF_THE_TOTAL.match(segments[i].after(s_slot, 40)))
            out.append(PartShareLink(part, share, whole, tuple(candidates), "a part and its share side by side",
                                     of_total=of_total, certain=sure and part.id not in in_apposition))
    return out + _rates_set_against(segments, frames)


# a sentence opening on a pronoun for what the sentence before said, and a verb that makes it a share:
# "That is 55.8% of the 2,480 complaints", "This represents about 41% of all exports"
# (the anaphor may name what it points at: "That figure is 21.7% of all 28.1 million households")
_SHARE_OF_THAT_OPENS = lazy_re.compile(r"^\W*(?:that|this|it|which)\s+(?:(?:figure|number|total|count|amount)\s+)?(?:is|was|represents|represented|amounts\s+to|"
                                       r"amounted\s+to|makes\s+up|made\s+up|accounts\s+for|accounted\s+for|equals|"
                                       r"equalled|equaled|comes\s+to|came\s+to)\s+(?:just\s+)?(?:about\s+|some\s+|nearly\s+|"
                                       r"almost\s+|roughly\s+|around\s+|over\s+|under\s+)?$")


def _share_of_the_level_before(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame]) -> _PairFound | None:
    """ "Billing drew 1,310 complaints. That is 55.8% of the 2,480 total.": a sentence that opens on "That is" and a
    share of a whole it gives, after a sentence of its paragraph that ends on a level in digits of the whole's unit:
    the share is that level's (the part) of the whole."""
    seg = segments[i]
    if i == 0 or len(seg.figures) < 2 or not _SHARE_OF_THAT_OPENS.match(seg.before(0, 60)):
        return None
    before = segments[i - 1]
    share, whole = seg.figures[0], seg.figures[1]
    if before.paragraph != seg.paragraph or before.is_table_row or not before.figures or share.unit != "percent" \
            or frames[share.id].role is not Role.SHARE or not _SHARE_OF_SLOT.match(seg.after(0, 60)):
        return None
    part = before.figures[-1]
    if not (frames[part.id].is_level and frames[whole.id].is_level and written_in_digits(part)
            and written_in_digits(whole) and same_unit(part, whole) and part.value < whole.value):
        return None
    return _PairFound(i, 0, part, share, whole, "", None, 0)


def _next_not_a_duration(seg: Segment, frames: dict[str, Frame], k: int) -> int | None:
    """The slot of the first figure after slot k that is no span of time, or None."""
    return next((j for j in range(k + 1, len(seg.figures)) if frames[seg.figures[j].id].role is not Role.DURATION), None)


def proportional_shares(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[ProportionLink]:
    """Shares with the amount each stands for beside it, in brackets or after "or" ("6.1% (over 410,000
    votes)", "0.8%, or some 52,000 votes", "410,000 votes (6.1%)"), and no whole of their own in view:
    two such pairs in one paragraph, whose amounts count one thing (one unit, one head noun) in one
    period, are shares of one whole, so their amounts stand in the proportion of their shares. Each pair
    is read with the next in its paragraph (linear). A hedge ("over", "nearly") widens its amount, so
    the proportion fails only when no rounding and no reading of the hedges allows it."""
    found: list[tuple[int, Figure, Figure]] = []  # (paragraph, part, share)
    for seg, k, x, y in prose_neighbours(segments):
        fx, fy = frames[x.id], frames[y.id]
        glue = seg.between(k, k + 1)
        if _is_share(fx) and _is_amount(fy) and _SHARE_THEN_AMOUNT.match(glue) \
                and (not glue.rstrip().endswith("(") or _CLOSES.match(seg.after(k + 1, 40))):
            part, share = y, x
        elif _is_amount(fx) and _is_share(fy) and _AMOUNT_THEN_SHARE.match(glue) \
                and (not glue.rstrip().endswith("(") or _PAIRED_SHARE_CLOSES.match(seg.after(k + 1, 40))):
            part, share = x, y
        else:
            continue
        if _OF_A_FIGURE.match(seg.after(seg.slot_of(share), 40)) or frames[share.id].group \
                or frames[share.id].modality != "stated" or frames[part.id].modality != "stated":
            continue  # "6% of the 80,000 seats (4,800)": a whole of its own; a group's share is of the group
        first, last = min(k, seg.slot_of(part), seg.slot_of(share)), max(seg.slot_of(part), seg.slot_of(share))
        opening = _CLAUSE_OPENING.split(seg.before(first, 80))[-1]
        closing = _CLAUSE_CLOSING.split(seg.after(last, 60))[0]
        if _OWN_SCOPE.search(opening) or _OWN_SCOPE.search(closing) or _RATE_NOUN.search(opening):
            # "won 52.3% (14,210 votes) in Ward 1", "In the south, the Greens took 11.0%", "turnout among young
            # voters was 47%": a share of a place's, a group's or a rate's own whole
            continue
        found.append((seg.paragraph, part, share))
    out = []
    for (pa, a, p), (pb, b, q) in zip(found, found[1:]):
        if pa != pb or a is b or p is q or not same_unit(a, b) or a.period != b.period \
                or not frames[a.id].head or frames[a.id].head != frames[b.id].head:
            continue
        # the words from the first pair to the second
        sa, sb = segments[frames[a.id].segment], segments[frames[b.id].segment]
        ka, kb = max(sa.slot_of(a), sa.slot_of(p)), min(sb.slot_of(b), sb.slot_of(q))
        between_pairs = sa.between(ka, kb) if sa is sb else sa.skeleton[sa.slots[ka][1]:] + " " + sb.skeleton[:sb.slots[kb][0]]
        if _SET_AGAINST_PAIR.search(between_pairs):
            continue  # "88,900 (15.4%) this year compared with 169,500 (32.2%) in 2015": two times, two wholes
        head = frames[a.id].head
        paragraph = " ".join(seg.skeleton for seg in segments[frames[a.id].segment:frames[b.id].segment + 1])
        before = segments[frames[a.id].segment - 1] if frames[a.id].segment else None
        if before is not None and before.paragraph == pa:
            paragraph = before.skeleton + " " + paragraph
        named = re.search(rf"\bof\s+(?:the|all)\s+(?:[a-z'’-]+\s+)?{re.escape(head)}s?\b|\b{re.escape(head)}s?\s+shares?\b",
                          paragraph)
        out.append(ProportionLink(a, p, b, q, "two shares of one whole, each with the amount it stands for",
                                  certain=named is not None))
    return out


def _is_share(frame: Frame) -> bool:
    return frame.role is Role.SHARE and frame.figure.unit == "percent" and frame.figure.direction == 0 \
        and written_in_digits(frame.figure)


def _is_amount(frame: Frame) -> bool:
    f = frame.figure
    return frame.role in (Role.LEVEL, Role.BOUND) and f.unit != "percent" and f.kind in (Kind.COUNT, Kind.MONEY, Kind.PHYSICAL) \
        and written_in_digits(f) and f.qualifier not in ("less-than", "at-most")


_CLAUSE_OPENING = lazy_re.compile(r"[;:]|,\s*(?:while|whereas|and|but)?|\b(?:while|whereas|but)\b|#\d+#")
_CLAUSE_CLOSING = lazy_re.compile(r"[,;:.]|#\d+#|\b(?:and|while|whereas|but)\b")
# a place, a group or a time a share is said of, in its own clause ("in Ward 1", "among young voters")
_OWN_SCOPE = lazy_re.compile(r"\b(?:in|among|amongst|across|within|at|for)\s+(?!(?:the\s+|all\s+)?(?:vote|votes|total|ballot|"
                             r"ballots|poll|polls|election|elections|market)\b)(?:the\s+)?[a-z0-9]")
_RATE_NOUN = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.RATE_NOUNS_NOT_SHARES)})\b")
_SET_AGAINST_PAIR = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.LEVEL_SET_AGAINST)}|(?:19|20)\d\d)\b")
_PAIR_HEDGE = rf"(?:(?:{lexicon.alternation(lexicon.HEDGES_BETWEEN_A_SHARE_AND_ITS_AMOUNT)})\s+)*"
# "6.1% (over 410,000", "6.1%, or some 410,000", "6.1% - nearly 410,000"
_SHARE_THEN_AMOUNT = lazy_re.compile(rf"^\s*(?:of\s+(?:the\s+|all\s+)?(?:[a-z'’-]+\s+){{0,2}}?[a-z'’-]+\s*)?(?:\(|,\s*(?:or|that\s+is|i\.e\.)\s+|\s[–—-]\s)\s*{_PAIR_HEDGE}$")
# "410,000 votes (6.1%", "410,000 votes, or 6.1%"
_AMOUNT_THEN_SHARE = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s*){{0,2}}(?:\(|,\s*or\s+)\s*{_PAIR_HEDGE}$")
_CLOSES = lazy_re.compile(r"^[^#()]{0,30}\)")
_PAIRED_SHARE_CLOSES = lazy_re.compile(r"^\s*(?:of\s+(?:the\s+|all\s+)?[a-z'’-]+\s*)?\)")
_OF_A_FIGURE = lazy_re.compile(r"^\s*\)?\s*of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){0,3}?#")


def _rates_set_against(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[PartShareLink]:
    """ "Some 2.21 million people were in work. Set against a working-age population of 3.48 million,
    that gives an employment rate of 75.0%": the sentence's whole, the rate it gives, and as the part
    the one level of its unit in the sentence before."""
    out = []
    for i in range(1, len(segments)):
        seg, previous = segments[i], segments[i - 1]
        m = _SET_AGAINST_WHOLE.match(seg.skeleton)
        if not m or previous.paragraph != seg.paragraph:
            continue
        whole, share = seg.figures[int(m.group("w"))], seg.figures[int(m.group("r"))]
        parts = [f for f in previous.figures if frames[f.id].is_level and same_unit(f, whole) and written_in_digits(f)]
        if len(parts) == 1 and frames[share.id].role is Role.SHARE and frames[whole.id].is_level \
                and parts[0].value <= whole.value:
            out.append(PartShareLink(parts[0], share, whole, (), "a whole set against the level before, and the rate it gives"))
    return out


_SET_AGAINST_WHOLE = lazy_re.compile(
    r"^\W*(?:set|measured|taken|compared)\s+against\s+(?:an?\s+|the\s+)?[^#;.]{0,40}?#(?P<w>\d+)#[^#;.]{0,20}?,\s*"
    r"(?:that|this|it)\s+(?:gives|gave|means|meant|makes|made|puts|put|works\s+out\s+at)\s+(?:an?\s+|the\s+)?"
    r"[^#;.]{0,40}?#(?P<r>\d+)#")


# "made up the majority of all residential constructions with 24,727 (87.0%)"
# a sentence opening with the whole named by its noun, no figure: "Of all calls, 232 were for fire, or 2.2 percent"
_FRONTED_BASE = lazy_re.compile(r"\s*(?:of|among|out\s+of)\s+(?:all\s+(?:the\s+)?|the\s+total\s+|the\s+)"
                                r"(?P<base>(?!(?:them|those|these|which|who|whom|it)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s*,")
# a subject a verb says the figures after it make up: "The unemployed in the first half of 2017 comprised of 1,277
# Caymanians (or 71.7% of the total); 159 PR ... (8.9%)": the subject is the whole
_SUBJECT_MADE_UP_OF = lazy_re.compile(
    r"\s*the\s+(?P<base>[a-z][\w-]*(?:\s+(?!(?:in|of|at|for|as|during|on)\b)[a-z][\w-]*){0,2}?)"
    rf"(?=\s+(?:in|of|at|for|as|during|on|{lexicon.alternation(lexicon.PARTITIVES_EXHAUSTIVE)})\b)"
    rf"[^.;:]{{0,60}}?\s(?:{lexicon.alternation(lexicon.PARTITIVES_EXHAUSTIVE)})\s")
_BASE_BEFORE_PART = lazy_re.compile(
    r"\b(?:majority|most|bulk|half|share|proportion|portion|part|component|segment)\s+of\s+(?:all\s+|the\s+)?"
    r"(?P<base>(?!(?:them|those|these|which|whom|it)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s*,?\s+"
    # (the share may come first, its part in brackets: "the largest component of all arrivals with 33.1 percent (14,445)")
    r"(?:with|at|numbering|totalling|totaling)\s*(?:#\d+#\s*\(\s*)?$"
    # or the part in brackets right after the whole's name: "Most of the employed persons (11,869 or 29.4%)"
    r"|\b(?:majority|most|bulk|half)\s+of\s+(?:all\s+|the\s+)?"
    r"(?P<bracketed>(?!(?:them|those|these|which|whom|it)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s*\(\s*$")


def _names_the_whole(document_text: str, segments: tuple[Segment, ...], whole: Frame, phrase) -> bool:
    """Whether the noun phrase a share is "of" ("of the registered population") shares a word
    with the clause of the whole the grammar already gave its part ("52,300 people were registered")."""
    if phrase and _PRONOUN_FOR_THE_WHOLE.match(phrase.group("phrase")):
        return True  # "1,912 passed, 81 per cent of them": the pronoun points back to that whole
    words = set(lexicon.folded_words(phrase.group("phrase"))) - _MINOR_WORDS - _PRONOUNS if phrase else set()
    return bool(words & clause_words(document_text, segments[whole.segment], whole.slot))


# a bare pronoun for the whole ("81 per cent of them"); "of those who wrote" may name another base
# than the whole before ("of the 421,964 who passed"), so a clause after the pronoun must share its words
_PRONOUN_FOR_THE_WHOLE = lazy_re.compile(r"(?:them|these|those)\s*$")
_PRONOUNS = frozenset({"them", "these", "those", "it", "who", "whom", "which", "that"})


class _NamedWholes:
    """The one level of the document whose clause holds every word of the whole a share names:
    "58.4% of the votes cast" ... "262,135 had cast their votes". Indexed by word once, so each
    share looks only at the levels that hold its rarest word."""

    def __init__(self, document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame]):
        self.text, self.segments, self.frames = document_text, segments, frames
        self._by_word: dict[str, list[tuple[Figure, frozenset[str]]]] | None = None
        self._measures_by_head = measures_by_head(frames)

    def _index(self) -> dict[str, list[tuple[Figure, frozenset[str]]]]:
        if self._by_word is None:
            self._by_word = {}
            for seg in self.segments:
                if seg.is_table_row:
                    continue
                for k, f in enumerate(seg.figures):
                    frame = self.frames[f.id]
                    if frame.is_level and frame.modality == "stated" and written_in_digits(f):
                        words = clause_words(self.text, seg, k)
                        for w in words:
                            self._by_word.setdefault(w, []).append((f, words))
        return self._by_word

    def _whole_by_its_name(self, f: Figure, head: str, name: set[str]) -> bool:
        """Whether a level may be the whole a share names without "the" ("of all arrivals", "of revenue"), by the
        words alone: it counts the name's head noun (not "7,149,500 people living in occupied dwellings" for "of
        occupied dwellings"); it is not the rest of a whole ("the remaining ₹116,880 crore of GSDP"); and it is
        no member of a breakdown of that noun: when levels of the noun carry other modifiers ("sentenced
        prisoners", "male prisoners"; "cloud revenue", "devices revenue"), only one whose modifiers the name
        says is the whole."""
        frame = self.frames[f.id]
        seg = self.segments[frame.segment]
        if frame.head != head or _REMAINDER_SHARE_NEXT.search(seg.before(frame.slot, 30)):
            return False
        return not a_member_of_a_breakdown(f, head, name, self._measures_by_head)

    def _a_qualified_level_beside_the_bare_one(self, f: Figure, head: str, name: set[str], part: Figure,
                                               other_parts: set[str]) -> bool:
        """Whether a level carries a qualifier the whole's name does not say while the text also states a level of
        the bare noun that could be the part's whole (larger, of its unit): "10.8% of the population" is of "The
        population was 5,642,000", not of "The capital's population grew to 1,284,000" (the definite noun names
        the whole without qualifiers, which the text has). Members counted by the bare noun ("227,241 votes")
        are no such whole: nor is a level the words tie to a share of its own."""
        if self.frames[f.id].head != head or not _modifiers(f.measure, head) - name:
            return False
        return any(self.frames[g.id].head == head and not _modifiers(g.measure, head) and g.value > part.value
                   and same_unit(g, part) and g.id not in other_parts and g is not part
                   for g, _ in self._index().get(head, ()))

    def find(self, part: Figure, named, seg: Segment, s_slot: int, other_parts: set[str]) -> tuple[Figure | None, bool]:
        """The whole a share names and whether the words make it sure: (None, True) when no one level fits."""
        if named is None:
            return None, True
        words = [w for w in lexicon.folded_words(named.group("whole")) if w not in _NOT_A_WHOLE]
        wanted = set(words)
        if not wanted or wanted & _NOT_ONE_WHOLE:
            return None, True  # "of the total", "of the regional total": which total?
        index = self._index()
        share_names = names_near(self.text, seg, s_slot)
        # "the" points at a whole the text states ("of the votes cast"); without it ("35.0% of expenditure", "of all
        # arrivals", "of total revenue") the name may be of a kind of whole the text never counts: only a question
        sure = "the" in (named.group("det") or "")
        rarest = min(wanted, key=lambda w: len(index.get(w, ())))
        # one word names a kind of thing ("of the population") that many clauses mention: only a level
        # whose own measure it heads is that whole; two words or more are matched in the clause
        head = _head_of_name(words)
        found = self._fitting(part, index.get(rarest, ()), other_parts, share_names,
                              lambda f, said: wanted <= said and (len(wanted) > 1 or self.frames[f.id].head == rarest)
                              and (sure or self._whole_by_its_name(f, head, wanted))
                              and not self._a_qualified_level_beside_the_bare_one(f, head, wanted, part, other_parts)
                              and not of_another_group(part, f))
        every_word = bool(found)
        if not found:
            # no level has every word of the name ("45 percent of all international arrivals" ... "Visitor arrivals
            # climbed to 1.84 million"): the one level said before the share whose own measure is headed by the
            # name's head noun (its last word, past a participle: "of all ship orders placed"), by the words alone,
            # so only a question
            found = self._fitting(part, index.get(head, ()), other_parts, share_names,
                                  lambda f, said: f.span.end <= seg.figures[s_slot].span.start
                                  and self._whole_by_its_name(f, head, wanted)
                                  and not of_another_group(part, f))
            sure = False
        # "Turnover rose from £7.9m to £8.5m. Ticket sales brought in £4.6m, or 54 per cent of the turnover": a whole
        # that moved from one level to another is the level it moved to, the one of the share's time
        found = list(dict.fromkeys(self._moved_to(f, part) for f in found))
        if len(found) != 1:
            return None, True  # two levels fit the words: the reader cannot tell which
        whole = found[0]
        # sure without "the" too when the whole is said before the share in its paragraph, with every word of the
        # name ("Tourist arrivals reached 2.09 million. ... 875,272, or 45 percent of all arrivals") or under no other
        # name than the share gives it ("Turnover rose from £7.9m to £8.5m. 52 per cent of turnover at £4.6m came
        # from ticket sales")
        frame = self.frames[whole.id]
        said_before = self.segments[frame.segment].paragraph == seg.paragraph and whole.span.end <= seg.figures[s_slot].span.start
        # or when the name says all of them and the one level of the name is called the total: "a total of 48,000
        # households" ... "35 per cent of all households"
        of_all = bool(named.group("det")) and "total" in clause_words(self.text, self.segments[frame.segment], frame.slot)
        if not whole.period and part.period and self._told_year_by_year(frame.head):
            # "In 2014, some 128,885 ..., 26.9 per cent of the candidates. In 2015, some 133,885 candidates ... The
            # highest was recorded last year when 295,463 candidates ...": where the text dates the noun's levels to
            # several periods, an undated one may be any of them, so the dated part's whole only a question
            return whole, False
        return whole, sure or of_all or (said_before and (every_word or wanted == _modifiers(whole.measure, frame.head)
                                                          | {frame.head}))

    def _told_year_by_year(self, head: str) -> bool:
        """Whether the stated levels a head noun heads are dated to two periods or more."""
        periods = {g.period for g, _ in self._index().get(head, ()) if g.period and self.frames[g.id].head == head}
        return len(periods) > 1

    def _fitting(self, part: Figure, indexed, other_parts: set[str], share_names: frozenset[str], named) -> list[Figure]:
        """The indexed levels `named` accepts (given the level and its clause's words) that can be the whole of
        `part`: of its unit and period, larger, no other pair's part, naming no subject the share's clause lacks."""
        # (nor a level under a later headline: another story's, "The total international visitors arrival stood at
        # 20,136" (March 2024) for "9,500 or 46% of all international visitor arrivals" (June 2017))
        return [f for f, said in indexed if f.id not in other_parts and named(f, said)
                and same_unit(f, part) and f.value > part.value and _periods_may_agree(f, part)
                and not (f.span.start > part.span.start and under_two_subheadings(self.text, part.span.start, f.span.start))
                and names_near(self.text, self.segments[self.frames[f.id].segment], self.frames[f.id].slot)
                <= share_names]

    def _moved_to(self, f: Figure, part: Figure) -> Figure:
        """The level f moved to when f is the old level of a move "from f to B" (B of the share's period), else f."""
        frame = self.frames[f.id]
        seg = self.segments[frame.segment]
        k = frame.slot + 1
        if k < len(seg.figures) and moved_from_to(seg, k) is f:
            new = seg.figures[k]
            if self.frames[new.id].is_level and (not new.period or not part.period or new.period == part.period):
                return new
        return f


def _periods_may_agree(whole: Figure, part: Figure) -> bool:
    """Whether a whole and a part may be of one period: either states none, both state the same, or one only has
    the year the document is about by default and the other a day or month within that year ("The population
    was 84,300 on 1 January 2026" ... "Pensioners numbered 19,400, or 23.0% of the population")."""
    if not whole.period or not part.period or whole.period == part.period:
        return True
    if part.period_source == "default":
        return whole.period.startswith(part.period + "-")
    if whole.period_source == "default":
        return part.period.startswith(whole.period + "-")
    return False


def measures_by_head(frames: dict[str, Frame]) -> dict[str, set[frozenset[str]]]:
    """For each head noun, the modifiers of the stated levels it heads ("sentenced", "male" for "prisoner")."""
    out: dict[str, set[frozenset[str]]] = {}
    for frame in frames.values():
        if frame.is_level and frame.modality == "stated" and frame.head:
            out.setdefault(frame.head, set()).add(_modifiers(frame.figure.measure, frame.head))
    return out


def a_member_of_a_breakdown(f: Figure, head: str, name: set[str], measures: dict[str, set[frozenset[str]]]) -> bool:
    """Whether a level headed by `head` is one member of a breakdown of that noun rather than the whole a name
    gives ("12.0% of all prisoners" against "70,260 sentenced prisoners", beside "15,830 prisoners held on remand"
    and "83,510 male prisoners"): levels of the noun carry different modifiers, and this one has a modifier the
    name does not say."""
    return len(measures.get(head, ())) > 1 and not _modifiers(f.measure, head) <= name


def _modifiers(measure: str, head: str) -> frozenset[str]:
    """The words of a measure other than its head noun and minor words ("sentenced" of "sentenced prisoners")."""
    return frozenset(w for w in lexicon.folded_words(measure) if w != head and w not in _MINOR_WORDS)


def of_another_group(part: Figure, whole: Figure) -> bool:
    """Whether a part and a level that could be its whole count two groups of one breakdown: "total rejected ballots"
    and "total valid votes", "invalid votes" and "valid votes" (lexicon.COMPLEMENTARY_GROUPS, or a word and its
    negation). A group holds no member of another: such a level is the part's sibling, not its whole."""
    mine, other = set(lexicon.folded_words(part.measure)), set(lexicon.folded_words(whole.measure))
    return any(mine & group and other & group and not mine & other & group for group in lexicon.COMPLEMENTARY_GROUPS) \
        or any(_negation_of(w, other) for w in mine) or any(_negation_of(w, mine) for w in other)


def _head_of_name(words: list[str]) -> str:
    """The head noun of a whole's name (folded words, "total" and "all" left out): its last word, past the
    participles that follow a noun ("ship orders placed", "cargo handled"), or "" when none is left."""
    while words and words[-1].endswith("ed") and words[-1] not in lexicon.NOUNS_ENDING_IN_ED:
        words = words[:-1]
    return words[-1] if words else ""


_OF_THE_TOTAL = lazy_re.compile(r"^\s*\)?\s*of\s+(?:the\s+)?total\b\s*(?:[,.;:)]|$|\s(?:in|for|at)\b)")
_NOT_A_WHOLE = frozenset({"total", "all", "overall", "number", "figure"})
# modifiers that say the whole is one of several totals the text may state ("the regional total")
_NOT_ONE_WHOLE = frozenset({"regional", "national", "provincial", "state", "district", "county", "local", "global",
                            "world", "sector", "industry", "group", "category", "same", "previous", "last", "year"})


_MAX_WHOLES = 6  # the nearest levels before a share that may be its whole: bounded, so the reading stays linear
_MAX_SEGMENTS_BACK = 60


_COUNTS_OF_ANYTHING = frozenset(cues.PEOPLE_NOUNS + ("units", "items", "cases", "numbers"))  # nouns of any count
_PLURAL_AFTER = lazy_re.compile(r"[ \t]+([a-z]{3,}s)\b")  # the thing a count counts, right after it: "30,136 visitors"
_NAMED_WHOLE_PARAGRAPHS_BACK = 2  # paragraphs back where a whole a clause names by its noun may be stated


def _level_named_before(segments: tuple[Segment, ...], i: int, k: int, part: Figure, words: set[str],
                        frames: dict[str, Frame], document_text: str, others=frozenset()) -> Figure | None:
    """The whole a clause names before its part ("the bulk of all residential projects, with 11,908 (83.5%)", "Of all
    calls, 232 ..."): the nearest earlier level of the part's unit whose own clause has every word of the name (not
    one of `others`, the parts of other pairs). The words choose it, not its size: the nearest such level in the
    part's paragraph is the whole even when it is smaller than the part (then the text contradicts itself, and the
    share says so); in an earlier paragraph, a smaller one is passed over for the next, since a level that far may
    count a narrower group of the same name."""
    for f in _figures_before(segments, i, k):
        if segments[frames[f.id].segment].paragraph < segments[i].paragraph - _NAMED_WHOLE_PARAGRAPHS_BACK:
            break  # ("Close to 20,000 ... arrivals" heads another story, seven paragraphs up)
        counted = _PLURAL_AFTER.match(document_text, f.span.end)
        if counted and counted.group(1) not in _COUNTS_OF_ANYTHING and not set(lexicon.folded_words(counted.group(1))) <= words:
            continue  # "a total of 30,136 visitors were recorded" counts visitors, not the arrivals the clause names
        if frames[f.id].is_level and same_unit(f, part) and f.id not in others and written_in_digits(f) \
                and words <= clause_words(document_text, segments[frames[f.id].segment], frames[f.id].slot):
            where = segments[frames[f.id].segment]
            opening = document_text[where.start:f.span.start] if where.slot_of(f) == 0 else ""
            if _joins_the_name_to_another(document_text[f.span.end:f.span.end + 80], words) \
                    or _joins_the_name_to_another(opening[-120:], words):
                continue  # "Of the killed, 41 ..." after "96 were killed or seriously injured" (or after "Of the
                # killed or seriously injured, 1,020 ..."): a level of a wider group
            if f.value > part.value:
                return f
            if segments[frames[f.id].segment].paragraph == segments[i].paragraph and f.value > 0:
                return f
    return None


_JOINED_WORDS = lazy_re.compile(r"\b(?P<a>[a-z'’-]+)\s+(?:or|and/or)\s+(?:[a-z'’-]+\s+)?(?P<b>[a-z'’-]+)\b", re.I)


def _joins_the_name_to_another(words_after: str, name: set[str]) -> bool:
    """Whether the words after a level, up to its clause's end, join a word of a whole's name to another by "or"
    ("96 were killed or seriously injured") that the name lacks ("Of the killed"): a level of a wider group."""
    clause = _CLAUSE_BREAK_OR_SLOT.split(words_after.lower(), 1)[0]
    for m in _JOINED_WORDS.finditer(clause):
        joined = {lexicon.fold(m.group("a")), lexicon.fold(m.group("b"))}
        if joined & name and not joined <= name:
            return True
    return False


# a share (or its part) said "of these", "of them", "of which" after it: its whole is a level told just before, which
# may itself be a part told with its own share ("29,914 (68%) were subtyped; 29,091 (97%) of these ...")
# (after a share, only past the bracket that holds it with its part: in "23,408 joining (66 percent of them ...)" the
# pronoun names the level before the bracket, the share's whole)
_OF_THOSE_AFTER_A_PART = lazy_re.compile(rf"^\s+of (?:{lexicon.alternation(lexicon.PARTITIVE_PRONOUNS)})\b")
_OF_THOSE_AFTER_A_SHARE = lazy_re.compile(rf"^\s*\)\s+of (?:{lexicon.alternation(lexicon.PARTITIVE_PRONOUNS)})\b")


def points_back_to_its_whole(after_part: str, after_share: str) -> bool:
    """Whether a part and its share are followed by a partitive pronoun pointing back to their whole: "29,091 of these
    (97%)", "29,091 (97%) of these"."""
    return bool(_OF_THOSE_AFTER_A_PART.match(after_part) or _OF_THOSE_AFTER_A_SHARE.match(after_share))


def _figures_before(segments: tuple[Segment, ...], i: int, k: int) -> Iterator[Figure]:
    """The figures before slot k of segment i, nearest first, within a bounded stretch of text."""
    yield from reversed(segments[i].figures[:k])
    for j in range(i - 1, max(-1, i - 1 - _MAX_SEGMENTS_BACK), -1):
        yield from reversed(segments[j].figures)


_HEDGE = rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?"
_DEMAND_OVER_OFFER = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.DEMAND_OVER_OFFER_WORDS)})\b", re.I)
_PART_THEN_SHARE = lazy_re.compile(rf"^\s*(?:[a-z0-9'’-]+(?:\s+|(?=[,(]))){{0,8}}?(?:\(\s*(?:a\s+share\s+of\s+|or\s+)?{_HEDGE}|"
                              rf"[,;]?\s*[—–-]?\s*(?:{lexicon.alternation(lexicon.SHARE_APPOSITION)}),?\s+{_HEDGE}|"
                              rf",\s*{_HEDGE}|\s*[—–-]\s*{_HEDGE}|"
                              # "1,806 passed - a pass rate of 74.7%", ", giving a success rate of"
                              r"[,;]?\s*[—–-]?\s*(?:giving\s+|for\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,2}?"
                              rf"(?:{lexicon.alternation(lexicon.SHARE_NOUNS)})\s+of\s+)$")
# a level in apposition to the one before it, telling it again in other terms: "52,340, a total of 994,460"
_APPOSITIVE_LEVEL = lazy_re.compile(r"^\s*[,;—–]\s*(?:an?|the|some)\s+(?:[a-z'’-]+\s+){0,2}?of\s+(?:some\s+|about\s+)?$")
_PART_OF_WHOLE = lazy_re.compile(r"^\s*of\s+$|"  # "2,105 of 8,420 applicants": a bare count of a count
                            r"^/$|"  # "1,284/1,806": the same written as a fraction
                            r"^\s*(?:(?:[a-z]+\s+)?(?:out\s+)?of|"
                            # "1,612 homicides made up the bulk of the 1,934", "were among the 9,614"
                            rf"(?:(?:[a-z'’-]+\s+){{0,3}}?(?:{lexicon.alternation(lexicon.PART_VERBS)})\s+|[a-z'’-]*,\s+)"
                            rf"(?:(?:(?:{lexicon.alternation(lexicon.PART_QUANTIFIER_HEDGES)})\s+)?"
                            rf"(?:{lexicon.alternation(lexicon.PART_QUANTIFIERS)})\s+of|among)"
                            # (not past a word of comparison: "$38.5 billion of clothing against Vietnam's $33.4
                            # billion" names a rival's figure, no whole)
                            rf")\s+(?:(?:{lexicon.alternation(lexicon.WHOLE_DETERMINERS)})\s+|(?:(?!(?:against|versus|vs|than|compared|behind|ahead)\b)"
                            r"[a-z]+\s+){0,2}?[a-z]+['’]s\s+)"
                            # "of the country's total population of 34.8 million": a word of totality names the
                            # whole, and "of" gives its size
                            # ("610,000 of the members of 290 unions": after another "of", the figure counts
                            # something else)
                            r"(?:(?:(?!of\s)[a-z'’-]+\s+){0,2}?|(?:total|entire|whole|overall)\s+(?:[a-z'’-]+\s+){1,2}?of\s+)$")
# "7.3 million cubic metres last year – part of Sweden's national harvest of 94.1 million", "3.12 billion
# litres, is counted in the Netherlands' national collection of 13.8 billion litres"
_COUNTED_IN_WHOLE = lazy_re.compile(r"^[^#;.]{0,40}?\b(?:(?:a\s+|the\s+)?(?:part|subset)\s+of|"
                                    rf"{lexicon.alternation(lexicon.INCLUDED_IN_VERBS)}|within)\s+(?:the\s+|its\s+|their\s+|an?\s+|[a-z]+['’]s?\s+)"
                                    # ("within a range of 91,800 to 97,100", "within the limit of": bounds, not wholes)
                                    r"(?!(?:[a-z'’-]+\s+)?(?:range|band|bracket|margin|limits?|target|ceiling|budget|"
                                    r"threshold|cap)\b)(?:[a-z'’-]+\s+){0,3}?(?:of\s+)?$"
                                    # (not a coordinated figure: "72.6 million displaced within their own countries
                                    # and 7.7 million asylum-seekers")
                                    r"(?<!\band\s)(?<!\bor\s)")
# "sold 1.18 million room-nights in 2024 out of 1.74 million available"
# ("voted out of an electorate of 4.18 million": the whole named, then "of" its size)
_OUT_OF = lazy_re.compile(r"^[^#;.]{0,40}?\bout\s+of\s+(?:(?:the|all|a\s+total\s+of|(?:an?|the|its|their)\s+[a-z'’-]+\s+of)\s+)?$")
_WORD_BEFORE_OUT_OF = lazy_re.compile(r"(?P<word>[a-z'’-]+)\s+out\s+of\b", re.I)
_OR_AMOUNT = lazy_re.compile(r"^[^#;]{0,50}?,\s*or\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$")
_COORDINATED = lazy_re.compile(r"^[^#;.]{0,40}\band\s+(?:[a-z'’-]+\s+){0,3}$")
# (or after a short predicate, restated with "that is": "41% were women, that is about 131,000")
_SHARE_THEN_PART = lazy_re.compile(r"^\s*(?:(?:market\s+)?share\s*|of\s+(?:the\s+)?(?:market|total|sales)\s*)?(?:,|\(|\s)\s*"
                                   r"(?:or\s+|equivalent\s+to\s+|equal\s+to\s+|that\s+is\s+)?(?:some\s+|about\s+)?$"
                                   r"|^\s*(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*,\s*(?:that\s+is|i\.e\.)\s*,?\s*"
                                   r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$"
                                   # "27.5 per cent were approved, a total of 506": the part in apposition after its predicate
                                   r"|^\s*(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*,\s*(?:a\s+total\s+of|or|in\s+all|amounting\s+to)\s+"
                                   r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+)?$")
# a share, the whole named by its noun, then the amount the share stands for after "at", "with" or "worth": "52 per
# cent of turnover at £4.6m came from ticket sales", "23.8 percent of the aggregate with €772.5m" (the amount is no
# whole: "41% of Germany's 512 TWh" has no such word before it)
# (said straight on, no comma: "62% of the total, with 1,200 in the capital" sets a smaller part apart)
# (or a colon: "made up 55.8% of all complaints: 1,310 out of 2,480")
# (or the part in brackets, past the share's year: "76% of business R&D in 2019 (£19.6 billion)")
_SHARE_OF_NAME_THEN_PART = lazy_re.compile(rf"^\s*of\s+(?:the\s+|all\s+|its\s+|their\s+|total\s+)*(?:[a-z&'’-]+\s+){{0,2}}?[a-z&'’-]+"
                                           rf"(?:\s+(?:at|with|worth|totalling|totaling|amounting\s+to)\s+|\s*:\s*"
                                           rf"|(?:\s+in\s+(?:19|20)\d\d)?\s*\(\s*){_HEDGE}$")
_CLOSED_THEN_OF_SLOT = lazy_re.compile(r"^\s*\)\s*of\s+(?:the\s+|all\s+)?(?:[a-z'’-]+\s+){0,3}?#\d+#")
# ("86% of its 2019 peak of 1.41 billion": a possessive, a year and a noun, then "of" and the whole)
# ("35% of them from Europe (512,000)": "of them" points back to the whole; the figure after is the part)
_SHARE_OF_SLOT = lazy_re.compile(r"^\s*of\s+(?!(?:them|these|those|it|which|whom)\b)(?:the\s+|all\s+|a\s+total\s+of\s+|its\s+|their\s+)?"
                                 r"(?:(?:[a-z'’-]+|(?:19|20)\d\d)\s+){0,3}?(?:of\s+)?(?:\(\s*)?#\d+#")
_PLAN_WORDS = frozenset(lexicon.fold(w) for w in lexicon.PLAN_NOUNS if w not in lexicon.PLANS_DIVIDED)
_SHARE_OF_PHRASE = lazy_re.compile(r"^\s*\)?\s*of\s+(?:the\s+|all\s+|its\s+|their\s+|total\s+)*"
                               r"(?P<phrase>(?:[a-z][a-z'’-]*\b(?!\s*#)\s*){1,3})")
_SHARE_OF_NOUN = lazy_re.compile(r"^\s*\)?\s*of\s+(?:the\s+|all\s+|its\s+|their\s+|total\s+)*(?:[a-z'’-]+\s+){0,2}?"
                            r"(?P<noun>[a-z][a-z'’-]+)\b(?!\s*#)")


def named_identities(segments: tuple[Segment, ...], frames: dict[str, Frame],
                     bases: frozenset[str]) -> list[NamedIdentityLink]:
    out = []
    index: dict[str, list[Figure]] | None = None  # measure word -> the figures it names, built when first needed
    for seg in segments:
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            gap = _NAMED_GAP.match(seg.after(k, 160)) if frame.role in (Role.LEVEL, Role.CHANGE) else None
            if gap:
                names, operator = (gap.group("a"), gap.group("b")), "-"
                if gap.group("word") in ("less", "lower", "fewer", "smaller"):
                    names = names[::-1]
                grammar = "a figure 'more on A than on B': the gap between two named measures"
            else:
                if frame.role is not Role.LEVEL:
                    continue
                joined = _NAMED_PAIR.search(f.measure.lower() + " " + seg.before(k, 60).rsplit("#", 1)[-1])
                if not joined or not _COMBINED.search(seg.skeleton):
                    continue
                names, operator = (f"{joined.group('a')} {joined.group('head')}", f"{joined.group('b')} {joined.group('head')}"), "+"
                grammar = "a figure for 'A and B combined': the total of two named measures"
            if index is None:
                index = {}
                for other in (g for s2 in segments for g in s2.figures):
                    for word in set(lexicon.folded_words(other.measure)):
                        index.setdefault(word, []).append(other)
            statements = [_statements(index, frames, f, name, bases) for name in names]
            if all(statements):
                out.append(NamedIdentityLink(f, operator, tuple(statements[0]), tuple(statements[1]), grammar))
    return out


def _statements(index: dict[str, list[Figure]], frames: dict[str, Frame], result: Figure, name: str,
                bases: frozenset[str]) -> list[Figure]:
    """Every figure elsewhere whose measure is `name` (its modifier and its head)."""
    words = [w for w in lexicon.folded_words(name) if w not in _MINOR_WORDS]
    if len(words) < 2:
        return []
    modifier, head = words[0], words[-1]
    found = []
    for f in index.get(modifier, ()):
        measure = lexicon.folded_words(f.measure)
        if f is not result and same_unit(f, result) and frames[f.id].role in (Role.LEVEL, Role.BOUND) \
                and frames[f.id].modality == "stated" and f.id not in bases and head in measure \
                and "and" not in measure and written_in_digits(f):
            found.append(f)
            if len(found) == 4:
                break
    return found


_NAMED_GAP = lazy_re.compile(r"^\s*(?P<word>more|less|higher|lower|fewer|greater|smaller)\s+(?:on|in|for|from|to)?\s*"
                        r"(?P<a>[a-z][a-z'’ -]{2,40}?)\s+than\s+(?:[a-z'’]+\s+){0,4}?(?:on|in|for|from|to)\s+"
                        r"(?P<b>[a-z][a-z'’ -]{2,40}?)\s*(?:[.,;]|$)")
_NAMED_PAIR = lazy_re.compile(r"\b(?P<a>[a-z][a-z-]+)\s+and\s+(?P<b>[a-z][a-z-]+)\s+(?P<head>[a-z][a-z-]+)\b", screened=True)
_COMBINED = lazy_re.compile(r"\b(?:combined|together|total|in all|altogether)\b")


# the joint between a bracketed change and the next earlier level it is set against: "(-5 percent) and 560,139"
_BRACKET_THEN_AND = lazy_re.compile(r"^\s*\)\s*,?\s*(?:and|as\s+well\s+as)\s+(?:(?:with|to|against|from)\s+)?(?:the\s+)?$")


def _change_from_a_second_base(seg: Segment, frames: dict[str, Frame], c: int,
                               found: list[ChangeLink]) -> ChangeLink | None:
    """A level set against two earlier levels, each with its own change in brackets: "they executed 467,149 deeds,
    against 492,322 in the first quarter of last year (-5 percent) and 560,139 in the last quarter of 2021 (-16.6
    percent)". The first bracket is read with the level and its base; the second is the same level's change from
    the base right before it."""
    if c < 2 or not _bracketed(seg, seg.figures[c]):
        return None
    old, earlier_change = seg.figures[c - 1], seg.figures[c - 2]
    if not frames[old.id].is_level or not written_in_digits(old) or not _BRACKET_THEN_AND.match(seg.between(c - 2, c - 1)):
        return None
    first = next((link for link in found if link.change is earlier_change and link.news), None)
    if first is None or frames[first.change.id].role is not frames[seg.figures[c].id].role \
            or not same_unit(first.old, old):
        return None
    return ChangeLink(seg.figures[c], old, first.news, frames[seg.figures[c].id].direction, True,
                      "a level set against a second earlier level, each with its change in brackets")


def _change_after_its_levels(seg: Segment, frames: dict[str, Frame], c: int,
                             previous: Segment | None) -> ChangeLink | None:
    change = frames[seg.figures[c].id]
    if any(e.startswith(COMPARATIVE_AFTER) for e in change.evidence) and not _BARE_COMPARATIVE_ENDS.match(seg.after(c, 30)):
        return None  # "Rs 71,479 crore under the revised estimate": its base, if any, is what follows it
    # the change's own clause: "Exports grew 6.2% while imports fell 1.4%, and the surplus rose to $3.1 billion
    # from $2.4 billion, a rise of 18%": the clauses of other subjects before it are theirs
    clause_start = max((m.end() for m in _NEW_CLAUSE.finditer(seg.skeleton, 0, seg.slots[c][0])), default=0)
    before = [f for k, f in enumerate(seg.figures[:c]) if seg.slots[k][0] >= clause_start]
    if any(frames[f.id].role in (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE) for f in before):
        return None
    levels = [f for f in before if frames[f.id].role in (Role.LEVEL, Role.SHARE) and written_in_digits(f)]
    # a contrast between the levels and the change parts them ("Sales:" before both does not)
    first = seg.slots[seg.slot_of(levels[-2] if len(levels) >= 2 else levels[-1])][0] if levels else 0
    if _CONTRAST.search(seg.skeleton[first:seg.slots[c][0]]) or \
            (len(levels) < 2 and _CONTRAST.search(seg.skeleton[:seg.slots[c][0]])):
        return None
    if change.role is Role.CHANGE:
        levels = [f for f in levels if same_unit(f, change.figure)]
    elif change.role is Role.POINT_CHANGE:
        levels = [f for f in levels if f.unit == "percent"]
    else:
        levels = [f for f in levels if f.unit != "percent"]  # a percent change between percentages: points or not
    if not levels or (len(levels) > 1 and not same_unit(levels[-2], levels[-1])):
        return None
    marked_before = [f for f in levels[-2:] if _OLD_MARK_BEFORE.search(seg.before(seg.slot_of(f), 45))]
    marked = marked_before + [f for f in levels[-2:] if f not in marked_before
                              and _OLD_MARK_AFTER.match(seg.after(seg.slot_of(f), 30))]
    if len(marked) == 2 and len(marked_before) == 1:
        # "Compared with 2022's $349.7 million, turnover climbed to $412.6 million last year": the
        # preposition marks the base; "last year" after the other is the year the report is about
        marked = marked_before
    # "In the previous year the number was 2,581, so there is a decrease of 107 this time": a sentence
    # opening in an earlier period, its one level, then the change of the period now
    earlier_then_now = len(levels) == 1 and not marked and bool(_EARLIER_OPENING.match(seg.skeleton)) \
        and bool(_NOW.search(seg.skeleton[seg.slots[seg.slot_of(levels[0])][1]:seg.slots[c][1] + 30]))
    if earlier_then_now:
        marked = levels
    if len(marked) != 1:
        return None
    old = marked[0]
    if len(levels) >= 2:
        new = levels[-1] if levels[-1] is not old else levels[-2]
        if frames[old.id].modality != "stated" and frames[new.id].modality == "stated":
            return None  # "earnings were $16.2 billion against a target of $17.6 billion, which was 4.11 percent higher
            # than the 2008-2009 earnings": a target set against an outcome is no earlier level of it
        # (the noun may follow a word or two that modify it: "190 symptomatic cases ... from the 32,449 trial
        # participants, an additional 49 cases")
        counted = {counted_noun(seg.after(seg.slot_of(f), 40)) or "" for f in (old, new)}
        if len(counted) == 2 and "" not in counted and not old.unit:
            return None  # "46,200 runners from 142 nations ..., 3,100 more": an origin, not the earlier level
    elif previous is not None and (_POINTS_BACK.match(seg.skeleton) or _OPENS_WITH_BASE.match(seg.skeleton)
                                   or earlier_then_now or _PERIODS_TOTAL_OPENING.match(seg.skeleton)):
        # ("Compared with PLN 12.31bn a year before, the increase amounted to 6.6 per cent")
        # "The median rent is now C$2,650. That compares with C$2,300 two years ago, an increase of 25%."
        earlier = [f for f in previous.figures if same_unit(f, old) and frames[f.id].role in (Role.LEVEL, Role.SHARE)]
        if earlier_then_now:
            # the level now counts what the earlier one counts: the noun after it is in the earlier one's clause
            wanted = set(lexicon.folded_words(seg.skeleton[:seg.slots[seg.slot_of(old)][0]])) - _MINOR_WORDS
            # (and is no part a partitive lists: "1,318 clubs, including 214 village clubs")
            earlier = [f for f in earlier if written_in_digits(f) and frames[f.id].modality == "stated"
                       and set(lexicon.folded_words(_WORDS_AFTER.match(previous.after(previous.slot_of(f), 40)).group())) & wanted
                       and not _NESTED.search(previous.before(previous.slot_of(f), 20))]
        named = _PERIODS_TOTAL_OPENING.match(seg.skeleton)
        if named:
            # "... when intake came to 7,262.5 million litres. The 2017 total was itself well above the 6,653.9 million
            # litres of 2016, a rise of some 9.15%": the one level of the sentence before for the year the subject names
            earlier = [f for f in earlier if f.period == named.group("year") and written_in_digits(f)]
        if len(earlier) != 1:
            return None
        new = earlier[0]
    else:
        return None
    k = seg.slot_of(old)
    if not_the_move_of(change.direction, seg.after(c, 60), seg.before(k, 40), seg.after(k, 40)):
        return None  # "$27.6 billion, up from $26.3 billion a year before, despite slipping 0.4% from the previous month"
    if _moves_another_measure(seg.after(c, 100), old):
        return None  # "an increase in pre-tax profits from N69 billion to N72.9 billion, closing the period with a 4 per
        # cent year-on-year growth in profit after tax": the rate names what moved, a measure the levels do not count
    last = max(k, seg.slot_of(new)) if new in seg.figures else k
    if last < c and _CONCESSION_OPENS.match(seg.skeleton) and "," in seg.between(last, c):
        return None  # "Despite a slight decrease in the average length of stay from 2.9 to 2.5 days, the number of rooms
        # occupied rose by 2.3%": the concession's levels are another subject's; the main clause's change is its own
    # "the ratio improved to 94.2% from 96.8%, a gain of 2.6 points": better or worse, not up or down
    direction = 0 if _EVALUATIVE.search(seg.skeleton[:seg.slots[c][0]]) else change.direction
    return ChangeLink(change.figure, old, (new,), direction, True,
                      "an earlier period's level, then the change 'this time' from the level of the sentence before"
                      if earlier_then_now else
                      "a change closing its clause after the two levels it compares, one marked as the earlier")


_EARLIER_OPENING = lazy_re.compile(r"^\W*(?:in\s+)?(?:the\s+)?(?:previous|preceding|last|prior)\s+(?:year|month|quarter|season|"
                                   r"week|term|session|round|edition)\b|^\W*(?:a|one)\s+year\s+(?:earlier|ago|before)\b|"
                                   # "Twelve months before, ...": the duration is a figure of the skeleton
                                   r"^\W*(?:a|one|the)\s+(?:months?|years?|quarters?|season|week)\s+(?:earlier|ago|before)\b|"
                                   r"^\W*#\d+#\s+(?:earlier|ago|before)\b|"
                                   # "In July last year, ...", "In the same month of the previous year, ...", "Back then, ..."
                                   r"^\W*in\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|the\s+(?:same|corresponding)\s+"
                                   r"(?:period|months?|quarter|week|half|season))\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b|"
                                   r"^\W*back\s+then\b", screened=True)
_NOW = lazy_re.compile(r"\b(?:this\s+(?:time|year|month|quarter|season|week|term|session|round|edition)|now)\b")
_WORDS_AFTER = lazy_re.compile(r"\s*(?:[a-z'’-]+\s*){0,2}")


# "now 12,958 long, 1,954 shorter, the board said": a comparative that names no base after it
_BARE_COMPARATIVE_ENDS = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*[a-z]+\s*(?:[,.;)]|$)")
_LATTER_THAN_FORMER = lazy_re.compile(r"\bthe\s+(?:(?P<latter>latter)|former)\b[^#]* # \s*(?:%|per\s*cent|percent)?\s*"
                                      r"(?:higher|lower|more|less|above|below|up|down|bigger|smaller|larger)\s+"
                                      r"(?:than|on|from)\s+the\s+(?:latter|former)\b")
_OPENS_WITH_BASE = lazy_re.compile(r"^\W*(?:compared\s+(?:with|to)|against|versus|relative\s+to)\s")
# a subject that names a level by its year and a word for a total: "The 2017 total was itself well above ..."
_PERIODS_TOTAL_OPENING = lazy_re.compile(r"^\W*the\s+(?P<year>(?:19|20)\d\d)\s+(?:total|figure|level|tally|count|number)\b")
_OLD_MARK_BEFORE = lazy_re.compile(r"\b(?:against|compared\s+with|compared\s+to|compares\s+with|versus|vs\.?|v\.?|from|"
                              # "7,262.5 million litres, well above the 6,653.9 million litres taken in in 2016, a rise of"
                              r"(?:well\s+|far\s+|just\s+|slightly\s+|still\s+)?(?:above|below|higher\s+than|lower\s+than|"
                              r"more\s+than|less\s+than|fewer\s+than)|"
                              r"in\s+comparison\s+(?:to|with)|as\s+against|relative\s+to|"
                              r"which\s+stood\s+at|which\s+was|up\s+from|down\s+from|"
                              # "25% higher than a year earlier, when it was $349.7 million"
                              r"when\s+(?:it|they|the\s+[a-z]+)\s+(?:was|were|stood\s+at|totalled|totaled|came\s+to|reached))\s+(?:a\s+|an\s+|the\s+)?"
                              # ("remittances from the kingdom reached 50.7": a verb ends the phrase "from" opens)
                              r"(?:(?!(?:reached|rose|fell|was|were|is|are|stood|came|totalled|totaled|amounted|hit|"
                              r"grew|increased|decreased|declined|dropped|climbed|numbered|recorded|registered|reported|posted|logged)\s)"
                              # ("compared with 2022's $349.7 million": a year's possessive names the earlier one)
                              r"(?:[a-z'’-]+|(?:19|20)\d\d['’]s)\s+){0,3}?(?:of\s+)?$", screened=True)
_OLD_MARK_AFTER = lazy_re.compile(r"^\s*(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+year\s+before|"
                             r"(?:one|two|three|four|five|\d+)\s+years?\s+(?:ago|earlier)|previously)\b")
# words that judge a change rather than give its sign: "a gain of 0.27 seconds" is a faster time, a fall
_EVALUATIVE = lazy_re.compile(r"\b(?:improv\w*|worsen\w*|deteriorat\w*|better|worse|gain|gains)\b")
_IN_A_PAIR = lazy_re.compile(r"^\s*(?:\(|or\s+#|,\s*or\s+#)")
_IN_A_PAIR_AFTER = lazy_re.compile(r"#\s*(?:\(|or|,\s*or)\s*$")


MOVED_FROM_AFTER_A_COMMA = "a level, then ', down from' the one before"
# "lifted its subscriptions to 59.9 million from 59.6 million": the comparison check reads it on its
# own; as a move it tells what a change in the sentence before was the change of
MOVED_TO_FROM = "a verb moving a level to one figure from another"


def series_steps(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[StepLink]:
    """Moves between levels. A move after a comma ("8,214, up from 7,930") has the grammar
    MOVED_FROM_AFTER_A_COMMA: the comparison check reads it on its own, but the move still tells
    what "The increase of ..." in the next sentence is the change of."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k in range(len(seg.figures) - 1):
            # "179,990 lines (down from 207,549 a year before)": a level, then the one it moved from
            f, g = seg.figures[k], seg.figures[k + 1]
            moved = _MOVED_FROM.match(seg.between(k, k + 1))
            at_a_time = None if moved else _MOVED_FROM_A_TIME.match(seg.between(k, k + 1))
            m = moved or at_a_time
            if m and same_unit(f, g) and frames[f.id].role is frames[g.id].role \
                    and frames[f.id].role in (Role.LEVEL, Role.SHARE, Role.RATIO):
                grammar = ("a level 'up from' a time, then that time's level" if at_a_time else
                           "a level, then 'down from' the one before" if m.group("bracket") else MOVED_FROM_AFTER_A_COMMA)
                out.append(StepLink(f, g, 1 if m.group("up") else -1, True, grammar))
        for k in range(len(seg.figures) - 1):
            # "stood at $22.27 billion, up 10.3% year on year, and was also a sharp jump from $13.05 billion in
            # May": a level, its own rate of change, then a noun of change "from" the level before
            f, g = seg.figures[k], seg.figures[k + 1]
            skip = k + 2 < len(seg.figures) and frames[g.id].role in (Role.RELATIVE_CHANGE, Role.POINT_CHANGE) \
                and _OWN_CHANGE_ASIDE.match(seg.between(k, k + 1))
            if skip:
                g = seg.figures[k + 2]
            m = _NOUN_FROM.match(seg.between(k + 1, k + 2) if skip else seg.between(k, k + 1))
            if m and same_unit(f, g) and frames[f.id].role is frames[g.id].role \
                    and frames[f.id].role in (Role.LEVEL, Role.SHARE, Role.RATIO):
                out.append(StepLink(f, g, 1 if m.group("up") else -1, True,
                                    "a level, then a noun of change 'from' the level before"))
        for k, f in enumerate(seg.figures):
            m = _MOVED_TO.search(seg.before(k, 50)) or _MOVED_THEN_COLON.search(seg.before(k, 50))
            if not m or not frames[f.id].role in (Role.LEVEL, Role.SHARE, Role.RATIO):
                continue
            direction = 1 if m.group("up") else -1
            if k + 1 < len(seg.figures) and _FROM_AFTER_LEVEL.match(seg.between(k, k + 1)):
                g = seg.figures[k + 1]  # "stealing fell to 558 from 596": the move names its own old level
                if same_unit(f, g) and frames[g.id].role is frames[f.id].role:
                    out.append(StepLink(f, g, direction, True, MOVED_TO_FROM))
                continue
            earlier = [j for j in range(k - 1, -1, -1) if same_unit(seg.figures[j], f)]
            if earlier:
                j = earlier[0]
                old = seg.figures[j]
                if _subject_again(seg, j, k, m, frames):
                    out.append(StepLink(f, old, direction, True, SUBJECT_AGAIN))
                    continue
                aside = "(" in seg.before(j, 30).rsplit("#", 1)[-1] and ")" in seg.between(j, k)
                if _FROM_BEFORE.search(seg.before(j, 12)) or frames[old.id].role not in (Role.LEVEL, Role.SHARE, Role.RATIO) \
                        or aside or _CONTRAST.search(seg.between(j, k)) or len(seg.between(j, k)) > len(m.group()) + 45 \
                        or _ANOTHER_SCOPE_AFTER_AND.search(seg.between(j, k)) \
                        or verb_direction(seg.between(j, k)[:-len(m.group())]) \
                        or (_PARTICIPLE.search(m.group()) and not _SAME_MOVER.match(seg.between(j, k)[:-len(m.group())])):
                    # "rose from 3.1 to 3.5" is the change check's; "reached 61,240, while ... increased to"; an aside in
                    # brackets, "Ahead of the vote (2,100 voters registered), turnout rose to 1,870", is no level of it; "came
                    # down to 3.3, went up to 3,7 in 1985, fell back to 3.3": a move between them whose level was not read;
                    # "rose to £210, with rents rising to": a participle of another subject; "fell to 269 and in
                    # construction rose to 361": another sector's series
                    continue
                out.append(StepLink(f, old, direction, True, "a level the series moved to, after the level before it"))
            elif i > 0 and segments[i - 1].paragraph == seg.paragraph and _STEP_OPENING.search(seg.before(k, 50)):
                before = [g for g in segments[i - 1].figures if same_unit(g, f) and frames[g.id].role is frames[f.id].role]
                # the series' level, not an aside in brackets after it: "stood at 5.9 (843 deaths in total). By
                # 1980 it had come down to 3.3"
                main = [g for g in before if not _opens_brackets(segments[i - 1], g)]
                before = main or before
                # (a sentence whose subject names another measure starts no step: "..., of which 97,399 showed
                # tigers. The number of reserves has grown to 53")
                # ("In 2021 the number rose to 3,650": a generic head names no other measure)
                heads = {frames[f.id].head, frames[before[-1].id].head} if before else set()
                if len(heads) == 2 and not heads & ({""} | _GENERIC_HEADS):
                    continue
                if before:
                    subject = seg.before(k, 50)[:m.start()]
                    prior = segments[i - 1]
                    firm = len(before) == 1 and _firm_step(subject, before[0], f, frames,
                                                           prior.skeleton[:prior.slots[prior.slot_of(before[0])][0]])
                    out.append(StepLink(f, before[-1], direction, firm,
                                        "a level the series moved to, after the one level of the sentence before"
                                        if firm else "a level the series moved to, after the last one of the sentence before"))
        said_before = _moved_said_before(seg, segments[i - 1] if i else None, frames) or _moved_said_before_a_colon(seg, frames) \
            or _moved_then_two_levels(seg, frames)
        if said_before is not None:
            out.append(said_before)
        out += _change_of_a_time(seg, segments, frames)
        out += _level_before_the_move(seg, segments[i - 1] if i > 0 and segments[i - 1].paragraph == seg.paragraph
                                      and not segments[i - 1].is_table_row else None, frames)
    return out


SUBJECT_AGAIN = "a level a still verb gave, then a move of the same subject named again"
# "turnout in the 266 districts stands at 42.4 per cent, while measured against all voters, turnout drops to 38.8 per
# cent": the mover of a later clause is a bare noun (no pronoun, no group of its own) ...
_MOVER_NOUN = lazy_re.compile(r"(?:^|[,;]|\b(?:while|whereas|but|and))\s*(?:(?:the|its|their)\s+)?(?P<noun>[a-z][a-z'’-]{3,})\s+$")
# ... the head of the subject the first level's clause gave it with a verb that moves nothing: "stands at", "was"
_STILL_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.STILL_LEVEL_VERBS)})\s+"
                                r"(?:(?:just|only|some|about|around|roughly)\s+)?$")
_OLD_CLAUSE_OPENING = lazy_re.compile(r"[;:]|\.\s|,\s*(?:and|but|while|whereas)\b")


def _subject_again(seg: Segment, j: int, k: int, moved: re.Match, frames: dict[str, Frame]) -> bool:
    """Whether the move to figure k ("turnout drops to") names again, as its bare subject, the head of the subject of
    figure j's clause, which a still verb gave ("voter turnout in the 266 districts stands at"): the same measure, of the
    same group, taken another way, so the move is from j's level. Not a move of another subject or group ("women's
    turnout rises to"), nor from a level itself moved to ("fell to 5.1%, while ... rose to")."""
    old, new = seg.figures[j], seg.figures[k]
    between = seg.between(j, k)
    mover = _MOVER_NOUN.search(between[:len(between) - len(moved.group())])
    if mover is None or ";" in between or ". " in between or ":" in between:
        return False
    head = seg.before(j, 200)
    opening = None
    for opening in _OLD_CLAUSE_OPENING.finditer(head):
        pass
    clause = head[opening.end():] if opening else head
    still = _STILL_BEFORE.search(clause)
    if still is None or _MOVED_TO.search(clause):
        return False
    noun = lexicon.fold(mover.group("noun"))
    if noun in _GENERIC_HEADS or noun not in set(lexicon.folded_words(SLOT.sub(" ", clause[:still.start()]))):
        return False
    a, b = frames[old.id], frames[new.id]
    return a.role is b.role and a.role in (Role.LEVEL, Role.SHARE, Role.RATIO) and a.group == b.group \
        and a.modality == b.modality == "stated" and old.unit == new.unit and written_in_digits(old) \
        and written_in_digits(new) and not old.qualifier and not new.qualifier


# a sentence (or a clause after a semicolon) after a move that gives the level the series had before it: "The waiting
# list grew to 7.6 million in August. A month earlier it had stood at 7.7 million", "edged down to 4.3% in June; in May
# it had been 4.1%"
_EARLIER_LEVEL = (rf"(?:(?:a|one|two|three|a\s+few|six|twelve)\s+(?:years?|months?|quarters?|weeks?|decades?)\s+"
                  rf"(?:earlier|before|previously|ago)|(?:in|by)\s+(?:(?:19|20)\d\d|{lexicon.alternation(tuple(MONTHS))})|"
                  r"(?:the|in\s+the)\s+(?:previous|prior|preceding)\s+(?:year|month|quarter|week)|(?:a\s+year|last\s+year)\s+ago)"
                  r"\s*,?\s+(?:it|they)\s+(?:had\s+)?(?:stood\s+at|been|was|were|totalled|totaled|reached|came\s+to)\s+"
                  r"(?:(?:just|only)\s+)?$")
_EARLIER_LEVEL_OPENING = lazy_re.compile(rf"^\W*{_EARLIER_LEVEL}")
_EARLIER_LEVEL_CLAUSE = lazy_re.compile(rf";\s*{_EARLIER_LEVEL}")


def _level_before_the_move(seg: Segment, previous: Segment | None, frames: dict[str, Frame]) -> list[StepLink]:
    """The level a sentence gives for the series at an earlier time ("A month earlier it had stood at 7.7 million"),
    its subject a pronoun, after a sentence whose one level of that unit was moved to ("grew to 7.6 million in
    August"): the move went from it; so for a clause after a semicolon and the clause before it. Firm: the pronoun can
    only be the series moved."""
    out = []
    for k in range(len(seg.figures)):
        if k == 0 and previous is not None and _EARLIER_LEVEL_OPENING.match(seg.before(0, 120)) \
                and seg.before(0, 120) == seg.skeleton[:seg.slots[0][0]]:
            moved = _moved_level(previous, len(previous.figures), seg.figures[0], frames)
        elif k > 0 and _EARLIER_LEVEL_CLAUSE.search(seg.between(k - 1, k)):
            moved = _moved_level(seg, k, seg.figures[k], frames)
        else:
            continue
        old = seg.figures[k]
        # (the series' one level of the time before: not one group's of several, "In February, they were 7,900 units
        # in the south and 9,100 in the north", "in May, it was 4.4% for women")
        if moved is not None and (frames[moved[0].id].group != frames[old.id].group
                                  or any(g is not old and same_unit(g, old) and g.unit == old.unit
                                         for g in seg.figures[k:])):
            continue
        if moved is not None:
            out.append(StepLink(moved[0], seg.figures[k], moved[1], True,
                                "a level moved to, then the level a sentence after gives for the time before"))
    return out


def _moved_level(seg: Segment, end: int, old: Figure, frames: dict[str, Frame]) -> tuple[Figure, int] | None:
    """The one level of the old level's unit among the segment's first `end` figures, if a verb moved the series to
    it and it names no old level of its own: (that level, the direction)."""
    if frames[old.id].role not in (Role.LEVEL, Role.SHARE, Role.RATIO) or not written_in_digits(old) or old.qualifier \
            or frames[old.id].modality != "stated":
        return None
    kin = [k for k in range(end) if same_unit(seg.figures[k], old) and seg.figures[k].unit == old.unit
           and frames[seg.figures[k].id].role is frames[old.id].role]
    if len(kin) != 1:
        return None
    k = kin[0]
    new = seg.figures[k]
    m = _MOVED_TO.search(seg.before(k, 50))
    if m is None or not written_in_digits(new) or new.qualifier or frames[new.id].modality != "stated" \
            or (k + 1 < end and _FROM_AFTER_LEVEL.match(seg.between(k, k + 1))):
        return None
    return new, 1 if m.group("up") else -1


# a noun of change said of a time, then that time's level in the clause: "There was a huge leap in 2022 as a total of
# 1,837,011 candidates registered", "2019 saw a sharp drop, with 38,900 runners entering" (not "up"/"down", adverbs)
_CHANGE_NOUN_OF_A_TIME = lazy_re.compile(
    rf"\b(?:(?P<up>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_UP if w != 'up'))})|"
    rf"(?P<down>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_DOWN if w != 'down'))}))s?\s+in\s+"
    # (not a change of another measure named after it: "a sharp rise in 2022 in the number of spectators, as")
    r"(?P<time>(?:19|20)\d\d)\b(?:(?!\b(?:in|among|for)\s)[^#;:]){0,60}$"
    rf"|\b(?P<time2>(?:19|20)\d\d)\s+saw\s+an?\s+(?:[a-z]+\s+)?(?:(?P<up2>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_UP if w != 'up'))})|"
    rf"(?P<down2>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_DOWN if w != 'down'))}))\b"
    r"(?:(?!\b(?:in|among|for)\s)[^#;:]){0,60}$", screened=True)
_CHANGE_OF_A_TIME_REACH = 3  # sentences back to the level of the time before


def _change_of_a_time(seg: Segment, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[StepLink]:
    """A level after a noun of change said of its own year ("a huge leap in 2022 as a total of 1,837,011 candidates
    registered") moved that way from the level of the same measure, in the same words, that one of the three
    sentences before gave for an earlier year ("In 2021, a total of 1,351,215 candidates registered"): the nearest
    such. Firm: the measure is named alike both times and the years are stated."""
    out = []
    for k, f in enumerate(seg.figures):
        clause = SLOT.split(seg.before(k, 160))[-1]
        m = _CHANGE_NOUN_OF_A_TIME.search(clause)
        if m is None or frames[f.id].role not in (Role.LEVEL, Role.SHARE, Role.RATIO) or not f.measure \
                or not written_in_digits(f) or f.qualifier or frames[f.id].modality != "stated" \
                or f.period != (m.group("time") or m.group("time2")):
            continue
        before = [g for back in segments[max(0, seg.index - _CHANGE_OF_A_TIME_REACH):seg.index] if not back.is_table_row
                  for g in back.figures] + list(seg.figures[:k])
        earlier = [g for g in before if g.measure == f.measure and same_unit(g, f) and g.unit == f.unit
                   and frames[g.id].role is frames[f.id].role and written_in_digits(g) and not g.qualifier
                   and frames[g.id].modality == "stated" and len(g.period) == 4 and g.period.isdigit() and g.period < f.period]
        if earlier:
            up = m.group("up") or m.group("up2")
            out.append(StepLink(f, earlier[-1], 1 if up else -1, True,
                                "a level after a noun of change said of its year, against the same measure's level before"))
    return out


# "Thefts from vehicles have risen on last year. Theft from a vehicle was reported 830 times, compared to 740
# in 2011": a sentence of no figure says which way a measure moved, the next gives its two levels
_COMPARED_WITH = lazy_re.compile(r"^[^#;]{0,60}?,?\s*(?:compared\s+(?:to|with)|as\s+against|against)\s+(?:the\s+)?$")
_EARLIER_AFTER = lazy_re.compile(r"^\s*(?:in\s+(?:19|20)\d\d|(?:a|one)\s+year\s+(?:earlier|before|ago)|last\s+year|"
                                 r"in\s+the\s+same\s+(?:period|month|quarter)\b)")
_MEASURE_WORD = lazy_re.compile(r"\b[a-z]{4,}")


_SIZES_OF_A_MOVE = frozenset((Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE, Role.DURATION))
# a move said over a span of time: "over the last five years", "in the past #1# months", "over three years", "since 2019"
_OVER_A_SPAN = lazy_re.compile(rf"\b(?:(?:over|in|during)\s+the\s+(?:last|past)\s+|over\s+)(?:[a-z#0-9]+\s+)?"
                               rf"(?:{lexicon.alternation(lexicon.SPAN_UNITS)})\b|\bsince\s+(?:19|20)\d\d\b"
                               # (the span a figure of its own: "over the last #1#", #1# "five years")
                               r"|(?:\b(?:over|in|during)\s+the\s+(?:last|past)\s+|\bover\s+)#(?P<span>\d+)#", re.I)


def _over_a_span(segment: Segment, frames: dict[str, Frame]) -> bool:
    """Whether a sentence says its move over a span of time, in words or by a figure of a duration."""
    for m in _OVER_A_SPAN.finditer(segment.skeleton):
        if m.group("span") is None or frames[segment.figures[int(m.group("span"))].id].role is Role.DURATION:
            return True
    return False


def _moved_said_before(seg: Segment, previous: Segment | None, frames: dict[str, Frame]) -> StepLink | None:
    """Two levels (or rates, or ratios) "N, compared with M in 2011" after a sentence without figures (or with only
    the size of a move over a span, "has gone up by 45% over five years") that says the measure rose or fell, the two
    naming a word of the measure alike ("thefts"/"theft"), or the sentence before naming every word of the levels' measure ("the deteriorating energy availability factor (EAF)" before
    "The EAF was 55% compared with 59% last year"). A move judged better or worse takes its sign from the
    measure's words. Uncertain: the sentence before may speak of a wider measure."""
    # (the sentence before may size the move it says, so long as it gives no level: "The number of parcels handed out
    # has gone up by 45% over five years. In 2023-24, 6,717 parcels were given out, against 4,617 in 2019-20")
    # (only a move over a span, whose ends the two levels are: "rose 4% this summer" says nothing of August's level)
    if previous is None or len(seg.figures) != 2 or len(previous.skeleton) > _SAID_BEFORE_NAMED \
            or (previous.figures and (any(frames[g.id].role not in _SIZES_OF_A_MOVE for g in previous.figures)
                                      or not _over_a_span(previous, frames))):
        return None
    new, old = seg.figures
    if not (same_unit(new, old) and new.unit == old.unit and frames[new.id].role is frames[old.id].role
            and frames[new.id].role in (Role.LEVEL, Role.SHARE, Role.RATIO)) \
            or not _COMPARED_WITH.match(seg.between(0, 1)) or not _EARLIER_AFTER.match(seg.after(1, 40)):
        return None
    judged = judged_direction(previous.skeleton)
    direction = judged or verb_direction(previous.skeleton)
    stems = {w[:5] for w in _MEASURE_WORD.findall(seg.skeleton)}
    alike = len(previous.skeleton) <= _SAID_BEFORE and any(w[:5] in stems for w in _MEASURE_WORD.findall(previous.skeleton))
    named = _measure_name_words(new.measure)
    if not direction or not (alike or (named and new.measure == old.measure
                                       and named <= set(lexicon.folded_words(previous.skeleton)))):
        return None
    # firm when the sentence before names the measure by the very words the levels' sentence names it with, and says
    # its way by a verb of change, not by better or worse
    verb = _CHANGE_VERB.search(previous.skeleton)
    firm = not judged and verb is not None and bool(_named_words(seg.skeleton[:seg.slots[0][0]])) \
        and _named_words(previous.skeleton[:verb.start()]) == _named_words(seg.skeleton[:seg.slots[0][0]])
    return StepLink(new, old, direction, firm, "two levels compared after a sentence that says which way they moved"
                    + (", the measure named alike" if firm else ""))


# "the same drop showed up in the number of candidates reaching C+: that number was 88,929 (15.41%) in 2016 compared to
# 169,492 (32.23%) in 2015": a clause without figures names a change of a measure, then after a colon an anaphor of the
# measure gives its two levels, the earlier marked by its time
_ONE_WAY = lazy_re.compile(rf"\b(?:(?P<up>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_UP + lexicon.CHANGE_VERBS_UP if w != 'up'))})|"
                           rf"(?P<down>{lexicon.alternation(tuple(w for w in cues.CHANGE_NOUNS_DOWN + lexicon.CHANGE_VERBS_DOWN if w != 'down'))}))s?\b")
_ANAPHOR_LEVEL = lazy_re.compile(r"^\s*(?:(?:that|this|the)\s+(?:number|figure|total|count|tally|level)|it|they)\s+"
                                 r"(?:was|is|were|are|stood\s+at|stands\s+at|came\s+to|reached|totalled|totaled)\s+"
                                 r"(?:(?:just|only|some|about)\s+)?$")
_THEN_COMPARED = lazy_re.compile(r"\s*(?:\([^()#]*(?:#\d+#[^()#]*)?\)\s*)?(?:(?:in|for|at)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\b[^#,;]{0,40}?)?"
                                 r",?\s*(?:compared\s+(?:to|with)|as\s+against|against|versus)\s+(?:the\s+)?(?=#\d+#)")
_EARLIER_YEAR_AFTER = lazy_re.compile(r"^\s*(?:\([^()#]*(?:#\d+#[^()#]*)?\)\s*)?(?:in\s+(?P<year>(?:19|20)\d\d)\b|"
                                      r"(?:a|one)\s+year\s+(?:earlier|before|ago)|last\s+year|the\s+year\s+before)")


def _moved_said_before_a_colon(seg: Segment, frames: dict[str, Frame]) -> StepLink | None:
    """The levels after a colon, "that number was N ... compared to M in 2015", of a change the clause before the colon
    names one way only ("the same drop showed up in the number of ..."): N lies on that side of M. Firm: the anaphor
    opening the colon's clause is the measure whose change the clause before names."""
    colon = seg.skeleton.find(":")
    if colon < 0 or len(seg.figures) < 2 or seg.slots[0][0] < colon:
        return None
    ways = {bool(m.group("up")) for m in _ONE_WAY.finditer(seg.skeleton[:colon])}
    if len(ways) != 1 or not _ANAPHOR_LEVEL.match(seg.skeleton[colon + 1:seg.slots[0][0]]):
        return None
    new = seg.figures[0]
    compared = _THEN_COMPARED.match(seg.skeleton, seg.slots[0][1])
    if compared is None:
        return None
    k = next((j for j, slot in enumerate(seg.slots) if slot[0] == compared.end()), None)
    if k is None:
        return None
    old = seg.figures[k]
    earlier = _EARLIER_YEAR_AFTER.match(seg.after(k, 60))
    if earlier is None or (compared.group("year") and earlier.group("year") and earlier.group("year") >= compared.group("year")):
        return None
    if not (same_unit(new, old) and new.unit == old.unit and frames[new.id].role is frames[old.id].role
            and frames[new.id].role in (Role.LEVEL, Role.SHARE, Role.RATIO) and written_in_digits(new)
            and written_in_digits(old) and not new.qualifier and not old.qualifier):
        return None
    return StepLink(new, old, 1 if ways == {True} else -1, True,
                    "two levels after a colon, of a change the clause before names one way")


# "numbers for kids' bikes fell well below last year's, with 13,978 units this year against 22,140 last year": a
# clause that names one move, then ", with" or a colon and the two levels, the later set against the earlier
_WITH_OR_COLON_ENDS = lazy_re.compile(r"(?:,\s*with|:)\s*(?:(?:just|only|some|about|around)\s+)?$")


def _moved_then_two_levels(seg: Segment, frames: dict[str, Frame]) -> StepLink | None:
    """The two levels after ", with" or a colon, "N this year against M last year", of a move the clause before them
    names one way only ("fell well below last year's"): N lies on that side of M, the earlier marked by its time."""
    if len(seg.figures) < 2:
        return None
    opening = seg.skeleton[:seg.slots[0][0]]
    joint = _WITH_OR_COLON_ENDS.search(opening)
    if joint is None or _CONTRAST.search(opening[:joint.start()]) or not _SET_AGAINST.match(seg.between(0, 1)) \
            or _CONTRAST.search(seg.between(0, 1)):
        return None
    ways = {bool(m.group("up")) for m in _ONE_WAY.finditer(opening[:joint.start()])}
    earlier = _EARLIER_YEAR_AFTER.match(seg.after(1, 60))
    if len(ways) != 1 or earlier is None:
        return None
    new, old = seg.figures[0], seg.figures[1]
    later_year = _A_YEAR.search(seg.between(0, 1))
    if later_year and earlier.group("year") and earlier.group("year") >= later_year.group():
        return None
    if not (same_unit(new, old) and new.unit == old.unit and frames[new.id].role is frames[old.id].role
            and frames[new.id].role in (Role.LEVEL, Role.SHARE, Role.RATIO) and written_in_digits(new)
            and written_in_digits(old) and not new.qualifier and not old.qualifier):
        return None
    return StepLink(new, old, 1 if ways == {True} else -1, True,
                    "two levels after ', with' or a colon, of a move the clause before names one way")


# the content words of a measure's name in a clause, no function word, auxiliary, adverb or participle: "thefts from
# vehicles, however, have" and "theft from a vehicle has been reported" both name {theft, vehicle}
_NAMING = lazy_re.compile(r"[a-z][a-z'’-]{2,}")
_NOT_NAMING = frozenset(("has", "have", "had", "been", "was", "were", "are", "however", "also", "meanwhile", "again",
                         "still", "though", "with", "from", "than", "all", "its", "their", "this", "that", "these",
                         "those", "there", "then", "now", "but", "yet", "while", "whereas", "some", "such"))
_CHANGE_VERB = lazy_re.compile(rf"\b(?:{lexicon.alternation(tuple(w for w in lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN if w not in ('up', 'down')))})\b")


def _named_words(words: str) -> frozenset[str]:
    return frozenset(lexicon.fold(w) for w in _NAMING.findall(words)
                     if w not in _NOT_NAMING and not w.endswith(("ed", "ly", "ing"))) - _MINOR_WORDS


_SAID_BEFORE = 160  # characters of a sentence whose words the levels' sentence shares
_SAID_BEFORE_NAMED = 300  # of one that names every word of their measure
_NAME_ENDS = frozenset({"for", "per", "in", "on", "from", "to", "at", "of", "by", "during", "since", "among"})


def _measure_name_words(measure: str) -> frozenset[str]:
    """The folded words of a measure before its first preposition, less minor and period words and a verb's
    participle the measure reader kept ("pass rate" of "pass rate in the north", "eaf" of "eaf to end-september",
    "occupancy" of "occupancy averaged")."""
    words = []
    for w in measure.lower().split():
        if w in _NAME_ENDS:
            break
        words.append(w)
    return frozenset(w for w in lexicon.folded_words(" ".join(words)) if not w.endswith("ed")) \
        - _MINOR_WORDS - frozenset(lexicon.PERIOD_WORDS)


_MOVE_VERBS = (r"\b(?:(?P<up>(?:lifted|raised|pushed|boosted|took)\s+(?:[a-z'’-]+\s+){0,4}?|went\s+up|gone\s+up|rose|risen|climbed(?:\s+back)?|increased|grew|grown|jumped|recovered|"
                       # (the present tense: "turnout drops to", "the index climbs back to")
                       r"goes\s+up|rises|climbs(?:\s+back)?|increases|grows|jumps|recovers|"
                       r"bounced\s+back|moved\s+up|edged\s+up|picked\s+up|"
                       # (the participles, a step told after the one before: "..., before falling back to £2.55")
                       r"rising|climbing(?:\s+back)?|increasing|growing|jumping|recovering|going\s+up|edging\s+up|"
                       r"bouncing\s+back)|(?P<down>came\s+down|come\s+down|gone\s+down|"
                       r"fallen(?:\s+back)?|fell(?:\s+back)?|dropped(?:\s+back)?|goes\s+down|comes\s+down|"
                       r"falls(?:\s+back)?|drops(?:\s+back)?|declines|decreases|slips(?:\s+back)?|eases(?:\s+back)?|"
                       r"declined|decreased|slipped(?:\s+back)?|eased(?:\s+back)?|went\s+down|edged\s+down|"
                       r"falling(?:\s+back)?|dropping(?:\s+back)?|declining|decreasing|slipping(?:\s+back)?|"
                       r"easing(?:\s+back)?|going\s+down|coming\s+down|edging\s+down|"
                       r"(?:cut|reduced|lowered|trimmed|brought\s+down)\s+(?:[a-z'’-]+\s+){0,4}?))\s*")
_MOVED_TO = lazy_re.compile(_MOVE_VERBS + r"(?:again\s+|further\s+)?to\s+(?:a\s+|an\s+)?(?:[a-z]+\s+){0,1}$", screened=True)
# a move, then a colon and the level it reached, its time after it: "Numbers climbed again in the following year:
# 3,980,450 in 2022-23", "Income from fines rose again: R227,116,046 in 2014-15"
# (an intransitive move only: "raised concern: 4,000 ..." moves nothing to the figure)
_MOVED_THEN_COLON = lazy_re.compile(r"(?!\b(?:lifted|raised|pushed|boosted|took|cut|reduced|lowered|trimmed|brought)\b)"
                                    + _MOVE_VERBS + r"(?:again|further|sharply|steeply|strongly|slightly)?\s*"
                                    # (the time it moved in, if said: "in the following year", "in 2023"; not a
                                    # place, "rose in three regions:", whose figures are the places')
                                    r"(?:(?:in|over|during|for)\s+(?:the\s+)?(?:(?:following|next|latest|last|past|same|"
                                    r"first|second|third|fourth|fiscal|financial)\s+)?(?:year|quarter|month|season|half|"
                                    r"period)\s*|in\s+(?:19|20)\d\d(?:[-/]\d\d)?\s*|(?:last|this)\s+year\s*)?:\s*$", screened=True)
_PARTICIPLE = lazy_re.compile(r"ing\b")
# between a level and a participle that moves the same series on: a time, and "before", "then", "and" ("to £2.40 in
# 2021, before falling back to"), no subject of its own
_SAME_MOVER = lazy_re.compile(r"^[\s,]*(?:(?:in|by|at|during|over|for)\s+[a-z0-9 ]{1,25}?\s*,?\s*)?"
                              r"(?:(?:before|then|and|later|eventually|subsequently|only|briefly)\s+){0,2}$")
_FROM_AFTER_LEVEL = lazy_re.compile(r"^\s*,?\s*(?:[a-z]+\s+){0,3}?from\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+)?$")
# "82.3% is up slightly from December 2014, which was 81%": the time moved from, then its level
_MOVED_FROM_A_TIME = lazy_re.compile(r"^\s*,?\s*(?:is|was|are|were|has\s+been|had\s+been)?\s*(?:(?P<up>up|higher)|(?P<down>down|lower))"
                                     r"\s+(?:[a-z]+ly\s+)?from\s+[^#;,]{1,30},\s*(?:which|when\s+it)\s+(?:was|stood\s+at)\s+$")
_MOVED_FROM = lazy_re.compile(r"^[^#;:]{0,60}?(?:,|(?P<bracket>\())\s*(?:(?P<up>up)|(?P<down>down))\s+from\s+(?:the\s+|a\s+|an\s+)?$")
_STEP_OPENING = lazy_re.compile(r"^[^#]{0,50}$")
# the subject of a move that stands for the series the sentence before gave a level of: "By 1980 it had come down to",
# "In 2021 the number rose to", "By June the total had dropped to"
_SERIES_SUBJECT = lazy_re.compile(rf"(?:^|[\s,])(?:it|they|the\s+(?:{lexicon.alternation(lexicon.SERIES_NOUNS)}))\s+"
                                  r"(?:(?:had|has|have)\s+)?(?:(?:then|since|again|further|now|also)\s+)?$")
_DIGIT = lazy_re.compile(r"\d")


def _later_period(new: Figure, old: Figure) -> bool:
    """Whether the new level's stated period comes after the old one's, both written in one form ("1980" after "1973",
    "2021-06" after "2021-03", a month "06" after "03" of the same unnamed year; not "03" after "12")."""
    if new.period_source != "stated" or old.period_source != "stated":
        return False
    a, b = new.period, old.period
    return len(a) == len(b) and _DIGIT.sub("9", a) == _DIGIT.sub("9", b) and any(map(str.isdigit, a)) and a > b


def _firm_step(subject: str, old: Figure, new: Figure, frames: dict[str, Frame], old_clause: str = "") -> bool:
    """A move to a level from the one level of its unit the sentence before gave is firm when the mover is the series
    itself ("it", "the number"), or names it by the very words the old level's sentence named it with before the
    figure (`old_clause`), and the new level is of a later time than the old: "Membership stood at 12,400 in 2015. By
    2020 it had fallen to 11,900", "Licence fee income was N$48.2 million in 2019. Income from licence fees fell back to
    N$45.7 million in 2020" (fewer words may name a wider measure: "Car exports ... Exports fell to" is only likely)."""
    named = _named_words(subject)
    mover = bool(_SERIES_SUBJECT.search(subject)) or (bool(named) and named == _named_words(old_clause))
    # (the new level of the old one's group, or of none, as a pronoun names none of its own: "stood at €412,000 in the
    # capital in 2023. In 2024 they rose to €431,500"; not "it had fallen to 9,900 in the north")
    return mover and _later_period(new, old) and new.unit == old.unit \
        and frames[new.id].modality == frames[old.id].modality == "stated" \
        and frames[new.id].group in ("", frames[old.id].group)
_OWN_CHANGE_ASIDE = lazy_re.compile(r"^\s*,\s*(?:up|down|an?\s+(?:rise|increase|fall|drop|decline)\s+of)\s+(?:by\s+)?$")
_NOUN_FROM = lazy_re.compile(r"^[^#;:]{0,40}?,\s*(?:and\s+)?(?:(?:was|is|were|are|marked|marking)\s+)?(?:also\s+)?an?\s+"
                             r"(?:(?:sharp|steep|big|strong|modest|slight|small|marked|further)\s+)?"
                             r"(?:(?P<up>jump|rise|increase|gain|climb|surge|improvement)|fall|drop|decline|decrease|dip|slide)"
                             r"\s+from\s+(?:the\s+)?$")


def changes_of_steps(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                     steps: list[StepLink], linked: frozenset[str]) -> list[ChangeLink]:
    """A change the next sentence opens with, naming the move of the sentence before: "spent Rs 1,240
    crore, up from Rs 1,050 crore. The increase of Rs 190 crore came mostly from ..."."""
    out = []
    last_step = {}
    for link in steps:
        if link.certain:
            last_step[frames[link.new.id].segment] = link  # the last move each sentence tells
    for i, link in last_step.items():
        if i + 1 >= len(segments) or segments[i + 1].paragraph != segments[i].paragraph:
            continue
        seg = segments[i + 1]
        if not seg.figures or seg.is_table_row:
            continue
        change = seg.figures[0]
        frame = frames[change.id]
        m = _STEP_ANAPHOR.match(seg.before(0, 80))
        if m is None or change.id in linked or frame.role not in (Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE):
            continue
        if frame.role is Role.CHANGE and not same_unit(change, link.new):
            continue
        noun_direction = -1 if m.group("down") else 1
        if noun_direction != link.direction:
            continue  # "up from" then "The fall of": words at odds; the change-direction check speaks to that
        out.append(ChangeLink(change, link.old, (link.new,), link.direction, True,
                              "a move told in one sentence, then 'the increase of' it in the next"))
    told = {link.change.id for link in out} | linked
    for i, link in last_step.items():
        if i == 0 or not continues(segments, i - 1, i) or segments[i - 1].is_table_row:
            continue
        found = _change_told_before(document_text, segments, i, link, frames, told)
        if found is not None:
            out.append(found)
    return out


def _change_told_before(document_text: str, segments: tuple[Segment, ...], i: int, step: StepLink,
                        frames: dict[str, Frame], told: set[str]) -> ChangeLink | None:
    """A change in units told in one sentence, then the move it made in the next: "Glo recorded a
    312,274 rise in subscriptions. The new activations lifted its subscriptions to 59.9 million from
    59.6 million". The change is the one of its sentence in the move's unit and direction, and its
    clause names what the move's level counts; sure when it also names no subject the move's does not."""
    seg = segments[i - 1]
    changes = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.CHANGE and f.id not in told
               and frames[f.id].modality == "stated" and same_unit(f, step.new)
               and frames[f.id].direction in (0, step.direction)]
    if len(changes) != 1 or not frames[step.new.id].head:
        return None
    k = changes[0]
    if frames[step.new.id].head not in {lexicon.stem(w) for w in clause_words(document_text, seg, k)}:
        return None
    if _OWN_BASE_AFTER.match(seg.after(k, 80)):
        return None  # "rose 115.61 million pounds or 158.43p per share from 105.23 million": the change names its own
        # old level, so it is not the move the next sentence tells ("Operating profit was ..., up from ...")
    move_words = set(_WORD.findall(segments[i].skeleton))
    fronted = _FRONTED_SCOPE.match(segments[i].skeleton)
    if fronted and not set(_WORD.findall(fronted.group("scope"))) <= set(_WORD.findall(seg.skeleton)):
        return None  # "In the capital, enrolment went up to ...": a part of what the change was of
    certain = all(set(_WORD.findall(name.lower())) <= move_words for name in names_near(document_text, seg, k))
    return ChangeLink(seg.figures[k], step.old, (step.new,), step.direction, certain,
                      "a change told in one sentence, then the move it made in the next")


_WORD = lazy_re.compile(r"[a-z]+")
# after a change, in its own clause, "from" or "than" and a figure: the old level the change is from
_OWN_BASE_AFTER = lazy_re.compile(r"^[^;:]{0,60}?\b(?:from|than|compared\s+(?:with|to)|against)\s+(?:the\s+|a\s+)?#\d+#")
_FRONTED_SCOPE = lazy_re.compile(r"^\W*(?:in|among|for|across|outside|within|at)\s+(?:the\s+)?(?P<scope>[^#,;.]{1,40}?),")


_REMAINDER_LEAD = lazy_re.compile(rf"^\s*(?:the\s+|a\s+)?(?:{lexicon.alternation(lexicon.REMAINDER_WORDS)})\b")


def continues(segments: tuple[Segment, ...], i: int, j: int) -> bool:
    """Segments i and j (neighbours) tell one passage: of one paragraph, or each a paragraph of one
    sentence (the newswire's way)."""
    return segments[i].paragraph == segments[j].paragraph \
        or _a_paragraph_of_one_sentence(segments, i) and _a_paragraph_of_one_sentence(segments, j)


def _a_paragraph_of_one_sentence(segments: tuple[Segment, ...], i: int) -> bool:
    return all(segments[m].paragraph != segments[i].paragraph for m in (i - 1, i + 1) if 0 <= m < len(segments))


_STEP_ANAPHOR = lazy_re.compile(r"^\W*(?:the|this|that)\s+(?:(?P<up>increase|rise|gain|growth|jump|addition)|"
                           r"(?P<down>fall|drop|decline|decrease|reduction|loss))\s+(?:of|was|came\s+to|amounted\s+to)?"
                           r"\s*(?:some\s+|about\s+|nearly\s+|almost\s+)?$")


def change_pairs(seg: Segment, frames: dict[str, Frame], previous: Segment | None = None) -> list[ChangePairLink]:
    """`previous`: the sentence before, when it continues the passage (see `continues`)."""
    out = []
    for k in range(len(seg.figures) - 1):
        x, y = frames[seg.figures[k].id], frames[seg.figures[k + 1].id]
        glue = seg.between(k, k + 1)
        bracketed = _BRACKETED_AMOUNT.match(glue)
        if x.role is Role.RELATIVE_CHANGE and y.role is Role.LEVEL and bracketed:
            y = replace(y, role=Role.CHANGE, direction=x.direction)  # "down 4.5% (583 units)", "3.3% higher (+$0.99"
        elif x.role is Role.LEVEL and y.role is Role.RELATIVE_CHANGE and y.direction \
                and _NOUN_OR_THEN_RATE.match(glue) and _COMPARATIVE_NEXT.match(seg.after(k + 1, 20)):
            # "1,242 or 1.6% fewer", "$49.9 billion or 1.8 percent lower": the comparative after the rate is
            # the amount's too, so the amount is the same change in units
            x = replace(x, role=Role.CHANGE, direction=y.direction)
        named_by_a_noun = x.role is Role.CHANGE and bool(_NOUN_OF_CHANGE_NAMES_THE_RATE.match(glue)) \
            and not _RATE_OF_ITS_OWN_MEASURE.match(seg.after(k + 1, 30))
        if x.role is Role.LEVEL and y.figure.unit == "percent" and y.role in (Role.SHARE, Role.RELATIVE_CHANGE) \
                and _OR_THEN_RATE.match(glue) and k + 2 < len(seg.figures) and _RATE_THEN_TO.match(seg.between(k + 1, k + 2)):
            # "increases in visitors from Australia [1,691 or 6.0 per cent to 29,730]": an amount or its rate, then "to"
            # the level they reached, told in brackets after the word of change that gives their direction
            reached = seg.figures[k + 2]
            direction = y.direction or verb_direction(seg.before(k, 400))
            if direction and frames[reached.id].is_level and same_unit(reached, x.figure) and reached.value > x.figure.value:
                out.append(ChangePairLink(reached, x.figure, y.figure, direction,
                                          "an amount or its rate, then 'to' the level they reached"))
                continue
        if {x.role, y.role} != {Role.CHANGE, Role.RELATIVE_CHANGE} or not (bracketed or named_by_a_noun or _PAIR_GLUE.match(glue)):
            continue
        amount, rate = (x, y) if x.role is Role.CHANGE else (y, x)
        direction = x.direction or y.direction
        if x.direction and y.direction and x.direction != y.direction:
            continue
        # the level reached: "lost 9.90, or 4.60%, to 205.10" after the pair, or the nearest level
        # before it in its clause that is not the old one ("from KSh 406.8 billion", "when 3,874 were")
        after = k + 2 if k + 2 < len(seg.figures) and (_TO_NEW.match(seg.between(k + 1, k + 2))
                                                       or _LEVEL_REACHED.match(seg.between(k + 1, k + 2))
                                                       or _CLOSED_AT.match(seg.between(k + 1, k + 2))) else None
        if after is not None and same_unit(seg.figures[after], amount.figure) and frames[seg.figures[after].id].is_level:
            out.append(ChangePairLink(seg.figures[after], amount.figure, rate.figure, direction,
                                      "its change in units and as a rate side by side, then the level reached"))
            continue
        old = k + 2 if k + 2 < len(seg.figures) and _FROM_OLD.match(seg.between(k + 1, k + 2)) else None
        if old is not None and same_unit(seg.figures[old], amount.figure) and frames[seg.figures[old].id].is_level \
                and seg.figures[k + 1] is rate.figure:
            out.append(ChangePairLink(seg.figures[old], amount.figure, rate.figure, direction,
                                      "its change in units, then as a rate from the old level", level_is_old=True))
            continue
        # (not a figure in brackets after a rate of its own: "arrivals grew by 13.6 per cent (91,089), supported by
        # increases of 8.1 per cent (86,125) in St Kitts and Nevis": another item's pair)
        levels = [j for j in range(k - 1, -1, -1) if same_unit(seg.figures[j], amount.figure)
                  and frames[seg.figures[j].id].role in (Role.LEVEL, Role.BOUND) and written_in_digits(seg.figures[j])
                  and not _THE_OLD_LEVEL.search(seg.before(j, 60))
                  and not (j > 0 and seg.figures[j - 1].unit == "percent"
                           and _BRACKET_OPENS.match(seg.between(j - 1, j)))
                  # (not an aside in brackets closed before the pair: "reached 2.166 million (1.262 million men,
                  # 904,000 women), an increase of 105,000 or 5.1 percent": the parts of the level that moved)
                  and not _CLOSES_A_BRACKET.match(seg.between(j, k))]
        if not levels and k == 0 and previous is not None and _POINTS_BACK.match(seg.skeleton):
            # "Deliveries fell to 611,000 tonnes in March. That was 23,000 tonnes, or 3.6 per cent, less than
            # a year before": the change of the one level the sentence before states
            before = [f for f in previous.figures if same_unit(f, amount.figure) and frames[f.id].is_level
                      and frames[f.id].modality == "stated" and written_in_digits(f)]
            if len(before) > 1:
                # (the one whose measure names what the change counts: "668,277 passenger movements were counted on
                # the 306 cruise vessels. That is 150,683 passengers more than in the year before, a rise of 29.1%")
                noun = frames[amount.figure.id].head
                before = [f for f in before if noun and noun in lexicon.folded_words(f.measure)]
            if len(before) == 1:
                out.append(ChangePairLink(before[0], amount.figure, rate.figure, direction,
                                          "a level, then 'that was' its change in units and as a rate"))
            continue
        if not levels or _CONTRAST.search(seg.between(levels[0], k)) or _NEW_CLAUSE.search(seg.between(levels[0], k)):
            continue
        if subject_of_its_own_moves(seg.between(levels[0], k)):
            continue  # "a loss of $3 billion ..., at the same time overall operating revenue increased by $845 million, or
            # 4.8%": after the comma a subject of its own moves, and the pair is its change, not the level's
        if _CAUSE_OPENS_BETWEEN.search(seg.between(levels[0], k)):
            continue  # "fell by 1.0% to 10,548.2 TWh due to lower coal production, down by 13.4% or 361.4 TWh":
            # the pair after the cause's words measures the cause, not the level before them
        # (an amount before "or" and the rate is read as a change by the comparative after the rate: "2,650 or 8% more
        # than planned")
        shares_the_comparative = frames[amount.figure.id].role is Role.LEVEL \
            or amount is x and bool(_NOUN_OR_THEN_RATE.match(glue))
        if shares_the_comparative and amount.figure.value >= seg.figures[levels[0]].value:
            continue  # an amount read as a change by the comparative it shares, yet as large as the level: not its change
        if _moves_another_measure(seg.after(k + 1, 100), seg.figures[levels[0]]):
            continue  # "grew by €52m to €702m, helped by a €31m (19%) increase in sponsorship income": the pair names
            # what moved, and the level counts something else
        out.append(ChangePairLink(seg.figures[levels[0]], amount.figure, rate.figure, direction,
                                  "a level, then its change in units and as a rate side by side"))
    # "rising by 32,605 to 52,865, which translates to a 161 percent growth": the amount, the level
    # reached, then the same change as a rate
    for k in range(len(seg.figures) - 2):
        amount, level, rate = (frames[f.id] for f in seg.figures[k:k + 3])
        if amount.role is Role.CHANGE and level.is_level and rate.role is Role.RELATIVE_CHANGE \
                and same_unit(amount.figure, level.figure) and _TO_NEW.match(seg.between(k, k + 1)) \
                and _RATE_OF_THE_MOVE.match(seg.between(k + 1, k + 2)) \
                and not (amount.direction and rate.direction and amount.direction != rate.direction):
            out.append(ChangePairLink(level.figure, amount.figure, rate.figure, amount.direction or rate.direction,
                                      "a change in units to the level reached, then the same change as a rate"))
    if not out:
        told = _one_change_told_two_ways(seg, frames, previous)
        if told is not None:
            out.append(told)
    return out


_CAUSE_OPENS_BETWEEN = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CAUSE_OPENERS)})\b")


def _moves_another_measure(after: str, level: Figure) -> bool:
    """Whether the words right after a change ("...) increase in sponsorship income") name what moved with a word
    the level's measure lacks: the change is of a part or a neighbour of the level ("commercial revenues" within
    "revenue"), not the level's."""
    after = after.lstrip(" )],")
    span = _SPAN_OF_A_MOVE.match(after)
    moved = moved_measure(after[span.end():] if span else after)
    moved_words = set(lexicon.folded_words(moved)) - _MEASURELESS
    counted = set(lexicon.folded_words(level.measure)) - _MEASURELESS
    return bool(counted) and bool(moved_words - counted)


_MEASURELESS = frozenset(lexicon.SCOPE_FREE_WORDS)  # words that name no measure
_SPAN_OF_A_MOVE = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.SPAN_OF_A_MOVE)})(?=\s)")


def _one_change_told_two_ways(seg: Segment, frames: dict[str, Frame], previous: Segment | None) -> ChangePairLink | None:
    """A sentence that tells one change, and only one, both in units and as a rate, in any order and with any words
    between ("sales rose 420 units, a 9.5 percent jump"; "up 9.5% in March, at 4,820 units, an extra 420 on the
    year"; "a year-on-year rise of 9.5% that added 420 units"), and the one level of its unit the change is
    measured to: the sentence's own, not an old one ("from", "than", "against" before it), or, for a sentence that
    points back ("That is 420 more than a year earlier, or 9.5% higher"), the one level of the sentence before.
    The two must be of one measure (their measures share a content word, or one of them names none), of one
    direction, with no contrast and no other clause between them."""
    if seg.is_table_row:
        return None  # (a row's change and rate are read with its columns)
    changes = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.CHANGE]
    rates = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.RELATIVE_CHANGE]
    if len(changes) != 1 or len(rates) != 1:
        return None
    c, r = changes[0], rates[0]
    if r == c + 1 and r + 1 < len(seg.figures) and rate_beside_change(seg.between(c, r)):
        return None  # "fell by 15,400 (1.4%) to 11,444,000": the change-with-rate check's reading
    amount, rate = seg.figures[c], seg.figures[r]
    direction = frames[amount.id].direction or frames[rate.id].direction
    if not direction or frames[amount.id].direction * frames[rate.id].direction < 0 or amount.unit == "percent":
        return None
    low, high = min(c, r), max(c, r)
    if sum(1 for f in seg.figures if f.unit == "percent") > 1 \
            or any(not same_unit(seg.figures[j], amount) for j in range(low + 1, high)):
        return None  # ("decreased by around 4,000 to 172,376 tonnes (- 2.2 %), turnover dropped by 3.4 %": whose rate?)
    if _CONTRAST.search(seg.between(low, high)) or _ANOTHER_CLAUSE.search(seg.between(low, high)) \
            or not _one_measure(amount, rate):
        return None  # ("sales in the north rose 9.5%, and sales in the south by 420 units": two changes of two groups)
    levels = [k for k, f in enumerate(seg.figures) if frames[f.id].role is Role.LEVEL and same_unit(f, amount)
              and written_in_digits(f) and f.value > abs(amount.value)]
    if len(levels) > 1:
        return None
    if levels:
        k = levels[0]
        span = seg.between(min(k, low), max(k, high))
        if k > high and _OLD_TOLD_IN_A_RELATIVE.search(seg.before(k, 80)) and not _ANOTHER_CLAUSE.search(span) \
                and _one_measure(seg.figures[k], amount):
            # "down 20.2 percent or $14.6 million as opposed to May 2017, which amounted to $72.6 million": the level a
            # relative clause gives the time compared with is the old one
            return ChangePairLink(seg.figures[k], amount, rate, direction,
                                  "one change told in units and as a rate, the old level in a relative clause",
                                  level_is_old=True)
        if _THE_OLD_LEVEL.search(seg.before(k, 60)) or _ANOTHER_CLAUSE.search(span) \
                or (_CONTRAST.search(span) and not _DEFINITE_CHANGE_AFTER_A_SEMICOLON.search(span)) \
                or not _one_measure(seg.figures[k], amount):
            return None
        level = seg.figures[k]
    elif previous is not None and min(c, r) == 0 and _POINTS_BACK.match(seg.skeleton):
        # (the one level of the sentence before: "reached 6,590,095 tons in 2017 against 5,922,160 tons handled in
        # 2016. That is volume growth of 667,935 tons or 11.3%" names two, the old one after "against")
        before = [f for f in previous.figures if frames[f.id].is_level and same_unit(f, amount)
                  and frames[f.id].modality == "stated"]
        if len(before) != 1 or not written_in_digits(before[0]) or before[0].value <= abs(amount.value):
            return None
        level = before[0]
    else:
        return None
    return ChangePairLink(level, amount, rate, direction, "one change told in units and as a rate, and its level")


_ANOTHER_CLAUSE = lazy_re.compile(r"\band\b|,\s*(?:but|while|whereas)\b")
# "March sales totalled 4,820 units; the year-on-year gain was 420 units (9.5%)": a clause after a semicolon that
# opens on a definite noun of change tells the change of the clause before
_DEFINITE_CHANGE_AFTER_A_SEMICOLON = lazy_re.compile(
    rf"^[^;.:]*;\s*(?:the|this|that|its)\s+(?:[a-z'’-]+\s+){{0,2}}?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\b[^;.:]*$")
# the words of a measure that say nothing of what it counts: its unit, a noun of change, a word of time
_NOT_WHAT_IS_COUNTED = frozenset(lexicon.folded_words(" ".join(lexicon.CHANGE_NOUNS + lexicon.MEASURE_WORDS_OF_NO_THING)))


def _one_measure(a: Figure, b: Figure) -> bool:
    """Whether two figures may be of one measure: their measures share a content word, or one names none."""
    words_a = set(lexicon.folded_words(a.measure)) - _NOT_WHAT_IS_COUNTED
    words_b = set(lexicon.folded_words(b.measure)) - _NOT_WHAT_IS_COUNTED
    return not words_a or not words_b or bool(words_a & words_b)


# (or a noun of change in apposition: "shrank by 21,000 cows to 1.48 million, a fall of 2.4%")
_RATE_OF_THE_MOVE = lazy_re.compile(r"^\s*,\s*(?:which\s+(?:translates|translated|amounts|amounted|represents|represented|"
                                    r"is|was|means|meant)\s+(?:to\s+)?|representing\s+|or\s+|equivalent\s+to\s+)?"
                                    rf"(?:an?\s+)?(?:(?:[a-z]+\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS + ('loss',))})\s+of\s+)?$")


# ("remittances from abroad amounted to US$2.31 billion": "from" before a verb names a source, not the level before)
_THE_OLD_LEVEL = lazy_re.compile(r"\b(?:from|compared\s+with|compared\s+to|against|versus|than|on)\b"
                                 r"(?![^#]{0,50}\b(?:to|was|were|is|are|amounted|reached|stood|totalled|totaled|came)\s+[^#]{0,20}$)"
                                 r"[^#]{0,50}$")
# the time a change is measured against, then a relative clause that gives its level: "as opposed to May 2017, which
# amounted to $72.6 million", "compared with 2019, when it stood at 4,210"
_OLD_TOLD_IN_A_RELATIVE = lazy_re.compile(
    r"\b(?:from|compared\s+with|compared\s+to|against|versus|as\s+opposed\s+to|over|on)\s+[^#,;]{0,40}?,?\s*"
    r"(?:which|when)\s+(?:it\s+|they\s+)?(?:amounted|stood|was|were|reached|totalled|totaled|came|recorded)\b[^#]{0,12}$")
# after the rate, the old level: "a 35.4 percent increase from 1.54 million", "up 4.1% on the 2,310"
# the words after a figure close a bracket it stands in, before the next figure: ", 904,000 women), an increase of"
_CLOSES_A_BRACKET = lazy_re.compile(r"^[^()]*\)")
# (or a word of the move's direction before "from": "an increase of 105,000, or 5.1 percent up from 2.062 million")
_FROM_OLD = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})?\s*(?:(?:up|down|higher|lower)\s+)?"
                            r"(?:from|on|over)\s+(?:the\s+)?$")
# a rate, then its amount in brackets: "down 4.5% (583 units)", "3.3% higher (+$0.99 to $31.06)"
# an amount and a rate coordinated by "or", a comparative after the rate: "1,242 or 1.6% fewer"
# (no comma before "or": "reached 5,200, or 3% more" restates a level as its rate of change)
_OR_THEN_RATE = lazy_re.compile(r"^\s*or\s+(?:by\s+)?$")
# ... the amount's own noun may stand before "or": "2,140 lambs or 3.5% lower" (one word, no comma: "reached 5,200
# children, or 3% more" restates a level)
_NOUN_OR_THEN_RATE = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+)?or\s+(?:by\s+)?$")
_RATE_THEN_TO = lazy_re.compile(r"^\s*to\s+$")
# a noun of change right after a rate: "15.8% increase", "12% drop"
_CHANGE_NOUN_NEXT = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\b")
_COMPARATIVE_NEXT = lazy_re.compile(r"^\s*(?:fewer|lower|less|more|higher|smaller|larger|greater|bigger)\b")
_BRACKETED_AMOUNT = lazy_re.compile(r"^\s*(?:(?:higher|lower|more|less|up|down|above|below)\s+)?\(\s*[-+−–]?\s*$")
_PAIR_GLUE = lazy_re.compile(rf"^\s*(?:{CHANGE_SPAN})?"  # "by £14,200 over the year, or 5.4%"
                             r"(?:[a-z'’-]+\s*)?(?:\(|,?\s*or\s+(?:by\s+)?|,\s*(?:or\s+)?|\s*/\s*)\s*$"
                             # "rose by 546,000, representing a 35.4 percent increase"
                             r"|^\s*,\s*(?:representing|equivalent\s+to|equal\s+to|or)\s+(?:an?\s+)?$"
                             # "rose by two per cent with an additional 1,135", "2.2 per cent, an extra 1,135"
                             r"|^\s*,?\s*(?:with\s+)?(?:an?\s+)?(?:additional|extra|further)\s*$"
                             # "up 15% on January: 222 more families": the rate's base, then the amount after a colon
                             r"|^\s*(?:on|from|against|over)\s+[^#;:,.]{0,30}?\s*:\s*$"
                             # "150,683 passengers more than in the year before (2014), a rise of 29.1%"
                             rf"|^\s*(?:[a-z'’-]+\s+)?(?:more|fewer|less|higher|lower|up|down)\s+(?:than|on|from)\s+[^#;]{{0,40}}?"
                             rf",\s*(?:an?\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s+of\s*(?:some\s+|about\s+|nearly\s+)?$")
# "up £822 million, a rise of 3.3%", "up £822 million; the rise of 3.3% was the slowest since 2012": a noun of change
# in apposition, or opening the next clause with "the", names the change's rate...
_NOUN_OF_CHANGE_NAMES_THE_RATE = lazy_re.compile(
    rf"^\s*(?:[a-z'’-]+\s*)?[,;]\s*(?:an?|the|this|that)\s+(?:[a-z'’-]+\s+)?"
    rf"(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s+of\s*(?:some\s+|about\s+|nearly\s+|almost\s+)?$")
# ... unless the words after the rate give it a measure of its own: "up £822 million; the rise of 3.3% in exports"
_RATE_OF_ITS_OWN_MEASURE = lazy_re.compile(r"^\s*(?:in|of|for|among|at)\s+(?!real\b|nominal\b|cash\b|value\b|volume\b|"
                                           r"(?:the|a|one|that)\s+(?:year|quarter|month|period)\b|\d|#)")
# the level a change in units and as a rate brought: "1,135 crimes, to 53,239", "..., bringing the total to 53,239"
_RAISING = r"(?:bringing|taking|lifting|pushing|raising|lowering|putting)\s+(?:the\s+total|the\s+number|the\s+figure|" \
           r"the\s+count|the\s+toll|it|them)\s+"
_LEVEL_REACHED = lazy_re.compile(rf"^[^#;]{{0,30}}?(?:,\s*(?:{_RAISING})?|\s{_RAISING})to\s+"
                                 r"(?:a\s+|an\s+)?(?:[a-z'’-]+\s+){0,2}?$")


# "the R4.21 billion half-year profit", "its 2.14 million arrivals": a figure premodifying a definite noun
_DEFINITE_BEFORE = lazy_re.compile(r"\b(?:the|its|their|this|these|those|that)\s+$")
# "that" after a verb of saying or finding opens the clause it reports, no definite phrase: "The EC reported that 931,290
# ballots were invalid" restates nothing
_THAT_OPENS_A_CLAUSE = lazy_re.compile(rf"\b(?:[a-z]+ed|said|says|shows|notes|reports|states|found|finds|"
                                       rf"{lexicon.alternation(lexicon.GIVEN_AS_VERBS)})\s+that\s+$")
# "The group's net profit of", "Its workforce of", "the June jobless rate of": a definite phrase, then "of" its amount
# (a sentence opening on the indefinite article brings a new amount, refers back to none: "A provision of 3,133 crore
# has been made for industries" ... "A provision of 3297 crore has been made for roads")
_DEFINITE_HEAD_OF = lazy_re.compile(r"(?:^(?!\W*[Aa]n?\s)\W*|\b(?:the|its|their))\s*(?:[a-z'’-]+\s+){0,3}?(?P<head>[a-z'’-]+)\s+of\s+"
                                    r"(?:(?:about|some|nearly|almost|around)\s+)?$", screened=True)
_DEFINITE_REACH = 12  # sentences back an amount may be referred to
_MIN_PRECISE_DIGITS = 3  # "the 15 states" may be any 15 states; "the 321 deaths" is a known count
# the words after a figure up to where its noun phrase must end: a mark, or a verb
_NOUN_PHRASE_AFTER = lazy_re.compile(
    r"^\s*(?P<words>(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+)\s*(?:[,.;:)\"”]|$|(?:was|were|is|are|has|have|had|showed|"
    r"shows|show|came|rose|fell|grew|made|make|makes|represented|represents|accounted|marked|meant|means|took|"
    r"brought)\b)")
_NARROWING = frozenset({"from", "in", "on", "at", "of", "for", "with", "by", "under", "among", "who", "which", "that",
                        "than", "per", "across", "since", "to"})


def definite_restatements(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """A figure used inside a definite noun phrase refers back to an amount said before, of the
    same head noun, unit and period: "Net profit came to R4.12 billion. ... the R4.21 billion
    half-year profit" restates it. Read only when one phrase's words hold the other's ("312 road
    deaths" and "the 321 deaths"); "net profit" and "half-year profit" may be two amounts."""
    out: list[SameAsLink] = []
    earlier: list[Frame] = []  # levels of the sentences before, nearest last
    said_in: dict[tuple[str, str], int] = {}  # each number (as written, with its unit) of the sentences before: its last sentence
    for seg in segments:
        here: list[Frame] = []
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if frame.role is not Role.LEVEL or f.qualifier or not frame.head or frame.modality != "stated" \
                    or not written_in_digits(f):
                continue
            of_phrase = _DEFINITE_HEAD_OF.search(seg.before(k, 60))
            # "the 321 road deaths", or "the year's net profit of €19.4 million": the figure in a definite
            # phrase whose head is the measure's
            definite = _DEFINITE_BEFORE.search(seg.before(k, 12)) and not _THAT_OPENS_A_CLAUSE.search(seg.before(k, 30)) \
                and _ends_at_its_head(seg.after(k, 80), frame.head) \
                or of_phrase is not None and lexicon.fold(of_phrase.group("head")) == frame.head
            if definite and len(f.text.strip("0,. ").replace(",", "").replace(".", "")) >= _MIN_PRECISE_DIGITS:
                candidates = [g for g in earlier if g.segment >= seg.index - _DEFINITE_REACH
                              and g.head == frame.head and g.figure.unit == f.unit and g.figure.period == f.period
                              and (not g.group or not frame.group or g.group == frame.group)
                              # ("75 candidates with hearing loss passed" ... "out of the 212,640 candidates": the
                              # phrase of the head alone names all of the kind, not those the earlier words picked)
                              and not measures.a_subgroup(segments[g.segment], g.slot)]
                # one amount of the measure said before, however often: else "the" may point to any of them
                # (and not when the very number was said before of a noun the frames did not read: "Of these, 934
                # were primary schools and 326 were secondary schools ... Among the 326 secondary schools" points
                # back at the 326, not at the 1,260 schools)
                said_before = said_in.get((f.text, f.unit), -_DEFINITE_REACH - 1) >= seg.index - _DEFINITE_REACH
                if candidates and len({g.figure.value for g in candidates}) == 1 \
                        and not (said_before and candidates[-1].figure.value != f.value):
                    first = candidates[-1]
                    mine, theirs = _content_words(f.measure), _content_words(first.figure.measure)
                    # "successful candidates" are not "full-time candidates"; and a definite phrase refers back by
                    # the earlier words or fewer ("the 321 deaths"): one that adds a word names a subgroup of them
                    # ("Fires: 52,410" ... "Of the 21,880 dwelling fires")
                    same = mine <= theirs
                    if of_phrase is not None and not _DEFINITE_BEFORE.search(seg.before(k, 12)):
                        # "the cod quota of 19,500 tonnes" is not "a quota of 131,800 tonnes" said before: the
                        # phrase's own words (less a possessor's, "the group's") name the same measure exactly
                        same = theirs == _content_words(" ".join(w for w in of_phrase.group().split()[:-1]
                                                                 if not w.endswith(("'s", "’s"))))
                    if same and (_scope_not_told_in(seg, segments[first.segment])
                                 or _scope_not_told_in(segments[first.segment], seg)):
                        same = False  # "In the capital region, 23,800 eligible children" ... "In the northern region,
                        # ... of the 11,400 eligible children": a sentence opening on a scope the other does not name
                    if same:
                        out.append(SameAsLink(first.figure, f, "a figure in a definite noun phrase restating the "
                                              "amount said before ('the 321 road deaths')"))
            here.append(frame)
        earlier.extend(here)
        said_in.update(((f.text, f.unit), seg.index) for f in seg.figures)
    return out


def directions_named_before(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                            placed: frozenset[str]) -> list[StepLink]:
    """A level set against last period's with no word of direction ("The murder count stood at 40,
    in comparison to 42") after a sentence that named the direction of that measure among others
    ("murder, rape and housebreaking below last year's levels, while robbery has risen"): the level
    must lie on that side. The measure is the one word the pair's clause shares with one clause of
    direction, and with no clause of the other direction."""
    statements: list[tuple[int, int, frozenset[str]]] = []  # (segment, direction, words)
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k in range(len(seg.figures) - 1):
            a, b = seg.figures[k], seg.figures[k + 1]
            if a.id in placed or not (frames[a.id].is_level and frames[b.id].is_level and same_unit(a, b)
                                      and written_in_digits(a) and written_in_digits(b)):
                continue
            if not _SET_AGAINST_LAST.match(seg.between(k, k + 1)) or verb_direction(_NEW_CLAUSE.split(seg.before(k, 80))[-1]) \
                    or "respectively" in seg.skeleton:
                continue  # (a verb of its own clause gives its direction: the other grammars read it)
            words = clause_words(document_text, seg, k) - _MINOR_WORDS - _NOT_A_MEASURE_WORD
            recent = statements[-_STATEMENTS_BACK:]
            up = any(d > 0 and ws & words for _, d, ws in recent)
            down = any(d < 0 and ws & words for _, d, ws in recent)
            if bool(up) == bool(down):
                continue  # no statement names the measure, or both directions do
            out.append(StepLink(a, b, 1 if up else -1, True,
                                "a level against last period's, after a sentence naming its direction"))
        if seg.figures:
            # a statement of direction is a summary: figures of its own make it a sentence of data, whose
            # direction is its figures' ("receipts from rice, gold and sugar increased by 19.7%, 14.3% and
            # 2.5%" says nothing of sugar production's level set against last April's)
            continue
        for clause in _DIRECTION_CLAUSES.split(SLOT.sub(" ", seg.skeleton)):
            direction = verb_direction(clause) or (1 if _ABOVE_LAST.search(clause) else -1 if _BELOW_LAST.search(clause) else 0)
            if direction and _A_LIST_OF_NAMES.search(clause):
                statements.append((seg.index, direction,
                                   frozenset(lexicon.folded_words(clause)) - _MINOR_WORDS - _NOT_A_MEASURE_WORD))
    return out


_STATEMENTS_BACK = 12
# "murder, rape, burglary and housebreaking below last year's levels", "robbery and armed robbery have risen"
_A_LIST_OF_NAMES = lazy_re.compile(r"\b[a-z'’-]+(?:\s*,\s*[a-z'’-]+(?:\s+[a-z'’-]+)?)*\s*,?\s+and\s+(?:[a-z'’-]+\s+)?[a-z'’-]+\s+"
                                   r"(?:below|above|have|has|had|were|was|are|is|rose|fell|declined|increased|dropped|risen|fallen)\b")
_SET_AGAINST_LAST = lazy_re.compile(r"^[^#;]{0,40}?\b(?:compared\s+(?:with|to)|against|in\s+comparison\s+(?:to|with)|"
                                    r"versus|vs\.?)\s+(?:(?:the|last|year's|last\s+year's|previous|same|period's)\s+){0,3}$")
_DIRECTION_CLAUSES = lazy_re.compile(r";|,\s*(?:while|whereas|but)\b|\bwhile\b|\bwhereas\b|\.\s")
_BELOW_LAST = lazy_re.compile(r"\b(?:below|under|lower\s+than|fewer\s+than|less\s+than)\s+(?:last|the\s+previous|a)\s+(?:year|period|month|quarter)")
_ABOVE_LAST = lazy_re.compile(r"\b(?:above|over|higher\s+than|more\s+than)\s+(?:last|the\s+previous|a)\s+(?:year|period|month|quarter)")
# words of a clause that name no measure of their own
_NOT_A_MEASURE_WORD = frozenset({"figure", "level", "last", "year", "show", "police", "reported", "report", "case", "count",
                                 "number", "stood", "stand", "stands", "been", "have", "has", "had", "were", "was",
                                 "there", "also", "however", "so", "far", "this", "period", "same", "time", "total",
                                 "below", "above", "risen", "rose", "fallen", "fell", "times", "compared", "comparison",
                                 "against", "while", "whereas", "but", "stated", "said", "data", "overall", "crime"})


def figure_restatements(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """ "We registered 1,106,842 new companies," ... "In her written report the figure is given as 1.11
    million": "the figure" (number, total) given as an amount restates the one level of its unit in
    the sentence before."""
    out = []
    for i in range(1, len(segments)):
        seg, previous = segments[i], segments[i - 1]
        for k, f in enumerate(seg.figures):
            if not frames[f.id].is_level or not _THE_FIGURE_IS.search(seg.before(k, 60)):
                continue
            earlier = [g for g in previous.figures if frames[g.id].role in (Role.LEVEL, Role.BOUND)
                       and same_unit(g, f) and g.unit == f.unit]
            if len(earlier) == 1 and earlier[0].period and _NAMES_A_TIME_OF_ITS_OWN.search(seg.before(k, 80)):
                continue  # "By end of May 2018, 312,400 visitors ... This year, the figure is at 355,910": the figure of
                # another time than the dated one before, not the same amount told again
            if len(earlier) == 1:
                out.append(SameAsLink(earlier[0], f, "'the figure is given as' an amount, restating the one before"))
    return out


# a time named by its place against the writing ("this year", "last month", "next season"): not "the year", which
# may point back at the year just named
_NAMES_A_TIME_OF_ITS_OWN = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(tuple(p for p in lexicon.RELATIVE_PERIODS if not p.startswith('the ')))})\b")
_THE_FIGURE_IS = lazy_re.compile(r"\bthe\s+(?:same\s+)?(?:figure|number|total|count|amount|tally)\s+(?:is|was|appears|"
                                 r"stands)\s+(?:(?:given|put|stated|reported|shown|recorded|printed|written|rounded)\s+)?"
                                 r"(?:as|at)\s+$"
                                 # "Fewer than 5,000 people live on the island. Its count of 4,812 residents ..."
                                 r"|^\W*(?:its|their)\s+(?:exact\s+|final\s+|latest\s+)?(?:count|tally|total|figure|number)"
                                 r"\s+(?:of|was|is|stood\s+at|came\s+to)\s+$", screened=True)


def _ends_at_its_head(after: str, head: str) -> bool:
    """Whether the noun phrase a figure opens ends with its head noun: "the 1.48 million containers
    were", not "the 214 schools inspected twice" or "the 12,450 patients from rural areas"."""
    m = _NOUN_PHRASE_AFTER.match(after)
    words = m.group("words").split() if m else []
    return bool(words) and not _NARROWING.intersection(words) and lexicon.fold(words[-1]) == head


def _content_words(measure: str) -> frozenset[str]:
    return frozenset(lexicon.folded_words(measure)) - _MINOR_WORDS


def conversions(seg: Segment, frames: dict[str, Frame]) -> list[SameAsLink]:
    """A figure followed by the same amount in brackets in another notation (scale word, grouping):
    a conversion, not the bracketed earlier value of a table-like list ("17,537 (16,429)"); or in
    another unit of the same dimension, which must be the same amount once converted ("12 miles
    (19 km)", "40 acres (16 hectares)"). Another currency in brackets is a conversion at a rate the
    text does not give: no link."""
    out = []
    for k in range(len(seg.figures) - 1):
        a, b = seg.figures[k], seg.figures[k + 1]
        if {a.unit, b.unit} == _POINT_UNITS and _POINTS_RESTATED_GLUE.match(seg.between(k, k + 1)) \
                and frames[a.id].role is frames[b.id].role:
            # "cut by 0.25 percentage point, or 25 basis points, to 4.00%": one change told in both units
            out.append(SameAsLink(a, b, "points, then the same change in basis points (or the other way) in "
                                        "apposition"))  # (the engine converts the units)
            continue
        if not _CONVERSION_GLUE.match(seg.between(k, k + 1)):
            factor = conversion_factor(a.unit, b.unit) if a.kind is Kind.PHYSICAL and b.kind is Kind.PHYSICAL \
                and a.unit != b.unit and _UNIT_APPOSITION_GLUE.match(seg.between(k, k + 1)) \
                and frames[a.id].role is frames[b.id].role and _APPOSITION_ENDS.match(seg.after(k + 1, 5)) else None
            if factor is not None:
                # "157 days, or 3,776 hours, of outages": after a comma, "or" and another unit of the same dimension
                # the amount is told again (", or" before the same unit as often gives another amount)
                out.append(SameAsLink(a, b, "an amount, then after a comma and 'or' the same amount in another unit",
                                      factor))
            continue
        closed = bool(_BRACKET_CLOSES.match(seg.after(k + 1, 3)))
        # "went up by Rs 148.6 crore (Rs 1,486 million)", "rises 250 feet (76 metres)": the words of change
        # stand before the first amount only, so the bracket, closed right after its amount, reads as a level
        same_role = frames[a.id].role is frames[b.id].role or (
            frames[a.id].role in _AMOUNT_ROLES and frames[b.id].role is Role.LEVEL and closed)
        factor = conversion_factor(a.unit, b.unit) if a.kind is Kind.PHYSICAL and b.kind is Kind.PHYSICAL else None
        if factor is not None and same_role and closed:
            out.append(SameAsLink(a, b, "an amount, then the same amount in brackets in another unit", factor))

        elif same_unit(a, b) and _notation(a) != _notation(b) and same_role \
                and not _SPAN_AFTER.match(seg.after(k + 1, 30)) and not _OTHER_TIME_AFTER.match(seg.after(k + 1, 30)) \
                and not _earlier_value_in_brackets(seg, k, frames) and not _PER_BASE_AFTER.match(seg.after(k + 1, 20)) \
                and not _ANOTHER_VINTAGE_IN_BRACKET.match(seg.after(k + 1, 60)):
            # (not "slipped 0.2% (+2.7% y/y)": the bracket's span makes it the change over another span; nor
            # "increased 5.2% (+7.4% in the previous month)": the bracket's time makes it another period's figure; nor
            # "rose 0.1 percent (-0.1 percent in the second estimate)": the bracket gives an earlier vintage)
            out.append(SameAsLink(a, b, "an amount, then the same amount in brackets in another notation"))
    return out


# a scale word written with an amount: "23,732.96 million", "$12.37 billion", "Sh4.2bn" (not the clipped "$5.50 bill")
_SCALE_WRITTEN = lazy_re.compile(rf"\d\s*(?:{lexicon.alternation(tuple(w for w in SCALES if w.isascii()))})\b", re.I)


def scale_left_out(new: Figure, old: Figure) -> bool:
    """Whether one of the two levels of a change is written with a scale word and the other, a thousand times
    or more apart from it, without one: the press drops the scale word it has just written ("to $12.37
    billion from $5.50"), so the two may be one size; the words do not say which."""
    if not new.value or not old.value or bool(_SCALE_WRITTEN.search(new.text)) == bool(_SCALE_WRITTEN.search(old.text)):
        return False
    apart = abs(new.value / old.value)
    return apart >= 1000 or apart <= Decimal("0.001")


def _earlier_value_in_brackets(seg: Segment, k: int, frames: dict[str, Frame]) -> bool:
    """Whether the amount in brackets after figure k is its earlier value: k is the level a rate of change before
    it in its sentence reached, and the bracket is no near restatement of it ("fell 49 per cent to $598 million
    ($1.17 billion)", as the press writes the year-ago value beside each rate; "rose 4% to Rs 148.6 crore
    (Rs 1,486 million)" is the level in another notation)."""
    a, b = seg.figures[k], seg.figures[k + 1]
    rates = [frames[f.id] for f in seg.figures[:k] if frames[f.id].role is Role.RELATIVE_CHANGE]
    if not rates or not a.value or not _REACHED_BEFORE.search(seg.before(k, 30)):
        return False
    # (an earlier value lies on the side the rate's direction says: a bracket above the level a rise reached is no
    # earlier value of it, but the level mistyped in another notation, "rose 30.6% to Rs 117.14 crore (Rs 1,464 million)")
    direction = rates[-1].direction
    before_the_move = b.value < a.value if direction > 0 else b.value > a.value if direction < 0 else False
    # (nor when the sentence names the earlier level itself: "to Rs 117.14 crore (Rs 1,171.4 million) ... from Rs 89.69 crore")
    named_later = any(same_unit(f, a) and _FROM_BEFORE.search(seg.before(j, 20))
                      for j, f in enumerate(seg.figures[k + 2:], k + 2))
    return before_the_move and not named_later \
        and not Fraction(19, 20) <= Fraction(b.value) / Fraction(a.value) <= Fraction(21, 20)


def rounded_then_exact(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """A round level, then ", or" and the exact level it rounds: "Sindh produced over 4.1 million, or
    4,114,778 bales". One amount told twice, not two levels a change could run between: the second
    has more significant digits and lies within a tenth of the first."""
    out = []
    for seg, k, a, b in prose_neighbours(segments):
        # (the round one is often hedged, a bound: "over 4.1 million")
        if not (frames[a.id].role in (Role.LEVEL, Role.BOUND) and frames[b.id].is_level and same_unit(a, b)) \
                or not a.value \
                or not _OR_EXACTLY.match(seg.between(k, k + 1)):
            continue
        if _significant_digits(a) < _significant_digits(b) \
                and Fraction(9, 10) <= Fraction(b.value) / Fraction(a.value) <= Fraction(11, 10):
            out.append(SameAsLink(a, b, "a round amount, then ', or' the exact amount it rounds"))
    return out + _exact_terms(segments, frames) + _restated_round_next(segments, frames)


def _exact_terms(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """A round level, then later in its sentence a phrase of precision and the exact level: "34.2 thousand
    persons at the end of the month, the committee said; in exact terms, 34,180", "1.27 million tonnes; to be
    precise, 1,268,430 tonnes". The words say the two are one amount, however far apart they are."""
    out = []
    for seg, k, a, b in prose_neighbours(segments):
        if frames[a.id].role in (Role.LEVEL, Role.BOUND) and frames[b.id].is_level and same_unit(a, b) and a.value \
                and _IN_EXACT_TERMS.match(seg.between(k, k + 1)) and _significant_digits(a) < _significant_digits(b):
            out.append(SameAsLink(a, b, "a round amount, then a phrase of precision and the exact amount"))
    return out


def _restated_round_next(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """An exact level, then a sentence opening "That is" and a rounder amount of its unit, maybe hedged ("That is a
    little over 3.8 million"): the same amount told roughly. Only when the sentence before holds one level of the
    unit, and no comparative follows the amount ("That is 286,000 fewer ..." compares)."""
    out = []
    for i in range(1, len(segments)):
        seg, previous = segments[i], segments[i - 1]
        if not seg.figures or seg.is_table_row or previous.is_table_row or not continues(segments, i - 1, i) \
                or not _THAT_IS_OPENS.match(seg.skeleton):
            continue
        rough = seg.figures[0]
        exact = [f for f in previous.figures if frames[f.id].is_level and same_unit(f, rough) and written_in_digits(f)]
        if len(exact) != 1 or frames[rough.id].role not in (Role.LEVEL, Role.BOUND) or _MORE_THAN_AFTER.match(seg.after(0, 20)) \
                or _significant_digits(rough) >= _significant_digits(exact[0]):
            continue
        out.append(SameAsLink(exact[0], rough, "an exact amount, then 'That is' and the amount told roughly"))
    return out


# "That is a little over #0#", "This is just under #0#", "That's about #0#": the sentence restates the one before
# (a verb of being in either number, as a calque writes it, "That are circa 34.8 million"; any hedge of rounding)
_THAT_IS_OPENS = lazy_re.compile(r"^\W*(?:that|this)\s+(?:is|was|are|were|'s|’s)\s+(?:(?:a\s+(?:little|bit)|slightly|just|fractionally)\s+"
                                 r"(?:over|under|above|below|more\s+than|less\s+than)\s+|"
                                 rf"(?:{lexicon.alternation(lexicon.ROUNDING_HEDGES)})\s+)?#0#")
# between a round amount and the exact one, a phrase of precision after a stop: "; in exact terms, ", ", to be precise, "
_IN_EXACT_TERMS = lazy_re.compile(r"^[^#]{0,80}?(?:[;,:]|\s[-\u2013\u2014])\s*(?:in\s+exact\s+terms|to\s+be\s+(?:precise|exact)|"
                                  r"more\s+precisely|precisely|in\s+full)\s*,?\s*$")


def _significant_digits(f: Figure) -> int:
    return len(re.sub(r"\D", "", f.text).strip("0"))


# between a round amount and the exact one: "over 8.3 million, or 8,385,752", "over 4.2 million or exactly 4,278,312"
_OR_EXACTLY = lazy_re.compile(r"^\s*,?\s*or\s+(?:exactly\s+|precisely\s+|just\s+)?$")


def _notation(f: Figure) -> str:
    # (a sign is part of the value, not of its notation: "2 percent (-0.2 percent)" writes two values the same way)
    return re.sub(r"[\d\s+\-−–]", "", f.text).replace(".", "").replace(",", "").lower()


_AMOUNT_ROLES = frozenset({Role.CHANGE, Role.GAP, Role.BOUND})
_BRACKET_CLOSES = lazy_re.compile(r"^\s*\)")
_SPAN_AFTER = lazy_re.compile(rf"^\s*(?:{CHANGE_SPAN})")
# a per-base after the second amount makes it an amount per member, no conversion of the total: "318 million euros,
# equal to 57.80 euros per inhabitant", "(£2.10 for every resident)"
_PER_BASE_AFTER = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.PER_BASE)}|a\s+head|each)\b", re.I)
# a time named right after a bracketed figure: the figure is that time's ("(+7.4% in the previous month)",
# "(8.6% in December)", "(3.1% a year earlier)", "(2.4% in 2012)")
_OTHER_TIME_AFTER = lazy_re.compile(
    r"^\s*(?:(?:in|for|during)\s+(?:the\s+)?(?:previous|preceding|prior|last|same)\s+(?:month|quarter|year|week|period)"
    rf"|(?:in|for)\s+(?:{'|'.join(cues.MONTH_NAMES)}|(?:19|20)\d\d)\b"
    r"|(?:a|one)\s+(?:year|month|quarter|week)\s+(?:earlier|before|ago)|(?:last|the\s+previous)\s+(?:year|month|quarter))")
# the rest of a bracket, up to its close, that names another vintage of the figure: "(-0.1 percent in the second estimate)"
_ANOTHER_VINTAGE_IN_BRACKET = lazy_re.compile(rf"^[^)#(]{{0,40}}?\b(?:{lexicon.alternation(lexicon.VINTAGE_WORDS)})\b[^)#(]{{0,30}}\)")
_POINT_UNITS = frozenset({"percentage_point", "basis_point"})
# between a change in points and the same in basis points: "0.25 percentage point, or 25 basis points", "50 basis
# points (0.5 percentage point)", "75bp, i.e. 0.75 points", "0.5 point - that is, 50 basis points"
_POINTS_RESTATED_GLUE = lazy_re.compile(r"^\s*(?:,?\s*or|\(\s*(?:or\s+)?|,?\s*i\.e\.,?|,?\s*(?:[-\u2013\u2014]\s*)?that\s+is,?|"
                                        r",?\s*(?:[-\u2013\u2014]\s*)?in\s+other\s+words,?)\s*$")
# (or after a comma or a dash, words of conversion: "362.8 hundred million yuan, which converts to 36.28 billion yuan";
# not a bare ", or", which as often gives another amount: "$1.2 billion, or $800 million net of re-exports")
# between an amount and the same in another unit of its dimension, in apposition: "157 days, or 3,776 hours", "12 miles,
# or about 19 km"
_UNIT_APPOSITION_GLUE = lazy_re.compile(r"^\s*,\s*or\s+(?:about\s+|approximately\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$")
# what may follow the second amount of such an apposition: the clause goes on (a comma, a stop, "of" the measure)
_APPOSITION_ENDS = lazy_re.compile(r"^\s*(?:[,;.)]|of\b|$)")
_CONVERSION_GLUE = lazy_re.compile(r"^\s*\(\s*(?:or\s+|i\.e\.\s*|about\s+|approximately\s+|roughly\s+|equivalent\s+to\s+|"
                              r"equal\s+to\s+)?$"
                              rf"|^\s*(?:,|\s[–—-])\s*(?:(?:which|that|this)\s+)?(?:{lexicon.alternation(lexicon.CONVERSION_WORDS)})"
                              r"\s*(?:about\s+|approximately\s+|roughly\s+|some\s+)?$", screened=True)
def headline_restatements(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                          bases: frozenset[str]) -> list[HeadlineLink]:
    """A figure in the title line restated in the body: the body figures of its unit, role and
    direction whose measure shares a content word with the title's ("Oil production falls by 10.25%"
    ... "crude oil production fell 10.25 percent"), those whose clause holds every word of the title
    figure's measure first, then the others, each earliest first. The words of change ("climbs",
    "growth") say what the figure is, not what it measures; an acronym the text defines ("gross
    written premiums (GWP)") stands for its words.

    A title level reached from an old level it gives ("rose from 52% in 2020 to 55% in 2021") is
    surely restated by the one body level of those that fit reached from the same old value of the same
    period."""
    out = []
    titles = [segments[i] for i in _title_indices(document_text, segments)]
    if not titles:
        return out
    body = [f for seg in segments if seg not in titles for f in seg.figures]
    # the old levels of the body's moves, "went up from 52 per cent in 2020 to 55 per cent", with the bases
    body_olds = bases | {seg.figures[a].id for seg in segments if seg not in titles and not seg.is_table_row
                         for _, a, _ in measures.move_pairs(seg)}
    # the level each old level of a body move moves to: a title's old level is restated only by the old level of a
    # move to the same value ("M1 rose to 7.4% from 6.6%" is not restated by "loans fell to 3.5% from 3.8%")
    body_new_of = {seg.figures[a].id: seg.figures[n] for seg in segments if seg not in titles and not seg.is_table_row
                   for n, a, _ in measures.move_pairs(seg)}
    spelled = defined_acronyms(document_text)
    words: dict[str, frozenset[str]] = {}  # a body figure's measure and the words of its clause, found on demand

    def words_of(b: Figure) -> frozenset[str]:
        if b.id not in words:
            seg = segments[frames[b.id].segment]
            said = frozenset(lexicon.folded_words(b.measure)) | clause_words(document_text, seg, frames[b.id].slot)
            said |= _words_of_the_changed_clause(document_text, seg, b, frames[b.id])
            words[b.id] = _with_acronyms(said, spelled) - _MINOR_WORDS
        return words[b.id]

    for seg in titles:
        title_words = set(lexicon.folded_words(seg.skeleton)) - _MINOR_WORDS
        # a title's old levels: "climbs to 18,400 from 12,900"
        title_new_of = {seg.figures[a].id: seg.figures[n] for n, a, _ in measures.move_pairs(seg)}
        title_olds = set(title_new_of)
        title_steps = numbered_steps(document_text[seg.start:seg.end])
        # the length in months of the span a title names by a compound ("6-month budget deficit narrows", "Nine-month
        # profit up 12%"): a body figure of a span of another length ("In June alone, the deficit hit") restates nothing
        title_span = _months_in_a_named_span(document_text[seg.start:seg.end])
        # a title that lists figures of several measures ("Key figures: revenue R3.96bn; operating profit R1.52bn")
        # restates each by its own measure's words, not by any word of the title
        measures_listed = {frozenset(lexicon.folded_words(f.measure)) - _MINOR_WORDS for f in seg.figures} - {frozenset()}
        for k, h in enumerate(seg.figures):
            fh = frames[h.id]
            if not written_in_digits(h) or fh.role not in (Role.LEVEL, Role.SHARE, Role.RELATIVE_CHANGE, Role.CHANGE, Role.RATIO):
                continue
            own_words = frozenset(lexicon.folded_words(h.measure)) - _MINOR_WORDS
            words_of_h = own_words if len(measures_listed) > 1 and own_words else title_words
            # a title's bare count ("3,491 new cases and 5 deaths") is the day's, not the tally a body
            # sentence brings it to ("which brings deaths in the country to 756"), unless the title too
            # tells a tally ("Death toll rises to 756")
            tally_title = tally_reached(seg, k) or bool(_TALLY_WORDS.search(seg.skeleton))
            # a change over several years ("down 18% in ten years") is no change of one year ("fell 0.3% in 2014")
            over_years = fh.role in (Role.RELATIVE_CHANGE, Role.CHANGE) and _over_several_years(seg, k, frames)
            # (a title's old level, "climbs to 18,400 from 12,900", is restated by a body old level alone)
            # (a target or forecast in the body, "targets an 81% share by 2030", restates no outcome of the title's)
            matches = tuple(b for b in body if b.unit == h.unit and frames[b.id].role is fh.role
                            and frames[b.id].modality == fh.modality
                            and (b.id in body_olds) == (h.id in title_olds)
                            and (h.id not in title_olds or _same_new_value(title_new_of[h.id], body_new_of.get(b.id)))
                            and (h.id in title_olds
                                 or not _introduced_as_base(segments[frames[b.id].segment].before(frames[b.id].slot, 40)))
                            and not _WHOLE_OF_ITS_SUBJECT.search(segments[frames[b.id].segment].before(frames[b.id].slot, 60))
                            and (frames[b.id].direction == fh.direction if fh.direction
                                 else frames[b.id].direction <= 0) and written_in_digits(b)
                            and (tally_title or not tally_reached(segments[frames[b.id].segment], frames[b.id].slot))
                            and not _AN_EARLIER_ONE_BEFORE.search(segments[frames[b.id].segment].before(frames[b.id].slot, 20))
                            and words_of(b) & title_words
                            and not _of_a_subgroup(b, title_words)
                            and not _set_off_after_a_group(segments[frames[b.id].segment].before(frames[b.id].slot, 60),
                                                           title_words)
                            and not _another_numbered_step(title_steps, document_text, segments[frames[b.id].segment])
                            and not _a_part_the_title_leaves_out(document_text, segments[frames[b.id].segment], b,
                                                                 title_words)
                            and not (over_years and _of_one_year(b, segments[frames[b.id].segment], frames[b.id].slot))
                            and not _of_a_span_of_another_length(title_span, b))
            # (a figure the title's own measure words leave out is no restatement; the rest are no surer for it)
            kept = tuple(b for b in matches if words_of(b) & words_of_h)
            narrowed, matches = len(kept) != len(matches), kept
            if matches:
                measure = _stems(h.measure) - _MINOR_WORDS - _ROLE_WORDS

                def holds_measure(b: Figure, own: frozenset[str]) -> bool:
                    said = segments[frames[b.id].segment].skeleton
                    return not {w for w in measure - {lexicon.stem(w) for w in own}
                                if not _spelled_out(w, document_text, said)}

                full = [b for b in matches if holds_measure(b, words_of(b))] if measure else []
                ranked = tuple(full) + tuple(b for b in matches if b not in full)
                only = ranked[0]
                # sure when one body figure alone fits, or one alone holds the title's measure in its own
                # noun phrase ("harbour fee income rose 14.2%"), not in words of its clause that may name
                # something else ("the robustness of the budget, ... at about 12% of net spending")
                named = [b for b in full if holds_measure(b, _with_acronyms(lexicon.folded_words(b.measure), spelled))]
                certain = len(matches) == 1 and only in full or len(full) == 1 and named == full
                start = moved_from_to(seg, seg.figures.index(h)) if not certain else None
                if start is not None:
                    alike = [b for b in matches if _same_old_level(start, moved_from_to(
                        segments[frames[b.id].segment], frames[b.id].slot))]
                    if len(alike) == 1 and alike[0].period == h.period and not _names_another_measure(
                            document_text, seg, measure, alike[0], segments[frames[alike[0].id].segment]):
                        # one move told twice: from the same old level of the same period to the same period
                        only, ranked, certain = alike[0], (alike[0], *(b for b in ranked if b is not alike[0])), True
                if certain and start is None:
                    # a title level moved from an old level, and a body level moved from another: two
                    # subjects' moves ("Turnout rose from 58.1% to 61.4%", "Among young voters, turnout
                    # went from 41.0% to 47.3%")
                    start = moved_from_to(seg, seg.figures.index(h))
                    other = moved_from_to(segments[frames[only.id].segment], frames[only.id].slot)
                    if start is not None and other is not None and not _same_old_level(start, other):
                        certain = False
                sole = certain
                lead = _lead_restatement(seg, h, fh, matches, body, segments, frames, titles[-1].paragraph)
                if lead is not None and not certain and not _names_another_measure(
                        document_text, seg, measure, lead, segments[frames[lead.id].segment]):
                    # a news text's lead sentence restates its headline: of several body figures that fit,
                    # the lead's is the one the title speaks of
                    only, ranked, certain = lead, (lead, *(b for b in ranked if b is not lead)), True
                certain = certain and not narrowed and not _scope_left_out(seg, segments[frames[only.id].segment], words_of(only)) and (
                    not h.period or _one_period(h.period, only.period) or _changes_from_one_start(fh, h.period, only.period))
                if h.id in title_olds:
                    # a title's old level is surely restated by a body old level of a move to the same new level:
                    # one move told twice ("falls to 61% from 74%" ... "dropped from 71% to 61%"); a subgroup's
                    # move to another level may start elsewhere
                    certain, sole = certain and _same_new_level(seg, h, segments[frames[only.id].segment], only), False
                if certain and _cut_short(h, only):
                    certain = False  # "78% pass S6 exams" over "a pass rate of 78.6 percent": a headline may drop the
                    # decimals rather than round them, so a title one unit short of the body's figure is only a question
                if certain and not _may_equal(h, only) and any(_may_equal(h, b) for b in matches if b is not only) \
                        and not _one_move_told_twice(seg, h, segments[frames[only.id].segment], only, frames):
                    certain = False  # "3.1% increase in world steel production" over "a 3.1 percent growth
                    # ... last month" and, in another item of the page, "World crude steel production ... 0.8% higher":
                    # of the body figures that may restate the title's, one tells its very value, so the words' choice
                    # of another is only a question (not when the chosen one moves from the title's own old level:
                    # "rose from 52 per cent in 2020 to 70 per cent" is restated by "went up from 52 per cent")
                out.append(HeadlineLink(h, ranked[:4], certain, sole=certain and sole))
    return out


# a body figure its clause makes the whole its subject is a small part of: "The figure is a fraction of the 38,610
# public schools" under "2,104 schools still without power": the whole of what the title counts, no restatement
_WHOLE_OF_ITS_SUBJECT = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.PART_PREDICATE_VERBS)})\s+(?:only\s+|just\s+|but\s+)?an?\s+"
    rf"(?:(?:small|tiny|mere|minor)\s+)?(?:{lexicon.alternation(lexicon.PART_PREDICATE_NOUNS)})\s+of\s+"
    r"(?:all\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)
# a sentence that opens by placing what it tells inside a whole: "Within the financial fraud losses for 2015, losses
# on UK payment cards increased by 18%": its figures are a part's, no restatement of the whole's figure in a title
_INSIDE_A_FRONTED_WHOLE = lazy_re.compile(r"\W*(?:within|among|inside)\s+(?:the|its|their|these|those|this|that|all)\b"
                                          r"[^,#.;]{0,80},", re.I)
def _a_part_the_title_leaves_out(document_text: str, seg: Segment, b: Figure, title_words: set[str]) -> bool:
    """A body figure in a sentence that opens inside a whole, of a part the title does not name: "Within the
    financial fraud losses for 2015, losses on UK payment cards increased by 18%" under "Financial fraud losses
    ... register 26 percent growth" (not "Among the components, M1 grew at an annual rate of 7.4%" under a title
    of M1's rate)."""
    m = _INSIDE_A_FRONTED_WHOLE.match(document_text, seg.start, b.span.start)
    if m is None:
        return False
    whole_words = set(lexicon.folded_words(m.group()))
    part_words = set(lexicon.folded_words(document_text[m.end():b.span.start])) - whole_words - _MINOR_WORDS \
        - _CHANGE_WORDS
    return not part_words & title_words


# a time or stage named by its number: "for period 9", "in week 14", "Round 3", "Phase 2"
_NUMBERED_STEP = lazy_re.compile(rf"\b(?P<noun>{lexicon.alternation(lexicon.NUMBERED_STEP_NOUNS)})[ \t]+(?P<number>\d{{1,3}})\b", re.I)


def numbered_steps(words: str) -> dict[str, set[str]]:
    """The numbers of each kind of numbered step the words name: {"period": {"9"}} for "for period 9"."""
    out: dict[str, set[str]] = {}
    for m in _NUMBERED_STEP.finditer(words):
        out.setdefault(m.group("noun").lower(), set()).add(m.group("number"))
    return out


def _another_numbered_step(title_steps: dict[str, set[str]], document_text: str, seg: Segment) -> bool:
    """A body sentence that names a step of the title's kind by other numbers only ("National train performance
    for period 12 is 91.6%" under "... for period 9 is 85.3%"): another period's figures, no restatement."""
    if not title_steps:
        return False
    body_steps = numbered_steps(document_text[seg.start:seg.end])
    return any(noun in body_steps and not (numbers & body_steps[noun]) for noun, numbers in title_steps.items())


# a change set off by a comma after the clause it changes: "won orders for 5.99 million CGT in the first half,
# up 60.4 percent on a year earlier", "handled 1.49 million TEU, an increase of 11.8%"
_CHANGE_SET_OFF_BEFORE = lazy_re.compile(
    rf",\s*(?:(?:a|an)\s+)?(?:[a-z]+\s+)?(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN + lexicon.CHANGE_NOUNS)})"
    rf"(?:\s+(?:of|by))?\s*$", re.I)


def _words_of_the_changed_clause(document_text: str, seg: Segment, b: Figure, frame: Frame) -> frozenset[str]:
    """The words of the clause a change set off by a comma changes ("Korean shipbuilders won orders for 5.99
    million CGT in the first half, up 60.4 percent"): they say what the change is of, though the change's own
    clause ("up 60.4 percent on a year earlier") starts after the comma. Empty for any other figure."""
    if frame.role not in (Role.RELATIVE_CHANGE, Role.CHANGE):
        return frozenset()
    before = document_text[seg.start:b.span.start]
    told = _CHANGE_SET_OFF_BEFORE.search(before, max(0, len(before) - 40))
    if told is None:
        return frozenset()
    return frozenset(lexicon.folded_words(before[:told.start()]))


# the words before a measure's head that narrow it to a group of its population: "youth unemployment", "rural
# households", "female employment" (a title's "Unemployment falls to 5.2%" is not restated by the youth's rate);
# not a place's ("County library loans" restates "Library loans")
_SUBGROUP_WORDS = frozenset(lexicon.fold(w) for w in lexicon.POPULATION_GROUP_MODIFIERS)


_GROUP_SET_OFF_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.GROUP_BEFORE_AT)})\s+(?P<group>[a-z][a-z'’ -]{{1,40}}?),\s*at\s+$",
                                        re.I)
_TIME_WORDS = frozenset(lexicon.TIME_NOUNS + cues.MONTH_NAMES)


def _set_off_after_a_group(words_before: str, known: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a figure follows a group's phrase and ", at" ("higher on premium tiers, at £0.0081"): that group's
    figure, no restatement of everyone's (not a time's: "in the first quarter, at 4.1%"), unless the words `known`
    of the other figure's clause name the group too."""
    m = _GROUP_SET_OFF_BEFORE.search(words_before)
    if m is None or _TIME_WORDS.intersection(m.group("group").lower().split()):
        return False
    return not set(lexicon.folded_words(m.group("group"))) - _MINOR_WORDS <= set(known)


def _of_a_subgroup(b: Figure, title_words: set[str]) -> bool:
    """Whether a body figure's measure names a group of the population ("youth unemployment") that the
    title leaves out: then it is that group's figure, not the one the title states."""
    return bool((set(lexicon.folded_words(b.measure)) & _SUBGROUP_WORDS) - title_words)


# a running tally a new count takes a measure to: "which brings deaths in the country to 756", "taking
# the total of recorded cases to 260,233", "pushing the toll to 41" (the verbs of adding to a tally)
_TALLY_REACHED_BEFORE = lazy_re.compile(r"\b(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushes|pushed|"
                                        r"pushing)\s+(?:[a-z'’-]+\s+){1,6}?to\s+(?:about\s+|some\s+|nearly\s+|"
                                        r"almost\s+|over\s+|more\s+than\s+)?$", re.I)
_TALLY_WORDS = lazy_re.compile(rf"\b(?:toll|tally|total|tallies|totals|{lexicon.alternation(lexicon.CUMULATIVE_WORDS)})\b", re.I)


# a figure told as the one before it came: "increased by 9.7 percent in September, following a 8.5 percent in
# August", "after a 0.9 percent rise in August": an earlier period's, which restates no title figure
_AN_EARLIER_ONE_BEFORE = lazy_re.compile(r"\b(?:following|after)\s+(?:a|an|the)\s+$", re.I)


def tally_reached(seg: Segment, k: int) -> bool:
    """Whether the figure at slot `k` is a tally a count was added to: "which brings deaths to 756"."""
    return bool(_TALLY_REACHED_BEFORE.search(seg.before(k, 60)))


_OVER_A_SPAN_BEFORE = lazy_re.compile(r"^\s*(?:in|over|across|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?$")
_A_SPAN_AFTER = lazy_re.compile(r"^[^#.;]{0,30}\b(?:since|over|decades?|years)\b"
                                # a change against the level of a year names that year as its start: "18.4%
                                # below its 2004 level", "12% above the 2010 figure" (a span, not one year's change)
                                r"|^\s*(?:below|above|under|over|up\s+on|down\s+on|on|from)\s+(?:its|the|their)\s+"
                                r"(?:19|20)\d\d\s+(?:level|figure|total|value|peak|mark)s?\b")


def _over_several_years(seg: Segment, k: int, frames: dict[str, Frame]) -> bool:
    """Whether the change at slot `k` is told over a span of more than a year: "down 18% in ten years"."""
    if k + 1 >= len(seg.figures):
        return False
    span = seg.figures[k + 1]
    return frames[span.id].role is Role.DURATION and span.unit == "year" and span.value > 1 \
        and bool(_OVER_A_SPAN_BEFORE.match(seg.between(k, k + 1)))


def _of_one_year(f: Figure, seg: Segment, slot: int) -> bool:
    """Whether a change is dated to one year and its words name no span: "fell 0.3% in 2014"."""
    return bool(_A_YEAR.fullmatch(f.period or "")) and not _A_SPAN_AFTER.match(seg.after(slot, 40))


_A_YEAR = lazy_re.compile(r"(?:19|20)\d\d")


def _one_move_told_twice(title: Segment, h: Figure, seg: Segment, body: Figure, frames: dict[str, Frame]) -> bool:
    """Whether the title's figure and the body's are reached from old levels of one value, unit and period."""
    start = moved_from_to(title, title.figures.index(h))
    return start is not None and _same_old_level(start, moved_from_to(seg, frames[body.id].slot))


def _may_equal(a: Figure, b: Figure) -> bool:
    """Whether two figures of one unit may be one value, each as rounded as it is written."""
    return a.unit == b.unit and (a.low is None or b.high is None or a.low <= b.high) \
        and (b.low is None or a.high is None or b.low <= a.high)


_MONTH_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_MONTHS_SPAN_COMPOUND = lazy_re.compile(rf"\b(\d{{1,2}}|{'|'.join(_MONTH_COUNTS)})-months?\b", re.I)


def _months_in_a_named_span(title: str) -> int:
    """How many months the one span a title names by a compound holds ("6-month", "nine-month"), or 0."""
    spans = {int(n) if n.isdigit() else _MONTH_COUNTS.index(n.lower()) + 1
             for n in _MONTHS_SPAN_COMPOUND.findall(title)}
    return spans.pop() if len(spans) == 1 else 0


def _of_a_span_of_another_length(months: int, body: Figure) -> bool:
    """Whether a body figure's period holds a number of months other than the title's span (`months`, 0 if none)."""
    span = months_of(body.period) if months and body.period else None
    return span is not None and span[1] - span[0] + 1 != months


def _cut_short(title: Figure, body: Figure) -> bool:
    """Whether a title's whole number is a body figure with its decimals dropped: "78%" for "78.6 percent", and with
    a scale word the decimals of the scaled number: "N388b" for "N388.9 billion", down to its last written digit
    when the title writes some ("3.3 Million Tonnes" for "3,387,469 tonnes": a headline truncates as often as it
    rounds)."""
    if title.value < 0 or body.value == title.value:
        return False
    step = title.high - title.low if title.low is not None and title.high is not None else Decimal(0)
    scaled = step > 1  # (a scale word: the title's last digit stands for more than one unit)
    if not scaled and ("." in title.text or "." not in body.text):
        return False
    if scaled and "." in title.text and not (body.low is not None and body.high is not None
                                             and body.high - body.low < step):
        return False  # (the body must be the more precise of the two)
    if scaled and "." not in title.text and "." not in body.text:
        return False
    step = step if scaled else Decimal(1)  # (a whole count or percentage: its unit)
    return (body.value // step) * step == title.value


def _same_new_level(title: Segment, old: Figure, seg: Segment, other: Figure) -> bool:
    """Whether the moves from two old levels reach new levels of one value and unit."""
    def new_of(s: Segment, f: Figure) -> Figure | None:
        return next((s.figures[b] for b, a, _ in measures.move_pairs(s) if s.figures[a] is f), None)
    a = new_of(title, old)
    return a is not None and _same_new_value(a, new_of(seg, other))


def _same_new_value(a: Figure, b: Figure | None) -> bool:
    """Two levels moves reach, of one value and unit."""
    return b is not None and a.value == b.value and a.unit == b.unit


def _same_old_level(a: Figure, b: Figure | None) -> bool:
    """Two old levels of one value, unit and period ("from 52 per cent in 2020")."""
    return b is not None and a.value == b.value and a.unit == b.unit and a.period == b.period and bool(a.period)




def moved_from_to(seg: Segment, k: int) -> Figure | None:
    """The old level a level is reached from when the two stand as "from A to B" of one unit."""
    if k == 0 or not _TO_BETWEEN.match(seg.between(k - 1, k)) or not _FROM_BEFORE.search(seg.before(k - 1, 12)):
        return None
    old = seg.figures[k - 1]
    return old if same_unit(old, seg.figures[k]) else None


def _years_apart(a: str, b: str) -> bool:
    """Whether two periods each name a year, and not the same one."""
    year_a, year_b = year_in_view(a), year_in_view(b)
    return bool(year_a and year_b) and year_a != year_b


def _one_period(a: str, b: str) -> bool:
    """Two normalised periods of the same months, however written ("2026-H1", "2026-01..06")."""
    if a == b:
        return True
    months = months_of(a)
    return months is not None and months == months_of(b)


def _lead_restatement(title: Segment, h: Figure, fh: Frame, matches: tuple[Figure, ...], body: list[Figure],
                      segments: tuple[Segment, ...], frames: dict[str, Frame], top: int) -> Figure | None:
    """The one figure that fits a headline's, when it stands in the lead: the first body sentence that
    states a figure of the headline figure's unit, in the paragraphs right after it (a byline or a
    dateline between), counted from the last title line (`top`: a standfirst's lines stand between too).
    A headline is the text's first line; the sentences of a standfirst are no headline. Forecasts are not restated by what the lead reports, nor the lead's by a title's
    forecast; a ratio's base ("per 1,000") may differ from the title's."""
    if title.index != 0 or fh.modality != "stated" or fh.role is Role.RATIO:
        return None
    first = next((b for b in body if b.unit == h.unit and not segments[frames[b.id].segment].is_table_row), None)
    if first is None:
        return None
    lead = frames[first.id].segment
    if segments[lead].start >= _LEAD_REACH or segments[lead].paragraph > top + _LEAD_AFTER_TITLE:
        return None
    in_lead = [b for b in matches if frames[b.id].segment == lead]
    if len(in_lead) != 1 or frames[in_lead[0].id].modality != "stated":
        return None
    # one figure alone of the title's unit and role in the lead: "4.3% among men and 4.8% among women"
    # restate no single title figure
    if sum(1 for f in segments[lead].figures if f.unit == h.unit and frames[f.id].role is fh.role) > 1:
        return None
    return in_lead[0]


def _names_another_measure(document_text: str, title: Segment, measure: set[str], b: Figure, said: Segment) -> bool:
    """Whether a body figure's own words name a measure beside the title's, not the title's: its head
    noun is the title's, with a word before it the title lacks while a word of the title's measure is
    missing from its sentence ("Pool visits jump 9%" ... "Gym visits rose 3%"); or the title names an
    acronym the sentence neither holds nor spells out ("LSM output" ... "Large and small firms' output")."""
    said_words = _stems(said.skeleton)
    missing = {w for w in measure - said_words if not _spelled_out(w, document_text, said.skeleton)}
    if not missing:
        return False
    raw_title = document_text[title.start:title.end]
    if any(re.search(rf"\b{re.escape(w.upper())}\b", raw_title) for w in missing if w.isalpha() and len(w) <= 6):
        return True
    # (the head is the last noun before a phrase of place or group: "industrial production in Kestria" is headed
    # by "production", not by the place it shares with "Factory output in Kestria")
    own = [lexicon.stem(w) for w in lexicon.folded_words(_PHRASE_AFTER_HEAD.split(b.measure, 1)[0])]
    if len(own) >= 2 and own[-1] in measure and any(w not in measure and w not in _NOT_SCOPE for w in own[:-1]):
        return True
    # a count of the things its noun right after it names, which the title does not name ("New Rochelle grows
    # to 77,062" ... "communities in all 50 states"): it counts those things, not the title's
    # (nor a noun made from one the title names: "Museum visits reach 2.46 million" ... "2.64 million visitors")
    noun = _NOUN_RIGHT_AFTER.match(document_text, b.span.end)
    return bool(noun and own and lexicon.stem(lexicon.fold(noun.group(1).lower())) == own[-1]
                and not any(own[-1].startswith(w) for w in _stems(title.skeleton) if len(w) >= _SHORTEST_STEM))


_NOUN_RIGHT_AFTER = lazy_re.compile(r"\s+([A-Za-z][a-z'’-]+)")
_SHORTEST_STEM = 4  # a title word this long or longer that begins the body's noun names it ("visit", "visitor")


# where a measure's noun phrase ends and a phrase of its place, group or source begins
_PHRASE_AFTER_HEAD = lazy_re.compile(r"\s(?:in|at|across|among|for|from|on|by)\s", re.I)


def _scope_left_out(title: Segment, said: Segment, said_words: frozenset[str]) -> bool:
    """Whether a title names a place or group ("Rents climb 5% in the capital", "across Europe", "among
    young drivers") that the body sentence restating it leaves out ("rents across the country rose 3.2%"):
    then the two may be of different scopes. `said_words`: the body figure's measure and clause words,
    acronyms spelled out. ("growth in premiums" names what grew, not where.)"""
    scope = {lexicon.stem(w) for m in _SCOPE_PHRASE.finditer(SLOT.sub(" ", title.skeleton))
             if not _CHANGE_NOUN_BEFORE.search(title.skeleton, 0, m.start())
             for w in re.split(r"[-–]", " ".join(lexicon.folded_words(m.group(1)))) for w in w.split()} - _NOT_SCOPE
    return bool(scope - {lexicon.stem(w) for w in (*lexicon.folded_words(said.skeleton), *said_words)})


_CHANGE_NOUN_BEFORE = lazy_re.compile(rf"(?i)\b(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s*$")
# what follows "in" in a title without naming a place or group: a period, a rank, a manner
_NOT_SCOPE = frozenset(lexicon.stem(w) for w in (
    *_MINOR_WORDS, "first", "second", "third", "fourth", "half", "record", "time", "row", "two", "three", "four",
    "a", "its", "their", "one", "over", "decade", "decades", "since", "terms", "real", "total", "all", "value", "volume"))


# words that say a figure is a change, not what it measures: "Fee income climbs 12%", "£3m growth in premiums"
_ROLE_WORDS = frozenset(lexicon.stem(w) for w in (*lexicon.CHANGE_VERBS_UP, *lexicon.CHANGE_VERBS_DOWN,
                                                  *lexicon.CHANGE_NOUNS) if " " not in w)


def _with_acronyms(words, spelled: dict[str, frozenset[str]]) -> frozenset[str]:
    """Folded words, with the words each acronym among them stands for."""
    words = frozenset(words)
    return words.union(*(spelled[a] for a in words & spelled.keys()))


def defined_acronyms(document_text: str) -> dict[str, frozenset[str]]:
    """The acronyms the text defines in brackets after the words whose initials spell them ("gross
    written premiums (GWP)", "the Consumer Price Index (CPI)"): each folded acronym with the folded
    words it stands for."""
    return _defined_acronyms(document_text)


@per_document_cache(maxsize=4)
def _defined_acronyms(document_text: str) -> dict[str, frozenset[str]]:
    return {lexicon.fold(acronym.lower()): frozenset(lexicon.fold(w) for w in _ACRONYM_WORDS.findall(words)
                                                     if w.lower() not in _ACRONYM_GLUE)
            for acronym, words in acronyms_spelled_out(document_text).items()}


def acronyms_spelled_out(document_text: str) -> dict[str, str]:
    """Each acronym the text defines in brackets, as written ("VAT"), with the words it stands for as written
    ("value-added tax (VAT)": "value-added tax"; a hyphened word gives one initial, or one per part)."""
    return _acronyms_spelled_out(document_text)


@per_document_cache(maxsize=4)
def _acronyms_spelled_out(document_text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ACRONYM_IN_BRACKETS.finditer(document_text):
        letters = m.group("acronym").lower()
        start = max(0, m.start() - 12 * len(letters))
        for pattern in (_ACRONYM_WORDS, _ACRONYM_WORD_PARTS):  # "small-scale" gives one initial, or two
            words = [w for w in pattern.finditer(document_text, start, m.start()) if w.group().lower() not in _ACRONYM_GLUE]
            said = words[-len(letters):]
            if len(said) == len(letters) and "".join(w.group()[0].lower() for w in said) == letters:
                out[m.group("acronym")] = document_text[said[0].start():said[-1].end()]
                break
    return out


_ACRONYM_IN_BRACKETS = lazy_re.compile(r"\((?P<acronym>[A-Z]{2,6})\)")
_ACRONYM_WORDS = lazy_re.compile(r"[A-Za-z][a-z'’-]*|[A-Z]+")
# each part of a hyphened word ("value-added tax (VAT)"), or a run of capitals
_ACRONYM_WORD_PARTS = lazy_re.compile(r"[A-Za-z][a-z'’]*|[A-Z]+")
_ACRONYM_GLUE = frozenset({"of", "and", "for", "the", "on", "in", "to"})


def _changes_from_one_start(frame: Frame, a: str, b: str) -> bool:
    """Two changes whose periods name one start: "rose by 1.7 million from 2011 to 2016" (read as 2011)
    and "has grown by 1.7 million since 2011" (2011 on)."""
    return frame.role is Role.CHANGE and (a + ".." == b or b + ".." == a)


def _spelled_out(word: str, document_text: str, said: str) -> bool:
    """An acronym of the title ("LSM output") spelled out in the body's sentence ("large-scale
    manufacturing output"): the capitals stand in the text, and the sentence has words whose initials spell them."""
    if not 2 <= len(word) <= 6 or not word.isalpha() or not re.search(rf"\b{word.upper()}\b", document_text):
        return False
    words = _WORD.findall(said)
    return any("".join(w[0] for w in words[n:n + len(word)]) == word for n in range(len(words)))


def hedged_lead_restatements(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                             bases: frozenset[str]) -> list[HeadlineLink]:
    """A lead's hedged round figure, then the body's precise one: "the BJP has doubled its vote share, to
    nearly 40 per cent" ... "the BJP polled 39.7 per cent"; "sales were almost 6% lower" ... "sales
    volumes declined by 5.9%". The hedge ("nearly", "some", "more than") is the lead's rounding of
    the body's figure, so the precise figure must lie in the hedge's interval. The body figures
    paired are those of the lead figure's unit, role, direction and size, stated to as many digits
    or more, whose clause shares words with the lead's and names no subject or group the lead's
    clause does not, most shared words first; the pair is sure only when one figure alone fits,
    sharing two words at least."""
    out = []
    lead_index = _lead_segments(segments)
    lead = [seg for seg in segments if seg.index in lead_index]
    hedged = [(seg, k, f) for seg in lead for k, f in enumerate(seg.figures)
              if f.qualifier and written_in_digits(f) and _rounded_by_its_hedge(f)
              and frames[f.id].modality == "stated" and _role_family(frames[f.id].role) in _HEDGED_ROLES]
    if not hedged:
        return out
    body = _precise_figures_by_unit(segments, frames, bases, {f.unit for _, _, f in hedged})
    # "funds for 85 new teachers ... About 96 teachers were already hired" ... "the 85 new teachers": a body figure
    # the lead states exactly in figures of its own restates that one, not the hedge beside it
    # (another figure of the lead: the body figure may stand in the lead's own paragraph)
    told_in_the_lead: dict[tuple, set[str]] = {}
    for seg in lead:
        for f in seg.figures:
            if not f.qualifier and written_in_digits(f):
                told_in_the_lead.setdefault((f.unit, f.value), set()).add(f.id)
    body = {unit: [(bseg, bk, b) for bseg, bk, b in found if not told_in_the_lead.get((b.unit, b.value), set()) - {b.id}]
            for unit, found in body.items()}
    words = _ClauseWords(document_text)
    for seg, k, h in hedged:
        fh = frames[h.id]
        # (a later paragraph than the hedge's: the lead's second paragraph may state it precisely)
        scored = _restating(document_text, seg, k, h, [(bseg, bk, b) for bseg, bk, b in body.get(h.unit, ())
                                                       if bseg.paragraph > seg.paragraph], frames, words,
                            as_many_digits=True)
        if not scored:
            continue
        if not h.period and fh.role in (Role.LEVEL, Role.SHARE):
            # a lead's level that names no period speaks of now: a body level its clause dates to a year of its
            # own ("42.6 per cent in the 2014 polls") is another time's, while an undated one is in view (a
            # change's date may be its base's: "a growth of 17.63 per cent over the estimate for 2011-12")
            undated = [(n, b) for n, b in scored if not (b.period and b.period_source == "stated")]
            scored = undated or scored
        scored.sort(key=lambda pair: (-pair[0], pair[1].span.start))
        best = scored[0][0]
        certain = best >= 2 and len(scored) == 1  # (a lead's comparison names other figures' words too)
        out.append(HeadlineLink(h, tuple(b for _, b in scored[:4]), certain,
                                "a hedged figure in the lead, stated precisely in the text"))
    return out


def _lead_segments(segments: tuple[Segment, ...]) -> frozenset[int]:
    """The segments of the lead: the title, then the first paragraph that states a figure in digits (a standfirst or a
    caption with none may stand between: "Census 2016: the biggest takeaways", "WATCH: ...", "Five takeaways")."""
    first_told = next((seg.paragraph for seg in segments if seg.paragraph >= 1 and not seg.is_table_row
                       and any(written_in_digits(f) for f in seg.figures)), 1)
    lead_paragraphs = frozenset(range(LEAD_PARAGRAPHS)) | {first_told}
    return frozenset(seg.index for seg in segments if seg.paragraph in lead_paragraphs and seg.start < _LEAD_REACH
                     and not seg.is_table_row)


def _precise_figures_by_unit(segments: tuple[Segment, ...], frames: dict[str, Frame], bases: frozenset[str],
                             units: set[str]) -> dict[str, list[tuple[Segment, int, Figure]]]:
    """The body's unhedged figures of the given units that may restate a hedge, by unit: not the earlier levels of
    its moves and comparisons ("fell from 5,390 to 4,392", "4,082 against 4,598 the year before"), another time's."""
    body: dict[str, list[tuple[Segment, int, Figure]]] = {}
    for seg in segments:
        if seg.paragraph >= 1 and not seg.is_table_row:
            earlier = {a for _, a, _ in measures.move_pairs(seg)} \
                | {k for k in range(len(seg.figures)) if _EARLIER_TIME_RIGHT_AFTER.match(seg.after(k, 40))}
            for k, f in enumerate(seg.figures):
                if f.unit in units and not f.qualifier and f.id not in bases and k not in earlier and written_in_digits(f) \
                        and frames[f.id].modality == "stated":
                    body.setdefault(f.unit, []).append((seg, k, f))
    return body


class _ClauseWords:
    """The content words of a figure's clause, read once per figure: not "so", "it" or a verb of change ("rose"),
    which tie no two clauses to one measure; the measure's own words too, which a move's new level leaves before its
    old level ("income from traffic fines has climbed from just under R100 million ... to more than R200 million")."""

    def __init__(self, document_text: str):
        self.text = document_text
        self.read: dict[str, frozenset[str]] = {}

    def __call__(self, seg: Segment, k: int, f: Figure) -> frozenset[str]:
        if f.id not in self.read:
            said = clause_words(self.text, seg, k) | frozenset(lexicon.folded_words(f.measure))
            self.read[f.id] = frozenset(w for w in said if len(w) > 3) - _MINOR_WORDS - _NOT_A_MEASURE - _AUXILIARIES \
                - _CHANGE_WORDS
        return self.read[f.id]


def _restating(document_text: str, seg: Segment, k: int, h: Figure, body, frames: dict[str, Frame],
               words: _ClauseWords, as_many_digits: bool = False) -> list[tuple[int, Figure]]:
    """The precise figures that may restate hedged figure h, each with the number of content words its clause shares
    with h's: of h's unit, role, direction and size, to more digits (or as many, `as_many_digits`), of no other
    period, in another sentence, naming no subject or group h's clause does not, no part of a total."""
    fh, mine = frames[h.id], words(seg, k, h)
    subject = _subject_names(document_text, seg, k)
    # the names the hedge's sentence writes that the text never writes in lower case ("Morocco", "BJP", not "Airport")
    hedge_names = proper_names_only(document_text, subject | frozenset(
        lexicon.fold(n) for n in names_in_sentence(document_text, seg.start, seg.end)))
    scored = []
    for bseg, bk, b in body:
        fb = frames[b.id]
        if bseg.index == seg.index or not same_unit(h, b) \
                or _role_family(fb.role, b.direction, b.unit) != _role_family(fh.role, h.direction, h.unit) \
                or fb.direction != fh.direction or _digits(b) < _digits(h) + (0 if as_many_digits else 1) \
                or (h.period and b.period and not _same_or_a_day_of(b.period, h.period)) or not _same_magnitude(h, b):
            continue
        names = _subject_names(document_text, bseg, bk)
        if names and not names & (mine | subject):
            continue  # "the Greens, to nearly 30 per cent" ... "Labour polled 29.6 per cent": another subject
        proper = proper_names_only(document_text, names)
        if proper and hedge_names and not proper & (mine | hedge_names):
            continue  # "all passenger airports across Morocco ... more than 25 million passengers" ... "18 million
            # passengers used Calgary International Airport": the common noun a name is built on ("Airport") is shared,
            # the names are not: two subjects
        if fb.group and fb.group != fh.group and fb.group not in mine:
            continue  # "sales to rural shops fell 7.1%": a part of what the hedge speaks of
        if _set_off_after_a_group(bseg.before(bk, 60), mine):
            continue  # "higher on premium tiers, at £0.0081, than on ad-supported tiers": a group's figure
        if _A_PART_OF_THE_TOTAL.search(bseg.after(bk, 120).split(".", 1)[0]):
            continue  # "Films made at home brought in 23.7 billion, taking in 59 percent of total receipts": a part
        shared = len(words(bseg, bk, b) & mine)
        if shared:
            scored.append((shared, b))
    return scored


def hedged_restatements_elsewhere(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                                  bases: frozenset[str]) -> list[HeadlineLink]:
    """A round figure hedged outside the lead ("just over 3,800 fewer places", "more than 758,000 professionals are
    now registered", "close to 30 million patients") and the figure of that measure the text states precisely in
    another sentence, before or after it ("3,818 fewer places", "grew by 26,403 to 758,303"): the hedge rounds the
    precise figure, which must lie in its interval. The lead's hedges are hedged_lead_restatements'. A precise
    figure pairs when it has the hedge's unit, role, direction and size, more digits, no other period, no subject or
    group the hedge's clause lacks, and shares two content words at least with the hedge's clause, and only when one
    figure alone so fits. The pair is never sure: a hedge in the body more often sums up another thing than a hedge
    in the lead does, and words shared across sentences do not tell which (a miss is a question, not an error)."""
    lead = _lead_segments(segments)
    hedged = [(seg, k, f) for seg in segments if seg.index not in lead and not seg.is_table_row
              for k, f in enumerate(seg.figures)
              if f.qualifier and written_in_digits(f) and _rounded_by_its_hedge(f)
              and frames[f.id].modality == "stated" and _role_family(frames[f.id].role) in _HEDGED_ROLES
              and not _GROUP_LINE_BEFORE.search(seg.before(k, 40))]
    if not hedged:
        return []
    body = _precise_figures_by_unit(segments, frames, bases, {f.unit for _, _, f in hedged})
    words = _ClauseWords(document_text)
    out = []
    for seg, k, h in hedged:
        if _EACH_AFTER.match(seg.after(k, 40)):
            continue  # "Four members received more than USD 700 million each": a bound of each, not of a total
        # (the sentences near the hedge only: a text is read in time linear in its length)
        of_unit = body.get(h.unit, [])
        near = of_unit[bisect_left(of_unit, seg.index - _ELSEWHERE_REACH, key=_segment_index):
                       bisect_right(of_unit, seg.index + _ELSEWHERE_REACH, key=_segment_index)]
        scored = [(shared, b) for shared, b in _restating(document_text, seg, k, h, near, frames, words)
                  if shared >= _ELSEWHERE_SHARED]
        if len(scored) != 1:
            continue  # (two precise figures that fit: the hedge may sum up either, or neither)
        (shared, b), = scored
        the_rest = _THE_REST_WORDS.search(document_text[document_text.rfind(".", 0, b.span.start) + 1:b.span.start])
        if the_rest:
            continue  # "The remaining eleven members shared USD 1,053 million": another group than the hedge's
        out.append(HeadlineLink(h, (b,), False, HEDGED_ELSEWHERE))  # (never sure: see above)
    return out


HEDGED_ELSEWHERE = "a hedged figure, stated precisely elsewhere in the text"
_ELSEWHERE_REACH = 15  # sentences before and after a hedge where the figure it rounds may stand


def _segment_index(entry: tuple[Segment, int, Figure]) -> int:
    return entry[0].index


# words of a sentence, before its precise figure, that give the figure to the rest of a group
_THE_REST_WORDS = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.REMAINDER_WORDS)})\b", re.I)


def _rounded_by_its_hedge(f: Figure) -> bool:
    """Whether a hedged figure is the rounding of another: one or two digits ("nearly 40", "just over 5,400"), or three
    after a bound ("more than 758,000" of 758,303: the bound's side, not its nearness, is what it says)."""
    return _digits(f) <= (_BOUND_ROUND_DIGITS if f.qualifier in _BOUND_QUALIFIERS else _ROUND_DIGITS)


_BOUND_ROUND_DIGITS = 3
# the words before a hedge that make its figure the line drawn round a group, not a level: "firms with more than 250
# staff", "those aged over 65" (in the lead a hedge is the headline's level; in the body it is often such a line)
_GROUP_LINE_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.GROUP_LINE_WORDS)})\s+"
                                     rf"(?:{lexicon.alternation(tuple(QUALIFIER_PHRASES))})\s*$", re.I)
_BOUND_QUALIFIERS = frozenset({"more-than", "at-least", "less-than", "at-most"})
_ELSEWHERE_SHARED = 2  # content words a precise figure's clause shares with the hedge's, to be a reading


# paragraphs from a headline to its lead: a byline and a dateline may stand between
_LEAD_AFTER_TITLE = 3
# the title and the first paragraph: where a release puts its headline figures (statements reads it too)
LEAD_PARAGRAPHS = 2
# how far into the text a lead reaches: a text with no paragraph breaks has no lead of a page's length,
# and each hedged lead figure is compared with the body's figures of its unit
_LEAD_REACH = 2_000
# a hedge rounds a figure to one or two digits ("nearly 40", "just over 5,400"); "about N16.47 billion"
# hedges a figure already precise, which is a statement of its own, not the rounding of another
_ROUND_DIGITS = 2
# a hedged share or change is still one; a bound ("climbed ... to more than R200 million in 2014/15") is the lead's
# rounding of the level too, one-sided: the body's precise level must lie beyond it
_HEDGED_ROLES = frozenset({Role.LEVEL, Role.SHARE, Role.RELATIVE_CHANGE, Role.CHANGE, Role.BOUND})


def _same_or_a_day_of(period: str, year: str) -> bool:
    """Whether a period is the year itself or one day of it ("2016-05-10" of "2016": a count taken on census day)."""
    return period == year or len(year) == 4 and _A_DAY.fullmatch(period) is not None and period.startswith(year)


_A_DAY = lazy_re.compile(r"\d{4}-\d\d-\d\d")
# after a figure in its sentence, words that make it a part of a total ("59 percent of total receipts")
_A_PART_OF_THE_TOTAL = lazy_re.compile(r"\bof\s+(?:the\s+)?(?:total|all|overall|combined)\b")


def _same_magnitude(hedged: Figure, precise: Figure) -> bool:
    """Whether a figure is of the size a hedge rounds to: within a factor of two. "Nearly 40 per cent"
    may round 39.7 or be wrong for 33.1; it is no rounding of 346 or of 0.4."""
    return hedged.value > 0 and precise.value > 0 and hedged.value / 2 <= precise.value <= hedged.value * 2


def _subject_names(document_text: str, seg: Segment, k: int) -> frozenset[str]:
    """The folded proper names near a figure, less a currency's letters ("Rs", "RM")."""
    return frozenset(lexicon.fold(n.lower()) for n in names_near(document_text, seg, k) if n not in CURRENCY_PREFIXES)


def _role_family(role: Role, direction: int = 0, unit: str = "") -> Role:
    """A bound is a level, or a change when a word of change gives it a direction ("risen by more than 30 per cent")."""
    if role is not Role.BOUND:
        return role
    if not direction:
        return Role.LEVEL
    return Role.RELATIVE_CHANGE if unit == "percent" else Role.CHANGE


def _digits(f: Figure) -> int:
    """Significant digits written: "39.7" has three, "40" one (its zero may be rounding)."""
    number = _NUMBER_WRITTEN.search(f.text)
    if not number:
        return 0
    digits = number.group().replace(",", "")
    return len(digits.replace(".", "").lstrip("0")) if "." in digits else len(digits.strip("0"))


_NUMBER_WRITTEN = lazy_re.compile(r"\d[\d,]*(?:\.\d+)?")


# words of a clause that say what a figure is, not which measure: "per cent", "figure", "said"
_NOT_A_MEASURE = frozenset({"per", "cent", "percent", "said", "figure", "than", "with", "at", "by", "from", "as",
                            "its", "their", "his", "her", "it", "they", "this", "that", "which", "while"})


def changes_told_by_pairs(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                  linked: frozenset[str]) -> list[ChangeLink]:
    """A change the next sentences give only as two levels compared: in the title line ("Road deaths
    down 162 in 2023" ... "claimed 1,947 lives last year compared with 2,059 in 2022"), or in a
    sentence with no level of its own ("January saw tea exports climb 40 per cent by volume." ...
    "January exports came to 17 million kg, compared with 12.08 million kg"). The pair is the one
    such pair in the next two sentences (three after a sentence) whose clause shares a word with the
    title's measure, or names what the sentence says changed; "by volume" and "by value" say which
    unit it is in."""
    out = []
    titles = set(i for i in _title_indices(document_text, segments) if i < 3)
    for i, seg in enumerate(segments):
        if not seg.figures or seg.is_table_row:
            continue
        title = i in titles
        if not title and any(frames[f.id].is_level and written_in_digits(f) for f in seg.figures):
            continue  # a sentence with levels of its own: its changes are of those
        if not any(frames[a.id].is_level and frames[b.id].is_level for later in segments[i + 1:i + (3 if title else 4)]
                   for a, b in zip(later.figures, later.figures[1:])):
            continue  # (the two levels compared stand side by side in one of the next sentences: none holds two)
        for c, h in enumerate(seg.figures):
            fh = frames[h.id]
            if h.id in linked or fh.role not in (Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE) \
                    or fh.modality != "stated":
                continue  # ("aims to cut emissions by 55%": a target, not the change the levels show)
            if title:
                wanted = set(lexicon.folded_words(h.measure)) - _MINOR_WORDS
            else:
                # what changed: the last word before the sentence's first change that is neither a verb of
                # change nor a small word ("saw tea exports climb 40% by volume and 45% by value": exports)
                words = [w for w in lexicon.folded_words(seg.skeleton[:seg.slots[0][0]])
                         if w not in _MINOR_WORDS and w not in _CHANGE_WORDS and w not in _AUXILIARIES]
                # ... or the head of its subject, before a phrase that places it ("Drug seizures in England and
                # Wales went up by 20%": seizures, not Wales)
                head = subject_head(seg.before(c, 120)) if c == 0 else ""
                wanted = set(words[-1:]) | ({head} - {""} - _MINOR_WORDS - _CHANGE_WORDS - _AUXILIARIES)
            # ... and what a comparative after it counts: "received 7 percent more arriving guests than the year before"
            counted = _COUNTED_AFTER_COMPARATIVE.match(seg.after(c, 60))
            if counted:
                wanted |= set(lexicon.folded_words(counted.group("noun"))) - _MINOR_WORDS
            basis = _BY_VOLUME_OR_VALUE.match(seg.after(c, 30))
            if any((frames[f.id].role is fh.role or frames[f.id].role is Role.BOUND and frames[f.id].direction != 0)
                   and f.unit == h.unit and frames[f.id].direction == fh.direction and h.low <= f.value <= h.high
                   for later in segments[i + 1:i + 3] for f in later.figures):
                continue  # "Arrivals up 26%" ... "Arrivals grew 26.1 percent": the next sentence tells the change again in
                # words of change; two levels compared after it are another group's ("Western Europe, 38,951 against 32,656");
                # told again as a bound ("Copper production up by 55,000 tonnes" ... "increased by over 55,000 metric
                # tonnes"), the heading's round figure stands for that bound, not for the levels' exact gap
            pairs = []
            told = frozenset(lexicon.folded_words(seg.skeleton))
            heading = _a_paragraph_of_one_sentence(segments, i)
            place = _opening_place(document_text, seg)
            for later in segments[i + 1:i + (3 if title else 4)]:
                if place and _opening_place(document_text, later) not in ("", place):
                    continue  # "At Entikong arrivals increased by 10.63 percent ... At Ngurah Rai Airport arrivals
                    # reached 3.92 million, compared to 3.73 million": each sentence opens on its own place
                for k in range(len(later.figures) - 1):
                    a, b = later.figures[k], later.figures[k + 1]
                    if k and frames[later.figures[k - 1].id].role in (Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE) \
                            and not _NEW_CLAUSE.search(later.between(k - 1, k)):
                        continue  # "complex fertilisers 23.6 per cent more, at 64.23 lt against 51.97 lt": the pair's own change
                    if k + 2 < len(later.figures) and frames[later.figures[k + 2].id].role in (
                            Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE) \
                            and not _NEW_CLAUSE.search(later.between(k + 1, k + 2)):
                        continue  # "posted a revenue of N566.95 billion against N505.67 billion ..., an increase of 12.12
                        # per cent": the change after the pair is its own ("digital revenue dropped by 64.5 per cent" before is not)
                    moved = _moved_pair(later, k, fh.direction)
                    if moved is not None and not title and subject_head(seg.before(c, 120)) \
                            and subject_head(seg.before(c, 120)) == subject_head(later.before(k, 120)) \
                            and not _narrower_scope(_SINCE_A_FIGURE.split(later.before(k, 100))[-1],
                                                    frozenset(lexicon.folded_words(seg.skeleton))) \
                            and frames[a.id].is_level and frames[b.id].is_level \
                            and same_unit(a, b) and written_in_digits(a) and written_in_digits(b) \
                            and (fh.role is not Role.CHANGE or same_unit(h, a)) \
                            and (basis is None or (a.kind is Kind.MONEY) == bool(basis.group("value"))) \
                            and lexicon.with_flow_families(wanted) & lexicon.with_flow_families(
                                clause_words(document_text, later, k)):
                        pairs.append(moved)  # "Sales have gone up by 13 per cent. Combined sales rose to 319.86 lt, from 282.64 lt"
                        continue
                    # (a pair of a narrower scope than the change's sentence is another measure's: "the U.S. rig
                    # count is down 423" ... "The U.S. offshore rig count ... 16, compared to 20")
                    # (a title or a one-sentence heading abbreviates: "Harvest up 8%" is told by "The grain harvest
                    # came to 6.48 million tonnes")
                    if not title and (_narrower_scope(_SINCE_A_FIGURE.split(later.before(k, 100))[-1], told)
                                      or not heading and _modifier_left_out(later.before(k, 100), wanted, told)):
                        continue
                    if frames[a.id].is_level and frames[b.id].is_level and same_unit(a, b) \
                            and (_COMPARED_PAIR.match(later.between(k, k + 1))
                                 and (title or _ONE_MEASURE_PAIR.search(later.between(k, k + 1)))
                                 or _EARLIER_COUNT_CLAUSE.fullmatch(later.between(k, k + 1))) and written_in_digits(a) \
                            and (fh.role is not Role.CHANGE or same_unit(h, a)) \
                            and (basis is None or (a.kind is Kind.MONEY) == bool(basis.group("value"))) \
                            and lexicon.with_flow_families(wanted) & lexicon.with_flow_families(
                                clause_words(document_text, later, k)):
                        pairs.append((a, b))
            if not title:
                # "April's checks had fallen 6.9 percent. For the second quarter, checks were 2.83 million against
                # 2.86 million": a change its own words date to another time than the new level is not that pair's
                own_times = _times_within_a_year(seg.skeleton)
                pairs = [(a, b) for a, b in pairs if not _told_of_another_time(h, a)
                         and not _times_apart(own_times, _times_within_a_year(segments[frames[a.id].segment].skeleton))]
            if len(pairs) == 1:
                a, b = pairs[0]
                out.append(ChangeLink(h, b, (a,), fh.direction or (1 if a.value >= b.value else -1), True,
                                      "a change in the title, the body's two levels compared" if title else
                                      "a change with no level of its own, then two levels compared"))
    return out


_TIME_WITHIN_A_YEAR = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.TIMES_WITHIN_A_YEAR)})\b"
                                      r"|\b(?:in|of|during|since|until|for|to|from)\s+(?P<may>may)\b")


def _times_within_a_year(sentence: str) -> frozenset[str]:
    """The times within a year a sentence names ("in the spring", "for the year to date", "in May")."""
    return frozenset((m.group("may") or m.group()).replace("-", " ") for m in _TIME_WITHIN_A_YEAR.finditer(sentence.lower()))


def _times_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences that each name a time within a year, and no time in common: "Admissions fell 6.0% in the
    spring." and "In August admissions were 2.44 million, compared with 2.31 million" tell two times. A span
    ("the first half", "this summer") and two months, its ends ("April-September", "between June and August"), may
    be one time."""
    if not a or not b or a & b:
        return False
    return not (a & _SPANS_WITHIN_A_YEAR and len(b & _MONTH_NAMES) >= 2 or b & _SPANS_WITHIN_A_YEAR and len(a & _MONTH_NAMES) >= 2)


_MONTH_NAMES = frozenset(lexicon.MONTHS_BUT_MAY) | {"may"}
# (a season is a span too: "this summer" and "between June and August")
_SPANS_WITHIN_A_YEAR = frozenset(t.replace("-", " ") for t in lexicon.SPANS_WITHIN_A_YEAR + lexicon.SEASONS_OF_THE_YEAR)


# where a figure's period was named in its own sentence (not carried over from an earlier one, nor a default)
_OWN_SENTENCE_PERIOD = frozenset({"stated", "sentence"})
_YEAR_OF_A_PERIOD = lazy_re.compile(r"^\d{4}-(?=.)")


def _told_of_another_time(change: Figure, new: Figure) -> bool:
    """Whether a change and a level each name, in their own sentences, a time of one form, and the times differ
    ("04" and "05", "H1" and "H2", "2023" and "2022"; a year named for one and not the other is no difference:
    "01" and "2024-01"). Times of two forms ("H1" and "04..09") are left alone: a fiscal half is told in months."""
    if change.period_source not in _OWN_SENTENCE_PERIOD or new.period_source not in _OWN_SENTENCE_PERIOD \
            or not change.period or not new.period:
        return False
    a, b = _YEAR_OF_A_PERIOD.sub("", change.period), _YEAR_OF_A_PERIOD.sub("", new.period)
    return a != b and _DIGIT.sub("9", a) == _DIGIT.sub("9", b)


# the noun phrase a change's comparative counts, up to its "than" or a preposition: "7 percent more arriving guests
# in 2016 than", "12% fewer road deaths than"
_COUNTED_AFTER_COMPARATIVE = lazy_re.compile(r"^\s*(?:more|fewer|less)\s+(?P<noun>(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+)"
                                             r"(?=\s+(?:than|in|on|at|for|from|during|over|this|last|a|an|the)\b|\s*[,.;]|$)")


# verbs that end a subject before a move: "Sales of fertilisers have gone up by"
_AUXILIARIES_OF_A_MOVE = ("has", "have", "had", "is", "are", "was", "were", "will", "would", "went", "gone", "go", "goes",
                          "came", "stood", "reached", "totalled", "totaled")
_SUBJECT_ENDS = lazy_re.compile(rf"\b(?:{lexicon.alternation(tuple(_AUXILIARIES_OF_A_MOVE) + lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\b")
_POSTMODIFIER = lazy_re.compile(r"\s(?:of|by|for|in|from|on|at|with|among|under)\s")
_AMOUNT_NOUNS = frozenset(("number", "numbers", "volume", "volumes", "value", "values", "total", "totals", "level", "levels",
                           "figure", "figures", "amount", "amounts"))


def subject_head(clause_before: str) -> str:
    """The folded head noun of the subject of the clause a figure ends (lower case, figures as slots): the last word
    before the verb and before any phrase after the head ("Combined sales of the main fertilisers rose to" ->
    "sale", "Spending by visitors went from" -> "spending", "Visitor numbers went up by" -> "visitor"); "" when no
    verb is found."""
    clause = re.split(r"[,;:]|#\d+#|\.\s", clause_before)[-1]
    verb = _SUBJECT_ENDS.search(clause)
    if verb is None:
        return ""
    pieces = _POSTMODIFIER.split(" " + clause[:verb.start()] + " ")
    words = re.findall(r"[a-z][a-z'’-]*", pieces[0])
    if words and words[-1] in _AMOUNT_NOUNS:
        # "visitor numbers", "the number of visitors": what is counted
        words = words[:-1] if len(words) > 1 and words[-2] not in ("the", "a", "an", "total") \
            else re.findall(r"[a-z][a-z'’-]*", pieces[1]) if len(pieces) > 1 else []
    return lexicon.fold(words[-1]) if words else ""


_TO_BEFORE = lazy_re.compile(r"\bto\s+(?:just\s+|some\s+|about\s+)?$")
_FROM_BETWEEN = lazy_re.compile(r"^[^#;:]{0,40}?,?\s*\bfrom\s+(?:just\s+|some\s+|about\s+)?$")


def _moved_pair(seg: Segment, k: int, direction: int) -> tuple[Figure, Figure] | None:
    """(new, old) when figures k and k + 1 are a move from one level to another ("rose to 319.86 lt in April-September,
    from 282.64 lt", "went from 4,100 to 3,650") whose verb, if any, goes the change's way."""
    if _TO_BEFORE.search(seg.before(k, 20)) and _FROM_BETWEEN.match(seg.between(k, k + 1)):
        pair = seg.figures[k], seg.figures[k + 1]
    elif _FROM_BEFORE.search(seg.before(k, 20)) and _TO_BETWEEN.match(seg.between(k, k + 1)):
        pair = seg.figures[k + 1], seg.figures[k]
    else:
        return None
    verb = _MOVE_VERB.search(_SINCE_A_FIGURE.split(seg.before(k, 100))[-1])
    if verb is not None and direction and (direction < 0) != bool(verb.group("down")):
        return None  # "Sales fell 4%. Exports rose to ... from ...": another move
    return pair


def hedged_changes_told_by_a_move(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                                  linked: frozenset[str]) -> list[ChangeLink]:
    """A relative change given only against a round threshold ("a fall of more than 50% in pre-tax profit",
    "sales rose by nearly 20%") in a sentence with no level of its own, then, in the next sentence of the
    passage, the one move of that measure from one level to another ("Pre-tax profit dropped from R3.8bn
    to R1.6bn"): the move's rate lies where the hedge puts it. The measure is the noun after "in"
    ("a fall ... in pre-tax profit") or before the verb ("sales rose by"); the move's clause must name it."""
    out = []
    for i, seg in enumerate(segments[:-1]):
        if seg.is_table_row or any(frames[f.id].is_level and written_in_digits(f) for f in seg.figures):
            continue
        for c, h in enumerate(seg.figures):
            if h.id in linked or h.unit != "percent" or h.qualifier not in _THRESHOLD_QUALIFIERS \
                    or frames[h.id].modality != "stated" or not written_in_digits(h):
                continue
            said = _HEDGED_CHANGE_BEFORE.search(seg.before(c, 80))
            if said is None:
                continue
            named = _CHANGE_IN_NOUN.match(seg.after(c, 60)) if said.group("noun") else None
            words = named.group("noun") if named else seg.before(c, 80)[:said.start()].rsplit("#", 1)[-1]
            wanted = set(lexicon.folded_words(words)) - _MINOR_WORDS - _CHANGE_WORDS - _AUXILIARIES
            if not wanted:
                continue
            down = bool(said.group("down") or said.group("down2"))
            told = frozenset(lexicon.folded_words(seg.skeleton))
            pairs = []
            for j in range(i + 1, min(len(segments), i + 3)):
                if not continues(segments, j - 1, j):
                    break
                later = segments[j]
                for k in range(len(later.figures) - 1):
                    a, b = later.figures[k], later.figures[k + 1]
                    if frames[a.id].is_level and frames[b.id].is_level and same_unit(a, b) and a.unit != "percent" \
                            and written_in_digits(a) and written_in_digits(b) \
                            and _FROM_BEFORE.search(later.before(k, 20)) and _TO_BETWEEN.match(later.between(k, k + 1)) \
                            and wanted & clause_words(document_text, later, k):
                        lead = _SINCE_A_FIGURE.split(later.before(k, 100))[-1]
                        moved = _MOVE_VERB.search(lead)
                        if _narrower_scope(lead, told) or moved and bool(moved.group("down")) != down:
                            continue  # "Profit in the second half rose from ...", "Sales in Kenya went from ...": another's move
                        if _years_apart(h.period, b.period):
                            continue  # "Payouts grew by more than 14% in the north" (2018) ... "from $62.7bn in 2016
                            # to $65.3bn in 2017": a move that ends in another year than the change's is no move of it
                        pairs.append((a, b))
            if len(pairs) == 1:
                old, new = pairs[0]
                direction = -1 if down else 1
                out.append(ChangeLink(h, old, (new,), direction, True,
                                      "a change given against a threshold, then the move from one level to another"))
    return out


# (the words before a figure back to the figure or the clause before it)
_SINCE_A_FIGURE = lazy_re.compile(r"#\d+#|;|\b(?:and|while|whereas|but)\b")
_MOVE_VERB = lazy_re.compile(rf"\b(?:(?P<down>{lexicon.alternation(lexicon.CHANGE_VERBS_DOWN)})|"
                             rf"(?P<up>{lexicon.alternation(lexicon.CHANGE_VERBS_UP)}))\b")
# a place, a part or a time a clause narrows its measure to: "in Kenya", "of fuel", "in the second half"
_SCOPE_PHRASE = lazy_re.compile(r"\b(?:in|of|for|at|among|amongst|across|within|during)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
                                r"(?P<w>[a-z0-9][a-z0-9'’-]*)")
_SCOPE_FREE = frozenset({"year", "period", "quarter", "month", "week", "time", "all", "total", "whole", "last", "this",
                         "which", "them", "these", "those", "it", "its", "their", "main", "major", "principal", "key"})


def _modifier_left_out(clause: str, heads: set[str], told: frozenset[str]) -> bool:
    """Whether a clause puts before one of `heads` a word the other sentence does not say, one that narrows the
    measure ("the U.S. offshore rig count" against "the U.S. rig count is down 423")."""
    # (a possessive names whose, not which: "the country's roads claimed 1,947 lives")
    words = _CLAUSE_TOKEN.findall(clause.lower())
    for j, w in enumerate(words):
        if lexicon.fold(w) not in heads:
            continue
        for before in reversed(words[max(0, j - 3):j]):  # the modifiers of its noun phrase, nearest first
            if not before.isalpha() or lexicon.fold(before) in _MINOR_WORDS or before in _SCOPE_FREE_MODIFIERS:
                break
            if lexicon.fold(before) not in told:
                return True
    return False


_CLAUSE_TOKEN = lazy_re.compile(r"[a-z0-9'’.-]+")


_SCOPE_FREE_MODIFIERS = frozenset(lexicon.SCOPE_FREE_WORDS) | {"combined", "latest", "new", "current", "same", "its",
                                                               "their", "our", "this", "that", "these", "those"}


def _narrower_scope(clause: str, told: frozenset[str]) -> bool:
    """Whether a clause narrows its measure to a place, a part or a time the other sentence does not name."""
    # (a year or a date is a period, which the readers compare on their own)
    return any(lexicon.fold(m.group("w")) not in told and lexicon.fold(m.group("w")) not in _SCOPE_FREE
               and not m.group("w")[0].isdigit() for m in _SCOPE_PHRASE.finditer(clause))


_THRESHOLD_QUALIFIERS = frozenset({"more-than", "at-least", "less-than", "at-most", "nearly"})
_HEDGE_WORDS = rf"(?:(?:{lexicon.alternation(lexicon.THRESHOLD_SHARPENERS)})\s+)?" \
               rf"(?:{lexicon.alternation(lexicon.THRESHOLDS_OF_A_CHANGE)})\s*$"
_HEDGED_CHANGE_BEFORE = lazy_re.compile(
    rf"\b(?:(?P<noun>(?:a|an)\s+(?:(?P<down>fall|drop|decline|decrease|reduction|contraction|slump|plunge|dip|cut)|"
    rf"(?P<up>rise|increase|growth|gain|jump|surge|climb|expansion))\s+of)|"
    rf"(?:(?P<down2>{lexicon.alternation(lexicon.CHANGE_VERBS_DOWN)})|(?P<up2>{lexicon.alternation(lexicon.CHANGE_VERBS_UP)}))"
    rf"(?:\s+by)?)\s+{_HEDGE_WORDS}")
_CHANGE_IN_NOUN = lazy_re.compile(r"^\s*in\s+(?:the\s+|its\s+|their\s+)?(?P<noun>(?:[a-z'’-]+\s+){0,2}[a-z'’-]+)")
_FROM_BEFORE = lazy_re.compile(r"\bfrom\s+(?:the\s+|a\s+)?$")
# (a hedge may stand before the new level: "from $3.1 million to only $53.5 thousand")
_TO_BETWEEN = lazy_re.compile(r"^[^#;:]{0,40}?\bto\s+(?:(?:just|only|merely|a\s+mere)\s+)?$")


def news_said_before(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                     changes: list[ChangeLink]) -> list[ChangeLink]:
    """A change given with its old level but no new one, in a sentence whose clause opens with no level
    and names no period: the new level is the one level of that measure the sentence before states
    ("Net profit came to Rs 3,708 crore for the quarter. Quarter on quarter, net profit rose 2.8 per cent,
    against Rs 3,606 crore in the September quarter"). The level must be the sentence before's own (not
    an old level a change there is measured from), of another period than the old level, and its clause
    must name what the change's clause says changed. Returns `changes` with those links completed."""
    bases = frozenset(link.old.id for link in changes)
    out = []
    for link in changes:
        cf = frames[link.change.id]
        i = cf.segment
        seg = segments[i]
        previous = segments[i - 1] if i else None
        # (the sentence before may be a paragraph of its own: "All 179 fires together burned 143 hectares." then a
        # paragraph opening "The number of fires was 18 per cent above the average (152 fires)")
        if link.news or cf.modality != "stated" or previous is None or previous.is_table_row \
                or not (previous.paragraph == seg.paragraph or _a_paragraph_of_one_sentence(segments, i - 1)) \
                or link.old not in seg.figures:
            out.append(link)
            continue
        c = seg.slot_of(link.change)
        lead = seg.skeleton[:seg.slots[c][0]]
        # (the change's own clause, after a contrast that opens another subject's: "The number of fires was 18 per
        # cent above the average (152 fires), yet the area burnt was 77 per cent below the average (611 hectares)")
        lead = lead[max((m.end() for m in _CONTRAST_OPENS_A_CLAUSE.finditer(lead)), default=0):]
        if SLOT.search(lead) or _NAMES_A_PERIOD.search(lead):
            out.append(link)  # "In April, exports rose 4% from ...": the change is of the period it names
            continue
        wanted = set(lexicon.folded_words(link.change.measure)) - _MINOR_WORDS
        if not wanted:
            words = [w for w in lexicon.folded_words(lead)
                     if w not in _MINOR_WORDS and w not in _CHANGE_WORDS and w not in _AUXILIARIES]
            wanted = set(words[-1:])
        wanted = lexicon.with_flow_families(wanted)
        # (an average over years is of no one period: "12 per cent above the ten-year average (191 fires)" sets this
        # year's level against it though the sentence dates both to this year)
        over_years = bool(_AVERAGE_BEFORE_ITS_FIGURE.search(seg.before(seg.slot_of(link.old), 30)))
        found = [f for k, f in enumerate(previous.figures)
                 if frames[f.id].is_level and written_in_digits(f) and same_unit(f, link.old) and f.id not in bases
                 and frames[f.id].modality == "stated" and not (f.period and f.period == link.old.period and not over_years)
                 and wanted & lexicon.with_flow_families(clause_words(document_text, previous, k))]
        if len(found) != 1 or not wanted:
            out.append(link)
            continue
        out.append(replace(link, news=(found[0],), certain=True,
                           grammar=link.grammar + "; the new level stated in the sentence before"))
    return out


_AVERAGE_BEFORE_ITS_FIGURE = lazy_re.compile(r"\baverage\s*(?:\(\s*|of\s+)$")
_CONTRAST_OPENS_A_CLAUSE = lazy_re.compile(r";|,\s*(?:yet|but|while|whereas)\b")
_NAMES_A_PERIOD = lazy_re.compile(rf"\b(?:(?:19|20)\d\d|q[1-4]|h[12]|{'|'.join(m.lower() for m in MONTHS if m.isalpha())})\b")


_BY_VOLUME_OR_VALUE = lazy_re.compile(r"^\s*(?:%|per\s*cent|percent)?\s*(?:by|in)\s+(?:(?P<value>value)|volume)\b")
# words of change that say nothing of what changed
_CHANGE_WORDS = frozenset(lexicon.fold(w) for w in (*lexicon.CHANGE_VERBS_UP, *lexicon.CHANGE_VERBS_DOWN,
                                                    "climb", "saw", "was", "were", "up", "down", "by", "per", "cent",
                                                    "percent", "volume", "value"))


# after a change, the earlier time it is measured from: "4 basis points lower on the week", "up 0.3 points on
# the month", "0.2 points week on week"
# (not "on the year before, when 62% could connect": the earlier time whose rate follows)
_ON_A_TIME_BASE = lazy_re.compile(r"^(?:\s+[a-z]+){0,3}?\s+(?:on|over)\s+the\s+(?:week|month|quarter|year|day|session)\b"
                                  r"(?!\s+(?:before|earlier))|"
                                  r"^(?:\s+[a-z]+){0,3}?\s+(?:week|month|quarter|year|day)[\s-]on[\s-](?:week|month|quarter|year|day)\b", re.I)
# "narrowed from 49 to 34 percentage points": a figure in points reached from another of its unit
_POINTS_TO = lazy_re.compile(r"^\s*(?:(?:percentage\s+)?points?\s+|pp\s+)?to\s*$", re.I)
_FROM_AT_END = lazy_re.compile(r"\bfrom\s*$", re.I)
_TO_ALONE = lazy_re.compile(r"^\s*to\s*$")
# after "from A to B" and its time, the size of the move set off as a restatement: ", i.e. up", ", that is, a rise
# of", ", or"
_SIZE_APPOSED = lazy_re.compile(r"^[^#;:.]{0,50}?,\s*(?:i\.e\.|that\s+is|or|in\s+other\s+words)\s*,?\s+(?:[a-z]+\s+){0,3}$")


def point_changes_between_rates(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                                linked: frozenset[str]) -> list[ChangeLink]:
    """A change in points that no other grammar placed, beside exactly two rates in its sentence and
    the one before: the gap between them ("narrowed to 18.2% last year. In 2019 it was 21.5%, so the
    narrowing comes to 3.3 percentage points"). Its size is checked, not its sign; sure only when
    the words tie the two rates to one measure (a word their clauses share, or "it", "the latter")."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue  # a table's columns say which cells a change column compares
        for c, change in enumerate(seg.figures):
            frame = frames[change.id]
            if frame.role is not Role.POINT_CHANGE or change.id in linked or frame.modality != "stated":
                continue
            after = seg.after(c, 60)
            if _OWN_LEVEL_OR_BASE.match(after):
                continue  # "rose 1.2 points to 17.4%", "0.17 points lower than the annual target": its own words
            if c and seg.figures[c - 1].unit == change.unit and _POINTS_TO.match(seg.between(c - 1, c)) \
                    and _FROM_AT_END.search(seg.before(c - 1, 12)):
                continue  # "the gap narrowed from 49 to 34 percentage points": the level a gap moved to, from its own
            before = segments[i - 1] if i and segments[i - 1].paragraph == seg.paragraph \
                and not segments[i - 1].is_table_row else None
            rates = [(s, k) for s in ((before,) if before else ()) + (seg,) for k, f in enumerate(s.figures)
                     if f.unit == "percent" and frames[f.id].role is Role.SHARE and not frames[f.id].direction
                     and written_in_digits(f) and not f.qualifier and not _OF_A_PLAN.match(s.after(k, 40))]
            if len(rates) != 2 and not rates:
                # or two rates of change of its own sentence: "Wages rose 4.1% while prices rose 6.3%, so real
                # wages fell by 2.2 percentage points" (a gap between them, unsure: they may be of two measures)
                rates = [(seg, k) for k, f in enumerate(seg.figures[:c]) if f.unit == "percent"
                         and frames[f.id].role is Role.RELATIVE_CHANGE and frames[f.id].modality == "stated"
                         and written_in_digits(f) and not f.qualifier]
                if len(rates) == 2 and _GAP_DRAWN.search(seg.between(rates[1][1], c)):
                    (_, ka), (_, kb) = rates
                    out.append(ChangeLink(change, seg.figures[ka], (seg.figures[kb],), 0, False,
                                          "a change in points after two rates of change in its sentence"))
                continue
            if len(rates) != 2:
                continue
            since = _SINCE_YEAR.match(after)
            if since and not any(s.figures[k].period.startswith(since.group("year")) for s, k in rates):
                continue  # "risen 4.2 points since 2017 ...; in 2020 it was 30.1%": the base year's rate is not given
            (sa, ka), (sb, kb) = rates
            a, b = sa.figures[ka], sb.figures[kb]
            shared = (clause_words(document_text, sa, ka) & clause_words(document_text, sb, kb)) - _MINOR_WORDS \
                - _AUXILIARIES
            one_measure = bool(shared) or any(_SAME_MEASURE_ANAPHOR.search(s.before(k, 40)) for s, k in rates)
            earlier = any(_EARLIER_RATE.search(s.before(k, 40)) or _EARLIER_RATE.match(s.after(k, 30)) for s, k in rates)
            if _ON_A_TIME_BASE.match(after) and sa is seg and sb is seg and ka < c < kb:
                continue  # "the 10-year yield ended at 6.81%, 4 basis points lower on the week, and the 5-year at
                # 6.62%": a change on an earlier time whose level is not given; the other rate is of the same time
            # (or the three in one sentence whose words draw the gap between the two: "exceeded Nakuru's (71.9%) by 6.5
            # points", "6.5 points ahead of Nakuru at 71.9%", "the difference between Kisumu (78.4%) and Nakuru (71.9%)")
            gap_verb = _GAP_VERB_THEN_BY.search(seg.before(c, 70))
            drawn = sa is seg and sb is seg and (bool(gap_verb and not _A_CHANGE_OF_ITS_OWN.search(gap_verb.group()))
                                                 or bool(_AHEAD_OR_BEHIND_NEXT.match(seg.after(c, 30)))
                                                 or bool(_GAP_BETWEEN_NAMED.search(seg.before(c, 90))))
            # "went from 11.8% to 13.0% between 2022 and 2023, i.e. up 1.2 points": the move's size in apposition
            moved = sa is seg and sb is seg and kb == ka + 1 and kb < c and bool(_FROM_AT_END.search(seg.before(ka, 12))) \
                and bool(_TO_ALONE.match(seg.between(ka, kb))) and bool(_SIZE_APPOSED.match(seg.between(kb, c)))
            # ... or in brackets right after the move: "from 34.6% to 41.2% (+6.6pp)", "34.6% → 41.2% (+6.6pp)"
            moved = moved or (sa is seg and sb is seg and (ka, kb) == (c - 2, c - 1) and change_after_a_move(seg, c))
            tied = one_measure and earlier or bool(_LATTER_FORMER.search(seg.before(c, 60))) or drawn or moved
            out.append(ChangeLink(change, a, (b,), 0, tied, "a change in points beside the two rates before it"))
    return out


# the subject a clause after a semicolon opens with: "; passengers were up", "; the fleet grew"
_SUBJECT_AFTER_SEMICOLON = lazy_re.compile(r";\s*(?:the\s+|its\s+|their\s+)?(?P<noun>[a-z][a-z'’-]+)\s+"
                                           r"(?:were|was|are|is|have|has|had|rose|fell|grew|increased|decreased|climbed|dropped)\b")
# a verb of one exceeding or trailing the other, then "by" the change: "exceeded Nakuru's (71.9%) by", "trailed Kisumu by"
_GAP_VERB_THEN_BY = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.EXCEED_VERBS + lexicon.TRAIL_VERBS)})\b[^;.]{{0,50}}\bby\s+$")
# (not the change's own verb after the gap verb: "exceeded the target, while Nakuru's 71.9% rose by 5.5 points")
_A_CHANGE_OF_ITS_OWN = lazy_re.compile(rf"\b(?:while|whereas|but|and|{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN + lexicon.MOVE_VERBS)}"
                                       r"|improved|worsened)\b")
# the change, then "ahead of" or "behind": "6.5 points ahead of Nakuru"
_AHEAD_OR_BEHIND_NEXT = lazy_re.compile(rf"^\s*(?:percentage\s+)?(?:points?|pp)?\s*(?:{lexicon.alternation(lexicon.PLACED_AHEAD + lexicon.PLACED_BEHIND)})\b")
# "the difference between Kisumu (78.4%) and Nakuru (71.9%) was": the gap named before the change, no verb of change between
_GAP_BETWEEN_NAMED = lazy_re.compile(r"\b(?:difference|gap)\s+between\b[^;.]*?\b(?:was|is|stood\s+at|came\s+to|of)\s+$")
# the gap drawn from two rates: "..., so real wages fell by", "a gap of", "meaning"
_GAP_DRAWN = lazy_re.compile(r"\b(?:so|thus|hence|therefore|meaning|which\s+means|gap|difference)\b")
_OWN_LEVEL_OR_BASE = lazy_re.compile(
    r"^\s*(?:percentage\s+points?|points?|pp|basis\s+points?)?\s*(?:to\s+#|(?:lower|higher|less|more|below|above|under|"
    r"over)\s+(?:than\s+)?(?:the|its|their|a|an)\s+(?!former\b|latter\b)[a-z])")
_OF_A_PLAN = lazy_re.compile(r"^\s*of\s+(?:the\s+|its\s+)?(?:annual\s+|yearly\s+)?(?:plan|target|goal|budget|quota)\b")
_SINCE_YEAR = lazy_re.compile(r"^[^#]{0,30}?\b(?:since|from|compared\s+with|against)\s+(?P<year>(?:19|20)\d\d)\b")
# one of the two rates is marked as the earlier: "In 2019 it was 21.5%", "it had been 10.25%"
_EARLIER_RATE = lazy_re.compile(r"\b(?:had\s+been|a\s+year\s+(?:earlier|before|ago)|previous|prior|last\s+year|earlier|"
                                r"from|in\s+(?:19|20)\d\d)\b")
_LATTER_FORMER = lazy_re.compile(r"\bthe\s+latter\b[^#]*\bthe\s+former\b|\bthe\s+former\b[^#]*\bthe\s+latter\b|^[^#]*\bthe\s+(?:latter|former)\b")
_SAME_MEASURE_ANAPHOR = lazy_re.compile(r"\b(?:it|the\s+latter|the\s+former|the\s+rate|the\s+figure|the\s+share)\b")


# the words that set one level against another: "1,947 compared with 2,059", "24,607 against 25,925"
_VERSUS = r"compared\s+with|compared\s+to|against|versus|vs\.?"
# ("62% of capacity at the end of July, down from 78%": a level and the one it moved from)
_COMPARED_PAIR = lazy_re.compile(rf"^[^#;:]{{0,60}}?\b(?:{_VERSUS}|(?:up|down)\s+from)\s+(?:the\s+)?(?:[a-z'’-]+\s+){{0,2}}?$")
# "22 million guest arrivals in 2016, where the 2015 count had been 21 million": a clause that gives the same amount
# word for an earlier time sets the level after it against the one before
_EARLIER_COUNT_CLAUSE = lazy_re.compile(
    r"[^#;:]{0,40}?,\s*(?:where|whereas|while|when)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:/\d\d)?|previous\s+year['’]s|"
    r"prior\s+year['’]s|last\s+year['’]s|year-earlier|year-ago)\s+(?:count|figure|number|total|tally|level)\s+"
    r"(?:had\s+been|was|stood\s+at|came\s+to|reached)\s+(?:some\s+|about\s+|nearly\s+|just\s+)?")
# "17 million kg, compared with 12.08 million kg", "against the previous year's 59.1": one measure at two
# times, where "exports of 271.8 against imports of 298.1" sets two measures side by side
_ONE_MEASURE_PAIR = lazy_re.compile(rf"\b(?:{_VERSUS})\s+(?:(?:the|a|an|last|previous|prior|same|year's|month's|"
                                    r"quarter's|period's|year|month|quarter)\s+){0,3}$")


# "fell to 4.3% in the third quarter, from 4.6% in the second": what a figure is compared with
_INTRODUCED_AS_BASE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.BASE_AFTER_CHANGE)})\s+(?:the\s+|a\s+)?"
                                 rf"(?:[a-z'’-]+\s+){{0,2}}$")


# a verb of change or of level right before a figure makes it the subject's own change or level: "products from
# Vietnam dropped 34.8%", "shipments from India reached $4.996 billion" (the "from" there names a place, not the
# base a change is measured from; a bare copula may still tell the base: "up from what was 5.1%")
_NOT_A_BARE_COPULA = tuple(v for v in lexicon.LEVEL_VERBS if v.split()[0] not in ("is", "was", "are", "were", "has", "had"))
_VERB_OF_ITS_OWN_ENDS = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN + _NOT_A_BARE_COPULA)})(?:\s+by)?\s+$")


def _introduced_as_base(before: str) -> bool:
    """The words before a figure introduce it as the base a change is measured from ("up from 5.1%",
    "compared with the 12% of 2022"), and no verb of change or level stands between them and the figure."""
    return bool(_INTRODUCED_AS_BASE.search(before)) and not _VERB_OF_ITS_OWN_ENDS.search(before)


def _title_indices(document_text: str, segments: tuple[Segment, ...]) -> list[int]:
    """The segments near the top of the text that are title lines holding figures (never a table's
    rows), and the sentences of a standfirst: all that stands above a dateline ("Bogota, March 5,
    2019 (FNC) –")."""
    out = []
    body_begun = False
    for i, seg in enumerate(segments):
        if seg.start >= DATELINE_REACH:
            break  # segments come in the order of the text
        if _DATELINE.match(document_text, seg.start, seg.end):
            return [k for k in range(i) if segments[k].figures]
        line = document_text[seg.start:seg.end]
        if seg.figures and seg.start < 300 and not seg.is_table_row and not body_begun and (
                _is_title(line) or _headline_with_a_full_stop(document_text, seg)):
            out.append(i)
        elif _body_prose(line):
            if not out and not seg.figures:
                break  # a title stands above the body: a line under the text's first paragraph of prose is a table's or a list's
            # a short line under a sentence of the body ("Top five countries:" ... "1. Japan: 21,520 (10.8%)") is a
            # list's item or a subheading; only a standfirst above a dateline still to come stands over the body
            body_begun = True
        elif line.rstrip().endswith(":"):
            body_begun = True  # the lines a colon opens ("Our income was £214.6m:" ... "Shops  £41.7m") are its list
    return out


BODY_PROSE_WORDS = 8  # a sentence of the body has at least these many words ("No figures exist that would give the total.")


def _body_prose(line: str) -> bool:
    """A sentence of the body, without figures: some words, ending with a full stop (not a title's words)."""
    text = line.strip().rstrip("\"'’”)")
    return text.endswith((".", "!", "?")) and len(text.split()) >= BODY_PROSE_WORDS


# a headline some sites end with a full stop ("Yala season 2024 records 2.6 metric tons of paddy harvest."): short
HEADLINE_WITH_A_STOP_LENGTH = 110


def _headline_with_a_full_stop(document_text: str, seg: Segment) -> bool:
    """The first line of the text, ending with a full stop and standing alone as a paragraph (a blank line
    after it), short, of one sentence, with no comma, opening on a name rather than an article or a
    preposition and telling in the present: a headline written as a sentence. A lead sentence goes on in its paragraph, stands under a
    title, or opens "The ..." or "In March, ..."."""
    line = document_text[seg.start:seg.end].strip()
    if not line.endswith(".") or len(line) > HEADLINE_WITH_A_STOP_LENGTH or "\n" in line:
        return False
    # a headline has no comma ("..., figures show", "In March, ...") and opens on its subject's name, not an article
    words = re.findall(r"[a-z]+", line.lower())
    if "," in line or not words or words[0] in lexicon.BODY_SENTENCE_OPENERS:
        return False
    # a headline tells its news in the present ("climbs", "hit"); a past form after the first word is a lead's
    if any(w.endswith("ed") or w in lexicon.IRREGULAR_PAST_FORMS for w in words[1:]):
        return False
    # the first line of the text (under a title line it is the body's first sentence) and a paragraph of its own
    return not document_text[:seg.start].strip() and bool(_BLANK_LINE_AFTER.match(document_text, seg.end))


_BLANK_LINE_AFTER = lazy_re.compile(r"[ \t\r]*\n[ \t\r]*\n")


# a place, a date, perhaps the issuer in brackets, then a dash: "Nairobi, June 10, 2023 (KNBS) –"
_DATELINE = lazy_re.compile(r"\s*[A-Z][\w.'’ -]{1,40},\s+"
                            r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)(?:19|20)\d\d\s*(?:\([^()\n]{1,60}\)\s*)?[-–—:]")


def title_shares(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                 parts: list[PartsLink]) -> list[ShareLink]:
    """A share in the title whose part and whole the body gives: "Class 12 pass percentage at 87.3 per
    cent" ... "14.62 lakh students appeared ..., of whom 12.76 lakh cleared them". The body's one
    whole-and-part in the few sentences after the title; sure only when those sentences share a word
    with the title."""
    titles = _title_indices(document_text, segments)
    if not titles:
        return []
    shares = [f for i in titles for f in segments[i].figures if frames[f.id].role is Role.SHARE and f.unit == "percent"
              and not f.direction and not f.qualifier and written_in_digits(f)]
    if len(shares) != 1:
        return []
    after = range(titles[-1] + 1, min(len(segments), titles[-1] + 1 + _TITLE_SHARE_REACH))
    singles = [link for link in parts if len(link.parts) == 1 and frames[link.whole.id].segment in after
               and same_unit(link.parts[0], link.whole) and link.parts[0].value <= link.whole.value]
    if len(singles) != 1:
        return []
    link = singles[0]
    title_words = {w for i in titles for w in lexicon.folded_words(SLOT.sub(" ", segments[i].skeleton))} - _MINOR_WORDS
    body_words = set(lexicon.folded_words(SLOT.sub(" ", segments[frames[link.whole.id].segment].skeleton)))
    return [ShareLink(shares[0], link.whole, link.parts[0], "a share in the title, its part and whole in the body",
                      certain=bool(title_words & body_words))]


_TITLE_SHARE_REACH = 3  # sentences after the title


def _is_title(raw: str) -> bool:
    """A line of its own that does not end as a sentence does: a headline. A line opened by a list's
    bullet ("* Overnight stays: 14.2 million") is an item of a list, however short, not a title."""
    line = raw.strip()
    return bool(line) and "\n" not in line and line[-1] not in ".!?:;," and len(line) < 160 \
        and not _LIST_ITEM.match(line)


_LIST_ITEM = lazy_re.compile(r"(?:[-*•–·▪]|\d{1,2}[.)])[ \t]")


_TOTAL_AFTER = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+){{0,3}}?(?:{lexicon.alternation(lexicon.TOTAL_AFTER_WHOLE)})\b")
_ANAPHORIC_OPENING = lazy_re.compile(r"^\W*(?:of|among|within|in|out\s+of)\s+(?:it|them|these|this|that|those|which|"
                                # "Of the total, 13,100 were day cases": "the" with a noun for the level before
                                r"the(?=\s+(?:total|figure|number|amount|sum|tally|count)\b))"
                                r"(?:\s+(?:total|figure|number|amount|sum|tally|count))?\s*(?:,|(?:were|was|are|is)\b)\s*|"
                                # "Thereof fell on petrol drives 198,410, ...": an adverb for "of the whole said before"
                                rf"^\W*(?:{lexicon.alternation(lexicon.PARTITIVE_ADVERBS)})\b\s*,?\s*|"
                                # "It included RMB 817 million on education; RMB 96 million on science; ...": a
                                # pronoun for the level before, as the subject of a verb of including
                                rf"^\W*(?:it|this|that|these|they|(?:the|this|that)\s+(?:total|sum|figure|amount|spending|budget)|"
                                # "The standouts included ...": a few members picked out of the level before
                                rf"(?:the|its|their)\s+(?:{lexicon.alternation(lexicon.SELECTION_NOUNS)}))\s+"
                                rf"(?:also\s+)?(?:(?:was|were|is|are)\s+)?"
                                # "This was made up of 1,411 compulsory liquidations ... and 1,783 voluntary ones"
                                rf"(?P<verb>{lexicon.alternation(lexicon.INCLUDING_VERBS + lexicon.PARTITIVES_EXHAUSTIVE)})\b\s*")
# ("4,300 people, 1,900 of whom work in sales": a count right before "of whom" or "of which" and the words of its
# clause is a part, as before "of them"; "5,000 of which 3,000" and "5,000 tonnes of which" are left to the whole's cue)
# ("53,878 bales of this year's crop", "of that month": a demonstrative before a time is no anaphor of a level)
_NOT_TIME_AFTER = rf"(?!\s+(?:{lexicon.alternation(lexicon.TIME_SPAN_NOUNS)})(?:'s|’s)?\b)"
_OF_IT = lazy_re.compile(r"^\s*(?:(?:[a-z]+\s+)?of\s+(?:it|them|this|that|these|those)\b" + _NOT_TIME_AFTER
                         + r"|of\s+(?:whom|which)\s+(?=[a-z]))", screened=True)
_ANAPHORIC_PART = lazy_re.compile(r"^\s*(?:[a-z]+\s+)?(?:of|among)\s+(?:it|them|this|that|these|those)\b" + _NOT_TIME_AFTER)
_OVERALL_AFTER = lazy_re.compile(rf"^[^#;]{{0,30}}\b(?:{lexicon.alternation(lexicon.OVERALL_WORDS)})\b")
_OVERALL_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.OVERALL_WORDS)})\b[^#]{{0,25}}$")
# ... or says it lies between the two groups' figures, before it or after it ("lies between the two, at 75.2%",
# "75.2%, which falls between the two"; "two" is itself read as a figure, so its slot stands for it)
_BETWEEN_THE_PAIR = rf"\b(?:{lexicon.alternation(lexicon.BETWEEN_THE_PAIR_VERBS)})\s+" \
                    rf"(?:(?:{lexicon.alternation(lexicon.BETWEEN_THE_PAIR)})\b|between\s+the\s+#\d+#)"
_BETWEEN_THE_PAIR_BEFORE = lazy_re.compile(rf"{_BETWEEN_THE_PAIR}[^#]{{0,12}}$")
_BETWEEN_THE_PAIR_AFTER = lazy_re.compile(rf"^[^#;]{{0,20}}{_BETWEEN_THE_PAIR}")
_SPLIT_WORDS = lazy_re.compile(r"\b(?:share|proportion|made up|make up|makes up|comprised|split)\b")
# right before the first of two groups' figures, "including": the groups are parts the whole before includes
_INCLUDING_RIGHT_BEFORE = lazy_re.compile(r"\bincluding\s*$")
# between shares of one list: a semicolon separates items ("the EU 50.8%; the US 21.7%"), a contrast does not
_OF_THE_PART_BEFORE = lazy_re.compile(r"^\s*of\s+(?:that|this|it|which|them|these|those)\b")
# the words from a leader's share to the list of the rest: "..., ahead of", "..., followed by"
_AHEAD_OF_THE_REST = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PLACED_AHEAD)}|followed\s+by)\s+(?:[^#,;]{{0,40}})?$")
_LIST_BREAK = lazy_re.compile(r"\.\s|:\s|\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b")
_SPLIT_BETWEEN = lazy_re.compile(r"\b(?:split|divided|shared|spread)\s+(?:between|among|across)\b")
_AND_OR_COMMA = lazy_re.compile(r"[^#;.]{0,40}?(?:,|\band\b|\bor\b)[^#;.]{0,40}")
# (not "any other", "every other": the field of a comparison, "higher than in any other region; the south has 4.1%")
# ("European films from other countries for 12 per cent", "doing other things (35%)": "other" after a preposition or
# a verb in -ing names a kind of thing, not the rest of a whole)
# a figure's own clause, a verb and a place, before the comma of a list whose items repeat the place's preposition
# with the verb left out: "17 occurred in gold mines, 9 in platinum mines" (not "1,250 jobs in the city, 810 in ...")
# the first item of a list labelled as the later ones are, by the same preposition, with no verb:
# "11,030 from China and Hong Kong, 7999 from India and 4459 from the Philippines"
_PARALLEL_FIRST_ITEM = lazy_re.compile(r"^\s+(?P<prep>in|at|on|from|for|to|by|with|among)\b[^#,;]*,\s*$")
# ... or its noun said before that preposition, the label a bare noun as the items' are: "41,200 places in
# apprenticeships, 30,500 in technical colleges and 12,600 in adult programmes" (a definite label sets the scope
# the items lie in, "1,250 jobs in the city, 810 in manufacturing", and "in total", "in all" call the amount the whole)
_NOUN_THEN_PARALLEL_ITEM = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){1,2}?(?P<prep>in|at|on|from|for|to|by|with|among)\s+"
                                           r"(?!(?:the|a|an|its|their|this|that|these|those|our|total|all|sum|aggregate)\b)"
                                           r"[^#,;]*,\s*$")
# words that open a list whose next figure is an item of it: "followed by", "which included", "such as"
_LIST_OPENED_BEFORE = lazy_re.compile(r"\b(?:followed\s+by|includ(?:ed|ing|es)|such\s+as|namely)\s+(?:the\s+|some\s+|about\s+|"
                                      r"nearly\s+|almost\s+|around\s+)?$", re.I)
_GAPPED_FIRST_ITEM = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:[a-z]+ed|were|was|are|is|came|went|took\s+place)\s+"
                                     r"(?P<prep>in|at|on|from|for|to|by|with|among)\b[^#,;]*,\s*$")
_REMAINDER_SHARE = lazy_re.compile(rf"\b(?<!\bany\s)(?<!\bevery\s)(?<!\beach\s)(?<!\bno\s)"
                                   rf"(?<!\bfrom\s)(?<!\bin\s)(?<!\bwith\s)(?<!\bby\s)(?<!\bto\s)(?<!\bon\s)(?<!\bat\s)"
                                   rf"(?<!ing\s)(?:{lexicon.alternation(lexicon.REMAINDER_WORDS)})\b[^#]*$|\bthe\s+(?:last|final)\s+$")
_AMOUNTS_TO = lazy_re.compile(r"^\W*(?:that|this|it|which)\s+(?:amounts\s+to|amounted\s+to|is|was|means|meant|represents|"
                         r"represented|equals|equalled|comes\s+to|came\s+to|works\s+out\s+at|translates\s+(?:in)?to)\s+"
                         r"(?:some\s+|about\s+|around\s+)?#0#")


_BASE_CUE = lazy_re.compile(
    rf"^\s*(?:(?:in|over|during|for|by)\s+[^#;,]{{1,25}}?\s*,\s*)?,?\s*(?:(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})"
    # (the noun of change may say what changed: "a 41 per cent rise in visitor numbers, from")
    rf"(?:\s+(?:in|of)\s+[a-z][^#;,]{{0,30}}?)?\s*,?\s*)?(?P<cue>{lexicon.alternation(lexicon.BASE_AFTER_CHANGE_UP + lexicon.BASE_AFTER_CHANGE_DOWN)}|"
    # (a colon closes the comparison: "down 9 percent on a year before: 273 million laying ..." opens the breakdown)
    rf"{lexicon.alternation(lexicon.BASE_AFTER_CHANGE)})\s+(?P<mid>[^#;,:]{{0,50}}?)"
    # "25% higher than a year earlier, when it was $349.7 million": the time, then the level it had
    r"(?:,\s*when\s+(?:it|they|the\s+[a-z]+)\s+(?:was|were|stood\s+at|totalled|totaled|came\s+to|reached)\s+"
    r"(?:(?:about|some|nearly|roughly|around)\s+)?)?$")
# "from O to N", "from O in 2016 to N in 2017"
# "shed 22.91 points or 0.36 percent over the week and closed it at 6,261 points"
_CLOSED_AT = lazy_re.compile(r"^[^#;]{0,40}?\b(?:closed|closing|ended|ending|finished|finishing|settled|settling|stood|standing|"
                             r"to\s+(?:close|end|finish|settle|stand))\s+(?:it\s+|the\s+[a-z]+\s+)?at\s+$")
# (the old level may close a bracket that names its time: "compared with 2023 (1,184,530), to stand at 1,245,800")
_TO_NEW = lazy_re.compile(r"^\s*(?:\)\s*,\s*)?(?:[a-z'’-]+\s+)?(?:(?:of|in|at|by|for|on)\s+[^#,;]{1,25}?\s+)?(?:to|at)\s+(?:[a-z'’-]+\s+){0,3}?$")
_AT_NEW = lazy_re.compile(r"^\s*(?:(?:in|at|by|for|on)\s+[^#,;]{1,25}?)?\s*,?\s*(?:at|to|reaching|hitting|standing at|or)\s+$")
# "AED 2.07 trillion: that was the value of the trade in 2023, 12.4% more than ...": a figure put first,
# then a colon and the clause that says what it is
_FIGURE_FIRST = lazy_re.compile(r"^\s*:\s*(?:that|this|it)\s+(?:was|is|were|are|'s)\b[^#;:.]*$")
# (the dot of an initialism inside a sentence ends no clause: "spent $517.36 billion online with U.S. merchants")
_CLAUSE_BREAK = lazy_re.compile(r";|(?<!\b[a-z]\.[a-z])\.\s|:\s|,\s*(?:and|but|while|whereas|although|though)\b|\bwhile\b|\bwhereas\b")
_LABELLED_EARLIER = lazy_re.compile(r"^[^#(]{0,30}\(\s*[a-z0-9 '’/-]{2,20}:\s*$")
_BRACKET_OPENS = lazy_re.compile(r"^[^#(]{0,30}\(\s*$")
_BRACKET_RIGHT_AFTER = lazy_re.compile(r"^\s*\(\s*$")
# the same with the level's noun and its time between it and the bracket, the noun told again inside the bracket or
# left out: "to 492,263 units in August (472,947 units)", "to 1,204 tonnes (1,150)"; a time of a word or two (a month,
# a year, "the quarter"), nothing that could name another measure
_NOUN_TIME_THEN_BRACKET = lazy_re.compile(
    rf"^\s*(?P<noun>[a-z]+\s+)?(?:(?:in|during|for)\s+(?:the\s+)?(?:{lexicon.alternation(lexicon.MONTH_NAMES)}|quarter|"
    rf"month|year|half|week|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?\s*)?\(\s*$", re.I)


def _bracket_after_level(seg: Segment, k: int) -> bool:
    """Whether figure k+1 stands alone in brackets right after level k, with at most the level's noun and time
    between and the same noun (or none) after it."""
    between = _NOUN_TIME_THEN_BRACKET.match(seg.between(k, k + 1))
    if between is None:
        return False
    after = seg.after(k + 1, 30).lstrip()
    noun = (between.group("noun") or "").strip().lower()
    return after.startswith(")") or bool(noun) and after.lower().startswith(noun) and after[len(noun):].lstrip().startswith(")")


# a rate, then (after at most a time or a word of change) "to" the level it reached: "rose 43 per cent last month to"
_RATE_TO = lazy_re.compile(r"^(?:\s+[a-z]+){0,4}\s+to\s+$")
# after a level in brackets, the earlier time it is of, closing the brackets: " in the same period last year)", " a
# year earlier)"
_EARLIER_TIME_IN_BRACKETS = lazy_re.compile(
    r"^\s*(?:in\s+)?(?:the\s+(?:same|corresponding|equivalent)\s+(?:period|quarter|month|half|half-year|week|season)\s+"
    r"(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|the\s+prior\s+year|a\s+year\s+(?:earlier|ago|before))|"
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+(?:previous|prior)\s+year)\s*\)")
# after a level in brackets, the year it is of, closing the brackets: " in 2022)", " 2022/2023)", " in FY2022)"
_YEAR_IN_BRACKETS = lazy_re.compile(r"^\s*(?:in\s+)?(?:FY\s?)?(?:19|20)\d\d(?:\s?[-/–]\s?(?:19|20)?\d\d)?\s*\)", re.I)


def _an_earlier_year(old: Figure, new: Figure) -> bool:
    """Whether a level in brackets is of a year before the level it stands beside ("1,612 million (1,392 million
    2022/2023)" in a text about 2023/2024): both dated alike, the bracketed one earlier."""
    return bool(old.period and new.period) and len(old.period) == len(new.period) and old.period < new.period


_THEN_CHANGE = lazy_re.compile(rf"^\s*\)\s*,\s*(?:a|an)?\s*(?:(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s+of\s+|"
                          rf"(?:up|down)\s+(?:by\s+)?)?$")
_LEAD_TO_LEVEL = lazy_re.compile(r"^[^#;]{0,80}\b(?:reached|rose\s+to|fell\s+to|climbed\s+to|stood\s+at|came\s+to|totalled|"
                            r"totaled|amounted\s+to|was|were|hit)\s+(?:about\s+|some\s+|around\s+)?$")
_BASE_AFTER_LEVEL = lazy_re.compile(r"^[^#;]{0,60}?,?\s*(?:compared\s+with|compared\s+to|against|versus|vs\.?|up\s+from|"
                               r"down\s+from|from)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z'’-]+\s+){0,3}$")
# a change that names its own base, a time, right after it, and an old level of another span of time: "Despite slipping
# 0.4% from the previous month, sales reached $27.6 billion, up from $26.3 billion a year before" (the monthly change
# is not the yearly move of the levels)
_OWN_BASE_AFTER_CHANGE = lazy_re.compile(
    r"^\s*(?:%|per\s*cent|percent)?\s*(?:[a-z]+\s+){0,2}?(?:(?:from|on|over|against|compared\s+(?:with|to)|than)\s+(?:the\s+|a\s+)?"
    r"(?:previous\s+|prior\s+|preceding\s+|last\s+|same\s+)?(?P<span>month|quarter|year|week)\b|"
    r"(?P<span2>month|quarter|year|week)[\s-]+on[\s-]+(?:month|quarter|year|week)\b|"
    r"on\s+a\s+(?P<span3>month|quarter|year|week)ly\s+basis)")
_SPAN_OF_OLD_LEVEL = lazy_re.compile(r"^[^#;.]{0,25}?\b(?P<span>month|quarter|year|week)s?\b")
_MOVE_UP_WORD = lazy_re.compile(r"\b(?:up|higher|rising|rose|climbing|climbed)\s+(?:from|on|than)\s+(?:the\s+|a\s+|an\s+)?"
                                r"(?:[a-z'’-]+\s+){0,3}$")
_MOVE_DOWN_WORD = lazy_re.compile(r"\b(?:down|lower|falling|fell|slipping|slipped)\s+(?:from|on|than)\s+(?:the\s+|a\s+|an\s+)?"
                                  r"(?:[a-z'’-]+\s+){0,3}$")


# A rate said against a reference whose level the text leaves out: "22 percent below the five-year average", "30%
# under the seasonal norm" (but "8% above the average of 7.8 tonnes" states it)
_AGAINST_UNSTATED_REFERENCE = lazy_re.compile(
    r"^\s*(?:above|below|under|over|higher\s+than|lower\s+than|short\s+of|off)\s+(?:(?:the|its|their|a|an)\s+)?"
    rf"(?:[\w'’/-]+\s+){{0,3}}?(?:{lexicon.alternation(lexicon.UNSTATED_REFERENCE_NOUNS)})\b"
    r"(?!\s*(?:of|at|was|is|stood\s+at|,)?\s*(?:[$€£¥₹]|rs\.?\s*)?\d)", re.I)


def against_unstated_reference(after_change: str) -> bool:
    """Whether the words right after a rate measure it against a reference the text gives no level for
    ("22 percent below the five-year average"): then no stated pair of levels is the rate's."""
    return bool(_AGAINST_UNSTATED_REFERENCE.match(after_change))


def not_the_move_of(direction: int, after_change: str, before_old: str, after_old: str) -> bool:
    """Whether a change cannot be the move from an old level to a new one, all in lower case: the words before the old
    level move it the other way ("slipping 0.4% ..., $27.6 billion, up from $26.3 billion"), or the change names its
    own base time right after it and the old level another ("0.4% from the previous month ... $26.3 billion a year
    before")."""
    if direction < 0 and _MOVE_UP_WORD.search(before_old) or direction > 0 and _MOVE_DOWN_WORD.search(before_old):
        return True
    own = _OWN_BASE_AFTER_CHANGE.match(after_change)
    other = _SPAN_OF_OLD_LEVEL.match(after_old)
    return bool(own and other and (own.group("span") or own.group("span2") or own.group("span3")) != other.group("span"))


# (the change's span may come first: "rose by R312 billion over the year to R5.21 trillion")
# (a comparative may close the change: "Urea sold 6.9 per cent more, at 183.95 lt against 172.11 lt")
# "climbed by 4,750 last week to 300,750": the time the change took, between it and the level reached
_TIME_OF_A_CHANGE = r"(?:(?:last|this|the\s+(?:previous|past|latest))\s+(?:week|month|quarter|year)\s*)?"
_REACHING = lazy_re.compile(rf"^\s*(?:more|less|fewer|higher|lower|up|down)?\s*(?:{CHANGE_SPAN})?{_TIME_OF_A_CHANGE},?\s*(?:reaching|to\s+reach|to|hitting|at|standing\s+at|bringing\s+it\s+to)\s+"
                       r"(?:a\s+|an\s+)?(?:[a-z'’-]+\s+){0,2}$")
def _change_between_periods(seg: Segment, frames: dict[str, Frame], c: int) -> ChangeLink | None:
    """A change, then the level it reached ("rose 2%, raising the toll to 16,457"), in a sentence whose
    only other level of that unit comes before the change and is stated for an earlier period."""
    change = frames[seg.figures[c].id]
    if change.role is not Role.RELATIVE_CHANGE or c + 1 >= len(seg.figures) \
            or not (_REACHING.match(seg.between(c, c + 1)) or _LEVEL_REACHED.match(seg.between(c, c + 1))):
        return None
    new = seg.figures[c + 1]
    levels = [f for f in seg.figures if same_unit(f, new) and frames[f.id].role in (Role.LEVEL, Role.SHARE)]
    if len(levels) != 2 or levels[1] is not new or not frames[new.id].is_level:
        return None
    old = levels[0]
    if seg.slot_of(old) > c or not old.period or not new.period or len(old.period) != len(new.period) \
            or not old.period < new.period or not written_in_digits(old):
        return None
    o = seg.slot_of(old)
    if _CONTRAST_JOIN.search(seg.between(o, c)):
        return None  # "petrol sales fell ... to reach 4.47 billion litres, while diesel sales rose by 3.7% at 8.19 billion
        # litres": a clause of contrast sets another subject's change beside the earlier level, not its move from it
    if o > 0 and frames[seg.figures[o - 1].id].role in (Role.RELATIVE_CHANGE, Role.CHANGE) \
            and (_REACHING.match(seg.between(o - 1, o)) or _LEVEL_REACHED.match(seg.between(o - 1, o))):
        return None  # "exports to the rest of the world increased 191.32 percent to $309.85 million… exports to Vietnam ...
        # rose 94.9 percent to $134.93 million": the earlier level is the one another change reached, another measure's
    return ChangeLink(change.figure, old, (new,), change.direction or (1 if new.value >= old.value else -1), True,
                      "a change and the level it reached, after the level of an earlier period")


# a word of contrast that joins two subjects' clauses: "..., while diesel sales rose", "whereas imports fell"
_CONTRAST_JOIN = lazy_re.compile(r"\b(?:while|whereas|but)\b")
# a change said against the period before: "rose 8% on a year earlier to", "up 6% from last year, to"
_AGAINST_PERIOD_BEFORE = lazy_re.compile(
    r"^\s*,?\s*(?:(?:on|from|over|against|compared\s+(?:with|to)|than)\s+(?:a\s+year\s+(?:earlier|ago|before)|"
    r"(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:year|quarter|month)|the\s+(?:year|quarter|month)\s+before)|"
    r"year[\s-]on[\s-]year)\s*,?\s*(?:to|reaching|at|hitting)\s+(?:a\s+|an\s+)?(?:[a-z'’-]+\s+){0,2}$", re.I)
# where a period counts as said for the figure: near it in the text, not carried from the title
_NEAR_PERIOD = frozenset({"stated", "attached", "sentence", "column"})


def _change_on_last_periods_level(seg: Segment, frames: dict[str, Frame], c: int, previous: Segment) -> ChangeLink | None:
    """A change said against the period before, then the level it reached with its period ("Admissions
    rose 8% on a year earlier to 10,152 in 2022"), after a sentence of the same paragraph whose one
    level of that unit and head noun is stated for the period before ("Admissions totalled 9,400 in 2021")."""
    change = frames[seg.figures[c].id]
    if change.role is not Role.RELATIVE_CHANGE or c + 1 >= len(seg.figures) or previous.paragraph != seg.paragraph \
            or not _AGAINST_PERIOD_BEFORE.match(seg.between(c, c + 1)):
        return None
    new = seg.figures[c + 1]
    if not frames[new.id].is_level or new.period_source not in _NEAR_PERIOD or not written_in_digits(new) \
            or any(same_unit(f, new) and f is not new and frames[f.id].is_level for f in seg.figures):
        return None
    step = "quarter" if re.search(r"quarter", seg.between(c, c + 1)) else "month" \
        if re.search(r"month", seg.between(c, c + 1)) else "year"
    before = shifted(new.period, -1, step)
    if before == new.period:
        return None
    levels = [f for f in previous.figures if same_unit(f, new) and frames[f.id].is_level]
    if len(levels) != 1:
        return None
    old = levels[0]
    if old.period != before or old.period_source not in _NEAR_PERIOD or not written_in_digits(old) \
            or not frames[old.id].head or frames[old.id].head not in (frames[new.id].head, change.head):
        return None
    return ChangeLink(change.figure, old, (new,), change.direction or (1 if new.value >= old.value else -1), True,
                      "a change against the period before, the level it reached, and the level the sentence before "
                      "states for the period before")


_COORDINATED_CHANGE = lazy_re.compile(r"^[^#;]{0,40}\band\s+(?:a|an)?\s*$")
# the causes a sentence pointing back at a change names: "This drop is explained by the drop in purchases of edible
# fruits (-82.8%) ...": the rates after are the causes', not the change pointed back at
_CAUSES_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CAUSE_OPENERS + lexicon.CAUSES_EXPLAINED)})\b")
# a sentence opening on a concession: "Despite a slight decrease in ..., the number of rooms occupied rose by 2.3%"
_CONCESSION_OPENS = lazy_re.compile(rf"^\W*(?:{lexicon.alternation(lexicon.CONCESSIONS)})\b")
# (or a connective that restates the sentence before: "In other words, 94 more ...", "Put another way, that is ...")
_POINTS_BACK = lazy_re.compile(r"^\W*(?:according\s+to\s+[^,#]{0,40},\s*)?(?:(?:that|this|which|it)\b|"
                               rf"(?:{lexicon.alternation(lexicon.RESTATING_OPENERS)})\s*,)")
# (a hedge or an article may stand between "to" and the new level: "over the quarter to an estimated 435,600")
_ENDS_AT_NEW = lazy_re.compile(r"\b(?:to|at|reaching|hitting)(?:\s+(?:an?|the|some|about|around|roughly|approximately|"
                               r"nearly|almost|estimated|record|provisional))*\s*$")
_UP = frozenset(lexicon.BASE_AFTER_CHANGE_UP)
_DOWN = frozenset(lexicon.BASE_AFTER_CHANGE_DOWN)
# after a comparative and its base, "and" then a second verb of the subject: "were 3.5% more than in 2020-2021 and
# beat the previous record of", "rose 4% on 2022 and topped"
# ("10.9 percent wider than a year earlier but narrower than its all-time high of $77.357 billion": a second comparison,
# whose figure is that comparison's, the first named its base in words)
_ANOTHER_PREDICATE = lazy_re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|so\s+|still\s+)?(?:beat|beats|set|sets|hit|hits|tops|broke|"
                                     r"breaks|was|were|is|are|has|have|had|[a-z]{2,}ed|"
                                     rf"{lexicon.alternation(lexicon.BASE_AFTER_CHANGE_UP + lexicon.BASE_AFTER_CHANGE_DOWN)})\b")
_PART_OF_THE_BASE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PART_OF_A_BASE_WORDS)})\b")


# a comparison's object that is a time named in words, closed by "and": "lower than in 2009 and", "up on the same month
# a year earlier and" (after a cue of comparison, or at the start of the words after one)
_TIME_THEN_AND = lazy_re.compile(r"(?:^|\b(?:than|on|from|over|against|with|to)\s+)(?:(?:in|on|at|during|over|for)\s+)?"
                                 r"(?:[a-z'’-]+\s+){0,4}?(?:(?:19|20)\d\d(?:[-/]\d{2,4})?|year|month|quarter|week|"
                                 r"earlier|before|ago)\s+and\s*$", re.I)


def time_then_and(words: str) -> bool:
    """Whether the words after a change compare it with a time named in words and close on "and" ("17 per cent lower
    than in 2009 and 22,660 were seriously injured"): the base is that time's level, unstated; the figure after "and"
    opens the sentence's next clause, no old level of the change."""
    return bool(_TIME_THEN_AND.search(words))


def names_a_part_of_the_base(words: str) -> bool:
    """Whether the words between a change and the figure after it ("over the prior year, which included") make
    that figure a part of the base the change is measured from, not the base's level."""
    return bool(_PART_OF_THE_BASE.search(words))

# two figures of a coordinated list: "18.9% and 2.3%", "the 211 and 175"
_AND_BETWEEN = lazy_re.compile(r"^\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?$")


def takes_olds_in_order(before_change: str, after_old: str) -> bool:
    """Whether a change listed after another ("18.9% and 2.3% fewer than") is set against a list of old levels
    ("the 211 and 175 of 2010 and 2017"), given the words between the two changes and between the first old level
    and the next: each change takes the old level in its place (respectively), not the first one after it."""
    return bool(_AND_BETWEEN.match(before_change) and _AND_BETWEEN.match(after_old))


def _sized_in_brackets(seg: Segment, frames: dict[str, Frame], c: int) -> bool:
    """Whether figure `c` is a change in brackets right after a move between two levels ("from A to B" or "A → B")
    that it can be the size of: a rate of change of levels that are no percentages, a change in points of two
    percentages, a change in units of two levels in its own unit."""
    role = frames[seg.figures[c].id].role
    if role not in (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE) or not change_after_a_move(seg, c) \
            or not all(frames[f.id].is_level for f in seg.figures[c - 2:c]):
        return False
    level = seg.figures[c - 1]
    if role is Role.RELATIVE_CHANGE:
        return level.unit != "percent"
    if role is Role.POINT_CHANGE:
        return level.unit == "percent"
    return same_unit(level, seg.figures[c])


def change_links(seg: Segment, frames: dict[str, Frame], previous: Segment | None = None,
                 earlier_olds: frozenset[str] | set[str] = frozenset()) -> list[ChangeLink]:
    """The changes of one segment and the levels they move between; `earlier_olds` are the figures the
    segments before it read as the old level of a change (another period's value)."""
    if seg.is_table_row:
        return []
    out = []
    olds: set[int] = set()
    for c, change in enumerate(seg.figures):
        cf = frames[change.id]
        if _sized_in_brackets(seg, frames, c):
            # "grew from 42 to 62 (48%)", "12,406 → 13,018 (+612)", "34.6% → 41.2% (+6.6pp)": the change in brackets
            # is the size of the move just before it
            olds.add(c - 2)
            out.append(ChangeLink(change, seg.figures[c - 2], (seg.figures[c - 1],), cf.direction, True,
                                  "a move 'from A to B' or 'A → B', then its size in brackets"))
            continue
        if cf.role in (Role.CHANGE, Role.POINT_CHANGE, Role.RELATIVE_CHANGE) and not _IN_A_PAIR.match(seg.after(c, 12)) \
                and not (c and _IN_A_PAIR_AFTER.search(seg.before(c, 12))) \
                and (c + 1 >= len(seg.figures) or _CLAUSE_END.search(seg.between(c, c + 1))
                     or _BRACKET_THEN_AND.match(seg.between(c, c + 1)) and _opens_brackets(seg, change)):
            # "reserves, which stood at $33.2bn in January, had slipped to $32.1bn by June, a loss of $2.3bn":
            # a change closing its clause after the two levels it compares, one of them marked as the earlier
            link = _change_after_its_levels(seg, frames, c, previous) or _change_from_a_second_base(seg, frames, c, out)
            if link is not None:
                if link.old in seg.figures:
                    olds.add(seg.slot_of(link.old))
                out.append(link)
                continue
        # "made 2.41 million trips in 2022 and 3.07 million in 2024. The latter figure is 37.4% higher than
        # the former": the two levels of the sentence before, named by "the latter" and "the former"
        if previous is not None and cf.role in (Role.RELATIVE_CHANGE, Role.CHANGE):
            named = _LATTER_THAN_FORMER.search(seg.before(c, 60) + " # " + seg.after(c, 40))
            pair = [f for f in previous.figures if frames[f.id].is_level and written_in_digits(f)
                    and (cf.role is Role.RELATIVE_CHANGE or same_unit(f, change))]
            if named and len(pair) == 2 and same_unit(*pair):
                first, second = pair
                new, old = (second, first) if named.group("latter") else (first, second)
                out.append(ChangeLink(change, old, (new,), cf.direction or (1 if new.value >= old.value else -1), True,
                                      "'the latter' against 'the former': the two levels of the sentence before"))
                continue
        # "narrowed to 38.1% in H1 2024 (H1 2023: 40.9%), a decline of 2.8pp": the earlier value in brackets
        # (or the earlier time after it inside the brackets: "€612 million (€574 million in the same period last year),
        # an increase of 6.6%")
        if c >= 2 and cf.role in (Role.CHANGE, Role.POINT_CHANGE, Role.RELATIVE_CHANGE) \
                and (_LABELLED_EARLIER.match(seg.between(c - 2, c - 1)) and _THEN_CHANGE.match(seg.between(c - 1, c))
                     or _BRACKET_OPENS.match(seg.between(c - 2, c - 1))
                     and _THEN_CHANGE.match(_EARLIER_TIME_IN_BRACKETS.sub(")", seg.between(c - 1, c), count=1))
                     and _EARLIER_TIME_IN_BRACKETS.match(seg.between(c - 1, c))
                     or _BRACKET_OPENS.match(seg.between(c - 2, c - 1))
                     and _THEN_CHANGE.match(_YEAR_IN_BRACKETS.sub(")", seg.between(c - 1, c), count=1))
                     and _YEAR_IN_BRACKETS.match(seg.between(c - 1, c))
                     and _an_earlier_year(seg.figures[c - 1], seg.figures[c - 2])):
            new, old = seg.figures[c - 2], seg.figures[c - 1]
            if same_unit(new, old) and frames[new.id].role in (Role.LEVEL, Role.SHARE):
                direction = cf.direction or (1 if new.value >= old.value else -1)
                olds.add(c - 1)
                out.append(ChangeLink(change, old, (new,), direction, True,
                                      "a level, its earlier value in brackets with a label, then the change"))
                continue
        # "fell 49 per cent to $598 million ($1.17 billion)": a rate, the level it reached, then right after that
        # level an amount of its unit in brackets, no restatement of it: the earlier value, as the press writes it
        # beside each rate. No label says so: a question when the figures disagree
        if c + 2 < len(seg.figures) and cf.role is Role.RELATIVE_CHANGE and _RATE_TO.match(seg.between(c, c + 1)) \
                and _bracket_after_level(seg, c + 1):
            new, old = seg.figures[c + 1], seg.figures[c + 2]
            if frames[new.id].is_level and frames[old.id].is_level and same_unit(new, old) and new.unit == old.unit \
                    and written_in_digits(old) and (_notation(new) == _notation(old) or _earlier_value_in_brackets(seg, c + 1, frames)):
                olds.add(c + 2)
                out.append(ChangeLink(change, old, (new,), cf.direction or (1 if new.value >= old.value else -1), False,
                                      "a rate, the level it reached, then an earlier value in brackets"))
                continue
        # "Up 5.2% on the month, the index reached 117.3 in May (April: 112.4)": the change first, then the
        # level and its earlier value in brackets with a label, closing the sentence
        if c + 2 < len(seg.figures) and c + 3 == len(seg.figures) \
                and cf.role in (Role.CHANGE, Role.POINT_CHANGE, Role.RELATIVE_CHANGE) \
                and not _CLAUSE_END.search(seg.between(c, c + 1)) \
                and (_LABELLED_EARLIER.match(seg.between(c + 1, c + 2)) and seg.after(c + 2, 5).lstrip().startswith(")")
                     # ("rose 9.6% to €612 million (€574 million a year earlier)")
                     or _BRACKET_OPENS.match(seg.between(c + 1, c + 2))
                     and _EARLIER_TIME_IN_BRACKETS.match(seg.after(c + 2, 60))):
            new, old = seg.figures[c + 1], seg.figures[c + 2]
            if same_unit(new, old) and frames[new.id].role in (Role.LEVEL, Role.SHARE) \
                    and frames[old.id].role in (Role.LEVEL, Role.SHARE) and (cf.role is not Role.CHANGE or same_unit(change, new)):
                olds.add(c + 2)
                out.append(ChangeLink(change, old, (new,), cf.direction or (1 if new.value >= old.value else -1), True,
                                      "a change, then a level and its earlier value in brackets with a label"))
                continue
        # "In 2019 the railway carried 9.42 million tonnes. Last year's volume, 6.91 million tonnes, was 17.9
        # per cent lower": a comparative with no "than" compares with the level the sentence before states
        if c >= 1 and previous is not None and previous.paragraph == seg.paragraph \
                and cf.role in (Role.RELATIVE_CHANGE, Role.CHANGE) and _BARE_COMPARATIVE.match(seg.after(c, 30)):
            new = seg.figures[c - 1]
            earlier = [f for f in previous.figures if same_unit(f, new) and frames[f.id].is_level and written_in_digits(f)]
            # ("The previous record was 17,980 MW, so the new peak was 440 MW higher": a clause of its own,
            # whose subject is another level)
            # (the sentence's one level of the unit: "Coal India's output was 74.76 million tonnes, up 8.7%, and captive
            # mines produced 14.89 million tonnes, 38.4% more" lists parts, each more than its own year before)
            own_levels = [g for g in seg.figures if frames[g.id].is_level and same_unit(g, new)]
            if frames[new.id].is_level and len(earlier) == 1 and len(own_levels) == 1 \
                    and not _CLAUSE_BREAK.search(seg.between(c - 1, c)) \
                    and not _NEW_CLAUSE_OPENS.search(seg.between(c - 1, c)) \
                    and (cf.role is not Role.CHANGE or same_unit(change, new)):
                out.append(ChangeLink(change, earlier[0], (new,), cf.direction or 1, True,
                                      "a level, then a comparative with no 'than': the level of the sentence before"))
                continue
        # "... reached 6,590,095 tons in 2017 against 5,922,160 tons in 2016. That is growth of 667,935
        # tons or 11.3%": a change pointing back to the one pair of levels the sentence before compares
        if previous is not None and cf.role in (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE) \
                and _POINTS_BACK.match(seg.skeleton) and not SLOT.search(seg.skeleton[:seg.slots[0][0]]) \
                and not _CAUSES_BEFORE.search(seg.skeleton[:seg.slots[c][0]]) \
                and (c == 0 or frames[seg.figures[c - 1].id].role in (Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE)) \
                and not any(frames[f.id].is_level for f in seg.figures[c + 1:]):
            # (a level after the change is the base its own sentence names: "That is 13% down on 2019/20
            # (263 million journeys)")
            # (two rates compared count as levels for a change in points: "62% of capacity, down from 78%")
            pairs = [(previous.figures[k], previous.figures[k + 1]) for k in range(len(previous.figures) - 1)
                     if _level_or_rate(frames[previous.figures[k].id], cf) and _level_or_rate(frames[previous.figures[k + 1].id], cf)
                     and same_unit(previous.figures[k], previous.figures[k + 1])
                     and _COMPARED_PAIR.match(previous.between(k, k + 1))
                     # (one measure at two times: "exports of $48bn, against imports of $52bn" sets two side by side)
                     and (_ONE_MEASURE_PAIR.search(previous.between(k, k + 1)) or "from" in previous.between(k, k + 1))]
            if len(pairs) == 1 and (cf.role is not Role.CHANGE or same_unit(change, pairs[0][0])) \
                    and (cf.role is not Role.POINT_CHANGE or pairs[0][0].unit == "percent") \
                    and not _change_of_another_head(seg, c, previous, previous.slot_of(pairs[0][0])):
                new, old_level = pairs[0]
                out.append(ChangeLink(change, old_level, (new,), cf.direction or (1 if new.value >= old_level.value else -1),
                                      True, "'that is' a change, pointing back to two levels compared"))
                continue
        if cf.role not in (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE) or c + 1 >= len(seg.figures):
            continue
        # "grew by 10.9%, reaching 30.35 million tons from the 27.36 million": the new level, then the old
        if c + 2 < len(seg.figures) and _REACHING.match(seg.between(c, c + 1)) \
                and _BASE_CUE.match(seg.between(c + 1, c + 2)) and not _ENDS_AT_NEW.search(seg.between(c + 1, c + 2)):
            new, old = seg.figures[c + 1], seg.figures[c + 2]
            if same_unit(new, old) and frames[old.id].role in (Role.LEVEL, Role.SHARE) \
                    and frames[new.id].role in (Role.LEVEL, Role.SHARE) and (cf.role is not Role.CHANGE or same_unit(change, old)):
                olds.add(c + 2)
                out.append(ChangeLink(change, old, (new,), cf.direction or 1, True,
                                      "a change, the level it reached, then the old level"))
                continue
        # "in 2014-15 the number was 16,418 and in 2015-16 it increased by 2 per cent, raising the toll to
        # 16,457": the level reached, and the one level of an earlier period before the change
        link = _change_between_periods(seg, frames, c)
        if link is None and previous is not None:
            link = _change_on_last_periods_level(seg, frames, c, previous)
        if link is not None:
            if link.old in seg.figures:
                olds.add(seg.slot_of(link.old))
            out.append(link)
            continue
        # "After a 3.89 percent surge, the inflow reached $920.12 million, compared with $885.95 million"
        o = next((j for j in range(c + 2, len(seg.figures)) if same_unit(seg.figures[j], seg.figures[c + 1])), None) \
            if c + 2 < len(seg.figures) else None
        # (not across a clause of another subject: "imports fell 1.4%, and the surplus rose to $3.1 billion")
        if o is not None and not _BASE_CUE.match(seg.between(c, c + 1)) and _LEAD_TO_LEVEL.match(seg.between(c, c + 1)) \
                and not _NEW_CLAUSE.search(seg.between(c, c + 1)) \
                and _BASE_AFTER_LEVEL.match(SLOT.sub(" ", seg.between(c + 1, o))) \
                and not not_the_move_of(cf.direction, seg.between(c, c + 1), seg.between(c + 1, o), seg.after(o, 40)):
            new, old = seg.figures[c + 1], seg.figures[o]
            if frames[new.id].role in (Role.LEVEL, Role.SHARE) \
                    and frames[old.id].role in (Role.LEVEL, Role.SHARE) and cf.role is Role.RELATIVE_CHANGE:
                olds.add(o)
                out.append(ChangeLink(change, old, (new,), cf.direction, True,
                                      "a change, the level it brought, then the level it is compared with"))
                continue
        # "1,818 fewer beds than at the start - 24,607 against 25,925 -": the two levels in apposition
        if c + 2 < len(seg.figures) and _APPOSITION_OPENS.match(seg.between(c, c + 1)) \
                and _AGAINST.match(seg.between(c + 1, c + 2)):
            new, old_level = seg.figures[c + 1], seg.figures[c + 2]
            if same_unit(new, old_level) and frames[new.id].is_level and frames[old_level.id].is_level \
                    and (cf.role is not Role.CHANGE or same_unit(change, new)):
                olds.add(c + 2)
                out.append(ChangeLink(change, old_level, (new,), cf.direction or (1 if new.value >= old_level.value else -1),
                                      True, "a change, then its two levels in apposition, 'A against B'"))
                continue
        m = _BASE_CUE.match(seg.between(c, c + 1))
        if not m or _ENDS_AT_NEW.search(m.group("mid")) or past_the_change(seg.between(c, c + 1)):
            continue  # "rose 5% over the year to 2,100": the figure after "to" is the new level
        if _ANOTHER_PREDICATE.search(m.group("mid")) or _CLAUSE_BREAK.search(m.group("mid")):
            continue  # "3.5% more than in 2020-2021 and beat the previous record of 60.5 million": the base was
            # named ("in 2020-2021"); a second verb's object is another level; so is the level of a clause of another
            # subject: "12 percent less than in 2015 – while import was USD 2,679 million"
        if time_then_and(m.group("mid")):
            continue  # "1,850 were killed, 17 per cent lower than in 2009 and 22,660 were seriously injured": the
            # comparison's object is a time, named in words; the figure after "and" opens a clause of its own
        if names_a_part_of_the_base(m.group("mid")):
            continue  # "up 5% over the prior year, which included a $15M gain": a verb of including between the base
            # named in words and the figure makes the figure a part of that base, not its level
        if c and c + 2 < len(seg.figures) and seg.figures[c - 1].unit == change.unit \
                and takes_olds_in_order(seg.between(c - 1, c), seg.between(c + 1, c + 2)):
            continue  # "18.9% and 2.3% fewer than the 211 and 175 of 2010 and 2017": the changes take the old levels
            # in their order (respectively), so the last change is not the first old level's
        old = frames[seg.figures[c + 1].id]
        if old.role not in (Role.LEVEL, Role.SHARE) or old.figure.kind is Kind.RANK \
                or not written_in_digits(old.figure):
            continue
        if cf.role is Role.CHANGE and not same_unit(change, old.figure):
            continue
        cue = " ".join(m.group("cue").split())
        # (a neutral cue says no way: "14.60 percent, 0.25 points from the rate of April": compared by size)
        direction = cf.direction or (1 if cue in _UP else -1 if cue in _DOWN else 0)
        news: list[Figure] = []
        certain = True
        if c + 2 < len(seg.figures) and _TO_NEW.match(seg.between(c + 1, c + 2)):
            news = [seg.figures[c + 2]]
        if not news:
            earlier = []
            for k in range(c - 1, -1, -1):
                gap = seg.between(k, k + 1)
                if _UNREAD_NUMBER.search(gap):
                    break  # "reached 13,471,43 which is 116,167 more than": the level the change is of is a number
                    # written in a way no figure was read from, not a level told before it
                if k == c - 1 and _OR_THEN_RATE.match(gap) and _CHANGE_NOUN_NEXT.match(seg.after(c, 30)):
                    continue  # "an N88.6 billion or 15.8% increase": the amount is the same change in units, no level
                if _CLAUSE_BREAK.search(gap) and not _FIGURE_FIRST.match(gap):
                    if not earlier and ";" in gap:
                        # "carried 2.65 million passengers and 810,000 vehicles; passengers were up 4% on the 2.55
                        # million of the previous year": the clause after the semicolon names its subject, and the
                        # clause before gives the one level of that noun
                        named = _SUBJECT_AFTER_SEMICOLON.search(gap)
                        noun = lexicon.fold(named.group("noun")) if named else ""
                        own = [seg.figures[j] for j in range(k + 1) if frames[seg.figures[j].id].is_level
                               and same_unit(seg.figures[j], old.figure) and written_in_digits(seg.figures[j])
                               and frames[seg.figures[j].id].head == noun]
                        earlier = own if noun and len(own) == 1 else []
                    break  # "exports rose 16.2% from R41.5m, while imports were 6.2% higher than ..."
                if k in olds:
                    # "19,263, a +27% change from the 15,223 of 2023 and a +30% change on the average of 14,861":
                    # a change coordinated with the one before measures the same new level
                    before = next((link for link in reversed(out) if link.old is seg.figures[k]), None)
                    if before is not None and _COORDINATED_CHANGE.match(seg.between(k, c)):
                        earlier = list(before.news)
                    break  # the old level of an earlier change is not this one's new level
                if frames[seg.figures[k].id].role in (Role.LEVEL, Role.SHARE, Role.BOUND) \
                        and same_unit(seg.figures[k], old.figure) \
                        and written_in_digits(seg.figures[k]) \
                        and not _counts_other_things(seg, k, c + 1, frames):
                    earlier.append(seg.figures[k])
            # a bound beside a plain level qualifies a noun ("births to mothers under 20 fell to 8,950"): no new level
            plain = [f for f in earlier if frames[f.id].role is not Role.BOUND]
            news = earlier = plain or earlier
            certain = len(earlier) == 1
        if not news and c + 2 < len(seg.figures) and _AT_NEW.match(seg.between(c + 1, c + 2)):
            news = [seg.figures[c + 2]]
        if not news and previous is not None and _POINTS_BACK.match(seg.skeleton) \
                and not SLOT.search(seg.skeleton[:seg.slots[c][0]]):
            # "The jobless rate was 27.5%. That amounts to a 0.3% rise from 27.2%": the level the anaphor names.
            # The old level a change of that sentence is measured from is another period's value, not what
            # "this" stands for ("2,539 were completed, up 38.2% from the 1,837 of 2020. This was 10.1% below
            # the 2,825 of 2019": this is 2,539)
            earlier = [f for f in previous.figures if same_unit(f, old.figure) and frames[f.id].role in (Role.LEVEL, Role.SHARE)
                       and f.id not in earlier_olds]
            # what "that" stands for is the level the sentence before arrived at, not the one it set up as its base:
            # "grew by 8% to 229 million journeys (against 212 million in 2022/23). That is 13% down on 2019/20"
            reached = [f for f in earlier if not _marked_as_a_base(previous, f)]
            earlier = reached or earlier
            news, certain = earlier[::-1], len(earlier) == 1
        # a forecast's level beside the change forecast to reach it ("will account for 38,090 units, 10 per
        # cent higher than 34,690 last year") is the forecast's own arithmetic: decided, but never an error (issue 10:
        # a forecast or hypothetical figure gives no error; a forecast's numbers are often rounded or revised apart)
        news = [n for n in news if same_unit(n, old.figure) and frames[n.id].modality in ("stated", cf.modality)]
        certain = certain and cf.modality == "stated"
        olds.add(c + 1)  # with or without the new level stated, the old one is another period's value
        out.append(ChangeLink(change, old.figure, tuple(news), direction, certain,
                              f"a change, then '{cue}', then the old level"))
    return out


def _marked_as_a_base(seg: Segment, f: Figure) -> bool:
    """Whether the words right before or after a level set it up as the base of a comparison ("against 212 million",
    "up from 4,100", "31,950 a year earlier")."""
    k = seg.slot_of(f)
    return bool(_OLD_MARK_BEFORE.search(seg.before(k, 45)) or _OLD_MARK_AFTER.match(seg.after(k, 30)))


def _counts_other_things(seg: Segment, k: int, o: int, frames: dict[str, Frame]) -> bool:
    """Whether two plain counts of a sentence are each followed right away by the noun of what they count, and the
    nouns differ: "Colorado's other 22 ski areas were running 2 percent behind the record 13 million visits" (areas,
    not visits); not the new level of the old one's change ("219,360 visitors, 12.9 percent more than the 194,280 of
    January last year" names no noun after the old level)."""
    if seg.figures[k].unit or seg.figures[o].unit:
        return False
    heads = [frames[seg.figures[j].id].head for j in (k, o)]
    nouns = [_counted_nouns(seg.after(j, 40)) for j in (k, o)]
    # (each figure's own measure names the noun after it: "2,904 recorded in 2022" names no noun after the number;
    # "90.6 billion eggs ... the 91.3 billion eggs laid in 2006" count one thing)
    return heads[0] != heads[1] and not nouns[0] & nouns[1] \
        and all(head and head in own for head, own in zip(heads, nouns))


def _counted_nouns(after: str) -> frozenset[str]:
    """The words of the noun phrase right after a count, up to three ("ski areas said": ski, area, said), when
    it opens on a word that is no word of grammar."""
    words = lexicon.folded_words(" ".join(after.split()[:3]))
    return frozenset(words) - _MINOR_WORDS if words and words[0] not in _MINOR_WORDS and after[:1] == " " else frozenset()


def _change_of_another_head(seg: Segment, c: int, previous: Segment, k: int) -> bool:
    """Whether a change names, after its noun of change, a measure that is not the one the level of the
    sentence before names: "Wheat output was 4.2 million tonnes, against 3.9 million. This reflects a 12%
    rise in the area planted" tells the change of the area, not of the output."""
    changed, _ = measures.change_name_of(seg, c)
    if changed.shape not in measures.MEASURE_AFTER_A_CHANGE or not changed.head:
        return False
    level = measures.name_of(previous, k)
    return bool(level.head) and changed.head != level.head and changed.head not in level.words


def _level_or_rate(frame: Frame, change: Frame) -> bool:
    """A level, or for a change in points a rate (a share of something) as well."""
    return frame.is_level or change.role is Role.POINT_CHANGE and frame.role is Role.SHARE and frame.figure.unit == "percent"


_NEW_CLAUSE_OPENS = lazy_re.compile(r",\s*(?:so|and|but|which|while|whereas|meaning|thus)\b")
_BARE_COMPARATIVE = lazy_re.compile(r"^\s*(?:lower|higher|less|more|smaller|larger|bigger|greater|fewer)\b"
                               r"(?!\s+(?:than|on|from|in|at|over|to|compared|against|versus)\b)")
_APPOSITION_OPENS = lazy_re.compile(r"^[^#;.]{0,80}?(?:\s[—–-]\s?|—|\(|:)\s*$")
_AGAINST = lazy_re.compile(rf"^\s*(?:{_VERSUS})\s+(?:the\s+)?$")
_PER_BASE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PER_BASE)})\s+(?:[a-z'’-]+\s+)?(?P<base>[a-z'’-]+)")
_JOINER = lazy_re.compile(rf"^[^#;]{{0,50}}\b(?:{lexicon.alternation(lexicon.TERM_JOINERS)})\b[^#;]{{0,50}}$")


def moves_after_an_earlier_move(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame],
                                linked: frozenset[str]) -> list[ChangeLink]:
    """A move 'by C to N' with no level it started from, then in the next sentence an earlier move of the
    same measure told in the pluperfect ("raised the repo rate by 50 basis points to 4.90 per cent. The
    decision comes a month after the bank had pushed the repo rate up by 40 basis points to 4.40 per
    cent"): the move started where the earlier one ended."""
    out = []
    for i, seg in enumerate(segments[:-1]):
        later = segments[i + 1]
        if seg.is_table_row or later.is_table_row or later.paragraph != seg.paragraph:
            continue
        moves = [m for m in (_move_to(seg, frames, k) for k in range(len(seg.figures) - 1)) if m is not None]
        earlier = [m for m in (_move_to(later, frames, k) for k in range(len(later.figures) - 1)) if m is not None
                   and _PLUPERFECT.search(later.before(m[0], 60))]
        if len(earlier) != 1:
            continue
        e_change, e_level = later.figures[earlier[0][0]], later.figures[earlier[0][1]]
        wanted = clause_words(document_text, later, earlier[0][0]) - _MINOR_WORDS - _CHANGE_WORDS - _AUXILIARIES
        for c, n in moves:
            change, new = seg.figures[c], seg.figures[n]
            if change.id in linked or not same_unit(new, e_level) or not same_unit(change, e_change) \
                    or frames[change.id].modality != "stated":
                continue
            named = set(lexicon.folded_words(change.measure)) - _MINOR_WORDS
            if not named or not named <= wanted:
                continue  # the earlier move must be of the measure this one names
            direction = frames[change.id].direction or 1
            out.append(ChangeLink(change, e_level, (new,), direction, True,
                                  "a move 'by C to N', then an earlier move of that measure, told in the pluperfect"))
    return out


def _move_to(seg: Segment, frames: dict[str, Frame], k: int) -> tuple[int, int] | None:
    """(change, level) slots of "by C to N" (a change, then "to" the level it reached)."""
    if frames[seg.figures[k].id].role not in (Role.CHANGE, Role.POINT_CHANGE) or not _BY_BEFORE.search(seg.before(k, 12)):
        return None
    level = frames[seg.figures[k + 1].id]
    if level.role not in (Role.LEVEL, Role.SHARE) or not _TO_AFTER_BY.match(seg.between(k, k + 1)):
        return None
    return k, k + 1


_BY_BEFORE = lazy_re.compile(r"\bby\s+$")
_TO_AFTER_BY = lazy_re.compile(r"^\s*(?:\([a-z]{1,5}\)\s*)?to\s+$")
_PLUPERFECT = lazy_re.compile(r"\bhad\s+(?:[a-z'’-]+\s+){0,8}$")


def changes_restated(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """A change "by C" of a measure, alone in a later sentence that names no period and no level ("the
    committee had voted to raise the repo rate by 50 BPS"), restates the one change of that measure, in
    its unit, that the sentences before told as the event itself (not in the pluperfect, as an earlier
    move): "raised the repo rate by 50 basis points to 4.90 per cent"."""
    out = []
    told: dict[tuple, list[Figure]] = {}  # (measure words, unit class) -> changes told so far
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if frame.role not in (Role.CHANGE, Role.POINT_CHANGE) or frame.modality != "stated" \
                    or not _BY_BEFORE.search(seg.before(k, 12)) or not written_in_digits(f):
                continue
            words = frozenset(lexicon.folded_words(f.measure)) - _MINOR_WORDS
            if len(words) < 2:
                continue  # ("rate": too little to say which measure)
            key = (words, f.unit)
            alone = len(seg.figures) == 1 and not _NAMES_A_PERIOD.search(seg.skeleton)
            earlier = told.get(key, [])
            if alone and len(earlier) == 1 and seg.index != frames[earlier[0].id].segment:
                first = earlier[0]
                if not (first.direction and f.direction and first.direction != f.direction):
                    out.append(SameAsLink(first, f, "a change of a measure told again, alone in a later sentence"))
                continue
            if not _PLUPERFECT.search(seg.before(k, 60)):
                told.setdefault(key, []).append(f)
    return out


# ---- an amount gained told twice of one named actor ----------------------------------------------------------------
# a run of capitalised words: the name of whoever the clause speaks of ("MTN", "Vodacom Tanzania")
_CAPITALISED_RUN = lazy_re.compile(r"[A-Z][A-Za-z0-9&'’.-]*(?:[ \t]+[A-Z][A-Za-z0-9&'’.-]*)*")


def _actor_before(text: str, start: int, end: int) -> frozenset[str]:
    """The words of the last name in capitals between start and end (a sentence's start or the figure before, and
    the figure): "most of the increase came from MTN, which posted ..." -> {"mtn"}; sentence openers, months and
    days are no name ("In November MTN added")."""
    runs = _CAPITALISED_RUN.findall(text, start, end)
    if not runs:
        return frozenset()
    words = (w.lower().strip(".").removesuffix("'s").removesuffix("’s") for w in runs[-1].split())
    return frozenset(words) - lexicon.CAPITALISED_NON_NAMES


def amounts_gained_told_twice(text: str, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """One actor's gain (or loss) of a count told twice in other words: "MTN, which posted the biggest gain of the
    month at 3.1 million subscriptions" ... "MTN, the largest operator by number of subscribers, added 3.1 million
    new subscriptions in November". The same name in capitals last before each figure (one name within the other:
    "Vodacom", "Vodacom Tanzania"), the same noun after the figure ("new" left out), one direction and unit, and the
    same period where both carry one. Sure when both clauses state that period; else (one leaves it unsaid, or
    carries it from before) a question. Only the first such change of the actor pairs, with the next."""
    out = []
    told: dict[tuple, list[tuple[Figure, frozenset[str]]]] = {}  # (noun words, unit, direction) -> each actor's first
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            frame = frames[f.id]
            if frame.role is not Role.CHANGE or not f.direction or frame.modality != "stated" or f.kind is not Kind.COUNT \
                    or not written_in_digits(f) or f.qualifier or _PLUPERFECT.search(seg.before(k, 60)):
                continue
            words = measures.noun_after_count(seg, k)
            actor = _actor_before(text, seg.figures[k - 1].span.end if k else seg.start, f.span.start)
            if not words or not actor:
                continue
            firsts = told.setdefault((words, f.unit, f.direction), [])
            first = next((earlier for earlier, named in firsts if named <= actor or actor <= named), None)
            if first is None:
                firsts.append((f, actor))
                continue
            earlier = first
            if frames[earlier.id].segment == seg.index or earlier.period and f.period and earlier.period != f.period:
                continue
            sure = earlier.period == f.period != "" and earlier.period_source in _STATED_SOURCES \
                and f.period_source in _STATED_SOURCES
            out.append(SameAsLink(earlier, f, "one actor's gain of a count told twice in other words", certain=sure))
    return out


_STATED_SOURCES = frozenset({"stated", "sentence"})


# a statement told twice word for word up to its figure needs this many words before it (a long clause, not
# "exports rose") and this many after it (not a figure that ends a sentence of a templated list)
REPEATED_WORDS_BEFORE = 6
REPEATED_WORDS_AFTER = 2
_LEADING_MARKS = lazy_re.compile(r"^[^a-z#]+")
_LOWER_CASE_LETTERS = lazy_re.compile(r"[a-z]+")


def statements_told_twice(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """One statement told twice word for word, as a summary's bullet and the body sentence it came from ("Kenya's
    income from mineral royalties is forecast to fall by 12.7 percent to Sh1.4 billion this year" in the key
    points and again in the text): the figures in the same place of two sentences whose words are the same from
    the sentence's start to the figure and a few words after it, of one unit and role, are one amount. Words
    alone tie them, so a mismatch is a question; unless the sentences go on alike to a next figure that is the
    same in both ("... by 12.7 percent to Sh1.4 billion"): one statement, asserted twice (a template filled twice,
    "Of all calls, 232 were for fire, 41 ...", differs in its other figures too)."""
    out = []
    first: dict[tuple, Figure] = {}
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            words = _LEADING_MARKS.sub("", seg.before(k, seg.slots[k][0])).split()
            after = seg.after(k, 60).split()[:REPEATED_WORDS_AFTER + 1]
            if len(words) < REPEATED_WORDS_BEFORE or len(_LOWER_CASE_LETTERS.findall(" ".join(after))) < REPEATED_WORDS_AFTER:
                continue
            if words[0] in lexicon.ANAPHORIC_OPENERS:
                continue  # "Its shares traded a total of ...": whose it is, the sentence before says, and may differ
            # (the figures before it in the sentence, the same too: "Of all calls, 232 were for fire, ..." and "Of all
            # calls, 239 were for fire, ..." are two years' lists)
            key = (" ".join(words), tuple(after), tuple(g.text for g in seg.figures[:k]), f.unit, frames[f.id].role)
            earlier = first.setdefault(key, f)
            if earlier is not f and frames[earlier.id].segment != seg.index:
                out.append(SameAsLink(earlier, f, "one statement told twice, word for word up to the figure and after it",
                                      certain=_goes_on_alike(segments[frames[earlier.id].segment],
                                                             frames[earlier.id].slot, seg, k)))
    return out


def _goes_on_alike(seg_a: Segment, ka: int, seg_b: Segment, kb: int) -> bool:
    """Whether two sentences go on from figures ka and kb in the same words to a next figure written the same, and on
    from it in the same words to the clause's end (where a base is named: "from a year earlier", "on the month")."""
    if ka + 1 >= len(seg_a.figures) or kb + 1 >= len(seg_b.figures):
        return False
    rest_a, rest_b = (_CLAUSE_REST.match(s.after(k + 1, 80)).group().split() for s, k in ((seg_a, ka), (seg_b, kb)))
    return seg_a.figures[ka + 1].text == seg_b.figures[kb + 1].text and rest_a == rest_b \
        and seg_a.between(ka, ka + 1).split() == seg_b.between(kb, kb + 1).split()


_CLAUSE_REST = lazy_re.compile(r"[^,;:.()#]*")


def summary_restatements(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """A summary line of labelled figures ("In short - Working age: 116.9m | Unemployed: 21.8m") restates
    what the text said before: each label names the one earlier figure of its unit whose own clause, up
    to it, holds every word of the label ("the working-age population stands at 116.9m")."""
    out = []
    for i, seg in enumerate(segments):
        if not seg.figures or not _SUMMARY_OPENING.match(seg.skeleton):
            continue
        for k, item in enumerate(seg.figures):
            label = _ITEM_LABEL.search(seg.before(k, 60))
            words = _label_words(label.group("label")) if label else set()
            if not words or not any(len(w) >= 3 for w in words):
                continue  # ("UR: 27.1%": an abbreviation the text may define anywhere)
            found = [f for j in range(max(0, i - _SUMMARY_BACK), i) for f in segments[j].figures
                     if same_unit(f, item) and frames[f.id].role is frames[item.id].role
                     and frames[f.id].modality == "stated" and written_in_digits(f)
                     and words <= _label_words(_own_clause(segments[j], segments[j].slot_of(f)))
                     and _ends_on_label(segments[j].after(segments[j].slot_of(f), 30), words)]
            if len(found) == 1:
                out.append(SameAsLink(found[0], item, "a summary line's labelled figure, restating the one figure "
                                                      "its label names before"))
    return out


def restated_in_other_words(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """A sentence opening "That is to say," or "In other words," with one figure restates the figure that
    ends the sentence before, in the same unit: "... a job-seeking ratio of 1.50. That is to say, for every
    job seeker there are 1.5 vacancies." (a change and a level are not one figure)."""
    out = []
    for i, seg in enumerate(segments[1:], 1):
        previous = segments[i - 1]
        if len(seg.figures) != 1 or not previous.figures or previous.paragraph != seg.paragraph \
                or not _IN_OTHER_WORDS.match(seg.skeleton) or seg.is_table_row or previous.is_table_row:
            continue
        first, second = previous.figures[-1], seg.figures[0]
        if not _ENDS_THE_SENTENCE.match(previous.after(len(previous.figures) - 1, 40)):
            continue  # the figure before must close its sentence: what "that" points to
        roles = (frames[first.id].role, frames[second.id].role)
        # (a bare ratio may come back as so many per one: "a ratio of 1.50 ... 1.5 vacancies for every seeker")
        as_per_one = Role.RATIO in roles and first.unit == second.unit == ""
        if (same_unit(first, second) and roles[0] is roles[1] or as_per_one) \
                and first.direction == second.direction == 0 \
                and frames[first.id].modality == frames[second.id].modality == "stated" \
                and written_in_digits(first) and written_in_digits(second):
            out.append(SameAsLink(first, second, "'that is to say': the figure ending the sentence before, restated"))
    return out


_IN_OTHER_WORDS = lazy_re.compile(r"^\W*(?:that\s+is\s+to\s+say|in\s+other\s+words|put\s+another\s+way|that\s+is|i\.e\.)\s*,")
_ENDS_THE_SENTENCE = lazy_re.compile(r"^[\"”’)]?(?:\s+[a-z'’-]+){0,3}[\"”’)]?[.!]?[\"”’)]?\s*$")


def _ends_on_label(after: str, words: set[str]) -> bool:
    """Whether a figure counts what the label names: no other noun after it ("divided into 3 groups"), no
    range ("0-14")."""
    m = _AFTER_LABELLED.match(after)
    return m is not None and (m.group("word") is None or _label_words(m.group("word")) <= words)


_AFTER_LABELLED = lazy_re.compile(r"^\s*(?:$|[.,;:)\]|]|(?:of|in|at|as|on|for|by|from|and|while|which|who|last|this|a|an|the)\b"
                                  r"|(?P<word>[a-z][a-z'-]*)\b)")


_SUMMARY_BACK = 80  # the sentences a summary line looks back over: bounded, so the reading stays linear


def _label_words(text: str) -> set[str]:
    return {part for w in lexicon.folded_words(text) for part in w.split("-") if part} - _MINOR_WORDS


def _own_clause(seg: Segment, k: int) -> str:
    """The words before a figure back to the figure before it or its sentence's start."""
    start = seg.slots[k - 1][1] if k else 0
    return seg.skeleton[start:seg.slots[k][0]]


_SUMMARY_OPENING = lazy_re.compile(r"^\W*(?:in\s+short|in\s+summary|in\s+brief|to\s+sum\s+up|summary|at\s+a\s+glance|"
                                   r"the\s+numbers\s+at\s+a\s+glance)\b")
# (the opening may close on a colon of its own: "In summary: registered voters: 4.2m")
_ITEM_LABEL = lazy_re.compile(r"(?:^|[|;]|\s[-–—]\s|\b(?:short|summary|brief|up|glance)(?:\s*:)?)\s*(?P<label>[a-z][a-z'’]*(?:(?:\s|-)[a-z][a-z'’]*){0,4})\s*:\s*$")


def exchange_conversions(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[RatioLink]:
    """An amount converted into another currency at a rate the sentence gives: "Converted at the average
    exchange rate of 6.1428, per capita GDP was the equivalent of USD 6,804", the amount converted being
    the one level of that measure, in another unit, in this sentence or the one before. The rate is
    the larger amount over the smaller one (a rate under 1 is quoted the other way round)."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row or len(seg.figures) < 2 or not _CONVERTED.search(seg.skeleton):
            continue
        for k, rate in enumerate(seg.figures[:-1]):
            if not _EXCHANGE_RATE_BEFORE.search(seg.before(k, 40)) or rate.unit == "percent" or rate.value <= 0:
                continue
            after = [f for f in seg.figures[k + 1:] if f.unit and kind_of(f.unit) is Kind.MONEY
                     and frames[f.id].is_level and _EQUIVALENT_BEFORE.search(seg.before(seg.slot_of(f), 40))]
            if len(after) != 1:
                continue
            converted = after[0]
            wanted = set(lexicon.folded_words(converted.measure)) | set(lexicon.folded_words(
                seg.skeleton[seg.slots[k][1]:seg.slots[seg.slot_of(converted)][0]]))
            wanted -= _MINOR_WORDS | _CONVERSION_WORDS
            previous = segments[i - 1] if i and segments[i - 1].paragraph == seg.paragraph else None
            pool = [(seg, j) for j in range(k)] + ([(previous, j) for j in range(len(previous.figures))] if previous else [])
            amounts = [s_.figures[j] for s_, j in pool
                       if s_.figures[j].unit != converted.unit and s_.figures[j].unit != "percent"
                       and frames[s_.figures[j].id].role in (Role.LEVEL, Role.RATIO) and written_in_digits(s_.figures[j])
                       and frames[s_.figures[j].id].modality == "stated"
                       and wanted & ((set(lexicon.folded_words(s_.figures[j].measure))
                                      | clause_words(document_text, s_, j)) - _MINOR_WORDS)]
            if len(amounts) != 1:
                continue
            local = amounts[0]
            a, b = (local, converted) if rate.value >= 1 else (converted, local)
            out.append(RatioLink(rate, a, b, "an amount converted at an exchange rate the sentence gives, and "
                                              "the amount it converts"))
    return out


_CONVERTED = lazy_re.compile(r"\b(?:convert\w*|equivalent|equals?|translat\w+)\b")
_EXCHANGE_RATE_BEFORE = lazy_re.compile(r"\bexchange\s+rate\s+(?:of\s+)?(?:about\s+)?$")
_EQUIVALENT_BEFORE = lazy_re.compile(r"\b(?:equivalent\s+(?:of|to)|equal\s+to|converted\s+to|or|comes\s+to|came\s+to|was|is|"
                                     r"were|are|of)\s+(?:the\s+|about\s+|some\s+)?$")
_CONVERSION_WORDS = frozenset({"convert", "converted", "equivalent", "published", "average", "exchange", "rate", "state",
                               "was", "is", "by", "at", "the"})


def named_ratio_links(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[RatioLink]:
    """A ratio that names what it divides ("the ratio of urban to rural income was 2.26", "€4,030 per
    resident") and, in its sentence or the two before, the one level named by each term."""
    out = []
    for i, seg in enumerate(segments):
        for k, r in enumerate(seg.figures):
            frame = frames[r.id]
            # (or a percentage: "the ratio of claims to premiums improved to 63.9%")
            named = frame.named_terms and frame.role in (Role.RATIO, Role.SHARE)
            # ("$612 per head", or "Per capita spending on health reached $612": the measure names it per head)
            per_head = not named and r.kind in (Kind.MONEY, Kind.PHYSICAL) and frame.role is Role.LEVEL \
                and (_PER_CAPITA.match(seg.after(k, 40)) or _PER_CAPITA_MEASURE.search(_CLAUSE_BREAK.split(seg.before(k, 80))[-1]))
            base = seg.figures[k + 1] if k + 1 < len(seg.figures) else None
            per_base = not named and not per_head and base is not None and frames[base.id].role is Role.PER_BASE \
                and frame.role is Role.RATIO and frame.head
            if not named and not per_head and not per_base:
                continue
            # the levels of this sentence and the two before, each with the words that lead to it
            nearby = [(f, segments[j].before(segments[j].slot_of(f), 60))
                      for j in range(max(0, i - 2), min(len(segments), i + 2 if per_base else i + 1))
                      for f in segments[j].figures if f is not r and frames[f.id].is_level and written_in_digits(f)]
            if per_base:
                # "3.1 doctors for every 1,000 residents: the region's 15,500 doctors serve a population of
                # 5.0 million": the level of the ratio's noun over the level of the base's noun; a rate
                # that names no noun of its own ("4,386 murders ..., a rate of 28.9 per 100,000") is of
                # the count just before it
                base_words = set(lexicon.folded_words(base.measure))
                whole_words = _POPULATION if base_words & _POPULATION else base_words
                # "4.1 doctors per 1,000 inhabitants, compared with 3.9 five years ago": a bare number after the rate
                # in its sentence is the rate again with its nouns left out, no level of either noun
                nearby = [(f, lead) for f, lead in nearby
                          if not (f.kind is Kind.NUMBER and not f.unit and f.span.start > r.span.start
                                  and f in seg.figures)]
                if frame.head in _RATE_NOUNS and k > 0 and frames[seg.figures[k - 1].id].is_level \
                        and _RATE_APPOSITION.match(seg.between(k - 1, k)):
                    a = [seg.figures[k - 1]]
                else:
                    a = [f for f, lead in nearby if frame.head in lexicon.folded_words(f.measure)]
                b = [f for f, lead in nearby if f is not base and set(lexicon.folded_words(f.measure)) & whole_words]
                if not a:
                    # a ratio between two groups of people ("112 males for every 100 female deaths") against the
                    # one count of each group in view ("240,001 were men and 214,988 were women")
                    groups = [_GROUP_SPELLING.get(frame.head)] + [_GROUP_SPELLING.get(w) for w in lexicon.folded_words(base.measure)]
                    base_group = next((g for g in groups[1:] if g is not None), None)
                    if groups[0] is not None and base_group is not None and base_group != groups[0]:
                        a = [f for f, _ in nearby if f is not base and _GROUP_SPELLING.get(frames[f.id].group) == groups[0]]
                        b = [f for f, _ in nearby if f is not base and _GROUP_SPELLING.get(frames[f.id].group) == base_group]
                # ("326 ibex - about 22.0 per 100 square kilometres": the base's unit is the whole's)
                if len(a) == 1 and len(b) == 1 and a[0] is not b[0] \
                        and (same_unit(a[0], b[0]) or base.unit and b[0].unit == base.unit):
                    out.append(RatioLink(r, a[0], b[0], "a ratio on a stated base, and the levels of its two nouns", base))
                continue
            if named:
                moved = _NOT_THE_LEVEL.search(seg.before(k, 30))
                # "narrowed from 2.20 in 2022 to 2.16", "narrowed 0.04": an earlier value or a change; the earlier
                # value is read only against the levels of the period its own clause names
                earlier = moved is not None and moved.group().startswith("from")
                if moved and not earlier:
                    continue
                a_name, b_name = frame.named_terms
                if r.period and r.period_source == "stated":
                    # (a ratio its clause dates divides no level of another period)
                    nearby = [(f, lead) for f, lead in nearby if not f.period or f.period == r.period]
                # the level each term names, in its measure or the words just before it
                a = _named_by(nearby, a_name) if not earlier else []
                b = _named_by(nearby, b_name) if not earlier else []
                grammar_read = "a ratio naming its terms, and the levels they name"
                if (len(a) != 1 or len(b) != 1) and r.period and r.period_source == "stated":
                    # "claims of £32.1bn in 2013, up on the £30.6bn paid in the year before ... premiums of
                    # £50.2bn in 2013 ... the ratio of claims to premiums improved to 63.9% in 2013 from 65.4%
                    # in 2012": each term's one level of the period the ratio's clause names, in its sentence
                    # or the four before
                    told = frozenset(lexicon.folded_words(seg.skeleton))
                    dated = [(f, segments[j].before(segments[j].slot_of(f), 60))
                             for j in range(max(0, i - 4), i + 1) for f in segments[j].figures
                             if f is not r and f.period == r.period and frames[f.id].is_level and written_in_digits(f)
                             and frames[f.id].modality == "stated"
                             # (not a level its words narrow to a place or part the ratio does not name: "in Ireland")
                             and not _narrower_scope(_SINCE_A_FIGURE.split(
                                 segments[j].before(segments[j].slot_of(f), 100))[-1], told)]
                    a, b = _named_by(dated, a_name), _named_by(dated, b_name)
                    grammar_read = "a ratio naming its terms and its period, and the levels of that period they name"
                if len(a) == 1 and len(b) == 1 and a[0] is not b[0] and same_unit(a[0], b[0]):
                    out.append(RatioLink(r, a[0], b[0], grammar_read))
            else:
                # (an amount per head is no total: "the national per capita income of ₹184,205")
                a = [f for f, _ in nearby if f.unit == r.unit and f.value > r.value and not _PER_CAPITA_WORDS.search(f.measure)]
                if not _PER_CAPITA.match(seg.after(k, 40)):
                    # per head by its measure's words: the total must be of that measure ("spending", "spent")
                    own = _stems(r.measure) - _POPULATION - {"per", "capita", "total", "per-capita", "per-head"}
                    leads = {f.id: lead for f, lead in nearby}
                    a = [f for f in a if own & (_stems(f.measure) | _verb_told_stems(
                        SLOT.sub(" ", _CLAUSE_BREAK.split(leads[f.id])[-1].split("#")[-1])))]
                b = [f for f, _ in nearby if f.unit == "" and set(lexicon.folded_words(f.measure)) & _POPULATION]
                if len(a) == 1 and len(b) == 1:
                    out.append(RatioLink(r, a[0], b[0], "an amount per head, the total and the population"))
    return out


def _verb_told_stems(words: str) -> set[str]:
    """The stems of the words, with the noun of the measure each verb among them counts ("councils spent": the
    spending, lexicon.VERB_MEASURE_NOUNS)."""
    stems = _stems(words)
    nouns = " ".join(lexicon.VERB_MEASURE_NOUNS[w] for w in words.lower().split() if w in lexicon.VERB_MEASURE_NOUNS)
    return stems | _stems(nouns) if nouns else stems


def shares_of_a_reference(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[RatioLink]:
    """A level given as a percentage of a reference value with no figure of its own ("rainfall since October
    has been 104% of the average"), and, within three sentences before or after it, the one level of that
    measure set against the reference ("total rainfall has reached 304 mm, against an average of 294 mm"):
    the percentage is the level over the reference. The reference is named alike both times ("the January
    average" is not "an average") and the pair's clause names a word of the share's."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, share in enumerate(seg.figures):
            if share.unit != "percent" or frames[share.id].role is not Role.SHARE or frames[share.id].modality != "stated" \
                    or not written_in_digits(share):
                continue
            ref = _OF_A_REFERENCE.match(seg.after(k, 60))
            if ref is None or (k + 1 < len(seg.figures) and "#" in seg.after(k, 60)[:ref.end() + 20]):
                continue  # "104% of the average of 294 mm": the reference is in view, another reading's
            wanted = clause_words(document_text, seg, k) - _MINOR_WORDS - _NOT_A_MEASURE - _AUXILIARIES \
                - _REFERENCE_WORDS
            wanted = frozenset(w for w in wanted if len(w) > 3)
            told = frozenset(lexicon.folded_words(seg.skeleton))
            pairs = []
            for j in range(max(0, i - 3), min(len(segments), i + 4)):
                other = segments[j]
                if j == i or other.is_table_row:
                    continue
                for n in range(len(other.figures) - 1):
                    a, b = other.figures[n], other.figures[n + 1]
                    if frames[a.id].is_level and frames[b.id].is_level and same_unit(a, b) and a.unit != "percent" \
                            and written_in_digits(a) and written_in_digits(b) and frames[a.id].modality == "stated" \
                            and (against := _AGAINST_A_REFERENCE.match(other.between(n, n + 1))) is not None \
                            and lexicon.folded_words(against.group("mod") + against.group("ref")) \
                            == lexicon.folded_words(ref.group("mod") + ref.group("ref")) \
                            and wanted & clause_words(document_text, other, n) \
                            and not (share.period_source == a.period_source == "stated" and share.period != a.period) \
                            and not _narrower_scope(_SINCE_A_FIGURE.split(other.before(n, 100))[-1], told):
                        pairs.append((a, b))  # (not "In April, rainfall reached ..." for the share of "March")
            if len(pairs) == 1:
                level, reference = pairs[0]
                out.append(RatioLink(share, level, reference,
                                     "a percentage of a reference value, and the level set against that reference"))
    return out


_GAP_TO_A_REFERENCE = lazy_re.compile(r"^\s*(?:(?P<below>below|under|short\s+of)|(?P<above>above|over))\s+(?:the|its|their)\s+"
                                      rf"(?P<ref>(?:[a-z'’-]+\s+){{0,2}}?(?:{lexicon.alternation(lexicon.REFERENCE_NOUNS)})\b"
                                      r"|[a-z]{2,6}(?=\s*(?:[.;,)]|$)))")  # the reference, or its acronym
_ACRONYM_AFTER = lazy_re.compile(r"^\s*\((?P<acronym>[a-z]{2,6})\)")
_GAP_NEAR = 8  # sentences between a percentage of a reference and its gap to it


def gaps_restating_shares(document_text: str, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SameAsLink]:
    """A level given as a percentage of a reference value ("rainfall came to 88% of the long period average (LPA)"),
    and within a few sentences the same measure's gap to the same reference, named alike or by the acronym given
    in brackets ("rainfall has been 12% below the LPA"): the two say one thing, 88% == 100% - 12%. The gap's clause
    must name a word of the share's measure; one pairing only."""
    shares = []  # (segment, slot, figure, names of the reference, words of its clause)
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, f in enumerate(seg.figures):
            if f.unit != "percent" or frames[f.id].role is not Role.SHARE or frames[f.id].modality != "stated" \
                    or f.qualifier or not written_in_digits(f):
                continue
            ref = _OF_A_REFERENCE.match(seg.after(k, 60))
            if ref is None:
                continue
            words = lexicon.folded_words(ref.group("mod") + ref.group("ref"))
            names = {tuple(words)}
            acronym = _ACRONYM_AFTER.match(seg.after(k, 80)[ref.end():])
            # (its initials, each part of a compound its own: "five-year mean (FYM)")
            if acronym is not None and acronym.group("acronym") == "".join(part[0] for w in words for part in w.split("-") if part):
                names.add((acronym.group("acronym"),))
            wanted = clause_words(document_text, seg, k) - _MINOR_WORDS - _NOT_A_MEASURE - _AUXILIARIES - _REFERENCE_WORDS \
                - set(words)  # (the reference's own words name no measure)
            shares.append((i, k, f, names, frozenset(w for w in wanted if len(w) > 3)))
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, gap in enumerate(seg.figures):
            if gap.unit != "percent" or frames[gap.id].role is not Role.RELATIVE_CHANGE or frames[gap.id].modality != "stated" \
                    or gap.qualifier or not written_in_digits(gap):
                continue
            m = _GAP_TO_A_REFERENCE.match(seg.after(k, 80))
            if m is None:
                continue
            name = tuple(lexicon.folded_words(m.group("ref")))
            told = clause_words(document_text, seg, k)
            found = [(f, i2) for i2, k2, f, names, wanted in shares
                     if 0 < abs(i - i2) <= _GAP_NEAR and name in names and wanted & told
                     and not (f.period_source == gap.period_source == "stated" and f.period != gap.period)]
            if len(found) == 1:
                share = found[0][0]
                out.append(SameAsLink(share, gap, "a percentage of a reference, restated as its gap to it",
                                      complement=-1 if m.group("below") else 1))
    return out


_REFERENCES = lexicon.alternation(lexicon.REFERENCE_NOUNS)
_REFERENCE_WORDS = frozenset(lexicon.fold(w) for w in lexicon.REFERENCE_NOUNS)
_OF_A_REFERENCE = lazy_re.compile(rf"^\s*of\s+(?:the|its|their)\s+(?P<mod>(?:[a-z'’-]+\s+){{0,2}}?)(?P<ref>{_REFERENCES})\b")
_AGAINST_A_REFERENCE = lazy_re.compile(rf"^\s*(?:[a-z'’-]+(?:\s+|(?=,))){{0,2}}?,?\s*(?:against|compared\s+with|compared\s+to|versus|vs\.?)\s+"
                                       rf"(?:an?|the|its|their)\s+(?P<mod>(?:[a-z'’-]+\s+){{0,2}}?)(?P<ref>{_REFERENCES})\s+(?:of\s+)?$")


def _named_by(nearby: list[tuple[Figure, str]], name: str) -> list[Figure]:
    """The levels a term names: by their own measure ("48,216 nurses and 17,858 doctors"), else by the
    words just before them ("the count of nurses, 48,216")."""
    own = [f for f, _ in nearby if name in lexicon.folded_words(f.measure)]
    return own if len(own) == 1 else [f for f, lead in nearby
                                      if name in lexicon.folded_words(f.measure + " " + lead.rsplit("#", 1)[-1])]


_NOT_THE_LEVEL = lazy_re.compile(rf"\b(?:from|{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)}|"
                            r"narrowed|widened|narrowing|widening)\s+(?:by\s+)?$")
_PER_CAPITA = lazy_re.compile(rf"^\s*(?:per|a|for\s+each|for\s+every)\s+(?:{lexicon.alternation(lexicon.POPULATION_NOUNS)})\b")
_POPULATION = frozenset(lexicon.POPULATION_NOUNS)
def one_for_every(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[RatioLink]:
    """ "One pharmacy for every 3,200 residents across its 129 pharmacies" in a county of 412,000: the base
    is the count of its noun over the count of the noun "one" stands for, each the one level of that noun
    in the sentence or the one before."""
    out = []
    for i, seg in enumerate(segments):
        for k, base in enumerate(seg.figures):
            one = _ONE_FOR_EVERY.search(seg.before(k, 60)) if frames[base.id].role is Role.PER_BASE else None
            if one and one.group("noun") is None:
                # "Doctors numbered 2,840, one for every 1,150 of its 2.9 million residents": the noun left out is
                # the level's before it, the base's noun that of the count after "of its"
                whole = _OF_ITS_COUNT.match(seg.after(k, 40))
                if k >= 1 and whole and int(whole.group("k")) == k + 1 and written_in_digits(base):
                    counted, population = seg.figures[k - 1], seg.figures[k + 1]
                    if frames[counted.id].is_level and frames[population.id].is_level and not counted.unit \
                            and not population.unit and written_in_digits(counted) and written_in_digits(population) \
                            and _ONE_FOR_EVERY_AFTER_LEVEL.match(seg.between(k - 1, k)):
                        out.append(RatioLink(base, population, counted, "a level, then one for every N of its count "
                                                                        "of another noun"))
                continue
            noun = _NOUN_AFTER.match(seg.after(k, 40)) if one else None
            if noun is None or not written_in_digits(base):
                continue
            counted, per = lexicon.stem(lexicon.fold(one.group("noun"))), lexicon.stem(lexicon.fold(noun.group(1)))
            per_words = _POPULATION if per in _POPULATION else {per}
            near = [f for j in range(max(0, i - 1), i + 1) for f in segments[j].figures
                    if f is not base and frames[f.id].is_level and not f.unit and written_in_digits(f)]
            a = [f for f in near if _stems(f.measure) & per_words]
            b = [f for f in near if lexicon.stem(frames[f.id].head) == counted]
            if len(b) != 1:  # (the head may be misread: "129 clinics serving ...")
                b = [f for f in near if f not in a and counted in _stems(f.measure)]
            if len(a) == 1 and len(b) == 1 and a[0] is not b[0]:
                out.append(RatioLink(base, a[0], b[0], "one of a noun for every N of another, and the counts of both"))
    return out


# (the noun may follow a word that qualifies it: "one fatal accident for every two million flights")
_ONE_FOR_EVERY = lazy_re.compile(r"\b(?:one|an?)\s+(?:(?:(?!for\b|per\b|to\b)[a-z'’-]+\s+)?(?P<noun>(?!for\b|per\b|to\b)[a-z'’-]+)\s+)?"
                                 r"(?:for|per|to)\s+(?:every|each)\s+$")
_OF_ITS_COUNT = lazy_re.compile(r"^\s*of\s+(?:its|their|the)\s+#(?P<k>\d+)#\s+[a-z]")
# from the level to "one for every": a comma and the words of its clause ("2,840 in the district, ")
_ONE_FOR_EVERY_AFTER_LEVEL = lazy_re.compile(r"^[^#;.]{0,60},\s*(?:or\s+|roughly\s+|about\s+)?(?:one|an?)\s+(?:for|per|to)\s+(?:every|each)\s+$")


# a level, then its share of a whole in apposition or brackets: "3.9 million doses, roughly a third of the
# total", "1,120 entrants (18%)": the level is a part, not the whole count an amount per head divides
_SHARE_APPOSED_AFTER = lazy_re.compile(rf"^(?:\s+[a-z'’-]+){{0,2}}?\s*(?:,\s*(?:or\s+)?(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?|\(\s*)"
                                       r"#(?P<k>\d+)#")


def _part_with_its_share(seg: Segment, f: Figure, frames: dict[str, Frame]) -> bool:
    """Whether a level is followed, in its clause, by its share of a whole ("3.9 million doses, roughly a
    third of the total", "612 beds (38%)")."""
    m = _SHARE_APPOSED_AFTER.match(seg.after(seg.slot_of(f), 50))
    if not m or int(m.group("k")) >= len(seg.figures):
        return False
    share = seg.figures[int(m.group("k"))]
    # (a fraction in words, "a third", is read as a ratio: below one, it is a share all the same)
    return frames[share.id].role is Role.SHARE or share.unit == "percent" \
        or share.kind is Kind.RATIO and 0 < share.value < 1


def _stems(words: str) -> set[str]:
    return {lexicon.stem(w) for w in lexicon.folded_words(words)}


_PER_CAPITA_WORDS = lazy_re.compile(r"\bper[\s-]+(?:capita|head|person|inhabitant|resident)\b")
_PER_CAPITA_MEASURE = lazy_re.compile(r"\bper[\s-]+(?:capita|head|person|inhabitant|resident)\b(?![^#]*#)")
_GROUP_SPELLING = {lexicon.fold(w): i for i, spellings in enumerate(lexicon.GROUP_SPELLINGS) for w in spellings} \
    | {w: i for i, spellings in enumerate(lexicon.GROUP_SPELLINGS) for w in spellings}
_RATE_NOUNS = frozenset({"rate", "incidence", "ratio", "level", "prevalence"})
_RATE_APPOSITION = lazy_re.compile(r"^[^#;.]{0,80}?,\s*(?:giving\s+|or\s+|for\s+)?(?:a|an)\s+(?:[a-z-]+\s+)?"
                              rf"(?:{lexicon.alternation(tuple(_RATE_NOUNS))})\s+of\s+$")


# a clause whose subject refers back to what was told before: "His tally is more than", "Its output was"
_SUBJECT_BEFORE_REFERS_BACK = lazy_re.compile(r"^\W*(?:his|her|its|their|this|that|it|they|these|those)\b")
# before a level: a word that makes it the base of a comparison ("higher than the 13.8 per cent (8,326 people) ... and
# more than double the 5,598"): a multiple after it is of the comparisons' subject, not of this base
_BASE_OF_A_COMPARISON_BEFORE = lazy_re.compile(r"\b(?:than|above|below|against|compared\s+(?:with|to)|versus)\s+(?:the\s+)?"
                                               r"(?:#\d+#|[^#;.]){0,30}$")


def worded_ratios(segments: tuple[Segment, ...], frames: dict[str, Frame], linked: frozenset[str]) -> list[RatioLink]:
    """Ratios whose terms the words give in other ways than `ratio_links` and `named_ratio_links` read:
    - a multiple between two levels: "exports of $48.2 billion were 1.9 times imports of $21.3 billion";
    - an amount per head of a counted noun: "spending per pupil was €9,850 ... €412.6 million on its
      38,420 pupils" (the total and the count in its sentence or the next);
    - a rate per a base of a counted noun, the base's count and the one other count beside it:
      "with 5,210 deaths among 412,800 births, the infant mortality rate was 16.6 per 1,000 live births";
    - a ratio, then a colon and its two levels set against each other: "3.4 job seekers for every
      vacancy: 412,000 people looking for work against 96,100 open posts"."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, r in enumerate(seg.figures):
            frame = frames[r.id]
            if r.id in linked:
                continue
            equal_groups = _equal_groups(seg, k, frames) or _one_of_a_pair_of_the_other(segments, i, k, frames) \
                or _each_member_serves(seg, k, frames)
            if equal_groups is not None:
                out.append(equal_groups)
                continue
            # (or a "-fold" multiple after a verb of change: "has risen almost fourfold, from 41,000 to 212,000")
            if r.kind is Kind.MULTIPLE and (r.text.lower() in MULTIPLE_VERBS
                                            or r.text.lower().endswith("fold") and frame.direction > 0):
                pair = _from_and_to_after(seg, k, frames)
                if pair is not None:
                    old, new = pair
                    out.append(RatioLink(r, new, old, "a verb of multiplication and the levels it goes from and to",
                                         whole_multiple=not r.qualifier))
                    continue
                # else a multiple between two levels: "$9.2 million, more than double the $4.1 million of 2020"
            # (a multiple bounded, "more than double", or read as a change, "double the", is a multiple all the same)
            if r.kind is Kind.MULTIPLE and 0 < k < len(seg.figures) - 1 and _TIMES_THEN_LEVEL.match(seg.between(k, k + 1)):
                a, b = seg.figures[k - 1], seg.figures[k + 1]
                if _multiplied_levels(frames, a, b) and written_in_digits(a) \
                        and not _NEW_CLAUSE.search(seg.between(k - 1, k)) \
                        and not _BASE_OF_A_COMPARISON_BEFORE.search(seg.before(k - 1, 60)):
                    out.append(RatioLink(r, a, b, "a multiple between the level before it and the level after it"))
                    continue
            # (a bound on the multiple, "more than twice as many as", holds the ratio above it)
            if frame.role in (Role.MULTIPLE, Role.BOUND) and r.unit == "times" and _TIMES_COMPARED.match(seg.after(k, 40)):
                # "urban residents spent 1.87 times as much, 31,284 yuan", "31,284 yuan, 1.87 times that of
                # rural residents": the two levels of one unit in its sentence, the larger the multiple of the other
                levels = [f for f in seg.figures if f is not r and _a_level_or_rate(frames[f.id]) and written_in_digits(f)]
                if all(seg.slot_of(f) > k for f in levels) \
                        and _SUBJECT_BEFORE_REFERS_BACK.match(_CLAUSE_BREAK.split(seg.before(k, 80))[-1]):
                    continue  # "His tally is more than double that of his rivals, Kearney (19) and Lowe (18)": the
                    # multiple's subject is a level told before its sentence, and both levels after it are of the base
                if len(levels) == 2 and all(seg.slot_of(f) > k for f in levels) \
                        and _ELLIPTICAL_MULTIPLE.match(seg.after(k, 40)) and levels[1].period_source == "stated" \
                        and levels[1].period != levels[0].period:
                    continue  # "is over twice as much, standing at 24.5 percent, as opposed to 25.8 percent in the
                    # second quarter": a multiple with no "as" of its base compares with a level told before; the
                    # second level after it, of another period it names, is the first's earlier value
                if len(levels) == 2 and _multiplied_levels(frames, *levels) and levels[0].value != levels[1].value and r.value != 1:
                    larger, smaller = sorted(levels, key=lambda f: f.value, reverse=True)
                    # (a multiple below one, "half as much as", makes the smaller level the multiple of the larger)
                    first, second = (larger, smaller) if r.value > 1 else (smaller, larger)
                    out.append(RatioLink(r, first, second, "a multiple and the two levels of one unit in its sentence"))
                continue
            noun, place = None, None
            if frame.role is Role.LEVEL and r.kind in (Kind.MONEY, Kind.PHYSICAL):
                noun = _PER_NOUN_BEFORE.search(seg.before(k, 40)) or _PER_NOUN_AFTER.match(seg.after(k, 40))
                place = _place_in_pair(seg, k, frames)
                if noun is None and place == 1:
                    noun = _PER_NOUN_AFTER.match(seg.after(k - 1, 40))  # "Rs 124.69 a kg against Rs 121.38"
            if noun and _A_SET_PRICE_BEFORE.search(seg.before(k, 60)):
                continue  # "the minimum price of US$ 1.76 per kg set by the government": a mark, not what was paid
            if noun:
                partner = None if place is None else seg.figures[k + 1 if place == 0 else k - 1]
                window = [f for f in _nearby_figures(segments, i, r) if f is not partner]
                counted = _counted(noun.group("noun"))
                # "Rs 124.69 a kg": an amount per unit of measure, whose count is a quantity in that unit
                per_unit = _unit_named(noun.group("noun"))
                per_unit = per_unit if per_unit and kind_of(per_unit) is Kind.PHYSICAL else None
                totals = [f for f in window if same_unit(f, r) and f.value > r.value and frames[f.id].is_level
                          and written_in_digits(f) and not _part_with_its_share(segments[frames[f.id].segment], f, frames)
                          # (an amount per head is no total: "the national per capita income of ₹184,205")
                          and not _PER_CAPITA_WORDS.search(f.measure)]
                if any(_AVERAGE_BEFORE.search(segments[frames[f.id].segment].before(frames[f.id].slot, 40)) for f in totals):
                    continue  # amounts in reach that are averages themselves ("347.2 million barrels at an average price of
                    # US$64.04"; "averaged EUR 585 per tonne, compared with EUR 640"): prices side by side, no total
                counts = [f for f in window if frames[f.id].is_level and written_in_digits(f)
                          and (f.unit == per_unit if per_unit else
                               f.unit == "" and counted & _stems(f.measure))
                          and not _part_with_its_share(segments[frames[f.id].segment], f, frames)]
                if len(totals) == 2 and len(counts) == 2:
                    # "exports of 17 million kg against 12.08 million kg, revenue of Rs 212 crore against
                    # Rs 146 crore, and Rs 124.69 a kg against Rs 121.38": pairs set side by side, each
                    # giving this period's value and another's in the same order
                    if place is not None and _is_pair(segments, frames, totals) and _is_pair(segments, frames, counts):
                        totals, counts = totals[place:place + 1], counts[place:place + 1]
                elif place == 1:
                    totals = []  # the other time's amount ("R60 per litre, against R52 a year earlier"): its total is not given
                if not counts and place is None and all(_an_amount_per_unit(segments, f, frames) for f in totals):
                    # nothing in reach to divide: the total and the quantity said together in an earlier sentence
                    told = _total_and_quantity_told_before(segments, i, r, per_unit, counted, frames)
                    if told is not None:
                        out.append(RatioLink(r, *told, "an amount per unit or head, and the one total and quantity an "
                                                        "earlier sentence gives together", certain=False))
                    continue
                if len(totals) == 1 and len(counts) == 1:
                    # sure only when the total names the measure the amount per head is of ("spending per
                    # pupil" ... "spent"); "GDP per head" beside "exports of $5 billion" is another measure
                    # (the words of the amount's own clause: not those of a total told before it in the sentence)
                    measure = {lexicon.stem(w)[:5] for w in lexicon.folded_words(r.measure + " " + seg.before(k, 40).rsplit("#", 1)[-1])
                               if w not in _MINOR_WORDS and w not in _AUXILIARIES} - {noun.group("noun")[:5], "per"}
                    total_words = {lexicon.stem(w)[:5] for w in lexicon.folded_words(totals[0].measure)}
                    grammar = "an amount per unit, the total and the quantity" if per_unit \
                        else "an amount per head, the total and the count of heads"
                    priced = per_unit is not None and _PRICE.search(r.measure + " " + seg.before(k, 40).lower()) \
                        and _VALUE.search(totals[0].measure)
                    # (or the amount per unit of measure stands in apposition after the one total and the one
                    # quantity its units divide, in one sentence: "6.3 million tonnes ... from 1.8 million hectares,
                    # an average yield of 3.9 tonnes per hectare"; not "; yields in the delta averaged 4.6 tonnes")
                    # (per head too when the total is said over the count just before: "earned $2.1 billion from
                    # 11.4 million passengers, an average of $168 per passenger")
                    # (or the count is the subject whose verb gives the total: "The 57 forest fires burned 30
                    # hectares, an average of 0.5 hectares per fire")
                    # (or the total is said over the count, "TOTAL for/on/to COUNT", and the amount per the count's
                    # noun follows in the same clause, whatever stands between: "At Rs 84.6 billion for 2.41 million
                    # families, the scheme costs Rs 35,100 per family"; "$312.6 million for 214,300 tonnes in the
                    # fiscal year, an average of $1,459 a tonne"; "paid GH₵ 96 million to 48,000 farmers, GH₵ 2,000 a
                    # farmer")
                    together = frames[totals[0].id].segment == frames[counts[0].id].segment == i and (
                        seg.slot_of(counts[0]) == k - 1 and seg.slot_of(totals[0]) == k - 2
                        and bool(_TOTAL_THEN_COUNT.match(seg.between(k - 2, k - 1)))
                        and not _A_CLAUSE_APART.search(seg.between(k - 1, k))
                        or seg.slot_of(counts[0]) == k - 1 and bool(_AN_AVERAGE_APPOSED.match(seg.between(k - 1, k)))
                        and (per_unit is not None or seg.slot_of(totals[0]) == k - 2
                             and bool(_TOTAL_THEN_COUNT.match(seg.between(k - 2, k - 1))))
                        or per_unit is None and seg.slot_of(totals[0]) == k - 1 and seg.slot_of(counts[0]) == k - 2
                        and bool(_AN_AVERAGE_APPOSED.match(seg.between(k - 1, k)))
                        and bool(_ONE_CLAUSE_GLUE.match(seg.between(k - 2, k - 1))))
                    count_seg = segments[frames[counts[0].id].segment]
                    # (or the two name one flow in one sentence: "revenue per passenger" and "turnover")
                    own_words = set(lexicon.folded_words(r.measure + " " + seg.before(k, 40).rsplit("#", 1)[-1]))
                    total_seg = segments[frames[totals[0].id].segment]
                    total_words_said = set(lexicon.folded_words(
                        totals[0].measure + " " + total_seg.before(frames[totals[0].id].slot, 40).rsplit("#", 1)[-1]))
                    one_flow = frames[totals[0].id].segment == i \
                        and bool(lexicon.flow_families(own_words) & lexicon.flow_families(total_words_said))
                    out.append(RatioLink(r, totals[0], counts[0], grammar,
                                         certain=bool(measure & total_words) or bool(priced) or together or one_flow,
                                         exact_denominator=per_unit is None and _definite_count(count_seg, counts[0])))
                continue
            base = seg.figures[k + 1] if k + 1 < len(seg.figures) else None
            if frame.role is Role.RATIO and frame.head in _RATE_NOUNS and base is not None \
                    and frames[base.id].role is Role.PER_BASE:
                # (a bare number after the rate in its sentence, with no noun of its own, is the rate told again:
                # "fell from 41 deaths per 1,000 live births in 2012 to 38 in 2021" counts no births; and a count
                # the text expects, "the target of 12 deaths by 2030", is no count behind a rate it observed)
                window = [f for f in _nearby_figures(segments, i, r)
                          if not (f in seg.figures and seg.slot_of(f) > k and _NOTHING_NAMED_AFTER.match(seg.after(seg.slot_of(f), 30)))
                          and frames[f.id].modality == frame.modality]
                counted = _counted(" ".join(lexicon.folded_words(base.measure)[-1:]))
                of_base = [f for f in window if f is not base and f.unit == "" and frames[f.id].is_level
                           and written_in_digits(f) and counted & _stems(f.measure)]
                others = [f for f in seg.figures if f is not base and f is not r and f.unit == "" and frames[f.id].is_level
                          and written_in_digits(f) and f not in of_base and f.value < (of_base[0].value if of_base else 0)
                          and frames[f.id].modality == frame.modality]
                if len(of_base) == 1 and len(others) == 1:
                    out.append(RatioLink(r, others[0], of_base[0], "a rate per a base of a counted noun, and the two "
                                                                      "counts beside it", base))
                continue
            fraction = _fraction_of_a_whole(seg, k, frames)
            if fraction is not None:
                out.append(fraction)
                continue
            is_ratio = frame.role is Role.RATIO or frame.role is Role.LEVEL and _NOUN_PER_BASE.match(seg.after(k, 40))
            colon = is_ratio and k + 2 < len(seg.figures) and bool(_COLON_AFTER_RATIO.match(seg.between(k, k + 1)))
            if colon or is_ratio and k + 2 < len(seg.figures) and _COMMA_AFTER_RATIO.match(seg.between(k, k + 1)):
                # (or a part of its whole, after a colon, a dash or a comma: "Nine in ten homes have broadband:
                # 2.71 million of the 3.34 million"; "One in 12 adults, 41,630 of the 499,800, has asthma")
                glue = seg.between(k + 1, k + 2)
                part_of = r.value < 1 and _PART_OF_THE_WHOLE.match(glue)
                if not part_of and not colon:
                    continue
                a, b = seg.figures[k + 1], seg.figures[k + 2]
                if (part_of or _AGAINST_OR_AND.match(glue)) and frames[a.id].is_level and frames[b.id].is_level \
                        and same_unit(a, b):
                    out.append(RatioLink(r, a, b, "a ratio, then a colon and its part of its whole" if part_of
                                         else "a ratio, then a colon and its two levels set against each other"))
    return out


# "split into 33 classes of about": a verb of division, "into", the count of groups, their noun and "of"
_INTO_GROUPS_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.DIVIDED_INTO_VERBS)})\s+(?:[a-z'’-]+\s+)?into\s+$")
_GROUPS_OF = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
                             r"approximately\s+|nearly\s+|almost\s+)?$")
# "... 42 pupils each", "4 tonnes apiece": the size is that of every group
_EACH_AFTER = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:each|apiece)\b")


def _equal_groups(seg: Segment, k: int, frames: dict[str, Frame]) -> RatioLink | None:
    """A total divided into a count of groups of a stated size: "The 1,386 learners are split into 33 classes of
    about 42 pupils each", "4,800 tonnes were packed into 1,200 loads of 4 tonnes each". The size is the total
    over the count (the total the one level of the size's unit before the count in its clause)."""
    r = seg.figures[k]
    if k < 2 or not frames[r.id].is_level or not _GROUPS_OF.match(seg.between(k - 1, k)) \
            or not _EACH_AFTER.match(seg.after(k, 40)):
        return None
    count = seg.figures[k - 1]
    if not frames[count.id].is_level or count.unit or not _INTO_GROUPS_BEFORE.search(seg.before(k - 1, 60)):
        return None
    total = seg.figures[k - 2]
    if not frames[total.id].is_level or not same_unit(total, r) or total.value <= max(r.value, count.value) \
            or not written_in_digits(total) or ";" in seg.between(k - 2, k - 1):
        return None
    return RatioLink(r, total, count, "a total divided into a count of groups, each of a stated size")


# "so each clinical officer serves about": "each" or "every", the member's noun, a verb of serving, a hedge
_EACH_MEMBER_SERVES = lazy_re.compile(rf"\b(?:each|every)\s+(?:[a-z'’-]+\s+)?(?P<noun>[a-z'’-]+)\s+"
                                      rf"(?:(?:now|still|thus|therefore|then|on\s+average)\s+)?"
                                      rf"(?:{lexicon.alternation(lexicon.SERVES_VERBS)})\s+"
                                      rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?(?:an\s+average\s+of\s+)?$", screened=True)


def _each_member_serves(seg: Segment, k: int, frames: dict[str, Frame]) -> RatioLink | None:
    """A count of members and a count of those they serve, then what each member serves: "1.21 million residents
    and 112 clinical officers, so each clinical officer serves about 10,800 people", "240 extension officers for
    96,000 smallholders, every officer covers some 400 farms". The amount is the served count over the members'
    count: the two counts are the only figures before it in its sentence, both bare counts, the members' named by
    the noun after "each", the other larger."""
    r = seg.figures[k]
    m = _EACH_MEMBER_SERVES.search(seg.before(k, 80))
    if k != 2 or m is None or not frames[r.id].is_level or r.unit:
        return None
    noun = lexicon.stem(m.group("noun"))
    counts = seg.figures[:2]
    if not all(frames[f.id].is_level and written_in_digits(f) and not f.unit for f in counts):
        return None
    members = [f for f in counts if noun in _stems(f.measure)]
    if len(members) != 1:
        return None
    served = counts[1] if members[0] is counts[0] else counts[0]
    if served.value <= max(members[0].value, r.value) or noun in _stems(served.measure):
        return None
    # what each serves is what the larger count counts ("10,800 people" of "1.21 million residents": people both),
    # not another thing in their charge ("each officer serves 12 health centres")
    served_noun = _FIRST_WORD_AFTER.match(seg.after(k, 30))
    if not written_in_digits(r) or served_noun is None or not _counted(served_noun.group(1)) & _stems(served.measure):
        return None
    return RatioLink(r, served, members[0], "a count of members and of those they serve, then what each member serves")


_FIRST_WORD_AFTER = lazy_re.compile(r"^\s*([a-z'’-]+)")
_PAIR_ANAPHOR = rf"(?:{lexicon.alternation(tuple(lexicon.PAIR_ANAPHORS))})(?:\s+(?:{lexicon.alternation(lexicon.PAIR_ANAPHOR_NOUNS)}))?"
# "the latter figure is (about)", "the second number represents": a pair anaphor, a verb of a share, a hedge
_PAIR_ANAPHOR_THEN_VERB = lazy_re.compile(rf"\bthe\s+(?P<which>{_PAIR_ANAPHOR})\s+"
                                          rf"(?:(?:{lexicon.alternation(lexicon.PAIR_SHARE_VERBS)})\s+)"
                                          rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# "... of the former", "... of the first figure"
_OF_THE_OTHER_OF_A_PAIR = lazy_re.compile(rf"^\s*(?:per\s*cent\s+|percent\s+)?of\s+the\s+(?P<which>{_PAIR_ANAPHOR})\b")


def _one_of_a_pair_of_the_other(segments: tuple[Segment, ...], i: int, k: int, frames: dict[str, Frame]) -> RatioLink | None:
    """A percentage that one of the two figures just given is of the other, each named by its place: "covered
    13,900 households and found 5,830 without piped water; the latter figure is 41.9% of the former", "4,200
    applications and 1,890 approved. The second number represents 45.0% of the first." The pair is the only two
    figures before the percentage in its sentence, or else the only two of the sentence before."""
    seg, r = segments[i], segments[i].figures[k]
    if r.unit != "percent":
        return None
    named, of = _PAIR_ANAPHOR_THEN_VERB.search(seg.before(k, 80)), _OF_THE_OTHER_OF_A_PAIR.match(seg.after(k, 40))
    if named is None or of is None:
        return None
    first, second = (lexicon.PAIR_ANAPHORS[m.group("which").split()[0].lower()] for m in (named, of))
    if first == second:
        return None
    if k == 2:
        pair = seg.figures[:2]
    elif k == 0 and i > 0 and continues(segments, i - 1, i) and len(segments[i - 1].figures) == 2:
        pair = segments[i - 1].figures
    else:
        return None
    if not all(frames[f.id].is_level and written_in_digits(f) for f in pair) or not same_unit(*pair):
        return None
    return RatioLink(r, pair[first], pair[second], "a percentage one of a pair is of the other, each named by its place")


def remainders_in_the_next_sentence(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                    parts: list[PartsLink]) -> list[PartsLink]:
    """`parts`, with a list completed by the remainder the next sentence names: "Of the 960 fires,
    lightning caused 212, campfires 318 and arson 147. The causes of the other 233 are unknown." The
    remainder is the one figure of the whole's unit after "the other" or "the remaining" in the next
    sentence of the passage; with it the parts make up the whole."""
    out = []
    for link in parts:
        out.append(_with_the_other_next(link, segments, frames) or link)
    return out


def _with_the_other_next(link: PartsLink, segments: tuple[Segment, ...], frames: dict[str, Frame]) -> PartsLink | None:
    """`link` completed by "the other N" of the next sentence (see `remainders_in_the_next_sentence`), or None."""
    # the parts' sentence, which the whole's is or comes before ("The firm employs 4,300 staff. Of them, 2,900 work in
    # sales. The remaining 1,400 are in support roles.")
    w = frames[link.whole.id].segment
    told = link.parts
    if len(told) >= 2 and frames[told[-1].id].segment == frames[told[-2].id].segment + 1 and not link.signs:
        # a reading that already took the next sentence's one figure as one more part ("Of these, 5,100 were container
        # ships. The rest, 3,512, were bulk carriers."): when the words name it what is left, it completes the others
        told = told[:-1]
    i = frames[told[-1].id].segment if told else w
    if link.exhaustive or link.share is not None or i + 1 >= len(segments) or i < w \
            or any(frames[p.id].segment != i for p in told) or not continues(segments, i, i + 1):
        return None
    after = segments[i + 1]
    of_unit = [(k, f) for k, f in enumerate(after.figures) if same_unit(f, link.whole)]
    # ("The other 233 fires in neighbouring states are not counted here": of another whole)
    if len(of_unit) != 1 or _NOT_COUNTED.search(after.skeleton):
        return None
    k, rest = of_unit[0]
    if told is not link.parts and rest is not link.parts[-1]:
        return None
    if not (frames[rest.id].is_level and written_in_digits(rest) and _THE_OTHER_BEFORE.search(after.before(k, 30))
            and not _ELSEWHERE_AFTER.match(after.after(k, 60))):
        return None
    if w > 0 and continues(segments, w - 1, w) and any(
            same_unit(f, link.whole) and frames[f.id].is_level and f.value > link.whole.value
            for f in segments[w - 1].figures):
        # "Spending came to 94.7 billion. Old-age pensions took 81.2 billion, of which 3.9 billion were
        # supplements. Disability pensions made up the remaining 13.5 billion": when the whole split is
        # itself a part of a larger total just told, "the remaining" may be the rest of either
        return None
    return replace(link, parts=(*told, rest), exhaustive=True,
                   grammar=link.grammar + ", and 'the other' in the next sentence")


def sums_written_with_plus(seg: Segment, frames: dict[str, Frame]) -> list[PartsLink]:
    """Amounts joined by "plus", then a verb that sets the result at a level: "Rp 14.2 trillion from the state
    budget, plus Rp 3.9 trillion from regional budgets, puts first-year funding at Rp 18.1 trillion", "A plus B
    brings the total to T", "A plus B gives T". The sentence does the sum itself: the amounts make up the level."""
    out = []
    k = 0
    n = len(seg.figures)
    while k < n - 2:
        j = k
        while j + 1 < n and _PLUS_GLUE.match(seg.between(j, j + 1)):
            j += 1
        if j > k and j + 1 < n and _SETS_THE_SUM_AT.match(seg.between(j, j + 1)):
            parts, whole = seg.figures[k:j + 1], seg.figures[j + 1]
            if all(same_unit(f, whole) and frames[f.id].role in (Role.LEVEL, Role.CHANGE) and written_in_digits(f)
                   and not f.qualifier for f in (*parts, whole)) and frames[whole.id].role is Role.LEVEL:
                out.append(PartsLink(whole, tuple(parts), True, "amounts joined by 'plus', then a verb that puts "
                                                                "their sum at a level"))
        k = j + 1
    return out


# between two amounts of a sum: "from the state budget, plus ", " plus "
_PLUS_GLUE = lazy_re.compile(r"^[^#;:.]{0,50}?,?\s+plus\s+$")
# after the last amount: "from regional budgets, puts first-year funding for the programme at ", " brings the total to "
_SETS_THE_SUM_AT = lazy_re.compile(r"^[^#;:.]{0,50}?,?\s+(?:puts|put|putting|brings|brought|bringing|takes|took|taking|"
                                   r"gives|gave|giving|makes|made|making)\s+[^#;:.]{0,80}?\s(?:at|to)\s+"
                                   r"(?:(?:a|an|the)\s+(?:total|sum)\s+of\s+)?$|"
                                   r"^[^#;:.]{0,50}?,?\s+(?:gives|gave|makes|made|equals|equalled)\s+(?:a\s+total\s+of\s+)?$")


def parts_of_a_whole_named_all_of_it(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                     parts: list[PartsLink]) -> list[PartsLink]:
    """A level named all there is of its noun ("the full fleet registered with the transport office is 3,117", "the
    entire workforce numbers 8,240"), and the one other level of its unit that an earlier clause of its sentence, or
    the sentence before in the passage, states of that noun ("Counting only those with a valid licence, 3,604 taxis
    operate in the city; ..."): the count is within the whole, whatever else the words say of it. The noun must agree:
    the count's own noun is the whole's (or the one after the whole's figure), or the whole is a body of things (a
    fleet, a workforce) and its figure names no noun of its own. Not a level of another period, nor one set against
    another ("than", "against")."""
    placed = {f.id for link in parts for f in (link.whole, *link.parts)}
    out = []
    for i, seg in enumerate(segments):
        for w, whole in enumerate(seg.figures):
            named = _ALL_OF_IT_BEFORE.search(seg.before(w, 120))
            if named is None or whole.id in placed or not frames[whole.id].is_level or whole.qualifier \
                    or not written_in_digits(whole) or frames[whole.id].modality != "stated":
                continue
            earlier = [(seg, k) for k in range(w) if same_unit(seg.figures[k], whole)]
            if not earlier and i > 0 and continues(segments, i - 1, i) and not segments[i - 1].is_table_row:
                earlier = [(segments[i - 1], k) for k, f in enumerate(segments[i - 1].figures) if same_unit(f, whole)]
            if len(earlier) != 1 or any(same_unit(f, whole) for f in seg.figures[w + 1:]):
                continue  # (one count only: with two, which is the part is not said)
            where, k = earlier[0]
            part = where.figures[k]
            between = SLOT.sub(" ", where.after(k, 200) if where is not seg else seg.between(k, w))
            if part.id in placed or not frames[part.id].is_level or not written_in_digits(part) \
                    or frames[part.id].modality != "stated" or part.period != whole.period \
                    or _LEVEL_AGAINST_BASE.search(between) or _OLD_MARK_BEFORE.search(where.before(k, 60)):
                continue
            if not _counts_of_the_whole(where, k, seg, w, named.group("noun")):
                continue
            out.append(PartsLink(whole, (part,), False, "a level named all there is of its noun ('the full fleet'), "
                                 "and the one count of that noun before it"))
            placed.update((whole.id, part.id))
    return out


def _counts_of_the_whole(where: Segment, k: int, seg: Segment, w: int, noun: str) -> bool:
    """Whether the count at slot k of `where` counts what the whole at slot w of `seg` is all of: its noun (one of
    the two words after its figure) is the whole's noun or the noun after the whole's figure, or the whole is a body
    of things whose figure names no noun ("the full fleet ... is 3,117")."""
    part_nouns = {lexicon.fold(x) for x in _WORD.findall(" ".join(where.after(k, 40).split()[:2]))}
    after_whole = _WORD.findall(" ".join(seg.after(w, 30).split()[:1]))
    wanted = {lexicon.fold(noun)} | ({lexicon.fold(after_whole[0])} if after_whole else set())
    if part_nouns & wanted:
        return True
    # (a body of things, against a count its words restrict to some of them: "Counting only those with a valid
    # licence, 3,604 taxis ...", "Of the city's taxis, 3,604 ..."; not "3,604 passengers used the taxis")
    clause = _CLAUSE_OR_SENTENCE_END.split(where.before(k, 120))[-1]
    return noun in lexicon.COLLECTIVE_NOUNS and not (after_whole and after_whole[0] not in _WORDS_AFTER_A_BARE_FIGURE) \
        and _RESTRICTED.search(clause) is not None


_CLAUSE_OR_SENTENCE_END = lazy_re.compile(r"[;.:!?]")
_RESTRICTED = lazy_re.compile(r"\b(?:only|just|merely|those|of\s+the|among\s+the|out\s+of\s+the)\b")
# "the full fleet registered with the transport office is ", "the entire workforce numbers "
_ALL_OF_IT_BEFORE = lazy_re.compile(
    rf"\bthe\s+(?:{lexicon.alternation(lexicon.ALL_OF_IT_ADJECTIVES)})\s+(?P<noun>[a-z'’-]+)\b[^#;.:!?]{{0,80}}?\s"
    r"(?:is|was|are|were|stands\s+at|stood\s+at|numbers|numbered|comes\s+to|came\s+to|totals|totalled|totaled|"
    r"amounts\s+to|amounted\s+to)\s+$")
# words that may follow a figure that names no noun of its own: "is 3,117.", "is 3,117, the office says"
_WORDS_AFTER_A_BARE_FIGURE = frozenset({"the", "a", "and", "but", "while", "according", "in", "at", "as", "on", "by",
                                        "up", "down", "this", "that", "last", "so", "its"})


def parts_asked_of_a_whole(segments: tuple[Segment, ...], frames: dict[str, Frame],
                           parts: list[PartsLink]) -> list[PartsLink]:
    """A question that asks how many of a whole ("How many of Lusaka's 2,906 registered boreholes were tested last
    year?", "Of the 2,906 boreholes, how many were tested?"), then the answer the next sentence opens on ("Just
    3,142, the regulator said", "The answer is 3,142"): the answer is a part of the whole the question names."""
    placed = {f.id for link in parts for f in link.parts}
    out = []
    for i, seg in enumerate(segments[:-1]):
        answer_seg = segments[i + 1]
        if not seg.figures or not answer_seg.figures or not _ASKED.search(seg.skeleton) \
                or not seg.skeleton.rstrip().endswith("?") or not continues(segments, i, i + 1):
            continue
        wholes = [w for w, f in enumerate(seg.figures) if frames[f.id].is_level and written_in_digits(f)
                  and (_HOW_MANY_OF_BEFORE.search(seg.before(w, 60)) or _OF_THE_BEFORE_A_QUESTION.match(seg.before(w, 60))
                       and _ASKED.search(seg.after(w, 120)))]
        if len(wholes) != 1:
            continue
        whole = seg.figures[wholes[0]]
        answer = answer_seg.figures[0]
        if answer.id in placed or not same_unit(answer, whole) or not frames[answer.id].is_level \
                or not written_in_digits(answer) or not _ANSWER_OPENS.match(answer_seg.before(0, 60)):
            continue
        out.append(PartsLink(whole, (answer,), False, "a question asking how many of a whole, then the answer the "
                             "next sentence opens on"))
    return out


_ASKED = lazy_re.compile(r"\bhow\s+many\b", re.I)
# "how many of the ", "how many of Lusaka's ", "how many of the county's "
_WHOSE_WHOLE = r"(?:(?:the|all|its|their)\s+)?(?:[a-z'’-]+['’]s\s+)?"
_HOW_MANY_OF_BEFORE = lazy_re.compile(rf"\bhow\s+many\s+(?:of|among|out\s+of)\s+{_WHOSE_WHOLE}$", re.I)
_OF_THE_BEFORE_A_QUESTION = lazy_re.compile(rf"^\W*(?:of|out\s+of|among)\s+{_WHOSE_WHOLE}$", re.I)
# the words an answer may open on before its figure: "Just ", "Only some ", "The answer is ", "Answer: "
_ANSWER_OPENS = lazy_re.compile(r"^\W*(?:(?:the\s+)?answer(?:\s+is|\s*:)\s*)?(?:just|only|barely|merely|some|about|"
                                r"around|nearly|almost|roughly)?\s*(?:some\s+|about\s+)?$", re.I)


def _may_sort(member: Figure, whole: Figure, frames: dict[str, Frame]) -> bool:
    """Whether a level may be a category of a level before it: it names no flow the whole does not ("imports", then
    "By product, exports of oil came to ..."), and a count counts the whole's noun, a group of people, or nothing
    of its own ("By type, 5,103 crew members ..." after "8,412 vessels" counts another thing)."""
    flows = _flows_named(member.measure)
    if flows and flows.isdisjoint(_flows_named(whole.measure)):
        return False
    head = frames[member.id].head
    return member.kind is not Kind.COUNT or head in ("", frames[whole.id].head) or head in lexicon.GROUP_WORDS \
        or head in lexicon.POPULATION_GROUP_MODIFIERS


def _flows_named(measure: str) -> set[str]:
    """The flows (lexicon.FLOW_FAMILIES) a measure's words name: {"export"} for "exports of flat products"."""
    return {lexicon.FLOW_OF_WORD[w] for w in lexicon.folded_words(measure) if w in lexicon.FLOW_OF_WORD}


def breakdowns_of_a_level_before(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                 parts: list[PartsLink]) -> list[PartsLink]:
    """One level, then its members' or parts' levels of its unit in the next clause (after a semicolon) or the
    next sentence of the passage, where the words say the level is all of them together: a level the members
    reached "between them" or "together" ("Between them, Tanger Med and Casablanca handled 148.6 million
    tonnes. Tanger Med alone handled 118.4 million tonnes; Casablanca, 30.2 million"), as many as a count or
    an "A and B" before the level names; or a list opened by an anaphor of division ("The allocation is
    €2.41bn. How it is divided: €1.12bn - roads; €0.87bn - public transport; ..."). The parts make it up.
    Figures another reading placed are left to it."""
    placed = {f.id for link in parts for f in (link.whole, *link.parts)}
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        wholes = [w for w, f in enumerate(seg.figures) if frames[f.id].is_level and written_in_digits(f)
                  and f.id not in placed and frames[f.id].modality == "stated"]
        for w in wholes:
            whole = seg.figures[w]
            rest = seg.after(w, 400)
            semicolon = rest.find(";")
            if 0 <= semicolon and not SLOT.search(rest[:semicolon]) and ". " not in rest[:semicolon]:
                where, first, opening = seg, w + 1, rest[semicolon + 1:]
            elif i + 1 < len(segments) and not any(same_unit(f, whole) for f in seg.figures[w + 1:]) \
                    and continues(segments, i, i + 1) and not segments[i + 1].is_table_row:
                where, first, opening = segments[i + 1], 0, segments[i + 1].skeleton
            else:
                continue
            listed = [f for f in where.figures[first:] if same_unit(f, whole) or _unit_left_out(where, f, whole)]
            if len(listed) < 2 or len(listed) != len(where.figures[first:]) \
                    or any(f.id in placed or not frames[f.id].is_level or f.qualifier or f.period != whole.period
                           and f.period and whole.period for f in listed):
                continue
            slots = [where.slot_of(f) for f in listed]
            if any(not _ITEMS_JOINED.search(where.between(a, b)) or _COMPARED_LEAD.search(where.between(a, b))
                   for a, b in zip(slots, slots[1:])):
                continue
            if _DIVISION_OPENS.match(opening) and len(wholes) == 1:
                grammar = "a level, then a list its anaphor of division opens: how it is divided"
            else:
                joint = _JOINT_BEFORE.search(seg.before(w, 120))
                if joint is None:
                    continue
                named = seg.before(w, 120)[joint.end():]
                counts = [f for f in seg.figures[:w] if f.value == len(listed) and not f.unit]
                pair = len(listed) == 2 and _TWO_NAMED.search(named) is not None
                if not counts and not pair:
                    continue
                grammar = "a level reached 'between them', then each member's level"
            out.append(PartsLink(whole, tuple(listed), True, grammar))
            placed.update(f.id for f in (whole, *listed))
    return out


def _unit_left_out(seg: Segment, f: Figure, whole: Figure) -> bool:
    """Whether a bare amount of a list leaves out the unit of the level it is listed under, written with the same
    scale word and no noun after it: "handled 148.6 million tonnes. ... Casablanca, 30.2 million."."""
    scale = _SCALE_WRITTEN.search(whole.text)
    return bool(whole.unit) and not f.unit and f.kind is Kind.COUNT and scale is not None \
        and f.text.lower().endswith(scale.group().lstrip("0123456789 ").lower()) \
        and bool(_NO_NOUN_AFTER.match(seg.after(seg.slot_of(f), 10)))


_NO_NOUN_AFTER = lazy_re.compile(r"^\s*(?:[,;.)]|$|and\b)")
# the members' joint level: "Between them, ...", "Together, the two ports ..." (before the level, in its sentence)
_JOINT_BEFORE = lazy_re.compile(r"\b(?:between\s+them|together|combined|jointly|collectively)\b")
# two members named, "A and B", before the level's verb
_TWO_NAMED = lazy_re.compile(r"\b[a-z][a-z'’-]*\s+and\s+[a-z][a-z'’-]*\b")
# a sentence or clause that opens on how the level before is divided: "How it is divided:", "It is split as
# follows:", "This breaks down as follows:"
_DIVISION_OPENS = lazy_re.compile(r"^\W*(?:how\s+(?:it|this|that|the\s+[a-z]+)\s+(?:is|was|will\s+be)\s+|"
                                  r"(?:it|this|that)\s+(?:is\s+|was\s+)?)(?:divided|split|spent|allocated|shared|"
                                  r"broken\s+down|breaks\s+down|broke\s+down)(?:\s+as\s+follows|\s+like\s+this)?\s*:")


def breakdowns_after_a_total(segments: tuple[Segment, ...], frames: dict[str, Frame],
                             parts: list[PartsLink]) -> list[PartsLink]:
    """A level the words call a total ("24 fatal accidents in all", "a total of 410 derailments"), then, after a
    semicolon or in the next sentence of the passage (of the same segment when that sentence opens on a count), a
    list of levels of its unit, period and noun that the words set side by side and compare with nothing: "The
    agency recorded 24 fatal accidents in all in 2022. 15 accidents involved passenger flights and 7 involved cargo
    flights." Each is within the total; the list is not said to exhaust it, and its items may overlap ("women" and
    "under 25") unless one verb and preposition sort them: then together they are no more than it, else their sum
    above it is only a question. Figures another reading placed are left to it."""
    placed = {f.id for link in parts for f in (link.whole, *link.parts)}
    out = []
    for i, seg in enumerate(segments):
        for w, whole in enumerate(seg.figures):
            frame = frames[whole.id]
            if whole.id in placed or not frame.is_level or not written_in_digits(whole) \
                    or not (_CALLED_TOTAL_AFTER.match(seg.after(w, 60)) or _CALLED_TOTAL_BEFORE.search(seg.before(w, 30))):
                continue
            # the list: after the total's clause ends at a semicolon, or the next sentence of the passage
            rest = seg.after(w, 400)
            boundary = _TOTAL_CLAUSE_END.search(rest)
            # (a sentence that opens on a count is no segment of its own: "... in all in 2022. 15 accidents ...")
            if boundary is not None and not SLOT.search(rest[:boundary.start()]):
                where, first = seg, w + 1
            elif i + 1 < len(segments) and SLOT.search(rest) is None and continues(segments, i, i + 1):
                where, first = segments[i + 1], 0
            else:
                continue  # (another figure before the clause ends: the words go on about the total)
            found = _listed_after_a_total(where, first, frame, frames, placed)
            if found:
                out.append(PartsLink(whole, tuple(found), False, "a level called a total, then a list of levels of "
                                     "its unit and noun after a semicolon or in the next sentence",
                                     disjoint=_one_verb_one_preposition(where, found)))
                placed.update(f.id for f in (whole, *found))
    return out


def _listed_after_a_total(seg: Segment, first: int, whole: Frame, frames: dict[str, Frame],
                          placed: set[str]) -> list[Figure]:
    """The levels of `seg` from slot `first` on that list parts of `whole` (see `breakdowns_after_a_total`), or
    none: every figure of the whole's unit there a level of its period not placed yet, each of the whole's noun
    or of none, the first in digits, two or more, joined as a list and compared with nothing."""
    of_unit = [k for k in range(first, len(seg.figures)) if same_unit(seg.figures[k], whole.figure)]
    if len(of_unit) < 2:
        return []
    found = []
    verb = _verb_after(seg, of_unit[0], whole.head)
    for n, k in enumerate(of_unit):
        f = seg.figures[k]
        frame = frames[f.id]
        # ("15 accidents involved passenger flights and 7 involved cargo flights": a later item may leave the
        # whole's noun out before the first item's verb)
        if f.id in placed or not frame.is_level or f.period != whole.figure.period \
                or frame.head not in ("", whole.head) and not (n and verb and _verb_after(seg, k, whole.head) == verb) \
                or n == 0 and (not written_in_digits(f) or frame.head != whole.head) \
                or n > 0 and (not _ITEMS_JOINED.search(seg.between(of_unit[n - 1], k))
                              or _NOT_A_BREAKDOWN.search(seg.between(of_unit[n - 1], k))):
            return []
        found.append(f)
    lead = seg.skeleton[seg.slots[first - 1][1] if first else 0:seg.slots[of_unit[0]][0]]
    lead = _TOTAL_CLAUSE_END.split(lead)[-1]  # (the list's own clause: after the total's ends)
    if _COMPARED_LEAD.search(lead) or _COMPARED_LEAD.search(seg.after(of_unit[-1], 60).split(";")[0]):
        return []  # ("; the year before, 380 ..."; "... and 190 on main lines, against 170 in 2021")
    if "," in lead or _SCOPE_LEAD.search(lead):
        return []  # ("In the capital, 1,210 operations ...", "Across Europe, 150 accidents ...": of another scope)
    return found


def kinds_listed_after_a_bare_whole(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                   parts: list[PartsLink]) -> list[PartsLink]:
    """A level of a bare noun ("which led to 5,449 transplants"), then, a few sentences on in the passage, a list
    of levels of that noun each narrowed by a word before it: "3,423 kidney transplants, 1,277 liver transplants
    and 300 heart transplants". Each kind is within the bare level when no period the words state sets them
    apart, no level of a kind of the noun stands between them (else the list may break that one down) and the
    list's sentence opens on no place or group of its own ("Across the European Union, ..."). The words neither
    say the list is the whole breakdown nor that the bare level is of the same scope: doubtful."""
    placed = {f.id for link in parts for f in (link.whole, *link.parts)}
    out = []
    for i, seg in enumerate(segments):
        listed = _kinds_listed(seg, frames, placed)
        if not listed:
            continue
        head = frames[listed[0].id].head
        whole = None
        for j in range(i, max(-1, i - _KIND_LIST_REACH - 1), -1):
            if j < i and not (continues(segments, j, j + 1) or segments[j + 1].paragraph - segments[j].paragraph == 1):
                break  # (the passage of the list, or the paragraph before it)
            before = [f for f in segments[j].figures if (j < i or f.span.start < listed[0].span.start)
                      and same_unit(f, listed[0]) and frames[f.id].is_level and frames[f.id].head == head]
            if any(_narrowed_words(f.measure, head) for f in before[-1:]):
                break  # a kind of the noun between: the list may break that down
            if before:
                whole = before[-1]
                break
        if whole is None or whole.id in placed or not written_in_digits(whole) or _narrowed_words(whole.measure, head) \
                or _opens_on_a_scope(seg) and frames[whole.id].segment != i \
                or not all(f.period == whole.period or not whole.period or f.period_source != "stated"
                           and whole.period_source != "stated" for f in listed):
            continue
        out.append(PartsLink(whole, tuple(listed), False, "a level of a bare noun, then a list of levels of kinds of "
                             "that noun a few sentences on", disjoint=True, sure=False))
        placed.update(f.id for f in (whole, *listed))
    return out


def _kinds_listed(seg: Segment, frames: dict[str, Frame], placed: set[str]) -> list[Figure]:
    """The levels of `seg` listed one after another, each of one head noun narrowed by a word of its own before it
    ("3,423 kidney transplants, 1,277 liver transplants and 300 heart transplants"), or none."""
    for k, f in enumerate(seg.figures):
        head = frames[f.id].head
        if not head or f.id in placed or not frames[f.id].is_level or not written_in_digits(f):
            continue
        run = [f]
        for nxt in range(k + 1, len(seg.figures)):
            g = seg.figures[nxt]
            if frames[g.id].head != head or g.id in placed or not frames[g.id].is_level \
                    or not same_unit(f, g) or not _KIND_LIST_GLUE.match(seg.between(nxt - 1, nxt)):
                break
            run.append(g)
        kinds = [_narrowed_words(g.measure, head) for g in run]
        if len(run) >= 3 and all(kinds) and len(set(kinds)) == len(kinds):
            return run
        if len(run) > 1:
            return []  # (the first list of the sentence only)
    return []


def _narrowed_words(measure: str, head: str) -> str:
    """The words of a measure before its head noun that name a kind of it: "kidney" in "kidney transplants"."""
    words = [w for w in measure.lower().split() if w not in _NOT_A_KIND_WORD]
    folded = [lexicon.fold(w) for w in words]
    return " ".join(words[:folded.index(head)]) if head in folded else ""


_KIND_LIST_REACH = 4  # sentences back from the list to its bare level
# between two items of a list of kinds: the first item's noun, then a comma or "and"
_KIND_LIST_GLUE = lazy_re.compile(r"^\s+[a-z'’-]+(?:\s+[a-z'’-]+){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_NOT_A_KIND_WORD = frozenset({"total", "all", "the", "overall", "combined", "new", "some", "about", "nearly",
                              "almost", "more", "than", "over", "around", "roughly"})


def _scope_not_told_in(seg: Segment, other: Segment) -> bool:
    """Whether a sentence opens on a place or group ("In the northern region, ...") that the other sentence does not
    name: their figures are of two scopes."""
    fronted = _FRONTED_SCOPE.match(seg.skeleton)
    return fronted is not None and fronted.group("scope") not in ("all", "total") \
        and not set(_WORD.findall(fronted.group("scope"))) <= set(_WORD.findall(other.skeleton))


def _opens_on_a_scope(seg: Segment) -> bool:
    """Whether a sentence opens on a place or group of its own: "Across the European Union, surgeons ..." (not "In
    all, ...")."""
    fronted = _FRONTED_SCOPE.match(seg.skeleton)
    return fronted is not None and fronted.group("scope") not in ("all", "total")


def _verb_after(seg: Segment, k: int, noun: str) -> str:
    """The first word after figure k and the noun it counts, if that noun is `noun`: "involved" in "15 accidents
    involved ..." and in "7 involved ..."."""
    words = _TWO_WORDS_AFTER.match(seg.after(k, 60))
    if words is None:
        return ""
    first, second = words.group("first"), words.group("second") or ""
    return second if lexicon.fold(first) == noun else first


_TWO_WORDS_AFTER = lazy_re.compile(r"^\s+(?P<first>[a-z'’-]+)(?:\s+(?P<second>[a-z'’-]+))?")
# a level the words call a total: "24 fatal accidents in all", "410 derailments in total last year", "a total of 410"
_CALLED_TOTAL_AFTER = lazy_re.compile(r"^(?:\s+[a-z'’-]+){0,3}?\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b")
_CALLED_TOTAL_BEFORE = lazy_re.compile(r"\b(?:a|the)\s+total\s+of\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$")
_TOTAL_CLAUSE_END = lazy_re.compile(r";|\.\s")
# words before a list that narrow or move its scope away from the total's: a place, a group, a fronted phrase
_SCOPE_LEAD = lazy_re.compile(r"\b(?:in|across|among|within|at|outside|for|abroad|overseas|nationally|nationwide|"
                              r"worldwide|globally|elsewhere|separately|meanwhile)\b")
_ITEMS_JOINED = lazy_re.compile(r"\band\b|,|;|\bwhile\b|\bwhereas\b")
_COMPARED_LEAD = lazy_re.compile(r"\b(?:than|from|against|compared|versus|of\s+(?:which|whom|these|them|those|this)|"
                                 r"among|including|earlier|before|ago|previous|more|fewer|less)\b")


# "the other 233", "the remaining 1,400", or a noun of what is left with the amount in apposition: "the rest, 3,500,"
_THE_OTHER_BEFORE = lazy_re.compile(rf"\b(?:the|its|their)\s+(?:(?:other|remaining)\s+|"
                                    rf"(?:{lexicon.alternation(lexicon.REMAINDER_NOUNS)})\s*[,(]\s*)$")
# (a verb of being before "in" makes it the remainder's predicate, no place narrowing it: "The remaining 1,400 are in
# support roles")
_ELSEWHERE_AFTER = lazy_re.compile(r"^\s*(?:(?!(?:is|are|was|were)\b)[a-z'’-]+\s+)?(?:in|outside|across|from|at|elsewhere|abroad|overseas)\b")
_NOT_COUNTED = lazy_re.compile(r"\b(?:not|excluded|excluding|outside)\b")


def _fraction_of_a_whole(seg: Segment, k: int, frames: dict[str, Frame]) -> RatioLink | None:
    """A fraction in words of a whole, and the part it comes to in apposition: "Half of the 8,600 new
    teachers, some 4,300, went to rural schools". The part over the whole is the fraction."""
    r = seg.figures[k]
    if frames[r.id].role is not Role.RATIO or not 0 < r.value < 1 or written_in_digits(r):
        return None
    if k >= 2 and (_PART_OF_WHOLE.match(seg.between(k - 2, k - 1)) or _OUT_OF.match(seg.between(k - 2, k - 1))) \
            and _WHOLE_THEN_APPOSED_PART.match(seg.between(k - 1, k)) \
            and _APPOSITION_CLOSES.match(seg.after(k, 40)):
        # "Some 640 out of 2,100 incidents, nearly a third, happened at night": a part of its whole, then the fraction
        part, whole = seg.figures[k - 2], seg.figures[k - 1]
        if frames[part.id].is_level and frames[whole.id].is_level and same_unit(part, whole) \
                and written_in_digits(part) and written_in_digits(whole) and part.value < whole.value:
            # (a hedged fraction, "nearly a third", says only roughly how near: a gap is a question)
            return RatioLink(r, part, whole, "a part of its whole, then in apposition a fraction in words",
                             certain=not r.qualifier)
        return None
    if 0 < k < len(seg.figures) - 1 and _PART_THEN_APPOSED_FRACTION.match(seg.between(k - 1, k)) \
            and _FRACTION_OF_A_NAMED_WHOLE.match(seg.between(k, k + 1)):
        # the part first: "2.9 million people attended, roughly one in eight of the country's 23.5 million adults"
        part, whole = seg.figures[k - 1], seg.figures[k + 1]
        if frames[part.id].is_level and frames[whole.id].is_level and same_unit(part, whole) \
                and written_in_digits(part) and written_in_digits(whole) and part.value < whole.value:
            return RatioLink(r, part, whole, "a part, then in apposition a fraction in words of a whole",
                             certain=not r.qualifier)
        return None
    if not (k + 2 < len(seg.figures) and _PART_OF_THE_WHOLE.match(seg.between(k, k + 1))
            and _WHOLE_THEN_APPOSED_PART.match(seg.between(k + 1, k + 2)) and _APPOSITION_CLOSES.match(seg.after(k + 2, 40))):
        return None
    whole, part = seg.figures[k + 1], seg.figures[k + 2]
    if not (frames[part.id].is_level and frames[whole.id].is_level and same_unit(part, whole) and written_in_digits(part)
            and written_in_digits(whole) and part.value < whole.value):
        return None
    # (a hedged fraction, "about a third", says only roughly how near, as above)
    return RatioLink(r, part, whole, "a fraction in words of a whole, and the part it comes to", certain=not r.qualifier)



# a verb of change, then the average it moved by: "fell by an average of 15,000 per month", "grew on average 2,000 a week"
_AVERAGE_MOVE_BEFORE = lazy_re.compile(rf"\b(?:{cues.words(cues.RISE_VERBS)}|{cues.words(cues.FALL_VERBS)})\s+(?:by\s+)?"
                                       r"(?:an\s+average\s+of|on\s+average(?:\s+by)?|an\s+average)\s+(?:about\s+|some\s+)?$")


def averages_over_a_span(segments: tuple[Segment, ...], frames: dict[str, Frame]) -> list[SpanAverageLink]:
    """An average per day, week or month ("an average of 34 a day", "average daily ridership was 412,000")
    and the one total of its unit in its sentence or the one before, over a span the sentence gives: a
    duration figure ("a month of 30 days") or a year ("over the year", "in 2023": 365 or 366 days, 52
    weeks, 12 months). The total is the average times the count of days (weeks, months) in the span."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, average in enumerate(seg.figures):
            frame = frames[average.id]
            if not frame.is_level or average.kind is Kind.PERCENT:
                continue
            after = _PER_TIME_AFTER.match(seg.after(k, 30))
            said_before = seg.before(k, 50).rsplit("#", 1)[-1]
            daily = _PER_TIME_WORD.search(average.measure.lower() + " " + said_before)
            # "an average of 34 a day"; or a total restated as a rate: "1,450 tonnes in March, or 58 tonnes a day"
            restated = bool(after) and bool(_PER_TIME_RESTATED.search(said_before))
            # ... or a rate per year over a span of years its sentence counts: "3.4 million a year were issued during
            # the previous 17 years, out of a total of 55 million" (a yearly rate over years is their average)
            over_years = bool(after) and after.group("per") == "year" and any(
                frames[f.id].role is Role.DURATION and f.unit == "year" for f in seg.figures)
            if not (after or daily) or not (_AVERAGE_WORD.search(said_before + " " + average.measure.lower()) or restated
                                            or over_years):
                continue
            if after and after.group("per") == "year" and not over_years:
                continue  # ("an average of 3,100 a year": over how many years, only a count of years says)
            if after and _COMPARED_AFTER_RATE.match(seg.after(k, 60)):
                continue  # "58 tonnes a day more than in February": a gap, not a rate of the total
            if _PER_MEMBER_AFTER.match(seg.after(k, 30)) or _per_member_named(said_before) \
                    or _per_member_named(average.measure.lower()):
                continue  # "spent more on an average daily basis ($277 per person)": an average per member and
                # per day, whose total is the members' total, not the days' share of the whole amount
            if _AVERAGE_MOVE_BEFORE.search(seg.before(k, 60)):
                continue  # "368,000 people were unemployed. Over the past three months, the number of unemployed fell by an
                # average of 15,000 per month": an average change, whose total is the change over the span, not a level
            if average.kind is Kind.MONEY and any(f.kind is Kind.COUNT and frames[f.id].is_level and not same_unit(f, average)
                                                  for f in seg.figures):
                continue  # "8 million tourists came, spent 8,195 million euros, with the average daily expenditure
                # 163 euros": an amount per day beside a head count may be per head and per day, not the span's share
            per = after.group("per") if after else _PER_TIME_UNIT[daily.group(0)]
            if sum(1 for j in range(len(seg.figures)) if _PER_TIME_AFTER.match(seg.after(j, 30))) > 1 \
                    or _GROUP_AFTER_AVERAGE.match(seg.after(k, 60)):
                continue  # "an average of 3,300 a day, against 2,900 a day in 2023", "5,800 a day on weekdays": which one?
            def totals_in(place: Segment) -> list[Figure]:
                # (a level its own measure calls an average is none: "average monthly net salary was 3,698 lei, ...
                # the highest in information technology, of 8,940 lei" gives two averages, one of a group)
                return [f for f in place.figures if f is not average and frames[f.id].is_level
                        and same_unit(f, average) and f.value > average.value and written_in_digits(f)
                        and not _PER_TIME_AFTER.match(place.after(place.slot_of(f), 30))
                        and not _AVERAGE_WORD.search(f.measure.lower())]
            # the sentence's own total, else the one of the sentence before
            totals = totals_in(seg) or (totals_in(segments[i - 1]) if i and continues(segments, i - 1, i) else [])
            if len(totals) != 1:
                continue
            if totals[0].period and average.period and totals[0].period != average.period:
                continue  # "exported 197.4 million barrels in the first nine months of this year. Daily average
                # production in 2003 was 819,500 barrels": a total of another time is not the average's
            count, span = _span_count(seg, frames, per, average)
            if not count and not span and totals[0].period_source in _NEAR_PERIOD \
                    and average.period in ("", totals[0].period):
                # the span the total's own period gives: "in March 2023", "in the first quarter of 2022"
                count, span = _count_in_period(totals[0].period, per), totals[0].period
            if count:
                out.append(SpanAverageLink(average, totals[0], count, per, span,
                                           "an average per day, week or month, the total and the length of its span"))
    return out


def _span_count(seg: Segment, frames: dict[str, Frame], per: str, average: Figure) -> tuple[int, str]:
    """How many days (weeks, months) the span of `seg` holds, and the words that give it; (0, "") if unknown."""
    durations = [f for f in seg.figures if frames[f.id].role is Role.DURATION and f.unit in ("day", "week", "month", "year")]
    if len(durations) == 1 and durations[0].unit == per and durations[0].value == int(durations[0].value):
        return int(durations[0].value), durations[0].text
    if durations or per == "year":
        return 0, "durations"
    # a span written as a compound before its noun, which the figures leave out: "over the 30-day festival",
    # "during the two-week strike" (not a rolling average's window: "the 7-day average")
    compounds = _SPAN_COMPOUND.findall(seg.skeleton)
    if compounds:
        if len(compounds) != 1 or compounds[0][1] != per:
            return 0, "durations"
        n, unit = compounds[0]
        count = int(n) if n.isdigit() else _SPAN_NUMBER_WORDS.index(n) + 1
        return (count, f"{n}-{unit}") if count > 1 else (0, "durations")
    year = _OVER_THE_YEAR.search(seg.skeleton)
    if year is None:
        return 0, ""
    leap = average.period[:4].isdigit() and calendar.isleap(int(average.period[:4])) and len(average.period) == 4
    return {"day": 366 if leap else 365, "week": 52, "month": 12}[per], year.group(0).strip()


# right after an average, "per" and a noun that is no unit of time ("$277 per person", "180 kWh per household", "a
# head"): an average over members, not over the days of a span
_PER_MEMBER_AFTER = lazy_re.compile(r"\s*(?:per\s+(?!(?:day|week|month|year|annum|hour|night|quarter)\b)[a-z]"
                                    r"|a\s+head\b|each\b(?!\s+(?:day|week|month|year|night)\b))", re.I)
# (a verb may stand between: "Tk 2,141 crore changed hands each day"; "a day earlier" is a time, no rate)
_PER_TIME_AFTER = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,3}?(?:a|per|each|every)\s+(?P<per>day|week|month|year)\b"
                                  r"(?!\s+(?:earlier|later|before|after|ago)\b)")
# ", or 58 tonnes a day", ", about 420 a week", "That works out at 34 arrests a day": a rate in apposition to the
# total (after a comma, a dash or an opening bracket: "last year — 1,200 a day —", "in 2023 (about 250 a day)"), or
# opening the next sentence
_PER_TIME_RESTATED = lazy_re.compile(rf"(?:(?:,|\(|\s[–—-])\s*(?:(?:{lexicon.alternation(lexicon.PER_TIME_RESTATING)})\s+)?"
                                     rf"|^\s*(?:(?:that|this|it)\s+)?(?:{lexicon.alternation(lexicon.PER_TIME_RESTATING)})\s+)"
                                     rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$")
# "58 tonnes a day more than in February": a rate set against another, not the total's own
_COMPARED_AFTER_RATE = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+)?(?:a|per|each|every)\s+(?:day|week|month)\s+"
                                       rf"(?:{lexicon.alternation(lexicon.BASE_AFTER_CHANGE_UP + lexicon.BASE_AFTER_CHANGE_DOWN)}"
                                       rf"|up|down|above|below|over|under|against|compared|versus)\b"
                                       # ("a day over the 365-day year", "over the season": the span, no comparison)
                                       r"(?!\s+(?:the\s+)?(?:(?:whole|full|entire|\d{1,3}-(?:day|week|month))\s+)?"
                                       r"(?:year|season|period|month|quarter|summer|winter|festival)\b)")
_DAYS_PER_WEEK_OF = {"Q": 13, "H": 26}  # a quarter's weeks, a half's


def _count_in_period(period: str, per: str) -> int:
    """How many days (weeks, months) a period of a year holds: a month ("2023-02": 28 days), a quarter
    ("2022-Q1": 90 days, 13 weeks, 3 months), a half, a year; 0 when the period is of no such shape."""
    m = re.fullmatch(r"(?:((?:19|20)\d\d)-?)?(?:(\d\d)|([QH])([1-4]))?", period)
    if not m or not m.group(1) and not (m.group(2) or m.group(3)):
        return 0
    if not m.group(1) and per == "day" and (m.group(2) == "02" or m.group(3) and m.group(4) == "1"):
        return 0  # February's days, with no year said: 28 or 29
    year = int(m.group(1) or 2001)  # (a year of 365 days, for a month or quarter the text gives no year)
    if m.group(2):
        month = int(m.group(2))
        return calendar.monthrange(year, month)[1] if per == "day" and 1 <= month <= 12 else 1 if per == "month" else 0
    if m.group(3):
        size = 3 if m.group(3) == "Q" else 6
        first = (int(m.group(4)) - 1) * size + 1
        if first + size - 1 > 12:
            return 0
        if per == "day":
            return sum(calendar.monthrange(year, month)[1] for month in range(first, first + size))
        return size if per == "month" else _DAYS_PER_WEEK_OF[m.group(3)]
    return {"day": 366 if calendar.isleap(year) else 365, "week": 52, "month": 12}[per]
_SPAN_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_SPAN_COMPOUND = lazy_re.compile(rf"\b(\d{{1,3}}|{'|'.join(_SPAN_NUMBER_WORDS)})-(day|week|month)\b"
                                 r"(?!\s+(?:moving\s+|rolling\s+|running\s+)?(?:average|mean|high|low)\b)")
# after "N a day", words narrowing the average to a group or a time of its own: "on weekdays", "at weekends"
_GROUP_AFTER_AVERAGE = lazy_re.compile(r"^\s*(?:a|per|each|every)\s+(?:day|week|month)\s+(?:on|at|in|for|during|among)\s+(?!the\s+year\b|average\b)")
_PER_TIME_WORD = lazy_re.compile(r"\b(?:daily|weekly|monthly)\b")
# "per" and a noun of members (not of time, nor "per cent") in the average's own name: "monthly average revenue per
# user fell from $82.10", "the average daily spend per visitor of $140": an average over members, whose total is not
# the span's sum of it
_PER_MEMBER_IN_NAME = lazy_re.compile(r"\bper\s+(?!(?:cent|centum|day|week|month|year|annum|hour|night|quarter)\b)[a-z]")


def _per_member_named(said_before: str) -> bool:
    """The words from the last word of averaging to the figure name an average per member ("average revenue per
    user fell from")."""
    last = None
    for last in _AVERAGE_WORD.finditer(said_before):
        pass
    return last is not None and bool(_PER_MEMBER_IN_NAME.search(said_before[last.end():]))
_PER_TIME_UNIT = {"daily": "day", "weekly": "week", "monthly": "month"}
# (after the count's noun, if any: "11.4 million passengers, an average of")
_AN_AVERAGE_APPOSED = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s*)?,\s*(?:an?\s+|the\s+)?(?:overall\s+)?(?:average|mean)\s+(?:[a-z'’-]+\s+){0,2}?(?:of\s+)?$")
_AVERAGE_WORD = lazy_re.compile(r"\b(?:average|averaged|averaging|mean)\b")
# (not "year over year", "year on year": the base of a change, no span)
_OVER_THE_YEAR = lazy_re.compile(r"\b(?<!\byear\s)(?<!\byear-)(?:over|in|during|across|throughout|for)\s+(?:the\s+(?:whole\s+|full\s+)?|last\s+)?year\b"
                                 r"|\blast\s+year\b|\bin\s+(?:19|20)\d\d\b")


def _place_in_pair(seg: Segment, k: int, frames: dict[str, Frame]) -> int | None:
    """0 or 1 when the level at slot k is the first or second of a pair set against each other
    ("Rs 124.69 a kg against Rs 121.38"), else None."""
    def pair(a: int, b: int) -> bool:
        first, second = seg.figures[a], seg.figures[b]
        # (the amount's unit and period may stand between the two: "EUR 585 per tonne in the quarter,
        # compared with EUR 640 in the second quarter")
        return same_unit(first, second) and frames[first.id].is_level and frames[second.id].is_level \
            and bool(_SET_AGAINST_PAST_ITS_UNIT.match(seg.between(a, b)))
    if k + 1 < len(seg.figures) and pair(k, k + 1):
        return 0
    if k > 0 and pair(k - 1, k):
        return 1
    return None


def _is_pair(segments: tuple[Segment, ...], frames: dict[str, Frame], figures: list[Figure]) -> bool:
    """Two levels of one sentence set against each other, next to each other."""
    first, second = sorted(figures, key=lambda f: f.span.start)
    seg, a = segments[frames[first.id].segment], frames[first.id].slot
    return a + 1 < len(seg.figures) and seg.figures[a + 1] is second and bool(_SET_AGAINST.match(seg.between(a, a + 1)))


_PRICE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PRICE_NOUNS)})\b")
_VALUE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.VALUE_NOUNS)})\b")
_SET_AGAINST = lazy_re.compile(rf"^[^#;.]{{0,25}}?\b(?:{_VERSUS})\s+(?:the\s+)?$")
# the same, past the words of the first amount's own clause: its unit and its period ("per tonne in the quarter, ")
_SET_AGAINST_PAST_ITS_UNIT = lazy_re.compile(rf"^[^#;.]{{0,60}}?\b(?:{_VERSUS})\s+(?:the\s+)?$")


# (or the count of the base inside the phrase: "4.2 loans for each of the city's 2.4 million residents")
_NOUN_PER_NOUN = lazy_re.compile(r"^\s*(?P<num>[a-z'’-]{3,})\s+(?:per|for\s+every|for\s+each|to\s+every|to\s+each)\s+"
                                 r"(?:(?:one\s+)?of\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+['’]s?\s+)?#(?P<slot>\d+)#\s+)?"
                                 r"(?P<base>[a-z'’-]{3,})\b")
# after "per", words that name no counted thing (a unit of measure or of time is not one either: _unit_named)
_NOT_A_COUNTED_BASE = frozenset({"cent", "year", "month", "week", "day", "hour", "minute", "annum", "capita", "head",
                                 "person", "thousand", "hundred", "million", "square"})


def _unit_named(noun: str) -> str | None:
    """The unit a noun after "per" or "a" names ("kg", "litre": the unit words are mostly plural), or None."""
    noun = noun.lower()
    return next((UNIT_WORDS[w] for w in (noun, noun + "s") if w in UNIT_WORDS), None)


# "the average claim was", "an average of", "a mean payout of"; "$1,850 each", "apiece", "on average"
# after an average, "per" and the noun it is per: "an average of 152 per flight" (not a time: see averages_over_a_span)
# (or "for each of its 52 concerts": the count stands in the phrase)
_PER_NOUN_AFTER_AVERAGE = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+)?(?:per|for\s+each|for\s+every|a|an)\s+"
                                          r"(?:(?:one\s+)?of\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+['’]s?\s+)?#\d+#\s+)?(?P<noun>(?!(?:day|week|"
                                          r"month|year|quarter|hour|night|season|time|head|capita|cent)s?\b)[a-z'’-]+)\b")
# a count of a definite set, "the 40 branches", "its 12 schools", "all 26 counties": exact (a rounded count is
# not written with a definite word before it)
_DEFINITE_COUNT_BEFORE = lazy_re.compile(r"\b(?:the|its|their|our|all|all\s+the|each\s+of\s+the)\s+$")


def _definite_count(seg: Segment, f: Figure) -> bool:
    return f.kind is Kind.COUNT and not f.qualifier and f.value < 1000 and f.value == int(f.value) \
        and written_in_digits(f) and bool(_DEFINITE_COUNT_BEFORE.search(seg.before(seg.slot_of(f), 20)))
# ("averaging 1,410 per concert"; or "or 1,410 a concert": the per-noun after it makes it an average)
_AVERAGE_BEFORE = lazy_re.compile(r"\b(?:averag(?:e|es|ed|ing)|mean)\b[^#;.]{0,30}$|,\s*or\s+(?:about\s+|some\s+|nearly\s+)?$", screened=True)
# ("3.4 patients each", not "12,580 patients each year": a frequency)
_AVERAGE_AFTER = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+)?(?:each|apiece|a\s+head|per\s+head|on\s+average)\b"
                                 r"(?!\s+(?:year|month|week|day|quarter|season|time|night)s?\b)")
# the total and the count said together: "$412.6 million on 38,420 claims", "paid out across 38,420 claims"
# (not "38,420 claims and reserved $412.6 million": "and" then a verb of its own opens another clause)
_NOUN_AFTER = lazy_re.compile(r"^\s*([a-z][a-z'’-]+)\b")


# a plural noun right after a count, or after one or two words that modify it: "14.2 million passengers",
# "190 symptomatic cases", "32,449 trial participants" (not "498,210 who", "212 million in"; a modifier does not
# end in "s" nor end the phrase, so the first plural is the noun)
# (or a plural without its "s": "people", "children", "men", "women")
_COUNTED_NOUN_AFTER = lazy_re.compile(rf"\s*(?:(?!(?:{lexicon.alternation(lexicon.NOT_A_NOUN_MODIFIER)})\b)"
                                     r"[a-z][a-z-]*(?<!s)\s+){0,2}"
                                     r"(?!(?:was|is|has|this|its|as|us|plus|less|thus|across|towards)\b)"
                                     rf"([a-z][a-z'’-]+s|{lexicon.alternation(('people',) + tuple(lexicon.IRREGULAR_SINGULARS))})\b")


def counted_noun(words_after: str) -> str | None:
    """The plural noun a count counts, read from the words right after it, folded; None when none is there."""
    m = _COUNTED_NOUN_AFTER.match(words_after)
    return lexicon.fold(m.group(1).lower()) if m else None


def _noun_after(seg: Segment, k: int) -> str:
    """The folded word right after the k-th figure: the noun it counts ("12,580 patients"), or ""."""
    m = _NOUN_AFTER.match(seg.after(k, 30))
    return lexicon.fold(m.group(1)) if m else ""

_ONE_CLAUSE_GLUE = lazy_re.compile(r"^(?![^#]*\b(?:and|but|while)\s+[a-z])[^#;.:,()]{0,30}$")
# between a count and an amount per its noun: a clause of its own, or another thing set against it ("..., while rice
# fetched $410 a tonne")
_A_CLAUSE_APART = lazy_re.compile(r"[;:()]|\b(?:but|while|whereas|yet|although|against|compared|versus|than|unlike)\b")
_TOTAL_THEN_COUNT = lazy_re.compile(r"^[^#;.]{0,25}?\b(?:on|for|across|over|among|between|to|from|by)\s+(?:the\s+|its\s+|their\s+)?$")


def averages(segments: tuple[Segment, ...], frames: dict[str, Frame], linked: frozenset[str]) -> list[RatioLink]:
    """An average and, in its sentence, the one total of its unit it divides and the one count:
    "Insurers paid $412.6 million on 38,420 claims, an average of $10,740 each". Sure when the total
    and the count are said together ("on 38,420 claims"); else only a question."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        if len(seg.figures) < 3:
            out.extend(_averages_of_totals_told_before(segments, i, frames, linked))
            continue
        for k, a in enumerate(seg.figures):
            per = _PER_NOUN_AFTER_AVERAGE.match(seg.after(k, 50)) if _AVERAGE_BEFORE.search(seg.before(k, 40)) else None
            if per and a.id not in linked and frames[a.id].role in (Role.LEVEL, Role.RATIO) and not a.unit:
                # "8.4 million passengers on 61,000 flights, an average of 152 per flight": the count of the noun
                # after "per" is the divisor, the one other count of the sentence the total
                noun = lexicon.fold(per.group("noun"))
                counts = [f for f in seg.figures if f is not a and f.kind is Kind.COUNT and not f.unit
                          and frames[f.id].is_level and written_in_digits(f)]
                divisors = [f for f in counts if frames[f.id].head == noun or _noun_after(seg, seg.slot_of(f)) == noun]
                totals = [f for f in counts if f not in divisors]
                if len(divisors) == 1 and len(totals) == 1 and totals[0].value > a.value:
                    out.append(RatioLink(a, totals[0], divisors[0], "an average per a noun, the count of that noun and "
                                                                     "the total", certain=frames[a.id].modality == "stated",
                                         exact_denominator=_definite_count(seg, divisors[0])))
                continue
            if a.id in linked or not frames[a.id].is_level or a.kind is Kind.COUNT \
                    or not (_AVERAGE_BEFORE.search(seg.before(k, 40)) or _AVERAGE_AFTER.match(seg.after(k, 20))):
                continue
            totals = [f for f in seg.figures if f is not a and same_unit(f, a) and frames[f.id].is_level
                      and written_in_digits(f)]
            counts = [f for f in seg.figures if f.kind is Kind.COUNT and not f.unit and frames[f.id].is_level
                      and written_in_digits(f)]
            if not a.unit:
                # "3.4 patients each": an average count, of the total that counts the noun after it (its own,
                # not one a clause before gave it), over the other count
                noun = _noun_after(seg, k)
                totals = [f for f in counts if noun and _noun_after(seg, seg.slot_of(f)) == noun]
                counts = [f for f in counts if frames[f.id].head not in ("", noun)]
            if len(totals) != 1 or len(counts) != 1 or totals[0].value <= a.value:
                continue
            total, count = totals[0], counts[0]
            per_noun = _PER_NOUN_AFTER_AVERAGE.match(seg.after(k, 30))
            if per_noun and _noun_after(seg, seg.slot_of(count)) and lexicon.fold(per_noun.group("noun")) not in (
                    _noun_after(seg, seg.slot_of(count)), frames[count.id].head):
                continue  # "£28 million supported 14 new terminals, ... £2.90 per train-kilometre": not per terminal
            t, c = seg.slot_of(total), seg.slot_of(count)
            # (said together: side by side in one clause, "3,100 nurses looked after 12,580 patients")
            paired = abs(c - t) == 1 and bool(_TOTAL_THEN_COUNT.match(seg.between(min(t, c), max(t, c)))
                                               or _ONE_CLAUSE_GLUE.match(seg.between(min(t, c), max(t, c))))
            if not paired and not a.value / 100 <= total.value / count.value <= a.value * 100:
                continue  # "The average weekly payment was £212.40, and 4.1 million recipients received the full
                # pension of £230.25": an amount a hundred times off its average, told apart, is no total of it
            out.append(RatioLink(a, total, count, "an average, and the total and the count in its sentence",
                                 certain=paired and frames[a.id].modality == "stated",
                                 exact_denominator=_definite_count(seg, count)))
    return out


def _an_amount_per_unit(segments: tuple[Segment, ...], f: Figure, frames: dict[str, Frame]) -> bool:
    """Whether a figure is itself an amount per unit or head ("A$4.12 per litre"), no total to divide."""
    frame = frames[f.id]
    return bool(_PER_NOUN_AFTER.match(segments[frame.segment].after(frame.slot, 40)))


_MAX_SENTENCES_BACK_TO_A_TOTAL = 12  # how far back a total said apart from its amount per unit is looked for


def _total_and_quantity_told_before(segments: tuple[Segment, ...], i: int, r: Figure, per_unit: str | None,
                                    counted: frozenset[str], frames: dict[str, Frame]) -> tuple[Figure, Figure] | None:
    """The total and the quantity an amount per unit or head divides when its own sentences give neither: the
    nearest earlier sentence (a bounded stretch back) that states a level of its unit larger than it, when it
    states exactly one such level and exactly one quantity of its per-unit ("Wine exports totalled 412 million
    litres, worth A$1.93 billion. ... The average price was A$4.68 per litre"), of the amount's period when
    both are dated. Words alone tie them, so the reading is only a question."""
    def another_amount_per_unit(f: Figure) -> bool:
        return f is not r and same_unit(f, r) and _an_amount_per_unit(segments, f, frames)

    if any(another_amount_per_unit(f) for f in segments[i].figures[:segments[i].slot_of(r)]):
        return None  # "The average price of exported wine rose to A$3.85 per litre. The average price of bottled wine
        # dropped to A$4.62 per litre": a later amount per unit is a narrower group's, not the total's over the quantity
    for j in range(i - 1, max(-1, i - 1 - _MAX_SENTENCES_BACK_TO_A_TOTAL), -1):
        seg = segments[j]
        if seg.is_table_row:
            continue
        if any(another_amount_per_unit(f) for f in seg.figures):
            return None
        levels = [f for f in seg.figures if frames[f.id].is_level and written_in_digits(f) and frames[f.id].modality == "stated"]
        totals = [f for f in levels if same_unit(f, r) and f.value > r.value]
        counts = [f for f in levels if (f.unit == per_unit if per_unit else f.unit == "" and counted & _stems(f.measure))]
        if not totals:
            continue  # (quantities alone, "bulk shipments dropped by 33% (78 million litres)", give no total)
        if len(totals) == 1 and len(counts) == 1 and all(not f.period or not r.period or f.period == r.period
                                                         for f in (*totals, *counts)):
            return totals[0], counts[0]
        return None  # the nearest sentence with a total gives another pairing: which one is divided is unclear
    return None


def _averages_of_totals_told_before(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame],
                                    linked: frozenset[str]) -> list[RatioLink]:
    """An average amount of a noun its sentence gives alone ("The average grant was £3,720"), and the total and
    the count of that noun an earlier sentence gives together ("The fund paid out £64.2m across 18,300 grants"):
    words alone tie them, so only a question."""
    seg = segments[i]
    out = []
    for k, a in enumerate(seg.figures):
        frame = frames[a.id]
        if a.id in linked or not frame.is_level or not a.unit or a.kind is Kind.PERCENT or not frame.head \
                or not _AVERAGE_BEFORE.search(seg.before(k, 40)) or _PER_NOUN_AFTER.match(seg.after(k, 40)):
            continue
        if any(f is not a and (same_unit(f, a) or f.kind is Kind.COUNT) for f in seg.figures):
            continue  # its own sentence gives a total or a count: `averages` reads it there, or none
        told = _total_and_quantity_told_before(segments, i, a, None, _counted(frame.head), frames)
        if told is not None:
            out.append(RatioLink(a, *told, "an average of a noun, and the one total and count of that noun an earlier "
                                            "sentence gives together", certain=False))
    return out


def _a_level_or_rate(frame: Frame) -> bool:
    return frame.is_level or frame.role is Role.SHARE and frame.figure.unit == "percent"


def _multiplied_levels(frames: dict[str, Frame], a: Figure, b: Figure) -> bool:
    """Two figures one can be a multiple of the other: levels of one unit, or two rates in percent
    ("14.2%, almost three times the overall rate of 4.1%")."""
    fa, fb = frames[a.id], frames[b.id]
    return same_unit(a, b) and (fa.is_level and fb.is_level or all(
        f.role is Role.SHARE and f.figure.unit == "percent" for f in (fa, fb)))


def noun_per_noun_ratios(segments: tuple[Segment, ...], frames: dict[str, Frame],
                         linked: frozenset[str]) -> list[RatioLink]:
    """A count of one noun for each of another ("14 patients per nurse", "3.2 pupils for every
    teacher") and, in its sentence or the next, the one count of each noun: "The survey counted 2,436
    patients and 174 nurses"."""
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        for k, r in enumerate(seg.figures):
            m = _NOUN_PER_NOUN.match(seg.after(k, 60))
            if r.id in linked or m is None or r.unit or frames[r.id].role not in (Role.LEVEL, Role.RATIO):
                continue
            num, base = lexicon.stem(m.group("num")), lexicon.stem(m.group("base"))
            if base in _NOT_A_COUNTED_BASE or num == base or _unit_named(m.group("base")):
                continue
            window = [f for j in range(i, min(len(segments), i + 2)) if continues(segments, i, j)
                      and not segments[j].is_table_row for f in segments[j].figures
                      if f is not r and not f.unit and frames[f.id].is_level and written_in_digits(f)
                      and f.value == f.value.to_integral_value()]  # ("4.7 persons" is an average, no count)
            numerators = [f for f in window if frames[f.id].head == num]
            bases = [f for f in window if frames[f.id].head == base]
            if m.group("slot") is not None:
                # the base counted in the phrase itself is the one base
                inside = seg.figures[int(m.group("slot"))]
                bases = [inside] if inside in window and frames[inside.id].head == base else []
            if len(numerators) == 1 and len(bases) == 1:
                # sure when the two counts are said as one pair ("2,436 patients and 174 nurses"), not in
                # clauses of their own ("employs 174 nurses and treated 2,436 patients last year")
                a, b = numerators[0], bases[0]
                pair = frames[a.id].segment == frames[b.id].segment and abs(frames[a.id].slot - frames[b.id].slot) == 1
                # (or one the subject of a verb, the other its object, in one clause: "Its 30 vans delivered
                # 41,700 parcels"; slots are numbered within a segment, so the words between two counts are
                # read only when they share one)
                between = segments[frames[a.id].segment].between(*sorted((frames[a.id].slot, frames[b.id].slot))) \
                    if pair else ""
                certain = pair and bool(_COUNTS_PAIRED.match(between) or _ONE_CLAUSE_GLUE.match(between)) \
                    or m.group("slot") is not None and frames[a.id].segment == i  # the phrase names its base's count
                out.append(RatioLink(r, a, b, "a count of one noun per another, and the counts of the two nouns",
                                     certain=certain,
                                     exact_denominator=_definite_count(segments[frames[b.id].segment], b)))
    return out


# ("12,580 applicants competed for 3,100 vacancies": a verb of seeking pairs the two counts as well; the second count
# may have its determiner: "14.1 million residents and the 1,912 parks", "its 30 vans for their 41,700 parcels")
_COUNTS_PAIRED = lazy_re.compile(r"^\s*[a-z'’-]+\s+(?:(?:and|against|to|versus|vs\.?|for)\s+|(?:competed|competing|compete|"
                                 r"competes|vied|vying|vie|applied|applying|chasing|chased|chase|chases|seeking|sought|"
                                 r"sharing|shared|share)\s+(?:for\s+)?)(?:(?:the|its|their|some)\s+)?$")


# after a number, the words that show it has no noun of its own: a time, a mark or the sentence's end ("to 38 in 2021,")
_NOTHING_NAMED_AFTER = lazy_re.compile(r"^\s*(?:(?:in|by|during|for)\s+(?:(?:19|20)\d\d|the\s+(?:year|quarter|month|period)|"
                                      r"last|this|that)\b|[,;.)]|$)")


def _nearby_figures(segments: tuple[Segment, ...], i: int, r: Figure) -> list[Figure]:
    """The figures of segment i and its neighbours in its paragraph, other than r. A paragraph of one
    sentence (the newswire's way) continues the one-sentence paragraphs next to it."""
    return [f for j in range(max(0, i - 1), min(len(segments), i + 2)) if continues(segments, i, j)
            and not segments[j].is_table_row for f in segments[j].figures if f is not r]


# an amount per unit named as a mark set for it: "the minimum price of US$ 1.76 per kg", "a floor price of"
_A_SET_PRICE_BEFORE = lazy_re.compile(
    rf"\b(?:{lexicon.alternation(lexicon.SET_PRICE_WORDS)})\s+(?:[a-z-]+\s+)?(?:price|rate|tariff|fee)s?\s+(?:of\s+|at\s+)?$")


def _counted(noun: str) -> frozenset[str]:
    """The stems a count of the noun after "per" may be named by: "per head" counts people."""
    stem = lexicon.stem(noun)
    if stem in _POPULATION:
        return frozenset(lexicon.stem(w) for w in lexicon.POPULATION_NOUNS)
    return frozenset({stem})


# after a multiple, words that compare two amounts ("1.87 times as much", "times that of", "times of rural")
_TIMES_COMPARED = lazy_re.compile(r"^\s*(?:as\s+(?:much|many|large|high|big)\b|(?:that|those)\s+of\b|of\s+(?:the\s+)?[a-z]"
                                  r"|(?:higher|more|larger|greater|bigger)\s+than\b)")
# a multiple of "as much" with no "as" of its base after it ("over twice as much, standing at 24.5 percent"): its base
# is a level told before
_ELLIPTICAL_MULTIPLE = lazy_re.compile(r"^\s*as\s+(?:much|many|large|high|big)\b(?!\s+as\b)")
# ("more than double its 2020 level of $4.1 million": the earlier level named with its year)
_TIMES_THEN_LEVEL = lazy_re.compile(r"^\s*(?:as\s+(?:much|many|large|high)\s+as\s+|(?:that|those)\s+of\s+|the\s+|"
                               r"(?:(?:its|their|the)\s+(?:(?:19|20)\d\d\s+)?)?(?:(?!(?:from|to|than|against|since|on)\b)[a-z'’-]+\s+){0,4}?(?:of\s+)?)?$")
# "tripled, from 6,370 in 2018 to 17,064 in 2022", "doubled over the decade to 2,900 from 1,200", "more than doubled
# between 2001 and 2021, from 8,400 to 19,750"
# (the span may hold a figure of its own: "over five years, from ...")
# (the verb's object may stand before "from": "more than doubled their attendance, from"; and the levels may be
# dated by a possessive: "from last year's 738,611 to this year's 1,162,615")
_MULTIPLIED_OBJECT = r"(?:(?:its|their|his|her|the)\s+(?:[a-z'’-]+\s+){0,3}?[a-z'’-]+\s*)?"
_DATED_BY_A_POSSESSIVE = r"(?:the\s+|(?:last|this|next|a)\s+(?:year|season|month|quarter|week)['’]s\s+)?"
_MULTIPLIED_FROM = lazy_re.compile(rf"^\s*{_MULTIPLIED_OBJECT},?\s*(?:(?:in|over|since|during|between|across|within)\s+[^,;]{{1,30}}?\s*,?\s*)?"
                                   rf"from\s+{_DATED_BY_A_POSSESSIVE}$")
_MULTIPLIED_TO = lazy_re.compile(rf"^\s*{_MULTIPLIED_OBJECT},?\s*(?:(?:in|over|since|during|between|across|within)\s+[^,;]{{1,30}}?\s*,?\s*)?"
                                 rf"to\s+{_DATED_BY_A_POSSESSIVE}$")
_THEN_TO = lazy_re.compile(rf"^[^#;]{{0,40}}?\bto\s+{_DATED_BY_A_POSSESSIVE}$")
_THEN_FROM = lazy_re.compile(rf"^[^#;]{{0,40}}?\bfrom\s+{_DATED_BY_A_POSSESSIVE}$")
# the move's rate in apposition between the verb and its levels: "more than doubled their attendance--a 57.4%
# increase, from 738,611 to 1,162,615"
_RATE_APPOSED_TO_THE_VERB = lazy_re.compile(rf"^\s*{_MULTIPLIED_OBJECT}(?:,|--|[—–])\s*(?:an?\s+)?$")
_FROM_PAST_THE_RATE = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s*,?\s*from\s+{_DATED_BY_A_POSSESSIVE}$")
_TO_PAST_THE_RATE = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s*,?\s*to\s+{_DATED_BY_A_POSSESSIVE}$")


def _from_and_to_after(seg: Segment, k: int, frames: dict[str, Frame]) -> tuple[Figure, Figure] | None:
    """The old and the new level a verb of multiplication at slot k is said to go from and to."""
    # the span the multiplying took ("over five years") is no term of it
    after = [j for j in range(k + 1, len(seg.figures)) if frames[seg.figures[j].id].role is not Role.DURATION]
    multiplied_from, multiplied_to = _MULTIPLIED_FROM, _MULTIPLIED_TO
    if after and frames[seg.figures[after[0]].id].role is Role.RELATIVE_CHANGE and _RATE_APPOSED_TO_THE_VERB.match(seg.between(k, after[0])):
        # (the levels are read from past the rate and its noun)
        k, after, multiplied_from, multiplied_to = after[0], after[1:], _FROM_PAST_THE_RATE, _TO_PAST_THE_RATE
    after = after[:2]
    if len(after) < 2:
        return None
    (i, j), (first, second) = after, (seg.figures[after[0]], seg.figures[after[1]])
    if multiplied_from.match(seg.between(k, i)) and _THEN_TO.match(seg.between(i, j)):
        old, new = first, second
    elif multiplied_to.match(seg.between(k, i)) and _THEN_FROM.match(seg.between(i, j)):
        old, new = second, first
    else:
        return None
    # (the level after "from" may have taken the verb's direction: "doubled to 83,900 from 41,500")
    if not (frames[old.id].role in _MULTIPLIED_ROLES
            and (frames[new.id].is_level or frames[new.id].role is Role.SHARE is frames[old.id].role) and same_unit(old, new)
            and written_in_digits(old) and written_in_digits(new) and old.value > 0):
        return None
    return old, new


# the roles of the level a verb of multiplication goes from: a level, a share or rate ("more than doubled its vote share,
# from 15 per cent to 39.7 per cent"), or a level that took the verb's direction ("doubled to 83,900 from 41,500")
_MULTIPLIED_ROLES = frozenset({Role.LEVEL, Role.SHARE, Role.CHANGE})


# a verb of multiplication said since a time, then the level reached: "has more than doubled its vote share since the
# last assembly elections, to nearly 40 per cent"; the level of that time given elsewhere in the same words: "in the
# last assembly elections in the state, in 2012, its share was just 15 per cent" (or of that year: "since 2015, to")
_MULTIPLIED_SINCE = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,6}?since\s+(?:the\s+)?(?P<event>(?:[a-z'’-]+\s+){0,4}?[a-z'’-]+|(?:19|20)\d\d)"
                                    r"\s*,?\s*to\s+(?:(?:nearly|almost|about|around|some|just|over|close\s+to|more\s+than)\s+)?$")
_EVENT_MINOR = frozenset(("the", "a", "an", "of", "in", "its", "their", "his", "her"))
_SINCE_REACH = 30  # sentences either side where the level of the time named may be given


def multiples_since_a_time(segments: tuple[Segment, ...], frames: dict[str, Frame], linked: frozenset[str]) -> list[RatioLink]:
    """A verb of multiplication said since a time, then "to" the level reached, and the one level of that unit and
    role the document gives for that time: a figure of the year named ("since 2015"), or one whose clause names the
    time in all the words of the phrase ("the last assembly elections") and shares a word with the multiple's
    sentence. The new level over the old is the multiple."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for k, r in enumerate(seg.figures[:-1]):
            if r.id in linked or r.kind is not Kind.MULTIPLE or r.text.lower() not in MULTIPLE_VERBS:
                continue
            m = _MULTIPLIED_SINCE.match(seg.between(k, k + 1))
            new = seg.figures[k + 1]
            if m is None or frames[new.id].role not in (Role.LEVEL, Role.SHARE, Role.RATIO) or not written_in_digits(new):
                continue
            event = m.group("event")
            year = event if event.isdigit() else None
            wanted = frozenset(lexicon.folded_words(event)) - _EVENT_MINOR
            own = _clause_content_words(_CLAUSE_START.split(seg.before(k, 160))[-1] + " " + seg.between(k, k + 1)) - wanted
            olds = []
            for other in segments[max(0, seg.index - _SINCE_REACH):seg.index + _SINCE_REACH]:
                if other.is_table_row:
                    continue
                for j, g in enumerate(other.figures):
                    if g is new or not (same_unit(g, new) and g.unit == new.unit and frames[g.id].role is frames[new.id].role
                                        and written_in_digits(g) and g.value > 0 and frames[g.id].modality == "stated"):
                        continue
                    clause = _CLAUSE_START.split(other.before(j, 160))[-1]
                    # (the old level of the same measure: its clause shares a content word with the multiple's
                    # sentence, "exports ... in 2010 exports were", not "in 2010 the trade deficit was")
                    if not own & _clause_content_words(clause + " " + other.after(j, 40).split("#")[0]):
                        continue
                    if year is not None:
                        if g.period == year:
                            olds.append(g)
                        continue
                    if (other is not seg or j > k + 1) and wanted and wanted <= frozenset(lexicon.folded_words(clause)):
                        olds.append(g)
            if len(olds) == 1:
                out.append(RatioLink(r, new, olds[0], "a verb of multiplication since a time, the level reached and that "
                                     "time's level given elsewhere", whole_multiple=not r.qualifier))
    return out


_NOT_CONTENT = frozenset(("since", "with", "from", "than", "that", "this", "have", "were", "been", "more", "less",
                          "over", "into", "about", "after", "before", "when", "while", "which", "their", "there"))


def _clause_content_words(words: str) -> frozenset[str]:
    """The folded words of a text that may name a measure: four letters or more, not function words."""
    return frozenset(w for w in lexicon.folded_words(words) if len(w) > 3) - _MINOR_WORDS - _NOT_CONTENT


# where the clause of a level opens, far enough back to hold the time it names ("whereas in the last assembly
# elections in the state, in 2012, its share was")
_CLAUSE_START = lazy_re.compile(r";|\.\s|,\s*(?:and|but|while|whereas|although|though)\b|\bwhereas\b|\bwhile\b")


# (the change on the way may be said: "Average price per litre fell a further 5.1% to A$4.24")
_PER_NOUN_BEFORE = lazy_re.compile(r"\bper\s+(?P<noun>[a-z'’-]+)\s+(?:(?:was|were|is|are|stood\s+at|reached|came\s+to|of|"
                              rf"(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN + lexicon.MOVE_VERBS)})"
                              r"(?:\s+(?:by\s+)?(?:a\s+further\s+|another\s+|some\s+|about\s+)?#\d+#)?\s+to)\s+)"
                              r"(?:about\s+|some\s+)?$")
# ("Rs 121.38 a year earlier" is a value of another time, not an amount per year)
_PER_NOUN_AFTER = lazy_re.compile(r"^\s*(?:a|per|for\s+each|for\s+every)\s+(?P<noun>[a-z'’-]+)\b"
                                  r"(?!\s+(?:earlier|before|ago|later|back|previously)\b)")
# "3.2 nurses to every doctor": a count of one noun for each of another is a ratio
_NOUN_PER_BASE = lazy_re.compile(rf"^\s*[a-z'’-]+\s+(?:{lexicon.alternation(lexicon.PER_BASE)})\s+[a-z'’-]+")
_COLON_AFTER_RATIO = lazy_re.compile(r"^[^#;.]{0,60}?(?::|\s[–—-]\s?)\s*(?:[a-z'’-]+\s+){0,3}?$")
_COMMA_AFTER_RATIO = lazy_re.compile(r"^[^#;.:]{0,60}?,\s*(?:[a-z'’-]+\s+){0,3}?$")
_PART_OF_THE_WHOLE = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?$")
# ("12,580 people applied for 3,100 jobs": a verb of seeking "for" sets them against each other too)
_AGAINST_OR_AND = lazy_re.compile(rf"^[^#;.]{{0,50}}?\b(?:{_VERSUS}|to|for)\s+(?:[a-z'’-]+\s+){{0,3}}?$")


def exceed_gaps(seg: Segment, frames: dict[str, Frame]) -> list[NamedIdentityLink]:
    """ "Births (28,914) outnumbered deaths (26,307), giving a natural increase of 2,607": one level
    exceeding another, then their gap; and "Deducting expenses of R2.74bn from revenue of R3.96bn
    left an operating profit of R1.52bn": one level taken from another, then what is left."""
    if len(seg.figures) < 3:
        return []  # (every reading here relates three figures of the sentence: two levels and their gap or balance)
    out = []
    deducted = _DEDUCTING.search(seg.skeleton)
    if deducted:
        a, b, rest = (seg.figures[int(deducted.group(g))] for g in ("a", "b", "c"))
        if all(same_unit(x, a) for x in (b, rest)) and all(frames[x.id].is_level for x in (a, b)) \
                and frames[rest.id].role in (Role.LEVEL, Role.GAP):  # ("left a surplus of $4.5m": a gap noun)
            out.append(NamedIdentityLink(rest, "-", (b,), (a,), "one level deducted from another, then what is left"))
    for m in _COMPARED_BY.finditer(seg.skeleton):
        # "8,947, less than the previous year-end's 11,263 by 2,916": the gap between the two levels
        a, b, d = (seg.figures[int(m.group(g))] for g in ("a", "b", "d"))
        if all(same_unit(x, a) for x in (b, d)) and frames[a.id].is_level and frames[b.id].is_level:
            larger, smaller = (b, a) if m.group("less") else (a, b)
            out.append(NamedIdentityLink(d, "-", (larger,), (smaller,), "one level more or less than another by a gap"))
    out += _gap_after_two_levels(seg, frames, {link.result.id for link in out})
    out += _balances(seg, frames, {link.result.id for link in out})
    m = _EXCEED.search(seg.skeleton)
    if not m:
        return out
    before = [k for k in range(len(seg.figures)) if seg.slots[k][1] <= m.start()]
    after = [k for k in range(len(seg.figures)) if seg.slots[k][0] >= m.end()]
    if not before or len(after) < 2:
        return out
    a, b, d = seg.figures[before[-1]], seg.figures[after[0]], seg.figures[after[1]]
    if all(same_unit(x, a) for x in (b, d)) and frames[a.id].is_level and frames[b.id].is_level \
            and _GAP_RESULT.search(seg.between(after[0], after[1])):
        out.append(NamedIdentityLink(d, "-", (a,), (b,), "one level exceeding another, then their gap"))
    return out


# after the gap: "The 3,630-tonne gap between", "Rs 2,840 crore: that is the gap between", "$1.3bn, the difference between"
_GAP_BETWEEN_AFTER = lazy_re.compile(r"^\s*(?:-?\s*[a-z]+\s+|[:,\u2014\u2013]\s*(?:(?:that|this|which)\s+is\s+)?(?:the\s+|a\s+)?)?"
                                     r"(?:gap|difference|shortfall|margin)\s+between\b", screened=True)
# a sentence that opens on the gap and gives it after its two levels: "The gap between exports of $5.2bn and imports
# of $3.9bn was $1.3bn", "The difference between the 14,615 collected this year and the 11,775 of 2022 is 2,840"
_GAP_BETWEEN_OPENS = lazy_re.compile(r"^\W*(?:the\s+)?(?:[a-z]+\s+)?(?:gap|difference|shortfall|margin)\s+between\b")
# (or the gap's own move: "The gap between men's (72.4%) and women's (61.9%) rates narrowed to 10.5 points")
_GAP_STATED_BEFORE = lazy_re.compile(r"\b(?:was|is|were|are|stood\s+at|came\s+to|amounted\s+to|totall?ed|(?:has\s+|had\s+)?"
                                     r"(?:narrowed|widened|shrank|shrunk|grown|grew|fell|rose|closed|dropped|climbed)\s+to)"
                                     r"\s+(?:just\s+)?$")


def _gap_after_two_levels(seg: Segment, frames: dict[str, Frame], read: set[str]) -> list[NamedIdentityLink]:
    """ "Imports were 9,870 tonnes and exports 6,540 tonnes, leaving a gap of 3,630 tonnes": the sentence
    states two levels of one unit, then, after them, a gap (a figure after "gap of", "difference of",
    "shortfall of", ...) of that unit, or in points between two percentages: the larger less the smaller. Only when the two are the sentence's
    only levels of the unit, so the gap has no other pair it could be between."""
    out = []
    opens_on_a_gap = bool(_GAP_BETWEEN_OPENS.match(seg.skeleton))
    for k, f in enumerate(seg.figures):
        # "The 3,630-tonne gap between imports (9,870 tonnes) and exports (6,540 tonnes)": the gap first
        glue = (_GAP_BETWEEN_AFTER.match(seg.after(k, 40)) or _levels_opened_after_a_gap(seg, k, frames)) \
            if k + 2 < len(seg.figures) else None
        ahead = glue is not None
        # "The gap between exports of $5.2bn and imports of $3.9bn was $1.3bn": the sentence's subject is the gap
        stated_last = opens_on_a_gap and k >= 2 and bool(_GAP_STATED_BEFORE.search(seg.before(k, 30)))
        if not (frames[f.id].role is Role.GAP and k >= 2 or ahead or stated_last) or f.id in read:
            continue
        # a gap in points is between two percentages: "64.1% ... and 58.3% ..., a gap of 5.8 points"
        in_points = f.unit in ("percentage_point", "basis_point")
        levels = [g for g in seg.figures if g is not f and (
            g.unit == "percent" and frames[g.id].role is Role.SHARE if in_points else same_unit(g, f))]
        if len(levels) != 2 or any((seg.slot_of(g) > k) != ahead for g in levels) or not all(
                (in_points or frames[g.id].is_level) and written_in_digits(g)
                for g in levels) or not _modalities_of_a_gap(frames[f.id], [frames[g.id] for g in levels]) or _CLAUSE_END.search(
                    # (the words that name a gap ahead of its levels are its own: "Rs 2,840 crore: that is the gap between")
                    seg.skeleton[seg.slots[min(k, seg.slot_of(levels[0]))][1] + (glue.end() if ahead else 0):
                                 seg.slots[max(k, seg.slot_of(levels[1]))][0]]):
            continue
        if _three_periods(f, levels):
            continue  # "a deficit of $12.9bn in 2025, narrowing to $6.5bn in 2027 before a surplus of $0.2bn in 2029"
        larger, smaller = sorted(levels, key=lambda g: g.value, reverse=True)
        out.append(NamedIdentityLink(f, "-", (larger,), (smaller,), "two levels, then the gap between them"))
    return out


# after a gap, its two levels opened by a colon, a bracket, a dash or a noun in apposition: "exceeded imports by $2.3bn:
# $14.1bn against $11.8bn", "1,204 more births than deaths (10,450 births, 9,246 deaths)", "outnumbered men by 1,204 -
# 10,450 to 9,246", "a surplus of 3,112 tonnes, output of 15,600 tonnes against consumption of 12,488 tonnes"
_LEVELS_OPENED = lazy_re.compile(r"^\s*(?:(?:more|fewer|less)\s+(?:[a-z'’-]+\s+){0,3}?than\s+(?:[a-z'’-]+\s+){0,3}?)?"
                                 # (a time may stand before the colon: "by 3,214 last year: 17,906 to 14,692")
                                 r"(?:(?:[a-z'’-]+(?:\s+[a-z'’-]+){0,2}\s*)?:\s*(?:[a-z'’-]+\s+){0,2}?|[(\u2013\u2014]\s*(?:[a-z'’-]+\s+){0,2}?|-\s+|"
                                 r",\s*(?:[a-z'’-]+\s+){1,3}?(?:of|at)\s+)(?=#)")
_MORE_THAN_AFTER = lazy_re.compile(r"^\s*(?:more|fewer|less)\s")
# the two levels after the opener, joined as a pair: "#1# against #2#", "#1# births, #2# deaths", "#1# to #2#"
_PAIR_AFTER_A_GAP = lazy_re.compile(r"^#\d+#\s*(?:[a-z'’-]+\s*){0,2}?(?:,\s*|\s+(?:against|versus|vs\.?|and|to|compared\s+with)\s+)"
                                    r"(?:[a-z'’-]+\s+){0,2}?#\d+#")


def _levels_opened_after_a_gap(seg: Segment, k: int, frames: dict[str, Frame]):
    """The words after gap k of `seg` that open its two levels, when the gap's words say it is one ("exceeded
    imports by", "a surplus of") or it is so many more of one thing than of another, and the next two figures
    follow as a pair ("$14.1bn against $11.8bn"); else None."""
    after = seg.after(k, 80)
    if frames[seg.figures[k].id].role is not Role.GAP and not _MORE_THAN_AFTER.match(after):
        return None
    opened = _LEVELS_OPENED.match(after)
    if opened is None or not _PAIR_AFTER_A_GAP.match(after[opened.end():]):
        return None
    return opened


def _three_periods(gap: Figure, levels: list[Figure]) -> bool:
    """Whether a gap and its two levels each name a period of their own: then they are three steps of
    one series (a balance in deficit, then smaller, then in surplus), and the third is no gap of the two."""
    periods = [g.period for g in (gap, *levels)]
    return all(periods) and len(set(periods)) == 3


def _modalities_of_a_gap(gap: Frame, levels: list[Frame]) -> bool:
    """Whether a gap and its two levels are all stated or all expected, or the gap is between a stated
    outcome and its expected mark: "R812bn against a target of R790bn, an overshoot of R22bn" (the
    gap's clause may name the mark: "exceeding the target by R22bn")."""
    kinds = sorted(frame.modality for frame in levels)
    return kinds == [gap.modality] * 2 or kinds == ["expected", "stated"]


# "310 more than a year earlier, when it had 2,240": a change against a time, then the level at that
# time in a clause opened by "when" (a time is the only thing compared, so no figure stands between)
_OLD_IN_A_WHEN_CLAUSE = lazy_re.compile(r"^[^#;:]{0,60}?\b(?:than|on|from|since|compared\s+(?:with|to))\b[^#;:]{0,40}?"
                                        r",\s*when\b[^#;:]{0,50}?#(?P<old>\d+)#")


_BASE_WORD_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.BASE_AFTER_CHANGE + ('than',))})\s+"
                                    r"(?:the\s+|a\s+|its\s+)?[^#\s]*\s*$")
# a count of a set the sentence already knows, after a preposition and a definite word: "submitted in the 29
# countries", "across all 12 regions" - the field the level is counted over, no level of the measure that moved
_DEFINITE_FIELD_BEFORE = lazy_re.compile(r"\b(?:in|across|among|throughout|over|of|for|at)\s+(?:the|all|all\s+the|its|"
                                         r"their|these|those)\s+$")


def olds_in_a_when_clause(seg: Segment, frames: dict[str, Frame], linked: frozenset[str],
                          bases: frozenset[str]) -> list[ChangeLink]:
    """ "The firm employed 2,450 people at the end of 2023, 310 more than a year earlier, when it had
    2,240": a change measured against a time, then a clause opened by "when" that gives the level at
    that time: the old level. The new level is the last level of its unit before the change that is
    no other change's old level and follows no base word ("up 1.51% from 8,287.04 a week ago and 6.04% since the end of 2023,
    when it stood at 7,933.10": the index's close, not the week-ago base)."""
    out = []
    for k, change in enumerate(seg.figures):
        role = frames[change.id].role
        if change.id in linked or not change.direction or role not in (Role.CHANGE, Role.RELATIVE_CHANGE):
            continue
        m = _OLD_IN_A_WHEN_CLAUSE.match(seg.after(k, 200))
        if not m:
            continue
        old = seg.figures[int(m.group("old"))]
        news = [f for j, f in enumerate(seg.figures[:k]) if frames[f.id].is_level and same_unit(f, old)
                and f.id not in bases and not _BASE_WORD_BEFORE.search(seg.before(j, 40))
                and not _DEFINITE_FIELD_BEFORE.search(seg.before(j, 30))]
        if not frames[old.id].is_level or not news or (role is Role.CHANGE and not same_unit(change, old)):
            continue
        out.append(ChangeLink(change, old, (news[-1],), change.direction, True,
                              "a change against a time, then the level at that time after 'when'"))
    return out


# a sentence opening on the change as a definite noun: "The increase of 438 came from ...", "The net loss of 391"
_THE_CHANGE_OPENS = lazy_re.compile(rf"^\W*the\s+(?:net\s+|overall\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s+of\s+#0#")
# a definite noun for the move said before, then the change in apposition: "The closures, a net loss of 391, hit
# rural counties hardest" (the noun points back at the move the two levels make; the change is its size)
# (the frame has read the figure as a change: the apposition's noun may be any, "a net loss of", "a fall of")
_THE_MOVE_THEN_ITS_SIZE = lazy_re.compile(r"^\W*the\s+[a-z'’-]+(?:\s+[a-z'’-]+)?\s*,\s*(?:a|an)\s+(?:[a-z'’-]+\s+){1,2}?of\s+#0#")
# a connective opening the sentence that says it restates the one before: "In other words, 64 more were worked"
_RESTATING_OPENS = lazy_re.compile(rf"^\W*(?:{lexicon.alternation(lexicon.RESTATING_OPENERS)})\s*,")
# a word that draws the change from what the sentence before said: "Traffic thus grew by 14.2%"
_DRAWN_FROM_BEFORE = lazy_re.compile(r"\b(?:thus|so|therefore|hence|consequently|accordingly|as\s+a\s+result|in\s+all|overall)\b")


# a span of a year or running to date that a change's own sentence names: "Overall this fiscal year", "so far this year"
_SPAN_OF_A_YEAR = lazy_re.compile(r"\b(?:this|the)\s+(?:fiscal|financial|calendar)\s+year\b|\bso\s+far\s+this\s+year\b|"
                                  r"\byear[- ]to[- ]date\b|\bfiscal\s+year[- ]to[- ]date\b")


def _within_a_year(period: str) -> bool:
    """Whether a stated period covers less than a year (a month, a quarter)."""
    months = months_of(period) if period else None
    return months is not None and months[1] - months[0] < 11


def changes_after_two_dated_levels(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                   linked: frozenset[str]) -> list[ChangeLink]:
    """ "In 2023 the airport handled 21.4 million passengers; in 2022 the figure was 18.9 million.
    Traffic thus grew by 14.2%.": a change alone in its sentence (its one figure in digits), after a sentence
    of its passage whose only two levels of one unit are stated for two periods; the earlier period's level is
    the old one. A change in units is of the levels' unit ("numbered 4,318 in 2019 and 4,756 in 2024. The
    increase of 438 came from two new schools"); one that names another measure after it ("The rise of 610 in
    staff") is not theirs. Sure when a word draws the change from what was said ("thus", "so"), the sentence
    opens on it as a definite noun of change ("The increase of 438") or as a definite noun for the move with the
    change in apposition ("The closures, a net loss of 391, ..."), on a connective that restates the sentence before
    ("In other words, 64 more were worked"), or its measure's head is the levels';
    otherwise plausible for a rate of change, and for a change in units (an amount of any kind) no reading.

    Two levels no period orders ("1,042 concessions this year and 978 last year") are ordered by the words beside
    them when exactly one is marked as the earlier ("last year", "a year earlier", "compared with"); the change
    is then theirs only when words tie it to them as above."""
    out = []
    for i in range(1, len(segments)):
        seg, previous = segments[i], segments[i - 1]
        # (the one figure in digits of its sentence: "The increase of 438 came from two new schools")
        if not seg.figures or any(written_in_digits(f) for f in seg.figures[1:]) or seg.is_table_row \
                or previous.is_table_row or not continues(segments, i - 1, i):
            continue
        change = seg.figures[0]
        frame = frames[change.id]
        if change.id in linked or frame.role not in (Role.RELATIVE_CHANGE, Role.POINT_CHANGE, Role.CHANGE) \
                or not change.direction:
            continue
        if frame.role is Role.POINT_CHANGE:
            # "Prices rose 5.4% in the year to October, down from 6.1% in September. Inflation has thus eased by
            # 0.9 points": a change in points is between two rates, whatever their role
            levels = [f for f in previous.figures if f.unit == "percent" and written_in_digits(f)
                      and frames[f.id].role in (Role.SHARE, Role.RELATIVE_CHANGE, Role.LEVEL)]
        else:
            levels = [f for f in previous.figures if frames[f.id].is_level and written_in_digits(f)]
        if _SORTED_BY.match(seg.skeleton):
            continue  # "It expanded in April (865,000) and May (935,000). By age group, employment among those aged 60 and
            # over increased by 460,000": a sentence opened on a breakdown tells the change of a part, not of the levels
        if _SPAN_OF_A_YEAR.search(seg.skeleton) and all(_within_a_year(f.period) for f in levels):
            continue  # "... 48,971 visitors in August 2016, compared to 29,996 ... in August 2015. Overall this fiscal
            # year, visitor arrivals are 4-percent higher": the change of a longer span than the levels'
        if len(levels) == 2 and same_unit(*levels) and len(previous.figures) == 2:
            # (levels dated by the period the words name beside one of them: "1,042 concessions this year and 978
            # last year", "16,212, compared with 14,312 a year earlier": no year for either, but one marked earlier)
            ordered = _by_period(*levels)
            marked_only = ordered is None
            ordered = ordered or _one_marked_earlier(previous, levels)
            grammar = "a change alone in its sentence, after two levels of two periods"
        elif len(levels) == 1 and len(previous.figures) == 1 and i >= 2 and continues(segments, i - 2, i - 1) \
                and len(segments[i - 2].figures) == 1 and not segments[i - 2].is_table_row \
                and (frames[segments[i - 2].figures[0].id].is_level or frame.role is Role.POINT_CHANGE
                     and frames[segments[i - 2].figures[0].id].role is Role.SHARE) \
                and same_unit(segments[i - 2].figures[0], levels[0]):
            # "Milk deliveries were 1,024 million litres in June. Deliveries in June last year were 1,066 million
            # litres. The fall was therefore 2.5%.": one level a sentence, the earlier time named in one of them
            first, second = segments[i - 2].figures[0], levels[0]
            rates_alone = not frames[first.id].is_level  # two rates, one a sentence, and their gap in points
            # (or the second sentence moves the measure to its level: "It has since fallen to 4.6%")
            ordered = _by_period(first, second) or _by_earlier_words((segments[i - 2], first), (previous, second)) \
                or ((first, second) if _MOVED_TO_ITS_LEVEL.search(previous.before(previous.slot_of(second), 60)) else None)
            if rates_alone and not _DRAWN_OR_RESTATED.match(seg.skeleton):
                continue  # (a change in points after two sentences of one rate each: only "That is a drop of" draws it)
            grammar = "a change alone in its sentence, after two sentences of one level each, of two times"
            marked_only = False
        else:
            continue
        if ordered is None:
            continue
        old, new = ordered
        if frame.role is Role.CHANGE and not same_unit(change, old):
            continue  # (a change in units is of the levels' unit: "numbered 4,318 ... 4,756. The increase of 438")
        if _change_names_another_measure(seg, (previous, segments[i - 2] if i >= 2 else previous), frames, old, new) \
                or any(_change_of_another_head(seg, 0, segments[frames[f.id].segment], frames[f.id].slot) for f in (old, new)):
            continue  # ("The rise of 610 in staff": a change of another measure than the levels')
        # (a definite noun of change opening the sentence refers to the one change the two levels make: "The
        # increase of 438 came from two new schools")
        # (or a connective that restates what the sentence before said: "In other words, 64 more were worked")
        certain = bool(_DRAWN_FROM_BEFORE.search(seg.skeleton)) or bool(_THE_CHANGE_OPENS.match(seg.skeleton)) \
            or bool(_RESTATING_OPENS.match(seg.skeleton)) or bool(_THE_MOVE_THEN_ITS_SIZE.match(seg.skeleton)) \
            or bool(_DRAWN_OR_RESTATED.match(seg.skeleton)) and frame.role is Role.POINT_CHANGE \
            or bool(frame.head) and all(frames[f.id].head == frame.head for f in (old, new)) \
            and not _rival_level(segments[:i], frames, new)
        if frame.role is Role.CHANGE and not certain:
            continue  # ("Excise duty fell short by Rs 3.2 billion" after two levels of refunds: an amount of another kind)
        if marked_only and (not certain or (new.value - old.value) * change.direction < 0):
            continue  # (two levels no period orders, then a rate that names another measure: "Its net profit dropped from
            # R3.8bn last year to R1.6bn. ... Eskom said sales volumes declined by 5.9%": only words tying them make it theirs;
            # nor a change noun at odds with the move the marks give: "8,214, up from 7,930. The fall of 284 followed")
        if frame.role is Role.CHANGE and _heads_another_noun(frame, frames[old.id], frames[new.id]):
            continue  # "The budget is $41.2m, virtually the same as last year's $41.2m. Therefore, reserves are to increase
            # by about $530,000": an amount in units names what it moves, and the levels count another thing
        out.append(ChangeLink(change, old, (new,), change.direction, certain, grammar))
    return out


def changes_before_two_dated_levels(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                    linked: frozenset[str]) -> list[ChangeLink]:
    """ "Food parcels handed out rose by 45% over five years. In 2023-24, 76,717 parcels were given out, against
    4,617 in 2019-20.": the mirror of `changes_after_two_dated_levels`, the order news reports favour (the change as
    the lead, its levels as the evidence after it). A rate of change with no level in its sentence (its one figure
    in digits, the first of the sentence), then a sentence of its passage whose only two figures are levels of one
    unit, each dated to a period of its own, or whose one level and the next sentence's one level are of two periods
    ("In 2024, 52,418 were made. In 2020 there were 41,306."); the earlier one is the old level. Not when the change
    dates itself to another time than the later level's, names a base year that is not the earlier level's, names a
    measure of another head than the levels' ("Parcel prices rose 8%") or the levels' sentence opens on a breakdown
    ("By region, ..."). Read only when the change's sentence names what the levels count (a word of its own of their
    head noun, "food parcels" and "parcels") and no attribute of each thing counted ("prices"); then sure."""
    out = []
    for i in range(len(segments) - 1):
        seg, following = segments[i], segments[i + 1]
        if not seg.figures or seg.is_table_row or following.is_table_row or not continues(segments, i, i + 1):
            continue
        change = seg.figures[0]
        frame = frames[change.id]
        if change.id in linked or frame.role not in (Role.RELATIVE_CHANGE, Role.CHANGE) or not change.direction \
                or frame.modality != "stated" or change.qualifier or not written_in_digits(change) \
                or any(written_in_digits(f) for f in seg.figures[1:]):
            continue
        if _SORTED_BY.match(following.skeleton):
            continue
        if len(following.figures) == 2:
            levels = list(following.figures)
        elif len(following.figures) == 1 and i + 2 < len(segments) and continues(segments, i + 1, i + 2) \
                and len(segments[i + 2].figures) == 1 and not segments[i + 2].is_table_row \
                and not _SORTED_BY.match(segments[i + 2].skeleton):
            # "... have risen by 27% in four years. In 2024, 52,418 were made. In 2020 there were 41,306.":
            # one level a sentence, each dated
            levels = [following.figures[0], segments[i + 2].figures[0]]
        else:
            continue
        if not all(frames[f.id].is_level and written_in_digits(f) and f.qualifier in ("", "about")
                   and frames[f.id].modality == "stated" for f in levels) or not same_unit(*levels):
            continue
        # (each dated: two levels a word marks as earlier or later, "went from £4.1bn to £4.9bn", are a move of
        # their own sentence's subject, which may be another than the change's: "Visitor numbers went up by 8%.
        # Spending by visitors went from £4.1bn to £4.9bn.")
        ordered = _by_period(*levels)
        if ordered is None:
            continue
        old, new = ordered
        if frame.role is Role.CHANGE and not same_unit(change, old):
            continue  # (a change in units is of the levels' unit)
        if change.period and new.period and change.period != new.period:
            continue  # "Sales rose 6% in 2021. In 2023, 700 were sold, against 640 in 2022": another year's change
        named = base_years_named_after(seg.after(0, 60), 0)
        if named and (not old.period or old.period[:4] not in named):
            continue  # "up 12% on 2019" before the levels of 2022 and 2023: a change from another base
        heads = {frames[f.id].head for f in levels}
        if len(heads) != 1 or not next(iter(heads)):
            continue  # (the two levels must count one thing the words name)
        head = next(iter(heads))
        words = lexicon.folded_words(seg.before(0, 200))
        names_their_noun = lexicon.stem(head) in {lexicon.stem(w) for w in words} or frame.head == head
        if not names_their_noun or set(words) & lexicon.ATTRIBUTES_OF_A_COUNTED_THING:
            continue  # (a change the words do not tie to the levels may be another thing's: "22% fewer road deaths"
            # before "1,210 serious injuries in 2022, against 1,380"; "Ticket prices rose 8%" before crossings;
            # "Parcel prices rose 8%" names the levels' noun, but the change is of what each parcel costs)
        out.append(ChangeLink(change, old, (new,), change.direction, True,
                              "a change alone in its sentence, before two levels of two periods"))
    return out


def _heads_another_noun(change: Frame, *levels: Frame) -> bool:
    """Whether a change's own head names a noun that none of the levels' heads is, nor a synonym of (reserves
    against budgets); a change that names no head of its own ("The increase of 438") is theirs."""
    key = lambda head: lexicon.SYNONYM_KEY.get(head, head)  # noqa: E731
    return bool(change.head) and all(level.head and key(level.head) != key(change.head) for level in levels)


def _rival_level(segments: tuple[Segment, ...], frames: dict[str, Frame], level: Figure) -> bool:
    """Whether the sentences before give another value of `level`'s measure for its period ("Cement sales totalled
    48,310 tonnes in 2023" ... "Another estimate put cement sales at 50,020 tonnes in 2023"): which is meant, the
    names alone do not say."""
    head = frames[level.id].head
    return any(f is not level and f.value != level.value and f.period == level.period and frames[f.id].is_level
               and frames[f.id].head == head and same_unit(f, level) for seg in segments for f in seg.figures)


def _change_names_another_measure(seg: Segment, before: tuple[Segment, ...], frames: dict[str, Frame], *levels: Figure) -> bool:
    """Whether the words of a change alone in its sentence name a measure of the same head but with a word
    the levels' names and subjects lack ("The province's output was ..." ... "National output rose 18.4%"):
    another place's, group's or kind's change, not theirs. A change that names less ("Output rose") is theirs."""
    name, whose = measures.change_name_of(seg, 0)
    if not name.head:
        return False
    own = name.words | whose
    for level in levels:
        where = frames[level.id].segment
        level_seg = next((s for s in before if s.index == where), None)
        if level_seg is None:
            continue
        k = level_seg.slot_of(level)
        level_name = measures.name_of(level_seg, k)
        if level_name.head == name.head \
                and own - level_name.words - measures.subject_words(level_seg, k, level_name):
            return True
    return False


def _by_period(a: Figure, b: Figure) -> tuple[Figure, Figure] | None:
    """(old, new) of two levels stated for two years (or months of years), or for two months a
    quarter apart at most with no year ("in September", "in the year to October"), or None."""
    if not a.period or not b.period or a.period == b.period or len(a.period) != len(b.period):
        return None
    if len(a.period) == 2 and a.period.isdigit() and b.period.isdigit():
        if abs(int(a.period) - int(b.period)) > 3:
            return None  # (December and January: which year comes first is not said)
    elif not a.period[:4].isdigit() or not b.period[:4].isdigit():
        return None
    old, new = sorted((a, b), key=lambda f: f.period)
    return old, new


# the second of two sentences moves the measure to its level: "It has since fallen to ", "it had dropped to "
_MOVED_TO_ITS_LEVEL = lazy_re.compile(rf"\b(?:it|this|that)\s+(?:(?:has|had|have)\s+)?(?:since\s+|then\s+)?"
                                      rf"(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\s+to\s+$")
# a sentence that restates the gap of the levels just told, or draws it from them: "That is a drop of", "So ...", "Thus"
_DRAWN_OR_RESTATED = lazy_re.compile(r"^\W*(?:that|this)\s+(?:is|was|means|meant|represents|amounts\s+to)\s+(?:a|an)\s+|"
                                     r"^\W*(?:so|thus|hence|therefore)\b|^[^#]*\b(?:thus|therefore)\b")


def _one_marked_earlier(seg: Segment, levels: list[Figure]) -> tuple[Figure, Figure] | None:
    """(old, new) of two levels of one sentence when the words right beside exactly one of them mark it as the
    earlier ("978 last year", "14,312 a year earlier", "compared with 14,312"), the other not; else None."""
    marked = [f for f in levels if _OLD_MARK_AFTER.match(seg.after(seg.slot_of(f), 30))
              or _OLD_MARK_BEFORE.search(seg.before(seg.slot_of(f), 45))]
    if len(marked) != 1:
        return None
    old = marked[0]
    return old, next(f for f in levels if f is not old)


def _by_earlier_words(*placed: tuple[Segment, Figure]) -> tuple[Figure, Figure] | None:
    """(old, new) of two levels when exactly one of their sentences names an earlier time ("last year",
    "a year earlier", "the previous month"), or None."""
    earlier = [bool(_EARLIER_TIME.search(seg.skeleton)) for seg, _ in placed]
    if earlier.count(True) != 1:
        return None
    (_, a), (_, b) = placed
    return (a, b) if earlier[0] else (b, a)


_EARLIER_TIME = lazy_re.compile(r"\b(?:last|previous|prior|preceding)\s+(?:year|month|quarter|season|week)\b|"
                                r"\bsame\s+(?:period|month|quarter|time|week|half)\s+a\s+year\s+(?:earlier|ago|before)\b|"
                                r"\b(?:a|one|the)\s+(?:year|month|quarter|season|week)\s+(?:earlier|before|ago)\b")
# a level dated back by the words right after it: "4,598 the year before", "2.31 million a year earlier"
_EARLIER_TIME_RIGHT_AFTER = lazy_re.compile(r"^\s*(?:in\s+)?(?:the\s+)?(?:" + _EARLIER_TIME.pattern + ")", screened=True)


def title_changes_against_levels(segments: tuple[Segment, ...], frames: dict[str, Frame], linked: frozenset[str]) -> list[ChangeLink]:
    """ "Tourism: arrivals up 12%" over "Foreign arrivals reached 3.48 million in the first half. In the same
    period of last year they were 3.21 million.": a change in the title line with no level beside it, and
    the two levels of its measure the opening sentences give, the later one marked as of an earlier time
    ("last year", "a year earlier"). Sure when the title names the measure the new level counts (their head
    nouns agree); otherwise plausible."""
    out = []
    for i, seg in enumerate(segments[:3]):
        if seg.paragraph != 0 or seg.is_table_row:
            continue
        for change in seg.figures:
            frame = frames[change.id]
            if change.id in linked or frame.role is not Role.RELATIVE_CHANGE or not change.direction \
                    or any(frames[f.id].is_level for f in seg.figures):
                continue
            body = [s for s in segments[i + 1:i + 3] if s.paragraph > seg.paragraph and not s.is_table_row]
            if len(body) < 2 or not continues(segments, body[0].index, body[1].index):
                continue
            first, second = body
            news = [f for f in first.figures if frames[f.id].is_level and written_in_digits(f)]
            olds = [f for f in second.figures if frames[f.id].is_level and written_in_digits(f)]
            # (the first may name the time reported on as "last year" when the second opens on a time before
            # that one: "... used 212 million m3 last year. In the year before, they had used 221 million")
            if len(news) != 1 or len(olds) != 1 or not same_unit(news[0], olds[0]) \
                    or not (_EARLIER_TIME.search(second.skeleton) or _EARLIER_OPENING.match(second.skeleton)) \
                    or _EARLIER_TIME.search(first.skeleton) and not _BEFORE_THAT_OPENING.match(second.skeleton):
                continue
            # sure when the heads agree, or the first sentence holds every word of the title's measure
            # ("Water use falls 6%" ... "Households used 212 million cubic metres of water")
            measure = _stems(change.measure) - _MINOR_WORDS - _ROLE_WORDS
            said = {form for w in lexicon.folded_words(first.skeleton)
                    for form in (lexicon.stem(w), *((w[:-1], w[:-2]) if w.endswith("ed") else ()))}  # "used": "use"
            certain = bool(frame.head) and frame.head == frames[news[0].id].head or bool(measure) and measure <= said
            out.append(ChangeLink(change, olds[0], (news[0],), change.direction, certain,
                                  "a change in the title, then the level and the earlier level of the opening sentences"))
    return out


# a level, then in apposition its rate of change against the present time: "3.60 million tonnes, 12% less than
# this year", "111.72 lakh tonnes, which was 30 per cent more than in the current season so far"
# (the level's noun may stand between: "15,100 patients, which was 22% more than this season")
_RATE_APPOSED = lazy_re.compile(r"^(?:\s+[a-z'’-]+){0,3}\s*,\s*(?:which\s+(?:was|is|were|are)\s+|or\s+|some\s+|about\s+|nearly\s+)?$")
_THAN_NOW = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(cues.COMPARATIVES)})\s+than\s+"
                            r"(?:(?:in|during|for|at)\s+)?(?:(?:this|the\s+current|the\s+present)\s+"
                            r"(?:year|season|month|quarter|week|period|half|term)|now|today)\b")


def levels_after_a_change(segments: tuple[Segment, ...], frames: dict[str, Frame],
                          linked: frozenset[str]) -> list[ChangeLink]:
    """A change, then in its sentence the two levels it is between, each marked as the earlier or the later one:
    after a colon or dash, one marked by an earlier time ("up 31.4% this season: $118.6 million now, $90.3
    million a season ago"); or each after a verb of ending or starting ("shed 11.8% over the year, closing at
    8,412.6 after starting it at 9,537.8"). The earlier level is the old one."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for c, change in enumerate(seg.figures[:-2]):
            frame = frames[change.id]
            if change.id in linked or not change.direction or frame.modality != "stated" \
                    or frame.role not in (Role.RELATIVE_CHANGE, Role.CHANGE):
                continue
            first, second = seg.figures[c + 1], seg.figures[c + 2]
            if not (frames[first.id].is_level and frames[second.id].is_level and same_unit(first, second)
                    and written_in_digits(first) and written_in_digits(second) and not first.qualifier
                    and not second.qualifier) or frame.role is Role.CHANGE and not same_unit(change, first):
                continue
            if c + 3 < len(seg.figures) and same_unit(seg.figures[c + 3], first) and frames[seg.figures[c + 3].id].is_level:
                continue  # a third level of the unit: which two the change is between no word says
            old = None
            if _OPENS_ITS_LEVELS.match(seg.between(c, c + 1)) and _PAIRED_LEVELS_GLUE.match(seg.between(c + 1, c + 2)):
                earlier = [f for f in (first, second) if _EARLIER_MARK_AFTER.match(seg.after(seg.slot_of(f), 30))]
                old = earlier[0] if len(earlier) == 1 else None
            elif _AFTER_A_CHANGE.match(seg.between(c, c + 1)):
                ends = [f for f in (first, second) if _ENDED_AT.search(seg.before(seg.slot_of(f), 30))]
                starts = [f for f in (first, second) if _STARTED_AT.search(seg.before(seg.slot_of(f), 30))]
                old = starts[0] if len(starts) == 1 and len(ends) == 1 and starts != ends else None
            if old is None:
                continue
            new = second if old is first else first
            out.append(ChangeLink(change, old, (new,), change.direction, True,
                                  "a change, then the two levels it is between, the earlier marked by its time or "
                                  "its start"))
    return out


def changes_labelled_after_their_levels(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                        linked: frozenset[str]) -> list[ChangeLink]:
    """Levels and their change as the labelled items of one line, a table in prose:
    - "2023: 929,740; 2024: 982,938; change: +5.7%": two levels labelled by their years, then the change labelled
      as such; the earlier year's level is the old one;
    - "CBR: 12.75% (−75bps; previous: 13.50%)": a level, then in brackets its change and the level labelled
      "previous" (or "prior", "before"): that one is the old level."""
    out = []
    for seg in segments:
        if seg.is_table_row:
            continue
        for c, change in enumerate(seg.figures):
            frame = frames[change.id]
            if change.id in linked or frame.modality != "stated" \
                    or frame.role not in (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE):
                continue
            if c >= 2 and (_CHANGE_LABEL.search(seg.before(c, 30))
                           or change.text.lstrip()[:1] in "+-−–" and _SIGNED_AFTER_A_BRACKET.search(seg.before(c, 6))):
                a, b = seg.figures[c - 2], seg.figures[c - 1]
                years = [_YEAR_LABEL.search(seg.before(k, 16)) for k in (c - 2, c - 1)]
                if not all(years) or years[0].group("y") == years[1].group("y"):
                    continue
                if years[0].group("y") > years[1].group("y"):
                    a, b = b, a  # "2024 (36.9 million) vs 2023 (33.7 million), +9.5%": the earlier year's is the old level
                if not _level_pair(a, b, change, frames):
                    continue
                out.append(ChangeLink(change, a, (b,), change.direction or 0, True,
                                      "two levels labelled by their years, then their change labelled as such"))
            elif 0 < c < len(seg.figures) - 1 and _OPENS_A_BRACKET.match(seg.between(c - 1, c)) \
                    and _PREVIOUS_LABEL.match(seg.between(c, c + 1)) and _BRACKET_CLOSES.match(seg.after(c + 1, 5)):
                new, old = seg.figures[c - 1], seg.figures[c + 1]
                if not _level_pair(old, new, change, frames):
                    continue
                out.append(ChangeLink(change, old, (new,), change.direction or 0, True,
                                      "a level, then in brackets its change and the previous level"))
    return out


def _level_pair(old: Figure, new: Figure, change: Figure, frames: dict[str, Frame]) -> bool:
    """Whether two figures are levels (or rates) of one unit that `change` can run between."""
    if not (same_unit(old, new) and written_in_digits(old) and written_in_digits(new) and not old.qualifier
            and not new.qualifier and frames[old.id].role is frames[new.id].role
            and frames[old.id].role in (Role.LEVEL, Role.SHARE)):
        return False
    if frames[change.id].role is Role.POINT_CHANGE:
        return old.unit == "percent"
    return frames[change.id].role is Role.RELATIVE_CHANGE or same_unit(change, old)


# the label of a change in a line of labelled items: "; change: ", ", growth: ", "; y/y: "
_CHANGE_LABEL = lazy_re.compile(r"[;,(]\s*(?:change|growth|increase|decrease|rise|fall|difference|y/y|yoy)\s*:\s*$")
# a signed change right after the second level's bracket: "2023 (33.7 million), +9.5%"
_SIGNED_AFTER_A_BRACKET = lazy_re.compile(r"\)\s*[,;]\s*$")
# a year as an item's label: "2023: ", "; 2024: ", "by year: 2022: "; or before the item's bracket: "2023 (41,260), 2024
# (39,870)", "2024 (36.9 million) vs 2023 ("
_YEAR_LABEL = lazy_re.compile(r"(?:^|[;,:\u2014\u2013-]\s*|\b(?:vs\.?|versus|against|and)\s+)(?P<y>(?:19|20)\d\d)\s*(?::|\()\s*$")
_OPENS_A_BRACKET = lazy_re.compile(r"^\s*\(\s*$")
# after the change in its bracket, the previous level's label: "; previous: ", ", prior: ", "; was "
_PREVIOUS_LABEL = lazy_re.compile(r"^\s*[;,]\s*(?:previous|prior|before|previously|old|was|from)\s*:?\s*$")


# after a change and its span, a colon or dash opens its levels: "up 31.4% this season: "
_OPENS_ITS_LEVELS = lazy_re.compile(r"^[^#;.]{0,40}?(?::|\s[\u2013\u2014-])\s*(?:(?:from|with)\s+)?$")
# between the two levels after the opener: "now, ", "this year against ", " and "
_PAIRED_LEVELS_GLUE = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,3}?(?:[a-z'’-]+)?\s*(?:,|;|\band\b|\bagainst\b|\bversus\b|"
                                      r"\bvs\.?|\bcompared\s+(?:with|to))\s*$")
# a level marked as the earlier one by the words right after it: "a season ago", "last year", "a year earlier"
_EARLIER_MARK_AFTER = lazy_re.compile(r"^\s*(?:(?:a|one|the)\s+(?:year|month|quarter|season|week|decade)\s+(?:ago|earlier|before)|"
                                      r"(?:last|the\s+previous|the\s+preceding)\s+(?:year|month|quarter|season|week)|"
                                      r"(?:in\s+)?(?:the\s+)?same\s+(?:period|month|quarter|season)\s+(?:a|of\s+the)\s+"
                                      r"(?:year|previous\s+year)|before|then)\b")
# between a change and its first level, a comma and a verb of ending or starting: ", closing at", ", after opening at"
_AFTER_A_CHANGE = lazy_re.compile(r"^[^#;.:]{0,40}?,\s*(?:[a-z'’-]+\s+){0,4}$")
_ENDED_AT = lazy_re.compile(r"\b(?:closing|closed|ending|ended|finishing|finished)\s+(?:it\s+|the\s+[a-z]+\s+)?at\s+$")
_STARTED_AT = lazy_re.compile(r"\b(?:starting|started|opening|opened|beginning|began|begun)\s+(?:it\s+|the\s+[a-z]+\s+)?at\s+$")


def levels_compared_with_now(segments: tuple[Segment, ...], frames: dict[str, Frame],
                             linked: frozenset[str]) -> list[ChangeLink]:
    """ "The port handled 4.10 million tonnes this year. A year earlier it handled 3.60 million tonnes, 12% less
    than this year": a level, then in apposition its rate against the present time ("than this year", "than in
    the current season", "than now"), after a sentence of the same passage whose one level of that unit is the
    present one, of what the level counts. The rate sets the later sentence's level against the present one, the
    base: (level - present) / present; not the change from the earlier level to the present (that is
    `changes_pointing_back`'s reading when no comparison with the present follows the rate)."""
    out = []
    for i in range(1, len(segments)):
        seg, previous = segments[i], segments[i - 1]
        if seg.is_table_row or previous.is_table_row or not continues(segments, i - 1, i):
            continue
        for c in range(1, len(seg.figures)):
            change, level = seg.figures[c], seg.figures[c - 1]
            rate = frames[change.id]
            if change.id in linked or rate.role is not Role.RELATIVE_CHANGE or not rate.direction \
                    or not frames[level.id].is_level or not written_in_digits(level) \
                    or not _RATE_APPOSED.match(seg.between(c - 1, c)) or not _THAN_NOW.match(seg.after(c, 70)):
                continue
            # (one level of the unit on either side: with two, which is compared with which is unclear)
            levels = [f for f in seg.figures if frames[f.id].is_level and same_unit(f, level)]
            presents = [f for f in previous.figures if frames[f.id].is_level and written_in_digits(f)
                        and same_unit(f, level) and frames[f.id].modality == "stated"]
            if len(levels) != 1 or len(presents) != 1 \
                    or not _same_thing_counted(seg, frames[level.id], frames[presents[0].id]):
                continue  # "Exports reached $5.2bn this year. A year earlier imports were $3.1bn, 10% less than this year"
            out.append(ChangeLink(change, presents[0], (level,), rate.direction, True, AGAINST_THE_PRESENT))
    return out


AGAINST_THE_PRESENT = "a level, then its rate against the present time, after the sentence that states the present level"


def earlier_levels_against_the_present(changes) -> tuple[frozenset[str], frozenset[str]]:
    """Of the links `levels_compared_with_now` reads, the present levels (their arithmetic's base) and the earlier
    times' levels set against them ("Only the winter of 2007/08, with 60.5 million visits, 1.2% more than this
    year"): for a title, the present level is the one the body states, and the earlier one another time's."""
    against = [link for link in changes if link.grammar == AGAINST_THE_PRESENT]
    return frozenset(link.old.id for link in against), frozenset(n.id for link in against for n in link.news)


# a time before the one the sentence before speaks of: "In the year before", "A year earlier", "The previous year"
# a time before the one just spoken of: "a year earlier", "the month before", "the previous quarter"
_A_TIME_BEFORE = (r"(?:(?:the|a|one)\s+(?:year|month|quarter|season)\s+(?:before|earlier|ago)|"
                  r"the\s+(?:previous|preceding|prior)\s+(?:year|month|quarter|season))\b")
_BEFORE_THAT_OPENING = lazy_re.compile(rf"^\W*(?:in\s+)?{_A_TIME_BEFORE}")


def changes_pointing_back(segments: tuple[Segment, ...], frames: dict[str, Frame],
                          linked: frozenset[str], parts: frozenset[str] = frozenset()) -> list[ChangeLink]:
    """A sentence that points back to the level of the sentence before and gives the change from an
    earlier level it states: "The port handled 14.2 million tonnes in 2023. That was 6.1% more than in
    2022, when 13.6 million tonnes ..."; "Road deaths fell to 1,624. The figure compares with 1,711 in
    2022, a decline of 7.9%"; "The trust ran 1,180 beds. A year earlier it had 1,120, so capacity grew by
    60 beds". The sentence opens on an anaphor ("that", "this", "the figure", "the total") or on an
    earlier time, and holds one change and one level; the sentence before holds one level of that
    unit (the new one). The level of the later sentence is the earlier one: its time is earlier, or
    a word of comparison or an earlier time stands before it.

    A sentence that opens on an earlier time and states that time's level may leave the change to the
    next sentence, which points back to it and states no level ("Back then, Inpe picked up 323 km². That
    amounts to an increase of 258%"; "In the same quarter of last year, exports were $2.10 billion. The
    increase is therefore 12%"). And the present level may stand further back than the sentence before,
    past sentences that state no figure ("... 4.56 sparrows per garden. That is still a steep fall from the
    first survey, in 1979. Back then, an average of 10 sparrows ...") or only parts of it ("Of that total,
    577 km² were found in Pará"): see `_present_level_before`."""
    out = []
    for i in range(1, len(segments)):
        seg = segments[i]
        if seg.is_table_row:
            continue
        # (or on a date, "In 2013, the toll was 1,980, so ...": earlier when the level's period comes before the present one's)
        dated = not _EARLIER_OPENING.match(seg.skeleton) and _DATED_OPENING.match(seg.skeleton)
        earlier_opening = _EARLIER_OPENING.match(seg.skeleton) or dated
        opening = _FIGURE_ANAPHOR.match(seg.skeleton) or earlier_opening
        if not opening:
            continue
        changes = [f for f in seg.figures if frames[f.id].role in (Role.CHANGE, Role.RELATIVE_CHANGE, Role.POINT_CHANGE)]
        # (an average per unit is a level of its own measure a rate of change may move: "an average of 10 sparrows
        # per garden ..., which means a 54% decline")
        levels = [f for f in seg.figures if written_in_digits(f) and (frames[f.id].is_level or _a_ratio_level(frames[f.id])
                                                                      and any(frames[c.id].role is Role.RELATIVE_CHANGE
                                                                              for c in seg.figures))]
        counted = [f for f in seg.figures if frames[f.id].role is not Role.DURATION]  # ("Twelve months before, ...")
        told_next = False
        if not changes and earlier_opening and len(levels) == 1 and i + 1 < len(segments):
            # the earlier time's level, then its change in the next sentence that points back to it
            changes = _change_pointing_back_next(segments, i, frames)
            told_next = bool(changes)
            counted = [f for f in counted if frames[f.id].role is not Role.SHARE] + changes
        if len(changes) != 1 or len(levels) != 1 or len(counted) != 2 or changes[0].id in linked:
            continue
        change, old = changes[0], levels[0]
        news = present_level_before(segments, i, old, frames, parts)
        if len(news) != 1 or frames[change.id].role is Role.CHANGE and not same_unit(change, old) \
                or frames[change.id].role is Role.POINT_CHANGE and old.unit != "percent":
            continue
        if not told_next and seg.slot_of(change) < seg.slot_of(old) \
                and _MOVE_TO_ITS_LEVEL.match(seg.between(seg.slot_of(change), seg.slot_of(old))):
            continue  # "This followed a four per cent decline to $1.213 billion in the previous year": the level the
            # change moved to, in its own time, not the one the level before moved from
        new = news[0]
        reached_back = frames[new.id].segment != i - 1 or not continues(segments, i - 1, i)
        if (reached_back or told_next) and frames[old.id].modality != "stated":
            continue  # ("A year earlier, analysts had expected 9,600": no level the present one moved from)
        if reached_back and not (frames[old.id].head and _same_thing_counted(seg, frames[old.id], frames[new.id])
                                 and not other_kinds(segments, frames, old, new)):
            continue  # (a level sentences away is the present one only when both name what they count alike)
        if dated and _by_period(old, new) != (old, new):
            continue  # ("In 2025, output is expected to reach ...": a date that is not before the present level's)
        if earlier_opening:
            # "A year earlier it had 1,120, so capacity grew by 60": the earlier level first, then the change the
            # words draw from it ("so", "this time"), of the measure the level before counts. Without them the
            # change may be the earlier period's own ("In the previous season ... 1,262, an increase of 86"), and a
            # change before its level is a move to that level ("Last year it had lifted the tariff by R0.90 to R17.20")
            # (a change told in the next sentence is drawn by that sentence's opening)
            if not told_next and (seg.slot_of(change) < seg.slot_of(old)
                                  or not _DRAWN_OR_NOW.search(seg.between(seg.slot_of(old), seg.slot_of(change))
                                                              + " " + seg.after(seg.slot_of(change), 40))) \
                    or not _same_thing_counted(seg, frames[old.id], frames[new.id]):
                continue
        elif reached_back or not (_by_period(old, new) == (old, new) or _BASE_BEFORE_LEVEL.search(seg.before(seg.slot_of(old), 40))
                                  or _EARLIER_TIME.search(seg.before(seg.slot_of(old), 60))):
            continue  # (an anaphor points at the sentence just before)
        direction = change.direction or (1 if new.value >= old.value else -1)
        grammar = "a sentence pointing back to the level before, with the change from an earlier level"
        if told_next:
            grammar = "a sentence opening on an earlier time with its level, then the change in the next sentence"
        out.append(ChangeLink(change, old, (new,), direction, True, grammar))
    return out


# a sentence opening on a year or a month: "In 2013, ...", "In June 2023, ..."
_DATED_OPENING = lazy_re.compile(r"^\W*in\s+(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b")
# a sentence whose change points back at what the sentence before said: "That amounts to an increase of 258%",
# "This is a rise of 12%", "The increase is therefore 12%", "Set against the previous month, the rise is 144%"
_POINTS_BACK_TO_A_CHANGE = lazy_re.compile(
    rf"^\W*(?:that|this)\b|^\W*the\s+(?:net\s+|overall\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\b"
    r"|^\W*(?:set|measured|compared|seen)\s+(?:against|with|to)\s+(?:the\s+)?(?:previous|preceding|prior|last|same)\b")


def _change_pointing_back_next(segments: tuple[Segment, ...], i: int, frames: dict[str, Frame]) -> list[Figure]:
    """The one change of the sentence after segment i when that sentence points back at it ("That amounts
    to an increase of 258% in 12 months") and states no level of its own; else none."""
    after = segments[i + 1]
    if after.is_table_row or after.paragraph != segments[i].paragraph or not _POINTS_BACK_TO_A_CHANGE.match(after.skeleton):
        return []
    changes = [f for f in after.figures if frames[f.id].role in (Role.CHANGE, Role.RELATIVE_CHANGE)]
    others = [f for f in after.figures if f not in changes and frames[f.id].role is not Role.DURATION]
    if len(changes) != 1 or others or not changes[0].direction \
            or _ANOTHER_BASE_AFTER.search(after.after(after.slot_of(changes[0]), 80)):
        return []  # ("A year earlier it employed 2,450. That was 12% more than in 2021": the earlier level's own change)
    return changes


# after a change, a base of its own: "12% more than in 2021", "up 4% on 2021", "a rise of 9% from the low"
_ANOTHER_BASE_AFTER = lazy_re.compile(r"\b(?:on|from|than|since|compared\s+(?:with|to)|against|versus|relative\s+to)\b")


def other_kinds(segments: tuple[Segment, ...], frames: dict[str, Frame], a: Figure, b: Figure) -> bool:
    """Whether two levels' names each have a modifier the other lacks: two kinds of one head ("rail journeys" and
    "bus journeys"), not one measure named more or less fully ("km² of forest", "km² of cleared forest")."""
    words_a, words_b = (measures.name_of(segments[frames[f.id].segment], frames[f.id].slot).words for f in (a, b))
    return bool(words_a - words_b) and bool(words_b - words_a)


def _a_ratio_level(frame: Frame) -> bool:
    """Whether a figure is the value of a ratio measure, as a level is of a count: "an average of 10 sparrows per
    garden", "3.1 doctors per 1,000 people"."""
    return frame.role is Role.RATIO and frame.figure.kind is Kind.RATIO and frame.figure.unit != "percent"


def present_level_before(segments: tuple[Segment, ...], i: int, old: Figure, frames: dict[str, Frame],
                          parts: frozenset[str]) -> list[Figure]:
    """The levels of `old`'s unit of the nearest sentence before segment i that states any, in digits: the
    present level an earlier time's level is set against. The sentence just before, of the same passage; or,
    reaching back at most three sentences and one paragraph break, past sentences that state no figure
    ("That is still a steep fall from the first survey of its kind") or only parts of a whole ("Of that total,
    577 km² were found in Pará and 124 km² in Mato Grosso"); a sentence that states another figure ends
    the search (what it says may be what the earlier time is set against)."""
    breaks = 0
    for j in range(i - 1, max(-1, i - 5), -1):
        before = segments[j]
        if before.is_table_row:
            return []
        if not continues(segments, j, j + 1):
            breaks += 1
            if breaks > 1:
                return []
        # (a ratio's present value for a ratio's earlier one: "an average of 4.56 sparrows per garden")
        levels = [f for f in before.figures if (frames[f.id].is_level if not _a_ratio_level(frames[old.id])
                                                else _a_ratio_level(frames[f.id])) and written_in_digits(f) and same_unit(f, old)]
        if j == i - 1 and levels and continues(segments, j, i):
            return levels
        levels = [f for f in levels if f.id not in parts]
        if levels:
            # (and no other figure beside it: "an average of 4.56 sparrows per garden during the count, held over the
            # weekend of 29-30 January" sets no count of 29 against the average of 1979)
            alone = all(f is levels[0] or frames[f.id].role is Role.DURATION or f.id in parts for f in before.figures)
            return levels if len(levels) == 1 and alone and frames[levels[0].id].modality == "stated" else []
        if any(frames[f.id].role is not Role.DURATION and f.id not in parts for f in before.figures):
            return []
    return []


# a level, the two earlier levels it is set against, then a change from each, "respectively": "424,460 passengers
# travelled, against 647,055 in Q1 2020 and 134,817 in Q4 2020, a fall of 34.4 per cent year-on-year and growth of
# 214.84 per cent quarter-on-quarter respectively"
_CHANGE_LEAD = r"(?:(?:an?\s+)?[a-z-]+\s+(?:of|by)\s+|of\s+|by\s+|up\s+|down\s+)?"
_AGAINST_TWO_THEN_CHANGES = lazy_re.compile(
    r"#(?P<new>\d+)#[^#;]{0,80}?\b(?:against|compared\s+(?:with|to)|versus)\s+(?:the\s+)?#(?P<a>\d+)#[^#;]{0,40}?\band\s+"
    rf"(?:the\s+)?#(?P<b>\d+)#[^#;]{{0,40}}?,\s*{_CHANGE_LEAD}#(?P<ca>\d+)#[^#;]{{0,40}}?\band\s+{_CHANGE_LEAD}#(?P<cb>\d+)#"
    r"[^#;]{0,40}?\brespectively\b")


_NOUN_LEFT_TO_THE_FIRST = lazy_re.compile(r"\band\s+(?:of|by)\s+$")


def changes_against_levels_respectively(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                        linked: frozenset[str]) -> list[ChangeLink]:
    """A level set against two earlier levels, then the change from each in the same order ("..., a fall of 34.4
    per cent year-on-year and growth of 214.84 per cent quarter-on-quarter respectively")."""
    out = []
    for seg in segments:
        if seg.is_table_row or "respectively" not in seg.skeleton:
            continue
        for m in _AGAINST_TWO_THEN_CHANGES.finditer(seg.skeleton):
            new, a, b, ca, cb = (seg.figures[int(m.group(g))] for g in ("new", "a", "b", "ca", "cb"))
            # (the earlier levels may leave the unit said with the level unsaid: "10,511 tons ..., against 18,484")
            if not all(frames[f.id].is_level and written_in_digits(f) and (same_unit(f, new) or not f.unit)
                       for f in (new, a, b)):
                continue
            # (the second change may leave its noun to the first's: "a fall of 43.13 per cent YoY and of 70.59 per cent")
            elided = frames[ca.id].role in (Role.RELATIVE_CHANGE, Role.CHANGE) and cb.unit == ca.unit \
                and bool(_NOUN_LEFT_TO_THE_FIRST.search(seg.between(int(m.group("ca")), int(m.group("cb")))))
            for change, old in ((ca, a), (cb, b)):
                role = frames[ca.id].role if change is cb and elided else frames[change.id].role
                if change.id in linked or role not in (Role.RELATIVE_CHANGE, Role.CHANGE) \
                        or role is Role.CHANGE and not same_unit(change, new):
                    continue
                direction = change.direction or (ca.direction if change is cb and elided else 0) \
                    or (1 if new.value >= old.value else -1)
                out.append(ChangeLink(change, old, (new,), direction, True,
                                      "a level set against two earlier levels, then the change from each 'respectively'"))
    return out


def _same_thing_counted(seg: Segment, old: Frame, new: Frame) -> bool:
    """Whether the earlier level of `seg` counts what the new one does: the same head noun, or, with no
    head read for it, the new one's noun in its sentence or a pronoun before it ("A year earlier it had")."""
    if old.head in _GENERIC_HEADS:
        return True  # "Twelve months before, the stock was €79.6 billion"
    if old.head and new.head:
        # (or two words of one flow: "output climbed to ... A year earlier, the harvest was ...")
        return old.head == new.head or lexicon.FLOW_OF_WORD.get(old.head, old.head) == lexicon.FLOW_OF_WORD.get(new.head)
    if not new.head:
        return True
    before = seg.skeleton[:seg.slots[seg.slot_of(old.figure)][0]]
    return new.head in {lexicon.fold(w) for w in _WORD.findall(seg.skeleton)} or bool(_PRONOUN_SUBJECT.search(before))


_GENERIC_HEADS = frozenset(lexicon.fold(w) for w in lexicon.GENERIC_MEASURE_NOUNS)
# (or a noun that only points back at the measure: "A year earlier the figure was 323 km²")
# ("the number of clubs" names what it counts: no pointer)
_PRONOUN_SUBJECT = lazy_re.compile(r"\b(?:it|they|there|the\s+(?:figure|total|number|level|amount|count|tally)\b(?!\s+of\b))\b")
# a change drawn from the level before ("so", "which means") or said of the present ("this time", "now")
_DRAWN_OR_NOW = lazy_re.compile(rf"{_DRAWN_FROM_BEFORE.pattern}|\b(?:meaning|which\s+means|giving|"
                                r"this\s+(?:time|year|month|quarter|season)|now)\b")
# a sentence opening on an anaphor for the level of the sentence before: "That was ...", "The figure compares with"
_FIGURE_ANAPHOR = lazy_re.compile(r"^\W*(?:that|this|it|the\s+(?:figure|total|number|level|amount|count|tally|result)|"
                                  r"this\s+(?:figure|total|number|level|amount))\b")
# words of comparison before the earlier level: "than in 2022, when", "compares with", "against"
_BASE_BEFORE_LEVEL = lazy_re.compile(r"\b(?:than|compares?\s+with|compared\s+(?:with|to)|against|versus|from|when)\b[^#]*$")


# a change, then the level it reached: "rose 8% to 2,700", "fell by 310 to 4,120"
# (a period may stand between, and a verb that carries the measure to it: "rose 3.1% in the year to March,
# taking the average price to £287,400")
_TO_THE_NEW_LEVEL = lazy_re.compile(r"^\s*(?:(?:in|over|during|for)\s+[^#,;.]{0,40}?)?,?\s*(?:(?:taking|bringing|lifting|pushing|"
                                    r"putting|raising|cutting|lowering)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z'’-]+\s+){0,3})?"
                                    r"(?:to|reaching|to\s+reach)\s+(?:a\s+|an\s+)?(?:[a-z'’-]+\s+){0,2}$")


# A sentence that opens on the place it tells of: "At Entikong entrance (...) tourist arrivals have increased",
# "Meanwhile, at the International Airport of Lombok the number ..." (the place's capitalised name)
_OPENING_PLACE = lazy_re.compile(r"\s*(?i:(?:(?:meanwhile|similarly|likewise|also|elsewhere)\s*,?\s*)?(?:at|in)\s+(?:the\s+)?)"
                                 r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4})")


def _opening_place(text: str, seg: Segment) -> str:
    """The capitalised name of the place a sentence opens on ("At Ngurah Rai Airport (Bali), ..."), or ""."""
    found = _OPENING_PLACE.match(text, seg.start, seg.end)
    return found.group("name") if found else ""


# Between a change and the old level it is measured against: "+27% change from the 15,223",
# "35% higher than the prior-year quarter's $78.5 million", "+30% change on the 2021-2023 average of".
# (a table's cell boundary, a pipe or a tab, ends the change's words: "| +2.5 | Unchanged | From Contracting | 1 |"
# sets no base; the next cell's "from" is a label's; a colon closes the comparison and opens a breakdown: "down 9
# percent on a year before: 273 million laying table eggs")
CHANGE_TO_OLD = lazy_re.compile(
    rf"^[^,;|\t\d]{{0,25}}\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS + cues.THAN + cues.BASE_ON, ' ')})\b[^,;:|\t]{{0,45}}$", re.I)
# Words after a change that close its own words, so that the figure after them is no old level of it: the bracket
# the change stands in closes ("18 oil rigs (down 13 from last week) and 41 gas rigs"), or "with" brings the level
# reached after a base named in words ("up 11.8 percent against the same point last year with 279,038 shipments")
_ASIDE_CLOSES = lazy_re.compile(r"^[^()a-z]*[a-z][^()]*\)", re.I)  # (words of its own: not "13,749 (2.3%) on the ...")
_WITH_THE_LEVEL = lazy_re.compile(r"(?<!compared)(?<!comparison)(?<!as against)\s+with\s+(?:(?:a\s+total\s+of|some|about|around|nearly|"
                                  r"almost|over|more\s+than)\s+)?$", re.I)


# ... or a clause of another subject opens: "12 percent less than in 2015 – while import was USD 2,679 million"
_OTHER_SUBJECT_OPENS = lazy_re.compile(r"\b(?:while|whereas)\b", re.I)


def past_the_change(between: str) -> bool:
    """Whether the words between a change and the next figure close the change's words first (see above)."""
    return bool(_ASIDE_CLOSES.match(between) or _WITH_THE_LEVEL.search(between) or _OTHER_SUBJECT_OPENS.search(between))


# A span set against the same span before ("year on year", "month-over-month"): its "on" or "over" names the
# time a rate is measured from, never a level, so it points to no old level: "increased by a real 7.7% year on
# year (7.5% y/y at current prices)" sets no base in brackets.
SPAN_ON_SPAN = lazy_re.compile(r"\b(year|quarter|month|week|day)[\s-]+o(?:n|ver)[\s-]+\1\b", re.I)
# the words before a level reached: "... on a year earlier to 10,152", "... than in 2020, to a record 4,100",
# also hedged: "... on the previous month to nearly US$1.8 billion"
REACHED_LEVEL = lazy_re.compile(r"\bto\s+(?:(?:a|an|the)\s+)?(?:(?:new|record|total|high|fresh|all-time)\s+){0,2}(?:of\s+)?"
                                 rf"(?:(?:{lexicon.alternation(lexicon.HEDGES)})\s+)?$", re.I)
# the present a change is of: "so far this year", "this year", "now"
_THE_PRESENT = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.YEAR_TO_DATE)}|this\s+year|now)\b")


def _dated(f: Figure) -> bool:
    """Whether a figure's period is said in its own clause or sentence, not a document's default."""
    return bool(f.period) and f.period_source in _NEAR_PERIOD


def news_in_the_next_sentence(segments: tuple[Segment, ...], frames: dict[str, Frame],
                              links: list[ChangeLink]) -> list[ChangeLink]:
    """ "Malaria cases so far this year are 12% higher than the 2,841 cases of 2019. ... 3,182 malaria cases have
    been recorded this year.": a change whose words gave the old level it is measured against and no new level, with
    no other level of that unit in its sentence, then a sentence of the passage whose one level of that unit counting
    what the old level counts (its head noun) is the new level. Sure when both sentences name the present, or the new level is dated
    with the change's period; each link comes back completed."""
    olds = {link.old.id for link in links}
    out = []
    for link in links:
        i = frames[link.change.id].segment
        if link.news or i + 1 >= len(segments):
            continue
        seg, nxt, old = segments[i], segments[i + 1], link.old
        if seg.is_table_row or nxt.is_table_row or not continues(segments, i, i + 1) or _EARLIER_OPENING.match(nxt.skeleton) \
                or frames[link.change.id].modality != "stated":
            continue
        if any(frames[f.id].is_level and same_unit(f, old) and not _BASE_BEFORE_LEVEL.search(seg.before(k, 40))
               for k, f in enumerate(seg.figures) if f is not old):
            continue  # a level of the unit in the change's own sentence may be its new level (not one set against
            # the new level in turn: "..., but lower than the 31,000 cases of 2018")
        head = frames[old.id].head
        news = [f for f in nxt.figures if frames[f.id].is_level and same_unit(f, old) and written_in_digits(f)
                and frames[f.id].head == head]  # (not "with 40 deaths" beside "12,507 malaria cases")
        if any(f.id in olds for f in news):
            continue  # "It is also 27% below the 1,041 deals done then": another old level
        if not head or len(news) != 1 or frames[news[0].id].modality != "stated":
            continue
        new = news[0]
        if _dated(old) and _dated(new) and new.period == old.period:
            continue  # another level of the old time
        opening = seg.skeleton[:seg.slots[frames[link.change.id].slot][0]]
        certain = bool(_dated(link.change) and _dated(new) and new.period == link.change.period) or bool(
            _THE_PRESENT.search(opening) and _THE_PRESENT.search(nxt.skeleton))
        out.append(replace(link, news=(new,), certain=certain,
                           grammar=f"{link.grammar}, then the level it describes in the next sentence"))
    return out


_PARTS_OF_A_YEAR = frozenset({*(lexicon.fold(w) for w in MONTHS), "spring", "summer", "autumn", "winter", "quarter", "half",
                              "date"})  # ("the year to date")


def _times_named(skeleton: str) -> frozenset[str]:
    """The months, seasons and parts of a year a sentence names."""
    return frozenset(w for w in lexicon.folded_words(skeleton) if w in _PARTS_OF_A_YEAR)


_VERB_WORDS = frozenset(w for verbs in (lexicon.LEVEL_VERBS, lexicon.MOVE_VERBS, lexicon.CHANGE_VERBS_UP,
                                        lexicon.CHANGE_VERBS_DOWN) for phrase in verbs for w in lexicon.folded_words(phrase))
# a sentence opening on a fronted phrase of place or group, set off by a comma: "At the western crossing, ...",
# "Among women, ...", "In the north, ..."
_FRONTED_SUBJECT = lazy_re.compile(r"^\W*(?:at|in|for|among|across|on|within|outside)\s+(?P<words>[^#,;]{1,50}),")


def levels_of_a_rate_in_the_next_sentence(segments: tuple[Segment, ...], frames: dict[str, Frame],
                                          linked: frozenset[str]) -> list[ChangeLink]:
    """A change said with no level, a rate ("confirmed a rise of 45% in the number of permits it issued in 2017";
    "tariffs were raised by 31%"), an amount ("hires rose by 2,900") or points of a rate ("the jobless rate fell by 1.9
    percentage points"), then a sentence of the passage that states the two levels it runs between (amounts of the
    change's unit; rates in per cent for points), the earlier marked as such ("Last year 12,390 permits were issued,
    against 8,572 permits in 2016"; "the average tariff will climb to 9.3 cents, from 7.5 cents now"): the change is
    from the earlier level to the later. Read only when the levels count a thing the change's sentence names (its
    head noun), or the later sentence opens on a pronoun that takes the measure up ("It was 5.2% in 2023 and 4.1% in
    2024"), and the later sentence holds no change of its own."""
    out = []
    for i in range(len(segments) - 1):
        seg, nxt = segments[i], segments[i + 1]
        if seg.is_table_row or nxt.is_table_row or not continues(segments, i, i + 1):
            continue
        rates = [f for f in seg.figures if frames[f.id].role in (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE)]
        if len(rates) != 1 or rates[0].id in linked or not rates[0].direction or rates[0].qualifier \
                or frames[rates[0].id].modality != "stated" or any(frames[f.id].is_level for f in seg.figures):
            continue
        if any(frames[f.id].role in (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE) for f in nxt.figures):
            continue  # the later sentence's levels have their own change
        said = set(lexicon.folded_words(seg.skeleton))
        fronted = _FRONTED_SUBJECT.match(nxt.skeleton)
        if fronted and not set(lexicon.folded_words(fronted.group("words"))) - _MINOR_WORDS <= said:
            continue  # "At the northern crossing, arrivals increased by 22.0 percent. At the western crossing, ...": another subject's
        role = frames[rates[0].id].role
        levels = [(k, f) for k, f in enumerate(nxt.figures) if _level_of_the_change(frames[f.id], rates[0], role)]
        if len(levels) != 2 or not same_unit(levels[0][1], levels[1][1]) \
                or not all(written_in_digits(f) and frames[f.id].modality == "stated" for _, f in levels):
            continue
        marked = [f for k, f in levels if _OLD_MARK_BEFORE.search(nxt.before(k, 45)) or _OLD_MARK_AFTER.match(nxt.after(k, 30))]
        periods = [f.period for _, f in levels]
        if not marked and all(periods) and periods[0] != periods[1] and len(periods[0]) == len(periods[1]):
            # ("came to Rs 226,313,293 in Shrawan 2007-08, and in Shrawan of 2008-09 they climbed to Rs 297,225,951")
            marked = [min((f for _, f in levels), key=lambda f: f.period)]
        if len(marked) != 1:
            continue
        old = marked[0]
        new = next(f for _, f in levels if f is not old)
        years = set(_YEAR.findall(nxt.skeleton)) - {old.period}
        if not years <= set(_YEAR.findall(seg.skeleton)) or not _times_named(nxt.skeleton) <= _times_named(seg.skeleton):
            continue  # "Admissions fell 6.0% in the spring. In August admissions were 2.44 million, compared with ...":
            # the levels of another time than the rate's
        head = frames[new.id].head
        named = set(lexicon.folded_words(new.measure)) - _MINOR_WORDS
        # (the minor words hold the months and the words of a period)
        opening = {w for w in lexicon.folded_words(nxt.skeleton[:nxt.slots[0][0]])
                   if w not in _MINOR_WORDS and w not in _VERB_WORDS and not w.endswith("ed")}
        if _TAKEN_UP_BY_A_PRONOUN.match(nxt.skeleton):
            pass  # "The jobless rate fell by 1.9 points. It was 5.2% in 2023 and 4.1% in 2024": the measure said before
        elif not head or head != frames[old.id].head and frames[old.id].head or lexicon.fold(head) not in said \
                or not named <= said or not opening <= said:
            continue  # (every word naming the measure and opening the later sentence in the rate's sentence: "Visitor
            # numbers went up by 8%" is no rate of "Spending by visitors went from £4.1bn")
        out.append(ChangeLink(rates[0], old, (new,), frames[rates[0].id].direction, True,
                              "a change said alone, then the two levels it runs between in the next sentence"))
    return out


def _level_of_the_change(frame: Frame, change: Figure, role: Role) -> bool:
    """Whether a figure is a level of the kind a change said alone runs between: any amount but a rate in per cent
    for a rate of change, one of the change's own unit for an amount, a rate in per cent (a level or a share) for
    points."""
    level = frame.figure
    if role is Role.POINT_CHANGE:
        return level.unit == "percent" and frame.role in (Role.LEVEL, Role.SHARE)
    if role is Role.CHANGE:
        return frame.is_level and level.unit != "percent" and same_unit(level, change)
    return frame.is_level and level.unit != "percent"


# a change, then (after its noun) "to" the level it moved to: "a four per cent decline to", "a 6% rise to reach"
_MOVE_TO_ITS_LEVEL = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+){0,2}(?:to|to\s+reach|reaching)\s+(?:a\s+|an\s+)?$", re.I)
# after a change's new level, its own base in the same clause: "to 63,737 units last month from 56,929", "to 8.2 million,
# up from 7.9 million"
_ITS_OWN_BASE_NEXT = lazy_re.compile(r"^[^#;.]{0,40}?\bfrom\s+(?:the\s+|a\s+|an\s+)?(?:[a-z'’-]+\s+){0,2}$")


# a sentence opening on a pronoun that takes up the measure of the sentence before: "It was 5.2% in 2023 and ..."
_TAKEN_UP_BY_A_PRONOUN = lazy_re.compile(r"^\W*(?:it|they)\s+(?:was|were|stood|had\s+been|came\s+to|totalled|totaled|numbered)\b")


def olds_in_the_next_sentence(segments: tuple[Segment, ...], frames: dict[str, Frame],
                              linked: frozenset[str], pointed_back: Mapping[str, str] | None = None) -> list[ChangeLink]:
    """ "The firm's headcount rose 8% to 2,700. A year earlier it employed 2,450 people.": a change and
    the level it reached, then a sentence of the passage that opens on the earlier time and states one
    level of that unit: the old level. (Or whose one level's subject points back at the new level and names
    an earlier time of its own: "$84.6m last year, up 12.5% on the year before. In 2021 the figure had been
    $71.3m": `pointed_back`, figure id -> the figure its subject points back at.)"""
    pointed_back = pointed_back or {}
    out = []
    for i in range(len(segments) - 1):
        seg, after = segments[i], segments[i + 1]
        if seg.is_table_row or after.is_table_row or not continues(segments, i, i + 1):
            continue
        # (or a sentence whose one level of the unit is dated a year before the new level: "Milk output fell 3.4% to
        # 8.21 billion litres in 2023. Dairy farmers had produced 8.70 billion litres in 2022.")
        said_earlier = bool(_EARLIER_OPENING.match(after.skeleton) or _SUBJECT_THEN_EARLIER.match(after.skeleton)
                            # "The fund grew 6.3% over the year to $84.2bn. At the start of the year it had stood at
                            # $80.6bn": a change over a span, then the level at the span's start
                            or _AT_THE_START.match(after.skeleton) and _OVER_THE_SPAN.search(seg.skeleton))
        for c, change in enumerate(seg.figures):
            frame = frames[change.id]
            if change.id in linked or not change.direction or frame.role not in (Role.RELATIVE_CHANGE, Role.CHANGE):
                continue
            if c + 1 < len(seg.figures) and _TO_THE_NEW_LEVEL.match(seg.between(c, c + 1)):
                new = seg.figures[c + 1]
                if c + 2 < len(seg.figures) and _ITS_OWN_BASE_NEXT.match(seg.between(c + 1, c + 2)) \
                        and after.paragraph == seg.paragraph:
                    continue  # "jumped 12% to 63,737 units last month from 56,929 a year ago": the change names its
                    # own base, and the next sentence's "Last month" is the time of its new level, no earlier one
                    # (a later paragraph's earlier level is left to the readings that weigh it)
            elif c > 0 and (_LEVEL_THEN_ITS_CHANGE.match(seg.between(c - 1, c)) and _THAN_AN_EARLIER_TIME.match(seg.after(c, 60))
                            or _LEVEL_THEN_UP_OR_DOWN.match(seg.between(c - 1, c)) and _ON_AN_EARLIER_TIME.match(seg.after(c, 60))):
                # "1.96 million people, 41,000 more than a year before"; "3.2 million tonnes, up 7% on last year"
                new = seg.figures[c - 1]
            elif c > 0 and _LEVEL_DATED_THEN_A_CHANGE.match(seg.between(c - 1, c)) and _FROM_A_YEAR.match(seg.after(c, 40)):
                # "4,300 in 2018, a 12% rise from 2016. For 2016 sales were 3,840": the base named by its year
                new = seg.figures[c - 1]
            elif c > 0 and change.text[:1] in _SIGNS and _LEVEL_THEN_A_SIGNED_RATE.match(seg.between(c - 1, c)) \
                    and _YEAR_ON_YEAR_SHORT.match(seg.after(c, 20)):
                # "net sales ₺48.21bn in Q3, +14.6% y/y": a level, then its signed change on the year before
                new = seg.figures[c - 1]
            else:
                continue
            if not frames[new.id].is_level or frame.role is Role.CHANGE and not same_unit(change, new):
                continue
            if said_earlier and _spans_of_time_differ(change, seg.after(c, 60), after.skeleton[:60]):
                continue  # "3,755 children, up 47% on a year earlier. Last month 488 children were ...": another span
            olds = [f for f in after.figures if frames[f.id].is_level and same_unit(f, new) and written_in_digits(f)]
            base_year = _FROM_A_YEAR.match(seg.after(c, 40))
            if base_year and len(olds) == 1:
                if olds[0].period != base_year.group("year") or base_year.group("year") == new.period:
                    continue  # ("a 12% rise from 2016. For 2017 sales were 3,840": another year's level)
                said_earlier = True  # the next sentence's one level is of the year the change is measured from
            # (a period with no year, "July", cannot be shifted: one shifted to itself is the same period, no earlier one)
            if not said_earlier and not (len(olds) == 1 and new.period and new.period_source in ("stated", "attached")
                                         and olds[0].period == shifted(new.period, -1) != new.period
                                         and olds[0].period_source in ("stated", "attached", "sentence", "shifted")) \
                    and not (len(olds) == 1 and _an_earlier_time_pointed_back(olds[0], new, pointed_back)):
                continue
            # ("... to £301,000 in London. A year earlier the average outside London was £198,000": another subject)
            narrowed = set(_EXCLUDING_PHRASE.findall(after.skeleton)) - set(_EXCLUDING_PHRASE.findall(seg.skeleton))
            if len(olds) == 1 and not narrowed \
                    and not _other_flow(seg.skeleton, after.skeleton[:after.slots[after.figures.index(olds[0])][0]]):
                out.append(ChangeLink(change, olds[0], (new,), change.direction, True,
                                      "a change and the level it reached, then the earlier level in the next sentence"))
    return out


def _an_earlier_time_pointed_back(old: Figure, new: Figure, pointed_back: Mapping[str, str]) -> bool:
    """Whether a level's subject points back at a new level ("In 2021 the figure had been $71.3m") and its own time
    is the one before the new level's, or the new level's time is unsaid ("$84.6m last year" in a text of no date)."""
    return pointed_back.get(old.id) == new.id and old.period_source in ("stated", "attached") \
        and (not new.period or old.period == shifted(new.period, -1) != new.period)


def _other_flow(words: str, other_words: str) -> bool:
    """Whether two passages name flows, and none the same: "Sales rose 9% to 14,200 cars" and "Exports in
    the same period a year earlier were 6,100 cars" (production and output are one flow)."""
    flows, other = ({lexicon.FLOW_OF_WORD[w] for w in lexicon.folded_words(text) if w in lexicon.FLOW_OF_WORD}
                    for text in (words, other_words))
    return bool(flows and other and flows.isdisjoint(other))


# a phrase that narrows a measure by leaving something out: "outside London", "excluding fuel"
_EXCLUDING_PHRASE = lazy_re.compile(r"\b(?:outside|excluding|except|beyond|ex)\s+(?:the\s+)?[a-z'’-]+")
_LEVEL_THEN_ITS_CHANGE = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s*){0,2}?,\s*(?:some\s+|about\s+|nearly\s+|almost\s+|just\s+)?$")
# the measure named, then the earlier time: "Maize output a year earlier had been 3.1 million tonnes"
# (... or the same span of the earlier time: "Output in the same period a year earlier had been 785.39 million tonnes")
# the length of time a change is measured over, or the one a sentence opening on an earlier time steps back by:
# "up 47% on a year earlier", "year-on-year", "Last month", "In the same month of the previous year" (both)
_SPAN_WORD = lazy_re.compile(r"\b(year|month|quarter|week|day)s?\b")
_SPAN_OF_A_CHANGE_NAMED = {"year-on-year": "year", "month-on-month": "month", "quarter-on-quarter": "quarter"}


def _spans_of_time_differ(change: Figure, after_change: str, next_opening: str) -> bool:
    """Whether a change names the span it is measured over ("on a year earlier", "over the year") and the next
    sentence opens on a step back of another span ("Last month ..."): that sentence's level is no old level of the
    change. A span counted by a figure ("Twelve months before") may be the change's own in other words: no difference
    read."""
    said = _SPAN_OF_A_CHANGE_NAMED.get(change.change_of)
    named = _ON_AN_EARLIER_TIME.match(after_change) or _OVER_THE_SPAN.search(after_change)  # "over the year"
    own = {said} if said else set(_SPAN_WORD.findall(named.group() if named else ""))
    opening = _EARLIER_OPENING.match(next_opening) or _SUBJECT_THEN_EARLIER.match(next_opening)
    if not own or opening is None or "#" in opening.group():
        return False
    stepped = set(_SPAN_WORD.findall(opening.group()))
    return bool(stepped) and not stepped & own


_SUBJECT_THEN_EARLIER = lazy_re.compile(rf"^\W*(?:[a-z'’-]+\s+){{1,3}}?(?:in\s+)?(?:the\s+(?:same|corresponding|equivalent)\s+"
                                        rf"(?:period|months?|quarter|week|season|half)\s+(?:of\s+|in\s+)?)?{_A_TIME_BEFORE}")
_AT_THE_START = lazy_re.compile(r"^\W*(?:at|by)\s+the\s+(?:start|beginning|outset)\s+of\s+(?:the|that|this)\s+"
                                r"(?P<span>year|period|quarter|month|season)\b")
_OVER_THE_SPAN = lazy_re.compile(r"\b(?:over|during|through|across|in)\s+the\s+(?:year|period|quarter|month|season)\b")
# a level, its time ("in Q3", "in the first half"), then a comma before a signed rate: "₺48.21bn in Q3, +14.6% y/y"
_LEVEL_THEN_A_SIGNED_RATE = lazy_re.compile(r"^\s*(?:[a-z0-9'’-]+\s*){0,4}?,\s*$")
# the year-on-year shorthand of newswires and markets right after a change
_YEAR_ON_YEAR_SHORT = lazy_re.compile(r"^\s*(?:y/y|yoy|y-o-y|y-y|year[\s-]on[\s-]year)\b")
_SIGNS = frozenset("+-\u2212\u2013")
# a level with its year, then its change after a comma: "4,300 in 2018, a "
_LEVEL_DATED_THEN_A_CHANGE = lazy_re.compile(r"^\s*(?:(?:in|for)\s+(?:19|20)\d\d\s*)?,\s*(?:a|an)?\s*$")
# after a change, the year it is measured from: "decline from 2016", "up on 2019"
_FROM_A_YEAR = lazy_re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:from|on|over|compared\s+with|since)\s+(?:the\s+)?(?:year\s+)?"
                               r"(?P<year>(?:19|20)\d\d)\b")
_LEVEL_THEN_UP_OR_DOWN = lazy_re.compile(r"^\s*(?:(?:[a-z'’-]+|(?:19|20)\d\d)\s*){0,3}?,\s*(?:up|down)\s+(?:by\s+)?(?:some\s+|about\s+|nearly\s+|almost\s+)?$")
_ON_AN_EARLIER_TIME = lazy_re.compile(rf"^\s*(?:on|from|compared\s+with)\s+(?:{_A_TIME_BEFORE}|"
                                      r"(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:year|month|quarter)\b)")
# after the change, a comparative and an earlier time with no level: "41,000 more than a year before"
_THAN_AN_EARLIER_TIME = lazy_re.compile(r"^\s*(?:[a-z'’-]+\s+)?(?:more|less|fewer|higher|lower|up|down)\s+(?:than|on|from)\s+"
                                        r"(?:(?:a|one|the)\s+(?:year|month|quarter)\s+(?:before|earlier|ago)|"
                                        r"(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:year|month|quarter))\b")


def relative_gaps(seg: Segment, frames: dict[str, Frame], linked: frozenset[str]) -> list[ChangeLink]:
    """ "Completions reached 5,240, exceeding the 4,800 target by 9%", "a price 12% lower than ...":
    one level more or less than another "by" a percentage: the relative gap, measured from the other."""
    out = []
    for m in _COMPARED_BY.finditer(seg.skeleton):
        a, b, d = (seg.figures[int(m.group(g))] for g in ("a", "b", "d"))
        if d.id in linked or d.unit != "percent" or not same_unit(a, b) or not (frames[a.id].is_level and frames[b.id].is_level) \
                or d.kind is not Kind.PERCENT:
            continue
        direction = -1 if m.group("less") else 1
        out.append(ChangeLink(d, b, (a,), direction, True, "one level more or less than another by a percentage"))
    return out


def net_flows(segments: tuple[Segment, ...], frames: dict[str, Frame], gaps: list[NamedIdentityLink]) -> list[NamedIdentityLink]:
    """ "Immigration was 184,000 and emigration 96,000. Net migration thus added 88,000 to the population":
    a sentence whose only two levels of one unit are two flows that go opposite ways (named by a pair of
    OPPOSITE_FLOWS, each in the words just before its figure or in its measure), and a figure of that
    unit the words call a net (or natural increase) in the same sentence or the next one of the passage:
    the net is the inward flow less the outward one."""
    read = {link.result.id for link in gaps}
    used = {f.id for link in gaps for f in (*link.a, *link.b)}
    out = []
    for i, seg in enumerate(segments):
        if seg.is_table_row:
            continue
        # (a count a verb of flowing takes as its object is a flow, though the verb reads as one of change: "lost 0.97
        # million" after "connected 1.42 million new subscribers")
        levels = [f for f in seg.figures if written_in_digits(f) and (frames[f.id].is_level or frames[f.id].role is Role.CHANGE
                                                                      and _FLOW_VERB_BEFORE.search(seg.before(seg.slot_of(f), 40)))]
        if len(levels) < 2:
            continue
        roles = {f.id: _flow_role(seg, f) for f in levels}
        inward = [f for f in levels if roles[f.id] and roles[f.id][1] == 0]
        outward = [f for f in levels if roles[f.id] and roles[f.id][1] == 1]
        if len(inward) != 1 or len(outward) != 1 or roles[inward[0].id][0] != roles[outward[0].id][0] \
                or not same_unit(inward[0], outward[0]) or {inward[0].id, outward[0].id} & used:
            continue  # (flows whose gap another reading took: "Births outnumbered deaths, giving ...")
        net_word = _NET_WORDS[roles[inward[0].id][0]]
        places = [seg] + ([segments[i + 1]] if i + 1 < len(segments) and continues(segments, i, i + 1) else [])
        nets = [(f, named) for s in places for k, f in enumerate(s.figures) if f.id not in read and f not in (inward[0], outward[0])
                and same_unit(f, inward[0]) and frames[f.id].role in (Role.LEVEL, Role.CHANGE, Role.GAP)
                and (named := net_word.search(s.before(k, 60).rsplit("#", 1)[-1] + " " + f.measure.lower()))]
        if len(nets) == 1:
            net, named = nets[0]
            if net.value > 0 and _OUTWARD_NET.search(named.group(0)):
                # a net the words name by its outward way ("a natural decrease of 2,655", "a net outflow of
                # 1,200") states the size of the outward excess: the outward flow less the inward one
                out.append(NamedIdentityLink(net, "-", (outward[0],), (inward[0],),
                                             "two flows going opposite ways, then their net named by the outward way"))
            else:
                out.append(NamedIdentityLink(net, "-", (inward[0],), (outward[0],),
                                             "two flows going opposite ways, then their net"))
    return out


def gaps_pointing_back(segments: tuple[Segment, ...], frames: dict[str, Frame],
                       gaps: list[NamedIdentityLink]) -> list[NamedIdentityLink]:
    """ "The prison population stood at 88,200, against a capacity of 89,500. That leaves 1,300 places
    free.": a sentence opening on an anaphor and a verb of what is left ("that leaves", "this means a
    gap of"), with one figure, after a sentence whose only two levels of that unit are set against each
    other: the gap between them."""
    read = {link.result.id for link in gaps}
    out = []
    for i in range(1, len(segments)):
        seg, previous = segments[i], segments[i - 1]
        if seg.is_table_row or previous.is_table_row or len(seg.figures) != 1 or not continues(segments, i - 1, i) \
                or not _LEAVES_BACK.match(seg.before(0, 80)):
            continue
        gap = seg.figures[0]
        levels = [f for f in previous.figures if frames[f.id].is_level and written_in_digits(f) and same_unit(f, gap)]
        if gap.id in read or len(levels) != 2 or not _PAIR_SET_AGAINST.match(previous.between(*(previous.slot_of(f) for f in levels))):
            continue
        larger, smaller = sorted(levels, key=lambda f: f.value, reverse=True)
        out.append(NamedIdentityLink(gap, "-", (larger,), (smaller,), "two levels set against each other, then 'that leaves' their gap"))
    return out


# two levels set against each other: "88,200 in June, against a capacity of 89,500"
_PAIR_SET_AGAINST = lazy_re.compile(rf"^[^#;:]{{0,60}}?\b(?:{_VERSUS}|(?:up|down)\s+from)\s+(?:(?:the|a|an|its|their)\s+)?"
                                    rf"(?:[a-z'’-]+\s+){{0,3}}?$")
# "That leaves", "This left", "That means a gap of", "which leaves": what is left between two levels, pointing back
_LEAVES_BACK = lazy_re.compile(r"^\W*(?:that|this|which|it)\s+(?:leaves|left|leaving|gives|gave|means|meant|puts|put)\s+"
                               r"(?:(?:an?|the)\s+(?:gap|shortfall|surplus|difference|margin|headroom)\s+of\s+)?"
                               r"(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+|only\s+)?$")


def _flow_role(seg: Segment, f: Figure) -> tuple[int, int] | None:
    """(which pair of OPPOSITE_FLOWS, 0 inward or 1 outward) of the flow a figure's words name, or None."""
    k = seg.slot_of(f)
    words = set(_WORD.findall(seg.before(k, 40).rsplit("#", 1)[-1])) | set(f.measure.lower().split())
    found = {(n, side) for n, flows in enumerate(lexicon.OPPOSITE_FLOWS) for side, word in enumerate(flows[:2]) if word in words}
    # (or a verb of flowing after it: "312,000 people arrived and 226,000 left")
    verb = _FLOW_VERB_AFTER.match(seg.after(k, 40))
    if verb:
        found.add(_FLOW_VERB_ROLE[" ".join(verb.group("verb").split())])
    # (or one right before it whose object it is: "connected 1.42 million new subscribers and lost 0.97 million")
    verb = _FLOW_VERB_BEFORE.search(seg.before(k, 40))
    if verb:
        found.add(_FLOW_VERB_BEFORE_ROLE[" ".join(verb.group("verb").lower().split())])
    return found.pop() if len(found) == 1 else None


_FLOW_VERB_ROLE = {verb: (next(n for n, flows in enumerate(lexicon.OPPOSITE_FLOWS) if flows[0] == noun), side)
                   for noun, *sides in lexicon.FLOW_VERBS for side, verbs in enumerate(sides) for verb in verbs}
# (not past "and": "opened 48 stores and closed 30" gives the verb of the next count)
_FLOW_VERB_AFTER = lazy_re.compile(rf"^\s*(?:(?!(?:and|or|but|while|whereas)\b)[a-z'’-]+\s+){{0,2}}?(?P<verb>{lexicon.alternation(tuple(_FLOW_VERB_ROLE))})\b")


_FLOW_VERB_BEFORE_ROLE = {verb: (next(n for n, flows in enumerate(lexicon.OPPOSITE_FLOWS) if flows[0] == noun), side)
                          for noun, *sides in lexicon.FLOW_VERBS_BEFORE for side, verbs in enumerate(sides) for verb in verbs}
_FLOW_VERB_BEFORE = lazy_re.compile(rf"\b(?P<verb>{lexicon.alternation(tuple(_FLOW_VERB_BEFORE_ROLE))})\s+"
                                    r"(?:(?:some|about|around|roughly|nearly|almost|another|a\s+further|a\s+record)\s+)?$", re.I)
_OUTWARD_NET = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.OUTWARD_NET_WORDS)})\b")
_NET_WORDS = [lazy_re.compile(rf"\b(?:{lexicon.alternation(nets)})\b") for _, _, nets in lexicon.OPPOSITE_FLOWS]


def _balance_word(seg: Segment, k: int) -> str:
    """The balance word (an inflow, an outflow or a result) that names the k-th figure: the last one in
    the words since the figure before it ("and costs of #2#"), else one just after it ("#1# in revenue")."""
    start = seg.slots[k - 1][1] if k else 0
    before = _BALANCE_WORD.findall(seg.skeleton[start:seg.slots[k][0]])
    if before:
        return before[-1]
    after = _BALANCE_AFTER.match(seg.after(k, 40))
    return after.group(1) if after else ""


def _balances(seg: Segment, frames: dict[str, Frame], read: set[str]) -> list[NamedIdentityLink]:
    """ "Revenue was $96.3 million and costs $71.8 million, giving an operating profit of $24.5 million",
    "Operating profit came to $24.5 million on revenue of $96.3 million and costs of $71.8 million": a
    sentence naming one inflow, one outflow and the balance they leave, each with its amount, and no
    other amount of their unit. A profit or surplus is the inflow less the outflow, a loss or deficit
    the outflow less the inflow."""
    # (the balance may read as a change or a gap: "a loss of $0.3 million", "a shortfall of")
    amounts = [k for k, f in enumerate(seg.figures) if f.kind is Kind.MONEY
               and frames[f.id].role in (Role.LEVEL, Role.CHANGE, Role.GAP)]
    if len(amounts) != 3 or seg.is_table_row or not same_unit(seg.figures[amounts[0]], seg.figures[amounts[1]]) \
            or not same_unit(seg.figures[amounts[0]], seg.figures[amounts[2]]) \
            or any(k not in amounts and same_unit(f, seg.figures[amounts[0]]) for k, f in enumerate(seg.figures)):
        return []
    roles: dict[str, list[tuple[int, str]]] = {}
    for k in amounts:
        word = " ".join(_balance_word(seg, k).split())
        roles.setdefault(_BALANCE_ROLE.get(word, ""), []).append((k, word))
    results = roles.get("plus", []) + roles.get("minus", [])
    if len(roles.get("in", [])) != 1 or len(roles.get("out", [])) != 1 or len(results) != 1:
        return []
    (i, _), (o, _), (r, word) = roles["in"][0], roles["out"][0], results[0]
    inflow, outflow, result = seg.figures[i], seg.figures[o], seg.figures[r]
    if result.id in read or not (frames[inflow.id].is_level and frames[outflow.id].is_level) or len({inflow.period, outflow.period, result.period}) != 1 \
            or any(frames[f.id].modality != "stated" for f in (inflow, outflow, result)):
        return []
    larger, smaller = (inflow, outflow) if roles.get("plus") else (outflow, inflow)
    return [NamedIdentityLink(result, "-", (larger,), (smaller,), "an inflow, an outflow and the balance they leave",
                              certain=word not in lexicon.BALANCE_RESULTS_PARTIAL)]


_BALANCE_WORDS = lexicon.BALANCE_RESULTS_IN_LESS_OUT + lexicon.BALANCE_RESULTS_OUT_LESS_IN + lexicon.BALANCE_INFLOWS \
    + lexicon.BALANCE_OUTFLOWS
_BALANCE_WORD = lazy_re.compile(rf"\b({lexicon.alternation(_BALANCE_WORDS)})\b")
_BALANCE_ROLE = {**dict.fromkeys(lexicon.BALANCE_INFLOWS, "in"), **dict.fromkeys(lexicon.BALANCE_OUTFLOWS, "out"),
                 **dict.fromkeys(lexicon.BALANCE_RESULTS_IN_LESS_OUT, "plus"),
                 **dict.fromkeys(lexicon.BALANCE_RESULTS_OUT_LESS_IN, "minus")}
_BALANCE_AFTER = lazy_re.compile(rf"^\s*(?:in|of)\s+(?:[a-z'’-]+\s+)?({lexicon.alternation(_BALANCE_WORDS)})\b")


# ("After paying depositors KSh 78.9bn of the KSh 214.6bn it earned in interest, the bank was left with KSh 135.7bn":
# a sum paid out of another, then what is left)
_DEDUCTING = lazy_re.compile(r"\b(?:deducting|subtracting|taking|deduct|subtract|paying|paid|spending|spent|setting\s+aside|"
                             r"netting\s+off|netting\s+out)\s+[^#;.]{0,40}?#(?P<a>\d+)#\s+(?:from|of\s+the|of\s+its|out\s+of)\s+"
                             r"[^#;.]{0,40}?#(?P<b>\d+)#[^#;.]{0,40}?\b(?:left|leaves|leaving|gave|gives|giving|yielded|yields|"
                             r"produced|results\s+in|resulted\s+in|remained|remains)\b[^#;.]{0,60}?#(?P<c>\d+)#", screened=True)
# before a whole, words that make it an average or a rate of its members, which has no parts
_INTENSIVE_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(tuple(w for w in lexicon.INTENSIVE_WORDS if w not in ('per', 'each')))})\b", screened=True)
_CLAUSE_BREAK_OR_SLOT = lazy_re.compile(r"[;:]|\.\s|#\d+#|\d")


def _measure_noun(figure: Figure) -> str:
    """The last word of a figure's measure, folded ("emergency cases" -> "case"; the "out" the measure reading
    takes in "women out of" is the partitive's, not the noun's)."""
    words = [w for w in lexicon.folded_words(figure.measure) if w != "out"]
    return words[-1] if words else ""


def _out_of_after_a_predicate(between: str, part_head: str) -> bool:
    """Whether "out of" follows a word other than the part's own noun ("cases came out of", "were sent out of"):
    a predicate's, not the partitive that follows the part or its noun directly ("1,240 women out of 2,010
    applicants", "1,240 out of 2,010")."""
    found = _WORD_BEFORE_OUT_OF.search(between)
    return found is not None and lexicon.fold(found.group("word")) != part_head


def _everyones_statistic(seg: Segment, whole: Figure, parts: list[Figure], marker: str) -> bool:
    """Whether groups' figures and one "overall" figure after them are an average, a rate, a price or a time of
    each group and of everyone ("£42.00 for musicals, £31.50 for plays and £36.23 overall"), not parts and
    their sum: the clause names an average ("the average price was"), or the word is one of everyone
    ("overall") and the figure is no larger than the largest group's, which a sum of positive parts
    cannot be."""
    if names_an_average(seg.before(seg.slot_of(parts[0]), 80)):
        return True
    if not any(word in marker.split() for word in lexicon.EVERYONE_NOT_ALWAYS_A_SUM):
        return False
    return all(p.value >= 0 for p in parts) and whole.low <= max(p.high for p in parts)


def names_an_average(words_before: str) -> bool:
    """Whether the words of a figure's clause before it make it an average or a rate of its
    members ("the average wage reached"), which has group values but no parts."""
    clause = _CLAUSE_BREAK_OR_SLOT.split(words_before.lower())[-1]
    return bool(_INTENSIVE_BEFORE.search(clause) or _PER_NOUN.search(clause))


# "spending per pupil was $9,200", "output per worker": a measure per named unit is an average
_PER_NOUN = lazy_re.compile(r"\bper\s+(?!cent\b)[a-z]", screened=True)
# (or a verb of exceeding or trailing: "Exports (6,540 tonnes) trailed imports (9,870 tonnes) by 3,330 tonnes")
_COMPARED_BY = lazy_re.compile(r"#(?P<a>\d+)#[^#;.]{0,40}?\b(?:(?P<less>less|lower|fewer|smaller|below|"
                               rf"{lexicon.alternation(lexicon.TRAIL_VERBS)})|more|higher|greater|larger|above|"
                               rf"{lexicon.alternation(lexicon.EXCEED_VERBS)})\s+(?:than\s+)?[^#;.]{{0,40}}?#(?P<b>\d+)#[^#;.]{{0,50}}?\bby\s+"
                               r"(?:(?:some|about|nearly|almost|around|just|over)\s+)?#(?P<d>\d+)#", screened=True)
_EXCEED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.EXCEED_VERBS)})\b", screened=True)
_GAP_RESULT = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.GAP_RESULT)})\b")


def ratio_links(seg: Segment, frames: dict[str, Frame]) -> list[RatioLink]:
    """A ratio that names its base ("1.70 vacancies for every job-seeker") and two levels
    of one unit set against each other in its sentence, one of them counting that base."""
    out = []
    for r, ratio in enumerate(seg.figures):
        if frames[ratio.id].role not in (Role.RATIO, Role.LEVEL) or ratio.kind not in (Kind.RATIO, Kind.NUMBER):
            continue
        m = _PER_BASE.search(ratio.measure.lower())
        if not m:
            continue
        numerator_noun = frames[ratio.id].head
        base_noun = lexicon.fold(m.group("base"))
        levels = [k for k in range(len(seg.figures)) if k != r and frames[seg.figures[k].id].is_level]
        for i, j in zip(levels, levels[1:]):
            a, b = seg.figures[i], seg.figures[j]
            if not same_unit(a, b) or not _JOINER.match(seg.between(i, j)):
                continue
            heads = (frames[a.id].head, frames[b.id].head)
            if heads[1] == base_noun or (heads[0] == numerator_noun and heads[1] != numerator_noun):
                out.append(RatioLink(ratio, a, b, "a ratio naming its base, and the two levels it sets against each other"))
            elif heads[0] == base_noun or heads[1] == numerator_noun:
                out.append(RatioLink(ratio, b, a, "a ratio naming its base, and the two levels it sets against each other"))
            break
    return out


# "births in a facility (#0#) as a proportion of all births (#1#): #2#": the first bracket closed, the operator, the
# second level's label and its bracket opened; then the second bracket closed and the quotient after a colon or verb
_LABELLED_RATIO_OPERATOR = lazy_re.compile(
    rf"^\)\s+(?:(?P<op>{lexicon.alternation(lexicon.LABELLED_RATIO_OPERATORS)})"
    rf"|(?P<against>{lexicon.alternation(lexicon.LABELLED_RATIO_AGAINST_A_PLAN)}))\s+(?P<label>[a-z'’ -]{{0,60}})\($")
_LABELLED_RATIO_RESULT = lazy_re.compile(r"^\)\s*(?::|=|,?\s+(?:was|is|were|are|stood\s+at|stands\s+at|came\s+to|comes\s+to)\s)\s*$")
_PLAN_NOUN = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.PLAN_NOUNS)})s?\b")
_GAP_WORD_AFTER = lazy_re.compile(r"^\s*(?:above|below|over|under|higher|lower|more|less|fewer|up|down|short|ahead|behind)\b")
# a label naming another time ("over 2023 (€3.8bn)", "against last year (€3.8bn)"): the quotient is a change
_TIME_IN_LABEL = lazy_re.compile(r"\b(?:(?:19|20)\d\d|year|years|month|months|quarter|quarters|week|weeks|earlier|before|previous|prior|ago)\b")


def labelled_ratio_links(seg: Segment, frames: dict[str, Frame]) -> list[RatioLink]:
    """Two levels, each in brackets after its label, joined by words that divide the first by the second, then
    the quotient: "Mothers who gave birth in a health facility (186,420) as a proportion of all registered births
    (203,910): 91.4%", "defined as net debt (£1,936m) over total equity (£4,523m), was 42.8%". A formula told
    in labels, as a table's caption tells it."""
    out = []
    for k in range(len(seg.figures) - 2):
        a, b, quotient = seg.figures[k], seg.figures[k + 1], seg.figures[k + 2]
        if not seg.before(k, 2).endswith("("):
            continue
        m = _LABELLED_RATIO_OPERATOR.match(seg.between(k, k + 1))
        if m is None or not _LABELLED_RATIO_RESULT.match(seg.between(k + 1, k + 2)):
            continue
        if m.group("against") and not _PLAN_NOUN.search(m.group("label")) or _TIME_IN_LABEL.search(m.group("label")):
            continue
        if m.group("op") == "over" and _PLAN_NOUN.search(m.group("label")) or _GAP_WORD_AFTER.match(seg.after(k + 2, 30)):
            continue  # "sales (1,200) over budget (1,000): 20%", "...: 20% above": by how much one exceeds the other
        fa, fb, fq = frames[a.id], frames[b.id], frames[quotient.id]
        if not (fa.is_level and fb.is_level and same_unit(a, b) and written_in_digits(a) and written_in_digits(b)):
            continue
        in_percent = quotient.unit == "percent"
        if fq.direction or quotient.text.lstrip()[:1] in "+-−–" or not (in_percent or quotient.kind in (Kind.RATIO, Kind.NUMBER)
                                                                     or quotient.kind is Kind.COUNT and a.kind is Kind.COUNT):
            continue  # "(€3.8bn): +7.9%": a change; "(€4.1bn) ... (€3.8bn): €0.3bn": a gap in their unit
        if m.group("against") and not in_percent:
            continue
        out.append(RatioLink(quotient, a, b, "two levels in brackets after their labels, divided by the words between "
                                             "them, then their quotient"))
    return out


# words that set a change against another span than the period before: "since 2019", "over two years"
_OTHER_SPAN = lazy_re.compile(r"\b(?:since|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+(?:years?|months?|"
                              r"quarters?|decades?)|decade|cumulative|cumulatively|in\s+all|altogether|combined|"
                              r"(?:19|20)\d\d\s*(?:-|–|to|and)\s*(?:19|20)?\d\d)\b")
# the subject that refers back to the measure of the sentence before: "By 2022 it had risen by 2,900 to 36,400"
_SUBJECT_REFERS_BACK = lazy_re.compile(r"\b(?:it|they|the\s+(?:figure|total|number|count|tally|level))\b")
_STEPS = (("-Q", "quarter"), ("-H", "half"))
_SLOT_NUMBER = lazy_re.compile(r"#(\d+)#")
_BASE_NAMED = lazy_re.compile(r"\b(?:than|on|from|over|compared\s+(?:with|to)|against|versus|relative\s+to)\s+(?P<rest>[^,;.#]*)")
_PERIOD_AS_BASE = lazy_re.compile(r"\s*(?:in\s+)?(?:(?:a|the|one)\s+(?:year|month|quarter|week|season)\s+(?:before|earlier|ago)"
                                  r"|(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+(?:year|month|quarter|week|season)"
                                  r"|the\s+(?:year|month|quarter|week|season)(?:\s+before)?|(?:19|20)\d\d(?:-\d\d)?"
                                  r"|the\s+same\s+(?:period|month|quarter|week|season)\s+(?:a|last|of\s+last)\s+year)\s*$")
_YEAR = lazy_re.compile(r"\b(?:19|20)\d\d\b")


def _period_before(period: str) -> frozenset[str]:
    """The periods one step before `period`: the year before, and for a quarter, half or month also the one
    before it within the year ("2022" -> 2021; "2022-Q2" -> 2021-Q2 and 2022-Q1)."""
    out = {shifted(period, -1, "year")}
    step = next((unit for mark, unit in _STEPS if mark in period), "month" if re.fullmatch(r"(?:19|20)\d\d-\d\d", period) else "")
    if step:
        out.add(shifted(period, -1, step))
    return frozenset(p for p in out if p != period)


def rates_of_a_continued_series(segments: tuple[Segment, ...], frames: dict[str, Frame], steps: list[StepLink],
                                changes: list[ChangeLink], linked: frozenset[str]) -> list[ChangeLink]:
    """ "In 2017 enrolment jumped to 2 676 485, a rise of 0.54%, and in 2018 it reached 2 725 970, a rise of 1.85%.
    Last year enrolment went up to 2 789 692, a rise of 2.35%.": a level a series moved to after the level of the
    sentence before (a step), with its own rate of change right after it ("N, a rise of g%", "N, up g%") and no
    base of the rate's own: the rate is the step's change, from that earlier level. Sure when the step is (one
    level of its unit in the sentence before), or when the earlier level is itself the level a change of the
    sentence before reached (the series, told in order, left off there); else a question."""
    reached = {link.news[0].id for link in changes if link.news}
    out = []
    for step in steps:
        new, old = frames[step.new.id], frames[step.old.id]
        if old.segment != new.segment - 1 or not continues(segments, old.segment, new.segment):
            continue
        seg = segments[new.segment]
        k = seg.slot_of(step.new)
        if k + 1 >= len(seg.figures):
            continue
        change = seg.figures[k + 1]
        cf = frames[change.id]
        if change.id in linked or cf.modality != "stated" or cf.direction not in (0, step.direction) \
                or cf.role not in (Role.RELATIVE_CHANGE, Role.CHANGE) \
                or cf.role is Role.CHANGE and not same_unit(change, step.new):
            continue
        if not _ITS_OWN_RATE_AFTER.match(seg.between(k, k + 1)) or _A_BASE_OF_ITS_OWN.match(seg.after(k + 1, 40)):
            continue  # "2 789 692, a rise of 2.35% on 2016": a change from another level than the step's
        out.append(ChangeLink(change, step.old, (step.new,), cf.direction or step.direction,
                              step.certain or step.old.id in reached,
                              "a level a series moved to after the sentence before, with its own rate of change"))
    return out


# after a level (and its noun), its own change in apposition: ", a rise of", "buses, an increase of", ", up", ", down by"
_ITS_OWN_RATE_AFTER = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+)?(?:[a-z'’-]+\s*)?,\s*(?:(?:an?\s+)?(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s+(?:of\s+)?|"
                                      r"(?:up|down)\s+(?:by\s+)?)(?:some\s+|about\s+|nearly\s+|almost\s+)?$")
# a base the change names for itself: "on 2016", "from a year earlier", "compared with", "since 2010"
_A_BASE_OF_ITS_OWN = lazy_re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:on|from|over|since|than|against|compared|versus|"
                                     r"year[\s-]on[\s-]year|y-o-y|yoy)\b", re.I)


def olds_of_the_period_before(segments: tuple[Segment, ...], frames: dict[str, Frame],
                              linked: frozenset[str]) -> list[ChangeLink]:
    """ "The shelter housed 4,150 animals in 2020. In 2021 it housed 4,620 animals, 470 more than a year
    before."; "Membership stood at 33,800 at the end of 2021. By the end of 2022 it had risen by 2,900 to
    36,400.": a change beside the one level of its unit its sentence states for a period, after a sentence
    of the same passage whose one level of that unit is of the same measure (its head noun, or a subject
    that refers back to it) and subject, stated for the period before. The change is from that level:
    new - old, or (new - old) / old for a rate. Not when the words set the change against another span
    ("since 2019", "over two years") or give it another period of its own.

    A series of years told step by step reads the same way when the sentence gives several levels, each with
    its change: "In 2017 enrolment jumped to 2 676 485, a rise of 0.54%, and in 2018 it reached 2 725 970, a
    rise of 1.85%." Each change is of the level in its own clause, and its base is the one level of the
    unit dated to the period before, in an earlier clause of the sentence or in the sentence before."""
    out = []
    for i in range(len(segments)):
        seg = segments[i]
        previous = segments[i - 1] if i > 0 and not segments[i - 1].is_table_row else None
        # (a series may run on into the next paragraph: "... up 0.14% on the year before.\n\nIn 2017 enrolment
        # jumped to 2 676 485"; the sentence across the break is read only for a level dated by its own words)
        across = previous is not None and not continues(segments, i - 1, i)
        if seg.is_table_row:
            continue
        for c, change in enumerate(seg.figures):
            cf = frames[change.id]
            if change.id in linked or cf.role not in (Role.CHANGE, Role.RELATIVE_CHANGE) or not cf.direction \
                    or cf.modality != "stated":
                continue
            levels = [k for k, f in enumerate(seg.figures) if frames[f.id].is_level and written_in_digits(f)
                      and (same_unit(f, change) if cf.role is Role.CHANGE else f.unit != "percent")]
            # the change's level: the one next to it in its own clause
            beside = [k for k in levels if abs(k - c) == 1 and not _CLAUSE_BREAK.search(seg.between(min(c, k), max(c, k)))]
            if len(beside) != 1:
                continue
            n = beside[0]
            new = seg.figures[n]
            if not new.period or new.period_source not in _NEAR_PERIOD or frames[new.id].modality != "stated":
                continue
            # levels of the unit in earlier clauses of the sentence ("had 2 658 415 pupils in 2015; in 2016
            # enrolment grew to 2 662 010, up 0.14%"): the series' steps before this one
            earlier = [k for k in levels if k < n and _CLAUSE_BREAK.search(seg.between(k, n))]
            if len(levels) > 1 and any(k not in earlier and k != n and k < n for k in levels):
                continue  # another level in the change's own clause: whose change it is is unclear
            # the change's own words, to the clause's end: no other span, no span of time as a figure ("over
            # three years"), no year but the two levels'
            after = _CLAUSE_BREAK.split(seg.after(c, 80), 1)[0]
            if _OTHER_SPAN.search(after) or _OTHER_SPAN.search(seg.between(min(c, n), max(c, n))) \
                    or any(frames[seg.figures[int(k)].id].role is Role.DURATION for k in _SLOT_NUMBER.findall(after)
                           if int(k) < len(seg.figures)):
                continue
            # a base the change names must be the period before: "more than a year before", "on 2020", not
            # "more than its sister shelter"
            if any(not _PERIOD_AS_BASE.match(base.group("rest")) for base in _BASE_NAMED.finditer(after)):
                continue
            before = [(previous, f) for f in previous.figures if same_unit(f, new) and frames[f.id].is_level
                      and written_in_digits(f)] if previous is not None else []
            before += [(seg, seg.figures[k]) for k in earlier if same_unit(seg.figures[k], new)]
            if len(before) == 1 and not earlier and not across:
                where, old = before[0]  # the sentence before gives one level of the unit: the rule's first reading
            else:
                # several, or across a paragraph: the one dated by its own words to the period before, of the
                # very measure the change's level names
                dated = [(w, f) for w, f in before if f.period in _period_before(new.period) and f.period_source == "stated"]
                # (a level with no noun of its own whose clause's subject refers back, "In 2022 it treated 2,760",
                # counts what the one level dated to the period before counts: the pronoun stands for its measure)
                pointed = not frames[new.id].head and bool(_SUBJECT_REFERS_BACK.search(
                    _CLAUSE_BREAK.split(seg.skeleton[:seg.slots[min(c, n)][0]])[-1]))
                if len(dated) != 1 or new.period_source != "stated" or not (frames[new.id].head or pointed) \
                        or frames[new.id].head and frames[dated[0][1].id].head != frames[new.id].head:
                    continue
                where, old = dated[0]
            if any(year not in (old.period[:4], new.period[:4]) for year in _YEAR.findall(after)):
                continue
            if old.period not in _period_before(new.period) or old.period_source not in _NEAR_PERIOD \
                    or change.period not in (new.period, old.period) or frames[old.id].modality != "stated":
                continue
            head_old, head_new = frames[old.id].head, frames[new.id].head
            # (the subject of the change's own clause: "..., and in 2018 it reached")
            opening = _CLAUSE_BREAK.split(seg.skeleton[:seg.slots[min(c, n)][0]])[-1]
            refers_back = bool(_SUBJECT_REFERS_BACK.search(opening))
            if not head_old or head_new != head_old and not (refers_back and not head_new):
                continue
            # one subject's levels: "The northern depot shipped 4,500 parcels", "The southern depot shipped 5,100";
            # "Sales in the north were ...", "sales in the south reached ..." (a subject that refers back is the
            # one before)
            name_new, name_old = measures.name_of(seg, n), measures.name_of(where, where.slot_of(old))
            # (the words of each measure's name and subject, less its head: "Club membership" is "club" either way)
            said_new = (measures.subject_words(seg, n, name_new) | name_new.words
                        | {name_new.head, frames[new.id].group}) - {"", head_old}
            said_old = (measures.subject_words(where, where.slot_of(old), name_old) | name_old.words
                        | {name_old.head, frames[old.id].group}) - {"", head_old}
            # (a later clause of the sentence carries its subject on: "Hospital admissions totalled 412,300 in
            # 2019; in 2020 admissions fell to 389,700")
            if not said_new <= said_old or not refers_back and where is not seg and said_new != said_old:
                continue
            out.append(ChangeLink(change, old, (new,), cf.direction, True,
                                  "a change beside the level it reached, after the sentence that states the level "
                                  "of the period before"))
    return out


# digits grouped by commas that no figure was read from ("13,471,43", "60,88,09"): a number garbled in the writing
_UNREAD_NUMBER = lazy_re.compile(r"\d,\d")


# a move from one level to another with its rate in brackets, whatever verb (or none) says it: "going from 42 to 62
# (48%)", "as did Construction, from 266 to 361 (36%)", "went from 1,204 to 1,118 (-7.1%)"
_FROM_TO_RATE = lazy_re.compile(r"\bfrom\s+#(?P<a>\d+)#\s+to\s+#(?P<b>\d+)#\s*\(\s*#(?P<r>\d+)#\s*\)")


def moves_with_their_rate(segments: tuple[Segment, ...], frames: dict[str, Frame], linked: frozenset[str]) -> list[ChangeLink]:
    """The rate in brackets after "from A to B" is the move's, its direction the levels' order (a verb of change
    before the move is read elsewhere; this reading takes the moves no verb orients)."""
    out = []
    for seg in segments:
        if seg.is_table_row or len(seg.figures) < 3:
            continue
        for m in _FROM_TO_RATE.finditer(seg.skeleton):
            old, new, rate = (seg.figures[int(m.group(g))] for g in ("a", "b", "r"))
            if rate.id in linked or rate.unit != "percent" or rate.qualifier or old.unit == "percent" \
                    or not (frames[old.id].is_level and frames[new.id].is_level and same_unit(old, new)
                            and old.unit == new.unit and written_in_digits(old) and written_in_digits(new)) \
                    or old.value == new.value:
                continue
            direction = 1 if new.value > old.value else -1
            out.append(ChangeLink(rate, old, (new,), direction, frames[rate.id].modality == "stated",
                                  "a move from one level to another, its rate in brackets"))
    return out
