"""Reading the words around a number: sentences, clauses, qualifiers,
direction of change, and the measure a figure counts.

All heuristics here read the grammar of report prose (a noun phrase after the
number, a subject before "was"/"reached", a verb of change before it), never
the phrases of one report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from auditor import lazy_re
from auditor.document import per_document_cache
from auditor.extract import hedges, periods
from auditor.extract.units import CURRENCY_PREFIXES, UNIT_WORDS

# A sentence ends at . ! ? or a line break, when what follows starts a new one
# (reports often lose the space after a full stop: "created.The rate").
# A full stop after a digit ends a sentence too ("in 2023. Total", and with the space lost, "in
# 2011.The"), unless a digit follows (a decimal point).
# Abbreviations whose full stop does not end a sentence ("No. 14", "Rs. 500", "est. 3,000",
# "ca. 40 per cent"), whatever follows them.
_ABBREVIATIONS = ("No", "no", "Nos", "nos", "Rs", "Tk", "Dr", "Mr", "Mrs", "Ms", "St", "Fig", "fig", "Vol", "Art", "Sec",
                  "pp", "vs", "approx", "Approx", "est", "Est", "ca", "Ca", "c", "sq", "Sq", "incl", "excl", "avg", "e.g",
                  "i.e", "cf", "Inc", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                  "Oct", "Nov", "Dec",
                  # a currency written with a full stop before its amount ("Ksh. 89.5 billion", "Rp. 4,000")
                  *sorted({sign[:-1] for sign in CURRENCY_PREFIXES if sign.endswith(".") and sign[:-1].isalpha()}))
# checked only after a full stop has matched (a lookbehind at every position would be slow)
_NOT_AFTER_ABBREVIATION = "".join(f"(?<!\\b{re.escape(a)}\\.)" for a in _ABBREVIATIONS)
# A full stop followed on the same line by a lower-case word is an abbreviation's ("sq. km",
# "U.S. rate", "Ltd. for"), never a sentence's end: a sentence starts with a capital or a digit.
# Nor does one inside an initialism ("U.S.", "U.K.") end one.
# ("(?=[.!?])" first: the document is scanned with it, and a lookbehind tried only at the stops
# themselves, not at every character, halves the time of the scan)
_SENTENCE_END = lazy_re.compile(r"(?=[.!?])(?<!\d)[.!?]" + _NOT_AFTER_ABBREVIATION + r"(?=[\"”’)]?\s(?![ \t]*[a-z])|[\"”’)]?(?![A-Z]\.)[A-Z“\"]|\s*$)"
                           r"|(?<=\d)[.!?](?=[\"”’)]?\s+[A-Z“\"(]|[A-Z][a-z]|\s*$)|(?P<figure_then_figure>(?<=\d\d)\.(?=[ \t]+\d))"
                           r"|\n\s*\n|\n(?=\s*[A-Z!•*\-#|])|\n")
# A full stop between two figures ends a sentence too: "14,104 fewer than in 2009. 81,374 (30.9%) passed" (a
# decimal point has no space after it). Not the stop of a list's number opening its line ("10. 3,400 tonnes"): a
# sentence that ends holds a word (looked for in the line's last characters before the stop).
_LINE_LOOK_BACK = 120


def _holds_a_word(before: str) -> bool:
    """Whether the line the words before a full stop end holds a letter."""
    return any(c.isalpha() for c in before.rsplit("\n", 1)[-1])


_CLAUSE_BREAK = lazy_re.compile(r",(?!\d)|[;:()]|\s(?:and|while|but|whereas|with|compared with|against|from)\s|\s[–—-]\s")


_BLANK_LINE_START = lazy_re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    """A sentence's span of the text and the paragraph it stands in."""

    start: int
    end: int
    paragraph: int


# The longest sentence in the evaluation corpora is about 500 characters. Everything read
# per figure reads its sentence (its clause, its words, whether it is a table row), so a
# "sentence" of a megabyte (a line of digits, a 120 KB table line without a full stop) would
# make reading quadratic; it is read in pieces of at most this many characters instead.
MAX_SENTENCE_CHARS = 1000


def sentences(text: str) -> list[Sentence]:
    out, start, paragraph = [], 0, 0
    for m in _SENTENCE_END.finditer(text):
        if m.group("figure_then_figure") and not _holds_a_word(text[max(0, m.start() - _LINE_LOOK_BACK):m.start()]):
            continue  # "10. 3,400 tonnes": the number of a list's item, not a sentence's last figure
        end = m.end()
        if text[start:end].strip():
            out.extend(_pieces(text, start, end, paragraph))
        if "\n\n" in m.group() or _BLANK_LINE_START.match(text, m.start(), m.start() + 3):
            paragraph += 1
        start = end
    if text[start:].strip():
        out.extend(_pieces(text, start, len(text), paragraph))
    return out


def _pieces(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    """The sentence from `start` to `end`, cut at spaces into pieces of MAX_SENTENCE_CHARS at most."""
    if end - start <= MAX_SENTENCE_CHARS:
        return [Sentence(start, end, paragraph)]
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut + 1 if cut > start else start + MAX_SENTENCE_CHARS
        out.append(Sentence(start, cut, paragraph))
        start = cut
    out.append(Sentence(start, end, paragraph))
    return out


@per_document_cache(maxsize=8)
def sentences_cached(text: str) -> tuple[Sentence, ...]:
    return tuple(sentences(text))


def clause_bounds(text: str, sentence: Sentence, position: int) -> tuple[int, int]:
    """The clause of `sentence` around `position`."""
    return clause_bounds_in(clause_breaks(text, sentence), sentence, position)


def clause_breaks(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Where the clauses of a sentence break; reused for every figure in it."""
    return [m.span() for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)]


def clause_bounds_in(breaks: list[tuple[int, int]], sentence: Sentence, position: int) -> tuple[int, int]:
    start, end = sentence.start, sentence.end
    for break_start, break_end in breaks:
        if break_end <= position:
            start = break_end
        elif break_start >= position:
            end = break_start
            break
    return start, end


# --- qualifiers ------------------------------------------------------------
# Every qualifier phrase, spelled out, and the qualifier it sets (the one hedge vocabulary, hedges.py); matched
# against the last words before a figure. The margins they give are in figures.py.
QUALIFIER_PHRASES = hedges.QUALIFIER_OF
_QUALIFIER_LAST_WORDS = {phrase.split()[-1] for phrase in QUALIFIER_PHRASES}
# "just under" is nearly, not less-than: the longest phrase that ends the text wins
_PHRASES_LONGEST_FIRST = sorted(QUALIFIER_PHRASES, key=len, reverse=True)


def qualifier_before(prefix: str) -> str:
    """The qualifier that the words just before a figure set ("more than 60,000")."""
    tail = prefix[-40:]
    if tail.rstrip().endswith("~"):
        return "about"
    # (a hedge may open brackets or a quotation: "(over 54,000 votes)", "“nearly 40%")
    words = [w.lstrip("([{\"“‘'") for w in tail.lower().split()]
    if words[-3:] == ["a", "total", "of"]:
        words = words[:-3]
    if not words or words[-1] not in _QUALIFIER_LAST_WORDS:
        return ""
    ending = " " + " ".join(words[-4:])
    for phrase in _PHRASES_LONGEST_FIRST:
        if ending.endswith(" " + phrase):
            if phrase == "up to" and len(words) >= 3 and words[-3] in _MOVED | _SUMMED:
                # "went up to 59.3 million": the level a move reached; "added up to": a sum; not a ceiling
                return ""
            if phrase == "over" and len(words) >= 2 and words[-2] in _OVER_AS_A_PARTICLE_AFTER:
                return ""  # "handed over 112 jets": the verb's particle, not a bound
            return QUALIFIER_PHRASES[phrase]
    return ""


_SUMMED = frozenset("add adds adding added sum sums summing summed total totals totalling totaling totalled totaled "
                   "tot tots totting totted".split())
# Verbs whose particle is "over": right after one, "over" is no hedge but part of the verb ("Airbus handed over
# 112 jets" delivered 112, not more than 112; "the firm turned over $4.2 million" had that turnover). Only verbs
# whose "over" is read as a particle before a figure: "carried over 2 million passengers" and "won over 50%" mean
# more than, and are not here.
_OVER_AS_A_PARTICLE_AFTER = frozenset("hand hands handed handing turn turns turned turning".split())
# verbs of motion before "up to": "went up to", "climbed up to", "shot up to"
_MOVED = frozenset("go goes going went gone move moves moving moved shoot shoots shooting shot jump jumps jumping "
                   "jumped climb climbs climbing climbed creep creeps creeping crept edge edges edging edged "
                   "tick ticks ticking ticked inch inches inching inched push pushes pushing pushed rise rises "
                   "rising rose risen".split())


# --- direction of change ---------------------------------------------------
# (with the present tense of a headline: "Seed sales surge 31%", "Library loans dip 4.2%")
_DOWN = r"down|fell|fall|falls|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|lower|lowered|slid|slipped|shrank|shrunk|contracted|contraction|cut|reduced|reduction|minus|negative growth of|plunged|slumped|eased|came down|went down|loss of|weakened|depreciated|lost|dipped|shed|tumbled|sank|retreated|plummeted|fallen|ticked down|edged lower|crashed|nosedived|receded|sagged|dips|dip|slides|slips|plunges|slumps|tumbles|sinks|shrinks"
_UP = r"up|rose|rise|rises|rising|increased|increase|increases|grew|grow|grows|growth|higher|climbed|jumped|surged|soared|gained|gain|gains|expanded|added|went up|plus|improved|hike|hiked|raised|strengthened|appreciated|rallied|rebounded|firmed|risen|grown|ballooned|swelled|spiked|ticked up|edged higher|shot up|leapt|leaped|leap(?!\s+year)|climbs|climb|jumps|jump|surges|surge|soars|soar"
def _longest_first(alternation: str) -> str:
    return "|".join(sorted(alternation.split("|"), key=len, reverse=True))


_DIRECTION_BEFORE = lazy_re.compile(rf"\b(?P<d>{_longest_first(_DOWN)})\b|\b(?P<u>{_longest_first(_UP)})\b", re.I)
# the same, for text already in lower case: a case-blind scan costs several times more
_DIRECTION_BEFORE_LOWER = lazy_re.compile(
    rf"\b(?=[a-z])(?:(?P<d>{_longest_first(_DOWN)})|(?P<u>{_longest_first(_UP)}))\b")
# what may stand between a word of change and its figure: "rose by", "an increase of", "a growth rate of"
_CHANGE_PREP = lazy_re.compile(r"^\s*(?:rates?\s+(?:of|was|is|at|stood\s+at|reached)\s+)?(?:by|of|to)?\s*"
                          rf"(?:a|an|{lazy_re.alternation(hedges.BEFORE_AN_AMOUNT, space=' ')})?\s*$", re.I)
# The span a change is measured over, said between the change and the level it reaches ("rose 3.80
# per cent m-o-m to 1.03 million tonnes", "fell 2% year-on-year to"): it says which earlier value the
# change is from, never what the level after it counts; nor does it stand between a change
# and its direction word ("2.74 per cent m-o-m lower").
CHANGE_SPAN_WORDS = frozenset({"m-o-m", "m/m", "month-on-month", "month-over-month", "y-o-y", "yoy", "y/y",
                      "year-on-year", "year-over-year", "q-o-q", "qoq", "q/q", "quarter-on-quarter",
                      "quarter-over-quarter", "w-o-w", "week-on-week"})
# ... as a regex alternation, longest first (frames.CHANGE_SPAN reads it too)
CHANGE_SPAN_ALTERNATION = "|".join(re.escape(w) for w in sorted(CHANGE_SPAN_WORDS, key=lambda w: (-len(w), w)))
# "60,000 fewer", "2 points lower"; not "33,893 up 16.4 percent", where the word of change is the next figure's
# (a price's comparatives too: "will become Rs5.46 costlier", "is now 40c cheaper")
# (a plural noun may name what is counted before "more than"/"fewer than": "150,683 passengers more than in 2014")
# "made 14.80 lakh tonnes up to December 31", "1,200 cases up to the end of June": "up to" before a time bounds the
# period the amount covers; it says no rise
_UP_TO_A_TIME = (r"(?!\s+(?:to|till|until)\s+(?:the\s+)?(?:end|close|start|date|now|present|(?:19|20)\d\d|"
                 rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:{periods.MONTH_WORDS_PATTERN}))\b)")
# (a noun of the figure's before "more than" is a unit, "60,000 tonnes more than"; a verb is not: "£45m was more than
# double the £19m" compares by a multiple, not by the figure)
_DIRECTION_AFTER = lazy_re.compile(r"^\s*(?:(?:" + CHANGE_SPAN_ALTERNATION + r")\s+)?(?:(?!(?:times|was|is|has|does)\b)[a-z]+s\s+(?=(?:more|fewer)\s+than\b))?"
                                   r"(?:(?P<d>lower|less|fewer|down|decrease|decline|drop|fall|cheaper|weaker)\b|"
                                   r"(?P<u>higher|more|up\b" + _UP_TO_A_TIME + r"|increase|rise|growth|jump|costlier|dearer|pricier|"
                                   r"stronger)\b)"
                              r"(?!\s+(?:by\s+|of\s+)?(?:some\s+|about\s+|nearly\s+|almost\s+)?[+\-−–]?\d)"
                                   # "£67m up from £65m", "4.2% down from 4.6%": the figure is the level reached, the
                                   # one after "from" the level left (not "5% up from 2012": a year is no level)
                                   r"(?!(?:(?<=up)|(?<=down))\s+from\s+(?:the\s+|a\s+)?(?:[^\s\d]{1,3}\s?)?(?!(?:19|20)\d\d\b)\d)", re.I)
# "cut unemployment insurance premiums by 1.2 billion yuan": the verb's object may stand
# between it and "by", which marks the amount of a change; after "a" one word may judge the amount ("grew by a
# healthy $1.25 billion", "by a modest 2%"), not a noun that makes the figure another thing ("by a factor of").
_CHANGE_BY = lazy_re.compile(r"^\s*(?:[\w'’-]+\s+){0,6}?by\s+(?:(?:a|an)\s+(?:(?!factor\b|margin\b|ratio\b|multiple\b|"
                             r"score\b|vote\b|count\b|majority\b)[a-z]+\s+)?)?(?:cumulative\s+|further\s+|total\s+of\s+|"
                        rf"record\s+|(?:{lazy_re.alternation(hedges.BEFORE_AN_AMOUNT)})\s+)*$", re.I)


# (the words alone, without a lookahead that keeps "leap year" out)
_DIRECTION_WORDS = frozenset(w for phrase in re.sub(r"\(\?!.*?\)", "", _DOWN + "|" + _UP).split("|") for w in phrase.split())
DIRECTION_WORDS = _DIRECTION_WORDS  # (the scan of a document for them is figures._word_places)
_WORDS = lazy_re.compile(r"[a-z]+")


# a noun of change, its direction in the group that matched
_NOUN_OF_CHANGE_BY_DIRECTION = (r"(?:(?P<d>fall|drop|decline|decrease|reduction|contraction|dip)|"
                                 r"(?P<u>rise|increase|gain|growth|jump|improvement|expansion|surge))")
# ... after a determiner and at most one word: "the fall", "this increase", "a sharp drop"
_A_NOUN_OF_CHANGE = rf"\b(?:the|this|that|its|their|a|an)\s+(?:[a-z-]+\s+)?{_NOUN_OF_CHANGE_BY_DIRECTION}\s+"
# a noun of change as the subject of a copula right before the figure: "The fall was therefore 2.5%",
# "this increase amounted to 640" ("The loss was $3m" is a level: a loss is no noun of change here)
_CHANGE_NOUN_IS = lazy_re.compile(
    _A_NOUN_OF_CHANGE + r"(?:was|is|were|are|came\s+to|amounted\s+to|stood\s+at|works\s+out\s+at|worked\s+out\s+at)\s+"
    r"(?:therefore\s+|thus\s+|so\s+|then\s+|also\s+)?"
    rf"(?:(?:a|an|{lazy_re.alternation(hedges.AFTER_A_COPULA)})\s+)?$", re.I)
# ... or in apposition to one, set off by a comma and closed after it: "The drop in garment shipments, 6.21 per cent,
# was steeper", "The fall in output, at 3.2%, ended" (the nouns are direction words, which call this reading; a verb
# between the noun and the comma makes the figure the clause's: "The smallest rise was recorded in Limerick, at 2.1%")
_CHANGE_NOUN_APPOSED = lazy_re.compile(
    _A_NOUN_OF_CHANGE + r"(?:in|of)\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had)\b)[a-z'’-]+\s+){0,5}?[a-z'’-]+\s*,\s*"
    rf"(?:(?:at|{lazy_re.alternation(hedges.IN_AN_APPOSITION)})\s+)?$", re.I)
# ... or naming what changed, then "of" and the figure: "a decrease in the services surplus of $14.4 billion", "an
# increase in spending of 3%" (the amount of the change; not "a rise in the number of": a count is named there)
_CHANGE_NOUN_IN_MEASURE_OF = lazy_re.compile(
    _A_NOUN_OF_CHANGE + r"in\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had|number|since|from|to|at|after|before|over|during|between|than|for|by|"
    r"with|on|in|of|against|when|which|that|and|its|their|last|previous|peak|record|high|low)\b)[a-z'’-]+\s+){0,5}?"
    r"(?!(?:number|peak|record|high|low|level|total)\b)[a-z'’-]+\s+of\s+"
    rf"(?:(?:{lazy_re.alternation(hedges.IN_AN_APPOSITION)})\s+)?$", re.I)
_APPOSITION_CLOSED = lazy_re.compile(r"^\s*(?:,|\)|[–—]|\s-\s)")
_TO_AT_END = lazy_re.compile(r"\bto\s*$", re.I)
# Verbs whose particle "up" makes them verbs of gathering or recording, not of rising, before an amount: the
# figure is what an agent gathered ("Inpe picked up 323 km² of clearing", "notched up 1,204 points"), a level. Before a
# percentage "up" is still a rise ("sales picked up 5%"), so the readers ask only of amounts.
GATHERING_VERBS_BEFORE_UP = ("picked", "picks", "picking", "racked", "racks", "racking", "notched", "notches",
                             "notching", "chalked", "chalks", "chalking", "clocked", "clocks", "clocking", "rang",
                             "rings", "ringing", "rung", "totted", "tots", "totting", "mopped", "mops", "mopping")
_MADE_UP = lazy_re.compile(r"\b(?:made|make|makes|making)\s+up\b", re.I)


def is_direction_word(word: str) -> bool:
    """Whether a lower-case word is (part of) a verb or noun of change."""
    return word in _DIRECTION_WORDS


# a rate in apposition, between commas, before the comparative both figures take: "ended 9 paise, or 0.10%,
# weaker", "fell by 23,000 tonnes, or 3.6 per cent, lower than"
_OR_APPOSED_BEFORE = lazy_re.compile(r",\s*or\s+$", screened=True)
_BRACKET_BEFORE_THE_COMPARATIVE = lazy_re.compile(r"^\s*(?:\([^()\n]{1,25}\)|\))", screened=True)
# (after a bracket only: "420 (9.5%) above last March"; a figure right before "above" may be a level: "4,820 metres
# above sea level", "0.3 point above the national rate of 3.8%" names its own base)
_ABOVE_OR_BELOW = lazy_re.compile(r"^\s*(?:(?P<d>below)|(?P<u>above))\s+(?!sea\b)(?:the\s+)?"
                                  r"(?:last|previous|prior|a\s+year\s+(?:earlier|before|ago)|same|its|their)\b")
# (the rate in brackets takes the comparative after the bracket only when an amount stands right before it: "420
# (9.5%) above last March"; not "a union membership rate (34.4 percent) more than five times higher")
_AMOUNT_THEN_BRACKET = lazy_re.compile(r"\d[\d,.]*\s*(?:[a-z]+\s*)?\(\s*[-+−–]?\s*$", re.I)
_APPOSITION_CLOSES = lazy_re.compile(r"^\s*,")


def _comparative_after(prefix: str, suffix: str) -> re.Match | None:
    """The comparative right after a figure, or after the comma closing the apposition the figure stands in."""
    m = _DIRECTION_AFTER.match(suffix[:30])
    if m is None and (bracket := _BRACKET_BEFORE_THE_COMPARATIVE.match(suffix)) \
            and (bracket.group().lstrip().startswith("(") or _AMOUNT_THEN_BRACKET.search(prefix[-30:])):
        # "420 (9.5%) above last March": the amount and its rate in brackets take the comparative after both
        rest = suffix[bracket.end():bracket.end() + 30].split("\n", 1)[0]  # (a line's end closes it: a list's next label)
        m = _DIRECTION_AFTER.match(rest) or _ABOVE_OR_BELOW.match(rest)
    if m is None and _OR_APPOSED_BEFORE.search(prefix[-12:]) and _APPOSITION_CLOSES.match(suffix):
        m = _DIRECTION_AFTER.match(_APPOSITION_CLOSES.sub("", suffix[:32], count=1))
    return m


def direction_after(suffix: str, prefix: str = "") -> int:
    """ "60,000 fewer", "2 points lower", "9 paise, or 0.10%, weaker": the direction a comparative after the
    figure gives."""
    m = _comparative_after(prefix, suffix)
    return (-1 if m.group("d") else 1) if m else 0


_AMOUNT_BEFORE = lazy_re.compile(r"\d[^\d]{0,30}$")


def direction(prefix: str, suffix: str) -> tuple[int, bool]:
    """(+1/-1/0, whether the verb says 'to': the figure is then a level, not a change)."""
    prefix = _MADE_UP.sub(" ", prefix)  # "made up of 148,047 boys": composition, not a rise
    named = _CHANGE_NOUN_IS.search(prefix[-70:]) \
        or (_CHANGE_NOUN_APPOSED.search(prefix[-90:]) if _APPOSITION_CLOSED.match(suffix) else None) \
        or _CHANGE_NOUN_IN_MEASURE_OF.search(prefix[-90:])
    if named:  # "The fall was therefore 2.5%", "The fall in output, 3.2%, ...": a noun of change gives the figure's direction
        return (-1 if named.group("d") else 1), False
    if _DIRECTION_WORDS.isdisjoint(_WORDS.findall(prefix[-90:].lower())):
        m = _comparative_after(prefix, suffix)
        return ((-1 if m.group("d") else 1), False) if m else (0, False)
    tail = prefix[-45:]
    last = None
    for m in _DIRECTION_BEFORE_LOWER.finditer(tail.lower()):
        last = m
    if (last is None or not _CHANGE_PREP.match(tail[last.end():])) and " by " in prefix[-90:]:
        for m in _DIRECTION_BEFORE_LOWER.finditer(prefix[-90:].lower()):
            if _CHANGE_BY.match(prefix[-90:][m.end():]):
                return (-1 if m.group("d") else 1), False
    if last is not None and last.group().strip() == "plus" and _AMOUNT_BEFORE.search(tail[:last.start()]):
        return 0, False  # "€24.9 million on pensions plus €18.6 million on grants": a sum, not a rise
    if last is not None and _CHANGE_PREP.match(tail[last.end():]):
        to_level = bool(_TO_AT_END.search(tail[last.end():]))
        return (-1 if last.group("d") else 1), to_level
    m = _comparative_after(prefix, suffix)
    if m:
        return (-1 if m.group("d") else 1), False
    return 0, False


# --- measures --------------------------------------------------------------
# A measure is a noun phrase. Reading backwards from a figure, a reader skips
# the verb and preposition that introduce it ("stood at", "was raised by"),
# then takes the noun phrase before them, which may hold "of", "on", "to" and
# "in" ("the number of college graduates", "contribution to the facility").
_STOP = set("""
a an the of in on at by for from to with and or but as than that which who whom whose was were is are be been being
had has have having will would could should may might can did do does this these those its their his her our your
it they he she we you i there here per each every all both either neither compared compares against versus vs during since
until till while when where after before between among including excluding about around nearly almost over under
up down more less than only just also still yet so such same other another new-found respectively year years month
months quarter quarters half week weeks day days period time times percent per cent its some roughly
approximately into onto towards toward remaining rest such together alone now then them itself themselves
earlier later currently previously already meanwhile instead
because although though unless whereas whilst despite
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
""".split())
# Verbs (and verb-like words) that link a subject to its figure.
_LINK_VERBS = set("""
is are was were be been being has have had will would shall should could can may might stood stands stand came comes
come reached reaches reach rose rise rises risen fell fall falls fallen grew grow grows grown increased increases
increase decreased decreases decrease declined declines decline dropped drops drop climbed climbs jumped jumps surged
totalled totaled totals total amounted amounts hit hits topped tops exceeded exceeds exceed recorded records record
registered accounted made went remained remains stayed stays held holds edged slipped eased narrowed widened dipped
expanded expands contracted shrank doubled tripled halved reported reports estimated estimates projected projects
forecast forecasts expected expects set sets put puts posted posts showed shows receives received receive gets got
get cost costs peak peaks peaked adjusted raised raise cut lowered lower hiked hike rises moved moves employ employs
employed stays kept keep keeps worth valued numbered numbers collected spent spend spends paid pays earned earns
generated generates created creates provided provides allocated allocates given gets saw sees see weakened
strengthened gained gains lost loses improved improves slowed slows accelerated picked stood reaching rising falling
growing standing increasing decreasing declining totalling amounting representing compared against decided accounting
making chose took left gave found became began sought won sold bought built brought met ran said told thought wrote
keeping helping bringing leaving giving taking creating providing covering including mean means meant imply implies
implied
""".split())
# Words that are verbs in one sentence and modifiers in another ("the registered
# rate", "total receipts", "the standing facility"): skipped at the end of the
# phrase, kept inside it.
_NOUN_LIKE = {"registered", "standing", "total", "record", "estimated", "forecast", "cost", "set", "peak", "cut",
              "lower", "employed", "planned", "expected", "projected", "adjusted", "held", "paid", "hike", "rise",
              "fall", "increase", "decrease", "decline", "drop", "growth", "collected", "allocated", "worth",
              "registered", "rising", "falling", "growing", "lost", "made", "numbers", "record", "records", "cuts"}
# Adverbs that stand between a measure and its verb ("receipts per tourist consequently declined",
# "revenue per journey was therefore about 1.45"): no part of the noun phrase.
_ADVERBS = {"consequently", "therefore", "thus", "hence", "accordingly", "subsequently", "again", "sharply",
            "steadily", "slightly", "significantly", "markedly", "modestly", "strongly", "broadly", "substantially",
            "considerably", "marginally", "gradually", "rapidly", "quickly", "slowly", "moderately", "dramatically",
            "notably", "reportedly", "similarly", "likewise", "nevertheless", "nonetheless", "however",
            # how firm an estimate is ("the value of sales, provisionally estimated at $33.8 billion")
            "provisionally", "tentatively", "initially", "preliminarily", "originally", "unofficially",
            "officially", "conservatively"}
ADVERBS = frozenset(_ADVERBS)
_SKIP_BEFORE = _STOP | _LINK_VERBS | _ADVERBS | CHANGE_SPAN_WORDS | {"cumulative", "further", "additional", "combined", "mere", "whopping",
                                                 "record", "up", "down", "another"} \
    | set(hedges.SKIPPED_BEFORE_A_MEASURE)
# (The extract layer's vocabulary: the grammar layer imports the extract layer, not the reverse.)
# Nouns of a quantity that can be below zero: after one, a dash glued to a number is a minus sign
# ("Net balance –1,200", "Variation –35"), not the dash between a label and its number in a list.
SIGNED_QUANTITY_WORDS = frozenset((
    "balance", "net", "deficit", "surplus", "change", "changes", "growth", "variation", "difference", "profit",
    "profits", "loss", "losses", "income", "margin", "result", "gap", "migration", "flow", "flows", "return",
    "returns", "saldo", "deviation", "shift", "swing", "contribution", "effect", "impact", "adjustment",
    "revision", "temperature", "earnings", "yield", "rate", "rates", "trend"))
# Nouns of a move of what follows "in" or "of" ("a 12% rise in hospital admissions": admissions moved)
_MOVES_OF_A_MEASURE = frozenset({"increase", "decrease", "rise", "fall", "decline", "drop", "gain", "loss", "jump",
                                 "growth", "reduction", "cut", "hike", "improvement", "contraction", "expansion",
                                 "surge", "dip", "slump"})
MOVES_OF_A_MEASURE = _MOVES_OF_A_MEASURE
# The prepositions that open a list of names with their figures in brackets after what the list counts: "exports to
# Kenya (412), Uganda (288)", "seats won by Labour (41)", "arrivals from Sudan (41)", "sales fell in Japan (0.2%)"
PREPOSITIONS_BEFORE_A_LISTED_NAME = ("to", "by", "from", "in", "for", "at", "among", "across", "between")
# Nouns of change: "an increase of 3.7 per cent" says how the figure moves, not what it counts.
_CHANGE_NOUNS = {*_MOVES_OF_A_MEASURE, "change", "addition", "total", "sum", "figure", "level", "tune", "value", "amount"}
_COMPARATIVES = {"fewer", "more", "less", "higher", "lower", "above", "below", "up", "down", "over", "under", "than"}
_INNER_PREPOSITIONS = {"of", "on", "to", "in", "for", "from"}
_DETERMINERS = {"the", "a", "an", "its", "their", "all"}
_PERIOD_WORDS = set(periods.MONTH_NAMES + periods.MONTH_SHORT_FORMS) | set("""year years quarter quarters month
months week weeks day days period first second third fourth last next previous this current fiscal financial fy h1 h2
q1 q2 q3 q4 end beginning""".split())
_MONTH_WORDS = frozenset(periods.MONTH_NAMES + periods.MONTH_SHORT_FORMS)
_GENERIC_NOUNS = {"people", "persons", "units", "cases", "individuals"}
_NUMBERISH = lazy_re.compile(r"[\d%$£€¥₹₦]")
_LEADING = lazy_re.compile(r"^(?:the|a|an|its|their|our|this|that|these|those|his|her)\s+", re.I)
_LEADING_ALL = lazy_re.compile(r"^(?:(?:the|a|an|its|their|our|this|that|these|those|his|her)\s+)+", re.I)
_NUMBER_OF = lazy_re.compile(r"^(?:the\s+)?(?:number|count)\s+of\s+", re.I)
_TOKEN = lazy_re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*|[^\sA-Za-z0-9]")
_MONTH_NAMES = rf"(?:{periods.MONTH_WORDS_PATTERN})\.?"
def _longest_then_alphabetical(word: str) -> tuple[int, str]:
    """Alternatives longest first, and in one fixed order: a pattern built from a set in the
    set's order differs from run to run, so lazy_re's cache never held it (compiled and the
    cache file written again at every start)."""
    return -len(word), word


# A figure before this one, with its unit, is no part of this one's measure ("by 50 basis
# points to"); a compound that starts with digits is ("the 10-year bond yield").
_FIGURE_LIKE_PATTERN = (
    r"[$£€¥₹₦]?\s?(?![\d,.]+-[A-Za-z])\d[\d,.\u00a0\u202f\u2009 ]*(?:\s?(?:"
    + "|".join(re.escape(w) for w in sorted(set(UNIT_WORDS) | {"thousand", "million", "billion", "trillion", "lakh",
                                                               "crore", "bn", "mn", "m", "k"}, key=_longest_then_alphabetical))
    + r")(?![A-Za-z-])){0,2}")  # a scale and a unit: "12.5 million kg" (not the "m" of "m-o-m")
_PERIOD_PHRASE = lazy_re.compile(
    r"\b(?:in|for|of|during|by|at|as\s+of|as\s+at|since|until|through|from|to|over|on)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?:(?:(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:half|quarter|six\s+months)\b(?:\s+of)?\s*)?"
    # a month or a span of months ("in January-March", "for July–September 2018"), perhaps its end or a day of it
    # ("to end-September", "at mid-July", "since 1 October", "from April to September": the "to" closes a span)
    rf"(?:(?:(?:end|mid)-|\d{{1,2}}\s+)?{_MONTH_NAMES}(?:\s?[-–]\s?{_MONTH_NAMES})?(?:\s+\d{{1,2}}\b,?)?(?:\s+(?:19|20)\d\d\b)?|(?:\d{{1,2}},?\s+)?(?:FY\s?)?(?:19|20)\d\d"
    r"(?:\s?[-–/]\s?\d{2,4})?\b"
    # a quarter or half written short: "for Q2 of 2003-04", "in H1 2023", "in Q3"
    r"|(?:Q[1-4]|H[12])\b(?:\s+(?:of\s+)?(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\b)?)"
    r"|(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:half|quarter|six\s+months)\b"
    # a stretch counted in months, weeks or years: "in the first two months", "over the past 12 months"
    r"|(?:first|last|past|previous|latest|next|coming)\s+(?:[a-z]+|\d{1,2})\s+(?:days|weeks|months|quarters|years)\b)",
    re.I,
)
_MONTH_WORD_LOWER = lazy_re.compile(_MONTH_NAMES.replace(r"\.?", "") + r"\b")
_PERIOD_PHRASE_LOWER = lazy_re.compile(_PERIOD_PHRASE.pattern.replace("FY", "fy").replace("Q[1-4]|H[12]", "q[1-4]|h[12]"))
_FIGURE_LIKE_LOWER = lazy_re.compile(_FIGURE_LIKE_PATTERN.lower())
# Words that end a noun phrase read backwards: what stands before them belongs to another clause.
_BARRIERS = {"before", "after", "while", "when", "where", "which", "who", "that", "and", "but", "or", "whereas",
             "as", "than", "since", "until", "compared", "compares", "against", "versus", "vs", "with", "because", "though",
             "although", "if", "whom", "whose"}
# words that, before a period noun, say when: "last year", "next quarter", "the previous month"
_RELATIVE_TIME = frozenset({"last", "next", "previous", "past", "coming", "current"})
_PAST_PARTICIPLE_ADJECTIVES = {"registered", "unemployed", "employed", "insured", "skilled", "unskilled", "disabled",
                               "retired", "married", "self-employed", "underemployed", "discouraged",
                               "licensed", "listed", "qualified", "enrolled", "infected", "affected", "displaced"}


# --- where a measure's noun phrase meets its verb -------------------------------------------
# A measure is a noun phrase: it ends before the finite verb of its clause ("660,204 candidates sat the
# examination", "601,775 spaces exist in universities", "962 institutions show that"), and a verb right before
# the figure is no part of the phrase before it ("sugar exports touched 12.4 lakh tonnes", "prizes take 51.2 per
# cent"). Verbs that _LINK_VERBS does not already hold, in their base form; a base form agrees with a plural
# subject only ("candidates qualify", not "the motor show", "the tax take"), its -s form with a singular one.
# (with the verbs of change a headline gives a plural subject: "January saw tea exports climb 40 per cent")
_FINITE_BASE_VERBS = frozenset("""exist sit show take tell bring qualify make go apply attend owe own want die vote
pass enter join enrol enroll visit choose seek say think believe hope fail climb surge soar jump slide dip slump plunge
tumble sink shrink gain ease slip rally rebound expand contract double triple halve hover touch""".split())
_FINITE_S_VERBS = frozenset({(v[:-1] + "ies") if v.endswith("y") else (v + "es") if v.endswith(("s", "sh", "ch", "o"))
                             else (v + "s") for v in _FINITE_BASE_VERBS}
                            - {"passes", "votes", "visits", "hopes", "fails", "gains", "jumps", "dips", "surges",
                               "slides", "slumps", "contracts", "halves", "doubles", "rallies", "rebounds",
                               "touches", "slips", "plunges"})  # also plural nouns
# Irregular past forms, which no "-ed" marks, that _LINK_VERBS does not hold.
_IRREGULAR_PAST_VERBS = frozenset("""sat told dug fled flew drew sent taught caught led drove rode struck wore ate
fought lent bore""".split())
# A verb whose subject is a clause's existence in a place: the place after it tells the part from the whole, as
# after "were in" ("235,240 spaces exist in colleges of education" is the spaces in colleges).
_EXISTENTIAL_VERBS = frozenset({"exist", "exists", "existed"})
# Particles that, right before a figure, finish a phrasal verb ("set aside Rs 1,93,407 crore", "dug out 1,920
# tonnes", "fell back to 3.3"): neither they nor the verb before them name what the figure counts.
_PARTICLES = frozenset({"aside", "out", "off", "away", "back"})
_OBJECT_PARTICLES = frozenset({"aside", "out", "away"})  # ("fell back", "came back", "tailed off": no object)
# Plurals without an "-s" ("people sat", "women qualify"); "-ss", "-us", "-is" endings are singular ("census").
_PLURALS_WITHOUT_S = frozenset({"people", "men", "women", "children", "staff", "police", "cattle", "livestock",
                                "personnel", "youth", "data"})


def _plural(word: str) -> bool:
    low = word.lower()
    return low in _PLURALS_WITHOUT_S or (low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3)


def _finite_verb_after(noun: str, word: str) -> bool:
    """Whether `word`, right after the noun `noun`, is the clause's finite verb ("candidates sat",
    "spaces exist", "the sum makes up"), so the noun phrase ends at the noun."""
    low = word.lower()
    if low in _IRREGULAR_PAST_VERBS:
        return True
    if low in _FINITE_BASE_VERBS:
        return _plural(noun)
    return low in _FINITE_S_VERBS and not _plural(noun)


_WORDLIKE = lazy_re.compile(r"[A-Za-z]|\d+-[A-Za-z]")
_COMPOUND_NUMBER = lazy_re.compile(r"\d+-[A-Za-z]")


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


_STOP_OR_VERB = frozenset(_STOP | _LINK_VERBS)
# "profit after tax", "earnings before interest", "output per worker", "arrests per officer": a noun,
# one of these prepositions and a noun, with no article between, name one measure. A word of
# time or degree before the preposition ("weeks after", "shortly before") makes it a time clause.
_COMPOUND_PREPOSITIONS = frozenset({"after", "before", "per"})
# (after the figure, the two that name the basis a measure is counted on: "per" there opens a ratio's base)
_BASIS_PREPOSITIONS = frozenset({"after", "before"})
_NOT_BEFORE_COMPOUND = frozenset(_STOP | _LINK_VERBS | _PERIOD_WORDS | _ADVERBS
                                 | {"soon", "long", "right", "even", "well", "straight", "immediately", "shortly"})
_MODIFIERS = frozenset(_NOUN_LIKE | _PAST_PARTICIPLE_ADJECTIVES)
_STOP_NOT_DETERMINER = frozenset(_STOP - _DETERMINERS)
_PREPOSITION_OR_DETERMINER = frozenset(_INNER_PREPOSITIONS | _DETERMINERS)
_STOP_OR_PERIOD = frozenset(_STOP | _PERIOD_WORDS)
_VERB_OR_COMPARATIVE = frozenset(_LINK_VERBS | _COMPARATIVES)
_TRAILING_LINKS = frozenset(_INNER_PREPOSITIONS | {"for", "every", "each", "per"})


def _is_word(tok: str) -> bool:
    """A word, or a compound that starts with digits ("10-year")."""
    return tok[0] in _ASCII_LETTERS or (tok[0].isdigit() and bool(_WORDLIKE.match(tok)))


def _participle_before_a_bare_noun(tokens: list[tuple[str, int]], i: int) -> bool:
    """Whether the past participle right after a figure qualifies the one plain noun that closes the phrase:
    "which led to 1,242 lost jobs (...)", "2,310 completed homes." A verb takes a determiner or a longer object
    ("48,000 lost their jobs"), and a verb of change no noun at all ("48,000 rose")."""
    low = tokens[i][0].lower()
    if not (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES) or i + 1 >= len(tokens):
        return False
    noun = tokens[i + 1][0]
    if not noun.isalpha() or not noun.islower() or noun in _STOP_OR_VERB or noun in _DIRECTION_WORDS:
        return False
    return i + 2 >= len(tokens) or not _is_word(tokens[i + 2][0])


# past participles not in "-ed" that qualify a noun: "lost jobs", "paid leave"
_IRREGULAR_PARTICIPLES = frozenset({"lost", "paid", "held", "made", "sold", "built", "cut", "spent", "kept"})


def measure_after(suffix: str, basis_compounds: bool = False) -> str:
    """The noun phrase right after the number and unit ("new urban jobs had been...",
    "vacant positions for every job seeker", "vacancies in construction"). `basis_compounds`: keep a
    basis after the noun ("profit after tax"), as the measure a move names does."""
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(suffix[:100])]
    words: list[str] = []
    i = 0
    while i < len(tokens) and len(words) < 7:
        tok, _ = tokens[i]
        low = tok.lower()
        if not _is_word(tok) or _NUMBERISH.search(tok) and not _COMPOUND_NUMBER.match(tok):
            break
        if words and low in ("for", "per") and i + 2 < len(tokens) and tokens[i + 1][0].lower() in ("every", "each"):
            words += [tok, tokens[i + 1][0]]  # "for every job seeker": the base of a ratio
            i += 2
            continue
        if words and low == "on" and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "average":
            i += 2  # "1.5 vacancies on average for each job-seeker"
            continue
        if words and low in ("in", "of", "on", "from") and i + 1 < len(tokens) and _is_word(tokens[i + 1][0]) \
                and tokens[i + 1][0].lower() not in _STOP_OR_PERIOD and not _NUMBERISH.search(tokens[i + 1][0]):
            words.append(tok)  # "vacancies in construction"
            i += 1
            continue
        if not words and low == "of" and i + 1 < len(tokens) and tokens[i + 1][0].lower() not in _STOP:
            i += 1  # "1.52 billion yuan of job-stabilisation funds"
            continue
        if not words and low.rstrip(".") in _MONTH_WORDS:
            break  # "the 62.75 million barrels of March 2019": a time the amount is of, not a thing it counts
        if words and low.endswith("ed") and low not in _MODIFIERS:
            break  # "training delivered on behalf of ...": a verb ends the noun phrase
        if low in _RELATIVE_TIME and i + 1 < len(tokens) and tokens[i + 1][0].lower() in _PERIOD_WORDS:
            break  # "34,690 units last year": a time, no word of the measure
        if basis_compounds and words and low in _BASIS_PREPOSITIONS and i + 1 < len(tokens) \
                and _compound_link([t.lower() for t, _ in tokens], i, tokens[i + 1][0].lower(), suffix[:100]) \
                and tok[0].isupper() == words[-1][0].isupper() == tokens[i + 1][0][0].isupper():
            words += [tok, tokens[i + 1][0]]  # "growth in profit after tax", "Profit After Tax": one measure
            i += 2
            continue
        if low in _STOP or (tok[0].isupper() and words and low != "i"):
            break
        if not words and low in _MOVES_OF_A_MEASURE:
            return moved_measure(suffix)  # "a 400,000 rise in the dog population": what moved is the measure
        if not words and low in _VERB_OR_COMPARATIVE and low not in _PAST_PARTICIPLE_ADJECTIVES \
                and not _participle_before_a_bare_noun(tokens, i):
            break  # "48,000 rose ...", "60,000 fewer": no noun follows
        if words and low in _LINK_VERBS and low not in _NOUN_LIKE:
            break
        if words and _finite_verb_after(words[-1], tok):
            # (not a list of places told "respectively": each is another figure's)
            if low in _EXISTENTIAL_VERBS and i + 2 < len(tokens) and tokens[i + 1][0].lower() in ("in", "at", "on") \
                    and "respectively" not in suffix:
                place = measure_after(" " + suffix[tokens[i + 2][1]:])
                if place:
                    words += [tokens[i + 1][0].lower(), place]  # "spaces exist in colleges": the spaces in colleges
            break  # "candidates sat the examination": the noun phrase ends at its verb
        words.append(tok)
        i += 1
    while words and words[-1].lower() in _TRAILING_LINKS:
        words.pop()
    if len(words) == 1 and words[0].lower().endswith("ed") and words[0].lower() not in _PAST_PARTICIPLE_ADJECTIVES:
        return ""  # "the 50,000 planned" keeps its noun elsewhere
    return " ".join(words)


def moved_measure(suffix: str) -> str:
    """What a move after a figure says moved: "rise in the dog population" -> "dog population" ("a 12% rise in
    hospital admissions"); "" when the words after the figure open on no move of something ("rise in Kenya" names
    a place, "rise on the year" a base)."""
    m = _MOVE_OF.match(suffix)
    return measure_after(" " + suffix[m.end():], basis_compounds=True) if m else ""


_MOVE_OF = lazy_re.compile(rf"\s*(?:{'|'.join(sorted(_MOVES_OF_A_MEASURE))})\s+(?:in|of)\s+(?:(?:the|its|their|a|an)\s+)?(?=[a-z])", screened=True)


_PLACE_AFTER = lazy_re.compile(
    r"^\s*(?:(?:were|was|are|is|lived|live|lives|worked|work|works|living|working|located|based|employed)\s+)?"
    r"(?P<prep>in|at|on)\s+(?P<rest>.*)", re.I | re.S)


_SPENT_ON = lazy_re.compile(
    r"^\s*(?:was\s+|were\s+|is\s+|are\s+|has\s+been\s+|had\s+been\s+)?(?:went|go|goes|spent|paid|allocated|used|"
    r"earmarked|invested|disbursed|given|set\s+aside)\s+(?:on|to|for|in|into)\s+(?:the\s+)?(?P<rest>.*)", re.I | re.S)
ANAPHOR_OF = lazy_re.compile(r"^\s*of\s+(?:them|these|those|whom|which)\b", re.I)


_DETERMINER_OPENING = lazy_re.compile(r"^(?:the|a|an|its|their)\s+", re.I)


def place_after(suffix: str) -> str:
    """ "707,000 were in registered units", "1,74,71,135 lived in rural areas":
    the place that tells this part from the whole it is carried from."""
    anaphor = ANAPHOR_OF.match(suffix)
    if anaphor:
        suffix = suffix[anaphor.end():]
    m = _PLACE_AFTER.match(suffix[:100])
    if not m or _PERIOD_PHRASE.match(suffix.strip()[:60]):
        return ""
    rest = _DETERMINER_OPENING.sub("", m.group("rest"))
    phrase = measure_after(" " + rest)
    if phrase.split(" ", 1)[0].lower() in _PERIOD_WORDS:
        return ""  # "$78.5 million in fiscal 2022": a time, not a place
    return f"{m.group('prep').lower()} {phrase}" if phrase else ""


def spent_on(suffix: str) -> str:
    """ "2.22 billion yuan went on training subsidies": money names what it pays for."""
    m = _SPENT_ON.match(suffix[:100])
    return measure_after(" " + m.group("rest")) if m else ""


_THAN_HEDGE = lazy_re.compile(r"\b(?:(?:no|not|just|well|far|much|slightly)\s+)?(?:more|less|fewer)\s+than\s*$")
# adverbs of time inside a measure's phrase name no noun of it: "malaria cases so far this year were"
_TIME_ADVERB = lazy_re.compile(r"\b(?:so|thus)\s+far\b|\bto\s+date\b|\bas\s+yet\b")


# a comma right before the "to" that brings in the level a move reached ("rose, to 4.1 million"; not ", at 4.4%",
# which may set a figure beside a whole clause: "cancellations ran above their usual level, at 4.4%")
# (only right after the verb of the move: "fell for the third year in a row, to 9.62 billion" reads its measure before
# the verb, not "row")
_PAUSE_BEFORE_LEVEL = lazy_re.compile(r"\b(\w+),\s+(to)\s*$")


def measure_before(clause_prefix: str) -> str:
    """The noun phrase before the number, past the verb and preposition that
    introduce it ("the registered urban unemployment rate was 4.33 percent",
    "raise the policy repo rate by 50 basis points")."""
    # only the last words can be the phrase; a long prefix costs time and gives nothing
    # in lower case (the measure is normalised to it anyway): case-blind patterns are slow
    text = clause_prefix[-90:].lower()
    if _NUMBERISH.search(text) or " quarter" in text or " half" in text or " six months" in text \
            or _MONTH_WORD_LOWER.search(text):
        text = _PERIOD_PHRASE_LOWER.sub(" ", text)
    if _NUMBERISH.search(text):
        text = _FIGURE_LIKE_LOWER.sub(" 0 ", text)
    if " far" in text or " date" in text or " yet" in text:
        text = _TIME_ADVERB.sub(" ", text)
    if text.endswith(("than", "than ")):
        # "Assam's production went up more than 12.5 million kg": a hedge on the figure, not a comparison with
        # something the words before name (which "than" otherwise marks: "higher than")
        text = _THAN_HEDGE.sub(" ", text)
    if ", " in text[-6:]:
        # "Total income for the quarter also went up, to Rs 726.5 crore": a comma before the preposition that brings in
        # the level reached is a pause in the clause, which goes on to the figure
        pause = _PAUSE_BEFORE_LEVEL.search(text)
        if pause and pause.group(1).lower() in _DIRECTION_WORDS:
            text = text[:pause.start()] + f"{pause.group(1)} {pause.group(2)} "
    tokens = _TOKEN.findall(text)
    # capitalised words in "-ed" are names, not verbs ("Scunthorpe United lost"); looked for only where one stands
    names = frozenset(w.lower() for w in _CAPITALISED_ED.findall(clause_prefix[-90:])) if "ed " in text else frozenset()
    column_gap = clause_prefix.endswith(("  ", "\t"))
    i = len(tokens) - 1
    while True:
        while i >= 0 and _is_word(tokens[i]) and tokens[i].lower() in _SKIP_BEFORE:
            if tokens[i].lower() in _BARRIERS:
                return ""
            i -= 1
        if column_gap:
            break  # "Ore milled (kt)      2,410": a row's label, set apart from its figure by a column's gap
        before_verb = _before_the_verb(tokens, i, names)
        if before_verb == i:
            break
        i = before_verb  # "sugar exports touched 12.4 lakh tonnes": read the subject before the verb
    kept: list[str] = []
    while i >= 0 and len(kept) < 8:
        tok = tokens[i]
        low = tok.lower()
        if not _is_word(tok):
            break
        if low in _COMPOUND_PREPOSITIONS and kept and _compound_link(tokens, i, kept[-1], clause_prefix[-90:]):
            kept.append(tok)  # "profit after tax", "earnings per share", "gini coefficient of per capita income"
            i -= 1
            continue
        if low in _DETERMINERS and i > 0 and tokens[i - 1].lower() in _INNER_PREPOSITIONS and kept:
            kept.append(tok)  # "contribution to the facility"
            i -= 1
            continue
        if low in _INNER_PREPOSITIONS and kept and i > 0 and _is_word(tokens[i - 1]) \
                and tokens[i - 1].lower() not in _SKIP_BEFORE and kept[-1].lower() not in _PERIOD_WORDS:
            kept.append(tok)  # "number of graduates", "employment in the region"
            i -= 1
            continue
        if low == "and" and 0 < len(kept) <= 2 and i > 0 and _is_word(tokens[i - 1]) \
                and tokens[i - 1].lower() not in _STOP_OR_VERB:
            kept.append(tok)  # "exports and imports together were worth ...": one measure of two nouns
            i -= 1
            continue
        if low in _STOP or (low in _LINK_VERBS and low not in _NOUN_LIKE):
            break
        if low in _NOUN_LIKE and not low.endswith("ing") and kept and i > 0 and _is_word(tokens[i - 1]) \
                and tokens[i - 1].lower() not in _STOP_OR_VERB:
            break  # "the province cut premiums": after a noun it is the verb
        if low.endswith("ed") and low not in _MODIFIERS and i > 0 \
                and (not _is_word(tokens[i - 1]) or tokens[i - 1].lower() in _STOP_NOT_DETERMINER) \
                and not (kept and tokens[i - 1].lower() == "of"):
            # "3.5 per cent lagged private sector growth": a verb after a figure, not an adjective; but no verb
            # follows "of": "the number of started dwellings" is not "of completed dwellings"
            break
        kept.append(tok)
        i -= 1
    if len(kept) == 1 and i > 0 and tokens[i] in ("a", "an") and tokens[i - 1] == "by":
        return ""  # "grew by a healthy $1.25 billion": the word after "by a" judges the amount, it names no measure
    words = list(reversed(kept))
    while words and (words[0].lower() in _PREPOSITION_OR_DETERMINER):
        words.pop(0)
    if words and all(w.lower() in _CHANGE_NOUNS for w in words):
        return ""
    return " ".join(words)


# Past forms of verbs by which a subject reaches or moves to a level: their subject is what the figure measures
# ("the bed occupancy rate averaged 52 per cent", "swordfish landings advanced by 85.5%"). Not a verb whose object
# is a count of what it names ("the mill produced 8,360 tonnes", "fishermen landed 43,004 kilograms": production,
# landings), nor a passive participle ("the passengers landed in 2015 at 600,156").
_VERBS_OF_A_LEVEL = frozenset({w for w in _DIRECTION_WORDS if w.endswith("ed") and w not in _MODIFIERS}
                              - {"added", "hiked", "lowered", "raised", "reduced", "shed"}  # (an agent's: "firms shed")
                              | {"touched", "averaged", "hovered", "advanced", "recovered", "neared", "crossed",
                                 "breached", "approached", "retreated", "plateaued", "stabilised", "stabilized",
                                 "slid", "shrank", "shrunk", "sank", "sunk", "leapt", "swung", "passed", "surpassed"})
# the auxiliary of a perfect tense, between a subject and the verb of its figure ("exports had passed", "have crossed")
_PERFECT_AUXILIARIES = frozenset({"had", "has", "have"})
_CAPITALISED_ED = lazy_re.compile(r"\b[A-Z][a-z]*ed\b")
# what may stand between the verb of a clause and its figure, the verb's object: a hedge or an article ("touched a
# record 12.4 lakh tonnes"), not a preposition or a copula, after which the word before is no verb of the figure's
# ("the passengers landed in 2015 at 600,156": a participle of the noun)
_NOT_BETWEEN_VERB_AND_FIGURE = frozenset(_INNER_PREPOSITIONS | {"the", "its", "their", "at", "by", "as", "was", "were",
                                                               "is", "are", "be", "been", "than", "with"})


def _before_the_verb(tokens: list[str], i: int, names: frozenset[str]) -> int:
    """Where the words before the verb of the figure's clause end, when `tokens[i]` (lower case, the last word
    before the figure that the skipped words leave) is that verb: a particle and its verb ("set aside", "dug
    out"), a verb of _FINITE_BASE_VERBS with its particle ("bring in", "make up"), or a verb after a noun
    ("exports touched", "the rate averaged", "prizes take"; not a word of a name, `names`: "Scunthorpe United
    lost"); `i` itself otherwise."""
    if i <= 0 or not _is_word(tokens[i]) or not _is_word(tokens[i - 1]):
        return i
    word, previous, between = tokens[i], tokens[i - 1], tokens[i + 1:]
    if between and between[0] in ("in", "up") and (word in _FINITE_BASE_VERBS or word in _FINITE_S_VERBS):
        return i - 1  # "will bring in Sh651.7 billion", "now makes up 43 per cent"
    if between in (["to"], ["by"]) and word.endswith("ing") and previous not in _STOP_OR_VERB \
            and (word[:-3] in _FINITE_BASE_VERBS or word[:-3] + "e" in _FINITE_BASE_VERBS):
        return i - 1  # "the total cattle population shrinking to 5 million head": a participle of change
    if word in _PARTICLES and between[:1] != ["of"]:  # ("five out of nine provinces": a preposition)
        # a word before a particle before a figure is its verb ("fell back to 3.3"); one that takes an object ("set
        # aside Rs 1,93,407 crore", "dug out 1,920 tonnes") has the figure for it, and its subject is who does it,
        # not what is counted
        return -1 if word in _OBJECT_PARTICLES and not between else i - 2
    if previous in _PERFECT_AUXILIARIES and i > 1 and _is_word(tokens[i - 2]) and tokens[i - 2] not in _STOP_OR_VERB \
            and word not in names and (word in _VERBS_OF_A_LEVEL or word.endswith("ed") and word not in _MODIFIERS
                                       and between[:1] in (["to"], ["by"])):
        # "rice shipments had passed 2.6 million tonnes", "prices have climbed by 4%": a verb of a level in a perfect
        # tense, its subject before the auxiliary (not an agent's: "the council has approved 500 homes")
        return i - 2
    if previous in _STOP_OR_VERB or previous.endswith("ly") or not previous[0].isalpha() or word in names:
        return i
    if word in _VERBS_OF_A_LEVEL and all(t in ("by", "to") or t not in _NOT_BETWEEN_VERB_AND_FIGURE for t in between):
        return i - 1  # "sugar exports touched 12.4 lakh tonnes", "swordfish landings advanced by 85.5%"
    if word.endswith("ed") and word not in _MODIFIERS and between[:1] in (["to"], ["by"]) \
            and previous not in _PERIOD_WORDS:
        return i - 1  # "output returned to above 90%", "prices climbed by 4%": a verb in the past, then "to" or "by"
    if any(t in _NOT_BETWEEN_VERB_AND_FIGURE for t in between):
        return i
    return i - 1 if _finite_verb_after(previous, word) else i


def _compound_link(tokens: list[str], i: int, following: str, original: str) -> bool:
    """Whether the preposition at `tokens[i]` joins the noun before it to `following`, the word
    after it, into one measure ("profit after tax", "output per worker", "per capita")."""
    preposition = tokens[i]  # the tokens are in lower case
    if preposition == "per" and following == "capita":
        return True  # "per capita" qualifies what follows, whatever stands before it
    if following in _STOP or following in _PERIOD_WORDS or following.endswith("ing"):
        return False  # "after the merger", "before March", "after deducting": a time or an event
    if i == 0 or not _is_word(tokens[i - 1]) or tokens[i - 1] in _NOT_BEFORE_COMPOUND \
            or tokens[i - 1].endswith("ly"):
        return False
    if preposition != "per" and not re.search(rf"\b(?:after|before|After|Before)\s+{re.escape(following)}\b", original):
        return False  # "demand after Covid", "sales before Christmas": a named event, not a measure
    return True


STOP_WORDS = frozenset(_STOP_OR_VERB)


def is_period_word(word: str) -> bool:
    """A word that names a time, not a thing counted ("March", "quarter", "fiscal")."""
    return word.lower().rstrip(".") in _PERIOD_WORDS


def is_generic(measure: str) -> bool:
    return measure.lower() in _GENERIC_NOUNS


def normalise_measure(phrase: str) -> str:
    """Lower case, without the articles and "number of" that do not tell measures apart."""
    if not phrase:
        return ""
    phrase = phrase.lower().replace("’", "'").strip(" -")
    phrase = _NUMBER_OF.sub("", phrase)
    phrase = _LEADING_ALL.sub("", phrase)
    return " ".join(phrase.split())


def verb_direction(text: str) -> int:
    """The direction of the last verb of change in `text` ("rose from" -> +1), 0 if none."""
    last = None
    # ASCII text is read in lower case by the pattern without IGNORECASE, which finds the same
    # words several times faster (other text keeps the case-blind pattern: it folds letters
    # such as the long s that lower() leaves alone)
    matches = _DIRECTION_BEFORE_LOWER.finditer(text.lower()) if text.isascii() else _DIRECTION_BEFORE.finditer(text)
    for m in matches:
        last = m
    if last is None or last.group().lower() in _EVALUATIVE:
        return 0
    # a verb of standing still after it is the last word on the move: "Baker Hughes added the offshore rig count
    # remained flat at"
    if _STOOD_STILL.search(text, last.end()):
        return 0
    return -1 if last.group("d") else 1


_STOOD_STILL = lazy_re.compile(r"(?i)\b(?:remained|remains|stayed|stays|held|holds|was|were|is)\s+(?:flat|steady|stable|"
                               r"unchanged|constant|level)\b|\bunchanged\b")


# better or worse, not up or down: a claims ratio or a jobless rate "improved" by falling, and a
# currency that "weakened" to 83 per dollar went up in number
_EVALUATIVE = frozenset({"improved", "strengthened", "weakened"})
