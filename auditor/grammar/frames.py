"""A frame per figure: what the figure is in its sentence (role, direction of change,
modality, the head noun of its measure) and the words that say so.

Frames read the figure's own fields (kind, unit, direction, measure, qualifier) and
the skeleton of its sentence; they are built once and every link and check reads them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property, lru_cache

from auditor import lazy_re
from auditor.extract.context import CHANGE_SPAN_ALTERNATION, GATHERING_VERBS_BEFORE_UP
from auditor.grammar import cues, lexicon
from auditor.grammar.segments import Segment
from auditor.model import Figure, Kind

DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade"})
LEVEL_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PHYSICAL, Kind.NUMBER})


def is_word_fraction(figure: Figure) -> bool:
    """A fraction written in words ("a fifth", "two-thirds"): a rate when it changes something."""
    return figure.kind is Kind.RATIO and figure.text[:1].isalpha()


def _measured_duration(figure: Figure) -> bool:
    """A time written to a decimal ("78.4 years", "18.1 weeks") is a measured level (a life
    expectancy, a waiting time); a span of time in prose is whole ("over five years")."""
    return "." in figure.text or "·" in figure.text


def is_rate_of_change_unit(figure: Figure) -> bool:
    """A figure that can state a change as a rate of the old level: a percentage or a fraction in words."""
    return figure.unit == "percent" or is_word_fraction(figure)


# a figure that ends in bare "points" ("fell 4.2 points", "rose by 7 pts."), without "percentage"/"percent" before it
_BARE_POINTS_TEXT = lazy_re.compile(r"(?<!percentage )(?<!percent )(?<!%)\b(?:points?|pts?)\.?$", re.I)
# the units a figure without a unit word of its own, or an index's, reads in
_OWN_UNITLESS = ("", "index_point")


def in_points_of_the_levels(change: Figure, old: Figure, news: tuple[Figure, ...]) -> bool:
    """A change told in bare points between two levels written without a unit: the points are the levels' own
    ("the under-five mortality rate dropped 5 points, from 41 to 36 per 1,000 live births", "the mean score rose
    7 points to 512 from 505", "the leading indicator slipped 0.6 points to 99.2 from 99.8"), whatever the
    extractor first took "points" for (percentage points, or an index's points). With percentages for levels they
    are percentage points, as before."""
    return (change.unit in ("percentage_point", "index_point") and bool(_BARE_POINTS_TEXT.search(change.text))
            and old.unit in _OWN_UNITLESS and old.kind is not Kind.PERCENT
            and all(n.unit in _OWN_UNITLESS and n.kind is not Kind.PERCENT for n in news))


class Role(str, Enum):
    LEVEL = "level"
    CHANGE = "change"  # in the figure's own unit: "rose by 4,200"
    RELATIVE_CHANGE = "relative-change"  # "up 12.4%"
    POINT_CHANGE = "point-change"  # "down 0.3 percentage points"
    SHARE = "share"  # a percentage level: a share or a rate
    RATIO = "ratio"
    MULTIPLE = "multiple"
    BOUND = "bound"  # "more than 60,000"
    GAP = "gap"  # "a shortfall of 2,000"
    RANK = "rank"
    DURATION = "duration"  # "18 weeks", "three months": a span of time, not an amount
    PER_BASE = "per-base"  # "per 10,000 vehicles": the base a rate is stated on
    YEARLY_RATE = "yearly-rate"  # "an average annual growth rate of 1.67%": a change per year over several years


# An enum's member read through its class (Role.LEVEL, Kind.RATIO) passes the enum metaclass's
# __getattr__ hook, some ten times the cost of reading a module's name: the tests below run
# hundreds of thousands of times on a megabyte of reports, and read these instead
_LEVEL_ROLE = Role.LEVEL
_RATIO_KIND = Kind.RATIO

_COMPARATIVE_AFTER = lazy_re.compile(
    rf"^\s*(?P<up>{lexicon.alternation(lexicon.BASE_AFTER_CHANGE_UP)})\b|^\s*(?P<down>"
    rf"{lexicon.alternation(lexicon.BASE_AFTER_CHANGE_DOWN)})\b", screened=True)
# the evidence of a direction read from a comparative after the figure ("12% below the average"),
# whose base, if any, is what follows it
COMPARATIVE_AFTER = "comparative after"
# right after "up from" / "down from", a figure: the level left ("£67m up from £65m in 2012")
_LEVEL_LEFT = lazy_re.compile(r"\s+(?:the\s+)?#(?P<slot>\d+)#")
_BARE_COMPARATIVE_AFTER = lazy_re.compile(r"^\s*(?:(?P<up>higher|more|larger|bigger|greater|longer)|(?P<down>lower|less|"
                                          r"fewer|smaller|shorter))\s*(?:[,.;)]|$)")
# a figure in apposition between a figure and the comparative both take: "23,000 tonnes, or 3.6 per cent, less than"
# (or with no commas at all, the rate right before the comparative: "2,140 lambs or 3.5% lower year-on-year"; a
# comma before "or" alone restates a level as its rate: "led with 1.72 million tourists, or 6% more than in 2014")
_APPOSED_BEFORE_COMPARATIVE = lazy_re.compile(r"^(?:\s+[a-z'’-]+){0,2}(?:\s*,?\s*or\s+#\d+#\s*,\s*|\s+or\s+#\d+#\s+)",
                                              screened=True)
_APPOSED_AFTER_OR = lazy_re.compile(r"#\d+#(?:\s+[a-z'’-]+){0,2}\s*,?\s*or\s+$", screened=True)
_COMMA_BEFORE_COMPARATIVE = lazy_re.compile(r"^\s*,\s*")
_COMPARATIVE_WORD_AFTER = lazy_re.compile(r"^\s*(?:(?P<up>higher|more|larger|bigger|greater)|(?P<down>lower|less|fewer|"
                                          r"smaller))\b")
_UNDER_THE = lazy_re.compile(r"^\s*under\s+(?:the|this|that|its|their)\b")
# after "over"/"under", a stretch of time: "over the first four months", "over the past year", "over 2023",
# "over the year", "over that period"
_SPAN_OF_TIME = lazy_re.compile(r"\s+the\s+(?:first|last|past|next|whole|entire|full|course\s+of)\b"
                                # ("averaged 93.3 per cent over the winter": a season, not the one before it)
                                r"|\s+the\s+(?:winter|summer|spring|autumn|year|period|season|decade|weekend|holidays?|"
                                r"month|quarter|week)\b(?!\s+(?:before|earlier|ago|prior|previous))"
                                r"|\s+the\s+(?:#\d+#|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                                r"(?:months?|years?|quarters?|weeks?|days?)\b|\s+(?:19|20)\d\d\b"
                                # ("over the 12 weeks of the season": a duration figure, tested where this is used)
                                r"|\s+the\s+#(?P<slot>\d+)#"
                                rf"|\s+(?:the|that|this|a|one|each)\s+(?:{lexicon.alternation(lexicon.TIME_SPAN_NOUNS)})\b")
_AND_THEN = lazy_re.compile(r"\band\s+$")
# a verb of change, then (within its clause) "to" right before the figure: the level the change reached
_MOVED_TO_BEFORE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\b"
                                   r"[^#;.]{0,40}(?:#\d+#[^#;.]{0,20})?\bto\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$")
# "grew as well, by 5.0 per cent", "fell sharply by 3%": an adverb between the verb and its "by"
_VERB_ADVERB = (r"(?:as\s+well|again|too|also|further|sharply|slightly|strongly|steadily|markedly|significantly|"
                r"modestly|considerably|substantially|marginally|"
                # a comparative: "takings grew faster, by 19 per cent"
                r"(?:even\s+|much\s+)?(?:faster|slower|more\s+(?:slowly|quickly|sharply|strongly|steeply)|less\s+(?:sharply|steeply)))")
# a verb of change, its direction in the group that matched
_CHANGE_VERB = (rf"\b(?:(?P<up>{lexicon.alternation(lexicon.CHANGE_VERBS_UP)})|(?P<down>"
                rf"{lexicon.alternation(lexicon.CHANGE_VERBS_DOWN)}))")
_CHANGE_VERB_BEFORE = lazy_re.compile(rf"{_CHANGE_VERB}\s+(?:{_VERB_ADVERB},?\s+by\s+|by\s+)?(?:(?:{lexicon.alternation(lexicon.CHANGE_MODIFIERS)})"
                                 rf"\s+){{0,3}}$")
_COMMA_BY_BEFORE = lazy_re.compile(r",\s*by\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?$", screened=True)
# a comparative said of the subject, then its size set off by a comma: "checks were still lower, by 1.2 percent, at
# 2.83 million against 2.86 million", "freight was higher, by 3.5%, at 12,940" (the comparative is the change's verb)
_COMPARATIVE_COMMA_BY_BEFORE = lazy_re.compile(
    rf"\b(?:(?P<up>{lexicon.alternation(lexicon.SPLIT_COMPARATIVES_UP)})|(?P<down>"
    rf"{lexicon.alternation(lexicon.SPLIT_COMPARATIVES_DOWN)}))\s*,\s*by\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?$", screened=True)
_RATE_BRACKET = lazy_re.compile(r"\s*(?:[a-z]+\s*)?\(\s*")  # "to 915,000 TEU (9.5%)"
_FROM_A_TO_B = lazy_re.compile(r"\s+(?:[a-z]+\s+){0,2}?to\s+")  # "from 842,000 TEU to", "from 42 in May to"
_FROM_WORD_BEFORE = lazy_re.compile(r"\bfrom\s+$")
# nothing but an arrow between two figures: "#0# → #1#" (no word, which would name another measure or group)
_ARROW_BETWEEN = lazy_re.compile(rf"\s*(?:{lexicon.alternation(lexicon.ARROWS)})\s*")
_OR_BY_BEFORE = lazy_re.compile(r"#\d+#[^#;]{0,30},\s*or\s+by\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$")
_ANY_CHANGE_VERB = lazy_re.compile(rf"{_CHANGE_VERB}\b")
_TRANSITIVE_CHANGE_BEFORE = lazy_re.compile(
    r"\b(?:(?P<up>raised|raises|raising|lifted|lifts|lifting|boosted|boosts|boosting|increased|increases|increasing|"
    r"expanded|expands|expanding|grew|grows|growing)|(?P<down>cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|"
    r"lowering|decreased|decreases|decreasing|slashed|slashes|slashing|trimmed|trims|trimming))\s+"
    r"(?:[a-z'’-]+\s+){1,4}?by\s+(?:(?:about|some|nearly|almost|around|a\s+further|another)\s+)?$", screened=True)
_ADDED_BEFORE = lazy_re.compile(rf"\b(?:an?|a\s+further)\s+(?:{lexicon.alternation(lexicon.ADDED_WORDS)})\s+$", screened=True)
# a part given with its share earlier in the sentence ("Some 8,500 or 21 per cent", "41,100 (4 per cent)"), and a
# share set beside the figure after it
_PART_WITH_ITS_SHARE_BEFORE = lazy_re.compile(r"#\d+#\s*(?:,\s*)?(?:or|\()\s*(?:about\s+|some\s+|nearly\s+)?#\d+#")
_SHARE_BESIDE = lazy_re.compile(r"^\s*(?:,\s*)?(?:or|\()\s*(?:about\s+|some\s+|nearly\s+)?$")
_PHRASAL = lazy_re.compile(r"\b(?:make|makes|made|making|add|adds|added|adding|sum|sums|summed|end|ended|ending|"
                      r"break|broken|broke|set|sets|take|takes|took|taking|round|rounded|shut|shuts)\s+$")
_GATHERING_VERB = lazy_re.compile(rf"\b(?:{lexicon.alternation(GATHERING_VERBS_BEFORE_UP)})\s+$")
_CHANGE_NOUN_AFTER = lazy_re.compile(r"^\s*(?:(?P<up>surge|gain|jump|hike|climb|rise|increase|growth|expansion|"
                                r"advance|uptick|rebound|upturn|spike|leap)|(?P<down>dip|slump|plunge|drop|fall|decline|decrease|"
                                r"contraction|reduction|cut|downturn|slide|tumble))\b", screened=True)
# ... after up to two words of a compound noun, the figure opening its noun phrase: "a 4.99% council tax rise",
# "with a 3% pay rise" (no word of grammar between: "a 45% share of voters"; no bare figure: "18% expect growth")
_COMPOUND_CHANGE_NOUN_AFTER = lazy_re.compile(
    r"^\s*(?:(?!(?:of|the|an?|in|on|for|and|or|to|from|with|by|at|than|as|was|were|is|are|this|that|its|their|"
    r"more|less|higher|lower)\b)[a-z]+\s+){1,2}" + _CHANGE_NOUN_AFTER.pattern.removeprefix(r"^\s*"))
_OPENS_NOUN_PHRASE = lazy_re.compile(r"\b(?:a|an|with)\s+$")
# an amount's rate in brackets right after it, "#3# (#4#) reduction"; seen from the rate, the figure and bracket before it
_BRACKETED_RATE_AFTER = lazy_re.compile(r"\s*\(#\d+#\)", screened=True)
_OPEN_BRACKET_AFTER_FIGURE = lazy_re.compile(r"#\d+#\s*\(\s*$")
_CLOSE_BRACKET = lazy_re.compile(r"\s*\)")
# ("an improvement of 2.7 points" has no sign: a fall in non-revenue water is an improvement)
_CHANGE_NOUN_BEFORE = lazy_re.compile(r"\b(?:a|an)\s+(?:(?P<up>surge|gain|jump|hike|climb|rise|increase|growth|expansion|"
                                 r"advance|rebound|uptick|upturn|spike|leap|addition|net\s+addition)|(?P<down>dip|slump|plunge|drop|fall|decline|decrease|"
                                 r"contraction|reduction|cut|loss|slide|downturn|tumble))\s+of\s+(?:about\s+|some\s+|nearly\s+)?$|"
                                 # "a decline the authority put at 14.2%", "an increase officials estimated at"
                                 r"\b(?:a|an|the)\s+(?:(?P<up3>gain|jump|rise|increase|growth)|(?P<down3>drop|fall|decline|"
                                 r"decrease|contraction|reduction|loss))\s+(?:[a-z'’-]+\s+){1,4}?(?:put|estimated|"
                                 r"calculated|measured|reckoned|set|puts|estimates)\s+at\s+$|"
                                 # "the rise is 144%", "the increase was about 12%"
                                 r"\bthe\s+(?:(?:annual|monthly|yearly|quarterly|overall)\s+)?(?:(?P<up2>gain|jump|rise|increase|growth)|"
                                 r"(?P<down2>drop|fall|decline|decrease|contraction|reduction|loss))\s+(?:is|was|stands\s+at|"
                                 r"stood\s+at|comes\s+to|came\s+to|amounts\s+to|amounted\s+to)\s+(?:about\s+|some\s+|nearly\s+)?$|"
                                 # "posted the biggest gain of the month at 3.1 million subscriptions": a noun of
                                 # change, then "at" its amount
                                 r"\bthe\s+(?:[a-z'’-]+\s+){0,2}?(?:(?P<up4>gain|jump|rise|increase|addition)|(?P<down4>drop|fall|"
                                 r"decline|decrease|loss))\s+(?:(?:of|in|for)\s+the\s+(?:month|quarter|year|week|period)\s+)?at\s+$", screened=True)
# A noun of change set off by a comma before an amount ("with the most annual increase as well, 181,000 or 36.3%";
# read only when a rate follows in apposition: "After the decline, 3,000 workers remained" is a new clause)
_CHANGE_NOUN_SET_OFF_BEFORE = lazy_re.compile(r"\b(?:(?P<up>increase|rise|gain|growth|jump|surge)|(?P<down>decline|"
                                              r"decrease|drop|fall|loss|reduction|contraction))(?:\s+as\s+well)?\s*,\s*"
                                              r"(?:about\s+|some\s+|nearly\s+|almost\s+)?$")
# ("the balance of 19.75 million came from other markets" is what is left of a whole, a part;
# "a trade balance of" is a gap)
# ... or after a verb of exceeding whose object is a word, not a figure: "against a target of R790bn,
# exceeding it by R32bn", "falling short of the goal by 1,200"
# ("giving a difference between the two of 103,812": the two the gap is between may stand before its "of")
_GAP_BEFORE = lazy_re.compile(rf"\b(?:(?:{cues.words(cues.GAP_NOUNS)}|deficit|surplus|(?<!\bthe\s)balance)"
                              r"(?:\s+between\s+(?:the\s+(?:two|#\d+#)|them|(?:the\s+)?[a-z]+\s+and\s+(?:the\s+)?[a-z]+))?\s+of"
                              rf"|(?:{cues.words(cues.GAP_VERBS)}|(?:{cues.words(cues.GAP_VERB_STEMS)})[a-z]*|short\s+of)"
                              r"\s+(?:it|this|that|them|(?:the|its|their)\s+[a-z]+|[a-z]+(?:\s+[a-z]+)?)\s+by"
                              # the object may be a longer phrase with no figure or stop in it: "outnumbered men among
                              # first-degree graduates of the federal universities by 3,214"
                              rf"|(?:{cues.words(cues.GAP_VERB_STEMS)})[a-z]*\s+(?:[a-z'’-]+\s+){{3,9}}by)\s+(?:about\s+|some\s+)?$", screened=True)
_MET = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.MET_WORDS)})\b")
# the month, not the modal: "in May", "since May", "May 2023"
# words that look modal and are not: the month ("in May"), and a likelihood compared between
# groups ("urban households were more likely to have access (78.3%)"), which states a fact
_NOT_MODAL = lazy_re.compile(r"\b(?:(?:in|since|from|of|until|till|by|to|end|early|late|mid|between|and|during|last|next|this)"
                        r"\s+may\b|\bmay\s+(?=#|\d)|"
                        # the month before a verb in the past ("while May saw a rise", "May's sales"): a modal
                        # takes the plain verb ("may fall", "may need", "may shed")
                        r"\bmay(?=\s+(?:saw|was|were|had|brought|(?!shed\b)[a-z]*[^e\s]ed)\b|['’]s\b)|"
                        r"\b(?:more|less|as|most|least|equally|twice|times)\s+(?:[a-z]+ly\s+)?likely\b|"
                        # "could manage only 6.1%", "could only muster 212": what came about, not what might
                        rf"\bcould\s+(?:only\s+(?:{lexicon.alternation(lexicon.REALISED_WITH_COULD)})|"
                        rf"(?:{lexicon.alternation(lexicon.REALISED_WITH_COULD)})\s+(?:only|just|a\s+mere))\b)")
_INVERTED_CONDITIONAL = lazy_re.compile(r"^\W*(?:had|were|should)\s+(?:the|a|an|it|they|we|he|she|this|that|these|those)\b", screened=True)
_EXPECTED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.EXPECTED)})\b")
# a relative clause after the figure that makes it what someone expected: "ahead of the $102.6 million
# that the eight analysts polled had looked for", "the 3.1% which economists had forecast"
_EXPECTED_AFTER = lazy_re.compile(r"^\s*(?:that|which)\s+(?:[^;,.]{1,70}?\s)?(?:had\s+|have\s+|has\s+)?"
                                  rf"(?:{lexicon.alternation(lexicon.EXPECTED_BY_OTHERS)})\b", screened=True)
_NAMED_TERMS = lazy_re.compile(r"\b(?P<a>[a-z]+)[-\s]to[-\s](?P<b>[a-z]+)\s+ratio\b|\bratio\s+of\s+(?:the\s+)?(?P<c>[a-z]+)\s+"
                          r"to\s+(?:the\s+)?(?P<d>[a-z]+)|"
                          # "nurses outnumber doctors 2.7-to-1"
                          r"\b(?P<e>[a-z]+)\s+(?:outnumber|outnumbered|outnumbers)\s+(?:the\s+)?(?P<f>[a-z]+)\s*$")
_TO_ONE_AFTER = lazy_re.compile(r"^\s*-?\s*to\s*-?\s*(?:1|one)\b|^\s*:\s*1\b|^\s*-?\s*to\s*-?\s*#(?P<one>\d+)#")
_GROUP_WORDS = lexicon.alternation(tuple(sorted(lexicon.GROUP_WORDS)))
# ("of all residents" is everyone, the overall figure: not a group)
# (the participle may stand alone, a reduced relative clause: "coverage of 95.2% recorded in urban districts")
_GROUP_AFTER = lazy_re.compile(rf"^\s*(?:(?:(?:was|were|is|are)\s+)?(?:recorded|reported|registered|logged|seen|observed)\s+)?"
                               rf"(?:for|among|in|of|on)\s+(?:the\s+)?(?P<g>{_GROUP_WORDS})\b")
# the group word heads the figure's noun phrase: "rural residents 19,738 yuan", "women's rate stood at";
# or a phrase of its own ends in the figure's brackets: "Urban households were more likely to have access (78.3%)";
# or the group word is the label the figure stands in brackets after: "women (€1,184), men (€1,302)"
_GROUP_BEFORE = lazy_re.compile(rf"(?<!all )\b(?P<g>{_GROUP_WORDS})(?:'s?)?(?:\s+(?:(?:[a-z'’-]+\s+){{0,3}}|"
                           rf"(?:[a-z'’-]+\s+){{0,9}}[a-z'’-]+\s*\(\s*)|\s*\(\s*)$")
# the group word right after the figure names what it counts: "810 were full-time and 440 part-time" (440 is
# part-time, though "full-time" stands before it), "1.2 million women"; not a pair of groups ("12,400 domestic
# and foreign visitors")
_GROUP_RIGHT_AFTER = lazy_re.compile(rf"^\s*(?P<g>{_GROUP_WORDS})\b(?![-’']|\s+(?:and|or)\s+(?:{_GROUP_WORDS})\b)")
# the group is what the figure's clause says its subject was: "52,610 (59 per cent) of the students
# placed were male and 36,876 (41 per cent) were female" (its own share in brackets may come first)
_GROUP_PREDICATE = lazy_re.compile(rf"^(?:\s*\(\s*#\d+#\s*\))?[^#;:]{{0,80}}?\b(?:were|was|are|is)\s+(?:all\s+)?"
                                   rf"(?P<g>{_GROUP_WORDS})\b(?!\s+(?:and|or)\s+(?:{_GROUP_WORDS})\b)", screened=True)  # not "were male and female"
# the group word opens the figure's clause: "Women prosecuted in the district courts were convicted in 71.3%"
_GROUP_OPENS_CLAUSE = lazy_re.compile(rf"^\W*(?:the\s+)?(?P<g>{_GROUP_WORDS})(?:'s?)?\s+(?:[a-z'’-]+\s+){{0,9}}$")


# two figures, then their two groups in the same order and "respectively": "71.4% and 64.2% for girls and boys
# respectively" (the first figure is the first group's, the second the second's, whatever group stands after it)
_RESPECTIVE_GROUPS = (rf"(?:for|among|in|of)\s+(?:the\s+)?(?P<first>{_GROUP_WORDS})\s+and\s+(?:the\s+)?"
                      rf"(?P<second>{_GROUP_WORDS})\s*,?\s+respectively\b")
_GROUP_RESPECTIVELY_FIRST = lazy_re.compile(rf"^\s*(?:and|,)\s+#\d+#\s+{_RESPECTIVE_GROUPS}", screened=True)
_GROUP_RESPECTIVELY_SECOND = lazy_re.compile(rf"^\s*{_RESPECTIVE_GROUPS}", screened=True)
# a word of everyone right after the figure: "(88.0% nationally)", "68.0% overall" is no group's figure, though a
# group's phrase ends in the bracket before it ("84.6% among rural children (88.0% nationally)")
_EVERYONE_RIGHT_AFTER = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.EVERYONE_RIGHT_AFTER)})\b", screened=True)


def _group_of(seg, slot: int, before: str, after: str, clause: str) -> str:
    """The group of a population the figure is for, from the words around it ("" for none or everyone)."""
    respective = _GROUP_RESPECTIVELY_FIRST.match(after)
    if respective:
        return lexicon.fold(respective.group("first"))
    respective = _GROUP_RESPECTIVELY_SECOND.match(after)
    if respective:
        return lexicon.fold(respective.group("second"))
    if _EVERYONE_RIGHT_AFTER.match(after):
        return ""
    group = _GROUP_AFTER.match(after) or _GROUP_RIGHT_AFTER.match(after) or _GROUP_PREDICATE.match(seg.after(slot, 100)) \
        or _GROUP_BEFORE.search(before) or _GROUP_OPENS_CLAUSE.match(clause)
    return lexicon.fold(group.group("g")) if group else ""


def group_said_after(after: str) -> bool:
    """Whether the words right after a figure name the group it is of: "12.4% for men", "22.7% among women"."""
    return bool(_GROUP_AFTER.match(after))


_AMOUNT_APPOSED = lazy_re.compile(r"^\s*,?\s*or\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|roughly\s+)?$")
# ("an increase of 70,000 pupils or 8.2%": the change's own noun may stand before "or")
# between a change and its rate in apposition, the span or the base of the change: "rose by £14,200 over
# the year, or 5.4%", "down 3.1 million tonnes on a year earlier, or 9.8%"
# (the abbreviated spans too, "m-o-m", "year-on-year": "rose 6.50 per cent m-o-m to 7,210 tonnes from 6,770 tonnes")
CHANGE_SPAN = (r"(?:(?:over|in|during|on)\s+the\s+(?:year|quarter|month|week|period)|"
               + CHANGE_SPAN_ALTERNATION
               + r"|on\s+(?:a|the)\s+(?:year|quarter|month)\s+(?:earlier|before|ago)"
               r"|on\s+(?:last|the\s+previous)\s+(?:year|quarter|month))\s*")
_RATE_APPOSED = lazy_re.compile(rf"^\s*(?:{CHANGE_SPAN})?"
                                r"(?:[a-z'’-]+\s*)?(?:,\s*)?(?:or|\(|,)\s*(?:about\s+|some\s+|nearly\s+|roughly\s+)?$")
# a rate of change per year over several years: "an average annual growth rate (AAGR) of", "at a CAGR of", "averaging"
_YEARLY_RATE_BEFORE = lazy_re.compile(
    rf"\b(?:(?P<compound>{lexicon.alternation(lexicon.YEARLY_RATE_COMPOUND_WORDS)})|"
    rf"{lexicon.alternation(lexicon.YEARLY_RATE_AVERAGE_WORDS)})"
    r"(?:\s+\(?[a-z'’-]+\)?){0,4}?\s*(?:\b(?:of|at|was|is|were|stood\s+at|came\s+to|reached)\s*)?[:,]?\s*$")
# ... after it: "2.3% a year on average", "9.6% compounded annually" (never "a year earlier", "a year ago")
_YEARLY_RATE_AFTER = lazy_re.compile(
    rf"^\s*(?:(?P<compound>{lexicon.alternation(lexicon.YEARLY_RATE_AFTER_COMPOUND)})|"
    rf"{lexicon.alternation(lexicon.YEARLY_RATE_AFTER)})(?!\w)"
    r"(?!\s+(?:earlier|ago|before|after|later|back|on|over\s+year|to\s+date|before|previously)\b)(?![-‑–][a-z])")
_YEARLY_RATE_IF_YEARS_APART_BEFORE = lazy_re.compile(
    rf"\b(?P<compound>(?!))?(?:{lexicon.alternation(lexicon.YEARLY_RATE_IF_YEARS_APART)})"
    r"\s*(?:\b(?:of|at|was|is|stood\s+at)\s*)?[:,]?\s*$")
_A_YEAR = lazy_re.compile(r"(?:19|20)\d\d")
# the words that set a rate on its base: "per 1,000", "for every 100 women", "in every 1,000 live births"
_PER_WORDS = lexicon.alternation(lexicon.PER_BASE + lexicon.PER_NUMBER_BASE)
# a count, then a time unit in the singular used as an adjective of a span: "12 month period", "30-day window",
# "five year plan" (not "12 months", which the extraction already gives the unit of)
_SPAN_ADJECTIVE_AFTER = lazy_re.compile(r"(?:\s+|\s*-\s*)(?:second|minute|hour|day|week|month|quarter|year|decade)\b(?!s)"
                                        r"(?!\s*-?\s*old\b)", re.I)
_PER_BEFORE = lazy_re.compile(rf"\b(?:{_PER_WORDS}|every)\s+$", screened=True)
# "50 households in 1000", "19 households in 1000.": a count of a noun, then "in" a round base (a power of ten) states a
# rate on that base, as "per 1,000" does; the base is no level of its own (but "61 schools in 1000 villages" counts
# villages: a plural noun of its own after the base makes it a level)
_IN_ROUND_BASE_BEFORE = lazy_re.compile(r"#\d+#\s+(?:[a-z'’-]+\s+)?(?P<noun>[a-z'’-]+)\s+in\s+$")
_PLURAL_AFTER = lazy_re.compile(r"^\s+(?P<noun>[a-z'’-]+s)\b")
_CLAUSE_OPEN = lazy_re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who)\b|\.\s")


@dataclass(frozen=True)
class Frame:
    """What the words around a figure say it is: its role, direction, modality and measure."""

    figure: Figure
    segment: int  # index of its sentence
    slot: int  # its place among the sentence's figures
    role: Role
    direction: int  # +1 / -1 for a change, else 0
    modality: str  # "stated" or "expected" (forecasts, targets, promises, conditions)
    head: str  # the folded last word of its measure ("new urban jobs" -> "job")
    evidence: tuple[str, ...] = ()
    # what a ratio says it divides: "debt-to-equity ratio", "ratio of exports to imports"
    named_terms: tuple[str, ...] = ()
    # the group of a population the figure is for: "58.2% for boys", "women earning €16.90"
    group: str = ""

    @cached_property  # (asked some 47,000 times of 1,700 frames on 100 KB of reports; a frame is never changed
    # in place: another role is another frame, made by replace())
    def is_level(self) -> bool:
        return self.role is _LEVEL_ROLE and self.figure.kind in LEVEL_KINDS


def head_noun(measure: str) -> str:
    """The folded head of a measure phrase: its last word before "of"/"for"/"in"
    ("vacancies for every job-seeker" -> "vacancy", "number of graduates" -> "graduate")."""
    words = measure.lower().split()
    for i, w in enumerate(words):
        if w in ("for", "per", "in", "on", "from", "to", "at") and i > 0:
            words = words[:i]
            break
        if 0 < i < len(words) - 1 and _REDUCED_RELATIVE.fullmatch(w) and not words[i - 1].endswith("ed") \
                and words[i + 1] in _AFTER_PARTICIPLE:
            # "appeals filed in the district courts", "cases disposed of by the tribunal": a past participle
            # and its preposition after the head noun open a reduced relative clause that qualifies it
            words = words[:i]
            break
    while words and words[-1] in _PERIOD_WORDS:
        words.pop()  # "parking fees last year" -> "fee"
    if len(words) > 1 and words[-1] in _AMOUNT_WORDS and _PLAIN_WORD.fullmatch(words[-2]) \
            and words[-2] not in _NOT_A_HEAD_BEFORE:
        words.pop()  # "rail freight volumes", "visitor numbers": the noun the amount word measures is the head
    return lexicon.fold(words[-1]) if words else ""


_PERIOD_WORDS = frozenset(lexicon.PERIOD_WORDS)
# a past participle (of a few letters before its "-ed") that a preposition follows: the head noun's reduced
# relative clause ("appeals filed in", "cars registered in"), not a noun ("seed", "bed")
_REDUCED_RELATIVE = lazy_re.compile(r"[a-z]{3,}ed")
_AFTER_PARTICIPLE = frozenset({"in", "on", "at", "by", "from", "to", "for", "of", "through", "into", "under", "during",
                               "across", "over", "with", "within", "between"})
# words that say how much of a thing, not what: "freight volumes", "visitor numbers", "export value"
_AMOUNT_WORDS = frozenset(w + s for w in ("volume", "number", "level", "figure", "total", "tally", "count")
                          for s in ("", "s"))
# ... after which the word before names no thing: "the total", "overall numbers", "record levels"
_NOT_A_HEAD_BEFORE = frozenset(lexicon.SCOPE_FREE_WORDS) | {"record", "high", "low", "new", "same", "this", "that",
                                                            "these", "those", "its", "their", "our", "grand", "sub",
                                                            "running", "combined", "final", "provisional"}
_PLAIN_WORD = lazy_re.compile(r"[a-z][a-z'’-]*")


def _round_base(figure: Figure, before: str, after: str) -> bool:
    """Whether a figure is the base a count before it is stated on: a bare 10, 100, 1,000, ... in digits after "N
    households in", not followed by a plural noun other than the count's own ("in 1000 villages")."""
    digits = figure.text.replace(",", "").replace(" ", "")
    if not (figure.unit == "" and figure.qualifier == "" and digits.isdigit() and len(digits) > 1
            and digits[0] == "1" and set(digits[1:]) == {"0"}):
        return False
    counted = _IN_ROUND_BASE_BEFORE.search(before)
    own = _PLURAL_AFTER.match(after)
    return counted is not None and (own is None or own.group("noun") == counted.group("noun"))


def build_frame(figure: Figure, seg: Segment, slot: int) -> Frame:
    evidence: list[str] = []
    direction = figure.direction
    after = seg.after(slot, 40)
    before = seg.before(slot, 90)
    # the cues of a direction are read only for a figure that can take one: most already have
    # their direction, a qualifier or a rank, and these searches run for every figure
    open_ = figure.qualifier == "" and figure.kind is not Kind.RANK
    verb = _CHANGE_VERB_BEFORE.search(before) if direction == 0 and open_ else None
    if verb and verb.group().split()[0] in ("up", "down") and _PHRASAL.search(before[:verb.start()]):
        verb = None  # "making up 35%", "added up to": a phrasal verb, not a change
    if verb and verb.group().split()[0] == "up" and figure.unit not in ("percent", "percentage_point", "basis_point") \
            and _GATHERING_VERB.search(before[:verb.start()]):
        verb = None  # "Inpe picked up 323 km²", "racked up 1,204 points": what was gathered, not a rise
    if verb:
        direction = 1 if verb.group("up") else -1
        evidence.append(f"verb of change before: {verb.group().strip()!r}")
    transitive = _TRANSITIVE_CHANGE_BEFORE.search(before) if direction == 0 and open_ else None
    if transitive:
        # "lifted their gold output by 1.7%", "cut its workforce by 1,200": a verb, its object, then "by"
        direction = 1 if transitive.group("up") else -1
        evidence.append(f"transitive verb of change: {transitive.group().strip()!r}")
    if direction == 0 and figure.kind is not Kind.RANK and _ADDED_BEFORE.search(before) \
            and not (_PART_WITH_ITS_SHARE_BEFORE.search(seg.before(slot, 240)) and slot + 1 < len(seg.figures)
                     and seg.figures[slot + 1].unit == "percent" and _SHARE_BESIDE.match(seg.between(slot, slot + 1))):
        # (not "Some 8,500 or 21 per cent had not passed ..., and a further 18,600 (45 per cent) did not have ...": after
        # a part given with its share, a further amount with its own share is the next part of that whole)
        direction = 1
        evidence.append("an amount added ('an additional')")
    # "a $14.4 billion (5.5 percent) reduction": an amount and its rate in brackets share the noun of change after
    # them (the amount reads past the bracketed rate; the rate, right after its amount, past its closing bracket)
    bracketed = _BRACKETED_RATE_AFTER.match(after) or (_OPEN_BRACKET_AFTER_FIGURE.search(before)
                                                        and _CLOSE_BRACKET.match(after))
    if bracketed and _CHANGE_NOUN_AFTER.match(after[bracketed.end():]):
        after = after[bracketed.end():]
    noun = (_CHANGE_NOUN_AFTER.match(after) or _CHANGE_NOUN_BEFORE.search(before)
            or _OPENS_NOUN_PHRASE.search(before) and _COMPOUND_CHANGE_NOUN_AFTER.match(after)) if direction == 0 and open_ else None
    if noun:
        direction = -1 if noun.group("down") or noun.groupdict().get("down2") or noun.groupdict().get("down3") \
            or noun.groupdict().get("down4") else 1
        evidence.append(f"change noun after: {noun.group().strip()!r}")
    if direction == 0 and open_ and figure.unit != "percent" and slot + 1 < len(seg.figures) \
            and seg.figures[slot + 1].unit == "percent" and _RATE_APPOSED.match(seg.between(slot, slot + 1)):
        set_off = _CHANGE_NOUN_SET_OFF_BEFORE.search(before)
        if set_off:
            # "the most annual increase as well, 181.000 or 36.3%": a noun of change, then its amount set off
            # by a comma with its rate in apposition
            direction = 1 if set_off.group("up") else -1
            evidence.append(f"an amount set off after a noun of change, its rate in apposition: {set_off.group().strip()!r}")
    if direction == 0 and figure.unit == "percent" and slot > 0 and seg.figures[slot - 1].unit != "percent" \
            and _RATE_APPOSED.match(seg.between(slot - 1, slot)):
        # "a volume growth of 667,935 tons or 11.3%": an apposition after a change gives its rate
        changed = build_frame(seg.figures[slot - 1], seg, slot - 1)
        if changed.role is Role.CHANGE:
            direction = changed.direction
            evidence.append("a rate in apposition after a change")
    if direction == 0 and figure.unit == "percent" and rate_after_a_move(seg, slot):
        # "grew from 42 to 62 (48%)": a rate in brackets after the two levels of a verb's change is that change's
        # rate, not a share of the level before it ("aged from 25 to 64 (58%)" names no verb of change)
        verb = _ANY_CHANGE_VERB.search(_CLAUSE_OPEN.split(seg.before(slot - 2, 90))[-1])
        if verb:
            direction = 1 if verb.group("up") else -1
            evidence.append(f"a rate in brackets after 'from A to B' of the clause's verb of change: {verb.group()!r}")
    if direction == 0 and open_ and _COMMA_BY_BEFORE.search(before):
        # "dropped in the third quarter, by 4.1 and 7.2 per cent respectively": the clause's verb of change,
        # its time or place, then "by" the change
        clause = _CLAUSE_OPEN.split(before)[-1]
        verb = _ANY_CHANGE_VERB.search(clause) if "#" not in clause else None
        if verb:
            direction = 1 if verb.group("up") else -1
            evidence.append(f"', by' after the clause's verb of change: {verb.group()!r}")
        else:
            comparative = _COMPARATIVE_COMMA_BY_BEFORE.search(before)
            if comparative:
                direction = 1 if comparative.group("up") else -1
                evidence.append(f"', by' right after a comparative: {comparative.group().strip()!r}")
    if direction == 0 and open_ and slot > 0 and _OR_BY_BEFORE.search(before):
        # "shrank to 2.64 million from 3.31 million, or by 20%": the change of the clause's verb, restated
        verb = _ANY_CHANGE_VERB.search(_CLAUSE_OPEN.split(before)[-1])
        if verb:
            direction = 1 if verb.group("up") else -1
            evidence.append(f"'or by' after the clause's verb of change: {verb.group()!r}")
    bare = _BARE_COMPARATIVE_AFTER.match(after) if direction == 0 and figure.qualifier == "" and slot > 0 else None
    if bare:
        # "now 12,958 long, 1,654 shorter, the board said": a difference from the level before it
        direction = 1 if bare.group("up") else -1
        evidence.append(f"a bare comparative after: {bare.group().strip()!r}")
    if direction == 0 and figure.unit != "percent" and slot > 0 and seg.figures[slot - 1].unit == "percent" \
            and _AMOUNT_APPOSED.match(seg.between(slot - 1, slot)):
        # "jumped 22.0 per cent or RM3.1 billion to reach RM17.0 billion": the same change, in money
        changed = build_frame(seg.figures[slot - 1], seg, slot - 1)
        if changed.role is Role.RELATIVE_CHANGE:
            direction = changed.direction
            evidence.append("an amount in apposition after a rate of change")
    # (a hedge says how near, not which way: "some 25% below the 157 million of 2019")
    comparative = _COMPARATIVE_AFTER.match(after) if figure.qualifier in ("", "about", "nearly") and direction == 0 \
        else None
    if comparative is None and figure.qualifier == "" and direction == 0:
        # "That was 23,000 tonnes, or 3.6 per cent, less than in March last year": an amount and its rate
        # in apposition share the comparative after them
        apposed = _APPOSED_BEFORE_COMPARATIVE.match(after) or (
            _APPOSED_AFTER_OR.search(before) and _COMMA_BEFORE_COMPARATIVE.match(after))
        if apposed:
            # (the comparative with no base after it too: "2,140 lambs or 3.5% lower year-on-year")
            comparative = _COMPARATIVE_AFTER.match(after[apposed.end():]) \
                or _COMPARATIVE_WORD_AFTER.match(after[apposed.end():])
            after = after[apposed.end():] if comparative else after
    if comparative and _UNDER_THE.match(after) and slot > 0 and same_unit(seg.figures[slot - 1], figure) \
            and _AND_THEN.search(seg.between(slot - 1, slot)):
        # "Rs 64,251 crore in 2011-12 and Rs 71,479 crore under the revised estimate": a level listed
        # after another under its heading, not a gap below it ("3.5% under the regulator's ceiling")
        comparative = None
    span = comparative and comparative.group().strip() == "over" and _SPAN_OF_TIME.match(after, comparative.end())
    if span and span.group("slot") and seg.figures[int(span.group("slot"))].unit not in DURATION_UNITS:
        span = None  # "a gain over the 2,300 of last year": a base, not a stretch of time
    if span:
        comparative = None  # "SR50.7 billion over the first four months": a stretch of time, not a base
    if comparative and comparative.group().strip() == "over" and _MOVED_TO_BEFORE.search(before):
        comparative = None  # "rose by 1.5% to €1,926,972 over the second quarter last year": the new level; "over"
        # names the base of the change, not a gap of this figure
    if comparative and comparative.group().strip().endswith("from"):
        left = _LEVEL_LEFT.match(after, comparative.end())
        if left and same_unit(seg.figures[int(left.group("slot"))], figure):
            comparative = None  # "£67m up from £65m": the level reached, the figure after "from" the level left (a
            # change names its base after its own verb: "up £2m from £65m")
    if comparative and direction == 0:
        direction = 1 if comparative.group("up") else -1
        evidence.append(f"{COMPARATIVE_AFTER}: {comparative.group().strip()!r}")
    yearly = (_YEARLY_RATE_BEFORE.search(before) or _YEARLY_RATE_AFTER.match(after)
              or (_YEARLY_RATE_IF_YEARS_APART_BEFORE.search(before)
                  if _levels_dated_years_apart(seg, slot) else None)) \
        if figure.unit == "percent" and figure.kind is not Kind.RANK and figure.qualifier == "" else None
    if figure.kind is Kind.RANK:
        role = Role.RANK
    elif yearly:
        role = Role.YEARLY_RATE
        evidence.append(f"{YEARLY_COMPOUND if yearly.group('compound') else YEARLY_AVERAGE}: {yearly.group().strip()!r}")
    elif figure.unit in DURATION_UNITS and not _measured_duration(figure):
        role = Role.DURATION
    elif figure.unit == "" and figure.kind is Kind.COUNT and _SPAN_ADJECTIVE_AFTER.match(after):
        role = Role.DURATION  # "the most recent 12 month period", "a 30-day window": a span named by its length
    elif _PER_BEFORE.search(before) or _round_base(figure, before, after):
        role = Role.PER_BASE
    elif figure.qualifier in ("more-than", "at-least", "less-than", "at-most"):
        role = Role.BOUND
    elif _GAP_BEFORE.search(before) and not _to_one(seg, after):  # ("outnumbered vacancies by 3.4 to 1": a ratio)
        role = Role.GAP
        evidence.append("gap noun before")
    elif figure.unit in ("percentage_point", "basis_point") or figure.kind is Kind.PERCENTAGE_POINT:
        role = Role.POINT_CHANGE
    elif direction != 0:
        role = Role.RELATIVE_CHANGE if is_rate_of_change_unit(figure) else Role.CHANGE
    elif figure.unit == "percent":
        role = Role.SHARE
    elif figure.kind is Kind.RATIO or _PER_BASE_AFTER.match(after) or _PER_BASE_FRONTED.search(before) \
            or _PER_ONE_FRONTED.match(before) or _to_one(seg, after):  # "outnumber doctors 2.7-to-1"
        role = Role.RATIO  # "112 males for every 100 female deaths": a ratio's first term, not a count
    elif figure.kind is Kind.MULTIPLE:
        role = Role.MULTIPLE
    else:
        role = Role.LEVEL
    if role is Role.CHANGE and figure.unit == "" and _PLACES_AFTER.match(after) and _moved_in_an_order(seg, before, after):
        # "a 10.7 percent increase to 78 million, which saw it move up three places to third": the count of places an
        # item moved in an order is its move in the ranking, not a change in the amount ranked
        role = Role.RANK
        evidence.append("a count of places moved in an order")
    clause = _CLAUSE_OPEN.split(before)[-1]
    # "met its target, selling 12,000" is stated; "Had the borough met its target, crime would have
    # been 9,500" is not: a sentence opening on an inverted conditional states nothing
    # (most clauses hold no word of expectation, and need neither _MET nor _NOT_MODAL: its blanks
    # keep the boundaries of the words around them, and the only phrase they could join ("set
    # <blank> to") has "may" or "likely to" in the blanked words, which _EXPECTED finds anyway)
    expected = _INVERTED_CONDITIONAL.match(seg.skeleton) or (
        None if not _EXPECTED.search(clause) or _MET.search(clause) else _EXPECTED.search(_NOT_MODAL.sub(" ", clause))) \
        or _EXPECTED_AFTER.match(seg.after(slot, 100))
    if expected:
        evidence.append(f"modality: {expected.group()!r}")
    # ("the ratio of claims to premiums was 63.9%": a ratio stated as a percentage names its terms too)
    terms = _NAMED_TERMS.search(figure.measure.lower()) if role in (Role.RATIO, Role.SHARE) else None
    return Frame(figure, seg.index, slot, role, direction, "expected" if expected else "stated",
                 head_noun(figure.measure) or _fronted_at_head(seg, slot), tuple(evidence),
                 (lexicon.fold(terms.group("a") or terms.group("c") or terms.group("e")),
                  lexicon.fold(terms.group("b") or terms.group("d") or terms.group("f")))
                 if terms else (), _group_of(seg, slot, before, after, clause))


_PLACES_AFTER = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.ORDER_PLACE_NOUNS)})\b")
# what says the places are in an order: "up"/"down" before the count ("moved up three places"), "higher"/"lower"/"up"/
# "down" after its noun ("finished four places higher"), or the sentence's words for a place reached or left ("to
# third", "from seventh") or for the list ("in the ranking", "in the league table"); "cut 500 positions in the first
# quarter" names none
_MOVED_UP_OR_DOWN_BEFORE = lazy_re.compile(r"\b(?:up|down)\s+(?:by\s+)?$")
_MOVED_UP_OR_DOWN_AFTER = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.ORDER_PLACE_NOUNS)})\s+"
                                          r"(?:higher|lower|up|down|further\s+up|further\s+down)\b")
_AN_ORDER_NAMED = lazy_re.compile(rf"\b(?:to|from)\s+(?:the\s+)?(?:{lexicon.alternation(tuple(lexicon.ORDINAL_PLACES))})\b"
                                  rf"|\bin\s+the\s+(?:[a-z-]+\s+)?(?:{lexicon.alternation(lexicon.LIST_NOUNS)})\b")


def _levels_dated_years_apart(seg: Segment, slot: int) -> bool:
    """Whether the sentence holds two levels of one unit (no percentages), each dated by its own words to a year, two
    or more years apart: the span an "annual rate" beside them is averaged over."""
    dated = [f for k, f in enumerate(seg.figures) if k != slot and f.unit != "percent" and f.period_source == "stated"
             and _A_YEAR.fullmatch(f.period or "")]
    return any(same_unit(a, b) and abs(int(a.period) - int(b.period)) >= 2
               for i, a in enumerate(dated) for b in dated[i + 1:])


def _moved_in_an_order(seg: Segment, before: str, after: str) -> bool:
    """Whether the words around a count of places say they are places in an order."""
    return bool(_MOVED_UP_OR_DOWN_BEFORE.search(before) or _MOVED_UP_OR_DOWN_AFTER.match(after)
                or _AN_ORDER_NAMED.search(seg.skeleton))


# "At 56,728, the number of deaths registered in 2016 was ...": a figure fronted by "At" opening the sentence
# counts the noun of the subject after the comma
_AT_OPENING = lazy_re.compile(r"^\W*at\s+$")
_SUBJECT_AFTER_AT = lazy_re.compile(r"^\s*,\s*(?:the\s+)?(?:(?:number|total|count|tally)\s+of\s+)?"
                                    r"(?:[a-z'’-]+\s+)??(?P<noun>[a-z'’-]+)\s+(?:registered|recorded|reported|"
                                    r"was|were|is|are|stood|remained|in|for|this|last)\b")


def _fronted_at_head(seg: Segment, slot: int) -> str:
    """The head noun of the subject after a figure fronted by "At": "deaths" in "At 56,728, the number of deaths
    registered in 2016 was ..."; "" otherwise."""
    if not _AT_OPENING.match(seg.before(slot, 40)) or len(seg.before(slot, 40)) != seg.slots[slot][0]:
        return ""
    m = _SUBJECT_AFTER_AT.match(seg.after(slot, 80))
    return lexicon.fold(m.group("noun")) if m else ""


_PER_BASE_AFTER = lazy_re.compile(rf"^\s*(?:[a-z'’-]+\s+){{0,2}}(?:{_PER_WORDS})\s+#\d+#", screened=True)
# "For every 100 women who die, 112 men do too": the base first, then the ratio's first term, also after
# the few words that open the main clause ("For every 100 girls born, there were 105.5 boys")
_PER_BASE_FRONTED = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.PER_BASE)})\s+#\d+#[^#;]{{0,80}},\s*"
                                    rf"(?:[a-z'’-]+\s+){{0,3}}$")
# ... or after "there were" with the base a bare noun, one of it: "For every member of staff there were 11
# volunteers", "For each nurse there are 2.5 beds" (a ratio to one, not a count of volunteers)
_PER_ONE_FRONTED = lazy_re.compile(rf"^\s*(?:{lexicon.alternation(lexicon.PER_BASE)})\s+[a-z£$€][^#;,]{{0,60}}?\s+there\s+"
                                   r"(?:were|are|was|is|will\s+be|would\s+be)\s+(?:[a-z'’-]+\s+){0,2}$")
# "grew 2.4% in the north, 1.8% in the centre and 0.9% in the south"
_LIST_GLUE = lazy_re.compile(r"^\s*(?:%|percent|per\s+cent)?\s*(?:(?:in|for|among|at|on|by)\s+[^#,;]{1,30}?)?\s*(?:,|,?\s*and|,?\s*or)\s*$")
_SHARE_AFTER = lazy_re.compile(r"^\s*of\s+(?:them|these|those|it|the|all|total)\b")


def _to_one(seg: Segment, after: str) -> bool:
    """Whether "to 1" follows the figure: the first term of a ratio "3.4 to 1" (the 1 may be a figure of its own)."""
    m = _TO_ONE_AFTER.match(after)
    return bool(m) and (m.group("one") is None or seg.figures[int(m.group("one"))].value == 1)


def inherit_in_lists(seg: Segment, frames: list[Frame]) -> list[Frame]:
    """A figure listed right after a change of its unit is a change too:
    "representing growth of 3.10%, 5.90% and 12.70% respectively"."""
    out = list(frames)
    for k in range(1, len(out)):
        previous, frame = out[k - 1], out[k]
        if previous.role in (Role.RELATIVE_CHANGE, Role.CHANGE, Role.POINT_CHANGE) and frame.direction == 0 \
                and frame.role in (Role.SHARE, Role.LEVEL) and frame.figure.unit == previous.figure.unit \
                and _LIST_GLUE.match(seg.between(k - 1, k)) and not _SHARE_AFTER.match(seg.after(k, 30)):
            out[k] = replace(frame, role=previous.role, direction=previous.direction,
                             evidence=frame.evidence + ("listed after a change",))
    return out


# a conjunct whose verb is left out ("nurses increased by 2,100 to 64,700, and doctors by 900 to 23,800"): a
# conjunction, the conjunct's own subject, "by" and the figure, then "to" and the new level
_ELIDED_MOVE_BEFORE = lazy_re.compile(r"(?:,\s*|\s)(?:and|while|but|whereas)\s+(?:[a-z'’-]+\s+){1,4}by\s+$", screened=True)
_ELIDED_MOVE_AFTER = lazy_re.compile(r"^\s*(?:%|percent|per\s+cent)?\s*to\s+#\d+#")


def inherit_elided_moves(seg: Segment, frames: list[Frame]) -> list[Frame]:
    """A figure in a conjunct whose verb of change is left out is a change the same way as the conjunct before
    it: "Nurses increased by 2,100 to 64,700, and doctors by 900 to 23,800" (900 is a rise, not a count of
    doctors). The figure must stand between "by" and "to" and its new level, after a change in the sentence."""
    out = list(frames)
    for k, frame in enumerate(out):
        if frame.direction != 0 or frame.role is not Role.LEVEL \
                or not _ELIDED_MOVE_BEFORE.search(seg.before(k, 60)) or not _ELIDED_MOVE_AFTER.match(seg.after(k, 30)):
            continue
        moved = [p for p in out[:k] if p.role in (Role.RELATIVE_CHANGE, Role.CHANGE) and p.direction != 0]
        if moved:
            out[k] = replace(frame, role=Role.RELATIVE_CHANGE if is_rate_of_change_unit(frame.figure) else Role.CHANGE,
                             direction=moved[-1].direction, evidence=frame.evidence + ("a change whose verb is left out",))
    return out


def written_in_digits(f: Figure) -> bool:
    """Whether a figure is written with digits: number words ("three months", "two parties")
    name spans and groups more often than they state amounts."""
    return _holds_a_digit(f.text)


@lru_cache(maxsize=1 << 14)  # (asked some 30,000 times of 1,700 figures on 100 KB of reports)
def _holds_a_digit(text: str) -> bool:
    return any(map(str.isdigit, text))


# the evidence of a yearly rate: compounded ("a CAGR of 9.6%"), or averaged some way ("an average annual rate of 2.3%")
YEARLY_COMPOUND = "a compound rate per year"
YEARLY_AVERAGE = "an average rate per year"


def rate_after_a_move(seg: Segment, slot: int) -> bool:
    """Figure `slot` stands in brackets right after a move between two levels of one unit: "from 42 to 62 (48%)",
    "1,840 → 2,120 (+15.2%)"."""
    return change_after_a_move(seg, slot) and seg.figures[slot - 1].unit != "percent"


def moved_by_arrow(seg: Segment, slot: int) -> bool:
    """Figure `slot` is the later level of an arrow from the figure before it: "12,406 → 13,018", "34.6% -> 41.2%"."""
    return slot > 0 and bool(_ARROW_BETWEEN.fullmatch(seg.between(slot - 1, slot)))


def change_after_a_move(seg: Segment, slot: int) -> bool:
    """Figure `slot` stands in brackets right after a move between two levels of one unit, told with words
    ("from 12,406 to 13,018 (+612)", "from 42 in May to 62 (48%)") or with an arrow between the two levels
    ("12,406 → 13,018 (+612)", "34.6% -> 41.2% (+6.6pp)"): the bracket gives the size of that move."""
    if slot < 2 or not _RATE_BRACKET.fullmatch(seg.between(slot - 1, slot)) \
            or not same_unit(seg.figures[slot - 2], seg.figures[slot - 1]):
        return False
    told_in_words = _FROM_A_TO_B.fullmatch(seg.between(slot - 2, slot - 1)) and _FROM_WORD_BEFORE.search(seg.before(slot - 2, 8))
    return bool(told_in_words) or moved_by_arrow(seg, slot - 1)


def same_unit(a: Figure, b: Figure) -> bool:
    """Whether two figures can be added or compared as they stand."""
    if a.unit != b.unit:
        return False
    if a.unit:
        return True
    if _RATIO_KIND in (a.kind, b.kind):
        return a.kind is b.kind
    return (a.kind in LEVEL_KINDS) == (b.kind in LEVEL_KINDS)


def unit_class(f: Figure) -> tuple:
    """A key with same_unit(a, b) exactly when unit_class(a) == unit_class(b): figures
    indexed by it are looked up by unit instead of tested one by one."""
    if f.unit:
        return (f.unit,)
    return ("", "ratio" if f.kind is Kind.RATIO else f.kind in LEVEL_KINDS)
