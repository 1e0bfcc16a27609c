"""The words around a figure that make it one end of a move, or the amount of one: the old value a
change or comparison is from ("from", "compared with", "than", "as against", "a year earlier"), the
level it reaches ("to", "at", "will now cost"), the amount between them ("by about"), a rate of
change named by a verb or noun ("expanding 7.2%", "salary growth, at 1.7%"), the way the words say
a level moved, and another time than the text's own ("A year ago, ...", "had forecast").

Each reading takes the words a check looks at (a few characters before or after a figure, or the
clause between two) and says what they mark; the windows are the checks'. Where two readings of
one cue differ (the "by" of an amount before a change, the base words before an old value), both
stand here side by side and the docstring says how: a list is not widened where that would change
what a check reads.
"""
from __future__ import annotations

import re

from auditor import lazy_re
from auditor.extract.context import verb_direction
from auditor.extract.periods import prior_before, shifted
from auditor.grammar import cues, lexicon
from auditor.grammar.segments import Segment
from auditor.model import Figure


# --------------------------------------------------------------------------- the old value
# (change-direction) a base word right before the old level, up to two words between: "fell to 2.5% from the 2.8%"
_BASE_WORD = lazy_re.compile(rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS, ' ')})"
                   r"\s*(?:the\s+|a\s+|an\s+)?(?:[a-z'’-]+\s+){0,2}$", re.I)
# (table-vs-text) a base, an earlier time, a past copula or a plan within 35 characters before: "compared with
# 4.1% a year earlier", "was 3.1%", "the target of 4.5%"
_OLD_CUE = lazy_re.compile(rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.THAN + cues.VERSUS + cues.EARLIER_TIME + cues.PAST_COPULAS + cues.PLAN_UNOBSERVED, ' ')})"
                      r"\b[^\d;]{0,35}$", re.I)
# words that put a figure before the time the table shows ("had pushed the rate up ... to 4.40")
_OLD_TENSE = lazy_re.compile(rf"\b(?:{cues.words(cues.EARLIER_TIME + cues.EARLIER_TIME_PHRASES, ' ')})\b", re.I)
# (table-vs-text) a clause that opens with a base word, pointing back to the rows the figure before named
_LINK_BACK = lazy_re.compile(rf"^[\s,(]*(?:{cues.words(cues.BASE_PREPOSITIONS + cues.VERSUS + cues.UP_FROM + cues.DOWN_FROM, ' ')})"
                        r"\s*(?:the\s+)?$", re.I)
# (defined-measure) a base, or a position against one: "as against 31,05,798", "short of the 20,000"
_EARLIER_VALUE = lazy_re.compile(rf"\b(?:{cues.words(cues.BASE_PREPOSITIONS + cues.AS_AGAINST + cues.THAN + cues.VERSUS, ' ')})"
                            rf"\s*(?:the\s+)?(?:\w+\s+){{0,2}}$|"
                            rf"\b(?:{cues.words(cues.POSITION_DOWN + cues.POSITION_UP, ' ')})\s+(?:the\s+)?$", re.I)
# a figure of another time or a figure not yet observed: "A year ago, the jobless rate was 5.2%",
# "the 20,000 economists had forecast"
_ANOTHER_TIME = lazy_re.compile(r"\b(?:a (?:year|quarter|month) (?:earlier|ago|before)|(?:the )?previous (?:year|quarter|month)|"
                           r"last (?:year|quarter|month)|same (?:period|quarter|month) (?:of |in )?(?:last|the previous)|"
                           rf"{cues.words(cues.ANOTHER_TIME_WORDS)}|{cues.stems(cues.ANOTHER_TIME_STEMS)})\b", re.I)
# a figure dated to an earlier time right after it ("... of €12.9 million a year earlier", "a fall of 3% last year"),
# not measured from it ("up 3% on a year earlier", "more than a year ago": a word stands between)
_DATED_EARLIER_AFTER = lazy_re.compile(rf"\s*(?:in\s+)?(?:{lexicon.alternation(lexicon.EARLIER_YEAR)})\b", re.I)
# (change-direction) a clause opening "From 8,200 in 2019, ..." before the verb
_FRONTED_FROM = lazy_re.compile(r"\W*from\s+(?:a\s+|an\s+|the\s+)?(?:[a-z'’-]+\s+){0,2}$", re.I)
# --------------------------------------------------------------------------- the level reached
# (change-direction) "to" or "at" right before the new level: "rose to a record 4,100"
_REACHED = lazy_re.compile(r"\b(?:to|at)\b\s*(?:a\s+|an\s+|the\s+)?(?:[a-z-]+\s+){0,2}$", re.I)
# a clause of the two levels alone, its verb before the comma: "arrivals also dropped, from 4,954 ... to 391",
# "the share fell in the south, to 32.5 per cent from 54 per cent"
_BARE_FROM = lazy_re.compile(r"\s*(?:from|to)\s+(?:[a-z'’-]+\s+){0,2}$", re.I)
# between a change and the level it arrives at: "up by Rs5.92 to Rs90.69", "raised by Rs5.01, will now cost Rs120.04",
# "will become Rs5.46 costlier and will therefore be priced at Rs96.26"
# (the change may name the quantity it is per: "raised by Rs4.20 a litre to Rs118.60")
_NEW_LEVEL_AFTER = lazy_re.compile(r"^\s*(?:(?:a|an|per)\s+[a-z]+\s+)?(?:(?:costlier|dearer|pricier|cheaper|higher|lower)\s+)?(?:to|,?\s*(?:and\s+)?(?:will|would|shall)\s+(?:now\s+|therefore\s+)?"
                                   r"(?:cost|sell\s+at|be\s+priced\s+at|be\s+sold\s+at|stand\s+at|be)|"
                                   r",?\s*(?:taking|bringing)\s+it\s+to)\s*$", re.I)
# --------------------------------------------------------------------------- the amount of a change
# (difference) "by" right before an amount, with at most one hedge word: "rose by roughly 1.5%"
_BY_AMOUNT = lazy_re.compile(r"\bby\s+(?:about|around|roughly|some|nearly|almost|just)?\s*$", re.I)
# (defined-measure) "by" right before an amount, with any one hedge: "grew by over 92,000"
_CHANGE_AMOUNT = lazy_re.compile(rf"\bby\s*(?:{cues.words(cues.HEDGES_AMOUNT)})?\s*$", re.I)
# (share-of-total) a verb of change or a comparative, then "by", right before an amount: "was greater by 1,134",
# "increased by some 400"; not the "by" of a passive ("were reached by 41,210 candidates")
_CHANGED_BY_AMOUNT = lazy_re.compile(
    rf"\b(?:{cues.stems(cues.CHANGE_VERB_STEMS)}|{cues.words(cues.CHANGE_VERB_WORDS)}|ris\w+|"
    rf"{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)}|"
    r"greater|higher|lower|larger|smaller|bigger|more|less|fewer|up|down)\s+by\s*"
    # (a currency code the figure does not absorb may stand before the amount: "increased by GEL 23.7 million")
    rf"(?:{cues.words(cues.HEDGES_AMOUNT)})?\s*(?:(?-i:[A-Z]{{3}})\s*)?$", re.I)
_CHANGED_BY_AMOUNT_ELIDED = lazy_re.compile(
    rf"\b(?:{cues.stems(cues.CHANGE_VERB_STEMS)}|{cues.words(cues.CHANGE_VERB_WORDS)}|ris\w+|"
    rf"{lexicon.alternation(lexicon.CHANGE_VERBS_UP + lexicon.CHANGE_VERBS_DOWN)})\s+by\b(?:[^.;]|\.\d){{0,100}},\s*"
    rf"(?:[a-z-]+\s+){{1,3}}by\s*(?:{cues.words(cues.HEDGES_AMOUNT)})?\s*$", re.I)
# (table-vs-text) a verb of change right before: "expanding 7.2%", "rose by some 3%"
_CHANGE_BEFORE = lazy_re.compile(rf"\b(?:{cues.stems(cues.CHANGE_VERB_STEMS)}|{cues.words(cues.CHANGE_VERB_WORDS)}|ris\w+)\s+(?:by\s+)?"
                            rf"(?:(?:{cues.words(cues.HEDGES_SHORT)})\s+)?$|"
                            rf"\bby\s+(?:(?:{cues.words(cues.HEDGES)})\s+)?$", re.I)
# "the smallest salary growth, at 1.7%": a rate of change named by a noun
_CHANGE_NOUN = lazy_re.compile(rf"\b(?:{cues.words(cues.CHANGE_NOUNS_RATE)})\b[^.;\d]{{0,25}}$", re.I)
# --------------------------------------------------------------------------- which way
_PACE = lazy_re.compile(rf"\b(?:(?P<up>{cues.words(cues.SPEED_UP)})|{cues.words(cues.SLOW_DOWN)})\b", re.I)
# a noun of change, then "in" and the noun of change that names the measure it moved: the second is the measure's name
_MEASURE_AFTER_IN = lazy_re.compile(r"\b(?P<head>drop|fall|decline|decrease|dip|slump|slowdown|rise|increase|jump|pickup|surge)"
                                    r"\s+in\s+(?:the\s+|annual\s+|yearly\s+|monthly\s+)?(?:rate\s+of\s+)?"
                                    r"(?:growth|increase|rise|decline|inflation)\b", re.I)
_FALL_SIZED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.FALL_NOUNS_SIZED)})\s+(?:[a-z'’-]+\s+){{0,2}}?"
                              rf"(?:(?P<grows>{lexicon.alternation(lexicon.SIZE_GROWS)})|"
                              rf"{lexicon.alternation(lexicon.SIZE_SHRINKS)})\b", re.I)
_RISE = lazy_re.compile(rf"\b(?:{cues.words(cues.RISE_VERBS)})\b", re.I)
_FALL = lazy_re.compile(rf"\b(?:{cues.words(cues.FALL_VERBS)})\b", re.I)
# better or worse rather than up or down: "the combined ratio improved to 94.2%"
_EVALUATIVE = lazy_re.compile(r"\b(?:improv\w*|worsen\w*|deteriorat\w*|better|worse)\b", re.I)
# (change-direction) where a clause of another move begins: "dipped to 86 from 88, and housebreaking ...";
# "while" and "whereas" open another clause with or without a comma ("grew by 15 per cent compared with 16.3 per
# cent while transport slowed to 13.9 per cent")
_CLAUSE_BREAK = lazy_re.compile(r";|,\s*(?:and|but)\b|\b(?:while|whereas)\b", re.I)
# a verb setting its object lower or higher: "trimmed its growth forecast to", "raised its projection to"
# (a verb with its object after it: not a participle used as an adjective, "cut and polished diamonds", nor one
# whose own amount or end follows, "cut by 0.5 points to")
_SET_WAY = lazy_re.compile(rf"\b(?:(?P<up>{lexicon.alternation(lexicon.SET_HIGHER_VERBS)})|"
                           rf"{lexicon.alternation(lexicon.SET_LOWER_VERBS)})\b"
                           r"(?!\s*(?:and|or|,|by|to|from|in|on|of|at)\b)", re.I)
_MOVED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.MOVED_VERBS)})\b", re.I)
# a verb of change, then "at" or "by" and the figure: the figure is that verb's own rate, "the economy grew at 6.8 per
# cent compared with 7.4 per cent", "expanded by an annual 3.1%"; the verb tells which way the economy went, not which
# way its rate went from the other level (not "dropped by one to 16": the level after "to" is the one reached)
_OWN_RATE_AT_END = lazy_re.compile(
    rf"\b(?:{cues.words(cues.RISE_VERBS + cues.FALL_VERBS)}|expanded|contracted|advanced|shrank)\s+(?:at|by)\s+"
    r"(?:an?\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?:(?!to\b|from\b)[a-z-]+\s+){0,3}$", re.I)

def base_word_before(words: str) -> bool:
    """A base word ending the words before a figure ("from", "against", "compared with", "vs"), up to
    two words between (change-direction's old level)."""
    return bool(_BASE_WORD.search(words))


def old_value_before(words: str) -> bool:
    """Within 35 characters before a figure, a base, an earlier time, a past copula or a plan not observed
    (table-vs-text: a figure that is not the table's current value)."""
    return bool(_OLD_CUE.search(words))


def of_an_earlier_time(words: str) -> bool:
    """Words that put a figure before the time the text reports: "had pushed the rate up ... to 4.40",
    "a year earlier", "previously"."""
    return bool(_OLD_TENSE.search(words))


def links_back_to_base(words: str) -> bool:
    """A clause between two figures that is only a base word: ", up from", " compared with the"."""
    return bool(_LINK_BACK.match(words))


def base_named_after(words: str) -> str | None:
    """The words after the last base word ("than", "from", "against") up to a figure, with no digit, comma
    or semicolon between: " the rural population of " in "5,81,417 fewer than the rural population of"."""
    m = re.search(r"\b(?:than|from|against)\b(?P<name>[^\d,;]*)$", words, re.I)
    return m.group("name") if m else None


def earlier_value_before(words: str) -> re.Match | None:
    """A base word (or a position against a base) ending the words before a figure: "as against",
    "fell from the", "short of the" (defined-measure: the figure is not the current value)."""
    return _EARLIER_VALUE.search(words)


def names_another_time(words: str) -> bool:
    """Words of another time than the report's, or of a figure not observed: "a year ago", "last quarter",
    "previously", "forecast", "targeted"."""
    return bool(_ANOTHER_TIME.search(words))


def dated_earlier_after(text: str, end: int) -> bool:
    """A figure dated to an earlier year right after it ("... of €12.9 million a year earlier"), not measured
    from it ("up 3% on a year earlier": a word stands between)."""
    return bool(_DATED_EARLIER_AFTER.match(text, end))


def fronted_base(text: str, start: int, end: int) -> bool:
    """The words from a clause's start to a figure open with "from": "From 8,200 in 2019, the number ..."."""
    return bool(_FRONTED_FROM.match(text, start, end))


def reached_word_before(words: str) -> bool:
    """"to" or "at" ending the words before a figure, up to two words between: the level a move reaches."""
    return bool(_REACHED.search(words))


def bare_ends(text: str, start: int, end: int) -> bool:
    """A clause of the two levels alone, from `start` to the first: ", from 4,954 ... to 391" (its verb stands
    before the comma)."""
    return bool(_BARE_FROM.match(text, start, end))


def leads_to_new_level(words: str) -> bool:
    """The words between a change and the level it arrives at: " to", " a litre to", ", will now cost", " costlier
    and will therefore be priced at", ", taking it to"."""
    return bool(_NEW_LEVEL_AFTER.match(words))


def by_amount_before(words: str) -> bool:
    """(difference) "by", and at most one of a few hedges, right before an amount of change."""
    return bool(_BY_AMOUNT.search(words))


def change_amount_before(words: str) -> bool:
    """(defined-measure) "by", and any one hedge ("about", "nearly", "around", "over"), right before an amount."""
    return bool(_CHANGE_AMOUNT.search(words))


def conceded_before(words: str) -> bool:
    """(growth-rate) Whether the words up to a figure open a concession it stands in, with no clause break since
    ("Despite a slight decrease in the average length of stay from ")."""
    return bool(_CONCEDED.search(words))


_CONCEDED = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CONCESSIONS)})\b[^,;.]*$", re.I)


def changed_by_amount_before(words: str) -> bool:
    """(share-of-total) A verb of change or a comparative, then "by", right before an amount: "greater by 1,134"; or a
    list item that leaves the verb out: "cars decreased by 15 vehicles (12.4%), heavy vehicle by 11 vehicles"."""
    return bool(_CHANGED_BY_AMOUNT.search(words) or _CHANGED_BY_AMOUNT_ELIDED.search(words))


def change_verb_before(words: str) -> bool:
    """A verb of change (or "by") right before a figure: "expanding 7.2%", "rose by some 3%", "by about"."""
    return bool(_CHANGE_BEFORE.search(words))


def change_noun_before(words: str) -> bool:
    """A noun of change shortly before a percentage: "the smallest salary growth, at 1.7%"."""
    return bool(_CHANGE_NOUN.search(words))


# a direction word naming the measure, not its move: "Higher education enrolment", "Export growth came to"
_NAMING_NOT_MOVING = lazy_re.compile(
    rf"(?:^\W*|\b(?:{lexicon.alternation(lexicon.NAME_OPENERS)})\s+)(?P<attributive>{lexicon.alternation(lexicon.NAMING_COMPARATIVES)})"
    r"(?=[\s-]+[a-z])(?![\s-]+(?:than|at|in|on|to|by|and|or)\b)"
    rf"|\b(?P<subject>{lexicon.alternation(lexicon.CHANGE_NOUNS)})(?:\s+rate)?"
    # (only right before the level: "Growth was broad, ... 4.1 million against 3.6 million" may still say a rise)
    rf"(?=\s+(?:{lexicon.alternation(lexicon.LEVEL_VERBS_AFTER_A_SUBJECT)})"
    r"(?:\s+(?:to|at|of|about|around|some|nearly|almost|just))?\W*$)"
    # a change in another thing, the subject of a verb that places the measure at its level: "A rise in fuel
    # prices left the average fare at $2.10"
    rf"|\b(?P<cause>{lexicon.alternation(lexicon.CHANGE_NOUNS)})(?=\s+(?:in|of)\s+(?:[a-z'’-]+\s+){{1,4}}?"
    rf"(?:{lexicon.alternation(lexicon.CAUSE_PLACING_VERBS)})\b)", re.I)


def _names_left_out(words: str) -> str:
    """The words with each direction word that names the measure blanked, keeping those that say a move."""
    def blank(m: re.Match) -> str:
        group = next(name for name in ("attributive", "subject", "cause") if m.group(name))
        word, at = m.group(group), m.start(group)
        return m.group()[:at - m.start()] + "_" * len(word) + m.group()[at - m.start() + len(word):]
    return _NAMING_NOT_MOVING.sub(blank, words)


def move_direction(words: str) -> int:
    """The way the words say a level moved. "Growth slowed from 1.7% to 1.1%": a rate that slows
    goes down, whatever "growth" says on its own; "the drop deepening from 0.2% to 7.3%": a fall's size grows."""
    sized = None
    for sized in _FALL_SIZED.finditer(words):
        pass
    if sized is not None:
        return 1 if sized.group("grows") else -1
    setting = None
    for setting in _SET_WAY.finditer(words):
        pass
    if setting is not None and _MOVED.search(words, setting.end()) is None:
        # "trimmed its full-year GDP growth forecast to": the verb sets its object lower, whatever "growth" says
        return 1 if setting.group("up") else -1
    pace = None
    for pace in _PACE.finditer(words):
        pass
    if pace is not None:
        return 1 if pace.group("up") else -1
    if _OWN_RATE_AT_END.search(words):
        return 0  # "grew at 6.8 per cent compared with 7.4 per cent": the verb's own rate, no move between the two
    # "saw a significant drop in growth, from 19 per cent to 8.8 per cent": the noun after "in" names what moved
    # (a rate of growth), the noun of change before it says which way
    # ("Higher education enrolment stood at", "Export growth came to": words naming the measure say no move)
    return verb_direction(_names_left_out(_MEASURE_AFTER_IN.sub(r"\g<head>", words)))


_REVISION = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.REVISION_VERBS)})\b(?P<rest>.*)", re.I | re.S)
_REVISION_WAY = lazy_re.compile(rf"\b(?:(?P<up>{lexicon.alternation(lexicon.REVISION_UP)})|"
                                rf"(?P<down>{lexicon.alternation(lexicon.REVISION_DOWN)}))\b", re.I)


def revision_direction(words: str) -> int | None:
    """The way a revision verb in the words moved a published figure: +1 "revised up", -1 "revised ...
    down", 0 when the verb says no way ("revised the May increase from 0.7% to 0.4%": the noun of change
    names what was revised, not which way); None when no verb of revision is there."""
    m = _REVISION.search(words)
    if m is None:
        return None
    way = _REVISION_WAY.search(m.group("rest"))
    if way is None:
        return 0
    return 1 if way.group("up") else -1


def last_verb_direction(words: str) -> int:
    """+1 or -1 by the last verb of rise or fall in the words ("... and part-time work by 10,800" takes the
    verb before it), 0 when there is none."""
    verbs = list(_RISE.finditer(words)) + list(_FALL.finditer(words))
    if not verbs:
        return 0
    last = max(verbs, key=lambda m: m.start())
    return 1 if _RISE.fullmatch(last.group()) else -1


def change_of_a_group_in_brackets(clause: str) -> bool:
    """(defined-measure) The words of a clause up to a figure end on an opening bracket after a verb of rise or
    fall: "employment increased significantly in manufacturing (201,000)" gives the group's change, not a level."""
    return bool(_BRACKET_OPENS_AT_END.search(clause)) and last_verb_direction(clause) != 0


_BRACKET_OPENS_AT_END = lazy_re.compile(r"\(\s*$")


def judged_move(words: str) -> bool:
    """A move said better or worse rather than up or down: "improved", "worsened", "deteriorating"."""
    return bool(_EVALUATIVE.search(words))


def breaks_the_clause(words: str) -> bool:
    """A clause of another move between two figures: ";", ", and", ", but", ", while", ", whereas"."""
    return bool(_CLAUSE_BREAK.search(words))


# --------------------------------------------------------------------------- a change between two years
# a rate of change set against a year's level after it: "18.4% below its 2004 level", "up 12% on 2019", "has fallen 18%
# since 2004", "12% higher than in 2010", "compared with 2019"
_AGAINST_A_YEAR = lazy_re.compile(
    r"^\s*(?:(?P<down>below|lower\s+than|down\s+on|down\s+from|less\s+than)|(?P<up>above|higher\s+than|up\s+on|up\s+from|more\s+than)"
    r"|since|on|from|compared\s+(?:with|to)|against|than)\s+(?:in\s+)?(?:its\s+|the\s+|their\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s*[-–/]\s*\d)", re.I)
# the one year a clause names for what it states: "in 2014", "for 2014", "during 2014"
_IN_A_YEAR = lazy_re.compile(r"\b(?:in|for|during)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)


def against_a_year(words_after: str) -> tuple[str, int] | None:
    """The year a rate of change is measured against, and the way the words put it (-1 below, 1 above, 0 unsaid),
    when the words right after it name one: "18.4% below its 2004 level" -> ("2004", -1)."""
    m = _AGAINST_A_YEAR.match(words_after)
    if not m:
        return None
    return m.group("year"), -1 if m.group("down") else 1 if m.group("up") else 0


def year_of_the_clause(words: str) -> str | None:
    """The one year the words name with "in", "for" or "during" ("fell 0.3% in 2014, leaving ..."), if only one."""
    years = {m.group("year") for m in _IN_A_YEAR.finditer(words)}
    return years.pop() if len(years) == 1 else None


# --------------------------------------------------------------------------- a change with its rate (change-with-rate, growth)
# the words between a change in units and its rate beside it: " (", ", or ", ", "
_RATE_BESIDE = lazy_re.compile(r"^\s*(?:\(|,\s*or\s+|,\s*)$")
# the words before the level a change is told against: "to a record ", "from the "
_TO_LEVEL = lazy_re.compile(r"\bto\s*(?:a\s+|the\s+)?(?:[a-z-]+\s+){0,2}$", re.I)
_FROM_LEVEL = lazy_re.compile(r"\bfrom\s*(?:a\s+|the\s+)?(?:[a-z-]+\s+){0,2}$", re.I)
# besides `breaks_the_clause`: "although" after a comma, "while" or "whereas" with or without one (change-with-rate)
_CONTRAST_OR_ALTHOUGH = lazy_re.compile(rf",\s*(?:{cues.words(cues.ALTHOUGH)})\b|\b(?:{cues.words(cues.CONTRAST_JOINERS)})\b",
                                        re.I)
# besides `breaks_the_clause`: a concession opens another subject's clause (growth): "earnings rose 11.0% despite
# volumes falling to ... from ..."
_CONCESSION = lazy_re.compile(rf"\b(?:{cues.words(lexicon.CONCESSIONS)})\b", re.I)
_ONE_RATE_FOR_SEVERAL = lazy_re.compile(rf"\b(?:{cues.words(lexicon.ONE_RATE_FOR_SEVERAL)})\b", re.I)
_YEAR_ON_YEAR = lazy_re.compile(rf"^\W*(?:{cues.words(lexicon.YEAR_ON_YEAR_PHRASES, ' ')})", re.I)


def rate_beside_change(words: str) -> bool:
    """The words between a change in units and a percentage put the percentage beside it as its rate:
    "rose by 16,400 (2.7%)", "16,400, or 2.7%"."""
    return _RATE_BESIDE.match(words) is not None


def level_reached_before(words: str) -> bool:
    """"to", up to two words between, ending the words before a figure: the level a change arrived at
    ("to 632,200", "to a record 632,200"; unlike `reached_word_before`, not "at")."""
    return _TO_LEVEL.search(words) is not None


def level_left_before(words: str) -> bool:
    """"from", up to two words between, ending the words before a figure: the level a change left."""
    return _FROM_LEVEL.search(words) is not None


def ends_the_change_clause(words: str) -> bool:
    """(change-with-rate) A clause of another subject between a rate and a level: `breaks_the_clause`, or
    ", although", or "while" / "whereas" without a comma."""
    return breaks_the_clause(words) or _CONTRAST_OR_ALTHOUGH.search(words) is not None


# ", with" and a noun whose own participle of change follows: "plummeted by 40.78%, with revenue generated through
# export in the same period decreasing from Nu 3,439.77M to Nu 2443.3M": the levels are that noun's move
# (not a noun referring back to the change's own measure: ", with the number who sat rising to 346,094 from 316,999")
_WITH_OWN_MOVE = lazy_re.compile(r",\s*with\s+(?!(?:the\s+)?(?:number|figure|total|count|level|amount|it|its)\b)"
                                 r"[a-z][^\d;]{0,80}?\b(?:decreasing|increasing|falling|rising|declining|"
                                 r"dropping|growing|climbing|deepening|narrowing|widening|going|moving|slipping|"
                                 r"jumping|surging|sliding)\s+(?:from|to)\b", re.I)


def breaks_the_clause_or_concedes(words: str) -> bool:
    """(growth) `breaks_the_clause`, or a concession: "despite", "although", "though", "even as", or an absolute
    clause of another noun's move (", with exports decreasing from")."""
    return breaks_the_clause(words) or _CONCESSION.search(words) is not None or _WITH_OWN_MOVE.search(words) is not None


# a noun of change and the measure it moves: "a drop in total assets", "the rise of imports"
_MOVE_OF_A_MEASURE = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CHANGE_NOUNS)})\s+(?:in|of)\s+"
                                     r"(?:(?:the|its|their|a|an)\s+)?(?=[a-z])", re.I)


def another_move_between(words: str, own_measure: str) -> bool:
    """Whether the words between a change and a pair of levels open a move of a measure of their own that shares no
    word with the change's measure ("a decline in customer deposits by 17% and led to a drop in total assets to
    N1.7tn from N1.9tn"): the levels are that move's, not the change's."""
    m = _MOVE_OF_A_MEASURE.search(words)
    if m is None:
        return False
    name = _NAME_OF_THE_MOVED.match(words, m.end())
    named = set(lexicon.folded_words(name.group("name") if name else "")) - _SCOPE_FREE
    own = set(lexicon.folded_words(own_measure)) - _SCOPE_FREE
    return bool(named) and bool(own) and named.isdisjoint(own)


_SCOPE_FREE = frozenset(lexicon.SCOPE_FREE_WORDS)
# the name after a noun of change, up to the word that opens its levels or its verb: "total assets" (to N1.7tn)
_NAME_OF_THE_MOVED = lazy_re.compile(r"(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s*(?:\b(?:to|from|by|at|of|was|were|is|are)\b|[,;:]|$)", re.I)


def one_rate_for_several(words: str) -> bool:
    """A sentence gives one rate to several pairs of levels: "each grew 16.9 percent", "respectively", "both"."""
    return _ONE_RATE_FOR_SEVERAL.search(words) is not None


# A rate of change told net of price changes: "by a real 3.6%", "5.5% at constant prices", "2.1% in volume terms";
# or net of currency moves or of stores and businesses opened and closed: "16% at constant exchange rates", "a
# like-for-like growth of 10%", "underlying growth of 5%". Amounts of money are reported at current prices and
# rates, all of the business, unless said otherwise, so such a rate is not the one between them.
_REAL_BEFORE = lazy_re.compile(r"\breal\s+$|\b(?:like[\s-]for[\s-]like|underlying|organic|constant[\s-]currency)\s+"
                               r"(?:[a-z]+\s+)?(?:growth|increase|rise|gain|decline|decrease|fall|drop)\s+(?:of\s+)?$", re.I)
_REAL_BEFORE_REACH = 45  # "a like-for-like sales growth of " stands within this many characters before the rate
_REAL_AFTER = lazy_re.compile(r"\s*(?:(?:y/y|y-o-y|year[\s-]on[\s-]year|on\s+the\s+year)\s*,?\s*)?(?:in\s+real\s+terms|"
                              r"at\s+constant\s+prices|in\s+volume(?:\s+terms)?|by\s+volume|in\s+real\s+value|"
                              r"after\s+(?:adjusting|allowing)\s+for\s+(?:inflation|price\s+changes)|"
                              r"(?:at|in|on\s+an?)\s+constant[\s-](?:exchange[\s-]rates?|currency|currencies)|"
                              r"like[\s-]for[\s-]like|on\s+an?\s+(?:like[\s-]for[\s-]like|underlying|organic)\s+basis)\b", re.I)


def told_in_real_terms(text: str, rate: Figure) -> bool:
    """Whether the words right around a rate of change tell it net of price changes (see above)."""
    return bool(_REAL_BEFORE.search(text, max(0, rate.span.start - _REAL_BEFORE_REACH), rate.span.start)
                or _REAL_AFTER.match(text, rate.span.end, min(len(text), rate.span.end + 60)))


def year_on_year_after(words: str) -> bool:
    """The words right after a rate make it against the same time a year before: "year on year", "y-o-y",
    "from a year earlier", "over the same quarter"."""
    return _YEAR_ON_YEAR.search(words) is not None


# (same-measure) a percentage, then the base it is measured against: "or 0.9 percent, compared to the first quarter
# of 2020", "or 3.8 percent, year over year" (a rate of change its frame may not have read as one)
_BASE_AFTER_A_RATE = lazy_re.compile(
    rf"\s*,?\s*(?:(?:{lexicon.alternation(lexicon.BASE_AFTER_CHANGE)})\s+(?:the\s+)?(?:same|previous|prior|preceding|"
    rf"corresponding|first|second|third|fourth|last|a\s+year|(?:19|20)\d\d)\b|"
    rf"{lexicon.alternation(lexicon.YEAR_ON_YEAR_PHRASES)}|year[\s-]over[\s-]year|quarter[\s-]o(?:ver|n)[\s-]quarter|"
    rf"month[\s-]o(?:ver|n)[\s-]month)", re.I)


def rate_against_a_base(text: str, f: Figure) -> bool:
    """A percentage its clause measures against a base period: a rate of change, never a level restated."""
    return f.unit == "percent" and bool(_BASE_AFTER_A_RATE.match(text, f.span.end, min(len(text), f.span.end + 60)))


# --------------------------------------------------------------------------- the time and the base of a rate (growth)
# the year a rate's words name as its base: "a 12% rise from 2016", "up 4% on March 2020", "than in 2016" (not the
# rate's own time: "a surge of 60 per cent in March 2021")
_BASE_YEAR = lazy_re.compile(r"\b(?:from|on|over|than|against|versus|vs\.?|compared\s+(?:with|to)|since)\s+(?:the\s+)?"
                             r"(?:same\s+)?(?:[a-z]+\.?\s+(?:of\s+)?)?((?:19|20)\d\d)\b")
# where the words that qualify a rate end: "a 12% rise from 2016. For 2017 ..."
_CLAUSE_END = lazy_re.compile(r"[.;:]\s|[.;:]$|\n")


def base_years_named_after(text: str, end: int) -> frozenset[str]:
    """The years the words right after a rate ending at `end` name as its base, to the end of its clause (60
    characters at most): "a 12% rise from 2016" -> {"2016"}."""
    return frozenset(_BASE_YEAR.findall(_CLAUSE_END.split(text[end:end + 60], 1)[0].lower()))


_YEAR_OF_A_PERIOD = lazy_re.compile(r"(?:19|20)\d\d")
# right after a rate, at most two words ("percent fewer", "rise"), a base word and a bare year closing the phrase: not
# a year that dates a noun ("on the 2015 figure", "on the 2021-2023 average"), nor one further on in the clause ("a
# 400-basis-point move, the sharpest since 2016")
_BASE_YEAR_RIGHT_AFTER = lazy_re.compile(
    rf"\s*(?:[a-z-]+\s+){{0,2}}?(?:{lexicon.alternation(lexicon.BASE_YEAR_AFTER_RATE)})\s+(?:the\s+)?"
    r"(?:(?:fiscal|financial|calendar)\s+year\s+)?(?P<year>(?:19|20)\d\d)(?=\s*(?:[.,;:)]|$|and\b|but\b))", re.I)


def of_a_base_year_named(rate: Figure, old: Figure, text: str) -> bool:
    """Whether `old` may be the base of `rate`: a rate whose own words name the year of its base ("7.6 percent fewer
    than in 2014", "up 12% on 2019", "down 27.3 percent since 2014") is measured from a level of that year only, never
    from a level its own words date to another period ("122,872 a year earlier") nor from one of no period at all; a
    rate that names no base year may take any."""
    named = _BASE_YEAR_RIGHT_AFTER.match(text, rate.span.end, min(len(text), rate.span.end + 80))
    if named is None or named.group("year") in _YEAR_OF_A_PERIOD.findall(old.period):
        return True
    # a period the old level's own words give it that is not the named year's is another period's level; one it only
    # takes from its paragraph or sentence may be a guess the named year corrects
    return bool(old.period) and old.period_source not in _OWN_PERIOD


# periods a figure's own words give: an opening of the sentence does not move them (one the sentence gives may be
# the opening's own month, its "of last year" unread: "In March of last year, ...")
_OWN_PERIOD = frozenset({"stated", "attached", "column", "shifted"})
# the opening of a sentence, up to its first comma, when no figure and no year stands in it: "In March of last year, ..."
_OPENING = lazy_re.compile(r"^[^,#0-9]{0,40},")


def dated_by_an_earlier_opening(figure: Figure, segment: Segment) -> str:
    """The period of a figure whose sentence opens on the period before the one carried ("In March of last year,
    dispatches came to 3.214 million tonnes, and exports to 507,480 tonnes"; "A year earlier, ..."): the opening
    dates every figure of its sentence, the later ones too, which the figure's own clause does not reach; "" when
    the sentence opens otherwise or the figure's own words date it."""
    if not figure.period or figure.period_source in _OWN_PERIOD:
        return ""
    opening = _OPENING.match(segment.skeleton.lstrip())
    step = prior_before(opening.group(), 0, len(opening.group())) if opening else ""
    return shifted(figure.period, -1, step) if step else ""


# --------------------------------------------------------------------------- clauses between a change and its levels (difference)
# after the change, a clause with a subject of its own: "decreased by 5.3 percent over March, with the y-o-y drop
# deepening from 0.2 percent to 7.3 percent", "while the rate went from ...": the levels are that subject's
_OWN_SUBJECT_CLAUSE = lazy_re.compile(r"[,;]\s*(?:with|while|whereas)\s+(?:the|its|their|a|an)\s+[a-z]", re.I)
_CAUSE_OPENS = lazy_re.compile(rf"\b(?:{lexicon.alternation(lexicon.CAUSE_OPENERS)})\b", re.I)


def opens_a_cause(text: str, start: int, end: int) -> bool:
    """Whether a word that opens a cause stands between `start` and `end` ("mainly due to", "because"): a change told
    after it measures the cause, not the levels before it."""
    return bool(_CAUSE_OPENS.search(text, start, end))


def opens_a_clause_of_its_own_subject(text: str, start: int, end: int) -> bool:
    """Whether a clause with a subject of its own opens between `start` and `end` (", with the y-o-y drop", ", while
    the rate"): the levels after it are that subject's."""
    return bool(_OWN_SUBJECT_CLAUSE.search(text, start, end))


# after a comma, a subject of its own (up to seven words, none a pronoun or a relative) and its finite verb of change:
# "..., at the same time overall operating revenue increased by "
_SUBJECT_OF_ITS_OWN_MOVES = lazy_re.compile(
    rf",\s*(?:(?!(?:{lexicon.alternation(lexicon.NO_SUBJECT_OF_ITS_OWN)})\b)[a-z][\w'’-]*\s+){{1,7}}"
    rf"(?:{lexicon.alternation(lexicon.FINITE_CHANGE_VERBS)})\b", re.I)


def subject_of_its_own_moves(words: str) -> bool:
    """Whether the words between a level and a change open, after a comma, a clause whose own subject moves by a
    finite verb of change ("a loss of $3 billion compared with a $2.2 billion loss ..., at the same time overall
    operating revenue increased by $845 million, or 4.8%"): the change is that subject's, not the level's."""
    return _SUBJECT_OF_ITS_OWN_MOVES.search(words) is not None


# --------------------------------------------------------------------------- the two ends of one move
# A move's own "to N from O" or "from O to N" after its rate ("accelerated by 17 percent at end-July to P82.7 billion
# from P69.93 billion"), or its "to N" before the rate and "from O" after it ("rose to P76.98 billion from January to
# July, higher by 18 percent year-on-year from P65.22 billion"): the words tie exactly these two levels as the ends of
# one move, with nothing but a few words without a figure, a clause break or a bracket between them (so a level
# restated in another currency, "$1.2 billion (€1.1 billion)", is never one end).
_WORDS_TO_THE_NEXT_END = r"^[^,;:.|\t\d()\[\]]{0,30}\b"
_THEN_TO = lazy_re.compile(_WORDS_TO_THE_NEXT_END + r"to\s*$", re.I)
_THEN_FROM = lazy_re.compile(_WORDS_TO_THE_NEXT_END + r"from\s*(?:the\s+)?$", re.I)
_TO_RIGHT_BEFORE = lazy_re.compile(r"\bto\s*$", re.I)
_RIGHT_AFTER_A_LEVEL = lazy_re.compile(r"^[^;|\t\d()\[\]]{0,60}$")


def ends_of_one_move(text: str, change: Figure, levels: list[Figure]) -> tuple[Figure, Figure] | None:
    """The (new, old) levels the words of `change`'s own move name as its two ends, among `levels` (its sentence's
    levels in text order), or None when the words do not tie two of them so."""
    after = [f for f in levels if f.span.start >= change.span.end][:2]
    if len(after) == 2:
        first, second = after
        opening = text[change.span.end:first.span.start]
        joint = text[first.span.end:second.span.start]
        if _THEN_TO.match(opening) and _THEN_FROM.match(joint):
            return first, second
        if _THEN_FROM.match(opening) and _THEN_TO.match(joint):
            return second, first
    before = [f for f in levels if f.span.end <= change.span.start][-1:]
    if before and after:
        new, old = before[0], after[0]
        if _TO_RIGHT_BEFORE.search(text[max(0, new.span.start - 6):new.span.start]) \
                and _RIGHT_AFTER_A_LEVEL.match(text[new.span.end:change.span.start]) \
                and not breaks_the_clause_or_concedes(text[new.span.end:change.span.start]) \
                and _THEN_FROM.match(text[change.span.end:old.span.start]):
            return new, old
    return None


# "by" right before a figure: the amount of a move, not a level ("accelerated by 17 percent")
_BY_RIGHT_BEFORE = lazy_re.compile(r"\bby\s+$", re.I)


def amount_by_right_before(text: str, start: int) -> bool:
    """Whether "by" stands right before the figure starting at `start`."""
    return _BY_RIGHT_BEFORE.search(text, max(0, start - 4), start) is not None
